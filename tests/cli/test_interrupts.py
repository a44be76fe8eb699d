"""Ctrl-C at any moment of ``pic-wizard-cli``: one line, exit 130, nothing left behind; and
what the next ``csr`` says about the files a killed run left."""

from __future__ import annotations

import importlib.abc
import io
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from walk import run

import pic_wizard.cli
from pic_wizard.cli import entry as cli_entry
from pic_wizard.core.files.fsutil import hidden_name
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases import request as csr
from pic_wizard.core.values.topology import seed_example

import pki

KEY, REQ = "sip.contoso.com.key", "sip.contoso.com.req"


@pytest.fixture
def sigint_restored() -> Iterator[None]:
    """``entry.main`` ignores Ctrl-C once it is done; give pytest its handler back."""
    handler = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, handler)


class _InterruptedImport(importlib.abc.MetaPathFinder):
    """Ctrl-C while the command line's modules are being imported (the first time only)."""

    def __init__(self) -> None:
        self.fired = False

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "pic_wizard.cli.program" and not self.fired:
            self.fired = True
            raise KeyboardInterrupt
        return None


def _entry_point_run(monkeypatch: pytest.MonkeyPatch) -> tuple[object, str]:
    """The console script's ``main`` run to its exit: the code it leaves with and what it
    wrote to stderr (its hard exit, os._exit, would end pytest too: raised instead)."""
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)

    def hard_exit(code: int) -> None:
        raise SystemExit(code)

    monkeypatch.setattr(cli_entry, "_hard_exit", hard_exit)
    with pytest.raises(SystemExit) as exited:
        cli_entry.main()
    return exited.value.code, err.getvalue()


@pytest.mark.parametrize(("lang", "line"), [("C", "interrupted"), ("fr_FR.UTF-8", "interrompu")])
def test_ctrl_c_during_the_imports_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, sigint_restored: None, lang: str, line: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    import pic_wizard.cli.program as loaded

    # The same module again after the test.
    monkeypatch.setattr(pic_wizard.cli, "program", loaded)
    monkeypatch.delitem(sys.modules, "pic_wizard.cli.program")
    finder = _InterruptedImport()
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    monkeypatch.setattr(sys, "argv", ["pic-wizard-cli", "plan", "contoso.json"])
    code, err = _entry_point_run(monkeypatch)
    assert code == 130
    assert finder.fired
    assert err == f"pic-wizard-cli{' ' if 'fr' in lang else ''}: {line}\n"
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # a second Ctrl-C changes nothing


class _InterruptedSetName(importlib.abc.MetaPathFinder):
    """Ctrl-C inside a class body's ``__set_name__`` while a module is imported: Python
    raises RuntimeError("Error calling __set_name__ ...") from the KeyboardInterrupt."""

    def __init__(self) -> None:
        self.fired = False

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "pic_wizard.cli.program" and not self.fired:
            self.fired = True

            class Interrupted:
                def __set_name__(self, owner: type, name: str) -> None:
                    raise KeyboardInterrupt

            try:

                class _Network:
                    broadcast_address = Interrupted()

            except RuntimeError as error:
                assert isinstance(error.__cause__, KeyboardInterrupt)  # Python's own wrap
                raise
        return None


def test_ctrl_c_wrapped_by_python_during_the_imports_is_still_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, sigint_restored: None
) -> None:
    monkeypatch.setenv("LANG", "C")
    import pic_wizard.cli.program as loaded

    monkeypatch.setattr(pic_wizard.cli, "program", loaded)
    monkeypatch.delitem(sys.modules, "pic_wizard.cli.program")
    finder = _InterruptedSetName()
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    monkeypatch.setattr(sys, "argv", ["pic-wizard-cli", "plan", "contoso.json"])
    code, err = _entry_point_run(monkeypatch)
    assert finder.fired
    assert code == 130
    assert err == "pic-wizard-cli: interrupted\n"


def test_ctrl_c_wrapped_by_python_while_a_command_runs_is_130_not_a_bug(
    monkeypatch: pytest.MonkeyPatch, sigint_restored: None
) -> None:
    """A command importing a module lazily (a class created there) when Ctrl-C lands: the
    RuntimeError Python makes of it was answered 'internal error', exit 3."""
    from pic_wizard.cli import program

    def run(*_args: object) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as interrupt:
            raise RuntimeError("Error calling __set_name__") from interrupt

    command = program.COMMANDS["example"]
    monkeypatch.setattr(command, "run", run)
    monkeypatch.setenv("LANG", "C")
    monkeypatch.setattr(sys, "argv", ["pic-wizard-cli", "example"])
    code, err = _entry_point_run(monkeypatch)
    assert code == 130
    assert err == "pic-wizard-cli: interrupted\n"


def test_an_error_not_caused_by_ctrl_c_is_not_called_an_interrupt() -> None:
    """The entry point's copy and the exit codes' test answer alike."""
    from pic_wizard.cli import status

    for test in (cli_entry.caused_by_interrupt, status.caused_by_interrupt):
        assert not test(RuntimeError("a bug"))
        try:
            try:
                raise KeyboardInterrupt
            except KeyboardInterrupt as interrupt:
                raise RuntimeError("wrapped") from interrupt
        except RuntimeError as wrapped:
            assert test(wrapped)
        try:
            try:
                raise KeyboardInterrupt
            except KeyboardInterrupt:
                raise ValueError("while handling it")  # noqa: B904 (the context is the test)
        except ValueError as during:
            assert test(during)


def test_ctrl_c_that_python_would_print_as_ignored_still_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A SIGINT landing in a weak reference's callback during an import was printed as
    # "Exception ignored in: <function _get_module_lock.<locals>.cb>" and the csr went on.
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    cli_entry._catch_lost_interrupts()

    class Finalised:
        def __del__(self) -> None:
            raise KeyboardInterrupt

    deadline = time.monotonic() + 60
    with pytest.raises(KeyboardInterrupt):
        Finalised()
        while time.monotonic() < deadline:
            time.sleep(0.001)


def _killed_before_the_request(folder: Path) -> None:
    """What a ``csr`` killed between putting the key and the request in place leaves."""
    plan = make_plan(seed_example(), at=pki.AT)
    csr.write_request(plan, folder, None, key=pki.ec_key(2))
    os.link(folder / KEY, folder / hidden_name(KEY, "k1ll3d0000", "tmp"))
    os.rename(folder / REQ, folder / hidden_name(REQ, "k1ll3d0000", "tmp"))


def test_next_csr_says_it_removed_the_key_a_killed_run_left(
    tmp_path: Path, seed_profile: Path
) -> None:
    out = tmp_path / "request"
    out.mkdir()
    _killed_before_the_request(out)
    code, stdout, stderr = run(
        "csr", str(seed_profile), "--out", str(out), "--no-encrypt", "--at", pki.AT_DAY
    )
    assert code == 0, stderr
    assert (
        f"An earlier run was interrupted before writing {out / REQ}: removed its key "
        f"{out / KEY}, which no request was made with (no certificate can need it).\n"
        "Removed what an interrupted earlier run left: "
        f"{hidden_name(KEY, 'k1ll3d0000', 'tmp')}, {hidden_name(REQ, 'k1ll3d0000', 'tmp')}."
    ) in stdout
    assert {p.name for p in out.iterdir()} == {KEY, REQ}


def test_next_csr_says_it_put_back_what_a_killed_force_was_replacing(
    tmp_path: Path, seed_profile: Path
) -> None:
    tmp_path = tmp_path / "request"
    tmp_path.mkdir()
    plan = make_plan(seed_example(), at=pki.AT)
    csr.write_request(plan, tmp_path, None, key=pki.ec_key(1))
    before = {name: (tmp_path / name).read_bytes() for name in (KEY, REQ)}

    # Killed after setting the old pair aside and putting the new key in place.
    def hidden(name: str, state: str) -> Path:
        return tmp_path / hidden_name(name, "f0rce00000", state)

    hidden(KEY, "tmp").write_bytes(b"new key")
    hidden(REQ, "tmp").write_bytes(b"new request")
    os.rename(tmp_path / REQ, hidden(REQ, "old"))
    os.rename(tmp_path / KEY, hidden(KEY, "old"))
    os.link(hidden(KEY, "tmp"), tmp_path / KEY)
    code, stdout, _ = run(
        "csr", str(seed_profile), "--out", str(tmp_path), "--no-encrypt", "--at", pki.AT_DAY
    )
    assert code == 2  # the pair is back: csr never replaces it without --force
    assert f"while replacing {tmp_path / KEY}, {tmp_path / REQ}: put them back" in stdout
    assert "Removed what an interrupted earlier run left: " in stdout
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# --- the real process --------------------------------------------------------------------

RUNS = 40
SPAN = 0.5  # seconds at least: the imports, the key, the writing and the exit of a csr
WATCHDOG = 60


def _console_script() -> Path | None:
    folder = Path(sys.executable).parent
    for name in ("pic-wizard-cli", "pic-wizard-cli.exe"):
        if (folder / name).exists():
            return folder / name
    return None


# What CPython prints when Ctrl-C lands while it decides whether argv[0] is an import path
# entry (Python/pymain): it reports the KeyboardInterrupt and carries on running.
_PYTHON_SWALLOWED = (
    "Failed checking if argv[0] is an import path entry",
    # An interrupt landing in an import lock's clean-up while the entry point itself (or
    # its packages, which import nothing) is imported, before its first line can install
    # the hook that re-raises such lost interrupts: CPython prints it and goes on.
    "Exception ignored in: <function _get_module_lock.<locals>.cb",
)


def _before_pic_wizard(stderr: str) -> bool:
    """Python's own start was interrupted (its site module, runpy, or the import of
    ``__future__`` that must be a module's first statement): no line of pic-wizard that
    could answer had run yet, and Python prints its traceback (or, while it initialises
    itself, only the exception's name, with exit 1)."""
    if stderr == "KeyboardInterrupt\n":
        return True
    ours = re.findall(r'File "[^"]*[\\/]pic_wizard[\\/][^"]*", line \d+, in .*\n +(.*)', stderr)
    return "Traceback" in stderr and all(
        line == "from __future__ import annotations" for line in ours
    )


def _interrupt_one(command: list[str], folder: Path, delay: float) -> tuple[int, str]:
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # As from a terminal, even when the tests run with SIGINT ignored (in the
        # background): Python then installs its own handler.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=WATCHDOG)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise AssertionError(f"still running {WATCHDOG} s after Ctrl-C at {delay:.3f} s") from None
    return process.returncode, stderr


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT as a terminal does")
def test_ctrl_c_at_any_moment_of_a_real_csr(tmp_path: Path, seed_profile: Path) -> None:
    script = _console_script()
    if script is None:
        pytest.skip("pic-wizard-cli is not installed beside this Python")
    launchers = [[str(script)], [sys.executable, "-m", "pic_wizard.cli"]]
    # The interrupts are spread over the time a whole csr takes on this machine now (a
    # loaded machine starts Python slowly: a fixed span would mostly hit its start-up).
    calibration = tmp_path / "calibration"
    calibration.mkdir()
    started = time.monotonic()
    finished = subprocess.run(
        [*launchers[0], "csr", str(seed_profile), "--no-encrypt", "--out", str(calibration),
         "--at", pki.AT_DAY],
        capture_output=True, timeout=WATCHDOG, check=False,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    span = max(SPAN, time.monotonic() - started)
    jobs = []
    for i in range(RUNS):
        folder = tmp_path / f"run{i:02d}"
        folder.mkdir()
        command = [
            *launchers[i % 2],
            "csr",
            str(seed_profile),
            "--no-encrypt",
            "--out",
            str(folder),
            "--at",
            pki.AT_DAY,
        ]
        jobs.append((command, folder, span * i / (RUNS - 1)))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: _interrupt_one(*job), jobs))
    answered = 0
    for (command, folder, delay), (code, stderr) in zip(jobs, results, strict=True):
        where = f"{command[:2]} at {delay:.3f} s: exit {code}, stderr {stderr!r}"
        left = sorted(p.name for p in folder.iterdir())
        assert left in ([], [KEY, REQ]), where  # nothing hidden or half-written
        if left:
            assert csr.clean_interrupted(folder, "sip.contoso.com") == ()
        if stderr.startswith(_PYTHON_SWALLOWED):
            # CPython's start-up caught the interrupt itself, said so, and went on: the
            # command then ran to its end as if never interrupted.
            assert code == 0 and left == [KEY, REQ], where
            continue
        if _before_pic_wizard(stderr) or (code == -signal.SIGINT and not stderr):
            # Before any pic-wizard code ran (the shell shows 130 for the signal as well).
            assert left == [], where
            continue
        assert "Traceback" not in stderr, where
        if code == 0:
            assert stderr == "" and left == [KEY, REQ], where
        else:
            assert code == 130 and stderr == "pic-wizard-cli: interrupted\n", where
            assert left == [], where  # "interrupted" means nothing was written
            answered += 1
    assert answered >= RUNS // 4  # most interrupts did reach pic-wizard


def test_the_entry_point_exits_with_the_status_module_s_interrupted_code() -> None:
    from pic_wizard.cli import entry, status

    assert entry.EXIT_INTERRUPTED == status.EXIT_INTERRUPTED == 130


def test_the_entry_point_imports_nothing_of_pic_wizard_before_main_runs() -> None:
    """A Ctrl-C during an import that runs before ``main`` cannot be caught: the entry
    module itself imports only modules Python has loaded already."""
    import ast

    from pic_wizard.cli import entry

    tree = ast.parse(Path(entry.__file__).read_text(encoding="utf-8"))
    top_level = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    names = [alias.name for node in top_level for alias in node.names]
    assert all(isinstance(node, ast.Import) for node in top_level), names
    assert set(names) <= {"os", "sys"}


class _InterruptedWhileWriting(io.StringIO):
    """Standard output that receives Ctrl-C as the first line is printed."""

    def __init__(self) -> None:
        super().__init__()
        self.interrupted = False

    def write(self, text: str) -> int:
        if not self.interrupted:
            self.interrupted = True
            signal.raise_signal(signal.SIGINT)
        return super().write(text)


@pytest.mark.skipif(os.name != "posix", reason="raises SIGINT as a terminal does")
def test_ctrl_c_while_the_written_files_are_listed_is_too_late_to_stop(
    tmp_path: Path, seed_profile: Path
) -> None:
    """Once the key and request are written, an interrupt while csr prints what it wrote
    does not say "interrupted" (exit 130) of files that are there."""
    folder = tmp_path / "out"
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        out = _InterruptedWhileWriting()
        code = pic_wizard.cli.main(
            ["csr", str(seed_profile), "--no-encrypt", "--out", str(folder), "--at", pki.AT_DAY],
            out,
            io.StringIO(),
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    assert out.interrupted
    assert code == 0, out.getvalue()
    assert sorted(p.name for p in folder.iterdir()) == [KEY, REQ]
    assert "Wrote the request" in out.getvalue()


@pytest.mark.skipif(os.name != "posix", reason="raises SIGINT as a terminal does")
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_ctrl_c_while_complete_reports_a_written_pfx_is_too_late_to_stop(
    tmp_path: Path, root, intermediate, as_json: bool
) -> None:  # type: ignore[no-untyped-def]
    import pki

    key = pki.rsa_key(1)
    leaf, _ = pki.make_leaf(intermediate, key=key)
    (tmp_path / "issued.cer").write_bytes(pki.pem(leaf))
    (tmp_path / "edge.key").write_bytes(pki.key_pem(key))
    (tmp_path / "int.pem").write_bytes(intermediate.pem)
    (tmp_path / "root.pem").write_bytes(root.pem)
    (tmp_path / "pw.txt").write_text("Pfx-Secret-2026\n")
    pfx = tmp_path / "edge.pfx"
    argv = [
        "complete", str(tmp_path / "issued.cer"), "--key", str(tmp_path / "edge.key"),
        "--out", str(pfx), "--chain", str(tmp_path / "int.pem"),
        "--roots", str(tmp_path / "root.pem"), "--pfx-password-file", str(tmp_path / "pw.txt"),
        "--at", "2026-06-01", *(["--json"] if as_json else []),
    ]  # fmt: skip
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        out = _InterruptedWhileWriting()
        code = pic_wizard.cli.main(argv, out, io.StringIO())
    finally:
        signal.signal(signal.SIGINT, previous)
    assert out.interrupted
    assert code == 0, out.getvalue()
    assert pfx.is_file()
