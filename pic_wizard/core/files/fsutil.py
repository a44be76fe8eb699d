"""Write files so that a reader never sees half of one, and nothing is overwritten unasked."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..values.errors import OutputError
from ..values.i18n import N_
from ..values.record import frozen
from .reading import _is_folder, os_reason

# A file is written under a hidden name beside its target, named after it, and linked in
# only once complete; --force sets what it replaces aside under another hidden name until
# everything new is in place.  A run killed half way leaves only names of these two forms,
# which the next run recognises (``settle_interrupted``):
#   .<name>.pic-wizard-<token>.tmp   new content, not yet (or also) under its own name
#   .<name>.pic-wizard-<token>.old   the file being replaced
# The word "pic-wizard" in the name is the proof that pic-wizard made the file: a backup an
# admin named ".edge.key.20240101.old" is never taken for one.
_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_TOKEN_LENGTH = 10
_HIDDEN = re.compile(r"\.(?P<name>.+)\.pic-wizard-(?P<token>[a-z0-9]{10})\.(?P<state>tmp|old)")


def hidden_name(name: str, token: str, state: str) -> str:
    """The hidden name of file ``name`` in the run ``token``: ``state`` "tmp" (its new
    content) or "old" (the file it replaces)."""
    return f".{name}.pic-wizard-{token}.{state}"


@contextlib.contextmanager
def folder_lock(folder: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the folder for one writer at a time, so that a run never takes another's
    files in the making for the leftovers of an interrupted one.  The system releases the
    lock even when the process is killed.  Taken before interrupts are deferred: Ctrl-C
    while waiting for it stops the run.  Where the folder cannot be locked (a network file
    system without locks) the run goes on without: writing matters more."""
    if sys.platform == "win32":
        with _windows_lock(Path(folder)):
            yield
        return
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield  # the writing itself says what is wrong with the folder
        return
    try:
        # NFS without local locks, a file system that has none: go on without.
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextlib.contextmanager
def _windows_lock(folder: Path) -> Iterator[None]:
    """Windows cannot lock a folder: a byte of a hidden lock file in it is locked instead
    (the file stays, empty; it is nobody's data)."""
    if sys.platform != "win32":  # for the type checker: this runs on Windows only
        yield
        return
    import msvcrt
    import time

    try:
        fd = os.open(folder / ".pic-wizard.lock", os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o600)
    except OSError:
        yield
        return
    try:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                break
            except PermissionError:  # held by another run: wait for it
                time.sleep(0.05)
            except OSError:  # no locking here: go on without
                break
        yield
    finally:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)


class Deferred:
    """The interrupts a deferred block received (see ``interrupts_deferred``)."""

    def __init__(self) -> None:
        self.received: list[int] = []

    def note(self, signum: int, frame: object) -> None:
        self.received.append(signum)

    def raise_now(self) -> None:
        """Take the interrupt received so far here (the block has undone its work)."""
        if self.received:
            self.received.clear()
            raise KeyboardInterrupt

    def discard(self) -> None:
        """The work is done: an interrupt that came while it was finishing came too late
        to stop it, and stopping what follows would say "interrupted" of written files."""
        self.received.clear()


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[Deferred]:
    """Run a block that Ctrl-C must not cut in two (a file created, then removed or put in
    place): an interrupt that arrives meanwhile takes effect as soon as the block ends,
    or where the block asks for it (``Deferred.raise_now``), after undoing its work.

    The blocks are short (writing a few kilobytes), so Ctrl-C still stops at once.  Only
    the main thread receives interrupts; elsewhere this does nothing.
    """
    deferred = Deferred()
    # Started with Ctrl-C ignored (in the background), it stays ignored.
    installed = signal.getsignal(signal.SIGINT) is not signal.SIG_IGN
    previous = None
    if installed:
        try:
            # An interrupt already pending is raised here, before anything is done.
            previous = signal.signal(signal.SIGINT, deferred.note)
        except ValueError:  # not the main thread
            installed = False
    if not installed:
        yield deferred
        return
    try:
        yield deferred
    finally:
        # An interrupt pending now still reaches ``note``, before the handler changes.
        signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)
        if deferred.received:
            signal.raise_signal(signal.SIGINT)


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600, overwrite: bool = False
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is created with mode 0600 and ``O_EXCL|O_NOFOLLOW``, so a private
    key is never readable by others, not even for a moment, and no link planted in the
    folder is followed.  Without ``overwrite`` the final step is a hard link, which fails if
    the name was taken meanwhile: no race can clobber a file.  An interrupt or an error at
    any point leaves no temporary file behind.
    """
    target = Path(path)
    check_target(target, overwrite=overwrite)
    with interrupts_deferred() as deferred:
        tmp: Path | None = None
        try:
            tmp = _write_temporary(target, _new_token(), data, mode)
            deferred.raise_now()  # Ctrl-C while writing: nothing is put in place
            if overwrite:
                os.replace(tmp, target)
            else:
                _link_in(tmp, target)
        except OSError as exc:
            raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
        finally:
            if tmp is not None:
                _remove(tmp)
        _sync_folder(target.parent)
        deferred.discard()
    return target


def write_together(
    files: Sequence[tuple[str | os.PathLike[str], bytes, int]], *, overwrite: bool = False
) -> None:
    """Write files that are of use only together (a private key and its request), each
    ``(path, data, mode)`` as ``write_atomic`` would, so that they land together or not at
    all.

    All are written complete under hidden names first; then they are linked in, in the
    order given: the last one (the request, the file an admin acts on) appears last, so it
    is never seen without the others.  With ``overwrite``, the files being replaced are set
    aside under hidden names first and put back if any new file cannot be put in place:
    all are replaced or none.  A run killed half way leaves hidden files that
    ``settle_interrupted`` recognises and settles on the next run.
    """
    targets = [Path(path) for path, _, _ in files]
    for target in targets:
        check_target(target, overwrite=overwrite)
    group = _Group(targets, _new_token())
    with folder_lock(group.folder), interrupts_deferred() as deferred:
        placed: set[Path] = set()
        current = targets[0]
        try:
            for (_, data, mode), target in zip(files, targets, strict=True):
                current = target
                _write_temporary(target, group.token, data, mode)
            if overwrite:
                # The last first: from here on, what a reader sees is "no request yet".
                for target in reversed(targets):
                    current = target
                    if os.path.lexists(target):
                        os.rename(target, group.old(target))
                _sync_folder(group.folder)
            for target in targets:
                current = target
                _link_in(group.tmp(target), target)
                placed.add(target)
            # Ctrl-C while writing: undone (below), so "interrupted" means nothing changed.
            deferred.raise_now()
        except BaseException as exc:
            kept = _settle(group, committed=False, ours=placed).kept
            if kept:
                old, target = kept[0]
                raise OutputError("output-previous-kept", file=str(target), kept=str(old)) from None
            if isinstance(exc, OSError):
                raise OutputError(
                    "output-unwritable", file=str(current), reason=_why(exc)
                ) from None
            raise
        _sync_folder(group.folder)
        _settle(group, committed=True, ours=placed)
        _sync_folder(group.folder)
        deferred.discard()


@frozen
class Settled:
    """What a run killed half way had left in a folder, and what was done about it."""

    group: tuple[Path, ...]  # the files that run was writing together, in order
    hidden: tuple[Path, ...]  # its hidden files, removed
    completed: bool  # its files had all been put in place: only hidden files were left
    removed: tuple[Path, ...] = ()  # put in place without the rest: never usable, removed
    restored: tuple[Path, ...] = ()  # files it was replacing, put back
    kept: tuple[tuple[Path, Path], ...] = ()  # (hidden name, name) of one not put back


def settle_interrupted(
    folder: str | os.PathLike[str], stem: str, suffixes: Sequence[str]
) -> tuple[Settled, ...]:
    """Settle what ``write_together`` runs killed half way left in ``folder``, for the
    group of files named ``<stem><suffix>`` (``suffixes`` in the order they were written);
    other names are never looked at.

    A run whose last file had landed is complete: its hidden files are removed.  Any other
    is undone: a file it had put in place (proven by its hidden temporary name, which is
    the same file) is removed, being of no use without the others, and the files it was
    replacing are put back.  Only hidden files of pic-wizard's naming pattern, owned by the
    user, are looked at; a file with no such proof is never touched.
    """
    groups: dict[str, _Group] = {}
    base = Path(folder)
    wanted = {stem + suffix for suffix in suffixes}
    results = []
    with folder_lock(base), interrupts_deferred():
        try:
            names = sorted(os.listdir(base))
        except OSError:
            return ()
        for name in names:
            found = _HIDDEN.fullmatch(name)
            if not found or found["name"] not in wanted or not _is_own_file(base / name):
                continue
            if found["token"] not in groups:
                targets = [base / (stem + s) for s in suffixes]
                groups[found["token"]] = _Group(targets, found["token"])
        for group in groups.values():
            last = group.targets[-1]
            last_tmp = group.tmp(last)
            committed = os.path.lexists(last) and (
                not os.path.lexists(last_tmp) or _same_file(last_tmp, last)
            )
            results.append(_settle(group, committed=committed, ours=set()))
        if results:
            _sync_folder(base)
    return tuple(results)


class _Group:
    """The hidden names of one ``write_together`` run."""

    def __init__(self, targets: Sequence[Path], token: str) -> None:
        self.targets = tuple(targets)
        self.token = token
        self.folder = self.targets[0].parent

    def tmp(self, target: Path) -> Path:
        return target.with_name(hidden_name(target.name, self.token, "tmp"))

    def old(self, target: Path) -> Path:
        return target.with_name(hidden_name(target.name, self.token, "old"))


def _settle(group: _Group, *, committed: bool, ours: set[Path]) -> Settled:
    """Finish (``committed``) or undo one group of files; never raises OSError."""
    hidden: list[Path] = []
    removed: list[Path] = []
    restored: list[Path] = []
    kept: list[tuple[Path, Path]] = []
    if not committed:
        # Files are set aside only once every new one is complete; after that, a temporary
        # name that is gone was renamed into place (where hard links are not supported).
        set_aside = any(_is_own_file(group.old(t)) for t in group.targets)
        for target in reversed(group.targets):
            tmp = group.tmp(target)
            if os.path.lexists(tmp):
                mine = target in ours or _same_file(tmp, target)
            else:
                mine = target in ours or (set_aside and os.path.lexists(target))
            if mine and _remove(target):
                removed.append(target)
        for target in group.targets:
            old = group.old(target)
            if not _is_own_file(old):  # a folder or a link by that name is not ours
                continue
            if not os.path.lexists(target):
                try:
                    os.rename(old, target)
                    restored.append(target)
                    continue
                except OSError:
                    pass
            kept.append((old, target))
    for target in group.targets:
        names = (group.old(target), group.tmp(target)) if committed else (group.tmp(target),)
        for name in names:
            if _remove(name):
                hidden.append(name)
    return Settled(
        group.targets,
        tuple(hidden),
        committed,
        tuple(removed),
        tuple(restored),
        tuple(kept),
    )


def _new_token() -> str:
    return "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(_TOKEN_LENGTH))


def _write_temporary(target: Path, token: str, data: bytes, mode: int) -> Path:
    """Create ``.<name>.<token>.tmp`` beside ``target`` (mode 0600 from the first byte,
    never through a link), write ``data`` and make it durable; removed again on failure."""
    tmp = target.with_name(hidden_name(target.name, token, "tmp"))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for name in ("O_NOFOLLOW", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _link_in(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target``, which must be free."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputError("output-exists", file=str(target)) from None
    except OSError:
        # No hard links here (some network or FAT file systems): rename, after
        # checking again; on Windows rename itself refuses an existing target.
        if os.path.lexists(target):
            raise OutputError("output-exists", file=str(target)) from None
        os.rename(tmp, target)


def _remove(path: Path) -> bool:
    """Remove ``path`` if it is there; whether it was removed."""
    try:
        os.unlink(path)
    except OSError:
        return False
    return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        first, second = os.lstat(a), os.lstat(b)
    except OSError:
        return False
    return stat.S_ISREG(first.st_mode) and (first.st_dev, first.st_ino) == (
        second.st_dev,
        second.st_ino,
    )


def _is_own_file(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    return stat.S_ISREG(info.st_mode) and (getuid is None or info.st_uid == getuid())


def check_target(path: str | os.PathLike[str], *, overwrite: bool) -> None:
    """Refuse, before any work, to write over a folder, or over a file unless asked."""
    target = Path(path)
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # a name too long, a loop: Path.exists and is_dir would raise
        raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError("output-is-folder", file=str(target))
    if not overwrite and mode is not None:
        raise OutputError("output-exists", file=str(target))


def _why(exc: OSError) -> str:
    return os_reason(exc)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_folders(path: str | os.PathLike[str], *, mode: int = 0o700) -> tuple[Path, ...]:
    """Make the folder ``path`` and the parents it lacks, like ``mkdir -p``, readable by
    the user only (``mode``, on POSIX); return the folders made, outermost first (none
    when it exists).

    What exists is the admin's own layout: a symbolic link to a folder (``request`` ->
    ``/secure/requests``) is followed, as ``mkdir -p`` does.  What pic-wizard makes is
    entered without following links, so a link put in place of a new folder (in a
    shared folder such as /tmp) is refused rather than written through; and a link to
    nothing is refused, not made into a folder somewhere else.
    """
    target = Path(path)
    try:
        if stat.S_ISDIR(os.stat(target).st_mode):  # followed: a link to a folder is the admin's
            return ()
        raise OutputError("output-not-folder", file=str(target))
    except FileNotFoundError:
        pass
    except OSError as exc:  # a name too long to write into later, a loop
        if exc.errno != errno.ENOTDIR:  # a part is a file: said below, with its name
            reason = os_reason(exc)
            raise OutputError("output-unwritable", file=str(target), reason=reason) from None
    if not _FOLDER_FDS:
        return _make_folders_by_name(target, mode)
    anchor, *names = target.parts if target.is_absolute() else (".", *target.parts)
    made: list[Path] = []
    reached = Path(anchor)
    try:
        fd = os.open(anchor, _FOLDER_FLAGS)
    except OSError as exc:
        raise OutputError("output-unwritable", file=anchor, reason=os_reason(exc)) from None
    try:
        for name in names:
            reached = reached / name if reached != Path(".") else Path(name)
            parent, fd = fd, -1
            try:
                fd = _enter_or_make(parent, name, reached, mode, made)
            finally:
                os.close(parent)
    except BaseException:
        remove_made_folders(made)  # half a path is of no use
        raise
    finally:
        if fd >= 0:
            os.close(fd)
    return tuple(made)


def remove_made_folders(made: Sequence[Path]) -> None:
    """Remove again, innermost first, the folders make_folders made, if still empty (the
    write they were made for failed)."""
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


# Folders opened and made relative to their parent (POSIX); else by name (Windows).
_FOLDER_FDS = os.name == "posix" and {os.open, os.mkdir, os.stat} <= os.supports_dir_fd
# O_PATH (Linux): a folder one may cross but not list (mode 711) can still be a parent.
_FOLDER_FLAGS = getattr(os, "O_PATH", os.O_RDONLY) | getattr(os, "O_DIRECTORY", 0)


def _enter_or_make(parent: int, name: str, shown: Path, mode: int, made: list[Path]) -> int:
    """The folder ``name`` in the folder open as ``parent``, made if missing; open."""
    flags = _FOLDER_FLAGS
    try:
        try:
            if made:  # inside a folder made here, nothing is a link of the admin's
                return os.open(name, flags | os.O_NOFOLLOW, dir_fd=parent)
            return os.open(name, flags, dir_fd=parent)
        except FileNotFoundError:
            pass
        with contextlib.suppress(FileNotFoundError):
            os.stat(name, dir_fd=parent, follow_symlinks=False)
            # It exists, yet cannot be entered: a link to nothing.
            raise OutputError(
                "output-unwritable",
                file=str(shown),
                reason=N_("Params", "it is a symbolic link to a folder that does not exist"),
            )
        os.mkdir(name, mode, dir_fd=parent)
        made.append(shown)
        try:
            return os.open(name, flags | os.O_NOFOLLOW, dir_fd=parent)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                raise OutputError(
                    "output-unwritable",
                    file=str(shown),
                    reason=N_("Params", "it was replaced by a symbolic link or a file"),
                ) from None
            raise
    except NotADirectoryError:
        raise OutputError("output-not-folder", file=str(shown)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and made:
            raise OutputError(
                "output-unwritable",
                file=str(shown),
                reason=N_("Params", "it was replaced by a symbolic link or a file"),
            ) from None
        raise OutputError("output-unwritable", file=str(shown), reason=os_reason(exc)) from None


def _make_folders_by_name(target: Path, mode: int) -> tuple[Path, ...]:
    """make_folders where folders cannot be opened (Windows): by name, parents first."""
    made: list[Path] = []
    try:
        for folder in [*reversed(target.parents), target]:
            if folder == Path(".") or _is_folder(folder):
                continue
            try:
                os.mkdir(folder, mode)
            except FileExistsError:
                raise OutputError("output-not-folder", file=str(folder)) from None
            except OSError as exc:
                reason = os_reason(exc)
                raise OutputError("output-unwritable", file=str(folder), reason=reason) from None
            made.append(folder)
    except BaseException:
        remove_made_folders(made)
        raise
    return tuple(made)
