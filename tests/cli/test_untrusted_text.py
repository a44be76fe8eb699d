"""Hostile text from certificates, profiles, topologies and paths reaches the terminal, the
JSON and the report harmless: every control, bidi and invisible character shown as an
escape, never a forged line; and renew writes only answers plan then reads."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from walk import run

VECTORS = Path(__file__).parent.parent / "vectors" / "untrusted"
LEAF, ROOT = str(VECTORS / "hostile-leaf.pem"), str(VECTORS / "hostile-root.pem")
AT = "2026-06-01"


def assert_harmless(text: str) -> None:
    """No character a terminal acts on or hides (newlines are the output's own), and no
    forged line."""
    for char in text:
        category = unicodedata.category(char)
        assert category not in ("Zl", "Zp", "Cs"), repr(char)
        assert category != "Cc" or char == "\n", repr(char)
        assert category != "Cf" or char in "\u200c\u200d", repr(char)
    for line in text.splitlines():
        assert not line.lstrip().startswith("FAKE-LINE"), line


def test_the_vectors_are_as_hostile_as_described() -> None:
    from cryptography import x509

    cert = x509.load_pem_x509_certificate((VECTORS / "hostile-leaf.pem").read_bytes())
    subject = cert.subject.rfc4514_string()
    for needle in ("\x1b[2J", "\x1b]0", "\x1b]52", "\x07", "\nFAKE-LINE: READY", "\u202e", "\x9b"):
        assert needle in subject
    ou = cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
    assert ou == "IT\x00\nFAKE-LINE: READY"


def test_check_text_shows_hostile_values_as_escapes() -> None:
    code, out, err = run("check", LEAF, "--roots", ROOT, "--at", AT)
    assert code == 1  # the names are not DNS names: never "READY"
    assert_harmless(out + err)
    assert "OU=IT\\00\\x0aFAKE-LINE: READY" in out  # the DN's own \00, then the newline
    assert "\\x1b]0;pwned-title\\x07" in out
    assert "O=Contoso\\u202edtL\\x9b" in out


def test_check_json_escapes_controls_bidi_and_c1_and_reads_back() -> None:
    code, out, err = run("check", "--json", LEAF, "--roots", ROOT, "--at", AT)
    assert code == 1
    assert_harmless(out + err)
    assert "\\u202e" in out and "\\u009b" in out
    (line,) = out.splitlines()
    data = json.loads(line)
    assert "OU=IT\\00\nFAKE-LINE: READY" in data["details"]["subject"]  # the value itself
    for f in data["findings"]:
        assert "\n" not in f["message"] and "\x1b" not in f["message"] + f["fix"]


def test_report_escapes_hostile_values(tmp_path: Path) -> None:
    report = tmp_path / "r.html"
    code, out, err = run("report", LEAF, "--roots", ROOT, "--at", AT, "--out", str(report))
    assert code == 0
    assert_harmless(out + err)
    html = report.read_text(encoding="utf-8")
    assert_harmless(html)
    assert "\\x1b]0;pwned-title\\x07" in html
    assert "\\u202e" in html


def test_a_profile_with_hidden_characters_is_refused_in_a_sentence() -> None:
    # A profile is pic-wizard's own file: a control or text-direction character in it was
    # put there by hand, and no CA would issue it; say which field, harmlessly.
    for name, field in (
        ("hostile-profile.json", "sip_domains"),
        ("hostile-profile-refused.json", "product"),
    ):
        for json_flag in ((), ("--json",)):
            code, out, err = run("plan", *json_flag, str(VECTORS / name), "--at", AT)
            assert code == 2
            assert_harmless(out + err)
            assert f"{field} contains an invisible character" in err


@pytest.mark.parametrize("name", ["hostile.tbxml", "hostile-shell.txt"])
def test_import_topology_of_hostile_names(name: str, tmp_path: Path) -> None:
    code, out, err = run("import-topology", str(VECTORS / name))
    assert_harmless(out + err)
    if code == 0:
        json.loads(out)
        code, out, err = run("import-topology", str(VECTORS / name), "--out", str(tmp_path / "p"))
        assert code == 0
        assert_harmless(out + err)
        assert "edge\\u202eloop.contoso.net" in out


def test_hostile_file_names_are_escaped(tmp_path: Path) -> None:
    name = "x\x1b]0;title\x07\nFAKE-LINE: READY\u202e.json"
    target = tmp_path / name
    code, out, err = run("example", "--out", str(target))
    assert code == 0
    assert_harmless(out + err)
    assert "\\x1b]0;title\\x07\\x0aFAKE-LINE: READY\\u202e.json" in out
    code, out, err = run("check", str(tmp_path / ("missing" + name)))
    assert code == 2
    assert_harmless(out + err)
    code, out, err = run("check", "--json", str(tmp_path / ("missing" + name)))
    assert_harmless(out + err)
    assert json.loads(out)["file"] == str(tmp_path / ("missing" + name))


@pytest.mark.skipif(os.name != "posix", reason="a file name that is not UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown(tmp_path: Path) -> None:
    path = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xff\x1b.pem")
    code, out, err = run("check", path)
    assert code == 2
    assert_harmless(out + err)


def test_command_line_values_are_escaped() -> None:
    code, out, err = run("check", "x.pem", "--at", "2026-13-\x1b[2J")
    assert code == 2
    assert_harmless(out + err)
    code, out, err = run("plan", "--nope\x1b]0;t\x07", "p.json")
    assert code == 2
    assert_harmless(out + err)


def test_renew_a_hostile_certificate_writes_answers_plan_reads(tmp_path: Path) -> None:
    answers = tmp_path / "p.json"
    code, out, err = run("renew", LEAF, "--at", AT, "--out", str(answers))
    assert_harmless(out + err)
    assert "left out of the answers" in out
    assert "IT\\x00\\x0aFAKE-LINE: READY is in the current certificate" in out
    code, out, err = run("plan", str(answers), "--at", AT)
    assert code in (0, 1), err  # read, whatever it finds
    assert_harmless(out + err)
    data = json.loads(answers.read_text(encoding="utf-8"))
    assert data["organization"]["organizational_unit"] == ""
    assert data["edge"]["access_edge_fqdn"] == "sip.contoso.com"
    assert all("\x1b" not in n for n in data["extra_sans"])
    code, out, err = run("renew", "--json", LEAF, "--at", AT)
    assert_harmless(out + err)
    kinds = [c["kind"] for c in json.loads(out)["changes"]]
    assert kinds.count("value-left-out") == 7


def test_renew_keeps_a_long_organization_out(tmp_path: Path) -> None:
    """A value the profile refuses (here: longer than RFC 5280 allows) is left out too."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    import pki

    cert, key = pki.make_leaf(None)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "O" * 70, _validate=False),
            x509.NameAttribute(NameOID.COMMON_NAME, "sip.contoso.com"),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(cert.not_valid_before_utc)
        .not_valid_after(cert.not_valid_after_utc)
        .add_extension(
            cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value,
            critical=False,
        )
    )
    path = tmp_path / "long.pem"
    path.write_bytes(pki.pem(builder.sign(key, hashes.SHA256())))
    answers = tmp_path / "p.json"
    code, out, err = run("renew", str(path), "--at", AT, "--out", str(answers))
    assert code in (0, 1), err
    assert "O" * 70 + " is in the current certificate but is left out" in out
    assert run("plan", str(answers), "--at", AT)[0] in (0, 1)
