"""pic-wizard-cli inf: a certreq INF, the same request with the key made on the Edge."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..render import _t
from ..status import EXIT_FINDINGS, EXIT_OK
from .shared import emit, plan_or_refuse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="F", help="write to F instead of standard output")
    p.add_argument("--force", action="store_true", help="replace F if it exists")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.documents.windows import certreq_inf
    from ...core.values.topology import KeyOrigin

    plan = plan_or_refuse(args, err, KeyOrigin.EDGE_SERVER)  # certreq makes the key
    if plan is None:
        return EXIT_FINDINGS
    emit(args, out, certreq_inf(plan), _t("the certreq INF"), "inf")
    return EXIT_OK
