"""The Linux desktop metadata: valid for the desktop's own validators, and in step with
the program (its id, version, file types and screenshots)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pic_wizard.ui.icon import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_ID}.mime.xml"
# The files an admin double-clicks, and the MIME types the desktop knows them by (the
# shared-mime-info names; .req comes from our own mime.xml).
EXTENSIONS = {
    ".cer": "application/pkix-cert",
    ".crt": "application/x-x509-ca-cert",
    ".p7b": "application/x-pkcs7-certificates",
    ".pfx": "application/pkcs12",
    ".req": "application/pkcs10",
}


def validator(name: str) -> str:
    """The validator's path; CI installs it (.ci/run), so there a missing one fails."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed: .ci/run installs it")
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.M), result.stdout


def test_every_file_type_opens_with_the_wizard() -> None:
    entry = desktop_entry()
    types = set(entry["MimeType"].strip(";").split(";"))
    assert set(EXTENSIONS.values()) <= types
    assert entry["Exec"] == "pic-wizard %f"  # a file given opens the Check page
    globs = {g.get("pattern") for g in ET.parse(MIME).getroot().iter() if g.get("pattern")}
    assert "*.req" in globs


def test_the_ids_names_and_icon_agree() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == DESKTOP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == entry["Name"]
    assert {b.text for b in root.iter("binary")} == {"pic-wizard", "pic-wizard-cli"}


def test_the_latest_release_is_the_packages_version() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == version


def test_the_screenshots_named_are_committed() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in root.iter("image")]
    assert images and root.find("content_rating") is not None
    for url in images:
        name = url.split("/packaging/linux/", 1)[1]
        assert (LINUX / name).is_file(), url
