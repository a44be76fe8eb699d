"""The panels every request page shares, built with the other pages once the window is
painted: the live certificate preview on the right and the findings strip at the bottom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..core.rules.plan import CertificatePlan
    from .state import WizardState


class PreviewPanel(QGroupBox):
    """The certificate taking shape: the plan from the core, shown through the SAN model."""

    def __init__(self, state: WizardState) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from ..models.san_table import SanTableModel

        super().__init__()
        self.setTitle(self.tr("Your certificate"))
        self.setObjectName("preview")
        layout = QVBoxLayout(self)
        self.subject = QLabel()
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(QLabel(self.tr("Subject")))
        layout.addWidget(self.subject)
        sans_title = QLabel(self.tr("Subject alternative names (in order)"))
        sans_title.setWordWrap(True)
        layout.addWidget(sans_title)
        self.sans = QTableView()
        self.sans.setModel(state.san_model)
        self.sans.setAccessibleName(self.tr("Subject alternative names"))
        self.sans.verticalHeader().hide()
        self.sans.horizontalHeader().hide()
        self.sans.setShowGrid(False)
        self.sans.setTabKeyNavigation(False)  # one Tab stop; the arrows walk the names
        self.sans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sans.setColumnHidden(SanTableModel.COL_REASONS, True)
        header = self.sans.horizontalHeader()
        # Fixed sizes: measuring every row at every keystroke stalls the window when
        # there are hundreds of SIP domains.
        header.setSectionResizeMode(SanTableModel.COL_ORDER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            SanTableModel.COL_ORDER, self.sans.fontMetrics().horizontalAdvance("0000") + 8
        )
        header.setSectionResizeMode(SanTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.sans.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.sans, 1)
        self.eku = QLabel()
        self.eku.setWordWrap(True)
        self.key = QLabel()
        self.key.setWordWrap(True)
        for label in (self.eku, self.key):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.setMinimumWidth(260)

    def show_plan(self, plan: CertificatePlan) -> None:
        from .common import subject_shown

        self.subject.setText(subject_shown(plan))  # with O, OU, L, ST and C
        from .common import eku_text

        ekus = ", ".join(eku_text(e) for e in plan.extended_key_usages)
        self.eku.setText(self.tr("Enhanced key usage: {ekus}").format(ekus=ekus))
        exportable = self.tr("exportable") if plan.key.exportable else self.tr("NOT exportable")
        self.key.setText(
            self.tr("Key: {key}, {exportable}").format(
                key=plan.key.description, exportable=exportable
            )
        )


class FindingsStrip(QWidget):
    """Counts of errors, warnings and notes; expands into the findings table."""

    def __init__(self, state: WizardState) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QToolButton

        super().__init__()
        self.setObjectName("findingsStrip")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        style = self.style()
        self.counts: dict[str, QLabel] = {}
        for severity, icon in (
            ("error", QStyle.StandardPixmap.SP_MessageBoxCritical),
            ("warning", QStyle.StandardPixmap.SP_MessageBoxWarning),
            ("info", QStyle.StandardPixmap.SP_MessageBoxInformation),
        ):
            picture = QLabel()
            picture.setPixmap(style.standardIcon(icon).pixmap(16, 16))
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(picture)
            row.addWidget(text)
            row.addSpacing(12)
            self.counts[severity] = text
        row.addStretch(1)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show findings"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        row.addWidget(self.toggle)
        layout.addLayout(row)
        from .pages.review import findings_table

        self.table = findings_table(state.findings_proxy, self.tr("Findings"))
        self.table.setMinimumHeight(140)
        self.table.hide()
        layout.addWidget(self.table)
        self.toggle.toggled.connect(self._toggled)

    def _toggled(self, shown: bool) -> None:
        from PySide6.QtCore import Qt

        self.table.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

    def show_counts(self, counts: dict[str, int]) -> None:
        for severity, label in self.counts.items():
            n = counts.get(severity, 0)
            words = {
                "error": self.tr("%n error(s)", "", n),
                "warning": self.tr("%n warning(s)", "", n),
                "info": self.tr("%n note(s)", "", n),
            }
            label.setText(words[severity])
