"""Review: the whole certificate, every name with its reason, every finding with its fix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from ...models.findings import FindingsFilterProxy, FindingsModel
from ...models.san_table import SanTableModel
from ..common import ProblemLabel, WizardPage, eku_text, subject_shown
from ..plan_picture import PlanPicture
from ..report import report_button_row

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan
    from ...core.rules.renewal import Change
    from ...core.usecases.renew import Renewal
    from ..forms import RenewingCertificate
    from ..state import WizardState


def table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # one Tab stop per table; the arrows walk the cells
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class OneLineDelegate(QStyledItemDelegate):
    """A cell kept on one line and shortened with "…" (its full text is in the tooltip),
    so that a long subject DN does not make the row tall or push the other columns out."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


class _AboutWidth(QObject):
    """Keeps the About column narrow whatever the window's width: at most a fifth of the
    table, at most ~24 characters, at least ~8; Message and What to do share the rest."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
            model.rowsInserted.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            # Each row as tall as its text, measured while the table is shown only: a
            # hidden table measured every row again at each keystroke.
            rows = self.view.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        elif kind == QEvent.Type.Hide:
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        if not view.isVisible():
            return  # fitted when shown: measuring a hidden table at every keystroke stalls
        metrics = view.fontMetrics()
        natural = view.sizeHintForColumn(FindingsModel.COL_SUBJECT)
        widest = min(metrics.horizontalAdvance("x" * 24), view.viewport().width() // 5)
        width = max(metrics.horizontalAdvance("x" * 8), min(natural, widest))
        view.horizontalHeader().resizeSection(FindingsModel.COL_SUBJECT, width)


def findings_table(model: object, name: str) -> QTableView:
    """Severity and rule as wide as they need, About kept narrow (shortened, in full in
    the tooltip); Message and What to do share the rest, wrapped onto several lines."""
    view = table(model, name)
    view.setSortingEnabled(True)
    # Errors first (the header's default indicator would sort notes first).
    view.sortByColumn(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    # Findings are few and long: each row as tall as its text (while shown: _AboutWidth).
    view.setItemDelegateForColumn(FindingsModel.COL_SUBJECT, OneLineDelegate(view))
    header = view.horizontalHeader()
    fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    for column, mode in (
        (FindingsModel.COL_SEVERITY, fit),
        (FindingsModel.COL_RULE, fit),
        (FindingsModel.COL_SUBJECT, QHeaderView.ResizeMode.Interactive),
        (FindingsModel.COL_MESSAGE, stretch),
        (FindingsModel.COL_FIX, stretch),
    ):
        header.setSectionResizeMode(column, mode)
    _AboutWidth(view)
    # Ctrl+C copies the selected findings whole (a narrow cell shortens a PowerShell
    # command or a long DN): for a ticket, or the fix to run.
    QShortcut(
        QKeySequence.StandardKey.Copy,
        view,
        lambda: copy_findings(view),
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    return view


def copy_findings(view: QTableView) -> str:
    """The selected findings (else the current one) as plain text, on the clipboard."""
    from PySide6.QtGui import QGuiApplication

    shown = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    source = shown.sourceModel() if isinstance(shown, QSortFilterProxyModel) else shown
    if not isinstance(source, FindingsModel):
        return ""
    found = [shown.index(r, 0).data(FindingsModel.FindingRole) for r in rows]
    text = "\n\n".join(source.copy_text(f) for f in found if f is not None)
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


class ReviewPage(WizardPage):
    show_preview = False

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        # The renewal of the current plan, with the certificate and plan it was made for.
        self._renewed: tuple[RenewingCertificate, CertificatePlan, Renewal] | None = None
        self._pictured: CertificatePlan | None = None  # the plan the picture shows
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("The certificate to request, and why each name is in it."))
        self.help_text = self.tr(
            "Errors must be fixed before the request is written: a public CA would refuse "
            "the request, or the Edge Server would not work with the certificate. Warnings "
            "and notes are for you to read."
        )
        form = QFormLayout()
        self.subject = QLabel()
        self.ekus = QLabel()
        self.key = QLabel()
        # The longest certificate a public CA may issue today, and the day to renew it.
        self.lifetime = QLabel()
        self.lifetime.setAccessibleName(self.tr("Validity and renewal"))
        for label in (self.subject, self.ekus, self.key, self.lifetime):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Enhanced key usage:"), self.ekus)
        form.addRow(self.tr("Key:"), self.key)
        form.addRow(self.tr("Validity:"), self.lifetime)
        self.form.addLayout(form)
        # Renewing: what the new plan changes against the certificate it replaces.
        self.changes_box = QGroupBox()
        changes_layout = QVBoxLayout(self.changes_box)
        self.changes = QLabel()
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox(self.tr("I ha&ve read these changes"))
        self.confirm.toggled.connect(self.completeChanged)
        changes_layout.addWidget(self.changes)
        changes_layout.addWidget(self.confirm)
        self.changes_box.hide()
        self.form.addWidget(self.changes_box)

        self.sans = table(state.san_model, self.tr("Subject alternative names"))
        header = self.sans.horizontalHeader()
        # Fixed widths and one line per name (the reasons in full in the tooltip): a
        # table measured row by row stalls the window with hundreds of SIP domains.
        self.sans.setWordWrap(False)
        metrics = self.sans.fontMetrics()
        header.setSectionResizeMode(SanTableModel.COL_ORDER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SanTableModel.COL_ORDER, metrics.horizontalAdvance("0000") + 8)
        header.setSectionResizeMode(SanTableModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SanTableModel.COL_NAME, metrics.horizontalAdvance("x" * 34))
        sans_label = QLabel(self.tr("Subject alternative na&mes, in this order:"))
        sans_label.setBuddy(self.sans)
        self.form.addWidget(sans_label)
        # The same names as a picture: which service or domain needs which name.
        self.picture = PlanPicture()
        picture_scroll = QScrollArea()
        picture_scroll.setWidgetResizable(True)
        picture_scroll.setWidget(self.picture)
        self.names_tabs = QTabWidget()
        self.names_tabs.addTab(self.sans, self.tr("&List"))
        self.names_tabs.addTab(picture_scroll, self.tr("Pict&ure"))
        self.form.addWidget(self.names_tabs, 2)
        # The picture is taller than the list: it takes room from the findings.
        self.names_tabs.currentChanged.connect(
            lambda i: self.form.setStretchFactor(self.names_tabs, 2 if i == 0 else 6)
        )

        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(state.findings_model)
        self.proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        filters = QHBoxLayout()
        findings_label = QLabel(self.tr("Fin&dings:"))
        self.show_only = QComboBox()
        self.show_only.setAccessibleName(self.tr("Show findings"))
        for text, kinds in (
            (self.tr("All"), {"error", "warning", "info"}),
            (self.tr("Errors and warnings"), {"error", "warning"}),
            (self.tr("Errors"), {"error"}),
        ):
            self.show_only.addItem(text, sorted(kinds))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter"))
        self.search.setAccessibleName(self.tr("Filter findings"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(findings_label)
        filters.addWidget(self.show_only)
        filters.addWidget(self.search, 1)
        self.form.addLayout(filters)
        self.findings = findings_table(self.proxy, self.tr("Findings"))
        findings_label.setBuddy(self.findings)
        self.form.addWidget(self.findings, 3)
        self.blocked = ProblemLabel()  # red readable in light and dark palettes
        font = self.blocked.font()
        font.setBold(True)
        self.blocked.setFont(font)
        self.form.addWidget(self.blocked)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setToolTip(
            self.tr("The plan and its findings as a PDF or HTML page, for a change ticket")
        )
        self.report_button.clicked.connect(self.save_report)
        self.form.addLayout(report_button_row(self.report_button))
        self.show_only.currentIndexChanged.connect(
            lambda: self.proxy.set_severities(set(self.show_only.currentData()))
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self._shown: CertificatePlan | None = None  # the plan the page shows
        state.answers.planChanged.connect(self._plan_changed)

    def refresh(self) -> None:
        self._show(self.state.answers.plan)
        self._draw_picture()

    def showEvent(self, event: QShowEvent) -> None:
        plan = self.state.answers.plan
        if self._shown is not plan:
            self._show(plan)
        self._draw_picture()
        super().showEvent(event)

    def _plan_changed(self, plan: CertificatePlan) -> None:
        """The plan follows the keys typed on another page: the page, hidden, shows it
        when it is shown (its labels, the renewal's changes and the picture were
        rendered again at every keystroke)."""
        if self.isVisible():
            self._show(plan)

    def _draw_picture(self) -> None:
        """The picture of the current plan: drawn when the page is shown, not at each
        keystroke on another page (with hundreds of SIP domains it stalled typing)."""
        plan = self.state.answers.plan
        if self._pictured is not plan:
            self._pictured = plan
            self.picture.set_plan(plan)

    def _show(self, plan: CertificatePlan) -> None:
        self._shown = plan
        self.subject.setText(subject_shown(plan))
        if self.isVisible():
            self._draw_picture()
        self.ekus.setText(", ".join(eku_text(e, oid=True) for e in plan.extended_key_usages))
        exportable = self.tr("exportable") if plan.key.exportable else self.tr("not exportable")
        self.key.setText(
            self.tr("{key}, {exportable}; signed with SHA-256").format(
                key=plan.key.description, exportable=exportable
            )
        )
        from ...models._text import ContextWords

        self.lifetime.setText(plan.lifetime.text(ContextWords("Lifetime")))
        self._show_changes(plan)
        errors = [f for f in plan.findings if f.severity.value == "error"]
        if errors:
            self.blocked.setText(
                self.tr("Next is disabled: fix the %n error(s) above first.", "", len(errors))
            )
            self.blocked.show()
        else:
            self.blocked.hide()
        if self.isVisible():  # else QWizard asks when it is shown (each time: a full repaint)
            self.completeChanged.emit()

    def renewal(self, plan: CertificatePlan) -> Renewal | None:
        """Renewing the current certificate with ``plan``'s answers (None: not renewing):
        the core's renewal use case, as ``pic-wizard-cli renew`` calls it."""
        from ...core.usecases.renew import renewal_with_plan

        renewing = self.state.renewal
        if renewing is None:
            return None
        # Derived once per plan (the state keeps one plan object until an answer changes);
        # isComplete asks again at every change of the page.
        kept = self._renewed
        if kept is None or kept[0] is not renewing or kept[1] is not plan:
            kept = (renewing, plan, renewal_with_plan(renewing.current, plan))
            self._renewed = kept
        return kept[2]

    def renewal_changes(self, plan: CertificatePlan) -> tuple[Change, ...] | None:
        """What ``plan`` changes against the certificate being renewed (None: not renewing)."""
        renewed = self.renewal(plan)
        return None if renewed is None else renewed.changes

    def _show_changes(self, plan: CertificatePlan) -> None:
        from ...core.values.findings import render_message
        from ...models._text import translate_catalogue, translate_context, translate_params

        renewed = self.renewal(plan)
        if renewed is None:
            self.changes_box.hide()
            return
        changes = renewed.changes
        self.changes_box.setTitle(
            self.tr("Changes from the current certificate ({file})").format(
                file=self.state.renewal.file_name if self.state.renewal else ""
            )
        )
        renewal, usage = translate_context("Renewal"), translate_context("Usage")
        from ...core.values.untrusted import visible

        # One line per change, whatever the certificate's names hold.
        lines = [f"• {visible(c.text(renewal, usage))}" for c in changes]
        # SAN-EXTRA: names of the current certificate kept only as extra names.
        lines += [
            f"• {visible(render_message(f, translate_catalogue, translate_params))}"
            for f in renewed.leftovers
        ]
        self.changes.setText(
            "\n".join(lines) or self.tr("None: the same names, usages and key size.")
        )
        self.confirm.setVisible(bool(changes))
        self.changes_box.show()

    def save_report(self) -> str:
        from ...core.documents.report import plan_report_html
        from ...core.values.policy import now
        from ..report import save_report

        plan = self.state.answers.plan
        from ...core.usecases.report import plan_report_name

        name = plan_report_name(plan)
        return save_report(
            self,
            lambda catalogue: plan_report_html(
                plan,
                catalogue,
                now(),
                changes=self.renewal_changes(plan),
            ),
            name,
        )

    def isComplete(self) -> bool:
        plan = self.state.answers.plan
        if plan.has_errors:
            return False
        changes = self.renewal_changes(plan)
        return not changes or self.confirm.isChecked()  # renewing: the admin confirms
