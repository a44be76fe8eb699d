"""The report use case: one decision of the format and of the offered names, for the
wizard's Save report… and ``pic-wizard-cli report``."""

from __future__ import annotations

from pathlib import Path

import pytest

from pic_wizard.core.files import profile
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases.check import CheckInputs
from pic_wizard.core.usecases.report import (
    check_report,
    is_profile_report,
    plan_report,
    plan_report_name,
    report_format,
)
from pic_wizard.core.values.errors import PicWizardError
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.topology import seed_example

import pki


@pytest.mark.parametrize(
    ("path", "asked", "expected"),
    [
        ("r.html", None, "html"),
        ("r.HTM", None, "html"),
        ("r.pdf", None, "pdf"),
        ("report", None, "pdf"),
        ("r.html", "pdf", "pdf"),
    ],
)
def test_the_format_follows_the_extension_unless_asked(path, asked, expected) -> None:  # type: ignore[no-untyped-def]
    assert report_format(path, asked) == expected


def test_a_single_profile_is_a_plan_report(tmp_path: Path) -> None:
    path = tmp_path / "contoso.json"
    profile.save(seed_example(), path)
    assert is_profile_report([str(path)]) and not is_profile_report([str(path), "x.cer"])
    html = plan_report(str(path), Catalogue(), pki.AT)
    assert "sip.fabrikam.com" in html
    assert plan_report_name(make_plan(seed_example())) == "sip.contoso.com-plan"


def test_a_check_report_refuses_a_file_it_cannot_check(tmp_path: Path) -> None:
    good = tmp_path / "good.pem"
    root = pki.make_root()
    good.write_bytes(pki.pem(pki.make_leaf(pki.make_intermediate(root))[0]))
    empty = tmp_path / "empty.cer"
    empty.write_bytes(b"")
    assert "good.pem" in check_report([str(good)], CheckInputs(at=pki.AT), Catalogue(), pki.AT)
    with pytest.raises(PicWizardError) as refused:
        check_report([str(good), str(empty)], CheckInputs(at=pki.AT), Catalogue(), pki.AT)
    assert refused.value.code == "file-empty"
