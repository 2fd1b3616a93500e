"""The conclusion tab: draft, preview, sign off the GUI thread, verify, save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.models.workflow import Status
from desktop.services.applications import ApplicationService
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel
from tests.conclusions.conftest import Commission, examined


def _panel(qtbot: QtBot, db: Database, actor, app_id: int) -> ConclusionPanel:
    panel = ConclusionPanel(db, actor, app_id)
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
    with qtbot.waitSignal(panel.changed):
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
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        pass
    panel.reload(Status.BEING_SIGNED)
    assert not panel.sign_button.isEnabled()  # signed already
    panel.verify()
    assert "valid" in panel.info.text()
    panel.save_to(tmp_path / "c.pdf", "ru")
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
