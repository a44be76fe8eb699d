"""Stopping network work from another thread: the caller passes a function that says
"stop now"; it is asked between lookups and handshakes and while a socket waits."""

from __future__ import annotations

from collections.abc import Callable

# Returns True once the caller wants the work to stop (the wizard's Cancel button).
Cancelled = Callable[[], bool]


class ProbeCancelled(Exception):
    """The probe was stopped by its caller before it ended."""


def never() -> bool:
    return False


def stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise ProbeCancelled
