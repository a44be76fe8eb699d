"""The rules of the Edge's Trusted Root store, and the roots use case: what is not a root,
what is there twice, what expired, and which roots are missing, on both sides of every
date the policy holds."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from pic_wizard.core.rules.roots import INTERMEDIATE_STORE, PERSONAL_STORE, store_findings
from pic_wizard.core.values.findings import RuleId, Severity, render_fix, render_message
from pic_wizard.core.values.policy import DEFAULT_POLICY, Policy, utc
from pic_wizard.core.values.record import replace
from pic_wizard.core.x509.chain import public_roots

import pki

NO_FEDERATION = Policy(federation_roots=())


@pytest.fixture(scope="module")
def ca() -> tuple[pki.CA, pki.CA]:
    root = pki.make_root()
    return root, pki.make_intermediate(root)


def rules(findings) -> list[RuleId]:
    return [f.rule for f in findings]


def federation_certificates() -> list:
    """The roots of Microsoft 365's federation endpoints, as Mozilla's store has them."""
    wanted = {r.sha256 for r in DEFAULT_POLICY.federation_roots}
    return [c for c in public_roots() if c.fingerprint(hashes.SHA256()).hex().upper() in wanted]


def test_a_store_of_roots_only_is_clean(ca) -> None:
    root, _ = ca
    assert store_findings([root.cert], pki.AT, NO_FEDERATION) == []


def test_an_intermediate_is_named_with_the_store_it_belongs_in(ca) -> None:
    root, intermediate = ca
    (found,) = store_findings([root.cert, intermediate.cert], pki.AT, NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_INTERMEDIATE and found.severity is Severity.ERROR
    assert "Test Issuing CA" in found.subject
    assert "Test Root CA" in found.params["issuer"]
    assert found.params["store"] == INTERMEDIATE_STORE


def test_a_server_certificate_belongs_in_personal(ca) -> None:
    _, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    (found,) = store_findings([leaf], pki.AT, NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_INTERMEDIATE
    assert found.params["store"] == PERSONAL_STORE


def test_a_self_signed_server_certificate_is_not_misplaced() -> None:
    leaf, _ = pki.make_leaf(None)
    assert store_findings([leaf], pki.AT, NO_FEDERATION) == []


def test_the_same_certificate_twice(ca) -> None:
    root, _ = ca
    (found,) = store_findings([root.cert, root.cert, root.cert], pki.AT, NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_DUPLICATE and found.severity is Severity.WARNING
    assert found.params["count"] == "3"


def test_an_expired_root_is_a_note_from_the_day_after_it_ends(ca) -> None:
    root, _ = ca
    end = root.cert.not_valid_after_utc
    assert store_findings([root.cert], end, NO_FEDERATION) == []
    (found,) = store_findings([root.cert], end + dt.timedelta(seconds=1), NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_EXPIRED and found.severity is Severity.INFO
    assert found.params["not_after"] == f"{end:%Y-%m-%d}"


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Before January 2022, Baltimore alone; after its expiry, the three new roots.
        (utc(2021, 12, 31), {"Baltimore CyberTrust Root"}),
        (
            utc(2022, 1, 1),
            {
                "Baltimore CyberTrust Root",
                "DigiCert Global Root G2",
                "Microsoft RSA Root Certificate Authority 2017",
                "Microsoft ECC Root Certificate Authority 2017",
            },
        ),
        (
            utc(2025, 5, 13),
            {
                "DigiCert Global Root G2",
                "Microsoft RSA Root Certificate Authority 2017",
                "Microsoft ECC Root Certificate Authority 2017",
            },
        ),
    ],
)
def test_the_federation_roots_expected_on_each_date(ca, at, expected) -> None:
    root, _ = ca
    found = store_findings([root.cert], at, DEFAULT_POLICY)
    assert {f.subject for f in found} == expected
    assert all(f.rule is RuleId.ROOT_STORE_MISSING for f in found)
    assert all(f.severity is Severity.WARNING for f in found)


def test_a_store_with_the_federation_roots_lacks_none() -> None:
    present = federation_certificates()
    assert len(present) == 3  # in Mozilla's store as in Microsoft's list
    assert store_findings(present, utc(2026, 12, 5), DEFAULT_POLICY) == []


def test_the_policy_can_list_other_roots(ca) -> None:
    root, _ = ca
    sha = root.cert.fingerprint(hashes.SHA256()).hex().upper()
    listed = replace(DEFAULT_POLICY.federation_roots[1], name="Test", sha256=sha, sha1="00")
    policy = Policy(federation_roots=(listed,))
    assert store_findings([root.cert], pki.AT, policy) == []
    (missing,) = store_findings([], pki.AT, policy)
    assert missing.subject == "Test"


# --- Expired roots: information; the ones Windows requires are kept ---------------------


def self_signed_root(
    name: x509.Name, serial: int, not_after: dt.datetime, slot: int = 40
) -> x509.Certificate:
    """An old-style root: its own issuer, with the serial number and expiry given."""
    key = pki.ec_key(slot)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(not_after - dt.timedelta(days=8000))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )


def cn(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def test_the_roots_windows_requires_are_microsofts_list() -> None:
    """Microsoft KB 293781, "Required trusted root certificates": seven distinct roots in
    its tables, three of them for every Windows it lists."""
    required = {(r.issued_to, r.serial) for r in DEFAULT_POLICY.windows_required_roots}
    assert len(required) == 7
    assert ("Microsoft Root Authority", 0x00C1008B3C3C8811D13EF663ECDF40) in required
    assert ("Thawte Timestamping CA", 0) in required
    assert ("Microsoft Authenticode(tm) Root Authority", 1) in required
    assert ("NO LIABILITY ACCEPTED, (c)97 VeriSign, Inc.", 0x4A19D2388C82591CA55D735F155DDCA3) in (
        required
    )


def test_an_expired_root_windows_requires_is_to_be_kept() -> None:
    """Microsoft Root Authority expired on 2020-12-31, and Windows needs it: the finding is
    a note that says to keep it, never to remove it."""
    root = self_signed_root(
        cn("Microsoft Root Authority"), 0x00C1008B3C3C8811D13EF663ECDF40, utc(2020, 12, 31)
    )
    (found,) = store_findings([root], utc(2026, 12, 5), NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_EXPIRED and found.severity is Severity.INFO
    message, fix = render_message(found), render_fix(found)
    assert "KB 293781" in message and "Windows requires it" in message
    assert fix.startswith("Keep it")
    assert "remove it" not in fix.lower().replace("not to remove it", "")


def test_an_old_authenticode_root_known_by_its_organizational_unit() -> None:
    """The oldest roots have no common name: Windows shows, and the KB lists, the OU."""
    name = x509.Name(
        [
            x509.NameAttribute(
                NameOID.ORGANIZATIONAL_UNIT_NAME, "Copyright (c) 1997 Microsoft Corp."
            ),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Microsoft Corporation"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Microsoft Timestamp Root"),
        ]
    )
    root = self_signed_root(name, 1, utc(1999, 12, 30), slot=41)
    assert DEFAULT_POLICY.windows_required_roots  # the data the rule reads
    (found,) = store_findings([root], utc(2026, 12, 5), NO_FEDERATION)
    assert render_fix(found).startswith("Keep it")


def test_another_expired_root_is_harmless_and_removed_only_if_nothing_needs_it() -> None:
    # The same name as a required root, another serial number: not the one Windows needs.
    root = self_signed_root(cn("Microsoft Root Authority"), 12345, utc(2020, 12, 31), slot=42)
    (found,) = store_findings([root], utc(2026, 12, 5), NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_EXPIRED and found.severity is Severity.INFO
    assert "does no harm" in render_message(found)
    fix = render_fix(found)
    assert fix.startswith("Nothing to do.")
    assert "only if nothing signed before 2020-12-31" in fix
    assert "KB 293781" in fix


# --- A certificate that names itself as issuer but is signed by another key -------------


def test_a_self_issued_certificate_is_not_said_to_have_another_issuer(ca) -> None:
    root, _ = ca
    name = pki.name("pic-wizard Self-issued CA")
    key = pki.ec_key(43)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(pki.AT - dt.timedelta(days=10))
        .not_valid_after(pki.AT + dt.timedelta(days=10))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root.key, hashes.SHA256())  # another key than its own
    )
    (found,) = store_findings([cert], pki.AT, NO_FEDERATION)
    assert found.rule is RuleId.ROOT_STORE_INTERMEDIATE
    message = render_message(found)
    assert "self-issued, not self-signed" in message
    assert "its issuer is" not in message
    # a certificate issued by another name says that name, as before
    _, intermediate = ca
    (other,) = store_findings([intermediate.cert], pki.AT, NO_FEDERATION)
    assert "(its issuer is 'CN=pic-wizard Test Root CA" in render_message(other)


# --- Microsoft 365's federation roots: needed where Windows cannot fetch them ------------


def test_a_federation_root_is_needed_only_where_windows_cannot_fetch_it(ca) -> None:
    root, _ = ca
    (found, *_) = store_findings([root.cert], utc(2026, 12, 5), DEFAULT_POLICY)
    assert found.severity is Severity.WARNING
    assert "cannot reach Windows Update" in render_message(found)
    fix = render_fix(found)
    assert fix.startswith("Nothing to do on an Edge Server that reaches Windows Update")
    assert "automatic root update" in fix and "disconnected" in fix
    assert "Import-Certificate" in fix
