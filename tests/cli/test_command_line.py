"""The command line as admins type it: options anywhere, folders, the passphrase prompt,
paths the system refuses, and output streams that cannot take everything."""

from __future__ import annotations

from pathlib import Path

import pytest
import topologies
from walk import run

import pki

# ------------------------------------------------------------------ names the system refuses


def _long_names(tmp_path: Path) -> dict[str, str]:
    """A path of 5,000 characters (short parts) and a file name of 300 characters."""
    return {
        "deep": str(tmp_path / ("a/" * 2500)) + "x.pem",
        "wide": str(tmp_path / ("n" * 300)),
    }


@pytest.fixture
def inputs(tmp_path: Path, seed_profile: Path, intermediate: pki.CA) -> dict[str, str]:
    leaf, _ = pki.make_leaf(intermediate)
    cert = tmp_path / "edge.pem"
    cert.write_bytes(pki.pem(leaf, intermediate))
    tbxml = tmp_path / "topology.tbxml"
    tbxml.write_bytes(topologies.tbxml(("contoso.com",), [topologies.ONE]))
    return {"PROFILE": str(seed_profile), "CERT": str(cert), "TBXML": str(tbxml)}


INPUT_POSITIONS = [
    ("plan", "LONG"),
    ("check", "LONG"),
    ("check", "CERT", "--chain", "LONG"),
    ("check", "CERT", "--roots", "LONG"),
    ("check", "CERT", "--key", "LONG"),
    ("check", "CERT", "--request", "LONG"),
    ("check", "CERT", "--profile", "LONG"),
    ("check", "CERT", "--password-file", "LONG"),
    ("csr", "LONG", "--out", "OUT", "--no-encrypt"),
    ("csr", "PROFILE", "--out", "OUT", "--passphrase-file", "LONG"),
    ("renew", "LONG"),
    ("renew", "CERT", "--profile", "LONG"),
    ("import-topology", "LONG"),
    ("inf", "LONG"),
    ("powershell", "LONG"),
    ("report", "LONG", "--out", "OUT/r.html"),
    ("report", "CERT", "--profile", "LONG", "--out", "OUT/r.html"),
]

OUTPUT_POSITIONS = [
    ("example", "--out", "LONG"),
    ("csr", "PROFILE", "--out", "LONG", "--no-encrypt"),
    ("renew", "CERT", "--out", "LONG"),
    ("import-topology", "TBXML", "--out", "LONG"),
    ("inf", "PROFILE", "--out", "LONG"),
    ("powershell", "PROFILE", "--out", "LONG"),
    ("report", "PROFILE", "--out", "LONG"),
    ("report", "CERT", "--out", "LONG"),
]


def _argv(template: tuple[str, ...], inputs: dict[str, str], long: str, out: Path) -> list[str]:
    values = {**inputs, "LONG": long, "OUT": str(out)}
    return [values.get(a.split("/")[0], a) + ("/r.html" if a.endswith("/r.html") else "")
            for a in template]  # fmt: skip


@pytest.mark.parametrize("kind", ["deep", "wide"])
@pytest.mark.parametrize("template", INPUT_POSITIONS, ids=" ".join)
def test_an_input_name_too_long_is_an_input_error(
    tmp_path: Path, inputs: dict[str, str], template: tuple[str, ...], kind: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    argv = _argv(template, inputs, _long_names(tmp_path)[kind], out)
    code, stdout, stderr = run(*argv)
    text = stdout + stderr
    assert code == 2, text
    assert "internal error" not in text and "bug" not in text
    assert "Cannot write" not in text  # the output is not to blame
    assert "name is too long" in text
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", ["deep", "wide"])
@pytest.mark.parametrize("template", OUTPUT_POSITIONS, ids=" ".join)
def test_an_output_name_too_long_is_an_output_error(
    tmp_path: Path, inputs: dict[str, str], template: tuple[str, ...], kind: str
) -> None:
    long = _long_names(tmp_path)[kind]
    if "report" in template:
        long += ".html"
    code, stdout, stderr = run(*_argv(template, inputs, long, tmp_path))
    text = stdout + stderr
    assert code == 2, text
    assert "internal error" not in text and "bug" not in text
    assert "name is too long" in text
    assert "Cannot read" not in text


# ------------------------------------------------------------------ --lang anywhere


@pytest.fixture
def cert(tmp_path: Path, intermediate: pki.CA) -> str:
    leaf, _ = pki.make_leaf(intermediate)
    path = tmp_path / "edge.pem"
    path.write_bytes(pki.pem(leaf, intermediate))
    return str(path)


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["--lang", "fr", "check", "CERT"], True),
        (["check", "CERT", "--lang", "fr"], True),
        (["check", "--lang=fr", "CERT"], True),
        (["check", "CERT", "--lang", "en"], False),
        # given twice, the last one typed wins
        (["--lang", "en", "check", "CERT", "--lang", "fr"], True),
        (["--lang", "fr", "check", "CERT", "--lang", "en"], False),
    ],
)
def test_lang_before_or_after_the_command(cert: str, argv: list[str], french: bool) -> None:
    code, out, err = run(*[cert if a == "CERT" else a for a in argv], "--at", "2026-06-01")
    assert code == 1, err
    assert ("PAS PRÊT" in out) is french and ("NOT READY" in out) is not french
    assert ("Sujet :" in out) is french


def test_help_and_errors_speak_the_lang_given_after_the_command(cert: str) -> None:
    code, out, _ = run("check", "--lang", "fr", "--help")
    assert code == 0 and "utilisation" in out and "--lang" in out
    code, _, err = run("check", cert, "--jobs", "x", "--lang", "fr")
    assert code == 2 and "erreur" in err
    code, _, err = run("--lang", "en", "plan", "--lang", "fr")  # no PROFILE
    assert code == 2 and "arguments suivants sont requis" in err
    code, _, err = run("plan", "p.json", "--lang", "de")
    assert code == 2 and "invalid choice" in err


def test_early_language_reads_the_whole_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from pic_wizard.cli import _early_language

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert _early_language(["check", "x.pem"]) == "fr"
    assert _early_language(["check", "x.pem", "--lang", "en"]) == "en"
    assert _early_language(["--lang=en", "check", "--lang=fr"]) == "fr"
    assert _early_language(["check", "--", "--lang", "en"]) == "fr"  # a file named --lang
    assert _early_language(["check", "--lang", "xx"]) == "en"
