"""DNS lookups for a probe: the SRV records of a SIP domain and the addresses of a host.

dnspython asks the server given (``--dns-server``) or, without one, those the system is
configured with; ``--resolve`` answers for a host without asking anyone.  Every query has
the probe's timeout; a failure is a value (``why``), never an exception."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import dns.exception
import dns.name
import dns.resolver

from .cancel import Cancelled, never, stop_if

# What a lookup that found nothing says, for DNS-SRV-MISSING and DNS-NO-ADDRESS.
NO_SUCH_NAME = "no-such-name"  # NXDOMAIN
NO_RECORD = "no-record"  # the name exists, without a record of that type
NO_ANSWER = "no-answer"  # the DNS server did not answer in time
SERVER_FAILED = "server-failed"  # SERVFAIL, REFUSED or an answer that cannot be read

# The longest a query waits before a cancel is asked again (seconds).
DNS_SLICE = 1.0


@dataclass(frozen=True)
class SrvRecord:
    name: str  # the SRV name asked for: _sipfederationtls._tcp.contoso.com
    target: str  # without the final dot, lower case
    port: int
    priority: int
    weight: int


@dataclass(frozen=True)
class SrvLookup:
    name: str
    records: tuple[SrvRecord, ...] = ()
    why: str = ""  # empty when records were found


@dataclass(frozen=True)
class AddressLookup:
    host: str
    addresses: tuple[str, ...] = ()
    why: str = ""
    overridden: bool = False  # given with --resolve, not looked up


@dataclass(frozen=True)
class DnsServer:
    """Where to ask: an address and a port; ``None`` in ``Lookups`` means the system's."""

    address: str
    port: int = 53


@dataclass
class Lookups:
    """The resolver of one probe (``server``: None for the system's configuration)."""

    server: DnsServer | None = None
    overrides: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    timeout: float = 5.0
    cancelled: Cancelled = never

    def __post_init__(self) -> None:
        if self.server is None:
            self._resolver = dns.resolver.Resolver(configure=True)
        else:
            self._resolver = dns.resolver.Resolver(configure=False)
            self._resolver.nameservers = [self.server.address]
            self._resolver.port = self.server.port
        # Each query ends within the timeout: a slow server costs the timeout once (asked
        # again each slice of it, see _query).
        self._resolver.timeout = self._resolver.lifetime = self.timeout
        self._resolver.retry_servfail = False

    def _query(self, name: str, rdtype: str) -> tuple[list[object], str]:
        # The wait is cut into slices, each asking again as a resolver retransmits, so
        # that a cancel (the wizard's Stop) is heard while a server stays silent rather
        # than after the whole timeout.
        deadline = time.monotonic() + self.timeout
        while True:
            stop_if(self.cancelled)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return [], NO_ANSWER
            self._resolver.timeout = self._resolver.lifetime = min(DNS_SLICE, remaining)
            try:
                answer = self._resolver.resolve(
                    dns.name.from_text(name), rdtype, raise_on_no_answer=False, search=False
                )
            except dns.resolver.NXDOMAIN:
                return [], NO_SUCH_NAME
            except dns.exception.Timeout:
                continue
            except (dns.resolver.NoNameservers, dns.exception.DNSException):
                return [], SERVER_FAILED
            finally:
                stop_if(self.cancelled)
            records = list(answer.rrset) if answer.rrset is not None else []
            return records, "" if records else NO_RECORD

    def srv(self, name: str) -> SrvLookup:
        found, why = self._query(name, "SRV")
        records = []
        for rdata in found:
            target = str(rdata.target).rstrip(".").lower()  # type: ignore[attr-defined]
            records.append(
                SrvRecord(
                    name=name,
                    target=target,
                    port=int(rdata.port),  # type: ignore[attr-defined]
                    priority=int(rdata.priority),  # type: ignore[attr-defined]
                    weight=int(rdata.weight),  # type: ignore[attr-defined]
                )
            )
        # "." as the target: the service is decidedly not offered (RFC 2782).
        records = [r for r in records if r.target]
        if found and not records:
            why = NO_RECORD
        records.sort(key=lambda r: (r.priority, -r.weight, r.target, r.port))
        return SrvLookup(name, tuple(records), why)

    def addresses(self, host: str) -> AddressLookup:
        key = host.lower().rstrip(".")
        if key in self.overrides:
            return AddressLookup(host, self.overrides[key], overridden=True)
        addresses: list[str] = []
        whys: list[str] = []
        for rdtype in ("A", "AAAA"):
            found, why = self._query(host, rdtype)
            addresses.extend(str(r.address) for r in found)  # type: ignore[attr-defined]
            whys.append(why)
            if why in (NO_SUCH_NAME, NO_ANSWER):
                break  # the name does not exist, or the server is silent: AAAA would be too
        if addresses:
            return AddressLookup(host, tuple(dict.fromkeys(addresses)))
        # The worst reason: a silent server over a failure over no such name over no record.
        for why in (NO_ANSWER, SERVER_FAILED, NO_SUCH_NAME, NO_RECORD):
            if why in whys:
                return AddressLookup(host, (), why)
        return AddressLookup(host, (), NO_RECORD)


def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
