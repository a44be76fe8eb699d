"""Certificate text in the wizard's tables stays on one line, its controls shown."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt

from pic_wizard.core.values.findings import RuleId, finding
from pic_wizard.models.chain import ChainTreeModel
from pic_wizard.models.findings import FindingsModel

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

VECTORS = Path(__file__).parent.parent / "vectors" / "untrusted"


def one_harmless_line(text: str) -> bool:
    return all(
        unicodedata.category(c) not in ("Cc", "Zl", "Zp") and c not in "\u202e\u2066" for c in text
    )


def test_a_finding_with_a_forged_line_stays_in_its_cell(qapp) -> None:
    name = "a\x00\nFAKE-LINE: READY\u202e.contoso.com"
    model = FindingsModel()
    model.set_findings([finding(RuleId.SAN_WEBCONF_MISSING, name)])
    for column in range(model.columnCount()):
        text = model.index(0, column).data(Qt.ItemDataRole.DisplayRole)
        assert one_harmless_line(text), text
    assert model.index(0, 0).data(FindingsModel.FindingRole).subject == name  # data as it is


def test_hostile_names_in_the_chain_stay_on_one_line(qapp) -> None:
    leaf = x509.load_pem_x509_certificate((VECTORS / "hostile-leaf.pem").read_bytes())
    root = x509.load_pem_x509_certificate((VECTORS / "hostile-root.pem").read_bytes())
    model = ChainTreeModel()
    model.set_chain([leaf, root])
    index = model.leaf_index()
    for column in (ChainTreeModel.COL_SUBJECT, ChainTreeModel.COL_ISSUER):
        text = index.siblingAtColumn(column).data(Qt.ItemDataRole.DisplayRole)
        assert one_harmless_line(text), text
        assert "\\x1b" in text


def test_certificate_details_have_one_line_per_value(qapp) -> None:
    from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
    from pic_wizard.ui.pages.check import certificate_text

    import pki

    leaf = x509.load_pem_x509_certificate((VECTORS / "hostile-leaf.pem").read_bytes())
    result = check_certificate([leaf], "hostile-leaf.pem", CheckOptions(at=pki.AT))
    text = certificate_text(result)
    assert all(one_harmless_line(line) for line in text.split("\n"))
    assert not any(line.startswith("FAKE-LINE") for line in text.split("\n"))
