"""The commands of pic-wizard-cli, one module each, in the order ``--help`` lists them.

Each module has ``add_parser(sub)``, its arguments, and ``run(args, out, err)``, which
calls one core use case, renders what it returns and gives the exit code.  No rule,
default or decision lives in a command.
"""

from __future__ import annotations

import argparse
from typing import Any, Protocol, TextIO

from . import (
    check,
    complete,
    csr,
    example,
    import_topology,
    inf,
    plan,
    powershell,
    probe,
    renew,
    report,
    roots,
)


class Command(Protocol):
    def add_parser(self, sub: Any) -> argparse.ArgumentParser: ...

    def run(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> int: ...


COMMANDS: dict[str, Command] = {
    "example": example,
    "import-topology": import_topology,
    "renew": renew,
    "plan": plan,
    "csr": csr,
    "complete": complete,
    "check": check,
    "roots": roots,
    "probe": probe,
    "inf": inf,
    "powershell": powershell,
    "report": report,
}
