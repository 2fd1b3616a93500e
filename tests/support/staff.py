"""The seeded accounts of every test database: one per role, with one password."""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["PASSWORD", "STAFF", "actor_for"]

PASSWORD = "Correct-horse-1"
STAFF = {
    "admin": ("Әкімші Админ", Role.ADMIN, "791028302728"),
    "clerk": ("Серікова Айгүл", Role.CLERK, "880515400187"),
    "member": ("Ахметов Ерболат", Role.MEMBER, "750303300260"),
    "member2": ("Петрова Анна", Role.MEMBER, "820714400237"),
    "chair": ("Байжанов Нұрлан", Role.CHAIR, "690101300348"),
    "official": ("Сәрсенбаев Қайрат", Role.OFFICIAL, "690101300348"),
}


def actor_for(db: Database, username: str) -> Actor:
    """The actor of a seeded account, read directly (sign-in has tests of its own)."""
    with db.read() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor.of(user)
