"""Run slow core calls on Qt's thread pool; results come back on the GUI thread.

Like Picard's ``picard/util/thread.py``: the work function never touches a widget.  The
worker emits one signal of a long-lived dispatcher that lives on the GUI thread; Qt queues
it there, and the dispatcher calls the callbacks.  No Qt object is created or destroyed
on the worker side, so none can die under a running thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from .core.values.record import field, mutable


@mutable
class Task:
    """A handle on one call.  ``cancel()`` drops its outcome: the call itself cannot be
    interrupted (key generation is one OpenSSL call), but nothing it produces is
    delivered, used or written afterwards."""

    number: int
    on_done: Callable[[Any], None] = field(repr=False)
    on_error: Callable[[BaseException], None] = field(repr=False)
    cancelled: bool = False
    finished: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class _Dispatcher(QObject):
    # One object per delivery, (number, result, exception): queued arguments that are
    # None are not safe across threads in every PySide6 release.
    delivered = Signal(object)
    # (number, item): something a task reported on its way (queued, in order, before its
    # delivery).
    progressed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.progress: dict[int, Callable[[Any], None]] = {}
        self.delivered.connect(self._deliver)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _progress(self, report: tuple[int, Any]) -> None:
        number, item = report
        task = self.tasks.get(number)
        on_progress = self.progress.get(number)
        if task is None or task.cancelled or on_progress is None:
            return
        on_progress(item)

    @Slot(object)
    def _deliver(self, outcome: tuple[int, Any, BaseException | None]) -> None:
        number, result, error = outcome
        task = self.tasks.pop(number, None)
        self.progress.pop(number, None)
        if task is None:
            return
        task.finished = True
        if task.cancelled:
            return
        if error is not None:
            task.on_error(error)
        else:
            task.on_done(result)


_dispatcher: _Dispatcher | None = None
_numbers = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()  # created on the GUI thread, by the first caller
    return _dispatcher


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    number: int | None = None,
) -> Task:
    """Start ``fn`` on the global pool; ``on_done(result)`` or ``on_error(exc)`` is then
    called on the GUI thread, unless the task was cancelled first."""
    dispatcher = _get_dispatcher()
    task = Task(next(_numbers) if number is None else number, on_done, on_error)
    dispatcher.tasks[task.number] = task
    signal = dispatcher.delivered

    def work() -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            signal.emit((task.number, None, exc))
        else:
            signal.emit((task.number, result, None))

    QThreadPool.globalInstance().start(work)
    return task


def wait_for_all(msecs: int = 30_000) -> bool:
    """At exit: let running work end (a key being generated is never written half)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def run_with_progress(
    fn: Callable[[Callable[[Any], None]], Any],
    on_progress: Callable[[Any], None],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """As ``run_in_thread``, for work that reports as it goes: ``fn(report)`` calls
    ``report(item)`` on the worker; ``on_progress(item)`` follows on the GUI thread, in
    order and before ``on_done``, and nothing more once the task is cancelled."""
    dispatcher = _get_dispatcher()
    number = next(_numbers)
    dispatcher.progress[number] = on_progress  # before the work can report anything
    signal = dispatcher.progressed

    def report(item: Any) -> None:
        signal.emit((number, item))

    return run_in_thread(lambda: fn(report), on_done, on_error, number=number)
