"""pic-wizard-cli check on fuzzed files with hostile names: exit 0, 1 or 2 (never 3, a
bug), and once untrusted text is escaped, nothing in the output a terminal obeys."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from fuzz_seeds import seed_pki
from fuzz_strategies import loader_inputs
from fuzz_targets import FUZZ_SETTINGS, UNSAFE, has_untrusted, watchdog
from hypothesis import given, settings
from hypothesis import strategies as st

from pic_wizard.cli import main

import pki

HAS_UNTRUSTED = has_untrusted()
ALLOWED_CONTROLS = {"\n"}

# A file name a Linux file system takes: no "/" or NUL, not "." or "..", 255 bytes at most.
file_names = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="/\x00"), min_size=1, max_size=40
).filter(lambda n: n not in (".", "..") and len(os.fsencode(n)) <= 255)


@pytest.fixture(scope="module")
def folder() -> Path:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name)
        (path / "roots.pem").write_bytes(pki.pem(seed_pki().root))
        (path / "password.txt").write_bytes(b"pfx-password\n")
        yield path


def _check(folder: Path, data: bytes, name: str, as_json: bool, password: bool) -> tuple[int, str]:
    case = Path(tempfile.mkdtemp(dir=folder))
    path = case / name
    path.write_bytes(data)
    argv = ["check", "--at", "2026-06-01", "--roots", str(folder / "roots.pem"), str(path)]
    if as_json:
        argv.insert(1, "--json")
    if password:
        argv[1:1] = ["--password-file", str(folder / "password.txt")]
    out, err = io.StringIO(), io.StringIO()
    with watchdog():
        code = main(argv, out, err)
    path.unlink()
    case.rmdir()
    return code, out.getvalue() + err.getvalue()


@settings(FUZZ_SETTINGS, max_examples=120)
@given(loader_inputs(), file_names, st.booleans(), st.booleans())
def test_check_exits_0_1_or_2(
    folder: Path, value: tuple[bytes, bytes | None, int], name: str, as_json: bool, password: bool
) -> None:
    code, output = _check(folder, value[0], name, as_json, password)
    assert code in (0, 1, 2), ascii(output)


@pytest.mark.skipif(not HAS_UNTRUSTED, reason="pic_wizard.core.values.untrusted is not there yet")
@settings(FUZZ_SETTINGS, max_examples=120)
@given(loader_inputs(), file_names, st.booleans(), st.booleans())
def test_check_output_holds_no_control_character(
    folder: Path, value: tuple[bytes, bytes | None, int], name: str, as_json: bool, password: bool
) -> None:
    code, output = _check(folder, value[0], name, as_json, password)
    assert code in (0, 1, 2), ascii(output)
    assert not (UNSAFE - ALLOWED_CONTROLS).intersection(output), ascii(output)
