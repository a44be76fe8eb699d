"""A report's HTML as a PDF (A4), through Qt's own text engine: no browser, no extra package.

Works without a display: with no DISPLAY or WAYLAND_DISPLAY (a Linux server running the
command line) Qt is started on its "offscreen" platform.
"""

from __future__ import annotations

import base64
import os
import re
import sys
from typing import TYPE_CHECKING

from .core.files.fsutil import check_target, write_atomic
from .core.values.errors import OutputError

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

DATA_IMAGE = re.compile(r'src="data:image/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/=]+)"')
MARGIN_MM = 12.0
SVG_SCALE = 3  # an SVG picture is drawn at three times its size: sharp when printed


def ensure_application() -> object:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        # A QApplication (not a bare QGuiApplication): widgets may be made later on in the
        # same process, and they need one.
        app = QApplication(["pic-wizard"])
    return app


def render_pdf(html: str) -> bytes:
    """``html`` as the bytes of an A4 PDF."""
    ensure_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import (
        QImage,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    document = QTextDocument()
    # Pictures given as data: URIs become the document's own resources.
    images: list[tuple[str, QImage]] = []

    def keep(match: re.Match[str]) -> str:
        kind = match.group(1).removesuffix("+xml")
        name = f"pic-wizard-image-{len(images)}.{kind}"
        data = base64.b64decode(match.group(2))
        image = _svg_image(data) if kind == "svg" else QImage.fromData(data)
        images.append((name, image))
        return f'src="{name}"'

    html = DATA_IMAGE.sub(keep, html)
    for name, image in images:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("pic-wizard")
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setResolution(300)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    # Laid out with the writer's own metrics (points at its resolution, not the screen's:
    # else the text comes out three times too small), on the printable area.
    document.documentLayout().setPaintDevice(writer)
    area = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.setDocumentMargin(0)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def _svg_image(data: bytes) -> QImage:
    """An SVG drawn by Qt's SVG image plug-in, SVG_SCALE times its own size (the page
    shows it at the width the HTML gives)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size * SVG_SCALE)
    image = reader.read()
    buffer.close()
    return image


def html_to_pdf(html: str, path: str | os.PathLike[str], *, force: bool = False) -> None:
    """Write ``html`` as an A4 PDF at ``path``, atomically; an existing file is kept unless
    ``force``."""
    check_target(path, overwrite=force)  # say so before the work, not after
    data = render_pdf(html)
    if not data.startswith(b"%PDF-"):
        raise OutputError("output-unwritable", file=str(path), reason="PDF")
    write_atomic(path, data, mode=0o644, overwrite=force)
