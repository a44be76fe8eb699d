"""Answers read back from a certificate: its plan asks for the names it carries."""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from pic_wizard.core.rules.derive import topology_from_content
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.topology import PicProvider, seed_example
from pic_wizard.core.x509.view import certificate_content, organization_of

import pki


def derive(cert: x509.Certificate):  # type: ignore[no-untyped-def]
    return topology_from_content(certificate_content(cert), organization_of(cert.subject))


def test_the_seed_certificate_gives_back_the_seed_answers(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    topology = derive(leaf)
    assert topology.sip_domains == ("contoso.com", "fabrikam.com")
    assert topology.access_edge_fqdn == "sip.contoso.com"
    assert topology.web_conferencing_edge_fqdn == "webcon.contoso.com"
    assert PicProvider.AOL in topology.pic_providers
    assert topology.extra_sans == ()
    plan = make_plan(topology, at=pki.AT)
    assert plan.san_names == make_plan(seed_example(), at=pki.AT).san_names
    assert plan.extended_key_usages == ("serverAuth", "clientAuth")


def test_other_names_become_extra_names_and_av_is_recognised(intermediate: pki.CA) -> None:
    sans = ("sip.fabrikam.com", "sip.contoso.com", "webcon.contoso.com", "av.contoso.com",
            "legacy.contoso.com")  # fmt: skip
    leaf, _ = pki.make_leaf(intermediate, sans=sans, ekus=("serverAuth",))
    topology = derive(leaf)
    assert topology.sip_domains == ("contoso.com", "fabrikam.com")  # the subject's first
    assert topology.av_edge_fqdn == "av.contoso.com"
    assert topology.extra_sans == ("legacy.contoso.com",)
    assert PicProvider.AOL not in topology.pic_providers


def test_no_subject_uses_the_first_name(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, cn=None)
    assert derive(leaf).access_edge_fqdn == "sip.contoso.com"


def test_organization_is_read_from_the_subject() -> None:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "fr"),
            x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "Île-de-France"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, "Paris"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Contoso SA"),
            x509.NameAttribute(NameOID.COMMON_NAME, "sip.contoso.fr"),
        ]
    )
    org = organization_of(subject)
    assert (org.country, org.state, org.locality, org.organization) == (
        "FR",
        "Île-de-France",
        "Paris",
        "Contoso SA",
    )
    assert org.organizational_unit == ""
