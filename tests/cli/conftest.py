"""Command-line fixtures: English output unless a test asks otherwise, and the seed
example's profile on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from walk import run


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests read English unless they ask otherwise, whatever the machine speaks."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def seed_profile(tmp_path: Path) -> Path:
    path = tmp_path / "contoso.json"
    assert run("example", "--out", str(path))[0] == 0
    return path
