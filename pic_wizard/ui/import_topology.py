"""Import topology…: a Topology Builder file, or Management Shell output pasted or saved
to a text file, pre-fills the SIP domains and the Edge pool's names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.values.errors import PicWizardError
from .common import keyboard_text_box, show_error

if TYPE_CHECKING:
    from ..core.files.topology_builder import EdgePool, ImportedTopology
    from .state import WizardState

FOLDER_SETTING = "topology/lastFolder"


class ImportTopologyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a topology"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A Topology Builder file (.tbxml, Action > Download Topology):"))
        )
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Topology file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        paste_label = QLabel(
            self.tr(
                "&Or paste what Get-CsSipDomain and Get-CsService -EdgeServer | Format-List "
                "print in the Management Shell:"
            )
        )
        paste_label.setWordWrap(True)
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName(self.tr("Management Shell output"))
        paste_label.setBuddy(self.paste)
        layout.addWidget(paste_label)
        layout.addWidget(self.paste, 1)
        layout.addWidget(keyboard_text_box(self.paste, self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def _browse(self) -> None:
        folder = str(QSettings().value(FOLDER_SETTING, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Topology file"),
            folder,
            self.tr("Topology files (*.tbxml *.xml *.txt);;All files (*)"),
        )
        if path:
            self.file.setText(path)
            QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))

    def source(self) -> str:
        """What the topology was read from, as an error names it."""
        return self.file.text().strip() or self.tr("the pasted text")

    def imported(self) -> ImportedTopology:
        """What the file or the paste holds (raises PicWizardError with its sentence)."""
        from ..core.usecases.import_topology import read_pasted, read_topology

        if self.file.text().strip():
            return read_topology(self.file.text().strip())
        return read_pasted(self.paste.toPlainText(), self.tr("the pasted text"))


def choose_pool(parent: QWidget, imported: ImportedTopology, source: str) -> EdgePool | None:
    """The only Edge pool, or the one the admin picks in a list (None: cancelled);
    ``source`` names the file (or the pasted text) in an error."""
    from ..core.usecases.import_topology import only_pool

    only = only_pool(imported, source)
    if only is not None:
        return only
    labels = [
        QCoreApplication.translate(
            "ImportTopology", "{pool} ({n} server(s), Access Edge {access})"
        ).format(pool=p.fqdn, n=len(p.machines) or "?", access=p.access_edge or "-")
        for p in imported.pools
    ]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ImportTopology", "Choose the Edge pool"),
        QCoreApplication.translate(
            "ImportTopology", "The topology has several Edge pools. The certificate is for:"
        ),
        labels,
        0,
        False,
    )
    return imported.pools[labels.index(label)] if ok else None


def import_topology(
    parent: QWidget, state: WizardState, dialog: ImportTopologyDialog | None = None
) -> bool:
    """Ask, read, let the admin choose the pool, and pre-fill the answers (editable)."""
    from ..core.usecases.import_topology import import_pool

    dialog = dialog or ImportTopologyDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        imported = dialog.imported()
        pool = choose_pool(parent, imported, dialog.source())
    except PicWizardError as error:
        show_error(
            parent,
            QCoreApplication.translate("ImportTopology", "The topology cannot be imported"),
            error,
        )
        return False
    if pool is None:
        return False
    state.set_topology(import_pool(imported, pool, state.answers.topology))
    return True
