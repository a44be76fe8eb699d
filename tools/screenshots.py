#!/usr/bin/env python3
"""The screenshots the Linux software centres show (packaging/linux/screenshots, named in
the AppStream metainfo): the seed example's plan and the check of a certificate.

    .venv/bin/python tools/screenshots.py [--lang en|fr]

Drawn offscreen by the wizard itself, so they follow the wizard when it changes: run this
for a release whose pages look different.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "linux" / "screenshots"
SIZE = (1100, 760)
sys.path.insert(0, str(ROOT / "tests"))  # the test PKI makes the certificate to check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    language = parser.parse_args().lang
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from pic_wizard.core.values.topology import seed_example
    from pic_wizard.ui.i18n import install_translators
    from pic_wizard.ui.icon import install_application_icon
    from pic_wizard.ui.wizard import PageId, PicWizard

    import pki

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_application_icon(app)
    install_translators(language)
    wizard = PicWizard(seed_example())
    wizard.resize(*SIZE)
    wizard.show()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"

    def settle(until: object = None, seconds: float = 20.0) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < seconds * 1000:
            QCoreApplication.processEvents()
            if until is None and timer.elapsed() > 300:
                return
            if until is not None and until():  # type: ignore[operator]
                return

    wizard.restart_at(PageId.REVIEW)
    settle()
    wizard.grab().save(str(OUT / f"plan{suffix}.png"))
    with tempfile.TemporaryDirectory() as folder:
        # What the check is for: a certificate valid today, from a CA whose root is given,
        # that lacks the Web Conferencing Edge name (the CA dropped it).
        root = pki.make_root()
        intermediate = pki.make_intermediate(root)
        today = dt.datetime.now(dt.UTC).replace(microsecond=0)
        leaf, _ = pki.make_leaf(
            intermediate,
            sans=("sip.contoso.com", "sip.fabrikam.com"),
            not_before=today - dt.timedelta(days=3),
            days=180,
        )
        cert = Path(folder) / "certnew.cer"
        cert.write_bytes(pki.pem(leaf, intermediate))
        roots = Path(folder) / "root.pem"
        roots.write_bytes(pki.pem(root.cert))
        wizard.restart_at(PageId.CHECK_INPUT)
        wizard.currentPage().file.setText(str(cert))  # type: ignore[attr-defined]
        wizard.currentPage().roots.setText(str(roots))  # type: ignore[attr-defined]
        wizard.next()
        settle(lambda: wizard.currentId() == PageId.CHECK_RESULT)
        settle()
        wizard.grab().save(str(OUT / f"check{suffix}.png"))
    print(f"Screenshots in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
