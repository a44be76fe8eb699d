"""Reports for a change ticket: everything the plan or the check says, escaped, translated."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pic_wizard.core.documents.report import check_report_html, plan_report_html
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
from pic_wizard.core.values.errors import OutputError
from pic_wizard.core.values.findings import render_fix, render_message
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.topology import seed_example
from pic_wizard.core.x509.view import subject_text

import pki

PAGE = re.compile(rb"/Type\s*/Page(?!s)")


def text_of(report: str) -> str:
    """The report's text, tags dropped and entities decoded, for ``in`` tests."""
    return html.unescape(re.sub(r"<[^>]+>", " ", report))


def test_plan_report_has_every_name_in_order_with_its_reasons() -> None:
    plan = make_plan(seed_example(), at=pki.AT)
    report = plan_report_html(plan, Catalogue(), pki.AT)
    text = text_of(report)
    positions = [report.index(f">{name}<") for name in plan.san_names]
    assert positions == sorted(positions)
    assert plan.san_names == ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
    for entry in plan.sans:
        for reason in entry.reasons:
            assert reason.text() in text
    assert "1.3.6.1.5.5.7.3.1" in text and "1.3.6.1.5.5.7.3.2" in text
    assert "Server Authentication" in text and "Client Authentication" in text
    assert "Digital Signature, Key Encipherment" in text
    assert "RSA 2048, exportable" in text
    assert plan.subject_text in text
    assert "Lync Server 2013" in text and "a single Edge Server" in text
    assert "AOL" in text and "contoso.com (default)" in text
    assert plan.findings
    for f in plan.findings:
        assert f.rule.value in text
        assert render_message(f) in text
        assert render_fix(f) in text
    assert "2026-06-01 12:00 UTC" in text and "pic-wizard 0.1" in text


def test_plan_report_of_a_pool_says_how_many_servers() -> None:
    from dataclasses import replace

    from pic_wizard.core.values.topology import Deployment

    topology = replace(seed_example(), deployment=Deployment.HLB_POOL, server_count=3)
    text = text_of(plan_report_html(make_plan(topology, at=pki.AT), Catalogue(), pki.AT))
    assert "an Edge pool of 3 servers (hardware load balancing)" in text


def test_untrusted_names_are_escaped(intermediate: pki.CA) -> None:
    evil = "<script>alert(1)</script>"
    leaf, _ = pki.make_leaf(intermediate, cn=evil)
    result = check_certificate([leaf], "<b>edge</b>.cer", CheckOptions(roots=[], at=pki.AT))
    report = check_report_html([result], Catalogue(), pki.AT)
    assert "<script>" not in report and "<b>edge" not in report
    assert "&lt;script&gt;" in report and "&lt;b&gt;edge&lt;/b&gt;.cer" in report

    from dataclasses import replace

    topology = replace(seed_example(), sip_domains=("contoso.com", evil))
    report = plan_report_html(make_plan(topology, at=pki.AT), Catalogue(), pki.AT)
    assert "<script>" not in report and "&lt;script&gt;" in report


def test_plan_report_in_french() -> None:
    french = Catalogue.load("fr")
    assert french.language == "fr"
    plan = make_plan(seed_example(), at=pki.AT)
    text = text_of(plan_report_html(plan, french, pki.AT))
    catalogue, params = french.context("Catalogue"), french.context("Params")
    for f in plan.findings:
        message = render_message(f, catalogue, params)
        assert message != render_message(f)  # really French
        assert message in text
        assert render_fix(f, catalogue, params) in text
    reason = plan.sans[1].reasons[0]
    assert reason.text(french.context("Reasons")) in text
    assert reason.text() not in text


def test_check_report_has_thumbprints_chain_dates_and_verdict(
    root: pki.CA, intermediate: pki.CA, seed_leaf: object
) -> None:
    options = CheckOptions(topology=seed_example(), roots=[root.cert], at=pki.AT)
    result = check_certificate([seed_leaf, intermediate.cert], "edge.p7b", options)  # type: ignore[list-item]
    assert len(result.path) == 3
    plan = make_plan(seed_example(), at=pki.AT)
    text = text_of(check_report_html([result], Catalogue(), pki.AT, plan=plan))
    assert result.details.thumbprint_sha1 in text
    assert re.fullmatch(r"[0-9A-F]{40}", result.details.thumbprint_sha1)
    assert result.details.fingerprint_sha256 in text
    assert "as Windows shows it" in text
    for cert in result.path:
        assert subject_text(cert) in text
    assert "Topology" in text and "Lync Server 2013" in text  # the plan it was checked against
    assert {"pass": "Ready", "warn": "Ready, with warnings", "fail": "Not ready"}[
        result.verdict
    ] in text
    assert "Valid from" in text and "UTC" in text
    for f in result.findings:
        assert f.rule.value in text and render_message(f) in text


def test_check_report_of_a_request_has_no_thumbprint() -> None:
    from pic_wizard.core.rules.verdict import check_request

    result = check_request(pki.make_csr(), "edge.req", CheckOptions(at=pki.AT))
    text = text_of(check_report_html([result], Catalogue(), pki.AT))
    assert "Certificate request" in text and "Thumbprint" not in text
    assert "Not checked without a profile" in text


def test_picture_is_embedded_as_data_uri() -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    report = plan_report_html(make_plan(seed_example(), at=pki.AT), Catalogue(), pki.AT, png)
    assert 'src="data:image/png;base64,iVBORw0KGgpmYWtl"' in report


@pytest.mark.parametrize("language", ["en", "fr"])
def test_pdf_of_the_plan_fits_one_page(tmp_path: Path, language: str) -> None:
    from pic_wizard.report_pdf import html_to_pdf
    from pic_wizard.ui.plan_picture import picture_png

    plan = make_plan(seed_example(), at=pki.AT)
    out = tmp_path / "plan.pdf"
    report = plan_report_html(plan, Catalogue.load(language), pki.AT, picture_png(plan))
    html_to_pdf(report, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5000
    assert len(PAGE.findall(data)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "webcon.contoso.com" in text and "1.3.6.1.5.5.7.3.2" in text


def test_pdf_never_replaces_a_file_unasked(tmp_path: Path) -> None:
    from pic_wizard.report_pdf import html_to_pdf

    out = tmp_path / "plan.pdf"
    out.write_bytes(b"keep me")
    with pytest.raises(OutputError) as caught:
        html_to_pdf("<p>report</p>", out)
    assert caught.value.code == "output-exists"
    assert out.read_bytes() == b"keep me"
    html_to_pdf("<p>report</p>", out, force=True)
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_pdf_with_a_picture(tmp_path: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from pic_wizard.report_pdf import html_to_pdf

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a4b7a"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    plan = make_plan(seed_example(), at=pki.AT)
    out = tmp_path / "plan.pdf"
    html_to_pdf(plan_report_html(plan, Catalogue(), pki.AT, bytes(data.data())), out)
    assert b"/Subtype /Image" in out.read_bytes()


def test_pdf_text_is_printed_at_its_size(tmp_path: Path) -> None:
    """100 SAN entries at 8.5 points take several A4 pages (laid out at the screen's
    resolution instead of the writer's, the text came out three times too small and fit
    on one)."""
    from dataclasses import replace

    from pic_wizard.report_pdf import html_to_pdf

    many = replace(
        seed_example(), sip_domains=tuple(f"domain{i:03d}.example.com" for i in range(100))
    )
    plan = make_plan(many, at=pki.AT)
    assert len(plan.sans) > 100
    out = tmp_path / "plan.pdf"
    html_to_pdf(plan_report_html(plan, Catalogue(), pki.AT), out)
    assert len(PAGE.findall(out.read_bytes())) >= 3
