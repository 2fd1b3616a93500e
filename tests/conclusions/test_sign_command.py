"""``sign NUMBER``: the window's signing, headless, with the same checks and words."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.commands.sign import NCALAYER_CA_ENV, PIN_ENV
from desktop.services.conclusions import ConclusionService
from desktop.signing import Pkcs11Key, verify_pdf
from desktop.storage.database import Database
from tests.signing.nca_files import legacy_p12
from tests.signing.ncalayer_standin import serve_stand_in, signer_from_p12
from tests.support.commission import Commission, examined
from tests.support.pki import MEMBER1, MEMBER2, NCA_AUTH, P12_PASSWORD, TestPki
from tests.support.staff import PASSWORD

CHAIR_PASSWORD = "Long-enough-1"  # the token-holding chairperson of the commission fixture


def test_sign_by_number_as_the_window_does(db: Database, staff, commission: Commission,
                                           pki: TestPki, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    url = db.url.render_as_string(hide_password=False)
    service = ConclusionService(db)
    app_id = examined(db, staff, serial=11)
    draft = service.draft(staff["member"], app_id)
    token = commission.keys["chair"]
    assert isinstance(token, Pkcs11Key)
    monkeypatch.setenv("EXPORT_COMMISSION_KEY_PASSWORD", P12_PASSWORD)
    monkeypatch.setenv(PIN_ENV, token.pin)

    def sign(user: str, password: str, *source: str) -> int:
        monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", password)
        return main(["--db", url, "--lang", "en", "sign", draft.number, *source, "--user",
                     user])

    chair = ("--pkcs11", str(token.module), "--token", token.token_label)
    assert sign("chair-token", CHAIR_PASSWORD, *chair) == 1
    assert "The chairperson signs last; still to sign:" in capsys.readouterr().err

    login_key = legacy_p12(pki, NCA_AUTH, tmp_path / "AUTH_RSA256_1.p12", P12_PASSWORD)
    assert sign("member", PASSWORD, "--key", str(login_key)) == 1
    assert "login key" in capsys.readouterr().err

    assert sign("member", PASSWORD, "--key", str(pki.p12[MEMBER2.label])) == 1
    assert f"is for IIN {MEMBER2.iin}" in capsys.readouterr().err  # not this member's key

    # Offline: the time-stamp service does not answer; signed all the same, and told.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        silent = f"http://127.0.0.1:{probe.getsockname()[1]}/tsa"
    assert sign("member", PASSWORD, "--key", str(pki.p12[MEMBER1.label]), "--tsa", silent) == 0
    said = capsys.readouterr().out
    assert f"signed {draft.number} in field member-1" in said
    assert f"Signed without a timestamp: the time-stamp service {silent} did not answer" in said
    assert sign("member", PASSWORD, "--key", str(pki.p12[MEMBER1.label])) == 1
    capsys.readouterr()
    # The second member signs through NCALayer (a stand-in that holds their key).
    with serve_stand_in(tmp_path, signer_from_p12(pki.p12[MEMBER2.label], P12_PASSWORD)) as layer:
        monkeypatch.setenv(NCALAYER_CA_ENV, str(layer.ca_file))
        assert sign("member2", PASSWORD, "--ncalayer", layer.url) == 0
    assert f"signed {draft.number} in field member-2" in capsys.readouterr().out
    assert sign("chair-token", CHAIR_PASSWORD, *chair) == 0
    assert capsys.readouterr().out.rstrip().endswith("; issued")

    summary = service.summary(staff["clerk"], draft.id)
    pdf = service.document(staff["clerk"], draft.id, summary.languages[0])
    report = verify_pdf(pdf, [pki.root_pem])
    assert report.ok and len(report.signatures) == 3

    assert sign("member", "wrong password", "--key", str(pki.p12[MEMBER1.label])) == 2
