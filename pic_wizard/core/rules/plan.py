"""From the admin's answers to the certificate to ask for: subject, ordered SANs with the
reason for each, EKUs, key usage, key, and the findings that go with it."""

from __future__ import annotations

import datetime as dt
import functools

from ..values.content import Content, dn_string
from ..values.errors import PicWizardError
from ..values.findings import Finding, RuleId, Severity, finding, sort_findings
from ..values.i18n import N_
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import frozen
from ..values.topology import Deployment, KeyOrigin, KeySpec, Organization, Topology
from .content_rules import check_content, topology_context_findings
from .expected import (
    EdgeNames,
    Expected,
    SanEntry,
    expected,
    plan_content,
    planned_ekus,
    planned_key_usages,
)
from .lifetime import PlannedLifetime, planned_lifetime
from .names import JudgedName, judge, judge_until


@frozen
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
    # The longest certificate a public CA may issue on the plan's day, and its renewal.
    lifetime: PlannedLifetime
    key_origin: KeyOrigin = KeyOrigin.PIC_WIZARD

    @functools.cached_property
    def expected(self) -> Expected:
        """The names the topology expects, as the plan derived them; one for the plan, so
        that what it derives once (its names in order and as a set, the names needed) is
        derived once for every file checked against the plan."""
        return Expected(self.topology, self.edge, self.sans)

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


def must_be_exportable(deployment: Deployment, key_origin: KeyOrigin) -> bool:
    """Whether an unexportable key is an error: for a pool (every member needs the same
    key), and for a key made off the Edge Server (it must be moved there).  On a single
    Edge Server that makes its own key, Microsoft still asks for it (a warning)."""
    return deployment.is_pool or key_origin is KeyOrigin.PIC_WIZARD


def exportable_key_finding(
    key: KeySpec, deployment: Deployment, key_origin: KeyOrigin
) -> Finding | None:
    """KEY-NOT-EXPORTABLE, the one rule on exportable keys (DOMAIN 8): the plan's finding,
    whoever asks (the wizard, ``plan``, ``csr``, ``inf``, ``powershell``)."""
    if key.exportable:
        return None
    if deployment.is_pool:
        why = N_(
            "Params", "every member of an Edge pool needs the same certificate and private key."
        )
    elif key_origin is KeyOrigin.PIC_WIZARD:
        why = N_(
            "Params",
            "the key is made on this computer, not on the Edge Server, and must be "
            "moved there with the certificate.",
        )
    else:
        why = N_(
            "Params",
            "Microsoft requires an exportable key even on a single Edge Server, and "
            "you cannot move the certificate to a new server or keep a backup.",
        )
    severity = Severity.ERROR if must_be_exportable(deployment, key_origin) else Severity.WARNING
    return finding(RuleId.KEY_NOT_EXPORTABLE, "Key", severity=severity, why=why)


class PlanRefused(PicWizardError):
    """A plan with error findings: no key, request, INF or script is made from it."""

    def __init__(self, errors: tuple[Finding, ...]) -> None:
        self.errors = errors
        super().__init__("plan-has-errors", count=str(len(errors)))


def plan_refusal(plan: CertificatePlan) -> PlanRefused | None:
    """Why nothing may be made from ``plan`` (its error findings, and the sentence), or
    None.  The ``csr``, ``inf`` and ``powershell`` commands and the wizard's Generate page
    all ask it, and ``write_request`` again before a key is made."""
    errors = tuple(f for f in plan.findings if f.severity is Severity.ERROR)
    return PlanRefused(errors) if errors else None


# A memo, kept on purpose: a pure function of immutable values returning a frozen value.
# The wizard plans again at each keystroke, and the SIP domains (hundreds in a large
# deployment, judged and compared one by one) rarely change between two keys.
@functools.lru_cache(maxsize=8)
def _sip_domain_findings(
    sip_domains: tuple[str, ...], internal_names_end: dt.datetime
) -> tuple[Finding, ...]:
    """The findings of the SIP domains as typed: none given, each domain's NAME-* rules
    (each judged once per text), a domain given twice."""
    found: list[Finding] = []

    def judged(raw: str, field: str) -> JudgedName:
        result = judge_until(raw, field, internal_names_end)
        found.extend(result.findings)
        return result

    if not [d for d in sip_domains if d.strip()]:
        found.append(finding(RuleId.DOMAIN_NONE, "SIP domains"))
    seen: set[str] = set()
    for raw in sip_domains:
        if not raw.strip():
            continue
        name = judged(raw, "SIP domain").name
        if name in seen:
            found.append(finding(RuleId.DOMAIN_DUPLICATE, name))
        seen.add(name)
    return tuple(found)


def _input_findings(
    topology: Topology,
    against: Expected,
    policy: Policy,
    key_origin: KeyOrigin,
) -> list[Finding]:
    edge = against.edge
    found: list[Finding] = []

    def judged(value: str, field: str) -> JudgedName:
        result = judge(value, field, policy)
        found.extend(result.findings)
        return result

    found.extend(_sip_domain_findings(tuple(topology.sip_domains), policy.internal_names_end))
    for value, field in (  # field names a finding carries, translated where it is shown
        (edge.access_edge, N_("Params", "Access Edge FQDN")),
        (edge.web_conferencing_edge, N_("Params", "Web Conferencing Edge FQDN")),
        (edge.av_edge, N_("Params", "A/V Edge FQDN")),
    ):
        if value:
            judged(value, field)
    if topology.subject_name.strip():
        judged(topology.subject_name, "Subject name")
    for raw in topology.xmpp_domains if topology.xmpp_federation else ():
        judged(raw, "XMPP domain")
    extra_seen: set[str] = set()
    # The names planned for another reason than being an extra name: those the plan has
    # without the extra names (its SAN list, derived once, says why each name is there).
    planned_without_extras = against.needed
    for raw in topology.extra_sans:
        name = judged(raw, "Extra name").name
        if name in planned_without_extras or name in extra_seen:
            found.append(finding(RuleId.SAN_DUPLICATE, name, count="2"))
        extra_seen.add(name)

    exportable = exportable_key_finding(topology.key, topology.deployment, key_origin)
    if exportable is not None:
        found.append(exportable)
    return found


def make_plan(
    topology: Topology,
    policy: Policy = DEFAULT_POLICY,
    at: dt.datetime | None = None,
    *,
    key_origin: KeyOrigin = KeyOrigin.PIC_WIZARD,
) -> CertificatePlan:
    """The plan of ``topology``.  ``key_origin``: where the key will be made; pic-wizard
    makes it (the wizard, ``csr``; ``plan`` shows that plan) unless the request is made on
    the Edge Server (``inf``, ``powershell``)."""
    at = at or now()
    against = expected(topology)  # derived once, for the plan and its content rules
    edge, sans = against.edge, against.sans
    content = plan_content(topology, sans, edge.subject)
    found = _input_findings(topology, against, policy, key_origin)
    # The names were judged as inputs, with the field they came from; do not judge the
    # derived names again.
    result = check_content(content, against, policy, at, judge_names=False)
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
        lifetime=planned_lifetime(policy, at),
        key_origin=key_origin,
    )
