"""Key and request generation, and how the files are written."""

from __future__ import annotations

import base64
import errno
import os
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from pic_wizard.core.files.fsutil import write_atomic
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases import request as csr_mod
from pic_wizard.core.usecases.request import build_request, write_request
from pic_wizard.core.values.errors import OutputError
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import KeyAlgorithm, KeySpec, seed_example

import pki

SEED_PLAN = make_plan(seed_example(), at=pki.AT)


def openssl(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *args], input=input, capture_output=True, check=False)


def test_request_content_matches_the_seed_plan() -> None:
    request = build_request(SEED_PLAN, pki.rsa_key(0))
    assert request.is_signature_valid
    names = request.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == [
        "sip.contoso.com",
        "webcon.contoso.com",
        "sip.fabrikam.com",
    ]
    ekus = request.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert [o.dotted_string for o in ekus] == ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]
    ku = request.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and ku.value.key_encipherment
    # PKCS#1 v1.5 with SHA-256, never PSS
    assert request.signature_algorithm_oid.dotted_string == "1.2.840.113549.1.1.11"
    assert [a.oid._name for a in request.subject] == [
        "countryName",
        "stateOrProvinceName",
        "localityName",
        "organizationName",
        "organizationalUnitName",
        "commonName",
    ]


def test_subject_is_shown_cn_first() -> None:
    assert SEED_PLAN.subject_text == (
        "CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, ST=Washington, C=US"
    )


def test_openssl_verifies_and_reads_our_request() -> None:
    pem = build_request(SEED_PLAN, pki.rsa_key(0)).public_bytes(serialization.Encoding.PEM)
    result = openssl("req", "-noout", "-verify", "-text", input=pem)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:sip.fabrikam.com" in text
    assert "TLS Web Server Authentication, TLS Web Client Authentication" in text
    assert "sha256WithRSAEncryption" in text
    assert "verify OK" in (result.stdout + result.stderr).decode()


@pytest.mark.parametrize(
    ("spec", "cls", "size"),
    [
        (KeySpec(), rsa.RSAPrivateKey, 2048),
        (KeySpec(algorithm=KeyAlgorithm.EC, curve="P-256"), ec.EllipticCurvePrivateKey, 256),
        (KeySpec(algorithm=KeyAlgorithm.EC, curve="P-384"), ec.EllipticCurvePrivateKey, 384),
    ],
)
def test_generate_key(spec: KeySpec, cls: type, size: int) -> None:
    key = csr_mod.generate_key(spec)
    assert isinstance(key, cls)
    assert key.key_size == size


def test_ec_request_asks_digital_signature_only() -> None:
    plan = make_plan(replace(seed_example(), key=KeySpec(algorithm=KeyAlgorithm.EC)), at=pki.AT)
    request = build_request(plan, pki.ec_key(0))
    ku = request.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and not ku.key_encipherment
    assert request.signature_algorithm_oid.dotted_string == "1.2.840.10045.4.3.2"


def test_write_request_encrypted_key_mode_0600(tmp_path: Path) -> None:
    written = write_request(SEED_PLAN, tmp_path, b"correct horse", key=pki.rsa_key(0))
    assert written.request_path == tmp_path / "sip.contoso.com.req"
    assert written.key_path == tmp_path / "sip.contoso.com.key"
    assert stat.S_IMODE(written.key_path.stat().st_mode) == 0o600
    key_text = written.key_path.read_bytes()
    assert key_text.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises((TypeError, ValueError)):
        serialization.load_pem_private_key(key_text, password=None)
    key = serialization.load_pem_private_key(key_text, password=b"correct horse")
    assert key.public_key().public_numbers() == pki.rsa_key(0).public_key().public_numbers()
    # openssl says it is PBES2 with AES-256
    info = openssl("asn1parse", "-in", str(written.key_path))
    assert b"aes-256-cbc" in info.stdout
    # no temporary file left behind
    assert {p.name for p in tmp_path.iterdir()} == {"sip.contoso.com.req", "sip.contoso.com.key"}


def test_key_passphrase_is_stretched_600000_times_and_read_back(
    tmp_path: Path, intermediate: pki.CA
) -> None:
    """PBKDF2-HMAC-SHA256 with OWASP's 600,000 iterations, not OpenSSL's old 2,048; openssl
    and pic-wizard's own complete step (key read back, then the PFX) still read the key."""
    from pic_wizard.core.x509.loader import load_private_key
    from pic_wizard.core.x509.pfx import pfx_bytes

    phrase = "Edge-Pool-2026 é".encode()
    written = write_request(SEED_PLAN, tmp_path, phrase, base_name="edge", key=pki.rsa_key(0))
    key_text = written.key_path.read_bytes()
    lines = key_text.decode("ascii").splitlines()
    der = base64.b64decode("".join(lines[1:-1]))
    # PBES2, PBKDF2 with a 16-byte salt, then the iteration count as a DER INTEGER
    assert bytes.fromhex("06092a864886f70d01050d") in der
    salt_at = der.index(bytes.fromhex("06092a864886f70d01050c")) + 11 + 2
    assert der[salt_at : salt_at + 2] == b"\x04\x10"
    assert der[salt_at + 18 : salt_at + 23] == bytes.fromhex("02030927c0")  # 600,000
    assert csr_mod.KEY_KDF_ROUNDS == 600_000
    secret = tmp_path / "phrase.txt"
    secret.write_bytes(phrase + b"\n")
    read = openssl("pkey", "-noout", "-in", str(written.key_path), "-passin", f"file:{secret}")
    assert read.returncode == 0, read.stderr
    info = openssl("asn1parse", "-in", str(written.key_path))
    assert b"hmacWithSHA256" in info.stdout and b"aes-256-cbc" in info.stdout
    assert b":0927C0" in info.stdout
    key = load_private_key(written.key_path, phrase)
    issued = pki.issue_from_csr(intermediate, written.request)
    pfx = pfx_bytes(key, issued, [intermediate.cert], b"pfx-pass", "Edge")
    from cryptography.hazmat.primitives.serialization import pkcs12

    back = pkcs12.load_pkcs12(pfx, b"pfx-pass")
    assert back.key is not None and back.cert is not None
    assert back.cert.certificate == issued


@pytest.mark.parametrize("key", [pki.rsa_key(1), pki.ec_key(1)], ids=["rsa", "ec"])
def test_key_pem_round_trip(key: object) -> None:
    text = csr_mod.key_pem(key, b"pw", rounds=1000)  # type: ignore[arg-type]
    back = serialization.load_pem_private_key(text, b"pw")
    assert back.private_numbers() == key.private_numbers()  # type: ignore[attr-defined]
    assert csr_mod.key_pem(key, None).startswith(b"-----BEGIN PRIVATE KEY-----")  # type: ignore[arg-type]


def test_write_request_unencrypted_only_when_asked(tmp_path: Path) -> None:
    written = write_request(SEED_PLAN, tmp_path, None, key=pki.rsa_key(0), base_name="edge")
    assert written.key_path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert not written.encrypted
    assert stat.S_IMODE(written.key_path.stat().st_mode) == 0o600


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    (tmp_path / "sip.contoso.com.key").write_bytes(b"the old key")
    with pytest.raises(OutputError) as caught:
        write_request(SEED_PLAN, tmp_path, b"pw", key=pki.rsa_key(0))
    assert caught.value.code == "output-exists"
    assert "--force" in str(caught.value)
    assert (tmp_path / "sip.contoso.com.key").read_bytes() == b"the old key"
    assert not (tmp_path / "sip.contoso.com.req").exists()
    write_request(SEED_PLAN, tmp_path, b"pw", key=pki.rsa_key(0), force=True)
    assert (tmp_path / "sip.contoso.com.key").read_bytes() != b"the old key"


def test_failed_request_write_removes_the_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def full_disk(path: str, flags: int, mode: int = 0o777) -> int:
        if ".req." in os.fspath(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", full_disk)
    with pytest.raises(OutputError) as caught:
        write_request(SEED_PLAN, tmp_path, b"pw", key=pki.rsa_key(0))
    assert caught.value.code == "output-unwritable" and "disk is full" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_request(SEED_PLAN, tmp_path / "nope", b"pw", key=pki.rsa_key(0))
    assert caught.value.code == "output-unwritable"


def test_write_atomic_race_loses_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.key"
    real_link = os.link

    def racing_link(src: str, dst: str) -> None:
        Path(dst).write_bytes(b"someone else's")  # appears between the check and the link
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(OutputError):
        write_atomic(target, b"secret")
    assert target.read_bytes() == b"someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["x.key"]


@pytest.mark.parametrize(
    ("phrase", "word"),
    [("", "weak"), ("password", "weak"), ("abcdefghijkl", "fair"), ("Edge-Pool-2026!", "strong")],
)
def test_passphrase_strength_grows_with_length_and_kinds_of_characters(
    phrase: str, word: str
) -> None:
    from pic_wizard.core.usecases.request import passphrase_strength

    bits, said = passphrase_strength(phrase)
    assert said == word
    assert bits == 0 if not phrase else bits > 0


def test_the_wizard_s_extra_files_are_written_by_the_core(tmp_path: Path) -> None:
    """The answers and the Windows files beside the key: named and written by the request
    use case (the Generate page only asks for them), each as the command line would write
    it (``inf``, ``powershell``)."""
    from pic_wizard.core.documents.windows import certreq_inf, windows_file_bytes
    from pic_wizard.core.files import profile
    from pic_wizard.core.usecases.request import request_files, write_request

    plan = make_plan(seed_example(), at=pki.AT)
    names = [p.name for p in request_files(tmp_path, "edge", answers=True, windows_files=True)]
    assert names == ["edge.key", "edge.req", "edge.json", "edge.inf", "edge.ps1"]
    written = write_request(
        plan, tmp_path, None, base_name="edge", key=pki.ec_key(3), answers=True,
        windows_files=True,
    )  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    assert written.answers_path == tmp_path / "edge.json"
    assert profile.load(tmp_path / "edge.json") == seed_example()
    assert (tmp_path / "edge.inf").read_bytes() == windows_file_bytes(certreq_inf(plan), "inf")
    with pytest.raises(OutputError) as again:  # every name is checked before a key is made
        write_request(plan, tmp_path, None, base_name="edge", answers=True)
    assert again.value.code == "output-exists"


def test_a_request_signed_beforehand_is_written_as_signed(tmp_path: Path) -> None:
    """The wizard signs on a worker (``sign_request``) and writes on its own thread."""
    from pic_wizard.core.usecases.request import sign_request

    signed = sign_request(SEED_PLAN, b"correct horse", pki.rsa_key(0))
    written = write_request(SEED_PLAN, tmp_path, b"correct horse", signed=signed)
    assert written.key_path.read_bytes() == signed.key_pem
    assert written.request_path.read_bytes() == signed.request_pem
    assert written.encrypted and written.request == signed.request
    (tmp_path / "other").mkdir()
    with pytest.raises(ValueError, match="another passphrase"):
        write_request(SEED_PLAN, tmp_path / "other", None, signed=signed)
