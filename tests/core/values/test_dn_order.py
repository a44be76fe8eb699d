"""One order for a subject everywhere: the plan (Review, preview) and a certificate's
details show CN first, then OU, O, L, ST, C, whatever order the CA encoded."""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.content import dn_string
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Organization, seed_example
from pic_wizard.core.x509.view import dn_text

EXPECTED = "CN=sip.contoso.com, OU=IT, O=Contoso\\, Ltd, L=Redmond, ST=Washington, C=US"


def test_plan_and_certificate_show_the_same_order() -> None:
    org = Organization("Contoso, Ltd", "IT", "Redmond", "Washington", "US")
    plan = make_plan(replace(seed_example(), organization=org))
    assert plan.subject_text == EXPECTED
    attrs = [
        (NameOID.COUNTRY_NAME, "US"),
        (NameOID.STATE_OR_PROVINCE_NAME, "Washington"),
        (NameOID.LOCALITY_NAME, "Redmond"),
        (NameOID.ORGANIZATION_NAME, "Contoso, Ltd"),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, "IT"),
        (NameOID.COMMON_NAME, "sip.contoso.com"),
    ]
    as_certreq = x509.Name([x509.NameAttribute(o, v) for o, v in attrs])
    cn_first = x509.Name([x509.NameAttribute(o, v) for o, v in reversed(attrs)])
    assert dn_text(as_certreq) == EXPECTED
    assert dn_text(cn_first) == EXPECTED  # a CA that encodes CN first


def test_other_attributes_keep_their_order_after_the_known_ones() -> None:
    name = [[("CN", "edge")], [("DC", "contoso")], [("DC", "com")], [("O", "Contoso")]]
    assert dn_string(name) == "CN=edge, O=Contoso, DC=contoso, DC=com"


def test_equal_names_with_a_multi_valued_rdn_each_keep_their_own_order() -> None:
    """Names are remembered by equality, and a multi-valued RDN is equal whatever the
    order of its attributes: each such name is shown as it is written, never as an
    equal one shown before it."""
    cn = x509.NameAttribute(NameOID.COMMON_NAME, "edge")
    uid = x509.NameAttribute(NameOID.USER_ID, "42")
    first = x509.Name([x509.RelativeDistinguishedName([cn, uid])])
    second = x509.Name([x509.RelativeDistinguishedName([uid, cn])])
    assert first == second
    assert dn_text(first) != dn_text(second)
    assert dn_text(first) == dn_text(x509.Name([x509.RelativeDistinguishedName([cn, uid])]))
