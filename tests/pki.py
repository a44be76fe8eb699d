"""A small in-test PKI: a root, intermediates, Edge leaves, and deliberately broken ones.

Nothing here is shipped; the tests build every certificate they need, at a fixed time,
so no test depends on today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pic_wizard.core.values.record import frozen

# Every test judges at this moment (after the first Client Authentication cutoffs, while
# public certificates may last 200 days).
AT = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
# The --at of every command-line run that plans: the seed example asks for Client
# Authentication, which no public CA may issue from 2027-03-15 (its plan is then refused).
AT_DAY = AT.date().isoformat()

SEED_SANS = ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
EKU = {"serverAuth": ExtendedKeyUsageOID.SERVER_AUTH, "clientAuth": ExtendedKeyUsageOID.CLIENT_AUTH}


@functools.cache
def rsa_key(slot: int = 0, bits: int = 2048) -> rsa.RSAPrivateKey:
    """RSA keys are slow to make: each slot is made once per test session."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@functools.cache
def ec_key(slot: int = 0) -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def name(cn: str, org: str = "pic-wizard tests") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def ski(key: Any) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


@frozen
class CA:
    cert: x509.Certificate
    key: Any

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def make_root(cn: str = "pic-wizard Test Root CA", slot: int = 0) -> CA:
    key = ec_key(100 + slot)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(AT - dt.timedelta(days=3650))
        .not_valid_after(AT + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ski(key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CA(cert, key)


def make_intermediate(
    root: CA, cn: str = "pic-wizard Test Issuing CA", slot: int = 0, aia_url: str = ""
) -> CA:
    key = ec_key(200 + slot)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(AT - dt.timedelta(days=1000))
        .not_valid_after(AT + dt.timedelta(days=1000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ski(key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()),
            critical=False,
        )
    )
    if aia_url:
        builder = builder.add_extension(_aia(aia_url), critical=False)
    return CA(builder.sign(root.key, hashes.SHA256()), key)


def _aia(url: str) -> x509.AuthorityInformationAccess:
    return x509.AuthorityInformationAccess(
        [
            x509.AccessDescription(
                x509.oid.AuthorityInformationAccessOID.CA_ISSUERS,
                x509.UniformResourceIdentifier(url),
            )
        ]
    )


def usage_extensions(
    builder: Any,
    sans: tuple[str, ...] | None,
    ip_sans: tuple[str, ...],
    ekus: tuple[str, ...] | None,
    key_usage: tuple[bool, bool] | None,
    is_ca: bool,
) -> Any:
    """SAN, EKU and key usage, the same for a certificate and a request (None: absent)."""
    if sans is not None or ip_sans:
        import ipaddress

        general: list[x509.GeneralName] = [x509.DNSName(n) for n in sans or ()]
        general += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ip_sans]
        builder = builder.add_extension(x509.SubjectAlternativeName(general), critical=False)
    if ekus is not None:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([EKU[e] for e in ekus]), critical=False
        )
    if key_usage is not None:
        ds, ke = key_usage
        builder = builder.add_extension(
            x509.KeyUsage(ds, False, ke, False, False, is_ca, is_ca, False, False),
            critical=True,
        )
    return builder


def make_leaf(
    issuer: CA | None,
    *,
    cn: str | None = "sip.contoso.com",
    sans: tuple[str, ...] | None = SEED_SANS,
    ip_sans: tuple[str, ...] = (),
    ekus: tuple[str, ...] | None = ("serverAuth", "clientAuth"),
    key: Any = None,
    key_usage: tuple[bool, bool] | None = (True, True),  # digitalSignature, keyEncipherment
    cdp: bool = True,
    is_ca: bool = False,
    not_before: dt.datetime | None = None,
    days: int = 180,
    hash_algorithm: hashes.HashAlgorithm | None = None,
    pss: bool = False,
    aia_url: str = "",
) -> tuple[x509.Certificate, Any]:
    """An Edge leaf issued by ``issuer`` (self-signed when None), seed names by default."""
    key = key if key is not None else rsa_key(0)
    start = not_before or AT - dt.timedelta(days=10)
    subject = name(cn) if cn is not None else x509.Name([])
    signer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days) - dt.timedelta(seconds=1))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(ski(key), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
    builder = usage_extensions(builder, sans, ip_sans, ekus, key_usage, is_ca)
    if cdp:
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier("http://crl.example.com/issuing.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
    if aia_url:
        builder = builder.add_extension(_aia(aia_url), critical=False)
    algorithm = hash_algorithm or hashes.SHA256()
    if pss:
        cert = builder.sign(
            signer_key,
            algorithm,
            rsa_padding=padding.PSS(padding.MGF1(algorithm), padding.PSS.DIGEST_LENGTH),
        )
    else:
        cert = builder.sign(signer_key, algorithm)
    return cert, key


def make_csr(
    *,
    cn: str | None = "sip.contoso.com",
    sans: tuple[str, ...] | None = SEED_SANS,
    ekus: tuple[str, ...] | None = ("serverAuth", "clientAuth"),
    key: Any = None,
    key_usage: tuple[bool, bool] | None = (True, True),
    hash_algorithm: hashes.HashAlgorithm | None = None,
) -> x509.CertificateSigningRequest:
    key = key if key is not None else rsa_key(0)
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        name(cn) if cn is not None else x509.Name([])
    )
    builder = usage_extensions(builder, sans, (), ekus, key_usage, is_ca=False)
    return builder.sign(key, hash_algorithm or hashes.SHA256())


def issue_from_csr(
    issuer: CA,
    csr: x509.CertificateSigningRequest,
    *,
    drop_ekus: tuple[str, ...] = (),
    drop_names: tuple[str, ...] = (),
    add_names: tuple[str, ...] = (),
    days: int = 180,
) -> x509.Certificate:
    """What a public CA does with a request: copy names and EKUs, maybe drop some."""
    sans = [
        n
        for n in csr.extensions.get_extension_for_class(
            x509.SubjectAlternativeName
        ).value.get_values_for_type(x509.DNSName)
        if n not in drop_names
    ] + list(add_names)
    try:
        requested = csr.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        ekus = tuple(k for k, oid in EKU.items() if oid in requested and k not in drop_ekus)
    except x509.ExtensionNotFound:
        ekus = ("serverAuth",)
    cn_attrs = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    cert, _ = make_leaf(
        issuer,
        cn=str(cn_attrs[0].value) if cn_attrs else None,
        sans=tuple(sans),
        ekus=ekus,
        key=_PublicOnly(csr.public_key()),
        days=days,
    )
    return cert


class _PublicOnly:
    """Lets make_leaf put a request's public key in a certificate."""

    def __init__(self, public_key: Any) -> None:
        self._public = public_key

    def public_key(self) -> Any:
        return self._public


def with_extension(
    cert: x509.Certificate,
    issuer: CA,
    extension: x509.ExtensionType,
    *,
    critical: bool,
    subject: x509.Name | None = None,
) -> x509.Certificate:
    """``cert`` issued again by ``issuer`` with one more extension (and another subject)."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject or cert.subject)
        .issuer_name(cert.issuer)
        .public_key(cert.public_key())  # type: ignore[arg-type]
        .serial_number(cert.serial_number)
        .not_valid_before(cert.not_valid_before_utc)
        .not_valid_after(cert.not_valid_after_utc)
    )
    for ext in cert.extensions:
        builder = builder.add_extension(ext.value, ext.critical)
    return builder.add_extension(extension, critical=critical).sign(issuer.key, hashes.SHA256())


# An extension no client knows: a certificate that marks it critical must be refused.
UNKNOWN_EXTENSION = x509.UnrecognizedExtension(
    x509.ObjectIdentifier("1.3.6.1.4.1.55555.1"), b"\x05\x00"
)


def pem(*items: Any) -> bytes:
    out = b""
    for item in items:
        if isinstance(item, CA):
            item = item.cert
        out += item.public_bytes(serialization.Encoding.PEM)
    return out


def der(item: Any) -> bytes:
    return item.public_bytes(serialization.Encoding.DER)


def key_pem(key: Any, password: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def patch_signature_oid(cert_der: bytes, old_oid_hex: str, new_oid_hex: str) -> bytes:
    """Swap the signature algorithm OID in both places of a DER certificate (same length):
    how the tests make an MD5-signed certificate without an MD5 signer."""
    old, new = bytes.fromhex(old_oid_hex), bytes.fromhex(new_oid_hex)
    assert len(old) == len(new) and cert_der.count(old) == 2
    return cert_der.replace(old, new)


SHA256_RSA = "2a864886f70d01010b"
MD5_RSA = "2a864886f70d010104"


def _der_header(data: bytes, offset: int) -> tuple[int, int]:
    """(header length, value length) of the DER element at ``offset``."""
    first = data[offset + 1]
    if first < 0x80:
        return 2, first
    count = first & 0x7F
    return 2 + count, int.from_bytes(data[offset + 2 : offset + 2 + count], "big")


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def resign(
    cert: x509.Certificate, key: Any, new_oid_hex: str, algorithm: hashes.HashAlgorithm
) -> x509.Certificate:
    """The certificate re-signed with an algorithm cryptography will not sign with (MD5):
    a genuine signature, for the rules that must judge such certificates."""
    data = der(cert)
    outer, _ = _der_header(data, 0)
    tbs_header, tbs_length = _der_header(data, outer)
    tbs = data[outer : outer + tbs_header + tbs_length]
    old = bytes.fromhex(SHA256_RSA)
    assert tbs.count(old) == 1
    tbs = tbs.replace(old, bytes.fromhex(new_oid_hex))
    signature = key.sign(tbs, padding.PKCS1v15(), algorithm)
    oid = b"\x06" + _der_length(len(bytes.fromhex(new_oid_hex))) + bytes.fromhex(new_oid_hex)
    algorithm_id = b"\x30" + _der_length(len(oid) + 2) + oid + b"\x05\x00"
    bits = b"\x03" + _der_length(len(signature) + 1) + b"\x00" + signature
    body = tbs + algorithm_id + bits
    return x509.load_der_x509_certificate(b"\x30" + _der_length(len(body)) + body)


def write_current_files(folder: Any, root: CA, intermediate: CA) -> dict[str, Any]:
    """Files an admin checks today: a certificate of the seed example valid now (with its
    issuing CA), its key, another key, and the root, written in ``folder`` (a Path)."""
    now = dt.datetime.now(dt.UTC)
    leaf, key = make_leaf(intermediate, not_before=now - dt.timedelta(days=1), days=90)
    files = {
        "cert": folder / "good.pem",
        "key": folder / "good.key",
        "other_key": folder / "other.key",
        "roots": folder / "root.pem",
    }
    files["cert"].write_bytes(pem(leaf, intermediate))
    files["key"].write_bytes(key_pem(key))
    files["other_key"].write_bytes(key_pem(rsa_key(7)))
    files["roots"].write_bytes(pem(root.cert))
    return files
