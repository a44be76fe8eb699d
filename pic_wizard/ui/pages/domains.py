"""SIP domains: an editable list, the first one the default, each judged as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.rules.names import shown_name
from ...core.values.findings import RuleId
from ...models.sip_domains import Pasted, SipDomainsModel
from ..common import ProblemLabel, WizardPage, keyboard_text_box, standing_errors, why_label

if TYPE_CHECKING:
    from ..state import WizardState


class PasteDialog(QDialog):
    def __init__(self, parent: DomainsPage) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste SIP domains"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One domain per line, or separated by commas or spaces:")))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("SIP domains to add"))
        layout.addWidget(self.text)
        layout.addWidget(keyboard_text_box(self.text, self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TypedDelegate(QStyledItemDelegate):
    """The list's editor, telling what is being typed, key by key (the entry itself
    changes only on Enter, as in any list)."""

    typed = Signal(int, str)  # the row being edited, its text as it stands

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            row = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text: self.typed.emit(row.row(), text))
        return editor


class DomainsPage(WizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("SIP domains"))
        self.setSubTitle(
            self.tr("Every SIP domain of your users. The first one is the default domain.")
        )
        self.help_text = self.tr(
            "Each SIP domain needs sip.<domain> in the certificate: clients of that domain "
            'sign in and federate through it (Microsoft: "SAN entries for additional SIP '
            'domains"). The default domain also gives the Edge names their defaults.'
        )
        model = state.domains_model
        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("SIP domains"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.delegate = TypedDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        label = QLabel(self.tr("SIP &domains:"))
        label.setBuddy(self.view)
        self.form.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.default_button = QPushButton(self.tr("Set as defaul&t"))
        self.paste_button = QPushButton(self.tr("&Paste many…"))
        self.import_button = QPushButton(self.tr("&Import topology…"))
        self.import_button.clicked.connect(self._import)
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.default_button,
            self.paste_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.form.addLayout(row, 1)
        self.problem = ProblemLabel()
        self.form.addWidget(self.problem)
        self.pasted = why_label("")  # what a paste skipped, until the list changes again
        self.pasted.hide()
        self.form.addWidget(self.pasted)
        self.form.addWidget(
            why_label(
                self.tr(
                    "Names are checked as you type: a public CA refuses internal names "
                    "(.local, .corp), single labels and IP addresses."
                )
            )
        )

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.default_button.clicked.connect(self._set_default)
        self.paste_button.clicked.connect(self._paste)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self._remove)
        QShortcut(QKeySequence.StandardKey.Paste, self.view, self._paste_clipboard)
        model.dataChanged.connect(self._update)
        model.rowsInserted.connect(self._update)
        model.rowsRemoved.connect(self._update)
        model.modelReset.connect(self._update)
        for signal in (model.rowsRemoved, model.rowsMoved, model.modelReset):
            signal.connect(self.pasted.hide)  # what a paste skipped: news until then
        self.view.selectionModel().currentChanged.connect(self._update)
        # Add then Esc (or Enter on nothing): no blank row is left behind.
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        # Judged as typed: the text in the editor, before Enter.
        self._typing: tuple[int, str] | None = None
        self.delegate.typed.connect(self._typed)

    @property
    def model(self) -> SipDomainsModel:
        return self.state.domains_model

    def refresh(self) -> None:
        self._update()

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _add(self) -> None:
        index = self.model.add("")
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _typed(self, row: int, text: str) -> None:
        self._typing = (row, text)
        self._update()

    def _editor_closed(self, *_: object) -> None:
        self._typing = None
        empty = [r for r, d in enumerate(self.model.domains()) if not d.strip()]
        if empty:
            self.model.remove(empty)
        self._update()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self._current_row() >= 0:
            rows = [self._current_row()]
        self.model.remove(rows)

    def _move(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            new_row = self.model.move(row, delta)
            self.view.setCurrentIndex(self.model.index(new_row))

    def _set_default(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.model.set_default(row)
            self.view.setCurrentIndex(self.model.index(0))

    def _paste(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_pasted(self.model.paste_names(dialog.text.toPlainText()))

    def _paste_clipboard(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self._show_pasted(self.model.paste_names(QGuiApplication.clipboard().text()))

    def _show_pasted(self, pasted: Pasted) -> None:
        """Say what a paste skipped: nothing is dropped silently."""
        lines = []
        if pasted.already:
            lines.append(
                self.tr("Already in the list, not added again: {names}.").format(
                    names=", ".join(shown_name(n) for n in pasted.already)
                )
            )
        if pasted.repeated:
            lines.append(
                self.tr("Pasted more than once, added once: {names}.").format(
                    names=", ".join(shown_name(n) for n in pasted.repeated)
                )
            )
        if pasted.added or lines:
            lines.insert(0, self.tr("Added: %n SIP domain(s).", "", len(pasted.added)))
        self.pasted.setText("\n".join(lines))
        self.pasted.setVisible(bool(lines))

    def _update(self, *_: object) -> None:
        row = self._current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.default_button.setEnabled(row > 0)
        # Every entry's problem, the one being typed as it stands (before Enter).
        domains = list(self.model.domains())
        if self._typing is not None and 0 <= self._typing[0] < count:
            domains[self._typing[0]] = self._typing[1]
        messages = list(dict.fromkeys(m for m in map(self.model.problem, domains) if m))
        if messages:
            self.problem.setText("\n".join("⚠ " + m for m in messages))
            self.problem.show()
        elif not [d for d in domains if d.strip()]:
            self.problem.setText(self.tr("⚠ Add at least your default SIP domain."))
            self.problem.show()
        else:
            self.problem.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        # An empty row left by "Add" is not an answer (it is dropped on Next).
        findings = self.state.answers.plan.findings
        return not standing_errors(
            findings, ("SIP domain",), (RuleId.DOMAIN_NONE, RuleId.DOMAIN_DUPLICATE)
        )

    def validatePage(self) -> bool:
        # Empty rows left by "Add" are dropped rather than blocking.
        empty = [r for r, d in enumerate(self.model.domains()) if not d.strip()]
        if empty:
            self.model.remove(empty)
        return self.isComplete()

    def _import(self) -> None:
        from ..import_topology import import_topology

        if import_topology(self, self.state):
            self.pasted.setText(self.state.read_back)  # what was read, in place of a paste's
            self.pasted.setVisible(bool(self.state.read_back))
