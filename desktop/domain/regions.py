"""Region profiles: names, registration prefix and deadline rules, loaded from JSON.

The commission's deadlines differ by region, so they are data in
``resources/regions/<code>.json``, e.g.::

    "deadlines": [
        {"stage": "preliminary", "from": "received", "working_days": 5},
        {"stage": "result", "from": "preliminary", "months": 1}
    ],
    "repeat_examination": {"working_days": 10},
    "required_documents": {
        "individual": ["application_form", "id_copy", "item_photos"],
        "company": ["application_form", "company_registration", "item_photos"]
    },
    "quorum": {"more_than": "1/2"}

Each stage counts from ``"received"`` or from an earlier stage, by exactly one of
``working_days`` or ``months``; a ``"result"`` stage is required (a ``"preliminary"`` stage
ends when the examination starts: :mod:`desktop.domain.stages`). ``required_documents``
names, for each kind of applicant, the paper documents (:class:`PaperDocument` codes) that
must have a scanned page before a conclusion is drafted (none when the key is absent).
``quorum`` is the share of the seated members, the chairperson not counted, that must take
part in a conclusion: ``{"more_than": "p/q"}`` or ``{"at_least": "p/q"}`` (default: more
than half). Every file is validated when loaded; a problem raises
:class:`RegionProfileError` naming the file and the key.

``executive_body`` is the local executive body (the akimat) that heads every document, as
annex 5 has it; ``department``, the culture department under it. ``certificate`` says who
issues the certificate for the right to temporarily export::

    "certificate": {"issuer": {"role": "official",
                               "position": {"kk": "…басшысы", "ru": "Руководитель…"},
                               "body": {"kk": "…мәдениет басқармасы", "ru": "…"}}}

``role`` is the seat whose holder signs it: ``official`` (an official of the body, seated
for the region) or ``chair`` (the commission's chairperson, where the body's head chairs it).

``in_force_from`` (``"YYYY-MM-DD"``, optional) is the day the region's rules took effect: a
request received before it is refused at registration (without it, 1 January 2013).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop import LANGUAGES
from desktop.domain.applications import ApplicantKind, PaperDocument
from desktop.domain.calendar import WorkingCalendar, default_calendar
from desktop.domain.quorum import Quorum
from desktop.domain.seats import SeatKind
from desktop.resources import resources_dir

__all__ = [
    "EARLIEST_RECEIVED",
    "LANGUAGES",
    "RECEIVED",
    "RESULT",
    "CertificateIssuer",
    "DeadlineStage",
    "LocalizedText",
    "Period",
    "RegionProfile",
    "RegionProfileError",
    "available_profiles",
    "compute_deadlines",
    "load_profile",
    "load_profile_file",
    "regions_dir",
    "repeat_deadline",
    "resources_dir",
]

logger = logging.getLogger(__name__)

RECEIVED = "received"
RESULT = "result"

_CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_PREFIX_RE = re.compile(r"^[A-Z]{2,6}$")
_STAGE_RE = re.compile(r"^[a-z][a-z0-9_]*$")

_PROFILE_KEYS = {
    "code",
    "number_prefix",
    "name",
    "executive_body",
    "signing_city",
    "conclusion_languages",
    "deadlines",
    "repeat_examination",
    "required_documents",
    "quorum",
    "department",
    "certificate",
    "in_force_from",
}
_OPTIONAL_PROFILE_KEYS = {"repeat_examination", "required_documents", "quorum", "department",
                          "certificate", "in_force_from"}
EARLIEST_RECEIVED = date(2013, 1, 1)
"""The earliest received date when a profile does not say when its rules took effect: the
regional rules this program follows are of 2013, so nothing was received under them before."""
ISSUER_ROLES = (SeatKind.OFFICIAL.value, SeatKind.CHAIR.value)
"""The seats whose holder may sign the certificates."""


def regions_dir() -> Path:
    """The folder of region profile files."""
    return resources_dir() / "regions"


class RegionProfileError(ValueError):
    """A region profile file is missing or invalid; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """One text in Kazakh (required), Russian and English."""

    kk: str
    ru: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in ``lang``; Kazakh when that language is missing or unknown."""
        if lang in LANGUAGES:
            text: str = getattr(self, lang)
            if text:
                return text
        return self.kk

    def as_dict(self) -> dict[str, str]:
        """Non-empty translations, by language."""
        return {lang: text for lang in LANGUAGES if (text := getattr(self, lang))}


@dataclass(frozen=True, slots=True)
class Period:
    """A time limit: exactly one of ``working_days`` or calendar ``months``."""

    working_days: int | None = None
    months: int | None = None

    def __post_init__(self) -> None:
        if (self.working_days is None) == (self.months is None):
            raise ValueError("give exactly one of working_days and months")

    def apply(self, start: date, calendar: WorkingCalendar) -> date:
        """The due date of a period starting on ``start`` (``start`` itself does not count)."""
        if self.working_days is not None:
            return calendar.add_working_days(start, self.working_days)
        assert self.months is not None
        return calendar.add_months(start, self.months)

    def describe(self) -> str:
        """Short English form for logs, e.g. ``"10 working days"``."""
        if self.working_days is not None:
            return f"{self.working_days} working days"
        return f"{self.months} months"


@dataclass(frozen=True, slots=True)
class DeadlineStage:
    """A stage that is due ``period`` after ``start_from`` (``"received"`` or an earlier stage)."""

    stage: str
    start_from: str
    period: Period


@dataclass(frozen=True, slots=True)
class CertificateIssuer:
    """Who signs the certificates: the holder of the seat ``role``, with the position and
    the body printed under the signature."""

    role: SeatKind
    position: LocalizedText
    body: LocalizedText


@dataclass(frozen=True, slots=True)
class RegionProfile:
    """A region's identity and deadline rules."""

    code: str
    number_prefix: str
    name: LocalizedText
    executive_body: LocalizedText
    signing_city: LocalizedText
    conclusion_languages: tuple[str, ...]
    stages: tuple[DeadlineStage, ...]
    repeat_examination: Period | None = None
    required_documents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """:class:`ApplicantKind` value → the :class:`PaperDocument` codes that must be scanned."""
    quorum: Quorum = field(default_factory=Quorum)
    department: LocalizedText | None = None
    """The culture department under the executive body (a line of its own in the header)."""
    certificate_issuer: CertificateIssuer | None = None
    in_force_from: date | None = None
    """The day the region's rules took effect; no request can be received before it."""
    source: Path | None = field(default=None, compare=False, repr=False)

    @property
    def received_from(self) -> date:
        """The earliest received date a request of this region may have."""
        return self.in_force_from or EARLIEST_RECEIVED

    @property
    def stage_names(self) -> tuple[str, ...]:
        """Stage names in order; the last one usually is ``"result"``."""
        return tuple(s.stage for s in self.stages)

    def documents_required(self, applicant_kind: str) -> tuple[str, ...]:
        """The documents an applicant of this kind must have scanned, in the profile's order."""
        return self.required_documents.get(str(applicant_kind), ())


# -- loading and validation -------------------------------------------------------------


def _positive_int(value: Any, where: str, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RegionProfileError(path, f"{where} must be a positive whole number, got {value!r}")
    return value


def _parse_period(data: Any, where: str, path: Path, extra_keys: set[str]) -> Period:
    if not isinstance(data, dict):
        raise RegionProfileError(path, f"{where} must be an object, got {type(data).__name__}")
    unknown = set(data) - extra_keys - {"working_days", "months"}
    if unknown:
        raise RegionProfileError(path, f"{where} has unknown keys: {', '.join(sorted(unknown))}")
    has_days, has_months = "working_days" in data, "months" in data
    if has_days and has_months:
        raise RegionProfileError(path, f"{where} gives both working_days and months; give one")
    if not has_days and not has_months:
        raise RegionProfileError(path, f"{where} gives neither working_days nor months")
    if has_days:
        return Period(working_days=_positive_int(data["working_days"], where, path))
    return Period(months=_positive_int(data["months"], where, path))


def _parse_text(data: Any, key: str, path: Path) -> LocalizedText:
    if not isinstance(data, dict):
        raise RegionProfileError(path, f"{key!r} must be an object of language → text")
    unknown = set(data) - set(LANGUAGES)
    if unknown:
        raise RegionProfileError(
            path, f"{key!r} has unknown languages: {', '.join(sorted(map(str, unknown)))}"
        )
    for lang, text in data.items():
        if not isinstance(text, str):
            raise RegionProfileError(path, f"{key}.{lang} must be text, got {text!r}")
    kk = data.get("kk", "").strip()
    if not kk:
        raise RegionProfileError(path, f"{key!r} needs a Kazakh text ('kk')")
    return LocalizedText(kk=kk, ru=data.get("ru", "").strip(), en=data.get("en", "").strip())


def _parse_languages(data: Any, path: Path) -> tuple[str, ...]:
    if not isinstance(data, list) or not data:
        raise RegionProfileError(path, "'conclusion_languages' must be a non-empty list")
    for lang in data:
        if lang not in LANGUAGES:
            raise RegionProfileError(
                path,
                f"'conclusion_languages' has unknown language {lang!r} "
                f"(known: {', '.join(LANGUAGES)})",
            )
    if len(set(data)) != len(data):
        raise RegionProfileError(path, "'conclusion_languages' repeats a language")
    return tuple(data)


def _parse_stages(data: Any, path: Path) -> tuple[DeadlineStage, ...]:
    if not isinstance(data, list) or not data:
        raise RegionProfileError(path, "'deadlines' must be a non-empty list of stages")
    stages: list[DeadlineStage] = []
    known = {RECEIVED}
    for i, item in enumerate(data):
        where = f"deadlines[{i}]"
        if not isinstance(item, dict):
            raise RegionProfileError(path, f"{where} must be an object")
        name = item.get("stage")
        if not isinstance(name, str) or not _STAGE_RE.match(name):
            raise RegionProfileError(
                path, f"{where}.stage must be a lower-case identifier, got {name!r}"
            )
        where = f"stage {name!r}"
        if name == RECEIVED:
            raise RegionProfileError(path, f"{where}: {RECEIVED!r} is reserved for the receipt")
        if name in known:
            raise RegionProfileError(path, f"{where} is defined twice")
        start_from = item.get("from")
        if not isinstance(start_from, str) or start_from not in known:
            earlier = ", ".join(repr(k) for k in sorted(known))
            raise RegionProfileError(
                path,
                f"{where} counts from unknown stage {start_from!r} (must be one of {earlier})",
            )
        period = _parse_period(item, where, path, extra_keys={"stage", "from"})
        stages.append(DeadlineStage(name, start_from, period))
        known.add(name)
    if RESULT not in known:
        raise RegionProfileError(path, f"'deadlines' has no {RESULT!r} stage")
    return tuple(stages)


def _parse_required_documents(data: Any, path: Path) -> dict[str, tuple[str, ...]]:
    where = "'required_documents'"
    if not isinstance(data, dict):
        raise RegionProfileError(path, f"{where} must be an object of applicant kind → list")
    kinds = {k.value for k in ApplicantKind}
    known = {d.value for d in PaperDocument}
    result: dict[str, tuple[str, ...]] = {}
    for kind, documents in data.items():
        if kind not in kinds:
            raise RegionProfileError(path, f"{where} has unknown applicant kind {kind!r} "
                                           f"(known: {', '.join(sorted(kinds))})")
        if not isinstance(documents, list):
            raise RegionProfileError(path, f"{where}.{kind} must be a list of documents")
        for code in documents:
            if code not in known:
                raise RegionProfileError(path, f"{where}.{kind} has unknown document {code!r} "
                                               f"(known: {', '.join(sorted(known))})")
        if len(set(documents)) != len(documents):
            raise RegionProfileError(path, f"{where}.{kind} repeats a document")
        result[kind] = tuple(documents)
    return result


def _parse_quorum(data: Any, path: Path) -> Quorum:
    where = "'quorum'"
    if not isinstance(data, dict) or len(data) != 1:
        raise RegionProfileError(path, f"{where} must be one of {{\"more_than\": \"p/q\"}} "
                                       "or {\"at_least\": \"p/q\"}")
    (rule, share), = data.items()
    if rule not in ("more_than", "at_least"):
        raise RegionProfileError(path, f"{where} has unknown rule {rule!r} (known: at_least, "
                                       "more_than)")
    try:
        return Quorum.parse(share, strict=rule == "more_than")
    except ValueError as exc:
        raise RegionProfileError(path, f"{where}.{rule}: {exc}") from exc
def _parse_issuer(data: Any, path: Path) -> CertificateIssuer:
    if not isinstance(data, dict) or set(data) != {"issuer"}:
        raise RegionProfileError(path, "'certificate' must be an object with one key, "
                                       "'issuer'")
    issuer = data["issuer"]
    if not isinstance(issuer, dict):
        raise RegionProfileError(path, "'certificate.issuer' must be an object")
    keys = {"role", "position", "body"}
    if set(issuer) != keys:
        problems = [f"unknown keys: {', '.join(sorted(set(issuer) - keys))}"
                    if set(issuer) - keys else "",
                    f"missing keys: {', '.join(sorted(keys - set(issuer)))}"
                    if keys - set(issuer) else ""]
        raise RegionProfileError(path, "'certificate.issuer' has " +
                                 "; ".join(p for p in problems if p))
    if issuer["role"] not in ISSUER_ROLES:
        raise RegionProfileError(path, f"'certificate.issuer.role' must be one of "
                                       f"{', '.join(ISSUER_ROLES)}, got {issuer['role']!r}")
    return CertificateIssuer(
        role=SeatKind(issuer["role"]),
        position=_parse_text(issuer["position"], "certificate.issuer.position", path),
        body=_parse_text(issuer["body"], "certificate.issuer.body", path))


def _parse_date(value: Any, key: str, path: Path) -> date:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else date.fromisoformat("")
    except ValueError:
        raise RegionProfileError(path, f"{key!r} must be a date YYYY-MM-DD, got {value!r}"
                                 ) from None


def _parse_profile(data: Any, path: Path) -> RegionProfile:
    if not isinstance(data, dict):
        raise RegionProfileError(path, f"top level must be an object, got {type(data).__name__}")
    unknown = set(data) - _PROFILE_KEYS
    if unknown:
        raise RegionProfileError(path, f"unknown keys: {', '.join(sorted(unknown))}")
    missing = _PROFILE_KEYS - _OPTIONAL_PROFILE_KEYS - set(data)
    if missing:
        raise RegionProfileError(path, f"missing keys: {', '.join(sorted(missing))}")

    code = data["code"]
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise RegionProfileError(path, f"'code' must be a lower-case identifier, got {code!r}")
    if code != path.stem:
        raise RegionProfileError(path, f"'code' is {code!r} but the file is named {path.name!r}")
    prefix = data["number_prefix"]
    if not isinstance(prefix, str) or not _PREFIX_RE.match(prefix):
        raise RegionProfileError(
            path, f"'number_prefix' must be 2-6 capital Latin letters, got {prefix!r}"
        )
    repeat = data.get("repeat_examination")
    return RegionProfile(
        code=code,
        number_prefix=prefix,
        name=_parse_text(data["name"], "name", path),
        executive_body=_parse_text(data["executive_body"], "executive_body", path),
        signing_city=_parse_text(data["signing_city"], "signing_city", path),
        conclusion_languages=_parse_languages(data["conclusion_languages"], path),
        stages=_parse_stages(data["deadlines"], path),
        repeat_examination=(
            None
            if repeat is None
            else _parse_period(repeat, "'repeat_examination'", path, extra_keys=set())
        ),
        required_documents=_parse_required_documents(data.get("required_documents", {}), path),
        quorum=_parse_quorum(data["quorum"], path) if "quorum" in data else Quorum(),
        department=(_parse_text(data["department"], "department", path)
                    if "department" in data else None),
        certificate_issuer=(_parse_issuer(data["certificate"], path)
                            if "certificate" in data else None),
        in_force_from=(_parse_date(data["in_force_from"], "in_force_from", path)
                       if "in_force_from" in data else None),
        source=path,
    )


def load_profile_file(path: Path | str) -> RegionProfile:
    """Load and validate one profile file; its name must be ``<code>.json``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RegionProfileError(path, "file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RegionProfileError(path, f"cannot read: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegionProfileError(
            path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    profile = _parse_profile(data, path)
    logger.debug("loaded region profile %s from %s", profile.code, path)
    return profile


def load_profile(code: str, directory: Path | None = None) -> RegionProfile:
    """The profile ``<directory>/<code>.json`` (default: :func:`regions_dir`)."""
    folder = directory if directory is not None else regions_dir()
    if not _CODE_RE.match(code):
        raise RegionProfileError(folder, f"not a region code: {code!r}")
    path = folder / f"{code}.json"
    if not path.is_file():
        known = ", ".join(available_profiles(folder)) or "none"
        raise RegionProfileError(path, f"no profile for region {code!r} (available: {known})")
    return load_profile_file(path)


def available_profiles(directory: Path | None = None) -> list[str]:
    """Codes of the profile files present, sorted (files are validated only when loaded)."""
    folder = directory if directory is not None else regions_dir()
    if not folder.is_dir():
        logger.warning("region profile folder %s does not exist", folder)
        return []
    return sorted(p.stem for p in folder.glob("*.json") if _CODE_RE.match(p.stem))


# -- deadlines --------------------------------------------------------------------------


def compute_deadlines(
    profile: RegionProfile,
    received: date,
    calendar: WorkingCalendar | None = None,
    *,
    completed: Mapping[str, date] | None = None,
) -> dict[str, date]:
    """Due date of every stage, in the profile's order; always has ``"result"``.

    A stage counts from the receipt or from the end of an earlier stage: its actual
    completion date when given in ``completed``, otherwise its due date.
    """
    cal = calendar if calendar is not None else default_calendar()
    done = completed or {}
    starts: dict[str, date] = {RECEIVED: received}
    due: dict[str, date] = {}
    for stage in profile.stages:
        due[stage.stage] = stage.period.apply(starts[stage.start_from], cal)
        starts[stage.stage] = done.get(stage.stage, due[stage.stage])
    return due


def repeat_deadline(
    profile: RegionProfile, started: date, calendar: WorkingCalendar | None = None
) -> date:
    """Due date of a repeat examination started on ``started``.

    Raises :class:`LookupError` when the region's profile sets no repeat-examination limit.
    """
    if profile.repeat_examination is None:
        raise LookupError(f"region {profile.code!r} has no repeat-examination time limit")
    cal = calendar if calendar is not None else default_calendar()
    return profile.repeat_examination.apply(started, cal)
