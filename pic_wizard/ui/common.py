"""Small widgets every page uses: a why-line under a field, a validation line, a page base,
and an error said in the user's language."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

# Only what the first page needs is imported before the window is painted: the rest is
# imported where it is used.  Nor does the first page touch the ``Qt`` namespace: PySide6
# builds it whole (some 125 enums, 15 to 25 ms) the first time a module reads it, so the
# few of its values that the first page sets are given by name, through Qt's property
# system (tests/ui check them against the enums): by name, not by number, which PySide6
# would pass through its QByteArray class (built whole, with its enums, when first used).
PLAIN_TEXT = "PlainText"  # Qt.TextFormat.PlainText, for the property "textFormat"
SELECTABLE_BY_MOUSE = "TextSelectableByMouse"  # Qt.TextInteractionFlag, "textInteractionFlags"
NO_FOCUS = "NoFocus"  # Qt.FocusPolicy.NoFocus, for the property "focusPolicy"
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QSize
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import (
        QButtonGroup,
        QDialog,
        QFormLayout,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QScrollArea,
    )

    from ..core.rules.plan import CertificatePlan
    from ..core.values.errors import PicWizardError
    from ..core.values.findings import Finding, RuleId
    from .state import WizardState


def eku_text(eku: str, *, oid: bool = False) -> str:
    """An enhanced key usage as Windows names it, in the user's language."""
    from ..core.values.content import eku_text as text

    return text(eku, lambda words: QCoreApplication.translate("Usage", words), oid=oid)


class _WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height at each width a layout asks for,
    for its text in its font.  Layouts ask again and again while they settle (the first
    window, a hundred and fifty times for its ten wrapped lines), and QLabel lays the
    whole text out anew for each answer."""

    _heights: dict[int, int] | None = None
    _heights_for: tuple[str, str] = ("", "")

    def heightForWidth(self, width: int) -> int:
        heights_for = (self.text(), self.font().key())
        if self._heights is None or heights_for != self._heights_for:
            self._heights, self._heights_for = {}, heights_for
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


class _FittedLabel(_WrappedLabel):
    """A word-wrapped label as tall as its text at the width it has.  QLabel's own size
    hint guesses a narrow width, and a form layout then gave such a label three lines of
    height for one, centring it in a gap below the field it explains."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0 and self.wordWrap():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def wrapped_label(text: str) -> QLabel:
    """A label whose text wraps at the width it is given."""
    label = _WrappedLabel(text)
    label.setWordWrap(True)
    return label


def why_label(text: str, *, fitted: bool = True) -> QLabel:
    """One line, in the admin's words, that says why a field matters.  Not ``fitted``:
    for a box layout, which gives a wrapped label the height its text needs at the width
    it gets by itself (the first page's, which is painted before any event reaches Python:
    PySide6 builds its QEvent class, an enum of some 180 event types, at the first)."""
    label = (_FittedLabel if fitted else _WrappedLabel)(text)
    label.setWordWrap(True)
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setProperty("role", "why")
    # Between the text colour and the background: quieter than a field's text, readable
    # in light and dark themes alike.
    palette = label.palette()
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        (text_colour.red() * 2 + window.red()) // 3,
        (text_colour.green() * 2 + window.green()) // 3,
        (text_colour.blue() * 2 + window.blue()) // 3,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def subject_shown(plan: CertificatePlan) -> str:
    """The subject as Windows shows it; an internationalised name also in Unicode."""
    from ..core.rules.names import shown_name

    text = plan.subject_text or "—"
    shown = shown_name(plan.subject_name)
    return text if shown == plan.subject_name else f"{text}\n{shown}"


def keyboard_text_box(edit: QPlainTextEdit, dialog: QDialog) -> QLabel:
    """A text box in a dialog that does not trap the keyboard: Tab moves on, Enter starts
    a new line, Ctrl+Enter accepts the dialog.  Returns the line that says so."""
    from PySide6.QtGui import QKeySequence, QShortcut

    edit.setTabChangesFocus(True)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, dialog.accept)
    return why_label(
        QCoreApplication.translate("Keyboard", "Tab leaves the box; Ctrl+Enter confirms.")
    )


class PaletteLabel(QLabel):
    """A label whose colours are computed from the palette (``_colours``), again whenever
    the palette changes (a light or dark theme), but not for its own change."""

    _colouring = False

    def _colours(self, palette: QPalette) -> QPalette | None:
        """The palette to use, or None when the current one is right."""
        raise NotImplementedError

    def _colour(self) -> None:
        palette = self._colours(QPalette(self.palette()))
        if palette is not None:
            self._colouring = True
            self.setPalette(palette)
            self._colouring = False

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._colour()


class ProblemLabel(PaletteLabel, _FittedLabel):
    """Red lines next to a field: every problem of its value, or nothing; as tall as its
    lines at the width it has (after a resize too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names come from the user: plain text
        self._colour()
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def _colours(self, palette: QPalette) -> QPalette | None:
        """Red, at 4.5:1 at least against the window, in a light or a dark palette."""
        from ..models._colours import problem_colour

        colour = problem_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) == colour:
            return None
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        return palette

    def show_findings(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        from ..core.values.findings import render_message
        from ..core.values.untrusted import visible_finding
        from ..models._text import translate_catalogue, translate_params

        # A name typed or read: one line each, harmless; errors first.
        problems = sorted(
            (f for f in findings if f.severity.value != "info"), key=lambda f: f.severity.rank
        )
        self.show_problems(
            render_message(visible_finding(f), translate_catalogue, translate_params)
            for f in problems
        )

    def show_problems(self, problems: Iterable[str]) -> None:
        """Every problem standing, one per line (the same sentence once)."""
        lines = list(dict.fromkeys(p for p in problems if p))
        if lines:
            self.setText("\n".join("⚠ " + line for line in lines))
            self.show()
        else:
            self.clear()
            self.hide()


def standing_errors(
    findings: Iterable[Finding], fields: Collection[str], rules: Collection[RuleId] = ()
) -> list[Finding]:
    """The error findings about a page's fields (the core names the field each input
    finding is about): Next stays disabled while one stands."""
    from ..core.values.findings import Severity

    return [
        f
        for f in findings
        if f.severity is Severity.ERROR and (f.params.get("field") in fields or f.rule in rules)
    ]


def error_text(error: PicWizardError) -> str:
    """An error in the user's language, as the wizard says what to do."""
    from ..models._text import translate_errors, translate_params

    message = error.message(translate_errors, translate_params)
    return f"{message} {error.fix(translate_errors, gui=True)}"


def show_error(parent: QWidget, title: str, error: PicWizardError) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class WizardPage(QWizardPage):
    """A page of the request path: its own fields on the left, then the certificate
    preview and the findings strip that every request page shares (the wizard places
    them in ``preview_host`` and ``strip_host`` of the page being shown).

    A page reads and edits the wizard's state; ``refresh`` shows it again each time the
    page is entered, forward or back."""

    show_preview = True
    # The page's own fields scroll when they are taller than the window leaves them (a
    # long French explanation, several errors under a field): without it Qt squeezes
    # the wrapped lines into less height than they need and cuts them.
    scrolls = False
    # The page's own fields take the room the preview leaves them.  A page without the
    # preview, painted first, leaves the policy as it is: its fields are alone in their
    # row, which gives them the room (and PySide6 builds QSizePolicy, with its enums, only
    # for the pages built after the first paint).
    expanding = True

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.row = row
        self.body = QWidget()
        if self.expanding:
            from PySide6.QtWidgets import QSizePolicy

            expanding = QSizePolicy.Policy.Expanding
            self.body.setSizePolicy(expanding, expanding)
        self.form = QVBoxLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._scrolled(self.body) if self.scrolls else self.body, 3)
        self.preview_host = QVBoxLayout()
        # The preview takes room only on the pages that show it (as the wizard sets it
        # later: the first page is painted before the panels exist).
        row.addLayout(self.preview_host, 2 if self.show_preview else 0)
        outer.addLayout(row, 1)
        self.strip_host = QVBoxLayout()
        outer.addLayout(self.strip_host)

    @staticmethod
    def _scrolled(body: QWidget) -> QWidget:
        """``body`` in a frameless area that scrolls up and down, on the window's own
        background: never narrower than the fields need (they do not scroll sideways)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame

        area = _vertical_scroll_area()()
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        area.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        return area

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the current state (called on entering the page, by Next or by Back)."""


@functools.cache
def _vertical_scroll_area() -> type[QScrollArea]:
    """A scroll area as wide as its widget would like and its scroll bar, that shows
    the field the focus goes to (the class is made when first used: no page painted
    first needs it)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QScrollArea, QStyle

    class VerticalScrollArea(QScrollArea):
        def __init__(self) -> None:
            super().__init__()
            # A field reached by its shortcut (Alt+letter), not only by Tab, is scrolled
            # into view: the admin types where they can see.
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._follow_focus)

        def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
            body = self.widget()
            if new is not None and body is not None and body.isAncestorOf(new):
                self.ensureWidgetVisible(new)

        def minimumSizeHint(self) -> QSize:
            """As wide as the fields would like (their minimum leaves a name field a
            few letters wide), and the scroll bar."""
            hint = super().minimumSizeHint()
            body = self.widget()
            if body is None:
                return hint
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            wide = max(body.minimumSizeHint().width(), body.sizeHint().width())
            return QSize(wide + bar, hint.height())

    return VerticalScrollArea


class BannerLabel(PaletteLabel):
    """A verdict on a band tinted red or green from the palette (light or dark), its text
    at 4.5:1 at least against the band."""

    def __init__(
        self, accessible: str = "", margin: int = 10, parent: QWidget | None = None
    ) -> None:
        """A verdict band: ``accessible`` names it for a screen reader; its text is plain
        (it quotes names from certificates), wrapped, ``margin`` pixels inside the band."""
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.good = True
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(margin)
        if accessible:
            self.setAccessibleName(accessible)
        self.setAutoFillBackground(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_good(self, good: bool) -> None:
        self.good = good
        self._colour()

    def _colours(self, palette: QPalette) -> QPalette | None:
        from ..models._colours import banner_colours

        parent = self.parentWidget()  # the band's own palette is the tinted one
        palette = QPalette(parent.palette()) if parent is not None else palette
        background, text = banner_colours(palette, self.good)
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        return palette


def skipped_rules_text(skipped: Iterable[RuleId]) -> str:
    """What a result without a profile did not check, in the admin's words: the Check
    result page and a probed endpoint say it alike."""
    from ..core.values.findings import CATALOGUE
    from ..models._text import translate_catalogue

    titles = [translate_catalogue(CATALOGUE[r].title) for r in skipped]
    return QCoreApplication.translate(
        "CheckResultPage", "Not checked without a profile: {rules}"
    ).format(rules=", ".join(titles))  # one paragraph: the findings keep the room


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    """A path field and its Browse… button, side by side (the field takes the width)."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def pick_files(
    parent: QWidget, title: str, setting: str, filters: str, *, many: bool = False
) -> list[str]:
    """The file dialog of a Browse… button: it opens in the folder last chosen for
    ``setting`` (a page's name) and remembers the folder of what is picked.  The paths
    picked, none when cancelled; several only with ``many``."""
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    key = f"{setting}/lastFolder"
    folder = str(QSettings().value(key, str(Path.home())))
    if many:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        paths = [path] if path else []
    if paths:
        QSettings().setValue(key, str(Path(paths[0]).parent))
    return paths


def file_field(
    form: QFormLayout,
    label: str,
    accessible: str,
    placeholder: str = "",
    browse: str = "",
) -> tuple[QLineEdit, QPushButton]:
    """A file typed or picked, as a row of ``form``: ``label`` (with its mnemonic, whose
    buddy is the field), the field, then its Browse… button (``browse``: another text, for
    a mnemonic of its own).  Tab reaches the field, then its button, in reading order; a
    screen reader hears what the button browses for."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    button = QPushButton(browse or QCoreApplication.translate("FileField", "Browse…"))
    button.setAccessibleDescription(accessible)
    caption = QLabel(label)
    caption.setBuddy(edit)
    form.addRow(caption, path_row(edit, button))
    return edit, button


class _TabToChecked(QObject):
    """Tab (or Shift+Tab) into a group of radio buttons lands on the chosen one, as in
    any dialog; the arrow keys move between them."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QFocusEvent

        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            reason = event.reason()
            checked = self.group.checkedButton()
            if (
                reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
                and checked is not None
                and checked is not watched
                and checked.isEnabled()
                and checked.isVisible()
            ):
                checked.setFocus(reason)
        return False


def tab_to_checked(group: QButtonGroup) -> None:
    """Tab into ``group`` focuses its checked button, not the first in the chain.  The
    filter sees every event of the buttons (its first focus event builds the ``Qt``
    namespace): the first page installs it once the window is painted."""
    keeper = _TabToChecked(group)
    for button in group.buttons():
        button.installEventFilter(keeper)
