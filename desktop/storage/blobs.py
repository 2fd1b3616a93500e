"""Content-addressed storage of scans, photos and thumbnails.

Blobs live in the database itself, so a page and its bytes are written in one transaction
(no orphan file after a crash) and every desktop of a multi-user setup sees the same bytes.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, NotFoundError
from desktop.models.base import utcnow
from desktop.models.document import Blob
from desktop.storage.sql import upsert_insert

__all__ = ["BlobCorrupted", "BlobStore", "DatabaseBlobStore", "sha256_hex"]


class BlobCorrupted(DomainError):
    code = "blob_corrupted"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    """Where page bytes are kept; an implementation must verify the hash on every read."""

    def put(self, session: Session, data: bytes, media_type: str) -> str:
        """Store *data* (once) and return its SHA-256."""
        ...

    def get(self, session: Session, sha256: str) -> bytes:
        """The bytes stored under *sha256*; raise :class:`BlobCorrupted` if they changed."""
        ...

    def exists(self, session: Session, sha256: str) -> bool: ...


class DatabaseBlobStore:
    def put(self, session: Session, data: bytes, media_type: str) -> str:
        digest = sha256_hex(data)
        if session.get(Blob, digest) is None:
            # Insert-or-ignore: two desktops storing the same bytes at once both succeed.
            session.execute(
                upsert_insert(session, Blob)
                .values(sha256=digest, size=len(data), media_type=media_type, data=data,
                        created_at=utcnow())
                .on_conflict_do_nothing()
            )
        return digest

    def get(self, session: Session, sha256: str) -> bytes:
        data = session.execute(select(Blob.data).where(Blob.sha256 == sha256)).scalar_one_or_none()
        if data is None:
            raise NotFoundError(f"no stored document content with hash {sha256}", sha256,
                                reason="blob")
        actual = sha256_hex(data)
        if actual != sha256:
            raise BlobCorrupted(
                f"stored document content {sha256} is damaged: its bytes now hash to {actual}",
                sha256, reason="hash")
        return data

    def exists(self, session: Session, sha256: str) -> bool:
        stmt = select(Blob.sha256).where(Blob.sha256 == sha256)
        return session.execute(stmt).first() is not None
