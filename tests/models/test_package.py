"""What the models package promises the wizard as a whole."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cryptography import x509
from PySide6.QtWidgets import QListView, QTableView, QTreeView

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.topology import seed_example
from pic_wizard.models._text import plain_tooltip
from pic_wizard.models.chain import ChainTreeModel
from pic_wizard.models.findings import FindingsFilterProxy, FindingsModel
from pic_wizard.models.san_table import SanTableModel
from pic_wizard.models.sip_domains import SipDomainsModel

import pki

MODULES = ("sip_domains", "san_table", "findings", "chain")


@pytest.fixture
def path_certs(root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate) -> tuple:
    return (seed_leaf, intermediate.cert, root.cert)


def test_models_load_no_cryptography_until_a_chain_is_shown() -> None:
    # The wizard imports every model at start-up; cryptography is for the check page.
    code = (
        "import sys\n"
        f"for name in {MODULES!r}:\n"
        "    __import__('pic_wizard.models.' + name)\n"
        "print('cryptography' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_plain_tooltip_escapes_only_what_qt_would_take_for_markup() -> None:
    assert plain_tooltip("sip.contoso.com\nsecond line") == "sip.contoso.com\nsecond line"
    shown = plain_tooltip("<img src='x'> & co")
    assert "<img" not in shown
    assert "&lt;img src='x'&gt; &amp; co" in shown


@pytest.mark.qt_log_level_fail("WARNING")
def test_views_paint_every_model(qtbot, tmp_path, path_certs) -> None:
    # Every role a delegate reads (fonts, colours, icons, alignment) is of a type it takes;
    # the pictures are left for a person to look at.
    domains = SipDomainsModel()
    domains.set_domains(["contoso.com", "contoso.local", "bücher.example.com", ""])
    sans = SanTableModel()
    sans.set_plan(make_plan(seed_example(), at=pki.AT))
    findings = FindingsModel()
    findings.set_findings(make_plan(seed_example(), at=pki.AT).findings)
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(findings)
    proxy.sort(FindingsModel.COL_SEVERITY)
    chain = ChainTreeModel()
    chain.set_chain(path_certs)
    tree = QTreeView()
    tree.setModel(chain)
    tree.expandAll()
    for name, view, model in (
        ("domains", QListView(), domains),
        ("sans", QTableView(), sans),
        ("findings", QTableView(), proxy),
        ("chain", tree, chain),
    ):
        if view.model() is None:
            view.setModel(model)
        qtbot.addWidget(view)
        view.resize(900, 240)
        view.show()
        qtbot.waitExposed(view)
        picture = tmp_path / f"{name}.png"
        assert view.grab().save(str(picture))
        assert picture.stat().st_size > 0
