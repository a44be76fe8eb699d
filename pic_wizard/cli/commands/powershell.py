"""pic-wizard-cli powershell: the Request/Import/Set-CsCertificate lines for a profile."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.errors import InputError
from ..render import _t
from ..status import EXIT_FINDINGS, EXIT_OK
from .shared import emit, plan_or_refuse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="F", help="write to F instead of standard output")
    p.add_argument("--force", action="store_true", help="replace F if it exists")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")
    p.add_argument(
        "--server",
        metavar="FQDN",
        action="append",
        default=[],
        help="an Edge Server of the pool (repeat for each member)",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.documents.windows import powershell_script
    from ...core.rules.names import judge
    from ...core.values.topology import KeyOrigin

    plan = plan_or_refuse(args, err, KeyOrigin.EDGE_SERVER)  # Request-CsCertificate does
    if plan is None:
        return EXIT_FINDINGS
    for server in args.server:
        if not judge(server, "Edge Server").ok:
            raise InputError("bad-server", value=server)
    emit(args, out, powershell_script(plan, tuple(args.server)), _t("the PowerShell script"), "ps1")
    return EXIT_OK
