"""The console script leaves as soon as the command is done, without Python's teardown (it
frees every module and object one by one, for nothing): after its output is flushed and
its exit handlers ran, and never from ``main``, which tests call."""

from __future__ import annotations

import atexit
import io
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from pic_wizard.cli import entry

import pki

_SCRIPT = textwrap.dedent(
    """
    import atexit, sys

    class Freed:
        def __del__(self):
            sys.stderr.write("torn down\\n")

    kept = Freed()  # freed by the interpreter's teardown only
    atexit.register(lambda: sys.stdout.write("exit handler ran\\n"))
    sys.argv = ["pic-wizard-cli", "--version"]
    from pic_wizard.cli.entry import run
    sys.stdout.write("unflushed ")
    raise SystemExit(run())
    """
)


def test_the_console_script_leaves_without_teardown() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unflushed ")  # flushed before leaving
    assert "pic-wizard" in result.stdout
    assert result.stdout.endswith("exit handler ran\n")
    assert "torn down" not in result.stderr


def test_its_exit_code_is_the_command_s(monkeypatch: pytest.MonkeyPatch) -> None:
    left: list[int] = []
    handlers: list[str] = []
    monkeypatch.setattr(entry, "main", lambda: 1)
    monkeypatch.setattr(entry, "_hard_exit", left.append)
    # Not this test process's own exit handlers (pytest's).
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: handlers.append("ran"))
    entry.run()
    assert left == [1]
    assert handlers == ["ran"]


def test_a_running_thread_is_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread Python waits for at exit (not a daemon) is still running: Python's own exit
    is left to wait for it."""
    left: list[int] = []
    monkeypatch.setattr(entry, "main", lambda: 0)
    monkeypatch.setattr(entry, "_hard_exit", left.append)
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert entry.run() == 0
    finally:
        release.set()
        worker.join()
    assert left == []


def test_main_never_leaves_the_process() -> None:
    """``main`` returns the exit code to its caller (the tests call it in-process)."""
    from pic_wizard.cli.program import main

    assert main(["--version"]) == 0


# Modules a check of one file without a profile never uses: each would cost every start.
NOT_IMPORTED_BY_A_CHECK = (
    "pic_wizard.core.rules.plan",
    "pic_wizard.core.rules.expected",
    "pic_wizard.core.files.profile",
    "pic_wizard.core.x509.pbe",
    "cryptography.hazmat.primitives.serialization",
    # argparse asks shutil for the terminal's width; shutil imports bz2, lzma, fnmatch.
    "shutil",
    # Writing files (a check only reads them): its locks, signals, tokens and paths.
    "pic_wizard.core.files.fsutil",
    "secrets",
    "signal",
    "pathlib",
    # Python's dataclasses (11 ms with inspect, ast, dis and tokenize, then 0.5 ms a class):
    # pic-wizard's records are made without them.
    "dataclasses",
    "inspect",
    # JSON (for --json and the files written) and the Unicode database (for text beyond
    # ASCII): a check's text output of an ASCII certificate needs neither.
    "json",
    "unicodedata",
    # The topology's classes (its keys, the topology itself): a check without a profile
    # has no topology.
    "pic_wizard.core.values.topology",
    # The other commands' modules (their names and help are listed without them).
    *(
        f"pic_wizard.cli.commands.{name}"
        for name in (
            "complete", "csr", "example", "import_topology", "inf", "plan", "powershell",
            "probe", "renew", "report", "roots", "shared",
        )
    ),
)  # fmt: skip


def test_a_check_without_a_profile_loads_only_what_it_uses(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA
) -> None:
    """One certificate checked with its chain and roots, as ``python -m pic_wizard.cli``
    runs it: the modules of plans, profiles, encrypted keys and PFX limits, and cryptography's key
    serialisation (its SSH and cipher modules), are not imported; they cost every start."""
    result = _check_one_file_with(
        tmp_path,
        root,
        intermediate,
        f"""
        def imported():  # once the command is done, as the console script leaves
            unused = {NOT_IMPORTED_BY_A_CHECK!r}
            sys.stdout.write(f"imported: {{sorted(m for m in unused if m in sys.modules)}}\\n")
            sys.stdout.flush()

        atexit.register(imported)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "READY" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "imported: []"


def test_no_garbage_collection_while_the_command_line_starts(
    tmp_path: Path, root: pki.CA, intermediate: pki.CA
) -> None:
    """The console script pauses the cyclic garbage collector while its modules are
    imported (its passes over them found nothing): a check of one file runs a few passes
    where it ran some forty, and the collector works again once the command runs."""
    result = _check_one_file_with(
        tmp_path,
        root,
        intermediate,
        """
        import gc

        passes = []
        gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(1))

        def counted():
            sys.stdout.write(f"passes: {len(passes)} {gc.isenabled()}\\n")
            sys.stdout.flush()

        atexit.register(counted)
        """,
    )
    assert result.returncode == 0, result.stderr
    passes, enabled = result.stdout.strip().splitlines()[-1].split()[1:]
    assert int(passes) <= 10  # 37 with every import collected
    assert enabled == "True"


def test_the_collector_runs_again_once_the_command_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from pic_wizard.cli import program

    frozen: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append("frozen"))
    gc.disable()
    try:
        assert program.main(["example"], out=io.StringIO(), err=io.StringIO()) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    assert frozen == ["frozen"]
    # Called with the collector running (the tests, a program of its own): nothing frozen.
    assert program.main(["example"], out=io.StringIO(), err=io.StringIO()) == 0
    assert frozen == ["frozen"]


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["--version"]])
def test_the_help_loads_no_command_s_use_case(argv: list[str]) -> None:
    """A command's use case (and the library) is imported when it runs (``start``), never
    to build its options."""
    code = textwrap.dedent(
        f"""
        import io, sys
        from pic_wizard.cli import main
        main({argv!r}, out=io.StringIO(), err=io.StringIO())
        print("cryptography" in sys.modules, "pic_wizard.core.usecases.audit" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.stdout.split() == ["False", "False"], result.stderr


def _check_one_file_with(
    folder: Path, root: pki.CA, intermediate: pki.CA, probe: str
) -> subprocess.CompletedProcess[str]:
    """``check`` of one certificate with its chain and roots, run as ``python -m
    pic_wizard.cli`` runs it in a fresh interpreter, after ``probe`` (Python source that
    may register what to print at exit; ``atexit`` and ``sys`` are imported)."""
    leaf, _ = pki.make_leaf(intermediate)
    files = {"edge.pem": pki.pem(leaf), "int.pem": intermediate.pem, "root.pem": root.pem}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    at = pki.AT.date().isoformat()
    argv = ["check", "edge.pem", "--roots", "root.pem", "--chain", "int.pem", "--at", at]
    code = (
        "import atexit, runpy, sys\n"
        + textwrap.dedent(probe)
        + f"sys.argv = ['pic-wizard-cli', *{argv!r}]\n"
        + "runpy.run_module('pic_wizard.cli', run_name='__main__', alter_sys=True)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
        timeout=120,
    )
