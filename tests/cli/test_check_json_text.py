"""check --json writes each file's object part by part, the constant parts never encoded:
byte for byte what json.dumps writes of the same object (``check_json``), hostile text
included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pic_wizard.cli.render import check_json, check_json_text
from pic_wizard.core.usecases.check import CheckInputs, check_file, prepare
from pic_wizard.core.values.errors import PicWizardError
from pic_wizard.core.values.topology import seed_example
from pic_wizard.core.values.untrusted import dumps, dumps_text

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
OUTPUTS = VECTORS / "outputs"
FILES = sorted(
    [p for p in OUTPUTS.iterdir() if p.is_file() and p.suffix != ".py"]
    + [VECTORS / "untrusted" / "hostile-leaf.pem", VECTORS / "untrusted" / "hostile-root.pem"]
)
AT = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("profile", [True, False], ids=["profile", "no-profile"])
def test_check_json_text_is_json_dumps_of_check_json(profile: bool) -> None:
    options = prepare(
        CheckInputs(
            topology=seed_example() if profile else None,
            roots_file=str(OUTPUTS / "root.pem"),
            chain_files=(str(OUTPUTS / "int.pem"),),
            password=b"edge",
            at=AT,
        )
    )
    checked = 0
    for path in FILES:
        try:
            result = check_file(str(path), b"edge", options)
        except PicWizardError:
            continue  # a key alone, a damaged file: no check to write
        assert check_json_text(result) == dumps(check_json(result)), path.name
        checked += 1
    assert checked > 30


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "",
        'quote " backslash \\ slash /',
        "\x00\x1b[2J\n\t\x7f\x85\u202e",
        "Édge Sérver 中文 \U0001f600",
        "\u0915\u094d\u200d\u0937 a\u200db",  # a joiner kept between letters, escaped by ASCII
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f x\U000e0067",
        "\ud800 lone surrogate",
    ],
)
def test_dumps_text_is_dumps_of_a_string(text: str) -> None:
    assert dumps_text(text) == dumps(text)
    assert json.loads(dumps_text(text)) == text


def test_a_files_json_builds_no_encoder_once_its_findings_are_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pic_wizard.cli import render

    monkeypatch.setattr(render, "_FINDING_JSON", {})  # no finding's JSON made yet
    options = prepare(
        CheckInputs(
            topology=seed_example(),
            roots_file=str(OUTPUTS / "root.pem"),
            chain_files=(str(OUTPUTS / "int.pem"),),
            at=AT,
        )
    )
    first = check_file(str(OUTPUTS / "good.pem"), None, options)
    second = check_file(str(OUTPUTS / "no-cdp.pem"), None, options)
    check_json_text(first)  # each finding's JSON, made once
    encoders: list[object] = []
    original = json.JSONEncoder.__init__

    def counted(self: json.JSONEncoder, *args: object, **kwargs: object) -> None:
        encoders.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(json.JSONEncoder, "__init__", counted)
    text = check_json_text(first)
    assert encoders == []
    assert json.loads(text)["details"]["subject"] == first.details.subject
    check_json_text(second)  # its one new finding (no CRL distribution point) is encoded
    assert len(encoders) == 1


def test_a_files_verdict_is_read_once_to_write_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from pic_wizard.cli.commands.check import rendered
    from pic_wizard.core.rules.verdict import CheckResult
    from pic_wizard.core.usecases.audit import Checked

    options = prepare(CheckInputs(roots_file=str(OUTPUTS / "root.pem"), at=AT))
    result = check_file(str(OUTPUTS / "no-cdp.pem"), None, options)
    expected = rendered("en", True, Checked(result.file, result=result))
    reads: list[object] = []
    original = CheckResult.verdict

    def counted(self: CheckResult) -> str:
        reads.append(self)
        return original.fget(self)  # type: ignore[attr-defined,no-any-return]

    monkeypatch.setattr(CheckResult, "verdict", property(counted))
    assert rendered("en", True, Checked(result.file, result=result)) == expected
    assert len(reads) == 1
