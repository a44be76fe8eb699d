"""The admin's answers, shared by every page, and the plan the core derives from them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.values.topology import Topology

if TYPE_CHECKING:
    from ..core.rules.plan import CertificatePlan


class Answers(QObject):
    """Holds the current ``Topology``; pages edit it, the plan follows.

    Edits arrive keystroke by keystroke; the plan is recomputed once per turn of the event
    loop (a zero-delay timer coalesces the edits), never inside a widget's signal.
    """

    changed = Signal()
    planChanged = Signal(object)  # CertificatePlan

    def __init__(self, topology: Topology | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topology = topology or Topology()
        self._plan: CertificatePlan | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._replan)

    @property
    def topology(self) -> Topology:
        return self._topology

    def set_topology(self, topology: Topology) -> None:
        if topology != self._topology:
            self._topology = topology
            self.changed.emit()
            self._timer.start()

    def update(self, **changes: Any) -> None:
        self.set_topology(replace(self._topology, **changes))

    @property
    def plan(self) -> CertificatePlan:
        if self._plan is None or self._plan.topology != self._topology:
            self._replan()
        assert self._plan is not None
        return self._plan

    def _replan(self) -> None:
        self._timer.stop()
        if self._plan is not None and self._plan.topology == self._topology:
            return
        from ..core.rules.plan import make_plan  # not before the first page that shows a plan

        self._plan = make_plan(self._topology)
        self.planChanged.emit(self._plan)
