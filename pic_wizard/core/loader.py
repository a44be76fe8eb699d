"""Read anything an admin gets from a CA or a server, whatever its format or extension.

The content decides, not the file name: a Windows CA's "Base 64" chain is sometimes a
PKCS#7 labelled CERTIFICATE, a ``.cer`` may be DER or PEM, a ``.crt`` may hold the whole
chain.  Every way a file can be wrong gets its own error.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.utils import CryptographyDeprecationWarning

from .errors import InputError, PasswordError
from .findings import PARTS
from .fsutil import read_limited
from .i18n import N_
from .x509view import issuer_text, public_key, subject_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

# A chain, a PFX or a request is a few kilobytes; a large trust bundle a few hundred.
MAX_INPUT_BYTES = 4 * 1024 * 1024

_PEM_BLOCK = re.compile(
    rb"-----BEGIN ([A-Z0-9 #]+)-----[ \t]*\r?\n(.*?)-----END \1-----", re.DOTALL
)
_PEM_BEGIN = re.compile(rb"-----BEGIN ([A-Z0-9 #]+)-----")
_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")

_CERT_LABELS = {b"CERTIFICATE", b"X509 CERTIFICATE"}
_CSR_LABELS = {b"CERTIFICATE REQUEST", b"NEW CERTIFICATE REQUEST"}
_KEY_LABELS = {b"PRIVATE KEY", b"ENCRYPTED PRIVATE KEY", b"RSA PRIVATE KEY", b"EC PRIVATE KEY"}
_CRL_LABELS = {b"X509 CRL"}
_P7_LABELS = {b"PKCS7", b"PKCS #7 SIGNED DATA", b"CMS"}

# SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data ...: the start of every PFX.
_PKCS7_DATA_OID = bytes.fromhex("06092a864886f70d010701")
_PKCS7_SIGNED_OID = bytes.fromhex("06092a864886f70d010702")


@dataclass
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


def _parse_certificate(der: bytes) -> x509.Certificate:
    """A certificate with every part pic-wizard reads read now: cryptography parses
    extensions and keys lazily, and a damaged one must be refused here, not crash later."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return _readable_certificate(x509.load_der_x509_certificate(der))  # ValueError: not one


def _readable_certificate(cert: x509.Certificate) -> x509.Certificate:
    try:
        cert.serial_number  # noqa: B018  (a non-positive one only warns: judged elsewhere)
        cert.extensions  # noqa: B018
        public_key(cert)
        subject_text(cert)  # the names, read once and kept for the report
        issuer_text(cert)
        cert.not_valid_before_utc  # noqa: B018
        cert.not_valid_after_utc  # noqa: B018
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.DuplicateExtension) as exc:
        raise _Unreadable(_short(exc)) from None
    return cert


def _parse_request(der: bytes) -> x509.CertificateSigningRequest:
    csr = x509.load_der_x509_csr(der)
    try:
        csr.extensions  # noqa: B018
        csr.public_key()
        csr.subject  # noqa: B018
        csr.is_signature_valid  # noqa: B018
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.DuplicateExtension) as exc:
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
        # The common case, one certificate: let the parser take it whole.
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                cert = _readable_certificate(x509.load_pem_x509_certificate(data))
            loaded.certificates.append(cert)
            return loaded
        except (ValueError, _Unreadable, x509.InvalidVersion):
            pass  # judged block by block below, for a precise error
    blocks = list(_PEM_BLOCK.finditer(data))
    ends = {m.start() for m in blocks}
    for begin in _PEM_BEGIN.finditer(data):
        if begin.start() not in ends and not any(
            m.start() <= begin.start() < m.end() for m in blocks
        ):
            label = begin.group(1).decode("ascii", "replace")
            raise InputError("pem-truncated", file=name, label=label)
    found_labels: list[str] = []
    for block in blocks:
        label = block.group(1)
        label_text = label.decode("ascii", "replace")
        found_labels.append(label_text)
        if label in _KEY_LABELS:
            _add_key(loaded, block.group(0), name, password, pem=True)
            continue
        body = block.group(2)
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
                loaded.certificates.append(_parse_certificate(der))
            except _Unreadable as exc:
                raise InputError(
                    "pem-damaged", file=name, label=label_text, reason=str(exc)
                ) from None
            except (ValueError, x509.InvalidVersion):
                # Windows CAs label a PKCS#7 chain "CERTIFICATE" in their Base64 download.
                certs = _try_pkcs7(der)
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
                loaded.requests.append(_parse_request(der))
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
            certs = _try_pkcs7(der)
            if certs is None:
                raise InputError(
                    "pem-damaged",
                    file=name,
                    label=label_text,
                    reason=N_("Params", "it is not a PKCS#7 certificate chain"),
                )
            loaded.certificates.extend(certs)
            loaded.format = "PKCS#7 (PEM)"
        elif label in _CRL_LABELS and not loaded.certificates and len(blocks) == 1:
            raise InputError("crl-not-certificate", file=name)
    if not (loaded.certificates or loaded.requests or loaded.private_keys or loaded.locked_keys):
        if found_labels == ["X509 CRL"] * len(found_labels):
            raise InputError("crl-not-certificate", file=name)
        raise InputError("nothing-usable", file=name, labels=", ".join(found_labels) or "-")
    return loaded


def _add_key(loaded: Loaded, data: bytes, name: str, password: bytes | None, *, pem: bool) -> None:
    load = serialization.load_pem_private_key if pem else serialization.load_der_private_key
    try:
        try:
            loaded.private_keys.append(load(data, password=password or None))
        except TypeError:
            # Encrypted and no password given, or a password given for a clear key.
            if not password:
                loaded.locked_keys += 1
                return
            loaded.private_keys.append(load(data, password=None))
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


def _is_encrypted_key(data: bytes) -> bool:
    # PEM says so; a DER PKCS#8 EncryptedPrivateKeyInfo carries a PKCS#5 algorithm OID.
    return b"ENCRYPTED" in data[:64] or b"\x2a\x86\x48\x86\xf7\x0d\x01\x05" in data[:32]


def _try_pkcs7(der: bytes) -> list[x509.Certificate] | None:
    from cryptography.hazmat.primitives.serialization import pkcs7

    try:
        with warnings.catch_warnings():
            # openssl crl2pkcs7 writes BER; cryptography reads it with a warning.
            warnings.simplefilter("ignore")
            certs = list(pkcs7.load_der_pkcs7_certificates(der))
        return [_readable_certificate(c) for c in certs]
    except (ValueError, _Unreadable, x509.InvalidVersion):
        return None


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
        certs = _try_pkcs7(der)
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
        loaded.certificates.append(_parse_certificate(der))
        return loaded
    except _Unreadable as exc:
        raise InputError(
            "der-damaged", file=name, what=N_("Params", "certificate"), reason=str(exc)
        ) from None
    except (ValueError, x509.InvalidVersion):
        pass
    try:
        loaded.requests.append(_parse_request(der))
        return loaded
    except _Unreadable as exc:
        raise InputError(
            "der-damaged", file=name, what=N_("Params", "request"), reason=str(exc)
        ) from None
    except (ValueError, x509.InvalidVersion):
        pass
    if _looks_like_pkcs12(der):
        return _load_pkcs12(der, name, password)
    if _PKCS7_SIGNED_OID in der[:24]:
        certs = _try_pkcs7(der)
        if certs is not None:
            loaded.certificates.extend(certs)
            loaded.format = "PKCS#7"
            return loaded
    try:
        x509.load_der_x509_crl(der)
    except ValueError:
        pass
    else:
        raise InputError("crl-not-certificate", file=name)
    try:
        _add_key(loaded, der, name, password, pem=False)
        return loaded
    except InputError:
        pass
    raise InputError("unknown-format", file=name)


def _load_pkcs12(der: bytes, name: str, password: bytes | None) -> Loaded:
    from cryptography.hazmat.primitives.serialization import pkcs12

    attempts = [password] if password else [None, b""]
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
            loaded.certificates.append(_readable_certificate(bundle.cert.certificate))
            if bundle.cert.friendly_name:
                loaded.friendly_name = bundle.cert.friendly_name.decode("utf-8", "replace")
        loaded.certificates.extend(
            _readable_certificate(c.certificate) for c in bundle.additional_certs
        )
    except _Unreadable as exc:
        raise InputError("der-damaged", file=name, what="PFX", reason=str(exc)) from None
    if bundle.key is not None:
        loaded.private_keys.append(bundle.key)
    if not loaded.certificates:
        raise InputError("pkcs12-empty", file=name)
    return loaded


def _holds(loaded: Loaded) -> dict[str, str]:
    """What a file holds, in words, for an error that says it is the wrong file."""
    parts = []
    if loaded.certificates:
        parts.append(N_("Params", "{certificates} certificate(s)"))
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
