"""Write files so that a reader never sees half of one, and nothing is overwritten unasked."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import InputError, OutputError


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600, overwrite: bool = False
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is created with mode 0600 (``mkstemp``), so a private key is never
    readable by others, not even for a moment.  Without ``overwrite`` the final step is a
    hard link, which fails if the name was taken meanwhile: no race can clobber a file.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise OutputError("output-exists", file=str(target))
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


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


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
        if Path(path).is_dir():  # Windows says "permission denied" for a folder
            raise InputError("file-is-directory", file=name) from None
        raise InputError("file-unreadable", file=name, reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise InputError("file-empty", file=name)
    return data


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
