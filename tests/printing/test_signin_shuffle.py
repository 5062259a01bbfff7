"""With serial-numbered ballots, the sign-in sheets tell the desk to shuffle them before the
vote: handed out in printed order, a serial would follow the sheet's lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pbdesk.printing import load_kind
from pbdesk.printing.base import PrintOptions
from pbdesk.printing.signin import shuffle_instruction
from pbdesk.store.database import Database
from pbdesk.workspace.printing import PrintSettingsInput, save_print_settings

from .support import AUTHOR, PrintCampaign, flat, page_texts, pdf_text


def sheets(database: Database, campaign: PrintCampaign, path: Path, **options: object) -> int:
    return load_kind("signin").build(
        database,
        campaign.id,
        path,
        PrintOptions(station_id=campaign.stations[0], copies=80, **options),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("serials", [True, False])
def test_the_shuffle_instruction_is_on_every_sheet_exactly_when_serials_are_printed(
    database: Database, printable: PrintCampaign, tmp_path: Path, serials: bool
) -> None:
    path = tmp_path / "emargement.pdf"
    pages = sheets(database, printable, path, serials=serials)
    texts = [flat(text) for text in page_texts(path)]
    assert len(texts) == pages and pages >= 2
    assert all((flat(shuffle_instruction()) in text) is serials for text in texts)
    # The lines are all there, numbered on from page to page, whatever room the line takes.
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", pdf_text(path, layout=True), re.M)]
    assert numbers == list(range(1, 81))


def test_without_a_choice_the_campaign_print_settings_decide(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    save_print_settings(database, printable.id, PrintSettingsInput(serials=True), AUTHOR)
    path = tmp_path / "emargement.pdf"
    sheets(database, printable, path)
    assert flat(shuffle_instruction()) in flat(page_texts(path)[0])
