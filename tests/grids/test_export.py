"""Grids out: what a reviewer receives, checked by reopening the real file with openpyxl."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from pbdesk.domain.errors import DomainError
from pbdesk.domain.review import Recommendation
from pbdesk.grids import Cancelled, export_each_reviewer, export_grids, export_synthesis
from pbdesk.grids import layout as L
from pbdesk.store.database import Database
from pbdesk.store.models import Call, Campaign, Reviewer
from pbdesk.workspace.applications import list_applications
from pbdesk.workspace.call import criteria_locked_by_grids, get_call
from pbdesk.workspace.journal import entries
from pbdesk.workspace.reviews.answers import Answer, ReviewInput, save_review
from pbdesk.workspace.reviews.reviewers import ReviewerInput, save_reviewer

from .support import AUTHOR, GridSheet, Setup, eligible_code, make_setup, score_code


def test_a_grid_opens_on_its_instructions_then_the_grid(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    done = export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx", setup.reviewers[0])
    assert done.reviewers == ("Mme Dupont",) and done.rows == 3
    workbook = openpyxl.load_workbook(done.path)
    assert workbook.sheetnames == ["Mode d’emploi", "Grille", "pbdesk"]
    assert [ws.sheet_state for ws in workbook] == ["visible", "visible", "veryHidden"]
    assert workbook.active.title == "Mode d’emploi"
    instructions = "\n".join(
        str(cell.value) for row in workbook["Mode d’emploi"].iter_rows() for cell in row
    )
    for criterion in setup.criteria:
        assert criterion.name in instructions
        assert criterion.description in instructions
    assert "0 à 3" in instructions and "Instructeur : Mme Dupont" in instructions


def test_each_application_shows_its_key_facts_read_only(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    path = export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx", setup.reviewers[0])
    sheet = GridSheet(openpyxl.load_workbook(path.path)["Grille"])
    for application in list_applications(any_database, setup.campaign_id):
        row = sheet.rows[application.number]
        ws = sheet.ws
        assert ws.cell(row, 1).value == application.uuid
        assert ws[sheet.coordinate(application.number, "title")].value == application.title
        assert ws[sheet.coordinate(application.number, "holder")].value == "Association Les Jardins"
        amount = ws[sheet.coordinate(application.number, "requested")]
        assert amount.value == application.requested_cents / 100
        assert "€" in amount.number_format
        assert ws[sheet.coordinate(application.number, "summary")].value.startswith("Résumé")
        for code in L.FACT_CODES:
            assert ws[sheet.coordinate(application.number, code)].protection.locked


def _validation_for(ws, coordinate: str):  # type: ignore[no-untyped-def]
    found = [dv for dv in ws.data_validations.dataValidation if coordinate in dv.sqref]
    assert len(found) == 1, coordinate
    return found[0]


def test_the_cells_to_fill_are_exactly_the_unlocked_cells_each_with_its_validation(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    export_grids(any_database, setup.campaign_id, tmp_path / "all.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert len(workbook.sheetnames) == 4  # instructions, two grids, hidden identifiers
    by_uuid = {c.uuid: c for c in setup.criteria}
    labels = ",".join(r.label for r in Recommendation)
    for ws in workbook.worksheets:
        assert ws.protection.sheet, ws.title
        unlocked = {
            cell.coordinate
            for row in ws.iter_rows(min_row=1, max_row=ws.max_row + 5, max_col=ws.max_column + 5)
            for cell in row
            if not cell.protection.locked
        }
        if not ws.title.startswith("Grille"):
            assert unlocked == set(), ws.title
            continue
        sheet = GridSheet(ws)
        assert unlocked == sheet.input_cells() != set()
        for coordinate in unlocked:
            kind, uuid = L.parse_code(ws[f"{re.sub(r'[0-9]', '', coordinate)}1"].value)
            validation = _validation_for(ws, coordinate)
            assert validation.allow_blank and validation.showErrorMessage
            if kind == L.SCORE:
                criterion = by_uuid[uuid]
                assert (validation.type, validation.operator) == ("whole", "between")
                assert (validation.formula1, validation.formula2) == (
                    str(criterion.scale_min),
                    str(criterion.scale_max),
                )
            elif kind == L.ELIGIBLE:
                assert (validation.type, validation.formula1) == ("list", '"oui,non"')
            elif kind == L.RECOMMENDATION:
                assert (validation.type, validation.formula1) == ("list", f'"{labels}"')
            else:
                assert kind in (L.REASON, L.COMMENT)
                assert validation.type == "textLength"


def test_totals_are_live_formulas_over_the_weighted_scores(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx", setup.reviewers[0])
    sheet = GridSheet(openpyxl.load_workbook(tmp_path / "g.xlsx")["Grille"])
    formula = sheet.ws[sheet.coordinate(1, L.TOTAL)].value
    terms = [f"{c.weight}*{sheet.coordinate(1, score_code(c))}" for c in setup.scored]
    assert formula.startswith("=IF(COUNT(") and "+".join(terms) in formula


def test_hidden_identifiers_say_what_the_grid_is_for(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    done = export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx", setup.reviewers[1])
    workbook = openpyxl.load_workbook(done.path)
    ws = workbook["Grille"]
    assert ws.column_dimensions["A"].hidden and ws.row_dimensions[1].hidden
    with any_database.session() as session:
        campaign_uuid = session.get(Campaign, setup.campaign_id).uuid
        reviewer_uuid = session.get(Reviewer, setup.reviewers[1]).uuid
    assert ws["A1"].value == reviewer_uuid
    codes = {cell.value for cell in ws[1]}
    assert {score_code(c) for c in setup.scored} <= codes
    assert {eligible_code(c) for c in setup.eligibility} <= codes
    meta = {row[0]: row[1:] for row in workbook["pbdesk"].iter_rows(values_only=True)}
    assert meta["campaign"][0] == campaign_uuid
    assert meta["criteria_version"][0] == get_call(any_database, setup.campaign_id).criteria_version
    assert meta["made_at"][0] == done.made_at.isoformat()


def test_one_workbook_covers_every_reviewer_with_applications(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    save_reviewer(
        any_database,
        setup.campaign_id,
        ReviewerInput(
            "Élue du secteur", all_applications=False, application_ids=[setup.applications[1]]
        ),
        AUTHOR,
    )
    save_reviewer(
        any_database,
        setup.campaign_id,
        ReviewerInput("Personne sans dépôt", all_applications=False),
        AUTHOR,
    )
    done = export_grids(any_database, setup.campaign_id, tmp_path / "all.xlsx")
    assert done.reviewers == ("Élue du secteur", "Mme Dupont", "Service voirie")
    workbook = openpyxl.load_workbook(done.path)
    assert workbook.sheetnames[1:4] == [
        "Grille – Élue du secteur",
        "Grille – Mme Dupont",
        "Grille – Service voirie",
    ]
    assert list(GridSheet(workbook["Grille – Élue du secteur"]).rows) == [2]
    assert list(GridSheet(workbook["Grille – Mme Dupont"]).rows) == [1, 2, 3]


def test_export_marks_the_grids_sent_for_these_criteria_and_journals_it(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    assert not criteria_locked_by_grids(any_database, setup.campaign_id)
    done = export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx")
    assert get_call(any_database, setup.campaign_id).grids_sent_at == done.made_at
    assert criteria_locked_by_grids(any_database, setup.campaign_id)
    assert entries(any_database, setup.campaign_id, 1)[0].summary == (
        "Grille d’instruction exportée pour « Mme Dupont », « Service voirie » (6 dépôt(s))."
    )


def test_recorded_answers_are_carried_into_the_grid(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    first = setup.scored[0]
    save_review(
        any_database,
        setup.reviewers[0],
        setup.applications[0],
        ReviewInput({first.id: Answer(score=2)}, "Déjà vu", Recommendation.RESERVED),
    )
    export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx", setup.reviewers[0])
    sheet = GridSheet(openpyxl.load_workbook(tmp_path / "g.xlsx")["Grille"])
    assert sheet.ws[sheet.coordinate(1, score_code(first))].value == 2
    assert sheet.ws[sheet.coordinate(1, L.COMMENT)].value == "Déjà vu"
    assert sheet.ws[sheet.coordinate(1, L.RECOMMENDATION)].value == "favorable avec réserves"
    assert sheet.ws[sheet.coordinate(2, L.COMMENT)].value in (None, "")


def test_progress_is_reported_and_a_cancelled_export_leaves_nothing(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    export_grids(
        any_database, setup.campaign_id, out / "g.xlsx", progress=lambda *a: seen.append(a)
    )
    assert seen[-1][0] == seen[-1][1] and len(seen) > 3
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    (out / "g.xlsx").unlink()
    with any_database.session() as session:
        session.execute(update(Call).values(grids_sent_at=None))
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        export_grids(
            any_database, setup.campaign_id, out / "g.xlsx", cancel=lambda: next(calls) >= 2
        )
    assert list(out.iterdir()) == []
    assert get_call(any_database, setup.campaign_id).grids_sent_at is None


def test_nothing_to_export_is_said_in_one_sentence(any_database: Database, tmp_path: Path) -> None:
    setup = make_setup(any_database, reviewers=())
    with pytest.raises(DomainError, match="pas encore d’instructeurs"):
        export_grids(any_database, setup.campaign_id, tmp_path / "g.xlsx")
    assert not (tmp_path / "g.xlsx").exists()


def test_each_reviewer_can_get_a_file_of_their_own(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    done = export_each_reviewer(any_database, setup.campaign_id, tmp_path / "out")
    assert sorted(p.path.name for p in done) == [
        "grille-quartier-test-2026-mme-dupont.xlsx",
        "grille-quartier-test-2026-service-voirie.xlsx",
    ]
    for grid in done:
        assert openpyxl.load_workbook(grid.path).sheetnames[1] == "Grille"


DANGEROUS = ("=1+1", "+33 6 12 34 56 78", "-5 €", "@SUM(A1:A9)", '=HYPERLINK("http://x")')


def test_text_typed_by_users_never_becomes_a_formula_in_any_workbook(
    any_database: Database, tmp_path: Path
) -> None:
    setup = make_setup(
        any_database,
        titles=DANGEROUS[:3],
        holder="=cmd|' /C calc'!A0",
        reviewers=("@Dupont", "-Service"),
    )
    answer = {setup.eligibility[0].id: Answer(eligible=False, reason="=2+3")}
    save_review(
        any_database,
        setup.reviewers[0],
        setup.applications[0],
        ReviewInput(answer, "@comment", None),
    )
    paths = [
        export_grids(
            any_database, setup.campaign_id, tmp_path / "one.xlsx", setup.reviewers[0]
        ).path,
        export_grids(any_database, setup.campaign_id, tmp_path / "all.xlsx").path,
        export_synthesis(any_database, setup.campaign_id, tmp_path / "synthesis.xlsx"),
    ]
    for path in paths:
        seen_texts: set[str] = set()
        workbook = openpyxl.load_workbook(path)
        for ws in workbook.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        header = ws.cell(L.CODE_ROW, cell.column).value
                        assert header == L.TOTAL, (path.name, ws.title, cell.coordinate, cell.value)
                        assert cell.value.startswith("=IF(COUNT(")
                    elif isinstance(cell.value, str):
                        seen_texts.add(cell.value)
                        if cell.value.startswith(L.FORMULA_STARTS):
                            assert cell.data_type == "s"
        for text in (*DANGEROUS[:3], "=cmd|' /C calc'!A0"):
            assert text in seen_texts, (path.name, text)
    grid_texts = {
        cell.value
        for ws in openpyxl.load_workbook(paths[0]).worksheets
        for row in ws.iter_rows()
        for cell in row
    }
    assert {"=2+3", "@comment"} <= grid_texts
