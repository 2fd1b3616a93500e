"""The conclusion screens for :mod:`desktop.ui.shots.screenshots`, built on a demo database.

The newest examined demo application whose items have agreed records gets its conclusion
drafted, and the first member signs it with a demo key (made in a temporary folder, its
root trusted, as ``demo-data`` does); the screens then show the Conclusion tab as the
chairperson sees it, the signing dialog, and the verification of the signed file.
Preparing it again reuses the conclusion being signed.

The certificate's screen shows the official's Conclusion tab with a certificate drafted on
an agreed demo export.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.domain.roles import Role
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionSummary
from desktop.services.demo_people import STAFF
from desktop.services.registry import RegistryQuery
from desktop.signing import Pkcs12Key
from desktop.ui.application.view import Tab
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.conclusions.verify_dialog import VerifyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shots.application import staff_actor

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = ["certificate_tab", "conclusion_tab", "conclusion_tab_ready", "sign_dialog",
           "verify_dialog", "verify_ready"]

log = logging.getLogger(__name__)

MEMBER_PASSWORD = "Member-Demo-2026"
"""The first demo member's password, which is also their demo key's."""


def _signed_once(ctx: Context) -> ConclusionSummary:
    """A conclusion the first member has signed and the others not yet."""
    service = ctx.services.conclusions
    member = staff_actor(ctx, Role.MEMBER)
    for summary in service.journal(member, kind=ConclusionKind.CONCLUSION,
                                   status=ConclusionStatus.SIGNING):
        return summary
    rows = ctx.services.registry.page(
        member, RegistryQuery(statuses=frozenset({Status.EXAMINED})), 0, 50)
    draft = None
    for row in rows:
        try:
            draft = service.draft(member, row.id)
            break
        except DomainError:
            continue  # this one has no agreed records
    if draft is None:
        raise LookupError("the demo has no examined application with agreed records")
    with tempfile.TemporaryDirectory(prefix="ec-shot-keys-") as folder:
        keys = ctx.services.demo.write_keys(Path(folder))
        key = Pkcs12Key(keys / f"{member.username}.p12", MEMBER_PASSWORD)
        signed = service.sign(member, draft.id, key)
    log.info("conclusion screens show %s", signed.number)
    return signed


def conclusion_tab(ctx: Context) -> QWidget:
    """The chairperson's Conclusion tab: the document, who has signed, Sign and Verify."""
    summary = _signed_once(ctx)
    window = MainWindow(ctx.session(staff_actor(ctx, Role.CHAIR)))
    view = window.open_application(summary.application_id)
    view.tabs.setCurrentIndex(Tab.CONCLUSION)
    return window


def conclusion_tab_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    views = widget.application_views()
    document = views[0].conclusions.document if views else None
    return document is not None and document.status() == QPdfDocument.Status.Ready


def sign_dialog(ctx: Context) -> QWidget:
    summary = _signed_once(ctx)
    return SignDialog(None, staff_actor(ctx, Role.CHAIR).full_name, summary.number)


def verify_dialog(ctx: Context) -> QWidget:
    """The member's signature checked in the Kazakh document, saved to a file first."""
    summary = _signed_once(ctx)
    pdf = ctx.services.conclusions.document(ctx.actor, summary.id, "kk")
    path = Path(tempfile.gettempdir()) / f"{summary.number}-kk.pdf"
    path.write_bytes(pdf)
    dialog = VerifyDialog(ctx.session())
    dialog.verify_file(path)
    return dialog


def verify_ready(widget: QWidget) -> bool:
    assert isinstance(widget, VerifyDialog)
    return widget.table.rowCount() > 0


def _official(ctx: Context) -> Actor:
    """The demo's official of the executive body, seated to sign the certificates."""
    return staff_actor(ctx, Role.OFFICIAL)


def _certificate(ctx: Context) -> ConclusionSummary:
    """A certificate drafted on an agreed demo export, waiting for the official."""
    official = _official(ctx)
    service = ctx.services.certificates
    for summary in service.journal(official):
        if summary.status in (ConclusionStatus.DRAFT, ConclusionStatus.SIGNING):
            return summary
    drafted = service.for_application(official, _issue_agreed(ctx))
    if drafted is None:
        raise LookupError("issuing the agreed conclusion drafted no certificate")
    log.info("the certificate screen shows %s", drafted.number)
    return drafted


def _issue_agreed(ctx: Context) -> int:
    """An examined demo application whose conclusion every seated member and the chair sign
    with the demo keys: an agreed export, issued (which drafts its certificate)."""
    service = ctx.services.conclusions
    member = staff_actor(ctx, Role.MEMBER)
    people = {u.id: Actor.of(u) for u in ctx.services.users.list_users(ctx.actor)}
    passwords = {username: password for username, _name, _role, password in STAFF}
    rows = ctx.services.registry.page(
        member, RegistryQuery(statuses=frozenset({Status.EXAMINED})), 0, 50)
    with tempfile.TemporaryDirectory(prefix="ec-shot-keys-") as folder:
        keys = ctx.services.demo.write_keys(Path(folder))
        for row in rows:
            try:
                draft = service.draft(member, row.id)
            except DomainError:
                continue  # this one has no agreed records
            if not draft.agreed:
                continue
            for signer in draft.signers:
                person = people[signer.user_id]
                service.sign(person, draft.id, Pkcs12Key(keys / f"{person.username}.p12",
                                                         passwords[person.username]))
            return draft.application_id
    raise LookupError("the demo has no examined application the commission agrees")


def certificate_tab(ctx: Context) -> QWidget:
    """The official's Conclusion tab: the certificate drafted on an agreed conclusion, to
    sign."""
    summary = _certificate(ctx)
    window = MainWindow(ctx.session(_official(ctx)))
    view = window.open_application(summary.application_id)
    view.tabs.setCurrentIndex(Tab.CONCLUSION)
    return window
