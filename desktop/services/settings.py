"""Commission-wide settings (the region profile in force, and the like)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.regions import RegionProfile, available_profiles, load_profile
from desktop.models.settings import Setting

REGION_KEY = "region"
DEFAULT_REGION = "akmola"


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def region_profile(session: Session) -> RegionProfile:
    """The profile of the region this commission serves."""
    return load_profile(get(session, REGION_KEY, DEFAULT_REGION))


def set_region(session: Session, code: str) -> None:
    if code not in available_profiles():
        known = ", ".join(available_profiles())
        raise ValueError(f"unknown region '{code}'; known regions: {known}")
    put(session, REGION_KEY, code)
