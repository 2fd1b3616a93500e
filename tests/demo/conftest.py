"""The demo the tests of this folder share: generated once, read by each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.demo import DemoDataGenerator
from desktop.storage.database import Database
from tests.support.demo import SEED, TODAY


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 30-application demo, its documents signed by one worker process; its SQLite file."""
    folder = tmp_path_factory.mktemp("demo")
    db = Database(f"sqlite:///{folder / 'demo.sqlite3'}", loading=True)
    db.migrate()
    DemoDataGenerator(db, seed=SEED).generate(30, folder / "demo-keys", today=TODAY,
                                              workers=1)
    db.dispose()
    yield folder / "demo.sqlite3"
