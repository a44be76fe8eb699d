"""pic-wizard-cli check: certificates, chains, PFX files or requests, one verdict each."""

from __future__ import annotations

import argparse
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TextIO

from ...core.values.errors import InputError, PicWizardError
from ...core.values.untrusted import dumps
from ..inputs import add_check_inputs, check_options, read_password
from ..render import check_json, input_error_text, printable, write_check
from ..status import EXIT_BUG, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, is_bug

if TYPE_CHECKING:
    from ...core.rules.verdict import CheckOptions


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "check", help="check certificates, chains, PFX files or requests"
    )
    p.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="certificates, chains, PFX files or requests; a folder: the files below it",
    )
    add_check_inputs(p)
    p.add_argument("--at", metavar="YYYY-MM-DD", help="check as on this day (UTC)")
    p.add_argument("--json", action="store_true", help="one JSON object per file, per line")
    p.add_argument(
        "--jobs",
        metavar="N",
        type=int,
        default=0,
        help="processes for a large audit (default: one per CPU; 1 to stay in one process)",
    )
    return p


@dataclass
class _CheckRun:
    options: CheckOptions
    password: bytes | None
    as_json: bool


# Set before the worker processes fork, so they inherit it instead of receiving a pickle.
_CHECK_RUN: _CheckRun | None = None

PARALLEL_MIN_FILES = 64


def _check_one(path: str) -> tuple[str, int]:
    """Check one file; return what to print and its exit code."""
    from ...core.usecases.check import check_file

    run = _CHECK_RUN
    assert run is not None
    shown = printable(path)
    code = EXIT_INPUT
    error: PicWizardError | None = None
    try:
        result = check_file(path, run.password, run.options)
    except PicWizardError as exc:
        error = exc
    except BaseException as exc:  # a bug: report it for this file and go on with the audit
        if not is_bug(exc) or os.environ.get("PIC_WIZARD_DEBUG"):
            raise
        error = PicWizardError("internal-error", file=shown, reason=type(exc).__name__)
        code = EXIT_BUG
    if error is not None:
        return input_error_text(shown, error, run.as_json), code
    code = EXIT_FINDINGS if result.verdict == "fail" else EXIT_OK
    if shown != path:
        result = replace(result, file=shown)
    if run.as_json:
        return dumps(check_json(result)) + "\n", code
    buffer = io.StringIO()
    write_check(buffer, result)
    return buffer.getvalue(), code


def _check_chunk(paths: list[str]) -> list[tuple[str, int]]:
    return [_check_one(path) for path in paths]


def _fork_context() -> Any:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None  # Windows, macOS defaults: one process is fast enough there
    return multiprocessing.get_context("fork")


def _checked(paths: list[str], jobs: int) -> Iterator[tuple[str, int]]:
    """Results in input order; an audit of a large folder uses every CPU."""
    context = _fork_context() if jobs > 1 and len(paths) >= PARALLEL_MIN_FILES else None
    if context is None:
        yield from (_check_one(path) for path in paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    size = max(8, len(paths) // (jobs * 4))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    # Never more processes than chunks, nor than a few per CPU, whatever --jobs says.
    workers = min(jobs, len(chunks), 4 * (os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for results in pool.map(_check_chunk, chunks):
            yield from results


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    global _CHECK_RUN

    password = read_password(args.password_file)
    options = check_options(args, password)
    if args.jobs < 0:
        raise InputError("bad-jobs", value=str(args.jobs))
    jobs = args.jobs or os.cpu_count() or 1
    from ...core.x509.folders import checkable_inputs

    inputs = checkable_inputs(args.files)  # a folder: the files below it, in name order
    _CHECK_RUN = _CheckRun(options, password, args.json)
    code = EXIT_OK
    try:
        results = _checked([i.path for i in inputs if i.error is None], jobs)
        for entry in inputs:
            if entry.error is None:
                text, file_code = next(results)
            else:  # a folder that cannot be read, or holds nothing to check
                text = input_error_text(printable(entry.path), entry.error, args.json)
                file_code = EXIT_INPUT
            out.write(text)
            code = max(code, file_code)  # 3 (bug) over 2 (unreadable) over 1 (errors) over 0
    finally:
        _CHECK_RUN = None
    return code
