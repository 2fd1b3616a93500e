"""The quality survey of annex 6: the clerk records the applicant's answers; the shares."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.roles import PermissionDenied
from desktop.domain.survey import Satisfaction
from desktop.services.registration import RegistrationService
from desktop.services.survey import SurveyError, SurveyService
from desktop.storage.database import Database
from tests.support.factories import application, individual


def test_answers_are_recorded_corrected_and_counted(db: Database, staff) -> None:
    registration, survey = RegistrationService(db), SurveyService(db)
    apps = [registration.register(staff["clerk"], application(individual(n))).application_id
            for n in (1, 2, 3)]
    survey.record(staff["clerk"], apps[0], 3, 3)
    survey.record(staff["clerk"], apps[1], 2, 3)
    survey.record(staff["clerk"], apps[2], 1, 1)
    survey.record(staff["clerk"], apps[2], 1, 2)  # corrected: still one survey per request
    assert survey.answers(staff["member"], apps[2]) == {
        "quality": Satisfaction.NOT_SATISFIED, "information": Satisfaction.PARTLY}

    today = date.today()
    shares = survey.shares(staff["chair"], date(today.year, 1, 1), today)
    assert shares.answered == 3
    assert shares.counts["quality"] == {Satisfaction.NOT_SATISFIED: 1, Satisfaction.PARTLY: 1,
                                        Satisfaction.SATISFIED: 1}
    assert shares.share("information", Satisfaction.SATISFIED) == pytest.approx(2 / 3)

    with pytest.raises(SurveyError, match="must be 1, 2 or 3, got 4"):
        survey.record(staff["clerk"], apps[0], 4, 1)
    with pytest.raises(PermissionDenied):
        survey.record(staff["member"], apps[0], 3, 3)
    assert survey.answers(staff["clerk"], apps[0]) == {
        "quality": Satisfaction.SATISFIED, "information": Satisfaction.SATISFIED}
