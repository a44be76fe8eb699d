"""Test a deployed Edge in the wizard, against the loopback lab: the same endpoints,
verdicts and findings as ``pic-wizard-cli probe --json``; the rows shown as they come; a
DNS server that never answers neither freezes the window nor outlives Cancel; Back, a
wrong DNS server and stale results."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from lab import (
    GOOD_DOMAIN,
    NO_ADDRESS_DOMAIN,
    NO_SRV_DOMAIN,
    SILENT_DOMAIN,
    WRONG_TARGET_DOMAIN,
    Lab,
)
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QWizard
from walk import run

from pic_wizard.core.files import profile
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.forms import Against
from pic_wizard.ui.state import Mode
from pic_wizard.ui.wizard import PageId, PicWizard

import pki

TIMEOUT = "1"


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab.start() as started:
        yield started


@pytest.fixture(scope="module")
def files(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("probe")
    roots = folder / "root.pem"
    roots.write_bytes(pki.pem(lab.root.cert))
    edge = folder / "edge.json"
    profile.save(seed_example(), edge)
    return {"roots": str(roots), "profile": str(edge)}


def fill(wizard: PicWizard, qtbot, targets: str, **fields: str) -> object:
    """The input page filled as an admin would (keyboard into its fields)."""
    wizard.restart_at(PageId.PROBE_INPUT)
    page = wizard.currentPage()
    page.targets.setText(targets)
    page.dns_server.setText(fields.get("dns", ""))
    page.roots.setText(fields.get("roots", ""))
    page.timeout.setValue(float(fields.get("timeout", TIMEOUT)))
    if fields.get("profile"):
        page.use_profile(fields["profile"])
    else:
        page.with_nothing.setChecked(True)
    return page


def next_page(wizard: PicWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def probe_in_the_wizard(wizard: PicWizard, qtbot, targets: str, **fields: str):
    fill(wizard, qtbot, targets, **fields)
    next_page(wizard)
    assert wizard.currentId() == PageId.PROBE_RESULT
    qtbot.waitUntil(lambda: not wizard.state.probing, timeout=30_000)
    run_ = wizard.state.probe_run()
    assert run_ is not None and run_.result is not None
    return wizard.currentPage(), run_


def row_key(row: dict) -> tuple:
    return (row["target"], row["host"], row["port"], row["address"], row["verdict"])


def row_findings(findings) -> set[tuple[str, str, str]]:
    return {(f["rule"], f["severity"], f["subject"]) for f in findings}


CASES = {
    "good": lambda lab: GOOD_DOMAIN,
    "wrong-target": lambda lab: WRONG_TARGET_DOMAIN,
    "no-srv": lambda lab: NO_SRV_DOMAIN,
    "no-address": lambda lab: NO_ADDRESS_DOMAIN,
    "two-domains": lambda lab: f"{GOOD_DOMAIN}, {NO_SRV_DOMAIN}",
    "leaf-only": lambda lab: lab.endpoint("leaf-only"),
    "expired": lambda lab: lab.endpoint("expired"),
    "wrong-name": lambda lab: lab.endpoint("wrong-name"),
    "client-ca": lambda lab: lab.endpoint("client-ca"),
    "closed": lambda lab: f"sip.contoso.com:{lab.closed_port}",
}


@pytest.mark.parametrize("with_profile", [False, True], ids=["names", "profile"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_probe_the_wizard_and_the_command_line_agree(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str], case: str, with_profile: bool
):
    targets = CASES[case](lab)
    fields = {"dns": lab.dns_server, "roots": files["roots"]}
    if with_profile:
        fields["profile"] = files["profile"]
    page, shown = probe_in_the_wizard(wizard, qtbot, targets, **fields)
    args = ["probe", *targets.replace(",", " ").split(), "--json", "--dns-server", lab.dns_server]
    args += ["--roots", files["roots"], "--at", pki.AT_DAY, "--timeout", TIMEOUT]
    if with_profile:
        args += ["--profile", files["profile"]]
    _, out, _ = run(*args)
    cli = [json.loads(line) for line in out.splitlines()]
    gui = [
        {
            "target": r.target,
            "host": r.host,
            "port": r.port,
            "address": r.address or None,
            "verdict": r.verdict,
            "findings": [
                {"rule": f.rule.value, "severity": f.severity.value, "subject": f.subject}
                for f in r.findings
            ],
        }
        for r in shown.rows
    ]
    assert [row_key(r) for r in gui] == [row_key(r) for r in cli]
    for g, c in zip(gui, cli, strict=True):
        assert row_findings(g["findings"]) == row_findings(c["findings"]), g["host"]
    # What the page lists is what was found, in order, and the first is shown.
    assert page.endpoints.rowCount() == len(cli)
    assert page.rows == list(shown.rows)
    assert page.shown is shown.rows[0]
    assert page.findings_model.rowCount() == len(shown.rows[0].findings)


def test_the_served_chain_and_the_client_cas_are_shown(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    page, shown = probe_in_the_wizard(
        wizard, qtbot, lab.endpoint("client-ca"), dns=lab.dns_server, roots=files["roots"]
    )
    text = page.served.toPlainText()
    assert "1. " in text and "2. " in text  # the leaf, then the intermediate, as sent
    assert text.index("sip.contoso.com") < text.index("Issuing")
    assert "Partner Federation CA" in text
    assert shown.rows[0].handshake.version in text
    assert page.details.toPlainText()  # the certificate, as the Check result page shows it
    assert page.chain_model.rowCount() == 1


def test_the_answers_pre_fill_the_domains_and_the_picture_is_shown(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    wizard.set_topology(profile.load(files["profile"]))
    wizard.restart_at(PageId.PROBE_INPUT)
    page = wizard.currentPage()
    assert page.targets.text() == " ".join(seed_example().sip_domains)
    assert page.with_answers.isChecked() and page.services.isEnabled()
    page.targets.setText(GOOD_DOMAIN)
    page.dns_server.setText(lab.dns_server)
    page.roots.setText(files["roots"])
    page.timeout.setValue(1.0)
    next_page(wizard)
    qtbot.waitUntil(lambda: not wizard.state.probing, timeout=30_000)
    result_page = wizard.currentPage()
    assert result_page.tabs.isTabVisible(result_page.picture_tab)


def test_a_wrong_dns_server_is_said_on_the_input_page(qtbot, wizard: PicWizard):
    page = fill(wizard, qtbot, GOOD_DOMAIN, dns="dns.contoso.com")
    next_page(wizard)
    assert wizard.currentId() == PageId.PROBE_INPUT
    assert page.problem.isVisibleTo(page)
    assert "192.0.2.53" in page.problem.text()
    assert "--dns-server" not in page.problem.text()  # the wizard's words, not the CLI's
    assert "The DNS server" in page.problem.text()
    assert page.dns_server.hasFocus()
    assert not wizard.state.probing


def test_a_saved_profile_chosen_without_its_file_is_said(qtbot, wizard: PicWizard, lab: Lab):
    """Not probed silently against the names only; and the Edge names' option says it
    needs the profile in the wizard's words, not the command line's."""
    page = fill(wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server)
    page.with_profile.setChecked(True)
    next_page(wizard)
    assert wizard.currentId() == PageId.PROBE_INPUT
    assert "no profile file is named" in page.problem.text()
    assert page.profile.hasFocus() or not page.isVisible()
    assert not wizard.state.probing
    from pic_wizard.core.values.errors import InputError
    from pic_wizard.ui.common import error_text

    text = error_text(InputError("probe-services-needs-profile"))
    assert "--" not in text and "profile" in text


def test_no_target_keeps_next_disabled(qtbot, wizard: PicWizard):
    fill(wizard, qtbot, " , ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_silent_dns_server_neither_freezes_the_window_nor_outlives_cancel(
    qtbot, wizard: PicWizard, lab: Lab
):
    """The longest timeout against a DNS server that never answers: the window keeps
    handling events while the probe waits, and Cancel ends the worker (a watchdog guards
    the wait; no timing is asserted)."""
    fill(wizard, qtbot, SILENT_DOMAIN, dns=lab.dns_server, timeout="60")
    next_page(wizard)
    assert wizard.state.probing
    qtbot.waitUntil(lambda: (SILENT_DOMAIN.join(["_sipfederationtls._tcp.", ""]), "SRV")
                    in lab.dns.queries, timeout=10_000)  # fmt: skip
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)  # the GUI thread is free
    timer.stop()
    page = wizard.currentPage()
    assert page.stop_button.isVisible()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.state.probing
    finished = threading.Event()
    # The watchdog: the worker ends long before the probe's own 60 s timeout would.
    assert QThreadPool.globalInstance().waitForDone(30_000)
    finished.set()


def test_stop_keeps_the_rows_and_back_stops_too(qtbot, wizard: PicWizard, lab: Lab):
    fill(wizard, qtbot, f"{GOOD_DOMAIN} {SILENT_DOMAIN}", dns=lab.dns_server, timeout="60")
    next_page(wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.endpoints.rowCount() >= 1, timeout=20_000)  # rows as they come
    assert wizard.state.probing
    page.stop_button.click()
    assert not wizard.state.probing
    assert page.endpoints.rowCount() >= 1
    assert "Stopped" in page.status.text()
    assert "Nothing to fix" not in page.status.text()  # what was not tested is not judged
    assert not page.status.good  # a stopped test is no pass, even with nothing found yet
    assert page.again_button.isVisible() and page.report_button.isEnabled()
    page.again_button.click()
    assert wizard.state.probing
    wizard.back()
    assert wizard.currentId() == PageId.PROBE_INPUT
    assert not wizard.state.probing
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_a_result_for_other_inputs_is_not_shown(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    page, _ = probe_in_the_wizard(
        wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    assert page.endpoints.rowCount() == 1
    wizard.back()
    wizard.currentPage().targets.setText(NO_SRV_DOMAIN)
    assert wizard.state.probe_run() is None  # the one kept is for contoso.com
    next_page(wizard)
    qtbot.waitUntil(lambda: not wizard.state.probing, timeout=30_000)
    assert {r.target for r in page.rows} == {NO_SRV_DOMAIN}


def test_the_roots_file_changed_makes_the_result_stale(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str], tmp_path: Path, monkeypatch
):
    """The roots replaced on disk after the test: the rows stay, the page says they were
    judged with the old file, Save report writes nothing (no dialog) and Test again is
    offered; tested again, the report can be saved."""
    from PySide6.QtWidgets import QFileDialog

    roots = tmp_path / "roots.pem"
    roots.write_bytes(Path(files["roots"]).read_bytes())
    page, _ = probe_in_the_wizard(wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=str(roots))
    assert wizard.state.probe_run() is not None
    roots.write_bytes(Path(files["roots"]).read_bytes() * 2)
    assert wizard.state.probe_run() is None

    def no_dialog(*_args, **_kwargs):
        raise AssertionError("a report of a stale result was offered")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    assert page.save_report() == ""
    assert "changed on disk" in page.status.text()
    assert page.endpoints.rowCount() == 1  # what was seen stays on screen
    assert page.again_button.isVisibleTo(page) and not page.stop_button.isVisibleTo(page)
    assert not page.report_button.isEnabled()
    page.again_button.click()
    qtbot.waitUntil(lambda: not wizard.state.probing, timeout=30_000)
    assert wizard.state.probe_run() is not None
    assert "changed on disk" not in page.status.text()
    assert page.report_button.isEnabled()


def test_stop_and_test_again_hand_the_keyboard_focus_to_each_other(
    qtbot, wizard: PicWizard, lab: Lab
):
    """Stop pressed from the keyboard: the focus goes to Test again, which takes its place
    (not down to the table), and back to Stop when the test starts again."""
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    fill(wizard, qtbot, f"{GOOD_DOMAIN} {SILENT_DOMAIN}", dns=lab.dns_server, timeout="60")
    next_page(wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.endpoints.rowCount() >= 1, timeout=20_000)
    page.stop_button.setFocus()
    qtbot.waitUntil(page.stop_button.hasFocus, timeout=5_000)
    qtbot.keyClick(page.stop_button, Qt.Key.Key_Space)
    assert not wizard.state.probing
    assert page.again_button.hasFocus()
    qtbot.keyClick(page.again_button, Qt.Key.Key_Space)
    assert wizard.state.probing
    assert page.stop_button.hasFocus()
    page.stop_button.click()
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_save_report_writes_the_probe_report(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str], tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    page, _ = probe_in_the_wizard(
        wizard, qtbot, WRONG_TARGET_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    out = tmp_path / "probe.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Web page (*.html *.htm)")
    )
    assert page.save_report() == str(out)
    html = out.read_text(encoding="utf-8")
    assert "DNS-SRV-TARGET-NOT-IN-SAN" in html and "edge.northwind.com" in html


def test_the_mode_and_its_path(wizard: PicWizard):
    wizard.restart_at(PageId.PROBE_INPUT)
    assert wizard.state.mode is Mode.PROBE
    assert wizard.state.path() == (PageId.WELCOME, PageId.PROBE_INPUT, PageId.PROBE_RESULT)
    assert wizard.state.probe_form.against is Against.NOTHING  # no answers to judge against


def test_the_page_bounds_are_the_cores():
    from pic_wizard.core.usecases import probe
    from pic_wizard.ui.pages import probe as page

    assert (page.MIN_TIMEOUT, page.MAX_TIMEOUT, page.DEFAULT_TIMEOUT) == (
        probe.MIN_TIMEOUT,
        probe.MAX_TIMEOUT,
        probe.DEFAULT_TIMEOUT,
    )


def test_names_from_dns_never_become_rich_text_in_tooltips(qtbot, wizard: PicWizard):
    """An SRV target is whatever a DNS server says: shown literally, tooltip included."""
    from PySide6.QtGui import Qt as QtNamespace

    from pic_wizard.core.rules.probe import EndpointResult

    page = wizard.page(PageId.PROBE_RESULT)
    page._add_row(EndpointResult("<h1>evil</h1>.com", "<h1>big</h1>.evil.com", 5061))
    row = page.endpoints.rowCount() - 1
    for column in range(page.endpoints.columnCount()):
        item = page.endpoints.item(row, column)
        assert not QtNamespace.mightBeRichText(item.toolTip()) or "&lt;h1&gt;" in item.toolTip()
    assert "<h1>big</h1>.evil.com" in page.endpoints.item(row, 1).text()


def test_without_a_profile_the_endpoint_says_what_was_not_checked(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    """As the Check result page does: "Nothing to fix" judged on the names probed only is
    not a full verdict on the Edge certificate."""
    page, _run = probe_in_the_wizard(
        wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    assert page.skipped.isVisibleTo(page)
    assert "Not checked without a profile" in page.skipped.text()
    assert "SAN-ACCESS-EDGE-MISSING" in page.skipped.toolTip()
    page.clear_detail()  # no endpoint selected: no caveat left from the last one
    assert not page.skipped.isVisibleTo(page)
    page.show_endpoint(page.rows[0])
    page, _run = probe_in_the_wizard(
        wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=files["roots"],
        profile=files["profile"],
    )  # fmt: skip
    assert not page.skipped.isVisibleTo(page)


def test_also_testing_the_edge_names_agrees_with_services_on_the_command_line(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str], monkeypatch
):
    """'Also test the Access Edge and Web Conferencing Edge names' is ``--services``: the
    profile's Access Edge on 5061 and 443 and its Web Conferencing Edge on 443 are probed
    after the SRV endpoints, with the same rows and findings as the command line.  Their
    fixed ports are sent to the lab's server (``--connect-to``), as on the command line."""
    import pic_wizard.ui.state as state_module
    from pic_wizard.core.values.record import replace

    port = lab.servers["complete"].port
    connect_to = tuple(
        f"{host}:{service_port}:127.0.0.1:{port}"
        for host, service_port in (
            ("sip.contoso.com", 5061),
            ("sip.contoso.com", 443),
            ("webcon.contoso.com", 443),
        )
    )
    real_run_probe = state_module.run_probe

    def run_probe_to_the_lab(inputs, cancelled, on_result):
        return real_run_probe(replace(inputs, connect_to=connect_to), cancelled, on_result)

    monkeypatch.setattr(state_module, "run_probe", run_probe_to_the_lab)
    page = fill(
        wizard,
        qtbot,
        GOOD_DOMAIN,
        dns=lab.dns_server,
        roots=files["roots"],
        profile=files["profile"],
    )
    assert page.services.isEnabled()
    page.services.setChecked(True)
    assert wizard.state.probe_inputs().services
    next_page(wizard)
    qtbot.waitUntil(lambda: not wizard.state.probing, timeout=30_000)
    shown = wizard.state.probe_run()
    assert shown is not None and shown.result is not None
    gui = [(r.target, r.host, r.port, r.verdict) for r in shown.rows]
    for where in (("sip.contoso.com", 5061), ("sip.contoso.com", 443), ("webcon.contoso.com", 443)):
        assert where in [(host, port_) for _, host, port_, _ in gui]
    args = ["probe", GOOD_DOMAIN, "--services", "--profile", files["profile"], "--json"]
    args += ["--dns-server", lab.dns_server, "--roots", files["roots"], "--at", pki.AT_DAY]
    args += ["--timeout", TIMEOUT]
    for rule in connect_to:
        args += ["--connect-to", rule]
    _, out, _ = run(*args)
    cli = [json.loads(line) for line in out.splitlines()]
    assert gui == [(r["target"], r["host"], r["port"], r["verdict"]) for r in cli]
    for row, line in zip(shown.rows, cli, strict=True):
        assert row_findings(
            {"rule": f.rule.value, "severity": f.severity.value, "subject": f.subject}
            for f in row.findings
        ) == row_findings(line["findings"])
    assert page is not wizard.currentPage() and wizard.currentPage().endpoints.rowCount() == len(
        cli
    )

    # Judged against nothing, the option means nothing: it is off, and not sent.
    wizard.back()
    wizard.currentPage().with_nothing.setChecked(True)
    assert not wizard.currentPage().services.isEnabled()
    assert not wizard.state.probe_inputs().services


def test_a_silent_dns_server_is_no_verdict_and_its_rows_are_no_endpoints(
    qtbot, wizard: PicWizard, lab: Lab
):
    """Nothing answered: the banner says the Edge was not tested (red), not "2 endpoints:
    1 problem to fix", and the rows are DNS-LOOKUP-FAILED, not "create the record"."""
    page, shown = probe_in_the_wizard(
        wizard, qtbot, SILENT_DOMAIN, dns=lab.dns_server, timeout="0.3"
    )
    assert not shown.result.reached
    assert "No endpoint could be reached" in page.status.text()
    assert "endpoint:" not in page.status.text() and "problem" not in page.status.text()
    assert not page.status.good
    assert {f.rule.value for r in shown.rows for f in r.findings} == {"DNS-LOOKUP-FAILED"}
    for number in range(len(shown.rows)):  # the _sip._tls one is only a warning: not green
        page.endpoints.selectRow(number)
        assert "No connection was made" in page.verdict.text()
        assert not page.verdict.good


def test_dns_rows_are_counted_as_problems_not_as_endpoints(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    page, shown = probe_in_the_wizard(
        wizard, qtbot, f"{GOOD_DOMAIN} {NO_SRV_DOMAIN}", dns=lab.dns_server, roots=files["roots"]
    )
    endpoints = [r for r in shown.rows if r.port is not None]
    assert len(endpoints) == 1 and len(shown.rows) == 3  # contoso's Edge, litware's 2 records
    assert page.status.text().startswith("1 endpoint:")


def test_enter_in_the_endpoints_list_does_not_close_the_wizard(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    """Finish is the last page's default button and a list lets Enter through: the wizard
    closed, and the results were lost, on an Enter meant for a row."""
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page, _ = probe_in_the_wizard(
        wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    finished: list[int] = []
    wizard.finished.connect(finished.append)
    for view in (page.endpoints, page.findings):
        page.tabs.setCurrentWidget(page.findings)
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=5_000)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert not finished and wizard.isVisible()
    assert wizard.currentId() == PageId.PROBE_RESULT
    # Enter on the Finish button itself still finishes.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.setFocus()
    qtbot.waitUntil(finish.hasFocus, timeout=5_000)
    qtbot.keyClick(finish, Qt.Key.Key_Return)
    assert finished


def test_the_chosen_tab_follows_the_endpoints_and_a_hidden_one_falls_back_to_findings(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    page, shown = probe_in_the_wizard(
        wizard, qtbot, f"{GOOD_DOMAIN} {NO_SRV_DOMAIN}", dns=lab.dns_server, roots=files["roots"]
    )
    reached = next(i for i, r in enumerate(shown.rows) if r.reached)
    dns_row = next(i for i, r in enumerate(shown.rows) if r.port is None)
    page.endpoints.selectRow(reached)
    page.tabs.setCurrentWidget(page.details)  # the admin's choice
    page.endpoints.selectRow(dns_row)  # no certificate: no Details tab
    assert page.tabs.currentWidget() is page.findings  # not a blank tab
    assert not page.tabs.isTabVisible(page.served_tab)  # nothing was served: no connection
    assert page.findings_model.rowCount() >= 1
    page.endpoints.selectRow(reached)
    assert page.tabs.currentWidget() is page.details  # the choice is kept


def test_a_long_target_leaves_the_endpoint_and_verdict_in_view(qtbot, wizard: PicWizard, lab: Lab):
    wizard.resize(800, 560)
    wizard.show()
    qtbot.waitExposed(wizard)
    long_name = "edge-" + "x" * 50 + ".contoso.com"
    page, _ = probe_in_the_wizard(wizard, qtbot, f"{long_name}:5061", dns=lab.dns_server)
    header = page.endpoints.horizontalHeader()
    target = page.endpoints.columnWidth(page.COL_TARGET)
    assert target <= max(120, page.endpoints.viewport().width() // 4)
    verdict_right = header.sectionViewportPosition(page.COL_VERDICT) + header.sectionSize(
        page.COL_VERDICT
    )
    assert verdict_right <= page.endpoints.viewport().width() + 1
    assert page.endpoints.item(0, page.COL_TARGET).toolTip()  # the whole name, on demand


def test_a_short_target_is_shown_whole(qtbot, wizard: PicWizard, lab: Lab, files):
    wizard.resize(1100, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    page, _ = probe_in_the_wizard(
        wizard, qtbot, f"{GOOD_DOMAIN} {NO_SRV_DOMAIN}", dns=lab.dns_server, roots=files["roots"]
    )
    needed = page.endpoints.fontMetrics().horizontalAdvance(NO_SRV_DOMAIN)
    assert page.endpoints.columnWidth(page.COL_TARGET) > needed  # not "lit…"


def test_the_report_of_a_stopped_test_says_so_and_what_was_asked(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str], tmp_path: Path, monkeypatch
):
    """A change ticket must not read a stopped test as a whole one: the report says it
    was stopped, lists every target asked (the untested one too), the DNS server and the
    roots."""
    from PySide6.QtWidgets import QFileDialog

    fill(
        wizard,
        qtbot,
        f"{GOOD_DOMAIN} {SILENT_DOMAIN}",
        dns=lab.dns_server,
        roots=files["roots"],
        timeout="60",
    )
    next_page(wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.endpoints.rowCount() >= 1, timeout=20_000)
    page.stop_button.click()
    out = tmp_path / "stopped.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Web page (*.html *.htm)")
    )
    assert page.save_report() == str(out)
    html = out.read_text(encoding="utf-8")
    assert "Stopped before the end" in html
    assert SILENT_DOMAIN in html and lab.dns_server in html and files["roots"] in html
    assert "the names probed only" in html
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_each_srv_record_says_where_it_leads(qtbot, wizard: PicWizard, lab: Lab, files):
    """The served text names the SRV record and the host and port it gave (the port and
    target are what an admin compares with the DNS zone); the command line alike."""
    page, shown = probe_in_the_wizard(
        wizard, qtbot, GOOD_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    row = shown.rows[0]
    leads = f"_sipfederationtls._tcp.{GOOD_DOMAIN} → {row.host}:{row.port}"
    assert leads in page.served.toPlainText()
    _, out, _ = run(
        "probe",
        GOOD_DOMAIN,
        "--dns-server",
        lab.dns_server,
        "--roots",
        files["roots"],
        "--at",
        pki.AT_DAY,
        "--timeout",
        TIMEOUT,
    )
    assert leads in out


def test_tab_into_the_choice_lands_on_the_chosen_one(qtbot, wizard: PicWizard):
    """Tab from the domains goes to the chosen 'judge against' button (then the arrow keys
    move), not to the first one of the group whatever is chosen."""
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page = fill(wizard, qtbot, GOOD_DOMAIN)
    assert page.with_nothing.isChecked()
    page.targets.setFocus()
    qtbot.waitUntil(page.targets.hasFocus, timeout=5_000)
    qtbot.keyClick(page.targets, Qt.Key.Key_Tab)
    assert page.with_nothing.hasFocus()
    qtbot.keyClick(page.with_nothing, Qt.Key.Key_Tab)
    assert page.roots.hasFocus()  # the disabled profile field and option are skipped


def test_a_name_without_address_is_no_endpoint(
    qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]
):
    """No address, no connection tried: a problem, not an endpoint; its SRV records are
    still shown, as the command line and the report show them."""
    page, shown = probe_in_the_wizard(
        wizard,
        qtbot,
        f"{GOOD_DOMAIN} {NO_ADDRESS_DOMAIN}",
        dns=lab.dns_server,
        roots=files["roots"],
    )
    assert page.status.text().startswith("1 endpoint:")
    number = next(i for i, r in enumerate(shown.rows) if r.target == NO_ADDRESS_DOMAIN)
    page.endpoints.selectRow(number)
    assert "No connection was made" in page.verdict.text() and not page.verdict.good
    assert page.tabs.isTabVisible(page.served_tab)
    assert f"_sipfederationtls._tcp.{NO_ADDRESS_DOMAIN} →" in page.served.toPlainText()


def test_ctrl_c_copies_a_finding_whole(qtbot, wizard: PicWizard, lab: Lab, files: dict[str, str]):
    """A narrow 'What to do' cell shortens a long fix: Ctrl+C in the findings gives it
    whole, with the rule, the subject and the message, as plain text."""
    from PySide6.QtGui import QGuiApplication

    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page, _ = probe_in_the_wizard(
        wizard, qtbot, NO_SRV_DOMAIN, dns=lab.dns_server, roots=files["roots"]
    )
    page.tabs.setCurrentWidget(page.findings)
    page.findings.setFocus()
    qtbot.waitUntil(page.findings.hasFocus, timeout=5_000)
    page.findings.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.findings, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Error DNS-SRV-MISSING: _sipfederationtls._tcp.litware.com")
    assert "What to do: In the external DNS zone of litware.com, create the SRV record" in text
    assert "<" not in text  # plain text, never a tooltip's rich text
