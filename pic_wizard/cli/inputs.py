"""What several commands read from their command line: the inputs of a check, dates,
passwords."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
from typing import TYPE_CHECKING

from ..core.values.errors import InputError
from ..core.values.record import replace

if TYPE_CHECKING:
    from ..core.rules.verdict import CheckOptions
    from ..core.usecases.check import CheckInputs
    from ..core.usecases.probe import ProbeInputs
    from ..core.values.policy import Policy

PASSWORD_ENV = "PIC_WIZARD_PASSWORD"


def add_check_inputs(p: argparse.ArgumentParser) -> None:
    """What a check is made against (check and report take the same)."""
    p.add_argument("--profile", metavar="P", help="the profile the certificate is for")
    p.add_argument(
        "--chain", metavar="F", action="append", default=[], help="intermediate certificates"
    )
    p.add_argument(
        "--roots", metavar="F", help="trusted roots instead of the public ones (certifi)"
    )
    p.add_argument("--key", metavar="F", help="the private key the certificate should match")
    p.add_argument("--request", metavar="CSR", help="the request the certificate answers")
    p.add_argument(
        "--warn-days",
        metavar="N",
        help="warn when a certificate has fewer than N days left (default: 30)",
    )
    p.add_argument(
        "--password-file",
        metavar="F",
        help="password of PFX files and keys (first line); or set PIC_WIZARD_PASSWORD",
    )


def parse_date(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("bad-date", value=value) from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


# More than ten years ahead is no longer a warning about renewal.
MAX_WARN_DAYS = 3650


def parse_warn_days(value: str | None) -> int | None:
    """--warn-days: whole days, 0 to MAX_WARN_DAYS (None: the policy's default)."""
    if value is None:
        return None
    text = value.strip()
    if not re.fullmatch(r"[0-9]{1,6}", text, flags=re.ASCII) or int(text) > MAX_WARN_DAYS:
        raise InputError("bad-warn-days", value=value)
    return int(text)


def read_password(path: str | None) -> bytes | None:
    from ..core.files.reading import read_secret_line

    if path:
        return read_secret_line(path)
    # The bytes as set, whatever the locale (os.environ would decode them).
    if os.name == "posix" and os.environb.get(PASSWORD_ENV.encode()):
        return os.environb[PASSWORD_ENV.encode()]
    env = os.environ.get(PASSWORD_ENV)
    return env.encode("utf-8", "surrogateescape") if env else None


def policy_of(args: argparse.Namespace) -> Policy:
    """The dates and limits the rules use, with --warn-days where the command has it."""
    from ..core.values.policy import DEFAULT_POLICY

    warn_days = parse_warn_days(getattr(args, "warn_days", None))  # complete has none
    if warn_days is None:
        return DEFAULT_POLICY
    return replace(DEFAULT_POLICY, expiring_days=warn_days)


def check_inputs(args: argparse.Namespace, password: bytes | None) -> CheckInputs:
    """What the check of each file depends on, as given on the command line."""
    from ..core.usecases.check import CheckInputs

    policy = policy_of(args)
    return CheckInputs(
        chain_files=tuple(args.chain),
        roots_file=args.roots or "",
        key_file=args.key or "",
        request_file=args.request or "",
        profile_file=args.profile or "",
        password=password,
        at=parse_date(args.at),
        policy=policy,
    )


def check_options(args: argparse.Namespace, password: bytes | None) -> CheckOptions:
    """The check inputs of the command line, prepared (read once for every file)."""
    from ..core.usecases.check import prepare

    return prepare(check_inputs(args, password))


def secret_typed_twice(prompt: str, again: str, codes: tuple[str, str, str]) -> bytes:
    """A secret typed twice at the terminal (csr's passphrase, complete's PFX password);
    ``codes``: the errors for nothing typed, for an input that ended or was not text, and
    for two different answers."""
    import getpass
    import sys

    missing, not_typed, mismatch = codes
    try:
        first = getpass.getpass(prompt)
        if not first:
            raise InputError(missing)
        second = getpass.getpass(again)
    except (EOFError, UnicodeDecodeError):  # Ctrl+D, or bytes the terminal's encoding lacks
        if sys.stderr is not None and sys.stderr.isatty():
            sys.stderr.write("\n")  # getpass leaves the cursor after its prompt
        raise InputError(not_typed) from None
    if second != first:
        raise InputError(mismatch)
    return first.encode("utf-8")


def add_probe_inputs(p: argparse.ArgumentParser, *, with_profile: bool = True) -> None:
    """What a probe is made with (probe and report --probe take the same)."""
    if with_profile:
        p.add_argument("--profile", metavar="P", help="the profile the Edge was deployed from")
        p.add_argument(
            "--roots", metavar="F", help="trusted roots instead of the public ones (certifi)"
        )
    p.add_argument(
        "--services",
        action="store_true",
        help="also probe the profile's Access Edge (5061, 443) and Web Conferencing Edge "
        "(443); on a single-IP Edge (one name for both), 5061 and 444",
    )
    p.add_argument(
        "--dns-server",
        metavar="IP[:PORT]",
        help="ask this DNS server (default: the system's)",
    )
    p.add_argument(
        "--resolve",
        metavar="HOST:IP",
        action="append",
        default=[],
        help="connect to IP for HOST without asking DNS (repeatable)",
    )
    p.add_argument(
        "--connect-to",
        metavar="HOST:PORT:IP:PORT",
        action="append",
        default=[],
        help="reach HOST:PORT at IP:PORT instead, still as HOST (a port forward; repeatable)",
    )
    p.add_argument(
        "--timeout",
        metavar="SECONDS",
        help="the longest wait of each lookup and each connection (default: 5)",
    )


def probe_inputs(args: argparse.Namespace, targets: list[str]) -> ProbeInputs:
    """What a probe depends on, as given on the command line (checked by the core)."""
    from ..core.usecases.probe import ProbeInputs, parse_timeout

    return ProbeInputs(
        targets=tuple(targets),
        profile_file=args.profile or "",
        services=args.services,
        roots_file=args.roots or "",
        dns_server=args.dns_server or "",
        resolve=tuple(args.resolve),
        connect_to=tuple(args.connect_to),
        timeout=parse_timeout(args.timeout),
        at=parse_date(args.at),
        policy=policy_of(args),
    )
