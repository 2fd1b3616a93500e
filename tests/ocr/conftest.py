"""Fixtures for reading scanned pages: generated pages of known text, a registered application,
a computer without Tesseract and one whose Tesseract fails."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.services.actor import Actor
from desktop.services.registration import Registered, RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application
from tests.support.ocr_pages import KAZAKH, RUSSIAN, ScanLike, render_page

PAGE_MM = (210, 110)
"""The top of an A4 form: every test line fits, and a page reads in about a second."""


def write_page(folder: Path, name: str, lines: tuple[str, ...], spoil: ScanLike) -> Path:
    buf = io.BytesIO()
    render_page(lines, size_mm=PAGE_MM, spoil=spoil).save(buf, "PNG", dpi=(300, 300))
    path = folder / name
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture(scope="session")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A Kazakh and a Russian page, skewed either way and soiled with 1 % of noise."""
    folder = tmp_path_factory.mktemp("scanned")
    return {
        "kk": write_page(folder, "kk.png", KAZAKH, ScanLike(1.5, 0.01, 1)),
        "ru": write_page(folder, "ru.png", RUSSIAN, ScanLike(-2.0, 0.01, 2)),
    }


@pytest.fixture
def registered(db: Database, staff: dict[str, Actor]) -> Registered:
    return RegistrationService(db).register(staff["clerk"], application(items=1))


@pytest.fixture
def app_id(registered: Registered) -> int:
    return registered.application_id


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A computer without Tesseract: the program it would call does not exist."""
    monkeypatch.setenv("EXPORT_COMMISSION_TESSERACT", str(tmp_path / "no-such-tesseract"))


@pytest.fixture
def broken_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A Tesseract that lists its models but fails on every page (as a damaged install
    does): a real program, called as the real one is."""
    program = tmp_path / "tesseract"
    program.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then printf "List of languages:\\nkaz\\nrus\\n"; '
        "exit 0; fi\n"
        'if [ "$1" = "--version" ]; then echo "tesseract 5.3.0"; exit 0; fi\n'
        'echo "Error: the engine could not be initialised" >&2\nexit 1\n')
    program.chmod(0o755)
    monkeypatch.setenv("EXPORT_COMMISSION_TESSERACT", str(program))
