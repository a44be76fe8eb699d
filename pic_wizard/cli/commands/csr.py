"""pic-wizard-cli csr: the private key and the request (.req)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from ...core.values.errors import InputError
from ...core.values.untrusted import visible, visible_path
from ..inputs import parse_date, secret_typed_twice
from ..render import _t, shell_word, write_findings, write_notes
from ..status import EXIT_FINDINGS, EXIT_OK
from .shared import plan_or_refuse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    p.add_argument("--name", metavar="BASE", help="file base name (default: the subject name)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="F", help="encrypt the key with F's first line")
    group.add_argument(
        "--no-encrypt", action="store_true", help="write the private key unencrypted"
    )
    p.add_argument("--force", action="store_true", help="replace existing files")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")


def _passphrase(args: argparse.Namespace) -> bytes | None:
    if args.no_encrypt:
        return None
    if args.passphrase_file:
        from ...core.files.reading import read_secret_line

        return read_secret_line(args.passphrase_file)
    if sys.stdin is not None and sys.stdin.isatty():
        return secret_typed_twice(
            _t("Passphrase for the private key: "),
            _t("Same passphrase again: "),
            ("passphrase-missing", "passphrase-not-typed", "passphrase-mismatch"),
        )
    raise InputError("passphrase-missing")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.usecases.request import default_base_name, output_folder, write_request
    from ...core.values.topology import KeyOrigin

    plan = plan_or_refuse(args, err, KeyOrigin.PIC_WIZARD, parse_date(args.at))
    if plan is None:
        return EXIT_FINDINGS
    passphrase = _passphrase(args)
    with output_folder(args.out, args.name or default_base_name(plan)) as folder:
        write_notes(out, folder.settled_notes())
        written = write_request(
            plan, folder.path, passphrase, base_name=args.name or "", force=args.force
        )
    from ...core.files.fsutil import interrupts_deferred

    # The files are written: a Ctrl-C while their summary is printed would say
    # "interrupted" of a request and key that are there.  It is too late to stop.
    with interrupts_deferred() as late:
        write_notes(out, folder.made_notes())
        protection = _t("encrypted with AES-256") if written.encrypted else _t("NOT encrypted")
        if os.name == "posix":
            protection += _t(", readable by you only")
        else:  # the file takes the folder's permissions
            protection += _t("; keep it in a folder only you can read")
        request_path = visible_path(str(written.request_path))
        key_path = visible_path(str(written.key_path))
        out.write(_t("Wrote the request: {path}").format(path=request_path) + "\n")
        out.write(
            _t("Wrote the private key: {path} ({protection})").format(
                path=key_path, protection=protection
            )
            + "\n"
        )
        out.write(
            _t("Subject: {subject}; SAN: {san}").format(
                subject=visible(plan.subject_name),
                san=", ".join(visible(n) for n in plan.san_names),
            )
            + "\n"
        )
        out.write(
            _t(
                "Next: submit the .req file to your public certification authority. Keep the "
                ".key file safe: with the certificate the CA sends back, it makes the PFX to "
                "import on every Edge Server. Then check the reply:"
            )
            + "\n"
            f"  pic-wizard-cli check CERT --profile {shell_word(args.profile)} "
            f"--request {shell_word(str(written.request_path))} "
            f"--key {shell_word(str(written.key_path))}\n"
        )
        warnings = [f for f in plan.findings if f.severity.value == "warning"]
        if warnings:
            out.write("\n" + _t("Warnings ({count}):").format(count=len(warnings)) + "\n")
            write_findings(out, warnings)
        late.discard()
    return EXIT_OK
