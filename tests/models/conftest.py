"""A view that follows a model by its signals alone, as a proxy or a table view does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel


class Follower:
    """The rows a view holds when it reads only what the model's signals say changed:
    each row as ``read(model, row)``, and the signals said (``"reset"`` among them)."""

    def __init__(self, model: QAbstractItemModel, read: Callable[[Any, int], object]) -> None:
        self.model = model
        self.read = read
        self.rows = [read(model, r) for r in range(model.rowCount())]
        self.said: list[str] = []
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(lambda: self.said.append("reset"))

    def _inserted(self, _parent: object, first: int, last: int) -> None:
        self.said.append("insert")
        self.rows[first:first] = [self.read(self.model, r) for r in range(first, last + 1)]

    def _removed(self, _parent: object, first: int, last: int) -> None:
        self.said.append("remove")
        del self.rows[first : last + 1]

    def _changed(self, top: Any, bottom: Any, _roles: object) -> None:
        self.said.append(f"change {top.column()}-{bottom.column()}")
        for r in range(top.row(), bottom.row() + 1):
            self.rows[r] = self.read(self.model, r)


@pytest.fixture
def follow() -> type[Follower]:
    return Follower
