"""The files an audit checks when it is given a folder: walked recursively, symbolic
links not followed, the files that look like certificates, in a stable order."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator

from ..files.reading import os_reason
from ..values.errors import InputError
from ..values.record import frozen
from .loader import CHECKABLE_PEM_LABELS

# Names under which certificates, chains, PFX files and requests are saved.  A key
# (.key) is not checked alone: it is found when its content holds a certificate too.
CHECKED_EXTENSIONS = frozenset(
    {".cer", ".crt", ".pem", ".der", ".p7b", ".p7c", ".pfx", ".p12", ".req", ".csr"}
)
# Enough of a file to see what it holds: the PEM labels of a key and a certificate
# saved together, or the first DER tags.
SNIFF_BYTES = 16 * 1024

_PEM_LABEL = re.compile(rb"-----BEGIN ([A-Z0-9 #]{1,40})-----")
# What the loader reads as certificates, chains or requests, plus OpenSSL's "trusted"
# certificate form, which a folder of roots may hold.
_CHECKED_LABELS = CHECKABLE_PEM_LABELS | {b"TRUSTED CERTIFICATE"}


@frozen
class Input:
    """A file to check, or what is wrong with a folder (``error``)."""

    path: str
    error: InputError | None = None


def checkable_inputs(paths: Iterable[str]) -> list[Input]:
    """The inputs of an audit: a file is taken as given (the admin named it); a folder
    gives the files below it that hold a certificate, chain, PKCS#7, PFX or request.

    Symbolic links inside a folder are not followed, neither to files nor to folders
    (no loop, no file from elsewhere); a folder that cannot be read is an error entry
    where it falls, and the walk goes on.  Within a folder the names are sorted byte by
    byte (as ``LC_ALL=C ls`` does: the same order on every machine and in every
    language), a subfolder's files where its name falls.
    """
    inputs: list[Input] = []
    for path in paths:
        if not _is_folder(path):
            inputs.append(Input(path))
            continue
        found = list(_walk(path))
        if not found:
            found = [Input(path, InputError("folder-nothing-to-check", file=path))]
        inputs.extend(found)
    return inputs


def _is_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False  # the loader says what is wrong with it


def _walk(top: str) -> Iterator[Input]:
    """Depth first, without recursion (a deep tree must not exhaust Python's stack)."""
    seen: set[tuple[int, int]] = set()  # a folder mounted inside itself
    stack: list[Iterator[os.DirEntry[str]]] = []
    entries = _entries(top, seen)
    if isinstance(entries, Input):
        yield entries
        return
    stack.append(entries)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            if entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                below = _entries(entry.path, seen)
                if isinstance(below, Input):
                    yield below
                else:
                    stack.append(below)
                continue
            if not entry.is_file(follow_symlinks=False):
                continue  # a pipe, a socket, a device: never opened
        except OSError:
            continue
        if is_checkable(entry.path):
            yield Input(entry.path)


def _entries(folder: str, seen: set[tuple[int, int]]) -> Iterator[os.DirEntry[str]] | Input:
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return iter(())
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as exc:
        return Input(folder, InputError("file-unreadable", file=folder, reason=os_reason(exc)))
    return iter(sorted(entries, key=lambda e: os.fsencode(e.name)))


def is_checkable(path: str) -> bool:
    """Whether a file found in a folder is checked: a certificate-like name (unless it
    holds only a key), or content that starts like PEM, DER, PKCS#7 or PKCS#12."""
    named = os.path.splitext(path)[1].lower() in CHECKED_EXTENSIONS
    head = _head(path)
    if head is None:  # unreadable: by its name, the loader then says why
        return named
    data, size = head
    kind = sniff(data, size)
    return kind != "key" if named else kind == "certificate"


def _head(path: str) -> tuple[bytes, int] | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        return os.read(fd, SNIFF_BYTES), info.st_size
    except OSError:
        return None
    finally:
        os.close(fd)


def sniff(data: bytes, size: int) -> str:
    """What the first bytes of a file of ``size`` bytes look like: "certificate" (PEM
    with a certificate, PKCS#7 or request label; or DER/BER of a certificate, request,
    PKCS#7 or PFX), "key" (a private key alone) or "other"."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # PowerShell 5.1 writes UTF-16
        data = data.decode("utf-16", "ignore").encode("ascii", "ignore")
    labels = set(_PEM_LABEL.findall(data))
    if labels:
        if labels & _CHECKED_LABELS:
            return "certificate"
        if all(b"PRIVATE KEY" in label or b"PARAMETERS" in label for label in labels):
            return "key"
        return "other"
    return _sniff_der(data, size)


def _sniff_der(data: bytes, size: int) -> str:
    # SEQUENCE, then its length: long form (every certificate is over 127 bytes) or
    # BER's indefinite form (some PKCS#7 and PFX writers).
    outer = _sequence_header(data, 0)
    if outer is None or data[1] < 0x80:
        return "other"
    header, length = outer
    if length is not None and header + length > size:
        return "other"  # longer than the file: not DER
    inner = data[header : header + 3]
    if inner[:1] == b"\x06":
        return "certificate"  # PKCS#7: its content type
    if inner == b"\x02\x01\x03":
        return "certificate"  # PFX version 3
    if inner[:2] == b"\x02\x01":
        return "key"  # the version of a PKCS#1, SEC 1 or PKCS#8 private key
    body = _sequence_header(data, header)
    if body is None:
        return "other"
    after = data[header + body[0] : header + body[0] + 1]
    if after in (b"\xa0", b"\x02"):
        return "certificate"  # tbsCertificate (version, or a v1 serial); request version
    if after == b"\x06":
        return "key"  # an encrypted private key: its algorithm comes first
    return "other"


def _sequence_header(data: bytes, at: int) -> tuple[int, int | None] | None:
    """The header size and content length (None: indefinite) of the SEQUENCE at ``at``."""
    if len(data) < at + 2 or data[at] != 0x30:
        return None
    first = data[at + 1]
    if first < 0x80:
        return 2, first
    if first == 0x80:
        return 2, None
    count = first & 0x7F
    if count > 4 or len(data) < at + 2 + count:
        return None
    return 2 + count, int.from_bytes(data[at + 2 : at + 2 + count], "big")
