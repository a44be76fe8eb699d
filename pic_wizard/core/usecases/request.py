"""Generate the key and the PKCS#10 request of a plan, and write them safely."""

from __future__ import annotations

import contextlib
import math
import os
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..files.fsutil import (
    Settled,
    make_folders,
    remove_made_folders,
    settle_interrupted,
    write_atomic,
    write_together,
)
from ..rules.plan import CertificatePlan, plan_refusal
from ..values.content import EKU_NAMES
from ..values.errors import OutputError
from ..values.i18n import N_
from ..values.record import frozen
from ..values.topology import KeyAlgorithm, KeySpec
from ..x509 import der, pbe
from ..x509.pbe import MAX_PASSPHRASE_BYTES

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes


def generate_key(spec: KeySpec) -> CertificateIssuerPrivateKeyTypes:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if spec.algorithm is KeyAlgorithm.RSA:
        return rsa.generate_private_key(public_exponent=65537, key_size=spec.rsa_bits)
    curve = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}[spec.curve]
    return ec.generate_private_key(curve)


def subject_name(plan: CertificatePlan) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    org = plan.organization
    # Encoded in the order C, ST, L, O, OU, CN, as Windows' certreq writes it.
    parts = [
        (NameOID.COUNTRY_NAME, org.country),
        (NameOID.STATE_OR_PROVINCE_NAME, org.state),
        (NameOID.LOCALITY_NAME, org.locality),
        (NameOID.ORGANIZATION_NAME, org.organization),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, org.organizational_unit),
        (NameOID.COMMON_NAME, plan.subject_name),
    ]
    return x509.Name(
        [x509.NameAttribute(oid, value.strip()) for oid, value in parts if value.strip()]
    )


def build_request(
    plan: CertificatePlan, key: CertificateIssuerPrivateKeyTypes
) -> x509.CertificateSigningRequest:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ObjectIdentifier

    usages = set(plan.key_usages)
    builder = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject_name(plan))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(n) for n in plan.san_names]),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ObjectIdentifier(EKU_NAMES[e]) for e in plan.extended_key_usages]
            ),
            critical=False,
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature="digitalSignature" in usages,
                content_commitment=False,
                key_encipherment="keyEncipherment" in usages,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    # SHA-256; RSA keys sign with PKCS#1 v1.5 (cryptography's default): Lync does not
    # support RSASSA-PSS.
    return builder.sign(key, hashes.SHA256())


def default_base_name(plan: CertificatePlan) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]", "_", plan.subject_name) or "edge-external"
    return base


@frozen
class WrittenRequest:
    request_path: Path
    key_path: Path
    request: x509.CertificateSigningRequest
    encrypted: bool
    answers_path: Path | None = None  # <base>.json, the answers, when asked for
    windows_paths: tuple[Path, ...] = ()  # <base>.inf and <base>.ps1, when asked for


# The passphrase of the key is stretched with PBKDF2-HMAC-SHA256 this many times: OWASP's
# guidance for that function (Password Storage Cheat Sheet, 2023 and since), where
# OpenSSL's and cryptography's default of 2,048 lets a stolen .key file be guessed
# 300 times faster.  It costs about a third of a second when the key is written and
# again when it is read back (completing the PFX), once per certificate.
KEY_KDF_ROUNDS = 600_000

# PKCS#5 v2.1 (RFC 8018) and NIST object identifiers (PBES2 and PBKDF2: ``pbe``).
_HMAC_SHA256 = bytes.fromhex("2a864886f70d0209")  # 1.2.840.113549.2.9
_AES256_CBC = bytes.fromhex("60864801650304012a")  # 2.16.840.1.101.3.4.1.42


def key_pem(
    key: CertificateIssuerPrivateKeyTypes,
    passphrase: bytes | None,
    *,
    rounds: int = KEY_KDF_ROUNDS,
) -> bytes:
    """The key as PKCS#8 PEM; with a passphrase, an ENCRYPTED PRIVATE KEY (PBES2:
    PBKDF2-HMAC-SHA256 with ``rounds`` iterations, AES-256-CBC), as OpenSSL writes it
    with ``openssl pkcs8 -topk8 -v2 aes-256-cbc -iter N``.

    cryptography chooses 2,048 iterations for PKCS#8 and lets no one change it (its
    encryption builder is for PKCS#12 and OpenSSH only), so the few fixed ASN.1
    structures are written here."""
    import base64
    import secrets

    from cryptography.hazmat.primitives import hashes, padding, serialization
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    plain = key.private_bytes(
        serialization.Encoding.DER if passphrase else serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if not passphrase:
        return plain
    salt, iv = secrets.token_bytes(16), secrets.token_bytes(16)
    secret = PBKDF2HMAC(hashes.SHA256(), 32, salt, rounds).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    seq, oid, octets = der.SEQUENCE, der.OID, der.OCTET_STRING
    pbkdf2_params = der.encode(
        seq,
        der.encode(octets, salt)
        + der.encode_integer(rounds)
        + der.encode(seq, der.encode(oid, _HMAC_SHA256) + b"\x05\x00"),
    )
    pbes2_params = der.encode(
        seq,
        der.encode(seq, der.encode(oid, pbe.PBKDF2) + pbkdf2_params)
        + der.encode(seq, der.encode(oid, _AES256_CBC) + der.encode(octets, iv)),
    )
    algorithm = der.encode(seq, der.encode(oid, pbe.PBES2) + pbes2_params)
    info = der.encode(seq, algorithm + der.encode(octets, encrypted))
    text = base64.b64encode(info).decode("ascii")
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    body = "\n".join(["-----BEGIN ENCRYPTED PRIVATE KEY-----", *lines])
    return (body + "\n-----END ENCRYPTED PRIVATE KEY-----\n").encode("ascii")


@frozen
class SignedRequest:
    """A key and the request signed with it, both as they are written: the slow part of
    ``write_request`` (key generation, signing, the passphrase's 600,000 rounds), which
    the wizard does on a worker thread."""

    key: CertificateIssuerPrivateKeyTypes
    request: x509.CertificateSigningRequest
    request_pem: bytes
    key_pem: bytes
    encrypted: bool


def sign_request(
    plan: CertificatePlan,
    passphrase: bytes | None,
    key: CertificateIssuerPrivateKeyTypes | None = None,
) -> SignedRequest:
    """``key`` (made for ``plan`` when None) and the request of ``plan`` signed with it,
    as ``write_request`` writes them (the key encrypted unless ``passphrase`` is None)."""
    from cryptography.hazmat.primitives import serialization

    key = key or generate_key(plan.key)
    request = build_request(plan, key)
    return SignedRequest(
        key,
        request,
        request.public_bytes(serialization.Encoding.PEM),
        key_pem(key, passphrase),
        passphrase is not None,
    )


# The key is put in place first, the request last: a request, the file an admin submits,
# is never seen without the key the certificate will need.
PAIR_SUFFIXES = (".key", ".req")


def clean_interrupted(out_dir: str | os.PathLike[str], base: str) -> tuple[Settled, ...]:
    """Settle what a ``csr`` run killed half way left in ``out_dir`` for ``<base>.key``
    and ``<base>.req`` (other files of the folder are never looked at).

    A key it had put in place without its request is removed: no request was ever made
    with it, so no certificate can need it, and a private key nobody needs is only a
    liability.  Only a key proven to be that run's own (its hidden temporary name is still
    the same file) is removed; a lone key without that proof (moved there, written by hand
    or by an older version) is never touched.  The key and request a ``--force`` run was
    replacing are put back.
    """
    return settle_interrupted(out_dir, base, PAIR_SUFFIXES)


@frozen
class OutputFolder:
    """The folder a request is written into, made ready."""

    path: Path
    made: tuple[Path, ...]  # the folders made for it, outermost first
    settled: tuple[Settled, ...]  # what an interrupted earlier run had left, settled

    def made_notes(self) -> list[tuple[str, dict[str, str]]]:
        """The folders made, to say once the files are written (they are removed again
        when the writing fails): templates (context "Written") and their values, raw paths
        the front end shows harmlessly."""
        return [(N_("Written", "Created the folder {path}"), {"path": str(p)}) for p in self.made]

    def settled_notes(self) -> list[tuple[str, dict[str, str]]]:
        """What an interrupted earlier run had left and what became of it, to say at once
        (it stays settled whatever happens next), as ``made_notes``."""
        notes: list[tuple[str, dict[str, str]]] = []
        for group in self.settled:
            values = {
                "files": ", ".join(str(p) for p in group.restored or group.removed),
                "request": str(group.group[-1]),
                "hidden": ", ".join(p.name for p in group.hidden),
            }
            if group.restored:
                notes.append(
                    (
                        N_(
                            "Written",
                            "An earlier run was interrupted while replacing {files}: put them "
                            "back as they were.",
                        ),
                        values,
                    )
                )
            elif group.removed:
                notes.append(
                    (
                        N_(
                            "Written",
                            "An earlier run was interrupted before writing {request}: removed "
                            "its key {files}, which no request was made with (no certificate "
                            "can need it).",
                        ),
                        values,
                    )
                )
            if group.hidden:
                text = N_("Written", "Removed what an interrupted earlier run left: {hidden}.")
                notes.append((text, values))
            for old, target in group.kept:
                notes.append(
                    (
                        N_("Written", "Could not put back {file}: it is kept as {kept}."),
                        {"file": str(target), "kept": str(old)},
                    )
                )
        return notes


def output_refusal(out_dir: str | os.PathLike[str], base: str) -> OutputError | None:
    """Why a request cannot be written as ``<base>.key``/``.req`` in ``out_dir``: a file
    where the folder goes, or a base name that is not a plain file name; None when it can
    (a missing folder is made).  The wizard asks it as you type, ``write_request`` again
    before writing."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        return OutputError("output-not-folder", file=str(folder))
    if base.startswith(".") or any(sep in base for sep in ("/", "\\", ":")):
        return OutputError("bad-name", value=base)
    return None


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough estimate of a passphrase's strength (bits) and a word for it ("weak",
    "fair", "strong"): length matters most.  The wizard shows it as the admin types."""
    pools = [
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ]
    size = sum(n for chars, n in pools if any(c in chars for c in text))
    size += 100 if any(ord(c) > 127 for c in text) else 0
    bits = int(len(text) * math.log2(size)) if text and size else 0
    word = "weak" if bits < 50 else "fair" if bits < 75 else "strong"
    return bits, word


def passphrase_refusal(passphrase: bytes | None) -> OutputError | None:
    """Why a key cannot be encrypted with ``passphrase`` (longer than the key file can
    use), or None; the wizard asks it as you type, ``write_request`` again."""
    if passphrase is not None and len(passphrase) > MAX_PASSPHRASE_BYTES:
        return OutputError("passphrase-too-long", length=str(len(passphrase)))
    return None


@contextlib.contextmanager
def output_folder(out_dir: str | os.PathLike[str], base: str) -> Iterator[OutputFolder]:
    """The folder of a request, made like ``mkdir -p`` (readable by the user only) when it
    is missing, with what an interrupted earlier run left there for ``base`` settled; the
    folders made are removed again when the writing in the ``with`` block fails.  The
    command line and the wizard both write through it."""
    made = make_folders(out_dir)
    try:
        yield OutputFolder(Path(out_dir), made, clean_interrupted(out_dir, base))
    except BaseException:
        remove_made_folders(made)
        raise


def request_files(
    out_dir: str | os.PathLike[str],
    base: str,
    *,
    answers: bool = False,
    windows_files: bool = False,
) -> tuple[Path, ...]:
    """The files a request is written as: the private key and the request (written
    together, ``fsutil.write_together``); with ``answers`` the answers (``<base>.json``,
    which complete and Open profile… read again), with ``windows_files`` the certreq INF
    and the PowerShell lines."""
    folder = Path(out_dir)
    suffixes = [
        ".key",
        ".req",
        *([".json"] if answers else []),
        *([".inf", ".ps1"] if windows_files else []),
    ]
    return tuple(folder / f"{base}{suffix}" for suffix in suffixes)


def _extra_file(suffix: str, plan: CertificatePlan) -> bytes:
    """What ``<base><suffix>`` holds beside the key and the request."""
    from ..documents.windows import certreq_inf, powershell_script, windows_file_bytes
    from ..files import profile

    if suffix == ".json":
        return profile.dumps(plan.topology).encode("utf-8")
    if suffix == ".inf":
        return windows_file_bytes(certreq_inf(plan), "inf")
    return windows_file_bytes(powershell_script(plan), "ps1")


def write_request(
    plan: CertificatePlan,
    out_dir: str | os.PathLike[str],
    passphrase: bytes | None,
    *,
    base_name: str = "",
    force: bool = False,
    key: CertificateIssuerPrivateKeyTypes | None = None,
    answers: bool = False,
    windows_files: bool = False,
    signed: SignedRequest | None = None,
) -> WrittenRequest:
    """Write ``<base>.key`` (PKCS#8, encrypted unless ``passphrase`` is None) and
    ``<base>.req`` (PEM), together or not at all (``fsutil.write_together``): with
    ``force``, both are replaced or neither.  Then, as asked, the answers ``<base>.json``
    and the Windows files ``<base>.inf`` and ``<base>.ps1`` (the wizard writes them; the
    command line has its profile, and ``inf``/``powershell`` commands).  Every name is
    checked before any key is generated.  The folder is made ready (and an interrupted
    earlier run's leftovers settled) by ``output_folder``, through which the front ends
    write.  ``signed``: the key and request made beforehand (``sign_request``) with this
    ``passphrase``."""
    refused = plan_refusal(plan)  # no key is made for a plan with errors
    if refused is not None:
        raise refused
    folder = Path(out_dir)
    base = base_name or default_base_name(plan)
    refusal = output_refusal(folder, base) or passphrase_refusal(passphrase)
    if refusal is not None:
        raise refusal
    if not folder.is_dir():
        raise OutputError(
            "output-unwritable", file=str(folder), reason=N_("Params", "no such folder")
        )
    paths = request_files(folder, base, answers=answers, windows_files=windows_files)
    key_path, req_path, *extra_paths = paths
    if not force:
        for path in paths:
            if os.path.lexists(path):
                raise OutputError("output-exists", file=str(path))
    if signed is None:
        signed = sign_request(plan, passphrase, key)
    elif signed.encrypted != (passphrase is not None):
        raise ValueError("the key was serialised for another passphrase")
    extras = [(path, _extra_file(path.suffix, plan), 0o644) for path in extra_paths]
    write_together(
        [(key_path, signed.key_pem, 0o600), (req_path, signed.request_pem, 0o644)],
        overwrite=force,
    )
    # Nothing slow between the pair written and the return (an import would be): a
    # Ctrl-C there would say "interrupted" of files that are there.
    for path, data, mode in extras:
        write_atomic(path, data, mode=mode, overwrite=force)
    return WrittenRequest(
        req_path,
        key_path,
        signed.request,
        signed.encrypted,
        next((p for p in extra_paths if p.suffix == ".json"), None),
        tuple(p for p in extra_paths if p.suffix in (".inf", ".ps1")),
    )
