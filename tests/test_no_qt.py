"""The core and the command line never import Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pic_wizard.cli
import pic_wizard.core

import pki


def test_core_and_cli_import_no_pyside6() -> None:
    modules = [m.name for m in pkgutil.walk_packages(pic_wizard.core.__path__, "pic_wizard.core.")]
    assert len([m for m in modules if m.count(".") == 3]) >= 30  # every module, not the folders
    cli = [m.name for m in pkgutil.walk_packages(pic_wizard.cli.__path__, "pic_wizard.cli.")]
    # Every command and the rest of the package, but not "python -m pic_wizard.cli" (which runs).
    cli = ["pic_wizard.cli", *(m for m in cli if m != "pic_wizard.cli.__main__")]
    assert {"pic_wizard.cli.parser", "pic_wizard.cli.commands.check"} <= set(cli)
    code = (
        "import importlib, sys\n"
        f"for name in {[*modules, *cli]!r}:\n"
        "    importlib.import_module(name)\n"
        "from pic_wizard import cli\n"
        "cli.main(['plan', '--help'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "bad += sorted(m for m in sys.modules if m.startswith('pic_wizard.ui'))\n"
        "print('QT:' + ','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"


def test_cli_report_to_html_loads_no_qt(tmp_path: Path, intermediate: pki.CA) -> None:
    """A report of a profile and of a certificate, with the picture of the plan, written as
    HTML without Qt or the wizard (only --format pdf needs Qt's renderer)."""
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com",))
    cert = tmp_path / "edge.cer"
    cert.write_bytes(pki.pem(leaf))
    profile, plan, check = (tmp_path / n for n in ("contoso.json", "plan.html", "check.html"))
    code = (
        "import sys\n"
        "from pic_wizard import cli\n"
        f"assert cli.main(['example', '--out', {str(profile)!r}]) == 0\n"
        f"assert cli.main(['report', {str(profile)!r}, '--out', {str(plan)!r}]) == 0\n"
        f"assert cli.main(['report', {str(cert)!r}, '--profile', {str(profile)!r},\n"
        f"                 '--out', {str(check)!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "bad += sorted(m for m in sys.modules if m.startswith('pic_wizard.ui'))\n"
        "bad += sorted(m for m in sys.modules if m == 'pic_wizard.report_pdf')\n"
        "print('QT:' + ','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"
    for report in (plan, check):  # with their pictures
        assert 'src="data:image/svg+xml;base64,' in report.read_text(encoding="utf-8")
    assert "webcon.contoso.com" in check.read_text(encoding="utf-8")


def test_cli_start_up_does_not_load_cryptography_for_help() -> None:
    code = (
        "import sys\n"
        "from pic_wizard import cli\n"
        "cli.main(['--version'])\n"
        "print('cryptography' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
