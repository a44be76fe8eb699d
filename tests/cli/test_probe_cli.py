"""pic-wizard-cli probe and report --probe against the loopback lab: the readable report
per endpoint, one JSON object per endpoint, the exit codes, and once as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lab import (
    GOOD_DOMAIN,
    LOOPBACK,
    NO_ADDRESS_DOMAIN,
    NO_SRV_DOMAIN,
    SILENT_DOMAIN,
    Lab,
    resolve_args,
)
from walk import run

import pki

JSON_KEYS = {
    "target",
    "host",
    "port",
    "address",
    "tls_version",
    "cipher",
    "served_chain",
    "client_ca_names",
    "verdict",
    "findings",
    "details",
}


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab.start() as started:
        yield started


@pytest.fixture(scope="module")
def roots(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("lab") / "root.pem"
    path.write_bytes(pki.pem(lab.root.cert))
    return str(path)


def probe(lab: Lab, roots: str, *args: str) -> tuple[int, str, str]:
    return run(
        "probe",
        *args,
        "--dns-server",
        lab.dns_server,
        "--roots",
        roots,
        "--at",
        pki.AT_DAY,
        "--timeout",
        "1",
        *resolve_args("sip.contoso.com"),
    )


def test_the_good_domain_is_ready(lab: Lab, roots: str) -> None:
    code, out, err = probe(lab, roots, GOOD_DOMAIN)
    assert code == 0, out + err
    port = lab.servers["complete"].port
    assert out.startswith(f"contoso.com: sip.contoso.com:{port} (127.0.0.1): READY")
    to = f"sip.contoso.com:{port}"
    assert (
        f"SRV:        _sipfederationtls._tcp.{GOOD_DOMAIN} → {to}, _sip._tls.{GOOD_DOMAIN} → {to}"
        in out
    )
    assert "Served:     1. CN=sip.contoso.com" in out
    assert "Thumbprint:" in out  # check's own rendering of the served certificate


def test_json_is_one_object_per_endpoint(lab: Lab, roots: str) -> None:
    code, out, _ = probe(lab, roots, GOOD_DOMAIN, NO_SRV_DOMAIN, "--json")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3 and all(set(row) >= JSON_KEYS for row in rows)
    good, federation, remote = rows
    assert (good["host"], good["address"], good["verdict"]) == ("sip.contoso.com", LOOPBACK, "pass")
    assert [c["subject"] for c in good["served_chain"]][1].startswith("CN=pic-wizard Test Issuing")
    assert good["details"]["subject_alternative_names"][0] == "sip.contoso.com"
    assert federation["port"] is None and federation["findings"][0]["rule"] == "DNS-SRV-MISSING"
    assert remote["findings"][0]["severity"] == "warning"


def test_the_client_cas_asked_for_are_shown(lab: Lab, roots: str) -> None:
    code, out, _ = probe(lab, roots, lab.endpoint("client-ca"))
    assert code == 0
    assert "Client CAs: CN=Partner Federation CA, O=Fabrikam Partners, C=US" in out
    _, out, _ = probe(lab, roots, lab.endpoint("client-ca"), "--json")
    assert json.loads(out)["client_ca_names"] == [
        "CN=Partner Federation CA, O=Fabrikam Partners, C=US"
    ]


def test_errors_found_exit_1(lab: Lab, roots: str) -> None:
    code, out, _ = probe(lab, roots, lab.endpoint("leaf-only"))
    assert code == 1 and "TLS-CHAIN-NOT-SERVED" in out and "NOT READY" in out


def test_nothing_reached_at_all_exits_2(lab: Lab, roots: str) -> None:
    code, out, _ = probe(lab, roots, NO_ADDRESS_DOMAIN, f"sip.contoso.com:{lab.closed_port}")
    assert code == 2
    assert "DNS-NO-ADDRESS" in out and "TLS-CONNECT-FAILED" in out


def test_against_a_profile(lab: Lab, roots: str, seed_profile: Path) -> None:
    _, out, _ = probe(lab, roots, GOOD_DOMAIN, "--profile", str(seed_profile), "--json")
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert "TLS-SERVED-NOT-PLANNED" not in {f["rule"] for f in row["findings"]}
    assert row["skipped_rules"] == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["contoso.com", "--dns-server", "nowhere"], "DNS server 'nowhere' is not an IP address"),
        (["contoso.com", "--resolve", "sip.contoso.com"], "--resolve sip.contoso.com is not"),
        (["contoso.com", "--timeout", "soon"], "--timeout soon is not a number of seconds"),
        (["contoso.com", "--services"], "needs the profile that names them"),
        (["bad name!"], "'bad name!' is neither a SIP domain nor a host and port"),
        (["contoso.com", "--at", "tomorrow"], "tomorrow"),
    ],
)
def test_bad_arguments_exit_2_with_a_sentence(lab: Lab, args: list[str], words: str) -> None:
    # The lab's DNS server: were an argument taken, nothing would ask the system's.
    dns_server = [] if "--dns-server" in args else ["--dns-server", lab.dns_server]
    code, out, err = run("probe", *args, *dns_server)
    assert code == 2 and out == ""
    assert words in err and "Traceback" not in err


def test_bad_arguments_in_french(lab: Lab) -> None:
    code, _, err = run(
        "probe", "contoso.com", "--timeout", "0", "--lang", "fr", "--dns-server", lab.dns_server
    )
    assert code == 2 and "n'est pas un nombre de secondes" in err


def report_of(lab: Lab, roots: str, out_file: Path, *targets: str, timeout: str = "1"):
    """``report --probe`` of ``targets`` through the lab: its exit code, stderr and HTML."""
    code, _, err = run(
        "report", "--probe", *targets, "--out", str(out_file), "--dns-server", lab.dns_server,
        "--roots", roots, "--at", pki.AT_DAY, "--timeout", timeout,
        *resolve_args("sip.contoso.com"),
    )  # fmt: skip
    html = out_file.read_text(encoding="utf-8") if out_file.exists() else ""
    return code, err, html


def test_report_of_a_probe(lab: Lab, roots: str, tmp_path: Path) -> None:
    code, err, html = report_of(
        lab, roots, tmp_path / "probe.html", GOOD_DOMAIN, lab.endpoint("leaf-only")
    )
    assert code == 0, err
    assert "Deployed Edge: probe" in html and "TLS-CHAIN-NOT-SERVED" in html
    assert "Chain as served" in html
    # What was asked, for the change ticket: the targets, the DNS server, the roots.
    assert "What was tested" in html and lab.dns_server in html and roots in html
    assert f"{GOOD_DOMAIN}, {lab.endpoint('leaf-only')}" in html
    assert "Stopped before the end" not in html
    assert "2 endpoints: 1 problem to fix." in html  # the wizard's headline
    assert "the names probed only" in html and "not tested" in html


def test_report_of_a_probe_that_reached_nothing(lab: Lab, roots: str, tmp_path: Path) -> None:
    code, err, html = report_of(lab, roots, tmp_path / "silent.html", SILENT_DOMAIN, timeout="0.3")
    assert code == 0, err  # the report is written: it says nothing could be tested
    assert "No endpoint could be reached, so the Edge was not tested" in html
    assert "Nothing to fix" not in html


def test_report_needs_one_kind_of_input(tmp_path: Path) -> None:
    code, _, err = run("report", "--out", str(tmp_path / "r.html"))
    assert code == 2 and "give one of them" in err


def test_as_a_process(lab: Lab, roots: str) -> None:
    env = dict(os.environ, LANG="C.UTF-8")
    env.pop("LANGUAGE", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pic_wizard.cli",
            "probe",
            GOOD_DOMAIN,
            lab.endpoint("leaf-only"),
            "--json",
            "--dns-server",
            lab.dns_server,
            "--roots",
            roots,
            "--at",
            pki.AT_DAY,
            "--timeout",
            "2",
            *resolve_args("sip.contoso.com"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 1, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["verdict"] for r in rows] == ["pass", "fail"]
