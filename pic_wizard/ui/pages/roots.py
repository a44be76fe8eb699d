"""The Edge's Trusted Root store: open its export (and, optionally, the Edge's
certificate); see which certificates are misplaced, doubled, expired or missing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ...core.values.errors import PicWizardError
from ...core.values.untrusted import visible
from ...models.findings import FindingsFilterProxy, FindingsModel
from ..common import (
    BannerLabel,
    ProblemLabel,
    WizardPage,
    error_text,
    file_field,
    pick_files,
    why_label,
)
from ..forms import RootsOutcome
from ..state import PageId
from .check import cert_filter
from .review import findings_table

if TYPE_CHECKING:
    from ...core.usecases.roots import RootsResult
    from ...workers import Task
    from ..state import WizardState

# The PowerShell line that exports the store (Export-Certificate, pki module).
EXPORT_LINE = (
    "Export-Certificate -Cert (Get-ChildItem Cert:\\LocalMachine\\Root) "
    "-FilePath root.p7b -Type P7B"
)


def store_filter() -> str:
    return QCoreApplication.translate(
        "FileFilter",
        "Certificate store exports (*.p7b *.p7c *.sst *.cer *.crt *.pem *.der);;All files (*)",
    )


class RootsInputPage(WizardPage):
    show_preview = False

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Check the Edge's Trusted Root store"))
        self.setSubTitle(
            self.tr(
                "Open the export of the Edge Server's Trusted Root Certification Authorities store."
            )
        )
        self.help_text = self.tr(
            "A certificate that is not self-signed in the Trusted Root Certification "
            "Authorities store breaks mutual TLS on Windows Server 2012 and later: Lync "
            "and Skype for Business services fail to start, sign in or federate. "
            "pic-wizard reads the export (P7B, serialized store .sst, PEM or DER), lists "
            "every certificate and says what to move, remove or import. With the Edge "
            "certificate it also checks that the root it chains to is there."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.file, browse = file_field(
            form,
            self.tr("Store &export:"),
            self.tr("Store export"),
            self.tr("root.p7b; several files are one store"),
        )
        self.certificate, certificate_browse = file_field(
            form,
            self.tr("Edge &certificate:"),
            self.tr("Edge certificate"),
            self.tr("optional: the Edge certificate, its chain or PFX"),
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("for a PFX"))
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        self.form.addWidget(
            why_label(
                self.tr(
                    "To export the store, run this line in PowerShell on the Edge Server "
                    "(as an administrator):"
                )
            )
        )
        command = QLineEdit(EXPORT_LINE)
        command.setReadOnly(True)
        command.setAccessibleName(self.tr("PowerShell command"))
        command.setCursorPosition(0)
        self.form.addWidget(command)
        self.problem = ProblemLabel()
        self.form.addWidget(self.problem)
        self.form.addWidget(
            why_label(self.tr("Nothing is changed or written: the check only reads."))
        )
        self.form.addStretch(1)

        browse.clicked.connect(self._browse_store)
        certificate_browse.clicked.connect(self._browse_certificate)
        for edit in (self.file, self.certificate, self.password):
            edit.textChanged.connect(self._changed)
        self.task: Task | None = None

    def _browse_store(self) -> None:
        paths = pick_files(self, self.tr("Store export"), "roots", store_filter(), many=True)
        if paths:
            self.file.setText("; ".join(paths))

    def _browse_certificate(self) -> None:
        for path in pick_files(self, self.tr("Edge certificate"), "roots", cert_filter()):
            self.certificate.setText(path)

    def refresh(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self.state.edit_roots(
            files=tuple(p.strip() for p in self.file.text().split(";") if p.strip()),
            certificate_file=self.certificate.text(),
            password=self.password.text(),
        )
        self.problem.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.state.roots_form.files) and self.task is None

    def nextId(self) -> int:
        return PageId.ROOTS_RESULT

    def validatePage(self) -> bool:
        """The check runs on a worker; Next moves on once its result, for exactly the
        inputs now on the page, has arrived."""
        if self.state.roots_outcome() is not None:
            return True
        if self.task is None:
            self.start_check()
        return False

    def start_check(self) -> None:
        from ...workers import run_in_thread
        from ..state import run_roots

        inputs = self.state.roots_inputs()
        self.problem.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)

        def done(outcome: RootsOutcome) -> None:
            self.task = None
            self.unsetCursor()
            self.completeChanged.emit()
            if self.state.record_roots(outcome) and self.isVisible():
                self.wizard().next()

        self.task = run_in_thread(lambda: run_roots(inputs), done, self._failed)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.unsetCursor()
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
        self.completeChanged.emit()


class RootsResultPage(WizardPage):
    show_preview = False

    COL_STATUS, COL_SUBJECT, COL_ISSUER, COL_EXPIRES, COL_THUMBPRINT = range(5)

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("The Trusted Root store"))
        self.help_text = self.tr(
            "Errors break sign-in or federation: fix them on every Edge Server. Warnings "
            "and notes are for you to read. The list shows every certificate of the store, "
            "with what pic-wizard found about it."
        )
        self.verdict = BannerLabel(self.tr("Verdict"))
        self.form.addWidget(self.verdict)
        self.tabs = QTabWidget()
        self.findings_model = FindingsModel(self)
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(self.findings_model)
        self.proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.findings = findings_table(self.proxy, self.tr("Findings"))
        self.tabs.addTab(self.findings, self.tr("Findin&gs"))
        self.certificates = QTableWidget(0, 5)
        self.certificates.setAccessibleName(self.tr("Certificates of the store"))
        self.certificates.setHorizontalHeaderLabels(
            [
                self.tr("Found"),
                self.tr("Issued to"),
                self.tr("Issued by"),
                self.tr("Expires"),
                self.tr("Thumbprint"),
            ]
        )
        self.certificates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.certificates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.certificates.setTabKeyNavigation(False)
        self.certificates.verticalHeader().hide()
        header = self.certificates.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in (
            (self.COL_STATUS, fit),
            (self.COL_SUBJECT, stretch),
            (self.COL_ISSUER, stretch),
            (self.COL_EXPIRES, fit),
            (self.COL_THUMBPRINT, fit),
        ):
            header.setSectionResizeMode(column, mode)
        # In a narrow window the names keep a readable width (the table scrolls
        # sideways) rather than shrinking to nothing beside the whole thumbprint.
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("CN=Contoso Root"))
        self.tabs.addTab(self.certificates, self.tr("&Certificates of the store"))
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.PlainText)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout()
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.chain)
        self.form.addLayout(layout, 1)
        self.shown: RootsResult | None = None

    def nextId(self) -> int:
        return -1

    def refresh(self) -> None:
        """The result for the inputs as they stand; nothing when they changed since."""
        outcome = self.state.roots_outcome()
        if outcome is None:
            self.clear()
        else:
            self.show_result(outcome.result)

    def clear(self) -> None:
        self.shown = None
        self.verdict.clear()
        self.findings_model.set_findings(())
        self.certificates.setRowCount(0)
        self.chain.hide()

    def show_result(self, result: RootsResult) -> None:
        self.shown = result
        counts = {s: 0 for s in ("error", "warning", "info")}
        for f in result.findings:
            counts[f.severity.value] += 1
        total = len(result.certificates)
        if counts["error"]:
            text = self.tr("%n problem(s) to fix in this store.", "", counts["error"])
        else:
            text = self.tr("No certificate is misplaced or missing.")
        if counts["warning"]:
            text += " " + self.tr("Read the %n warning(s).", "", counts["warning"])
        files = ", ".join(visible(Path(f).name) for f in result.files)
        self.verdict.setText(
            self.tr("{files} ({count}): {verdict}").format(
                files=files,
                count=self.tr("%n certificate(s)", "", total),
                verdict=text,
            )
        )
        self.verdict.set_good(not counts["error"])
        self.findings_model.set_findings(result.findings)
        self._fill_certificates(result)
        if result.edge_certificate:
            path = result.edge_path or (result.edge_certificate,)
            self.chain.setText(
                self.tr("The Edge certificate's chain: {chain}").format(
                    chain=" → ".join(visible(s) for s in path)
                )
            )
            self.chain.show()
        else:
            self.chain.hide()

    def _fill_certificates(self, result: RootsResult) -> None:
        words = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Note"),
        }
        # In the use case's order (worst first, then the store's), as the command line.
        ordered = result.certificates
        self.certificates.setRowCount(len(ordered))
        for row, cert in enumerate(ordered):
            status = words[cert.worst.value] if cert.worst is not None else self.tr("OK")
            rules = ", ".join(r.value for r in cert.problems)
            cells = (
                status,
                visible(cert.subject),
                visible(cert.issuer) if not cert.self_signed else self.tr("(itself)"),
                f"{cert.not_after:%Y-%m-%d}",
                cert.thumbprint_sha1,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: never rich text
                if column == self.COL_STATUS and rules:
                    item.setToolTip(rules)
                elif column in (self.COL_SUBJECT, self.COL_ISSUER):
                    item.setToolTip(text)
                self.certificates.setItem(row, column, item)
