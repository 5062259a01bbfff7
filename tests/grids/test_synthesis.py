"""The synthesis workbook for the steering committee."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.review import Recommendation
from pbdesk.grids import export_synthesis
from pbdesk.grids import layout as L
from pbdesk.store.database import Database
from pbdesk.workspace.reviews.answers import Answer, ReviewInput, save_review
from pbdesk.workspace.reviews.decision import decide

from .support import AUTHOR, Setup


def _review(database: Database, setup: Setup, reviewer: int, application: int, level: int) -> None:
    answers = {c.id: Answer(score=min(level, c.scale_max)) for c in setup.scored}
    answers[setup.eligibility[0].id] = Answer(
        eligible=level > 0, reason="" if level > 0 else "Hors périmètre"
    )
    save_review(
        database,
        setup.reviewers[reviewer],
        setup.applications[application],
        ReviewInput(answers, f"Niveau {level}", Recommendation.FAVOURABLE),
    )


def test_synthesis_shows_totals_disagreement_concerns_and_decisions(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _review(any_database, setup, 0, 0, 3)
    _review(any_database, setup, 1, 0, 0)  # strong disagreement, and an eligibility "non"
    _review(any_database, setup, 0, 1, 2)
    _review(any_database, setup, 1, 1, 2)
    decide(any_database, [setup.applications[1]], ApplicationStatus.ADMISSIBLE, "", AUTHOR)
    path = export_synthesis(any_database, setup.campaign_id, tmp_path / "synthese.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Synthèse", "Recevabilité", "Instructions"]
    ws = workbook["Synthèse"]
    header = [cell.value for cell in ws[3]]
    assert header[:6] == [
        "N°",
        "Titre",
        "Porteur",
        "Montant demandé (€)",
        "Mme Dupont",
        "Service voirie",
    ]
    rows = {row[0]: row for row in ws.iter_rows(min_row=4, values_only=True)}
    best = sum(c.weight * c.scale_max for c in setup.scored)
    first, second = rows[1], rows[2]
    column = {name: index for index, name in enumerate(header)}
    assert (first[column["Mme Dupont"]], first[column["Service voirie"]]) == (best, 0)
    assert first[column["Désaccord"]] == "fort" and second[column["Désaccord"]] in ("", None)
    assert first[column["Écart"]] == best
    assert "Service voirie — " in first[column["Réserves de recevabilité"]]
    assert "Hors périmètre" in first[column["Réserves de recevabilité"]]
    assert second[column["Décision"]] == "recevable"
    assert first[column["Décision"]] == "déposé"
    flagged = ws.cell(4, column["Désaccord"] + 1)
    assert flagged.fill.fgColor.rgb.endswith(L.WARNING_FILL.fgColor.rgb[-6:])
    detail = list(workbook["Instructions"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == 4 and {row[2] for row in detail} == {"Mme Dupont", "Service voirie"}
