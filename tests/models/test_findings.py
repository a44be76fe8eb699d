"""The findings table and its proxy: the catalogue's text, icons, counts, filters, order."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.findings import RuleId, finding, render_fix, render_message
from pic_wizard.core.values.topology import seed_example
from pic_wizard.models.findings import FindingsFilterProxy, FindingsModel

import pki

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

NOTE_POOL = finding(RuleId.POOL_SAME_CERT, "Edge pool", servers="2")
WARN_SIP = finding(RuleId.SAN_SIP_DOMAIN_MISSING, "sip.fabrikam.com", domain="fabrikam.com")
ERROR_INTERNAL = finding(
    RuleId.NAME_INTERNAL,
    "contoso.local",
    field="SIP domain",
    name="contoso.local",
    suffix="local",
    internal_names_end="2015-11-01",
)
NOTE_AV = finding(RuleId.SAN_AV_PRESENT, "av.contoso.com")
ERROR_WEBCON = finding(RuleId.SAN_WEBCONF_MISSING, "webcon.contoso.com")

# Not in severity order, as a caller may give them.
FINDINGS = (NOTE_POOL, WARN_SIP, ERROR_INTERNAL, NOTE_AV, ERROR_WEBCON)


@pytest.fixture
def model(qapp) -> FindingsModel:
    model = FindingsModel()
    model.set_findings(FINDINGS)
    return model


@pytest.fixture
def proxy(model: FindingsModel) -> FindingsFilterProxy:
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def rules(view_model, col: int = FindingsModel.COL_RULE) -> list:
    return [view_model.index(row, col).data() for row in range(view_model.rowCount())]


def ranks(view_model) -> list[int]:
    return [
        view_model.index(row, 0).data(FindingsModel.SeverityRole)
        for row in range(view_model.rowCount())
    ]


# --- the model tester ----------------------------------------------------------------------


def test_model_tester_empty_and_filled(qtmodeltester, qapp) -> None:
    model = FindingsModel()
    qtmodeltester.check(model)
    model.set_findings(FINDINGS)
    model.set_findings(make_plan(seed_example(), at=pki.AT).findings)
    assert model.rowCount() > 0
    model.set_findings(())


def test_model_tester_on_the_proxy(qtmodeltester, model: FindingsModel) -> None:
    proxy = FindingsFilterProxy()
    qtmodeltester.check(proxy)
    proxy.setSourceModel(model)
    proxy.sort(FindingsModel.COL_SEVERITY)
    proxy.set_severities({"error", "info"})
    proxy.setFilterFixedString("contoso")
    model.set_findings(make_plan(seed_example(), at=pki.AT).findings + FINDINGS)
    proxy.set_severities(FindingsFilterProxy.ALL_SEVERITIES)
    proxy.setFilterFixedString("")
    proxy.sort(FindingsModel.COL_RULE, Qt.SortOrder.DescendingOrder)
    model.set_findings(())
    assert proxy.rowCount() == 0


# --- the model -----------------------------------------------------------------------------


def test_columns(model: FindingsModel) -> None:
    assert model.rowCount() == 5 and model.columnCount() == 5
    row = [model.index(2, col).data() for col in range(5)]
    assert row == [
        "Error",
        "NAME-INTERNAL",
        "contoso.local",
        render_message(ERROR_INTERNAL),
        render_fix(ERROR_INTERNAL),
    ]
    assert "ends in '.local'" in row[3]
    assert rules(model, FindingsModel.COL_SEVERITY) == ["Note", "Warning", "Error", "Note", "Error"]


def test_roles(model: FindingsModel) -> None:
    assert ranks(model) == [2, 1, 0, 2, 0]
    for col in range(model.columnCount()):
        index = model.index(1, col)
        assert index.data(FindingsModel.SeverityRole) == 1
        assert index.data(FindingsModel.RuleRole) == "SAN-SIP-DOMAIN-MISSING"
        assert index.data(FindingsModel.FindingRole) == WARN_SIP


def test_tooltip_is_message_and_fix(model: FindingsModel) -> None:
    tooltip = model.index(4, FindingsModel.COL_MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
    about = model.index(4, FindingsModel.COL_SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert about == "webcon.contoso.com\n" + tooltip  # the About cell is shortened
    assert tooltip == (
        "The Web Conferencing Edge external FQDN 'webcon.contoso.com' is not among the "
        "subject alternative names.\nWhat to do: Add 'webcon.contoso.com' to the subject "
        "alternative names."
    )


def test_severity_icons_from_the_style(model: FindingsModel) -> None:
    icons = [
        model.index(row, FindingsModel.COL_SEVERITY).data(Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount())
    ]
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons)
    assert model.index(0, FindingsModel.COL_RULE).data(Qt.ItemDataRole.DecorationRole) is None


def test_markup_in_a_subject_is_shown_as_text(model: FindingsModel) -> None:
    model.set_findings([finding(RuleId.SAN_EXTRA, "<img src='x'>.example.com")])
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert "&lt;img src='x'&gt;.example.com" in tooltip
    assert model.index(0, FindingsModel.COL_SUBJECT).data() == "<img src='x'>.example.com"


def test_counts(qapp, model: FindingsModel) -> None:
    assert model.counts() == {"error": 2, "warning": 1, "info": 2}
    assert FindingsModel().counts() == {"error": 0, "warning": 0, "info": 0}


def test_equal_findings_do_not_reset(qtbot, model: FindingsModel) -> None:
    copies = [finding(f.rule, f.subject, f.severity, **f.params) for f in FINDINGS]
    with qtbot.assertNotEmitted(model.modelAboutToBeReset):
        model.set_findings(copies)
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.rowsRemoved):
        model.set_findings(copies)
    with (
        qtbot.assertNotEmitted(model.modelAboutToBeReset),
        qtbot.waitSignal(model.rowsRemoved, timeout=0) as removed,
    ):
        model.set_findings(copies[:-1])
    assert removed.args[1:] == [4, 4]
    assert model.counts() == {"error": 1, "warning": 1, "info": 2}


def test_new_findings_change_only_the_rows_that_differ(qtmodeltester, qapp, follow) -> None:
    """At every keystroke of the wizard: never a reset, the rows that differ changed in
    place, the rows more or fewer inserted or removed; a view that follows the signals
    alone (as a proxy does) shows the findings given, in their order."""
    model = FindingsModel()
    qtmodeltester.check(model)
    view = follow(model, lambda m, r: m.index(r, 0).data(FindingsModel.FindingRole))
    pool = (*FINDINGS, *make_plan(seed_example(), at=pki.AT).findings)
    pick = random.Random(15)
    for _ in range(400):
        new = list(model.findings())
        for _ in range(pick.randint(1, 3)):  # a few edits, as a keystroke makes
            where = pick.randint(0, len(new))
            what = pick.choice(("insert", "remove", "replace", "anew"))
            if what == "insert" or not new:
                new.insert(where, pick.choice(pool))
            elif what == "remove":
                del new[min(where, len(new) - 1)]
            elif what == "replace":
                new[min(where, len(new) - 1)] = pick.choice(pool)
            else:
                new = pick.sample(pool, pick.randint(0, 6))
        view.said.clear()
        model.set_findings(new)
        assert view.rows == new == list(model.findings())
        assert "reset" not in view.said
        moved = view.said.count("insert") + view.said.count("remove")
        assert view.said.count("change 0-4") <= 1 and moved <= 1


def test_headers_and_invalid_indexes(model: FindingsModel) -> None:
    headers = [model.headerData(col, Qt.Orientation.Horizontal) for col in range(5)]
    assert headers == ["Severity", "Rule", "About", "Message", "What to do"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(QModelIndex()) is None
    assert model.index(5, 0).data() is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


# --- the proxy: severities, text, order ----------------------------------------------------


def test_all_shown_by_default(proxy: FindingsFilterProxy) -> None:
    assert proxy.severities() == {"error", "warning", "info"}
    assert proxy.rowCount() == 5
    assert proxy.dynamicSortFilter()


def test_filter_by_severity(proxy: FindingsFilterProxy) -> None:
    proxy.set_severities({"error"})
    assert rules(proxy) == ["NAME-INTERNAL", "SAN-WEBCONF-MISSING"]
    proxy.set_severities({"warning", "info"})
    assert rules(proxy) == ["POOL-SAME-CERT", "SAN-SIP-DOMAIN-MISSING", "SAN-AV-PRESENT"]
    proxy.set_severities(set())
    assert proxy.rowCount() == 0
    proxy.set_severities({"error", "warning", "info"})
    assert proxy.rowCount() == 5


def test_unknown_severity_is_refused(proxy: FindingsFilterProxy) -> None:
    with pytest.raises(ValueError, match="fatal"):
        proxy.set_severities({"error", "fatal"})
    assert proxy.rowCount() == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject, in any case
        ("CONTOSO", ["NAME-INTERNAL", "SAN-AV-PRESENT", "SAN-WEBCONF-MISSING"]),
        # rule ID
        ("san-", ["SAN-SIP-DOMAIN-MISSING", "SAN-AV-PRESENT", "SAN-WEBCONF-MISSING"]),
        # message, taken literally (not a regular expression)
        ("(no such certificate", ["NAME-INTERNAL"]),
        ("edge pool of 2", ["POOL-SAME-CERT"]),
        # the fix is not searched
        ("Export the certificate", []),
        ("", [f.rule.value for f in FINDINGS]),
    ],
)
def test_filter_by_text(proxy: FindingsFilterProxy, text: str, expected: list[str]) -> None:
    proxy.setFilterFixedString(text)
    assert rules(proxy) == expected


def test_filters_combine(proxy: FindingsFilterProxy) -> None:
    proxy.set_severities({"error"})
    proxy.setFilterFixedString("webcon")
    assert rules(proxy) == ["SAN-WEBCONF-MISSING"]
    proxy.set_severities({"info"})
    assert rules(proxy) == []


def test_sort_by_severity_puts_errors_first(proxy: FindingsFilterProxy) -> None:
    proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    assert ranks(proxy) == [0, 0, 1, 2, 2]
    assert rules(proxy, FindingsModel.COL_SEVERITY) == [
        "Error",
        "Error",
        "Warning",
        "Note",
        "Note",
    ]
    proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    assert ranks(proxy) == [2, 2, 1, 0, 0]


def test_sort_by_text_elsewhere(proxy: FindingsFilterProxy, model: FindingsModel) -> None:
    proxy.sort(FindingsModel.COL_RULE)
    assert rules(proxy) == sorted(f.rule.value for f in FINDINGS)
    model.set_findings([*FINDINGS, finding(RuleId.SAN_EXTRA, "Adatum.com")])
    proxy.sort(FindingsModel.COL_SUBJECT)
    assert rules(proxy, FindingsModel.COL_SUBJECT) == [
        "Adatum.com",
        "av.contoso.com",
        "contoso.local",
        "Edge pool",
        "sip.fabrikam.com",
        "webcon.contoso.com",
    ]


def test_sorting_follows_new_findings(proxy: FindingsFilterProxy, model: FindingsModel) -> None:
    proxy.sort(FindingsModel.COL_SEVERITY)
    model.set_findings([NOTE_AV, WARN_SIP, ERROR_WEBCON])
    assert rules(proxy) == ["SAN-WEBCONF-MISSING", "SAN-SIP-DOMAIN-MISSING", "SAN-AV-PRESENT"]
    index = proxy.index(0, FindingsModel.COL_MESSAGE)
    assert index.data(FindingsModel.FindingRole) == ERROR_WEBCON


def test_proxy_without_a_source(qapp) -> None:
    proxy = FindingsFilterProxy()
    assert proxy.rowCount() == 0
    proxy.set_severities({"error"})
    proxy.setFilterFixedString("x")
    assert proxy.rowCount() == 0


@pytest.mark.parametrize("column", [FindingsModel.COL_SEVERITY, FindingsModel.COL_RULE])
def test_sorted_rows_keep_the_core_order_among_equals_whatever_came_before(
    qapp, column: int
) -> None:
    """The model changes rows in place and inserts the new ones: among findings the sort
    finds equal (same severity, same rule), the proxy still shows them in the core's
    order, as a list sorted afresh would, whatever the findings were before."""
    model = FindingsModel()
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    pool = (*FINDINGS, *make_plan(seed_example(), at=pki.AT).findings)
    pool += tuple(finding(RuleId.SAN_EXTRA, f"extra{i}.contoso.com") for i in range(4))
    pick = random.Random(16)

    def key(index: int, found: list) -> tuple:
        f = found[index]
        value = f.severity.rank if column == FindingsModel.COL_SEVERITY else f.rule.value
        return (value, index)

    for _ in range(300):
        new = pick.sample(pool, pick.randint(0, 8))
        model.set_findings(new)
        expected = [new[i] for i in sorted(range(len(new)), key=lambda i: key(i, new))]
        shown = [
            proxy.index(row, 0).data(FindingsModel.FindingRole) for row in range(proxy.rowCount())
        ]
        assert shown == expected
