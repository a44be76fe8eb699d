"""Reports for a change ticket: everything the plan or the check says, escaped, translated."""

from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
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
    from pic_wizard.core.values.record import replace
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

    from pic_wizard.core.values.record import replace

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


def picture_of(report: str) -> str:
    """The SVG of the report's picture (an image given as a data URI)."""
    found = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', report)
    assert found, "no picture in the report"
    return base64.b64decode(found.group(1)).decode("utf-8")


def test_the_plan_report_draws_its_picture_without_qt() -> None:
    plan = make_plan(seed_example(), at=pki.AT)
    report = plan_report_html(plan, Catalogue(), pki.AT)
    svg = ET.fromstring(picture_of(report))
    assert svg.get("aria-label") == "Picture of the certificate's names"
    texts = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Access Edge", "webcon.contoso.com", "SAN 3"} <= texts
    assert 'class="slot missing"' not in picture_of(report)
    alt = re.search(r'alt="([^"]*)"', report)
    assert alt and html.unescape(alt.group(1)).startswith(
        "Picture of the plan. Access Edge sip.contoso.com needs Subject CN: sip.contoso.com"
    )


def test_the_check_report_of_one_file_shows_the_names_it_lacks(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    options = CheckOptions(topology=seed_example(), roots=[], at=pki.AT)
    result = check_certificate([leaf], "edge.cer", options)
    plan = make_plan(seed_example(), at=pki.AT)
    french = Catalogue.load("fr")
    svg = picture_of(check_report_html([result], french, pki.AT, plan))
    assert svg.count('class="slot missing"') == 1 and "Dans le certificat" in svg
    # without a plan, or for several files, no picture
    assert "data:image/" not in check_report_html([result], Catalogue(), pki.AT)
    assert "data:image/" not in check_report_html([result, result], Catalogue(), pki.AT, plan)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_pdf_of_the_plan_fits_one_page(tmp_path: Path, language: str) -> None:
    from pic_wizard.report_pdf import html_to_pdf

    plan = make_plan(seed_example(), at=pki.AT)
    out = tmp_path / "plan.pdf"
    report = plan_report_html(plan, Catalogue.load(language), pki.AT)
    html_to_pdf(report, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5000
    assert len(PAGE.findall(data)) == 1
    assert b"/Subtype /Image" in data  # the picture, with the rest
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


def test_pdf_with_the_svg_picture(tmp_path: Path) -> None:
    """Qt's rich text draws the SVG picture (its image plug-in), sharp: at three times the
    size it is drawn in the page; without it, the PDF has no image at all."""
    from pic_wizard.report_pdf import SVG_SCALE, html_to_pdf

    plan = make_plan(seed_example(), at=pki.AT)
    report = plan_report_html(plan, Catalogue(), pki.AT)
    out = tmp_path / "plan.pdf"
    html_to_pdf(report, out)
    data = out.read_bytes()
    width = int(ET.fromstring(picture_of(report)).get("width", "0"))
    image = re.search(rb"/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)", data)
    assert image and int(image.group(1)) == width * SVG_SCALE and int(image.group(2)) > 400
    bare = tmp_path / "bare.pdf"
    html_to_pdf(re.sub(r"<p><img [^>]*></p>", "", report), bare)
    assert b"/Subtype /Image" not in bare.read_bytes()
    assert len(data) > len(bare.read_bytes()) + 10_000


def test_pdf_text_is_printed_at_its_size(tmp_path: Path) -> None:
    """100 SAN entries at 8.5 points take several A4 pages (laid out at the screen's
    resolution instead of the writer's, the text came out three times too small and fit
    on one)."""
    from pic_wizard.core.values.record import replace
    from pic_wizard.report_pdf import html_to_pdf

    many = replace(
        seed_example(), sip_domains=tuple(f"domain{i:03d}.example.com" for i in range(100))
    )
    plan = make_plan(many, at=pki.AT)
    assert len(plan.sans) > 100
    out = tmp_path / "plan.pdf"
    html_to_pdf(plan_report_html(plan, Catalogue(), pki.AT), out)
    assert len(PAGE.findall(out.read_bytes())) >= 3
