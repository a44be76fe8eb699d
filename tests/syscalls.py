"""Counting the system calls fsutil makes, to stop a write at each one in turn (a SIGKILL,
a Ctrl-C, a full disk) and look at what is left."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any


def at_call(
    step: int,
    action: Callable[[], None],
    names: Sequence[str],
    patch: Callable[[Any, str, Any], None] = setattr,
) -> list[int]:
    """From now on, run ``action`` just before the ``step``-th call of the ``os`` functions
    ``names`` (counted together); ``patch`` replaces them (``monkeypatch.setattr`` in a
    test).  The list returned holds ``step`` once the action ran."""
    count = 0
    fired: list[int] = []
    for name in names:
        real = getattr(os, name)

        def counted(*args: object, _real: Any = real, **kwargs: object) -> object:
            nonlocal count
            count += 1
            if count == step:
                fired.append(step)
                action()
            return _real(*args, **kwargs)

        patch(os, name, counted)
    return fired
