"""What several commands share: the plan of a profile or its refusal, a document written."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, TextIO

from ...core.values.untrusted import visible_path
from ..render import _t, error_text, write_findings

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan
    from ...core.values.topology import KeyOrigin


def plan_or_refuse(
    args: argparse.Namespace, err: TextIO, key_origin: KeyOrigin, at: dt.datetime | None = None
) -> CertificatePlan | None:
    """The plan of the profile for a key made at ``key_origin``, or None (after saying
    why: the core's refusal) when it has errors."""
    from ...core.files import profile
    from ...core.rules.plan import make_plan, plan_refusal
    from ..inputs import parse_date

    # The plan's day: ``at``, else the command's --at (inf, powershell), else today.
    at = at if at is not None else parse_date(getattr(args, "at", None))
    plan = make_plan(profile.load(args.profile), at=at, key_origin=key_origin)
    refused = plan_refusal(plan)
    if refused is None:
        return plan
    write_findings(err, refused.errors)
    err.write(_t("pic-wizard-cli: error: {message}").format(message=error_text(refused)) + "\n")
    return None


def emit(args: argparse.Namespace, out: TextIO, text: str, what: str, kind: str) -> None:
    from ...core.documents.windows import windows_file_bytes
    from ...core.files.fsutil import write_atomic

    if args.out:
        data = windows_file_bytes(text, kind)
        write_atomic(args.out, data, mode=0o644, overwrite=args.force)
        out.write(_t("Wrote {what}: {path}").format(what=what, path=visible_path(args.out)) + "\n")
    else:
        out.write(text)
