"""The names and usages a topology expects: the external Edge names with their defaults,
the SAN list in Microsoft's order with the reason for each name, the EKUs and key usages.
The plan and the content rules both read them from here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..values.content import CLIENT_AUTH, SERVER_AUTH, Content, KeyInfo, SignatureInfo
from ..values.findings import Translate, identity
from ..values.topology import KeyAlgorithm, KeySpec, PicProvider, Topology
from .names import judge


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


def default_edge_names(default_domain: str) -> EdgeNames:
    """The names an Edge service takes when its answer is left empty: Microsoft's usual
    ``sip.``, ``webcon.`` and ``av.`` in the default SIP domain (none without one); the
    subject is then the Access Edge.  The wizard shows them as placeholders."""

    def name(prefix: str) -> str:
        return f"{prefix}.{default_domain}" if default_domain else ""

    return EdgeNames(
        default_domain=default_domain,
        access_edge=name("sip"),
        web_conferencing_edge=name("webcon"),
        av_edge=name("av"),
        subject=name("sip"),
    )


def edge_names(topology: Topology) -> EdgeNames:
    default = judge(topology.default_domain).name if topology.default_domain else ""
    defaults = default_edge_names(default)

    def pick(value: str, fallback: str) -> str:
        return judge(value).name if value.strip() else fallback

    access = pick(topology.access_edge_fqdn, defaults.access_edge)
    subject = judge(topology.subject_name).name if topology.subject_name.strip() else access
    return EdgeNames(
        default_domain=default,
        access_edge=access,
        web_conferencing_edge=pick(
            topology.web_conferencing_edge_fqdn, defaults.web_conferencing_edge
        ),
        av_edge=pick(topology.av_edge_fqdn, defaults.av_edge),
        subject=subject,
    )


@dataclass(frozen=True)
class Expected:
    """What a topology expects of a certificate, derived once (``expected``) and passed to
    the rules that compare a plan, a request or a certificate with it."""

    topology: Topology
    edge: EdgeNames
    sans: tuple[SanEntry, ...]


def expected(topology: Topology) -> Expected:
    edge = edge_names(topology)
    return Expected(topology, edge, expected_sans(topology, edge))


def xmpp_domains(topology: Topology) -> tuple[str, ...]:
    """The XMPP domains to put in the SAN: those given, or else the default SIP domain
    (Microsoft's XMPP certificate summary lists the bare domain, e.g. contoso.com)."""
    if not topology.xmpp_federation:
        return ()
    given = tuple(d for d in topology.xmpp_domains if d.strip())
    return given or ((topology.default_domain,) if topology.default_domain else ())


def expected_sans(topology: Topology, edge: EdgeNames | None = None) -> tuple[SanEntry, ...]:
    """The SAN list in the order of Microsoft's summary table: the subject first, then the
    Web Conferencing Edge, then ``sip.<domain>`` for each SIP domain, then the XMPP
    domains and the admin's extra names.  A name needed for several reasons appears once,
    with all its reasons (a single-IP Edge uses one FQDN for every service).  ``edge``:
    the topology's ``edge_names``, when the caller has them already."""
    edge = edge or edge_names(topology)
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
