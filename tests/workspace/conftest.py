"""Workspace fixtures: a campaign in a fresh database, on SQLite and (when set) PostgreSQL."""

from __future__ import annotations

import pytest

from pbdesk.store.database import Database

from .support import AUTHOR, make_frame


@pytest.fixture
def campaign(any_database: Database) -> int:
    from pbdesk.workspace.campaigns import create_campaign

    return create_campaign(any_database, make_frame(), AUTHOR)
