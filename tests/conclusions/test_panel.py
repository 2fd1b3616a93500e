"""The conclusion tab: draft, preview, sign off the GUI thread, verify, save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.languages import Bilingual
from desktop.domain.workflow import Status
from desktop.services.applications import ApplicationService
from desktop.services.wording import DocumentWording, WordingService
from desktop.signing.ncalayer import NcaLayerKey
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel, SignDialog, VerifyDialog
from desktop.ui.conclusions.wording_dialog import WordingDialog
from desktop.ui.kit import settings
from tests.signing.nca_files import legacy_p12
from tests.support.commission import Commission, examined
from tests.support.pki import NCA_AUTH, NCA_SIGN, TestPki
from tests.support.sessions import session_for


def _panel(qtbot: QtBot, db: Database, actor, app_id: int) -> ConclusionPanel:
    panel = ConclusionPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.reload(ApplicationService(db).detail(actor, app_id).status)
    return panel


def test_draft_preview_sign_verify_and_save(qtbot: QtBot, db: Database, staff,
                                            commission: Commission, tmp_path: Path) -> None:
    app_id = examined(db, staff, items=1)
    member, _ = commission.members
    panel = _panel(qtbot, db, member, app_id)
    assert panel.signers.text() == "No conclusion yet."
    assert panel.draft_button.isEnabled()
    # The sample record links no photos: the annex has nothing to show, and says so.
    assert panel.info.text() == ("Identification annex: item 1 (Домбыра №1): "
                                 "no overall view chosen, none shows a scale")
    with qtbot.waitSignal(panel.session.changed, timeout=30_000):
        panel.draft()
    panel.reload(ApplicationService(db).detail(member, app_id).status)
    assert panel.list.count() == 1 and panel.current is not None
    assert panel.language.count() == 2
    assert panel.document.pageCount() >= 2  # the preview shows the rendered PDF
    assert panel.sign_button.isEnabled() and not panel.draft_button.isEnabled()

    wrong = replace(commission.keys["member"], password="wrong")
    op = panel.sign(wrong)
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)
    assert "Not signed" in panel.message.text() and "password" in panel.message.text()

    op = panel.sign(commission.keys["member"])
    assert op is not None
    with qtbot.waitSignal(panel.session.changed, timeout=30_000):
        pass
    panel.reload(Status.BEING_SIGNED)
    assert not panel.sign_button.isEnabled()  # signed already
    panel.verify()
    assert "valid" in panel.info.text()
    assert "not signed yet" in panel.info.text()  # the other member's and the chair's fields
    panel.save_to(tmp_path / "c.pdf", "ru")
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


def _issue(panel: ConclusionPanel, qtbot: QtBot, commission: Commission, db: Database,
           app_id: int) -> None:
    """Members sign with their .p12 files, the chair with the SoftHSM token, via the panel."""
    for actor, key in zip((*commission.members, commission.chair),
                          ("member", "member2", "chair"), strict=True):
        panel.actor = actor
        panel.reload(ApplicationService(db).detail(actor, app_id).status)
        op = panel.sign(commission.keys[key])
        assert op is not None
        qtbot.waitUntil(lambda op=op: not op.running, timeout=60_000)


def test_the_token_tab_of_the_sign_dialog_makes_a_pkcs11_key(qtbot: QtBot, commission:
                                                              Commission) -> None:
    dialog = SignDialog(None, "Өтепова Гүлнәр", "AKM-2026-Q0001")
    qtbot.addWidget(dialog)
    token = commission.keys["chair"]
    dialog.source.setCurrentIndex(SignDialog.TOKEN)
    dialog.module.setText(str(token.module))
    dialog.token.setText(token.token_label)
    dialog.pin.setText("")
    dialog.sign_button.click()
    assert dialog.key is None and "PIN" in dialog.message.text()
    dialog.pin.setText(token.pin)
    dialog.tsa.setText("http://127.0.0.1:9/tsa")
    dialog.sign_button.click()
    assert dialog.key == replace(token, key_label=None)
    assert dialog.timestamp_url == "http://127.0.0.1:9/tsa"


def _check(qtbot: QtBot, dialog: SignDialog) -> None:
    """Press Sign on the key file tab and wait for the signing process's check."""
    with qtbot.waitSignal(dialog.key_checked, timeout=60_000):
        dialog.sign_button.click()
        assert not dialog.sign_button.isEnabled()  # checking: pressed once, not twice
    assert dialog.sign_button.isEnabled() and dialog.sign_button.text() == "Sign"


def test_the_sign_dialog_refuses_a_login_key_before_signing(qtbot: QtBot, pki: TestPki,
                                                           tmp_path: Path) -> None:
    """The dialog shows the verdict of "keys inspect": NCA's login key is named as such."""
    dialog = SignDialog(None, "ТЕСТОВ ТЕСТ", "AKM-2026-Q0001")
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(SignDialog.FILE)
    dialog.path.setText(str(legacy_p12(pki, NCA_AUTH, tmp_path / "AUTH_RSA256_1.p12", "pw")))
    dialog.password.setText("pw")
    _check(qtbot, dialog)
    assert dialog.key is None
    assert "login key" in dialog.message.text() and "RSA256_" in dialog.message.text()
    dialog.password.setText("not-it")
    _check(qtbot, dialog)
    assert dialog.key is None
    assert dialog.message.text() == "The password for AUTH_RSA256_1.p12 is wrong."
    signing = legacy_p12(pki, NCA_SIGN, tmp_path / "RSA256_1.p12", "pw")
    dialog.path.setText(str(signing))
    dialog.password.setText("pw")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.sign_button.click()
    assert dialog.key is not None and dialog.key.path == signing


def test_a_sign_dialog_cancelled_while_its_key_is_checked_signs_nothing(
        qtbot: QtBot, pki: TestPki, tmp_path: Path) -> None:
    dialog = SignDialog(None, "ТЕСТОВ ТЕСТ", "AKM-2026-Q0001")
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.source.setCurrentIndex(SignDialog.FILE)
    dialog.path.setText(str(legacy_p12(pki, NCA_SIGN, tmp_path / "RSA256_1.p12", "pw")))
    dialog.password.setText("pw")
    with qtbot.waitSignal(dialog.key_checked, timeout=60_000):
        dialog.sign_button.click()
        dialog.reject()
    assert dialog.key is None and accepted == []


def test_the_ncalayer_tab_of_the_sign_dialog_makes_an_ncalayer_key(qtbot: QtBot) -> None:
    settings.set_user("chair")  # the choice is remembered for the user signed in
    dialog = SignDialog(None, "Өтепова Гүлнәр", "AKM-2026-Q0001")
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(SignDialog.NCALAYER)
    dialog.ncalayer_url.setText("https://127.0.0.1:13579")
    dialog.sign_button.click()
    assert dialog.key is None and "wss://" in dialog.message.text()
    dialog.ncalayer_url.setText("wss://127.0.0.1:13579")
    dialog.sign_button.click()
    assert isinstance(dialog.key, NcaLayerKey) and dialog.key.url == "wss://127.0.0.1:13579"
    again = SignDialog(None, "Өтепова Гүлнәр", "AKM-2026-Q0001")  # remembers the choice
    qtbot.addWidget(again)
    assert again.source.currentIndex() == SignDialog.NCALAYER


def test_verify_dialog_on_a_signed_and_a_damaged_file(qtbot: QtBot, db: Database, staff,
                                                      commission: Commission,
                                                      tmp_path: Path) -> None:
    app_id = examined(db, staff, items=1)
    panel = _panel(qtbot, db, commission.members[0], app_id)
    with qtbot.waitSignal(panel.session.changed, timeout=30_000):  # drafted off the GUI thread
        panel.draft()
    _issue(panel, qtbot, commission, db, app_id)
    assert ApplicationService(db).detail(staff["clerk"], app_id).status == Status.ISSUED_AGREED
    signed = tmp_path / "signed.pdf"
    panel.save_to(signed, "kk")

    dialog = VerifyDialog(session_for(db, staff["member"]))
    qtbot.addWidget(dialog)
    op = dialog.verify_file(signed)
    qtbot.waitUntil(lambda: not op.running and dialog.report is not None, timeout=30_000)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.table.rowCount() == 3 and dialog.verdict.text().startswith("Valid")

    issued = signed.read_bytes()
    ends = [i + len(b"%%EOF") for i in range(len(issued)) if issued.startswith(b"%%EOF", i)]
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(issued[:ends[-2]] + b"\n")  # back to before the chair's signature
    dialog.report = None
    op = dialog.verify_file(cut)
    qtbot.waitUntil(lambda: not op.running and dialog.report is not None, timeout=30_000)
    assert dialog.table.rowCount() == 3 and dialog.table.item(2, 7).text() == "not signed"
    assert dialog.verdict.text().startswith("Not valid: not everyone has signed")

    data = bytearray(signed.read_bytes())
    data[data.index(b"stream\n", 1000) + 40] ^= 0x01
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    dialog.report = None
    op = dialog.verify_file(damaged)
    qtbot.waitUntil(lambda: not op.running and dialog.report is not None, timeout=30_000)
    assert dialog.report is not None and not dialog.report.ok
    assert dialog.verdict.text().startswith("Not valid")

    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("not a pdf")
    op = dialog.verify_file(not_pdf)
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)
    assert "notes.pdf cannot be checked" in dialog.message.text()


def test_the_texts_of_the_documents_are_worded_before_drafting(
        qtbot: QtBot, db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    WordingService(db).save(staff["clerk"], app_id, DocumentWording(
        Bilingual(kk="Халықаралық көрмеге қатысу"), Bilingual(kk="суретші")))
    member, _ = commission.members
    panel = _panel(qtbot, db, member, app_id)
    assert "Purpose of the export has no text in Russian." in panel.info.text()
    assert "Applicant's occupation has no text in Russian." in panel.info.text()
    dialog = panel.edit_wording()
    assert isinstance(dialog, WordingDialog) and dialog.isVisible()
    assert dialog.purpose.value() == {"kk": "Халықаралық көрмеге қатысу", "ru": ""}
    dialog.purpose.editors["ru"].setPlainText("Участие в международной выставке")
    dialog.occupation.set_value({"kk": "суретші", "ru": "художник\x07"})
    dialog.accept()  # refused, named, and the dialog stays open with what was typed
    assert dialog.isVisible()
    assert dialog.message.text() == ("Not kept. Applicant's occupation: Contains invisible "
                                     "control characters: retype it.")
    dialog.occupation.set_value({"kk": "суретші", "ru": "художник"})
    with qtbot.waitSignal(panel.session.changed):
        dialog.accept()
    assert not dialog.isVisible()
    panel.reload(Status.EXAMINED)
    assert "no text in" not in panel.info.text()
    assert WordingService(db).get(member, app_id).purpose.ru == "Участие в международной выставке"
