"""The sentence shown when pic-wizard itself fails: in the user's language, never a bare
traceback (the details stay available for the report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def crash_box(what: str, details: str) -> QMessageBox:
    """The dialog for a bug: ``what`` is the exception's class name."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("PicWizard", "PIC Certificate Wizard"),
        QCoreApplication.translate(
            "Crash",
            "Something went wrong inside pic-wizard ({what}). Your files were not changed. "
            "Please report it with the details below.",
        ).format(what=what),
    )
    box.setDetailedText(details)
    return box
