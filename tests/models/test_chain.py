"""The certification path tree: root at the top, the Edge certificate deepest."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QModelIndex, QObject, Qt

from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
from pic_wizard.core.x509.view import issuer_text, subject_text
from pic_wizard.models.chain import ChainTreeModel

import pki

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture
def path(root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate) -> tuple:
    """The path as the core finds it, leaf first."""
    result = check_certificate(
        [seed_leaf, intermediate.cert], "edge.pem", CheckOptions(roots=[root.cert], at=pki.AT)
    )
    assert result.path == (seed_leaf, intermediate.cert, root.cert)
    return result.path


@pytest.fixture
def model(qapp, path: tuple) -> ChainTreeModel:
    model = ChainTreeModel()
    model.set_chain(path)
    return model


def walk(model: ChainTreeModel) -> list[QModelIndex]:
    """Items from the top down, following the first child."""
    items = []
    parent = QModelIndex()
    while model.rowCount(parent):
        assert model.rowCount(parent) == 1
        parent = model.index(0, 0, parent)
        items.append(parent)
    return items


def test_model_tester_empty_filled_and_changed(
    qtmodeltester, qapp, path: tuple, root: pki.CA, seed_leaf: x509.Certificate
) -> None:
    model = ChainTreeModel()
    qtmodeltester.check(model)
    model.set_chain(path)
    model.set_chain((seed_leaf,))  # no path found: the certificate alone
    model.set_chain((path[1], root.cert))
    model.set_chain(path)
    model.set_chain(())
    assert model.rowCount() == 0


def test_shape_root_intermediate_leaf(
    model: ChainTreeModel, root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate
) -> None:
    items = walk(model)
    assert len(items) == 3
    certs = [index.data(ChainTreeModel.CertificateRole) for index in items]
    assert certs == [root.cert, intermediate.cert, seed_leaf]
    assert [index.data() for index in items] == [
        "CN=pic-wizard Test Root CA, O=pic-wizard tests, C=US",
        "CN=pic-wizard Test Issuing CA, O=pic-wizard tests, C=US",
        "CN=sip.contoso.com, O=pic-wizard tests, C=US",
    ]
    # Each item's parent is the one above; the root's is the invisible root.
    assert not model.parent(items[0]).isValid()
    assert model.parent(items[1]) == items[0]
    assert model.parent(items[2]) == items[1]
    # Children hang under the first column only; the leaf has none.
    assert model.rowCount(items[2]) == 0
    assert model.rowCount(items[0].siblingAtColumn(ChainTreeModel.COL_ISSUER)) == 0
    assert model.index(1, 0).isValid() is False
    assert model.index(0, 0, items[2]).isValid() is False


def test_each_certificate_is_under_its_issuer(model: ChainTreeModel) -> None:
    items = walk(model)
    for parent, child in itertools.pairwise(items):
        assert child.siblingAtColumn(ChainTreeModel.COL_ISSUER).data() == parent.data()


def test_leaf_index(model: ChainTreeModel, seed_leaf: x509.Certificate, qapp) -> None:
    leaf = model.leaf_index()
    assert leaf == walk(model)[-1]
    assert model.certificate(leaf) == seed_leaf
    assert model.leaf_index(ChainTreeModel.COL_THUMBPRINT).column() == ChainTreeModel.COL_THUMBPRINT
    assert not ChainTreeModel().leaf_index().isValid()


def test_columns_of_the_leaf(model: ChainTreeModel, seed_leaf: x509.Certificate) -> None:
    leaf = model.leaf_index()
    row = [leaf.siblingAtColumn(col).data() for col in range(model.columnCount())]
    start = pki.AT - dt.timedelta(days=10)
    assert row == [
        subject_text(seed_leaf),
        issuer_text(seed_leaf),
        start.strftime("%Y-%m-%d %H:%M UTC"),
        (start + dt.timedelta(days=180, seconds=-1)).strftime("%Y-%m-%d %H:%M UTC"),
        "RSA 2048",
        hashlib.sha1(seed_leaf.public_bytes(serialization.Encoding.DER)).hexdigest().upper(),
    ]
    assert row[2] == "2026-05-22 12:00 UTC"
    assert row[3] == "2026-11-18 11:59 UTC"


def test_thumbprints_are_sha1_of_the_der(model: ChainTreeModel, path: tuple) -> None:
    for index, cert in zip(walk(model), reversed(path), strict=True):
        thumbprint = index.siblingAtColumn(ChainTreeModel.COL_THUMBPRINT).data()
        der = cert.public_bytes(serialization.Encoding.DER)
        assert thumbprint == hashlib.sha1(der).hexdigest().upper()
        assert len(thumbprint) == 40 and thumbprint == thumbprint.upper()


def test_root_columns(model: ChainTreeModel, root: pki.CA) -> None:
    top = walk(model)[0]
    assert top.siblingAtColumn(ChainTreeModel.COL_ISSUER).data() == subject_text(root.cert)
    assert top.siblingAtColumn(ChainTreeModel.COL_KEY).data() == "EC P-256"


def test_certificate_role_on_every_column(model: ChainTreeModel, intermediate: pki.CA) -> None:
    middle = walk(model)[1]
    for col in range(model.columnCount()):
        assert middle.siblingAtColumn(col).data(ChainTreeModel.CertificateRole) == (
            intermediate.cert
        )


def test_single_certificate(qapp, seed_leaf: x509.Certificate) -> None:
    model = ChainTreeModel()
    model.set_chain([seed_leaf])
    items = walk(model)
    assert len(items) == 1
    assert model.leaf_index() == items[0]


def test_equal_chain_does_not_reset(qtbot, model: ChainTreeModel, path: tuple) -> None:
    with qtbot.assertNotEmitted(model.modelAboutToBeReset):
        model.set_chain(list(path))
    with qtbot.waitSignal(model.modelReset, timeout=0):
        model.set_chain(path[:1])
    assert model.chain() == path[:1]


def test_tooltips_and_headers(model: ChainTreeModel, seed_leaf: x509.Certificate) -> None:
    leaf = model.leaf_index()
    assert leaf.data(Qt.ItemDataRole.ToolTipRole) == subject_text(seed_leaf)
    assert leaf.siblingAtColumn(ChainTreeModel.COL_KEY).data(Qt.ItemDataRole.ToolTipRole) is None
    headers = [model.headerData(col, Qt.Orientation.Horizontal) for col in range(6)]
    assert headers == ["Subject", "Issuer", "Valid from", "Valid to", "Public key", "Thumbprint"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_qobject_parent_still_works(qapp) -> None:
    owner = QObject()
    model = ChainTreeModel(owner)
    assert model.parent() is owner
    assert not model.parent(QModelIndex()).isValid()


def test_read_only(model: ChainTreeModel) -> None:
    flags = model.flags(model.leaf_index())
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.data(QModelIndex()) is None
