"""Limits and texts a page shows come from the core, not from the widget."""

from __future__ import annotations

from dataclasses import replace

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
