"""Probe a deployed Edge the way federation partners and remote users reach it: the SRV
records of each SIP domain, the addresses of their targets, a TLS handshake with each, and
the served certificate judged with the rules of ``check`` (``rules.probe``).

Both front ends call ``probe(inputs, cancelled=…, on_result=…)``: it prints nothing,
returns every row, gives each row to ``on_result`` as soon as it is known (the wizard
shows them as they come), and stops with ``ProbeCancelled`` once ``cancelled()`` says so
(asked between lookups and handshakes, and while a socket waits).  Every wait is bounded
by ``inputs.timeout``."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..files import profile
from ..net import dns, tls
from ..net.cancel import Cancelled, ProbeCancelled, never, stop_if
from ..rules.expected import edge_names
from ..rules.names import judge
from ..rules.plan import CertificatePlan
from ..rules.probe import (
    SRV_SPECS,
    Endpoint,
    EndpointResult,
    Service,
    address_findings,
    edge_service_endpoints,
    handshake_findings,
    srv_missing,
)
from ..rules.verdict import CheckOptions
from ..values.errors import InputError
from ..values.findings import Finding, RuleId, Verdict, sort_findings, verdict_of
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import field, frozen, mutable
from ..values.topology import Topology
from ..x509.loader import load_certificates

if TYPE_CHECKING:
    from ..documents.report import ProbeScope

__all__ = ["ProbeCancelled", "ProbeInputs", "ProbeResult", "probe"]

DEFAULT_TIMEOUT = 5.0
MIN_TIMEOUT, MAX_TIMEOUT = 0.1, 60.0
# A pool's name may have many addresses (DNS load balancing): each is probed, up to this.
MAX_ADDRESSES = 16


@frozen
class ProbeInputs:
    """Everything a probe depends on (the command line's options, the wizard's answers)."""

    targets: tuple[str, ...] = ()  # SIP domains, or HOST[:PORT]
    profile_file: str = ""
    topology: Topology | None = None  # the wizard's answers, used when no profile is given
    services: bool = False  # also the profile's Access and Web Conferencing Edge names
    roots_file: str = ""  # empty: the public roots (Mozilla's, from certifi)
    dns_server: str = ""  # IP[:PORT]; empty: the system's resolver
    resolve: tuple[str, ...] = ()  # HOST:IP, answered without DNS
    # HOST:PORT:IP:PORT2: what is probed as HOST:PORT is reached at IP:PORT2 (SNI HOST),
    # e.g. through a port forward, or an Edge service whose port is not the usual one.
    connect_to: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT  # seconds, for each lookup and each handshake
    at: dt.datetime | None = None  # None: now
    policy: Policy = DEFAULT_POLICY


@frozen
class ProbeResult:
    rows: tuple[EndpointResult, ...]
    at: dt.datetime
    plan: CertificatePlan | None = None

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(sort_findings(f for row in self.rows for f in row.findings))

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)

    @property
    def reached(self) -> bool:
        """Whether any endpoint answered a TLS handshake (else: nothing could be resolved
        or reached at all, exit 2)."""
        return any(row.reached for row in self.rows)


@frozen
class Target:
    name: str
    port: int | None  # None: a SIP domain (or one of the profile's Edge names)


# -------------------------------------------------------------------- the inputs, checked


def parse_target(text: str) -> Target:
    """``contoso.com`` (a SIP domain) or ``HOST:PORT`` (``[IPv6]:PORT``)."""
    raw = text.strip()
    port: int | None = None
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:([0-9]{1,5})|([^:\s]+):([0-9]{1,5})", raw)
    if match:
        raw = match.group(1) or match.group(3)
        port = int(match.group(2) or match.group(4))
        if not 0 < port < 65536:
            raise InputError("probe-bad-target", value=text)
    if dns.is_ip(raw):
        if port is None:
            raise InputError("probe-bad-target", value=text)
        return Target(raw, port)
    judged = judge(raw)
    if not judged.name or any(f.rule is RuleId.NAME_SYNTAX for f in judged.findings):
        raise InputError("probe-bad-target", value=text)
    return Target(judged.name, port)


def parse_dns_server(text: str) -> dns.DnsServer | None:
    """``IP`` or ``IP:PORT`` (``[IPv6]:PORT``); empty: None (the system's resolver)."""
    if not text.strip():
        return None
    raw = text.strip()
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::([0-9]{1,5}))?|([0-9.]+)(?::([0-9]{1,5}))?", raw)
    address, port_text = raw, ""
    if match:
        address = match.group(1) or match.group(3)
        port_text = match.group(2) or match.group(4) or ""
    port = int(port_text) if port_text else 53
    if not dns.is_ip(address) or not 0 < port < 65536:
        raise InputError("probe-bad-dns-server", value=text)
    return dns.DnsServer(str(ipaddress.ip_address(address)), port)


def parse_resolve(texts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """``HOST:IP`` each (an IPv6 address after the first colon); a host given twice has
    every address given."""
    table: dict[str, list[str]] = {}
    for text in texts:
        host, sep, address = text.strip().partition(":")
        address = address.strip("[]")
        judged = judge(host) if host else None
        if (
            not sep
            or judged is None
            or not judged.name
            or any(f.rule is RuleId.NAME_SYNTAX for f in judged.findings)
            or not dns.is_ip(address)
        ):
            raise InputError("probe-bad-resolve", value=text)
        table.setdefault(judged.name, []).append(str(ipaddress.ip_address(address)))
    return {host: tuple(dict.fromkeys(addresses)) for host, addresses in table.items()}


def parse_connect_to(texts: Sequence[str]) -> dict[tuple[str, int], tuple[str, int]]:
    """``HOST:PORT:IP:PORT2`` each (``[IPv6]`` in brackets): HOST:PORT reached at
    IP:PORT2, with HOST still the name sent and judged."""
    table: dict[tuple[str, int], tuple[str, int]] = {}
    for text in texts:
        match = re.fullmatch(
            r"([^:\s]+):([0-9]{1,5}):(?:\[([0-9A-Fa-f:.]+)\]|([0-9.]+)):([0-9]{1,5})",
            text.strip(),
        )
        if not match:
            raise InputError("probe-bad-connect-to", value=text)
        host, port, address = match.group(1), int(match.group(2)), match.group(3) or match.group(4)
        to_port = int(match.group(5))
        judged = judge(host)
        if (
            not judged.name
            or any(f.rule is RuleId.NAME_SYNTAX for f in judged.findings)
            or not dns.is_ip(address)
            or not 0 < port < 65536
            or not 0 < to_port < 65536
        ):
            raise InputError("probe-bad-connect-to", value=text)
        table[(judged.name, port)] = (str(ipaddress.ip_address(address)), to_port)
    return table


def parse_timeout(text: str | None) -> float:
    if text is None:
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        raise InputError("probe-bad-timeout", value=text) from None
    if not MIN_TIMEOUT <= value <= MAX_TIMEOUT:  # also refuses nan
        raise InputError("probe-bad-timeout", value=text)
    return value


# -------------------------------------------------------------------- the probe


@mutable
class _Run:
    inputs: ProbeInputs
    options: CheckOptions
    lookups: dns.Lookups
    cancelled: Cancelled
    connect_to: dict[tuple[str, int], tuple[str, int]]
    on_result: Callable[[EndpointResult], None] | None
    rows: list[EndpointResult] = field(default_factory=list)

    def add(self, row: EndpointResult) -> None:
        self.rows.append(row)
        if self.on_result is not None:
            self.on_result(row)


def probe_scope(inputs: ProbeInputs, *, stopped: bool = False) -> ProbeScope:
    """What the report says was asked (``stopped``: the test ended before its end)."""
    from ..documents.report import ProbeScope

    return ProbeScope(
        targets=inputs.targets,
        dns_server=inputs.dns_server,
        roots_file=inputs.roots_file,
        timeout=inputs.timeout,
        stopped=stopped,
        profile_file=inputs.profile_file,
        answers=not inputs.profile_file and inputs.topology is not None,
        services=inputs.services,
    )


def prepare(inputs: ProbeInputs) -> tuple[CheckOptions, dns.Lookups, tuple[Target, ...]]:
    """Everything read and checked before the network is touched (raises
    PicWizardError): the targets, the profile, the roots, the DNS options."""
    if not inputs.targets:
        raise InputError("probe-no-target")
    targets = tuple(parse_target(t) for t in inputs.targets)
    topology = profile.load(inputs.profile_file) if inputs.profile_file else inputs.topology
    if inputs.services and topology is None:
        raise InputError("probe-services-needs-profile")
    timeout = inputs.timeout
    if not MIN_TIMEOUT <= timeout <= MAX_TIMEOUT:
        raise InputError("probe-bad-timeout", value=str(timeout))
    parse_connect_to(inputs.connect_to)
    lookups = dns.Lookups(
        server=parse_dns_server(inputs.dns_server),
        overrides=parse_resolve(inputs.resolve),
        timeout=timeout,
    )
    options = CheckOptions(
        topology=topology,
        roots=load_certificates(inputs.roots_file) if inputs.roots_file else None,
        at=inputs.at or now(),
        policy=inputs.policy,
    )
    return options, lookups, targets


def probe(
    inputs: ProbeInputs,
    cancelled: Cancelled = never,
    on_result: Callable[[EndpointResult], None] | None = None,
) -> ProbeResult:
    """Every target probed, row by row (raises PicWizardError for inputs that cannot be
    used, before any lookup; ProbeCancelled once ``cancelled()`` is true)."""
    options, lookups, targets = prepare(inputs)
    lookups.cancelled = cancelled
    connect_to = parse_connect_to(inputs.connect_to)
    run = _Run(inputs, options, lookups, cancelled, connect_to, on_result)
    # Target by target, in the order given (the rows of a domain together); an endpoint
    # that an earlier target led to already is not probed again.
    done: set[tuple[str, int]] = set()
    groups = [[t] for t in targets] + [[]]  # the last: --services
    for group in groups:
        for endpoint in _endpoints(run, group, services=not group):
            if (endpoint.host, endpoint.port) not in done:
                done.add((endpoint.host, endpoint.port))
                _probe_endpoint(run, endpoint)
    assert options.at is not None
    return ProbeResult(tuple(run.rows), options.at, options.plan)


def _endpoints(run: _Run, targets: Sequence[Target], services: bool) -> list[Endpoint]:
    """The endpoints to probe, in order, each once (both SRV records usually lead to the
    same Access Edge name and port); the SRV names without a record become rows."""
    topology = run.options.topology
    edge = edge_names(topology) if topology is not None else None
    # (host, port, service) for each Edge service of the profile: the Access Edge and the
    # Web Conferencing Edge may share one name (a single-IP Edge), each port is probed.
    service_endpoints = (
        edge_service_endpoints(edge.access_edge, edge.web_conferencing_edge) if edge else ()
    )
    service_names = {host for host, _, _ in service_endpoints}
    found: dict[tuple[str, int], Endpoint] = {}

    def add(target: str, host: str, port: int, service: Service, srv: str = "") -> None:
        key = (host, port)
        known = found.get(key)
        services = (*known.services, service) if known else (service,)
        srvs = (*(known.srv if known else ()), *((srv,) if srv else ()))
        found[key] = Endpoint(
            known.target if known else target,
            host,
            port,
            tuple(dict.fromkeys(services)),
            tuple(dict.fromkeys(srvs)),
        )

    for target in targets:
        if target.port is not None:
            add(target.name, target.name, target.port, Service.GIVEN)
        elif target.name in service_names:
            for host, port, service in service_endpoints:
                if host == target.name:
                    add(target.name, host, port, service)
        else:
            _srv_endpoints(run, target.name, edge.access_edge if edge else "", add)
    if services and run.inputs.services:
        for host, port, service in service_endpoints:
            if host:
                add(host, host, port, service)
    return list(found.values())


def _srv_endpoints(run: _Run, domain: str, access_edge: str, add: Callable[..., None]) -> None:
    for spec in SRV_SPECS:
        stop_if(run.cancelled)
        name = f"{spec.prefix}.{domain}"
        lookup = run.lookups.srv(name)
        missing = srv_missing(lookup, spec, domain, access_edge, run.options.topology)
        if missing is not None:
            run.add(
                EndpointResult(domain, name, None, services=(spec.service,), findings=(missing,))
            )
        for record in lookup.records:
            add(domain, record.target, record.port, spec.service, name)


def _probe_endpoint(run: _Run, endpoint: Endpoint) -> None:
    stop_if(run.cancelled)
    base = EndpointResult(
        endpoint.target,
        endpoint.host,
        endpoint.port,
        services=endpoint.services,
        srv=endpoint.srv,
    )
    port = endpoint.port
    redirected = run.connect_to.get((endpoint.host, endpoint.port))
    if redirected is not None:
        addresses: tuple[str, ...] = (redirected[0],)
        port = redirected[1]
    elif dns.is_ip(endpoint.host):
        addresses = (endpoint.host,)
    else:
        lookup = run.lookups.addresses(endpoint.host)
        missing = address_findings(lookup)
        if missing:
            run.add(_with(base, findings=missing))
            return
        addresses = lookup.addresses[:MAX_ADDRESSES]
    for address in addresses:
        stop_if(run.cancelled)
        handshake = tls.handshake(endpoint.host, address, port, run.inputs.timeout, run.cancelled)
        found, check = handshake_findings(endpoint, handshake, run.options, run.inputs.timeout)
        run.add(_with(base, address=address, handshake=handshake, findings=found, check=check))


def _with(row: EndpointResult, **changes: object) -> EndpointResult:
    from ..values.record import replace

    return replace(row, **changes)
