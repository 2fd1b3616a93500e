"""The trust store from the window: roots added from a file (PEM or DER) and removed,
revocation lists imported and used when a conclusion is verified, every refusal in words;
on SQLite and PostgreSQL."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.conclusions import ConclusionKind
from desktop.domain.roles import PermissionDenied
from desktop.services.conclusions import ConclusionService
from desktop.services.trust import TrustStore, TrustStoreError
from desktop.signing.trust_profile import trust_profile
from desktop.storage.database import Database
from desktop.ui.trust_dialog import TrustDialog
from tests.support.commission import Commission, agreed_export, examined
from tests.support.pki import MEMBER1, TestPki
from tests.support.sessions import session_for, written


def _crl(pki: TestPki, label: str) -> bytes:
    """The revocation list of the CA that issued *label*, from the test PKI on loopback."""
    url = pki.cert(label).crl_distribution_points[0].url
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read()


SHIPPED = len(trust_profile().certificates)
"""The certificates of the NCA RK profile every fresh database trusts (first in the lists)."""


def test_roots_and_revocation_lists(db: Database, staff, pki: TestPki) -> None:
    store = TrustStore(db)
    admin = staff["admin"]
    digest = store.add_root(admin, pki.cert("root").dump(), "root.der")  # DER is fine too
    *shipped, root = store.list_roots(admin)
    assert len(shipped) == SHIPPED and all(r.profile == "NCA RK" for r in shipped)
    assert root.fingerprint == digest and root.subject_full.startswith("CN=")
    assert (root.added_by, root.source, root.profile) == ("admin", "root.der", "")
    assert root.valid_from < root.valid_until
    assert store.roots()[-1].startswith(b"-----BEGIN CERTIFICATE-----")
    assert store.add_root(admin, pki.pem("root")) == digest  # once only
    assert len(store.roots()) == SHIPPED + 1

    with pytest.raises(TrustStoreError) as refused:
        store.add_root(admin, pki.pem(MEMBER1.label))
    assert refused.value.reason == "not_ca"
    with pytest.raises(TrustStoreError) as refused:
        store.add_root(admin, b"junk", "notes.txt")
    assert (refused.value.reason, refused.value.values) == ("not_certificate", ("notes.txt",))
    for name in ("clerk", "chair", "member"):
        with pytest.raises(PermissionDenied):
            store.list_roots(staff[name])
        with pytest.raises(PermissionDenied):
            store.add_crl(staff[name], _crl(pki, MEMBER1.label))

    store.add_crl(admin, _crl(pki, MEMBER1.label), "interm.crl")
    again = store.add_crl(admin, _crl(pki, MEMBER1.label), "interm-again.crl")
    [listed] = store.list_crls(admin)  # one per issuer: the newer replaces the older
    assert listed.fingerprint == again and listed.source == "interm-again.crl"
    assert listed.issued <= (listed.next_update or listed.issued)
    with pytest.raises(TrustStoreError) as refused:
        store.add_crl(admin, pki.pem("root"), "root.pem")
    assert (refused.value.reason, refused.value.values) == ("not_crl", ("root.pem",))
    store.remove_crl(admin, again)
    assert store.crls() == []
    with pytest.raises(TrustStoreError) as refused:
        store.remove_crl(admin, again)
    assert refused.value.reason == "unknown_crl"

    store.remove_root(admin, digest)
    assert [r.fingerprint for r in store.list_roots(admin)] == [r.fingerprint for r in shipped]


def test_imported_lists_check_the_signers_of_a_conclusion(db: Database, staff, pki: TestPki,
                                                          commission: Commission) -> None:
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    service = ConclusionService(db)
    [conclusion] = [c for c in service.for_application(staff["chair"], app_id)
                    if c.kind == ConclusionKind.CONCLUSION]

    def member_check() -> str:
        report = service.verify(staff["chair"], conclusion.id)["kk"]
        return next(c.revocation for c in report.signatures if c.iin == MEMBER1.iin)

    assert member_check() == "none"  # signed without a timestamp: nothing in the file
    store = TrustStore(db)
    store.add_crl(staff["admin"], _crl(pki, MEMBER1.label), "interm.crl")
    store.add_crl(staff["admin"], _crl(pki, "interm"), "root.crl")
    assert member_check() == "crl"


def test_the_dialog_adds_and_removes(qtbot: QtBot, db: Database, staff, pki: TestPki,
                                     tmp_path: Path) -> None:
    dialog = TrustDialog(session_for(db, staff["admin"]))
    qtbot.addWidget(dialog)
    assert dialog.root_table.rowCount() == SHIPPED  # NCA RK's, from the start
    for row in range(SHIPPED):
        assert dialog.root_table.item(row, 3).text() == "from the NCA RK profile"
    assert "http://tsp.pki.gov.kz/" in dialog.policy.text()
    assert not dialog.remove_root_button.isEnabled()

    junk = tmp_path / "notes.txt"
    junk.write_text("not a certificate")
    assert not written(qtbot, dialog.session, dialog.add_root_file(junk))
    assert dialog.message.text() == "notes.txt is not a certificate (PEM or DER)."
    assert dialog.add_root_file(tmp_path / "missing.pem") is None
    assert dialog.message.text().startswith("missing.pem cannot be read (")

    assert written(qtbot, dialog.session, dialog.add_root_file(pki.pem_file("root")))
    assert dialog.info.text() == "root.cert.pem is trusted now."
    assert dialog.root_table.rowCount() == SHIPPED + 1
    assert dialog.root_table.item(SHIPPED, 3).text().endswith("by admin, from root.cert.pem")
    fingerprint = dialog.root_table.item(SHIPPED, 4).text()
    assert fingerprint == fingerprint.upper() and fingerprint.count(":") == 31
    dialog.root_table.selectRow(SHIPPED)
    assert dialog.remove_root_button.isEnabled()

    crl = tmp_path / "interm.crl"
    crl.write_bytes(_crl(pki, MEMBER1.label))
    assert written(qtbot, dialog.session, dialog.add_crl_file(crl))
    assert dialog.crl_table.rowCount() == 1
    assert dialog.crl_table.item(0, 4).text() == "interm.crl"
    assert written(qtbot, dialog.session, dialog.remove_crl(dialog.crls[0].fingerprint))
    assert dialog.crl_table.rowCount() == 0

    assert written(qtbot, dialog.session, dialog.remove_root(dialog.roots[SHIPPED].fingerprint))
    assert dialog.info.text() == "The root certificate was removed."
    assert dialog.root_table.rowCount() == SHIPPED
    assert TrustStore(db).roots() == [c.pem for c in trust_profile().certificates]
