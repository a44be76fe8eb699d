"""Browse… on every input page: the dialog opens in the folder last picked from that page,
remembers the folder of what is picked, and a cancelled dialog changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from pic_wizard.ui.common import pick_files


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    seen: dict[str, object] = {"answer": []}

    def one(_parent, _title, folder, _filters):
        seen["folder"] = folder
        answer = seen["answer"]
        return (answer[0] if answer else "", "")

    def many(_parent, _title, folder, _filters):
        seen["folder"] = folder
        return (list(seen["answer"]), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(one))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(many))
    return seen


def test_the_folder_of_a_pick_is_where_the_next_opens(
    qtbot, dialog: dict[str, object], tmp_path: Path
) -> None:
    QSettings().remove("probe/lastFolder")
    QSettings().remove("roots/lastFolder")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert pick_files(parent, "Profile", "probe", "*.json") == []  # cancelled
    assert dialog["folder"] == str(Path.home())
    picked = tmp_path / "edge" / "edge.json"
    dialog["answer"] = [str(picked)]
    assert pick_files(parent, "Profile", "probe", "*.json") == [str(picked)]
    dialog["answer"] = []
    pick_files(parent, "Roots", "probe", "*.pem")
    assert dialog["folder"] == str(picked.parent)  # the page's last folder
    pick_files(parent, "Roots", "roots", "*.pem")
    assert dialog["folder"] == str(Path.home())  # another page keeps its own folder


def test_several_files_at_once_only_when_asked(
    qtbot, dialog: dict[str, object], tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog["answer"] = [str(tmp_path / "a.p7b"), str(tmp_path / "b.sst")]
    assert pick_files(parent, "Store", "roots", "*", many=True) == dialog["answer"]
    assert pick_files(parent, "Store", "roots", "*") == [str(tmp_path / "a.p7b")]
    assert QSettings().value("roots/lastFolder") == str(tmp_path)
