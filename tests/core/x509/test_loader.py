"""The loader: every format an admin gets from a CA or a server, and every way it breaks.

Files a CA or Windows would hand over (.p7b, .pfx) are made by the openssl program, not by
the library the loader uses.  Every error must be an ``InputError`` with its own code and a
sentence that names the file.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import random
import warnings
from pathlib import Path
from typing import Any

import opensslpki
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from opensslpki import openssl, requires_openssl, write

from pic_wizard.core.values.errors import InputError, PasswordError
from pic_wizard.core.x509.chain import pick_leaf
from pic_wizard.core.x509.loader import (
    MAX_INPUT_BYTES,
    Loaded,
    load_bytes,
    load_certificates,
    load_file,
    load_private_key,
    load_request,
)

import pki

PASSWORD = "Edge-PFX-2026!"
FRIENDLY = "Edge external (PIC)"


# --- helpers -----------------------------------------------------------------------------


def assert_error(
    excinfo: pytest.ExceptionInfo[InputError], code: str, file: str | Path
) -> InputError:
    """The exact code, and a readable sentence that names the file."""
    error = excinfo.value
    assert isinstance(error, InputError)
    assert error.code == code
    text = str(error)
    assert str(file) in text
    assert text.endswith(".")
    assert text[0].isupper() or text[0] == "'"
    assert "{" not in text and "}" not in text  # every template field was filled
    assert error.message() and error.fix()
    return error


def spki(key_or_cert: Any) -> bytes:
    public = key_or_cert.public_key()
    return public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def chain_pem_text(folder: Path, certs: list[x509.Certificate]) -> bytes:
    """What ``openssl crl2pkcs7`` writes: a PEM block labelled PKCS7."""
    return opensslpki.p7b(folder, certs)


def relabel(pem_text: bytes, old: bytes, new: bytes) -> bytes:
    return pem_text.replace(b"BEGIN " + old, b"BEGIN " + new).replace(b"END " + old, b"END " + new)


def make_crl(issuer: pki.CA) -> x509.CertificateRevocationList:
    revoked = (
        x509.RevokedCertificateBuilder()
        .serial_number(4242)
        .revocation_date(pki.AT - dt.timedelta(days=2))
        .build()
    )
    return (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(pki.AT - dt.timedelta(days=1))
        .next_update(pki.AT + dt.timedelta(days=6))
        .add_revoked_certificate(revoked)
        .sign(issuer.key, hashes.SHA256())
    )


@pytest.fixture(scope="session")
def leaf_key() -> Any:
    """The key of the conftest seed leaf (pki.make_leaf's default key)."""
    return pki.rsa_key(0)


@pytest.fixture(scope="session")
def chain(root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate) -> list:
    return [seed_leaf, intermediate.cert, root.cert]


# --- certificates: PEM, DER, Base64 ------------------------------------------------------


def test_pem_single_certificate(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    path = write(tmp_path, "edge.cer", pki.pem(seed_leaf))
    loaded = load_file(path)
    assert isinstance(loaded, Loaded)
    assert loaded.format == "PEM"
    assert loaded.path == str(path)
    assert loaded.certificates == [seed_leaf]
    assert loaded.requests == [] and loaded.private_keys == [] and loaded.locked_keys == 0
    assert load_certificates(path) == [seed_leaf]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_pem_bundle_in_any_order_keeps_file_order_and_finds_the_leaf(
    tmp_path: Path, chain: list, order: tuple[int, ...]
) -> None:
    certs = [chain[i] for i in order]
    path = write(tmp_path, "bundle.crt", pki.pem(*certs))
    loaded = load_file(path)
    assert loaded.format == "PEM"
    assert loaded.certificates == certs
    assert pick_leaf(loaded.certificates) == chain[0]


def test_pem_bundle_with_windows_line_ends_bom_and_text_around(
    chain: list,
) -> None:
    text = b"\xef\xbb\xbfYour certificate chain:\r\n" + pki.pem(*chain).replace(b"\n", b"\r\n")
    text += b"\r\nThank you for your order.\r\n"
    loaded = load_bytes(text, "chain.txt")
    assert loaded.certificates == chain


def test_pem_with_rfc1421_headers_in_the_block(seed_leaf: x509.Certificate) -> None:
    body = pki.pem(seed_leaf).split(b"\n", 1)[1]
    text = b"-----BEGIN CERTIFICATE-----\nComment: exported by a CA\n\n" + body
    assert load_bytes(text, "edge.pem").certificates == [seed_leaf]


@requires_openssl
@pytest.mark.parametrize("count", [1, 2], ids=["certificate", "chain"])
def test_pem_with_blanks_after_the_armour_lines_loads_as_openssl_does(
    tmp_path: Path, chain: list, count: int
) -> None:
    """Copied from a web page or an e-mail, the BEGIN/END lines often end in blanks."""
    text = pki.pem(*chain[:count]).replace(b"-----\n", b"-----  \n")
    path = write(tmp_path, "pasted.cer", text)
    # The independent judge reads every certificate of it.
    assert f"Total found: {count}".encode() in openssl("storeutl", "-noout", "-certs", path)
    assert load_file(path).certificates == chain[:count]


def test_der_certificate(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    path = write(tmp_path, "edge.cer", pki.der(seed_leaf))
    loaded = load_file(path)
    assert loaded.format == "DER"
    assert loaded.certificates == [seed_leaf]


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n", b""], ids=["lf", "crlf", "one-line"])
def test_base64_without_pem_armour(seed_leaf: x509.Certificate, line_end: bytes) -> None:
    text = base64.encodebytes(pki.der(seed_leaf)).replace(b"\n", line_end)
    loaded = load_bytes(text, "edge.b64")
    assert loaded.format == "Base64"
    assert loaded.certificates == [seed_leaf]


def test_x509_certificate_label(seed_leaf: x509.Certificate) -> None:
    text = relabel(pki.pem(seed_leaf), b"CERTIFICATE", b"X509 CERTIFICATE")
    assert load_bytes(text, "old.pem").certificates == [seed_leaf]


# --- PKCS#7 ------------------------------------------------------------------------------


@requires_openssl
def test_pkcs7_pem_made_by_openssl(tmp_path: Path, chain: list) -> None:
    path = write(tmp_path, "chain.p7b", opensslpki.p7b(tmp_path, chain))
    assert path.read_bytes().startswith(b"-----BEGIN PKCS7-----")
    loaded = load_file(path)
    assert loaded.format == "PKCS#7 (PEM)"
    assert set(loaded.certificates) == set(chain)
    assert len(loaded.certificates) == 3
    assert pick_leaf(loaded.certificates) == chain[0]


@requires_openssl
def test_pkcs7_der_made_by_openssl(tmp_path: Path, chain: list) -> None:
    path = write(tmp_path, "chain.p7b", opensslpki.p7b(tmp_path, chain, der=True))
    loaded = load_file(path)
    assert loaded.format == "PKCS#7"
    assert set(loaded.certificates) == set(chain)
    assert pick_leaf(loaded.certificates) == chain[0]


@requires_openssl
@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_pkcs7_leaf_found_whatever_the_order(
    tmp_path: Path, chain: list, order: tuple[int, ...]
) -> None:
    certs = [chain[i] for i in order]
    loaded = load_bytes(opensslpki.p7b(tmp_path, certs, der=True), "chain.p7b")
    assert pick_leaf(loaded.certificates) == chain[0]


@requires_openssl
def test_pkcs7_chain_labelled_certificate_windows_ca_style(tmp_path: Path, chain: list) -> None:
    """A Windows CA's "Base 64 encoded" chain download: PKCS#7 under a CERTIFICATE label."""
    text = relabel(chain_pem_text(tmp_path, chain), b"PKCS7", b"CERTIFICATE")
    path = write(tmp_path, "certnew.p7b", text)
    loaded = load_file(path)
    assert loaded.format == "PKCS#7 (PEM)"
    assert set(loaded.certificates) == set(chain)
    assert pick_leaf(loaded.certificates) == chain[0]


@requires_openssl
def test_pkcs7_pkcs_7_signed_data_label(tmp_path: Path, chain: list) -> None:
    text = relabel(chain_pem_text(tmp_path, chain), b"PKCS7", b"PKCS #7 SIGNED DATA")
    assert set(load_bytes(text, "chain.p7b").certificates) == set(chain)


@requires_openssl
@pytest.mark.parametrize("der", [False, True], ids=["pem", "der"])
def test_openssl_pkcs7_loads_without_python_warnings(
    tmp_path: Path, chain: list, der: bool
) -> None:
    """openssl writes the SET OF certificates unsorted (BER); the user must see no library
    warning about it, as for PKCS#12."""
    data = opensslpki.p7b(tmp_path, chain, der=der)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = load_bytes(data, "chain.p7b")
    assert set(loaded.certificates) == set(chain)
    assert [str(w.message) for w in caught] == []


# --- PKCS#12 -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pfx_files(
    tmp_path_factory: pytest.TempPathFactory, chain: list, leaf_key: Any
) -> dict[str, Path]:
    if opensslpki.OPENSSL is None:
        pytest.skip("the openssl program is needed")
    folder = tmp_path_factory.mktemp("pfx")
    made = {
        "aes": opensslpki.pfx(
            folder, chain[0], leaf_key, chain[1:], password=PASSWORD, name=FRIENDLY
        ),
        "legacy-3des": opensslpki.pfx(
            folder, chain[0], leaf_key, chain[1:], password=PASSWORD, name=FRIENDLY, legacy=True
        ),
        "empty-password": opensslpki.pfx(folder, chain[0], leaf_key, chain[1:], password=""),
    }
    return {kind: write(folder, f"{kind}.pfx", data) for kind, data in made.items()}


@requires_openssl
@pytest.mark.parametrize("kind", ["aes", "legacy-3des"])
def test_pkcs12_with_the_right_password(
    pfx_files: dict[str, Path], chain: list, leaf_key: Any, kind: str
) -> None:
    loaded = load_file(pfx_files[kind], PASSWORD.encode())
    assert loaded.format == "PKCS#12"
    assert loaded.certificates[0] == chain[0]
    assert set(loaded.certificates) == set(chain)
    assert len(loaded.private_keys) == 1
    assert spki(loaded.private_keys[0]) == spki(leaf_key)
    assert loaded.friendly_name == FRIENDLY
    assert pick_leaf(loaded.certificates) == chain[0]


@requires_openssl
@pytest.mark.parametrize("kind", ["aes", "legacy-3des"])
def test_pkcs12_without_a_password(pfx_files: dict[str, Path], kind: str) -> None:
    path = pfx_files[kind]
    with pytest.raises(PasswordError) as excinfo:
        load_file(path)
    assert_error(excinfo, "password-required", path)


@requires_openssl
@pytest.mark.parametrize("kind", ["aes", "legacy-3des"])
def test_pkcs12_with_a_wrong_password(pfx_files: dict[str, Path], kind: str) -> None:
    path = pfx_files[kind]
    with pytest.raises(PasswordError) as excinfo:
        load_file(path, b"edge-pfx-2026!")  # wrong case
    assert_error(excinfo, "password-wrong", path)


@requires_openssl
def test_pkcs12_private_key_through_load_private_key(
    pfx_files: dict[str, Path], leaf_key: Any
) -> None:
    key = load_private_key(pfx_files["aes"], PASSWORD.encode())
    assert spki(key) == spki(leaf_key)


@requires_openssl
def test_pkcs12_with_an_empty_password_needs_none(
    pfx_files: dict[str, Path], chain: list, leaf_key: Any
) -> None:
    loaded = load_file(pfx_files["empty-password"])
    assert loaded.format == "PKCS#12"
    assert loaded.certificates[0] == chain[0]
    assert spki(loaded.private_keys[0]) == spki(leaf_key)
    assert loaded.friendly_name == ""


@requires_openssl
def test_pkcs12_without_certificates_is_pkcs12_empty(tmp_path: Path, leaf_key: Any) -> None:
    data = openssl(
        "pkcs12",
        "-export",
        "-nocerts",
        "-inkey",
        write(tmp_path, "k.pem", pki.key_pem(leaf_key)),
        "-passout",
        f"pass:{PASSWORD}",
    )
    path = write(tmp_path, "keyonly.pfx", data)
    with pytest.raises(InputError) as excinfo:
        load_file(path, PASSWORD.encode())
    assert_error(excinfo, "pkcs12-empty", path)


# --- requests ----------------------------------------------------------------------------


@pytest.mark.parametrize("label", [b"CERTIFICATE REQUEST", b"NEW CERTIFICATE REQUEST"])
def test_request_pem(tmp_path: Path, label: bytes) -> None:
    csr = pki.make_csr()
    text = relabel(csr.public_bytes(serialization.Encoding.PEM), b"CERTIFICATE REQUEST", label)
    path = write(tmp_path, "edge.req", text)
    loaded = load_file(path)
    assert loaded.format == "PEM"
    assert loaded.requests == [csr]
    assert loaded.certificates == []
    assert load_request(path) == csr


def test_request_der(tmp_path: Path) -> None:
    csr = pki.make_csr()
    path = write(tmp_path, "edge.csr", csr.public_bytes(serialization.Encoding.DER))
    loaded = load_file(path)
    assert loaded.format == "DER"
    assert loaded.requests == [csr]
    assert load_request(path) == csr


@requires_openssl
def test_request_made_by_openssl(tmp_path: Path) -> None:
    openssl(
        "req",
        "-new",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "edge.key",
        "-out",
        "edge.req",
        "-subj",
        "/CN=sip.contoso.com",
        "-addext",
        "subjectAltName=DNS:sip.contoso.com,DNS:webcon.contoso.com",
        cwd=tmp_path,
    )
    csr = load_request(tmp_path / "edge.req")
    key = load_private_key(tmp_path / "edge.key", None)
    assert spki(csr) == spki(key)


# --- private keys ------------------------------------------------------------------------

KEY_FORMATS = {
    "pkcs8": (serialization.PrivateFormat.PKCS8, b"PRIVATE KEY"),
    "traditional": (serialization.PrivateFormat.TraditionalOpenSSL, b"RSA PRIVATE KEY"),
}


def key_text(key: Any, fmt: str, password: bytes | None) -> bytes:
    private_format, _label = KEY_FORMATS[fmt]
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, private_format, encryption)


@pytest.mark.parametrize("fmt", list(KEY_FORMATS))
def test_clear_private_key(tmp_path: Path, leaf_key: Any, fmt: str) -> None:
    text = key_text(leaf_key, fmt, None)
    assert b"BEGIN " + KEY_FORMATS[fmt][1] + b"-----" in text
    path = write(tmp_path, "edge.key", text)
    assert spki(load_private_key(path, None)) == spki(leaf_key)
    # A password given for a clear key is not an error: the key is read without it.
    assert spki(load_private_key(path, b"not needed")) == spki(leaf_key)


@pytest.mark.parametrize("fmt", list(KEY_FORMATS))
def test_encrypted_private_key_with_the_right_password(
    tmp_path: Path, leaf_key: Any, fmt: str
) -> None:
    text = key_text(leaf_key, fmt, b"passphrase")
    assert b"ENCRYPTED" in text
    path = write(tmp_path, "edge.key", text)
    assert spki(load_private_key(path, b"passphrase")) == spki(leaf_key)


@pytest.mark.parametrize("fmt", list(KEY_FORMATS))
def test_encrypted_private_key_without_a_password(tmp_path: Path, leaf_key: Any, fmt: str) -> None:
    path = write(tmp_path, "edge.key", key_text(leaf_key, fmt, b"passphrase"))
    loaded = load_file(path)
    assert loaded.private_keys == [] and loaded.locked_keys == 1
    with pytest.raises(PasswordError) as excinfo:
        load_private_key(path, None)
    assert_error(excinfo, "password-required", path)


@pytest.mark.parametrize("fmt", list(KEY_FORMATS))
def test_encrypted_private_key_with_a_wrong_password(
    tmp_path: Path, leaf_key: Any, fmt: str
) -> None:
    path = write(tmp_path, "edge.key", key_text(leaf_key, fmt, b"passphrase"))
    with pytest.raises(PasswordError) as excinfo:
        load_private_key(path, b"Passphrase")
    assert_error(excinfo, "password-wrong", path)


@requires_openssl
@pytest.mark.parametrize(
    "command",
    [
        ("pkcs8", "-topk8", "-v2", "aes-256-cbc"),
        ("rsa", "-aes256", "-traditional"),
    ],
    ids=["pkcs8-aes256", "traditional-aes256"],
)
def test_private_key_encrypted_by_openssl(
    tmp_path: Path, leaf_key: Any, command: tuple[str, ...]
) -> None:
    clear = write(tmp_path, "clear.key", pki.key_pem(leaf_key))
    text = openssl(*command, "-in", clear, "-passout", "pass:s3cret")
    path = write(tmp_path, "edge.key", text)
    assert spki(load_private_key(path, b"s3cret")) == spki(leaf_key)
    with pytest.raises(PasswordError) as excinfo:
        load_private_key(path, None)
    assert_error(excinfo, "password-required", path)
    with pytest.raises(PasswordError) as excinfo:
        load_private_key(path, b"S3cret")
    assert_error(excinfo, "password-wrong", path)


def test_ec_private_key_pem_and_der() -> None:
    key = pki.ec_key(7)
    pem_text = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    assert b"EC PRIVATE KEY" in pem_text
    assert spki(load_bytes(pem_text, "ec.key").private_keys[0]) == spki(key)
    der_bytes = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    assert spki(load_bytes(der_bytes, "ec.der").private_keys[0]) == spki(key)


def test_pem_with_certificate_and_key(seed_leaf: x509.Certificate, leaf_key: Any) -> None:
    loaded = load_bytes(pki.pem(seed_leaf) + pki.key_pem(leaf_key), "edge.pem")
    assert loaded.certificates == [seed_leaf]
    assert spki(loaded.private_keys[0]) == spki(leaf_key)


# --- error paths -------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.cer", b"")
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "file-empty", path)


@pytest.mark.parametrize("blank", [b" ", b"\n\n", b" \t\r\n \r\n"])
def test_whitespace_only_file(tmp_path: Path, blank: bytes) -> None:
    path = write(tmp_path, "blank.cer", blank)
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "file-empty", path)
    with pytest.raises(InputError) as excinfo:
        load_bytes(blank, "pasted")
    assert_error(excinfo, "file-empty", "pasted")


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.pem"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk used
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    error = assert_error(excinfo, "file-too-large", path)
    assert error.params["size"] == str(MAX_INPUT_BYTES + 1)
    assert error.params["limit"] == str(MAX_INPUT_BYTES)


def test_oversized_bytes() -> None:
    with pytest.raises(InputError) as excinfo:
        load_bytes(b"0" * (MAX_INPUT_BYTES + 1), "huge.pem")
    assert_error(excinfo, "file-too-large", "huge.pem")


def test_file_of_exactly_the_limit_is_read(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    text = pki.pem(seed_leaf)
    path = write(tmp_path, "padded.pem", text + b"\n" * (MAX_INPUT_BYTES - len(text)))
    assert path.stat().st_size == MAX_INPUT_BYTES
    assert load_file(path).certificates == [seed_leaf]


def test_truncated_pem(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    text = pki.pem(seed_leaf)
    path = write(tmp_path, "cut.cer", text[: len(text) // 2])
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    error = assert_error(excinfo, "pem-truncated", path)
    assert error.params["label"] == "CERTIFICATE"


def test_truncated_second_block_of_a_chain(chain: list) -> None:
    text = pki.pem(chain[0]) + pki.pem(chain[1])[:200]
    with pytest.raises(InputError) as excinfo:
        load_bytes(text, "chain.pem")
    assert_error(excinfo, "pem-truncated", "chain.pem")


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t.replace(b"M", b"!", 1),  # a character Base64 does not have
        lambda t: t.replace(b"\n", b"\nA", 2),  # two characters too many: bad padding
    ],
    ids=["character", "padding"],
)
def test_damaged_base64_in_a_pem_block(
    tmp_path: Path, seed_leaf: x509.Certificate, damage: Any
) -> None:
    path = write(tmp_path, "damaged.cer", damage(pki.pem(seed_leaf)))
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "pem-damaged", path)


def test_pem_block_that_is_not_a_certificate(seed_leaf: x509.Certificate) -> None:
    body = base64.encodebytes(pki.der(seed_leaf)[:-40])
    text = b"-----BEGIN CERTIFICATE-----\n" + body + b"-----END CERTIFICATE-----\n"
    with pytest.raises(InputError) as excinfo:
        load_bytes(text, "edge.cer")
    assert_error(excinfo, "pem-damaged", "edge.cer")


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.99])
def test_truncated_der(tmp_path: Path, seed_leaf: x509.Certificate, keep: float) -> None:
    data = pki.der(seed_leaf)
    path = write(tmp_path, "cut.cer", data[: int(len(data) * keep)])
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    error = assert_error(excinfo, "der-truncated", path)
    assert error.params["expected"] == str(len(data))


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)),
        bytes(range(255, -1, -1)) * 3,
        b"\x00\x01\x02\x03",
        b"\xff" * 100,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # a zip archive
    ],
    ids=["bytes", "reversed", "zeros", "ff", "zip"],
)
def test_garbage_bytes(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "garbage.cer", data)
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "unknown-format", path)


@pytest.mark.parametrize(
    "text",
    [
        b"This is not a certificate.\n",
        b"Hello world\n",
        b"sip.contoso.com, webcon.contoso.com, sip.fabrikam.com\n",
        "Certificat demandé le 1er juin\n".encode(),
    ],
    ids=["sentence", "base64-like", "names", "utf8"],
)
def test_random_text(tmp_path: Path, text: bytes) -> None:
    path = write(tmp_path, "notes.txt", text)
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "unknown-format", path)


def test_text_starting_with_a_zero_is_not_a_truncated_der_file(tmp_path: Path) -> None:
    """'0' is 0x30, the first byte of DER; a text note is still not a cut-short file."""
    path = write(tmp_path, "hosts.txt", b"0.0.0.0 sip.contoso.com\n")
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "unknown-format", path)


@pytest.mark.parametrize("encoding", ["pem", "der"])
def test_crl(tmp_path: Path, intermediate: pki.CA, encoding: str) -> None:
    crl = make_crl(intermediate)
    enc = serialization.Encoding.PEM if encoding == "pem" else serialization.Encoding.DER
    path = write(tmp_path, "issuing.crl", crl.public_bytes(enc))
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "crl-not-certificate", path)


def test_crl_beside_a_certificate_loads_the_certificate(
    intermediate: pki.CA, seed_leaf: x509.Certificate
) -> None:
    text = make_crl(intermediate).public_bytes(serialization.Encoding.PEM) + pki.pem(seed_leaf)
    assert load_bytes(text, "mixed.pem").certificates == [seed_leaf]


SMIME_MESSAGE = (
    b"From: certificates@ca.example.com\r\n"
    b"To: admin@contoso.com\r\n"
    b"Subject: Your certificate\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: application/pkcs7-mime; smime-type=certs-only; name="smime.p7c"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="smime.p7c"\r\n'
    b"\r\n"
)


def test_smime_message(tmp_path: Path, chain: list) -> None:
    body = base64.encodebytes(pki.der(chain[0])).replace(b"\n", b"\r\n")
    path = write(tmp_path, "certificate.eml", SMIME_MESSAGE + body)
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "smime-message", path)


@requires_openssl
@pytest.mark.parametrize("detached", [False, True], ids=["opaque", "detached"])
def test_smime_message_made_by_openssl(tmp_path: Path, chain: list, detached: bool) -> None:
    args = [
        "smime",
        "-sign",
        "-signer",
        write(tmp_path, "signer.pem", pki.pem(chain[0])),
        "-inkey",
        write(tmp_path, "signer.key", pki.key_pem(pki.rsa_key(0))),
        "-in",
        write(tmp_path, "msg.txt", b"Your certificate is attached.\n"),
    ]
    if not detached:
        args.append("-nodetach")
    path = write(tmp_path, "certificate.eml", openssl(*args))
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "smime-message", path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as excinfo:
        load_file(tmp_path)
    assert_error(excinfo, "file-is-directory", tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "no-such-file.cer"
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert_error(excinfo, "file-not-found", path)


def test_public_key_only_is_nothing_usable(tmp_path: Path, leaf_key: Any) -> None:
    text = leaf_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = write(tmp_path, "edge.pub", text)
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    error = assert_error(excinfo, "nothing-usable", path)
    assert "PUBLIC KEY" in error.params["labels"]


@pytest.mark.parametrize("password", [None, b"passphrase"], ids=["clear", "encrypted"])
def test_load_certificates_on_a_key_file(
    tmp_path: Path, leaf_key: Any, password: bytes | None
) -> None:
    path = write(tmp_path, "edge.key", pki.key_pem(leaf_key, password))
    with pytest.raises(InputError) as excinfo:
        load_certificates(path)
    error = assert_error(excinfo, "not-certificates", path)
    assert "a private key" in str(error)


def test_load_certificates_on_a_request(tmp_path: Path) -> None:
    path = write(tmp_path, "edge.req", pki.make_csr().public_bytes(serialization.Encoding.PEM))
    with pytest.raises(InputError) as excinfo:
        load_certificates(path)
    error = assert_error(excinfo, "not-certificates", path)
    assert "a certificate request" in str(error)


def test_load_request_on_a_certificate(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    path = write(tmp_path, "edge.cer", pki.pem(seed_leaf))
    with pytest.raises(InputError) as excinfo:
        load_request(path)
    assert_error(excinfo, "not-a-request", path)


def test_load_private_key_on_a_certificate(tmp_path: Path, seed_leaf: x509.Certificate) -> None:
    path = write(tmp_path, "edge.cer", pki.pem(seed_leaf))
    with pytest.raises(InputError) as excinfo:
        load_private_key(path, None)
    assert_error(excinfo, "not-a-key", path)


def test_damaged_clear_key_with_a_password_is_an_input_error(leaf_key: Any) -> None:
    """A password given (for another file, or by habit) must not turn a damaged clear key
    into a crash."""
    text = bytearray(pki.key_pem(leaf_key))
    text[84] ^= 0x01  # inside the Base64 body
    with pytest.raises(InputError):
        load_bytes(bytes(text), "edge.key")
    with pytest.raises(InputError):
        load_bytes(bytes(text), "edge.key", b"passphrase")


@pytest.mark.parametrize("encoding", ["pem", "der"])
def test_key_on_an_unsupported_curve_is_an_input_error(encoding: str) -> None:
    der_key = pki.ec_key(8).private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    prime256v1, unknown = bytes.fromhex("2a8648ce3d030107"), bytes.fromhex("2a8648ce3d030163")
    assert der_key.count(prime256v1) == 1
    der_key = der_key.replace(prime256v1, unknown)
    data = der_key
    if encoding == "pem":
        data = (
            b"-----BEGIN EC PRIVATE KEY-----\n"
            + base64.encodebytes(der_key)
            + b"-----END EC PRIVATE KEY-----\n"
        )
    with pytest.raises(InputError):
        load_bytes(data, "edge.key")


@pytest.mark.parametrize("encoding", ["pem", "der"])
def test_certificate_with_an_invalid_version_is_an_input_error(
    seed_leaf: x509.Certificate, encoding: str
) -> None:
    """A damaged version field (v3 is 2; 5 does not exist) makes cryptography raise
    InvalidVersion, which is not a ValueError."""
    data = pki.der(seed_leaf)
    v3 = b"\xa0\x03\x02\x01\x02"
    assert data.count(v3) == 1
    data = data.replace(v3, b"\xa0\x03\x02\x01\x05")
    if encoding == "pem":
        data = (
            b"-----BEGIN CERTIFICATE-----\n"
            + base64.encodebytes(data)
            + b"-----END CERTIFICATE-----\n"
        )
    with pytest.raises(InputError):
        load_bytes(data, "edge.cer")


# --- fuzz-ish: every outcome is a load or an InputError ----------------------------------


def _variants(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = [data[:n] for n in sorted({1, 2, 3, 4, 10, 31, 64, 100, len(data) // 2, len(data) - 1})]
    for _ in range(120):
        mutated = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 3))):
            mutated[rng.randrange(len(mutated))] ^= rng.randrange(1, 256)
        out.append(bytes(mutated))
    return out


@pytest.fixture(scope="session")
def fuzz_samples(
    tmp_path_factory: pytest.TempPathFactory, chain: list, leaf_key: Any
) -> dict[str, bytes]:
    samples = {
        "der-cert": pki.der(chain[0]),
        "pem-chain": pki.pem(*chain),
        "base64-cert": base64.encodebytes(pki.der(chain[0])),
        "der-request": pki.make_csr().public_bytes(serialization.Encoding.DER),
        "pem-key": pki.key_pem(leaf_key),
        "pem-key-encrypted": pki.key_pem(leaf_key, b"s3cret"),
        "der-ec-key": pki.ec_key(9).private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    }
    if opensslpki.OPENSSL is not None:
        folder = tmp_path_factory.mktemp("fuzz")
        samples["pfx"] = opensslpki.pfx(folder, chain[0], leaf_key, chain[1:], password="s3cret")
        samples["p7b-der"] = opensslpki.p7b(folder, chain, der=True)
    return samples


FUZZ_KINDS = [
    "der-cert",
    "pem-chain",
    "base64-cert",
    "der-request",
    "pem-key",
    "pem-key-encrypted",
    "der-ec-key",
    "pfx",
    "p7b-der",
]


@pytest.mark.parametrize("kind", FUZZ_KINDS)
def test_truncated_and_flipped_inputs_raise_only_input_errors(
    fuzz_samples: dict[str, bytes], kind: str
) -> None:
    if kind not in fuzz_samples:
        pytest.skip("the openssl program is needed")
    failures: list[str] = []
    for i, data in enumerate(_variants(fuzz_samples[kind], seed=FUZZ_KINDS.index(kind))):
        for password in (None, b"s3cret"):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    load_bytes(data, "fuzzed.bin", password)
            except InputError as error:
                assert str(error)  # renders
            except Exception as exc:
                failures.append(f"variant {i}, password {password!r}: {exc!r}")
    assert failures == []


# --- bounded cost: hostile inputs are refused before the costly work --------------------

VECTORS = Path(__file__).resolve().parents[2] / "vectors"


def _hostile() -> Any:
    from vectors import hostile

    return hostile


@pytest.fixture
def no_pkcs12_or_key_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any key derivation or key check from here on fails the test."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed: the refusal must come first")

    monkeypatch.setattr(pkcs12, "load_pkcs12", forbidden)
    monkeypatch.setattr(serialization, "load_pem_private_key", forbidden)
    monkeypatch.setattr(serialization, "load_der_private_key", forbidden)


@pytest.mark.parametrize(
    ("name", "where", "password"),
    [
        (name, where, password)
        for name, where in (
            ("pfx-mac-iterations-2147483647.pfx", "MAC"),
            ("pfx-key-pbkdf2-2147483647.pfx", "private key"),
            ("pfx-certificates-pbe-2147483647.pfx", "certificates"),
            ("key-pbkdf2-2147483647.pem", "private key"),
        )
        for password in (None, PASSWORD.encode())
        # Without a password an encrypted key derives nothing: it asks for one (below).
        if not (name.endswith(".pem") and password is None)
    ],
)
def test_iteration_counts_beyond_any_exporter_are_refused_before_deriving(
    name: str, where: str, password: bytes | None, no_pkcs12_or_key_parsing: None
) -> None:
    path = VECTORS / name
    with pytest.raises(InputError) as excinfo:
        load_file(path, password)
    error = assert_error(excinfo, "kdf-too-costly", path)
    assert "2147483647" in str(error) and "1000000" in str(error) and where in str(error)


def test_a_costly_key_without_a_password_asks_for_one() -> None:
    assert load_file(VECTORS / "key-pbkdf2-2147483647.pem", None).locked_keys == 1
    with pytest.raises(InputError) as excinfo:
        load_private_key(VECTORS / "key-pbkdf2-2147483647.pem", None)
    assert excinfo.value.code == "password-required"


def test_the_vectors_are_made_by_the_script(tmp_path: Path) -> None:
    """The committed vectors are what the script writes (same structure, fresh keys)."""
    hostile = _hostile()
    for name, make in hostile.SMALL.items():
        fresh = make()
        assert abs(len(fresh) - (VECTORS / name).stat().st_size) < 64, name


def _mac_pfx(count: int) -> bytes:
    return _hostile().pfx_mac_iterations(count)


def test_the_iteration_limit_is_one_million() -> None:
    with pytest.raises(InputError) as excinfo:
        load_bytes(_mac_pfx(1_000_001), "edge.pfx")
    assert excinfo.value.code == "kdf-too-costly"
    # At the limit the MAC is computed (and found wrong: the vector's MAC is not redone).
    with pytest.raises(PasswordError):
        load_bytes(_mac_pfx(1_000_000), "edge.pfx")


@pytest.mark.parametrize("protection", ["WINDOWS_2012_R2", "AES256"])
@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
def test_pic_wizard_own_pfx_still_loads(
    seed_leaf: x509.Certificate, leaf_key: Any, protection: str
) -> None:
    from pic_wizard.core.x509.pfx import PfxProtection, pfx_bytes

    data = pfx_bytes(leaf_key, seed_leaf, [], PASSWORD.encode(), "", PfxProtection[protection])
    loaded = load_bytes(data, "edge.pfx", PASSWORD.encode())
    assert loaded.certificates == [seed_leaf]
    assert spki(loaded.private_keys[0]) == spki(leaf_key)


@requires_openssl
def test_a_key_encrypted_with_owasp_iterations_still_loads(tmp_path: Path, leaf_key: Any) -> None:
    """600,000 PBKDF2 iterations (OWASP's count for PBKDF2-HMAC-SHA256) is within bounds."""
    clear = write(tmp_path, "clear.pem", pki.key_pem(leaf_key))
    data = openssl(
        "pkcs8",
        "-topk8",
        "-in",
        clear,
        "-v2",
        "aes-256-cbc",
        "-iter",
        "600000",
        "-passout",
        "pass:s3cret",
    )
    loaded = load_bytes(data, "edge.key", b"s3cret")
    assert spki(loaded.private_keys[0]) == spki(leaf_key)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("certificate-rsa-20000-bits.pem", "public-key-too-large"),
        ("request-rsa-20000-bits.pem", "public-key-too-large"),
    ],
)
def test_public_keys_larger_than_any_ca_issues_are_refused(name: str, code: str) -> None:
    path = VECTORS / name
    with pytest.raises(InputError) as excinfo:
        load_file(path)
    assert "20000-bit" in str(assert_error(excinfo, code, path))


@pytest.mark.parametrize(
    ("name", "code", "number"),
    [
        ("rsa-key-huge-prime.pem", "key-too-large", "bit numbers"),
        ("pem-500-keys.pem", "too-many-items", "8 private keys"),
        ("pem-8000-certificates.pem", "too-many-items", "1000 PEM blocks"),
        ("pkcs7-10000-certificates.p7b", "too-many-items", "1000 certificates"),
        ("ber-nesting.der", "unknown-format", ""),
    ],
)
def test_large_hostile_files_are_refused(tmp_path: Path, name: str, code: str, number: str) -> None:
    path = _hostile().write_large(tmp_path, name)
    for password in (None, PASSWORD.encode()):
        with pytest.raises(InputError) as excinfo:
            load_file(path, password)
        assert number in str(assert_error(excinfo, code, path))


def test_a_huge_key_is_refused_before_it_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the unchecked read (unsafe_skip_rsa_key_validation) may see it."""
    path = _hostile().write_large(tmp_path, "rsa-key-huge-prime.pem")
    real = serialization.load_pem_private_key
    calls: list[bool] = []

    def spy(data: bytes, password: bytes | None, **kwargs: Any) -> Any:
        calls.append(kwargs.get("unsafe_skip_rsa_key_validation", False))
        return real(data, password, **kwargs)

    monkeypatch.setattr(serialization, "load_pem_private_key", spy)
    with pytest.raises(InputError, match="393"):
        load_file(path)
    assert calls == [True]


def test_begin_lines_without_end_cost_one_pass(tmp_path: Path) -> None:
    """40,000 BEGIN lines and no END: each BEGIN rescanned the rest of the file (minutes)."""
    import subprocess
    import sys

    path = write(tmp_path, "begin.pem", _hostile().begin_lines(40_000))
    script = (
        "import sys\n"
        "from pic_wizard.core.x509.loader import load_file\n"
        "from pic_wizard.core.values.errors import InputError\n"
        "try:\n    load_file(sys.argv[1])\n"
        "except InputError as e:\n    print(e.code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "pem-truncated"


def test_der_reader_depth_is_bounded() -> None:
    from pic_wizard.core.x509 import der

    data = b"\x30\x80" * 100_000 + b"\x00\x00" * 100_000
    with pytest.raises(der.DerError):
        der.top(data)


# --- honest errors: readable but unsupported input ---------------------------------------


@pytest.mark.parametrize("encoding", ["der", "pem-pkcs7", "pem-certificate"])
def test_enveloped_pkcs7_is_not_a_chain(rsa_cert: x509.Certificate, encoding: str) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs7

    data = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(b"hello")
        .add_recipient(rsa_cert)
        .encrypt(serialization.Encoding.DER, [])
    )
    if encoding != "der":
        label = b"PKCS7" if encoding == "pem-pkcs7" else b"CERTIFICATE"
        data = _hostile()._pem(label, data)
    with pytest.raises(InputError) as excinfo:
        load_bytes(data, "chain.p7b")
    error = assert_error(excinfo, "pkcs7-not-chain", "chain.p7b")
    assert "encrypted (enveloped) message" in str(error)


@pytest.fixture(scope="session")
def rsa_cert() -> x509.Certificate:
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(65537, 2048)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "recipient")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )


def _with_san(builder: Any, key: Any) -> Any:
    return builder.add_extension(
        x509.SubjectAlternativeName([x509.DNSName("q")]), critical=False
    ).sign(key, hashes.SHA256())


@pytest.mark.parametrize("general_name", [b"\xa3\x01\x00", b"\xa5\x01\x00"])  # x400, EDI
@pytest.mark.parametrize("what", ["certificate", "request"])
def test_x400_and_edi_party_names_are_an_input_error(
    leaf_key: Any, general_name: bytes, what: str
) -> None:
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "sip.contoso.com")])
    if what == "certificate":
        now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(leaf_key.public_key())
            .serial_number(9)
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=30))
        )
    else:
        builder = x509.CertificateSigningRequestBuilder().subject_name(name)
    data = _with_san(builder, leaf_key).public_bytes(serialization.Encoding.DER)
    assert data.count(b"\x82\x01q") == 1
    data = data.replace(b"\x82\x01q", general_name)
    for encoded in (
        data,
        _hostile()._pem(b"CERTIFICATE REQUEST" if what == "request" else b"CERTIFICATE", data),
    ):
        with pytest.raises(InputError) as excinfo:
            load_bytes(encoded, "edge.cer")
        assert f"A {what} in" in str(assert_error(excinfo, "name-type-unsupported", "edge.cer"))


def test_crl_with_a_bad_version_is_an_input_error(intermediate: pki.CA) -> None:
    data = make_crl(intermediate).public_bytes(serialization.Encoding.DER)
    data = data.replace(b"\x02\x01\x01", b"\x02\x01\x07", 1)  # v2 (1) becomes 7
    with pytest.raises(x509.InvalidVersion):
        x509.load_der_x509_crl(data)
    with pytest.raises(InputError) as excinfo:
        load_bytes(data, "ca.crl")
    assert "(7)" in str(assert_error(excinfo, "crl-bad-version", "ca.crl"))


# --- a password given for a PFX that needs none ------------------------------------------


@requires_openssl
def test_a_password_given_for_a_pfx_without_one_opens_it(
    pfx_files: dict[str, Path], chain: list, leaf_key: Any
) -> None:
    """The password is one for the whole run (key, PFX, every file of a batch): a PFX that
    needs none is read as it is, as a clear key is."""
    loaded = load_file(pfx_files["empty-password"], PASSWORD.encode())
    assert loaded.certificates[0] == chain[0]
    assert spki(loaded.private_keys[0]) == spki(leaf_key)


def test_a_password_given_for_an_unprotected_pfx_from_cryptography_opens_it(
    seed_leaf: x509.Certificate, leaf_key: Any
) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    data = pkcs12.serialize_key_and_certificates(
        b"edge", leaf_key, seed_leaf, None, serialization.NoEncryption()
    )
    loaded = load_bytes(data, "edge.pfx", b"anything")
    assert loaded.certificates == [seed_leaf]
