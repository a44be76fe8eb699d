"""Read a certificate or a request into the values the rules read (``content``), and
show its names as Windows does.  Only the check path imports this module: it brings in
cryptography, which the wizard's start-up and ``plan`` do without."""

from __future__ import annotations

import functools

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.x509.oid import NameOID

from ..values.content import EKU_OIDS, Content, KeyInfo, Kind, dn_string, signature_info
from ..values.topology import Organization

_CURVES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}


def key_info(public_key: PublicKeyTypes) -> KeyInfo:
    if isinstance(public_key, rsa.RSAPublicKey):
        return KeyInfo("rsa", public_key.key_size)
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return KeyInfo(
            "ec", public_key.key_size, _CURVES.get(public_key.curve.name, public_key.curve.name)
        )
    return KeyInfo(type(public_key).__name__.removeprefix("_").replace("PublicKey", "").lower())


def public_key_bits(public_key: PublicKeyTypes) -> int:
    """The size that makes a key costly to use: RSA's modulus (or a larger exponent),
    DSA's and DH's prime, an EC curve's size (small: the curves are fixed)."""
    if isinstance(public_key, rsa.RSAPublicKey):
        numbers = public_key.public_numbers()
        return max(numbers.n.bit_length(), numbers.e.bit_length())
    # Without naming DSA and DH, which cryptography warns about as deprecated.
    size = getattr(public_key, "key_size", 0)
    return size if isinstance(size, int) else 0


_KU_FIELDS = (
    "digital_signature",
    "content_commitment",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _extensions_content(
    extensions: x509.Extensions,
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str] | None, frozenset[str] | None]:
    dns: tuple[str, ...] = ()
    ips: tuple[str, ...] = ()
    ekus: frozenset[str] | None = None
    kus: frozenset[str] | None = None
    for ext in extensions:
        value = ext.value
        if isinstance(value, x509.SubjectAlternativeName):
            dns = tuple(value.get_values_for_type(x509.DNSName))
            ips = tuple(str(ip) for ip in value.get_values_for_type(x509.IPAddress))
        elif isinstance(value, x509.ExtendedKeyUsage):
            ekus = frozenset(EKU_OIDS.get(o.dotted_string, o.dotted_string) for o in value)
        elif isinstance(value, x509.KeyUsage):
            kus = frozenset(_camel(f) for f in _KU_FIELDS if getattr(value, f))
    return dns, ips, ekus, kus


def common_name(name: x509.Name) -> str | None:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not values:
        return None
    value = values[-1].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def certificate_content(cert: x509.Certificate) -> Content:
    return _content("certificate", cert.subject, cert.extensions, public_key(cert), cert)


def request_content(csr: x509.CertificateSigningRequest) -> Content:
    return _content("request", csr.subject, csr.extensions, csr.public_key(), csr)


def _content(
    kind: Kind,
    subject: x509.Name,
    extensions: x509.Extensions,
    key: PublicKeyTypes,
    signed: x509.Certificate | x509.CertificateSigningRequest,
) -> Content:
    dns, ips, ekus, kus = _extensions_content(extensions)
    return Content(
        kind=kind,
        common_name=common_name(subject),
        dns_names=dns,
        ip_names=ips,
        extended_key_usages=ekus,
        key_usages=kus,
        key=key_info(key),
        signature=signature_info(signed.signature_algorithm_oid.dotted_string),
    )


_DN_SHORT = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.5": "SERIALNUMBER",
    "0.9.2342.19200300.100.1.25": "DC",
    "1.2.840.113549.1.9.1": "E",
}


def dn_text(name: x509.Name) -> str:
    """A distinguished name as pic-wizard shows every subject: CN first (``dn_string``)."""
    rdns = []
    for rdn in reversed(name.rdns):
        attrs = []
        for attr in rdn:
            key = _DN_SHORT.get(attr.oid.dotted_string, attr.oid.dotted_string)
            value = attr.value if isinstance(attr.value, str) else attr.value.hex()
            attrs.append((key, value))
        rdns.append(attrs)
    return dn_string(rdns)


def same_key_bytes(key: PublicKeyTypes) -> bytes:
    """The DER SubjectPublicKeyInfo: equal bytes, same key (any algorithm)."""
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@functools.lru_cache(maxsize=2048)
def public_key(cert: x509.Certificate) -> PublicKeyTypes:
    """A certificate's public key, loaded once (cryptography loads it at every call)."""
    return cert.public_key()


@functools.lru_cache(maxsize=2048)
def subject_text(cert: x509.Certificate) -> str:
    return dn_text(cert.subject)


@functools.lru_cache(maxsize=2048)
def issuer_text(cert: x509.Certificate) -> str:
    return dn_text(cert.issuer)


def organization_of(name: x509.Name) -> Organization:
    """The organization fields of a subject (the last of each, as Windows shows them)."""

    def last(oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        value = values[-1].value if values else ""
        return value if isinstance(value, str) else value.decode("utf-8", "replace")

    return Organization(
        organization=last(NameOID.ORGANIZATION_NAME),
        organizational_unit=last(NameOID.ORGANIZATIONAL_UNIT_NAME),
        locality=last(NameOID.LOCALITY_NAME),
        state=last(NameOID.STATE_OR_PROVINCE_NAME),
        country=last(NameOID.COUNTRY_NAME).upper(),
    )
