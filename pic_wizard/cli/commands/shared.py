"""What several commands share: the plan of a profile or its refusal, a document written."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...core.values.errors import PicWizardError
from ...core.values.untrusted import visible_path
from ..render import _t, error_text, write_findings

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan


def plan_or_refuse(args: argparse.Namespace, err: TextIO) -> CertificatePlan | None:
    """The plan of the profile, or None (after saying why) when it has errors."""
    from ...core.files import profile
    from ...core.rules.plan import make_plan

    plan = make_plan(profile.load(args.profile))
    if not plan.has_errors:
        return plan
    errors = [f for f in plan.findings if f.severity.value == "error"]
    write_findings(err, errors)
    failure = PicWizardError("plan-has-errors", count=str(len(errors)))
    err.write(_t("pic-wizard-cli: error: {message}").format(message=error_text(failure)) + "\n")
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
