"""The application's icon, and the name the desktop knows it by.

The PNG sizes ship inside the package (``pic_wizard/icons``, made by tools/icons.py from
the SVG) and are read through importlib.resources, so the icon is the same from a pip
install, a zip import or the frozen bundle, where there is no checkout to look into.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

# The sizes tools/icons.py writes; the desktop picks the nearest one.
SIZES = (16, 24, 32, 48, 64, 128, 256)
# The AppStream id: the .desktop file's name (packaging/linux), which Wayland compositors
# and taskbars use to find the icon and group the windows.
DESKTOP_ID = "io.github.pic_wizard.PicWizard"


def application_icon() -> QIcon:
    """Every size of the icon that the package holds (an empty icon if none)."""
    icon = QIcon()
    folder = resources.files("pic_wizard.icons")
    for size in SIZES:
        entry = folder.joinpath(f"pic-wizard-{size}.png")
        if not entry.is_file():
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(entry.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def install_application_icon(app: QGuiApplication) -> None:
    """The icon of every window of ``app`` (the title bar, the taskbar, Alt+Tab)."""
    app.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
