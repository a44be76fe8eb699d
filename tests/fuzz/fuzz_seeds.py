"""Real inputs, made here with cryptography, that the fuzz strategies mutate: every kind of
file an admin gives pic-wizard (certificates, chains, PKCS#7, PFX with and without a
password, requests, keys, CRLs, UTF-16 and Base64 text).

A file is a list of parts, so a mutation can change the DER inside one PEM block and wrap
it again."""

from __future__ import annotations

import base64
import datetime as dt
import functools

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

from pic_wizard.core.values.record import frozen

import pki

PFX_PASSWORD = b"pfx-password"
KEY_PASSWORD = b"key-password"


@frozen
class Part:
    der: bytes
    label: str = ""  # a PEM label; "" for DER as it is


@frozen
class Seed:
    name: str
    parts: tuple[Part, ...]
    password: bytes | None = None
    text: str = ""  # "utf-16", "base64": how the whole file is written


def pem_block(label: str, der: bytes, *, width: int = 64, newline: bytes = b"\n") -> bytes:
    body = base64.b64encode(der)
    lines = [body[i : i + width] for i in range(0, len(body), width)] or [b""]
    head = f"-----BEGIN {label}-----".encode("ascii", "replace")
    tail = f"-----END {label}-----".encode("ascii", "replace")
    return newline.join([head, *lines, tail]) + newline


def render(seed: Seed, parts: tuple[Part, ...] | None = None) -> bytes:
    parts = seed.parts if parts is None else parts
    data = b"".join(pem_block(p.label, p.der) if p.label else p.der for p in parts)
    if seed.text == "base64":
        data = base64.encodebytes(data)
    elif seed.text == "utf-16":
        data = data.decode("latin-1").encode("utf-16")
    return data


@frozen
class Pki:
    root: pki.CA
    intermediate: pki.CA
    leaf: x509.Certificate
    leaf_key: object
    request: x509.CertificateSigningRequest


@functools.cache
def seed_pki() -> Pki:
    root = pki.make_root()
    intermediate = pki.make_intermediate(root, aia_url="http://ca.example.com/issuing.crt")
    leaf, key = pki.make_leaf(intermediate)
    return Pki(root, intermediate, leaf, key, pki.make_csr())


def _crl(ca: pki.CA) -> bytes:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(pki.AT - dt.timedelta(days=1))
        .next_update(pki.AT + dt.timedelta(days=6))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(1234)
            .revocation_date(pki.AT - dt.timedelta(days=2))
            .build()
        )
    )
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _pfx(
    name: bytes | None, key: object, cert: x509.Certificate, cas: list, password: bytes | None
) -> bytes:
    if password is None:
        encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
    else:
        # What Windows exports: 3DES and SHA-1, 2,000-odd iterations.
        encryption = (
            serialization.PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(2048)
            .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .hmac_hash(hashes.SHA1())
            .build(password)
        )
    return pkcs12.serialize_key_and_certificates(name, key, cert, cas, encryption)  # type: ignore[arg-type]


def _enveloped(cert: x509.Certificate) -> bytes:
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(b"not a certificate chain")
        .add_recipient(cert)
        .encrypt(serialization.Encoding.DER, [])
    )


@functools.cache
def seeds() -> tuple[Seed, ...]:
    p = seed_pki()
    leaf, inter, root = pki.der(p.leaf), pki.der(p.intermediate.cert), pki.der(p.root.cert)
    ec_leaf, ec_key = pki.make_leaf(p.intermediate, key=pki.ec_key(7), sans=("sip.contoso.com",))
    ip_leaf, _ = pki.make_leaf(
        p.intermediate, ip_sans=("192.0.2.1", "2001:db8::1"), ekus=("serverAuth",), cdp=False
    )
    self_signed, _ = pki.make_leaf(None, days=400)
    certs = [p.leaf, p.intermediate.cert, p.root.cert]
    cas = certs[1:]
    p7 = pkcs7.serialize_certificates(certs, serialization.Encoding.DER)
    csr = pki.der(p.request)
    key = p.leaf_key
    pkcs8 = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    traditional = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    ec_der = ec_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    encrypted = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(KEY_PASSWORD),
    )
    crl = _crl(p.intermediate)
    chain_parts = (Part(leaf, "CERTIFICATE"), Part(inter, "CERTIFICATE"), Part(root, "CERTIFICATE"))
    return (
        Seed("leaf.cer", (Part(leaf),)),
        Seed("leaf.pem", (Part(leaf, "CERTIFICATE"),)),
        Seed("ec-leaf.pem", (Part(pki.der(ec_leaf), "CERTIFICATE"),)),
        Seed("ip-leaf.cer", (Part(pki.der(ip_leaf)),)),
        Seed("self-signed.pem", (Part(pki.der(self_signed), "CERTIFICATE"),)),
        Seed("chain.pem", chain_parts),
        Seed("chain-and-key.pem", (*chain_parts, Part(pkcs8, "PRIVATE KEY"))),
        Seed("chain.p7b", (Part(p7),)),
        Seed("chain-p7.pem", (Part(p7, "PKCS7"),)),
        Seed("chain-p7-windows.pem", (Part(p7, "CERTIFICATE"),)),
        Seed("enveloped.p7m", (Part(_enveloped(p.leaf)),)),
        Seed("enveloped-p7.pem", (Part(_enveloped(p.leaf), "PKCS7"),)),
        Seed("password.pfx", (Part(_pfx(b"Edge", key, p.leaf, cas, PFX_PASSWORD)),), PFX_PASSWORD),
        Seed("no-password.pfx", (Part(_pfx(None, key, p.leaf, cas, None)),)),
        Seed("request.req", (Part(csr, "NEW CERTIFICATE REQUEST"),)),
        Seed("request.der", (Part(csr),)),
        Seed("key.pem", (Part(pkcs8, "PRIVATE KEY"),)),
        Seed("rsa-key.pem", (Part(traditional, "RSA PRIVATE KEY"),)),
        Seed("ec-key.pem", (Part(ec_der, "EC PRIVATE KEY"),)),
        Seed("encrypted-key.pem", (Part(encrypted, "ENCRYPTED PRIVATE KEY"),), KEY_PASSWORD),
        Seed("key.der", (Part(pkcs8),)),
        Seed("crl.pem", (Part(crl, "X509 CRL"),)),
        Seed("crl.crl", (Part(crl),)),
        Seed("leaf-utf16.pem", (Part(leaf, "CERTIFICATE"),), text="utf-16"),
        Seed("chain-utf16.pem", chain_parts, text="utf-16"),
        Seed("leaf-base64.txt", (Part(leaf),), text="base64"),
    )
