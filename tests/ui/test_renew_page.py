"""Renew from the current certificate…: the answers pre-filled, the changes confirmed."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pic_wizard.core.documents.report import plan_report_html
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.policy import now
from pic_wizard.core.values.record import replace
from pic_wizard.ui.renew import renew_from_certificate
from pic_wizard.ui.wizard import PageId, PicWizard

import pki


def test_renewal_pre_fills_and_asks_to_confirm_the_changes(
    qtbot, tmp_path: Path, intermediate: pki.CA
) -> None:
    cert, _ = pki.make_leaf(
        intermediate,
        sans=("sip.contoso.com", "webcon.contoso.com", "legacy.contoso.com"),
        ekus=("serverAuth",),
    )
    path = tmp_path / "current.cer"
    path.write_bytes(pki.pem(cert, intermediate))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert renew_from_certificate(wizard, wizard.state, str(path))
    topology = wizard.answers.topology
    assert topology.access_edge_fqdn == "sip.contoso.com"
    assert topology.web_conferencing_edge_fqdn == "webcon.contoso.com"
    assert topology.extra_sans == ("legacy.contoso.com",)
    wizard.restart_at(PageId.REVIEW)
    review = wizard.currentPage()
    assert review.changes_box.isVisibleTo(review) and not review.confirm.isVisibleTo(review)
    assert review.isComplete()  # nothing changes yet: nothing to confirm
    # the admin drops the leftover name and adds fabrikam.com
    wizard.set_topology(
        replace(topology, extra_sans=(), sip_domains=("contoso.com", "fabrikam.com"))
    )
    assert "legacy.contoso.com" in review.changes.text()
    assert "sip.fabrikam.com" in review.changes.text()
    assert not review.isComplete()
    review.confirm.setChecked(True)
    assert review.isComplete()
    changes = review.renewal_changes(wizard.answers.plan)
    html = plan_report_html(wizard.answers.plan, Catalogue(), now(), changes=changes)
    assert "Changes from the current certificate" in html and "legacy.contoso.com" in html


def test_a_pfx_asks_for_its_password(
    qtbot, monkeypatch, tmp_path: Path, intermediate: pki.CA
) -> None:  # type: ignore[no-untyped-def]
    cert, key = pki.make_leaf(intermediate)
    path = tmp_path / "current.pfx"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"edge", key, cert, None, BestAvailableEncryption(b"pw")
        )
    )
    asked: list[str] = []

    def answer(*args: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "pw", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert renew_from_certificate(wizard, wizard.state, str(path))
    assert asked and "current.pfx" in asked[0]
    assert wizard.state.renewal is not None and wizard.state.renewal.file_name == "current.pfx"


def test_a_file_that_is_no_certificate_is_a_message(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.txt"
    path.write_text("not a certificate")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert not renew_from_certificate(wizard, wizard.state, str(path))
    assert len(shown) == 1 and "notes.txt" in shown[0] and wizard.state.renewal is None


def test_the_review_page_shows_the_leftovers_renew_reports(
    qtbot, tmp_path: Path, intermediate: pki.CA
) -> None:
    """Breakage 4, through the real wizard: a name of the current certificate that only the
    certificate explains (SAN-EXTRA) is on the Review page as `renew` reports it."""
    import json

    from walk import run

    cert, _ = pki.make_leaf(
        intermediate, sans=("sip.contoso.com", "webcon.contoso.com", "legacy.contoso.com")
    )
    path = tmp_path / "current.cer"
    path.write_bytes(pki.pem(cert, intermediate))
    code, out, err = run("renew", str(path), "--json", "--at", pki.AT.date().isoformat())
    assert code in (0, 1), err
    leftovers = [f for f in json.loads(out)["findings"] if f["rule"] == "SAN-EXTRA"]
    assert [f["subject"] for f in leftovers] == ["legacy.contoso.com"]
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert renew_from_certificate(wizard, wizard.state, str(path))
    wizard.restart_at(PageId.REVIEW)
    review = wizard.currentPage()
    renewed = review.renewal(wizard.answers.plan)
    assert renewed is not None
    assert [(f.rule.value, f.subject) for f in renewed.leftovers] == [
        (f["rule"], f["subject"]) for f in leftovers
    ]
    assert review.changes_box.isVisibleTo(review)
    assert "legacy.contoso.com" in review.changes.text()


def test_a_request_given_as_the_current_certificate_gets_the_command_line_s_advice(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The wizard reads the current certificate as `renew` does, and says the same."""
    from walk import run

    path = tmp_path / "edge.req"
    path.write_bytes(pki.pem(pki.make_csr()))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    assert not renew_from_certificate(wizard, wizard.state, str(path))
    code, _, err = run("renew", str(path))
    assert code == 2
    assert len(shown) == 1
    assert "certificate being replaced" in err
    assert "certificate being replaced" in shown[0]
    assert "intermediate or root" not in shown[0]
