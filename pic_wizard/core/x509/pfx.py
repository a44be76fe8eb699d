"""Export the key, the issued certificate and its chain as a PFX (PKCS#12) file.

The file is what ``Import-CsCertificate`` and the Certificates console import on the Edge
Server: the key, the Edge certificate, then its issuers up to the root, with a friendly
name.  Windows imports a PFX encrypted with AES-256 (PBES2) from Windows Server 2019 and
Windows 10 1709 on; Windows Server 2016 and older need TripleDES for the key and the
certificates, with a SHA-1 MAC.  The default follows the server product
(``suggested_protection``): AES-256 only when every Windows Server the product runs on
imports it.

cryptography is imported only when a PFX is made, so that the program starts without it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ..files.fsutil import write_atomic
from ..values.errors import OutputError
from ..values.topology import Product
from .pbe import MAX_PASSPHRASE_BYTES

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
    from cryptography.hazmat.primitives.serialization import KeySerializationEncryption
    from cryptography.hazmat.primitives.serialization.pkcs12 import PKCS12PrivateKeyTypes

# Iterations of the key derivation and of the MAC: OpenSSL's default for PKCS#12.
KDF_ROUNDS = 2048

DEFAULT_BASE_NAME = "edge-external"

# Names Windows reserves for devices, even with an extension ("con.pfx").
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


class PfxProtection(Enum):
    """How the key and the certificates in the PFX are encrypted, and its MAC."""

    # PBES1 with SHA-1 and three-key TripleDES-CBC, SHA-1 MAC.
    WINDOWS_2012_R2 = "3des"
    # PBES2 (PBKDF2 with HMAC-SHA256) and AES-256-CBC, SHA-256 MAC.
    AES256 = "aes256"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    PfxProtection.WINDOWS_2012_R2: "Windows Server 2012 R2 compatible (3DES, SHA-1)",
    PfxProtection.AES256: "AES-256 (Windows Server 2019 / Windows 10 1709 and later)",
}


# The first Windows Server that imports a PFX encrypted with PBES2 and AES-256 (SHA-256 for
# the key derivation and the MAC): Microsoft documents AES256-SHA256 PFX protection
# (PKCS12_PBES2_EXPORT_PARAMS, PKCS12_PBES2_ALG_AES256_SHA256) with "Minimum supported
# server: Windows Server 2019" and "Minimum supported client: Windows 10 1709"
# (learn.microsoft.com, windows/win32/api/wincrypt/ns-wincrypt-pkcs12_pbes2_export_params);
# Windows Server 2016 and older know only the PKCS#12 PBE schemes (3DES).
AES_PFX_FROM_WINDOWS_SERVER = 2019


def imports_aes_pfx(windows_server: str) -> bool:
    """Whether this Windows Server version ("2012 R2", "2019") imports an AES-256 PFX."""
    return int(windows_server[:4]) >= AES_PFX_FROM_WINDOWS_SERVER


def suggested_protection(product: Product | None) -> PfxProtection:
    """The PFX's encryption unless the admin chooses: AES-256 when every Windows Server the
    product runs on imports it, else 3DES, which they all import (and 3DES when the product
    is not known)."""
    if product is not None and all(imports_aes_pfx(v) for v in product.windows_servers):
        return PfxProtection.AES256
    return PfxProtection.WINDOWS_2012_R2


def order_chain(
    leaf: x509.Certificate, certs: Sequence[x509.Certificate]
) -> list[x509.Certificate]:
    """The issuers of ``leaf`` found in ``certs``: its issuer first, then that one's
    issuer, up to a self-signed root if there is one.  Certificates that are not on the
    leaf's path are left out; each step is a signature check, not a name match."""
    from .chain import MAX_CHAIN_DEPTH, is_self_signed, signature_check

    pool: list[x509.Certificate] = []
    for cert in certs:
        if cert != leaf and cert not in pool:
            pool.append(cert)
    chain: list[x509.Certificate] = []
    current = leaf
    for _ in range(MAX_CHAIN_DEPTH):
        if is_self_signed(current):
            break
        verified: x509.Certificate | None = None
        unverifiable: x509.Certificate | None = None
        for candidate in pool:
            if candidate in chain:
                continue
            result = signature_check(current, candidate)
            if result is True:
                verified = candidate
                break
            if result is None and unverifiable is None:
                # The names match but the algorithm cannot be checked here: an issuer still.
                unverifiable = candidate
        issuer = verified if verified is not None else unverifiable
        if issuer is None:
            break
        chain.append(issuer)
        current = issuer
    return chain


def default_friendly_name(cert: x509.Certificate) -> str:
    """The subject's common name (or its first DNS name), as the friendly name."""
    return _main_name(cert) or DEFAULT_BASE_NAME


def default_pfx_name(cert: x509.Certificate) -> str:
    """A file name for the PFX: the subject's common name, made safe for a file name."""
    base = re.sub(r"[^A-Za-z0-9._-]", "_", _main_name(cert)).lstrip(".")[:200]
    base = base or DEFAULT_BASE_NAME
    if base.split(".")[0].upper() in _WINDOWS_DEVICES:
        base = f"_{base}"
    return f"{base}.pfx"


def _main_name(cert: x509.Certificate) -> str:
    from cryptography import x509

    from .view import common_name

    name = (common_name(cert.subject) or "").strip()
    if name:
        return name
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ""
    dns = san.get_values_for_type(x509.DNSName)
    return dns[0].strip() if dns else ""


def pfx_bytes(
    key: PrivateKeyTypes,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate],
    password: bytes,
    friendly_name: str,
    protection: PfxProtection = PfxProtection.WINDOWS_2012_R2,
) -> bytes:
    """The PFX holding ``key``, ``cert`` and ``chain`` in the order given (use
    ``order_chain``), with ``friendly_name`` on the key and the certificate.

    A blank friendly name becomes the certificate's common name.  Refuses (``OutputError``)
    a key that is not the certificate's, and an empty, overlong or non-UTF-8 password.
    """
    from cryptography.hazmat.primitives.serialization import pkcs12

    from .view import same_key_bytes, subject_text

    check_password(password)
    pfx_key = _pkcs12_key(key)
    if same_key_bytes(pfx_key.public_key()) != same_key_bytes(cert.public_key()):
        raise OutputError("pfx-key-mismatch", subject=subject_text(cert))
    name = friendly_name.strip() or default_friendly_name(cert)
    check_friendly_name(name)
    cas: list[x509.Certificate] = []
    for ca in chain:
        if ca != cert and ca not in cas:
            cas.append(ca)
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), pfx_key, cert, cas, _encryption(protection, password)
    )


def write_pfx(
    path: str | os.PathLike[str],
    key: PrivateKeyTypes,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate],
    password: bytes,
    friendly_name: str,
    protection: PfxProtection = PfxProtection.WINDOWS_2012_R2,
    *,
    overwrite: bool = False,
) -> Path:
    """Write the PFX atomically, readable by its owner only (0600); an existing file is
    replaced only with ``overwrite``."""
    data = pfx_bytes(key, cert, chain, password, friendly_name, protection)
    return write_atomic(path, data, mode=0o600, overwrite=overwrite)


def check_password(password: bytes) -> None:
    if not password:
        raise OutputError("pfx-password-missing")
    if len(password) > MAX_PASSPHRASE_BYTES:
        raise OutputError(
            "pfx-password-too-long", length=str(len(password)), limit=str(MAX_PASSPHRASE_BYTES)
        )
    try:
        password.decode("utf-8")
    except UnicodeDecodeError:
        raise OutputError("pfx-password-not-text") from None


def check_friendly_name(name: str) -> None:
    # The name is stored as a BMPString: no character beyond U+FFFF, and no control one.
    def invisible(char: str) -> bool:
        return unicodedata.category(char) in ("Cc", "Cs")

    for char in name:
        if invisible(char) or ord(char) > 0xFFFF:
            code = f"U+{ord(char):04X}"
            # A control character or a lone surrogate would garble the message: show "?".
            shown = "".join("?" if invisible(c) else c for c in name)
            character = code if invisible(char) else f"{char} {code}"
            raise OutputError("pfx-friendly-name", value=shown, character=character)


def _pkcs12_key(key: PrivateKeyTypes) -> PKCS12PrivateKeyTypes:
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    if isinstance(
        key,
        rsa.RSAPrivateKey
        | ec.EllipticCurvePrivateKey
        | dsa.DSAPrivateKey
        | ed25519.Ed25519PrivateKey
        | ed448.Ed448PrivateKey,
    ):
        return key
    raise OutputError("pfx-key-unsupported", kind=type(key).__name__.lstrip("_"))


def _encryption(protection: PfxProtection, password: bytes) -> KeySerializationEncryption:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

    builder = PrivateFormat.PKCS12.encryption_builder().kdf_rounds(KDF_ROUNDS)
    if protection is PfxProtection.AES256:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(
            hashes.SHA256()
        )
    else:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC).hmac_hash(
            hashes.SHA1()
        )
    return builder.build(password)
