"""``python -m pic_wizard`` opens the wizard."""

import sys

from .app import main

sys.exit(main())
