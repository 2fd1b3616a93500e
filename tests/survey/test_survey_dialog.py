"""The survey dialog of an application, and the survey's shares on the start page."""

from __future__ import annotations

from PySide6.QtCharts import QPercentBarSeries
from pytestqt.qtbot import QtBot

from desktop.domain.survey import Satisfaction
from desktop.services.registration import RegistrationService
from desktop.services.survey import SurveyService
from desktop.storage.database import Database
from desktop.ui.dashboard import StartPage
from desktop.ui.survey_dialog import SurveyDialog
from tests.support.factories import application, individual
from tests.support.sessions import session_for, written
from tests.support.staff import actor_for


def test_the_dialog_asks_both_questions_and_the_start_page_shows_the_shares(
        qtbot: QtBot, sqlite_db: Database) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    app_id = RegistrationService(sqlite_db).register(
        clerk, application(individual(1))).application_id
    dialog = SurveyDialog(session_for(sqlite_db, clerk), app_id)
    qtbot.addWidget(dialog)
    dialog.groups["quality"].button(2).setChecked(True)
    dialog.save()  # the second question is not answered yet
    assert dialog.message.text() == "Choose an answer to each question."
    assert SurveyService(sqlite_db).answers(clerk, app_id) is None
    dialog.groups["information"].button(3).setChecked(True)
    assert written(qtbot, dialog.session, dialog.save())
    assert dialog.result() == SurveyDialog.DialogCode.Accepted
    assert SurveyService(sqlite_db).answers(clerk, app_id) == {
        "quality": Satisfaction.PARTLY, "information": Satisfaction.SATISFIED}

    again = SurveyDialog(session_for(sqlite_db, clerk), app_id)  # opens on what was recorded
    qtbot.addWidget(again)
    assert again.groups["quality"].checkedId() == 2

    page = StartPage(session_for(sqlite_db, clerk))
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_idle)  # the figures are read on a worker thread
    chart = page.survey_view.chart()
    assert chart.title() == "Quality survey: 1 answer"
    (series,) = chart.series()
    assert isinstance(series, QPercentBarSeries)
    assert [bar.at(0) for bar in series.barSets()] == [0.0, 1.0, 0.0]
