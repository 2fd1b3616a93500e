"""The frozen one-folder application, built by ``scripts/bundle``, runs without Python.

Every program runs with a PATH that holds no Python (an empty folder), in a home folder of
its own, from outside the checkout: what the folder carries is all it has.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pikepdf
import pytest

from desktop import __version__
from tests.packaging.tools import ROOT, isolated_env, run

pytestmark = pytest.mark.slow

PROGRAM = "export-commission.exe" if os.name == "nt" else "export-commission"


@pytest.fixture(scope="module")
def bundle(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder, from the same wheel as the wheel's tests."""
    out = tmp_path_factory.mktemp("bundle")
    run(["bash", ROOT / "scripts" / "bundle", "--wheel", wheel, "--out", out], timeout=1800)
    return out / "export-commission"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frozen-user")


@pytest.fixture(scope="module")
def no_python(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PATH with no program on it at all, so no Python either."""
    path = str(tmp_path_factory.mktemp("empty-path"))
    assert shutil.which("python3", path=path) is None
    return path


def _env(home: Path, no_python: str, **extra: str) -> dict[str, str]:
    return isolated_env(home, PATH=no_python, **extra)


@pytest.fixture(scope="module")
def demo(bundle: Path, home: Path, no_python: str) -> str:
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    done = run([bundle / PROGRAM, "--db", url, "demo-data", "--applications", "20"],
               env=_env(home, no_python), cwd=home)
    assert "20 applications" in done.stdout
    return url


def test_the_folder_carries_its_resources(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = internal / "desktop" / "_resources"
    for part in ("fonts/DejaVuSans.ttf", "regions/akmola.json", "countries.json",
                 "schemas/request-package.schema.json", "icons/application.svg",
                 "translations/export_commission_kk.qm"):
        assert (resources / part).is_file(), part
    assert (internal / "desktop" / "migrations" / "env.py").is_file()
    assert sorted((internal / "desktop" / "migrations" / "versions").glob("0001_*.py"))
    # Only the Qt modules the program uses: no QML, Quick or virtual keyboard.
    assert not any(internal.rglob("*Qt6Quick*"))
    assert not any(internal.rglob("*Qt6Qml*"))


def test_version_without_python(bundle: Path, home: Path, no_python: str) -> None:
    done = run([bundle / PROGRAM, "--version"], env=_env(home, no_python), cwd=home)
    assert done.stdout.strip() == f"export-commission {__version__}"


def test_demo_data_and_the_registry(bundle: Path, home: Path, no_python: str,
                                    demo: str) -> None:
    done = run([bundle / PROGRAM, "--db", demo, "applications", "list", "--json"],
               env=_env(home, no_python, EXPORT_COMMISSION_USER="clerk",
                        EXPORT_COMMISSION_PASSWORD="Clerk-Demo-2026"), cwd=home)
    assert len(json.loads(done.stdout)) == 20


def test_sign_and_verify(bundle: Path, home: Path, no_python: str, demo: str) -> None:
    """pyHanko, cryptography, fontTools and the bundled font inside the frozen program: it
    signs a PDF with the demo chair's key and then accepts the signature (the demo's root
    is in the demo database's trust store)."""
    blank = home / "blank.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        pdf.save(blank)
    signed = home / "signed.pdf"
    env = _env(home, no_python, EXPORT_COMMISSION_P12_PASSWORD="Chair-Demo-2026")
    run([bundle / PROGRAM, "sign-pdf", blank, "-o", signed, "--p12",
         home / "demo-keys" / "chair.p12"], env=env, cwd=home)
    done = run([bundle / PROGRAM, "--db", demo, "verify", signed, "--json"], env=env, cwd=home)
    report = json.loads(done.stdout)
    assert report["ok"] and len(report["signatures"]) == 1


def test_the_window_shows_in_kazakh(bundle: Path, home: Path, no_python: str,
                                    demo: str) -> None:
    env = _env(home, no_python, QT_QPA_PLATFORM="offscreen", LANG="kk_KZ.UTF-8",
               EXPORT_COMMISSION_QUIT_WHEN_SHOWN="ready",
               EXPORT_COMMISSION_AUTOLOGIN="clerk:Clerk-Demo-2026")
    done = run([bundle / PROGRAM, "--db", demo, "-v"], env=env, cwd=home, timeout=120)
    assert "signed in automatically as user" in done.stderr  # the log names ids only
    loaded = [line for line in done.stderr.splitlines()
              if "installed the translation" in line and "export_commission_kk.qm" in line]
    assert loaded and str(bundle) in loaded[0], done.stderr
