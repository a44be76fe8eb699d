"""pic-wizard-cli complete: the issued certificate and the key, checked together, become a
PFX; openssl reads it back as an independent judge."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from walk import run

from pic_wizard.core.usecases.check import CheckInputs
from pic_wizard.core.usecases.complete import (
    CompleteInputs,
    complete_refusal,
    suggested_pfx_file,
)
from pic_wizard.core.values.record import replace

import pki

AT = pki.AT.date().isoformat()
needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


@pytest.fixture
def files(tmp_path: Path, root: pki.CA, intermediate: pki.CA) -> dict[str, Path]:
    key = pki.rsa_key(1)
    good, _ = pki.make_leaf(intermediate, key=key)
    no_cdp, _ = pki.make_leaf(intermediate, key=key, cdp=False)  # CERT-NO-CDP: an error
    paths = {
        "root": tmp_path / "root.pem",
        "int": tmp_path / "int.pem",
        "cert": tmp_path / "issued.cer",
        "no_cdp": tmp_path / "no-cdp.cer",
        "key": tmp_path / "edge.key",
        "locked": tmp_path / "locked.key",
        "other": tmp_path / "other.key",
        "pw": tmp_path / "pfx-password.txt",
        "phrase": tmp_path / "phrase.txt",
        "out": tmp_path / "edge.pfx",
    }
    paths["root"].write_bytes(root.pem)
    paths["int"].write_bytes(intermediate.pem)
    paths["cert"].write_bytes(pki.pem(good))
    paths["no_cdp"].write_bytes(pki.pem(no_cdp))
    paths["key"].write_bytes(pki.key_pem(key))
    paths["locked"].write_bytes(pki.key_pem(key, b"key phrase"))
    paths["other"].write_bytes(pki.key_pem(pki.rsa_key(2)))
    paths["pw"].write_text("Pfx-Secret-2026\n")
    paths["phrase"].write_text("key phrase\n")
    return paths


def complete(files: dict[str, Path], *extra: str, cert: str = "cert", key: str = "key"):
    return run(
        "complete", str(files[cert]), "--key", str(files[key]), "--out", str(files["out"]),
        "--chain", str(files["int"]), "--roots", str(files["root"]),
        "--pfx-password-file", str(files["pw"]), "--at", AT, *extra,
    )  # fmt: skip


def openssl_info(pfx: Path, password_file: Path) -> str:
    """``openssl pkcs12 -info -nokeys``: what an independent reader finds in the PFX."""
    command = ["openssl", "pkcs12", "-info", "-nokeys", "-in", str(pfx),
               "-passin", f"file:{password_file}"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 and "unsupported" in done.stderr:  # OpenSSL 3 without 3DES
        done = subprocess.run([*command, "-legacy"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@needs_openssl
def test_a_good_completion_is_a_3des_pfx_openssl_reads(files: dict[str, Path]) -> None:
    code, out, err = complete(files)
    assert (code, err) == (0, ""), out
    assert f"Wrote the PFX: {files['out']} (3DES, SHA-1; friendly name: sip.contoso.com)" in out
    assert "the chain holds 2 CA certificates." in out  # the intermediate, then the root
    info = openssl_info(files["out"], files["pw"])
    assert "pbeWithSHA1And3-KeyTripleDES-CBC" in info and "MAC: sha1" in info
    assert "AES-256-CBC" not in info and "PBES2" not in info
    assert "friendlyName: sip.contoso.com" in info
    assert info.count("-----BEGIN CERTIFICATE-----") == 3
    assert files["out"].stat().st_mode & 0o077 == 0  # the key inside: the owner's only


@needs_openssl
def test_aes_and_a_friendly_name_are_what_openssl_sees(files: dict[str, Path]) -> None:
    code, out, _ = complete(files, "--aes", "--friendly-name", "Edge 2026", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["pfx"] == str(files["out"]) and data["protection"] == "aes256"
    assert data["friendly_name"] == "Edge 2026" and data["verdict"] == "pass"
    info = openssl_info(files["out"], files["pw"])
    assert "AES-256-CBC" in info and "MAC: sha256" in info and "TripleDES" not in info
    assert "friendlyName: Edge 2026" in info


def test_a_key_that_is_not_the_certificates_writes_nothing(files: dict[str, Path]) -> None:
    for extra in ((), ("--allow-errors",)):  # never, even when errors are accepted
        code, out, _ = complete(files, *extra, key="other")
        assert code == 1
        assert "KEY-MISMATCH" in out
        assert "This key does not belong to this certificate: no PFX was written." in out
        assert not files["out"].exists()


def test_errors_stop_the_pfx_unless_allowed(files: dict[str, Path]) -> None:
    code, out, _ = complete(files, cert="no_cdp")
    assert code == 1 and "CERT-NO-CDP" in out and "No PFX was written" in out
    assert not files["out"].exists()
    code, out, _ = complete(files, "--allow-errors", cert="no_cdp")
    assert code == 1 and "Wrote the PFX" in out
    assert files["out"].stat().st_size > 0


def test_an_existing_file_is_replaced_only_with_force(files: dict[str, Path]) -> None:
    files["out"].write_bytes(b"keep me")
    code, out, err = complete(files)
    assert code == 2 and out == ""
    assert err.startswith("pic-wizard-cli: error:") and "exists" in err
    assert files["out"].read_bytes() == b"keep me"
    code, out, _ = complete(files, "--force")
    assert code == 0 and files["out"].read_bytes() != b"keep me"


def test_passwords_that_cannot_be_used_are_a_sentence_and_exit_2(files: dict[str, Path]) -> None:
    # The key's passphrase missing, then wrong.
    code, _, err = complete(files, key="locked")
    assert code == 2 and "pic-wizard-cli: error:" in err and "Traceback" not in err
    files["phrase"].write_text("wrong\n")
    code, _, err = complete(files, "--password-file", str(files["phrase"]), key="locked")
    assert code == 2 and "pic-wizard-cli: error:" in err
    files["phrase"].write_text("key phrase\n")
    code, _, err = complete(files, "--password-file", str(files["phrase"]), key="locked")
    assert code == 0, err
    # An empty PFX password file.
    files["pw"].write_text("\n")
    code, _, err = complete(files, "--force")
    assert code == 2 and "pic-wizard-cli: error:" in err
    assert files["out"].exists()  # the earlier PFX, untouched


def test_no_pfx_password_and_no_terminal_is_refused(files: dict[str, Path]) -> None:
    code, out, err = run(
        "complete", str(files["cert"]), "--key", str(files["key"]), "--out", str(files["out"])
    )
    assert code == 2 and out == ""
    assert "there is no terminal to ask for it twice" in err and "--pfx-password-file" in err
    assert not files["out"].exists()


def test_the_request_beside_the_key_is_used(
    files: dict[str, Path], tmp_path: Path, intermediate: pki.CA
) -> None:
    csr = pki.make_csr(key=pki.rsa_key(1))
    (tmp_path / "edge.req").write_bytes(pki.pem(csr))
    code, out, _ = complete(files)
    assert f"Checked with the key, the request {tmp_path / 'edge.req'}" in out, out
    assert code in (0, 1)


def test_complete_refusal_before_any_file_is_read(tmp_path: Path) -> None:
    check = CheckInputs(file="issued.cer", key_file="edge.key")
    good = CompleteInputs(check, str(tmp_path / "edge.pfx"), b"secret")
    assert complete_refusal(good) is None
    assert complete_refusal(CompleteInputs(check, "", b"secret")).code == "complete-no-output"
    assert complete_refusal(CompleteInputs(check, "x.pfx", b"")).code == "pfx-password-missing"
    (tmp_path / "edge.pfx").write_bytes(b"")
    assert complete_refusal(good).code == "output-exists"
    forced = CompleteInputs(check, str(tmp_path / "edge.pfx"), b"secret", force=True)
    assert complete_refusal(forced) is None


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("/", ""), ("/t", "/t.pfx"), ("/tmp/x/issued.cer", "/tmp/x/issued.pfx"), ("", ""),
     ("/tmp/x/", "/tmp/x.pfx"), ("cert.p7b", "cert.pfx"), (".", "")],
)  # fmt: skip
def test_the_suggested_pfx_file_never_fails_while_a_path_is_typed(
    typed: str, suggested: str
) -> None:
    assert suggested_pfx_file(typed) == suggested


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("answers", "code", "words"),
    [
        (["Pfx-Secret-2026", "Pfx-Secret-2026"], 0, ""),
        (["Pfx-Secret-2026", "Pfx-Secret-2O26"], 2, "The two PFX passwords differ."),
        ([""], 2, "PFX"),
        ([EOFError()], 2, "Nothing was entered at the PFX password prompt"),
    ],
    ids=["same-twice", "differ", "empty", "ctrl-d"],
)
def test_the_pfx_password_typed_twice_at_a_terminal(
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    answers: list[object],
    code: int,
    words: str,
) -> None:
    import getpass
    import sys

    prompts: list[str] = []

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return str(answer)

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", typed)
    exit_code, _, err = run(
        "complete", str(files["cert"]), "--key", str(files["key"]), "--out", str(files["out"]),
        "--chain", str(files["int"]), "--roots", str(files["root"]), "--at", AT,
    )  # fmt: skip
    assert exit_code == code, err
    assert words in err
    assert prompts[0] == "Password for the PFX: "
    assert files["out"].exists() == (code == 0)


def test_a_stale_request_beside_the_key_is_an_error_named_not_a_wrong_key(
    files: dict[str, Path], tmp_path: Path
) -> None:
    """The key is the certificate's; the request found beside it is another's: that is an
    error finding like others (refused, or written with --allow-errors), and the request
    used is named; it is never called a wrong key."""
    stale = pki.make_csr(key=pki.rsa_key(3))
    (tmp_path / "edge.req").write_bytes(pki.pem(stale))
    code, out, _ = complete(files)
    assert code == 1 and not files["out"].exists()
    assert "does not belong" not in out
    assert "No PFX was written" in out and "edge.req" in out
    code, out, _ = complete(files, "--allow-errors")
    assert code == 1 and files["out"].exists()


def test_a_file_of_ca_certificates_alone_is_refused_as_check_refuses_it(
    files: dict[str, Path],
) -> None:
    code, out, err = complete(files, cert="int")
    assert code == 2 and out == ""
    assert "holds only CA certificates" in err
    assert not files["out"].exists()
    check_code, check_out, _ = run("check", str(files["int"]))
    assert check_code == 2 and "holds only CA certificates" in check_out


def test_a_missing_pfx_folder_is_made_as_csr_makes_its_folder(
    files: dict[str, Path], tmp_path: Path
) -> None:
    files["out"] = tmp_path / "new" / "folder" / "edge.pfx"
    code, _, err = complete(files)
    assert code == 0, err
    assert files["out"].is_file()


def test_the_use_case_refuses_a_missing_folder_before_any_work_unless_asked_to_make_it(
    files: dict[str, Path], tmp_path: Path
) -> None:
    from pic_wizard.core.usecases.complete import CompleteInputs, complete_refusal

    target = str(tmp_path / "missing" / "edge.pfx")
    inputs = CompleteInputs(
        check=CheckInputs(file=str(files["cert"]), key_file=str(files["key"])),
        out_file=target,
        pfx_password=b"Pfx-Secret-2026",
    )
    refusal = complete_refusal(inputs)
    assert refusal is not None and refusal.code == "output-folder-missing"
    assert complete_refusal(replace(inputs, make_folders=True)) is None


@pytest.mark.parametrize("which", ["cert", "key"])
def test_the_pfx_never_replaces_a_file_it_is_made_from(files: dict[str, Path], which: str) -> None:
    before = files[which].read_bytes()
    files["out"] = files[which]
    code, out, err = complete(files, "--force")
    assert code == 2 and out == ""
    assert "one of the files the PFX is made from" in err
    assert files[which].read_bytes() == before


def test_the_friendly_name_is_read_back_from_the_pfx_written(files: dict[str, Path]) -> None:
    """As the wizard shows it: the name the PFX holds, read back with its password."""
    code, out, err = complete(files, "--friendly-name", "Edge 2026", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["friendly_name"] == data["friendly_name_read_back"] == "Edge 2026"
    code, out, _ = complete(files, "--friendly-name", "Edge 2027", "--force")
    assert code == 0 and "friendly name: Edge 2027" in out


@pytest.mark.parametrize("product", ["lync2013", "sfb2015", "sfb2019", "sfbse"])
def test_without_a_choice_the_encryption_follows_the_profiles_product(
    files: dict[str, Path], product: str
) -> None:
    """Every product runs on a Windows Server older than 2019 (2016 for 2019 and
    Subscription Edition), which cannot import AES-256: the core suggests 3DES for each."""
    from pic_wizard.core.files import profile
    from pic_wizard.core.values.topology import Product, seed_example

    files["key"].with_suffix(".json").write_text(
        profile.dumps(replace(seed_example(), product=Product(product)))
    )
    code, out, _ = complete(files, "--json", "--allow-errors")
    data = json.loads(out)
    assert data["profile"] == str(files["key"].with_suffix(".json"))
    assert data["protection"] == "3des" and data["pfx"] == str(files["out"]), (code, data)


def test_3des_and_aes_exclude_each_other(files: dict[str, Path]) -> None:
    code, _, err = complete(files, "--aes", "--3des")
    assert code == 2 and "--3des" in err and "--aes" in err
    code, out, _ = complete(files, "--3des", "--json")
    assert (code, json.loads(out)["protection"]) == (0, "3des")
