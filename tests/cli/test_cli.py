"""The command line as scripts use it: output contract, exit codes, no traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.values.topology import seed_example

import pki


@pytest.fixture
def ca_files(tmp_path: Path, root: pki.CA, intermediate: pki.CA) -> dict[str, Path]:
    files = {
        "root": tmp_path / "root.pem",
        "int": tmp_path / "int.pem",
        "int_key": tmp_path / "int.key",
    }
    files["root"].write_bytes(root.pem)
    files["int"].write_bytes(intermediate.pem)
    files["int_key"].write_bytes(pki.key_pem(intermediate.key))
    return files


def openssl_issue(
    request: Path, ca: dict[str, Path], out: Path, ekus: str, sans: tuple[str, ...]
) -> Path:
    """An in-test CA made of the openssl command line: an independent signer."""
    ext = out.with_suffix(".cnf")
    ext.write_text(
        "[v3]\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        f"extendedKeyUsage = {ekus}\n"
        f"subjectAltName = {', '.join('DNS:' + n for n in sans)}\n"
        "crlDistributionPoints = URI:http://crl.example.com/issuing.crl\n"
        "authorityKeyIdentifier = keyid\n"
    )
    result = subprocess.run(
        ["openssl", "x509", "-req", "-in", str(request), "-CA", str(ca["int"]),
         "-CAkey", str(ca["int_key"]), "-set_serial", "4242", "-days", "90", "-sha256",
         "-extfile", str(ext), "-extensions", "v3", "-out", str(out)],
        capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


# ------------------------------------------------------------------ example / plan


def test_example_to_stdout_is_the_seed_profile() -> None:
    code, out, _ = run("example")
    assert code == 0
    assert profile.loads(out) == seed_example()


def test_example_refuses_to_overwrite(seed_profile: Path) -> None:
    code, _, err = run("example", "--out", str(seed_profile))
    assert code == 2
    assert "already exists" in err and "--force" in err
    assert run("example", "--out", str(seed_profile), "--force")[0] == 0


def test_plan_json_contract(seed_profile: Path) -> None:
    code, out, _ = run("plan", str(seed_profile), "--json", "--at", "2026-06-01")
    assert code == 0
    data = json.loads(out)
    assert data["subject"]["common_name"] == "sip.contoso.com"
    assert data["subject"]["country"] == "US"
    assert [s["name"] for s in data["subject_alternative_names"]] == [
        "sip.contoso.com",
        "webcon.contoso.com",
        "sip.fabrikam.com",
    ]
    assert all(s["reasons"] for s in data["subject_alternative_names"])
    assert data["extended_key_usages"] == ["serverAuth", "clientAuth"]
    assert data["key"]["algorithm"] == "rsa" and data["key"]["size"] == 2048
    assert data["key"]["exportable"] is True
    rules = {f["rule"]: f for f in data["findings"]}
    assert set(rules) == {"EKU-CLIENT-SUNSET", "PIC-AOL-ENDED", "PRODUCT-EOL"}
    for f in data["findings"]:
        assert set(f) >= {"rule", "severity", "subject", "message", "fix"}
        assert f["severity"] in ("error", "warning", "info")


def test_plan_text_lists_sans_in_order_with_reasons(seed_profile: Path) -> None:
    code, out, _ = run("plan", str(seed_profile), "--at", pki.AT_DAY)
    assert code == 0
    assert out.index("1. sip.contoso.com") < out.index("2. webcon.contoso.com")
    assert out.index("2. webcon.contoso.com") < out.index("3. sip.fabrikam.com")
    assert "Client Authentication (1.3.6.1.5.5.7.3.2)" in out


def test_plan_with_errors_exits_1(tmp_path: Path) -> None:
    data = json.loads(profile.dumps(seed_example()))
    data["sip_domains"] = ["contoso.local"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    code, out, _ = run("plan", str(path), "--json")
    assert code == 1
    assert "NAME-INTERNAL" in {f["rule"] for f in json.loads(out)["findings"]}


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["plan"],
        ["csr", "x.json"],  # --out is required
        ["check"],
        ["csr", "x.json", "--out", ".", "--no-encrypt", "--passphrase-file", "p"],
    ],
)
def test_bad_command_lines_exit_2(argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert "error:" in err


def test_bad_date_and_missing_profile_exit_2(seed_profile: Path, tmp_path: Path) -> None:
    code, _, err = run("plan", str(seed_profile), "--at", "27/11/2026")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run("plan", str(tmp_path / "nope.json"))
    assert code == 2 and "does not exist" in err


# ------------------------------------------------------------------ csr and the round trip


def test_csr_needs_a_passphrase_or_an_explicit_choice(
    seed_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run("csr", str(seed_profile), "--at", pki.AT_DAY, "--out", str(out_dir))
    assert code == 2 and "--no-encrypt" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    code, _, err = run(
        "csr",
        str(seed_profile),
        "--at",
        pki.AT_DAY,
        "--out",
        str(out_dir),
        "--passphrase-file",
        str(empty),
    )
    assert code == 2 and "empty" in err
    assert list(out_dir.iterdir()) == []


def test_csr_refused_when_the_plan_has_errors(tmp_path: Path) -> None:
    data = json.loads(profile.dumps(seed_example()))
    data["edge"]["web_conferencing_edge_fqdn"] = "*.contoso.com"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    code, _, err = run("csr", str(path), "--out", str(tmp_path), "--no-encrypt", "--at", pki.AT_DAY)
    assert code == 1
    assert "NAME-WILDCARD" in err
    assert not list(tmp_path.glob("*.req")) and not list(tmp_path.glob("*.key"))
    # The core's refusal, the same sentence the wizard's Generate page shows.
    assert "pic-wizard-cli: error: This plan has errors (1); a CA would refuse" in err
    code, _, err = run(
        "--lang", "fr", "csr", str(path), "--out", str(tmp_path), "--no-encrypt", "--at", pki.AT_DAY
    )
    assert code == 1 and "erreur : Ce plan comporte des erreurs (1) ; une AC refuserait" in err


def test_round_trip_request_issue_check(
    seed_profile: Path, tmp_path: Path, ca_files: dict[str, Path]
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("Edge-Pool-2026!\n")
    code, out, _ = run(
        "csr",
        str(seed_profile),
        "--at",
        pki.AT_DAY,
        "--out",
        str(tmp_path),
        "--passphrase-file",
        str(phrase),
    )
    assert code == 0, out
    req, key = tmp_path / "sip.contoso.com.req", tmp_path / "sip.contoso.com.key"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    verify = subprocess.run(
        ["openssl", "req", "-in", str(req), "-noout", "-verify"], capture_output=True
    )
    assert verify.returncode == 0 and b"verify OK" in verify.stdout + verify.stderr

    sans = ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
    cert = openssl_issue(req, ca_files, tmp_path / "issued.cer", "serverAuth, clientAuth", sans)
    common = ["--profile", str(seed_profile), "--roots", str(ca_files["root"]),
              "--chain", str(ca_files["int"]), "--request", str(req), "--key", str(key),
              "--password-file", str(phrase), "--json"]  # fmt: skip
    code, out, _ = run("check", str(cert), *common)
    result = json.loads(out)
    assert code == 0, result
    assert result["kind"] == "certificate" and result["verdict"] in ("pass", "warn")
    assert not [f for f in result["findings"] if f["severity"] == "error"]
    assert result["skipped_rules"] == []

    # The same request, issued by a CA that no longer gives Client Authentication.
    stripped = openssl_issue(req, ca_files, tmp_path / "stripped.cer", "serverAuth", sans)
    code, out, _ = run("check", str(stripped), *common)
    result = json.loads(out)
    assert code == 1
    assert result["verdict"] == "fail"
    rules = {f["rule"] for f in result["findings"]}
    assert {"EKU-CLIENT-DROPPED", "EKU-CLIENT-MISSING"} <= rules


# ------------------------------------------------------------------ check


def test_check_json_one_line_per_file_in_order_and_keeps_going(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA, seed_leaf: object
) -> None:
    good = tmp_path / "good.pem"
    good.write_bytes(pki.pem(seed_leaf, intermediate))
    no_webconf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    bad = tmp_path / "bad.cer"
    bad.write_bytes(pki.der(no_webconf))
    garbage = tmp_path / "garbage.cer"
    garbage.write_bytes(b"this is not a certificate\n")
    request = tmp_path / "edge.req"
    request.write_bytes(pki.make_csr().public_bytes(serialization.Encoding.PEM))
    profile_path = tmp_path / "p.json"
    profile.save(seed_example(), profile_path)
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)

    code, out, _ = run(
        "check", str(good), str(garbage), str(bad), str(request),
        "--profile", str(profile_path), "--roots", str(roots), "--at", "2026-06-01", "--json",
    )  # fmt: skip
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["file"], x["kind"], x["verdict"]) for x in lines] == [
        (str(good), "certificate", "warn"),
        (str(garbage), "error", "error"),
        (str(bad), "certificate", "fail"),
        (str(request), "csr", "warn"),
    ]
    assert code == 2  # an input could not be read
    assert "not a certificate" in lines[1]["error"]
    webconf = [f for f in lines[2]["findings"] if f["rule"] == "SAN-WEBCONF-MISSING"]
    assert webconf and webconf[0]["subject"] == "webcon.contoso.com"
    assert webconf[0]["severity"] == "error" and webconf[0]["fix"]


def test_check_exit_1_on_errors_only(tmp_path: Path, root: pki.CA, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, cdp=False)
    path = tmp_path / "leaf.pem"
    path.write_bytes(pki.pem(leaf, intermediate))
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    code, out, _ = run("check", str(path), "--roots", str(roots), "--at", "2026-06-01")
    assert code == 1
    assert "CERT-NO-CDP" in out
    assert "Not checked without --profile" in out and "SAN-WEBCONF-MISSING" in out


def _pfx(tmp_path: Path, intermediate: pki.CA, password: bytes) -> Path:
    leaf, key = pki.make_leaf(intermediate)
    data = pkcs12.serialize_key_and_certificates(
        b"Edge", key, leaf, [intermediate.cert],
        serialization.BestAvailableEncryption(password),
    )  # fmt: skip
    path = tmp_path / "edge.pfx"
    path.write_bytes(data)
    return path


def test_pfx_password_sources(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA, monkeypatch: pytest.MonkeyPatch
) -> None:
    pfx = _pfx(tmp_path, intermediate, b"s3cret")
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    base = ("check", str(pfx), "--roots", str(roots), "--at", "2026-06-01")
    monkeypatch.delenv("PIC_WIZARD_PASSWORD", raising=False)

    code, out, _ = run(*base)
    assert code == 2 and "protected by a password" in out and "--password-file" in out

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n")
    code, out, _ = run(*base, "--password-file", str(wrong))
    assert code == 2 and "password" in out and "wrong" in out

    right = tmp_path / "right.txt"
    right.write_text("s3cret\r\n")
    code, out, _ = run(*base, "--password-file", str(right))
    assert code == 0 and "READY" in out and "NOT READY" not in out

    monkeypatch.setenv("PIC_WIZARD_PASSWORD", "s3cret")
    assert run(*base)[0] == 0


def test_missing_chain_file_is_exit_2(tmp_path: Path, seed_leaf: object) -> None:
    cert = tmp_path / "c.pem"
    cert.write_bytes(pki.pem(seed_leaf))
    code, _, err = run("check", str(cert), "--chain", str(tmp_path / "missing.p7b"))
    assert code == 2 and "missing.p7b" in err and "does not exist" in err


def test_real_subprocess_entry_point(tmp_path: Path, seed_leaf: object) -> None:
    cert = tmp_path / "c.pem"
    cert.write_bytes(pki.pem(seed_leaf))
    env = dict(os.environ, PYTHONWARNINGS="error")
    result = subprocess.run(
        [sys.executable, "-m", "pic_wizard.cli", "check", str(cert), "--json",
         "--at", "2026-06-01"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    line = json.loads(result.stdout)
    assert "CHAIN-INCOMPLETE" in {f["rule"] for f in line["findings"]}
    assert result.stderr == ""


def test_large_audit_in_parallel_keeps_input_order(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA
) -> None:
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    files = []
    for i in range(70):  # above the parallel threshold
        leaf, _ = pki.make_leaf(intermediate, cdp=bool(i % 3))  # every third: CERT-NO-CDP
        path = tmp_path / f"edge-{i:02d}.pem"
        path.write_bytes(pki.pem(leaf, intermediate))
        files.append(str(path))
    files.insert(35, str(tmp_path / "missing.cer"))
    base = ["check", *files, "--roots", str(roots), "--at", "2026-06-01", "--json"]
    code_parallel, out_parallel, _ = run(*base, "--jobs", "2")
    code_single, out_single, _ = run(*base, "--jobs", "1")
    assert out_parallel == out_single
    assert code_parallel == code_single == 2
    lines = [json.loads(line) for line in out_parallel.splitlines()]
    assert [x["file"] for x in lines] == files
    assert lines[35]["kind"] == "error"
    assert lines[0]["verdict"] == "fail" and lines[1]["verdict"] == "pass"


@pytest.mark.parametrize("as_json", [True, False])
def test_an_audit_in_spawned_processes_says_what_one_process_says(
    tmp_path: Path,
    root: pki.CA,
    intermediate: pki.CA,
    monkeypatch: pytest.MonkeyPatch,
    as_json: bool,
) -> None:
    # Processes are spawned on Windows and macOS: the workers receive the check's inputs
    # and prepare them themselves, and render in the run's language.
    from concurrent import futures

    from pic_wizard.core.usecases import audit

    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    files = []
    for i in range(70):  # above the parallel threshold
        leaf, _ = pki.make_leaf(intermediate, cdp=bool(i % 3))
        path = tmp_path / f"edge-{i:02d}.pem"
        path.write_bytes(pki.pem(leaf, intermediate))
        files.append(str(path))
    files.insert(35, str(tmp_path / "missing.cer"))
    (tmp_path / "junk.cer").write_bytes(b"not a certificate")
    files.insert(50, str(tmp_path / "junk.cer"))
    base = ["check", *files, "--roots", str(roots), "--lang", "fr", *(["--json"] * as_json)]
    started: list[str] = []

    class Spied(futures.ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            started.append(kwargs["mp_context"].get_start_method())
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(futures, "ProcessPoolExecutor", Spied)
    monkeypatch.setattr(audit, "START_METHOD", "spawn")
    code_spawned, out_spawned, err_spawned = run(*base, "--jobs", "2")
    assert started == ["spawn"]
    code_single, out_single, err_single = run(*base, "--jobs", "1")
    assert started == ["spawn"]  # one process: no pool
    assert out_spawned == out_single and err_spawned == err_single == ""
    assert code_spawned == code_single == 2
    assert "certificat" in out_spawned and ("PRÊT" in out_spawned or as_json)


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    code, _, err = run("check", "x.pem", "--jobs", "-1")
    assert code == 2 and "--jobs" in err


# ------------------------------------------------------------------ inputs from the field


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "cert.pem"
    os.mkfifo(fifo)
    code, out, _ = run("check", str(fifo))
    assert code == 2 and "not a regular file" in out


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffEdge-Pool-2026!\r\n".encode(),  # Notepad: UTF-8 with a byte-order mark
        "Edge-Pool-2026!\r\n".encode("utf-16"),  # PowerShell 5.1: "..." > file
    ],
)
def test_passphrase_file_as_windows_writes_it(
    seed_profile: Path, tmp_path: Path, content: bytes
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_bytes(content)
    code, _, err = run(
        "csr",
        str(seed_profile),
        "--at",
        pki.AT_DAY,
        "--out",
        str(tmp_path),
        "--passphrase-file",
        str(phrase),
    )
    assert code == 0, err
    result = subprocess.run(
        ["openssl", "pkey", "-noout", "-in", str(tmp_path / "sip.contoso.com.key"),
         "-passin", "pass:Edge-Pool-2026!"],
        capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--name", "../elsewhere"], "cannot be a file base name"),
        (["--passphrase-file", "LONG"], "at most 1023"),
        (["--no-encrypt", "--at", "2026-W01-1"], "is not a date"),
    ],
)
def test_csr_refusals(seed_profile: Path, tmp_path: Path, extra: list[str], words: str) -> None:
    long_phrase = tmp_path / "long.txt"
    long_phrase.write_text("a" * 2000)
    extra = [str(long_phrase) if e == "LONG" else e for e in extra]
    if "--passphrase-file" not in extra and "--no-encrypt" not in extra:
        extra.append("--no-encrypt")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run("csr", str(seed_profile), "--at", pki.AT_DAY, "--out", str(out_dir), *extra)
    assert code == 2 and words in err
    assert list(out_dir.iterdir()) == []


def test_csr_out_must_be_a_folder(seed_profile: Path) -> None:
    code, _, err = run(
        "csr", str(seed_profile), "--at", pki.AT_DAY, "--out", str(seed_profile), "--no-encrypt"
    )
    assert code == 2 and "is not a folder" in err


def test_plan_errors_come_before_the_passphrase_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    data = json.loads(profile.dumps(seed_example()))
    data["key"]["exportable"] = False  # a key made here must be exportable: an error
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    code, _, err = run("csr", str(path), "--out", str(tmp_path))
    assert code == 1 and "KEY-NOT-EXPORTABLE" in err


def test_long_subject_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    data = json.loads(profile.dumps(seed_example()))
    data["edge"]["access_edge_fqdn"] = "sip." + "edge-external-access." * 3 + "contoso.com"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    code, out, _ = run("plan", str(path))
    assert code == 1 and "SUBJECT-TOO-LONG" in out
    code, out, _ = run("plan", str(path), "--json")
    assert code == 1 and "SUBJECT-TOO-LONG" in out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written(seed_profile: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "pic_wizard.cli", "plan", str(seed_profile)],
            stdout=full, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    assert result.returncode == 2
    assert "Cannot write the output" in result.stderr and "Traceback" not in result.stderr


def test_closed_stdout_is_not_a_crash(seed_profile: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pic_wizard.cli", "plan", str(seed_profile)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        preexec_fn=lambda: os.close(1) if os.name == "posix" else None,
    )  # fmt: skip
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="bytes in the environment are POSIX")
@pytest.mark.parametrize(
    ("variable", "code", "words"),
    [
        ("café".encode(), 0, b"READY"),  # UTF-8, as typed
        (b"caf\xe9", 2, b"is wrong"),  # Latin-1 bytes: not the password, but no crash
    ],
)
def test_password_in_the_environment_as_bytes(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA, variable: bytes, code: int, words: bytes
) -> None:
    pfx = _pfx(tmp_path, intermediate, "café".encode())
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    env = {k.encode(): v.encode() for k, v in os.environ.items()}
    env[b"PIC_WIZARD_PASSWORD"] = variable
    result = subprocess.run(
        [sys.executable, "-m", "pic_wizard.cli", "check", str(pfx), "--roots", str(roots),
         "--at", "2026-06-01"],
        capture_output=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == code, result.stdout + result.stderr
    assert words in result.stdout
    assert b"Traceback" not in result.stderr


def test_one_file_that_breaks_pic_wizard_does_not_stop_the_audit(
    tmp_path: Path, seed_leaf: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pic_wizard.core.usecases import check as check_module

    real = check_module.check_loaded

    def flaky(loaded: object, options: object) -> object:
        if str(getattr(loaded, "path", "")).endswith("b.pem"):
            raise RuntimeError("a bug")
        return real(loaded, options)  # type: ignore[arg-type]

    monkeypatch.setattr(check_module, "check_loaded", flaky)
    monkeypatch.delenv("PIC_WIZARD_DEBUG", raising=False)
    names = []
    for name in ("a.pem", "b.pem", "c.pem"):
        (tmp_path / name).write_bytes(pki.pem(seed_leaf))
        names.append(str(tmp_path / name))
    code, out, _ = run("check", *names, "--json", "--at", "2026-06-01")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["kind"] for x in lines] == ["certificate", "error", "certificate"]
    assert "bug in pic-wizard" in lines[1]["error"]
    assert code == 3


def test_chain_option_says_what_the_wrong_file_holds(tmp_path: Path, seed_leaf: object) -> None:
    cert = tmp_path / "c.pem"
    cert.write_bytes(pki.pem(seed_leaf))
    req = tmp_path / "edge.req"
    req.write_bytes(pki.make_csr().public_bytes(serialization.Encoding.PEM))
    code, _, err = run("check", str(cert), "--chain", str(req))
    assert code == 2 and "holds no certificate (it holds a certificate request)" in err


def test_jobs_beyond_reason_do_not_fork_a_process_per_job(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA
) -> None:
    files = []
    for i in range(70):
        path = tmp_path / f"e{i}.pem"
        path.write_bytes(pki.pem(pki.make_leaf(intermediate)[0], intermediate))
        files.append(str(path))
    roots = tmp_path / "roots.pem"
    roots.write_bytes(root.pem)
    code, out, _ = run("check", *files, "--roots", str(roots), "--json", "--jobs", "100000",
                       "--at", "2026-06-01")  # fmt: skip
    assert code == 0 and len(out.splitlines()) == 70


@pytest.mark.skipif(sys.platform != "linux", reason="file names as raw bytes: Linux")
def test_file_name_that_is_not_utf8_stays_readable_json(tmp_path: Path, seed_leaf: object) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"f\xfcr.pem")
    with open(raw, "wb") as handle:
        handle.write(pki.pem(seed_leaf))
    code, out, _ = run("check", os.fsdecode(raw), "--json", "--at", "2026-06-01")
    assert code == 1  # no chain: CHAIN-INCOMPLETE
    line = json.loads(out)
    assert line["file"].endswith("f\ufffdr.pem")
    out.encode("utf-8")  # printable as UTF-8


# ------------------------------------------------------------------ languages


def test_plan_in_french(seed_profile: Path) -> None:
    code, out, _ = run("--lang", "fr", "plan", str(seed_profile), "--at", pki.AT_DAY)
    assert code == 0
    assert "Autres noms du sujet (SAN), dans cet ordre" in out
    assert "Authentification du client (1.3.6.1.5.5.7.3.2)" in out
    assert "Solution : Désactivez AOL" in out
    # the names themselves are never translated
    assert "  1. sip.contoso.com" in out
    for english in ("Fix:", "Subject alternative names", "WARNING", "Findings:"):
        assert english not in out


def test_language_from_the_environment_and_lang_wins(
    seed_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert "Constats :" in run("plan", str(seed_profile))[1]
    assert "Findings:" in run("--lang", "en", "plan", str(seed_profile))[1]
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # no German: English, not an error
    assert "Findings:" in run("plan", str(seed_profile))[1]


def test_language_variable_comes_first_as_in_gettext(
    seed_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "fr")
    assert "Constats :" in run("plan", str(seed_profile))[1]
    monkeypatch.setenv("LANGUAGE", "de:fr")
    assert "Constats :" in run("plan", str(seed_profile))[1]
    assert "Findings:" in run("plan", str(seed_profile), "--lang", "en")[1]
    monkeypatch.setenv("LANG", "C")  # gettext ignores LANGUAGE under the C locale
    assert "Findings:" in run("plan", str(seed_profile))[1]


def test_windows_display_language_when_no_locale_variable_is_set(
    seed_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pic_wizard.core.values import i18n

    monkeypatch.setattr(i18n, "_user_ui_language_id", lambda: 0x040C)  # French (France)
    assert "Constats :" in run("plan", str(seed_profile))[1]
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # a set variable wins, as on POSIX
    assert "Findings:" in run("plan", str(seed_profile))[1]
    monkeypatch.delenv("LANG")
    monkeypatch.setattr(i18n, "_user_ui_language_id", lambda: 0x0407)  # German
    assert "Findings:" in run("plan", str(seed_profile))[1]


def test_errors_in_french_keep_the_exit_code(tmp_path: Path) -> None:
    code, out, err = run("--lang", "fr", "plan", str(tmp_path / "absent.json"))
    assert code == 2 and out == ""
    assert err.startswith("pic-wizard-cli : erreur :")
    assert "absent.json" in err and "does not exist" not in err


def test_check_in_french(tmp_path: Path, seed_leaf: object) -> None:
    cert = tmp_path / "edge.cer"
    cert.write_bytes(pki.pem(seed_leaf))
    code, out, _ = run("--lang", "fr", "check", str(cert))
    assert code in (0, 1)
    assert "Empreinte :" in out and "comme l'affiche Windows" in out
    assert "Thumbprint" not in out and "READY" not in out


def test_help_and_command_line_errors_in_french() -> None:
    code, out, _ = run("--lang", "fr", "check", "--help")
    assert code == 0
    assert out.startswith("utilisation : pic-wizard-cli check")
    assert "la clé privée à laquelle le certificat doit correspondre" in out
    assert "show this help" not in out and "the private key" not in out
    code, _, err = run("--lang=fr", "check")
    assert code == 2
    assert "pic-wizard-cli : erreur : les arguments suivants sont requis : FILE" in err
    code, out, _ = run("check", "--help")  # English stays English
    assert out.startswith("usage: pic-wizard-cli check") and "the private key" in out


def test_every_refusal_in_french(tmp_path: Path, seed_profile: Path) -> None:
    """What the system, argparse and the JSON parser say, in pic-wizard's French."""
    fr = ("--lang", "fr")
    code, out, _ = run(*fr, "check", str(seed_profile))  # a profile is no certificate
    assert code == 2 and ": vérification impossible : " in out and "cannot" not in out
    code, _, err = run(*fr, "report", str(seed_profile), "--out", str(tmp_path / "no" / "r.html"))
    assert code == 2 and "ce fichier ou ce dossier n'existe pas" in err
    assert "No such file" not in err
    code, _, err = run(*fr, "report", str(seed_profile), "--out", str(tmp_path), "--force")
    assert code == 2 and "est un dossier" in err and "--force" not in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ')
    code, _, err = run(*fr, "plan", str(broken))
    assert code == 2 and "(ligne 1, colonne 12)" in err and "Expecting" not in err
    for argv, said in (
        (("frob",), "choix non valide : 'frob' (choix possibles : 'example'"),
        ((), "les arguments suivants sont requis : commande"),
        (("check", "x.cer", "--jobs", "x"), "argument --jobs : valeur non valide : 'x'"),
        (
            ("csr", str(seed_profile), "--at", pki.AT_DAY, "--out", str(tmp_path), "--no-encrypt",
             "--passphrase-file", "p"),
            "incompatible avec l'argument",
        ),
    ):  # fmt: skip
        code, _, err = run(*fr, *argv)
        assert code == 2 and said in err, err


def test_csr_suggests_a_check_line_that_pastes_into_a_shell(
    seed_profile: Path, tmp_path: Path
) -> None:
    import shlex

    out_dir = tmp_path / "Edge requests (2026)"
    code, out, _ = run(
        "csr", str(seed_profile), "--at", pki.AT_DAY, "--out", str(out_dir), "--no-encrypt"
    )
    assert code == 0
    (line,) = [x for x in out.splitlines() if x.strip().startswith("pic-wizard-cli check")]
    words = shlex.split(line)
    assert words[words.index("--profile") + 1] == str(seed_profile)
    assert Path(words[words.index("--request") + 1]).is_file()
    assert Path(words[words.index("--key") + 1]).is_file()


def test_a_panic_in_a_library_is_a_bug_for_that_file_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, intermediate: pki.CA
) -> None:
    # pyo3's PanicException derives from BaseException, not Exception.
    class PanicException(BaseException):
        pass

    import pic_wizard.core.usecases.check as loader  # where the check looks load_file up

    real = loader.load_file

    def load_file(path: str, password: bytes | None = None) -> object:
        if path.endswith("panic.pem"):
            raise PanicException("called `Result::unwrap()` on an `Err` value: NulError")
        return real(path, password)

    monkeypatch.setattr(loader, "load_file", load_file)
    good = tmp_path / "good.pem"
    good.write_bytes(pki.pem(pki.make_leaf(intermediate)[0]))
    code, out, _ = run("check", "--json", str(tmp_path / "panic.pem"), str(good))
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 3
    assert first["error_code"] == "internal-error" and "PanicException" in first["error"]
    assert second["kind"] == "certificate"


def test_argparse_speaks_french_through_gettext_and_only_while_parsing() -> None:
    """argparse's own words come from the catalogue through the gettext functions it
    calls (context "Argparse"), not from rewriting its English afterwards."""
    import argparse

    code, out, _ = run("--lang", "fr", "complete", "--help")
    assert code == 0 and out.startswith("utilisation : pic-wizard-cli complete")
    assert "arguments positionnels :" in out and "options :" in out
    assert "afficher cette aide et quitter" in out and "show this help" not in out
    assert "le mot de passe du PFX (première ligne)" in out
    code, _, err = run("--lang", "fr", "complete", "x.cer")
    assert code == 2
    assert "erreur : les arguments suivants sont requis : --key, --out" in err
    code, _, err = run("--lang", "fr", "plan", "x.json", "--bogus", "--at")
    assert code == 2 and "argument --at : un argument attendu" in err
    code, _, err = run("--lang", "fr", "plan", "x.json", "--bogus")
    assert code == 2 and "arguments non reconnus : --bogus" in err
    code, _, err = run("--lang", "fr", "import-topology", "t.tbxml", "--product", "x")
    assert "argument --product : choix non valide : 'x' (choix possibles : 'lync2013'" in err
    # Nothing of it stays behind for other code of the process.
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    code, _, err = run("plan")
    assert "the following arguments are required: PROFILE" in err


@pytest.mark.parametrize(
    ("argv", "product"),
    [
        ((), "sfbse"),  # a new request: Subscription Edition
        (("--product", "sfbse"), "sfbse"),
        (("--product", "lync2013"), "lync2013"),  # named: kept
    ],
)
def test_import_topology_takes_subscription_edition(
    tmp_path: Path, argv: tuple[str, ...], product: str
) -> None:
    from topologies import ONE, tbxml

    path = tmp_path / "t.tbxml"
    path.write_bytes(tbxml(("contoso.com",), [ONE]))
    code, out, err = run("import-topology", str(path), *argv)
    assert (code, err) == (0, "")
    assert json.loads(out)["product"] == product
