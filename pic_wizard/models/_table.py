"""What the read-only tables share: their flags, their translated headers, and new rows
told to the views as the rows that changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
_ROOT = QModelIndex()


class ReadOnlyTableModel(QAbstractTableModel):
    """A table a view shows but never edits; subclasses name their columns in
    ``headers()`` (translated, in column order)."""

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _replace_rows(
        self,
        old: tuple[Row, ...],
        new: tuple[Row, ...],
        store: Callable[[tuple[Row, ...]], None],
        numbered: bool = False,
    ) -> None:
        """Show ``new`` rows instead of ``old`` (``store`` keeps the rows the model
        shows), never by a reset: a reset makes every view forget its selection and
        scroll position and measure every row again, a proxy sort every row again, and
        the wizard replaces the rows at every keystroke.  After the rows both lists begin
        and end with, the rows that differ are changed in place and only the rows more or
        fewer are inserted or removed.  ``numbered``: the rows show their number, which a
        row inserted or removed before them would change: the rows are then compared
        place by place, and rows are inserted or removed at the end only."""
        if new == old:
            return
        shortest = min(len(old), len(new))
        start = 0
        while start < shortest and old[start] == new[start]:
            start += 1
        end = 0  # rows alike at the end, after ``start``
        while not numbered and end < shortest - start and old[-1 - end] == new[-1 - end]:
            end += 1
        old_middle = len(old) - start - end
        new_middle = len(new) - start - end
        both = min(old_middle, new_middle)  # rows in place in both lists
        if old_middle > new_middle:
            self.beginRemoveRows(_ROOT, start + both, start + old_middle - 1)
            store(old[: start + both] + old[start + old_middle :])
            self.endRemoveRows()
        elif new_middle > old_middle:
            inserted = new[start + both : start + new_middle]
            self.beginInsertRows(_ROOT, start + both, start + new_middle - 1)
            store(old[: start + both] + inserted + old[len(old) - end :])
            self.endInsertRows()
        store(new)
        changed = both  # the last rows in place may be alike (``numbered``)
        while changed and old[start + changed - 1] == new[start + changed - 1]:
            changed -= 1
        if changed:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(
                self.index(start, 0), self.index(start + changed - 1, last_column)
            )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None
