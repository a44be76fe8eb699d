"""The subject alternative names a check reads: DNS names and IP addresses, each in the
order the certificate or request lists them, whatever other kinds of name it mixes in."""

from __future__ import annotations

import ipaddress

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from pic_wizard.core.x509.view import certificate_content, request_content

import pki

MIXED: list[x509.GeneralName] = [
    x509.UniformResourceIdentifier("https://sip.contoso.com/"),
    x509.DNSName("sip.contoso.com"),
    x509.IPAddress(ipaddress.ip_address("2001:db8::5")),
    x509.RFC822Name("admin@contoso.com"),
    x509.DNSName("webcon.contoso.com"),
    x509.IPAddress(ipaddress.ip_address("192.0.2.10")),
    x509.DNSName("sip.fabrikam.com"),
]
DNS = ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
IPS = ("2001:db8::5", "192.0.2.10")


def test_a_request_mixing_kinds_of_names() -> None:
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(pki.name("sip.contoso.com"))
        .add_extension(x509.SubjectAlternativeName(MIXED), critical=False)
        .sign(pki.rsa_key(0), hashes.SHA256())
    )
    content = request_content(csr)
    assert (content.dns_names, content.ip_names) == (DNS, IPS)


def test_a_certificate_mixing_kinds_of_names(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=DNS, ip_sans=("2001:db8::5", "192.0.2.10"))
    content = certificate_content(leaf)
    assert (content.dns_names, content.ip_names) == (DNS, IPS)


def test_no_alternative_names(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=None)
    content = certificate_content(leaf)
    assert (content.dns_names, content.ip_names) == ((), ())
