"""A key and its request land together or not at all, whatever stops the writing: an
error, Ctrl-C, or SIGKILL (then the next run settles what was left, and says so)."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from syscalls import at_call

from pic_wizard.core.files import fsutil
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases import request as csr
from pic_wizard.core.values.errors import OutputError
from pic_wizard.core.values.topology import seed_example

import pki

PLAN = make_plan(seed_example(), at=pki.AT)
KEY, REQ = "sip.contoso.com.key", "sip.contoso.com.req"
# The calls fsutil makes to write, set aside, put in place and remove files.
CALLS = ("open", "fchmod", "fsync", "link", "rename", "replace", "unlink")


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def old_pair(folder: Path) -> dict[str, bytes]:
    csr.write_request(PLAN, folder, None, key=pki.ec_key(1))
    return {name: (folder / name).read_bytes() for name in (KEY, REQ)}


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def is_new_pair(folder: Path) -> bool:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if names(folder) != {KEY, REQ}:
        return False
    key = serialization.load_pem_private_key((folder / KEY).read_bytes(), None)
    request = x509.load_pem_x509_csr((folder / REQ).read_bytes())
    return key.public_key() == request.public_key() == pki.ec_key(2).public_key()


class CtrlC(Exception):
    """Stands for a terminal's Ctrl-C: a real SIGINT is raised at that moment."""


@pytest.fixture
def fail_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[int, Exception], list[int]]]:
    """``fail_at(n, exc)``: the n-th of fsutil's system calls raises ``exc`` instead (or,
    for ``CtrlC``, is preceded by a real SIGINT); the list it returns says whether it did."""

    def arm(step: int, exc: Exception) -> list[int]:
        def act() -> None:
            if not isinstance(exc, CtrlC):
                raise exc
            signal.raise_signal(signal.SIGINT)

        return at_call(step, act, CALLS, monkeypatch.setattr)

    yield arm
    monkeypatch.undo()


@pytest.mark.parametrize("force", [False, True], ids=["new", "force"])
@pytest.mark.parametrize(
    "exc",
    [CtrlC(), OSError(errno.ENOSPC, "full"), OSError(errno.EIO, "I/O")],
    ids=["ctrl-c", "disk-full", "io-error"],
)
def test_interrupted_or_failing_at_any_call_leaves_old_or_new_never_a_mix(
    tmp_path: Path,
    fail_at: Callable[[int, Exception], list[int]],
    monkeypatch: pytest.MonkeyPatch,
    force: bool,
    exc: Exception,
) -> None:
    for step in range(1, 100):
        folder = tmp_path / str(step)
        folder.mkdir()
        before = old_pair(folder) if force else {}
        fired = fail_at(step, exc)
        try:
            csr.write_request(PLAN, folder, None, key=pki.ec_key(2), force=force)
        except KeyboardInterrupt:
            assert isinstance(exc, CtrlC)
        except OutputError as caught:
            assert caught.code == "output-unwritable"
        monkeypatch.undo()
        if not isinstance(exc, CtrlC):
            # A file that cannot be removed stays; the next run removes it.
            csr.clean_interrupted(folder, "sip.contoso.com")
        # Nothing hidden is left; the folder holds what was there before, or the new pair.
        assert contents(folder) == before or is_new_pair(folder), (step, names(folder))
        if not fired:  # every call of a whole run was tried
            assert is_new_pair(folder)
            break
    else:
        raise AssertionError("the writing never finished")


def test_ctrl_c_while_writing_waits_for_the_files_to_be_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync_then_ctrl_c(fd: int) -> None:
        real_fsync(fd)
        signal.raise_signal(signal.SIGINT)  # as a terminal's Ctrl-C, mid-way

    monkeypatch.setattr(os, "fsync", fsync_then_ctrl_c)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with pytest.raises(KeyboardInterrupt):
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
    # "Interrupted" means nothing changed: the files were whole, and were taken back.
    assert names(tmp_path) == set()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_write_atomic_leaves_no_temporary_file_whatever_stops_it(
    tmp_path: Path, fail_at: Callable[[int, Exception], list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    for step in range(1, 20):
        fired = fail_at(step, CtrlC())
        interrupted = False
        try:
            fsutil.write_atomic(target, b"<p>whole</p>", mode=0o644, overwrite=True)
        except KeyboardInterrupt:
            interrupted = True
        monkeypatch.undo()
        # Interrupted: nothing written; else the whole file (a Ctrl-C too late to stop it).
        assert names(tmp_path) == (set() if interrupted else {"report.html"}), step
        if not interrupted:
            assert target.read_bytes() == b"<p>whole</p>"
            target.unlink()
        if not fired:
            break


@pytest.mark.parametrize("failing", ["put-in-place", "set-aside", "disk-full"])
def test_force_replaces_both_or_neither(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = old_pair(tmp_path)
    real_link, real_rename, real_fsync = os.link, os.rename, os.fsync

    def link(src: str, dst: str) -> None:
        if failing == "put-in-place" and str(dst).endswith(".req"):
            raise PermissionError(errno.EACCES, "refused")
        real_link(src, dst)

    def rename(src: str, dst: str) -> None:
        if failing == "put-in-place" and str(dst).endswith(".req") and str(src).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "refused")  # no fallback to a rename either
        if failing == "set-aside" and str(src).endswith(".key"):
            raise PermissionError(errno.EACCES, "refused")
        real_rename(src, dst)

    def fsync(fd: int) -> None:
        if failing == "disk-full" and os.fstat(fd).st_mode & 0o044:  # the request's
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "link", link)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OutputError) as caught:
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2), force=True)
    assert caught.value.code == "output-unwritable"
    assert contents(tmp_path) == before  # both old files, byte for byte, nothing else


def test_force_with_a_folder_where_the_request_goes(tmp_path: Path) -> None:
    (tmp_path / KEY).write_bytes(b"the old key")
    (tmp_path / REQ).mkdir()
    with pytest.raises(OutputError) as caught:
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2), force=True)
    assert caught.value.code == "output-is-folder"
    assert (tmp_path / KEY).read_bytes() == b"the old key"
    assert names(tmp_path) == {KEY, REQ}


def test_a_folder_appearing_meanwhile_keeps_the_old_request_aside_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_pair(tmp_path)
    real_rename = os.rename

    def rename(src: str, dst: str) -> None:
        real_rename(src, dst)
        if str(src).endswith(REQ):  # set aside; someone makes a folder of that name
            os.mkdir(src)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(OutputError) as caught:
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2), force=True)
    assert caught.value.code == "output-previous-kept"
    kept = Path(caught.value.params["kept"])
    assert kept.parent == tmp_path and kept.name.startswith(f".{REQ}.")
    assert kept.read_bytes() == before[REQ] and (tmp_path / KEY).read_bytes() == before[KEY]
    assert names(tmp_path) == {KEY, REQ, kept.name}


def test_a_lone_key_without_proof_is_never_touched(tmp_path: Path) -> None:
    (tmp_path / KEY).write_bytes(b"a key the admin moved here")
    # Look-alikes pic-wizard did not write: an admin's dated backup, an older version's
    # temporary name.
    (tmp_path / f".{KEY}.20240101.old").write_bytes(b"the admin's backup")
    (tmp_path / f".{REQ}.abcdefgh.tmp").write_bytes(b"half a request")
    before = contents(tmp_path)
    assert csr.clean_interrupted(tmp_path, "sip.contoso.com") == ()
    assert contents(tmp_path) == before
    with pytest.raises(OutputError, match="already exists"):
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
    assert contents(tmp_path) == before


def test_a_run_for_one_name_never_settles_another(tmp_path: Path) -> None:
    # What a run killed while writing edge.key/edge.req left ...
    token = "abcde12345"
    (tmp_path / "edge.key").write_bytes(b"the key of a pending certificate")
    (tmp_path / fsutil.hidden_name("edge.key", token, "old")).write_bytes(b"older key")
    before = contents(tmp_path)
    # ... is not touched by a run writing sip.contoso.com.key/.req in the same folder.
    with csr.output_folder(tmp_path, "sip.contoso.com") as folder:
        assert folder.settled == ()
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
    assert {n: b for n, b in contents(tmp_path).items() if n in before} == before
    # The run for edge settles it (its new key was never made with a request: removed,
    # the older one put back).
    (settled,) = csr.clean_interrupted(tmp_path, "edge")
    assert settled.restored == (tmp_path / "edge.key",)
    assert (tmp_path / "edge.key").read_bytes() == b"older key"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the lock is flock, on POSIX")
def test_a_second_run_waits_for_the_first_to_finish(tmp_path: Path) -> None:
    """Two runs in one folder: the second never takes the first's files in the making
    for the leftovers of an interrupted run (it waits on the folder's lock)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the first run, holding the folder while "writing"
        try:
            os.close(read)
            with fsutil.folder_lock(tmp_path):
                token = "zzzzz00000"
                (tmp_path / fsutil.hidden_name(KEY, token, "tmp")).write_bytes(b"new key")
                os.write(write, b"x")
                import time

                time.sleep(0.5)  # long enough for the second run to reach the folder
                (tmp_path / fsutil.hidden_name(KEY, token, "tmp")).rename(tmp_path / KEY)
                (tmp_path / REQ).write_bytes(b"new request")
        finally:
            os._exit(0)
    os.close(write)
    assert os.read(read, 1) == b"x"  # the first run holds the folder now
    assert csr.clean_interrupted(tmp_path, "sip.contoso.com") == ()
    os.waitpid(pid, 0)
    assert names(tmp_path) == {KEY, REQ}
    assert (tmp_path / KEY).read_bytes() == b"new key"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked writer")
@pytest.mark.parametrize("mode", ["new", "force"])
def test_sigkill_at_every_call_then_the_next_run_settles(tmp_path: Path, mode: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(pki.__file__).parent)]))
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("kill_points.py")), str(tmp_path), mode],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    runs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(runs) > 15 and not runs[-1]["died"] and all(r["died"] for r in runs[:-1])
    seen = set()
    for run in runs:
        killed, after = run["after_kill"], run["after_next_run"]
        visible = {n: s for n, s in killed["slots"].items()}
        # A request is never there without its key, nor beside another key.
        if REQ in visible:
            assert visible.get(KEY) == visible[REQ], run
        # The next run said what it found (one group, when anything was hidden) ...
        hidden = [n for n in killed["names"] if n.startswith(".")]
        assert bool(run["found"]) == bool(hidden), run
        # ... and the end state is a matched pair, nothing hidden.
        assert after["names"] == [KEY, REQ], run
        assert after["slots"][KEY] == after["slots"][REQ], run
        if REQ in visible:
            kind = "kept"  # the killed run's pair, or the old pair, stays; no new run
            assert run["refused"] == "output-exists" and after["slots"][KEY] == visible[REQ]
        elif mode == "force":
            kind = "restored"
            kept_old_key = visible.get(KEY) == 1  # set aside only after the request
            assert run["found"][0]["restored"] == ([REQ] if kept_old_key else [KEY, REQ])
            assert run["found"][0]["removed"] == ([KEY] if visible.get(KEY) == 2 else [])
            assert after["slots"][KEY] == 1  # the pair --force was replacing, put back
        else:
            kind = "new"
            assert run["refused"] is None and after["slots"][KEY] == 3
            if KEY in visible:  # the killed run's key, with no request: removed, and said
                kind = "lone key removed"
                assert run["found"][0]["removed"] == [KEY]
        seen.add(kind)
    assert seen >= (
        {"kept", "restored"} if mode == "force" else {"kept", "new", "lone key removed"}
    )


def test_a_folder_that_cannot_be_locked_is_written_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fcntl = pytest.importorskip("fcntl")

    def no_locks(fd: int, operation: int) -> None:  # NFS mounted without local locks
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
    assert is_new_pair(tmp_path)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the lock is flock, on POSIX")
def test_ctrl_c_while_waiting_for_the_folder_stops_the_run(tmp_path: Path) -> None:
    import select
    import threading

    locked_read, locked_write = os.pipe()  # the other run: "I hold the folder"
    release_read, release_write = os.pipe()  # this test: "let it go"
    pid = os.fork()
    if pid == 0:  # another run holds the folder until told to stop (10 s at most)
        try:
            with fsutil.folder_lock(tmp_path):
                os.write(locked_write, b"x")
                select.select([release_read], [], [], 10)
        finally:
            os._exit(0)
    try:
        assert os.read(locked_read, 1) == b"x"
        interrupted = threading.Event()

        def ctrl_c() -> None:
            interrupted.set()
            os.kill(os.getpid(), signal.SIGINT)

        waiting = threading.Timer(0.3, ctrl_c)
        with pytest.raises(KeyboardInterrupt):
            waiting.start()
            csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
            interrupted.wait(10)  # not reached while the folder is held: the run waits
        waiting.join()
        assert names(tmp_path) == set()  # stopped while waiting: nothing written
    finally:
        os.write(release_write, b"x")
        os.waitpid(pid, 0)
        for fd in (locked_read, locked_write, release_read, release_write):
            os.close(fd)


def test_ctrl_c_ignored_stays_ignored_while_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started in the background (SIGINT ignored), a SIGINT changes nothing."""
    real_fsync = os.fsync

    def fsync_then_ctrl_c(fd: int) -> None:
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        monkeypatch.setattr(os, "fsync", fsync_then_ctrl_c)
        csr.write_request(PLAN, tmp_path, None, key=pki.ec_key(2))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert is_new_pair(tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_only_our_own_files_are_put_back(tmp_path: Path) -> None:
    token = "abcde12345"
    (tmp_path / fsutil.hidden_name(KEY, token, "tmp")).write_bytes(b"new key")
    (tmp_path / fsutil.hidden_name(KEY, token, "old")).mkdir()  # a folder by that name
    victim = tmp_path.parent / f"{tmp_path.name}-victim"
    victim.write_bytes(b"someone else's file")
    (tmp_path / fsutil.hidden_name(REQ, token, "old")).symlink_to(victim)
    csr.clean_interrupted(tmp_path, "sip.contoso.com")
    assert not (tmp_path / KEY).exists() and not (tmp_path / REQ).exists()
    assert victim.read_bytes() == b"someone else's file"
