"""Test a deployed Edge: the SIP domains (or hosts) to probe, then each endpoint as
federation partners and remote users meet it, with the served certificate judged as the
Check result page judges a file.

The probe runs on a worker (``WizardState.start_probe``); rows arrive one by one, so a
slow DNS server or a silent Edge never freezes the window, and Stop, Back or Cancel end
it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.values.errors import PicWizardError
from ...core.values.findings import Finding, Severity
from ...core.values.untrusted import visible
from ...models._text import plain_tooltip
from ...models.chain import ChainTreeModel
from ...models.findings import FindingsFilterProxy, FindingsModel
from ..common import (
    BannerLabel,
    ProblemLabel,
    WizardPage,
    error_text,
    file_field,
    path_row,
    pick_files,
    skipped_rules_text,
    tab_to_checked,
    why_label,
)
from ..forms import Against
from ..report import report_button_row
from ..state import PageId
from .check import cert_filter, certificate_text
from .review import findings_table

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan
    from ...core.rules.probe import EndpointResult
    from ...core.values.i18n import Catalogue
    from ..forms import ProbeRun
    from ..state import WizardState

# The core's bounds of a wait (core.usecases.probe), without importing the network layer
# before the page is used; a test holds them equal.
MIN_TIMEOUT, MAX_TIMEOUT, DEFAULT_TIMEOUT = 0.1, 60.0, 5.0


def split_targets(text: str) -> tuple[str, ...]:
    """Targets as typed: separated by commas, semicolons or spaces."""
    return tuple(t for t in re.split(r"[\s,;]+", text) if t)


def profile_filter() -> str:
    return QCoreApplication.translate("FileFilter", "pic-wizard profiles (*.json);;All files (*)")


class ProbeInputPage(WizardPage):
    show_preview = False

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Test a deployed Edge"))
        self.setSubTitle(
            self.tr(
                "Reach the Edge the way federation partners and remote users do: DNS SRV "
                "records, a TLS connection, and the certificate it serves."
            )
        )
        self.help_text = self.tr(
            "For each SIP domain pic-wizard looks up the _sipfederationtls._tcp and "
            "_sip._tls SRV records, the addresses of their targets, and connects to each "
            "with TLS as a partner would. The certificate the Edge serves, with the chain "
            "exactly as sent, is judged with the same rules as a file on the Check page. "
            "A host and port (sip.contoso.com:5061) is probed as given. Run it from a "
            "computer outside your network to see what partners see."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.targets = QLineEdit()
        self.targets.setAccessibleName(self.tr("SIP domains or hosts"))
        self.targets.setPlaceholderText(self.tr("contoso.com fabrikam.com or sip.contoso.com:5061"))
        targets_label = QLabel(self.tr("SIP &domains or hosts:"))
        targets_label.setBuddy(self.targets)
        form.addRow(targets_label, self.targets)

        self.against = QButtonGroup(self)
        self.with_answers = QRadioButton(self.tr("the &answers of this wizard"))
        self.with_profile = QRadioButton(self.tr("a saved &profile:"))
        self.with_nothing = QRadioButton(self.tr("only the na&mes probed"))
        for button, against in (
            (self.with_answers, Against.ANSWERS),
            (self.with_profile, Against.PROFILE),
            (self.with_nothing, Against.NOTHING),
        ):
            button.setProperty("against", against.value)
            self.against.addButton(button)
        tab_to_checked(self.against)
        self.profile = QLineEdit()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.setPlaceholderText(self.tr("the profile the Edge was deployed from"))
        profile_browse = QPushButton(self.tr("B&rowse…"))
        against_box = QVBoxLayout()
        against_box.addWidget(self.with_answers)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.with_profile)
        profile_row.addLayout(path_row(self.profile, profile_browse), 1)
        against_box.addLayout(profile_row)
        against_box.addWidget(self.with_nothing)
        form.addRow(QLabel(self.tr("Judge the names against:")), against_box)
        self.services = QCheckBox(
            self.tr("Also test the Access Edge and &Web Conferencing Edge names")
        )
        form.addRow("", self.services)

        self.roots, roots_browse = file_field(
            form,
            self.tr("&Trusted roots:"),
            self.tr("Trusted roots"),
            self.tr("optional: your roots instead of the public ones"),
            browse=self.tr("Brows&e…"),
        )
        self.dns_server = QLineEdit()
        self.dns_server.setAccessibleName(self.tr("DNS server"))
        self.dns_server.setPlaceholderText(
            self.tr("optional: an IP address, such as 192.0.2.53 or 192.0.2.53:5353")
        )
        dns_label = QLabel(self.tr("DNS ser&ver:"))
        dns_label.setBuddy(self.dns_server)
        form.addRow(dns_label, self.dns_server)
        self.timeout = QDoubleSpinBox()
        self.timeout.setDecimals(1)
        self.timeout.setRange(MIN_TIMEOUT, MAX_TIMEOUT)
        self.timeout.setSingleStep(1.0)
        self.timeout.setValue(DEFAULT_TIMEOUT)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setAccessibleName(self.tr("Timeout"))
        timeout_label = QLabel(self.tr("T&imeout:"))
        timeout_label.setBuddy(self.timeout)
        timeout_row = QHBoxLayout()
        timeout_row.addWidget(self.timeout)
        timeout_row.addWidget(why_label(self.tr("the longest wait of each lookup and connection")))
        timeout_row.addStretch(1)
        form.addRow(timeout_label, timeout_row)
        self.problem = ProblemLabel()
        self.form.addWidget(self.problem)
        self.form.addWidget(
            why_label(
                self.tr(
                    "Nothing is sent but DNS queries and the start of a TLS connection; "
                    "no certificate or password leaves this computer."
                )
            )
        )
        self.form.addStretch(1)

        profile_browse.clicked.connect(self._browse_profile)
        roots_browse.clicked.connect(self._browse_roots)
        for edit in (self.targets, self.profile, self.roots, self.dns_server):
            edit.textChanged.connect(self._changed)
        self.against.buttonToggled.connect(lambda *_: self._changed())
        self.services.toggled.connect(self._changed)
        self.timeout.valueChanged.connect(self._changed)
        self._filling = False

    # ------------------------------------------------------------------ the form

    def initializePage(self) -> None:
        """The first time: the SIP domains of the answers, judged against them."""
        form = self.state.probe_form
        domains = tuple(d for d in self.state.answers.topology.sip_domains if d.strip())
        if not form.targets and domains:
            self.state.edit_probe(targets=domains, against=Against.ANSWERS)
        self.refresh()

    def refresh(self) -> None:
        """The form as the state holds it."""
        form = self.state.probe_form
        has_answers = any(d.strip() for d in self.state.answers.topology.sip_domains)
        self._filling = True
        try:
            if split_targets(self.targets.text()) != form.targets:
                self.targets.setText(" ".join(form.targets))
            if self.profile.text() != form.profile_file:
                self.profile.setText(form.profile_file)
            if self.roots.text() != form.roots_file:
                self.roots.setText(form.roots_file)
            if self.dns_server.text() != form.dns_server:
                self.dns_server.setText(form.dns_server)
            self.timeout.setValue(DEFAULT_TIMEOUT if form.timeout is None else form.timeout)
            self.services.setChecked(form.services)
            self.with_answers.setEnabled(has_answers)
            against = form.against
            if against is Against.ANSWERS and not has_answers:
                against = Against.NOTHING
            {
                Against.ANSWERS: self.with_answers,
                Against.PROFILE: self.with_profile,
            }.get(against, self.with_nothing).setChecked(True)
        finally:
            self._filling = False
        self._changed()

    def _against(self) -> Against:
        button = self.against.checkedButton()
        return Against(button.property("against")) if button is not None else Against.NOTHING

    def _changed(self) -> None:
        if self._filling:
            return
        against = self._against()
        self.profile.setEnabled(against is Against.PROFILE)
        self.services.setEnabled(against is not Against.NOTHING)
        self.state.edit_probe(
            targets=split_targets(self.targets.text()),
            against=against,
            profile_file=self.profile.text(),
            services=self.services.isChecked(),
            roots_file=self.roots.text(),
            dns_server=self.dns_server.text(),
            timeout=self.timeout.value(),
        )
        self.problem.hide()
        self.completeChanged.emit()

    def _browse_profile(self) -> None:
        for path in pick_files(self, self.tr("Profile"), "probe", profile_filter()):
            self.use_profile(path)

    def use_profile(self, path: str) -> None:
        """Judge against this profile; with no target typed yet, its SIP domains."""
        from ...core.files import profile

        self.profile.setText(path)
        self.with_profile.setChecked(True)
        if not self.targets.text().strip():
            try:
                domains = profile.load(path).sip_domains
            except PicWizardError as error:
                self.show_problem(error)
                return
            self.targets.setText(" ".join(d for d in domains if d.strip()))

    def _browse_roots(self) -> None:
        for path in pick_files(self, self.tr("Trusted roots"), "probe", cert_filter()):
            self.roots.setText(path)

    # ------------------------------------------------------------------ Next

    def isComplete(self) -> bool:
        return bool(self.state.probe_form.targets)

    def nextId(self) -> int:
        return PageId.PROBE_RESULT

    def validatePage(self) -> bool:
        """Everything the core can check without the network (targets, DNS server,
        profile, roots): a mistake is said here, next to the fields."""
        from ...core.usecases.probe import prepare
        from ...core.values.errors import InputError

        try:
            if self._against() is Against.PROFILE and not self.profile.text().strip():
                raise InputError("profile-not-given")  # not silently "against nothing"
            prepare(self.state.probe_inputs())
        except PicWizardError as error:
            self.show_problem(error)
            return False
        return True

    def show_problem(self, error: PicWizardError) -> None:
        self.problem.setText("⚠ " + error_text(error))
        self.problem.show()
        focus = {
            "probe-bad-target": self.targets,
            "probe-no-target": self.targets,
            "probe-bad-dns-server": self.dns_server,
            "profile-not-given": self.profile,
        }.get(error.code)
        if focus is None and error.params.get("file"):
            file = error.params["file"]
            focus = self.roots if file == self.roots.text().strip() else self.profile
        if focus is not None and focus.isEnabled():
            focus.setFocus()
            focus.selectAll()


def served_text(row: EndpointResult) -> str:
    """What the Edge sent and how, as plain text (untrusted: never rich text)."""
    from ...core.rules.probe import served_chain, srv_lines

    lines: list[str] = []
    handshake = row.handshake
    if row.srv:
        lines.append(
            QCoreApplication.translate("ProbeResultPage", "SRV records: {srv}").format(
                srv=", ".join(visible(s) for s in srv_lines(row))
            )
        )
    if handshake is not None and handshake.completed:
        lines.append(
            QCoreApplication.translate("ProbeResultPage", "TLS version: {version}").format(
                version=visible(handshake.version)
            )
        )
        lines.append(
            QCoreApplication.translate("ProbeResultPage", "Cipher: {cipher}").format(
                cipher=visible(handshake.cipher)
            )
        )
    chain = served_chain(row)
    if chain:
        lines.append("")
        lines.append(
            QCoreApplication.translate("ProbeResultPage", "Chain as served, in the order sent:")
        )
        for number, cert in enumerate(chain, 1):
            lines.append(f"{number}. {visible(cert.subject)}")
            lines.append(
                "   "
                + QCoreApplication.translate(
                    "ProbeResultPage", "issued by {issuer}, expires {date}"
                ).format(issuer=visible(cert.issuer), date=cert.not_after)
            )
            lines.append(
                "   "
                + QCoreApplication.translate("ProbeResultPage", "thumbprint {thumbprint}").format(
                    thumbprint=cert.thumbprint_sha1
                )
            )
    elif handshake is not None:
        lines.append(QCoreApplication.translate("ProbeResultPage", "No certificate was served."))
    if handshake is not None and handshake.completed:
        lines.append("")
        if handshake.client_ca_names:
            lines.append(
                QCoreApplication.translate("ProbeResultPage", "Client certificates asked from:")
            )
            lines.extend(f"  {visible(name)}" for name in handshake.client_ca_names)
        elif handshake.asked_client_certificate:
            lines.append(
                QCoreApplication.translate(
                    "ProbeResultPage", "A client certificate was asked for, from any CA."
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "ProbeResultPage", "No client certificate was asked for."
                )
            )
    return "\n".join(lines)


class ProbeResultPage(WizardPage):
    show_preview = False

    COL_TARGET, COL_ENDPOINT, COL_ADDRESS, COL_VERDICT = range(4)

    def nextId(self) -> int:
        return -1

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("The deployed Edge"))
        self.help_text = self.tr(
            "Each row is an endpoint as partners and remote users reach it (or a DNS name "
            "that failed). Select one to see its findings, the chain exactly as the Edge "
            "sent it, and the certificate. Errors break federation or remote sign-in."
        )
        self.status = BannerLabel(self.tr("Verdict"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setToolTip(self.tr("Stop the test; the endpoints found so far stay"))
        self.again_button = QPushButton(self.tr("Test &again"))
        self.again_button.setToolTip(self.tr("Test the same endpoints again, after a change"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.stop_button)
        status_row.addWidget(self.again_button)
        self.form.addLayout(status_row)

        self.endpoints = QTableWidget(0, 4)
        self.endpoints.setAccessibleName(self.tr("Endpoints"))
        self.endpoints.setHorizontalHeaderLabels(
            [self.tr("Target"), self.tr("Endpoint"), self.tr("Address"), self.tr("Verdict")]
        )
        self.endpoints.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.endpoints.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.endpoints.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.endpoints.setTabKeyNavigation(False)
        self.endpoints.verticalHeader().hide()
        header = self.endpoints.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        # The target is as wide as it needs up to a limit (a long name is elided, its
        # tooltip whole): the endpoint, address and verdict stay in view.
        for column, mode in (
            (self.COL_TARGET, QHeaderView.ResizeMode.Interactive),
            (self.COL_ENDPOINT, stretch),
            (self.COL_ADDRESS, fit),
            (self.COL_VERDICT, fit),
        ):
            header.setSectionResizeMode(column, mode)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = BannerLabel(self.tr("Endpoint verdict"), margin=6)
        detail_layout.addWidget(self.verdict)
        self.lifetime = QLabel()
        self.lifetime.setWordWrap(True)
        self.lifetime.setTextFormat(Qt.TextFormat.PlainText)
        self.lifetime.setAccessibleName(self.tr("Renewal"))
        self.lifetime.hide()
        detail_layout.addWidget(self.lifetime)
        # Without a profile, the rules about the topology's names are not checked: said,
        # as the Check result page says it, so "Nothing to fix" is not read as more.
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped.hide()
        detail_layout.addWidget(self.skipped)
        self.tabs = QTabWidget()
        self.findings_model = FindingsModel(self)
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(self.findings_model)
        self.proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.findings = findings_table(self.proxy, self.tr("Findings"))
        self.tabs.addTab(self.findings, self.tr("Findin&gs"))
        self.served = QPlainTextEdit()
        self.served.setReadOnly(True)
        self.served.setTabChangesFocus(True)
        self.served.setAccessibleName(self.tr("Chain as served"))
        self.served_tab = self.tabs.addTab(self.served, self.tr("Chain as ser&ved"))
        self.chain_model = ChainTreeModel(self)
        self.chain = QTreeView()
        self.chain.setModel(self.chain_model)
        self.chain.setAccessibleName(self.tr("Certification path"))
        self.chain.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chain.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.path_tab = self.tabs.addTab(self.chain, self.tr("Certification &path"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Certificate details"))
        self.details_tab = self.tabs.addTab(self.details, self.tr("&Details"))
        from ..plan_picture import PlanPicture

        self.picture = PlanPicture()
        picture_scroll = QScrollArea()
        picture_scroll.setWidgetResizable(True)
        picture_scroll.setWidget(self.picture)
        self.picture_tab = self.tabs.addTab(picture_scroll, self.tr("Pict&ure"))
        self.tabs.setTabVisible(self.picture_tab, False)
        detail_layout.addWidget(self.tabs, 1)
        # The tab the admin chose (mouse, mnemonic or Ctrl+Tab), kept from endpoint to
        # endpoint; the page's own changes (a tab hidden, an endpoint shown) are not choices.
        self.wanted_tab = 0
        self._placing = False
        self.tabs.currentChanged.connect(self._tab_chosen)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.endpoints)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Three endpoints in view at least, in a small window too.
        rows_height = 3 * self.endpoints.verticalHeader().defaultSectionSize()
        self.endpoints.setMinimumHeight(
            rows_height + self.endpoints.horizontalHeader().sizeHint().height() + 4
        )
        layout = QVBoxLayout()
        layout.addWidget(splitter, 1)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setToolTip(
            self.tr("What the test found, as a PDF or HTML page, for a change ticket")
        )
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.save_report)
        layout.addLayout(report_button_row(self.report_button))
        self.form.addLayout(layout, 1)

        self.rows: list[EndpointResult] = []
        self.shown: EndpointResult | None = None
        self.endpoints.itemSelectionChanged.connect(self._selected)
        self.stop_button.clicked.connect(state.stop_probe)
        self.again_button.clicked.connect(self._again)
        state.probeRow.connect(self._row_arrived)
        state.probeChanged.connect(self._probe_changed)

    # ------------------------------------------------------------------ the run

    def initializePage(self) -> None:
        self.state.start_probe()
        self.refresh()

    def cleanupPage(self) -> None:
        """Back: the probe stops (its rows so far are kept for these inputs)."""
        self.state.stop_probe()

    def _again(self) -> None:
        self.state.start_probe(again=True)
        self.refresh()

    def refresh(self) -> None:
        """The probe of the inputs as they stand; nothing when they changed since."""
        run = self.state.probe_run()
        self.rows = []
        self.endpoints.setRowCount(0)
        self.clear_detail()
        if run is not None:
            for row in run.rows:
                self._add_row(row)
        self._show_status(run)

    def _row_arrived(self, row: EndpointResult) -> None:
        run = self.state.probe_run()
        if run is None or not run.rows or run.rows[-1] is not row:
            return
        self._add_row(row)
        self._show_status(run)

    def _probe_changed(self) -> None:
        run = self.state.probe_run()
        if run is not None and len(run.rows) != len(self.rows):
            self.refresh()
            return
        self._show_status(run)

    def _add_row(self, row: EndpointResult) -> None:
        self.rows.append(row)
        number = self.endpoints.rowCount()
        self.endpoints.insertRow(number)
        where = f"{row.host}:{row.port}" if row.port is not None else row.host
        cells = (visible(row.target), visible(where), visible(row.address), self.verdict_text(row))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)  # plain text: never rich text
            item.setToolTip(plain_tooltip(text))  # nor its tooltip (names come from DNS)
            self.endpoints.setItem(number, column, item)
        self._fit_target()
        if number == 0:
            self.endpoints.selectRow(0)

    def _fit_target(self) -> None:
        """The target column as wide as its names, up to a quarter of the list (measured
        from the texts: Qt's own fit counts only the rows on screen, none before the list
        is laid out)."""
        table = self.endpoints
        metrics = table.fontMetrics()
        texts = (table.item(r, self.COL_TARGET) for r in range(table.rowCount()))
        needed = max(
            (metrics.horizontalAdvance(item.text()) for item in texts if item is not None),
            default=0,
        )
        needed = max(
            needed + 3 * metrics.averageCharWidth(),  # the cell's margins
            table.horizontalHeader().sectionSizeFromContents(self.COL_TARGET).width(),
        )
        table.setColumnWidth(self.COL_TARGET, min(needed, max(120, table.viewport().width() // 4)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_target()

    def _show_status(self, run: ProbeRun | None) -> None:
        running = run is not None and run.running
        # Stop and Test again take each other's place: the keyboard's focus goes with them
        # (hidden with the focus, a button would send it down to the table).
        had_focus = self.stop_button.hasFocus() or self.again_button.hasFocus()
        stale = run is None and bool(self.rows)
        self.stop_button.setVisible(running)
        self.again_button.setVisible((run is not None and not running) or stale)
        self.report_button.setEnabled(run is not None and not running and bool(run.rows))
        if had_focus:
            (self.stop_button if running else self.again_button).setFocus()
        if stale:
            # The rows shown were judged with a profile or roots that changed on disk since:
            # said, rather than a report of a judgement that no longer holds.
            self.status.setText(
                self.tr(
                    "The profile or the trusted roots changed on disk since this test. "
                    "Test again to judge the Edge with them."
                )
            )
            self.status.set_good(False)
            return
        if run is None:
            self.status.clear()
            self.status.set_good(True)
            return
        from ...core.rules.probe import Outcome, summarize

        # The core's headline (the report says the same): endpoints are the rows a
        # connection was tried on; a DNS name that led nowhere counts among the problems.
        summary = summarize(run.rows, running=running, stopped=run.stopped or run.error is not None)
        count = self.tr("%n endpoint(s)", "", summary.endpoints)
        errors, warnings = summary.errors, summary.warnings
        if summary.outcome is Outcome.RUNNING:
            text = self.tr("Testing… {count} so far.").format(count=count)
        elif run.error is not None:
            text = (
                error_text(run.error)
                if isinstance(run.error, PicWizardError)
                else self.tr("pic-wizard could not test this Edge ({what}): this is a bug.").format(
                    what=type(run.error).__name__
                )
            )
        elif summary.outcome is Outcome.STOPPED:
            # Not a verdict: what was not tested may be broken.
            text = self.tr("Stopped before the end: {count} tested.").format(count=count)
            if errors:
                text += " " + self.tr("%n problem(s) to fix.", "", errors)
        elif summary.outcome is Outcome.UNREACHED:
            # Nothing answered: no verdict on the Edge, whatever the rows say of DNS.
            text = self.tr(
                "No endpoint could be reached, so the Edge was not tested: each row says why."
            )
        else:
            if errors:
                text = self.tr("%n problem(s) to fix.", "", errors)
            else:
                text = self.tr("Nothing to fix.")
            if warnings:
                text += " " + self.tr("Read the %n warning(s).", "", warnings)
            text = self.tr("{count}: {verdict}").format(count=count, verdict=text)
        self.status.setText(text)
        # Green only for a whole test without error; a stopped test is never green.
        self.status.set_good(summary.outcome is Outcome.RUNNING or summary.good)

    def verdict_text(self, row: EndpointResult) -> str:
        """An endpoint's verdict in the list: how many errors or warnings, or OK."""
        errors, warnings = _errors_and_warnings(row.findings)
        if errors:
            return "✖ " + self.tr("%n error(s)", "", errors)
        if warnings:
            return "⚠ " + self.tr("%n warning(s)", "", warnings)
        return "✔ " + self.tr("OK")

    # ------------------------------------------------------------------ one endpoint

    def _selected(self) -> None:
        rows = self.endpoints.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            self.clear_detail()
            return
        self.show_endpoint(self.rows[rows[0].row()])

    def _tab_chosen(self, index: int) -> None:
        if index >= 0 and not self._placing:
            self.wanted_tab = index

    def clear_detail(self) -> None:
        self._placing = True
        try:
            self._clear_detail()
        finally:
            self._placing = False

    def _clear_detail(self) -> None:
        self.shown = None
        self.verdict.clear()
        self.verdict.set_good(True)
        self.lifetime.hide()
        self.skipped.hide()
        self.findings_model.set_findings(())
        self.served.clear()
        self.chain_model.set_chain(())
        self.details.clear()
        self.tabs.setTabVisible(self.picture_tab, False)

    def show_endpoint(self, row: EndpointResult) -> None:
        """One endpoint as the Check result page shows a file: the verdict, the findings,
        the chain (here as served), the certificate and its picture."""
        self._placing = True
        try:
            self._show_endpoint(row)
        finally:
            self._placing = False

    def _show_endpoint(self, row: EndpointResult) -> None:
        self.shown = row
        errors, warnings = _errors_and_warnings(row.findings)
        if not row.connected:
            # A DNS name that led nowhere: nothing was tested there, whatever the severity.
            text = self.tr("No connection was made: the findings say why.")
        elif errors:
            text = self.tr("%n problem(s) to fix at this endpoint.", "", errors)
        else:
            text = self.tr("Nothing to fix at this endpoint.")
        if warnings and row.connected:
            text += " " + self.tr("Read the %n warning(s).", "", warnings)
        self.verdict.setText(
            self.tr("{endpoint}: {verdict}").format(endpoint=visible(row.label), verdict=text)
        )
        self.verdict.set_good(row.connected and not errors)
        self.findings_model.set_findings(row.findings)
        self.served.setPlainText(served_text(row))
        # Nothing to show (a DNS name that led nowhere, without SRV record): no tab.
        self.tabs.setTabVisible(self.served_tab, bool(self.served.toPlainText().strip()))
        check = row.check
        if check is not None and check.lifetime is not None:
            from ...models._text import ContextWords

            self.lifetime.setText(check.lifetime.text(ContextWords("Lifetime")))
            self.lifetime.show()
        else:
            self.lifetime.hide()
        if check is not None and check.skipped:
            self.skipped.setText(skipped_rules_text(check.skipped))
            self.skipped.setToolTip(", ".join(r.value for r in check.skipped))
            self.skipped.show()
        else:
            self.skipped.hide()
        self.chain_model.set_chain(check.path if check is not None else ())
        self.chain.expandAll()
        self.details.setPlainText(certificate_text(check) if check is not None else "")
        self.tabs.setTabVisible(self.path_tab, check is not None)
        self.tabs.setTabVisible(self.details_tab, check is not None)
        if check is not None and check.plan is not None:
            from ...core.documents.picture import result_names

            self.picture.set_plan(check.plan, *result_names(check))
        self.tabs.setTabVisible(self.picture_tab, check is not None and check.plan is not None)
        # The tab the admin chose, while this endpoint has it; else the findings (a tab
        # hidden under the admin would leave a blank one chosen for them).
        wanted = self.wanted_tab if self.tabs.isTabVisible(self.wanted_tab) else 0
        self.tabs.setCurrentIndex(wanted)

    # ------------------------------------------------------------------ report

    def save_report(self) -> str:
        from ...core.documents.report import probe_report_html
        from ..report import save_report

        run = self.state.probe_run()
        if run is None or not run.rows:
            self._show_status(run)  # a file changed since the test: said, not silent
            return ""
        from ...core.usecases.probe import probe_scope

        rows = tuple(run.rows)
        # The day it was judged on: the test's own, not the day the report is saved.
        at = run.result.at if run.result is not None else run.started
        plan = run.result.plan if run.result is not None else _plan_of(run)
        scope = probe_scope(run.inputs, stopped=run.stopped or run.result is None)

        def make(catalogue: Catalogue) -> str:
            return probe_report_html(rows, catalogue, at, plan, scope)

        return save_report(self, make, "probe-" + visible(run.inputs.targets[0]).replace(":", "-"))


def _plan_of(run: ProbeRun) -> CertificatePlan | None:
    """The plan a stopped test judged its endpoints against (the profile or the answers,
    unchanged since: a stale run is never reported)."""
    from ...core.usecases.probe import prepare

    try:
        return prepare(run.inputs)[0].plan
    except PicWizardError:
        return None


def _errors_and_warnings(findings: Sequence[Finding]) -> tuple[int, int]:
    """The core's count by severity (as the command line and the report count them)."""
    from ...core.rules.content_rules import severity_counts

    counted = severity_counts(list(findings))
    return counted.get(Severity.ERROR, 0), counted.get(Severity.WARNING, 0)
