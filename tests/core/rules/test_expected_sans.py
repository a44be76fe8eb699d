"""The SAN list derived with its SIP domains' block remembered is the list derived name by
name, whatever the names shared between the subject, the Edge names, the SIP domains,
the XMPP domains and the extra names."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from pic_wizard.core.rules import expected as expected_module
from pic_wizard.core.rules import plan as plan_module
from pic_wizard.core.rules.expected import (
    EdgeNames,
    Reason,
    SanEntry,
    SanReason,
    edge_names,
    expected,
    expected_sans,
    xmpp_domains,
)
from pic_wizard.core.rules.names import judge
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.findings import RuleId
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Topology, seed_example

import pki


def one_by_one(topology: Topology, edge: EdgeNames) -> tuple[SanEntry, ...]:
    """The SAN list as derived before the block was remembered: every name added in turn."""
    entries: dict[str, list[SanReason]] = {}

    def add(name: str, reason: SanReason) -> None:
        if not name:
            return
        reasons = entries.setdefault(name, [])
        if reason not in reasons:
            reasons.append(reason)

    add(edge.subject, SanReason(Reason.SUBJECT))
    add(edge.access_edge, SanReason(Reason.ACCESS_EDGE))
    add(edge.web_conferencing_edge, SanReason(Reason.WEB_CONFERENCING_EDGE))
    for raw in topology.sip_domains:
        domain = judge(raw).name
        if domain:
            add(f"sip.{domain}", SanReason(Reason.SIP_DOMAIN, domain))
    for raw in xmpp_domains(topology):
        domain = judge(raw).name
        add(domain, SanReason(Reason.XMPP_DOMAIN, domain))
    for raw in topology.extra_sans:
        add(judge(raw).name, SanReason(Reason.EXTRA))
    return tuple(SanEntry(name, tuple(reasons)) for name, reasons in entries.items())


# Few names, so that they meet: a domain, its sip. name, the same in capitals or with a
# trailing dot, an empty answer.
_BASES = ("contoso.com", "fabrikam.com", "sip.contoso.com", "Contoso.COM.", "sip.fabrikam.com")
_NAME = st.sampled_from((*_BASES, "", " ", "webcon.contoso.com", "sip.sip.contoso.com"))
_NAMES = st.lists(_NAME, max_size=6).map(tuple)


@settings(max_examples=400, deadline=None)
@given(
    sip_domains=_NAMES,
    access=_NAME,
    webcon=_NAME,
    subject=_NAME,
    xmpp=st.booleans(),
    xmpp_names=_NAMES,
    extras=_NAMES,
)
def test_the_block_gives_the_list_derived_name_by_name(
    sip_domains: tuple[str, ...],
    access: str,
    webcon: str,
    subject: str,
    xmpp: bool,
    xmpp_names: tuple[str, ...],
    extras: tuple[str, ...],
) -> None:
    topology = Topology(
        sip_domains=sip_domains,
        access_edge_fqdn=access,
        web_conferencing_edge_fqdn=webcon,
        subject_name=subject,
        xmpp_federation=xmpp,
        xmpp_domains=xmpp_names,
        extra_sans=extras,
    )
    edge = edge_names(topology)
    assert expected_sans(topology, edge) == one_by_one(topology, edge)
    assert expected_sans(topology, edge) == one_by_one(topology, edge)  # from the memo
    # The names planned for another reason than being an extra name, found once.
    assert expected(topology).needed == {
        e.name
        for e in one_by_one(topology, edge)
        if any(r.reason is not Reason.EXTRA for r in e.reasons)
    }


def test_the_block_of_the_sip_domains_is_derived_once_per_list() -> None:
    """Typing an Edge name with 500 SIP domains: the domains' entries are not derived
    again at each keystroke, and the plan's entries are the same objects each time."""
    domains = tuple(f"branch{i:03d}.contoso.com" for i in range(500))
    topology = replace(seed_example(), sip_domains=domains)
    expected_module._sip_domain_entries.cache_clear()
    plans = [
        make_plan(replace(topology, access_edge_fqdn="sip.branch042.contoso.com"[:n]), at=pki.AT)
        for n in range(1, 26)
    ]
    info = expected_module._sip_domain_entries.cache_info()
    assert (info.misses, info.hits) == (1, 24)
    assert all(a is b for a, b in zip(plans[-2].sans[-400:], plans[-1].sans[-400:], strict=True))
    # sip.branch042.contoso.com, typed in full, is the Access Edge: one entry, both reasons.
    last = plans[-1]
    assert last.san_names.count("sip.branch042.contoso.com") == 1
    assert last.sans[0].reasons == (
        SanReason(Reason.SUBJECT),
        SanReason(Reason.ACCESS_EDGE),
        SanReason(Reason.SIP_DOMAIN, "branch042.contoso.com"),
    )
    assert len(last.sans) == 501


def test_a_keystroke_judges_neither_the_sip_domains_nor_the_planned_names_again(
    monkeypatch,
) -> None:
    """Typing an Edge name with 500 SIP domains: the domains are judged and compared once
    per list, and the names planned for another reason than being an extra name are found
    once per plan (the plan's duplicate rule and the content rules both read them)."""
    domains = tuple(f"branch{i:03d}.contoso.com" for i in range(500))
    topology = replace(seed_example(), sip_domains=(*domains, "Branch007.contoso.com."))
    judged: list[str] = []
    judge_until = plan_module.judge_until
    monkeypatch.setattr(
        plan_module, "judge_until", lambda raw, *a: judged.append(raw) or judge_until(raw, *a)
    )
    plan_module._sip_domain_findings.cache_clear()
    found: list[frozenset[str]] = []
    needed = expected_module.Expected.needed.func

    def counted(self: expected_module.Expected) -> frozenset[str]:
        found.append(needed(self))
        return found[-1]

    counting = functools.cached_property(counted)
    counting.__set_name__(expected_module.Expected, "needed")
    monkeypatch.setattr(expected_module.Expected, "needed", counting)
    plans = [
        make_plan(replace(topology, access_edge_fqdn="sip.branch042.contoso.com"[:n]), at=pki.AT)
        for n in range(1, 26)
    ]
    assert len(judged) == 501  # the first keystroke only
    assert len(found) == 25  # once per plan
    duplicates = [f.subject for f in plans[-1].findings if f.rule is RuleId.DOMAIN_DUPLICATE]
    assert duplicates == ["branch007.contoso.com"]


def test_an_extra_name_already_planned_is_still_a_duplicate() -> None:
    """SAN-DUPLICATE of an extra name reads the names planned for another reason from the
    plan's one SAN list (it was a second derivation without the extra names)."""
    topology = replace(
        seed_example(), extra_sans=("sip.fabrikam.com", "extra.contoso.com", "extra.contoso.com")
    )
    found = make_plan(topology, at=pki.AT).findings
    duplicates = sorted(f.subject for f in found if f.rule is RuleId.SAN_DUPLICATE)
    assert duplicates == ["extra.contoso.com", "sip.fabrikam.com"]
