"""Audit many files: each one checked on its own against the same inputs, on every CPU when
there are many, the results in the order the files were given.

A file's verdict never depends on the other files of the audit, nor on how many processes
ran it.  The workers receive the ``CheckInputs`` (plain values: cryptography's objects do
not pickle) and prepare them once each, so the audit runs in parallel wherever processes
are forked or spawned (Linux, Windows, macOS).  What a worker sends back is decided by the
caller: ``outcome``, a module-level function (or a ``functools.partial`` of one), turns each
``Checked`` into text, JSON or anything else that pickles.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast

from ..rules.verdict import CheckOptions, CheckResult
from ..values.errors import InputError, PicWizardError
from ..values.policy import now
from ..values.record import frozen, replace
from ..x509.folders import checkable_inputs
from .check import CheckInputs, check_file, prepare

T = TypeVar("T")

# Fewer files than this are checked in this process: starting workers would cost more.
PARALLEL_MIN_FILES = 64
# The most files a worker is sent at once.
CHUNK_MAX_FILES = 64
# How worker processes start: None for the platform's default ("fork" on Linux, "spawn" on
# Windows and macOS); the tests choose "spawn" to prove the audit is the same either way.
START_METHOD: str | None = None


@frozen
class Checked:
    """What became of one file (or folder) of the audit: exactly one of ``result``,
    ``error`` (it could not be checked: unreadable, not a certificate, an empty folder) or
    ``bug`` (the name of the exception pic-wizard raised checking it)."""

    path: str
    result: CheckResult | None = None
    error: PicWizardError | None = None
    bug: str = ""


def audit(
    targets: Iterable[str],
    inputs: CheckInputs,
    outcome: Callable[[Checked], T],
    jobs: int = 0,
    *,
    debug: bool = False,
) -> Iterator[T]:
    """``outcome`` of each file of ``targets`` (a folder: the files below it, in name
    order), in that order.  ``jobs``: processes at most, 0 for one per CPU, 1 for this
    process only.  ``debug``: a bug raises instead of being reported for its file.

    Raises PicWizardError before any file is checked when the inputs cannot be read."""
    if jobs < 0:
        raise InputError("bad-jobs", value=str(jobs))
    # One moment for the whole audit, whichever process judges a file.
    inputs = replace(inputs, at=inputs.at or now())
    options = prepare(inputs)
    entries = checkable_inputs(targets)
    paths = [entry.path for entry in entries if entry.error is None]
    results = _checked(paths, inputs, options, outcome, jobs or os.cpu_count() or 1, debug)
    for entry in entries:
        if entry.error is None:
            yield next(results)
        else:  # a folder that cannot be read, or holds nothing to check
            yield outcome(Checked(entry.path, error=entry.error))


def _check_one(path: str, password: bytes | None, options: CheckOptions, debug: bool) -> Checked:
    try:
        return Checked(path, result=check_file(path, password, options))
    except PicWizardError as error:
        return Checked(path, error=error)
    except BaseException as exc:  # a bug: reported for this file, and the audit goes on
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)) or debug:
            raise
        # A panic in cryptography's Rust code (pyo3's PanicException) is a BaseException.
        return Checked(path, bug=type(exc).__name__)


def _checked(
    paths: list[str],
    inputs: CheckInputs,
    options: CheckOptions,
    outcome: Callable[[Checked], T],
    jobs: int,
    debug: bool,
) -> Iterator[T]:
    if jobs == 1 or len(paths) < PARALLEL_MIN_FILES:
        for path in paths:
            yield outcome(_check_one(path, inputs.password, options, debug))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(paths, jobs)
    # Never more processes than chunks, nor than a few per CPU, whatever jobs says.
    workers = min(jobs, len(chunks), 4 * (os.cpu_count() or 1))
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(START_METHOD),
        initializer=_start_worker,
        initargs=(inputs, list(warnings.filters)),
    ) as pool:
        for results in pool.map(functools.partial(_check_chunk, outcome, debug), chunks):
            yield from results


def _chunks(paths: list[str], jobs: int) -> list[list[str]]:
    """``paths`` in the pieces sent to the workers, in order.  A few dozen files each: a
    worker's answer for a piece (its text) waits whole in this process until it is
    written, so a large piece is memory (megabytes of output for a thousand files) for
    nothing, where a piece costs one exchange with a worker."""
    size = max(8, min(CHUNK_MAX_FILES, len(paths) // (jobs * 4)))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


# A worker's prepared inputs (or why they could not be read), set once when it starts.
_PREPARED: tuple[bytes | None, CheckOptions | PicWizardError] | None = None


def _start_worker(inputs: CheckInputs, filters: list[Any]) -> None:
    global _PREPARED
    # The caller's choice of warnings (a spawned worker starts with Python's defaults).
    cast("list[Any]", warnings.filters)[:] = filters
    mutated = getattr(warnings, "_filters_mutated", None)  # forget what was cached
    if mutated is not None:
        mutated()
    try:
        _PREPARED = (inputs.password, prepare(inputs))
    except PicWizardError as error:  # changed since the audit began: each file says so
        _PREPARED = (inputs.password, error)


def _check_chunk(outcome: Callable[[Checked], T], debug: bool, paths: list[str]) -> list[T]:
    assert _PREPARED is not None
    password, options = _PREPARED
    if isinstance(options, PicWizardError):
        return [outcome(Checked(path, error=options)) for path in paths]
    return [outcome(_check_one(path, password, options, debug)) for path in paths]
