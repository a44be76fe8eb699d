"""The frozen command line's first code: what the ``pic-wizard-cli`` console script runs
(``entry`` catches Ctrl-C from the very first import)."""

import sys

from pic_wizard.cli.entry import main

sys.exit(main())
