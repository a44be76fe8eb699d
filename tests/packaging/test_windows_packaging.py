"""The Windows installer script and the winget manifests, checked here (Inno Setup and
winget run on Windows only: packaging/README.md has the steps there)."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "pic-wizard.iss"
EXTENSIONS = (".cer", ".crt", ".p7b", ".pfx", ".req")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def script() -> str:
    data = ISS.read_bytes()
    # Inno Setup reads a script as UTF-8 only with its byte order mark ("Vérifier").
    assert data.startswith(b"\xef\xbb\xbf")
    return data.decode("utf-8-sig")


def winget_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("winget_tool", WINDOWS / "winget.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("winget_tool", module)
    spec.loader.exec_module(module)
    return module


def test_the_installer_is_per_machine_and_packs_the_bundle() -> None:
    text = script()
    assert re.search(r"^PrivilegesRequired=admin$", text, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\pic-wizard$", text, re.M)
    assert f'#define AppVersion "{VERSION}"' in text
    assert 'Source: "{#Bundle}\\*"' in text and '#define Bundle "..\\..\\dist\\pic-wizard"' in text
    assert (WINDOWS / "pic-wizard.ico").is_file() and "SetupIconFile=pic-wizard.ico" in text


def test_the_start_menu_has_the_wizard_and_the_command_line() -> None:
    icons = script().split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert 'Filename: "{app}\\pic-wizard.exe"' in icons
    assert "pic-wizard-cli.exe" in icons
    assert "{uninstallexe}" in icons


def test_every_file_type_gets_check_with_pic_wizard() -> None:
    text = script()
    for extension in EXTENSIONS:
        key = f"Software\\Classes\\SystemFileAssociations\\{extension}\\shell\\pic-wizard.check"
        assert (
            f'Subkey: "{key}"; ValueType: string; ValueName: ""; ValueData: "{{cm:CheckWith}}"'
            in text
        )
        command = '"""{app}\\pic-wizard.exe"" ""%1"""'  # "C:\...\pic-wizard.exe" "FILE"
        assert (
            f'Subkey: "{key}\\command"; ValueType: string; ValueName: ""; ValueData: {command}'
            in text
        )
    assert "english.CheckWith=Check with pic-wizard" in text
    assert "french.CheckWith=Vérifier avec pic-wizard" in text


def test_the_winget_manifests_are_filled_for_this_release(tmp_path: Path) -> None:
    installer = tmp_path / "setup.exe"
    installer.write_bytes(b"MZ not really an installer")
    url = "https://example.org/pic-wizard-setup.exe"
    filled = winget_tool().manifests(installer, url)
    assert len(filled) == 3
    for text in filled.values():
        assert "${" not in text
        assert f"PackageVersion: {VERSION}" in text
        assert "PackageIdentifier: PicWizard.PicWizard" in text
    installer_manifest = filled["PicWizard.PicWizard.installer.yaml"]
    assert f"InstallerUrl: {url}" in installer_manifest
    digest = hashlib.sha256(installer.read_bytes()).hexdigest().upper()
    assert f"InstallerSha256: {digest}" in installer_manifest
    block = installer_manifest.split("FileExtensions:")[1].split("Commands:")[0]
    assert tuple(f".{e}" for e in re.findall(r"^  - (\w+)$", block, re.M)) == EXTENSIONS
    assert "Scope: machine" in installer_manifest and "InstallerType: inno" in installer_manifest
