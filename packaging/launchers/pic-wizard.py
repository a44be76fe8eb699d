"""The frozen wizard's first code: what the ``pic-wizard`` gui-script runs."""

import sys

from pic_wizard.app import main

sys.exit(main())
