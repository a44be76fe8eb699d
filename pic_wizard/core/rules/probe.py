"""The probe's rules: what DNS and a TLS handshake say of a deployed Edge, as federation
partners and remote clients meet it, and the served certificate judged as ``check`` judges
a file (``verdict.check_certificate``) with the chain exactly as served.

The SRV names and ports are Microsoft's, "Edge Server environmental requirements in Skype
for Business Server" (MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbServer/
plan-your-deployment/edge-server-deployments/edge-environmental-requirements.md, "DNS
planning"): ``_sipfederationtls._tcp.<domain>`` port 5061 "required for automatic DNS
discovery of federated partners", and ``_sip._tls.<domain>`` port 443 "required for ...
clients to work externally", both to the Access Edge external FQDN (sip.contoso.com), for
every SIP domain.  Partners and clients connect to the SRV target by name and require that
name in the certificate (TLS name matching, RFC 6125): DNS-SRV-TARGET-NOT-IN-SAN.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from cryptography import x509

from ..net import dns, tls
from ..values.findings import (
    CATALOGUE,
    PARTS,
    Finding,
    RuleId,
    Severity,
    Verdict,
    finding,
    sort_findings,
    verdict_of,
)
from ..values.i18n import N_
from ..values.record import frozen, replace
from ..values.topology import Topology
from ..x509.chain import is_self_signed
from ..x509.view import certificate_content
from .content_rules import severity_counts
from .expected import edge_names
from .plan import CertificatePlan
from .verdict import CheckOptions, CheckResult, check_certificate


class Service(Enum):
    """Why an endpoint is probed."""

    FEDERATION = "federation"  # _sipfederationtls._tcp SRV target
    REMOTE_ACCESS = "remote-access"  # _sip._tls SRV target
    ACCESS_EDGE = "access-edge"  # the profile's Access Edge (--services)
    WEB_CONFERENCING = "web-conferencing"  # the profile's Web Conferencing Edge
    GIVEN = "given"  # HOST[:PORT] on the command line


@frozen
class SrvSpec:
    prefix: str
    port: int  # the port Microsoft's table gives the record
    service: Service


FEDERATION_SRV = SrvSpec("_sipfederationtls._tcp", 5061, Service.FEDERATION)
REMOTE_ACCESS_SRV = SrvSpec("_sip._tls", 443, Service.REMOTE_ACCESS)
SRV_SPECS = (FEDERATION_SRV, REMOTE_ACCESS_SRV)

# The Access Edge listens for federation (mutual TLS) on 5061 and for remote clients on
# 443; the Web Conferencing Edge on 443 (Microsoft's "Edge Server environmental
# requirements", Port and firewall planning, External port firewall summary table).
ACCESS_EDGE_PORTS = (5061, 443)
WEB_CONFERENCING_PORT = 443
# A single-IP Edge (one FQDN and address for every service: the profile gives the Web
# Conferencing Edge the Access Edge's name) tells its services apart by port: 5061/TCP for
# the Access Edge, 444/TCP for the Web Conferencing Edge and 443/TCP for the A/V Edge
# (Microsoft's note "It is possible, though not recommended, to use a single IP address for
# all three Edge service interfaces", Lync Server 2013 "DNS summary - Single consolidated
# edge with public IP addresses", MicrosoftDocs/OfficeDocs-SkypeForBusiness,
# Lync/LyncServer/lync-server-2013-dns-summary-single-consolidated-edge-with-public-ip-addresses.md;
# Topology Builder's defaults are the same: "Edge Server FQDNs Settings Expander",
# Skype/SfbServer/help-topics/2019/topobld/ms.lync.tb.EdgeFqdnsSettingsExpander.md).  Its
# 443 is then the A/V Edge's TURN over TCP, not TLS: it is not probed.
SINGLE_IP_ACCESS_EDGE_PORTS = (5061,)
SINGLE_IP_WEB_CONFERENCING_PORT = 444

# TLS below 1.2 (RFC 8996 deprecates 1.0 and 1.1).
OLD_VERSIONS = frozenset({"SSLv3", "TLSv1", "TLSv1.1"})

_DNS_REASON = {
    dns.NO_SUCH_NAME: N_("Params", "the name does not exist"),
    dns.NO_RECORD: N_("Params", "the name has no record of that type"),
    dns.NO_ANSWER: N_("Params", "the DNS server did not answer in time"),
    dns.SERVER_FAILED: N_("Params", "the DNS server could not answer"),
}
_SRV_PURPOSE = {
    Service.FEDERATION: N_("Params", "Federation partners find your Access Edge through it."),
    Service.REMOTE_ACCESS: N_(
        "Params", "Remote clients find your Access Edge through it to sign in."
    ),
}
_TLS_REASON = {
    tls.REFUSED: N_("Params", "the connection was refused (nothing listens on the port)"),
    tls.TIMED_OUT: N_("Params", "no answer within {timeout} seconds"),
    tls.RESET: N_("Params", "the connection was reset during the handshake"),
    tls.ALERT: N_("Params", "the server ended the handshake"),
    tls.UNREACHABLE: N_("Params", "the address cannot be reached"),
}
_TLS_REASON_DETAIL = {
    tls.REFUSED: N_("Params", "the connection was refused (nothing listens on the port)"),
    tls.TIMED_OUT: N_("Params", "no answer within {timeout} seconds"),
    tls.RESET: N_("Params", "the connection was reset during the handshake ({detail})"),
    tls.ALERT: N_("Params", "the server ended the handshake ({detail})"),
    tls.UNREACHABLE: N_("Params", "the address cannot be reached ({detail})"),
}


_SERVED_ORDER = N_("Params", "The certificates the Edge serves")
_SERVED_ORDER_FIX = N_(
    "Params",
    "Most clients accept it. The Edge Server sends the chain Windows builds from the "
    "certificate stores of the local computer: check that the Intermediate Certification "
    "Authorities store holds the issuer of the Edge certificate, and no expired or "
    "replaced one.",
)


@frozen
class Endpoint:
    """A name and port to probe, and why (the SRV records that lead to it)."""

    target: str  # what the admin gave: a SIP domain or HOST[:PORT]
    host: str
    port: int
    services: tuple[Service, ...] = ()
    srv: tuple[str, ...] = ()  # the SRV names whose target this is


@frozen
class EndpointResult:
    """One row of a probe: an endpoint at one address, or a DNS name that failed.

    ``port`` is None for a missing SRV record (nothing to connect to); ``address`` is
    empty when the host has none.  ``check`` is the served certificate judged (None when
    no certificate was served), its findings already among ``findings``."""

    target: str
    host: str
    port: int | None
    address: str = ""
    services: tuple[Service, ...] = ()
    srv: tuple[str, ...] = ()
    handshake: tls.Handshake | None = None
    findings: tuple[Finding, ...] = ()
    check: CheckResult | None = None

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)

    @property
    def reached(self) -> bool:
        """Whether the Edge answered a TLS handshake: it completed, or the Edge sent its
        chain and ended it for want of a client certificate (the exit code 2 when none
        did)."""
        return self.handshake is not None and self.handshake.answered

    @property
    def connected(self) -> bool:
        """Whether a connection was tried (else a DNS name that led nowhere: a missing or
        unanswered SRV record, a name without address)."""
        return self.handshake is not None

    @property
    def label(self) -> str:
        """host:port (address), as the reports name the row."""
        if self.port is None:
            return self.host
        where = f"{self.host}:{self.port}"
        return f"{where} ({self.address})" if self.address else where


class Outcome(Enum):
    """A probe as a whole, as the wizard's banner and the report's headline say it."""

    RUNNING = "running"
    STOPPED = "stopped"  # not a verdict: what was not tested may be broken
    UNREACHED = "unreached"  # no endpoint answered: the Edge was not tested
    TESTED = "tested"


@frozen
class ProbeSummary:
    outcome: Outcome
    endpoints: int  # the rows a connection was tried on
    errors: int
    warnings: int

    @property
    def good(self) -> bool:
        """A whole test that answered, without error (a banner's green)."""
        return self.outcome is Outcome.TESTED and not self.errors


def summarize(
    rows: Sequence[EndpointResult], *, running: bool = False, stopped: bool = False
) -> ProbeSummary:
    """The probe's headline, one computation for the wizard and the report."""
    counted = severity_counts([f for r in rows for f in r.findings])
    if running:
        outcome = Outcome.RUNNING
    elif stopped:
        outcome = Outcome.STOPPED
    elif not any(r.reached for r in rows):
        outcome = Outcome.UNREACHED
    else:
        outcome = Outcome.TESTED
    return ProbeSummary(
        outcome,
        sum(1 for r in rows if r.connected),
        counted.get(Severity.ERROR, 0),
        counted.get(Severity.WARNING, 0),
    )


def srv_lines(row: EndpointResult) -> tuple[str, ...]:
    """Each SRV record that led to this endpoint, with where it leads (``name → host:port``),
    as every front end shows it."""
    if row.port is None:
        return row.srv
    return tuple(f"{srv} → {row.host}:{row.port}" for srv in row.srv)


def edge_service_endpoints(
    access_edge: str, web_conferencing_edge: str
) -> tuple[tuple[str, int, Service], ...]:
    """(host, port, service) of each external Edge service the profile names, each
    probed once even when two services share a name (a single-IP Edge: then on the ports
    Microsoft gives each service of one address)."""
    single_ip = web_conferencing_edge == access_edge
    access_ports = SINGLE_IP_ACCESS_EDGE_PORTS if single_ip else ACCESS_EDGE_PORTS
    web_port = SINGLE_IP_WEB_CONFERENCING_PORT if single_ip else WEB_CONFERENCING_PORT
    return (
        *((access_edge, port, Service.ACCESS_EDGE) for port in access_ports),
        (web_conferencing_edge, web_port, Service.WEB_CONFERENCING),
    )


def srv_port(spec: SrvSpec, topology: Topology | None) -> int:
    """The port an SRV record gives the Access Edge: Microsoft's table's, except remote
    sign-in on a single-IP Edge, whose Access Edge listens on 5061 only (443 is the A/V
    Edge's there)."""
    if spec.service is Service.REMOTE_ACCESS and topology is not None:
        edge = edge_names(topology)
        if edge.web_conferencing_edge == edge.access_edge:
            return SINGLE_IP_ACCESS_EDGE_PORTS[0]
    return spec.port


def federation_on(topology: Topology | None) -> bool:
    """Whether the _sipfederationtls._tcp record is needed: federation on, or no profile
    to say it is off."""
    return topology is None or topology.sip_federation or bool(topology.pic_providers)


# A lookup the DNS server did not answer says nothing about the record: DNS-LOOKUP-FAILED,
# never "create the record".
_UNANSWERED = frozenset({dns.NO_ANSWER, dns.SERVER_FAILED})


def srv_missing(
    lookup: dns.SrvLookup, spec: SrvSpec, domain: str, access_edge: str, topology: Topology | None
) -> Finding | None:
    """DNS-SRV-MISSING for a lookup that found no record: an error for federation when it
    is on (or unknown), a warning for remote sign-in; nothing for federation when off.  A
    lookup the DNS server did not answer is DNS-LOOKUP-FAILED, as severe."""
    if lookup.records:
        return None
    if spec.service is Service.FEDERATION:
        if not federation_on(topology):
            return None
        severity = Severity.ERROR
    else:
        severity = Severity.WARNING
    if lookup.why in _UNANSWERED:
        return lookup_failed(lookup.name, lookup.why, severity)
    return finding(
        RuleId.DNS_SRV_MISSING,
        lookup.name,
        severity,
        reason=_DNS_REASON.get(lookup.why, _DNS_REASON[dns.NO_RECORD]),
        why=_SRV_PURPOSE[spec.service],
        domain=domain,
        port=str(srv_port(spec, topology)),
        target=access_edge or f"sip.{domain}",
    )


def lookup_failed(name: str, why: str, severity: Severity = Severity.ERROR) -> Finding:
    return finding(RuleId.DNS_LOOKUP_FAILED, name, severity, reason=_DNS_REASON[why])


def no_address(lookup: dns.AddressLookup) -> Finding:
    """DNS-NO-ADDRESS for a name without A or AAAA record; DNS-LOOKUP-FAILED when the DNS
    server did not answer."""
    if lookup.why in _UNANSWERED:
        return lookup_failed(lookup.host, lookup.why)
    return finding(
        RuleId.DNS_NO_ADDRESS,
        lookup.host,
        reason=_DNS_REASON.get(lookup.why, _DNS_REASON[dns.NO_RECORD]),
    )


def connect_failed(handshake: tls.Handshake, timeout: float) -> Finding:
    table = _TLS_REASON_DETAIL if handshake.detail else _TLS_REASON
    return finding(
        RuleId.TLS_CONNECT_FAILED,
        handshake.host,
        reason=table.get(handshake.failure, _TLS_REASON[tls.RESET]),
        address=handshake.address,
        port=str(handshake.port),
        detail=handshake.detail,
        timeout=f"{timeout:g}",
    )


def address_findings(lookup: dns.AddressLookup) -> tuple[Finding, ...]:
    """DNS-NO-ADDRESS when the host has no address; nothing otherwise."""
    return () if lookup.addresses else (no_address(lookup),)


def handshake_findings(
    endpoint: Endpoint, handshake: tls.Handshake, options: CheckOptions, timeout: float
) -> tuple[tuple[Finding, ...], CheckResult | None]:
    """What one handshake says: TLS-CONNECT-FAILED when the Edge did not answer, and the
    served certificate judged (``judge_served``) whenever one was served."""
    found: list[Finding] = []
    check = None
    if not handshake.answered:
        found.append(connect_failed(handshake, timeout))
    if handshake.chain:
        check = judge_served(endpoint, handshake, options)
        found.extend(check.findings)
    return tuple(sort_findings(found)), check


def covers(names: Sequence[str], host: str) -> bool:
    """Whether a certificate's DNS names carry ``host`` itself.  A wildcard does not count:
    Microsoft does not support wildcards on the external Edge interface (NAME-WILDCARD,
    said of the served certificate by the rules of ``check``), so a partner or client
    that the Edge's name leads to needs that exact name."""
    host = host.lower().rstrip(".")
    return any(name.lower().rstrip(".") == host for name in names)


def _served_not_planned(result: CheckResult, plan: CertificatePlan) -> Finding | None:
    served = {n.lower() for n in result.content.dns_names}
    planned = {e.name.lower() for e in plan.sans}
    missing = sorted(planned - served)
    added = sorted(served - planned)
    common_name = (result.content.common_name or "").lower()
    parts = []
    if missing:
        parts.append(N_("Params", "it lacks {missing}"))
    if added:
        parts.append(N_("Params", "it carries {added}, which the plan does not"))
    if common_name != plan.subject_name.lower():
        parts.append(N_("Params", "its subject name is not {planned}"))
    if not parts:
        return None
    assert result.certificate is not None
    return finding(
        RuleId.TLS_SERVED_NOT_PLANNED,
        result.content.common_name or "",
        difference=PARTS.join(parts),
        missing=", ".join(missing),
        added=", ".join(added),
        planned=plan.subject_name,
        not_after=result.certificate.not_valid_after_utc.date().isoformat(),
    )


def _anchors(
    roots: Sequence[x509.Certificate] | None,
) -> Sequence[x509.Certificate] | None:
    """The self-signed roots of a trust store (None: the public roots, all self-signed);
    a store holding none is kept as given (nothing else to judge the path with)."""
    if roots is None:
        return None
    key = tuple(id(r) for r in roots)
    cached = _ANCHORS.get(key)
    if cached is not None and cached[0] is roots:
        return cached[1]
    anchors = tuple(r for r in roots if is_self_signed(r)) or tuple(roots)
    _ANCHORS.clear()  # one trust store per probe: keep the last
    _ANCHORS[key] = (roots, anchors)
    return anchors


_ANCHORS: dict[
    tuple[int, ...], tuple[Sequence[x509.Certificate], tuple[x509.Certificate, ...]]
] = {}


def judge_served(
    endpoint: Endpoint, handshake: tls.Handshake, options: CheckOptions
) -> CheckResult:
    """The served leaf through every rule of ``check`` (against the profile in
    ``options``, if any), with the chain as served plus the trust store, then the rules of
    what is served: the intermediate sent, the names connected to, the TLS version, the
    certificate the plan describes."""
    chain = handshake.chain
    label = f"{endpoint.host}:{endpoint.port}"
    # Only the self-signed roots of the trust store complete the path: an intermediate the
    # store (or --roots) happens to hold must not hide one the Edge does not send.
    options = replace(options, chain=(), roots=_anchors(options.roots))
    result = check_certificate(chain, label, options, leaf=chain[0])
    found: list[Finding] = []
    for f in result.findings:
        if f.rule is RuleId.CHAIN_INCOMPLETE:
            # The same finding, said of the Edge: it does not send the intermediate.
            params = {k: v for k, v in f.params.items() if k != "advice"}
            rule = RuleId.TLS_CHAIN_NOT_SERVED
            found.append(Finding(rule, CATALOGUE[rule].severity, f.subject, params))
        elif f.rule is RuleId.CHAIN_ORDER:
            # Said of the chain the Edge serves, which no file of pic-wizard's made.
            params = dict(f.params, certificates=_SERVED_ORDER, order_fix=_SERVED_ORDER_FIX)
            found.append(replace(f, subject=label, params=params))
        else:
            found.append(f)
    names = certificate_content(chain[0]).dns_names
    if not covers(names, endpoint.host):
        shown = ", ".join(names) if names else "-"
        if endpoint.srv:
            for srv in endpoint.srv:
                found.append(
                    finding(
                        RuleId.DNS_SRV_TARGET_NOT_IN_SAN,
                        endpoint.host,
                        srv=srv,
                        names=shown,
                    )
                )
        else:
            found.append(
                finding(
                    RuleId.TLS_NAME_MISMATCH,
                    endpoint.host,
                    port=str(endpoint.port),
                    names=shown,
                )
            )
    if handshake.version in OLD_VERSIONS:
        found.append(finding(RuleId.TLS_VERSION_OLD, endpoint.host, version=handshake.version))
    if options.plan is not None:
        not_planned = _served_not_planned(result, options.plan)
        if not_planned is not None:
            found.append(not_planned)
    return replace(result, findings=tuple(sort_findings(found)))


@frozen
class ServedCertificate:
    """One certificate of the chain as served, as the front ends list it."""

    subject: str
    issuer: str
    not_after: str  # ISO date
    thumbprint_sha1: str
    fingerprint_sha256: str


def served_chain(row: EndpointResult) -> tuple[ServedCertificate, ...]:
    """The chain the Edge sent, in the order sent."""
    from ..x509.view import issuer_text, subject_text
    from .roots import fingerprint, thumbprint

    if row.handshake is None:
        return ()
    return tuple(
        ServedCertificate(
            subject=subject_text(cert),
            issuer=issuer_text(cert),
            not_after=cert.not_valid_after_utc.date().isoformat(),
            thumbprint_sha1=thumbprint(cert),
            fingerprint_sha256=fingerprint(cert),
        )
        for cert in row.handshake.chain
    )
