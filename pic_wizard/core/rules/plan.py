"""From the admin's answers to the certificate to ask for: subject, ordered SANs with the
reason for each, EKUs, key usage, key, and the findings that go with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..values.content import Content, dn_string
from ..values.findings import Finding, RuleId, Severity, finding, sort_findings
from ..values.i18n import N_
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.topology import KeySpec, Organization, Topology
from .content_rules import check_content, topology_context_findings
from .expected import (
    EdgeNames,
    SanEntry,
    edge_names,
    expected_sans,
    plan_content,
    planned_ekus,
    planned_key_usages,
)
from .names import JudgedName, judge


@dataclass(frozen=True)
class CertificatePlan:
    topology: Topology
    edge: EdgeNames
    subject_name: str
    organization: Organization
    sans: tuple[SanEntry, ...]
    extended_key_usages: tuple[str, ...]
    key_usages: tuple[str, ...]
    key: KeySpec
    findings: tuple[Finding, ...]

    @property
    def san_names(self) -> tuple[str, ...]:
        return tuple(entry.name for entry in self.sans)

    @property
    def has_errors(self) -> bool:
        return any(f.severity.value == "error" for f in self.findings)

    @property
    def subject_text(self) -> str:
        """The subject as Windows shows it, CN first (the request encodes C first)."""
        org = self.organization
        parts = [
            ("CN", self.subject_name),
            ("OU", org.organizational_unit),
            ("O", org.organization),
            ("L", org.locality),
            ("ST", org.state),
            ("C", org.country),
        ]
        return dn_string([(key, value.strip())] for key, value in parts if value.strip())

    def as_content(self) -> Content:
        return plan_content(self.topology, self.sans, self.subject_name)


def _input_findings(topology: Topology, policy: Policy, off_edge: bool) -> list[Finding]:
    found: list[Finding] = []

    def judged(value: str, field: str) -> JudgedName:
        result = judge(value, field, policy)
        found.extend(result.findings)
        return result

    if not [d for d in topology.sip_domains if d.strip()]:
        found.append(finding(RuleId.DOMAIN_NONE, "SIP domains"))
    seen: set[str] = set()
    for raw in topology.sip_domains:
        if not raw.strip():
            continue
        name = judged(raw, "SIP domain").name
        if name in seen:
            found.append(finding(RuleId.DOMAIN_DUPLICATE, name))
        seen.add(name)
    edge = edge_names(topology)
    for value, field in (
        (edge.access_edge, "Access Edge FQDN"),
        (edge.web_conferencing_edge, "Web Conferencing Edge FQDN"),
        (edge.av_edge, "A/V Edge FQDN"),
    ):
        if value:
            judged(value, field)
    if topology.subject_name.strip():
        judged(topology.subject_name, "Subject name")
    for raw in topology.xmpp_domains if topology.xmpp_federation else ():
        judged(raw, "XMPP domain")
    extra_seen: set[str] = set()
    planned_without_extras = {e.name for e in expected_sans(_without_extras(topology))}
    for raw in topology.extra_sans:
        name = judged(raw, "Extra name").name
        if name in planned_without_extras or name in extra_seen:
            found.append(finding(RuleId.SAN_DUPLICATE, name, count="2"))
        extra_seen.add(name)

    if not topology.key.exportable:
        if topology.deployment.is_pool:
            why = N_(
                "Params", "every member of an Edge pool needs the same certificate and private key."
            )
            found.append(finding(RuleId.KEY_NOT_EXPORTABLE, "Key", why=why))
        elif off_edge:
            why = N_(
                "Params",
                "the key is made on this computer, not on the Edge Server, and must be "
                "moved there with the certificate.",
            )
            found.append(finding(RuleId.KEY_NOT_EXPORTABLE, "Key", why=why))
        else:
            why = N_(
                "Params",
                "Microsoft requires an exportable key even on a single Edge Server, and "
                "you cannot move the certificate to a new server or keep a backup.",
            )
            found.append(
                finding(RuleId.KEY_NOT_EXPORTABLE, "Key", severity=Severity.WARNING, why=why)
            )
    return found


def _without_extras(topology: Topology) -> Topology:
    return replace(topology, extra_sans=())


def make_plan(
    topology: Topology,
    policy: Policy = DEFAULT_POLICY,
    at: dt.datetime | None = None,
    *,
    off_edge: bool = False,
) -> CertificatePlan:
    """The plan of ``topology``.  ``off_edge``: the key will be generated here, not on the
    Edge Server (pic-wizard's own request), which makes an unexportable key an error."""
    at = at or now()
    edge = edge_names(topology)
    sans = expected_sans(topology)
    content = plan_content(topology, sans, edge.subject)
    found = _input_findings(topology, policy, off_edge)
    # The names were judged as inputs, with the field they came from; do not judge the
    # derived names again.
    result = check_content(content, topology, policy, at, judge_names=False)
    found.extend(result.findings)
    found.extend(topology_context_findings(topology, policy, at))
    return CertificatePlan(
        topology=topology,
        edge=edge,
        subject_name=edge.subject,
        organization=topology.organization,
        sans=sans,
        extended_key_usages=planned_ekus(topology),
        key_usages=planned_key_usages(topology.key),
        key=topology.key,
        findings=tuple(sort_findings(found)),
    )
