"""Printing fixtures: a campaign with four accented projects on the ballot and two stations."""

from __future__ import annotations

from pathlib import Path

import pytest

from pbdesk.store.database import Database

from .support import PrintCampaign, make_print_campaign


@pytest.fixture
def printable(database: Database, tmp_path: Path) -> PrintCampaign:
    return make_print_campaign(database, photo_dir=tmp_path)
