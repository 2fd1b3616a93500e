"""The wheel installed into a fresh virtual environment, outside the source tree, works.

What a new user does: create a venv, ``pip install`` the wheel, then run the commands of the
README and open the window. The program must find its migrations, fonts, region profiles,
schemas and compiled translations inside the installation, never in the checkout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop import __version__
from tests.packaging.tools import BIN, isolated_env, run
from tests.support.staff import PASSWORD

pytestmark = pytest.mark.slow

DEMO_APPLICATIONS = 50
CLERK = {"EXPORT_COMMISSION_USER": "clerk", "EXPORT_COMMISSION_PASSWORD": "Clerk-Demo-2026"}
"""The demo's clerk signs in for the commands that read the registry."""


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and its PostgreSQL extra; its ``bin`` folder."""
    venv = tmp_path_factory.mktemp("installed") / "venv"
    run([sys.executable, "-m", "venv", venv])
    run([venv / BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{wheel}[postgres]"], cwd=venv.parent)
    return venv / BIN


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's folder; the demo database and its keys live in it."""
    return tmp_path_factory.mktemp("user")


@pytest.fixture(scope="module")
def demo(installed: Path, home: Path) -> str:
    """The URL of a demo database filled by the installed program."""
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    done = run([installed / "export-commission", "--db", url, "demo-data", "--applications",
                str(DEMO_APPLICATIONS)], env=isolated_env(home), cwd=home)
    assert f"{DEMO_APPLICATIONS} applications" in done.stdout
    return url


def test_the_installation_reads_nothing_from_the_checkout(installed: Path, home: Path) -> None:
    done = run([installed / "python", "-c",
                "import desktop, desktop.resources as r, desktop.storage.schema as s\n"
                "print(desktop.__file__); print(r.resources_dir()); print(s.MIGRATIONS_DIR)"],
               env=isolated_env(home), cwd=home)
    venv = installed.parent
    for line in done.stdout.splitlines():
        assert Path(line).is_relative_to(venv), line
    resources = Path(done.stdout.splitlines()[1])
    assert resources.name == "_resources"
    for lang in ("kk", "ru", "en"):  # the window's compiled files, the command line's sources
        assert (resources / "translations" / f"export_commission_{lang}.qm").is_file()
        assert (resources / "translations" / f"export_commission_{lang}.ts").is_file()


def test_the_command_line_words_refusals_from_the_installed_translations(
        installed: Path, home: Path) -> None:
    done = run([installed / "python", "-c",
                "from desktop.messages import Words\n"
                "print(Words('kk').message('schema_setup.missing', ['F']))"],
               env=isolated_env(home), cwd=home)
    assert done.stdout.startswith("Орнату толық емес: F жоқ"), done.stdout


def test_version(installed: Path, home: Path) -> None:
    done = run([installed / "export-commission", "--version"], env=isolated_env(home), cwd=home)
    assert done.stdout.strip() == f"export-commission {__version__}"


def test_demo_data_and_the_registry(installed: Path, home: Path, demo: str) -> None:
    done = run([installed / "export-commission", "--db", demo, "applications", "list", "--json"],
               env=isolated_env(home, **CLERK), cwd=home)
    rows = json.loads(done.stdout)
    assert len(rows) == DEMO_APPLICATIONS
    assert {"number", "applicant", "status", "deadline"} <= set(rows[0])


SIGNERS = (("member1", "Member-Demo-2026"), ("member2", "Member-Demo-2026"),
           ("chair", "Chair-Demo-2026"))


def test_a_conclusion_drafted_and_signed_from_the_command_line_verifies(
        installed: Path, home: Path, demo: str) -> None:
    """Drafted as a member does (``conclusion draft``), signed by the members and the chair
    in turn (``sign``) with the demo keys, written and verified; and a conclusion the demo
    issued itself, signed in the installed program's worker processes, verifies too."""
    done = run([installed / "export-commission", "--db", demo, "applications", "list",
                "--status", "examined", "--status", "issued_agreed", "--json"],
               env=isolated_env(home, **CLERK), cwd=home)
    rows = json.loads(done.stdout)
    examined = next(r["number"] for r in rows if r["status"] == "examined")
    issued = next(r["number"] for r in rows if r["status"] == "issued_agreed")
    done = run([installed / "export-commission", "--db", demo, "conclusion", "draft", examined],
               env=isolated_env(home, EXPORT_COMMISSION_USER="member1",
                                EXPORT_COMMISSION_PASSWORD="Member-Demo-2026"), cwd=home)
    number = done.stdout.split()[0]
    for name, password in SIGNERS:  # the members first, the chairperson last
        run([installed / "export-commission", "--db", demo, "sign", number,
             "--key", home / "demo-keys" / f"{name}.p12"],
            env=isolated_env(home, EXPORT_COMMISSION_USER=name,
                             EXPORT_COMMISSION_PASSWORD=password,
                             EXPORT_COMMISSION_KEY_PASSWORD=password), cwd=home)
    pdf = home / "conclusion.pdf"
    done = run([installed / "export-commission", "--db", demo, "conclusion", number,
                "-o", pdf], env=isolated_env(home, **CLERK), cwd=home)
    assert "signed" in done.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    done = run([installed / "export-commission", "--db", demo, "verify", pdf, "--json"],
               env=isolated_env(home), cwd=home)
    report = json.loads(done.stdout)
    assert report["ok"]
    assert len(report["signatures"]) == 3
    done = run([installed / "export-commission", "--db", demo, "conclusion", issued,
                "-o", pdf], env=isolated_env(home, **CLERK), cwd=home)
    done = run([installed / "export-commission", "--db", demo, "verify", pdf, "--json"],
               env=isolated_env(home), cwd=home)
    assert json.loads(done.stdout)["ok"]


def test_the_window_shows_in_kazakh(installed: Path, home: Path, demo: str) -> None:
    """Offscreen, signed in as the clerk, until the registry has painted; in Kazakh, from
    the compiled translation inside the installation."""
    env = isolated_env(home, QT_QPA_PLATFORM="offscreen", LANG="kk_KZ.UTF-8",
                       EXPORT_COMMISSION_QUIT_WHEN_SHOWN="ready",
                       EXPORT_COMMISSION_AUTOLOGIN="clerk:Clerk-Demo-2026")
    done = run([installed / "export-commission", "--db", demo, "-v"], env=env, cwd=home,
               timeout=120)
    assert "signed in automatically as user" in done.stderr  # the log names ids only
    loaded = [line for line in done.stderr.splitlines()
              if "installed the translation" in line and "export_commission_kk.qm" in line]
    assert loaded, done.stderr
    assert str(installed.parent) in loaded[0] and "_resources" in loaded[0]


def test_a_shared_postgresql_server(installed: Path, home: Path, pg_url: str) -> None:
    """The PostgreSQL extra and the migrations on a server, as a shared office installs it."""
    done = run([installed / "export-commission", "--db", pg_url, "users", "list"],
               env=isolated_env(home, EXPORT_COMMISSION_USER="admin",
                                EXPORT_COMMISSION_PASSWORD=PASSWORD), cwd=home)
    assert "clerk" in done.stdout
