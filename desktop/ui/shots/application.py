"""The member's desk screens for :mod:`desktop.ui.shots.screenshots`, built on a demo database.

Whoever the screenshots signed in as, these screens are shown as the first commission
member (the demo's ``member1``) or the chairperson, read from the user list. The data is
prepared through the services, as staff would: the newest application with several items
and pages that is complete or under examination (one whose first item is a dombra, if there
is one) is put under examination, and the member's opinion and the agreed result of its
first item are partly filled in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.documents import PageKind
from desktop.domain.drafts import ApplicantData, ApplicationData, ItemData
from desktop.domain.examination_rules import (
    ConditionGrade,
    Dimension,
    ExaminationConflict,
    ExaminationKind,
    ExaminationRecord,
    LengthUnit,
    Measurement,
    Originality,
    PageLink,
    PageRole,
    WeightUnit,
)
from desktop.domain.identity import make_iin
from desktop.domain.languages import NO_TEXT, Bilingual
from desktop.domain.refusals import RefusalGround
from desktop.domain.roles import Role
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.registry import RegistryQuery
from desktop.ui.application.actions import RefuseDialog
from desktop.ui.application.view import ApplicationView, Tab
from desktop.ui.examination import ConflictDialog
from desktop.ui.kit.language_editors import BilingualEdit
from desktop.ui.kit.vocabulary import page_label
from desktop.ui.main_window import MainWindow
from desktop.ui.viewer import ScanViewer

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = [
    "VIEWER_SIZE",
    "application_view",
    "conflict_dialog",
    "documents_tab",
    "empty_application",
    "empty_ready",
    "examination_form",
    "refuse_dialog",
    "refused_step",
    "refused_step_ready",
    "staff_actor",
    "view_ready",
    "viewer",
    "viewer_ready",
]

log = logging.getLogger(__name__)

VIEWER_SIZE = (900, 820)


@dataclass(frozen=True)
class _Desk:
    application_id: int
    item_ids: list[int]
    photo_ids: list[int]
    member: Actor
    chair: Actor


def staff_actor(ctx: Context, role: Role) -> Actor:
    """The first active account with *role* (by name: the demo's first member)."""
    for user in ctx.services.users.list_users(ctx.actor):
        if user.role == role and user.active:
            return Actor.of(user)
    raise LookupError(f"the database has no active account with the role {role}")


def _opinion(photo: int) -> ExaminationRecord:
    return ExaminationRecord(
        kind=ExaminationKind.OPINION, originality=Originality.ORIGINAL,
        object_type="musical_instrument", title=Bilingual("Домбыра", "Домбра"),
        maker=Bilingual("белгісіз шебер", "неизвестный мастер"),
        dating=Bilingual("XIX ғасырдың соңы", "конец XIX века"), year_from=1880, year_to=1899,
        place_of_creation=Bilingual("Ақмола облысы", "Акмолинская область"),
        material=("pine", "gut"), technique=("wood_carving", "pyrography"),
        measurements=(Measurement(Dimension.LENGTH, 98.5, LengthUnit.CM),
                      Measurement(Dimension.WIDTH, 21.0, LengthUnit.CM, "шанағы")),
        weight_value=0.9, weight_unit=WeightUnit.KG,
        inscriptions=Bilingual("мойнында «Ж.Б.» таңбасы", "на грифе клеймо «Ж.Б.»"),
        condition=ConditionGrade.FAIR,
        condition_note=Bilingual("шанағында жарықшақ; ішектері ауыстырылған",
                                 "трещина на корпусе; струны заменены"),
        pages=(PageLink(photo, PageRole.OVERALL, shows_scale=True, for_annex=True),),
    )


def _desk(ctx: Context) -> _Desk:
    """The application the member's desk screens show; preparing it again changes nothing
    (the same application is found, the records are saved only when missing)."""
    member, chair = staff_actor(ctx, Role.MEMBER), staff_actor(ctx, Role.CHAIR)
    query = RegistryQuery(statuses=frozenset({Status.DOCUMENTS_COMPLETE,
                                              Status.UNDER_EXAMINATION}))
    exam = ctx.services.examination
    rows = [r for r in ctx.services.registry.page(member, query, 0, 100)
            if r.items >= 2 and r.pages >= 4]
    if not rows:
        raise LookupError("the demo database has no application with items and pages "
                            "ready for examination")
    # The filled-in record describes a dombra: show an application whose first item is one.
    row = next((r for r in rows
                if exam.items(member, r.id)[0].name.startswith(("Домбыра", "Домбра"))), rows[0])
    if row.status == Status.DOCUMENTS_COMPLETE:
        ctx.services.workflow.advance(member, row.id, "start_examination")
    items = exam.items(member, row.id)
    photos = [p.id for p in ctx.services.documents.list_pages(member, row.id)
              if p.kind == PageKind.PHOTO]
    first = items[0].item_id
    if exam.get(member, first, ExaminationKind.OPINION) is None:
        exam.save(member, first, _opinion(photos[0]), None)
    if exam.get(chair, first, ExaminationKind.AGREED) is None:
        agreed = replace(_opinion(photos[0]), kind=ExaminationKind.AGREED, maker=NO_TEXT,
                         inscriptions=NO_TEXT, condition_note=NO_TEXT)
        exam.save(chair, first, agreed, None)
    log.info("member's desk screens show application %s", row.number)
    return _Desk(row.id, [i.item_id for i in items], photos, member, chair)


def _window(ctx: Context, desk: _Desk, actor: Actor, tab: int) -> MainWindow:
    window = MainWindow(ctx.session(actor))
    view = window.open_application(desk.application_id)
    view.tabs.setCurrentIndex(tab)
    view.viewer.show_page_id(desk.photo_ids[0])
    return window


def application_view(ctx: Context) -> QWidget:
    """The chairperson's view of the application: data, steps, assignment, the photo."""
    desk = _desk(ctx)
    return _window(ctx, desk, desk.chair, Tab.SUMMARY)


def examination_form(ctx: Context) -> QWidget:
    """The member's opinion on the first item beside the photo it links, with a change
    typed and not saved yet (Save and Undo are on)."""
    desk = _desk(ctx)
    window = _window(ctx, desk, desk.member, Tab.EXAMINATION)
    subject = window.application_views()[0].form.editor.binders["subject"].widget
    assert isinstance(subject, BilingualEdit)
    texts = {"kk": "Екі ішекті халық аспабы; шанағы бір бөлек ағаштан ойылған.",
             "ru": "Двухструнный народный инструмент; корпус выдолблен из цельного дерева."}
    for lang, text in texts.items():
        editor = subject.editors[lang]
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(text)
    return window


def view_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    views = widget.application_views()
    if not views:
        return False
    view: ApplicationView = views[0]
    if not view.viewer.isVisible():  # a tab with the whole width
        return view.is_idle()
    item = view.viewer.canvas.item
    return view.is_idle() and item is not None and item.painted_reduction is not None


def viewer(ctx: Context) -> QWidget:
    """The scan viewer alone on a demo photo, zoomed in on the object and its scale."""
    desk = _desk(ctx)
    widget = ScanViewer(ctx.session(desk.member))
    widget.resize(*VIEWER_SIZE)
    widget.set_application(desk.application_id, desk.photo_ids[0])
    return widget


def viewer_ready(widget: QWidget) -> bool:
    assert isinstance(widget, ScanViewer)
    canvas = widget.canvas
    if canvas.item is None or not widget.isVisible():
        return False
    if canvas.fit_mode.value != "none":
        canvas.set_zoom(0.55)
        page = canvas.item.boundingRect()
        canvas.centerOn(QPointF(page.width() * 0.5, page.height() * 0.56))
    return widget.is_idle() and widget.is_refined_for_zoom() \
        and canvas.item.painted_reduction is not None


def conflict_dialog(ctx: Context) -> QWidget:
    """A real conflict: the agreed result of the second item saved on another desktop while
    the chairperson's form still had the version before it."""
    desk = _desk(ctx)
    exam = ctx.services.examination
    item = desk.item_ids[1]
    stored = exam.get(desk.chair, item, ExaminationKind.AGREED)
    name = ctx.services.examination.items(desk.chair, desk.application_id)[1].name
    theirs = ExaminationRecord(
        kind=ExaminationKind.AGREED, originality=Originality.ORIGINAL,
        title=Bilingual.from_json(name), dating=Bilingual("XIX ғасырдың соңы", "конец XIX века"),
        condition=ConditionGrade.GOOD,
        pages=(PageLink(desk.photo_ids[-1], PageRole.OVERALL, shows_scale=True),))
    saved = exam.save(desk.chair, item, theirs, stored.version if stored else None)
    mine = replace(theirs, dating=Bilingual("XX ғасырдың басы", "начало XX века"),
                   condition=ConditionGrade.FAIR,
                   condition_note=Bilingual("Жиегінде қалпына келтіру іздері бар.",
                                            "По краю следы реставрации."),
                   pages=(PageLink(desk.photo_ids[-1], PageRole.OVERALL, shows_scale=True,
                                   for_annex=True),))
    before = (saved.version or 1) - 1
    try:
        exam.save(desk.chair, item, mine, before or None)
    except ExaminationConflict as conflict:
        pages = {p.id: page_label(p.position, p.kind) for p in
                 ctx.services.documents.list_pages(desk.chair, desk.application_id)}
        return ConflictDialog(conflict, pages,
                              ctx.services.vocabulary.vocabulary(desk.chair))
    raise RuntimeError("the second save did not meet the conflict it was set up for")


def refuse_dialog(ctx: Context) -> QWidget:
    """The chairperson refusing the state service: a ground chosen, the reasons typed, and
    the button that refuses named apart from the one that cancels."""
    del ctx
    dialog = RefuseDialog()
    dialog.ground.setCurrentIndex(dialog.ground.findData(
        RefusalGround.DOCUMENTS_INCOMPLETE.value))
    dialog.text.setPlainText("Өтінішке затқа меншік құқығын растайтын құжат қоса берілмеген.")
    return dialog


def refused_step(ctx: Context) -> QWidget:
    """The chairperson finishing an examination whose agreed results are not complete: the
    refusal, in words, names each item and what it lacks."""
    desk = _desk(ctx)
    window = _window(ctx, desk, desk.chair, Tab.SUMMARY)
    window.application_views()[0].take_step("finish_examination")
    return window


def refused_step_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    views = widget.application_views()
    return view_ready(widget) and bool(views) and views[0].message.isVisible()



def documents_tab(ctx: Context) -> QWidget:
    """The clerk's Documents tab: the pages and their tools beside the viewer (which has
    no strip of its own here)."""
    desk = _desk(ctx)
    window = _window(ctx, desk, ctx.actor, Tab.DOCUMENTS)
    view = window.application_views()[0]
    view.documents.select_page(desk.photo_ids[0])
    return window


def empty_application(ctx: Context) -> QWidget:
    """A request registered a moment ago, without pages: what the Documents tab offers."""
    window = MainWindow(ctx.session(ctx.actor))
    view = window.open_application(_without_pages(ctx))
    view.tabs.setCurrentIndex(Tab.DOCUMENTS)
    return window


def empty_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    views = widget.application_views()
    return bool(views) and views[0].is_idle() and views[0].viewer.empty.isVisible()


def _without_pages(ctx: Context) -> int:
    """A registered request without pages: the demo's, or one registered now."""
    query = RegistryQuery(statuses=frozenset({Status.REGISTERED}))
    for row in ctx.services.registry.page(ctx.actor, query, 0, 50):
        if not row.pages:
            return row.id
    today = date.today()
    applicant = ApplicantData(
        kind=ApplicantKind.INDIVIDUAL, iin_bin=make_iin(date(1984, 3, 12), "female", 7),
        surname="Сейітқызы", given_name="Ләззат", patronymic="Ержанқызы",
        birth_date=date(1984, 3, 12), citizenship="KZ", id_document_number="051234876",
        id_document_issued=date(2021, 9, 1), residence="Көкшетау қ., Әуезов к-сі, 5",
        phones="+7 702 111 22 33", occupation="кілем тоқушы")
    data = ApplicationData(
        applicant=applicant, items=[ItemData("Тұскиіз, 1960 ж.", 1)],
        purpose="Халықаралық көрмеге қатысу", destination_country="TR",
        destination_place="Анкара, Этнография музейі", received=today,
        channel=Channel.PAPER, export_from=today + timedelta(days=40),
        export_until=today + timedelta(days=100),
        paper_documents=[PaperDocument.APPLICATION_FORM.value])
    return ctx.services.registration.register(ctx.actor, data).application_id
