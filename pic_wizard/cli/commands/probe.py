"""pic-wizard-cli probe: a deployed Edge tested the way federation partners and remote
users reach it (DNS SRV, addresses, TLS), the served certificate judged as check judges
a file."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.untrusted import dumps
from ..inputs import add_probe_inputs, probe_inputs
from ..render import probe_row_json, write_probe_row
from ..status import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "targets",
        metavar="TARGET",
        nargs="+",
        help="a SIP domain (its SRV records are looked up), or HOST:PORT",
    )
    add_probe_inputs(p)
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge as on this day (UTC)")
    p.add_argument("--json", action="store_true", help="one JSON object per endpoint, per line")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Each endpoint written as soon as it is probed; exit 2 when none could be reached."""
    from ...core.rules.probe import EndpointResult
    from ...core.usecases.probe import probe

    def show(row: EndpointResult) -> None:
        if args.json:
            out.write(dumps(probe_row_json(row)) + "\n")
        else:
            write_probe_row(out, row)
        out.flush()

    result = probe(probe_inputs(args, args.targets), on_result=show)
    if not result.reached:
        return EXIT_INPUT
    return EXIT_FINDINGS if result.verdict == "fail" else EXIT_OK
