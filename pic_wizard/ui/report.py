"""Save report…: the plan or the check as PDF or HTML, in the wizard's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ..core.files.reading import os_reason
from ..core.values.errors import PicWizardError
from ..core.values.i18n import Catalogue
from .i18n import installed_language

FOLDER_SETTING = "report/lastFolder"


def report_path(path: str, selected_filter: str) -> tuple[str, str]:
    """The file name and its format: by extension as the command line decides (core),
    and a name without one gets the extension of the filter chosen (PDF first)."""
    from ..core.usecases.report import report_format

    if Path(path).suffix.lower() in (".html", ".htm", ".pdf"):
        return path, report_format(path)
    if "*.html" in selected_filter:
        return path + ".html", "html"
    return path + ".pdf", "pdf"


def write_report(html: str, path: str, fmt: str, *, force: bool) -> None:
    """Write the report (atomically; never over an existing file unless ``force``)."""
    if fmt == "html":
        from ..core.usecases.report import write_html_report

        write_html_report(html, path, force=force)
    else:
        from ..report_pdf import html_to_pdf

        html_to_pdf(html, path, force=force)


def save_report(parent: QWidget, make_html: Callable[[Catalogue], str], name: str) -> str:
    """Ask where, then write the report; return the path written, or "" (cancelled or
    failed, after saying why)."""
    folder = str(QSettings().value(FOLDER_SETTING, str(Path.home())))
    filters = QCoreApplication.translate(
        "SaveReport", "PDF document (*.pdf);;Web page (*.html *.htm)"
    )
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SaveReport", "Save report"),
        str(Path(folder) / f"{name}.pdf"),
        filters,
    )
    if not chosen:
        return ""
    path, fmt = report_path(chosen, selected)
    # The dialog asked before replacing the name chosen; a name it did not see is kept.
    force = path == chosen
    try:
        html = make_html(Catalogue.load(installed_language()))
        write_report(html, path, fmt, force=force)
    except PicWizardError as error:
        from .common import error_text

        _problem(parent, error_text(error))
        return ""
    except OSError as exc:
        from ..models._text import translate_params

        _problem(
            parent,
            QCoreApplication.translate(
                "SaveReport", "The report could not be written to {path}: {reason}."
            ).format(path=path, reason=translate_params(os_reason(exc))),
        )
        return ""
    QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))
    return path


def _problem(parent: QWidget, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SaveReport", "The report cannot be saved"),
        text,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def report_button_row(button: QPushButton) -> QHBoxLayout:
    """The Save report… button, on the right of its own row."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
