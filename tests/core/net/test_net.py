"""The network layer on its own, against the loopback lab's DNS and TLS servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lab import LOOPBACK, DnsServer, Lab

from pic_wizard.core.net import dns, tls
from pic_wizard.core.net.cancel import ProbeCancelled


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab.start() as started:
        yield started


@pytest.fixture
def zone() -> Iterator[DnsServer]:
    server = DnsServer(
        {
            ("_sip._tls.example.com", "SRV"): [
                "20 0 443 b.example.com.",
                "10 5 443 a.example.com.",
                "10 50 443 c.example.com.",
            ],
            ("_sipfederationtls._tcp.example.com", "SRV"): ["0 0 0 ."],
            ("v6.example.com", "AAAA"): ["2001:db8::1"],
        }
    )
    server.start()
    yield server
    server.stop()


def lookups(server: DnsServer, **changes: object) -> dns.Lookups:
    return dns.Lookups(dns.DnsServer(LOOPBACK, server.port), timeout=1.0, **changes)  # type: ignore[arg-type]


def test_srv_records_in_the_order_a_client_tries_them(zone: DnsServer) -> None:
    found = lookups(zone).srv("_sip._tls.example.com")
    assert [r.target for r in found.records] == ["c.example.com", "a.example.com", "b.example.com"]
    assert found.why == ""


def test_an_srv_target_of_dot_means_no_service(zone: DnsServer) -> None:
    found = lookups(zone).srv("_sipfederationtls._tcp.example.com")
    assert found.records == () and found.why == dns.NO_RECORD


def test_aaaa_only_and_overrides(zone: DnsServer) -> None:
    assert lookups(zone).addresses("v6.example.com").addresses == ("2001:db8::1",)
    overridden = lookups(zone, overrides={"v6.example.com": ("192.0.2.7",)})
    before = len(zone.queries)
    found = overridden.addresses("V6.example.com.")
    assert found.addresses == ("192.0.2.7",) and found.overridden
    assert len(zone.queries) == before  # answered without asking


def test_a_cancel_stops_a_lookup(zone: DnsServer) -> None:
    with pytest.raises(ProbeCancelled):
        lookups(zone, cancelled=lambda: True).srv("_sip._tls.example.com")


def test_a_cancel_is_heard_while_the_dns_server_stays_silent(lab: Lab) -> None:
    """A long timeout against a server that never answers: the cancel is asked at each
    slice of the wait (the wizard's Stop is heard), not only once the timeout is over."""
    from lab import SILENT_DOMAIN

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 4

    silent = dns.Lookups(dns.DnsServer(LOOPBACK, lab.dns.port), timeout=60.0, cancelled=cancelled)
    with pytest.raises(ProbeCancelled):
        silent.srv(f"_sip._tls.{SILENT_DOMAIN}")
    assert len(asked) == 5


def test_a_silent_dns_server_is_no_answer_after_the_timeout(lab: Lab) -> None:
    from lab import SILENT_DOMAIN

    silent = dns.Lookups(dns.DnsServer(LOOPBACK, lab.dns.port), timeout=0.3)
    assert silent.srv(f"_sip._tls.{SILENT_DOMAIN}").why == dns.NO_ANSWER


def test_an_ip_literal_is_probed_without_sni(lab: Lab) -> None:
    found = tls.handshake(LOOPBACK, LOOPBACK, lab.servers["complete"].port, 2.0)
    assert found.completed and len(found.chain) == 2


def test_an_ip_literal_is_never_sent_as_the_server_name(lab: Lab) -> None:
    """RFC 6066, 3: "Literal IPv4 and IPv6 addresses are not permitted in HostName"."""
    server = lab.servers["complete"]
    before = len(server.server_names)
    assert tls.handshake(LOOPBACK, LOOPBACK, server.port, 2.0).completed
    assert server.server_names[before:] == [None]
    assert tls.handshake("sip.contoso.com", LOOPBACK, server.port, 2.0).completed
    assert server.server_names[-1] == b"sip.contoso.com"


def test_an_edge_requiring_a_client_certificate_answered(lab: Lab) -> None:
    """A TLS 1.2 server that sends its chain and a CertificateRequest, then ends the
    handshake because the probe has no client certificate: the chain, the CAs asked for
    and the version are kept, and the Edge counts as answered."""
    found = tls.handshake("sip.contoso.com", LOOPBACK, lab.servers["client-required"].port, 2.0)
    assert not found.completed and found.answered
    assert len(found.chain) == 2 and found.version == "TLSv1.2"
    assert found.asked_client_certificate
    assert found.client_ca_names == ("CN=Partner Federation CA, O=Fabrikam Partners, C=US",)


def test_a_client_certificate_asked_from_any_ca(lab: Lab) -> None:
    found = tls.handshake("sip.contoso.com", LOOPBACK, lab.servers["any-client"].port, 2.0)
    assert found.completed and found.client_ca_names == ()
    assert found.asked_client_certificate
    plain = tls.handshake("sip.contoso.com", LOOPBACK, lab.servers["complete"].port, 2.0)
    assert not plain.asked_client_certificate


def test_the_client_cas_are_read_without_pyopenssl_26_3(
    lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """get_client_ca_list(as_cryptography=...) first exists in pyOpenSSL 26.3: the probe
    works with the floor pyproject.toml declares."""
    from OpenSSL import SSL

    original = SSL.Connection.get_client_ca_list

    def before_26_3(self: SSL.Connection, **kwargs: object) -> object:
        if kwargs:
            raise TypeError("get_client_ca_list() got an unexpected keyword argument")
        return original(self)

    monkeypatch.setattr(SSL.Connection, "get_client_ca_list", before_26_3)
    found = tls.handshake("sip.contoso.com", LOOPBACK, lab.servers["client-ca"].port, 2.0)
    assert found.client_ca_names == ("CN=Partner Federation CA, O=Fabrikam Partners, C=US",)
