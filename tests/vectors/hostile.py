"""Hostile inputs for the loader: files that cost minutes or gigabytes to read naively.

The small ones are committed beside this script (``python tests/vectors/hostile.py DIR``
writes them again); the large ones are made by the tests into a temporary folder with
``write_large``.  Each is a valid-looking file with one number or one count pushed beyond
what any real exporter writes.
"""

from __future__ import annotations

import datetime as dt
import secrets
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

HERE = Path(__file__).resolve().parent
PASSWORD = b"Edge-PFX-2026!"
HUGE = 2**31 - 1  # the largest iteration count a 32-bit signed integer holds

# --- a tiny DER tree: enough to push one number in an otherwise valid file ----------------

Node = tuple[int, list["Node"] | bytes]


def _length(data: bytes, pos: int) -> tuple[int, int]:
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    count = first & 0x7F
    return int.from_bytes(data[pos + 1 : pos + 1 + count], "big"), pos + 1 + count


def decode(data: bytes) -> Node:
    node, end = _decode(data, 0)
    assert end == len(data)
    return node


def _decode(data: bytes, pos: int) -> tuple[Node, int]:
    tag = data[pos]
    length, start = _length(data, pos + 1)
    end = start + length
    if tag & 0x20:
        children = []
        child = start
        while child < end:
            node, child = _decode(data, child)
            children.append(node)
        return (tag, children), end
    return (tag, data[start:end]), end


def encode(node: Node) -> bytes:
    tag, value = node
    content = b"".join(encode(c) for c in value) if isinstance(value, list) else value
    size = len(content)
    if size < 0x80:
        header = bytes([size])
    else:
        raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
        header = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + header + content


def integer(value: int) -> Node:
    return (0x02, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def replace(node: Node, path: list[int | str], new: Node) -> Node:
    """``node`` with the element at ``path`` replaced; the step "d" decodes an OCTET
    STRING's content as DER (a PFX's SafeContents)."""
    if not path:
        return new
    step, rest = path[0], path[1:]
    tag, value = node
    if step == "d":
        assert isinstance(value, bytes)
        return (tag, encode(replace(decode(value), rest, new)))
    assert isinstance(value, list) and isinstance(step, int)
    return (tag, [replace(c, rest, new) if i == step else c for i, c in enumerate(value)])


def get(node: Node, path: list[int | str]) -> Node:
    for step in path:
        _tag, value = node
        node = decode(value) if step == "d" else value[step]  # type: ignore[index,assignment]
    return node


# --- the certificates and keys -------------------------------------------------------------


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _certificate(
    key: ec.EllipticCurvePrivateKey, subject_key: object = None, cn: str = "sip.contoso.com"
) -> x509.Certificate:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name("Hostile Test CA"))
        .public_key(subject_key or key.public_key())  # type: ignore[arg-type]
        .serial_number(0x1234)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )


def _pfx(rounds: int = 2048, aes: bool = False) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = serialization.PrivateFormat.PKCS12.encryption_builder().kdf_rounds(rounds)
    if aes:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
    else:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
    return pkcs12.serialize_key_and_certificates(
        b"Edge", key, _certificate(key), None, builder.build(PASSWORD)
    )


# PFX: SEQUENCE { version, authSafe ContentInfo, macData SEQUENCE { mac, salt, iterations } }
_MAC_ITERATIONS = [2, 2]
# authSafe [0] OCTET STRING -> AuthenticatedSafe: its first ContentInfo holds the
# certificates (encryptedData), the second the key (a clear SafeContents).
_AUTH_SAFE = [1, 1, 0, "d"]
_KEY_PBKDF2_ITERATIONS = [*_AUTH_SAFE, 1, 1, 0, "d", 0, 1, 0, 0, 1, 0, 1, 1]
_CERT_PBE_ITERATIONS = [*_AUTH_SAFE, 0, 1, 0, 1, 1, 1, 1]


def pfx_mac_iterations(count: int = HUGE) -> bytes:
    """A PFX whose MAC asks for ``count`` iterations (the MAC itself is then wrong: a
    loader that computes it spends minutes before finding so)."""
    return encode(replace(decode(_pfx()), _MAC_ITERATIONS, integer(count)))


def pfx_key_iterations(count: int = HUGE) -> bytes:
    """An AES PFX with no MAC whose key's PBKDF2 asks for ``count`` iterations."""
    tree = decode(_pfx(aes=True))
    assert get(tree, _KEY_PBKDF2_ITERATIONS) == integer(2048)
    tree = replace(tree, _KEY_PBKDF2_ITERATIONS, integer(count))
    tag, parts = tree
    assert isinstance(parts, list)
    return encode((tag, parts[:2]))  # without its MacData


def pfx_certificate_iterations(count: int = HUGE) -> bytes:
    """A PFX whose encrypted certificates ask for ``count`` PKCS#12 PBE iterations."""
    tree = decode(_pfx())
    assert get(tree, _CERT_PBE_ITERATIONS) == integer(2048)
    tree = replace(tree, _CERT_PBE_ITERATIONS, integer(count))
    tag, parts = tree
    assert isinstance(parts, list)
    return encode((tag, parts[:2]))


def encrypted_key_iterations(count: int = HUGE) -> bytes:
    """An ENCRYPTED PRIVATE KEY (PBES2, PBKDF2) asking for ``count`` iterations."""
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSWORD),
    )
    tree = decode(pem)
    path = [0, 1, 0, 1, 1]  # algorithm, PBES2-params, keyDerivationFunc, params, count
    assert get(tree, path)[0] == 0x02
    der = encode(replace(tree, path, integer(count)))
    return _pem(b"ENCRYPTED PRIVATE KEY", der)


def _pem(label: bytes, der: bytes) -> bytes:
    import base64

    body = base64.encodebytes(der).replace(b"\n", b"")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        b"-----BEGIN "
        + label
        + b"-----\n"
        + b"\n".join(lines)
        + b"\n-----END "
        + label
        + b"-----\n"
    )


def _huge_public_key(bits: int) -> rsa.RSAPublicKey:
    n = secrets.randbits(bits) | (1 << (bits - 1)) | 1
    return rsa.RSAPublicNumbers(65537, n).public_key()


def certificate_huge_key(bits: int = 20000) -> bytes:
    """A certificate for an RSA public key of ``bits`` bits (above OpenSSL's 16384)."""
    ca = ec.generate_private_key(ec.SECP256R1())
    return _certificate(ca, _huge_public_key(bits)).public_bytes(serialization.Encoding.PEM)


def request_huge_key(bits: int = 20000) -> bytes:
    """A request whose public key is an RSA key of ``bits`` bits (its signature is then
    wrong: checking it would verify with that key)."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(_name("sip.contoso.com"))
    der = csr.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    spki = _huge_public_key(bits).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    tree = replace(decode(der), [0, 2], decode(spki))
    return _pem(b"CERTIFICATE REQUEST", encode(tree))


SMALL = {
    "pfx-mac-iterations-2147483647.pfx": pfx_mac_iterations,
    "pfx-key-pbkdf2-2147483647.pfx": pfx_key_iterations,
    "pfx-certificates-pbe-2147483647.pfx": pfx_certificate_iterations,
    "key-pbkdf2-2147483647.pem": encrypted_key_iterations,
    "certificate-rsa-20000-bits.pem": certificate_huge_key,
    "request-rsa-20000-bits.pem": request_huge_key,
}


# --- the large ones, made at test time ------------------------------------------------------


def rsa_key_huge_prime(prime_bits: int = 393_216) -> bytes:
    """A 96 KB RSA private key whose first "prime" has ``prime_bits`` bits: checking it
    took 25 s (quadratic in its size)."""
    p = secrets.randbits(prime_bits) | (1 << (prime_bits - 1)) | 1
    q = secrets.randbits(512) | (1 << 511) | 1
    d = secrets.randbits(1024) | 1  # odd, so that d mod (p-1) and d mod (q-1) are odd
    numbers = rsa.RSAPrivateNumbers(
        p, q, d, d % (p - 1), d % (q - 1), 1, rsa.RSAPublicNumbers(65537, p * q)
    )
    key = numbers.private_key(unsafe_skip_rsa_key_validation=True)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


def many_keys(count: int = 500) -> bytes:
    """One PEM of ``count`` RSA 2048 keys (the same one): 15 s to check them all."""
    key = rsa.generate_private_key(65537, 2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key * count


def begin_lines(count: int = 20_000) -> bytes:
    """BEGIN lines and no END: 560 KB that took 74 s (each BEGIN rescanned the rest)."""
    return b"-----BEGIN CERTIFICATE-----\n" * count


def many_certificates_pkcs7(count: int = 10_000) -> bytes:
    """A PKCS#7 chain of ``count`` certificates (the same small one)."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _certificate(key)
    return pkcs7.serialize_certificates([cert] * count, serialization.Encoding.DER)


def many_certificates_pem(count: int = 8_000) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return _certificate(key).public_bytes(serialization.Encoding.PEM) * count


def ber_nesting(depth: int = 500_000) -> bytes:
    """Indefinite-length SEQUENCEs nested ``depth`` deep (1 MB)."""
    return b"\x30\x80" * depth + b"\x00\x00" * depth


LARGE = {
    "rsa-key-huge-prime.pem": rsa_key_huge_prime,
    "pem-500-keys.pem": many_keys,
    "pem-begin-lines.pem": begin_lines,
    "pkcs7-10000-certificates.p7b": many_certificates_pkcs7,
    "pem-8000-certificates.pem": many_certificates_pem,
    "ber-nesting.der": ber_nesting,
}


def write_large(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(LARGE[name]())
    return path


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    large = "--large" in argv
    for name, make in (LARGE if large else SMALL).items():
        (folder / name).write_bytes(make())
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
