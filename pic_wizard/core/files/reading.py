"""Read input files: whole, by their size, refusing what is not a readable file or is too
large (a module of its own: a check reads, it never writes, and pays nothing for what
writing needs)."""

from __future__ import annotations

import errno
import os
import stat
from io import FileIO

from ..values.errors import InputError
from ..values.i18n import N_

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


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The file's bytes, refusing a missing, unreadable, empty or oversized file.

    Read by the file's size, not by the limit: a buffer of the limit (megabytes) costs far
    more than the few kilobytes of a certificate, thousands of times in an audit.  A file
    larger than the limit is refused before it is read."""
    name = str(path)
    try:
        seen = os.stat(path)
        # A pipe, a device or a socket would block or never end: read regular files only.
        if not stat.S_ISREG(seen.st_mode):
            if stat.S_ISDIR(seen.st_mode):
                raise InputError("file-is-directory", file=name)
            raise InputError("file-not-regular", file=name)
        if seen.st_size > limit:
            raise _too_large(name, seen.st_size, limit)
        with open(path, "rb", buffering=0) as handle:
            data = _read_up_to(handle, seen.st_size, limit)
            if len(data) > limit:  # it grew since
                raise _too_large(name, os.fstat(handle.fileno()).st_size, limit)
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


# What is read at a time once a file turns out longer than its size said.
_READ_STEP = 64 * 1024


def _read_up_to(handle: FileIO, size: int, limit: int) -> bytes:
    """The file's bytes to its end, or ``limit`` + 1 of them if it is longer: first its
    ``size`` and one more byte (to see it grew), then by steps (it grew, or a read
    returned less than asked)."""
    parts: list[bytes] = []
    total = 0
    want = size + 1
    while total <= limit:
        chunk = handle.read(min(want, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total == size and len(parts) == 1:
            break  # all of it, as its size said: the end (one read call, not two)
        want = _READ_STEP
    return parts[0] if len(parts) == 1 else b"".join(parts)  # b"": an empty file


def _too_large(name: str, size: int, limit: int) -> InputError:
    return InputError("file-too-large", file=name, size=str(size), limit=str(limit))


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
