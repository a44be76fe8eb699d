"""Write files so that a reader never sees half of one, and nothing is overwritten unasked."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import InputError, OutputError
from .i18n import N_


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600, overwrite: bool = False
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is created with mode 0600 (``mkstemp``), so a private key is never
    readable by others, not even for a moment.  Without ``overwrite`` the final step is a
    hard link, which fails if the name was taken meanwhile: no race can clobber a file.
    """
    target = Path(path)
    check_target(target, overwrite=overwrite)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise OutputError("output-exists", file=str(target)) from None
            except OSError:
                # No hard links here (some network or FAT file systems): rename, after
                # checking again; on Windows rename itself refuses an existing target.
                if target.exists():
                    raise OutputError("output-exists", file=str(target)) from None
                os.rename(tmp, target)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError("output-unwritable", file=str(target), reason=_why(exc)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_folder(target.parent)
    return target


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


# What the system says, in pic-wizard's words (translated where shown, context "Params").
OS_REASONS = {
    errno.ENOENT: N_("Params", "no such file or folder"),
    errno.EISDIR: N_("Params", "it is a folder"),
    errno.ENOTDIR: N_("Params", "a part of the path is not a folder"),
    errno.EACCES: N_("Params", "permission denied"),
    errno.EPERM: N_("Params", "permission denied"),
    errno.EROFS: N_("Params", "the file system is read-only"),
    errno.ENOSPC: N_("Params", "the disk is full"),
    errno.EDQUOT: N_("Params", "the disk quota is exceeded"),
    errno.ENAMETOOLONG: N_("Params", "the name is too long"),
    errno.EEXIST: N_("Params", "it already exists"),
    errno.EIO: N_("Params", "an input/output error"),
    errno.ELOOP: N_("Params", "there are too many symbolic links (a loop)"),
}


def os_reason(exc: OSError) -> str:
    """Why an operation failed, as a "reason" parameter (translated when shown)."""
    return OS_REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__


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


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The file's bytes, refusing a missing, unreadable, empty or oversized file."""
    name = str(path)
    try:
        # A pipe, a device or a socket would block or never end: read regular files only.
        if not stat.S_ISREG(os.stat(path).st_mode):
            if stat.S_ISDIR(os.stat(path).st_mode):
                raise InputError("file-is-directory", file=name)
            raise InputError("file-not-regular", file=name)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
            if len(data) > limit:
                size = os.fstat(handle.fileno()).st_size
                raise InputError("file-too-large", file=name, size=str(size), limit=str(limit))
    except FileNotFoundError:
        raise InputError("file-not-found", file=name) from None
    except IsADirectoryError:
        raise InputError("file-is-directory", file=name) from None
    except OSError as exc:
        if _is_folder(path):  # Windows says "permission denied" for a folder
            raise InputError("file-is-directory", file=name) from None
        raise InputError("file-unreadable", file=name, reason=os_reason(exc)) from None
    if not data.strip():
        raise InputError("file-empty", file=name)
    return data


def _is_folder(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a folder; False when the system cannot even say (a name too
    long, a loop), where Path.is_dir raises."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_secret_line(path: str | os.PathLike[str]) -> bytes:
    """The first line of a password or passphrase file, as UTF-8 bytes.

    Windows editors and PowerShell write a byte-order mark, and PowerShell 5.1's ``>``
    writes UTF-16: read them as the admin typed them, never as raw bytes.
    """
    name = str(path)
    try:
        data = read_limited(path, 64 * 1024)
    except InputError as error:
        if error.code == "file-empty":
            raise InputError("secret-empty", file=name) from None
        raise
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("secret-not-text", file=name) from None
    lines = text.splitlines()
    line = lines[0] if lines else ""
    if not line:
        raise InputError("secret-empty", file=name)
    return line.encode("utf-8")


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
