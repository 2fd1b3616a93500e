"""``export-commission verify`` and ``sign``: exit codes, text, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.commands.signing import PASSWORD_ENV
from tests.signing.files import CommissionFile
from tests.support.pki import CHAIR, MEMBER1, P12_PASSWORD, TestPki

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"field", "signer_name", "iin", "signing_time", "timestamp", "timestamp_time",
          "timestamp_valid", "intact", "valid", "trusted", "revoked", "revocation_checked",
          "coverage", "modifications", "disallowed_changes", "locks_document", "ok", "reason",
          "revocation", "revocation_time", "revocation_note", "gost"}


@pytest.fixture
def signed_file(tmp_path: Path, commission_file: CommissionFile) -> Path:
    path = tmp_path / "conclusion.pdf"
    path.write_bytes(commission_file.signed)
    return path


def test_verify_ok_as_text(signed_file: Path, root_pem_file: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(signed_file), "--trust", str(root_pem_file)]) == 0
    out = capsys.readouterr().out
    assert f"{signed_file}: 3 signature(s) in 3 signature field(s)" in out
    assert f"field sig-chair: {CHAIR.name}, IIN {CHAIR.iin} (locks the document)" in out
    assert "OK: all 3 signature(s) are intact, valid and trusted, and every signature field " \
        "is signed" in out


@pytest.mark.parametrize(("lang", "header", "verdict", "reason"), [
    ("kk", "қолтаңбалар саны 3", "жарамсыз: 3 қолтаңбаның 3 тексеруден өтпеді",
     "Қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектелмейді."),
    ("ru", "подписей — 3", "недействителен: не прошли проверку 3 из 3 подписей",
     "Сертификат подписавшего не выстраивается в цепочку до доверенного корневого "
     "сертификата."),
])
def test_verify_speaks_the_readers_language(signed_file: Path, tmp_path: Path, pki: TestPki,
                                            capsys: pytest.CaptureFixture[str], lang: str,
                                            header: str, verdict: str, reason: str) -> None:
    """Every line of the verdict, the reasons and the revocation notes among them, in the
    reader's language: no English sentence is left in a Kazakh or Russian answer."""
    other = tmp_path / "other.pem"
    other.write_bytes(pki.pem("other-root"))
    assert main(["--lang", lang, "verify", str(signed_file), "--trust", str(other)]) == 1
    out = capsys.readouterr().out
    assert header in out and verdict in out and out.count(reason) == 3
    english = ("signature", "field", "revocation", "intact", "trusted", "timestamp",
               "coverage", "certificate", " yes", " no,", "OK")
    assert not [word for word in english if word in out.replace(str(signed_file), "")
                .replace("sig-", "")], out


def test_verify_as_json(signed_file: Path, root_pem_file: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(signed_file), "--trust", str(root_pem_file), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True and payload["file"] == str(signed_file)
    signatures = payload["signatures"]
    assert [s["field"] for s in signatures] == ["sig-member1", "sig-member2", "sig-chair"]
    for signature in signatures:
        assert set(signature) == FIELDS
        assert signature["intact"] is signature["valid"] is signature["trusted"] is True
        assert signature["reason"] is None
    assert signatures[0]["iin"] == MEMBER1.iin
    assert signatures[0]["signer_name"] == MEMBER1.name
    assert signatures[0]["modifications"] == "form_filling"
    assert signatures[2]["coverage"] == "whole_document"


def test_verify_untrusted_exits_1_with_reasons(signed_file: Path, pki: TestPki, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.pem"
    other.write_bytes(pki.pem("other-root"))
    assert main(["verify", str(signed_file), "--trust", str(other)]) == 1
    out = capsys.readouterr().out
    assert out.count("NOT OK: The signer's certificate does not chain to a trusted root "
                     "certificate.") == 3
    assert "not OK: 3 of 3 signature(s) failed" in out
    assert main(["verify", str(signed_file), "--json"]) == 1  # no trust roots at all
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False
    assert all(s["trusted"] is False and s["reason"] for s in payload["signatures"])


def test_verify_unsigned_exits_1(tmp_path: Path, commission_file: CommissionFile,
                                 root_pem_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(commission_file.unsigned)
    assert main(["verify", str(path), "--trust", str(root_pem_file)]) == 1
    assert "the file has no signatures" in capsys.readouterr().out


def test_verify_unreadable_exits_2(tmp_path: Path, root_pem_file: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a pdf at all")
    assert main(["verify", str(junk), "--trust", str(root_pem_file)]) == 2
    assert f"{junk} cannot be read as a PDF" in capsys.readouterr().err
    missing = tmp_path / "missing.pdf"
    assert main(["verify", str(missing)]) == 2
    assert f"{missing} does not exist" in capsys.readouterr().err
    assert main(["verify", str(junk), "--trust", str(missing)]) == 2


def test_verify_as_a_real_process(signed_file: Path, root_pem_file: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "verify", str(signed_file),
                           "--trust", str(root_pem_file), "--json"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["ok"] is True and len(payload["signatures"]) == 3
    assert done.stderr == ""


def test_sign_then_verify(pki: TestPki, tmp_path: Path, root_pem_file: Path,
                          commission_file: CommissionFile, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(commission_file.unsigned)
    monkeypatch.setenv(PASSWORD_ENV, P12_PASSWORD)
    assert main(["sign-pdf", str(source), "-o", str(target), "--p12", str(pki.p12[CHAIR.label]),
                 "--field", "chair", "--lock", "--iin", CHAIR.iin]) == 0
    assert "signed" in capsys.readouterr().out
    assert main(["verify", str(target), "--trust", str(root_pem_file), "--json"]) == 0
    (signature,) = json.loads(capsys.readouterr().out)["signatures"]
    assert (signature["field"], signature["locks_document"]) == ("chair", True)


def test_sign_with_a_wrong_password_writes_nothing(pki: TestPki, tmp_path: Path,
                                                   commission_file: CommissionFile,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(commission_file.unsigned)
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    code = main(["sign-pdf", str(source), "-o", str(target), "--p12", str(pki.p12[MEMBER1.label])])
    assert code == 2
    assert "The password for member1.p12 is wrong" in capsys.readouterr().err
    assert not target.exists()


def test_sign_asks_for_the_password_without_echo(pki: TestPki, tmp_path: Path,
                                                 commission_file: CommissionFile,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(commission_file.unsigned)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return P12_PASSWORD

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert main(["sign-pdf", str(source), "-o", str(target),
                 "--p12", str(pki.p12[MEMBER1.label])]) == 0
    assert prompts == ["Password for member1.p12: "]
    assert target.read_bytes().startswith(commission_file.unsigned)
    assert os.environ.get(PASSWORD_ENV) is None
