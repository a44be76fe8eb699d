"""What opening a password-protected PFX or key would cost, read before it is opened.

A PFX (PKCS#12) and an encrypted key (PKCS#8) carry their own iteration counts, and
nothing in them is authenticated before the keys are derived: a 3 KB file asking for
2,147,483,647 iterations keeps a CPU busy for many minutes per password tried.  This
module reads the counts with ``der``'s bounded reader, so the loader can refuse a file
before any key derivation.

What can be read without a password: the MAC's iterations (``MacData`` or PBMAC1), the
encryption of every encrypted ``SafeContents`` (the certificates, in a Windows or OpenSSL
PFX), and every shrouded key bag of a ``SafeContents`` that is not encrypted (where every
exporter puts the key).  What cannot: bags inside an encrypted ``SafeContents``, which are
only visible once it is decrypted; no exporter nests a shrouded key there, but a crafted
file may, and its cost is then out of sight.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..values.record import frozen
from . import der

# Real exporters write a few thousand: Windows 2000 (MAC and PBE, AES or 3DES), OpenSSL
# 2048, Java's keytool 10,000 (50,000 and 100,000 before JDK 12); the most found anywhere
# is OWASP's 600,000 for PBKDF2-HMAC-SHA256, which some tools now use for keys.  One
# million is far above all of them and still derives in about a third of a second.
# OpenSSL's PEM password callback takes at most 1023 bytes: the longest passphrase or PFX
# password pic-wizard writes a file under.
MAX_PASSPHRASE_BYTES = 1023

MAX_ITERATIONS = 1_000_000
# All the derivations of one attempt to open a PFX (the MAC, the certificates, the keys):
# three derivations at 1,000,000 each.
MAX_TOTAL_ITERATIONS = 3_000_000
# scrypt's work is N x r x p blocks; OpenSSL writes N=16384, r=8, p=1 (131,072).
MAX_SCRYPT_WORK = 1 << 22
# The encrypted form of the largest key a certificate uses (RSA 16384 bits is about
# 9.5 KB in PKCS#8): more than this is no key pic-wizard reads, and checking it is slow.
MAX_ENCRYPTED_KEY_BYTES = 16 * 1024
# Bags a PFX may hold outside its encrypted parts (a key and a few certificates).
MAX_BAGS = 1000

_RSADSI = bytes.fromhex("2a864886f70d01")  # 1.2.840.113549.1
_PKCS12_PBE = _RSADSI + bytes.fromhex("0c01")  # 1.2.840.113549.1.12.1.*
_PBES1 = {_RSADSI + bytes([5, n]) for n in (1, 3, 4, 6, 10, 11)}
PBES2 = _RSADSI + bytes.fromhex("050d")
PBKDF2 = _RSADSI + bytes.fromhex("050c")
_PBMAC1 = _RSADSI + bytes.fromhex("050e")
_SCRYPT = bytes.fromhex("2b06010401da47040b")  # 1.3.6.1.4.1.11591.4.11
_DATA = _RSADSI + bytes.fromhex("0701")
_ENCRYPTED_DATA = _RSADSI + bytes.fromhex("0706")
_SHROUDED_KEY_BAG = _RSADSI + bytes.fromhex("0c0a0102")
_SAFE_CONTENTS_BAG = _RSADSI + bytes.fromhex("0c0a0106")


@frozen
class Derivation:
    """One key derivation the file asks for: where, and how many iterations."""

    where: str  # "MAC", "certificates", "key"
    iterations: int
    scrypt: bool = False


@frozen
class Excess:
    """Why opening would cost too much, in numbers for the message."""

    where: str
    count: int
    limit: int


class Pkcs12Shape(der.DerError):
    """The PFX is not readable as a PKCS#12 structure."""


def pkcs12_derivations(data: bytes) -> tuple[list[Derivation], list[int]]:
    """The derivations a PFX asks for that can be seen without its password, and the
    sizes of its shrouded keys.  Raises ``der.DerError`` if it is no PKCS#12 PFX."""
    found: list[Derivation] = []
    key_sizes: list[int] = []
    pfx = der.expect(der.top(data), der.SEQUENCE)
    parts = list(der.children(data, pfx))
    if len(parts) < 2 or len(parts) > 3:
        raise der.DerError("not a PFX")
    der.integer(data, parts[0])
    auth_safe = der.expect(parts[1], der.SEQUENCE)
    if len(parts) == 3:
        found.extend(_mac_derivations(data, der.expect(parts[2], der.SEQUENCE)))
    content_type = der.oid_bytes(data, der.expect(der.nth(data, auth_safe, 0), der.OID))
    if content_type != _DATA:
        return found, key_sizes  # public-key integrity mode: no password, no count
    safes = _explicit_octets(data, der.nth(data, auth_safe, 1))
    authenticated_safe = der.expect(der.top(safes), der.SEQUENCE)
    bags = 0
    for info in der.children(safes, authenticated_safe):
        kind = der.oid_bytes(safes, der.expect(der.nth(safes, info, 0), der.OID))
        if kind == _DATA:
            contents = _explicit_octets(safes, der.nth(safes, info, 1))
            bags += _safe_contents(contents, der.top(contents), found, key_sizes, 0)
        elif kind == _ENCRYPTED_DATA:
            wrapper = der.expect(der.nth(safes, info, 1), der.CONTEXT_0)
            encrypted_data = der.expect(der.nth(safes, wrapper, 0), der.SEQUENCE)
            content_info = der.expect(der.nth(safes, encrypted_data, 1), der.SEQUENCE)
            algorithm = der.expect(der.nth(safes, content_info, 1), der.SEQUENCE)
            found.extend(algorithm_derivations(safes, algorithm, "certificates"))
        if bags > MAX_BAGS:
            raise der.DerError("too many bags")
    return found, key_sizes


def _explicit_octets(data: bytes, wrapper: der.Element | None) -> bytes:
    """The OCTET STRING inside a ``[0] EXPLICIT``, as in a ContentInfo of type data."""
    wrapper = der.expect(wrapper, der.CONTEXT_0)
    inner = der.nth(data, wrapper, 0)
    if inner is None:
        raise der.DerError("empty content")
    return der.octets(data, inner)


def _safe_contents(
    data: bytes,
    contents: der.Element,
    found: list[Derivation],
    key_sizes: list[int],
    depth: int,
) -> int:
    if depth >= 4:  # safeContentsBag within safeContentsBag: no exporter nests
        raise der.DerError("nested too deep")
    bags = 0
    for bag in der.children(data, der.expect(contents, der.SEQUENCE)):
        bags += 1
        if bags > MAX_BAGS:
            raise der.DerError("too many bags")
        bag_id = der.oid_bytes(data, der.expect(der.nth(data, bag, 0), der.OID))
        value = der.expect(der.nth(data, bag, 1), der.CONTEXT_0)
        inner = der.nth(data, value, 0)
        if inner is None:
            continue
        if bag_id == _SHROUDED_KEY_BAG:
            info = der.expect(inner, der.SEQUENCE)
            algorithm = der.expect(der.nth(data, info, 0), der.SEQUENCE)
            found.extend(algorithm_derivations(data, algorithm, "key"))
            encrypted = der.nth(data, info, 1)
            if encrypted is not None:
                key_sizes.append(encrypted.end - encrypted.start)
        elif bag_id == _SAFE_CONTENTS_BAG:
            bags += _safe_contents(data, inner, found, key_sizes, depth + 1)
    return bags


def _mac_derivations(data: bytes, mac_data: der.Element) -> list[Derivation]:
    parts = list(der.children(data, mac_data))
    if len(parts) < 2:
        raise der.DerError("bad MacData")
    digest_info = der.expect(parts[0], der.SEQUENCE)
    algorithm = der.expect(der.nth(data, digest_info, 0), der.SEQUENCE)
    if der.oid_bytes(data, der.expect(der.nth(data, algorithm, 0), der.OID)) == _PBMAC1:
        return algorithm_derivations(data, algorithm, "MAC")
    # iterations INTEGER DEFAULT 1
    iterations = der.integer(data, parts[2]) if len(parts) > 2 else 1
    return [Derivation("MAC", iterations)]


def algorithm_derivations(data: bytes, algorithm: der.Element, where: str) -> list[Derivation]:
    """The key derivation of a password-based AlgorithmIdentifier (PKCS#12 PBE, PBES1,
    PBES2 with PBKDF2 or scrypt, PBMAC1); none for an algorithm that derives nothing."""
    oid = der.oid_bytes(data, der.expect(der.nth(data, algorithm, 0), der.OID))
    params = der.nth(data, algorithm, 1)
    if oid.startswith(_PKCS12_PBE) or oid in _PBES1:
        # PKCS-12PbeParams / PBEParameter: SEQUENCE { salt OCTET STRING, iterations INTEGER }
        params = der.expect(params, der.SEQUENCE)
        return [Derivation(where, der.integer(data, der.expect(der.nth(data, params, 1), 2)))]
    if oid in (PBES2, _PBMAC1):
        # SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryption or MAC scheme }
        params = der.expect(params, der.SEQUENCE)
        kdf = der.expect(der.nth(data, params, 0), der.SEQUENCE)
        kdf_oid = der.oid_bytes(data, der.expect(der.nth(data, kdf, 0), der.OID))
        kdf_params = der.expect(der.nth(data, kdf, 1), der.SEQUENCE)
        if kdf_oid == PBKDF2:
            # PBKDF2-params: SEQUENCE { salt, iterationCount INTEGER, ... }
            count = der.integer(data, der.expect(der.nth(data, kdf_params, 1), der.INTEGER))
            return [Derivation(where, count)]
        if kdf_oid == _SCRYPT:
            # scrypt-params: SEQUENCE { salt, N INTEGER, r INTEGER, p INTEGER, ... }
            values = [der.nth(data, kdf_params, i) for i in (1, 2, 3)]
            work = 1
            for value in values:
                work *= max(1, der.integer(data, der.expect(value, der.INTEGER)))
            return [Derivation(where, work, scrypt=True)]
    return []


def encrypted_key_derivations(data: bytes) -> list[Derivation]:
    """The derivation of a DER PKCS#8 EncryptedPrivateKeyInfo (none if it is not one)."""
    try:
        info = der.expect(der.top(data), der.SEQUENCE)
        algorithm = der.nth(data, info, 0)
        if algorithm is None or algorithm.tag != der.SEQUENCE:
            return []
        return algorithm_derivations(data, algorithm, "key")
    except der.DerError:
        return []


def excess(derivations: Sequence[Derivation], key_sizes: Sequence[int] = ()) -> Excess | None:
    """The first limit the derivations (or the keys) go beyond, or None."""
    total = 0
    for derivation in derivations:
        limit = MAX_SCRYPT_WORK if derivation.scrypt else MAX_ITERATIONS
        if derivation.iterations > limit:
            return Excess(derivation.where, derivation.iterations, limit)
        if not derivation.scrypt:
            total += max(derivation.iterations, 1)
    if total > MAX_TOTAL_ITERATIONS:
        return Excess("total", total, MAX_TOTAL_ITERATIONS)
    for size in key_sizes:
        if size > MAX_ENCRYPTED_KEY_BYTES:
            return Excess("key-size", size, MAX_ENCRYPTED_KEY_BYTES)
    return None
