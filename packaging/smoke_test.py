#!/usr/bin/env python3
"""The smoke test of a frozen bundle: what an admin does first, run from the bundle alone.

    python packaging/smoke_test.py dist/pic-wizard

Run with the development environment's Python (it makes its test certificate with
cryptography); the bundle itself runs with nothing from the checkout or the environment.

1. The folder: both programs, the data they read at run time (translations, Qt's French,
   the icon, certifi's roots, the Public Suffix List), and nothing that is not for admins
   (tests, benchmarks, development tools, a .git).
2. The command line: ``--version``, ``example``, ``plan`` in French, ``check`` of a
   certificate with an internal name whose root is not a public one (the public roots and
   the suffix list both read), each with the exit code the README gives.
3. The wizard: started offscreen in French, it stays up; it said nothing on stderr.

Prints the bundle's size.  Exit status 0 when everything held, 1 otherwise.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
# Names that must not appear anywhere in the bundle's paths.
FORBIDDEN = {
    ".git",
    "tests",
    "bench",
    "tools",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "pip",
    "setuptools",
    "PyInstaller",
    "conftest.py",
}
REQUIRED = (
    "pic_wizard/translations/pic_wizard_fr.qm",
    "pic_wizard/translations/pic_wizard_fr.json",
    "pic_wizard/translations/pic_wizard_en.qm",
    "pic_wizard/translations/pic_wizard_en.json",
    "pic_wizard/icons/pic-wizard-32.png",
    "pic_wizard/icons/pic-wizard-256.png",
    "PySide6/Qt/translations/qtbase_fr.qm" if not WINDOWS else "PySide6/translations/qtbase_fr.qm",
    "certifi/cacert.pem",
)
APP_ID = "io.github.pic_wizard.PicWizard"
# Linux: what install.sh puts on the desktop, beside the programs.
LINUX_FILES = (
    "install.sh",
    f"share/{APP_ID}.desktop",
    f"share/{APP_ID}.metainfo.xml",
    f"share/{APP_ID}.mime.xml",
    f"share/{APP_ID}.svg",
)
GUI_SECONDS = 4.0

failures: list[str] = []
passed: list[str] = []


def expect(condition: bool, what: str) -> None:
    print(("ok    " if condition else "FAIL  ") + what, flush=True)
    (passed if condition else failures).append(what)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_layout(bundle: Path) -> None:
    for program in ("pic-wizard", "pic-wizard-cli"):
        expect((bundle / f"{program}{EXE}").is_file(), f"{program}{EXE} is in the bundle")
    internal = bundle / "_internal"
    for relative in REQUIRED:
        expect((internal / relative).is_file(), f"_internal/{relative} is in the bundle")
    if sys.platform.startswith("linux"):
        for relative in LINUX_FILES:
            expect((bundle / relative).is_file(), f"{relative} is in the bundle")
    found = sorted(
        str(p.relative_to(bundle))
        for p in bundle.rglob("*")
        if FORBIDDEN & set(p.relative_to(bundle).parts)
        or (p.name.startswith("test_") and p.suffix in (".py", ".pyc"))
    )
    expect(not found, "no tests, development tools or .git: " + (", ".join(found[:5]) or "none"))


def test_certificate(folder: Path) -> tuple[Path, Path]:
    """An Edge certificate from a private root, with an internal name beside its public
    one: the check must find both (the public roots and the ICANN TLDs are read)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def name(common_name: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])

    root_key, edge_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    root = (
        x509.CertificateBuilder()
        .subject_name(name("pic-wizard Smoke Test Root"))
        .issuer_name(name("pic-wizard Smoke Test Root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    sans = [x509.DNSName("sip.contoso.com"), x509.DNSName("edge01.contoso.local")]
    edge = (
        x509.CertificateBuilder()
        .subject_name(name("sip.contoso.com"))
        .issuer_name(root.subject)
        .public_key(edge_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=29))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .sign(root_key, hashes.SHA256())
    )
    edge_file, root_file = folder / "edge.cer", folder / "root.cer"
    edge_file.write_bytes(edge.public_bytes(serialization.Encoding.PEM))
    root_file.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return edge_file, root_file


def run(command: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def check_cli(bundle: Path, folder: Path, env: dict[str, str]) -> None:
    cli = str(bundle / f"pic-wizard-cli{EXE}")
    version = run([cli, "--version"], folder, env)
    expect(version.returncode == 0 and "pic-wizard" in version.stdout, "pic-wizard-cli --version")
    example = run([cli, "example", "--out", "contoso.json"], folder, env)
    expect(example.returncode == 0, f"example writes the profile (exit {example.returncode})")
    plan = run([cli, "--lang", "fr", "plan", "contoso.json"], folder, env)
    expect(
        plan.returncode == 0 and "Autres noms du sujet" in plan.stdout,
        f"plan in French (exit {plan.returncode}) {plan.stderr.strip()[:200]}",
    )
    edge, root = test_certificate(folder)
    check = run([cli, "check", str(edge), "--chain", str(root), "--json"], folder, env)
    rules: set[str] = set()
    with contextlib.suppress(ValueError, KeyError, TypeError):
        rules = {finding["rule"] for finding in json.loads(check.stdout)["findings"]}
    expect(check.returncode == 1, f"check exits 1 on error findings (exit {check.returncode})")
    expect("CHAIN-UNTRUSTED" in rules, "check: a private root is not among the public roots")
    expect("NAME-INTERNAL" in rules, "check: edge01.contoso.local is an internal name")
    expect("Traceback" not in check.stderr, "check: no traceback")


def check_gui(bundle: Path, folder: Path, env: dict[str, str]) -> None:
    gui = str(bundle / f"pic-wizard{EXE}")
    started = time.monotonic()
    process = subprocess.Popen(
        [gui, "--lang", "fr"],
        cwd=folder,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    while time.monotonic() - started < GUI_SECONDS and process.poll() is None:
        time.sleep(0.1)
    alive = process.poll() is None
    process.terminate()
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    expect(alive, f"the wizard stays up {GUI_SECONDS:.0f} s (exit {process.returncode})")
    quiet = [line for line in stderr.splitlines() if line.strip()]
    expect(not quiet, "the wizard says nothing on stderr: " + " | ".join(quiet[:3]))


def check_linux_install(bundle: Path, folder: Path, env: dict[str, str]) -> None:
    """install.sh into a scratch prefix, the installed command run, then --uninstall."""
    target, prefix = folder / "opt" / "pic-wizard", folder / "usr"
    env = {**env, "TARGET": str(target), "PREFIX": str(prefix)}
    script = str(bundle / "install.sh")
    installed = run(["sh", script], folder, env)
    expect(installed.returncode == 0, f"install.sh (exit {installed.returncode})")
    wanted = (
        "bin/pic-wizard-cli",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"share/icons/hicolor/48x48/apps/{APP_ID}.png",
    )
    missing = [name for name in wanted if not (prefix / name).exists()]
    expect(not missing, "install.sh installed the menu entry, types and icons: " + str(missing))
    version = run([str(prefix / "bin" / "pic-wizard-cli"), "--version"], folder, env)
    expect(version.returncode == 0, "the installed pic-wizard-cli runs")
    removed = run(["sh", script, "--uninstall"], folder, env)
    left = [name for name in wanted if (prefix / name).exists()] + (
        [str(target)] if target.exists() else []
    )
    expect(removed.returncode == 0 and not left, "install.sh --uninstall removes it: " + str(left))


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    bundle = Path(sys.argv[1]).resolve()
    check_layout(bundle)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        # Settings and the language of their own: never the user's.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        env.update(LANG="C.UTF-8", XDG_CONFIG_HOME=str(folder / "config"))
        env.pop("PYTHONPATH", None)
        check_cli(bundle, folder, env)
        check_gui(bundle, folder, env)
        if sys.platform.startswith("linux"):
            check_linux_install(bundle, folder, env)
    print(f"Bundle size: {size_of(bundle) / 1024 / 1024:.1f} MiB in {bundle}", flush=True)
    print(f"smoke: {len(passed)} passed, {len(failures)} failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
