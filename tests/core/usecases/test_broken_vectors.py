"""Every broken input kept under tests/vectors/broken/ is refused with its own error
code and a sentence, never loaded as something else and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pic_wizard.core.usecases.check import CheckInputs, check
from pic_wizard.core.values.errors import ERROR_TEXT, PicWizardError

BROKEN = Path(__file__).resolve().parents[2] / "vectors" / "broken"
EXPECTED: dict[str, dict[str, str | None]] = json.loads(
    (BROKEN / "expected.json").read_text(encoding="utf-8")
)


def test_every_kept_file_is_listed_and_every_listed_file_is_kept() -> None:
    kept = {p.name for p in BROKEN.iterdir() if p.suffix not in (".py", ".json")}
    assert kept == set(EXPECTED)
    assert len(kept) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_input_is_refused_with_its_code(name: str) -> None:
    password = EXPECTED[name]["password"]
    with pytest.raises(PicWizardError) as excinfo:
        check(
            CheckInputs(file=str(BROKEN / name), password=password.encode() if password else None)
        )
    assert excinfo.value.code == EXPECTED[name]["code"]
    assert excinfo.value.code in ERROR_TEXT
    message = excinfo.value.message()
    assert message.endswith(".") and "{" not in message, message


def test_the_command_line_refuses_them_all_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from pic_wizard import cli

    no_password = sorted(n for n, e in EXPECTED.items() if e["password"] is None)
    code = cli.main(["check", "--json", *(str(BROKEN / n) for n in no_password)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 2
    assert [line["kind"] for line in lines] == ["error"] * len(no_password)
    assert [line["error_code"] for line in lines] == [EXPECTED[n]["code"] for n in no_password]
