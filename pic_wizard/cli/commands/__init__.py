"""The commands of pic-wizard-cli, one module each, in the order ``--help`` lists them.

Each module has ``add_arguments(p)``, its arguments, and ``run(args, out, err)``, which
calls one core use case, renders what it returns and gives the exit code.  No rule,
default or decision lives in a command.

A command's module is imported when that command runs (or its options are built): the
list below holds each one's name and one-line help, which is all ``--help`` lists.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from typing import Protocol, TextIO, cast


class Command(Protocol):
    def add_arguments(self, p: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> int: ...


class Listed:
    """A command as ``--help`` lists it, and the module that holds it (a plain class: a
    NamedTuple is built with exec at each start)."""

    __slots__ = ("help", "module")

    def __init__(self, module: str, help: str) -> None:
        self.module = module
        self.help = help


LISTED: dict[str, Listed] = {
    "example": Listed("example", help="write the seed example profile (Contoso/Fabrikam, AOL)"),
    "import-topology": Listed(
        "import_topology",
        help="make a profile from a Topology Builder file (.tbxml, Download Topology)",
    ),
    "renew": Listed(
        "renew", help="the answers of the certificate being replaced, and what renewing changes"
    ),
    "plan": Listed("plan", help="show the certificate a profile needs, and its findings"),
    "csr": Listed("csr", help="generate the private key and the request (.req)"),
    "complete": Listed(
        "complete", help="make the PFX from the issued certificate and the key, checked together"
    ),
    "check": Listed("check", help="check certificates, chains, PFX files or requests"),
    "roots": Listed("roots", help="check an export of the Edge Server's Trusted Root store"),
    "probe": Listed(
        "probe", help="test a deployed Edge: DNS SRV records, TLS and the certificate it serves"
    ),
    "inf": Listed("inf", help="write a certreq INF: the same request, key made on the Edge"),
    "powershell": Listed(
        "powershell", help="write the Request/Import/Set-CsCertificate lines for the profile"
    ),
    "report": Listed(
        "report", help="write a report of a plan or of a check (HTML or PDF) for a change ticket"
    ),
}


class _Commands(Mapping[str, Command]):
    """The commands by name; a command's module is imported when it is looked up."""

    def __getitem__(self, name: str) -> Command:
        module = LISTED[name].module
        # __import__ rather than importlib's: -X importtime sees what it imports.
        return cast(Command, __import__(f"{__name__}.{module}", fromlist=["run"]))

    def __iter__(self) -> Iterator[str]:
        return iter(LISTED)

    def __len__(self) -> int:
        return len(LISTED)

    def __contains__(self, name: object) -> bool:
        return name in LISTED


COMMANDS: Mapping[str, Command] = _Commands()
