"""Read a certificate or a request into the values the rules read (``content``), and
show its names as Windows does.  Only the check path imports this module: it brings in
cryptography, which the wizard's start-up and ``plan`` do without."""

from __future__ import annotations

import datetime as dt
import hashlib

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.x509.oid import NameOID

from ..values.record import frozen

try:  # the two enums alone, loaded with x509 already; the public package that re-exports
    # them also loads its SSH and cipher modules (3 ms of every check's start)
    from cryptography.hazmat.primitives._serialization import Encoding, PublicFormat
except ImportError:  # pragma: no cover  (another layout of cryptography)
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..values.content import (
    CLIENT_AUTH,
    EKU_OIDS,
    SERVER_AUTH,
    Content,
    KeyInfo,
    Kind,
    dn_string,
    signature_info,
)
from ..values.edge import Organization

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


# Each key usage field with the name the rules give it, in the order viewers list them.
_KU_NAMES = tuple((f, _camel(f)) for f in _KU_FIELDS)
_KU_ORDER = {name: i for i, (_, name) in enumerate(_KU_NAMES)}


# What one pass over a certificate's (or request's) extensions reads: its DNS names and IP
# addresses, its EKUs and key usages (None: the extension is absent), whether it names a
# CRL distribution point, and whether it is a CA certificate (basic constraints).
_ExtensionsRead = tuple[
    tuple[str, ...], tuple[str, ...], frozenset[str] | None, frozenset[str] | None, bool, bool
]


def _extensions_content(extensions: x509.Extensions) -> _ExtensionsRead:
    dns: tuple[str, ...] = ()
    ips: tuple[str, ...] = ()
    ekus: frozenset[str] | None = None
    kus: frozenset[str] | None = None
    cdp = ca = False
    for ext in extensions:
        value = ext.value
        # By exact type: cryptography makes these classes themselves, and an isinstance
        # check against its extension types (abstract classes) costs a call each time,
        # for every extension of every certificate of an audit.
        kind = type(value)
        if kind is x509.SubjectAlternativeName:
            dns, ips = san_names(value)
        elif kind is x509.ExtendedKeyUsage:
            ekus = frozenset(EKU_OIDS.get(o.dotted_string, o.dotted_string) for o in value)
        elif kind is x509.KeyUsage:
            kus = frozenset(name for f, name in _KU_NAMES if getattr(value, f))
        elif kind is x509.CRLDistributionPoints:
            cdp = True
        elif kind is x509.BasicConstraints:
            ca = bool(value.ca)
    return dns, ips, ekus, kus, cdp, ca


def san_names(san: x509.SubjectAlternativeName) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The DNS names and IP addresses, in their order, in one pass by exact type (as
    ``get_values_for_type`` gives them, without its abstract-class check per name)."""
    dns: list[str] = []
    ips: list[str] = []
    for general in san:
        kind = type(general)
        if kind is x509.DNSName:
            dns.append(general.value)
        elif kind is x509.IPAddress:
            ips.append(str(general.value))
    return tuple(dns), tuple(ips)


def common_name(name: x509.Name) -> str | None:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not values:
        return None
    value = values[-1].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def certificate_content(cert: x509.Certificate, key: PublicKeyTypes | None = None) -> Content:
    """``key``: the certificate's public key, when the caller has loaded it (cryptography
    loads it again at every ``public_key()``)."""
    return certificate_reading(cert, key)[0]


def certificate_reading(
    cert: x509.Certificate, key: PublicKeyTypes | None = None
) -> tuple[Content, bool, bool]:
    """``certificate_content``, whether the certificate names a CRL distribution point,
    and whether it is a CA certificate (as ``chain.is_ca`` says): read in one pass over
    its extensions, which a check would otherwise walk three times."""
    key = cert.public_key() if key is None else key
    read = _extensions_content(cert.extensions)
    return _content("certificate", cert.subject, read, key, cert), read[4], read[5]


def request_content(csr: x509.CertificateSigningRequest) -> Content:
    read = _extensions_content(csr.extensions)
    return _content("request", csr.subject, read, csr.public_key(), csr)


def _content(
    kind: Kind,
    subject: x509.Name,
    read: _ExtensionsRead,
    key: PublicKeyTypes,
    signed: x509.Certificate | x509.CertificateSigningRequest,
) -> Content:
    dns, ips, ekus, kus = read[:4]
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


# The text of each name seen: an audit shows the same issuer (and roots) thousands of
# times.  Keyed by the Name itself (its hash is cheap, where encoding it again is not):
# equal names with one attribute per RDN list the same attributes in the same order,
# hence the same text.  A name with a multi-valued RDN (equal whatever the order of
# its attributes) is shown without being remembered.  Bounded: a few hundred bytes each.
_DN_TEXTS: dict[x509.Name, str] = {}
_DN_TEXTS_MAX = 4096


# The same texts by the identity of the Name asked last (the Name kept alive with its
# id): the chain's and the roots' certificates are the same objects for every file of a
# run, and a Name's hash is a Python call per RDN.  A few dozen: each file's own names
# pass through it too.
_DN_BY_ID: dict[int, tuple[x509.Name, str]] = {}
_DN_BY_ID_MAX = 64


def dn_text(name: x509.Name) -> str:
    """A distinguished name as pic-wizard shows every subject: CN first (``dn_string``).
    Made once per name."""
    seen = _DN_BY_ID.get(id(name))
    if seen is not None and seen[0] is name:
        return seen[1]
    text = _DN_TEXTS.get(name)
    if text is None:
        text = _dn_text(name)
        if all(len(rdn) == 1 for rdn in name.rdns):
            if len(_DN_TEXTS) >= _DN_TEXTS_MAX:
                _DN_TEXTS.clear()
            _DN_TEXTS[name] = text
    if len(_DN_BY_ID) >= _DN_BY_ID_MAX:
        _DN_BY_ID.clear()
    _DN_BY_ID[id(name)] = (name, text)
    return text


def _dn_text(name: x509.Name) -> str:
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
    return key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def subject_text(cert: x509.Certificate) -> str:
    """The subject as Windows shows it (made once per name: ``dn_text``)."""
    return dn_text(cert.subject)


def issuer_text(cert: x509.Certificate) -> str:
    return dn_text(cert.issuer)


@frozen
class RequestDetails:
    """What a checked request says, as read once (the front ends and reports show it)."""

    subject: str  # as Windows shows it, most specific first
    subject_alternative_names: tuple[str, ...]  # DNS names, then IP addresses
    extended_key_usages: tuple[str, ...]  # Server Authentication first
    key_usages: tuple[str, ...]
    key: str  # "RSA 2048", "EC P-256"


@frozen
class CertificateDetails(RequestDetails):
    """What a checked certificate says, as read once."""

    issuer: str
    serial_number: str  # hexadecimal, upper case
    not_before: dt.datetime
    not_after: dt.datetime
    # The thumbprint as Windows shows it (certlm.msc, Set-CsCertificate -Thumbprint).
    thumbprint_sha1: str
    fingerprint_sha256: str


def _eku_list(content: Content) -> tuple[str, ...]:
    # Server Authentication first, as certificate viewers list it.
    order = {SERVER_AUTH: 0, CLIENT_AUTH: 1}
    return tuple(sorted(content.extended_key_usages or (), key=lambda e: (order.get(e, 2), e)))


def _ku_list(content: Content) -> tuple[str, ...]:
    order = _KU_ORDER
    return tuple(sorted(content.key_usages or (), key=lambda k: order.get(k, len(order))))


def request_details(csr: x509.CertificateSigningRequest, content: Content) -> RequestDetails:
    return RequestDetails(
        subject=dn_text(csr.subject),
        subject_alternative_names=content.dns_names + content.ip_names,
        extended_key_usages=_eku_list(content),
        key_usages=_ku_list(content),
        key=content.key.description,
    )


# The DER each of the last few certificates read was decoded from, by identity (the
# certificate kept alive with its id): a check shows its thumbprints, and cryptography
# encodes a certificate anew at every ``public_bytes`` (most of a file's details).
_DER: dict[int, tuple[x509.Certificate, bytes]] = {}
_DER_MAX = 64


def remember_der(cert: x509.Certificate, der: bytes) -> None:
    """``der``: the bytes ``cert`` was parsed from, whole (``load_der_x509_certificate``)."""
    if len(_DER) >= _DER_MAX:
        _DER.clear()
    _DER[id(cert)] = (cert, der)


def der_of(cert: x509.Certificate) -> bytes:
    """The certificate's DER: the bytes it was read from when remembered, else encoded."""
    known = _DER.get(id(cert))
    if known is not None and known[0] is cert:
        return known[1]
    return cert.public_bytes(Encoding.DER)


def certificate_details(
    cert: x509.Certificate,
    content: Content,
    subject: str | None = None,
    issuer: str | None = None,
) -> CertificateDetails:
    """``content``: the certificate's, read once by the caller; ``subject`` and
    ``issuer``: their texts, when the caller has them."""
    der = der_of(cert)
    return CertificateDetails(
        subject=dn_text(cert.subject) if subject is None else subject,
        subject_alternative_names=content.dns_names + content.ip_names,
        extended_key_usages=_eku_list(content),
        key_usages=_ku_list(content),
        key=content.key.description,
        issuer=dn_text(cert.issuer) if issuer is None else issuer,
        serial_number=f"{cert.serial_number:X}",
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        thumbprint_sha1=thumbprint_of(der),
        fingerprint_sha256=fingerprint_of(der),
    )


def thumbprint_of(der: bytes) -> str:
    """The SHA-1 thumbprint of a certificate's DER, as Windows shows it (the name
    Get-ChildItem and Set-CsCertificate -Thumbprint use)."""
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()


def fingerprint_of(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate's DER."""
    return hashlib.sha256(der).hexdigest().upper()


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
