"""pic-wizard-cli complete: the issued certificate and the key of the request, checked
together, become a PFX (``core.usecases.complete`` decides; this only asks and says)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from ...core.values.errors import InputError
from ...core.values.untrusted import dumps, visible, visible_path
from ..inputs import check_inputs, read_password, secret_typed_twice
from ..render import _t, _tn, check_json, write_check
from ..status import EXIT_FINDINGS, EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("certificate", metavar="CERT", help="the certificate the CA issued")
    p.add_argument("--key", metavar="KEY", required=True, help="the private key of the request")
    p.add_argument("--out", metavar="FILE", required=True, help="the PFX file to write")
    p.add_argument(
        "--chain", metavar="F", action="append", default=[], help="intermediate certificates"
    )
    p.add_argument(
        "--roots", metavar="F", help="trusted roots instead of the public ones (certifi)"
    )
    p.add_argument(
        "--request",
        metavar="CSR",
        help="the request the certificate answers (default: the .req beside the key)",
    )
    p.add_argument(
        "--profile",
        metavar="P",
        help="the profile the certificate is for (default: the .json beside the key)",
    )
    p.add_argument(
        "--password-file",
        metavar="F",
        help="the key's passphrase (first line); or set PIC_WIZARD_PASSWORD",
    )
    p.add_argument(
        "--pfx-password-file",
        metavar="F",
        help="the PFX password (first line); else asked twice at the terminal",
    )
    encryption = p.add_mutually_exclusive_group()
    encryption.add_argument(
        "--aes",
        action="store_true",
        help="encrypt with AES-256, which Windows Server 2019 and later import (default: as "
        "the profile's server product suggests: 3DES unless all its Windows Servers do)",
    )
    encryption.add_argument(
        "--3des",
        dest="tripledes",
        action="store_true",
        help="encrypt with 3DES, which every Windows Server imports (2016 and older need it)",
    )
    p.add_argument(
        "--friendly-name",
        metavar="NAME",
        default="",
        help="the PFX's friendly name (default: the profile's, else the certificate's name)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--allow-errors",
        action="store_true",
        help="write the PFX even though errors are found (exit code 1)",
    )
    p.add_argument("--at", metavar="YYYY-MM-DD", help="check as on this day (UTC)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _pfx_password(args: argparse.Namespace) -> bytes:
    if args.pfx_password_file:
        from ...core.files.reading import read_secret_line

        return read_secret_line(args.pfx_password_file)
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError("pfx-password-no-terminal")
    return secret_typed_twice(
        _t("Password for the PFX: "),
        _t("Same password again: "),
        ("pfx-password-missing", "pfx-password-not-typed", "pfx-password-mismatch"),
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.usecases.complete import CompleteInputs, complete, complete_refusal
    from ...core.values.record import replace
    from ...core.x509.pfx import PfxProtection

    check = replace(
        check_inputs(args, read_password(args.password_file)),
        file=args.certificate,
        key_file=args.key,
    )
    inputs = CompleteInputs(
        check=check,
        out_file=args.out,
        pfx_password=b"-",  # asked for below, once nothing else refuses
        protection=(
            PfxProtection.AES256
            if args.aes
            else PfxProtection.WINDOWS_2012_R2
            if args.tripledes
            else None  # as the server product suggests (the core decides)
        ),
        friendly_name=args.friendly_name,
        force=args.force,
        allow_errors=args.allow_errors,
        make_folders=True,  # as csr makes its --out folder
    )
    refusal = complete_refusal(inputs)  # an existing file: refused before any prompt
    if refusal is not None:
        raise refusal
    done = complete(replace(inputs, pfx_password=_pfx_password(args)))
    from ...core.files.fsutil import interrupts_deferred

    # The PFX is written (or refused): a Ctrl-C while the outcome is printed is too late
    # to stop anything, and must not say "interrupted" of a PFX that is there.
    with interrupts_deferred() as late:
        code = EXIT_FINDINGS if done.errors else EXIT_OK
        if args.json:
            data = {
                **check_json(done.result),
                "pfx": done.written,
                "friendly_name": done.friendly_name,
                "friendly_name_read_back": done.friendly_name_read_back or None,
                "protection": done.protection.value,
                "chain_in_pfx": len(done.chain),
                "request": done.request_file or None,
                "profile": done.profile_file or None,
                "refused": done.refused or None,
            }
            out.write(dumps(data) + "\n")
            late.discard()
            return code
        write_check(out, done.result)
        if done.refused == "key-mismatch":
            out.write(
                _t("This key does not belong to this certificate: no PFX was written.") + "\n"
            )
        elif done.refused == "errors":
            out.write(
                _t(
                    "No PFX was written: fix the errors above, or give --allow-errors to write "
                    "it anyway."
                )
                + "\n"
            )
        else:
            assert done.written is not None
            protection = (
                _t("AES-256") if done.protection is PfxProtection.AES256 else _t("3DES, SHA-1")
            )
            out.write(
                _t("Wrote the PFX: {path} ({protection}; friendly name: {name})").format(
                    path=visible_path(done.written),
                    protection=protection,
                    name=visible(done.friendly_name_read_back),
                )
                + "\n"
            )
        checked = [
            _t("the request {file}").format(file=visible_path(done.request_file))
            if done.request_file
            else "",
            _t("the profile {file}").format(file=visible_path(done.profile_file))
            if done.profile_file
            else "",
        ]
        out.write(
            _tn(
                "Checked with the key, {what}; the chain holds %n CA certificate(s).",
                len(done.chain),
            ).format(what=", ".join(c for c in checked if c) or _t("nothing else"))
            + "\n"
        )
        late.discard()
    return code
