"""The output folder made like mkdir -p: private, never through a link it did not expect."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pic_wizard.core.files import fsutil
from pic_wizard.core.files.fsutil import make_folders
from pic_wizard.core.values.errors import OutputError

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes and links are POSIX here")


def test_makes_the_folder_and_its_parents_private(tmp_path: Path) -> None:
    target = tmp_path / "request" / "2026" / "edge"
    assert make_folders(target) == (
        tmp_path / "request",
        tmp_path / "request" / "2026",
        target,
    )
    assert target.is_dir()
    if os.name == "posix":
        for folder in (tmp_path / "request", target):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert make_folders(target) == ()  # there already: nothing made, nothing said


def test_relative_path_with_a_trailing_slash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert make_folders("request/") == (Path("request"),)
    assert (tmp_path / "request").is_dir()


def test_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "request").write_text("not a folder")
    for target in (tmp_path / "request", tmp_path / "request" / "sub"):
        with pytest.raises(OutputError) as caught:
            make_folders(target)
        assert caught.value.code == "output-not-folder"


@posix_only
def test_an_existing_link_to_a_folder_is_the_admins_and_is_followed(tmp_path: Path) -> None:
    (tmp_path / "secure").mkdir()
    (tmp_path / "request").symlink_to(tmp_path / "secure")
    assert make_folders(tmp_path / "request") == ()
    assert make_folders(tmp_path / "request" / "edge") == (tmp_path / "request" / "edge",)
    assert (tmp_path / "secure" / "edge").is_dir()


@posix_only
def test_a_link_to_nothing_is_refused_not_made(tmp_path: Path) -> None:
    (tmp_path / "request").symlink_to(tmp_path / "elsewhere")
    for target in (tmp_path / "request", tmp_path / "request" / "edge"):
        with pytest.raises(OutputError) as caught:
            make_folders(target)
        assert caught.value.code == "output-unwritable"
        assert "symbolic link" in str(caught.value)
    assert not (tmp_path / "elsewhere").exists()


@posix_only
def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    with pytest.raises(OutputError) as caught:
        make_folders(tmp_path / "loop" / "edge")
    assert "too many symbolic links" in str(caught.value)


@posix_only
def test_a_link_swapped_in_for_a_new_folder_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who can write in the parent (a shared /tmp) replaces the folder just made
    by a link to their own folder: the key must not land there."""
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    real_mkdir = os.mkdir

    def racing_mkdir(name: str, mode: int = 0o777, *, dir_fd: int | None = None) -> None:
        real_mkdir(name, mode, dir_fd=dir_fd)
        if name == "request":
            os.rmdir(name, dir_fd=dir_fd)
            os.symlink(theirs, name, dir_fd=dir_fd)

    monkeypatch.setattr(fsutil.os, "mkdir", racing_mkdir)
    with pytest.raises(OutputError) as caught:
        make_folders(tmp_path / "request" / "edge")
    assert "replaced by a symbolic link" in str(caught.value)
    assert list(theirs.iterdir()) == []


@pytest.mark.parametrize("tail", ["n" * 300, "a/" * 2500 + "x"], ids=["wide", "deep"])
def test_a_name_too_long_makes_nothing(tmp_path: Path, tail: str) -> None:
    target = tmp_path / "m" / "m" / tail
    with pytest.raises(OutputError) as caught:
        make_folders(target)
    assert "name is too long" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # the parents made on the way are gone again


def test_by_name_where_folders_cannot_be_opened(tmp_path: Path) -> None:
    """The Windows way (no folder descriptors): the same answers."""
    target = tmp_path / "a" / "b"
    assert fsutil._make_folders_by_name(target, 0o700) == (tmp_path / "a", target)
    assert fsutil._make_folders_by_name(target, 0o700) == ()
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError):
        fsutil._make_folders_by_name(tmp_path / "file" / "c", 0o700)
