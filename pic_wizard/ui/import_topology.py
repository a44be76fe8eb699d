"""Import topology…: a Topology Builder file, or Management Shell output pasted or saved
to a text file, pre-fills the SIP domains and the Edge pool's names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
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

from ..core.rules.names import shown_name
from ..core.values.errors import PicWizardError
from ..core.values.i18n import NP_
from .common import keyboard_text_box, show_error

if TYPE_CHECKING:
    from ..core.files.topology_builder import EdgePool, ImportedTopology
    from ..core.values.topology import Topology
    from .state import WizardState

FOLDER_SETTING = "topology/lastFolder"
# With a count: marked for tools/translations.py (lupdate reads no count in translate()).
POOL_TEXT = NP_("PoolList", "{pool} (%n server(s), Access Edge {access})")


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


class ReadBack(QObject):
    """What an import or a renewal read, said in the wizard once it is done: nothing
    changes the answers silently."""

    def text(self, source: str, topology: Topology, pool: str = "") -> str:
        shown = [shown_name(d) for d in topology.sip_domains]
        domains = ", ".join(shown[:4]) + (", …" if len(shown) > 4 else "")
        lines = [self.tr("Read from {source}:").format(source=source)]
        if pool:
            lines.append(
                self.tr("Edge pool {pool}, %n Edge Server(s)", "", topology.server_count).format(
                    pool=shown_name(pool)
                )
            )
        lines.append(self.tr("Product: {product}").format(product=topology.product.display_name))
        lines.append(
            self.tr("Access Edge {access}; Web Conferencing Edge {webconf}; A/V Edge {av}").format(
                access=shown_name(topology.access_edge_fqdn) or "-",
                webconf=shown_name(topology.web_conferencing_edge_fqdn) or "-",
                av=shown_name(topology.av_edge_fqdn) or "-",
            )
        )
        lines.append(
            self.tr("%n SIP domain(s): {domains}", "", len(shown)).format(domains=domains or "-")
        )
        lines.append(self.tr("Every answer stays editable: read each page before you generate."))
        return "\n".join(lines)


def pool_label(pool: EdgePool) -> str:
    """The pool as the list of pools names it: its FQDN, its servers, its Access Edge."""
    access = shown_name(pool.access_edge) if pool.access_edge else "-"
    if pool.machines:
        text = QCoreApplication.translate("PoolList", POOL_TEXT, None, len(pool.machines))
    else:
        text = QCoreApplication.translate("ImportTopology", "{pool} (Access Edge {access})")
    return text.format(pool=shown_name(pool.fqdn), access=access)


def choose_pool(parent: QWidget, imported: ImportedTopology, source: str) -> EdgePool | None:
    """The only Edge pool, or the one the admin picks in a list (None: cancelled);
    ``source`` names the file (or the pasted text) in an error."""
    from ..core.usecases.import_topology import only_pool

    only = only_pool(imported, source)
    if only is not None:
        return only
    labels = [pool_label(p) for p in imported.pools]
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
    source = Path(dialog.file.text().strip()).name or QCoreApplication.translate(
        "ImportTopologyDialog", "the pasted text"
    )
    state.read_back = ReadBack().text(source, state.answers.topology, pool.fqdn)
    return True
