"""The rule catalogue, rule by rule: for every rule ID a case that fires it and a twin that
differs in one thing and does not.

Each rule is applied where it makes sense: to a plan (the wizard's answers), to a request
and to an issued certificate checked against the test PKI.  Every case gives the check
time explicitly, so no test depends on today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import string
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.verdict import CheckOptions, check_certificate, check_request
from pic_wizard.core.values.findings import (
    CATALOGUE,
    Finding,
    RuleId,
    Severity,
    render_fix,
    render_message,
)
from pic_wizard.core.values.policy import DEFAULT_POLICY, Policy, utc
from pic_wizard.core.values.record import field, frozen, replace
from pic_wizard.core.values.topology import (
    Deployment,
    KeyAlgorithm,
    KeyOrigin,
    KeySpec,
    PicProvider,
    Product,
    Topology,
    seed_example,
)
from pic_wizard.core.x509.view import dn_text

import pki

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
R = RuleId

AT = pki.AT
SEED = seed_example()
SEED_SANS = pki.SEED_SANS
SEED_DN = dn_text(pki.name("sip.contoso.com"))
ISSUING_DN = dn_text(pki.name("pic-wizard Test Issuing CA"))
CERT_FILE = "edge.pem"
CSR_FILE = "edge.req"

# Signature algorithm OIDs (DER contents), all of the same length.
SHA1_RSA = "2a864886f70d010105"


# --- The rule table of DOMAIN.md, section 4 (severity as written there) -----------------

DOMAIN_SEVERITIES: Mapping[str, str] = {
    "NAME-SYNTAX": "E",
    "NAME-IP": "E",
    "NAME-SINGLE-LABEL": "E",
    "NAME-INTERNAL": "E",
    "NAME-WILDCARD": "E",
    "NAME-IDN": "I",
    "DOMAIN-NONE": "E",
    "DOMAIN-DUPLICATE": "W",
    "SUBJECT-NOT-ACCESS-EDGE": "W",
    "SUBJECT-NOT-IN-SAN": "E",
    "SAN-ACCESS-EDGE-MISSING": "E",
    "SAN-WEBCONF-MISSING": "E",
    "SAN-SIP-DOMAIN-MISSING": "W",
    "SAN-XMPP-MISSING": "W",
    "SAN-AV-PRESENT": "I",
    "SAN-DUPLICATE": "W",
    "SAN-EXTRA": "I",
    "SAN-ORDER": "I",
    "SAN-LIMIT": "W",
    "XMPP-UNSUPPORTED": "E",
    "EKU-SERVER-MISSING": "E",
    "EKU-CLIENT-MISSING": "E",
    "EKU-CLIENT-SUNSET": "W/E",
    "EKU-CLIENT-DROPPED": "E",
    "KU-INCOMPLETE": "W",
    "KEY-RSA-SMALL": "E",
    "KEY-RSA-UNLISTED": "W",
    "KEY-EC": "W",
    "KEY-NOT-EXPORTABLE": "E/W",
    "KEY-MISMATCH": "E",
    "SIG-PSS": "E",
    "SIG-SHA1": "W",
    "SIG-WEAK": "E",
    "CERT-EXPIRED": "E",
    "CERT-NOT-YET-VALID": "E",
    "CERT-EXPIRING": "W",
    "CERT-NO-CDP": "E",
    "CERT-SELF-SIGNED": "E",
    "CERT-IS-CA": "E",
    "CERT-VALIDITY-OVER-MAX": "W",
    "CHAIN-INCOMPLETE": "E",
    "CHAIN-UNTRUSTED": "E",
    "CHAIN-ORDER": "I",
    "PIC-AOL-ENDED": "W",
    "PIC-YAHOO-ENDED": "W",
    "PRODUCT-EOL": "I",
    "POOL-SAME-CERT": "I",
}

# pic-wizard's own additions (not in the specification's table): comparing a certificate
# with its request, a request whose signature does not verify, a subject name longer than
# X.509 allows, and a PFX without its private key.
ADDED_SEVERITIES: Mapping[str, str] = {
    "REQUEST-NAME-DROPPED": "E",
    "REQUEST-NAME-ADDED": "I",
    "REQUEST-SUBJECT-CHANGED": "W",
    "CSR-SIGNATURE-INVALID": "E",
    "SUBJECT-TOO-LONG": "E",
    "PFX-NO-KEY": "W",
    # The Edge's Trusted Root store (pic-wizard-cli roots).
    "ROOT-STORE-INTERMEDIATE": "E",
    "ROOT-STORE-DUPLICATE": "W",
    "ROOT-STORE-EXPIRED": "I",
    "ROOT-STORE-MISSING": "E/W",
    # Client Authentication sunset and validity: a request that asks for no usage.
    "EKU-CA-DECIDES": "I",
    # probe: a deployed Edge as partners and clients reach it.
    "DNS-SRV-MISSING": "E/W",
    "DNS-SRV-TARGET-NOT-IN-SAN": "E",
    "DNS-NO-ADDRESS": "E",
    # A DNS server that did not answer: not known, so never "create the record".
    "DNS-LOOKUP-FAILED": "E/W",
    "TLS-CONNECT-FAILED": "E",
    "TLS-CHAIN-NOT-SERVED": "E",
    "TLS-VERSION-OLD": "W",
    "TLS-SERVED-NOT-PLANNED": "W",
    "TLS-NAME-MISMATCH": "E",
}

LETTER = {"E": ERR, "W": WARN, "I": INFO}


# --- The test PKI, as the cases see it ----------------------------------------------------


@frozen
class Env:
    root: pki.CA
    intermediate: pki.CA
    seed_leaf: x509.Certificate


@pytest.fixture
def env(root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate) -> Env:
    return Env(root, intermediate, seed_leaf)


@functools.cache
def other_root() -> pki.CA:
    return pki.make_root("Somebody Else's Root CA", slot=1)


class Lazy:
    """A value made from the test PKI when the case runs, not when the table is built."""

    def __init__(self, make: Callable[[Env], Any]) -> None:
        self.make = make


def _resolve(env: Env, values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.make(env) if isinstance(v, Lazy) else v for k, v in values.items()}


def _patch_once(der: bytes, old_hex: str, new_hex: str) -> bytes:
    old, new = bytes.fromhex(old_hex), bytes.fromhex(new_hex)
    assert len(old) == len(new) and der.count(old) == 1
    return der.replace(old, new)


def csr_signed_with(oid_hex: str) -> x509.CertificateSigningRequest:
    """The seed request with its signature algorithm relabelled (a request signs once)."""
    der = _patch_once(pki.der(pki.make_csr()), pki.SHA256_RSA, oid_hex)
    return x509.load_der_x509_csr(der)


def self_signed_with(oid_hex: str) -> x509.Certificate:
    cert, _ = pki.make_leaf(None)
    return x509.load_der_x509_certificate(
        pki.patch_signature_oid(pki.der(cert), pki.SHA256_RSA, oid_hex)
    )


def csr_with_padding(pss: bool) -> x509.CertificateSigningRequest:
    algorithm = hashes.SHA256()
    rsa_padding = (
        padding.PSS(padding.MGF1(algorithm), padding.PSS.DIGEST_LENGTH)
        if pss
        else padding.PKCS1v15()
    )
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(pki.name("sip.contoso.com"))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(n) for n in SEED_SANS]), critical=False
        )
        .add_extension(
            x509.ExtendedKeyUsage([pki.EKU["serverAuth"], pki.EKU["clientAuth"]]),
            critical=False,
        )
        .sign(pki.rsa_key(0), algorithm, rsa_padding=rsa_padding)
    )


def csr_with_long_cn(cn: str) -> x509.CertificateSigningRequest:
    """cryptography refuses a CN over 64 characters; other tools write one anyway."""
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn, _validate=False)])
    builder = x509.CertificateSigningRequestBuilder().subject_name(subject)
    builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
    return builder.sign(pki.rsa_key(0), hashes.SHA256())


def tampered_csr() -> x509.CertificateSigningRequest:
    der = bytearray(pki.der(pki.make_csr()))
    der[-1] ^= 0x01  # last byte of the signature
    return x509.load_der_x509_csr(bytes(der))


def long_name(length: int) -> str:
    """A name of ``length`` characters made of valid labels (the last one is 'com')."""
    head = ".".join(["a" * 63] * 3)  # 191 characters
    middle = length - len(head) - len(".com") - 1
    return f"{head}.{'b' * middle}.com"


# --- Runners: a plan, a request, a certificate --------------------------------------------


def run_plan(
    env: Env, at: dt.datetime = AT, policy: Policy = DEFAULT_POLICY, **changes: Any
) -> tuple[Finding, ...]:
    return make_plan(replace(SEED, **changes), policy, at=at).findings


def run_plan_on_edge(
    env: Env, at: dt.datetime = AT, policy: Policy = DEFAULT_POLICY, **changes: Any
) -> tuple[Finding, ...]:
    """The plan of a request made on the Edge Server (the certreq INF, the script)."""
    plan = make_plan(replace(SEED, **changes), policy, at=at, key_origin=KeyOrigin.EDGE_SERVER)
    return plan.findings


def run_csr(
    env: Env,
    at: dt.datetime = AT,
    policy: Policy = DEFAULT_POLICY,
    topology: Topology | None = None,
    private_key: Any = None,
    csr: x509.CertificateSigningRequest | None = None,
    **make: Any,
) -> tuple[Finding, ...]:
    request = csr if csr is not None else pki.make_csr(**make)
    options = CheckOptions(topology=topology, key=private_key, at=at, policy=policy)
    return check_request(request, CSR_FILE, options).findings


def run_pfx(env: Env, with_key: bool) -> tuple[Finding, ...]:
    """A PFX file as the admin exported it, through the loader."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from pic_wizard.core.rules.verdict import check_loaded
    from pic_wizard.core.x509.loader import load_bytes

    leaf, key = pki.make_leaf(env.intermediate)
    data = pkcs12.serialize_key_and_certificates(
        b"Edge", key if with_key else None, leaf, [env.intermediate.cert],
        serialization.BestAvailableEncryption(b"pw"),
    )  # fmt: skip
    options = CheckOptions(roots=[env.root.cert], at=AT)
    return check_loaded(load_bytes(data, PFX_FILE, b"pw"), options).findings


PFX_FILE = "edge.pfx"
LONG_EDGE = "sip." + "edge-external-access." * 3 + "contoso.com"  # 78 characters


def run_cert(
    env: Env,
    at: dt.datetime = AT,
    policy: Policy = DEFAULT_POLICY,
    topology: Topology | None = None,
    private_key: Any = None,
    request: x509.CertificateSigningRequest | None = None,
    certs: list[x509.Certificate] | None = None,
    roots: list[x509.Certificate] | None = None,
    chain: list[x509.Certificate] | None = None,
    self_signed: bool = False,
    **make: Any,
) -> tuple[Finding, ...]:
    if certs is None:
        leaf, _ = pki.make_leaf(None if self_signed else env.intermediate, **make)
        certs = [leaf]
    options = CheckOptions(
        topology=topology,
        roots=[env.root.cert] if roots is None else roots,
        chain=[env.intermediate.cert] if chain is None else chain,
        key=private_key,
        request=request,
        at=at,
        policy=policy,
    )
    return check_certificate(certs, CERT_FILE, options).findings


def run_roots(
    env: Env,
    store: list[x509.Certificate],
    certificate: tuple[x509.Certificate, ...] = (),
    at: dt.datetime = AT,
    policy: Policy = DEFAULT_POLICY,
) -> tuple[Finding, ...]:
    """The Trusted Root store's rules, and the root the Edge certificate chains to."""
    from pic_wizard.core.rules.roots import edge_root_findings, store_findings

    found = store_findings(store, at, policy)
    if certificate:
        found += edge_root_findings(certificate[0], certificate[1:], store, at).findings
    return tuple(found)


def federation_roots() -> list[x509.Certificate]:
    from cryptography.hazmat.primitives import hashes

    from pic_wizard.core.x509.chain import public_roots

    wanted = {r.sha256 for r in DEFAULT_POLICY.federation_roots}
    return [c for c in public_roots() if c.fingerprint(hashes.SHA256()).hex().upper() in wanted]


def run_probe(
    env: Env,
    served: tuple[x509.Certificate, ...] = (),
    host: str = "sip.contoso.com",
    srv: tuple[str, ...] = (),
    version: str = "TLSv1.3",
    failure: str = "",
    topology: Topology | None = None,
    srv_lookup: Any = None,
    remote_access: bool = False,
    address_lookup: Any = None,
) -> tuple[Finding, ...]:
    """The probe's rules on what DNS and a handshake said (``rules.probe``, no network:
    the lab of tests/lab.py exercises the network in the use case's tests)."""
    from pic_wizard.core.net.tls import Handshake
    from pic_wizard.core.rules import probe as rules

    if srv_lookup is not None:
        spec = rules.REMOTE_ACCESS_SRV if remote_access else rules.FEDERATION_SRV
        found = rules.srv_missing(srv_lookup, spec, "contoso.com", "sip.contoso.com", topology)
        return (found,) if found is not None else ()
    if address_lookup is not None:
        return rules.address_findings(address_lookup)
    handshake = Handshake(host, "192.0.2.10", 5061, chain=served, version=version, failure=failure)
    endpoint = rules.Endpoint(host, host, 5061, srv=srv)
    options = CheckOptions(topology=topology, roots=[env.root.cert], at=AT)
    return rules.handshake_findings(endpoint, handshake, options, 5.0)[0]


def _srv(name: str, found: bool, why: str = "no-such-name") -> Any:
    from pic_wizard.core.net import dns

    if not found:
        return dns.SrvLookup(name, (), why)
    return dns.SrvLookup(name, (dns.SrvRecord(name, "sip.contoso.com", 5061, 0, 0),))


def _addresses(host: str, *addresses: str, why: str = "no-record") -> Any:
    from pic_wizard.core.net import dns

    return dns.AddressLookup(host, addresses, "" if addresses else why)


SERVED = Lazy(lambda e: (e.seed_leaf, e.intermediate.cert))
FEDERATION_SRV = "_sipfederationtls._tcp.contoso.com"

Runner = Callable[..., tuple[Finding, ...]]


@frozen
class Case:
    rule: RuleId
    severity: Severity
    subject: str
    runner: Runner
    fires: Mapping[str, Any]
    twin: Mapping[str, Any]
    common: Mapping[str, Any] = field(default_factory=dict)

    def findings(self, env: Env, *, fires: bool) -> tuple[Finding, ...]:
        values = {**self.common, **(self.fires if fires else self.twin)}
        return self.runner(env, **_resolve(env, values))


_counters: dict[str, itertools.count[int]] = {}


def case(
    rule: RuleId,
    severity: Severity,
    subject: str,
    runner: Runner,
    fires: Mapping[str, Any],
    twin: Mapping[str, Any],
    **common: Any,
) -> Any:
    kind = runner.__name__.removeprefix("run_")
    label = f"{rule.value}-{kind}"
    n = next(_counters.setdefault(label, itertools.count(1)))
    return pytest.param(
        Case(rule, severity, subject, runner, fires, twin, common), id=f"{label}-{n}"
    )


NO_FEDERATION = Policy(federation_roots=())
ROOT_CA = "CN=pic-wizard Test Root CA, O=pic-wizard tests, C=US"
ISSUING_CA = "CN=pic-wizard Test Issuing CA, O=pic-wizard tests, C=US"
XMPP_LYNC = replace(SEED, xmpp_federation=True, xmpp_domains=("contoso.com",))
POOL = replace(SEED, deployment=Deployment.HLB_POOL, server_count=2)
NO_AOL = replace(SEED, pic_providers=frozenset({PicProvider.SKYPE}))

SEED_CSR = Lazy(lambda e: pki.make_csr())


def _issued(**changes: Any) -> Lazy:
    return Lazy(lambda e: [pki.issue_from_csr(e.intermediate, pki.make_csr(), **changes)])


# fmt: off
CASES = [
    # NAME-SYNTAX
    case(R.NAME_SYNTAX, ERR, "sip_edge.contoso.com", run_plan,
         {"access_edge_fqdn": "sip_edge.contoso.com"},
         {"access_edge_fqdn": "sip-edge.contoso.com"}),
    case(R.NAME_SYNTAX, ERR, "-webcon.contoso.com", run_plan,
         {"web_conferencing_edge_fqdn": "-webcon.contoso.com"},
         {"web_conferencing_edge_fqdn": "webcon.contoso.com"}),
    case(R.NAME_SYNTAX, ERR, "meet..contoso.com", run_plan,
         {"extra_sans": ("meet..contoso.com",)}, {"extra_sans": ("meet.contoso.com",)}),
    case(R.NAME_SYNTAX, ERR, "a" * 64 + ".contoso.com", run_plan,
         {"extra_sans": ("a" * 64 + ".contoso.com",)},
         {"extra_sans": ("a" * 63 + ".contoso.com",)}),
    case(R.NAME_SYNTAX, ERR, long_name(254), run_plan,
         {"extra_sans": (long_name(254),)}, {"extra_sans": (long_name(253),)}),
    case(R.NAME_SYNTAX, ERR, "meet_1.contoso.com", run_csr,
         {"sans": (*SEED_SANS, "meet_1.contoso.com")},
         {"sans": (*SEED_SANS, "meet-1.contoso.com")}),
    case(R.NAME_SYNTAX, ERR, "sip_edge.contoso.com", run_cert,
         {"cn": "sip_edge.contoso.com"}, {"cn": "sip.contoso.com"}),
    # NAME-IP
    case(R.NAME_IP, ERR, "203.0.113.10", run_plan,
         {"access_edge_fqdn": "203.0.113.10"}, {"access_edge_fqdn": "sip.contoso.com"}),
    case(R.NAME_IP, ERR, "2001:db8::10", run_plan,
         {"web_conferencing_edge_fqdn": "2001:db8::10"},
         {"web_conferencing_edge_fqdn": "webcon.contoso.com"}),
    case(R.NAME_IP, ERR, "198.51.100.7", run_csr,
         {"sans": (*SEED_SANS, "198.51.100.7")}, {"sans": (*SEED_SANS, "meet.contoso.com")}),
    case(R.NAME_IP, ERR, "203.0.113.10", run_cert,
         {"ip_sans": ("203.0.113.10",)}, {"ip_sans": ()}),
    # NAME-SINGLE-LABEL
    case(R.NAME_SINGLE_LABEL, ERR, "atl-edge-001", run_plan,
         {"extra_sans": ("atl-edge-001",)}, {"extra_sans": ("atl-edge-001.contoso.com",)}),
    case(R.NAME_SINGLE_LABEL, ERR, "atl-edge-001", run_csr,
         {"sans": (*SEED_SANS, "atl-edge-001")},
         {"sans": (*SEED_SANS, "atl-edge-001.contoso.com")}),
    case(R.NAME_SINGLE_LABEL, ERR, "atl-edge-001", run_cert,
         {"cn": "atl-edge-001", "sans": ("atl-edge-001", *SEED_SANS)},
         {"cn": "atl-edge-001.contoso.com", "sans": ("atl-edge-001.contoso.com", *SEED_SANS)}),
    # NAME-INTERNAL
    *[
        case(R.NAME_INTERNAL, ERR, f"sip.contoso.{tld}", run_plan,
             {"access_edge_fqdn": f"sip.contoso.{tld}"}, {"access_edge_fqdn": "sip.contoso.com"})
        for tld in ("local", "lan", "corp", "internal")
    ],
    case(R.NAME_INTERNAL, ERR, "fabrikam.local", run_plan,
         {"sip_domains": ("contoso.com", "fabrikam.local")},
         {"sip_domains": ("contoso.com", "fabrikam.com")}),
    case(R.NAME_INTERNAL, ERR, "edge.contoso.local", run_csr,
         {"sans": (*SEED_SANS, "edge.contoso.local")}, {"sans": (*SEED_SANS, "edge.contoso.com")}),
    case(R.NAME_INTERNAL, ERR, "edge.contoso.local", run_cert,
         {"sans": (*SEED_SANS, "edge.contoso.local")}, {"sans": (*SEED_SANS, "edge.contoso.com")}),
    # NAME-WILDCARD
    case(R.NAME_WILDCARD, ERR, "*.contoso.com", run_plan,
         {"subject_name": "*.contoso.com"}, {"subject_name": "sip.contoso.com"}),
    case(R.NAME_WILDCARD, ERR, "*.contoso.com", run_plan,
         {"access_edge_fqdn": "*.contoso.com"}, {"access_edge_fqdn": "sip.contoso.com"}),
    case(R.NAME_WILDCARD, ERR, "*.contoso.com", run_csr,
         {"cn": "*.contoso.com"}, {"cn": "sip.contoso.com"}),
    case(R.NAME_WILDCARD, ERR, "*.contoso.com", run_cert,
         {"sans": (*SEED_SANS, "*.contoso.com")}, {"sans": (*SEED_SANS, "meet.contoso.com")}),
    # NAME-IDN
    case(R.NAME_IDN, INFO, "xn--bcher-kva.de", run_plan,
         {"sip_domains": ("contoso.com", "bücher.de")},
         {"sip_domains": ("contoso.com", "buecher.de")}),
    case(R.NAME_IDN, INFO, "sip.xn--bcher-kva.de", run_csr,
         {"sans": (*SEED_SANS, "sip.xn--bcher-kva.de")}, {"sans": (*SEED_SANS, "sip.buecher.de")}),
    case(R.NAME_IDN, INFO, "sip.xn--bcher-kva.de", run_cert,
         {"sans": (*SEED_SANS, "sip.xn--bcher-kva.de")}, {"sans": (*SEED_SANS, "sip.buecher.de")}),
    # DOMAIN-NONE
    case(R.DOMAIN_NONE, ERR, "SIP domains", run_plan,
         {"sip_domains": ()}, {"sip_domains": ("contoso.com",)}),
    case(R.DOMAIN_NONE, ERR, "SIP domains", run_plan,
         {"sip_domains": (" ",)}, {"sip_domains": ("contoso.com",)}),
    # DOMAIN-DUPLICATE
    case(R.DOMAIN_DUPLICATE, WARN, "contoso.com", run_plan,
         {"sip_domains": ("contoso.com", "fabrikam.com", "Contoso.COM")},
         {"sip_domains": ("contoso.com", "fabrikam.com")}),
    # SUBJECT-NOT-ACCESS-EDGE
    case(R.SUBJECT_NOT_ACCESS_EDGE, WARN, "edgepool.contoso.com", run_plan,
         {"subject_name": "edgepool.contoso.com"}, {"subject_name": "SIP.contoso.com"}),
    case(R.SUBJECT_NOT_ACCESS_EDGE, WARN, "webcon.contoso.com", run_csr,
         {"cn": "webcon.contoso.com"}, {"cn": "sip.contoso.com"}, topology=SEED),
    case(R.SUBJECT_NOT_ACCESS_EDGE, WARN, "webcon.contoso.com", run_cert,
         {"cn": "webcon.contoso.com"}, {"cn": "sip.contoso.com"}, topology=SEED),
    # SUBJECT-NOT-IN-SAN
    case(R.SUBJECT_NOT_IN_SAN, ERR, "edge.contoso.com", run_csr,
         {"cn": "edge.contoso.com"}, {"cn": "sip.contoso.com"}),
    case(R.SUBJECT_NOT_IN_SAN, ERR, "sip.contoso.com", run_cert,
         {"sans": SEED_SANS[1:]}, {"sans": SEED_SANS}),
    # SAN-ACCESS-EDGE-MISSING
    case(R.SAN_ACCESS_EDGE_MISSING, ERR, "sip.contoso.com", run_csr,
         {"sans": SEED_SANS[1:]}, {"sans": SEED_SANS}, topology=SEED, cn=None),
    case(R.SAN_ACCESS_EDGE_MISSING, ERR, "sip.contoso.com", run_cert,
         {"sans": SEED_SANS[1:]}, {"sans": SEED_SANS}, topology=SEED),
    # SAN-WEBCONF-MISSING
    case(R.SAN_WEBCONF_MISSING, ERR, "webcon.contoso.com", run_csr,
         {"sans": ("sip.contoso.com", "sip.fabrikam.com")}, {"sans": SEED_SANS}, topology=SEED),
    case(R.SAN_WEBCONF_MISSING, ERR, "webcon.contoso.com", run_cert,
         {"sans": ("sip.contoso.com", "sip.fabrikam.com")}, {"sans": SEED_SANS}, topology=SEED),
    # SAN-SIP-DOMAIN-MISSING
    case(R.SAN_SIP_DOMAIN_MISSING, WARN, "sip.fabrikam.com", run_csr,
         {"sans": SEED_SANS[:2]}, {"sans": SEED_SANS}, topology=SEED),
    case(R.SAN_SIP_DOMAIN_MISSING, WARN, "sip.fabrikam.com", run_cert,
         {"sans": SEED_SANS[:2]}, {"sans": SEED_SANS}, topology=SEED),
    # SAN-XMPP-MISSING
    case(R.SAN_XMPP_MISSING, WARN, "contoso.com", run_csr,
         {"sans": SEED_SANS}, {"sans": (*SEED_SANS, "contoso.com")}, topology=XMPP_LYNC),
    case(R.SAN_XMPP_MISSING, WARN, "contoso.com", run_cert,
         {"sans": SEED_SANS}, {"sans": (*SEED_SANS, "contoso.com")}, topology=XMPP_LYNC),
    # SAN-AV-PRESENT
    case(R.SAN_AV_PRESENT, INFO, "av.contoso.com", run_plan,
         {"extra_sans": ("av.contoso.com",)}, {"extra_sans": ("meet.contoso.com",)}),
    case(R.SAN_AV_PRESENT, INFO, "av.contoso.com", run_csr,
         {"sans": (*SEED_SANS, "av.contoso.com")}, {"sans": SEED_SANS}, topology=SEED),
    case(R.SAN_AV_PRESENT, INFO, "av.contoso.com", run_cert,
         {"sans": (*SEED_SANS, "av.contoso.com")}, {"sans": SEED_SANS}, topology=SEED),
    # SAN-DUPLICATE
    case(R.SAN_DUPLICATE, WARN, "webcon.contoso.com", run_plan,
         {"extra_sans": ("webcon.contoso.com",)}, {"extra_sans": ("meet.contoso.com",)}),
    case(R.SAN_DUPLICATE, WARN, "meet.contoso.com", run_plan,
         {"extra_sans": ("meet.contoso.com", "Meet.Contoso.com")},
         {"extra_sans": ("meet.contoso.com", "dialin.contoso.com")}),
    case(R.SAN_DUPLICATE, WARN, "sip.fabrikam.com", run_csr,
         {"sans": (*SEED_SANS, "SIP.fabrikam.com")}, {"sans": SEED_SANS}),
    case(R.SAN_DUPLICATE, WARN, "sip.fabrikam.com", run_cert,
         {"sans": (*SEED_SANS, "sip.fabrikam.com")}, {"sans": SEED_SANS}),
    # SAN-EXTRA
    case(R.SAN_EXTRA, INFO, "old.contoso.com", run_csr,
         {"sans": (*SEED_SANS, "old.contoso.com")}, {"sans": SEED_SANS}, topology=SEED),
    case(R.SAN_EXTRA, INFO, "old.contoso.com", run_cert,
         {"sans": (*SEED_SANS, "old.contoso.com")}, {"sans": SEED_SANS}, topology=SEED),
    # SAN-ORDER
    case(R.SAN_ORDER, INFO, "SAN", run_csr,
         {"sans": ("webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com")},
         {"sans": SEED_SANS}, topology=SEED),
    case(R.SAN_ORDER, INFO, "SAN", run_cert,
         {"sans": ("sip.contoso.com", "sip.fabrikam.com", "webcon.contoso.com")},
         {"sans": SEED_SANS}, topology=SEED),
    # SAN-LIMIT
    case(R.SAN_LIMIT, WARN, "SAN", run_plan, {"san_limit": 2}, {"san_limit": 3}),
    case(R.SAN_LIMIT, WARN, "SAN", run_csr,
         {"policy": Policy(default_san_limit=2)}, {"policy": Policy(default_san_limit=3)}),
    case(R.SAN_LIMIT, WARN, "SAN", run_cert,
         {"topology": replace(SEED, san_limit=2)}, {"topology": replace(SEED, san_limit=3)}),
    # XMPP-UNSUPPORTED
    case(R.XMPP_UNSUPPORTED, ERR, "XMPP federation", run_plan,
         {"product": Product.SFB_2019}, {"product": Product.SFB_2015},
         xmpp_federation=True, xmpp_domains=("contoso.com",)),
    case(R.XMPP_UNSUPPORTED, ERR, "XMPP federation", run_plan,
         {"xmpp_federation": True}, {"xmpp_federation": False},
         product=Product.SFB_2019, xmpp_domains=("contoso.com",)),
    case(R.XMPP_UNSUPPORTED, ERR, "XMPP federation", run_csr,
         {"topology": replace(XMPP_LYNC, product=Product.SFB_2019)}, {"topology": XMPP_LYNC},
         sans=(*SEED_SANS, "contoso.com")),
    # Subscription Edition is built on 2019: no XMPP either
    case(R.XMPP_UNSUPPORTED, ERR, "XMPP federation", run_plan,
         {"product": Product.SFB_SE}, {"product": Product.SFB_2015},
         xmpp_federation=True, xmpp_domains=("contoso.com",)),
    # EKU-SERVER-MISSING
    case(R.EKU_SERVER_MISSING, ERR, "EKU", run_csr,
         {"ekus": ("clientAuth",)}, {"ekus": ("serverAuth", "clientAuth")}),
    case(R.EKU_SERVER_MISSING, ERR, "EKU", run_cert,
         {"ekus": ("clientAuth",)}, {"ekus": ("serverAuth", "clientAuth")}),
    # EKU-CA-DECIDES: a request without the extension (a certificate without it is good
    # for any purpose)
    case(R.EKU_CA_DECIDES, INFO, "EKU", run_csr, {"ekus": None}, {"ekus": ("serverAuth",)}),
    # EKU-CLIENT-MISSING
    case(R.EKU_CLIENT_MISSING, ERR, "EKU", run_csr,
         {"ekus": ("serverAuth",)}, {"ekus": ("serverAuth", "clientAuth")}, topology=SEED),
    case(R.EKU_CLIENT_MISSING, ERR, "EKU", run_csr,
         {"topology": SEED}, {"topology": NO_AOL}, ekus=("serverAuth",)),
    case(R.EKU_CLIENT_MISSING, ERR, "EKU", run_csr,
         {"ekus": None}, {"ekus": ("serverAuth", "clientAuth")}, topology=SEED),
    case(R.EKU_CLIENT_MISSING, ERR, "EKU", run_cert,
         {"ekus": ("serverAuth",)}, {"ekus": ("serverAuth", "clientAuth")}, topology=POOL),
    # EKU-CLIENT-SUNSET: a warning from the first CA that gives it only on request
    # (Sectigo, 2025-09-15), an error from Chrome's date (2027-03-15)
    case(R.EKU_CLIENT_SUNSET, WARN, "Client Authentication", run_plan,
         {"at": utc(2025, 9, 15)}, {"at": utc(2025, 9, 15) - dt.timedelta(seconds=1)}),
    case(R.EKU_CLIENT_SUNSET, WARN, "Client Authentication", run_plan,
         {"pic_providers": frozenset({PicProvider.AOL})},
         {"pic_providers": frozenset({PicProvider.SKYPE})}),
    case(R.EKU_CLIENT_SUNSET, ERR, "Client Authentication", run_plan,
         {"pic_providers": frozenset({PicProvider.AOL})},
         {"pic_providers": frozenset({PicProvider.SKYPE})}, at=utc(2027, 3, 15)),
    case(R.EKU_CLIENT_SUNSET, WARN, "Client Authentication", run_csr,
         {"ekus": ("serverAuth", "clientAuth")}, {"ekus": ("serverAuth",)}),
    case(R.EKU_CLIENT_SUNSET, ERR, "Client Authentication", run_csr,
         {"ekus": ("serverAuth", "clientAuth")}, {"ekus": None}, at=utc(2028, 1, 1)),
    case(R.EKU_CLIENT_SUNSET, WARN, "Client Authentication", run_csr,
         {"at": AT}, {"at": utc(2025, 1, 1)}, topology=SEED),
    # EKU-CLIENT-DROPPED
    case(R.EKU_CLIENT_DROPPED, ERR, "EKU", run_cert,
         {"certs": _issued(drop_ekus=("clientAuth",))}, {"certs": _issued()}, request=SEED_CSR),
    # KU-INCOMPLETE
    case(R.KU_INCOMPLETE, WARN, "Key usage", run_csr,
         {"key_usage": (True, False)}, {"key_usage": (True, True)}),
    case(R.KU_INCOMPLETE, WARN, "Key usage", run_csr,
         {"key": pki.rsa_key(0)}, {"key": pki.ec_key(0)}, key_usage=(True, False)),
    case(R.KU_INCOMPLETE, WARN, "Key usage", run_cert,
         {"key_usage": (False, True)}, {"key_usage": (True, True)}),
    # KEY-RSA-SMALL
    case(R.KEY_RSA_SMALL, ERR, "Key", run_plan,
         {"key": KeySpec(rsa_bits=1024)}, {"key": KeySpec(rsa_bits=2048)}),
    case(R.KEY_RSA_SMALL, ERR, "Key", run_csr,
         {"key": pki.rsa_key(0, 1024)}, {"key": pki.rsa_key(0)}),
    case(R.KEY_RSA_SMALL, ERR, "Key", run_cert,
         {"key": pki.rsa_key(0, 1024)}, {"key": pki.rsa_key(0)}),
    # KEY-RSA-UNLISTED
    case(R.KEY_RSA_UNLISTED, WARN, "Key", run_plan,
         {"key": KeySpec(rsa_bits=3072)}, {"key": KeySpec(rsa_bits=4096)}),
    # KEY-EC
    case(R.KEY_EC, WARN, "Key", run_plan,
         {"key": KeySpec(algorithm=KeyAlgorithm.EC, curve="P-384")},
         {"key": KeySpec(algorithm=KeyAlgorithm.RSA)}),
    case(R.KEY_EC, WARN, "Key", run_csr, {"key": pki.ec_key(0)}, {"key": pki.rsa_key(0)}),
    case(R.KEY_EC, WARN, "Key", run_cert, {"key": pki.ec_key(0)}, {"key": pki.rsa_key(0)}),
    # KEY-NOT-EXPORTABLE
    case(R.KEY_NOT_EXPORTABLE, ERR, "Key", run_plan,
         {"key": KeySpec(exportable=False)}, {"key": KeySpec(exportable=True)}),
    case(R.KEY_NOT_EXPORTABLE, WARN, "Key", run_plan_on_edge,
         {"key": KeySpec(exportable=False)}, {"key": KeySpec(exportable=True)}),
    case(R.KEY_NOT_EXPORTABLE, ERR, "Key", run_plan_on_edge,
         {"key": KeySpec(exportable=False)}, {"key": KeySpec(exportable=True)},
         deployment=Deployment.DNS_POOL, server_count=2),
    case(R.KEY_NOT_EXPORTABLE, ERR, "Key", run_plan,
         {"key": KeySpec(exportable=False)}, {"key": KeySpec(exportable=True)},
         deployment=Deployment.HLB_POOL, server_count=2),
    case(R.KEY_NOT_EXPORTABLE, ERR, "Key", run_plan,
         {"key": KeySpec(exportable=False)}, {"key": KeySpec(exportable=True)},
         deployment=Deployment.DNS_POOL, server_count=4),
    # KEY-MISMATCH
    case(R.KEY_MISMATCH, ERR, "Key", run_cert,
         {"private_key": pki.ec_key(1)}, {"private_key": pki.rsa_key(0)}),
    case(R.KEY_MISMATCH, ERR, "Key", run_cert,
         {"request": Lazy(lambda e: pki.make_csr(key=pki.ec_key(1)))}, {"request": SEED_CSR}),
    case(R.KEY_MISMATCH, ERR, "Key", run_csr,
         {"private_key": pki.ec_key(1)}, {"private_key": pki.rsa_key(0)}),
    # SIG-PSS
    case(R.SIG_PSS, ERR, "Signature", run_cert, {"pss": True}, {"pss": False}, self_signed=True),
    case(R.SIG_PSS, ERR, "Signature", run_csr,
         {"csr": Lazy(lambda e: csr_with_padding(pss=True))},
         {"csr": Lazy(lambda e: csr_with_padding(pss=False))}),
    # SIG-SHA1
    case(R.SIG_SHA1, WARN, "Signature", run_cert,
         {"certs": Lazy(lambda e: [self_signed_with(SHA1_RSA)])},
         {"certs": Lazy(lambda e: [self_signed_with(pki.SHA256_RSA)])}),
    case(R.SIG_SHA1, WARN, "Signature", run_csr,
         {"csr": Lazy(lambda e: csr_signed_with(SHA1_RSA))},
         {"csr": Lazy(lambda e: csr_signed_with(pki.SHA256_RSA))}),
    # SIG-WEAK
    case(R.SIG_WEAK, ERR, "Signature", run_cert,
         {"certs": Lazy(lambda e: [self_signed_with(pki.MD5_RSA)])},
         {"certs": Lazy(lambda e: [self_signed_with(pki.SHA256_RSA)])}),
    case(R.SIG_WEAK, ERR, "Signature", run_csr,
         {"csr": Lazy(lambda e: csr_signed_with(pki.MD5_RSA))},
         {"csr": Lazy(lambda e: csr_signed_with(pki.SHA256_RSA))}),
    # CERT-EXPIRED / CERT-NOT-YET-VALID / CERT-EXPIRING (leaf: AT-10d .. AT+170d)
    case(R.CERT_EXPIRED, ERR, "Validity", run_cert,
         {"at": AT + dt.timedelta(days=171)}, {"at": AT + dt.timedelta(days=169)}),
    case(R.CERT_NOT_YET_VALID, ERR, "Validity", run_cert,
         {"at": AT - dt.timedelta(days=11)}, {"at": AT - dt.timedelta(days=9)}),
    case(R.CERT_EXPIRING, WARN, "Validity", run_cert,
         {"at": AT + dt.timedelta(days=160)}, {"at": AT + dt.timedelta(days=100)}),
    case(R.CERT_EXPIRING, WARN, "Validity", run_cert,
         {"policy": Policy(expiring_days=90)}, {"policy": DEFAULT_POLICY},
         at=AT + dt.timedelta(days=100)),
    # CERT-NO-CDP
    case(R.CERT_NO_CDP, ERR, "CRL distribution point", run_cert, {"cdp": False}, {"cdp": True}),
    # CERT-SELF-SIGNED
    case(R.CERT_SELF_SIGNED, ERR, SEED_DN, run_cert,
         {"self_signed": True}, {"self_signed": False}),
    # CERT-IS-CA
    case(R.CERT_IS_CA, ERR, "sip.contoso.com", run_cert, {"is_ca": True}, {"is_ca": False}),
    # CERT-VALIDITY-OVER-MAX (398 days for a 2025 certificate, 200 from 2026-03-15)
    case(R.CERT_VALIDITY_OVER_MAX, WARN, "Validity", run_cert,
         {"days": 399}, {"days": 398},
         not_before=utc(2025, 6, 1), at=utc(2025, 6, 2)),
    case(R.CERT_VALIDITY_OVER_MAX, WARN, "Validity", run_cert,
         {"days": 201}, {"days": 200},
         not_before=utc(2026, 4, 1), at=utc(2026, 4, 2)),
    case(R.CERT_VALIDITY_OVER_MAX, WARN, "Validity", run_cert,
         {"not_before": utc(2026, 3, 15), "at": utc(2026, 3, 16)},
         {"not_before": utc(2026, 3, 14), "at": utc(2026, 3, 15)},
         days=398),
    # CHAIN-INCOMPLETE
    case(R.CHAIN_INCOMPLETE, ERR, ISSUING_DN, run_cert,
         {"chain": []}, {"chain": Lazy(lambda e: [e.intermediate.cert])}),
    # CHAIN-UNTRUSTED
    case(R.CHAIN_UNTRUSTED, ERR, SEED_DN, run_cert,
         {"roots": Lazy(lambda e: [other_root().cert])}, {"roots": Lazy(lambda e: [e.root.cert])},
         certs=Lazy(lambda e: [e.seed_leaf, e.intermediate.cert, e.root.cert]), chain=[]),
    # CHAIN-ORDER
    case(R.CHAIN_ORDER, INFO, CERT_FILE, run_cert,
         {"certs": Lazy(lambda e: [e.intermediate.cert, e.seed_leaf])},
         {"certs": Lazy(lambda e: [e.seed_leaf, e.intermediate.cert])}, chain=[]),
    case(R.CHAIN_ORDER, INFO, CERT_FILE, run_cert,
         {"certs": Lazy(lambda e: [e.seed_leaf, e.root.cert, e.intermediate.cert])},
         {"certs": Lazy(lambda e: [e.seed_leaf, e.intermediate.cert, e.root.cert])}, chain=[]),
    # PIC-AOL-ENDED / PIC-YAHOO-ENDED
    case(R.PIC_AOL_ENDED, WARN, "AOL", run_plan,
         {"at": utc(2014, 6, 30)}, {"at": utc(2014, 6, 29)}),
    case(R.PIC_AOL_ENDED, WARN, "AOL", run_csr, {"topology": SEED}, {"topology": NO_AOL}),
    case(R.PIC_YAHOO_ENDED, WARN, "YAHOO", run_plan,
         {"pic_providers": frozenset({PicProvider.YAHOO})},
         {"pic_providers": frozenset({PicProvider.SKYPE})}),
    case(R.PIC_YAHOO_ENDED, WARN, "YAHOO", run_plan,
         {"at": AT}, {"at": utc(2014, 1, 1)}, pic_providers=frozenset({PicProvider.YAHOO})),
    # PRODUCT-EOL
    case(R.PRODUCT_EOL, INFO, "Lync Server 2013", run_plan,
         {"at": utc(2023, 4, 11)}, {"at": utc(2023, 4, 10)}),
    case(R.PRODUCT_EOL, INFO, "Skype for Business Server 2019", run_plan,
         {"at": utc(2025, 10, 14)}, {"at": utc(2025, 10, 13)}, product=Product.SFB_2019),
    case(R.PRODUCT_EOL, INFO, "Lync Server 2013", run_cert,
         {"topology": SEED}, {"topology": replace(SEED, product=Product.SFB_2015)},
         at=utc(2024, 1, 1), not_before=utc(2023, 12, 1)),
    # Subscription Edition follows the Modern Lifecycle Policy: no end, even years on
    case(R.PRODUCT_EOL, INFO, "Skype for Business Server 2019", run_plan,
         {"product": Product.SFB_2019}, {"product": Product.SFB_SE}, at=utc(2031, 1, 1)),
    # POOL-SAME-CERT
    case(R.POOL_SAME_CERT, INFO, "Edge pool", run_plan,
         {"deployment": Deployment.HLB_POOL}, {"deployment": Deployment.SINGLE}, server_count=2),
    case(R.POOL_SAME_CERT, INFO, "Edge pool", run_cert, {"topology": POOL}, {"topology": SEED}),
    # REQUEST-NAME-DROPPED / REQUEST-NAME-ADDED / REQUEST-SUBJECT-CHANGED
    case(R.REQUEST_NAME_DROPPED, ERR, "sip.fabrikam.com", run_cert,
         {"certs": _issued(drop_names=("sip.fabrikam.com",))}, {"certs": _issued()},
         request=SEED_CSR),
    case(R.REQUEST_NAME_ADDED, INFO, "www.contoso.com", run_cert,
         {"certs": _issued(add_names=("www.contoso.com",))}, {"certs": _issued()},
         request=SEED_CSR),
    case(R.REQUEST_SUBJECT_CHANGED, WARN, "webcon.contoso.com", run_cert,
         {"cn": "webcon.contoso.com"}, {"cn": "SIP.Contoso.com"}, request=SEED_CSR),
    # SUBJECT-TOO-LONG
    case(R.SUBJECT_TOO_LONG, ERR, LONG_EDGE, run_plan,
         {"access_edge_fqdn": LONG_EDGE}, {"access_edge_fqdn": LONG_EDGE[-64:].lstrip(".-")}),
    case(R.SUBJECT_TOO_LONG, ERR, LONG_EDGE, run_csr,
         {"csr": Lazy(lambda e: csr_with_long_cn(LONG_EDGE))},
         {"csr": Lazy(lambda e: csr_with_long_cn(LONG_EDGE[-64:].lstrip(".-")))}),
    # PFX-NO-KEY
    case(R.PFX_NO_KEY, WARN, PFX_FILE, run_pfx, {"with_key": False}, {"with_key": True}),
    # CSR-SIGNATURE-INVALID
    case(R.CSR_SIGNATURE_INVALID, ERR, "Signature", run_csr,
         {"csr": Lazy(lambda e: tampered_csr())}, {"csr": SEED_CSR}),
    # The Edge's Trusted Root store.
    case(R.ROOT_STORE_INTERMEDIATE, ERR, ISSUING_CA, run_roots,
         {"store": Lazy(lambda e: [e.root.cert, e.intermediate.cert])},
         {"store": Lazy(lambda e: [e.root.cert])}, policy=NO_FEDERATION),
    case(R.ROOT_STORE_DUPLICATE, WARN, ROOT_CA, run_roots,
         {"store": Lazy(lambda e: [e.root.cert, e.root.cert])},
         {"store": Lazy(lambda e: [e.root.cert])}, policy=NO_FEDERATION),
    case(R.ROOT_STORE_EXPIRED, INFO, ROOT_CA, run_roots,
         {"at": Lazy(lambda e: e.root.cert.not_valid_after_utc + dt.timedelta(days=1))},
         {"at": Lazy(lambda e: e.root.cert.not_valid_after_utc)},
         store=Lazy(lambda e: [e.root.cert]), policy=NO_FEDERATION),
    case(R.ROOT_STORE_MISSING, ERR, ROOT_CA, run_roots,
         {"store": Lazy(lambda e: [pki.make_root("Another Test Root", slot=1).cert])},
         {"store": Lazy(lambda e: [e.root.cert])},
         certificate=Lazy(lambda e: (e.seed_leaf, e.intermediate.cert, e.root.cert)),
         policy=NO_FEDERATION),
    case(R.ROOT_STORE_MISSING, WARN, "DigiCert Global Root G2", run_roots,
         {"store": Lazy(lambda e: [e.root.cert])},
         {"store": Lazy(lambda e: [e.root.cert, *federation_roots()])}),
    # probe: what DNS and the handshake said of a deployed Edge
    case(R.DNS_SRV_MISSING, ERR, FEDERATION_SRV, run_probe,
         {"srv_lookup": _srv(FEDERATION_SRV, False)}, {"srv_lookup": _srv(FEDERATION_SRV, True)}),
    case(R.DNS_SRV_MISSING, WARN, "_sip._tls.contoso.com", run_probe,
         {"srv_lookup": _srv("_sip._tls.contoso.com", False)},
         {"srv_lookup": _srv("_sip._tls.contoso.com", True)}, remote_access=True),
    case(R.DNS_SRV_TARGET_NOT_IN_SAN, ERR, "edge.contoso.com", run_probe,
         {"host": "edge.contoso.com"}, {"host": "sip.contoso.com"},
         served=SERVED, srv=(FEDERATION_SRV,)),
    case(R.DNS_NO_ADDRESS, ERR, "sip.contoso.com", run_probe,
         {"address_lookup": _addresses("sip.contoso.com")},
         {"address_lookup": _addresses("sip.contoso.com", "192.0.2.10")}),
    case(R.DNS_LOOKUP_FAILED, ERR, FEDERATION_SRV, run_probe,
         {"srv_lookup": _srv(FEDERATION_SRV, False, "no-answer")},
         {"srv_lookup": _srv(FEDERATION_SRV, False)}),
    case(R.DNS_LOOKUP_FAILED, WARN, "_sip._tls.contoso.com", run_probe,
         {"srv_lookup": _srv("_sip._tls.contoso.com", False, "server-failed")},
         {"srv_lookup": _srv("_sip._tls.contoso.com", False)}, remote_access=True),
    case(R.DNS_LOOKUP_FAILED, ERR, "sip.contoso.com", run_probe,
         {"address_lookup": _addresses("sip.contoso.com", why="no-answer")},
         {"address_lookup": _addresses("sip.contoso.com")}),
    case(R.TLS_CONNECT_FAILED, ERR, "sip.contoso.com", run_probe,
         {"failure": "refused"}, {"failure": ""}, served=SERVED),
    case(R.TLS_CHAIN_NOT_SERVED, ERR, ISSUING_DN, run_probe,
         {"served": Lazy(lambda e: (e.seed_leaf,))}, {"served": SERVED}),
    case(R.TLS_VERSION_OLD, WARN, "sip.contoso.com", run_probe,
         {"version": "TLSv1.1"}, {"version": "TLSv1.2"}, served=SERVED),
    case(R.TLS_SERVED_NOT_PLANNED, WARN, "sip.contoso.com", run_probe,
         {"topology": replace(SEED, sip_domains=("contoso.com", "adatum.com"))},
         {"topology": SEED}, served=SERVED),
    case(R.TLS_NAME_MISMATCH, ERR, "edge.contoso.com", run_probe,
         {"host": "edge.contoso.com"}, {"host": "sip.contoso.com"}, served=SERVED),
]
# fmt: on


def triples(findings: tuple[Finding, ...]) -> set[tuple[str, Severity, str]]:
    return {(f.rule.value, f.severity, f.subject) for f in findings}


@pytest.mark.parametrize("c", CASES)
def test_rule_fires(c: Case, env: Env) -> None:
    found = c.findings(env, fires=True)
    assert (c.rule.value, c.severity, c.subject) in triples(found), sorted(triples(found), key=str)


@pytest.mark.parametrize("c", CASES)
def test_twin_does_not_fire(c: Case, env: Env) -> None:
    found = c.findings(env, fires=False)
    assert c.rule.value not in {f.rule.value for f in found}, sorted(triples(found), key=str)


def _case_values() -> list[Case]:
    return [p.values[0] for p in CASES]


def test_every_rule_has_a_case_and_a_twin() -> None:
    covered = {c.rule for c in _case_values()}
    assert covered == set(RuleId), sorted(r.value for r in set(RuleId) - covered)


# --- The seed example ---------------------------------------------------------------------


def test_seed_example_plan_is_exactly_the_seed_table() -> None:
    plan = make_plan(seed_example(), at=AT)
    assert plan.subject_name == "sip.contoso.com"
    assert plan.san_names == ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
    assert plan.extended_key_usages == ("serverAuth", "clientAuth")
    assert "av.contoso.com" not in plan.san_names
    assert not plan.has_errors
    # Nothing about names: the seed's names are all right.
    assert not [f for f in plan.findings if f.rule.value.startswith(("NAME-", "SAN-", "SUBJ"))]


def test_single_ip_edge_lists_each_name_once() -> None:
    one = "edge.contoso.com"
    topology = replace(SEED, access_edge_fqdn=one, web_conferencing_edge_fqdn=one, av_edge_fqdn=one)
    plan = make_plan(topology, at=AT)
    assert plan.san_names == (one, "sip.contoso.com", "sip.fabrikam.com")
    rules = {f.rule for f in plan.findings}
    assert not rules & {R.SAN_DUPLICATE, R.SAN_AV_PRESENT, R.SAN_WEBCONF_MISSING}


def test_seed_certificate_passes_the_edge_rules(env: Env) -> None:
    found = run_cert(env, topology=SEED)
    assert {f.rule for f in found} <= {R.PIC_AOL_ENDED, R.PRODUCT_EOL}


# --- KEY-NOT-EXPORTABLE: error for a pool or a key pic-wizard makes, else a warning -------


@pytest.mark.parametrize(
    ("deployment", "servers", "origin", "severity"),
    [
        (Deployment.SINGLE, 1, KeyOrigin.PIC_WIZARD, ERR),
        (Deployment.SINGLE, 1, KeyOrigin.EDGE_SERVER, WARN),
        (Deployment.DNS_POOL, 2, KeyOrigin.PIC_WIZARD, ERR),
        (Deployment.DNS_POOL, 2, KeyOrigin.EDGE_SERVER, ERR),
        (Deployment.HLB_POOL, 3, KeyOrigin.EDGE_SERVER, ERR),
    ],
)
def test_key_not_exportable_severity_depends_on_the_deployment_and_the_key_origin(
    deployment: Deployment, servers: int, origin: KeyOrigin, severity: Severity
) -> None:
    from pic_wizard.core.rules.plan import must_be_exportable

    topology = replace(
        SEED, deployment=deployment, server_count=servers, key=KeySpec(exportable=False)
    )
    plan = make_plan(topology, at=AT, key_origin=origin)
    found = [f for f in plan.findings if f.rule is R.KEY_NOT_EXPORTABLE]
    assert [(f.severity, f.subject) for f in found] == [(severity, "Key")]
    assert must_be_exportable(deployment, origin) is (severity is ERR)


# --- EKU-CLIENT-SUNSET: a warning from the first public CA that gives it only on request
# (Sectigo, 2025-09-15), an error from the day no public CA may issue it (Chrome Root
# Program policy v1.8, 2027-03-15) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "severity"),
    [
        (utc(2025, 1, 1), None),
        (utc(2025, 9, 15) - dt.timedelta(seconds=1), None),
        (utc(2025, 9, 15), WARN),
        (AT, WARN),
        (utc(2026, 7, 8), WARN),  # Let's Encrypt no longer issues it
        (utc(2026, 12, 5), WARN),
        (utc(2027, 3, 1), WARN),  # DigiCert, the last of the named CAs
        (utc(2027, 3, 15) - dt.timedelta(seconds=1), WARN),
        (utc(2027, 3, 15), ERR),
        (utc(2028, 1, 1), ERR),
    ],
)
def test_eku_client_sunset_is_dated(at: dt.datetime, severity: Severity | None) -> None:
    plan = make_plan(SEED, at=at)
    request = check_request(pki.make_csr(), CSR_FILE, CheckOptions(topology=SEED, at=at))
    for findings in (plan.findings, request.findings):
        found = [f.severity for f in findings if f.rule is R.EKU_CLIENT_SUNSET]
        assert found == ([severity] if severity else [])
    # The seed example's plan is refused from Chrome's date: no request, INF or script.
    assert plan.has_errors is (severity is ERR)


def test_eku_client_sunset_names_the_cutoffs() -> None:
    (f,) = [f for f in make_plan(SEED, at=AT).findings if f.rule is R.EKU_CLIENT_SUNSET]
    assert f.params["cutoffs"] == (
        "Let's Encrypt 2026-07-08, Sectigo 2027-02-10, DigiCert 2027-03-01"
    )
    assert f.params["forbidden"] == "2027-03-15"
    message = render_message(f)
    assert "Let's Encrypt 2026-07-08" in message and "none may issue it from 2027-03-15" in message
    assert "private CA" in render_fix(f) and "AOL off" in render_fix(f)


def test_eku_client_sunset_says_no_public_ca_may_issue_it_once_chrome_forbids_it() -> None:
    at = utc(2027, 4, 1)
    (f,) = [f for f in make_plan(SEED, at=at).findings if f.rule is R.EKU_CLIENT_SUNSET]
    assert f.severity is ERR
    assert render_message(f) == (
        "Client Authentication is requested, but no public CA may issue it in a TLS "
        "certificate issued on or after 2027-03-15 (Chrome Root Program)."
    )
    # The way out: the same plan without AOL is not refused.
    no_aol = replace(SEED, pic_providers=frozenset())
    assert not make_plan(no_aol, at=at).has_errors


def test_eku_client_sunset_is_about_requests_not_issued_certificates(env: Env) -> None:
    assert R.EKU_CLIENT_SUNSET not in {f.rule for f in run_cert(env, topology=SEED)}
    later = run_cert(env, topology=SEED, at=utc(2027, 4, 1), not_before=utc(2027, 3, 1))
    assert R.EKU_CLIENT_SUNSET not in {f.rule for f in later}


def test_eku_client_sunset_follows_the_policy() -> None:
    none = Policy(client_auth_cutoffs=())
    assert R.EKU_CLIENT_SUNSET not in {f.rule for f in make_plan(SEED, none, at=AT).findings}
    # Without a root program's date, it stays a warning.
    cas_only = Policy(
        client_auth_cutoffs=tuple(c for c in DEFAULT_POLICY.client_auth_cutoffs if not c.every_ca)
    )
    late = [f for f in make_plan(SEED, cas_only, at=utc(2030, 1, 1)).findings
            if f.rule is R.EKU_CLIENT_SUNSET]  # fmt: skip
    assert [f.severity for f in late] == [WARN]
    assert "none may" not in render_message(late[0])


def test_client_auth_dates_are_the_published_ones() -> None:
    cutoffs = {c.who: c for c in DEFAULT_POLICY.client_auth_cutoffs}
    assert cutoffs["Let's Encrypt"].date == utc(2026, 7, 8)
    assert cutoffs["Let's Encrypt"].opt_in_from == utc(2026, 2, 11)
    assert cutoffs["Sectigo"].date == utc(2027, 2, 10)
    assert cutoffs["DigiCert"].date == utc(2027, 3, 1)
    assert cutoffs["Chrome Root Program"].date == utc(2027, 3, 15)
    assert [c.who for c in cutoffs.values() if c.every_ca] == ["Chrome Root Program"]
    assert DEFAULT_POLICY.client_auth_ends == utc(2027, 3, 15)
    assert DEFAULT_POLICY.client_auth_fading == utc(2025, 9, 15)


# --- EKU-CA-DECIDES: a request without an EKU extension leaves the usages to the CA --------


def test_request_without_eku_is_information_not_an_error(env: Env) -> None:
    found = run_csr(env, ekus=None)
    assert [(f.rule, f.severity) for f in found if f.rule.value.startswith("EKU")] == [
        (R.EKU_CA_DECIDES, INFO)
    ]
    (f,) = [f for f in found if f.rule is R.EKU_CA_DECIDES]
    assert render_message(f) == (
        "The request asks for no enhanced key usage: the certification "
        "authority's product decides which usages the certificate gets."
    )


def test_request_with_eku_but_no_server_authentication_stays_an_error(env: Env) -> None:
    found = run_csr(env, ekus=("clientAuth",))
    assert (R.EKU_SERVER_MISSING, ERR) in [(f.rule, f.severity) for f in found]
    assert R.EKU_CA_DECIDES not in {f.rule for f in found}


def test_certificate_without_eku_is_good_for_any_purpose(env: Env) -> None:
    rules = {f.rule for f in run_cert(env, ekus=None)}
    assert not rules & {R.EKU_SERVER_MISSING, R.EKU_CA_DECIDES}


def test_request_without_eku_with_aol_does_not_ask_for_client_authentication(env: Env) -> None:
    """AOL needs Client Authentication, which public CAs no longer add unless asked: a
    request that asks for no usage will not get it (an error), and is not warned about a
    usage it does not ask for."""
    found = run_csr(env, ekus=None, topology=SEED)
    rules = {f.rule: f.severity for f in found}
    assert rules[R.EKU_CA_DECIDES] is INFO
    assert rules[R.EKU_CLIENT_MISSING] is ERR
    assert R.EKU_SERVER_MISSING not in rules and R.EKU_CLIENT_SUNSET not in rules


# --- CERT-VALIDITY-OVER-MAX: the dated schedule of the Baseline Requirements ---------------


@pytest.mark.parametrize(
    ("not_before", "days", "over"),
    [
        (utc(2025, 1, 15), 398, False),
        (utc(2025, 1, 15), 399, True),
        (utc(2025, 12, 31), 398, False),
        (utc(2026, 3, 14), 398, False),
        (utc(2026, 3, 15), 200, False),
        (utc(2026, 3, 15), 201, True),
        (utc(2026, 4, 1), 200, False),
        (utc(2026, 4, 1), 201, True),
        (utc(2026, 4, 1), 398, True),
        (utc(2027, 3, 15), 100, False),
        (utc(2027, 3, 15), 101, True),
    ],
)
def test_validity_over_max_uses_the_dated_schedule(
    env: Env, not_before: dt.datetime, days: int, over: bool
) -> None:
    found = run_cert(env, not_before=not_before, days=days, at=not_before + dt.timedelta(days=1))
    hits = [f for f in found if f.rule is R.CERT_VALIDITY_OVER_MAX]
    assert bool(hits) is over
    if over:
        assert hits[0].severity is WARN
        assert hits[0].params["days"] == str(days)
        assert hits[0].params["max_days"] == str(DEFAULT_POLICY.max_validity_days(not_before))


def test_validity_limits_of_the_schedule() -> None:
    assert DEFAULT_POLICY.max_validity_days(utc(2025, 6, 1)) == 398
    assert DEFAULT_POLICY.max_validity_days(utc(2026, 4, 1)) == 200
    assert DEFAULT_POLICY.max_validity_days(utc(2028, 1, 1)) == 100
    assert DEFAULT_POLICY.max_validity_days(utc(2029, 3, 15)) == 47


# --- Text: every finding renders, with every field it names --------------------------------


@pytest.fixture
def every_finding(env: Env) -> list[Finding]:
    found: dict[Finding, None] = {}
    for c in _case_values():
        found.update(dict.fromkeys(c.findings(env, fires=True)))
    return list(found)


def test_every_finding_renders_a_message_and_a_fix(every_finding: list[Finding]) -> None:
    assert {f.rule for f in every_finding} == set(RuleId)
    for f in every_finding:
        for text in (render_message(f), render_fix(f)):
            assert text.strip(), f
            assert "{" not in text and "}" not in text, (f, text)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_finding_carries_the_fields_its_text_names(every_finding: list[Finding]) -> None:
    for f in every_finding:
        spec = CATALOGUE[f.rule]
        needed = _fields(spec.message) | _fields(spec.fix)
        missing = needed - set(f.params) - ({"name"} if f.subject else set())
        assert not missing, (f.rule.value, missing)


# --- The catalogue against the specification's table ---------------------------------------


def test_catalogue_covers_every_rule_of_the_specification() -> None:
    assert {r.value for r in RuleId} == set(DOMAIN_SEVERITIES) | set(ADDED_SEVERITIES)
    assert set(CATALOGUE) == set(RuleId)


@pytest.mark.parametrize("rule", list(RuleId), ids=lambda r: r.value)
def test_catalogue_severity_matches_the_specification(rule: RuleId) -> None:
    spec = CATALOGUE[rule]
    written = DOMAIN_SEVERITIES.get(rule.value) or ADDED_SEVERITIES[rule.value]
    # "E/W": the catalogue holds the error; the finding lowers it where the table says so.
    assert spec.severity is LETTER[written.split("/")[0]]
    assert spec.rule is rule
    assert spec.title and spec.message and spec.fix


def test_xmpp_without_listed_domains_uses_the_default_sip_domain(env: Env) -> None:
    plan = make_plan(replace(SEED, xmpp_federation=True, xmpp_domains=()), at=AT)
    assert plan.san_names[-1] == "contoso.com"
    found = run_cert(env, topology=replace(SEED, xmpp_federation=True))
    assert ("SAN-XMPP-MISSING", Severity.WARNING, "contoso.com") in triples(found)
    assert "SAN-XMPP-MISSING" not in rules_of(run_cert(env, topology=SEED))


def test_missing_access_edge_is_one_error_not_also_a_sip_domain_warning(env: Env) -> None:
    found = run_cert(env, topology=SEED, sans=("webcon.contoso.com", "sip.fabrikam.com"))
    assert ("SAN-ACCESS-EDGE-MISSING", Severity.ERROR, "sip.contoso.com") in triples(found)
    assert [f for f in found if f.rule.value == "SAN-SIP-DOMAIN-MISSING"] == []
    # the other SIP domain is still warned about
    found = run_cert(env, topology=SEED, sans=("sip.contoso.com", "webcon.contoso.com"))
    assert ("SAN-SIP-DOMAIN-MISSING", Severity.WARNING, "sip.fabrikam.com") in triples(found)


def test_md5_self_signed_certificate_is_called_self_signed(env: Env) -> None:
    cert = pki.resign(pki.make_leaf(None)[0], pki.rsa_key(0), pki.MD5_RSA, hashes.MD5())
    assert cert.signature_algorithm_oid.dotted_string == "1.2.840.113549.1.1.4"
    found = run_cert(env, certs=[cert])
    assert {"CERT-SELF-SIGNED", "SIG-WEAK"} <= rules_of(found)
    assert not {r for r in rules_of(found) if r.startswith("CHAIN-")}


def test_altered_leaf_from_a_known_issuer_is_untrusted_not_incomplete(env: Env) -> None:
    leaf, _ = pki.make_leaf(env.intermediate)
    altered = x509.load_der_x509_certificate(
        pki.patch_signature_oid(pki.der(leaf), "2a8648ce3d040302", "2a8648ce3d040303")
    )  # ecdsa-with-SHA256 relabelled ecdsa-with-SHA384: the issuer is there, the signature fails
    found = run_cert(env, certs=[altered])
    assert "CHAIN-INCOMPLETE" not in rules_of(found)
    (untrusted,) = [f for f in found if f.rule.value == "CHAIN-UNTRUSTED"]
    assert "does not verify" in untrusted.params["reason"]


def rules_of(findings: tuple[Finding, ...]) -> set[str]:
    return {f.rule.value for f in findings}


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (utc(2026, 12, 5), "public CAs are dropping it"),
        (utc(2027, 3, 1), "the public CAs named have stopped issuing it"),
        (utc(2027, 3, 14), "the public CAs named have stopped issuing it"),
        (utc(2027, 3, 15), "no public CA may issue it"),
    ],
)
def test_the_sunset_says_what_asking_for_it_still_does(day: dt.datetime, words: str) -> None:
    """Once every CA named has stopped (DigiCert, the last, on 2027-03-01), "unless your
    order asks for it" would send the admin after what no CA gives any more."""
    from pic_wizard.core.rules.content_rules import client_auth_sunset
    from pic_wizard.core.values.findings import render_message

    sunset = client_auth_sunset(DEFAULT_POLICY, day)
    assert sunset is not None
    text = render_message(sunset)
    assert words in text
    assert ("unless your order asks" in text.lower()) is (day < utc(2027, 3, 1))
