#!/usr/bin/env python3
"""The mixed set of the audit-independence test: good leaves that warm every cache, and
leaves whose verdict a shortcut through an issuer already validated would change.

    python tests/vectors/make_independence_set.py OUT-FOLDER [--good N]

Writes ``roots.pem`` (the trusted roots), ``chain.pem`` (every intermediate, cross-signs
included) and one PEM per leaf.  Each hostile leaf is signed by a genuine issuer, so only
its own content (version, serial, time encoding, validity, critical extension) or its
issuer's standing (expired, untrusted, name-constrained, not a CA, no keyCertSign) can
decide its verdict.  All dates are around ``pki.AT``: check with ``--at 2026-06-01``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pki

AT_ARGUMENT = pki.AT.date().isoformat()


# ---------------------------------------------------------------- DER surgery


def _element(data: bytes, offset: int) -> tuple[int, int]:
    """(start of the value, end of the element) of the DER element at ``offset``."""
    header, length = pki._der_header(data, offset)
    return offset + header, offset + header + length


def _children(data: bytes) -> list[bytes]:
    """The encoded elements of a SEQUENCE's value ``data``."""
    out, offset = [], 0
    while offset < len(data):
        _, end = _element(data, offset)
        out.append(data[offset:end])
        offset = end
    return out


def _sequence(parts: list[bytes], tag: int = 0x30) -> bytes:
    body = b"".join(parts)
    return bytes([tag]) + pki._der_length(len(body)) + body


def _tbs_parts(cert: x509.Certificate) -> list[bytes]:
    tbs = cert.tbs_certificate_bytes
    start, end = _element(tbs, 0)
    return _children(tbs[start:end])


def _signed(tbs_parts: list[bytes], issuer_key: Any) -> x509.Certificate:
    """The TBS re-assembled and signed again by the issuer's (EC) key."""
    assert isinstance(issuer_key, ec.EllipticCurvePrivateKey)
    tbs = _sequence(tbs_parts)
    signature = issuer_key.sign(tbs, ec.ECDSA(hashes.SHA256()))
    algorithm = _sequence([b"\x06\x08" + bytes.fromhex("2a8648ce3d040302")])
    bits = b"\x03" + pki._der_length(len(signature) + 1) + b"\x00" + signature
    return x509.load_der_x509_certificate(_sequence([tbs, algorithm, bits]))


def _generalized(utc_element: bytes) -> bytes:
    """A UTCTime (YYMMDDHHMMSSZ) as the GeneralizedTime RFC 5280 forbids before 2050."""
    value = utc_element[2:].decode("ascii")
    text = ("20" + value).encode("ascii")
    return b"\x18" + pki._der_length(len(text)) + text


def negative_serial(parts: list[bytes]) -> list[bytes]:
    return [parts[0], b"\x02\x02\xff\x01", *parts[2:]]


def generalized_time(parts: list[bytes]) -> list[bytes]:
    start, end = _element(parts[4], 0)
    not_before, not_after = _children(parts[4][start:end])
    validity = _sequence([_generalized(not_before), not_after])
    return [*parts[:4], validity, *parts[5:]]


def inverted_validity(parts: list[bytes]) -> list[bytes]:
    start, end = _element(parts[4], 0)
    not_before, not_after = _children(parts[4][start:end])
    return [*parts[:4], _sequence([not_after, not_before]), *parts[5:]]


def version_1(parts: list[bytes]) -> list[bytes]:
    # No version field (v1) and, as X.509 v1 has none, no extensions.
    assert parts[0][0] == 0xA0 and parts[-1][0] == 0xA3
    return parts[1:-1]


# ---------------------------------------------------------------- the set


def _issuer(
    parent: pki.CA,
    cn: str,
    slot: int,
    *,
    ca: bool = True,
    key_cert_sign: bool = True,
    permitted: str = "",
    expired: bool = False,
    key: Any = None,
) -> pki.CA:
    key = key if key is not None else pki.ec_key(300 + slot)
    start = pki.AT - dt.timedelta(days=1000)
    end = pki.AT - dt.timedelta(days=30) if expired else pki.AT + dt.timedelta(days=1000)
    builder = (
        x509.CertificateBuilder()
        .subject_name(pki.name(cn))
        .issuer_name(parent.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, key_cert_sign, True, False, False),
            critical=True,
        )
        .add_extension(pki.ski(key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(parent.key.public_key()),
            critical=False,
        )
    )
    if permitted:
        builder = builder.add_extension(
            x509.NameConstraints([x509.DNSName(permitted)], None), critical=True
        )
    return pki.CA(builder.sign(parent.key, hashes.SHA256()), key)


def _leaf(issuer: pki.CA, slot: int, **kwargs: Any) -> x509.Certificate:
    return pki.make_leaf(issuer, key=pki.ec_key(400 + slot), **kwargs)[0]


def _patched(
    issuer: pki.CA, slot: int, change: Callable[[list[bytes]], list[bytes]]
) -> x509.Certificate:
    return _signed(change(_tbs_parts(_leaf(issuer, slot))), issuer.key)


def build(folder: Path, good: int = 4) -> dict[str, Path]:
    """Write the set into ``folder``; return the leaves' paths by name, good ones first."""
    root = pki.make_root("Independence Root CA", slot=40)
    other_root = pki.make_root("Independence Other Root CA", slot=41)
    stranger_root = pki.make_root("Independence Untrusted Root CA", slot=42)
    issuing = pki.make_intermediate(root, "Independence Issuing CA", slot=40)
    # The same CA (name and key) certified by the second root too: a cross-sign.
    cross = pki.make_intermediate(other_root, "Independence Issuing CA", slot=40)
    cross = pki.CA(cross.cert, issuing.key)
    expired = _issuer(root, "Independence Expired CA", 1, expired=True)
    stranger = _issuer(stranger_root, "Independence Stranger CA", 2)
    constrained = _issuer(root, "Independence Constrained CA", 3, permitted="example.org")
    not_ca = _issuer(root, "Independence Not A CA", 4, ca=False)
    no_cert_sign = _issuer(root, "Independence No keyCertSign CA", 5, key_cert_sign=False)

    leaves: dict[str, x509.Certificate] = {f"good-{i}": _leaf(issuing, 10 + i) for i in range(good)}
    leaves.update(
        {
            "unknown-critical-ext": _with_unknown_critical(issuing, 1),
            "negative-serial": _patched(issuing, 2, negative_serial),
            "generalized-time-before-2050": _patched(issuing, 3, generalized_time),
            "version-1": _patched(issuing, 4, version_1),
            "inverted-validity": _patched(issuing, 5, inverted_validity),
            "expired-leaf": _leaf(issuing, 6, not_before=pki.AT - dt.timedelta(days=400)),
            "expired-issuer": _leaf(expired, 7),
            "untrusted-issuer": _leaf(stranger, 8),
            "name-constrained-issuer": _leaf(constrained, 9),
            "not-ca-issuer": _leaf(not_ca, 20),
            "no-keycertsign-issuer": _leaf(no_cert_sign, 21),
            "cross-signed": _leaf(cross, 22),
        }
    )

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "roots.pem").write_bytes(pki.pem(root, other_root))
    intermediates = (issuing, cross, expired, stranger, constrained, not_ca, no_cert_sign)
    (folder / "chain.pem").write_bytes(pki.pem(*intermediates))
    paths: dict[str, Path] = {}
    for label, cert in leaves.items():
        paths[label] = folder / f"{label}.pem"
        paths[label].write_bytes(pki.pem(cert))
    return paths


def _with_unknown_critical(issuer: pki.CA, slot: int) -> x509.Certificate:
    return pki.with_extension(_leaf(issuer, slot), issuer, pki.UNKNOWN_EXTENSION, critical=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--good", type=int, default=4)
    args = parser.parse_args()
    for path in build(args.folder, args.good).values():
        print(path)


if __name__ == "__main__":
    main()
