"""DNS lookups for a probe: the SRV records of a SIP domain and the addresses of a host.

dnspython asks the server given (``--dns-server``) or, without one, those the system is
configured with; ``--resolve`` answers for a host without asking anyone.  Every query has
the probe's timeout; a failure is a value (``why``), never an exception."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Mapping

import dns.exception
import dns.name
import dns.resolver

from ..values.record import field, frozen, mutable
from .cancel import Cancelled, never, stop_if

# A wait for an answer is cut in slices this long, to notice a cancel.
_SLICE = 0.1

# What a lookup that found nothing says, for DNS-SRV-MISSING and DNS-NO-ADDRESS.
NO_SUCH_NAME = "no-such-name"  # NXDOMAIN
NO_RECORD = "no-record"  # the name exists, without a record of that type
NO_ANSWER = "no-answer"  # the DNS server did not answer in time
SERVER_FAILED = "server-failed"  # SERVFAIL, REFUSED or an answer that cannot be read


@frozen
class SrvRecord:
    name: str  # the SRV name asked for: _sipfederationtls._tcp.contoso.com
    target: str  # without the final dot, lower case
    port: int
    priority: int
    weight: int


@frozen
class SrvLookup:
    name: str
    records: tuple[SrvRecord, ...] = ()
    why: str = ""  # empty when records were found


@frozen
class AddressLookup:
    host: str
    addresses: tuple[str, ...] = ()
    why: str = ""
    overridden: bool = False  # given with --resolve, not looked up


@frozen
class DnsServer:
    """Where to ask: an address and a port; ``None`` in ``Lookups`` means the system's."""

    address: str
    port: int = 53


@mutable
class Lookups:
    """The resolver of one probe (``server``: None for the system's configuration)."""

    server: DnsServer | None = None
    overrides: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    timeout: float = 5.0
    cancelled: Cancelled = never

    def __post_init__(self) -> None:
        self._resolver: dns.resolver.Resolver | None = None  # made at the first query

    def _made(self) -> dns.resolver.Resolver:
        """The resolver, made when a query needs it: a probe answered by --resolve alone
        never reads the system's configuration."""
        if self._resolver is None:
            if self.server is None:
                resolver = dns.resolver.Resolver(configure=True)
            else:
                resolver = dns.resolver.Resolver(configure=False)
                resolver.nameservers = [self.server.address]
                resolver.port = self.server.port
            # One try of each query within the timeout: a slow server costs it once.
            resolver.timeout = self.timeout
            resolver.lifetime = self.timeout
            resolver.retry_servfail = False
            self._resolver = resolver
        return self._resolver

    def _query(self, name: str, rdtype: str) -> tuple[list[object], str]:
        """One query, waited for in slices so that a cancel is heard while the server is
        silent: the query runs on its own thread (it ends by itself within the timeout
        once abandoned), and the caller's ``cancelled`` is asked at every slice."""
        stop_if(self.cancelled)
        resolver = self._made()
        outcome: list[tuple[list[object], str]] = []
        failed: list[BaseException] = []
        done = threading.Event()

        def ask() -> None:
            try:
                outcome.append(_resolve(resolver, name, rdtype))
            except BaseException as error:  # raised again on the caller's thread
                failed.append(error)
            finally:
                done.set()

        threading.Thread(target=ask, name="pic-wizard-dns", daemon=True).start()
        while not done.wait(_SLICE):
            stop_if(self.cancelled)
        stop_if(self.cancelled)
        if failed:
            raise failed[0]
        return outcome[0]

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


def _resolve(resolver: dns.resolver.Resolver, name: str, rdtype: str) -> tuple[list[object], str]:
    try:
        answer = resolver.resolve(
            dns.name.from_text(name), rdtype, raise_on_no_answer=False, search=False
        )
    except dns.resolver.NXDOMAIN:
        return [], NO_SUCH_NAME
    except dns.exception.Timeout:
        return [], NO_ANSWER
    except (dns.resolver.NoNameservers, dns.exception.DNSException):
        return [], SERVER_FAILED
    records = list(answer.rrset) if answer.rrset is not None else []
    return records, "" if records else NO_RECORD


def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
