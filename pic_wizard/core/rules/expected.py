"""The names and usages a topology expects: the external Edge names with their defaults,
the SAN list in Microsoft's order with the reason for each name, the EKUs and key usages.
The plan and the content rules both read them from here."""

from __future__ import annotations

import functools
from enum import Enum

from ..values.content import CLIENT_AUTH, SERVER_AUTH, Content, KeyInfo, SignatureInfo
from ..values.findings import Translate, identity
from ..values.record import frozen
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


@frozen
class SanReason:
    reason: Reason
    domain: str = ""

    def text(self, translate: Translate = identity) -> str:
        """Why the name is there; ``translate`` maps the English template ("Reasons")."""
        return translate(REASON_TEXT[self.reason]).format(domain=self.domain)


@frozen
class SanEntry:
    name: str
    reasons: tuple[SanReason, ...]


@frozen
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


@frozen
class Expected:
    """What a topology expects of a certificate, derived once (``expected``) and passed to
    the rules that compare a plan, a request or a certificate with it."""

    topology: Topology
    edge: EdgeNames
    sans: tuple[SanEntry, ...]

    @functools.cached_property
    def needed(self) -> frozenset[str]:
        """The names planned for another reason than being an extra name, found once for
        the plan's input rules and the content rules (hundreds with many SIP domains)."""
        names: set[str] = set()
        extra = Reason.EXTRA
        for entry in self.sans:
            for reason in entry.reasons:
                if reason.reason is not extra:
                    names.add(entry.name)
                    break
        return frozenset(names)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """The SAN names, in their order (the content rules read them for every file of
        an audit)."""
        return tuple(entry.name for entry in self.sans)

    @functools.cached_property
    def name_set(self) -> frozenset[str]:
        """The SAN names, to look one up."""
        return frozenset(self.names)


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
    the topology's ``edge_names``, when the caller has them already.

    The ``sip.<domain>`` block, hundreds of entries in a large deployment, is derived once
    per list of SIP domains (``_sip_domain_entries``); the few names around it are merged
    into it as they would be one by one."""
    edge = edge or edge_names(topology)
    head: dict[str, list[SanReason]] = {}  # before the SIP domains' block
    tail: dict[str, list[SanReason]] = {}  # after it

    def add(entries: dict[str, list[SanReason]], name: str, reason: SanReason) -> None:
        if not name:
            return
        reasons = entries.setdefault(name, [])
        if reason not in reasons:
            reasons.append(reason)

    add(head, edge.subject, SanReason(Reason.SUBJECT))
    add(head, edge.access_edge, SanReason(Reason.ACCESS_EDGE))
    add(head, edge.web_conferencing_edge, SanReason(Reason.WEB_CONFERENCING_EDGE))
    block, where = _sip_domain_entries(tuple(topology.sip_domains))
    # A name of the block already planned joins the earlier entry, its reasons after
    # the earlier ones; the block keeps its other entries in their order.
    merged = [where[name] for name in head if name in where]
    for row in merged:
        for reason in block[row].reasons:
            add(head, block[row].name, reason)
    sip = list(block)
    for raw in xmpp_domains(topology):
        domain = judge(raw).name
        _add_after(head, sip, where, merged, tail, domain, SanReason(Reason.XMPP_DOMAIN, domain))
    for raw in topology.extra_sans:
        _add_after(head, sip, where, merged, tail, judge(raw).name, SanReason(Reason.EXTRA))
    for row in sorted(merged, reverse=True):
        del sip[row]
    return (
        *(SanEntry(name, tuple(reasons)) for name, reasons in head.items()),
        *sip,
        *(SanEntry(name, tuple(reasons)) for name, reasons in tail.items()),
    )


def _add_after(
    head: dict[str, list[SanReason]],
    sip: list[SanEntry],
    where: dict[str, int],
    merged: list[int],
    tail: dict[str, list[SanReason]],
    name: str,
    reason: SanReason,
) -> None:
    """A name after the SIP domains' block: a reason more for the entry that has it already
    (before, in or after the block), or a new entry at the end."""
    if not name:
        return
    row = where.get(name)
    if name in head:
        reasons = head[name]
    elif row is not None and row not in merged:
        entry = sip[row]
        if reason not in entry.reasons:
            sip[row] = SanEntry(name, (*entry.reasons, reason))
        return
    else:
        reasons = tail.setdefault(name, [])
    if reason not in reasons:
        reasons.append(reason)


# Memos, kept on purpose: pure functions of immutable values, returning frozen values.
# The wizard plans again at each keystroke, and with hundreds of SIP domains the names and
# entries of the domains (which change one at a time, if at all) were most of the work.
@functools.lru_cache(maxsize=8)
def _sip_domain_entries(
    sip_domains: tuple[str, ...],
) -> tuple[tuple[SanEntry, ...], dict[str, int]]:
    """The ``sip.<domain>`` entries of ``sip_domains`` in order, each name once with its
    reasons, and the row of each name (read only: the memo shares it)."""
    entries: dict[str, list[SanReason]] = {}
    for raw in sip_domains:
        planned = _sip_domain_entry(raw)
        if planned is not None:
            name, reason = planned
            reasons = entries.setdefault(name, [])
            if reason not in reasons:
                reasons.append(reason)
    block = tuple(
        _single_entry(name, reasons[0]) if len(reasons) == 1 else SanEntry(name, tuple(reasons))
        for name, reasons in entries.items()
    )
    return block, {entry.name: row for row, entry in enumerate(block)}


@functools.lru_cache(maxsize=4096)
def _sip_domain_entry(raw: str) -> tuple[str, SanReason] | None:
    domain = judge(raw).name
    return (f"sip.{domain}", SanReason(Reason.SIP_DOMAIN, domain)) if domain else None


@functools.lru_cache(maxsize=4096)
def _single_entry(name: str, reason: SanReason) -> SanEntry:
    """One entry per name and reason, the same object each time: a view that compares
    the plan's entries with those it shows finds them equal at once."""
    return SanEntry(name, (reason,))


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
