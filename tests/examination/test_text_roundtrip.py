"""Whatever text the commission types comes back from the database exactly as typed."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.domain.examination_rules import (
    BILINGUAL_FIELDS,
    MULTI_LINE_LIMITS,
    SINGLE_LINE_LIMITS,
    ExaminationKind,
    ExaminationRecord,
)
from desktop.domain.languages import Bilingual
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from tests.support.examination import ExamApp, complete

AGREED = ExaminationKind.AGREED

FRAGMENTS = [
    "'; DROP TABLE examinations; --",
    "\" OR 1=1 --",
    "<script>alert('x')</script>",
    "<b>қалың</b> &amp; &lt;",
    "مخطوطة عربية قديمة",
    "כתב יד עברי",
    "\u202eRTL override\u202c",
    "Ғасыр, Құлпытас, Өрнек, Үкі, Һ, І",
    "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "%s %(x)s {0} $1 \\N \\\\",
    "  ведущие и хвостовые пробелы  ",
]

_line = st.lists(st.sampled_from(FRAGMENTS)
                 | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
                 max_size=6).map("".join)
_lines = st.lists(_line | st.sampled_from(["\n", "\r\n", "\t"]), max_size=12).map("".join)


def _value(name: str, kk: str, ru: str) -> str | Bilingual:
    return Bilingual(kk, ru) if name in BILINGUAL_FIELDS else kk


@st.composite
def _texts(draw: st.DrawFn) -> dict[str, str | Bilingual]:
    values = {n: _value(n, draw(_line)[:limit], draw(_line)[:limit])
              for n, limit in SINGLE_LINE_LIMITS.items()}
    values.update({n: _value(n, draw(_lines)[:limit], draw(_lines)[:limit])
                   for n, limit in MULTI_LINE_LIMITS.items()})
    return values


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=_texts())
@example(texts={**{n: _value(n, "ж" * limit, "ж" * limit)
                   for n, limit in SINGLE_LINE_LIMITS.items()},
                **{n: _value(n, ("ұзын мәтін\n" * limit)[:limit], ("длинный\n" * limit)[:limit])
                   for n, limit in MULTI_LINE_LIMITS.items()}})
def test_text_fields_are_stored_and_read_back_exactly(
        staff: dict[str, Actor], service: ExaminationService, exam_app: ExamApp,
        texts: dict[str, str | Bilingual]) -> None:
    item = exam_app.item_ids[0]
    stored = service.get(staff["chair"], item, AGREED)
    record = replace(complete(), **texts)
    saved = service.save(staff["chair"], item, record, stored.version if stored else None)
    back = service.get(staff["member"], item, AGREED)
    assert back == saved
    for name, value in texts.items():
        assert getattr(back, name) == value, name


def test_the_empty_record_round_trips(staff: dict[str, Actor], service: ExaminationService,
                                      exam_app: ExamApp) -> None:
    empty = ExaminationRecord(ExaminationKind.OPINION)
    saved = service.save(staff["member"], exam_app.item_ids[1], empty, None)
    assert replace(saved, item_id=None, author_id=None, author_name="", version=None,
                   updated_at=None, updated_by_name="") == empty
