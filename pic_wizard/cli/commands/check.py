"""pic-wizard-cli check: certificates, chains, PFX files or requests, one verdict each."""

from __future__ import annotations

import argparse
import functools
import io
import os
from typing import TYPE_CHECKING, TextIO

from ...core.values.errors import PicWizardError
from ...core.values.i18n import Catalogue
from ...core.values.record import replace
from ..inputs import add_check_inputs, check_inputs, read_password
from ..render import (
    check_json_text,
    input_error_text,
    language,
    printable,
    set_language,
    write_check,
)
from ..status import EXIT_BUG, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

if TYPE_CHECKING:
    from ...core.usecases.audit import Checked


def add_arguments(p: argparse.ArgumentParser) -> None:
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


def start() -> None:
    """What ``run`` imports, imported with the rest of start-up (``program.main``): the
    check's use case and the library, which this module's parser never needs (--help,
    --version)."""
    from ...core.usecases import audit  # noqa: F401


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.usecases.audit import audit

    inputs = check_inputs(args, read_password(args.password_file))
    # Rendered where each file is checked, in the run's language (a spawned worker
    # starts with none).
    outcome = functools.partial(rendered, language().language, args.json)
    debug = bool(os.environ.get("PIC_WIZARD_DEBUG"))
    code = EXIT_OK
    for text, file_code in audit(args.files, inputs, outcome, args.jobs, debug=debug):
        out.write(text)
        code = max(code, file_code)  # 3 (bug) over 2 (unreadable) over 1 (errors) over 0
    return code


def rendered(lang: str, as_json: bool, checked: Checked) -> tuple[str, int]:
    """What check prints for one file of the audit, and its exit code (run in the process
    that checked the file)."""
    if language().language != lang:
        set_language(Catalogue.load(lang))
    shown = printable(checked.path)
    if checked.bug:
        error = PicWizardError("internal-error", file=shown, reason=checked.bug)
        return input_error_text(shown, error, as_json), EXIT_BUG
    if checked.error is not None:
        return input_error_text(shown, checked.error, as_json), EXIT_INPUT
    result = checked.result
    assert result is not None
    verdict = result.verdict  # read once: a walk over the findings
    code = EXIT_FINDINGS if verdict == "fail" else EXIT_OK
    if shown != checked.path:
        result = replace(result, file=shown)
    if as_json:
        return check_json_text(result, verdict) + "\n", code
    buffer = io.StringIO()
    write_check(buffer, result)
    return buffer.getvalue(), code
