"""The SAN table: the plan's entries in order, with their reasons; reset only on change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from pic_wizard.core.rules.expected import Reason, SanEntry, SanReason
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.models.san_table import SanTableModel

import pki

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

SUBJECT = "subject name, repeated in the SAN: TLS uses only the SAN entries"
ACCESS = "Access Edge external FQDN (remote sign-in, federation, PIC)"
WEBCON = "Web Conferencing Edge external FQDN (meetings)"
FABRIKAM = "sip.<domain> for the SIP domain fabrikam.com"
CONTOSO = "sip.<domain> for the SIP domain contoso.com"


@pytest.fixture
def model(qapp) -> SanTableModel:
    return SanTableModel()


@pytest.fixture
def seed(model: SanTableModel) -> SanTableModel:
    model.set_plan(make_plan(seed_example(), at=pki.AT))
    return model


def column(model: SanTableModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_model_tester_empty_filled_and_changed(qtmodeltester, model: SanTableModel) -> None:
    qtmodeltester.check(model)
    model.set_plan(make_plan(seed_example(), at=pki.AT))
    assert model.rowCount() == 3
    model.set_entries(make_plan(replace(seed_example(), sip_domains=("contoso.com",))).sans)
    assert model.rowCount() == 2
    model.set_entries(())
    assert model.rowCount() == 0


def test_seed_example_rows(seed: SanTableModel) -> None:
    assert seed.rowCount() == 3
    assert seed.columnCount() == 3
    assert column(seed, SanTableModel.COL_ORDER) == [1, 2, 3]
    assert column(seed, SanTableModel.COL_NAME) == [
        "sip.contoso.com",
        "webcon.contoso.com",
        "sip.fabrikam.com",
    ]


def test_seed_example_reasons(seed: SanTableModel) -> None:
    # sip.contoso.com is the subject, the Access Edge FQDN and sip.<default domain> at once.
    assert column(seed, SanTableModel.COL_NAME, SanTableModel.ReasonsRole) == [
        [SUBJECT, ACCESS, CONTOSO],
        [WEBCON],
        [FABRIKAM],
    ]
    assert column(seed, SanTableModel.COL_REASONS) == [
        f"{SUBJECT}; {ACCESS}; {CONTOSO}",
        WEBCON,
        FABRIKAM,
    ]


def test_roles_on_every_column(seed: SanTableModel) -> None:
    for col in range(seed.columnCount()):
        index = seed.index(0, col)
        assert index.data(SanTableModel.NameRole) == "sip.contoso.com"
        assert index.data(SanTableModel.ReasonsRole) == [SUBJECT, ACCESS, CONTOSO]
        assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{SUBJECT}\n{ACCESS}\n{CONTOSO}"
    assert seed.index(2, SanTableModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == FABRIKAM


def test_order_is_right_aligned(seed: SanTableModel) -> None:
    alignment = seed.index(0, SanTableModel.COL_ORDER).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    assert seed.index(0, SanTableModel.COL_NAME).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_read_only(seed: SanTableModel) -> None:
    flags = seed.flags(seed.index(0, SanTableModel.COL_NAME))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not seed.setData(seed.index(0, SanTableModel.COL_NAME), "x.contoso.com")


def test_headers(model: SanTableModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["#", "Name", "Why it is needed"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) is None


def test_invalid_indexes(seed: SanTableModel) -> None:
    assert seed.data(QModelIndex()) is None
    assert seed.index(3, 0).data() is None
    assert seed.rowCount(seed.index(0, 0)) == 0
    assert seed.columnCount(seed.index(0, 0)) == 0


def test_equal_entries_do_not_reset(qtbot, seed: SanTableModel) -> None:
    # A keystroke that changes nothing in the SAN (here: the organisation's name) gives a
    # new plan with equal entries, made afresh.
    organization = replace(seed_example().organization, state="WA")
    topology = replace(seed_example(), organization=organization)
    copies = [SanEntry(e.name, tuple(e.reasons)) for e in make_plan(topology, at=pki.AT).sans]
    assert copies[0] is not seed.entries()[0]
    with qtbot.assertNotEmitted(seed.modelAboutToBeReset), qtbot.assertNotEmitted(seed.modelReset):
        seed.set_entries(copies)
        seed.set_entries(list(seed.entries()))


def test_changed_entries_are_told_as_rows_never_a_reset(qtbot, seed: SanTableModel) -> None:
    topology = replace(seed_example(), sip_domains=("contoso.com", "fabrikam.com", "adatum.com"))
    with (
        qtbot.assertNotEmitted(seed.modelReset),
        qtbot.waitSignal(seed.rowsInserted, timeout=0) as inserted,
    ):  # one more name: one row inserted, at the end (the rows show their number)
        seed.set_plan(make_plan(topology, at=pki.AT))
    assert inserted.args[1:] == [3, 3]
    assert column(seed, SanTableModel.COL_NAME)[-1] == "sip.adatum.com"
    # A reason changed, the name did not: still a change, told as the rows that changed
    # (a reset would make every view measure every row again, at every keystroke).
    entries = list(seed.entries())
    entries[1] = SanEntry(entries[1].name, (SanReason(Reason.EXTRA),))
    with (
        qtbot.assertNotEmitted(seed.modelReset),
        qtbot.waitSignal(seed.dataChanged, timeout=0) as changed,
    ):
        seed.set_entries(entries)
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (1, 1)
    assert seed.index(1, SanTableModel.COL_REASONS).data() == "extra name added to the profile"


def test_typing_the_access_edge_name_with_500_domains_never_resets(qtmodeltester, qtbot, follow):
    """The Access Edge name typed key by key joins a SIP domain's entry and leaves it (a
    row fewer, a row more): a row is inserted or removed at the end and the rows that
    changed are told; a view that follows the signals alone shows the plan's list."""
    domains = tuple(f"branch{i:03d}.contoso.com" for i in range(500))
    topology = replace(seed_example(), sip_domains=domains)
    model = SanTableModel()
    model.set_plan(make_plan(topology, at=pki.AT))
    qtmodeltester.check(model)

    def shown(m: SanTableModel, row: int) -> tuple[object, ...]:
        return tuple(m.index(row, col).data() for col in range(m.columnCount()))

    view = follow(model, shown)
    typed = "sip.branch042.contoso.com"
    for name in (*(typed[:n] for n in range(1, len(typed) + 1)), "", typed, "sip.x.com"):
        view.said.clear()
        model.set_plan(make_plan(replace(topology, access_edge_fqdn=name), at=pki.AT))
        assert view.rows == [shown(model, r) for r in range(model.rowCount())]
        assert [row[0] for row in view.rows] == list(range(1, model.rowCount() + 1))
        assert "reset" not in view.said


def test_markup_in_a_reason_is_shown_as_text(model: SanTableModel) -> None:
    model.set_entries(
        [
            SanEntry("<i>x</i>", (SanReason(Reason.XMPP_DOMAIN, "<i>x</i>"),)),
            SanEntry("sip.example.com", (SanReason(Reason.SIP_DOMAIN, "example.com"),)),
        ]
    )
    tooltip = model.index(0, SanTableModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<i>" not in tooltip and "XMPP domain &lt;i&gt;x&lt;/i&gt;" in tooltip
    # "<domain>" is no HTML tag: Qt shows that reason as plain text already.
    assert model.index(1, SanTableModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        "sip.<domain> for the SIP domain example.com"
    )


def test_the_reasons_are_separated_as_the_language_writes_lists(seed: SanTableModel) -> None:
    """French puts a space before ';' ("TLS n'utilise que les entrées SAN ; FQDN…")."""
    from pic_wizard.ui.i18n import install_translators

    first = seed.index(0, SanTableModel.COL_REASONS)
    assert first.data() == f"{SUBJECT}; {ACCESS}; {CONTOSO}"
    assert install_translators("fr")
    try:
        text = seed.index(0, SanTableModel.COL_REASONS).data()
        assert text.count(" ; ") == 2 and text.count(";") == 2
    finally:
        install_translators("en")
