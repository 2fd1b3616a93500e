"""Hostile package contents end in a clear refusal or a faithful registration, never a crash."""

from __future__ import annotations

import itertools
import json
import unicodedata
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.models.application import Application
from desktop.services.actor import Actor
from desktop.services.packages import PackageRejected, load_package
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.registration.samples import company_package, individual_package
from tests.support.staff import actor_for

_SERIALS = itertools.count(1)
"""Each example is another applicant's request: one registered twice is refused (its own
test in test_registration_rules.py)."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

FRAGMENTS = [
    "'; DROP TABLE applications; --",
    "Robert'); DELETE FROM applicants; --",
    "<script>alert('x')</script>",
    "<b>Жирный</b> &amp; &lt;",
    "שלום עולם",  # Hebrew, right to left
    "مرحبا بالعالم",  # Arabic, right to left
    "\u202eӘлем\u202c",  # a right-to-left override
    "\u200f\u200e",
    "%s %d {0} ${x}",
    "NULL",
    "ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    "\x00",
    "\x1b[31m",
    "line\nbreak\ttab",
]
TEXTS = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(max_size=40),
    st.text(st.characters(categories=["Cc", "Cf", "Cs", "Zl", "Zp"]), max_size=5),
    st.text(st.sampled_from("ә a<'\""), min_size=495, max_size=505),
    st.builds(str.__add__, st.sampled_from(FRAGMENTS), st.text(max_size=8)),
)
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2026-02-30", "30.01.2026", "", "2026-1-1", "２０２６-01-01"]),
    TEXTS,
)
CODES = st.one_of(st.sampled_from(["FR", "KZ", "QQ", "fr", "F", ""]), TEXTS)
QUANTITIES = st.one_of(st.integers(-5, 200_000), st.floats(allow_nan=False), st.booleans(),
                       TEXTS, st.none())
FIELDS: dict[tuple[str | int, ...], st.SearchStrategy[Any]] = {
    ("applicant", "surname"): TEXTS,
    ("applicant", "given_name"): TEXTS,
    ("applicant", "patronymic"): TEXTS,
    ("applicant", "residence"): TEXTS,
    ("applicant", "phones"): TEXTS,
    ("applicant", "occupation"): TEXTS,
    ("applicant", "iin_bin"): st.one_of(TEXTS, st.text("0123456789", min_size=12, max_size=12)),
    ("applicant", "birth_date"): DATES,
    ("applicant", "citizenship"): CODES,
    ("items", 0, "name"): TEXTS,
    ("items", 0, "quantity"): QUANTITIES,
    ("purpose",): TEXTS,
    ("destination_country",): CODES,
    ("destination_place",): TEXTS,
    ("export_from",): DATES,
    ("export_until",): DATES,
    ("received",): DATES,
}
TEXT_FIELDS = [key for key, strategy in FIELDS.items() if strategy is TEXTS]


def _set(package: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    target: Any = package
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def _get(package: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    value: Any = package
    for part in path:
        value = value[part]
    return value


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), company=st.booleans())
def test_hostile_fields(db: Database, data: st.DataObject, company: bool) -> None:
    serial = next(_SERIALS)
    package = company_package(serial) if company else individual_package(serial)
    keys = data.draw(st.lists(st.sampled_from(list(FIELDS)), min_size=1, max_size=4,
                              unique=True))
    for key in keys:
        if company and key[0] == "applicant" and key[1] not in ("iin_bin", "phones",
                                                                   "occupation"):
            continue
        _set(package, key, data.draw(FIELDS[key], label=".".join(map(str, key))))
    raw = json.dumps(package).encode("utf-8")  # ASCII: surrogates travel as \ud8xx escapes
    try:
        application = load_package(raw, "fuzz.json")
    except PackageRejected as exc:
        assert exc.problems
        assert all(p.path.startswith("$") and p.message for p in exc.problems)
        str(exc).encode("utf-8")  # printable on any terminal: no lone surrogates echoed
        event("rejected")
        return
    event("registered")
    # What the file says: JSON joins an escaped surrogate pair into one character.
    package = json.loads(raw)
    clerk: Actor = actor_for(db, "clerk")
    done = RegistrationService(db).register(clerk, application)
    with db.read() as s:
        stored = s.get(Application, done.application_id)
        assert stored is not None
        assert stored.items[0].name == _nfc(_get(package, ("items", 0, "name")).strip())
        assert stored.purpose == _nfc(package["purpose"].strip())
        assert stored.destination_place == _nfc(package["destination_place"].strip())
        if not company:
            assert stored.applicant.surname == _nfc(package["applicant"]["surname"].strip())
            assert stored.applicant.residence == _nfc(
                package["applicant"]["residence"].strip())


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(raw: bytes) -> None:
    try:
        load_package(raw, "bytes.json")
    except PackageRejected as exc:
        assert exc.problems
