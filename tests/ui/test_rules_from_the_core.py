"""Limits and texts a page shows come from the core, not from the widget."""

from __future__ import annotations

from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Product, seed_example
from pic_wizard.ui.state import WizardState


def test_the_organization_fields_take_the_core_s_limits(qtbot, monkeypatch) -> None:
    from pic_wizard.core.rules import derive
    from pic_wizard.ui.pages.organisation import OrganisationPage

    monkeypatch.setitem(derive.ORGANIZATION_LIMITS, "locality", 77)
    state = WizardState(seed_example())
    state.build_models()
    page = OrganisationPage(state)
    qtbot.addWidget(page)
    assert {k: e.maxLength() for k, e in page.texts.items()} == derive.ORGANIZATION_LIMITS


def test_xmpp_on_2019_is_said_in_the_plan_s_words(qtbot) -> None:
    from pic_wizard.core.values.findings import RuleId, render_message
    from pic_wizard.models._text import translate_catalogue, translate_params
    from pic_wizard.ui.pages.federation import FederationPage

    topology = replace(seed_example(), product=Product.SFB_2019, xmpp_federation=True)
    state = WizardState(topology)
    state.build_models()
    page = FederationPage(state)
    qtbot.addWidget(page)
    page.refresh()
    (finding,) = [f for f in state.answers.plan.findings if f.rule is RuleId.XMPP_UNSUPPORTED]
    assert page.xmpp_problem.text() == "⚠ " + render_message(
        finding, translate_catalogue, translate_params
    )
    page.xmpp.click()  # off
    assert page.xmpp_problem.isHidden()


def _federation_page(qtbot):  # type: ignore[no-untyped-def]
    from pic_wizard.ui.pages.federation import FederationPage

    state = WizardState(seed_example())
    state.build_models()
    page = FederationPage(state)
    qtbot.addWidget(page)
    return page


def test_the_aol_note_says_what_client_authentication_costs_on_the_day(qtbot) -> None:
    """The dates are the core's (the policy, as EKU-CLIENT-SUNSET gives them), and what
    AOL costs changes on Chrome's date: the plan is then refused."""
    from pic_wizard.core.rules.content_rules import client_auth_cutoffs_text
    from pic_wizard.core.values.policy import DEFAULT_POLICY, utc

    page = _federation_page(qtbot)
    cutoffs = client_auth_cutoffs_text(DEFAULT_POLICY)
    help_before, before = page.client_auth_words(utc(2026, 12, 5))
    assert cutoffs in before and "2014-06-30" in before
    assert "from 2027-03-15 no public CA may issue it" in before
    help_after, after = page.client_auth_words(utc(2027, 3, 15))
    assert "no public CA may issue since 2027-03-15" in after
    assert "will not write the request" in after and "leave AOL off" in after
    assert cutoffs in help_before and help_before == help_after
    assert "private CA" in help_before
    # Without a root program's date, the note names the CAs' cutoffs only.
    from pic_wizard.ui.pages import federation

    cas_only = replace(
        DEFAULT_POLICY,
        client_auth_cutoffs=tuple(c for c in DEFAULT_POLICY.client_auth_cutoffs if not c.every_ca),
    )
    original = federation.DEFAULT_POLICY
    federation.DEFAULT_POLICY = cas_only
    try:
        _help, later = page.client_auth_words(utc(2030, 1, 1))
    finally:
        federation.DEFAULT_POLICY = original
    assert "2027-03-15" not in later and cutoffs in later


def test_the_aol_note_is_french_in_french(qtbot) -> None:
    from pic_wizard.core.values.policy import utc
    from pic_wizard.ui.i18n import install_translators

    assert install_translators("fr")
    try:
        page = _federation_page(qtbot)
        _help, note = page.client_auth_words(utc(2027, 4, 1))
    finally:
        install_translators("en")
    assert "aucune AC publique ne peut émettre depuis le 2027-03-15" in note


def test_the_aol_note_follows_the_plan_s_day_as_the_review_does(qtbot) -> None:
    """The note is said for the day the plan is judged on (--at's, in tests), and agrees
    with the plan's EKU-CLIENT-SUNSET: forbidden exactly when the Review page refuses."""
    from pic_wizard.core.values.findings import RuleId, Severity
    from pic_wizard.core.values.policy import utc
    from pic_wizard.core.values.topology import PicProvider

    page = _federation_page(qtbot)
    for day in (utc(2026, 12, 5), utc(2027, 3, 14), utc(2027, 3, 15), utc(2028, 6, 1)):
        page.state.answers.at = day
        page.refresh()
        sunset = [f for f in page.state.answers.plan.findings if f.rule is RuleId.EKU_CLIENT_SUNSET]
        refused = bool(sunset) and sunset[0].severity is Severity.ERROR
        note = page.notes[PicProvider.AOL].text()
        assert ("no public CA may issue since" in note) is refused, (day, note)
        assert refused is (day >= utc(2027, 3, 15))
