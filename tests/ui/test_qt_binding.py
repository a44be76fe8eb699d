"""The Qt binding itself: a release that corrupts Python's reference counts is refused."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_process_events_keeps_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 released one reference to None per call: the wizard died after a while.
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
