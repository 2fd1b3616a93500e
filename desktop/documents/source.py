"""What of a file the importer may read, and how much of it is the document.

Before anything opens a file: it must be a regular file (a named pipe would block the
import for ever, a device would feed it without end, a folder is a mistake), not empty, and
no larger than the limit, so a huge file is refused by its size instead of filling memory.
The file is then opened without blocking and checked again on the open handle, so a file
swapped for a pipe in between is refused too.

A JPEG is stored as it is only up to its end-of-image marker: whatever follows it (a ZIP,
an executable, gigabytes of padding) is not part of the picture and never reaches the
database or a backup.
"""

from __future__ import annotations

import mmap
import os
import stat
from pathlib import Path

from desktop.documents.errors import ImportRejected

__all__ = ["DEFAULT_MAX_BYTES", "check_file", "jpeg_end", "jpeg_own_bytes", "read_head"]

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
"""A 300-page PDF of 300 dpi scans is about 150 MB; a single photo rarely passes 30 MB."""

_NO_LENGTH = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and the restart markers
_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA


def _refuse_kind(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise ImportRejected(name, "is a folder, not a file", reason="folder")
    if not stat.S_ISREG(mode):
        raise ImportRejected(name, "is not an ordinary file (a pipe, a device or a socket)",
                             reason="special")


def check_file(path: Path, name: str, max_bytes: int) -> int:
    """The size of *path* once it is known to be a regular file within *max_bytes*; an
    :class:`ImportRejected` naming the file otherwise. Nothing is opened."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ImportRejected(name, "the file does not exist", reason="missing") from exc
    except OSError as exc:
        raise ImportRejected(name, f"cannot read the file: {exc.strerror or exc}",
                             exc.strerror or exc, reason="unreadable") from exc
    _refuse_kind(info.st_mode, name)
    if info.st_size == 0:
        raise ImportRejected(name, "the file is empty", reason="empty")
    if info.st_size > max_bytes:
        size, limit = _megabytes(info.st_size), _megabytes(max_bytes)
        raise ImportRejected(name, f"the file is {size} MB, more than the limit of {limit} MB",
                             size, limit, reason="too_big")
    return info.st_size


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}" if size >= 1024 * 1024 else f"{size / 1024 / 1024:.2f}"


def read_head(path: Path, name: str, length: int) -> bytes:
    """The first *length* bytes, read through a handle opened without blocking and checked
    to be a regular file (the path may have been swapped since :func:`check_file`)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError as exc:
        raise ImportRejected(name, "is a folder, not a file", reason="folder") from exc
    except OSError as exc:
        raise ImportRejected(name, f"cannot read the file: {exc.strerror or exc}",
                             exc.strerror or exc, reason="unreadable") from exc
    try:
        _refuse_kind(os.fstat(fd).st_mode, name)
        head = os.read(fd, length)
    except OSError as exc:
        raise ImportRejected(name, f"cannot read the file: {exc.strerror or exc}",
                             exc.strerror or exc, reason="unreadable") from exc
    finally:
        os.close(fd)
    if not head:
        raise ImportRejected(name, "the file is empty", reason="empty")
    return head


def jpeg_end(data: bytes | mmap.mmap) -> int | None:
    """The offset just past the end-of-image marker of the JPEG that *data* starts with,
    following its segments (whose lengths skip any thumbnail inside EXIF) and its
    entropy-coded scans; None when *data* is not a JPEG or its stream never ends."""
    size = len(data)
    if size < 4 or data[0] != 0xFF or data[1] != _SOI:
        return None
    pos = 2
    while pos < size:
        if data[pos] != 0xFF:
            return None  # a segment must start with a marker
        while pos < size and data[pos] == 0xFF:  # fill bytes before the marker's code
            pos += 1
        if pos >= size:
            return None
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            return pos
        if marker in _NO_LENGTH:
            continue
        if pos + 2 > size:
            return None
        length = (data[pos] << 8) | data[pos + 1]
        if length < 2:
            return None
        pos += length
        if marker == _SOS:
            found = _scan_end(data, pos)
            if found is None:
                return None
            pos = found
    return None


def _scan_end(data: bytes | mmap.mmap, pos: int) -> int | None:
    """Where the marker after an entropy-coded scan starts: the first 0xFF that is not a
    stuffed zero, a restart marker or a fill byte."""
    size = len(data)
    while True:
        at = data.find(b"\xff", pos)
        if at < 0 or at + 1 >= size:
            return None
        following = data[at + 1]
        if following == 0xFF:
            pos = at + 1
        elif following == 0x00 or 0xD0 <= following <= 0xD7:
            pos = at + 2
        else:
            return at


def jpeg_own_bytes(path: Path) -> bytes | None:
    """The JPEG at *path* without anything appended after its end; None when its end
    cannot be found (the caller re-encodes the decoded picture instead). The file is
    mapped, not read, so an appended tail is never loaded."""
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        end = jpeg_end(data)
        return None if end is None else data[:end]
