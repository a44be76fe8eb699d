"""Helpers the command-line and window tests share (importable like pki)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pki


def run(*argv: str) -> tuple[int, str, str]:
    """pic-wizard-cli in this process: exit code, standard output, standard error."""
    from pic_wizard.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


def every_page(qtbot: Any, folder: Path, intermediate: pki.CA) -> Iterator[tuple[Any, Any]]:
    """The seed example's wizard shown on each page in turn (the Result page after a check
    of a certificate written into ``folder``): yields (wizard, page id)."""
    from PySide6.QtWidgets import QApplication

    from pic_wizard.core.values.topology import seed_example
    from pic_wizard.ui.wizard import PageId, PicWizard

    cert = folder / "certnew.cer"
    cert.write_bytes(pki.pem(pki.make_leaf(intermediate)[0], intermediate))
    store = folder / "root.p7b"
    store.write_bytes(pki.pem(intermediate))
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for page_id in PageId:
        if page_id == PageId.CHECK_RESULT:  # a result needs a check first
            wizard.restart_at(PageId.CHECK_INPUT)
            wizard.currentPage().file.setText(str(cert))
            wizard.next()
            qtbot.waitUntil(lambda: wizard.currentId() == PageId.CHECK_RESULT, timeout=10_000)
        elif page_id == PageId.ROOTS_RESULT:  # so does the store's
            wizard.restart_at(PageId.ROOTS_INPUT)
            wizard.currentPage().file.setText(str(store))
            wizard.next()
            qtbot.waitUntil(lambda: wizard.currentId() == PageId.ROOTS_RESULT, timeout=10_000)
        elif page_id == PageId.PROBE_RESULT:  # a probe of the loopback lab, never the network
            from lab import GOOD_DOMAIN, Lab

            with Lab.start() as lab:
                lab_root = folder / "lab-root.pem"
                lab_root.write_bytes(pki.pem(lab.root))
                wizard.restart_at(PageId.PROBE_INPUT)
                page = wizard.currentPage()
                page.targets.setText(GOOD_DOMAIN)
                page.dns_server.setText(lab.dns_server)
                page.roots.setText(str(lab_root))
                page.timeout.setValue(1.0)
                wizard.next()
                qtbot.waitUntil(lambda: wizard.currentId() == PageId.PROBE_RESULT, timeout=10_000)
                qtbot.waitUntil(lambda: not wizard.state.probing, timeout=20_000)
                QApplication.processEvents()
                yield wizard, page_id
            continue
        else:
            wizard.restart_at(page_id)
        assert wizard.currentId() == page_id, page_id
        QApplication.processEvents()
        yield wizard, page_id


def translations_tool() -> Any:
    """tools/translations.py as a module (it is a script, not part of the package)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "tools" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
