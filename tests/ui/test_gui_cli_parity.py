"""The wizard and the command line reach the same verdict and the same findings: the real
wizard's state is filled from a corpus of inputs (its pages' fields, as an admin would),
and compared with ``pic-wizard-cli ... --json`` on the same files."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.values.topology import Deployment, KeySpec, Product, seed_example
from pic_wizard.ui.wizard import PageId, PicWizard

import pki

Seen = set[tuple[str, str, str]]


def seen(findings: list[dict[str, str]]) -> Seen:
    return {(f["rule"], f["severity"], f["subject"]) for f in findings}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("parity")
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    now = dt.datetime.now(dt.UTC)
    fresh = {"not_before": now - dt.timedelta(days=1), "days": 90}
    good, key = pki.make_leaf(intermediate, **fresh)
    no_webcon, _ = pki.make_leaf(
        intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"), **fresh
    )
    expired, _ = pki.make_leaf(intermediate, not_before=now - dt.timedelta(days=400), days=90)
    files = {
        "good": pki.pem(good, intermediate),
        "no-webcon": pki.pem(no_webcon, intermediate),
        "expired": pki.pem(expired, intermediate),
        "leaf-alone": pki.pem(good),
        "root": pki.pem(root.cert),
        "key": pki.key_pem(key),
        "other-key": pki.key_pem(pki.rsa_key(7)),
        "request": pki.pem(pki.make_csr(key=key)),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.pem"
        paths[name].write_bytes(data)
    paths["profile"] = folder / "edge.json"
    profile.save(seed_example(), paths["profile"])
    return paths


CHECKS = [
    ("good", None, None),
    ("good", "root", None),
    ("good", "root", "key"),
    ("good", "root", "other-key"),
    ("no-webcon", "root", None),
    ("expired", "root", None),
    ("leaf-alone", None, None),
    ("request", None, None),
]


@pytest.mark.parametrize(("file", "roots", "key"), CHECKS)
def test_check_the_wizard_and_the_command_line_agree(
    qtbot, wizard: PicWizard, corpus: dict[str, Path], file: str, roots, key
) -> None:
    argv = ["check", str(corpus[file]), "--profile", str(corpus["profile"]), "--json"]
    if roots:
        argv += ["--roots", str(corpus[roots])]
    if key:
        argv += ["--key", str(corpus[key])]
    _code, out, _err = run(*argv)
    cli = json.loads(out.splitlines()[0])

    wizard.restart_at(PageId.CHECK_INPUT)
    page = wizard.currentPage()
    page.file.setText(str(corpus[file]))
    page.roots.setText(str(corpus[roots]) if roots else "")
    page.key.setText(str(corpus[key]) if key else "")
    page.profile.setText(str(corpus["profile"]))
    assert page.use_profile.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=20_000)
    shown = wizard.currentPage().shown
    assert shown is not None
    assert shown.verdict == cli["verdict"]
    gui = {(f.rule.value, f.severity.value, f.subject) for f in shown.findings}
    assert gui == seen(cli["findings"])


PLANS = {
    "seed": seed_example(),
    "pool": replace(seed_example(), deployment=Deployment.DNS_POOL, server_count=2),
    "xmpp-2015": replace(
        seed_example(), product=Product.SFB_2015, xmpp_federation=True, xmpp_domains=()
    ),
    "xmpp-2019": replace(seed_example(), product=Product.SFB_2019, xmpp_federation=True),
    "bad-names": replace(seed_example(), web_conferencing_edge_fqdn="*.contoso.com"),
}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_plan_the_wizard_and_the_command_line_agree(
    wizard: PicWizard, tmp_path: Path, name: str
) -> None:
    topology = PLANS[name]
    path = tmp_path / "p.json"
    profile.save(topology, path)
    _code, out, _err = run("plan", str(path), "--json")
    cli = json.loads(out)
    wizard.set_topology(profile.load(path))
    gui = {(f.rule.value, f.severity.value, f.subject) for f in wizard.state.answers.plan.findings}
    assert gui == seen(cli["findings"])


def test_an_unexportable_key_the_wizard_makes_is_an_error_as_in_csr(
    wizard: PicWizard, tmp_path: Path
) -> None:
    topology = replace(seed_example(), key=KeySpec(exportable=False))
    path = tmp_path / "p.json"
    profile.save(topology, path)
    code, _out, _err = run("csr", str(path), "--out", str(tmp_path), "--no-encrypt")
    assert code == 1  # refused: an error finding stands
    wizard.set_topology(topology)
    assert wizard.state.answers.plan.has_errors
