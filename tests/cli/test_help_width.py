"""The help's width is the terminal's, as argparse finds it (shutil), without importing
shutil at each start."""

from __future__ import annotations

import os
import shutil

import pytest

from pic_wizard.cli.parser import build_parser, terminal_columns


@pytest.mark.parametrize("columns", [None, "50", "0", "-3", "wide", ""])
@pytest.mark.parametrize("lines", [None, "40", "0"])
@pytest.mark.parametrize("terminal", [None, (132, 50), (0, 0)])
def test_the_width_is_shutil_s(
    monkeypatch: pytest.MonkeyPatch,
    columns: str | None,
    lines: str | None,
    terminal: tuple[int, int] | None,
) -> None:
    for name, value in (("COLUMNS", columns), ("LINES", lines)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)

    def size(fd: int = 1) -> os.terminal_size:
        if terminal is None:
            raise OSError("not a terminal")
        return os.terminal_size(terminal)

    monkeypatch.setattr(os, "get_terminal_size", size)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_the_help_is_as_wide_as_argparse_makes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    monkeypatch.setenv("COLUMNS", "61")
    ours = build_parser()._get_formatter()
    theirs = argparse.HelpFormatter("pic-wizard-cli")
    assert (ours._width, ours._max_help_position) == (theirs._width, theirs._max_help_position)
