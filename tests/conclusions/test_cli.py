"""The conclusion commands: the document, the result package, verify with the trust store."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.cli import main
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database
from tests.support.commission import Commission, examined


def _issued(db: Database, staff, commission: Commission) -> tuple[str, str]:
    service = ConclusionService(db)
    app_id = examined(db, staff, items=2)
    draft = service.draft(staff["member"], app_id)
    for actor, key in zip((*commission.members, commission.chair),
                          ("member", "member2", "chair"), strict=True):
        service.sign(actor, draft.id, commission.keys[key])
    return draft.number, service.summary(staff["clerk"], draft.id).application_number


def test_document_result_package_and_verify(db: Database, staff, commission: Commission,
                                            tmp_path: Path, capsys, sign_in_as) -> None:
    url = db.url.render_as_string(hide_password=False)
    sign_in_as("clerk")
    service = ConclusionService(db)
    draft = service.draft(staff["member"], examined(db, staff, serial=7))
    assert main(["--db", url, "export-result", draft.number, "-o", str(tmp_path / "x")]) == 1
    assert "not issued" in capsys.readouterr().err

    number, app_number = _issued(db, staff, commission)
    pdf = tmp_path / "c.pdf"
    assert main(["--db", url, "conclusion", app_number, "-o", str(pdf), "--lang", "ru"]) == 0
    assert f"{number} (ru, signed)" in capsys.readouterr().out

    out = tmp_path / "result"
    assert main(["--db", url, "export-result", number, "-o", str(out)]) == 0
    package = json.loads((out / f"{number}.json").read_text(encoding="utf-8"))
    assert package["result"] == "agreed" and len(package["items"]) == 2
    for doc in package["documents"]:
        assert hashlib.sha256((out / doc["file"]).read_bytes()).hexdigest() == doc["sha256"]

    capsys.readouterr()
    assert main(["--db", url, "verify", str(out / f"{number}-kk.pdf")]) == 0  # trust store
    assert "OK: all 3 signature(s)" in capsys.readouterr().out
    data = bytearray((out / f"{number}-kk.pdf").read_bytes())
    data[data.index(b"stream\n", 1000) + 40] ^= 0x01  # inside a page's content, signed
    (tmp_path / "bad.pdf").write_bytes(bytes(data))
    assert main(["--db", url, "verify", str(tmp_path / "bad.pdf")]) == 1

    # Cut back to the members' revision: the chair's empty field is named, and it fails.
    issued = (out / f"{number}-kk.pdf").read_bytes()
    ends = [i + len(b"%%EOF") for i in range(len(issued)) if issued.startswith(b"%%EOF", i)]
    cut = issued[:ends[-2]] + b"\n"
    (tmp_path / "cut.pdf").write_bytes(cut)
    assert main(["--db", url, "verify", str(tmp_path / "cut.pdf")]) == 1
    said = capsys.readouterr().out
    assert "not OK: the signature in field chair (the chairperson; " in said
    assert commission.chair.full_name in said and "is missing" in said

    assert main(["--db", url, "trust", "list"]) == 0
    assert "CN=" in capsys.readouterr().out
    assert main(["--db", url, "conclusion", "NO-SUCH", "-o", str(pdf)]) == 2


def test_outputs_are_private_and_a_missing_folder_is_said(
        db: Database, staff, commission: Commission, tmp_path: Path, capsys,
        sign_in_as) -> None:
    """A conclusion holds personal data: only its owner may read the files written; a
    folder that does not exist is named, never a traceback."""
    import os
    import stat

    url = db.url.render_as_string(hide_password=False)
    number, _ = _issued(db, staff, commission)
    sign_in_as("clerk")
    missing = tmp_path / "no-such-folder" / "c.pdf"
    for command in (["conclusion", number, "-o", str(missing)],
                    ["export-result", number, "-o", str(tmp_path / "no" / "such")],
                    ["export", "journal", "--from", "2026-01-01", "--to", "2026-12-31",
                     "-o", str(missing.with_suffix(".csv"))]):
        assert main(["--db", url, *command]) == 2, command
        err = capsys.readouterr().err
        assert "does not exist" in err and "Traceback" not in err
    pdf = tmp_path / "c.pdf"
    assert main(["--db", url, "conclusion", number, "-o", str(pdf)]) == 0
    out = tmp_path / "result"
    assert main(["--db", url, "export-result", number, "-o", str(out)]) == 0
    if os.name == "posix":
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
        assert {stat.S_IMODE(f.stat().st_mode) for f in out.iterdir()} == {0o600}
