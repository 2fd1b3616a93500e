"""Where the data lives: the database connection, migrations, counters and the blob store."""

from desktop.storage.blobs import BlobCorrupted, BlobStore, DatabaseBlobStore
from desktop.storage.database import Database, DatabaseUnavailable, default_database_url

__all__ = [
    "BlobCorrupted",
    "BlobStore",
    "Database",
    "DatabaseBlobStore",
    "DatabaseUnavailable",
    "default_database_url",
]
