"""The rules of the Edge's Trusted Root store, and the roots use case: what is not a root,
what is there twice, what expired, and which roots are missing, on both sides of every
date the policy holds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives import hashes

from pic_wizard.core.rules.roots import INTERMEDIATE_STORE, PERSONAL_STORE, store_findings
from pic_wizard.core.values.findings import RuleId, Severity
from pic_wizard.core.values.policy import DEFAULT_POLICY, Policy, utc
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
    listed = dataclasses.replace(
        DEFAULT_POLICY.federation_roots[1], name="Test", sha256=sha, sha1="00"
    )
    policy = Policy(federation_roots=(listed,))
    assert store_findings([root.cert], pki.AT, policy) == []
    (missing,) = store_findings([], pki.AT, policy)
    assert missing.subject == "Test"
