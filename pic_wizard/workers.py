"""Run slow core calls on Qt's thread pool; results come back on the GUI thread.

Like Picard's ``picard/util/thread.py``: the work function never touches a widget; its
result or its exception is delivered through a queued connection to an object that lives
on the GUI thread, so the callbacks always run there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    ended = Signal()  # always, last: the task may be let go


class _Relay(QObject):
    """Created on the GUI thread: its slots, hence the callbacks, run there."""

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error

    @Slot(object)
    def done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._on_error(exc)

    @Slot()
    def ended(self) -> None:
        for task, relay in list(_running.items()):
            if relay is self:
                del _running[task]
        self.deleteLater()


class Task(QRunnable):
    """One call of ``fn`` on the pool.  ``cancel()`` drops its outcome: the call itself
    cannot be interrupted (key generation is one OpenSSL call), but nothing it produces
    is delivered, used or written afterwards."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept alive by _running until it has ended
        self._fn = fn
        self.signals = _Signals()
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            if not self.cancelled:
                self.signals.failed.emit(exc)
        else:
            if not self.cancelled:
                self.signals.done.emit(result)
        self.signals.ended.emit()

    def cancel(self) -> None:
        self.cancelled = True


_running: dict[Task, _Relay] = {}


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``fn`` on the global pool; ``on_done(result)`` or ``on_error(exc)`` is called
    on the GUI thread, unless the task was cancelled first."""
    task = Task(fn)
    relay = _Relay(on_done, on_error)
    queued = Qt.ConnectionType.QueuedConnection
    task.signals.done.connect(relay.done, queued)
    task.signals.failed.connect(relay.failed, queued)
    task.signals.ended.connect(relay.ended, queued)
    _running[task] = relay
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_all(msecs: int = 30_000) -> bool:
    """At exit: let running work end (a key being generated is never written half)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
