"""The SIP domains as the admin types them: an ordered, editable list, the first the default."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from pic_wizard.core.rules.names import JudgedName, judge, normalise, shown_name
from pic_wizard.core.values.findings import Severity, render_message

from ..core.values.record import frozen
from ._text import plain_tooltip, translate_catalogue, translate_params

ModelIndex = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()

# The field name the core's messages use for these entries ("SIP domain 'x' is …"); the
# plan judges the same entries under the same name.
FIELD = "SIP domain"

# What separates domains pasted from a list, a mail or a spreadsheet column.
_PASTE_SEPARATORS = re.compile(r"[\s,;]+")

# Dark enough to read on a light background (WCAG AA), still plainly red.
ERROR_COLOR = QColor(0xB0, 0x00, 0x20)


@frozen
class Pasted:
    """What a paste did: the names added, those already in the list, those repeated in
    the text (each skipped once)."""

    added: tuple[str, ...]
    already: tuple[str, ...]
    repeated: tuple[str, ...]


class SipDomainsModel(QAbstractListModel):
    """The SIP domains, in order; row 0 is the default SIP domain.

    ``DisplayRole`` and ``EditRole`` hold the text as typed; the core normalises and judges
    it (``core.names.judge``), and the model only shows the result:

    - ``ErrorRole``: the first error message for the entry, or ``""`` when the core finds
      none.  A blank entry (a row just added) has no error: the plan ignores blank entries.
    - ``IsDefaultRole``: whether the row is the default SIP domain (row 0).

    ``domainsChanged`` is emitted after every change of the list or of an entry's text.
    """

    #: The first error message of the core's judgement, ``""`` when there is none.
    ErrorRole = Qt.ItemDataRole.UserRole + 1
    #: ``True`` for the default SIP domain (row 0).
    IsDefaultRole = Qt.ItemDataRole.UserRole + 2

    # The roles whose value depends on the row being the first one.
    _POSITION_ROLES = (
        IsDefaultRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )

    #: Emitted after every change: rows added, removed, moved, or an entry's text edited.
    domainsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._domains: list[str] = []

    # --- the domains as values ---------------------------------------------------------

    def domains(self) -> tuple[str, ...]:
        """The entries in order, as typed, one per row (blank rows included, so a position
        is a row; the core ignores blank SIP domains)."""
        return tuple(self._domains)

    def set_domains(self, domains: Iterable[str]) -> None:
        """Replace the list (a profile was loaded).  Nothing happens if it is the same."""
        new = list(domains)
        if new == self._domains:
            return
        self.beginResetModel()
        self._domains = new
        self.endResetModel()
        self.domainsChanged.emit()

    def add(self, text: str = "") -> QModelIndex:
        """Append ``text`` (blank by default, for the "Add" button) and return its index,
        for the view to start editing it."""
        row = len(self._domains)
        self._insert(row, [text])
        self.domainsChanged.emit()
        return self.index(row, 0)

    def remove(self, rows: Iterable[int]) -> None:
        """Remove the given rows (the selection); rows out of range are ignored."""
        valid = sorted({row for row in rows if 0 <= row < len(self._domains)}, reverse=True)
        if not valid:
            return
        # One removal per contiguous run, the last run first so the others keep their rows.
        runs: list[list[int]] = []
        for row in valid:
            if runs and runs[-1][0] == row + 1:
                runs[-1][0] = row
            else:
                runs.append([row, row])
        for first, last in runs:
            self._remove(first, last - first + 1)
        self.domainsChanged.emit()

    def move(self, row: int, delta: int) -> int:
        """Move ``row`` by ``delta`` rows (negative: up), stopping at either end.

        Returns the row it ends on, for the view to keep it selected; ``-1`` when ``row``
        is not a row of the list.
        """
        if not 0 <= row < len(self._domains):
            return -1
        target = max(0, min(len(self._domains) - 1, row + delta))
        if target == row:
            return row
        # beginMoveRows wants the row *before which* it lands, counted before the move.
        destination = target + 1 if target > row else target
        self.moveRows(_ROOT, row, 1, _ROOT, destination)
        return target

    def set_default(self, row: int) -> None:
        """Make ``row`` the default SIP domain: move it to the top, the others keep their
        order."""
        self.move(row, -row)

    def paste(self, text: str) -> int:
        """Append the domains found in pasted ``text``; return how many were added (see
        ``paste_names``)."""
        return len(self.paste_names(text).added)

    def paste_names(self, text: str) -> Pasted:
        """Append the domains found in pasted ``text``; say which were added and which
        were skipped.

        Domains may be separated by whitespace, commas, semicolons or new lines.  Each is
        normalised as the certificate will carry it (``core.names.normalise``: trimmed,
        lower case, A-label); empty pieces and names already in the list (in any case or
        form) or repeated in ``text`` are skipped.
        """
        listed = {normalise(existing) for existing in self._domains if existing.strip()}
        new: list[str] = []
        already: list[str] = []
        repeated: list[str] = []
        for piece in _PASTE_SEPARATORS.split(text):
            name = normalise(piece)
            if not name:
                continue
            if name in listed:
                if name not in already:
                    already.append(name)
            elif name in new:
                if name not in repeated:
                    repeated.append(name)
            else:
                new.append(name)
        if new:
            self._insert(len(self._domains), new)
            self.domainsChanged.emit()
        return Pasted(tuple(new), tuple(already), tuple(repeated))

    # --- QAbstractItemModel ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._domains)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = index.row()
        text = self._domains[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(text)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == self.ErrorRole:
            return self._error(text)
        if role == self.IsDefaultRole:
            return row == 0
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, text)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self._error(text):
                return None
            from PySide6.QtGui import QGuiApplication, QPalette

            from ._colours import readable  # a dark palette: lightened until it reads

            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            return readable(ERROR_COLOR, base)
        if role == Qt.ItemDataRole.FontRole:
            if row != 0:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row, text)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # DisplayRole too: a drop between rows writes the dragged item's roles back.
        if role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DisplayRole):
            return False
        if not self._valid(index) or not isinstance(value, str):
            return False
        if self._domains[index.row()] == value:
            return True
        self._domains[index.row()] = value
        self.dataChanged.emit(index, index, [])
        self.domainsChanged.emit()
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            # Drops go between rows, never onto one (that would overwrite it).
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section == 0
        ):
            return self.tr("SIP domain")
        return None

    def insertRows(self, row: int, count: int, parent: ModelIndex = _ROOT) -> bool:
        """Insert ``count`` blank entries before ``row``."""
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._domains):
            return False
        self._insert(row, [""] * count)
        self.domainsChanged.emit()
        return True

    def removeRows(self, row: int, count: int, parent: ModelIndex = _ROOT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._domains):
            return False
        self._remove(row, count)
        self.domainsChanged.emit()
        return True

    def moveRows(
        self,
        sourceParent: ModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: ModelIndex,
        destinationChild: int,
    ) -> bool:
        """Move rows within the list (``move``, and a view's internal drag and drop)."""
        size = len(self._domains)
        if (
            sourceParent.isValid()
            or destinationParent.isValid()
            or count < 1
            or sourceRow < 0
            or sourceRow + count > size
            or not 0 <= destinationChild <= size
        ):
            return False
        # Taken before beginMoveRows, which picks the persistent indexes it will update.
        default = self._default()
        # False for a move onto itself, which changes nothing.
        if not self.beginMoveRows(
            sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild
        ):
            return False
        moved = self._domains[sourceRow : sourceRow + count]
        del self._domains[sourceRow : sourceRow + count]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._domains[at:at] = moved
        self.endMoveRows()
        self._announce_new_default(default)
        self.domainsChanged.emit()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # --- presentation of the core's judgement ------------------------------------------

    def _judge(self, text: str) -> JudgedName:
        # The core caches its judgements per text, so a repaint does not judge again.
        return judge(text, FIELD)

    def _shown(self, text: str) -> str:
        """The entry as typed; an internationalised name in Unicode with its A-label."""
        if not text.strip():
            return text
        name = self._judge(text).name
        return shown_name(name) if "xn--" in name else text

    def problem(self, text: str) -> str:
        """The first error the core finds in ``text`` as an entry (``""``: none), for a
        name still being typed."""
        return self._error(text)

    def _error(self, text: str) -> str:
        if not text.strip():
            return ""
        errors = (f for f in self._judge(text).findings if f.severity is Severity.ERROR)
        first = next(errors, None)
        return render_message(first, translate_catalogue, translate_params) if first else ""

    def _tooltip(self, row: int, text: str) -> str | None:
        error = self._error(text)
        if error:
            return plain_tooltip(error)
        lines = []
        if row == 0:
            lines.append(self.tr("Default SIP domain"))
        if text.strip():
            name = self._judge(text).name
            if name != text.strip():
                lines.append(self.tr("Written in the certificate as {name}").format(name=name))
        return plain_tooltip("\n".join(lines)) if lines else None

    def _accessible_text(self, row: int, text: str) -> str:
        parts = [text.strip() or self.tr("empty SIP domain")]
        if row == 0:
            parts.append(self.tr("default SIP domain"))
        error = self._error(text)
        if error:
            parts.append(self.tr("error: {message}").format(message=error))
        return ", ".join(parts)

    # --- changes, without the domainsChanged signal (callers emit it once) -------------

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and index.column() == 0
            and 0 <= index.row() < len(self._domains)
        )

    def _insert(self, row: int, texts: list[str]) -> None:
        default = self._default()
        self.beginInsertRows(_ROOT, row, row + len(texts) - 1)
        self._domains[row:row] = texts
        self.endInsertRows()
        self._announce_new_default(default)

    def _remove(self, row: int, count: int) -> None:
        default = self._default()
        self.beginRemoveRows(_ROOT, row, row + count - 1)
        del self._domains[row : row + count]
        self.endRemoveRows()
        self._announce_new_default(default)

    def _default(self) -> QPersistentModelIndex | None:
        return QPersistentModelIndex(self.index(0, 0)) if self._domains else None

    def _announce_new_default(self, default: QPersistentModelIndex | None) -> None:
        """Tell views when another entry became row 0: the default's roles (bold, tooltip,
        ``IsDefaultRole``…) follow the position, not the entry."""
        if default is None or not self._domains:
            return
        if default.isValid() and default.row() == 0:
            return
        # From the new default down to where the former one went (gone: row 0 only).
        last = default.row() if default.isValid() else 0
        self.dataChanged.emit(self.index(0, 0), self.index(last, 0), list(self._POSITION_ROLES))
