"""Signing in loads what the registry needs, not what a document needs: the PDF writer
(fpdf2), the signing library (pyHanko) and the report layouts load when a document is first
drafted, signed, viewed or verified; the PDF viewers (QtPdf, pdfium) and the image decoding
when a page is first shown; the other countries' holiday calendars never. Checked on the
real start, in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import app as ui_app
from tests.support.staff import PASSWORD

HEAVY = ("fpdf", "pyhanko", "desktop.reports", "desktop.signing", "PySide6.QtPdf",
         "PySide6.QtPdfWidgets", "pypdfium2", "desktop.documents", "desktop.ui.viewer",
         "holidays.countries", "PIL")


def _imported(stderr: str) -> set[str]:
    """The modules ``python -X importtime`` says were imported."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


@pytest.mark.parametrize("username", ["clerk", "chair", "admin"])
def test_signing_in_loads_no_document_machinery(username: str, sqlite_url: str,
                                                tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           ui_app.AUTOLOGIN_ENV: f"{username}:{PASSWORD}",
           ui_app.QUIT_WHEN_SHOWN_ENV: "ready",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop",
                           "--db", sqlite_url], env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = _imported(done.stderr)
    assert "desktop.ui.registry" in imported  # it got as far as the registry
    loaded = sorted(n for n in imported if n in HEAVY
                    or any(n.startswith(h + ".") for h in HEAVY))
    assert loaded == [], loaded


def test_the_application_view_loads_them_only_when_a_document_is_made() -> None:
    """Opening an application builds its Conclusion tab; the PDF writer and the signing
    library wait for the first draft, signature or verification."""
    script = ("import sys\n"
              "import desktop.ui.application\n"
              "from desktop import reports, signing\n"
              "print(' '.join(sorted(n for n in sys.modules)))\n"
              "reports.render_conclusion, signing.sign_pdf\n"
              "print(' '.join(sorted(n for n in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
                          check=True)
    before, after = (set(line.split()) for line in done.stdout.splitlines())
    assert "desktop.ui.application.view" in before
    assert sorted(n for n in before if n.split(".")[0] in ("fpdf", "pyhanko")
                  or n in ("desktop.reports.layout", "desktop.signing.sign",
                           "PySide6.QtPdf", "PySide6.QtPdfWidgets")) == []
    assert {"fpdf", "pyhanko", "desktop.reports.layout", "desktop.signing.sign"} <= after
