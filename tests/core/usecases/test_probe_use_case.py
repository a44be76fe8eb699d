"""The probe use case against the loopback lab: every probe rule triggered by the lab
server or DNS name that breaks it, and silent against the good ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lab import (
    GOOD_DOMAIN,
    LOOPBACK,
    NO_ADDRESS_DOMAIN,
    NO_SRV_DOMAIN,
    PARTNER_CA,
    SILENT_DOMAIN,
    WRONG_TARGET_DOMAIN,
    Lab,
)

from pic_wizard.core.net import tls
from pic_wizard.core.net.cancel import ProbeCancelled
from pic_wizard.core.rules.probe import EndpointResult, Service
from pic_wizard.core.usecases.probe import ProbeInputs, ProbeResult, probe
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.findings import RuleId, Severity, render_fix, render_message
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example

import pki

TIMEOUT = 1.0


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab.start() as started:
        yield started


@pytest.fixture(scope="module")
def roots(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("lab") / "root.pem"
    path.write_bytes(pki.pem(lab.root.cert))
    return str(path)


def run(lab: Lab, roots: str, *targets: str, **changes: object) -> ProbeResult:
    inputs = ProbeInputs(
        targets=targets,
        dns_server=lab.dns_server,
        resolve=(f"sip.contoso.com:{LOOPBACK}",),
        roots_file=roots,
        timeout=TIMEOUT,
        at=pki.AT,
    )
    return probe(replace(inputs, **changes))  # type: ignore[arg-type]


def rules(result: ProbeResult | EndpointResult) -> set[RuleId]:
    return {f.rule for f in result.findings}


PROBE_RULES = {
    RuleId.DNS_SRV_MISSING,
    RuleId.DNS_SRV_TARGET_NOT_IN_SAN,
    RuleId.DNS_NO_ADDRESS,
    RuleId.DNS_LOOKUP_FAILED,
    RuleId.TLS_CONNECT_FAILED,
    RuleId.TLS_CHAIN_NOT_SERVED,
    RuleId.TLS_VERSION_OLD,
    RuleId.TLS_SERVED_NOT_PLANNED,
    RuleId.TLS_NAME_MISMATCH,
}


# ------------------------------------------------------------------ the good domain


def test_the_good_domain_passes_with_both_srv_records_on_one_endpoint(lab: Lab, roots: str):
    result = run(lab, roots, GOOD_DOMAIN)
    assert result.reached and result.verdict == "pass"
    (row,) = result.rows
    assert (row.host, row.port, row.address) == (
        "sip.contoso.com",
        lab.servers["complete"].port,
        LOOPBACK,
    )
    assert row.srv == (f"_sipfederationtls._tcp.{GOOD_DOMAIN}", f"_sip._tls.{GOOD_DOMAIN}")
    assert row.services == (Service.FEDERATION, Service.REMOTE_ACCESS)
    assert row.handshake is not None and row.handshake.version in ("TLSv1.2", "TLSv1.3")
    assert [c.subject for c in row.handshake.chain] == [
        pki.name("sip.contoso.com"),
        lab.intermediate.cert.subject,
    ]
    assert not rules(result) & PROBE_RULES
    assert row.check is not None and len(row.check.path) == 3  # leaf, served issuer, root


def test_the_good_domain_against_its_profile_is_the_planned_certificate(lab: Lab, roots: str):
    result = run(lab, roots, GOOD_DOMAIN, topology=seed_example())
    assert RuleId.TLS_SERVED_NOT_PLANNED not in rules(result)
    assert result.plan is not None
    # judged against the profile: nothing skipped, the profile's own notes are there
    (row,) = result.rows
    assert row.check is not None and row.check.skipped == ()


# ------------------------------------------------------------------ DNS


def test_a_domain_without_srv_records(lab: Lab, roots: str):
    result = run(lab, roots, NO_SRV_DOMAIN)
    assert not result.reached
    federation, remote = result.rows
    assert federation.host == f"_sipfederationtls._tcp.{NO_SRV_DOMAIN}" and federation.port is None
    (f,) = federation.findings
    assert (f.rule, f.severity) == (RuleId.DNS_SRV_MISSING, Severity.ERROR)
    assert "5061" in render_fix(f) and "sip.litware.com" in render_fix(f)
    (w,) = remote.findings
    assert (w.rule, w.severity) == (RuleId.DNS_SRV_MISSING, Severity.WARNING)
    assert "port 443" in render_fix(w)
    assert "does not exist" in render_message(f)


def test_no_federation_record_is_needed_when_federation_is_off(lab: Lab, roots: str):
    off = replace(seed_example(), sip_federation=False, pic_providers=frozenset())
    result = run(lab, roots, NO_SRV_DOMAIN, topology=off)
    assert [(f.rule, f.severity) for f in result.findings if f.rule in PROBE_RULES] == [
        (RuleId.DNS_SRV_MISSING, Severity.WARNING)
    ]


def test_a_silent_dns_server_is_a_failed_lookup_not_a_missing_record(lab: Lab, roots: str):
    """No answer says nothing about the record: DNS-LOOKUP-FAILED, as severe as the record
    missing would be (federation an error, remote sign-in a warning), never "create the
    record"; and nothing was reached."""
    result = run(lab, roots, SILENT_DOMAIN, timeout=0.3)
    assert [(f.rule, f.severity) for f in result.findings] == [
        (RuleId.DNS_LOOKUP_FAILED, Severity.ERROR),
        (RuleId.DNS_LOOKUP_FAILED, Severity.WARNING),
    ]
    messages = [render_message(f) for f in result.findings]
    assert all("did not answer in time" in m for m in messages)
    assert not any(f.rule is RuleId.DNS_SRV_MISSING for f in result.findings)
    assert not result.reached


def test_a_dns_server_that_nothing_listens_on_is_a_failed_lookup(lab: Lab, roots: str):
    result = run(lab, roots, GOOD_DOMAIN, timeout=0.3, dns_server=f"127.0.0.1:{lab.closed_port}")
    assert {f.rule for f in result.findings} == {RuleId.DNS_LOOKUP_FAILED}
    assert not result.reached


def test_an_address_lookup_without_answer_is_a_failed_lookup():
    from pic_wizard.core.net import dns
    from pic_wizard.core.rules.probe import no_address

    silent = no_address(dns.AddressLookup("sip.contoso.com", why=dns.NO_ANSWER))
    assert (silent.rule, silent.severity) == (RuleId.DNS_LOOKUP_FAILED, Severity.ERROR)
    missing = no_address(dns.AddressLookup("sip.contoso.com", why=dns.NO_SUCH_NAME))
    assert missing.rule is RuleId.DNS_NO_ADDRESS


def test_an_srv_target_not_in_the_certificate(lab: Lab, roots: str):
    result = run(lab, roots, WRONG_TARGET_DOMAIN)
    (row,) = result.rows
    found = [f for f in row.findings if f.rule is RuleId.DNS_SRV_TARGET_NOT_IN_SAN]
    assert [f.params["srv"] for f in found] == [
        f"_sipfederationtls._tcp.{WRONG_TARGET_DOMAIN}",
        f"_sip._tls.{WRONG_TARGET_DOMAIN}",
    ]
    assert found[0].subject == f"edge.{WRONG_TARGET_DOMAIN}"
    assert RuleId.TLS_NAME_MISMATCH not in rules(row)  # said once, of the SRV record


def test_an_srv_target_without_an_address(lab: Lab, roots: str):
    result = run(lab, roots, NO_ADDRESS_DOMAIN)
    (row,) = result.rows
    assert row.host == f"sip.{NO_ADDRESS_DOMAIN}" and row.handshake is None
    assert rules(row) == {RuleId.DNS_NO_ADDRESS}
    assert not result.reached


def test_resolve_answers_without_dns(lab: Lab, roots: str):
    # The lab's DNS server knows no such name: --resolve alone leads to the server.
    target = lab.endpoint("complete", host="edge.example.org")
    result = run(lab, roots, target, resolve=(f"edge.example.org:{LOOPBACK}",))
    (row,) = result.rows
    assert row.reached and ("edge.example.org", "A") not in lab.dns.queries


# ------------------------------------------------------------------ TLS


def test_a_leaf_served_without_its_intermediate(lab: Lab, roots: str):
    result = run(lab, roots, lab.endpoint("leaf-only"))
    (row,) = result.rows
    assert RuleId.TLS_CHAIN_NOT_SERVED in rules(row)
    assert RuleId.CHAIN_INCOMPLETE not in rules(row)
    (f,) = [f for f in row.findings if f.rule is RuleId.TLS_CHAIN_NOT_SERVED]
    fix = render_fix(f)
    assert "Intermediate Certification Authorities" in fix and "Start-CsWindowsService" in fix
    assert "http://ca.example.com/issuing.crt" in fix
    assert RuleId.TLS_CHAIN_NOT_SERVED not in rules(run(lab, roots, lab.endpoint("complete")))


def test_a_leaf_alone_is_not_served_whatever_intermediates_the_roots_hold(lab: Lab, tmp_path: Path):
    """TLS-CHAIN-NOT-SERVED depends on what the Edge sends (and the roots): an
    intermediate that --roots happens to hold does not hide the one the Edge omits."""
    both = tmp_path / "root-and-intermediate.pem"
    both.write_bytes(pki.pem(lab.root.cert) + pki.pem(lab.intermediate.cert))
    (row,) = run(lab, str(both), lab.endpoint("leaf-only")).rows
    assert RuleId.TLS_CHAIN_NOT_SERVED in rules(row)
    (served,) = run(lab, str(both), lab.endpoint("complete")).rows
    assert not rules(served) & {RuleId.TLS_CHAIN_NOT_SERVED, RuleId.CHAIN_UNTRUSTED}


def test_a_certificate_without_the_name_connected_to(lab: Lab, roots: str):
    (row,) = run(lab, roots, lab.endpoint("wrong-name")).rows
    (f,) = [f for f in row.findings if f.rule is RuleId.TLS_NAME_MISMATCH]
    assert f.subject == "sip.contoso.com" and f.params["names"] == "edge.litware.com"
    assert RuleId.TLS_NAME_MISMATCH not in rules(run(lab, roots, lab.endpoint("complete")))


def test_an_expired_certificate_is_judged_as_check_judges_it(lab: Lab, roots: str):
    (row,) = run(lab, roots, lab.endpoint("expired")).rows
    assert RuleId.CERT_EXPIRED in rules(row) and row.verdict == "fail"


def test_an_old_tls_version(lab: Lab, roots: str):
    if not lab.tls11:
        pytest.skip("this OpenSSL does not speak TLS 1.1")
    (row,) = run(lab, roots, lab.endpoint("tls11")).rows
    assert row.handshake is not None and row.handshake.version == "TLSv1.1"
    (f,) = [f for f in row.findings if f.rule is RuleId.TLS_VERSION_OLD]
    assert f.severity is Severity.WARNING and f.params["version"] == "TLSv1.1"
    assert RuleId.TLS_VERSION_OLD not in rules(run(lab, roots, lab.endpoint("complete")))


def test_the_client_certificate_authorities_asked_for(lab: Lab, roots: str):
    (row,) = run(lab, roots, lab.endpoint("client-ca")).rows
    assert row.handshake is not None
    assert row.handshake.client_ca_names == ("CN=Partner Federation CA, O=Fabrikam Partners, C=US",)
    assert PARTNER_CA.startswith("CN=Partner Federation CA")
    (plain,) = run(lab, roots, lab.endpoint("complete")).rows
    assert plain.handshake is not None and plain.handshake.client_ca_names == ()


def test_an_edge_requiring_a_client_certificate_is_reached_and_judged(lab: Lab, roots: str):
    result = run(lab, roots, lab.endpoint("client-required"))
    (row,) = result.rows
    assert result.reached and row.reached and row.check is not None
    assert RuleId.TLS_CONNECT_FAILED not in rules(row) and row.verdict == "pass"
    assert row.handshake is not None and row.handshake.client_ca_names


@pytest.mark.parametrize(
    ("server", "reason"),
    [("closed", tls.REFUSED), ("silent", tls.TIMED_OUT), ("resetting", tls.RESET)],
)
def test_a_connection_that_fails_says_why(lab: Lab, roots: str, server: str, reason: str):
    port = {"closed": lab.closed_port, "silent": lab.silent.port, "resetting": lab.resetting.port}
    result = run(lab, roots, f"sip.contoso.com:{port[server]}", timeout=0.3)
    (row,) = result.rows
    assert row.handshake is not None and row.handshake.failure == reason
    assert rules(row) == {RuleId.TLS_CONNECT_FAILED}
    message = render_message(row.findings[0])
    assert str(port[server]) in message and LOOPBACK in message
    assert not result.reached


def test_a_served_certificate_the_plan_does_not_describe(lab: Lab, roots: str):
    planned = replace(seed_example(), sip_domains=("contoso.com", "adatum.com"))
    (row,) = run(lab, roots, lab.endpoint("complete"), topology=planned).rows
    (f,) = [f for f in row.findings if f.rule is RuleId.TLS_SERVED_NOT_PLANNED]
    assert f.severity is Severity.WARNING
    message = render_message(f)
    assert "sip.adatum.com" in message and "sip.fabrikam.com" in message


# ------------------------------------------------------------------ the use case's shape


def _to_lab(lab: Lab, *where: tuple[str, int]) -> tuple[str, ...]:
    """--connect-to each HOST:PORT at the lab's complete server: no fixed port is touched."""
    port = lab.servers["complete"].port
    return tuple(f"{host}:{service_port}:{LOOPBACK}:{port}" for host, service_port in where)


def test_services_probe_the_profiles_edge_names(lab: Lab, roots: str):
    topology = replace(
        seed_example(),
        access_edge_fqdn="sip.contoso.com",
        web_conferencing_edge_fqdn="webcon.contoso.com",
    )
    where = [("sip.contoso.com", 5061), ("sip.contoso.com", 443), ("webcon.contoso.com", 443)]
    result = run(
        lab,
        roots,
        lab.endpoint("complete"),
        topology=topology,
        services=True,
        connect_to=_to_lab(lab, *where),
    )
    rows = {(r.host, r.port): r for r in result.rows}
    assert set(where) <= set(rows)
    for host_port in where:
        row = rows[host_port]
        assert row.reached and row.handshake is not None
        assert row.handshake.port == lab.servers["complete"].port


def test_a_single_ip_edge_is_probed_on_each_service_port(lab: Lab, roots: str):
    """The Web Conferencing Edge under the Access Edge's name (one FQDN and address for
    every service): the Access Edge on 5061, web conferencing on 444, and not 443, which is
    the A/V Edge's TURN there (not TLS: probing it would report a failure that is none)."""
    single = replace(
        seed_example(),
        access_edge_fqdn="sip.contoso.com",
        web_conferencing_edge_fqdn="sip.contoso.com",
    )
    where = [("sip.contoso.com", 5061), ("sip.contoso.com", 443), ("sip.contoso.com", 444)]
    result = run(lab, roots, "sip.contoso.com", topology=single, connect_to=_to_lab(lab, *where))
    probed = [(r.host, r.port, r.services) for r in result.rows]
    assert probed == [
        ("sip.contoso.com", 5061, (Service.ACCESS_EDGE,)),
        ("sip.contoso.com", 444, (Service.WEB_CONFERENCING,)),
    ]
    assert all(r.reached for r in result.rows)


def test_the_remote_sign_in_srv_fix_names_the_single_ip_edge_port():
    """DNS-SRV-MISSING's fix gives the port the Access Edge listens on: 443 as Microsoft's
    table has it, 5061 on a single-IP Edge (443 is the A/V Edge's there)."""
    from pic_wizard.core.rules.probe import FEDERATION_SRV, REMOTE_ACCESS_SRV, srv_port

    single = replace(
        seed_example(),
        access_edge_fqdn="sip.contoso.com",
        web_conferencing_edge_fqdn="sip.contoso.com",
    )
    assert srv_port(REMOTE_ACCESS_SRV, seed_example()) == 443
    assert srv_port(REMOTE_ACCESS_SRV, None) == 443
    assert srv_port(REMOTE_ACCESS_SRV, single) == 5061
    assert srv_port(FEDERATION_SRV, single) == 5061


def test_connect_to_is_read():
    from pic_wizard.core.usecases.probe import parse_connect_to

    assert parse_connect_to(["SIP.contoso.com:5061:[::1]:6061"]) == {
        ("sip.contoso.com", 5061): ("::1", 6061)
    }
    for bad in ("sip.contoso.com:5061", "sip.contoso.com:5061:edge:5061", "a:0:127.0.0.1:1"):
        with pytest.raises(InputError) as raised:
            parse_connect_to([bad])
        assert raised.value.code == "probe-bad-connect-to"


def test_each_row_is_given_as_soon_as_it_is_known(lab: Lab, roots: str):
    seen: list[EndpointResult] = []
    inputs = ProbeInputs(
        targets=(GOOD_DOMAIN, NO_SRV_DOMAIN),
        dns_server=lab.dns_server,
        roots_file=roots,
        timeout=TIMEOUT,
        at=pki.AT,
    )
    result = probe(inputs, on_result=seen.append)
    assert tuple(seen) == result.rows and len(seen) == 3
    assert [r.target for r in seen] == [GOOD_DOMAIN, NO_SRV_DOMAIN, NO_SRV_DOMAIN]


def test_a_probe_stops_when_cancelled_before_any_lookup(lab: Lab, roots: str):
    with pytest.raises(ProbeCancelled):
        probe(
            ProbeInputs(targets=(GOOD_DOMAIN,), dns_server=lab.dns_server, timeout=TIMEOUT),
            cancelled=lambda: True,
        )
    assert (f"_sipfederationtls._tcp.{GOOD_DOMAIN}", "SRV") not in lab.dns.queries[-1:]


def test_a_probe_stops_while_a_handshake_waits(lab: Lab, roots: str):
    """A server that never answers, a long timeout, and a cancel while it waits: the wait
    ends at the next slice (what is asserted is that the cancel was heard mid-wait)."""
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(ProbeCancelled):
        probe(
            ProbeInputs(
                targets=(f"sip.contoso.com:{lab.silent.port}",),
                dns_server=lab.dns_server,
                resolve=(f"sip.contoso.com:{LOOPBACK}",),
                timeout=30.0,
            ),
            cancelled=cancelled,
        )
    assert len(asked) == 6


def test_no_resolver_is_made_for_a_probe_answered_without_dns(lab: Lab, roots: str):
    """--resolve alone, no --dns-server: the system's DNS configuration is never read
    (the suite's guard fails any test that makes such a resolver)."""
    result = run(lab, roots, lab.endpoint("complete"), dns_server="")
    assert result.reached


def test_the_guard_refuses_a_resolver_from_the_system_configuration(
    network_stays_on_the_loopback: list[str],
):
    import dns.resolver

    with pytest.raises(pytest.fail.Exception):
        dns.resolver.Resolver()
    assert network_stays_on_the_loopback
    network_stays_on_the_loopback.clear()


def test_the_guard_refuses_an_address_beyond_the_loopback(
    network_stays_on_the_loopback: list[str],
):
    import socket

    refused = pytest.raises(pytest.fail.Exception)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, refused:
        sock.sendto(b"", ("192.0.2.1", 53))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, refused:
        sock.connect_ex(("192.0.2.1", 5061))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, refused:
        sock.connect_ex(("127.0.0.1", 5061))  # a fixed port: whatever listens there
    assert len(network_stays_on_the_loopback) == 3
    network_stays_on_the_loopback.clear()


def test_a_cancel_is_heard_while_the_dns_server_is_silent(lab: Lab, roots: str):
    """A silent DNS server and the longest timeout: a cancel once the server has the query
    stops the probe mid-query.  The watchdog (30 s, half the timeout) only guards a hang:
    before the fix the probe waited the whole 60 s for the answer."""
    import threading

    asked = threading.Event()
    outcome: list[BaseException] = []

    def cancelled() -> bool:
        return asked.is_set()

    def go() -> None:
        try:
            probe(
                ProbeInputs(targets=(SILENT_DOMAIN,), dns_server=lab.dns_server, timeout=60.0),
                cancelled=cancelled,
            )
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=go, daemon=True)
    before = len(lab.dns.queries)
    worker.start()
    for _ in range(600):  # the query reaches the lab's server (bounded: 30 s at most)
        if any(n.startswith("_sipfederationtls") for n, _ in lab.dns.queries[before:]):
            break
        threading.Event().wait(0.05)
    asked.set()
    worker.join(30)
    assert not worker.is_alive(), "the cancel was not heard during the DNS query"
    assert len(outcome) == 1 and isinstance(outcome[0], ProbeCancelled)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"targets": ()}, "probe-no-target"),
        ({"targets": ("not a name",)}, "probe-bad-target"),
        ({"targets": ("192.0.2.1",)}, "probe-bad-target"),
        ({"targets": ("sip.contoso.com:70000",)}, "probe-bad-target"),
        ({"dns_server": "dns.contoso.com"}, "probe-bad-dns-server"),
        ({"dns_server": "127.0.0.1:0"}, "probe-bad-dns-server"),
        ({"resolve": ("sip.contoso.com",)}, "probe-bad-resolve"),
        ({"resolve": ("sip.contoso.com:not-an-ip",)}, "probe-bad-resolve"),
        ({"timeout": 0.0}, "probe-bad-timeout"),
        ({"services": True}, "probe-services-needs-profile"),
    ],
)
def test_inputs_that_cannot_be_used_are_refused_before_the_network(
    lab: Lab, roots: str, changes: dict[str, object], code: str
):
    before = len(lab.dns.queries)
    with pytest.raises(InputError) as raised:
        run(lab, roots, GOOD_DOMAIN, **changes)
    assert raised.value.code == code
    assert len(lab.dns.queries) == before


def test_ipv6_dns_server_and_target_forms_are_read():
    from pic_wizard.core.usecases.probe import parse_dns_server, parse_resolve, parse_target

    assert parse_dns_server("[::1]:5353") == parse_dns_server("[0:0::1]:5353")
    assert parse_dns_server("127.0.0.1").port == 53  # type: ignore[union-attr]
    assert parse_target("[::1]:5061").port == 5061
    assert parse_target("SIP.Contoso.com.").name == "sip.contoso.com"
    assert parse_resolve(["sip.contoso.com:2001:db8::1"]) == {"sip.contoso.com": ("2001:db8::1",)}


def test_the_roots_file_is_read(tmp_path: Path, lab: Lab):
    with pytest.raises(InputError):
        run(lab, str(tmp_path / "missing.pem"), GOOD_DOMAIN)


def test_chain_order_of_a_served_chain_speaks_of_what_the_edge_serves(lab: Lab):
    from pic_wizard.core.rules import probe as rules
    from pic_wizard.core.rules.verdict import CheckOptions

    leaf = lab.servers["complete"].chain[0]
    handshake = tls.Handshake(
        "sip.contoso.com", LOOPBACK, 5061, chain=(leaf, lab.root.cert, lab.intermediate.cert)
    )
    endpoint = rules.Endpoint("sip.contoso.com", "sip.contoso.com", 5061)
    options = CheckOptions(roots=[lab.root.cert], at=pki.AT)
    found, _ = rules.handshake_findings(endpoint, handshake, options, TIMEOUT)
    (f,) = [f for f in found if f.rule is RuleId.CHAIN_ORDER]
    assert render_message(f).startswith("The certificates the Edge serves are not in chain order")
    assert "file" not in render_message(f) + render_fix(f)
    assert "Intermediate Certification Authorities" in render_fix(f)


def test_a_wildcard_does_not_cover_the_name_probed():
    """As NAME-WILDCARD says: no wildcard on the external Edge interface."""
    from pic_wizard.core.rules.probe import covers

    assert covers(["SIP.contoso.com."], "sip.contoso.com")
    assert not covers(["*.contoso.com"], "sip.contoso.com")
