"""Read anything an admin gets from a CA or a server, whatever its format or extension.

The content decides, not the file name: a Windows CA's "Base 64" chain is sometimes a
PKCS#7 labelled CERTIFICATE, a ``.cer`` may be DER or PEM, a ``.crt`` may hold the whole
chain.  Every way a file can be wrong gets its own error.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import os
import re
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.utils import CryptographyDeprecationWarning

from ..files.reading import read_limited
from ..values.errors import InputError, PasswordError
from ..values.findings import PARTS
from ..values.i18n import N_
from ..values.record import field, mutable
from . import der as asn1
from . import sst
from .view import public_key_bits, remember_der

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

    from .pbe import Excess

# A chain, a PFX or a request is a few kilobytes; a large trust bundle a few hundred.
MAX_INPUT_BYTES = 4 * 1024 * 1024
# The largest trust bundles (Windows' full root list, Mozilla's) hold a few hundred
# certificates; a chain a handful.  Each certificate costs a parse and, in a check, a
# look-up: a bound keeps a file of tens of thousands of tiny ones from costing minutes.
MAX_CERTIFICATES = 1000
MAX_PEM_BLOCKS = MAX_CERTIFICATES
# A key file holds one key, a PEM bundle one with its certificate.  Reading a key checks
# it (tens of milliseconds for RSA 4096, seconds for 16384): a few at most.
MAX_PRIVATE_KEYS = 8
# The largest RSA (or DSA) key any certificate uses; checking a larger one, or a
# signature made with it, costs seconds to minutes.
MAX_KEY_BITS = 16384

_PEM_BEGIN = re.compile(rb"-----BEGIN ([A-Z0-9 #]+)-----")
_PEM_BEGIN_LINE_END = re.compile(rb"[ \t]*\r?\n")
_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")

_CERT_LABELS = {b"CERTIFICATE", b"X509 CERTIFICATE"}
_CSR_LABELS = {b"CERTIFICATE REQUEST", b"NEW CERTIFICATE REQUEST"}
_KEY_LABELS = {b"PRIVATE KEY", b"ENCRYPTED PRIVATE KEY", b"RSA PRIVATE KEY", b"EC PRIVATE KEY"}
_CRL_LABELS = {b"X509 CRL"}
_P7_LABELS = {b"PKCS7", b"PKCS #7 SIGNED DATA", b"CMS"}
# The PEM labels of what check judges (a folder's walk picks files by them).
CHECKABLE_PEM_LABELS = frozenset(_CERT_LABELS | _CSR_LABELS | _P7_LABELS)

# SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data ...: the start of every PFX.
_PKCS7_DATA_OID = bytes.fromhex("06092a864886f70d010701")
_PKCS7_SIGNED_OID = bytes.fromhex("06092a864886f70d010702")
_PKCS7_ENVELOPED_OID = bytes.fromhex("06092a864886f70d010703")


@mutable
class Loaded:
    """What one file holds, in the file's order."""

    path: str
    format: str
    certificates: list[x509.Certificate] = field(default_factory=list)
    requests: list[x509.CertificateSigningRequest] = field(default_factory=list)
    private_keys: list[PrivateKeyTypes] = field(default_factory=list)
    locked_keys: int = 0  # encrypted keys left unread for want of a password
    friendly_name: str = ""


def load_file(path: str | os.PathLike[str], password: bytes | None = None) -> Loaded:
    return load_bytes(read_limited(path, MAX_INPUT_BYTES), str(path), password)


def load_bytes(data: bytes, name: str, password: bytes | None = None) -> Loaded:
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            "file-too-large", file=name, size=str(len(data)), limit=str(MAX_INPUT_BYTES)
        )
    if not data.strip():
        raise InputError("file-empty", file=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # PowerShell 5.1's ">" writes UTF-16: a PEM or Base64 text, transcoded.
        try:
            data = data.decode("utf-16").encode("ascii")
        except (UnicodeDecodeError, UnicodeEncodeError):
            raise InputError("unknown-format", file=name) from None
    if sst.is_sst(data):
        return _load_sst(data, name)
    if b"-----BEGIN " in data:
        return _load_pem(data, name, password)
    head = data[:4096].lower()
    if b"mime-version:" in head or (b"content-type:" in head and b"pkcs7" in head):
        raise InputError("smime-message", file=name)
    if _is_text(data):
        # DER always has control bytes (tags, lengths); text is Base64 or nothing we read.
        if not _BASE64_TEXT.match(data):
            raise InputError("unknown-format", file=name)
        # Base64 without PEM armour, as some CA web pages show it.
        try:
            der = base64.b64decode(b"".join(data.split()), validate=True)
        except binascii.Error:
            raise InputError("unknown-format", file=name) from None
        return _load_der(der, name, password, "Base64")
    return _load_der(data, name, password, "DER")


_TEXT_BYTES = frozenset(b"\t\n\r" + bytes(range(32, 127)))


def _is_text(data: bytes) -> bool:
    return _TEXT_BYTES.issuperset(data[:4096])


class _Unreadable(Exception):
    """A structure parsed, but a part of it cannot be read."""


def _parse_certificate(data: bytes, name: str) -> x509.Certificate:
    """A certificate with every part pic-wizard reads read now: cryptography parses
    extensions and keys lazily, and a damaged one must be refused here, not crash later."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        cert = x509.load_der_x509_certificate(data)  # ValueError: not one
    return _readable_certificate(cert, name)


def _readable_certificate(cert: x509.Certificate, name: str) -> x509.Certificate:
    try:
        cert.serial_number  # noqa: B018  (a non-positive one only warns: judged elsewhere)
        cert.extensions  # noqa: B018
        key = cert.public_key()
        cert.subject  # noqa: B018  (the names, parsed now: a damaged one is refused here)
        cert.issuer  # noqa: B018
        cert.not_valid_before_utc  # noqa: B018
        cert.not_valid_after_utc  # noqa: B018
    except x509.UnsupportedGeneralNameType:
        raise InputError(
            "name-type-unsupported", file=name, what=N_("Params", "certificate")
        ) from None
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.DuplicateExtension) as exc:
        raise _Unreadable(_short(exc)) from None
    _check_public_key(public_key_bits(key), name, N_("Params", "certificate"))
    return cert


def _check_public_key(bits: int, name: str, what: str) -> None:
    if bits > MAX_KEY_BITS:
        raise InputError(
            "public-key-too-large", file=name, what=what, bits=str(bits), limit=str(MAX_KEY_BITS)
        )


def _parse_request(data: bytes, name: str) -> x509.CertificateSigningRequest:
    csr = x509.load_der_x509_csr(data)
    try:
        csr.extensions  # noqa: B018
        key = csr.public_key()
        csr.subject  # noqa: B018
    except x509.UnsupportedGeneralNameType:
        raise InputError("name-type-unsupported", file=name, what=N_("Params", "request")) from None
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.DuplicateExtension) as exc:
        raise _Unreadable(_short(exc)) from None
    _check_public_key(public_key_bits(key), name, N_("Params", "request"))
    try:
        csr.is_signature_valid  # noqa: B018  (after the key's size is known to be sane)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise _Unreadable(_short(exc)) from None
    return csr


def _short(exc: Exception) -> str:
    text = str(exc).split("\n")[0].split("{")[0].strip().rstrip(":")
    if text.startswith("error parsing asn1 value"):
        return "its ASN.1 encoding is invalid"
    return text or type(exc).__name__


def _load_pem(data: bytes, name: str, password: bytes | None) -> Loaded:
    loaded = Loaded(name, "PEM")
    if data.count(b"-----BEGIN ") == 1 and b"-----BEGIN CERTIFICATE-----" in data:
        # The common case, one certificate: its DER decoded as the block-by-block reading
        # below decodes it, and kept for its thumbprints (cryptography encodes a
        # certificate anew for each); else the parser takes the file whole.
        der = _single_certificate_der(data, name)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                if der is None:
                    cert = x509.load_pem_x509_certificate(data)
                else:
                    cert = x509.load_der_x509_certificate(der)
            loaded.certificates.append(_readable_certificate(cert, name))
            if der is not None:
                remember_der(cert, der)
            return loaded
        except (ValueError, _Unreadable, x509.InvalidVersion):
            pass  # judged block by block below, for a precise error
    found_labels: list[str] = []
    for label, block, body in _pem_blocks(data, name):
        label_text = label.decode("ascii", "replace")
        found_labels.append(label_text)
        if label in _KEY_LABELS:
            _add_key(loaded, block, name, password, pem=True)
            continue
        if b":" in body.split(b"\n\n", 1)[0] and b"\n\n" in body:
            body = body.split(b"\n\n", 1)[1]  # RFC 1421 headers
        try:
            der = base64.b64decode(b"".join(body.split()), validate=True)
        except (binascii.Error, ValueError):
            raise InputError(
                "pem-damaged",
                file=name,
                label=label_text,
                reason=N_("Params", "the Base64 text is invalid"),
            ) from None
        if label in _CERT_LABELS:
            try:
                loaded.certificates.append(_parse_certificate(der, name))
            except _Unreadable as exc:
                raise InputError(
                    "pem-damaged", file=name, label=label_text, reason=str(exc)
                ) from None
            except (ValueError, x509.InvalidVersion):
                # Windows CAs label a PKCS#7 chain "CERTIFICATE" in their Base64 download.
                certs = _try_pkcs7(der, name)
                if certs is None:
                    raise InputError(
                        "pem-damaged",
                        file=name,
                        label=label_text,
                        reason=N_("Params", "it is not a valid certificate"),
                    ) from None
                loaded.certificates.extend(certs)
                loaded.format = "PKCS#7 (PEM)"
        elif label in _CSR_LABELS:
            try:
                loaded.requests.append(_parse_request(der, name))
            except _Unreadable as exc:
                raise InputError(
                    "pem-damaged", file=name, label=label_text, reason=str(exc)
                ) from None
            except (ValueError, x509.InvalidVersion):
                raise InputError(
                    "pem-damaged",
                    file=name,
                    label=label_text,
                    reason=N_("Params", "it is not a valid request"),
                ) from None
        elif label in _P7_LABELS:
            certs = _try_pkcs7(der, name)
            if certs is None:
                raise InputError(
                    "pem-damaged",
                    file=name,
                    label=label_text,
                    reason=N_("Params", "it is not a PKCS#7 certificate chain"),
                )
            loaded.certificates.extend(certs)
            loaded.format = "PKCS#7 (PEM)"
        _check_count(loaded, name)
    if not (loaded.certificates or loaded.requests or loaded.private_keys or loaded.locked_keys):
        if found_labels == ["X509 CRL"] * len(found_labels):
            raise InputError("crl-not-certificate", file=name)
        raise InputError("nothing-usable", file=name, labels=", ".join(found_labels) or "-")
    return loaded


def _single_certificate_der(data: bytes, name: str) -> bytes | None:
    """The DER of the file's one CERTIFICATE block (its only block), as ``_load_pem``'s
    block-by-block reading decodes it; None where that reading would not take the block
    so (no END line, RFC 1421 headers, not Base64): the file is then read as before."""
    try:
        label, _, body = next(_pem_blocks(data, name))
    except (InputError, StopIteration):
        return None
    if label != b"CERTIFICATE" or b":" in body:
        return None
    try:
        return base64.b64decode(b"".join(body.split()), validate=True)
    except (binascii.Error, ValueError):
        return None


def _pem_blocks(data: bytes, name: str) -> Iterator[tuple[bytes, bytes, bytes]]:
    """Each PEM block: its label, the whole block and its body, in the file's order.

    One pass over the file: each BEGIN line is followed by a search for its END line from
    there on, and a BEGIN without an END is refused at once (a pattern matching both would
    rescan the rest of the file for every BEGIN: minutes for a file of BEGIN lines)."""
    pos = 0
    count = 0
    while True:
        begin = _PEM_BEGIN.search(data, pos)
        if begin is None:
            return
        label = begin.group(1)
        line_end = _PEM_BEGIN_LINE_END.match(data, begin.end())
        end_line = b"-----END " + label + b"-----"
        end = data.find(end_line, begin.end()) if line_end else -1
        if end < 0:
            raise InputError("pem-truncated", file=name, label=label.decode("ascii", "replace"))
        count += 1
        if count > MAX_PEM_BLOCKS:
            raise _too_many(name, N_("Params", "PEM blocks"), MAX_PEM_BLOCKS)
        assert line_end is not None
        yield label, data[begin.start() : end + len(end_line)], data[line_end.end() : end]
        pos = end + len(end_line)


def _too_many(name: str, what: str, limit: int) -> InputError:
    return InputError("too-many-items", file=name, what=what, limit=str(limit))


def _check_count(loaded: Loaded, name: str) -> None:
    if len(loaded.certificates) > MAX_CERTIFICATES:
        raise _too_many(name, N_("Params", "certificates"), MAX_CERTIFICATES)


def _add_key(loaded: Loaded, data: bytes, name: str, password: bytes | None, *, pem: bool) -> None:
    if len(loaded.private_keys) + loaded.locked_keys >= MAX_PRIVATE_KEYS:
        raise _too_many(name, N_("Params", "private keys"), MAX_PRIVATE_KEYS)
    from cryptography.hazmat.primitives import serialization

    if password:
        _check_key_derivation(data, name, pem=pem)
    load = serialization.load_pem_private_key if pem else serialization.load_der_private_key
    try:
        try:
            # Read without RSA's checks first: they cost seconds for a huge key.
            key = load(data, password=password or None, unsafe_skip_rsa_key_validation=True)
        except TypeError:
            # Encrypted and no password given, or a password given for a clear key.
            if not password:
                loaded.locked_keys += 1
                return
            key = load(data, password=None, unsafe_skip_rsa_key_validation=True)
        _check_key_size(key, name)
        loaded.private_keys.append(_validated(key))
    except UnsupportedAlgorithm as exc:
        raise InputError("key-unsupported", file=name, reason=_short(exc)) from None
    except (ValueError, TypeError):
        if password and _is_encrypted_key(data):
            raise PasswordError("password-wrong", file=name) from None
        raise InputError(
            "pem-damaged",
            file=name,
            label="PRIVATE KEY",
            reason=N_("Params", "it is not a valid key"),
        ) from None


def _check_key_size(key: PrivateKeyTypes, name: str) -> None:
    """Refuse a key with numbers larger than any certificate's key: checking it (or
    signing with it) costs seconds to minutes."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(key, rsa.RSAPrivateKey):
        numbers = key.private_numbers()
        public = numbers.public_numbers
        bits = max(n.bit_length() for n in (public.n, public.e, numbers.p, numbers.q, numbers.d))
    else:
        bits = public_key_bits(key.public_key())  # DSA, DH: the prime; EC: the curve
    if bits > MAX_KEY_BITS:
        raise InputError("key-too-large", file=name, bits=str(bits), limit=str(MAX_KEY_BITS))


def _validated(key: PrivateKeyTypes) -> PrivateKeyTypes:
    """The key checked as cryptography checks it on loading (ValueError if invalid)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(key, rsa.RSAPrivateKey):
        clear = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return serialization.load_der_private_key(clear, None)  # RSA's checks, now bounded
    return key


def _check_key_derivation(data: bytes, name: str, *, pem: bool) -> None:
    """Refuse an encrypted key whose password derivation would take minutes."""
    from . import pbe

    if pem:
        blocks = list(itertools.islice(_pem_blocks(data, name), 1))
        try:
            data = base64.b64decode(b"".join(blocks[0][2].split()), validate=True)
        except (binascii.Error, ValueError, IndexError):
            return  # not PKCS#8 (the old "Proc-Type" form derives with one iteration)
    too = pbe.excess(pbe.encrypted_key_derivations(data))
    if too is not None:
        raise _costly(name, too)


_WHERE = {
    "MAC": N_("Params", "for its integrity check (MAC)"),
    "certificates": N_("Params", "for its certificates"),
    "key": N_("Params", "for its private key"),
    "total": N_("Params", "for all its derivations together"),
}


def _costly(name: str, too: Excess) -> InputError:
    if too.where == "key-size":
        return InputError(
            "key-encrypted-too-large", file=name, size=str(too.count), limit=str(too.limit)
        )
    return InputError(
        "kdf-too-costly",
        file=name,
        count=str(too.count),
        where=_WHERE[too.where],
        limit=str(too.limit),
    )


def _is_encrypted_key(data: bytes) -> bool:
    # PEM says so; a DER PKCS#8 EncryptedPrivateKeyInfo carries a PKCS#5 algorithm OID.
    return b"ENCRYPTED" in data[:64] or b"\x2a\x86\x48\x86\xf7\x0d\x01\x05" in data[:32]


_PKCS7_KINDS = {
    1: N_("Params", "data"),
    3: N_("Params", "an encrypted (enveloped) message"),
    4: N_("Params", "a signed and encrypted message"),
    5: N_("Params", "a digest"),
    6: N_("Params", "encrypted data"),
}


def _try_pkcs7(data: bytes, name: str) -> list[x509.Certificate] | None:
    from cryptography.hazmat.primitives.serialization import pkcs7

    try:
        with warnings.catch_warnings():
            # openssl crl2pkcs7 writes BER; cryptography reads it with a warning.
            warnings.simplefilter("ignore")
            certs = list(pkcs7.load_der_pkcs7_certificates(data))
        if len(certs) > MAX_CERTIFICATES:
            raise _too_many(name, N_("Params", "certificates"), MAX_CERTIFICATES)
        return [_readable_certificate(c, name) for c in certs]
    except UnsupportedAlgorithm:
        # A PKCS#7 file, but not a signed one: no certificate chain in it.
        raise InputError("pkcs7-not-chain", file=name, kind=_pkcs7_kind(data)) from None
    except (ValueError, _Unreadable, x509.InvalidVersion):
        return None


def _pkcs7_kind(data: bytes) -> str:
    try:
        info = asn1.expect(asn1.top(data), asn1.SEQUENCE)
        oid = asn1.oid_bytes(data, asn1.expect(asn1.nth(data, info, 0), asn1.OID))
    except asn1.DerError:
        oid = b""
    if oid[:-1] == _PKCS7_DATA_OID[2:-1] and oid[-1] in _PKCS7_KINDS:
        return _PKCS7_KINDS[oid[-1]]
    return N_("Params", "an unknown kind of content")


def _der_declared_length(data: bytes) -> int | None:
    """Total length a DER SEQUENCE says it has, or None if the header is unreadable."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def _looks_like_pkcs12(der: bytes) -> bool:
    head = der[:40]
    return b"\x02\x01\x03" in head[:8] and _PKCS7_DATA_OID in head


def _load_der(der: bytes, name: str, password: bytes | None, fmt: str) -> Loaded:
    if der[:2] == b"\x30\x80":
        # Indefinite length (BER): only a PKCS#7 chain is written so (openssl cms -stream).
        certs = _try_pkcs7(der, name)
        if certs is None:
            raise InputError("unknown-format", file=name)
        return Loaded(name, "PKCS#7", certificates=certs)
    declared = _der_declared_length(der)
    if declared is None:
        raise InputError("unknown-format", file=name)
    if declared > len(der):
        raise InputError("der-truncated", file=name, expected=str(declared), size=str(len(der)))
    loaded = Loaded(name, fmt)
    try:
        loaded.certificates.append(_parse_certificate(der, name))
        return loaded
    except _Unreadable as exc:
        raise InputError(
            "der-damaged", file=name, what=N_("Params", "certificate"), reason=str(exc)
        ) from None
    except (ValueError, x509.InvalidVersion):
        pass
    try:
        loaded.requests.append(_parse_request(der, name))
        return loaded
    except _Unreadable as exc:
        raise InputError(
            "der-damaged", file=name, what=N_("Params", "request"), reason=str(exc)
        ) from None
    except (ValueError, x509.InvalidVersion):
        pass
    if _looks_like_pkcs12(der):
        return _load_pkcs12(der, name, password)
    if _PKCS7_SIGNED_OID in der[:24] or _PKCS7_ENVELOPED_OID in der[:24]:
        certs = _try_pkcs7(der, name)
        if certs is not None:
            loaded.certificates.extend(certs)
            loaded.format = "PKCS#7"
            return loaded
    try:
        x509.load_der_x509_crl(der)
    except ValueError:
        pass
    except x509.InvalidVersion as exc:
        raise InputError("crl-bad-version", file=name, version=str(exc.parsed_version)) from None
    else:
        raise InputError("crl-not-certificate", file=name)
    try:
        _add_key(loaded, der, name, password, pem=False)
        return loaded
    except InputError:
        pass
    raise InputError("unknown-format", file=name)


def _load_sst(data: bytes, name: str) -> Loaded:
    """A Microsoft serialized certificate store (Export-Certificate -Type SST)."""
    try:
        blobs = sst.certificates_der(data, MAX_CERTIFICATES)
    except OverflowError as exc:
        if exc.args[0] == "certificates":
            raise _too_many(name, N_("Params", "certificates"), MAX_CERTIFICATES) from None
        raise _too_many(name, N_("Params", "elements"), sst.MAX_ELEMENTS) from None
    except sst.SstError as exc:
        raise InputError("sst-damaged", file=name, reason=str(exc)) from None
    loaded = Loaded(name, "SST")
    for blob in blobs:
        try:
            loaded.certificates.append(_parse_certificate(blob, name))
        except _Unreadable as exc:
            raise InputError("sst-damaged", file=name, reason=str(exc)) from None
        except (ValueError, x509.InvalidVersion):
            reason = N_("Params", "it is not a valid certificate")
            raise InputError("sst-damaged", file=name, reason=reason) from None
    return loaded


def _load_pkcs12(der: bytes, name: str, password: bytes | None) -> Loaded:
    from cryptography.hazmat.primitives.serialization import pkcs12

    from . import pbe

    try:
        derivations, key_sizes = pbe.pkcs12_derivations(der)
    except asn1.DerError:
        raise InputError(
            "der-damaged",
            file=name,
            what="PFX",
            reason=N_("Params", "its ASN.1 encoding is invalid"),
        ) from None
    too = pbe.excess(derivations, key_sizes)
    if too is not None:
        raise _costly(name, too)
    # A PFX with no password (or an empty one) opens whatever password is given: the
    # password is one for the whole run (the key, the PFX, every file of a batch), and a
    # file that needs none has nothing it protects.  The given one is tried first.
    # A NUL cannot be part of a PFX password (PKCS#12 ends it with one), and cryptography
    # panics on it: such a password is simply wrong.
    attempts = [password, None, b""] if password and b"\0" not in password else [None, b""]
    bundle = None
    for attempt in attempts:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                bundle = pkcs12.load_pkcs12(der, attempt)
            break
        except (ValueError, TypeError):  # TypeError: a password that is not UTF-8
            continue
    if bundle is None:
        code = "password-wrong" if password else "password-required"
        raise PasswordError(code, file=name)
    loaded = Loaded(name, "PKCS#12")
    try:
        if bundle.cert is not None:
            loaded.certificates.append(_readable_certificate(bundle.cert.certificate, name))
            if bundle.cert.friendly_name:
                loaded.friendly_name = bundle.cert.friendly_name.decode("utf-8", "replace")
        if len(bundle.additional_certs) >= MAX_CERTIFICATES:
            raise _too_many(name, N_("Params", "certificates"), MAX_CERTIFICATES)
        loaded.certificates.extend(
            _readable_certificate(c.certificate, name) for c in bundle.additional_certs
        )
    except _Unreadable as exc:
        raise InputError("der-damaged", file=name, what="PFX", reason=str(exc)) from None
    if bundle.key is not None:
        _check_key_size(bundle.key, name)  # read and checked already: its size bounded above
        loaded.private_keys.append(bundle.key)
    if not loaded.certificates:
        raise InputError("pkcs12-empty", file=name)
    return loaded


def _holds(loaded: Loaded) -> dict[str, str]:
    """What a file holds, in words, for an error that says it is the wrong file."""
    parts = []
    if loaded.certificates:
        # Never none here: one is "a certificate" in French and English alike.
        if len(loaded.certificates) == 1:
            parts.append(N_("Params", "a certificate"))
        else:
            parts.append(N_("Params", "{certificates} certificates"))
    if loaded.requests:
        parts.append(N_("Params", "a certificate request"))
    if loaded.private_keys or loaded.locked_keys:
        parts.append(N_("Params", "a private key"))
    return {
        "found": PARTS.join(parts) or N_("Params", "nothing pic-wizard can use"),
        "certificates": str(len(loaded.certificates)),
    }


def load_certificates(
    path: str | os.PathLike[str], password: bytes | None = None
) -> list[x509.Certificate]:
    """Certificates of a chain or roots file (a PFX too, with its password)."""
    loaded = load_file(path, password)
    if not loaded.certificates:
        raise InputError("not-certificates", file=str(path), **_holds(loaded))
    return loaded.certificates


def load_store(
    path: str | os.PathLike[str], password: bytes | None = None
) -> list[x509.Certificate]:
    """The certificates of an export of a Windows certificate store: a P7B, a serialized
    store (.sst), PEM or DER; a PFX too, with its password.  Its private keys, if any,
    are not read into the result."""
    try:
        loaded = load_file(path, password)
    except InputError as error:
        if error.code != "unknown-format":
            raise
        # Say which files a store's export is, not every kind check reads.
        raise InputError("store-unknown-format", file=str(path)) from None
    if not loaded.certificates:
        raise InputError("store-not-certificates", file=str(path), **_holds(loaded))
    return loaded.certificates


def load_request(
    path: str | os.PathLike[str], password: bytes | None = None
) -> x509.CertificateSigningRequest:
    loaded = load_file(path, password)
    if not loaded.requests:
        raise InputError("not-a-request", file=str(path), **_holds(loaded))
    return loaded.requests[0]


def load_private_key(path: str | os.PathLike[str], password: bytes | None) -> PrivateKeyTypes:
    loaded = load_file(path, password)
    if loaded.private_keys:
        return loaded.private_keys[0]
    if loaded.locked_keys:
        raise PasswordError("password-required", file=str(path))
    raise InputError("not-a-key", file=str(path), **_holds(loaded))
