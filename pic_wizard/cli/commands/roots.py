"""pic-wizard-cli roots: the Edge Server's Trusted Root Certification Authorities store,
from its export, and the root the Edge's own certificate chains to."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.errors import PicWizardError
from ...core.values.untrusted import dumps
from ..inputs import parse_date, read_password
from ..render import printable, roots_error_json, roots_json, write_roots
from ..status import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="the export of Cert:\\LocalMachine\\Root (.p7b, .sst, PEM or DER); several "
        "files are one store",
    )
    p.add_argument(
        "--certificate",
        metavar="CERT",
        help="the Edge certificate (certificate, chain or PFX): its root must be in the store",
    )
    p.add_argument(
        "--password-file",
        metavar="F",
        help="password of a PFX (first line); or set PIC_WIZARD_PASSWORD",
    )
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day (UTC)")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.usecases.roots import RootsInputs, check_roots, with_files_shown

    files = tuple(args.files)
    try:
        inputs = RootsInputs(
            files=files,
            certificate_file=args.certificate or "",
            password=read_password(args.password_file),
            at=parse_date(args.at),
        )
        result = check_roots(inputs)
    except PicWizardError as error:
        if not args.json:
            raise  # main says it on stderr, exit 2
        out.write(dumps(roots_error_json([printable(f) for f in files], error)) + "\n")
        return EXIT_INPUT
    result = with_files_shown(result, {f: printable(f) for f in files})
    if args.json:
        out.write(dumps(roots_json(result), indent=2) + "\n")
    else:
        write_roots(out, result)
    return EXIT_FINDINGS if result.verdict == "fail" else EXIT_OK
