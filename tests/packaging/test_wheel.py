"""The wheel and the sdist, as pip users get them: built (the wheel from the sdist, so the
sdist is complete), installed into a fresh virtual environment, and run from there, far
from the checkout.

Offline and quick: ``python -m build --no-isolation`` uses the build backend of the
development environment, and pip installs the wheel alone (``--no-index --no-deps``);
pic-wizard's dependencies (PySide6, cryptography: some 400 MB) are lent to the fresh
environment by a path file pointing at the development environment's site-packages,
after the fresh environment's own, so pic-wizard itself comes from the wheel and nothing
from the checkout is importable.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import time
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300  # a watchdog for a hang, not a time limit


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("pic_wizard-*.whl")
    (sdist,) = out.glob("pic_wizard-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed: its bin (Scripts) folder."""
    home = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=True).create(home)
    scripts = home / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies, lent: a plain path line, so the development environment's own
    # path files (the editable pic-wizard pointing at the checkout) are never read.
    Path(purelib, "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-index", "--no-deps", str(built["wheel"])],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return scripts


def fresh_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    env.update(LANG="C.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_holds_the_package_and_its_resources_only(built: dict[str, Path]) -> None:
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = wheel.namelist()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = wheel.read(entry_points).decode()
    for needed in (
        "pic_wizard/translations/pic_wizard_fr.qm",
        "pic_wizard/translations/pic_wizard_fr.json",
        "pic_wizard/icons/pic-wizard-256.png",
    ):
        assert needed in names
    assert all(name.startswith(("pic_wizard/", "pic_wizard-")) for name in names), names
    assert "pic-wizard-cli = pic_wizard.cli.entry:run" in text
    assert "[gui_scripts]" in text and "pic-wizard = pic_wizard.app:main" in text


def test_the_sdist_holds_the_sources_to_rebuild_everything(built: dict[str, Path]) -> None:
    with tarfile.open(built["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in (
        "pyproject.toml",
        "resources/icons/pic-wizard.svg",
        "resources/translations/pic_wizard_fr.ts",
        "packaging/pic-wizard.spec",
        "tools/icons.py",
        "pic_wizard/icons/pic-wizard-16.png",
    ):
        assert needed in names


def test_the_command_line_runs_from_the_wheel_in_french(installed: Path, tmp_path: Path) -> None:
    env = fresh_env(tmp_path)
    cli = str(installed / "pic-wizard-cli")
    run = {"cwd": tmp_path, "env": env, "capture_output": True, "text": True}
    assert subprocess.run([cli, "--version"], timeout=TIMEOUT, **run).returncode == 0  # type: ignore[call-overload]
    example = subprocess.run([cli, "example", "--out", "p.json"], timeout=TIMEOUT, **run)  # type: ignore[call-overload]
    assert example.returncode == 0, example.stderr
    plan = subprocess.run([cli, "--lang", "fr", "plan", "p.json"], timeout=TIMEOUT, **run)  # type: ignore[call-overload]
    assert plan.returncode == 0 and "Autres noms du sujet" in plan.stdout, plan.stderr


def test_resources_load_from_the_installed_package(installed: Path, tmp_path: Path) -> None:
    probe = """
import sys
from importlib import resources
import pic_wizard
from PySide6.QtWidgets import QApplication
from pic_wizard.ui.icon import application_icon
from pic_wizard.ui.i18n import install_translators
from pic_wizard.core.values.i18n import Catalogue
app = QApplication([])
print(pic_wizard.__file__)
print(resources.files("pic_wizard.translations").joinpath("pic_wizard_fr.qm").is_file())
print(len(application_icon().availableSizes()))
print(install_translators("fr"))
print(Catalogue.load("fr").language)
"""
    python = installed / ("python.exe" if os.name == "nt" else "python")
    result = subprocess.run(
        [str(python), "-c", probe],
        cwd=tmp_path,
        env=fresh_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    where, qm, sizes, french, catalogue = result.stdout.split()
    assert Path(where).is_relative_to(installed.parent) and not Path(where).is_relative_to(ROOT)
    assert (qm, sizes, french, catalogue) == ("True", "7", "True", "fr")
    assert "qtbase_fr.qm" not in result.stderr  # Qt's own French was found too


def test_the_wizard_starts_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    process = subprocess.Popen(
        [str(installed / "pic-wizard"), "--lang", "fr"],
        cwd=tmp_path,
        env=fresh_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = time.monotonic()
    while process.poll() is None and time.monotonic() - started < 3:
        time.sleep(0.1)
    alive = process.poll() is None
    process.terminate()
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert alive, stderr
    assert not stderr.strip(), stderr
