"""Private folders and files: owner-only from the moment they exist (POSIX modes here)."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.private_files import (
    create_private_file,
    make_private,
    private_folder,
    write_private_file,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_and_file_are_private(tmp_path: Path) -> None:
    folder = private_folder(tmp_path / "data" / "export-commission")
    assert _mode(folder) == 0o700
    create_private_file(folder / "commission.sqlite3")
    assert _mode(folder / "commission.sqlite3") == 0o600


def test_an_existing_file_is_left_alone_by_create(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"data")
    create_private_file(path)
    assert path.read_bytes() == b"data"


def test_written_keys_are_private_even_over_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "chair.p12"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_private_file(path, b"\x30\x82key")
    assert path.read_bytes() == b"\x30\x82key"
    assert _mode(path) == 0o600


def test_make_private(tmp_path: Path) -> None:
    path = tmp_path / "backup.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o664)
    make_private(path)
    assert _mode(path) == 0o600
