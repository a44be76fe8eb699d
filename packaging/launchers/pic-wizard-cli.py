"""The frozen command line's first code: what the ``pic-wizard-cli`` console script runs
(``entry`` catches Ctrl-C from the very first import, and leaves without the
interpreter's teardown once the output is flushed)."""

import sys

from pic_wizard.cli.entry import run

sys.exit(run())
