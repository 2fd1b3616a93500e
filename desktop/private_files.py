"""Folders and files that only their owner may read: the database, backups, signing keys.

The one module that knows how the operating system protects them; the rest of the program
asks for a private folder or file and never names a permission.

- **POSIX** (Linux, macOS): folders get mode 0700 and files 0600, set as they are created,
  so there is no moment when another account could open them.
- **Windows**: POSIX modes mean nothing to NTFS (Python maps them to the read-only flag).
  A folder made here with mode 0700 gets an access list of its own, inherited by everything
  in it: full control for its owner, SYSTEM and the Administrators group, nobody else
  (Python 3.11.10 and later; ``docs/install.md``). Files take the access list of the
  folder they are in, so they are not touched one by one.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["create_private_file", "make_private", "private_folder", "write_private_file"]

_POSIX = os.name == "posix"
_FOLDER_MODE = 0o700
_FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """*path*, created (with its parents) if missing; the folder itself private."""
    path.mkdir(mode=_FOLDER_MODE, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> None:
    """Create *path* empty and private, before anything writes to it; an existing file is
    left as it is."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, _FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def write_private_file(path: Path, data: bytes) -> None:
    """Write *data* to *path*, private from its first byte (replacing any earlier file)."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY | getattr(os, "O_BINARY", 0),
                 _FILE_MODE)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    make_private(path)  # a file that existed before kept its mode


def make_private(path: Path) -> None:
    """Make an existing file private (on Windows it keeps its folder's access list)."""
    if _POSIX:
        path.chmod(_FILE_MODE)
