"""``python -m pic_wizard.cli``: start as the console script does, where Ctrl-C during the
imports is handled too."""

import sys

try:
    from .entry import run as _entry
except KeyboardInterrupt:  # before the entry could take over
    from .entry import interrupted as _entry

sys.exit(_entry())
