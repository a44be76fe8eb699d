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
