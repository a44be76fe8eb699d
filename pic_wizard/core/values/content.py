"""What a plan, a request and a certificate have in common, as one value the rules read.

Pure data: reading it out of a certificate is ``x509view``'s work."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from .i18n import N_
from .record import frozen

SERVER_AUTH = "serverAuth"
CLIENT_AUTH = "clientAuth"

EKU_OIDS = {
    "1.3.6.1.5.5.7.3.1": SERVER_AUTH,
    "1.3.6.1.5.5.7.3.2": CLIENT_AUTH,
    "1.3.6.1.5.5.7.3.3": "codeSigning",
    "1.3.6.1.5.5.7.3.4": "emailProtection",
    "1.3.6.1.5.5.7.3.8": "timeStamping",
    "1.3.6.1.5.5.7.3.9": "OCSPSigning",
    "2.5.29.37.0": "anyExtendedKeyUsage",
}
EKU_NAMES = {name: oid for oid, name in EKU_OIDS.items()}

# The usages as Windows names them, marked for translation (context "Usage").
EKU_WORDS = {
    SERVER_AUTH: N_("Usage", "Server Authentication"),
    CLIENT_AUTH: N_("Usage", "Client Authentication"),
    "codeSigning": N_("Usage", "Code Signing"),
    "emailProtection": N_("Usage", "Secure Email"),
    "timeStamping": N_("Usage", "Time Stamping"),
    "OCSPSigning": N_("Usage", "OCSP Signing"),
    "anyExtendedKeyUsage": N_("Usage", "Any Purpose"),
}
KU_WORDS = {
    "digitalSignature": N_("Usage", "Digital Signature"),
    "keyEncipherment": N_("Usage", "Key Encipherment"),
}


def eku_text(eku: str, translate: Callable[[str], str] = str, *, oid: bool = False) -> str:
    """An enhanced key usage by its Windows name (``translate``: context "Usage"), with its
    OID when ``oid``: "Server Authentication (1.3.6.1.5.5.7.3.1)"."""
    words = translate(EKU_WORDS[eku]) if eku in EKU_WORDS else eku
    number = EKU_NAMES.get(eku)
    return f"{words} ({number})" if oid and number else words


def ku_text(usage: str, translate: Callable[[str], str] = str) -> str:
    return translate(KU_WORDS[usage]) if usage in KU_WORDS else usage


# Signature algorithm OIDs by hash; read from the OID, not from the parsed hash object, so
# that MD2/MD5 certificates (which cryptography will not map to a hash) are still judged.
_SIG_HASH = {
    "1.2.840.113549.1.1.2": "md2",
    "1.2.840.113549.1.1.3": "md4",
    "1.2.840.113549.1.1.4": "md5",
    "1.2.840.113549.1.1.5": "sha1",
    "1.3.14.3.2.29": "sha1",
    "1.2.840.10045.4.1": "sha1",
    "1.2.840.10040.4.3": "sha1",
    "1.2.840.113549.1.1.14": "sha224",
    "1.2.840.113549.1.1.11": "sha256",
    "1.2.840.113549.1.1.12": "sha384",
    "1.2.840.113549.1.1.13": "sha512",
    "1.2.840.10045.4.3.1": "sha224",
    "1.2.840.10045.4.3.2": "sha256",
    "1.2.840.10045.4.3.3": "sha384",
    "1.2.840.10045.4.3.4": "sha512",
}
RSASSA_PSS = "1.2.840.113549.1.1.10"

Kind = Literal["plan", "request", "certificate"]


@frozen
class KeyInfo:
    """A public key: its algorithm, size and curve."""

    algorithm: str  # "rsa", "ec", or the key type's name
    bits: int = 0
    curve: str = ""

    @property
    def description(self) -> str:
        if self.algorithm == "rsa":
            return f"RSA {self.bits}"
        if self.algorithm == "ec":
            return f"EC {self.curve}"
        return self.algorithm


@frozen
class SignatureInfo:
    """How a certificate or request is signed: the algorithm's OID, its hash, PSS."""

    oid: str
    hash: str  # "sha256", "sha1", "md5"… or "" when unknown
    pss: bool


@frozen
class Content:
    """What a plan, a request or a certificate holds, as the rules read it."""

    kind: Kind
    common_name: str | None
    dns_names: tuple[str, ...]
    ip_names: tuple[str, ...]
    # None: the extension is absent
    extended_key_usages: frozenset[str] | None
    key_usages: frozenset[str] | None
    key: KeyInfo
    signature: SignatureInfo | None

    @property
    def what(self) -> str:
        return {
            "plan": N_("Params", "planned certificate"),
            "request": N_("Params", "request"),
            "certificate": N_("Params", "certificate"),
        }[self.kind]


def signature_info(oid: str) -> SignatureInfo:
    """What the rules read of a signature algorithm (a frozen value: the same one for
    every certificate signed so; an audit's certificates share a few)."""
    info = _SIGNATURES.get(oid)
    if info is None:
        if len(_SIGNATURES) >= 256:  # an OID is a certificate's text: bounded
            _SIGNATURES.clear()
        info = _SIGNATURES[oid] = SignatureInfo(
            oid=oid, hash=_SIG_HASH.get(oid, ""), pss=oid == RSASSA_PSS
        )
    return info


_SIGNATURES: dict[str, SignatureInfo] = {}


_DN_SPECIAL = re.compile(r'[,+"\\<>;=\x00]|^[ #]| $')


def dn_escape(value: str) -> str:
    """An attribute value escaped as RFC 4514 asks."""
    if not _DN_SPECIAL.search(value):
        return value
    out = re.sub(r'([,+"\\<>;=])', r"\\\1", value).replace("\x00", "\\00")
    if out.startswith((" ", "#")):
        out = "\\" + out
    if out.endswith(" "):
        out = out[:-1] + "\\ "
    return out


#: The order a subject is shown in everywhere (the plan, a request, a certificate's
#: details, the reports): most specific first, as Windows shows it.
DN_ORDER = ("CN", "OU", "O", "L", "ST", "C")


def dn_string(rdns: Iterable[Sequence[tuple[str, str]]]) -> str:
    """A distinguished name as text: ``rdns`` most specific first (each RDN a list of
    (short name, value)); CN, OU, O, L, ST and C come in ``DN_ORDER``, any other attribute
    (DC, E…) after them in the order given; values escaped as RFC 4514 asks."""

    def rank(rdn: Sequence[tuple[str, str]]) -> int:
        key = rdn[0][0] if rdn else ""
        return DN_ORDER.index(key) if key in DN_ORDER else len(DN_ORDER)

    shown = sorted((list(rdn) for rdn in rdns if rdn), key=rank)
    return ", ".join("+".join(f"{key}={dn_escape(value)}" for key, value in rdn) for rdn in shown)
