"""pic-wizard-cli roots: the store's export judged, as text and JSON, with the exit codes
of check (0 clean, 1 an error finding, 2 unreadable input)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from sst_writer import sst
from walk import run

from pic_wizard.core.values.policy import DEFAULT_POLICY
from pic_wizard.core.x509.chain import public_roots

import pki


def federation_roots() -> list:
    wanted = {r.sha256 for r in DEFAULT_POLICY.federation_roots}
    return [c for c in public_roots() if c.fingerprint(hashes.SHA256()).hex().upper() in wanted]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("roots")
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    leaf, _ = pki.make_leaf(intermediate)
    clean = [root.cert, *federation_roots()]
    paths = {
        "clean.sst": sst([pki.der(c) for c in clean]),
        "misplaced.pem": pki.pem(*clean, intermediate),
        "bare.pem": pki.pem(root),
        "edge.pem": pki.pem(leaf, intermediate),
        "edge-and-root.pem": pki.pem(leaf, intermediate, root),
        "other-root.pem": pki.pem(pki.make_root("Another Test Root", slot=1), *clean[1:]),
        "damaged.sst": sst([pki.der(root.cert)])[:-20],
    }
    for name, data in paths.items():
        (folder / name).write_bytes(data)
    return {name: str(folder / name) for name in paths}


def test_a_clean_store_exits_0(files: dict[str, str]) -> None:
    code, out, _ = run("roots", files["clean.sst"], "--certificate", files["edge.pem"],
                       "--at", "2026-06-01")  # fmt: skip
    assert code == 0
    assert "no problem found" in out
    assert "The store holds 4 certificates" in out


def test_a_misplaced_intermediate_exits_1_and_says_where_it_belongs(files) -> None:
    code, out, _ = run("roots", files["misplaced.pem"], "--at", "2026-06-01")
    assert code == 1
    assert "ROOT-STORE-INTERMEDIATE" in out
    assert "move it to the Intermediate Certification Authorities store" in out


def test_json_carries_findings_and_certificates(files) -> None:
    code, out, _ = run("roots", files["misplaced.pem"], "--json", "--at", "2026-06-01")
    data = json.loads(out)
    assert code == 1 and data["verdict"] == "fail" and data["error"] is None
    assert [f["rule"] for f in data["findings"]] == ["ROOT-STORE-INTERMEDIATE"]
    flagged = [c for c in data["certificates"] if c["problems"]]
    assert len(flagged) == 1 and not flagged[0]["self_signed"] and flagged[0]["is_ca"]
    assert len(data["certificates"]) == 5


def test_the_edge_root_missing_is_an_error(files) -> None:
    edge = files["edge-and-root.pem"]
    code, out, _ = run("roots", files["other-root.pem"], "--certificate", edge, "--json",
                       "--at", "2026-06-01")  # fmt: skip
    data = json.loads(out)
    assert code == 1
    (found,) = data["findings"]
    assert (found["rule"], found["severity"]) == ("ROOT-STORE-MISSING", "error")
    assert "Test Root CA" in found["subject"] and "sip.contoso.com" in found["message"]
    assert len(data["edge_chain"]) == 3


def test_federation_roots_missing_are_warnings_dated(files) -> None:
    code, out, _ = run("roots", files["bare.pem"], "--json", "--at", "2021-12-31")
    rules = [(f["rule"], f["severity"], f["subject"]) for f in json.loads(out)["findings"]]
    assert code == 0
    assert rules == [("ROOT-STORE-MISSING", "warning", "Baltimore CyberTrust Root")]
    code, out, _ = run("roots", files["bare.pem"], "--json", "--at", "2026-12-05")
    subjects = {f["subject"] for f in json.loads(out)["findings"]}
    assert "Baltimore CyberTrust Root" not in subjects and len(subjects) == 3


def test_unreadable_input_exits_2(files, tmp_path: Path) -> None:
    code, out, err = run("roots", files["damaged.sst"])
    assert code == 2 and out == ""
    assert "serialized certificate store" in err and "Export-Certificate" in err
    code, out, _ = run("roots", str(tmp_path / "missing.p7b"), "--json")
    assert code == 2 and json.loads(out)["error_code"] == "file-not-found"


def test_a_file_that_is_no_store_names_the_files_a_store_export_is(tmp_path: Path) -> None:
    text = tmp_path / "hostname"
    text.write_text("edge01\n", encoding="utf-8")
    code, out, err = run("roots", str(text))
    assert code == 2 and out == ""
    assert "not an export of a certificate store" in err
    assert ".sst" in err and ".p7b" in err and ".req" not in err  # not check's list
    code, out, _ = run("roots", str(text), "--json")
    assert code == 2 and json.loads(out)["error_code"] == "store-unknown-format"


def test_french(files) -> None:
    code, out, _ = run("roots", files["misplaced.pem"], "--lang", "fr", "--at", "2026-06-01")
    assert code == 1
    assert "Autorités de certification intermédiaires" in out


def test_hostile_names_reach_the_terminal_harmless(tmp_path: Path) -> None:
    root = pki.make_root("Evil\x1b]0;pwned\x07 Root", slot=2)
    path = tmp_path / "store.pem"
    path.write_bytes(pki.pem(root))
    _, out, _ = run("roots", str(path), "--at", "2026-06-01")
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out


def test_as_a_process(files) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pic_wizard.cli", "roots", files["misplaced.pem"], "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["findings"][0]["rule"] == "ROOT-STORE-INTERMEDIATE"
