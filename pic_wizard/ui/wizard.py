"""The PIC Certificate Wizard: a QWizard whose pages edit the answers, with the live
certificate preview on the right and the findings strip at the bottom of every request
page (both in ``panels``, built after the first paint), and the steps on the left."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget, QWizard, QWizardPage

from .common import NO_FOCUS, error_text, show_error
from .state import (
    CHECK_WITH_ANSWERS_PATH,
    REQUEST_PATH,
    Mode,
    PageId,
    WizardState,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QAbstractItemView

    from ..core.rules.plan import CertificatePlan
    from ..core.values.errors import PicWizardError
    from ..core.values.topology import Topology
    from ..models.findings import FindingsFilterProxy, FindingsModel
    from ..models.san_table import SanTableModel
    from ..models.sip_domains import SipDomainsModel
    from .panels import FindingsStrip, PreviewPanel

__all__ = ["PageId", "PicWizard", "error_text"]


class StepsPanel(QListView):
    """The steps on the left: the current one marked, done ones ticked; a click on a done
    step goes back to it.  Its rows are standard items, enabled or not by a flag of their
    own: painted with the first page, it sets no value of the ``Qt`` namespace.  A row
    knows its page by its place in the path shown (no item data: PySide6 passes a number
    to Qt through its QByteArray class, built whole when first used)."""

    def __init__(self, wizard: PicWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.pages: tuple[PageId, ...] = ()  # the page of each row shown
        self.rows = QStandardItemModel(self)
        self.setModel(self.rows)
        self.setAccessibleName(self.tr("Steps"))
        self.setProperty("focusPolicy", NO_FOCUS)
        # As wide as the longest step in the user's language (French is longer), no wider.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance("▶ " + t) for t in self.titles().values())
        self.setFixedWidth(max(170, widest + 2 * self.frameWidth() + 16))
        self.clicked.connect(self._clicked)

    def titles(self) -> dict[PageId, str]:
        return {
            PageId.WELCOME: self.tr("Start"),
            PageId.PRODUCT: self.tr("Product"),
            PageId.DOMAINS: self.tr("SIP domains"),
            PageId.EDGE: self.tr("Edge services"),
            PageId.FEDERATION: self.tr("Federation and PIC"),
            PageId.ORGANISATION: self.tr("Organization and key"),
            PageId.REVIEW: self.tr("Review"),
            PageId.GENERATE: self.tr("Generate"),
            PageId.CHECK_INPUT: self.tr("Files"),
            PageId.CHECK_RESULT: self.tr("Result"),
            PageId.COMPLETE: self.tr("Complete"),
            PageId.ROOTS_INPUT: self.tr("Store export"),
            PageId.ROOTS_RESULT: self.tr("Trusted Root store"),
            PageId.PROBE_INPUT: self.tr("Deployed Edge"),
            PageId.PROBE_RESULT: self.tr("Endpoints"),
        }

    def count(self) -> int:
        return self.rows.rowCount()

    def item(self, row: int) -> QStandardItem:
        return self.rows.item(row)

    def show_step(self, current: int) -> None:
        # A fixed row of items, made once and then only updated.
        path = self.wizard.state.path()
        self.pages = tuple(path)
        while self.count() < max(len(REQUEST_PATH), len(CHECK_WITH_ANSWERS_PATH)):
            item = QStandardItem()
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
            self.rows.appendRow(item)
        visited = set(self.wizard.visitedIds())
        titles = self.titles()
        for row in range(self.count()):
            item = self.item(row)
            if row >= len(path):
                self.setRowHidden(row, True)
                continue
            page = path[row]
            if page == current:
                mark = "▶ "
            elif page in visited:
                mark = "✓ "
            else:
                mark = "   "
            self.setRowHidden(row, False)
            item.setText(mark + titles[page])
            enabled = page == current or page in visited
            item.setEnabled(enabled)
            item.setSelectable(enabled)
        # The step clicked to go back is not left highlighted once the wizard moves on:
        # the marker says where the admin is.
        self.clearSelection()

    def _clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.pages):
            self.wizard.go_back_to(self.pages[index.row()])


class PicWizard(QWizard):
    def __init__(
        self,
        topology: Topology | None = None,
        parent: QWidget | None = None,
        *,
        defer_pages: bool = False,
    ) -> None:
        """With ``defer_pages`` only the welcome page is built: the window is painted at
        once, and the other pages are built on the event loop's next turn after that first
        paint (a zero-delay timer started before it would run first and keep the window
        blank), before the admin can click.  Code that asks for a page, a model or a
        panel before then gets it built on the spot."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIC Certificate Wizard"))
        self.setObjectName("picWizard")
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        options = QWizard.WizardOption
        self.setOptions(
            options.HaveHelpButton
            | options.HaveCustomButton1
            | options.HaveCustomButton2
            | options.NoBackButtonOnStartPage
        )
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Save profile…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Open profile…"))
        self.customButtonClicked.connect(self._custom_button)
        self.helpRequested.connect(self._help)

        self._complete = False
        self._building = False
        self._complete_said: tuple[QWizardPage, bool] | None = None
        self._after_paint: list[Callable[[], None]] = []
        self._waiting_for_paint = False
        self._depth = 0  # how many pages deep: less after Back
        self.state = WizardState(topology, self)
        self.answers = self.state.answers
        self.steps = StepsPanel(self)
        self.setSideWidget(self.steps)

        from .pages.welcome import WelcomePage

        welcome = WelcomePage(self.state)
        welcome.openProfile.connect(lambda: self._custom_button(2))
        self.after_first_paint(welcome.painted)
        self.setPage(PageId.WELCOME, welcome)
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(1100, 720)
        if defer_pages:
            self.after_first_paint(self.build_remaining_pages)
        else:
            self.build_remaining_pages()

    def after_first_paint(self, call: Callable[[], None]) -> None:
        """Run ``call`` on the event loop's turn after the window's first paint: the
        window shows its first page before ``call`` runs."""
        self._after_paint.append(call)

    # The first paint is seen without an event handler written in Python: PySide6 builds
    # its QEvent class (an enum of some 180 event types, about 2 ms) the first time it
    # hands an event to Python, and that would be before the window is painted.

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible and self._after_paint and not self._waiting_for_paint:
            from PySide6.QtCore import QAbstractEventDispatcher

            dispatcher = QAbstractEventDispatcher.instance()
            if dispatcher is not None:
                self._waiting_for_paint = True
                dispatcher.aboutToBlock.connect(self._painted_yet)

    def _painted_yet(self) -> None:
        """The event loop is about to wait: once the window is exposed, it is painted (Qt
        paints an exposed window at once, and the loop waits only when nothing is left
        to do).  The calls waiting for the first paint are posted then."""
        window = self.windowHandle()
        if window is None or not window.isExposed():
            return
        from PySide6.QtCore import QAbstractEventDispatcher

        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(self._painted_yet)
        self._waiting_for_paint = False
        calls, self._after_paint = self._after_paint, []
        for call in calls:  # posted: they run once this paint is on the screen
            QTimer.singleShot(0, call)

    def build_remaining_pages(self) -> None:
        """The models, the shared panels and every page but the welcome page."""
        if self._complete or self._building:
            return
        self._building = True
        from .pages import build_pages
        from .panels import FindingsStrip, PreviewPanel

        state = self.state
        state.build_models()
        self._preview = PreviewPanel(state)
        self._strip = FindingsStrip(state)
        self.answers.planChanged.connect(self._show_plan)
        state.topologyReplaced.connect(self._refresh_current)
        state.modeChanged.connect(self._mode_changed)

        for page_id, page in build_pages(state).items():
            if page_id != PageId.WELCOME:
                self.setPage(page_id, page)
        self._complete = True
        self._building = False
        self._show_plan(self.answers.plan)
        self._attach_shared(self.currentPage())

    # Built with the other pages, at once when asked for before then.

    @property
    def domains_model(self) -> SipDomainsModel:
        self.build_remaining_pages()
        return self.state.domains_model

    @property
    def san_model(self) -> SanTableModel:
        self.build_remaining_pages()
        return self.state.san_model

    @property
    def findings_model(self) -> FindingsModel:
        self.build_remaining_pages()
        return self.state.findings_model

    @property
    def findings_proxy(self) -> FindingsFilterProxy:
        self.build_remaining_pages()
        return self.state.findings_proxy

    @property
    def preview(self) -> PreviewPanel:
        self.build_remaining_pages()
        return self._preview

    @property
    def strip(self) -> FindingsStrip:
        self.build_remaining_pages()
        return self._strip

    def page(self, page_id: int) -> QWizardPage:
        if page_id != PageId.WELCOME:
            self.build_remaining_pages()
        return super().page(page_id)

    def pageIds(self) -> list[int]:
        self.build_remaining_pages()
        return super().pageIds()

    def validateCurrentPage(self) -> bool:
        # Next, by its button or its key, even before the window was ever painted.
        self.build_remaining_pages()
        return super().validateCurrentPage()

    # ------------------------------------------------------------------ shared panels

    def _attach_shared(self, page: QWidget | None) -> None:
        """The preview and the counts move to the page being shown, whichever way it was
        entered (QWizard initialises a page only going forward)."""
        from .common import WizardPage

        if not isinstance(page, WizardPage) or not self._complete:
            return  # the welcome page, shown before the panels exist
        page.preview_host.addWidget(self._preview)
        page.strip_host.addWidget(self._strip)
        self._preview.setVisible(page.show_preview)
        self._strip.setVisible(page.show_preview)
        page.row.setStretch(1, 2 if page.show_preview else 0)

    def _show_plan(self, plan: CertificatePlan) -> None:
        state = self.state
        state.san_model.set_entries(plan.sans)
        state.findings_model.set_findings(plan.findings)
        self._preview.show_plan(plan)
        self._strip.show_counts(state.findings_model.counts())
        self._say_complete()

    def _say_complete(self) -> None:
        """A change of the current page's completeness, as the plan follows the answers,
        enables or disables Next (Commit, Finish) at once, as QWizard's own handler of
        completeChanged would (a button is enabled when the page is complete and QWizard
        can go on, or finish).  Not through completeChanged: QWizard's handler hides and
        shows its page area and paints the whole window again, 10 to 15 ms each time a
        name typed became valid or not."""
        page = self.currentPage()
        if page is None:
            return
        complete = (page, page.isComplete())
        if complete == self._complete_said:
            return
        self._complete_said = complete
        done = complete[1]
        can_continue = self.nextId() != -1
        buttons = QWizard.WizardButton
        self.button(buttons.NextButton).setEnabled(can_continue and done)
        self.button(buttons.CommitButton).setEnabled(can_continue and done)
        self.button(buttons.FinishButton).setEnabled(page.isFinalPage() and done)

    def initializePage(self, page_id: int) -> None:
        # Going forward: the panels are in place before the page lays itself out.
        self._attach_shared(self.page(page_id))
        super().initializePage(page_id)

    def _page_changed(self, page_id: int) -> None:
        depth = len(self.visitedIds())
        went_back, self._depth = depth < self._depth, depth
        self._complete_said = None  # QWizard asks the page entered itself
        page = self.currentPage()
        self._attach_shared(page)
        if went_back and page is not None and hasattr(page, "refresh"):
            page.refresh()  # the state may have changed on the pages after it
        if page_id >= 0:
            self.steps.show_step(page_id)
            # A profile is the answers of a request: its buttons show on the request path
            # only (the welcome page has its own "Open a saved profile…"); the check page
            # chooses its profile in a field, and completing reads the one beside the key.
            answers_page = page_id in REQUEST_PATH and page_id != PageId.WELCOME
            for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2):
                self.button(which).setVisible(answers_page)

    def go_back_to(self, page_id: PageId) -> None:
        if page_id not in self.visitedIds():
            return
        while self.currentId() != page_id and self.currentId() != self.startId():
            self.back()

    # ------------------------------------------------------------------ profiles

    def load_profile(self, path: str) -> bool:
        from ..core.files import profile
        from ..core.values.errors import PicWizardError

        try:
            topology = profile.load(path)
        except PicWizardError as error:
            self.show_error(self.tr("The profile cannot be opened"), error)
            return False
        self.state.renewal = None  # a profile is a new request, not a renewal
        self.set_topology(topology)
        QSettings().setValue("profile/lastFolder", str(Path(path).parent))
        return True

    def set_topology(self, topology: Topology) -> None:
        self.build_remaining_pages()
        self.state.set_topology(topology)

    def _refresh_current(self) -> None:
        page = self.currentPage()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def _mode_changed(self) -> None:
        """The path changes with the mode: the steps on the left and the buttons follow."""
        if self.currentId() >= 0:
            self.steps.show_step(self.currentId())

    def save_profile(self, path: str) -> bool:
        from ..core.files import profile
        from ..core.values.errors import PicWizardError

        try:
            profile.save(self.answers.topology, path, overwrite=True)
        except PicWizardError as error:
            self.show_error(self.tr("The profile cannot be saved"), error)
            return False
        QSettings().setValue("profile/lastFolder", str(Path(path).parent))
        return True

    def _custom_button(self, which: int) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = str(QSettings().value("profile/lastFolder", str(Path.home())))
        filters = self.tr("pic-wizard profiles (*.json);;All files (*)")
        if which == QWizard.WizardButton.CustomButton1.value:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save profile"), str(Path(folder) / "edge-profile.json"), filters
            )
            if path:
                self.save_profile(path)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open profile"), folder, filters)
            if path and self.load_profile(path):
                self.restart_at(PageId.PRODUCT)

    def restart_at(self, page_id: PageId) -> None:
        """Open a profile from anywhere: start over, then walk to ``page_id``."""
        self.build_remaining_pages()
        self.restart()
        self.state.set_mode(
            Mode.CHECK
            if page_id in (PageId.CHECK_INPUT, PageId.CHECK_RESULT)
            else Mode.COMPLETE
            if page_id == PageId.COMPLETE
            else Mode.ROOTS
            if page_id in (PageId.ROOTS_INPUT, PageId.ROOTS_RESULT)
            else Mode.PROBE
            if page_id in (PageId.PROBE_INPUT, PageId.PROBE_RESULT)
            else Mode.REQUEST
        )
        while self.currentId() != page_id and self.currentId() != -1:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a list or a table of a last page (the endpoints, the findings, the
        certificates) is not Finish: a list lets Enter through to the default button, and
        the wizard would close on what the admin is reading."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QApplication

        page = self.currentPage()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(QApplication.focusWidget(), QAbstractItemView)
            and page is not None
            and page.nextId() == -1
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Cancel, Finish or the window closed: a probe still on the network stops, and a
        key still being made is never written."""
        self.state.stop_probe()
        if self._complete:
            generate = self.page(PageId.GENERATE)
            if getattr(generate, "task", None) is not None:
                generate.stop()  # type: ignore[attr-defined]
        super().done(result)

    # ------------------------------------------------------------------ messages

    def show_error(self, title: str, error: PicWizardError) -> None:
        show_error(self, title, error)

    def _help(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        page = self.currentPage()
        text = getattr(page, "help_text", "") if page is not None else ""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Help"),
            text
            or self.tr(
                "Each page says why its answers matter; the Microsoft rule behind each finding "
                "is in its fix."
            ),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def select_row(view: QAbstractItemView, row: int) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
