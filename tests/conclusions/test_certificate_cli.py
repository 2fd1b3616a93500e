"""The certificate from the command line: written by its number or the application's,
checked with the trust store, part of the result package; the official seated by a command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from desktop.cli import main
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateService
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support.commission import Commission, agreed_export, examined


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode()


def test_the_certificate_command_export_result_and_verify(
        db: Database, staff: dict[str, Actor], commission: Commission,
        official: tuple[Actor, Pkcs12Key], tmp_path: Path, capsys, sign_in_as,
        monkeypatch) -> None:
    url = db.url.render_as_string(hide_password=False)
    person, key = official
    sign_in_as("admin")
    assert main(["--db", url, "seats", "add", "official", "--seat", "official",
                 "--since", "2020-01-01"]) == 0
    assert "holds the seat 'Official who signs the certificates' of akmola from 2020-01-01" \
        in capsys.readouterr().out
    assert main(["--db", url, "seats", "add", "nobody", "--seat", "official"]) == 2

    app_id = agreed_export(db, staff, commission, examined(db, staff, items=2))
    draft = CertificateService(db).for_application(person, app_id)
    assert draft is not None
    sign_in_as("official")
    monkeypatch.setenv("EXPORT_COMMISSION_KEY_PASSWORD", key.password)
    assert main(["--db", url, "sign", draft.number, "--key", str(key.path)]) == 0
    assert f"signed {draft.number} in field official" in capsys.readouterr().out

    sign_in_as("clerk")
    kk, ru = tmp_path / "c-kk.pdf", tmp_path / "c-ru.pdf"
    assert main(["--db", url, "certificate", draft.application_number, "-o", str(kk),
                 "--lang", "kk"]) == 0
    assert f"{draft.number} (kk, signed) written to" in capsys.readouterr().out
    assert main(["--db", url, "certificate", draft.number, "-o", str(ru), "--lang", "ru"]) == 0
    assert "КУӘЛІК" in _text(kk) and "СВИДЕТЕЛЬСТВО" in _text(ru)
    capsys.readouterr()
    for pdf in (kk, ru):
        assert main(["--db", url, "verify", str(pdf)]) == 0  # the trust store
        assert "OK: all 1 signature(s)" in capsys.readouterr().out
    assert main(["--db", url, "certificate", "NO-SUCH", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "No certificate is numbered NO-SUCH" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

    out = tmp_path / "result"
    assert main(["--db", url, "export-result", draft.number, "-o", str(out)]) == 0
    package = json.loads((out / f"{draft.based_on_number}.json").read_text(encoding="utf-8"))
    assert package["kind"] == "conclusion" and package["result"] == "agreed"
    certificate = package["certificate"]
    assert certificate["number"] == draft.number
    assert sorted(d["file"] for d in certificate["documents"]) == [
        f"{draft.number}-kk.pdf", f"{draft.number}-ru.pdf"]
