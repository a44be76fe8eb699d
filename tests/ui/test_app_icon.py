"""The window's icon comes from the package's resources, in every size, as started."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from pic_wizard.ui.icon import DESKTOP_ID, SIZES, application_icon

DRIVER = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pic_wizard import app

application = QApplication(sys.argv[:1])

def look():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if not windows or application.windowIcon().isNull():  # set once the window is painted
        QTimer.singleShot(20, look)
        return
    print(json.dumps({
        "sizes": sorted(s.width() for s in application.windowIcon().availableSizes()),
        "window": sorted(s.width() for s in windows[0].windowIcon().availableSizes()),
        "desktop": application.desktopFileName(),
    }))
    for window in windows:
        window.close()

QTimer.singleShot(50, look)
sys.exit(app.main([]))
"""


def test_the_icon_holds_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = application_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)


def test_the_started_wizard_shows_the_icon() -> None:
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config, "LANG": "C"}
        result = subprocess.run(
            [sys.executable, "-c", DRIVER],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["sizes"] == sorted(SIZES)
    assert seen["window"] == sorted(SIZES)
    assert seen["desktop"] == DESKTOP_ID
