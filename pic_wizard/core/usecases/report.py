"""A report for people: the plan of a profile, or the check of files, as one HTML document
(``documents.report``) that the wizard's Save report… and ``pic-wizard-cli report`` both
write.  HTML is written here; a PDF is the same document printed by Qt's text engine,
which the front ends call (the core imports no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

from ..documents.report import check_report_html, plan_report_html, probe_report_html
from ..files import profile
from ..files.fsutil import write_atomic
from ..rules.plan import make_plan
from ..values.i18n import Catalogue
from ..values.policy import DEFAULT_POLICY, Policy
from ..x509.folders import checkable_inputs
from .check import CheckInputs, check_file, prepare

if TYPE_CHECKING:
    from ..rules.plan import CertificatePlan
    from ..rules.verdict import CheckResult
    from .probe import ProbeInputs

Format = Literal["html", "pdf"]


def report_format(path: str, asked: Format | None = None) -> Format:
    """The format asked for; else HTML for a name ending in .html or .htm, PDF otherwise."""
    if asked is not None:
        return asked
    return "html" if PurePath(path).suffix.lower() in (".html", ".htm") else "pdf"


def is_profile_report(inputs: Sequence[str]) -> bool:
    """A report of a plan: a single profile (.json) given; else the files are checked."""
    return len(inputs) == 1 and inputs[0].lower().endswith(".json")


def plan_report(
    profile_file: str, catalogue: Catalogue, at: dt.datetime, policy: Policy = DEFAULT_POLICY
) -> str:
    """The plan of the profile at ``at``, as the Review page's Save report… writes it
    (``policy``: the renewal's warning days, --warn-days)."""
    return plan_report_html(make_plan(profile.load(profile_file), policy, at), catalogue, at)


def check_report(
    paths: Sequence[str], inputs: CheckInputs, catalogue: Catalogue, at: dt.datetime
) -> str:
    """Every file (a folder: the files below it, as check walks it) checked with
    ``inputs``; a report says everything, or is not written: the first input that cannot
    be checked raises its PicWizardError."""
    options = prepare(inputs)
    results = []
    for entry in checkable_inputs(paths):
        if entry.error is not None:
            raise entry.error
        results.append(check_file(entry.path, inputs.password, options))
    return check_report_html(results, catalogue, at, options.plan)


def probe_report(inputs: ProbeInputs, catalogue: Catalogue) -> str:
    """Every target probed (``usecases.probe``), as one report (raises PicWizardError for
    inputs that cannot be used)."""
    from .probe import probe, probe_scope

    result = probe(inputs)
    return probe_report_html(result.rows, catalogue, result.at, result.plan, probe_scope(inputs))


def plan_report_name(plan: CertificatePlan) -> str:
    """The report's file name offered for a plan, without its extension."""
    return f"{plan.subject_name or 'edge'}-plan"


def check_report_name(result: CheckResult) -> str:
    """The report's file name offered for a check, without its extension."""
    return f"{PurePath(result.file).stem or 'certificate'}-check"


def write_html_report(html: str, path: str, *, force: bool) -> None:
    """The report as a web page (atomically; never over a file unless ``force``)."""
    write_atomic(path, html.encode("utf-8"), mode=0o644, overwrite=force)
