"""The screens of who took part and of the documents override, for
:mod:`desktop.ui.shots.screenshots`, built on a demo database.

The chairperson's "Who took part" dialog is shown for a conclusion drafted and not yet
signed (the newest examined demo application with agreed records gets one; preparing it
again reuses it), with the second member unticked: the demo commission has two members, so
the dialog says there is no quorum. The override dialog is shown with a reason typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.domain.roles import Role
from desktop.domain.workflow import Status
from desktop.services.registry import RegistryQuery
from desktop.ui.conclusions.attendance import AttendanceDialog
from desktop.ui.conclusions.requirements import WaiverDialog
from desktop.ui.shots.application import staff_actor

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = ["attendance_dialog", "waiver_dialog"]


def _unsigned_draft(ctx: Context) -> int:
    """A conclusion drafted and not signed yet: its id."""
    service = ctx.services.conclusions
    member = staff_actor(ctx, Role.MEMBER)
    for summary in service.journal(member, kind=ConclusionKind.CONCLUSION,
                                   status=ConclusionStatus.DRAFT):
        if not any(s.signed_at for s in summary.signers):
            return summary.id
    rows = ctx.services.registry.page(
        member, RegistryQuery(statuses=frozenset({Status.EXAMINED})), 0, 50)
    for row in rows:
        try:
            return service.draft(member, row.id).id
        except DomainError:
            continue  # this one has no agreed records
    raise LookupError("the demo has no examined application with agreed records")


def attendance_dialog(ctx: Context) -> QWidget:
    chair = staff_actor(ctx, Role.CHAIR)
    attendance = ctx.services.attendance.attendance(chair, _unsigned_draft(ctx))
    dialog = AttendanceDialog(attendance)
    boxes = list(dialog.boxes.values())
    if len(boxes) > 1:
        boxes[-1].setChecked(False)
    return dialog


def waiver_dialog(_ctx: Context) -> QWidget:
    dialog = WaiverDialog(("item_photos",))
    dialog.reason.setPlainText("Заттардың түпнұсқалары отырыста көрсетілді, фотосуреттері "
                               "келесі аптада тапсырылады.")
    return dialog
