"""The core and the command line never import Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pic_wizard.cli
import pic_wizard.core


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
