"""Request packages from the e-licensing portal: a JSON document in, an application out.

A package is checked twice: against the JSON Schema in
``resources/schemas/request-package.schema.json`` (structure, types, lengths, codes) and then
by :func:`desktop.domain.drafts.validate_application` (identity numbers, dates, blank
fields), exactly as a clerk's form is. Every problem of both kinds is collected and reported
with the JSON path of the field it concerns (``$.items[1].name``), so the portal's operator
can fix the whole package at once. The format is documented in ``docs/request-package.md``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from desktop.domain.applications import ApplicantKind, Channel
from desktop.domain.countries import is_country
from desktop.domain.drafts import ApplicantData, ApplicationData, ItemData, validate_application
from desktop.domain.errors import Detail, DomainError
from desktop.resources import resources_dir

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "VERSION",
    "PackageProblem",
    "PackageRejected",
    "load_package",
    "package_schema",
    "read_package",
]

log = logging.getLogger(__name__)

FORMAT = "export-commission/request-package"
VERSION = 1
MAX_BYTES = 5 * 1024 * 1024
"""A package is a few kilobytes; anything this big is not one."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)
_PATTERNS = {"^[A-Z]{2}$": ("package.country_code",
                           "must be a two-letter country code in capitals (ISO 3166-1)"),
             "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ("package.date",
                                              "must be a date written YYYY-MM-DD")}
_TYPES = {"object": "an object", "array": "an array", "string": "a string",
          "integer": "a whole number", "number": "a number", "boolean": "true or false"}


@dataclass(frozen=True)
class PackageProblem:
    """One thing wrong with a package: where (a JSON path such as ``$.items[0].name``) and
    why: an English message for logs, the catalogue key of its sentence and its values."""

    path: str
    message: str
    key: str = "package.schema"
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class PackageRejected(DomainError):
    """The package cannot be registered; :attr:`problems` lists every reason."""

    code = "package_rejected"

    def __init__(self, source: str, problems: list[PackageProblem]) -> None:
        count = len(problems)
        heading = f"{source}: request package rejected, {count} problem{'s' * (count != 1)}:"
        super().__init__("\n".join([heading, *(f"  {p}" for p in problems)]), source, count,
                         details=[Detail(p.key, p.values, p.path) for p in problems])
        self.source = source
        self.problems = problems


@cache
def package_schema() -> dict[str, Any]:
    """The JSON Schema of the format (draft 2020-12)."""
    path = resources_dir() / "schemas" / "request-package.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


@cache
def _validator() -> Draft202012Validator:
    checker = Draft202012Validator.FORMAT_CHECKER
    return Draft202012Validator(package_schema(), format_checker=checker)


# -- paths ----------------------------------------------------------------------------------


def _json_path(parts: Iterable[str | int]) -> str:
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            path += f".{part}"
        else:
            path += f"[{_quote(part)}]"
    return path


def _quote(key: str, limit: int = 40) -> str:
    """A key as JSON text, shortened: it is shown to a person and may be anything."""
    shown = json.dumps(key[:limit])
    return shown if len(key) <= limit else shown[:-1] + '…"'


def _domain_path(field: str) -> str:
    """``items.2.name`` (1-based, from the domain) -> ``$.items[1].name``."""
    parts: list[str | int] = []
    for part in field.split("."):
        if part.isdigit() and parts == ["items"]:
            parts.append(int(part) - 1)
        else:
            parts.append(part)
    return _json_path(parts)


_FIELD_ORDER = ("format", "version", "received", "applicant", "items", "purpose",
                "destination_country", "destination_place", "export_from", "export_until",
                "paper_documents")
_SEGMENT = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[(\"(?:[^\"\\]|\\.)*\"?)\]")


def _reading_order(problem: PackageProblem) -> tuple[object, ...]:
    """Problems in the order of the document's fields, items by number."""
    segments: list[tuple[int, int | str]] = []
    for name, index, quoted in _SEGMENT.findall(problem.path):
        if index:
            segments.append((0, int(index)))
        else:
            key = name or quoted
            rank = _FIELD_ORDER.index(key) if not segments and key in _FIELD_ORDER else 99
            segments.append((1, f"{rank:02d}{key}" if not segments else key))
    return tuple(segments)


def _covers(outer: str, inner: str) -> bool:
    """Whether a problem at *outer* already explains one at *inner* (same place or inside)."""
    return inner == outer or inner.startswith((outer + ".", outer + "["))


# -- parsing --------------------------------------------------------------------------------


class _Refused(ValueError):
    def __init__(self, problem: PackageProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _no_constants(name: str) -> Any:
    raise _Refused(PackageProblem("$", f"is not acceptable JSON: {name} is not a JSON number",
                                  "package.constant", (name,)))


_MAX_DIGITS = 18
"""No number in a package is longer (the largest, a quantity, has six digits); Python
refuses to read integers of more than 4300 digits with an error of its own."""


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > _MAX_DIGITS:
        raise _Refused(PackageProblem(
            "$", f"is not acceptable JSON: a number has {digits} digits, more than "
            f"{_MAX_DIGITS}", "package.long_number", (str(digits), str(_MAX_DIGITS))))
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(PackageProblem(
                "$", f"is not acceptable JSON: the key {_quote(key)} appears twice in one "
                "object", "package.duplicate_key", (_quote(key),)))
        result[key] = value
    return result


def _parse(raw: bytes, source: str) -> Any:
    def reject(message: str, key: str, *values: object) -> PackageRejected:
        return PackageRejected(source, [PackageProblem("$", message, key,
                                                       tuple(str(v) for v in values))])

    if len(raw) > MAX_BYTES:
        raise reject(f"is {len(raw)} bytes; a package has at most {MAX_BYTES}",
                     "package.too_big", len(raw), MAX_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise reject(f"is not UTF-8 text (byte {exc.start + 1} cannot be decoded)",
                     "package.not_utf8", exc.start + 1) from None
    try:
        return json.loads(text, parse_constant=_no_constants, parse_int=_bounded_int,
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise reject(f"is not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                     "package.not_json", exc.msg, exc.lineno, exc.colno) from None
    except _Refused as exc:
        raise PackageRejected(source, [exc.problem]) from None
    except RecursionError:
        raise reject("is not acceptable JSON: nested too deeply", "package.too_deep") from None


# -- schema ---------------------------------------------------------------------------------


def _schema_problems(document: Any) -> list[PackageProblem]:
    problems: list[PackageProblem] = []
    for error in _validator().iter_errors(document):
        problems.extend(_explain(error))
    return problems


def _explain(error: ValidationError) -> Iterator[PackageProblem]:
    """Our own message for a schema error: the raw one would quote the (maybe huge) value."""
    parts = list(error.absolute_path)
    path = _json_path(parts)
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required":
        for name in expected:
            if isinstance(instance, dict) and name not in instance:
                yield PackageProblem(_json_path([*parts, name]), "is required",
                                     "problem.required")
    elif kind == "additionalProperties" and isinstance(instance, dict):
        allowed = set(error.schema.get("properties", {}))
        for name in instance:
            if name not in allowed:
                yield PackageProblem(_json_path([*parts, name]),
                                     "is not a field of this format", "package.unknown_field")
    else:
        message, key, values = _message(kind, expected, error)
        yield PackageProblem(path, message, key, values)


def _message(kind: Any, expected: Any, error: ValidationError
             ) -> tuple[str, str, tuple[str, ...]]:
    """The English message, the catalogue key and the values of a schema error."""
    if kind == "type":
        return f"must be {_TYPES.get(expected, expected)}", "package.type", (str(expected),)
    if kind == "maxLength":
        return f"is longer than {expected} characters", "problem.too_long", (str(expected),)
    if kind in ("enum", "const"):
        values = expected if kind == "enum" else [expected]
        shown = [json.dumps(v, ensure_ascii=False) for v in values]
        return "must be " + " or ".join(shown), "package.one_of", (", ".join(shown),)
    if kind == "pattern":
        key, message = _PATTERNS.get(expected, (
            "package.pattern", f"does not match the pattern {expected}"))
        return message, key, (str(expected),)
    if kind == "format":
        if expected == "date":
            return f"must be a valid {expected} (YYYY-MM-DD)", "package.date", ()
        return f"must be a valid {expected}", "package.format", (str(expected),)
    if kind == "minimum":
        return f"must be at least {expected}", "package.minimum", (str(expected),)
    if kind == "maximum":
        return f"must be at most {expected}", "package.maximum", (str(expected),)
    if kind == "minItems":
        return (f"must have at least {expected} entr{'y' if expected == 1 else 'ies'}",
                "package.min_items", (str(expected),))
    if kind == "maxItems":
        return f"must have at most {expected} entries", "package.max_items", (str(expected),)
    if kind == "uniqueItems":
        return "lists the same value twice", "package.unique", ()
    return error.message[:200], "package.schema", (error.message[:200],)


def _surrogate_problems(value: Any, parts: list[str | int]) -> Iterator[PackageProblem]:
    """Unpaired UTF-16 surrogates (``"\\ud800"``) are valid JSON but not text anywhere else."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            yield PackageProblem(_json_path(parts),
                                 "contains an unpaired surrogate escape, which is not a character",
                                 "package.surrogate")
    elif isinstance(value, dict):
        for key, item in value.items():
            if _SURROGATE.search(key):
                yield PackageProblem(_json_path(parts), "has a key with an unpaired surrogate",
                                     "package.surrogate_key")
            else:
                yield from _surrogate_problems(item, [*parts, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _surrogate_problems(item, [*parts, index])


# -- building the application ---------------------------------------------------------------


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _day(obj: dict[str, Any], key: str) -> date | None:
    value = obj.get(key)
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _quantity(item: dict[str, Any]) -> int:
    value = item.get("quantity", 1)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 1
    return int(value) if float(value).is_integer() else 1


def _applicant(obj: dict[str, Any]) -> ApplicantData:
    kind = ApplicantKind(obj["kind"])
    data = ApplicantData(kind=kind, iin_bin=_text(obj, "iin_bin"))
    for name in ("surname", "given_name", "patronymic", "citizenship", "id_document_number",
                 "residence", "company_name", "requisites", "address", "phones", "occupation"):
        setattr(data, name, _text(obj, name))
    data.birth_date = _day(obj, "birth_date")
    data.id_document_issued = _day(obj, "id_document_issued")
    return data


def _build(document: dict[str, Any], today: date) -> tuple[ApplicationData, bool]:
    """The application as far as the document allows; True when the applicant is usable."""
    raw_applicant = document.get("applicant")
    usable = isinstance(raw_applicant, dict) and raw_applicant.get("kind") in {
        k.value for k in ApplicantKind
    }
    applicant = (_applicant(raw_applicant) if usable and isinstance(raw_applicant, dict)
                 else ApplicantData(kind=ApplicantKind.INDIVIDUAL, iin_bin=""))
    raw_items = document.get("items")
    items = [
        ItemData(_text(item, "name"), _quantity(item)) if isinstance(item, dict) else ItemData("")
        for item in (raw_items if isinstance(raw_items, list) else [])
    ]
    documents = document.get("paper_documents")
    data = ApplicationData(
        applicant=applicant,
        items=items,
        purpose=_text(document, "purpose"),
        destination_country=_text(document, "destination_country"),
        destination_place=_text(document, "destination_place"),
        received=_day(document, "received") or today,
        channel=Channel.PORTAL,
        export_from=_day(document, "export_from"),
        export_until=_day(document, "export_until"),
        paper_documents=[d for d in documents if isinstance(d, str)]
        if isinstance(documents, list) else [],
    )
    return data, usable


def _country_problems(data: ApplicationData) -> Iterator[PackageProblem]:
    """Codes of the right shape that name no country (the domain checks only the shape)."""
    codes = {"$.destination_country": data.destination_country,
             "$.applicant.citizenship": data.applicant.citizenship}
    for path, code in codes.items():
        if re.fullmatch(r"[A-Z]{2}", code) and not is_country(code):
            yield PackageProblem(path, f"{code} is not an ISO 3166-1 country code",
                                 "package.not_country", (code,))


def load_package(raw: bytes, source: str = "package", today: date | None = None) -> ApplicationData:
    """The application a package describes, received through the portal.

    Raises :class:`PackageRejected` with every problem found; *source* names the package in
    its message (usually the file name).
    """
    today = today or date.today()
    document = _parse(raw, source)
    problems = _schema_problems(document)
    if not isinstance(document, dict):
        raise PackageRejected(source, problems)
    problems.extend(_surrogate_problems(document, []))
    data, applicant_usable = _build(document, today)
    found = [PackageProblem(_domain_path(p.field), p.message, p.key, p.values)
             for p in validate_application(data, today)]
    found.extend(_country_problems(data))
    for problem in found:
        if not applicant_usable and _covers("$.applicant", problem.path):
            continue
        if any(_covers(known.path, problem.path) for known in problems):
            continue
        problems.append(problem)
    if problems:
        # The schema can find the same gap through several of its rules: say it once.
        raise PackageRejected(source, sorted(dict.fromkeys(problems), key=_reading_order))
    return data


def read_package(path: Path, today: date | None = None) -> ApplicationData:
    """:func:`load_package` on a file; a file that cannot be read is a rejection too."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise PackageRejected(source, [PackageProblem(
            "$", f"cannot be read: {reason}", "package.unreadable", (reason,))]) from None
    return load_package(raw, source, today)
