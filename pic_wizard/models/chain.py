"""The certification path as a tree, as Windows shows it in a certificate's
"Certification Path" tab: the root at the top, each certificate under its issuer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..core.values.record import frozen
from ._text import plain_tooltip

if TYPE_CHECKING:
    from cryptography import x509

ModelIndex = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()


@frozen
class _Row:
    certificate: x509.Certificate
    texts: tuple[str, ...]  # one per column


class ChainTreeModel(QAbstractItemModel):
    """A certification path, root first, each certificate the only child of its issuer.

    ``set_chain`` takes the path leaf first, as the core's ``CheckResult.path`` gives it;
    the Edge certificate is then the deepest item (``leaf_index``).  The model shows the
    path in the order given: which certificate issued which is the core's business.

    An index's internal id is its depth (0 for the root CA), which is also its place in
    the path counted from the root.
    """

    COL_SUBJECT = 0
    COL_ISSUER = 1
    COL_VALID_FROM = 2
    COL_VALID_TO = 3
    COL_KEY = 4
    COL_THUMBPRINT = 5
    _COLUMN_COUNT = 6

    #: The ``x509.Certificate`` of the item, whatever the column.
    CertificateRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chain: tuple[x509.Certificate, ...] = ()  # leaf first, as given
        self._rows: list[_Row] = []  # root first: row i is at depth i

    def chain(self) -> tuple[x509.Certificate, ...]:
        """The path shown, leaf first."""
        return self._chain

    def set_chain(self, certs: Sequence[x509.Certificate]) -> None:
        """Show the path ``certs``, leaf first; nothing happens if it is the one shown."""
        chain = tuple(certs)
        if chain == self._chain:
            return
        self.beginResetModel()
        self._chain = chain
        self._rows = [_Row(cert, _texts(cert)) for cert in reversed(chain)]
        self.endResetModel()

    def leaf_index(self, column: int = 0) -> QModelIndex:
        """The index of the leaf (the Edge certificate), to select it; invalid when empty."""
        if not self._rows or not 0 <= column < self._COLUMN_COUNT:
            return QModelIndex()
        return self.createIndex(0, column, len(self._rows) - 1)

    def certificate(self, index: ModelIndex) -> x509.Certificate | None:
        row = self._row(index)
        return row.certificate if row else None

    # --- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        depth = parent.internalId() + 1 if parent.isValid() else 0
        return self.createIndex(row, column, depth)

    # QAbstractItemModel.parent is overloaded: QObject.parent() and the index's parent.
    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...
    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(0, 0, child.internalId() - 1)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return 1 if self._rows else 0
        # Children hang under the first column only, as in any tree model.
        if parent.column() != 0:
            return 0
        return 1 if parent.internalId() + 1 < len(self._rows) else 0

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return self._COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column] if 0 <= column < self._COLUMN_COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_SUBJECT, self.COL_ISSUER):
            # Names long enough to be cut in the view; certificate text: plain text only.
            return plain_tooltip(row.texts[column])
        if role == self.CertificateRole:
            return row.certificate
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        # The words of the Windows certificate dialog's "Details" tab.
        if section == self.COL_SUBJECT:
            return self.tr("Subject")
        if section == self.COL_ISSUER:
            return self.tr("Issuer")
        if section == self.COL_VALID_FROM:
            return self.tr("Valid from")
        if section == self.COL_VALID_TO:
            return self.tr("Valid to")
        if section == self.COL_KEY:
            return self.tr("Public key")
        if section == self.COL_THUMBPRINT:
            return self.tr("Thumbprint")
        return None

    def _row(self, index: ModelIndex) -> _Row | None:
        if not index.isValid() or index.model() is not self:
            return None
        depth = index.internalId()
        return self._rows[depth] if 0 <= depth < len(self._rows) else None


def _texts(cert: x509.Certificate) -> tuple[str, ...]:
    """The columns' texts of ``cert``, computed once when the chain is set."""
    # Imported here: cryptography loads only once a certificate is shown, not at start-up.
    from cryptography.hazmat.primitives import hashes

    from pic_wizard.core.values.untrusted import visible
    from pic_wizard.core.x509.view import issuer_text, key_info, subject_text

    stamp = "%Y-%m-%d %H:%M UTC"
    return (  # names from the certificate: one line each, control characters shown
        visible(subject_text(cert)),
        visible(issuer_text(cert)),
        cert.not_valid_before_utc.strftime(stamp),
        cert.not_valid_after_utc.strftime(stamp),
        key_info(cert.public_key()).description,
        # Windows' thumbprint: SHA-1 of the DER encoding, upper-case hex, no separators.
        cert.fingerprint(hashes.SHA1()).hex().upper(),
    )
