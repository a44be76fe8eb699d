"""pic-wizard-cli report: a plan or a check as HTML or PDF, for a change ticket."""

from __future__ import annotations

from pathlib import Path

import pytest
from walk import run

import pki


def test_report_of_a_plan_as_html(tmp_path: Path, seed_profile: Path) -> None:
    out = tmp_path / "plan.html"
    code, said, err = run("report", str(seed_profile), "--out", str(out), "--at", "2026-06-01")
    assert (code, err) == (0, "")
    assert str(out) in said
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<html>")
    for name in ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"):
        assert name in text
    assert "EKU-CLIENT-SUNSET" in text and "2026-06-01 00:00 UTC" in text
    assert missing_in_picture(text) == []  # the picture of the plan: nothing missing


def missing_in_picture(html: str) -> list[str]:
    """The names the report's picture shows missing (red, crossed)."""
    import base64
    import re
    import xml.etree.ElementTree as ET

    found = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)
    assert found, "no picture in the report"
    svg = ET.fromstring(base64.b64decode(found.group(1)))
    ns = "{http://www.w3.org/2000/svg}"
    assert len(list(svg.iter(f"{ns}g"))) >= 5  # the boxes are there
    return [
        [t.text for t in group.iter(f"{ns}text")][-1] or ""
        for group in svg.iter(f"{ns}g")
        if group.get("class") == "slot missing"
        and group.find(f"{ns}path[@class='cross']") is not None
    ]


def test_report_of_a_plan_as_pdf_and_in_french(tmp_path: Path, seed_profile: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert run("--lang", "fr", "report", str(seed_profile), "--out", str(out))[0] == 0
    assert out.read_bytes().startswith(b"%PDF-")
    html_out = tmp_path / "plan.html"
    code, _, _ = run(
        "--lang", "fr", "report", str(seed_profile), "--out", str(html_out), "--format", "html"
    )
    assert code == 0
    # The findings speak French (their text is translated already).
    assert "a pris fin le 2014-06-30" in html_out.read_text(encoding="utf-8")


def test_report_format_follows_the_option_over_the_extension(
    tmp_path: Path, seed_profile: Path
) -> None:
    out = tmp_path / "report.txt"
    assert run("report", str(seed_profile), "--out", str(out), "--format", "html")[0] == 0
    assert out.read_text(encoding="utf-8").startswith("<html>")
    out2 = tmp_path / "report"
    assert run("report", str(seed_profile), "--out", str(out2))[0] == 0
    assert out2.read_bytes().startswith(b"%PDF-")  # PDF unless told otherwise


def test_report_of_a_check(tmp_path: Path, root: pki.CA, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    cert = tmp_path / "certnew.cer"
    cert.write_bytes(pki.pem(leaf, intermediate))
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    profile_path = tmp_path / "p.json"
    assert run("example", "--out", str(profile_path))[0] == 0
    out = tmp_path / "check.html"
    code, _, err = run(
        "report", str(cert), "--profile", str(profile_path), "--roots", str(roots),
        "--at", "2026-06-01", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")  # written: 0, even though the certificate has errors
    text = out.read_text(encoding="utf-8")
    assert "SAN-WEBCONF-MISSING" in text and "Not ready" in text
    assert "pic-wizard Test Root CA" in text  # the chain
    assert missing_in_picture(text) == ["webcon.contoso.com"]  # in red, crossed
    bare = tmp_path / "bare.html"
    assert run("report", str(cert), "--roots", str(roots), "--out", str(bare))[0] == 0
    assert "data:image/" not in bare.read_text(encoding="utf-8")  # no plan, no picture
    pdf = tmp_path / "check.pdf"
    code, _, _ = run(
        "report", str(cert), "--roots", str(roots), "--at", "2026-06-01", "--out", str(pdf)
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_report_refuses_to_overwrite(tmp_path: Path, seed_profile: Path, fmt: str) -> None:
    out = tmp_path / f"plan.{fmt}"
    out.write_bytes(b"the ticket's attachment")
    code, said, err = run("report", str(seed_profile), "--out", str(out))
    assert code == 2 and said == ""
    assert "already exists" in err
    assert out.read_bytes() == b"the ticket's attachment"
    assert run("report", str(seed_profile), "--out", str(out), "--force")[0] == 0
    assert out.read_bytes() != b"the ticket's attachment"


def test_report_of_unreadable_input(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    code, _, err = run("report", str(tmp_path / "missing.cer"), "--out", str(out))
    assert code == 2 and "does not exist" in err
    garbage = tmp_path / "garbage.cer"
    garbage.write_bytes(b"this is not a certificate\n")
    code, _, err = run("report", str(garbage), "--out", str(out))
    assert code == 2 and err.startswith("pic-wizard-cli: error:")
    bad_profile = tmp_path / "bad.json"
    bad_profile.write_text("{not json", encoding="utf-8")
    code, _, err = run("report", str(bad_profile), "--out", str(out))
    assert code == 2 and err.startswith("pic-wizard-cli: error:")
    assert not out.exists()
    assert run("report", str(garbage))[0] == 2  # --out is required
