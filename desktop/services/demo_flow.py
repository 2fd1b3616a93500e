"""Taking one demo application from its examination to its result, through the services.

Records are saved by the examination service, the examination is finished, the conclusion
drafted and the refusal given by the conclusion service, returns registered and checked by
the returns service, answers recorded by the survey service: each with its permission
check, its rules and its audit, as a user of the window would. Only the signatures are
handed to the signing pool, which signs through the conclusion service too.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.examination_rules import (
    ExaminationKind,
    PageLink,
    PageRole,
    Recommendation,
)
from desktop.domain.languages import NO_TEXT
from desktop.domain.returns import CheckResult
from desktop.domain.workflow import Status
from desktop.models.application import Item
from desktop.services import demo_people as P
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.certificates import CertificateService
from desktop.services.conclusions import ConclusionService, ConclusionSummary
from desktop.services.demo_bulk import Registered
from desktop.services.demo_examination import agreed_record, item_photos
from desktop.services.demo_plan import Plan
from desktop.services.demo_signing import SigningPool, SignJob
from desktop.services.examination import ExaminationService
from desktop.services.returns import ReturnService
from desktop.services.survey import SurveyService
from desktop.services.wording import WordingService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database

__all__ = ["DemoFlow"]


class DemoFlow:
    def __init__(self, db: Database, staff: dict[str, Actor], rng: random.Random,
                 pool: SigningPool, city: str) -> None:
        self.db = db
        self.staff = staff
        self.rng = rng
        self.pool = pool
        self.city = city
        self.examination = ExaminationService(db)
        self.workflow = WorkflowService(db)
        self.letters = ConclusionService(db)
        self.returns = ReturnService(db)
        self.survey = SurveyService(db)
        self.applications = ApplicationService(db)
        self.wording = WordingService(db)
        self.certificates = CertificateService(db)
        self.usernames = {a.user_id: name for name, a in staff.items()}

    # -- to the result ----------------------------------------------------------------------

    def take(self, app: Registered, plan: Plan, assigned: Actor | None) -> None:
        """From "under examination" (or earlier, for a refusal) to where the plan ends."""
        chair = self.staff["chair"]
        if "finish_examination" not in plan.days:
            if plan.status == Status.UNDER_EXAMINATION and plan.index % 2:
                self._record(app, plan, items=app.item_ids[:1])  # halfway through
            if plan.status == Status.REFUSED:
                self._refuse(app, plan, worded=False)
            return
        self._record(app, plan, items=app.item_ids)
        self.workflow.advance(chair, app.application_id, "finish_examination",
                              today=plan.days["finish_examination"])
        self._word(app, assigned or chair)  # an examined application is ready to draft
        if plan.status == Status.REFUSED:
            self._refuse(app, plan, worded=True)
            return
        if "draft" not in plan.days:
            return
        conclusion = self.letters.draft(assigned or chair, app.application_id,
                                        today=plan.days["draft"])
        signers = self._signers(conclusion)
        if plan.status == Status.BEING_SIGNED:
            self.pool.submit(SignJob(conclusion.id, signers[:1], plan.days["first_signature"]))
        elif plan.status != Status.CONCLUSION_DRAFTED:
            self.pool.submit(SignJob(conclusion.id, signers, plan.days["decide"]))

    def _word(self, app: Registered, actor: Actor) -> None:
        """The purpose and the occupation, received in one language, worded in both for the
        documents once the examination is finished, so that an examined application can be
        drafted (or, refused before it, before the letter)."""
        detail = self.applications.detail(actor, app.application_id)
        self.wording.save(actor, app.application_id,
                          P.document_wording(detail.purpose, detail.applicant.occupation))

    def _signers(self, summary: ConclusionSummary) -> tuple[str, ...]:
        return tuple(self.usernames[s.user_id] for s in summary.signers)

    def _record(self, app: Registered, plan: Plan, items: tuple[int, ...]) -> None:
        """The agreed record of each item, with its photos; for an export not agreed (or
        refused as unfit) the last item is not recommended."""
        chair = self.staff["chair"]
        refused_unfit = plan.status == Status.REFUSED
        for item_id in items:
            with self.db.write() as s:
                item = s.get_one(Item, item_id)
                record = agreed_record(item, self.rng, item_photos(s, item, self.rng))
            if (not plan.agreed or refused_unfit) and item_id == app.item_ids[-1]:
                record = dataclasses.replace(record,
                                             recommendation=Recommendation.NOT_RECOMMENDED)
            self.examination.save(chair, item_id, record, None)

    def _refuse(self, app: Registered, plan: Plan, *, worded: bool) -> None:
        assert plan.ground is not None
        if not worded:
            self._word(app, self.staff["chair"])
        day = plan.days["decide"]
        letter = self.letters.refuse(self.staff["chair"], app.application_id, plan.ground,
                                     plan.refusal_text, today=day)
        self.pool.submit(SignJob(letter.id, ("chair",), day))

    def sign_certificate(self, app: Registered, plan: Plan) -> None:
        """Issuing an agreed conclusion drafted its certificate; its signer (the official
        the region profile names) signs it on the day of the decision: items leave the
        country only with a signed certificate."""
        if plan.status not in (Status.ISSUED_AGREED, Status.CLOSED) or not plan.agreed:
            return
        certificate = self.certificates.for_application(self.staff["chair"],
                                                        app.application_id)
        if certificate is not None and certificate.status == ConclusionStatus.DRAFT:
            self.pool.submit(SignJob(certificate.id, self._signers(certificate),
                                     plan.days["decide"]))

    # -- after the result -------------------------------------------------------------------

    def come_back(self, app: Registered, plan: Plan, member: Actor, today: date) -> None:
        """A closed export: every item back on time, examined again, found matching, and
        the return act signed; an overdue one: its first item back."""
        clerk = self.staff["clerk"]
        back = plan.export_until - timedelta(days=self.rng.randint(0, 10))
        back = max(plan.export_from, min(back, today))
        items = app.item_ids if plan.status == Status.CLOSED else app.item_ids[:1]
        self.returns.register(clerk, app.application_id, list(items), returned_on=back,
                              presented_by=P.RETURN_PRESENTER, place=self.city, today=today)
        if plan.status != Status.CLOSED:
            return
        for item_id in items:
            agreed = self.examination.get(member, item_id, ExaminationKind.AGREED)
            assert agreed is not None
            with self.db.write() as s:
                item = s.get_one(Item, item_id)
                overall = item_photos(s, item, self.rng)[0]
            again = dataclasses.replace(
                agreed, kind=ExaminationKind.RETURN, version=None, author_id=None,
                pages=(PageLink(overall.page_id, PageRole.OVERALL, shows_scale=True),))
            self.examination.save(member, item_id, again, None)
        for state in self.returns.items(member, app.application_id):
            assert state.version is not None
            self.returns.record_check(member, state.item_id, CheckResult.MATCHES, NO_TEXT,
                                      state.version)
        act_day = min(today, back + timedelta(days=self.rng.randint(1, 5)))
        act = self.letters.draft_return_act(member, app.application_id, today=act_day)
        self.pool.submit(SignJob(act.id, self._signers(act), act_day))

    def answer_survey(self, app: Registered, plan: Plan) -> None:
        if plan.survey is not None:
            quality, information = plan.survey
            self.survey.record(self.staff["clerk"], app.application_id, quality, information)
