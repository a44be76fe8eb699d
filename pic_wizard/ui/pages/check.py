"""Check: pick a certificate, chain, request or PFX; see whether it is ready."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
)

from ...core.values.errors import PicWizardError
from ...models.chain import ChainTreeModel
from ...models.findings import FindingsFilterProxy, FindingsModel
from ..common import (
    BannerLabel,
    ProblemLabel,
    WizardPage,
    eku_text,
    error_text,
    file_field,
    pick_files,
    skipped_rules_text,
    tab_to_checked,
    why_label,
)
from ..forms import Against, CheckOutcome
from ..report import report_button_row
from ..state import PageId
from .review import findings_table

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan
    from ...core.rules.verdict import CheckResult
    from ...core.values.i18n import Catalogue
    from ...core.values.topology import Topology
    from ...workers import Task
    from ..state import WizardState

CERT_FILTER = QT_TRANSLATE_NOOP(
    "FileFilter",
    "Certificates, requests and PFX (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12 "
    "*.req *.csr);;All files (*)",
)


def cert_filter() -> str:
    """The file dialog's filter for certificates, in the user's language."""
    return QCoreApplication.translate("FileFilter", str(CERT_FILTER))


class CheckInputPage(WizardPage):
    show_preview = False

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Check a certificate"))
        self.setSubTitle(
            self.tr("Open what the CA sent, a PFX, a chain or a request, or drop it here.")
        )
        self.help_text = self.tr(
            "pic-wizard reads PEM, DER, PKCS#7 (.p7b), PKCS#12 (.pfx) and requests "
            "(.req, .csr), whatever their extension. With your profile (or the answers of "
            "this wizard) it also checks that every Edge name is there; without one it "
            "checks everything else and says what it could not check."
        )
        self.setAcceptDrops(True)
        form = QFormLayout()
        self.form.addLayout(form)
        self.file, browse = file_field(form, self.tr("Fi&le:"), self.tr("File to check"))
        self.chain, chain_browse = file_field(
            form,
            self.tr("&Chain:"),
            self.tr("Intermediate certificates"),
            self.tr("optional: the CA's chain, if not in the file"),
        )
        self.roots, roots_browse = file_field(
            form,
            self.tr("&Trusted roots:"),
            self.tr("Trusted roots"),
            self.tr("optional: a private or test CA's root, instead of the public roots"),
        )
        self.key, key_browse = file_field(
            form,
            self.tr("Private &key:"),
            self.tr("Private key"),
            self.tr("optional: the key the certificate must match"),
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("for a PFX or an encrypted key"))
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)

        self.against = QButtonGroup(self)
        self.use_answers = QRadioButton(
            self.tr("Check the names against the &answers of this wizard")
        )
        self.use_profile = QRadioButton(self.tr("Against a &profile:"))
        self.no_profile = QRadioButton(self.tr("Witho&ut a profile (names not checked)"))
        self.derive = QRadioButton(
            self.tr("Answer the SIP domain and Edge questions, pre-filled from the fil&e")
        )
        buttons = (self.use_answers, self.use_profile, self.no_profile, self.derive)
        for number, button in enumerate(buttons):
            self.against.addButton(button, number)
        tab_to_checked(self.against)
        self.profile = QLineEdit()
        self.profile.setAccessibleName(self.tr("Profile"))
        profile_browse = QPushButton(self.tr("Browse…"))
        self.form.addWidget(self.use_answers)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.use_profile)
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(profile_browse)
        self.form.addLayout(profile_row)
        self.form.addWidget(self.no_profile)
        self.form.addWidget(self.derive)
        self.no_profile.setChecked(True)
        self.problem = ProblemLabel()
        self.form.addWidget(self.problem)
        self.form.addWidget(
            why_label(self.tr("Nothing is changed or written: the check only reads."))
        )
        self.form.addStretch(1)

        browse.clicked.connect(lambda: self._browse(self.file, cert_filter()))
        chain_browse.clicked.connect(self._browse_chain)
        roots_browse.clicked.connect(lambda: self._browse(self.roots, cert_filter()))
        key_browse.clicked.connect(
            lambda: self._browse(
                self.key, self.tr("Keys and PFX (*.key *.pem *.pfx *.p12);;All files (*)")
            )
        )
        profile_browse.clicked.connect(
            lambda: self._browse(self.profile, self.tr("pic-wizard profiles (*.json)"))
        )
        self.profile.textChanged.connect(lambda: self.use_profile.setChecked(True))
        for edit in (self.file, self.chain, self.roots, self.key, self.password, self.profile):
            edit.textChanged.connect(self._changed)
        self.against.idToggled.connect(self._against_toggled)
        self.task: Task | None = None  # reading the answers from the file
        self._waiting = False  # Next was pressed: move on when the check is done
        state.checkFinished.connect(self._check_finished)
        state.checkFailed.connect(self._failed)
        state.checkChanged.connect(self.completeChanged)

    AGAINST = (Against.ANSWERS, Against.PROFILE, Against.NOTHING, Against.FROM_FILE)

    def initializePage(self) -> None:
        # Entered from the start: the wizard's answers, when there are some, are the
        # natural profile (after Back, the admin's choice stands).
        has_answers = bool(self.state.answers.topology.sip_domains)
        if has_answers and self.no_profile.isChecked() and not self.profile.text():
            self.use_answers.setChecked(True)
        super().initializePage()

    def refresh(self) -> None:
        has_answers = bool(self.state.answers.topology.sip_domains)
        self.use_answers.setEnabled(has_answers)
        if self.use_answers.isChecked() and not has_answers:
            self.no_profile.setChecked(True)
        self._changed()

    def set_file(self, path: str) -> None:
        self.file.setText(path)

    def _browse(self, edit: QLineEdit, filters: str) -> None:
        for path in pick_files(self, self.tr("Open"), "check", filters):
            edit.setText(path)

    def _browse_chain(self) -> None:
        paths = pick_files(self, self.tr("Chain"), "check", cert_filter(), many=True)
        if paths:
            self.chain.setText("; ".join(paths))

    def _against_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _changed(self) -> None:
        """Every field is an input of the check: the state follows as the admin types, and
        a result computed before no longer counts."""
        checked = self.against.checkedId()
        self.state.edit_check(
            file=self.file.text(),
            chain_files=tuple(p.strip() for p in self.chain.text().split(";") if p.strip()),
            roots_file=self.roots.text(),
            key_file=self.key.text(),
            password=self.password.text(),
            against=self.AGAINST[checked] if checked >= 0 else Against.NOTHING,
            profile_file=self.profile.text(),
        )
        self.problem.hide()
        self.completeChanged.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.file.setText(urls[0])
            if len(urls) > 1:
                self.chain.setText("; ".join(urls[1:]))
            event.acceptProposedAction()

    def isComplete(self) -> bool:
        return bool(self.state.check_form.file.strip()) and not self.busy()

    def busy(self) -> bool:
        return self.task is not None or self.state.checking

    def nextId(self) -> int:
        return PageId.DOMAINS if self.state.asks_answers_for_check else PageId.CHECK_RESULT

    def validatePage(self) -> bool:
        """The check runs on a worker; Next moves on once its result (for exactly the
        inputs now on the page) has arrived.  To answer the questions first, the file is
        read for the answers instead."""
        form = self.state.check_form
        if form.against is Against.PROFILE and not form.profile_file.strip():
            from ...core.values.errors import InputError

            self._show_failure(InputError("profile-not-given"))  # not "against nothing"
            self.profile.setFocus()
            return False
        if self.state.asks_answers_for_check:
            if self.state.answers_read():
                return True
            if self.task is None:
                self.start_reading()
            return False
        if self.state.check_outcome() is not None:
            return True
        self.start_check()
        return False

    def start_reading(self) -> None:
        from ...core.usecases.check import answers_read_from
        from ...workers import run_in_thread

        inputs = self.state.check_inputs()
        form = self.state.check_form
        base = self.state.answers.topology
        self.problem.hide()

        def read(topology: Topology) -> None:
            self.task = None
            self.state.record_answers_read(form.file.strip(), form.password, topology)
            self.completeChanged.emit()
            if self.isVisible() and self.state.answers_read():
                self.wizard().next()

        self.task = run_in_thread(lambda: answers_read_from(inputs, base), read, self._read_failed)
        self.completeChanged.emit()

    def _read_failed(self, exc: BaseException) -> None:
        self.task = None
        self._show_failure(exc)

    def start_check(self) -> None:
        self.problem.hide()
        self._waiting = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.state.start_check()

    def _check_finished(self, _outcome: CheckOutcome) -> None:
        self.unsetCursor()
        if self._waiting and self.isVisible():
            self._waiting = False
            self.wizard().next()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        if not self._waiting or not self.isVisible():
            return
        self._waiting = False
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, PicWizardError):
            text = error_text(exc)
        else:
            text = self.tr("pic-wizard could not check this file ({what}): this is a bug.").format(
                what=type(exc).__name__
            )
        self.problem.setText("⚠ " + text)
        self.problem.show()
        if isinstance(exc, PicWizardError) and exc.code.startswith("password"):
            self.password.setFocus()
            self.password.selectAll()
        self.completeChanged.emit()


def certificate_text(result: CheckResult) -> str:
    """Plain text an admin can paste into a ticket (never rich text: it is untrusted)."""
    lines = []
    labels = {
        "subject": QCoreApplication.translate("CertificateText", "Subject"),
        "issuer": QCoreApplication.translate("CertificateText", "Issuer"),
        "serial_number": QCoreApplication.translate("CertificateText", "Serial number"),
        "not_before": QCoreApplication.translate("CertificateText", "Valid from"),
        "not_after": QCoreApplication.translate("CertificateText", "Valid to"),
        "subject_alternative_names": QCoreApplication.translate(
            "CertificateText", "Subject alternative names"
        ),
        "extended_key_usages": QCoreApplication.translate("CertificateText", "Enhanced key usage"),
        "key": QCoreApplication.translate("CertificateText", "Key"),
        "thumbprint_sha1": QCoreApplication.translate("CertificateText", "Thumbprint (SHA-1)"),
        "fingerprint_sha256": QCoreApplication.translate(
            "CertificateText", "Fingerprint (SHA-256)"
        ),
    }
    line = QCoreApplication.translate("CertificateText", "{label}: {value}")
    from ...core.documents.report import when_text
    from ...core.values.untrusted import visible

    details = result.details
    for key, label in labels.items():
        if not hasattr(details, key):  # a request has no issuer, dates or thumbprint
            continue
        value: Any = getattr(details, key)
        if key == "extended_key_usages":
            value = [eku_text(str(e)) for e in value]
        elif key == "subject_alternative_names":
            from ...core.rules.names import shown_name

            value = [shown_name(str(v)) for v in value]
        elif key in ("not_before", "not_after"):
            value = when_text(value)
        # One line per value, whatever the certificate holds (a newline would forge one).
        if isinstance(value, list | tuple):
            value = ", ".join(visible(str(v)) for v in value) or QCoreApplication.translate(
                "CertificateText", "(none)"
            )
        else:
            value = visible(str(value))
        lines.append(line.format(label=label, value=value))
    return "\n".join(lines)


class CheckResultPage(WizardPage):
    show_preview = False

    def nextId(self) -> int:
        return -1

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Result"))
        self.help_text = self.tr(
            "Errors must be fixed before the certificate goes on an Edge Server; warnings "
            "and notes are for you to read. The certification path shows the chain "
            "pic-wizard found to a trusted root."
        )
        self.verdict = BannerLabel(self.tr("Verdict"))
        self.form.addWidget(self.verdict)
        # A certificate's days left and the day to renew it by (the core's words).
        self.lifetime = QLabel()
        self.lifetime.setWordWrap(True)
        self.lifetime.setTextFormat(Qt.TextFormat.PlainText)
        self.lifetime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lifetime.setAccessibleName(self.tr("Renewal"))
        self.lifetime.hide()
        self.form.addWidget(self.lifetime)
        self.tabs = QTabWidget()
        self.findings_model = FindingsModel(self)
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(self.findings_model)
        self.proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.findings = findings_table(self.proxy, self.tr("Findings"))
        self.tabs.addTab(self.findings, self.tr("Findin&gs"))
        self.chain_model = ChainTreeModel(self)
        self.chain = QTreeView()
        self.chain.setModel(self.chain_model)
        self.chain.setAccessibleName(self.tr("Certification path"))
        self.chain.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chain.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.chain, self.tr("Certification &path"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Certificate details"))
        self.tabs.addTab(self.details, self.tr("&Details"))
        # Checked against answers or a profile: which name each service or domain needs,
        # the ones the certificate lacks in red.
        from ..plan_picture import PlanPicture

        self.picture = PlanPicture()
        picture_scroll = QScrollArea()
        picture_scroll.setWidgetResizable(True)
        picture_scroll.setWidget(self.picture)
        self.picture_tab = self.tabs.addTab(picture_scroll, self.tr("Pict&ure"))
        self.tabs.setTabVisible(self.picture_tab, False)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout()
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skipped)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setToolTip(
            self.tr("The result of the check as a PDF or HTML page, for a change ticket")
        )
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.save_report)
        layout.addLayout(report_button_row(self.report_button))
        self.form.addLayout(layout, 1)
        self.shown: CheckResult | None = None
        self.checked_plan: CertificatePlan | None = None
        state.checkChanged.connect(self._check_changed)

    def refresh(self) -> None:
        """The result for the inputs as they stand; nothing when they changed since."""
        outcome = self.state.check_outcome()
        if outcome is not None:
            self.show_result(outcome.result, outcome.topology)
        else:
            self.clear()

    def _check_changed(self) -> None:
        if self.isVisible() and self.state.check_outcome() is None:
            self.clear()

    def clear(self) -> None:
        self.shown = None
        self.checked_plan = None
        self.report_button.setEnabled(False)
        self.verdict.clear()
        self.verdict.setStyleSheet("")
        self.lifetime.clear()
        self.lifetime.hide()
        self.findings_model.set_findings(())
        self.chain_model.set_chain(())
        self.details.clear()
        self.tabs.setTabVisible(self.picture_tab, False)
        self.skipped.hide()

    def save_report(self) -> str:
        from ...core.documents.report import check_report_html
        from ...core.values.policy import now
        from ..report import save_report

        result, plan = self.shown, self.checked_plan
        if result is None:
            return ""
        from ...core.usecases.report import check_report_name

        name = check_report_name(result)

        def make(catalogue: Catalogue) -> str:
            return check_report_html([result], catalogue, now(), plan)

        return save_report(self, make, name)

    def show_result(self, result: CheckResult, topology: Topology | None = None) -> None:
        """``result``, and the picture of the names ``topology`` expects (None: checked
        without answers or profile)."""
        self.shown = result
        self.report_button.setEnabled(True)
        from ...core.rules.content_rules import severity_counts
        from ...core.values.findings import Severity

        counted = severity_counts(list(result.findings))  # as the CLI and the report count
        counts = {s.value: counted.get(s, 0) for s in Severity}
        what = self.tr("certificate") if result.kind == "certificate" else self.tr("request")
        pool = topology is not None and topology.deployment.is_pool
        if counts["error"]:
            text = self.tr("Not ready: %n problem(s) to fix in this {what}.", "", counts["error"])
            text = text.format(what=what)
        elif result.kind == "certificate":
            text = (
                self.tr("This certificate is ready for your Edge pool.")
                if pool
                else self.tr("This certificate is ready for your Edge Server.")
            )
        else:
            text = self.tr("This request is ready to submit to the certification authority.")
        if counts["warning"]:
            text += " " + self.tr("Read the %n warning(s).", "", counts["warning"])
        self.verdict.setText(
            self.tr("{file}: {verdict}").format(file=Path(result.file).name, verdict=text)
        )
        self.verdict.set_good(not counts["error"])
        if result.lifetime is not None:
            from ...models._text import ContextWords

            self.lifetime.setText(result.lifetime.text(ContextWords("Lifetime")))
            self.lifetime.show()
        else:
            self.lifetime.clear()
            self.lifetime.hide()
        self.findings_model.set_findings(result.findings)
        self.chain_model.set_chain(result.path)
        self.chain.expandAll()
        self.details.setPlainText(certificate_text(result))
        # The plan the result was checked against (it carries it): for the picture here
        # and the report.
        self.checked_plan = result.plan
        if result.plan is not None:
            from ...core.documents.picture import result_names

            self.picture.set_plan(result.plan, *result_names(result))
        self.tabs.setTabVisible(self.picture_tab, result.plan is not None)
        if result.skipped:
            self.skipped.setText(skipped_rules_text(result.skipped))
            self.skipped.setToolTip(", ".join(r.value for r in result.skipped))
            self.skipped.show()
        else:
            self.skipped.hide()
