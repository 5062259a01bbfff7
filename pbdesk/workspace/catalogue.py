"""The recommended checklists, read from ``resources/checklists/catalogue.json``.

The catalogue is written from the seed document's recommendations; each campaign copies it
once (in the user's language) and then owns and edits its copy.
"""

from __future__ import annotations

import json
from functools import cache

from pbdesk.domain.phases import CatalogueItem, Phase, check_catalogue
from pbdesk.i18n import current_language
from pbdesk.resources import resource_path

CATALOGUE_FORMAT = "pbdesk-checklists"


@cache
def load_catalogue(language: str | None = None) -> tuple[CatalogueItem, ...]:
    """Every catalogue item, phase by phase, in ``language`` (default: the current one)."""
    code = language or current_language()
    data = json.loads(resource_path("checklists", "catalogue.json").read_text("utf-8"))
    if data.get("format") != CATALOGUE_FORMAT:
        raise ValueError("resources/checklists/catalogue.json is not a pbdesk checklist catalogue")
    items = [
        CatalogueItem(
            key=entry["key"],
            phase=Phase(entry["phase"]),
            label=entry.get(code) or entry["fr"],
            hint=entry.get(f"hint_{code}") or entry.get("hint_fr", ""),
        )
        for entry in data["items"]
    ]
    return tuple(check_catalogue(items))
