"""Vote fixtures: a campaign with four projects on the ballot, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from pbdesk.store.database import Database

from .support import VoteCampaign, make_vote_campaign


@pytest.fixture
def voting(any_database: Database) -> VoteCampaign:
    """Projects 1–4 cost 10 000, 8 000, 6 000 and 4 000 €; envelope 20 000 €; approval of
    one to three projects; one polling station."""
    return make_vote_campaign(any_database)
