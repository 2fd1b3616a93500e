"""The conclusion commands: the document, the result package, verify with the trust store."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.cli import main
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database
from tests.conclusions.conftest import Commission, examined


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
