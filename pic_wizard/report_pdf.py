"""A report's HTML as a PDF (A4), through Qt's own text engine: no browser, no extra package.

Works without a display: with no DISPLAY or WAYLAND_DISPLAY (a Linux server running the
command line) Qt is started on its "offscreen" platform.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import sys
import tempfile
from pathlib import Path

from .core.errors import OutputError

DATA_IMAGE = re.compile(r'src="data:image/(png|jpeg);base64,([A-Za-z0-9+/=]+)"')
MARGIN_MM = 12.0


def _application() -> object:
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


def render_pdf(html: str, path: str | os.PathLike[str]) -> None:
    """Write ``html`` as a PDF at ``path`` (no checks: see ``html_to_pdf``)."""
    _application()
    from PySide6.QtCore import QMarginsF, QSizeF, QUrl
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
        name = f"pic-wizard-image-{len(images)}.{match.group(1)}"
        image = QImage.fromData(base64.b64decode(match.group(2)))
        images.append((name, image))
        return f'src="{name}"'

    html = DATA_IMAGE.sub(keep, html)
    for name, image in images:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)

    writer = QPdfWriter(str(path))
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


def html_to_pdf(html: str, path: str | os.PathLike[str], *, force: bool = False) -> None:
    """Write ``html`` as an A4 PDF at ``path``, atomically: rendered into a temporary file of
    the same folder, then moved into place.  An existing file is kept unless ``force``."""
    target = Path(path)
    if not force and target.exists():
        raise OutputError("output-exists", file=str(target))
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        render_pdf(html, tmp)
        if tmp.stat().st_size == 0 or not tmp.read_bytes()[:5] == b"%PDF-":
            raise OutputError("output-unwritable", file=str(target), reason="PDF")
        with contextlib.suppress(AttributeError):
            os.chmod(tmp, 0o644)
        if force:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise OutputError("output-exists", file=str(target)) from None
            except OSError:
                if target.exists():
                    raise OutputError("output-exists", file=str(target)) from None
                os.rename(tmp, target)
    except OSError as exc:
        raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
