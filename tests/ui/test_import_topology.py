"""Import topology…: from a .tbxml file or pasted Management Shell output into the answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from topologies import DOMAINS_LIST, EDGE, ONE, TWO, tbxml

from pic_wizard.core.values.topology import Deployment
from pic_wizard.ui.import_topology import ImportTopologyDialog, import_topology
from pic_wizard.ui.wizard import PageId, PicWizard

PASTE = DOMAINS_LIST + EDGE


def accepted(monkeypatch, dialog: ImportTopologyDialog) -> ImportTopologyDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    return dialog


def test_pasted_output_fills_the_domains_and_edge_names(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    dialog = accepted(monkeypatch, ImportTopologyDialog(wizard))
    dialog.paste.setPlainText(PASTE)
    assert import_topology(wizard, wizard.state, dialog)
    assert wizard.domains_model.domains() == ("contoso.com", "fabrikam.com")
    topology = wizard.answers.topology
    assert topology.access_edge_fqdn == "sip.contoso.com"
    assert wizard.answers.plan.san_names == (
        "sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com",
    )  # fmt: skip
    wizard.restart_at(PageId.EDGE)
    edit = wizard.currentPage().fields["access_edge_fqdn"][0]
    assert edit.text() == "sip.contoso.com" and not edit.isReadOnly()  # pre-filled, editable


def test_a_topology_with_two_pools_asks_which(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "topology.tbxml"
    path.write_bytes(tbxml(("contoso.com",), [ONE, TWO]))
    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    dialog = accepted(monkeypatch, ImportTopologyDialog(wizard))
    dialog.file.setText(str(path))
    assert import_topology(wizard, wizard.state, dialog)
    assert len(offered[0]) == 2 and offered[0][1].startswith("edge2.contoso.net (3 servers,")
    topology = wizard.answers.topology
    assert (topology.deployment, topology.server_count) == (Deployment.DNS_POOL, 3)
    assert topology.access_edge_fqdn == "sip2.contoso.com" and topology.xmpp_federation


def test_a_hostile_file_is_a_message_and_changes_nothing(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "evil.tbxml"
    path.write_bytes(b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    before = wizard.answers.topology
    dialog = accepted(monkeypatch, ImportTopologyDialog(wizard))
    dialog.file.setText(str(path))
    assert not import_topology(wizard, wizard.state, dialog)
    assert len(shown) == 1 and "DOCTYPE" in shown[0] and "evil.tbxml" in shown[0]
    assert wizard.answers.topology == before


def test_a_topology_without_an_edge_pool_names_its_file(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "no-edge.tbxml"
    path.write_bytes(tbxml(("contoso.com",), []))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    dialog = accepted(monkeypatch, ImportTopologyDialog(wizard))
    dialog.file.setText(str(path))
    assert not import_topology(wizard, wizard.state, dialog)
    assert len(shown) == 1 and "no-edge.tbxml" in shown[0] and "'-'" not in shown[0]


def test_the_wizard_imports_an_xmpp_pool_as_the_command_line_does(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    """Breakage 4, through the real dialog: a Topology Builder pool running XMPP is Skype
    for Business Server 2015 in the wizard and in import-topology alike."""
    import json

    from walk import run

    path = tmp_path / "xmpp.tbxml"
    path.write_bytes(tbxml(("contoso.com",), [TWO]))
    wizard = PicWizard()
    qtbot.addWidget(wizard)
    dialog = accepted(monkeypatch, ImportTopologyDialog(wizard))
    dialog.file.setText(str(path))
    assert import_topology(wizard, wizard.state, dialog)
    profile_path = tmp_path / "imported.json"
    code, _, err = run("import-topology", str(path), "--out", str(profile_path))
    assert code == 0, err
    written = json.loads(profile_path.read_text(encoding="utf-8"))
    gui = wizard.answers.topology
    assert gui.product.value == written["product"] == "sfb2015"
    code, out, _ = run("plan", str(profile_path), "--json")
    cli_rules = sorted(f["rule"] for f in json.loads(out)["findings"])
    gui_rules = sorted(f.rule.value for f in wizard.answers.plan.findings)
    assert gui_rules == cli_rules
    assert "XMPP-UNSUPPORTED" not in gui_rules
