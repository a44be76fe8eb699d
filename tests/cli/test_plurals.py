"""Counts on the command line and in the report take the language's plural: never "(s)"."""

from __future__ import annotations

from pic_wizard.cli import render
from pic_wizard.core.documents.report import _Writer
from pic_wizard.core.values.findings import RuleId, Severity, finding
from pic_wizard.core.values.i18n import Catalogue

ONE_ERROR = [finding(RuleId.NAME_INTERNAL, "x.local", Severity.ERROR, field="SIP domain")]
TWO_WARNINGS = [
    finding(RuleId.NAME_INTERNAL, name, Severity.WARNING, field="SIP domain")
    for name in ("a.local", "b.local")
]


def counts_in(language: str) -> str:
    saved = render.language()
    render.set_language(Catalogue.load(language))
    try:
        return render.counts(ONE_ERROR + TWO_WARNINGS)
    finally:
        render.set_language(saved)


def test_the_command_lines_counts_in_english_and_french() -> None:
    assert counts_in("en") == "1 error, 2 warnings, 0 notes"
    assert counts_in("fr") == "1 erreur, 2 avertissements, 0 remarque"


def test_the_reports_counts_in_english_and_french() -> None:
    for language, expected in (
        ("en", "Findings: 1 error, 2 warnings, 0 notes"),
        ("fr", "1 erreur, 2 avertissements, 0 remarque"),
    ):
        writer = _Writer(Catalogue.load(language))
        writer.findings(ONE_ERROR + TWO_WARNINGS)
        html = "\n".join(writer.parts)
        assert expected in html and "(s)" not in html
