"""What renewing a certificate with a plan changes."""

from __future__ import annotations

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.renewal import Change, ChangeKind, compare
from pic_wizard.core.values.content import Content, KeyInfo
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example

SEED = make_plan(seed_example())


def current(**changes: object) -> Content:
    content = SEED.as_content()
    base = replace(
        content, kind="certificate", extended_key_usages=frozenset(SEED.extended_key_usages)
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_same_certificate_changes_nothing() -> None:
    assert compare(current(), SEED) == ()


def test_subject_names_usages_and_key() -> None:
    old = current(
        common_name="edge.contoso.com",
        dns_names=("edge.contoso.com", "sip.contoso.com", "webcon.contoso.com"),
        extended_key_usages=frozenset({"serverAuth", "codeSigning"}),
        key=KeyInfo("rsa", 4096),
    )
    assert compare(old, SEED) == (
        Change(ChangeKind.SUBJECT, "edge.contoso.com", "sip.contoso.com"),
        Change(ChangeKind.NAME_DROPPED, old="edge.contoso.com"),
        Change(ChangeKind.NAME_ADDED, new="sip.fabrikam.com"),
        Change(ChangeKind.EKU_DROPPED, old="codeSigning"),
        Change(ChangeKind.EKU_ADDED, new="clientAuth"),
        Change(ChangeKind.KEY, "RSA 4096", "RSA 2048"),
    )


def test_names_compare_without_case_or_final_dot() -> None:
    old = current(dns_names=("SIP.contoso.com.", "webcon.contoso.com", "sip.fabrikam.com"))
    assert compare(old, SEED) == ()


def test_the_sentences_in_french() -> None:
    fr = Catalogue.load("fr")
    text = Change(ChangeKind.EKU_ADDED, new="clientAuth").text(
        fr.context("Renewal"), fr.context("Usage")
    )
    assert text == "Demandé en plus : Authentification du client (absent du certificat actuel)."
