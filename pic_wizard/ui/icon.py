"""The application's icon, and the name the desktop knows it by.

The PNG sizes ship inside the package (``pic_wizard/icons``, made by tools/icons.py from
the SVG): read from the folder beside the modules, where a pip install and the frozen
bundle put them, else through importlib.resources (a zip import), whose import costs a
start a few milliseconds.  The wizard sets the icon once its window is painted: the
decoding of seven PNG sizes is not what the admin waits for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# The sizes tools/icons.py writes; the desktop picks the nearest one.
SIZES = (16, 24, 32, 48, 64, 128, 256)
# The AppStream id: the .desktop file's name (packaging/linux), which Wayland compositors
# and taskbars use to find the icon and group the windows.
DESKTOP_ID = "io.github.pic_wizard.PicWizard"


def _icon_bytes(name: str) -> bytes | None:
    from pathlib import Path

    try:
        return (Path(__file__).resolve().parent.parent / "icons" / name).read_bytes()
    except OSError:
        pass
    from importlib import resources

    entry = resources.files("pic_wizard.icons").joinpath(name)
    return entry.read_bytes() if entry.is_file() else None


def application_icon() -> QIcon:
    """Every size of the icon that the package holds (an empty icon if none).  Its
    classes are loaded here, after the first paint (PySide6 builds a class with all its
    enums when a module first reads it)."""
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    for size in SIZES:
        data = _icon_bytes(f"pic-wizard-{size}.png")
        if data is None:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon


def name_application() -> None:
    """The name the desktop knows the windows by: before the first window exists (a
    Wayland compositor takes it when the window is made)."""
    QGuiApplication.setDesktopFileName(DESKTOP_ID)


def install_application_icon(app: QGuiApplication) -> None:
    """The icon of every window of ``app`` (the title bar, the taskbar, Alt+Tab), those
    shown already included."""
    name_application()
    app.setWindowIcon(application_icon())
