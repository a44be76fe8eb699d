"""The SIP domains list: order, default, edits, paste, and the core's judgement shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QSignalSpy

from pic_wizard.models.sip_domains import ERROR_COLOR, SipDomainsModel

# pytest-qt fails a test on the model tester's reports; any other Qt warning fails too.
pytestmark = pytest.mark.qt_log_level_fail("WARNING")

ROOT = QModelIndex()


@pytest.fixture
def model(qapp) -> SipDomainsModel:
    return SipDomainsModel()


@pytest.fixture
def three(model: SipDomainsModel) -> SipDomainsModel:
    model.set_domains(["contoso.com", "fabrikam.com", "northwind.com"])
    return model


def texts(model: SipDomainsModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def role(model: SipDomainsModel, row: int, data_role: int):
    return model.data(model.index(row), data_role)


# --- the model tester, through every kind of change --------------------------------------


def test_model_tester_empty(qtmodeltester, model: SipDomainsModel) -> None:
    qtmodeltester.check(model)


def test_model_tester_through_edits_moves_and_removals(
    qtmodeltester, model: SipDomainsModel
) -> None:
    qtmodeltester.check(model)
    model.set_domains(["contoso.com", "contoso.local", "fabrikam.com"])
    model.add()
    model.setData(model.index(3), "northwind.com")
    model.move(0, 2)
    model.move(2, -1)
    model.set_default(2)
    model.moveRows(ROOT, 0, 2, ROOT, 4)
    model.paste("adatum.com; tailspintoys.com")
    model.insertRows(1, 2)
    model.removeRows(1, 2)
    model.remove([0, 2, 3])
    assert model.rowCount() == 3
    model.set_domains([])
    assert model.rowCount() == 0


# --- what the model shows ------------------------------------------------------------------


def test_text_as_typed(model: SipDomainsModel) -> None:
    model.set_domains(["  Contoso.COM.", "fabrikam.com"])
    assert texts(model) == ["  Contoso.COM.", "fabrikam.com"]
    assert role(model, 0, Qt.ItemDataRole.EditRole) == "  Contoso.COM."
    assert model.domains() == ("  Contoso.COM.", "fabrikam.com")


def test_internal_name_has_an_error_naming_the_suffix(model: SipDomainsModel) -> None:
    model.set_domains(["contoso.com", "contoso.local"])
    assert role(model, 0, SipDomainsModel.ErrorRole) == ""
    error = role(model, 1, SipDomainsModel.ErrorRole)
    assert "contoso.local" in error
    assert "'.local'" in error
    assert error.startswith("SIP domain ")  # the field the core was told
    assert role(model, 1, Qt.ItemDataRole.ToolTipRole) == error
    assert role(model, 1, Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR
    assert role(model, 0, Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("sip", ("single label",)),
        ("192.0.2.10", ("IP address",)),
        ("*.contoso.com", ("wildcard",)),
        ("contoso..com", ("empty label",)),
        ("con_toso.com", ("contains '_'",)),
    ],
)
def test_other_errors_come_from_the_core(model: SipDomainsModel, text: str, words) -> None:
    model.set_domains([text])
    error = role(model, 0, SipDomainsModel.ErrorRole)
    for word in words:
        assert word in error


def test_first_error_only(model: SipDomainsModel) -> None:
    # A wildcard in an internal domain: two errors from the core, the first one shown.
    model.set_domains(["*.contoso.local"])
    error = role(model, 0, SipDomainsModel.ErrorRole)
    assert "wildcard" in error
    assert "'.local'" not in error


def test_blank_row_has_no_error(model: SipDomainsModel) -> None:
    model.add()
    assert role(model, 0, SipDomainsModel.ErrorRole) == ""
    assert role(model, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert model.domains() == ("",)


def test_default_row(three: SipDomainsModel) -> None:
    assert [role(three, r, SipDomainsModel.IsDefaultRole) for r in range(3)] == [
        True,
        False,
        False,
    ]
    font = role(three, 0, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert role(three, 1, Qt.ItemDataRole.FontRole) is None
    assert role(three, 0, Qt.ItemDataRole.ToolTipRole) == "Default SIP domain"
    assert role(three, 1, Qt.ItemDataRole.ToolTipRole) is None


def test_tooltip_shows_the_name_as_the_certificate_carries_it(model: SipDomainsModel) -> None:
    model.set_domains(["contoso.com", "Fabrikam.COM.", "bücher.example.com"])
    assert role(model, 1, Qt.ItemDataRole.ToolTipRole) == (
        "Written in the certificate as fabrikam.com"
    )
    # An internationalised name is only a note: no error, the A-label in the tooltip.
    assert role(model, 2, SipDomainsModel.ErrorRole) == ""
    assert role(model, 2, Qt.ItemDataRole.ToolTipRole) == (
        "Written in the certificate as xn--bcher-kva.example.com"
    )
    model.set_default(1)
    assert role(model, 0, Qt.ItemDataRole.ToolTipRole) == (
        "Default SIP domain\nWritten in the certificate as fabrikam.com"
    )


def test_accessible_text(model: SipDomainsModel) -> None:
    model.set_domains(["contoso.com", "contoso.local", ""])
    first = role(model, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert first == "contoso.com, default SIP domain"
    second = role(model, 1, Qt.ItemDataRole.AccessibleTextRole)
    assert second.startswith("contoso.local, error: SIP domain 'contoso.local'")
    assert role(model, 2, Qt.ItemDataRole.AccessibleTextRole) == "empty SIP domain"


def test_markup_in_a_name_is_shown_as_text(model: SipDomainsModel) -> None:
    model.set_domains(["<b>contoso</b>.com"])
    tooltip = role(model, 0, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip
    assert "&lt;b&gt;contoso&lt;/b&gt;.com" in tooltip
    # The error role stays the plain message, for labels that show plain text.
    assert "<b>contoso</b>.com" in role(model, 0, SipDomainsModel.ErrorRole)


def test_invalid_indexes(three: SipDomainsModel) -> None:
    assert three.data(QModelIndex()) is None
    assert three.data(three.index(3)) is None
    assert three.rowCount(three.index(0)) == 0
    assert not three.setData(QModelIndex(), "x.com")


def test_flags(three: SipDomainsModel) -> None:
    flags = three.flags(three.index(1))
    for flag in (
        Qt.ItemFlag.ItemIsEditable,
        Qt.ItemFlag.ItemIsSelectable,
        Qt.ItemFlag.ItemIsEnabled,
        Qt.ItemFlag.ItemIsDragEnabled,
        Qt.ItemFlag.ItemNeverHasChildren,
    ):
        assert flags & flag
    # Drops land between rows, never onto one.
    assert not flags & Qt.ItemFlag.ItemIsDropEnabled
    assert three.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert three.supportedDropActions() == Qt.DropAction.MoveAction


def test_header(model: SipDomainsModel) -> None:
    assert model.headerData(0, Qt.Orientation.Horizontal) == "SIP domain"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


# --- editing, and the signal after each change ----------------------------------------------


def test_set_data_edits_the_text_and_signals(three: SipDomainsModel) -> None:
    changed = QSignalSpy(three.domainsChanged)
    data_changed = QSignalSpy(three.dataChanged)
    assert three.setData(three.index(1), "contoso.local")
    assert three.domains() == ("contoso.com", "contoso.local", "northwind.com")
    assert changed.count() == 1
    assert data_changed.count() == 1
    assert "'.local'" in role(three, 1, SipDomainsModel.ErrorRole)
    # The same text again changes nothing.
    assert three.setData(three.index(1), "contoso.local")
    assert changed.count() == 1
    # Only text, only the edit (or display) role.
    assert not three.setData(three.index(1), 42)
    assert not three.setData(three.index(1), "x.com", SipDomainsModel.ErrorRole)
    assert changed.count() == 1


def test_set_domains_signals_only_a_change(qtbot, three: SipDomainsModel) -> None:
    with qtbot.assertNotEmitted(three.domainsChanged), qtbot.assertNotEmitted(three.modelReset):
        three.set_domains(("contoso.com", "fabrikam.com", "northwind.com"))
    with qtbot.waitSignal(three.domainsChanged, timeout=0):
        three.set_domains(["adatum.com"])
    assert three.domains() == ("adatum.com",)


def test_add_appends_and_returns_the_index(qtbot, three: SipDomainsModel) -> None:
    with qtbot.waitSignal(three.domainsChanged, timeout=0):
        index = three.add()
    assert index.isValid() and index.row() == 3
    assert index.data() == ""
    assert three.add("adatum.com").row() == 4
    assert three.domains()[3:] == ("", "adatum.com")


def test_move_down_and_up(three: SipDomainsModel) -> None:
    changed = QSignalSpy(three.domainsChanged)
    moved = QSignalSpy(three.rowsMoved)
    assert three.move(0, 1) == 1
    assert three.domains() == ("fabrikam.com", "contoso.com", "northwind.com")
    assert three.move(2, -1) == 1
    assert three.domains() == ("fabrikam.com", "northwind.com", "contoso.com")
    assert changed.count() == 2
    assert moved.count() == 2
    # The default follows row 0.
    assert role(three, 0, SipDomainsModel.IsDefaultRole)
    assert role(three, 0, Qt.ItemDataRole.DisplayRole) == "fabrikam.com"


def test_move_stops_at_the_ends(qtbot, three: SipDomainsModel) -> None:
    assert three.move(1, 10) == 2
    assert three.domains() == ("contoso.com", "northwind.com", "fabrikam.com")
    assert three.move(1, -10) == 0
    assert three.domains() == ("northwind.com", "contoso.com", "fabrikam.com")
    with qtbot.assertNotEmitted(three.domainsChanged), qtbot.assertNotEmitted(three.rowsMoved):
        assert three.move(0, -1) == 0
        assert three.move(2, 1) == 2
        assert three.move(1, 0) == 1
        assert three.move(3, -1) == -1
        assert three.move(-1, 1) == -1
    assert three.domains() == ("northwind.com", "contoso.com", "fabrikam.com")


def test_set_default_moves_to_the_top_keeping_the_others_order(
    qtbot, three: SipDomainsModel
) -> None:
    with qtbot.waitSignal(three.domainsChanged, timeout=0):
        three.set_default(2)
    assert three.domains() == ("northwind.com", "contoso.com", "fabrikam.com")
    with qtbot.assertNotEmitted(three.domainsChanged):
        three.set_default(0)
        three.set_default(5)


def test_move_rows_as_a_view_drop_does(three: SipDomainsModel) -> None:
    # A QListView's internal move calls moveRow(source, row before which it lands).
    assert three.moveRows(ROOT, 0, 1, ROOT, 3)
    assert three.domains() == ("fabrikam.com", "northwind.com", "contoso.com")
    assert three.moveRows(ROOT, 1, 2, ROOT, 0)
    assert three.domains() == ("northwind.com", "contoso.com", "fabrikam.com")
    # Onto itself, out of range, or under an item: refused.
    assert not three.moveRows(ROOT, 1, 1, ROOT, 1)
    assert not three.moveRows(ROOT, 1, 1, ROOT, 2)
    assert not three.moveRows(ROOT, 2, 2, ROOT, 0)
    assert not three.moveRows(ROOT, 0, 1, ROOT, 4)
    assert not three.moveRows(ROOT, 0, 1, three.index(1), 0)
    assert three.domains() == ("northwind.com", "contoso.com", "fabrikam.com")


def test_remove_rows_in_any_order(three: SipDomainsModel) -> None:
    three.add("adatum.com")
    changed = QSignalSpy(three.domainsChanged)
    three.remove([3, 0, 3, 1, 17, -1])
    assert three.domains() == ("northwind.com",)
    assert changed.count() == 1
    three.remove([])
    three.remove([5])
    assert changed.count() == 1


def test_remove_the_default_makes_the_next_one_default(three: SipDomainsModel) -> None:
    three.remove([0])
    assert three.domains() == ("fabrikam.com", "northwind.com")
    assert role(three, 0, SipDomainsModel.IsDefaultRole)


def test_insert_and_remove_rows(three: SipDomainsModel) -> None:
    changed = QSignalSpy(three.domainsChanged)
    assert three.insertRows(1, 2)
    assert three.domains() == ("contoso.com", "", "", "fabrikam.com", "northwind.com")
    assert three.removeRows(1, 2)
    assert three.domains() == ("contoso.com", "fabrikam.com", "northwind.com")
    assert changed.count() == 2
    assert not three.insertRows(4, 1)
    assert not three.insertRows(0, 0)
    assert not three.insertRows(0, 1, three.index(0))
    assert not three.removeRows(2, 2)
    assert not three.removeRows(-1, 1)
    assert changed.count() == 2


# --- paste ---------------------------------------------------------------------------------


def test_paste_adds_only_new_names(qtbot, model: SipDomainsModel) -> None:
    model.set_domains(["contoso.com"])
    with qtbot.waitSignal(model.domainsChanged, timeout=0):
        added = model.paste("contoso.com, fabrikam.com;\nnorthwind.com contoso.com")
    assert added == 2
    assert model.domains() == ("contoso.com", "fabrikam.com", "northwind.com")


def test_paste_normalises_and_ignores_case(model: SipDomainsModel) -> None:
    model.set_domains(["Contoso.COM", ""])
    added = model.paste("CONTOSO.com.\r\n\tFabrikam.COM.;;, fabrikam.com\nBücher.example.com\n")
    assert added == 2
    assert model.domains() == ("Contoso.COM", "", "fabrikam.com", "xn--bcher-kva.example.com")


def test_paste_of_nothing_new_changes_nothing(qtbot, three: SipDomainsModel) -> None:
    with qtbot.assertNotEmitted(three.domainsChanged), qtbot.assertNotEmitted(three.rowsInserted):
        assert three.paste("") == 0
        assert three.paste(" ,;\n ") == 0
        assert three.paste("FABRIKAM.com northwind.com.") == 0
    assert len(three.domains()) == 3


def test_paste_keeps_what_the_core_will_reject(model: SipDomainsModel) -> None:
    # Paste does not judge: a bad name is added and shown with its error.
    assert model.paste("contoso.local") == 1
    assert "'.local'" in role(model, 0, SipDomainsModel.ErrorRole)


def test_error_color_is_red() -> None:
    assert ERROR_COLOR.red() > 2 * max(ERROR_COLOR.green(), ERROR_COLOR.blue())
    assert isinstance(ERROR_COLOR, QColor)


def _changed_rows(spy: QSignalSpy) -> list[tuple[int, int, set[int]]]:
    found = []
    for i in range(spy.count()):
        top, bottom, roles = spy.at(i)
        found.append((top.row(), bottom.row(), {int(r) for r in roles}))
    return found


def test_views_hear_when_another_entry_becomes_the_default(three: SipDomainsModel) -> None:
    # The default's bold font and tooltip follow row 0, not the entry: a view or proxy
    # that caches them must be told, whichever change moved another entry to the top.
    is_default = int(SipDomainsModel.IsDefaultRole)
    spy = QSignalSpy(three.dataChanged)
    three.move(0, 2)  # the former default goes to row 2
    three.set_default(1)  # the former default goes to row 1
    three.remove([0])  # the default is gone: row 0 is new
    three.insertRows(0, 1)  # a blank row pushes the default to row 1
    changed = _changed_rows(spy)
    assert [(top, bottom) for top, bottom, _ in changed] == [(0, 2), (0, 1), (0, 0), (0, 1)]
    assert all(is_default in roles for *_, roles in changed)
    # Changes below the default leave it alone.
    spy = QSignalSpy(three.dataChanged)
    three.move(1, 1)
    three.remove([2])
    three.add("adatum.com")
    assert spy.count() == 0
