"""Answers read back from a certificate never hold a value a profile refuses or that would
carry a hidden character into the new request; the renewal says what it left out."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from pic_wizard.core.files import profile
from pic_wizard.core.rules.derive import left_out, topology_from_content
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.renewal import ChangeKind, compare
from pic_wizard.core.x509.view import certificate_content, organization_of

import pki

LEAF = Path(__file__).resolve().parents[2] / "vectors" / "untrusted" / "hostile-leaf.pem"


def test_hostile_values_are_left_out_of_the_answers_and_listed() -> None:
    leaf = x509.load_pem_x509_certificate(LEAF.read_bytes())
    content, organization = certificate_content(leaf), organization_of(leaf.subject)
    topology = topology_from_content(content, organization)
    # The profile takes these answers back: renew --out, then plan, reads them.
    assert profile.loads(profile.dumps(topology)) == topology
    assert topology.access_edge_fqdn == "sip.contoso.com"
    assert topology.organization.organizational_unit == ""
    assert topology.organization.organization == ""  # U+202E and U+009B
    assert topology.organization.country == "US"
    left = left_out(content, organization)
    assert "IT\x00\nFAKE-LINE: READY" in left and len(left) == 7
    changes = compare(content, make_plan(topology, at=pki.AT), organization)
    dropped = [c.old for c in changes if c.kind is ChangeKind.LEFT_OUT]
    assert dropped == list(left)
    # A name left out is said once, with why, not also as "the new plan drops it".
    assert not [c for c in changes if c.kind is ChangeKind.NAME_DROPPED and c.old in left]


def test_ordinary_values_are_kept() -> None:
    leaf, _ = pki.make_leaf(None)
    content, organization = certificate_content(leaf), organization_of(leaf.subject)
    assert left_out(content, organization) == ()
    assert topology_from_content(content, organization).organization == organization
