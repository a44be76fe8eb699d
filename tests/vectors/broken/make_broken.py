"""Write the broken inputs the loaders must refuse, one small file each, and
``expected.json``: the file, the password to try (if any) and the error code the loader
must give (through the check use case, as both front ends read them).  Run it from the
repository's root to regenerate them:

    python tests/vectors/broken/make_broken.py

The files are committed; ``tests/core/usecases/test_broken_vectors.py`` checks each one."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

HERE = Path(__file__).resolve().parent
WHEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _key(seed: int) -> ec.EllipticCurvePrivateKey:
    # Deterministic keys, so regenerating gives the same files.
    return ec.derive_private_key(seed, ec.SECP256R1())


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _certificate() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    ca_key, key = _key(1001), _key(1002)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("sip.contoso.com"))
        .issuer_name(_name("pic-wizard Broken Vectors CA"))
        .public_key(key.public_key())
        .serial_number(0x1CE)
        .not_valid_before(WHEN)
        .not_valid_after(WHEN + dt.timedelta(days=199))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("sip.contoso.com")]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return cert, key


def _pem_block(label: str, body: bytes) -> bytes:
    text = base64.encodebytes(body).decode("ascii").replace("\n", "")
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return (f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n").encode()


def vectors() -> list[tuple[str, bytes, str, str | None]]:
    """(file name, content, expected error code, password)."""
    cert, key = _certificate()
    der = cert.public_bytes(serialization.Encoding.DER)
    pem = cert.public_bytes(serialization.Encoding.PEM)
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name("sip.contoso.com"))
        .sign(key, hashes.SHA256())
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(_name("pic-wizard Broken Vectors CA"))
        .last_update(WHEN)
        .next_update(WHEN + dt.timedelta(days=7))
        .sign(_key(1001), hashes.SHA256())
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    encrypted_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"right password"),
    )
    pfx = pkcs12.serialize_key_and_certificates(
        b"edge", key, cert, None, serialization.BestAvailableEncryption(b"right password")
    )
    key_only_pfx = pkcs12.serialize_key_and_certificates(
        b"edge", key, None, None, serialization.NoEncryption()
    )
    lines = pem.splitlines(keepends=True)
    return [
        ("empty.cer", b"", "file-empty", None),
        ("blank-lines.cer", b"\r\n \n\t\n", "file-empty", None),
        ("truncated.pem", b"".join(lines[: len(lines) // 2]), "pem-truncated", None),
        ("truncated.der", der[: len(der) * 2 // 3], "der-truncated", None),
        ("damaged-base64.pem", pem.replace(lines[3], b"!!!!" + lines[3][4:]), "pem-damaged", None),
        ("random-bytes.bin", bytes(range(7, 250, 3)) * 4, "unknown-format", None),
        ("plain-text.txt", b"This is the certificate you asked for.\n", "unknown-format", None),
        ("crl.crl", crl.public_bytes(serialization.Encoding.DER), "crl-not-certificate", None),
        ("crl.pem", crl.public_bytes(serialization.Encoding.PEM), "crl-not-certificate", None),
        ("public-key-only.pem", public, "nothing-usable", None),
        ("key-only.pem", encrypted_key, "key-only", "right password"),
        ("pfx-wrong-password.pfx", pfx, "password-wrong", "wrong password"),
        ("pfx-no-password.pfx", pfx, "password-required", None),
        ("pfx-without-certificate.pfx", key_only_pfx, "pkcs12-empty", None),
        (
            "pkcs7-without-certificate.p7b",
            pkcs7.serialize_certificates([cert], serialization.Encoding.DER)[: -len(der) - 2],
            "der-truncated",
            None,
        ),
        (
            "request-with-a-certificate-label.pem",
            _pem_block("CERTIFICATE", csr.public_bytes(serialization.Encoding.DER)),
            "pem-damaged",
            None,
        ),
    ]


def main() -> int:
    expected = {}
    for name, data, code, password in vectors():
        (HERE / name).write_bytes(data)
        expected[name] = {"code": code, "password": password}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
