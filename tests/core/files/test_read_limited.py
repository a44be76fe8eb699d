"""read_limited reads a file by its size, not by its limit: a certificate of a few
kilobytes is never read through a buffer of megabytes, thousands of times in an audit."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from pic_wizard.core.files import reading
from pic_wizard.core.values.errors import InputError

LIMIT = 4 * 1024 * 1024


class _Spy:
    """Every read asked of the files reading opens."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[int] = []
        self.opened = 0
        real = io.open

        def spied_open(*args: Any, **kwargs: Any) -> Any:
            handle = real(*args, **kwargs)
            self.opened += 1
            spy = self

            class Counted:
                def __enter__(self) -> Any:
                    handle.__enter__()
                    return self

                def __exit__(self, *exc: object) -> None:
                    handle.__exit__(*exc)

                def read(self, size: int = -1) -> bytes:
                    spy.asked.append(size)
                    return handle.read(size)

                def fileno(self) -> int:
                    return handle.fileno()

            return Counted()

        monkeypatch.setattr(reading, "open", spied_open, raising=False)


def test_a_small_file_is_read_by_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "edge.pem"
    path.write_bytes(b"x" * 1500)
    spy = _Spy(monkeypatch)
    assert reading.read_limited(path, LIMIT) == b"x" * 1500
    # Its size and one byte more (to see that it grew), never the limit.
    assert spy.asked and max(spy.asked) == 1501


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pem"
    path.write_bytes(b"x" * 2049)
    spy = _Spy(monkeypatch)
    with pytest.raises(InputError) as caught:
        reading.read_limited(path, 2048)
    assert caught.value.code == "file-too-large"
    assert caught.value.params["size"] == "2049"
    assert spy.opened == 0


def test_a_file_that_grows_while_read_is_still_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its size said small, the file then grew past the limit: refused, and no more than
    the limit and one byte read."""
    path = tmp_path / "growing.pem"
    path.write_bytes(b"x" * 100)
    real_open = io.open

    def grown_open(*args: Any, **kwargs: Any) -> Any:
        path.write_bytes(b"y" * 5000)  # after the size was read, before the reading
        return real_open(*args, **kwargs)

    monkeypatch.setattr(reading, "open", grown_open, raising=False)
    with pytest.raises(InputError) as caught:
        reading.read_limited(path, 2048)
    assert caught.value.code == "file-too-large"
    assert caught.value.params["size"] == "5000"


def test_a_file_that_grows_within_the_limit_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.pem"
    path.write_bytes(b"x" * 100)
    real_open = io.open

    def grown_open(*args: Any, **kwargs: Any) -> Any:
        path.write_bytes(b"y" * 200_000)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(reading, "open", grown_open, raising=False)
    assert reading.read_limited(path, LIMIT) == b"y" * 200_000


def test_an_empty_file_is_said_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.pem"
    path.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        reading.read_limited(path, LIMIT)
    assert caught.value.code == "file-empty"
