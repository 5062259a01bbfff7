"""Grid fixtures: a campaign ready for review, on SQLite and (when set) PostgreSQL."""

from __future__ import annotations

import pytest

from pbdesk.store.database import Database

from .support import Setup, make_setup


@pytest.fixture
def setup(any_database: Database) -> Setup:
    return make_setup(any_database)
