"""The registry of verified applicants, behind an interface a live connector can implement.

Today the registry is the local ``applicants`` table; the state databases (individuals by
IIN, legal entities by BIN) are out of reach, so a connector would implement
:class:`ApplicantRegistry` and be handed to the registration service instead.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.applications import ApplicantKind
from desktop.domain.drafts import ApplicantData, ValidationFailed, validate_applicant
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.identity import parse_iin
from desktop.domain.roles import Action
from desktop.domain.text import application_search_key, sort_key
from desktop.models.applicant import Applicant
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.storage.database import Database

_DATA_FIELDS = [f.name for f in fields(ApplicantData) if f.name not in ("kind", "iin_bin")]


class ApplicantRegistry(Protocol):
    def lookup(self, iin_bin: str) -> ApplicantData | None:
        """The known data of the applicant with this IIN/BIN, or None when unknown."""
        ...


def to_data(applicant: Applicant) -> ApplicantData:
    values = {name: getattr(applicant, name) for name in _DATA_FIELDS}
    cleaned: dict[str, Any] = {k: ("" if v is None else v) for k, v in values.items()}
    cleaned["birth_date"] = applicant.birth_date
    cleaned["id_document_issued"] = applicant.id_document_issued
    return ApplicantData(kind=ApplicantKind(applicant.kind), iin_bin=applicant.iin_bin, **cleaned)


def snapshot(applicant: Applicant) -> dict[str, object]:
    """The applicant's fields as JSON-ready values, for the audit's before/after."""
    data = asdict(to_data(applicant))
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def upsert(session: Session, data: ApplicantData) -> tuple[Applicant, dict[str, object] | None]:
    """Find the applicant by IIN/BIN and update it, or add it; returns (row, before)."""
    iin_bin = data.iin_bin.strip()
    row = session.execute(
        select(Applicant).where(Applicant.iin_bin == iin_bin)
    ).scalar_one_or_none()
    before = None
    if row is None:
        row = Applicant(kind=data.kind, iin_bin=iin_bin)
        session.add(row)
    else:
        before = snapshot(row)
        row.kind = data.kind
    for name in _DATA_FIELDS:
        value = getattr(data, name)
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    if row.kind == ApplicantKind.INDIVIDUAL and row.birth_date is None:
        row.birth_date = parse_iin(iin_bin).birth_date
    session.flush()
    return row, before


class LocalApplicantRegistry:
    def __init__(self, db: Database) -> None:
        self.db = db

    def lookup(self, iin_bin: str) -> ApplicantData | None:
        with self.db.read() as s:
            row = s.execute(
                select(Applicant).where(Applicant.iin_bin == iin_bin.strip())
            ).scalar_one_or_none()
            return None if row is None else to_data(row)


class ApplicantService:
    """Correcting an applicant's data (a new passport, a new address)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def update(self, actor: Actor, data: ApplicantData, expected_version: int) -> int:
        """Save *data* over the applicant with the same IIN/BIN; returns the new version.

        Refused when someone saved the applicant since it was read (*expected_version*).
        """
        actor.require(Action.EDIT_APPLICANT)
        problems = validate_applicant(data)
        if problems:
            raise ValidationFailed(problems)
        with self.db.write() as s:
            row = s.execute(
                select(Applicant).where(Applicant.iin_bin == data.iin_bin.strip())
            ).scalar_one_or_none()
            if row is None:
                raise NotFoundError(f"no applicant with IIN/BIN {data.iin_bin}",
                                    data.iin_bin.strip(), reason="applicant")
            if row.version != expected_version:
                raise ConflictError(
                    f"the applicant {row.iin_bin} was changed by someone else; reload it",
                    row.iin_bin, reason="applicant")
            _, before = upsert(s, data)
            after = snapshot(row)
            changed = {k for k in after if before is None or before.get(k) != after[k]}
            for app in row.applications:
                app.search_key = application_search_key(app.number, row.iin_bin,
                                                        row.display_name)
                app.sort_name = sort_key(row.display_name)
            audit.record(s, actor, "applicant.update", entity="applicant", entity_id=row.id,
                         before={k: before[k] for k in changed} if before else None,
                         after={k: after[k] for k in changed})
            s.flush()
            return row.version
