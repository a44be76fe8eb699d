"""pic-wizard-cli plan: the certificate a profile needs, and its findings."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.untrusted import dumps
from ..inputs import parse_date
from ..render import plan_json, write_plan
from ..status import EXIT_FINDINGS, EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.files import profile
    from ...core.rules.plan import make_plan

    plan = make_plan(profile.load(args.profile), at=parse_date(args.at))
    if args.json:
        out.write(dumps(plan_json(plan), indent=2) + "\n")
    else:
        write_plan(out, plan)
    return EXIT_FINDINGS if plan.has_errors else EXIT_OK
