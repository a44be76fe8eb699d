"""pic-wizard-cli report: a plan or a check as HTML or PDF, for a change ticket."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.untrusted import visible_path
from ..inputs import (
    add_check_inputs,
    add_probe_inputs,
    check_inputs,
    parse_date,
    policy_of,
    probe_inputs,
    read_password,
)
from ..render import _t, language
from ..status import EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        metavar="PROFILE|FILE",
        nargs="*",
        help="a profile (.json): the plan; else the files to check",
    )
    p.add_argument(
        "--format",
        choices=("html", "pdf"),
        help="the report's format (default: from the extension of --out, else PDF)",
    )
    p.add_argument("--out", metavar="F", required=True, help="the report file to write")
    p.add_argument("--force", action="store_true", help="replace F if it exists")
    add_check_inputs(p)
    p.add_argument(
        "--probe",
        metavar="TARGET",
        nargs="+",
        help="a report of a probe of these SIP domains or HOST:PORT (the options of probe)",
    )
    add_probe_inputs(p, with_profile=False)
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge as on this day (UTC)")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A report of a plan (one profile) or of a check (files), written as HTML or PDF.

    Exit 0 once the report is written, whatever it found (it says so itself)."""
    from ...core.files.fsutil import check_target
    from ...core.usecases import report
    from ...core.values.policy import now

    fmt = report.report_format(args.out, args.format)
    check_target(args.out, overwrite=args.force)
    at = parse_date(args.at) or now()
    if bool(args.inputs) == bool(args.probe):
        from ...core.values.errors import InputError

        raise InputError("report-what")
    if args.probe:
        text = report.probe_report(probe_inputs(args, args.probe), language())
    elif report.is_profile_report(args.inputs):
        text = report.plan_report(args.inputs[0], language(), at, policy_of(args))
    else:
        password = read_password(args.password_file)
        text = report.check_report(args.inputs, check_inputs(args, password), language(), at)
    if fmt == "html":
        report.write_html_report(text, args.out, force=args.force)
    else:  # PDF needs Qt's renderer (only here: HTML is written without Qt)
        try:
            from ...report_pdf import html_to_pdf
        except ImportError:
            from ...core.values.errors import OutputError

            raise OutputError("output-unwritable", file=args.out, reason="PySide6") from None
        html_to_pdf(text, args.out, force=args.force)
    out.write(_t("Wrote the report: {path}").format(path=visible_path(args.out)) + "\n")
    return EXIT_OK
