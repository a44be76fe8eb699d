"""pic-wizard: build the QApplication, show the wizard, stay out of the way.

    pic-wizard                  the wizard
    pic-wizard --demo           pre-filled with the seed example (Contoso/Fabrikam, AOL)
    pic-wizard PROFILE.json     a saved profile
    pic-wizard CERT-FILE        straight to checking that file

Start-up shows the window first: cryptography and the check code are imported only when
a page needs them.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import TracebackType

    from PySide6.QtGui import QGuiApplication


def _arguments(argv: Sequence[str] | None) -> Any:
    if not (sys.argv[1:] if argv is None else argv):  # started from a shortcut
        return SimpleNamespace(demo=False, lang=None, file=None)
    import argparse

    parser = argparse.ArgumentParser(
        prog="pic-wizard",
        description="The PIC Certificate Wizard for Lync and Skype for Business Edge Servers.",
    )
    parser.add_argument("--version", action="version", version=f"pic-wizard {__version__}")
    parser.add_argument("--demo", action="store_true", help="start with the seed example")
    parser.add_argument(
        "--lang", choices=("en", "fr"), help="the language of the window (default: the system's)"
    )
    parser.add_argument(
        "file", nargs="?", metavar="PROFILE.json | CERT-FILE", help="a profile, or a file to check"
    )
    return parser.parse_args(argv)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug must not kill the window with a traceback: say it in a sentence, keep the
    details for the report (never a key: keys are never in variables we print)."""
    import traceback

    from PySide6.QtWidgets import QApplication

    details = "".join(traceback.format_exception(kind, value, tb))
    if sys.stderr is not None:  # None in the frozen windowed program on Windows
        sys.stderr.write(details)
    if QApplication.instance() is None:
        return
    from .ui.crash import crash_box

    crash_box(kind.__name__, details).exec()


def _install_icon(app: QGuiApplication) -> None:
    from .ui.icon import install_application_icon

    install_application_icon(app)


def _collect_again() -> None:
    """What start-up built lives as long as the window: kept out of the garbage
    collector's full passes (they would stall typing now and then), which run again."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    # Start-up makes many objects and frees almost none: the cyclic collector's passes
    # until the window is painted (some fifty, 5 ms) find nothing.  It runs again once
    # the window is painted and the other pages are built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: Any) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QStyleFactory

    QCoreApplication.setOrganizationName("pic-wizard")
    QCoreApplication.setApplicationName("pic-wizard")
    QCoreApplication.setApplicationVersion(__version__)
    # Fusion: native-looking and complete on every Linux desktop.
    fusion = sys.platform.startswith("linux") and "Fusion" in QStyleFactory.keys()  # noqa: SIM118
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        if fusion:
            app.setStyle("Fusion")
    else:  # chosen as Qt's own -style option is (setStyle() costs the window a few ms)
        app = QApplication(sys.argv[:1] + (["-style", "Fusion"] if fusion else []))
    from .ui.icon import name_application

    name_application()
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook

    from .ui.i18n import chosen_language, install_translators

    install_translators(chosen_language(args.lang or ""))

    from .ui.wizard import PageId, PicWizard

    topology = None
    if args.demo:
        from .core.values.topology import seed_example

        topology = seed_example()
    # The window is painted first; the other pages are built on the next turn after.
    wizard = PicWizard(topology, defer_pages=True)
    wizard.after_first_paint(lambda: _install_icon(app))  # decoded once the window shows
    wizard.after_first_paint(_collect_again)
    wizard.show()

    if args.file:
        path = args.file
        if Path(path).suffix.lower() == ".json":

            def open_profile() -> None:
                if wizard.load_profile(path):
                    wizard.restart_at(PageId.PRODUCT)

            # Once the welcome page is painted and the other pages built: a zero-delay
            # timer ran before the first paint, and the window stayed black while the
            # pages were built for it.
            wizard.after_first_paint(open_profile)
        else:

            def check_file() -> None:
                wizard.restart_at(PageId.CHECK_INPUT)
                page = wizard.page(PageId.CHECK_INPUT)
                page.set_file(path)  # type: ignore[attr-defined]
                page.start_check()  # type: ignore[attr-defined]

            wizard.after_first_paint(check_file)
    try:
        code = app.exec()
    finally:
        from .workers import wait_for_all

        wait_for_all()
        sys.excepthook = previous_hook
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
