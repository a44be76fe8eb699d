"""PFX export: what openssl and cryptography read back, the refusals, and the file."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path
from typing import Any

import opensslpki
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.serialization import pkcs12
from opensslpki import OPENSSL, make_chain, requires_openssl

from pic_wizard.core.values.errors import OutputError
from pic_wizard.core.x509.loader import load_file
from pic_wizard.core.x509.pbe import MAX_PASSPHRASE_BYTES
from pic_wizard.core.x509.pfx import (
    PfxProtection,
    default_friendly_name,
    default_pfx_name,
    order_chain,
    pfx_bytes,
    write_pfx,
)

import pki

PASSWORD = b"Edge-2026!pfx"
FRIENDLY = "Lync Edge external 2026"


def openssl(*args: str) -> subprocess.CompletedProcess[str]:
    """Run openssl, whatever its exit status (a refusal is what some tests look for)."""
    assert OPENSSL is not None
    return subprocess.run(
        [OPENSSL, *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",  # openssl prints non-ASCII friendly names as it likes
        check=False,
    )


def pkcs12_info(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``openssl pkcs12 -info``; the algorithms go to stderr, the bags to stdout."""
    return openssl(
        "pkcs12", "-info", "-in", str(path), "-passin", f"pass:{PASSWORD.decode()}", *extra
    )


def spki(key_or_cert: Any) -> bytes:
    return key_or_cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.fixture(scope="module")
def issued(intermediate: pki.CA) -> tuple[x509.Certificate, object]:
    return pki.make_leaf(intermediate)


@pytest.fixture()
def default_pfx(tmp_path: Path, issued, intermediate: pki.CA, root: pki.CA) -> Path:
    cert, key = issued
    return write_pfx(
        tmp_path / "edge.pfx", key, cert, [intermediate.cert, root.cert], PASSWORD, FRIENDLY
    )


@pytest.fixture()
def aes_pfx(tmp_path: Path, issued, intermediate: pki.CA, root: pki.CA) -> Path:
    cert, key = issued
    return write_pfx(
        tmp_path / "edge-aes.pfx",
        key,
        cert,
        [intermediate.cert, root.cert],
        PASSWORD,
        FRIENDLY,
        PfxProtection.AES256,
    )


# --- Protection -----------------------------------------------------------------------


def test_protections_and_their_descriptions() -> None:
    assert PfxProtection("3des") is PfxProtection.WINDOWS_2012_R2
    assert PfxProtection("aes256") is PfxProtection.AES256
    assert (
        PfxProtection.WINDOWS_2012_R2.description
        == "Windows Server 2012 R2 compatible (3DES, SHA-1)"
    )
    assert (
        PfxProtection.AES256.description
        == "AES-256 (Windows Server 2019 / Windows 10 1709 and later)"
    )


@requires_openssl
def test_default_pfx_is_3des_with_a_sha1_mac(default_pfx: Path) -> None:
    result = pkcs12_info(default_pfx, "-nokeys", "-legacy")
    assert result.returncode == 0, result.stderr
    report = result.stderr
    assert "MAC: sha1" in report
    # The certificates and the key, both with TripleDES: nothing AES, nothing RC2.
    assert "PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC" in report
    assert "Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC" in report
    assert "AES" not in report and "PBES2" not in report and "RC2" not in report


@requires_openssl
def test_default_pfx_needs_no_openssl_legacy_provider(default_pfx: Path) -> None:
    """TripleDES is in OpenSSL 3's default provider; only RC2-40 (the old default for the
    certificates) needs -legacy, and the PFX does not use it."""
    result = pkcs12_info(default_pfx, "-nokeys")
    assert result.returncode == 0, result.stderr
    assert "pbeWithSHA1And3-KeyTripleDES-CBC" in result.stderr
    assert "unsupported" not in result.stderr.lower()


@requires_openssl
def test_openssl_legacy_export_by_contrast_needs_the_legacy_provider(
    tmp_path: Path, issued
) -> None:
    """What the previous test rules out: ``openssl pkcs12 -export -legacy`` encrypts the
    certificates with RC2-40, which OpenSSL 3 reads only with -legacy."""
    cert, key = issued
    path = tmp_path / "openssl-legacy.pfx"
    path.write_bytes(opensslpki.pfx(tmp_path, cert, key, password=PASSWORD.decode(), legacy=True))
    assert "RC2" in pkcs12_info(path, "-nokeys", "-legacy").stderr
    assert pkcs12_info(path, "-nokeys").returncode != 0


@requires_openssl
def test_aes_pfx_is_aes256_with_a_sha256_mac(aes_pfx: Path) -> None:
    result = pkcs12_info(aes_pfx, "-nokeys")
    assert result.returncode == 0, result.stderr
    report = result.stderr
    assert "MAC: sha256" in report
    assert "PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC" in report
    assert "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC" in report
    assert "TripleDES" not in report and "sha1" not in report.lower()


@requires_openssl
def test_key_derivation_and_mac_iterations(default_pfx: Path, aes_pfx: Path) -> None:
    for path in (default_pfx, aes_pfx):
        report = pkcs12_info(path, "-nokeys", "-legacy").stderr
        assert re.findall(r"Iteration (\d+)", report) == ["2048", "2048", "2048"]


# --- Content and order ------------------------------------------------------------------


@requires_openssl
@pytest.mark.parametrize("protection", list(PfxProtection))
def test_openssl_lists_leaf_intermediate_root_and_the_friendly_name(
    tmp_path: Path, issued, intermediate: pki.CA, root: pki.CA, protection: PfxProtection
) -> None:
    cert, key = issued
    path = write_pfx(
        tmp_path / "edge.pfx",
        key,
        cert,
        [intermediate.cert, root.cert],
        PASSWORD,
        FRIENDLY,
        protection,
    )
    result = pkcs12_info(path, "-nodes", "-legacy")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    subjects = re.findall(r"^subject=.*CN = (.+)$", out, re.MULTILINE)
    assert subjects == [
        "sip.contoso.com",
        "pic-wizard Test Issuing CA",
        "pic-wizard Test Root CA",
    ]
    # The friendly name and the key identifier, on the key and on the Edge certificate
    # only: Windows pairs them through the localKeyID.
    assert re.findall(r"friendlyName: (.+)", out) == [FRIENDLY, FRIENDLY]
    key_ids = re.findall(r"localKeyID: ([0-9A-F ]+)", out)
    assert len(key_ids) == 2 and key_ids[0] == key_ids[1]
    leaf_bag = out.split("subject=")[0]
    assert f"friendlyName: {FRIENDLY}" in leaf_bag.split("-----END PRIVATE KEY-----")[-1]
    assert out.count("Bag Attributes: <No Attributes>") == 2  # the two CA certificates
    assert "-----BEGIN PRIVATE KEY-----" in out


@pytest.mark.parametrize("protection", list(PfxProtection))
def test_cryptography_round_trip(
    issued, intermediate: pki.CA, root: pki.CA, protection: PfxProtection
) -> None:
    cert, key = issued
    data = pfx_bytes(key, cert, [intermediate.cert, root.cert], PASSWORD, FRIENDLY, protection)
    bundle = pkcs12.load_pkcs12(data, PASSWORD)
    assert bundle.key is not None and spki(bundle.key) == spki(key)
    assert bundle.key.private_numbers() == key.private_numbers()  # type: ignore[union-attr]
    assert bundle.cert is not None and bundle.cert.certificate == cert
    assert bundle.cert.friendly_name == FRIENDLY.encode()
    assert [c.certificate for c in bundle.additional_certs] == [intermediate.cert, root.cert]
    assert all(c.friendly_name is None for c in bundle.additional_certs)


@requires_openssl
def test_non_ascii_friendly_name_and_password_round_trip(
    tmp_path: Path, issued, intermediate: pki.CA
) -> None:
    cert, key = issued
    password = "Kennwort-Größe-ü".encode()
    name = "Édge extérieur – Zürich"
    data = pfx_bytes(key, cert, [intermediate.cert], password, name)
    bundle = pkcs12.load_pkcs12(data, password)
    assert bundle.cert is not None and bundle.cert.friendly_name == name.encode()
    path = tmp_path / "edge.pfx"
    path.write_bytes(data)
    result = openssl(
        "pkcs12", "-info", "-nokeys", "-in", str(path), "-passin", f"pass:{password.decode()}"
    )
    assert result.returncode == 0, result.stderr


def test_pic_wizard_reads_its_own_pfx(default_pfx: Path, issued) -> None:
    cert, key = issued
    loaded = load_file(default_pfx, PASSWORD)
    assert loaded.format == "PKCS#12"
    assert loaded.friendly_name == FRIENDLY
    assert loaded.certificates[0] == cert and len(loaded.certificates) == 3
    assert [spki(k) for k in loaded.private_keys] == [spki(key)]


def test_the_certificate_and_duplicates_are_not_repeated_in_the_chain(
    issued, intermediate: pki.CA, root: pki.CA
) -> None:
    cert, key = issued
    chain = [cert, intermediate.cert, intermediate.cert, root.cert]
    bundle = pkcs12.load_pkcs12(pfx_bytes(key, cert, chain, PASSWORD, FRIENDLY), PASSWORD)
    assert [c.certificate for c in bundle.additional_certs] == [intermediate.cert, root.cert]


def test_a_blank_friendly_name_becomes_the_common_name(issued) -> None:
    cert, key = issued
    bundle = pkcs12.load_pkcs12(pfx_bytes(key, cert, [], PASSWORD, "  "), PASSWORD)
    assert bundle.cert is not None and bundle.cert.friendly_name == b"sip.contoso.com"
    assert bundle.additional_certs == []


def test_an_ec_key_is_exported_too(intermediate: pki.CA) -> None:
    key = pki.ec_key(7)
    cert, _ = pki.make_leaf(intermediate, key=key)
    bundle = pkcs12.load_pkcs12(pfx_bytes(key, cert, [], PASSWORD, FRIENDLY), PASSWORD)
    assert bundle.key is not None and spki(bundle.key) == spki(key)


# --- Refusals ---------------------------------------------------------------------------


def test_refuses_a_key_that_is_not_the_certificates(issued) -> None:
    cert, _key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(pki.ec_key(3), cert, [], PASSWORD, FRIENDLY)
    assert caught.value.code == "pfx-key-mismatch"
    assert str(caught.value) == (
        "The private key does not belong to the certificate "
        "'CN=sip.contoso.com, O=pic-wizard tests, C=US': their public keys differ. "
        "Give the key that was written with the request this certificate was issued for."
    )


def test_refuses_a_key_a_pfx_cannot_hold(issued) -> None:
    cert, _key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(x25519.X25519PrivateKey.generate(), cert, [], PASSWORD, FRIENDLY)
    assert caught.value.code == "pfx-key-unsupported"
    assert caught.value.message() == (
        "A PFX file cannot hold this kind of private key (X25519PrivateKey)."
    )


def test_refuses_an_empty_password(issued) -> None:
    cert, key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(key, cert, [], b"", FRIENDLY)
    assert caught.value.code == "pfx-password-missing"
    assert str(caught.value) == (
        "The PFX file needs a password: Import-CsCertificate and the Certificates console "
        "ask for one. Give a password for the PFX file."
    )


def test_refuses_a_password_over_the_limit(issued) -> None:
    cert, key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(key, cert, [], b"p" * (MAX_PASSPHRASE_BYTES + 1), FRIENDLY)
    assert caught.value.code == "pfx-password-too-long"
    assert str(caught.value) == (
        "The PFX password is 1024 bytes long; at most 1023 can be used. Choose a shorter password."
    )


def test_a_password_at_the_limit_is_used(issued) -> None:
    cert, key = issued
    password = b"p" * MAX_PASSPHRASE_BYTES
    bundle = pkcs12.load_pkcs12(pfx_bytes(key, cert, [], password, FRIENDLY), password)
    assert bundle.cert is not None and bundle.cert.certificate == cert


def test_refuses_a_password_that_is_not_utf8(issued) -> None:
    cert, key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(key, cert, [], b"\xff\xfepass", FRIENDLY)
    assert caught.value.code == "pfx-password-not-text"
    assert caught.value.message() == "The PFX password is not text (UTF-8)."


@pytest.mark.parametrize(
    ("name", "shown", "character"),
    [
        ("Edge \N{GRINNING FACE}", "Edge \N{GRINNING FACE}", "\N{GRINNING FACE} U+1F600"),
        ("Edge\nexternal", "Edge?external", "U+000A"),
    ],
)
def test_refuses_a_friendly_name_a_pfx_cannot_store(
    issued, name: str, shown: str, character: str
) -> None:
    cert, key = issued
    with pytest.raises(OutputError) as caught:
        pfx_bytes(key, cert, [], PASSWORD, name)
    assert caught.value.code == "pfx-friendly-name"
    assert caught.value.message() == (
        f"The friendly name '{shown}' holds a character a PFX file cannot store ({character})."
    )


# --- The file ----------------------------------------------------------------------------


def test_written_readable_by_the_owner_only(default_pfx: Path) -> None:
    if os.name == "posix":
        assert stat.S_IMODE(default_pfx.stat().st_mode) == 0o600
    assert [p.name for p in default_pfx.parent.iterdir()] == ["edge.pfx"]


def test_never_overwrites_without_overwrite(
    default_pfx: Path, issued, intermediate: pki.CA
) -> None:
    cert, key = issued
    before = default_pfx.read_bytes()
    with pytest.raises(OutputError) as caught:
        write_pfx(default_pfx, key, cert, [intermediate.cert], PASSWORD, "other")
    assert caught.value.code == "output-exists"
    assert default_pfx.read_bytes() == before
    assert [p.name for p in default_pfx.parent.iterdir()] == ["edge.pfx"]

    written = write_pfx(
        default_pfx, key, cert, [intermediate.cert], PASSWORD, "other", overwrite=True
    )
    assert written == default_pfx
    assert default_pfx.read_bytes() != before
    bundle = pkcs12.load_pkcs12(default_pfx.read_bytes(), PASSWORD)
    assert bundle.cert is not None and bundle.cert.friendly_name == b"other"
    if os.name == "posix":
        assert stat.S_IMODE(default_pfx.stat().st_mode) == 0o600
    assert [p.name for p in default_pfx.parent.iterdir()] == ["edge.pfx"]


def test_overwrite_leaves_an_existing_wider_file_at_0600(tmp_path: Path, issued) -> None:
    cert, key = issued
    path = tmp_path / "edge.pfx"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_pfx(path, key, cert, [], PASSWORD, FRIENDLY, overwrite=True)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_refusal_writes_nothing(tmp_path: Path, issued) -> None:
    cert, key = issued
    with pytest.raises(OutputError):
        write_pfx(tmp_path / "edge.pfx", key, cert, [], b"", FRIENDLY)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_an_output_error(tmp_path: Path, issued) -> None:
    cert, key = issued
    with pytest.raises(OutputError) as caught:
        write_pfx(tmp_path / "missing" / "edge.pfx", key, cert, [], PASSWORD, FRIENDLY)
    assert caught.value.code == "output-unwritable"


# --- order_chain --------------------------------------------------------------------------


def test_order_chain_in_order_and_reversed(
    seed_leaf: x509.Certificate, intermediate: pki.CA, root: pki.CA
) -> None:
    expected = [intermediate.cert, root.cert]
    assert order_chain(seed_leaf, [intermediate.cert, root.cert]) == expected
    assert order_chain(seed_leaf, [root.cert, intermediate.cert]) == expected


def test_order_chain_ignores_unrelated_certificates(
    seed_leaf: x509.Certificate, intermediate: pki.CA, root: pki.CA
) -> None:
    other_root = pki.make_root("Other Root CA", slot=1)
    other_issuing = pki.make_intermediate(other_root, "Other Issuing CA", slot=1)
    other_leaf, _ = pki.make_leaf(other_issuing, cn="sip.fabrikam.com", key=pki.ec_key(9))
    certs = [
        other_leaf,
        root.cert,
        other_root.cert,
        seed_leaf,
        other_issuing.cert,
        intermediate.cert,
        intermediate.cert,
    ]
    assert order_chain(seed_leaf, certs) == [intermediate.cert, root.cert]


def test_order_chain_follows_signatures_not_names(
    seed_leaf: x509.Certificate, intermediate: pki.CA, root: pki.CA
) -> None:
    # Same subject as the real issuing CA, another key: not the leaf's issuer.
    namesake = pki.make_intermediate(root, slot=5)
    assert namesake.cert.subject == intermediate.cert.subject
    certs = [namesake.cert, root.cert, intermediate.cert]
    assert order_chain(seed_leaf, certs) == [intermediate.cert, root.cert]


def test_order_chain_without_the_root_or_anything(
    seed_leaf: x509.Certificate, intermediate: pki.CA, root: pki.CA
) -> None:
    assert order_chain(seed_leaf, [intermediate.cert]) == [intermediate.cert]
    assert order_chain(seed_leaf, [root.cert]) == []
    assert order_chain(seed_leaf, []) == []


def test_order_chain_of_a_self_signed_certificate_is_empty(root: pki.CA) -> None:
    self_signed, _ = pki.make_leaf(None, key=pki.ec_key(11))
    assert order_chain(self_signed, [root.cert, self_signed]) == []
    assert order_chain(root.cert, [root.cert]) == []


@requires_openssl
def test_order_chain_of_a_sha1_signed_certificate(tmp_path: Path) -> None:
    # cryptography declines SHA-1 signatures; the check verifies them by hand.
    c = make_chain(tmp_path, leaf_digest="sha1")
    assert c.leaf.signature_hash_algorithm is not None
    assert c.leaf.signature_hash_algorithm.name == "sha1"
    assert order_chain(c.leaf, [c.root, c.intermediate]) == [c.intermediate, c.root]


def test_ordered_chain_makes_the_pfx_in_order(
    tmp_path: Path, issued, intermediate: pki.CA, root: pki.CA
) -> None:
    cert, key = issued
    chain = order_chain(
        cert, [root.cert, pki.make_root("Other Root CA", 1).cert, intermediate.cert]
    )
    bundle = pkcs12.load_pkcs12(pfx_bytes(key, cert, chain, PASSWORD, FRIENDLY), PASSWORD)
    assert [c.certificate for c in bundle.additional_certs] == [intermediate.cert, root.cert]


# --- Names ----------------------------------------------------------------------------------


def test_default_pfx_name(seed_leaf: x509.Certificate, intermediate: pki.CA) -> None:
    assert default_pfx_name(seed_leaf) == "sip.contoso.com.pfx"
    assert default_friendly_name(seed_leaf) == "sip.contoso.com"
    cases = {
        "*.contoso.com": "_.contoso.com.pfx",
        "Edge external/1": "Edge_external_1.pfx",
        "..hidden": "hidden.pfx",
        "con": "_con.pfx",
        "COM1.contoso.com": "_COM1.contoso.com.pfx",
    }
    for cn, expected in cases.items():
        cert, _ = pki.make_leaf(intermediate, cn=cn, key=pki.ec_key(12))
        assert default_pfx_name(cert) == expected, cn


def test_default_pfx_name_without_a_common_name(intermediate: pki.CA) -> None:
    cert, _ = pki.make_leaf(intermediate, cn=None, key=pki.ec_key(12))
    assert default_pfx_name(cert) == "sip.contoso.com.pfx"
    bare, _ = pki.make_leaf(intermediate, cn=None, sans=None, key=pki.ec_key(12))
    assert default_pfx_name(bare) == "edge-external.pfx"
    assert default_friendly_name(bare) == "edge-external"
