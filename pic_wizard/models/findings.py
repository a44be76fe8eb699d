"""Findings of the plan or of a check, as a table, and the proxy that filters and sorts it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from pic_wizard.core.values.findings import (
    Finding,
    Severity,
    render_fix,
    render_message,
    render_subject,
)
from pic_wizard.core.values.untrusted import visible_finding

from ._table import ReadOnlyTableModel
from ._text import plain_tooltip, translate_catalogue, translate_params

ModelIndex = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()

_SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class FindingsModel(ReadOnlyTableModel):
    """Findings, read-only, in the order given (the core gives errors first).

    The message and the fix are rendered from the core's catalogue in the user's
    language; the severity column shows the style's message-box icon as well as a word.
    """

    COL_SEVERITY = 0
    COL_RULE = 1
    COL_SUBJECT = 2
    COL_MESSAGE = 3
    COL_FIX = 4
    _COLUMN_COUNT = 5

    #: ``Severity.rank`` (``int``: 0 error, 1 warning, 2 info), whatever the column.
    SeverityRole = Qt.ItemDataRole.UserRole + 1
    #: The rule's stable ID (``str``, e.g. ``"SAN-WEBCONF-MISSING"``), whatever the column.
    RuleRole = Qt.ItemDataRole.UserRole + 2
    #: The ``Finding`` itself, whatever the column.
    FindingRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        self._icons: dict[Severity, QIcon] = {}

    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings``.  Called at every keystroke of the wizard: the model is never
        reset (a view would forget its selection and the proxy sort every row again); the
        rows that differ from those shown are changed in place, and only the rows more or
        fewer are inserted or removed, after the findings both lists begin and end with."""
        self._replace_rows(self._findings, tuple(findings), self._store)

    def _store(self, findings: tuple[Finding, ...]) -> None:
        self._findings = findings

    def counts(self) -> dict[str, int]:
        """How many findings of each severity: keys ``"error"``, ``"warning"``, ``"info"``."""
        counts = dict.fromkeys((severity.value for severity in Severity), 0)
        for found in self._findings:
            counts[found.severity.value] += 1
        return counts

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        found = self._findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(found, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_SEVERITY:
            return self._icon(found.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            found = visible_finding(found)  # values from certificates: no control character
            message = render_message(found, translate_catalogue, translate_params)
            fix = render_fix(found, translate_catalogue, translate_params)
            what_to_do = self.tr("What to do:")
            text = f"{message}\n{what_to_do} {fix}"
            if column == self.COL_SUBJECT:  # shortened in its cell: here in full
                text = f"{render_subject(found, translate_params)}\n{text}"
            return plain_tooltip(text)
        if role == self.SeverityRole:
            return found.severity.rank
        if role == self.RuleRole:
            return found.rule.value
        if role == self.FindingRole:
            return found
        return None

    def headers(self) -> list[str]:
        return [
            self.tr("Severity"),
            self.tr("Rule"),
            self.tr("About"),
            self.tr("Message"),
            self.tr("What to do"),
        ]

    def severity_text(self, severity: Severity) -> str:
        """The word for ``severity`` in the user's language."""
        if severity is Severity.ERROR:
            return self.tr("Error")
        if severity is Severity.WARNING:
            return self.tr("Warning")
        return self.tr("Note")

    def _display(self, found: Finding, column: int) -> str | None:
        # A value with a newline or a bidi override must not break or reorder a cell.
        found = visible_finding(found)
        if column == self.COL_SEVERITY:
            return self.severity_text(found.severity)
        if column == self.COL_RULE:
            return found.rule.value
        if column == self.COL_SUBJECT:
            return render_subject(found, translate_params)
        if column == self.COL_MESSAGE:
            return render_message(found, translate_catalogue, translate_params)
        if column == self.COL_FIX:
            return render_fix(found, translate_catalogue, translate_params)
        return None

    def copy_text(self, found: Finding) -> str:
        """A finding as plain text to paste into a ticket or a PowerShell window: the
        cells a narrow column shortens, whole (untrusted values made visible)."""
        found = visible_finding(found)
        subject = render_subject(found, translate_params)
        head = f"{self.severity_text(found.severity)} {found.rule.value}"
        fix = render_fix(found, translate_catalogue, translate_params)
        return "\n".join(
            (
                f"{head}: {subject}" if subject else head,
                render_message(found, translate_catalogue, translate_params),
                f"{self.tr('What to do:')} {fix}",
            )
        )

    def _icon(self, severity: Severity) -> QIcon | None:
        icon = self._icons.get(severity)
        if icon is None:
            # The style belongs to a QApplication; a model may live without one (a
            # headless test, a QGuiApplication): then there is no icon, only the word.
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            style = app.style()
            if style is None:
                return None
            icon = self._icons[severity] = style.standardIcon(_SEVERITY_ICONS[severity])
        return icon


class FindingsFilterProxy(QSortFilterProxyModel):
    """Shows the findings of some severities that contain a text, sorted.

    - ``set_severities({"error", "warning"})`` keeps only those severities (all by
      default).
    - ``setFilterFixedString(text)`` keeps the findings whose rule ID, subject or message
      contains ``text``, in any case.
    - Sorting on ``COL_SEVERITY`` orders by ``SeverityRole`` (ascending: errors first);
      the other columns by their text, in any case.
    """

    ALL_SEVERITIES = frozenset(severity.value for severity in Severity)

    _TEXT_COLUMNS = (FindingsModel.COL_RULE, FindingsModel.COL_SUBJECT, FindingsModel.COL_MESSAGE)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severities: frozenset[str] = self.ALL_SEVERITIES
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def severities(self) -> frozenset[str]:
        return self._severities

    def set_severities(self, severities: Iterable[str]) -> None:
        """Show only findings of these severities: ``"error"``, ``"warning"``, ``"info"``."""
        new = frozenset(severities)
        unknown = new - self.ALL_SEVERITIES
        if unknown:
            raise ValueError(f"unknown severities: {', '.join(sorted(unknown))}")
        if new == self._severities:
            return
        self._begin_filter_change()
        self._severities = new
        self._end_filter_change()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        if source is None:
            return False
        found = source.index(source_row, FindingsModel.COL_SEVERITY, source_parent).data(
            FindingsModel.FindingRole
        )
        if isinstance(found, Finding) and found.severity.value not in self._severities:
            return False
        pattern = self.filterRegularExpression()
        if not pattern.pattern():
            return True
        for column in self._TEXT_COLUMNS:
            text = source.index(source_row, column, source_parent).data()
            if isinstance(text, str) and pattern.match(text).hasMatch():
                return True
        return False

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        """By the column's value; equal values in the core's order (the source rows').
        Said here, not left to the sort: rows the model inserts or changes in place are
        placed one by one among the others, where equal values would otherwise fall in
        an order that depends on what was typed before."""
        if source_left.column() == FindingsModel.COL_SEVERITY:
            left = source_left.data(FindingsModel.SeverityRole)
            right = source_right.data(FindingsModel.SeverityRole)
            if isinstance(left, int) and isinstance(right, int) and left != right:
                return left < right
        elif super().lessThan(source_left, source_right):
            return True
        elif super().lessThan(source_right, source_left):
            return False
        return source_left.row() < source_right.row()

    # invalidateRowsFilter() gives way to beginFilterChange() (Qt 6.9) and
    # endFilterChange() (Qt 6.10), which tell views before the filter changes.
    def _begin_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()
