"""The exit codes of pic-wizard-cli: a contract scripts rely on.

Nothing here imports more than the standard library: the entry point reads it before
anything else is loaded.
"""

from __future__ import annotations

EXIT_OK = 0  # no error finding
EXIT_FINDINGS = 1  # at least one error finding
EXIT_INPUT = 2  # an input could not be read, the command line is wrong, or output failed
EXIT_BUG = 3  # a bug in pic-wizard
EXIT_INTERRUPTED = 130  # Ctrl-C


def is_bug(exc: BaseException) -> bool:
    """Whether ``exc`` is a bug rather than the way out (Ctrl-C, exit).  A panic in
    cryptography's Rust code (pyo3's PanicException) is a BaseException, not an
    Exception: it is a bug too, said in a sentence like the others."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        return False
    # Ctrl-C that Python wrapped in another error (a class being created while a module
    # is imported: RuntimeError from __set_name__) is the way out too, not a bug.
    return not caused_by_interrupt(exc)


def caused_by_interrupt(error: BaseException) -> bool:
    """Ctrl-C that Python turned into another exception: one that lands in a class
    body's ``__set_name__`` while a module is imported comes out as a RuntimeError whose
    cause is the KeyboardInterrupt.  (The entry point, which may import nothing before it
    runs, holds a copy; a test keeps the two alike.)"""
    seen: BaseException | None = error
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
