"""The committed icon files are the SVG's: every PNG size, and the .ico made of them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def icons_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icons_tool", ROOT / "tools" / "icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("icons_tool", module)
    spec.loader.exec_module(module)
    return module


def test_every_size_exists_with_its_size() -> None:
    tool = icons_tool()
    for size in tool.SIZES:
        data = (tool.PACKAGE / tool.png_name(size)).read_bytes()
        assert tool.png_size(data) == (size, size)
    entries = tool.ico_entries(tool.ICO.read_bytes())
    assert sorted(entries) == sorted(tool.SIZES)
    assert all(tool.png_size(png) == (size, size) for size, png in entries.items())


def test_the_committed_files_match_the_svg() -> None:
    """Run ``python tools/icons.py`` after editing resources/icons/pic-wizard.svg."""
    assert icons_tool().problems() == []


def test_the_check_sees_a_stale_png(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tool = icons_tool()
    edited = tmp_path / "edited.svg"
    text = tool.SOURCE.read_text(encoding="utf-8").replace("#23a05a", "#c0392b")
    edited.write_text(text, encoding="utf-8")
    committed = (tool.PACKAGE / tool.png_name(64)).read_bytes()
    mean, largest = tool.differences(committed, tool.render(64, edited))
    assert mean > tool.MEAN_TOLERANCE or largest > tool.PIXEL_TOLERANCE


def test_the_svg_is_the_one_for_the_linux_theme() -> None:
    """The bundle installs the SVG as the scalable icon: it must stay plain SVG."""
    text = (ROOT / "resources" / "icons" / "pic-wizard.svg").read_text(encoding="utf-8")
    assert "<svg" in text and "<script" not in text and 'xlink:href="http' not in text
