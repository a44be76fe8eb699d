"""The planned subject alternative names, in order, each with the reasons it is there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from pic_wizard.core.rules.expected import SanEntry
from pic_wizard.core.rules.names import shown_name
from pic_wizard.core.rules.plan import CertificatePlan

from ._table import ReadOnlyTableModel
from ._text import plain_tooltip, translate_reasons

ModelIndex = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()


class SanTableModel(ReadOnlyTableModel):
    """The SAN entries of a ``CertificatePlan``, read-only, in the plan's order.

    Only the subject alternative names: the subject is shown elsewhere (it is repeated as
    the first SAN entry anyway, since TLS reads only the SAN).
    """

    COL_ORDER = 0  # 1-based position in the request
    COL_NAME = 1
    COL_REASONS = 2
    _COLUMN_COUNT = 3

    #: The DNS name (``str``), whatever the column.
    NameRole = Qt.ItemDataRole.UserRole + 1
    #: The reasons' texts (``list[str]``), whatever the column.
    ReasonsRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[SanEntry, ...] = ()

    def entries(self) -> tuple[SanEntry, ...]:
        return self._entries

    def set_entries(self, entries: Sequence[SanEntry]) -> None:
        """Show ``entries``.  Called on every keystroke of the wizard: never a reset, so a
        view keeps its selection and scroll position and does not measure every row
        again; the rows that changed are told, and a name more or fewer (as the Access
        Edge name typed joins a SIP domain's entry or leaves it) as a row inserted or
        removed at the end (the rows show their number)."""
        self._replace_rows(self._entries, tuple(entries), self._store, numbered=True)

    def _store(self, entries: tuple[SanEntry, ...]) -> None:
        self._entries = entries

    def set_plan(self, plan: CertificatePlan) -> None:
        """Show the SAN entries of ``plan``."""
        self.set_entries(plan.sans)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ORDER:
                return index.row() + 1
            if column == self.COL_NAME:
                return shown_name(entry.name)  # an IDN in Unicode, its A-label beside
            if column == self.COL_REASONS:
                # The list separator is the language's (French puts a space before ";").
                return self.tr("; ", "between the reasons of a name").join(self._reasons(entry))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(self._reasons(entry)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ORDER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == self.NameRole:
            return entry.name
        if role == self.ReasonsRole:
            return self._reasons(entry)
        return None

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Name"),
            self.tr("Why it is needed"),
        ]

    @staticmethod
    def _reasons(entry: SanEntry) -> list[str]:
        return [reason.text(translate_reasons) for reason in entry.reasons]
