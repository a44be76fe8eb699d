"""The wizard and the command line give the same answers.

For a corpus of inputs (profiles, Topology Builder files and Management Shell text,
certificates being renewed, certificates, requests and a PFX to check), the command line
(``main([..., "--json"])``) and the core functions the wizard calls reach the same verdict
and the same findings.  The wizard's side is spelled out once, below, as its pages and
dialogs call the core; the tests that drive the real wizard state are in ``tests/ui``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from topologies import DOMAINS_LIST, EDGE, ONE, TWO, tbxml
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.rules.plan import CertificatePlan, make_plan, plan_refusal
from pic_wizard.core.usecases.check import CheckInputs, check
from pic_wizard.core.usecases.import_topology import (
    choose_pool,
    import_pool,
    only_pool,
    read_topology,
)
from pic_wizard.core.usecases.renew import Renewal, current_certificate, renewal_with_plan
from pic_wizard.core.values.findings import Finding
from pic_wizard.core.values.record import frozen, replace
from pic_wizard.core.values.topology import (
    Deployment,
    KeySpec,
    Product,
    Topology,
    seed_example,
)
from pic_wizard.core.x509.loader import load_certificates

import pki

DAY = "2026-06-01"
AT = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)  # what --at 2026-06-01 means

Seen = list[tuple[str, str, str, dict[str, str]]]


# --- the wizard's side: what its pages and dialogs call ---------------------------------


def wizard_plan(topology: Topology) -> CertificatePlan:
    """The plan the wizard shows and generates from (``ui.state.Answers.plan``)."""
    return make_plan(topology, at=AT)


def wizard_generates(plan: CertificatePlan) -> bool:
    """Whether the Generate page makes the key and request (it asks ``plan_refusal``)."""
    return plan_refusal(plan) is None


def wizard_import(path: Path, pool_name: str = "") -> Topology:
    """The import dialog on a new wizard: the file read, the pool (the only one, or the
    one the admin picks in the list), its answers applied to the current ones."""
    imported = read_topology(path)
    pool = only_pool(imported, str(path)) or choose_pool(imported, str(path), pool_name)
    return import_pool(imported, pool, Topology())


def wizard_renewal(path: Path, answers: Topology | None = None) -> Renewal:
    """*Renew from the current certificate*: its answers fill the wizard (or the admin
    keeps ``answers``) and the Review page shows the renewal of the current plan."""
    current = current_certificate(load_certificates(str(path), None), str(path))
    return renewal_with_plan(current, wizard_plan(answers or current.answers))


def wizard_check(inputs: CheckInputs) -> tuple[str, Seen, list[str]]:
    """The Check page: the check use case with the page's inputs."""
    result = check(replace(inputs, at=AT))
    return result.verdict, seen(result.findings), [r.value for r in result.skipped]


# --- the command line's side -------------------------------------------------------------


def seen(findings: tuple[Finding, ...] | list[Finding]) -> Seen:
    return [(f.rule.value, f.severity.value, f.subject, dict(f.params)) for f in findings]


def seen_json(findings: list[dict[str, Any]]) -> Seen:
    return [(f["rule"], f["severity"], f["subject"], f["params"]) for f in findings]


def cli_json(*argv: str) -> tuple[int, Any]:
    code, out, err = run(*argv, "--json")
    assert code in (0, 1), err
    return code, json.loads(out)


# --- plans and requests ------------------------------------------------------------------


def _profiles() -> dict[str, Topology]:
    seed = seed_example()
    return {
        "seed": seed,
        "single-unexportable-key": replace(seed, key=KeySpec(exportable=False)),
        "pool-unexportable-key": replace(
            seed, deployment=Deployment.DNS_POOL, server_count=3, key=KeySpec(exportable=False)
        ),
        "pool": replace(seed, deployment=Deployment.HLB_POOL, server_count=2),
        "internal-name": replace(seed, sip_domains=("contoso.local", "contoso.com")),
        "xmpp-on-2019": replace(seed, product=Product.SFB_2019, xmpp_federation=True),
        "xmpp-on-2015": replace(seed, product=Product.SFB_2015, xmpp_federation=True),
        "empty": Topology(),
    }


PROFILES = _profiles()


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_a_profile_has_the_same_plan_and_the_same_refusal(tmp_path: Path, name: str) -> None:
    path = tmp_path / "p.json"
    profile.save(PROFILES[name], path)
    plan = wizard_plan(profile.load(path))
    code, data = cli_json("plan", str(path), "--at", DAY)
    assert seen_json(data["findings"]) == seen(plan.findings)
    assert code == (1 if plan.has_errors else 0)
    # csr makes the key and the request exactly when the wizard's Generate page would.
    code, _, err = run(
        "csr", str(path), "--out", str(tmp_path / "out"), "--no-encrypt", "--at", DAY
    )
    assert code == (0 if wizard_generates(plan) else 1), err
    refused = plan_refusal(plan)
    if refused is not None:
        assert [line.split()[1] for line in err.splitlines() if line.startswith("  ERROR")] == [
            f.rule.value for f in refused.errors
        ]


# --- topology imports ---------------------------------------------------------------------


def _topology_files(folder: Path) -> dict[str, tuple[Path, str]]:
    files = {
        "one-pool.tbxml": (tbxml(("contoso.com", "fabrikam.com"), [ONE]), ""),
        "xmpp-pool.tbxml": (tbxml(("contoso.com",), [ONE, TWO]), TWO.fqdn),
        "only-xmpp-pool.tbxml": (tbxml(("contoso.com",), [TWO]), ""),
        "shell.txt": ((DOMAINS_LIST + EDGE).encode("utf-8"), ""),
    }
    out = {}
    for name, (data, pool) in files.items():
        (folder / name).write_bytes(data)
        out[name] = (folder / name, pool)
    return out


TOPOLOGY_FILES = ("one-pool.tbxml", "xmpp-pool.tbxml", "only-xmpp-pool.tbxml", "shell.txt")


@pytest.mark.parametrize("name", TOPOLOGY_FILES)
def test_a_topology_file_gives_the_same_answers_and_plan(tmp_path: Path, name: str) -> None:
    path, pool = _topology_files(tmp_path)[name]
    argv = ["import-topology", str(path)] + (["--pool", pool] if pool else [])
    code, out, err = run(*argv)
    assert code == 0, err
    from_cli = profile.loads(out, "stdout")
    from_wizard = wizard_import(path, pool)
    assert from_wizard == from_cli
    assert seen(wizard_plan(from_wizard).findings) == seen(wizard_plan(from_cli).findings)


def test_a_pool_running_xmpp_is_skype_for_business_2015_in_both(tmp_path: Path) -> None:
    path, _ = _topology_files(tmp_path)["only-xmpp-pool.tbxml"]
    topology = wizard_import(path)
    assert topology.product is Product.SFB_2015 and topology.xmpp_federation
    assert "XMPP-UNSUPPORTED" not in {f.rule.value for f in wizard_plan(topology).findings}


# --- renewals -------------------------------------------------------------------------------


@frozen
class Current:
    sans: tuple[str, ...]
    ekus: tuple[str, ...] = ("serverAuth", "clientAuth")
    profile: bool = False


RENEWALS = {
    "leftover-names": Current(
        ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "legacy.contoso.com",
         "old.contoso.com"),
    ),
    "same-names": Current(("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")),
    "client-auth-dropped": Current(("sip.contoso.com", "webcon.contoso.com"), ("serverAuth",)),
    "with-a-profile": Current(
        ("sip.contoso.com", "webcon.contoso.com", "legacy.contoso.com"), profile=True
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(RENEWALS))
def test_a_renewal_has_the_same_changes_and_findings(
    tmp_path: Path, intermediate: pki.CA, name: str
) -> None:
    case = RENEWALS[name]
    cert, _ = pki.make_leaf(intermediate, sans=case.sans, ekus=case.ekus)
    path = tmp_path / "current.cer"
    path.write_bytes(pki.pem(cert, intermediate))
    argv = ["renew", str(path), "--at", DAY]
    answers = None
    if case.profile:
        answers = seed_example()
        profile.save(answers, tmp_path / "p.json")
        argv += ["--profile", str(tmp_path / "p.json")]
    code, data = cli_json(*argv)
    renewed = wizard_renewal(path, answers)
    assert [(c["kind"], c["old"], c["new"]) for c in data["changes"]] == [
        (c.kind.value, c.old, c.new) for c in renewed.changes
    ]
    assert seen_json(data["findings"]) == seen(renewed.findings)
    assert code == (1 if renewed.has_errors else 0)


# --- checks -------------------------------------------------------------------------------


@pytest.fixture
def check_corpus(tmp_path: Path, root: pki.CA, intermediate: pki.CA) -> dict[str, Any]:
    key = pki.rsa_key(0)
    good, _ = pki.make_leaf(intermediate, key=key)
    expired, _ = pki.make_leaf(
        intermediate, key=key, not_before=pki.AT - dt.timedelta(days=90), days=60
    )
    no_cdp, _ = pki.make_leaf(intermediate, key=key, cdp=False)
    files: dict[str, bytes] = {
        "good.pem": pki.pem(good, intermediate),
        "expired.pem": pki.pem(expired, intermediate),
        "no-cdp.pem": pki.pem(no_cdp, intermediate),
        "leaf-only.pem": pki.pem(good),
        "request.req": pki.pem(pki.make_csr(key=key)),
        "request-bad.req": pki.pem(pki.make_csr(key=pki.rsa_key(1), sans=("intranet.local",))),
        "roots.pem": pki.pem(root.cert),
        "key.pem": pki.key_pem(key),
        "other-key.pem": pki.key_pem(pki.rsa_key(1)),
        "password.txt": b"s3cret\n",
    }
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    files["good.pfx"] = pkcs12.serialize_key_and_certificates(
        b"edge", key, good, [intermediate.cert], BestAvailableEncryption(b"s3cret")
    )
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    profile.save(seed_example(), tmp_path / "p.json")
    return {name: str(tmp_path / name) for name in [*files, "p.json"]}


CHECKS = {
    "good-with-profile": ("good.pem", {"profile_file": "p.json", "key_file": "key.pem"}),
    "good-without-profile": ("good.pem", {}),
    "wrong-key": ("good.pem", {"profile_file": "p.json", "key_file": "other-key.pem"}),
    "expired": ("expired.pem", {"profile_file": "p.json"}),
    "no-cdp": ("no-cdp.pem", {"profile_file": "p.json"}),
    "chain-missing": ("leaf-only.pem", {"profile_file": "p.json"}),
    "chain-given": ("leaf-only.pem", {"profile_file": "p.json", "chain_files": "good.pem"}),
    "request": ("request.req", {"profile_file": "p.json", "key_file": "key.pem"}),
    "request-bad": ("request-bad.req", {"profile_file": "p.json"}),
    "request-without-profile": ("request.req", {}),
    "pfx": ("good.pfx", {"profile_file": "p.json", "password": "password.txt"}),
    "with-its-request": ("good.pem", {"profile_file": "p.json", "request_file": "request.req"}),
}  # fmt: skip

_OPTIONS = {
    "profile_file": "--profile",
    "key_file": "--key",
    "chain_files": "--chain",
    "request_file": "--request",
    "password": "--password-file",
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_check_has_the_same_verdict_and_findings(check_corpus: dict[str, str], name: str) -> None:
    file, options = CHECKS[name]
    files = check_corpus
    argv = ["check", files[file], "--roots", files["roots.pem"], "--at", DAY]
    fields: dict[str, Any] = {"file": files[file], "roots_file": files["roots.pem"]}
    for field, value in options.items():
        argv += [_OPTIONS[field], files[value]]
        if field == "chain_files":
            fields[field] = (files[value],)
        elif field == "password":
            fields[field] = Path(files[value]).read_bytes().strip()
        else:
            fields[field] = files[value]
    code, data = cli_json(*argv)
    verdict, found, skipped = wizard_check(CheckInputs(**fields))
    assert (data["verdict"], seen_json(data["findings"]), data["skipped_rules"]) == (
        verdict,
        found,
        skipped,
    )
    assert code == (1 if verdict == "fail" else 0)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)


# --- the Trusted Root store --------------------------------------------------------------


@pytest.fixture(scope="module")
def store_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from sst_writer import sst

    folder = tmp_path_factory.mktemp("stores")
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    leaf, _ = pki.make_leaf(intermediate)
    files = {
        "roots.sst": sst([pki.der(root.cert), pki.der(root.cert)]),
        "misplaced.pem": pki.pem(root, intermediate),
        "other.pem": pki.pem(pki.make_root("Another Test Root", slot=1)),
        "edge.pem": pki.pem(leaf, intermediate, root),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: str(folder / name) for name in files}


STORES = {
    "sst-with-a-copy": (("roots.sst",), None),
    "misplaced": (("misplaced.pem",), "edge.pem"),
    "edge-root-missing": (("other.pem",), "edge.pem"),
    "two-exports": (("roots.sst", "misplaced.pem"), "edge.pem"),
}


@pytest.mark.parametrize("name", sorted(STORES))
def test_a_roots_check_has_the_same_verdict_findings_and_list(
    store_corpus: dict[str, str], name: str
) -> None:
    from pic_wizard.core.usecases.roots import RootsInputs, check_roots

    stores, certificate = STORES[name]
    files = tuple(store_corpus[s] for s in stores)
    argv = ["roots", *files, "--at", DAY]
    if certificate:
        argv += ["--certificate", store_corpus[certificate]]
    code, data = cli_json(*argv)
    # The wizard's pages call the use case with the fields as they stand.
    result = check_roots(
        RootsInputs(files, store_corpus[certificate] if certificate else "", at=AT)
    )
    assert data["verdict"] == result.verdict
    assert seen_json(data["findings"]) == seen(result.findings)
    assert [c["thumbprint_sha1"] for c in data["certificates"]] == [
        c.thumbprint_sha1 for c in result.certificates
    ]
    assert code == (1 if result.verdict == "fail" else 0)
