"""Inputs from the field that once went wrong: each must be read, or refused in a sentence."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import ExtensionOID

from pic_wizard.core.files import profile
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.verdict import CheckOptions, check_loaded, check_request
from pic_wizard.core.values.errors import InputError, ProfileError
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import KeySpec, seed_example
from pic_wizard.core.x509.loader import load_bytes

import pki


def test_sha1_request_from_openssl_has_a_valid_signature(tmp_path: Path) -> None:
    # certreq on Windows Server 2008 R2 / 2012 R2 signs with SHA-1; openssl does the same.
    subprocess.run(
        ["openssl", "req", "-new", "-sha1", "-newkey", "rsa:2048", "-nodes",
         "-keyout", str(tmp_path / "k.pem"), "-out", str(tmp_path / "r.req"),
         "-subj", "/CN=sip.contoso.com", "-addext", "subjectAltName=DNS:sip.contoso.com"],
        check=True, capture_output=True,
    )  # fmt: skip
    loaded = load_bytes((tmp_path / "r.req").read_bytes(), "r.req")
    result = check_request(loaded.requests[0], "r.req", CheckOptions(at=pki.AT))
    rules = {f.rule.value for f in result.findings}
    assert "SIG-SHA1" in rules
    assert "CSR-SIGNATURE-INVALID" not in rules


def test_utf16_pem_from_powershell_loads(seed_leaf: x509.Certificate) -> None:
    text = pki.pem(seed_leaf).decode("ascii")
    loaded = load_bytes(text.encode("utf-16"), "edge.cer")
    assert loaded.certificates == [seed_leaf]


def test_ber_indefinite_length_pkcs7_loads(
    seed_leaf: x509.Certificate, intermediate: pki.CA
) -> None:
    der = pkcs7.serialize_certificates([seed_leaf, intermediate.cert], serialization.Encoding.DER)
    header = 4 if der[1] == 0x82 else 3 if der[1] == 0x81 else 2
    ber = b"\x30\x80" + der[header:] + b"\x00\x00"  # the outer SEQUENCE, indefinite length
    loaded = load_bytes(ber, "chain.p7b")
    assert set(loaded.certificates) == {seed_leaf, intermediate.cert}


def test_pfx_with_a_damaged_certificate_is_refused(intermediate: pki.CA) -> None:
    leaf = (
        x509.CertificateBuilder()
        .subject_name(pki.name("sip.contoso.com"))
        .issuer_name(intermediate.cert.subject)
        .public_key(pki.rsa_key(0).public_key())
        .serial_number(7)
        .not_valid_before(pki.AT)
        .not_valid_after(pki.AT.replace(year=2027))
        .add_extension(
            x509.UnrecognizedExtension(ExtensionOID.SUBJECT_ALTERNATIVE_NAME, b"\x30\x05\x82"),
            critical=False,
        )
        .sign(intermediate.key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"Edge", pki.rsa_key(0), leaf, None, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(InputError) as caught:
        load_bytes(data, "edge.pfx", b"pw")
    assert caught.value.code == "der-damaged"
    assert "edge.pfx" in str(caught.value)


def test_a_file_of_ca_certificates_only_says_so(root: pki.CA, intermediate: pki.CA) -> None:
    loaded = load_bytes(pki.pem(intermediate, root), "chain.pem")
    with pytest.raises(InputError) as caught:
        check_loaded(loaded, CheckOptions(roots=[root.cert], at=pki.AT))
    assert caught.value.code == "only-ca-certificates"
    assert "Issuing CA" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000, "not valid JSON"),
        ('{"format": "pic-wizard-profile", "version": ' + "9" * 5000 + "}", "not valid JSON"),
        (
            json.dumps({"format": "pic-wizard-profile", "version": 1, "sip_domains": ["\ud800"]}),
            "sip_domains contains a character",
        ),
        (
            json.dumps({"format": "pic-wizard-profile", "version": 1, "friendly_name": "Edge\x07"}),
            "friendly_name contains a control character",
        ),
        (
            json.dumps(
                {"format": "pic-wizard-profile", "version": 1, "friendly_name": "Edge\u202e"}
            ),
            "friendly_name contains an invisible character",
        ),
        (
            json.dumps(
                {
                    "format": "pic-wizard-profile",
                    "version": 1,
                    "organization": {"locality": "A\x9b"},
                }
            ),
            "organization.locality contains an invisible character",
        ),
        (
            json.dumps(
                {
                    "format": "pic-wizard-profile",
                    "version": 1,
                    "organization": {"organization": "C" * 65},
                }
            ),
            "organization.organization is longer than 64",
        ),
    ],
)
def test_hostile_profiles_are_refused_in_a_sentence(text: str, words: str) -> None:
    with pytest.raises(ProfileError) as caught:
        profile.loads(text, "p.json")
    assert words in str(caught.value)


def test_unexportable_key_is_an_error_for_a_key_made_off_the_edge() -> None:
    from pic_wizard.core.values.topology import KeyOrigin

    topology = replace(seed_example(), key=KeySpec(exportable=False))
    on_edge = {
        f.rule.value: f.severity.value
        for f in make_plan(topology, at=pki.AT, key_origin=KeyOrigin.EDGE_SERVER).findings
    }
    off_edge = {f.rule.value: f.severity.value for f in make_plan(topology, at=pki.AT).findings}
    assert on_edge["KEY-NOT-EXPORTABLE"] == "warning"
    assert off_edge["KEY-NOT-EXPORTABLE"] == "error"


def _cert_rules(intermediate: pki.CA, root: pki.CA, **make: object) -> dict[str, list[str]]:
    from pic_wizard.core.rules.verdict import check_certificate

    leaf, _ = pki.make_leaf(intermediate, **make)  # type: ignore[arg-type]
    options = CheckOptions(
        topology=seed_example(), roots=[root.cert], chain=[intermediate.cert], at=pki.AT
    )
    found: dict[str, list[str]] = {}
    for f in check_certificate([leaf], "edge.cer", options).findings:
        found.setdefault(f.rule.value, []).append(f.subject)
    return found


def test_a_duplicate_name_is_not_also_an_order_problem(root: pki.CA, intermediate: pki.CA) -> None:
    sans = ("sip.contoso.com", "webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com")
    found = _cert_rules(intermediate, root, sans=sans)
    assert found["SAN-DUPLICATE"] == ["sip.contoso.com"]
    assert "SAN-ORDER" not in found


def test_no_subject_name_is_not_the_access_edge(root: pki.CA, intermediate: pki.CA) -> None:
    found = _cert_rules(intermediate, root, cn=None)
    assert found["SUBJECT-NOT-ACCESS-EDGE"] == ["(no subject name)"]


def test_a_trailing_dot_in_a_certificate_name_is_a_syntax_error(
    root: pki.CA, intermediate: pki.CA
) -> None:
    sans = ("sip.contoso.com", "webcon.contoso.com.", "sip.fabrikam.com")
    found = _cert_rules(intermediate, root, sans=sans)
    assert found["NAME-SYNTAX"] == ["webcon.contoso.com."]


def test_names_keep_their_case_in_messages(root: pki.CA, intermediate: pki.CA) -> None:
    found = _cert_rules(intermediate, root, cn="SIP.Contoso.com", sans=("webcon.contoso.com",))
    assert found["SUBJECT-NOT-IN-SAN"] == ["SIP.Contoso.com"]


def test_every_fix_that_names_an_option_has_words_for_the_wizard() -> None:
    from pic_wizard.core.values.errors import ERROR_TEXT, GUI_FIX

    for code, (_message, fix) in ERROR_TEXT.items():
        if "--" in fix or "PIC_WIZARD_" in fix or "pic-wizard-cli" in fix:
            assert code in GUI_FIX, f"{code}: the wizard would tell its user to type {fix!r}"
    for code, fix in GUI_FIX.items():
        assert code in ERROR_TEXT and "--" not in fix and "pic-wizard-cli" not in fix
