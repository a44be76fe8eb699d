"""From the admin's answers to the certificate to ask for: subject, ordered SANs with the
reason for each, EKUs, key usage, key, and the findings that go with it."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace
from enum import Enum

from .content import CLIENT_AUTH, SERVER_AUTH, Content, KeyInfo, SignatureInfo, dn_escape
from .findings import Finding, RuleId, Severity, Translate, finding, identity, sort_findings
from .i18n import N_
from .names import JudgedName, judge
from .policy import DEFAULT_POLICY, Policy, now
from .rules import check_content, topology_context_findings
from .topology import KeyAlgorithm, KeySpec, Organization, PicProvider, Topology


class Reason(Enum):
    SUBJECT = "subject"
    ACCESS_EDGE = "access-edge"
    WEB_CONFERENCING_EDGE = "web-conferencing-edge"
    SIP_DOMAIN = "sip-domain"
    XMPP_DOMAIN = "xmpp-domain"
    EXTRA = "extra"


# English source text of the reasons; ``{domain}`` is filled from SanReason.domain.
REASON_TEXT = {
    Reason.SUBJECT: "subject name, repeated in the SAN: TLS uses only the SAN entries",
    Reason.ACCESS_EDGE: "Access Edge external FQDN (remote sign-in, federation, PIC)",
    Reason.WEB_CONFERENCING_EDGE: "Web Conferencing Edge external FQDN (meetings)",
    Reason.SIP_DOMAIN: "sip.<domain> for the SIP domain {domain}",
    Reason.XMPP_DOMAIN: "XMPP domain {domain} (XMPP federation)",
    Reason.EXTRA: "extra name added to the profile",
}


@dataclass(frozen=True)
class SanReason:
    reason: Reason
    domain: str = ""

    def text(self, translate: Translate = identity) -> str:
        """Why the name is there; ``translate`` maps the English template ("Reasons")."""
        return translate(REASON_TEXT[self.reason]).format(domain=self.domain)


@dataclass(frozen=True)
class SanEntry:
    name: str
    reasons: tuple[SanReason, ...]


@dataclass(frozen=True)
class EdgeNames:
    """The normalised external names, defaults applied."""

    default_domain: str
    access_edge: str
    web_conferencing_edge: str
    av_edge: str
    subject: str


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
        return ", ".join(
            f"{key}={dn_escape(value.strip())}" for key, value in parts if value.strip()
        )

    def as_content(self) -> Content:
        return plan_content(self.topology, self.sans, self.subject_name)


@functools.lru_cache(maxsize=64)
def edge_names(topology: Topology) -> EdgeNames:
    default = judge(topology.default_domain).name if topology.default_domain else ""

    def pick(value: str, prefix: str) -> str:
        if value.strip():
            return judge(value).name
        return f"{prefix}.{default}" if default else ""

    access = pick(topology.access_edge_fqdn, "sip")
    subject = judge(topology.subject_name).name if topology.subject_name.strip() else access
    return EdgeNames(
        default_domain=default,
        access_edge=access,
        web_conferencing_edge=pick(topology.web_conferencing_edge_fqdn, "webcon"),
        av_edge=pick(topology.av_edge_fqdn, "av"),
        subject=subject,
    )


def xmpp_domains(topology: Topology) -> tuple[str, ...]:
    """The XMPP domains to put in the SAN: those given, or else the default SIP domain
    (Microsoft's XMPP certificate summary lists the bare domain, e.g. contoso.com)."""
    if not topology.xmpp_federation:
        return ()
    given = tuple(d for d in topology.xmpp_domains if d.strip())
    return given or ((topology.default_domain,) if topology.default_domain else ())


@functools.lru_cache(maxsize=64)
def expected_sans(topology: Topology) -> tuple[SanEntry, ...]:
    """The SAN list in the order of Microsoft's summary table: the subject first, then the
    Web Conferencing Edge, then ``sip.<domain>`` for each SIP domain, then the XMPP
    domains and the admin's extra names.  A name needed for several reasons appears once,
    with all its reasons (a single-IP Edge uses one FQDN for every service)."""
    edge = edge_names(topology)
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


def planned_ekus(topology: Topology) -> tuple[str, ...]:
    # AOL PIC needs Client Authentication besides Server Authentication (Microsoft's
    # "Certificate summary - Public IM Connectivity").
    if PicProvider.AOL in topology.pic_providers:
        return (SERVER_AUTH, CLIENT_AUTH)
    return (SERVER_AUTH,)


def planned_key_usages(key: KeySpec) -> tuple[str, ...]:
    if key.algorithm is KeyAlgorithm.RSA:
        return ("digitalSignature", "keyEncipherment")
    return ("digitalSignature",)


def plan_content(topology: Topology, sans: tuple[SanEntry, ...], subject_name: str) -> Content:
    key = topology.key
    return Content(
        kind="plan",
        common_name=subject_name or None,
        dns_names=tuple(entry.name for entry in sans),
        ip_names=(),
        extended_key_usages=frozenset(planned_ekus(topology)),
        key_usages=frozenset(planned_key_usages(key)),
        key=KeyInfo(
            algorithm=key.algorithm.value,
            bits=key.rsa_bits if key.algorithm is KeyAlgorithm.RSA else 0,
            curve="" if key.algorithm is KeyAlgorithm.RSA else key.curve,
        ),
        signature=SignatureInfo(oid="1.2.840.113549.1.1.11", hash="sha256", pss=False),
    )


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
