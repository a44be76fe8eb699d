"""The wizard and the command line reach the same verdict and the same findings: the real
wizard's state is filled from a corpus of inputs (its pages' fields, as an admin would),
and compared with ``pic-wizard-cli ... --json`` on the same files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Deployment, KeySpec, Product, seed_example
from pic_wizard.ui.wizard import PageId, PicWizard

import pki

Seen = set[tuple[str, str, str]]
DAY = pki.AT.date().isoformat()  # the day the wizard fixture judges its plans on


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
    _code, out, _err = run("plan", str(path), "--json", "--at", DAY)
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


# ---------------------------------------------------------------- complete a request


@pytest.fixture
def issued(tmp_path: Path) -> dict[str, Path]:
    """A request written as csr writes it (key, request, profile beside each other), the
    certificate a test CA issued for it, its root, another key, and a certificate that
    drops the Web Conferencing name (an error that stands)."""
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.usecases.request import write_request

    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    written = write_request(make_plan(seed_example(), at=pki.AT), tmp_path, None, base_name="edge")
    profile.save(seed_example(), tmp_path / "edge.json")
    now = dt.datetime.now(dt.UTC)
    fresh = {
        "key": pki._PublicOnly(written.request.public_key()),
        "not_before": now - dt.timedelta(days=1),
        "days": 90,
    }
    good, _ = pki.make_leaf(intermediate, **fresh)
    no_webcon = tuple(n for n in pki.SEED_SANS if n != "webcon.contoso.com")
    dropped, _ = pki.make_leaf(intermediate, sans=no_webcon, **fresh)
    paths = {
        "good": tmp_path / "issued.cer",
        "dropped": tmp_path / "dropped.cer",
        "root": tmp_path / "root.pem",
        "key": written.key_path,
        "other-key": tmp_path / "other.key",
        "password": tmp_path / "pfx-password.txt",
    }
    paths["good"].write_bytes(pki.pem(good, intermediate))
    paths["dropped"].write_bytes(pki.pem(dropped, intermediate))
    paths["root"].write_bytes(pki.pem(root.cert))
    paths["other-key"].write_bytes(pki.key_pem(pki.rsa_key(7)))
    paths["password"].write_text("pfx-pass\n")
    return paths


COMPLETES = {
    # name: (certificate, key, the target exists already)
    "good": ("good", "key", False),
    "key-mismatch": ("good", "other-key", False),
    "errors-standing": ("dropped", "key", False),
    "target-exists": ("good", "key", True),
}


def _complete_in_the_wizard(qtbot, wizard: PicWizard, files: dict[str, Path], out: Path, case):
    certificate, key, _exists = case
    wizard.restart_at(PageId.COMPLETE)
    page = wizard.currentPage()
    qtbot.keyClicks(page.certificate, str(files[certificate]))
    page.roots.setText(str(files["root"]))
    page.key.setText(str(files[key]))
    qtbot.keyClicks(page.pfx_password, "pfx-pass")
    qtbot.keyClicks(page.pfx_password2, "pfx-pass")
    page.output.setText(str(out))
    return page


@pytest.mark.parametrize("name", sorted(COMPLETES))
def test_complete_the_wizard_and_the_command_line_agree(
    qtbot, wizard: PicWizard, issued: dict[str, Path], tmp_path: Path, name: str, monkeypatch
) -> None:
    """The Complete page calls core.usecases.complete as pic-wizard-cli complete does: the
    same verdict, findings, friendly name and chain, the same refusal, and a PFX written
    in the same cases (the admin declines writing despite errors and replacing a file)."""
    from PySide6.QtWidgets import QMessageBox

    certificate, key, exists = COMPLETES[name]
    asked: list[str] = []

    def no(_parent, title, *_a, **_k):
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(no))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    # The wizard's answers are not the profile beside the key: both judge against the file.
    wizard.set_topology(replace(seed_example(), sip_domains=("fabrikam.com",)))
    cli_out, gui_out = tmp_path / "cli" / "edge.pfx", tmp_path / "gui" / "edge.pfx"
    for out in (cli_out, gui_out):
        out.parent.mkdir()
        if exists:
            out.write_bytes(b"kept")
    argv = ["complete", str(issued[certificate]), "--key", str(issued[key]), "--out"]
    argv += [str(cli_out), "--roots", str(issued["root"]), "--json"]
    code, out, err = run(*argv, "--pfx-password-file", str(issued["password"]))

    page = _complete_in_the_wizard(qtbot, wizard, issued, gui_out, COMPLETES[name])
    refusal = wizard.state.complete_refusal()
    if exists:
        assert code == 2 and "already exists" in err  # refused before any work
        assert refusal is not None and refusal.code == "output-exists"
        assert page.write.isEnabled()  # offered: writing asks whether to replace it
        qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
        assert asked and page.task is None  # the admin said No: nothing is checked or written
        assert cli_out.read_bytes() == gui_out.read_bytes() == b"kept"
        return
    assert refusal is None
    cli = json.loads(out)
    qtbot.mouseClick(page.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None and page.task is None, timeout=20_000)
    done = page.shown
    assert done.result.verdict == cli["verdict"]
    gui = {(f.rule.value, f.severity.value, f.subject) for f in done.result.findings}
    assert gui == seen(cli["findings"])
    assert (done.refused or None) == cli["refused"]
    assert done.friendly_name == cli["friendly_name"]
    assert len(done.chain) == cli["chain_in_pfx"]
    beside = (done.request_file or None, done.profile_file or None)
    assert beside == (cli["request"], cli["profile"])
    if key == "key":
        assert Path(done.profile_file).name == "edge.json"  # beside the key, not the answers
    assert gui_out.exists() == cli_out.exists() == (cli["pfx"] is not None)
    assert code == (1 if done.errors else 0)
    assert bool(done.errors) == (name in ("errors-standing", "key-mismatch"))
    if name == "errors-standing":
        assert asked  # the wizard asked whether to write anyway; the admin said No


# ---------------------------------------------------------------- the Trusted Root store


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from sst_writer import sst

    folder = tmp_path_factory.mktemp("stores")
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    leaf, _ = pki.make_leaf(intermediate, not_before=dt.datetime.now(dt.UTC), days=90)
    files = {
        "roots.sst": sst([pki.der(root.cert)]),
        "misplaced.p7b": pki.pem(root, intermediate, root),
        "other.pem": pki.pem(pki.make_root("Another Test Root", slot=1)),
        "edge.pem": pki.pem(leaf, intermediate, root),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


@pytest.mark.parametrize(
    ("store", "certificate"),
    [("roots.sst", None), ("misplaced.p7b", None), ("misplaced.p7b", "edge.pem"),
     ("other.pem", "edge.pem")],
)  # fmt: skip
def test_roots_the_wizard_and_the_command_line_agree(
    qtbot, wizard: PicWizard, stores: dict[str, Path], store: str, certificate
) -> None:
    argv = ["roots", str(stores[store]), "--json"]
    if certificate:
        argv += ["--certificate", str(stores[certificate])]
    _code, out, _err = run(*argv)
    cli = json.loads(out)

    wizard.restart_at(PageId.ROOTS_INPUT)
    page = wizard.currentPage()
    page.file.setText(str(stores[store]))
    page.certificate.setText(str(stores[certificate]) if certificate else "")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.ROOTS_RESULT, timeout=20_000)
    result_page = wizard.currentPage()
    shown = result_page.shown
    assert shown is not None
    assert shown.verdict == cli["verdict"]
    gui = {(f.rule.value, f.severity.value, f.subject) for f in shown.findings}
    assert gui == seen(cli["findings"])
    listed = result_page.certificates
    assert listed.rowCount() == len(cli["certificates"])
    # one order, the use case's (worst first, then the store's), in both
    assert [
        listed.item(r, result_page.COL_THUMBPRINT).text() for r in range(listed.rowCount())
    ] == [c["thumbprint_sha1"] for c in cli["certificates"]]
    _code, text, _err = run(*[a for a in argv if a != "--json"])
    listing = text.split("The store holds")[1].splitlines()
    in_text = [line.split("thumbprint ")[-1] for line in listing if ", thumbprint " in line]
    assert in_text == [c["thumbprint_sha1"] for c in cli["certificates"]]


# ---------------------------------------------------------------- validity and renewal


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_review_page_says_the_validity_the_plan_command_gives(
    wizard: PicWizard, tmp_path: Path, name: str
) -> None:
    """The same longest validity and renewal date, in the same words, on the Review page
    and in ``plan`` (both on the test PKI's day: the wizard fixture pins it)."""
    path = tmp_path / "p.json"
    profile.save(PLANS[name], path)
    _code, out, _err = run("plan", str(path), "--json", "--at", DAY)
    cli = json.loads(out)
    _code, text, _err = run("plan", str(path), "--at", DAY)
    wizard.set_topology(profile.load(path))
    wizard.restart_at(PageId.REVIEW)
    lifetime = wizard.state.answers.plan.lifetime
    assert lifetime.max_days == cli["max_validity_days"]
    assert lifetime.latest_expiry.isoformat() == cli["latest_expiry"]
    assert lifetime.renew_by.isoformat() == cli["renew_by"]
    assert lifetime.renewal_max_days == cli["renewal_max_validity_days"]
    shown = wizard.currentPage().lifetime.text()
    assert " ".join(shown.split()) in " ".join(text.split())
    assert cli["renew_by"] in shown


@pytest.mark.parametrize("file", ["good", "expired", "request"])
def test_the_check_result_says_the_days_left_check_gives(
    qtbot, wizard: PicWizard, corpus: dict[str, Path], file: str
) -> None:
    argv = ["check", str(corpus[file]), "--roots", str(corpus["root"])]
    _code, out, _err = run(*argv, "--json")
    details = json.loads(out.splitlines()[0])["details"]
    _code, text, _err = run(*argv)

    wizard.restart_at(PageId.CHECK_INPUT)
    page = wizard.currentPage()
    page.file.setText(str(corpus[file]))
    page.roots.setText(str(corpus["root"]))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=20_000)
    result_page = wizard.currentPage()
    lifetime = result_page.shown.lifetime
    if file == "request":
        assert lifetime is None and "days_left" not in details
        assert result_page.lifetime.isHidden()
        return
    assert lifetime.days_left == details["days_left"]
    assert lifetime.renew_by.isoformat() == details["renew_by"]
    assert not result_page.lifetime.isHidden()
    assert f"Renewal:    {result_page.lifetime.text()}" in text
