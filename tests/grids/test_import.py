"""Grids back in, through real files: the values land in the database, all or nothing."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pbdesk.domain.review import CriterionInput, CriterionKind, Recommendation
from pbdesk.grids import export_grids, import_grid
from pbdesk.grids import layout as L
from pbdesk.store.database import Database
from pbdesk.store.models import Review
from pbdesk.workspace.applications import delete_application
from pbdesk.workspace.call import save_criterion
from pbdesk.workspace.journal import entries
from pbdesk.workspace.reviews.answers import (
    Answer,
    ReviewInput,
    ReviewSource,
    get_review,
    save_review,
)
from pbdesk.workspace.reviews.reviewers import (
    ReviewerInput,
    delete_reviewer,
    save_reviewer,
    set_assignments,
)

from .support import (
    AUTHOR,
    GridSheet,
    Setup,
    eligible_code,
    fill_grid,
    fill_sheet,
    make_setup,
    planned_score,
    reason_code,
    review_dump,
    score_code,
)


def _export_and_fill(
    database: Database, setup: Setup, folder: Path, reviewer: int | None = 0
) -> tuple[Path, Path]:
    folder.mkdir(exist_ok=True)
    blank = folder / "grille.xlsx"
    export_grids(
        database,
        setup.campaign_id,
        blank,
        setup.reviewers[reviewer] if reviewer is not None else None,
    )
    filled = folder / "grille-remplie.xlsx"
    fill_grid(blank, filled, setup)
    return blank, filled


def assert_planned_values(database: Database, setup: Setup, reviewer_id: int) -> None:
    for number, application_id in enumerate(setup.applications, start=1):
        review = get_review(database, reviewer_id, application_id)
        assert review.source is ReviewSource.GRID
        for index, criterion in enumerate(setup.scored):
            assert review.answers[criterion.id].score == planned_score(number, index, criterion)
        for index, criterion in enumerate(setup.eligibility):
            answer = review.answers[criterion.id]
            refused = number == 2 and index == 0
            assert answer.eligible is (not refused)
            assert answer.reason == ("Hors du périmètre du quartier" if refused else "")
        assert review.recommendation is list(Recommendation)[number % 3]
        assert review.comment == f"Avis sur le projet {number}"
        assert review.total is not None


def test_round_trip_through_real_files(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    result = import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    assert result.ok and result.applied, result.problems
    assert [r.rows for r in result.reviewers] == [3]
    assert all(change.new for change in result.changes)
    assert_planned_values(any_database, setup, setup.reviewers[0])
    review = get_review(any_database, setup.reviewers[0], setup.applications[0])
    assert review.grid_made_at == result.made_at
    journal = entries(any_database, setup.campaign_id, 1)[0]
    assert journal.action == "grid.import"
    assert "« Mme Dupont »" in journal.summary and "3 dépôt(s) rempli(s)" in journal.summary


def test_preview_changes_nothing_then_apply_does_it_all(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    before = review_dump(any_database)
    preview = import_grid(any_database, setup.campaign_id, filled, AUTHOR, apply=False)
    assert preview.ok and not preview.applied and len(preview.changes) == 3
    assert review_dump(any_database) == before
    assert preview.describe()[0].startswith("« Mme Dupont » (feuille « Grille ») : 3 dépôt(s)")
    assert import_grid(any_database, setup.campaign_id, filled, AUTHOR).applied


def test_the_same_grid_twice_changes_nothing_the_second_time(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    before = review_dump(any_database)
    again = import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    assert again.ok and not again.applied and not again.changes_anything
    assert again.describe() == ["Rien ne change : cette grille est déjà importée."]
    assert review_dump(any_database) == before


def test_a_newer_grid_replaces_the_older_values_and_the_journal_says_so(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, first = _export_and_fill(any_database, setup, tmp_path / "first")
    import_grid(any_database, setup.campaign_id, first, AUTHOR)
    # The newer grid carries the recorded values; the reviewer changes one score.
    newer = tmp_path / "newer.xlsx"
    export_grids(any_database, setup.campaign_id, newer, setup.reviewers[0])
    workbook = openpyxl.load_workbook(newer)
    sheet = GridSheet(workbook["Grille"])
    criterion = setup.scored[0]
    assert sheet.ws[sheet.coordinate(1, score_code(criterion))].value == planned_score(
        1, 0, criterion
    )
    sheet.set(1, score_code(criterion), 0)
    workbook.save(newer)

    result = import_grid(any_database, setup.campaign_id, newer, AUTHOR)
    assert result.applied and len(result.changes) == 1
    [change] = result.changes
    assert (change.number, change.changes[0].what, change.changes[0].after) == (
        1,
        criterion.name,
        "0",
    )
    assert result.reviewers[0].replaces is not None
    review = get_review(any_database, setup.reviewers[0], setup.applications[0])
    assert review.answers[criterion.id].score == 0
    assert review.grid_made_at == result.made_at
    # Rows the reviewer did not change now also stand for the newer grid.
    other = get_review(any_database, setup.reviewers[0], setup.applications[2])
    assert other.grid_made_at == result.made_at
    summary = entries(any_database, setup.campaign_id, 1)[0].summary
    assert "1 instruction(s) et 1 valeur(s) modifiée(s)" in summary
    assert "Elle remplace la grille faite le" in summary

    # The older grid now comes too late: refused, nothing changes.
    before = review_dump(any_database)
    late = import_grid(any_database, setup.campaign_id, first, AUTHOR)
    assert not late.ok
    assert late.problems[0].startswith("Feuille « Grille » : cette grille a été faite le ")
    assert "une grille plus récente de « Mme Dupont »" in late.problems[0]
    assert "la grille plus ancienne est refusée." in late.problems[0]
    assert review_dump(any_database) == before


def test_rows_sorted_by_the_reviewer_still_map_back(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    workbook = openpyxl.load_workbook(filled)
    ws = workbook["Grille"]
    first, last = L.FIRST_ROW, L.FIRST_ROW + 2
    rows = {r: [ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in (first, last)}
    for target, source in ((first, last), (last, first)):
        for column, value in enumerate(rows[source], start=1):
            ws.cell(target, column).value = value
    workbook.save(filled)
    assert import_grid(any_database, setup.campaign_id, filled, AUTHOR).applied
    assert_planned_values(any_database, setup, setup.reviewers[0])


def test_an_empty_row_changes_nothing_a_filled_row_replaces_the_review(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    newer = tmp_path / "newer.xlsx"
    export_grids(any_database, setup.campaign_id, newer, setup.reviewers[0])
    workbook = openpyxl.load_workbook(newer)
    sheet = GridSheet(workbook["Grille"])
    for code, letter in sheet.codes.items():
        if L.parse_code(str(code))[0] in L.INPUT_KINDS:
            sheet.ws[f"{letter}{sheet.rows[1]}"] = None  # row 1 emptied: changes nothing
    sheet.set(3, L.COMMENT, None)  # row 3: its comment cleared
    workbook.save(newer)
    result = import_grid(any_database, setup.campaign_id, newer, AUTHOR)
    assert [(c.number, [x.what for x in c.changes]) for c in result.changes] == [
        (3, ["Commentaire"])
    ]
    assert get_review(any_database, setup.reviewers[0], setup.applications[0]).comment
    assert get_review(any_database, setup.reviewers[0], setup.applications[2]).comment == ""


def test_one_workbook_for_every_reviewer_comes_back_sheet_by_sheet(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    blank = tmp_path / "all.xlsx"
    export_grids(any_database, setup.campaign_id, blank)
    workbook = openpyxl.load_workbook(blank)
    fill_sheet(GridSheet(workbook["Grille – Service voirie"]), setup)
    workbook.save(tmp_path / "all-filled.xlsx")
    result = import_grid(any_database, setup.campaign_id, tmp_path / "all-filled.xlsx", AUTHOR)
    assert result.applied and [r.name for r in result.reviewers] == ["Service voirie"]
    assert_planned_values(any_database, setup, setup.reviewers[1])
    with any_database.session() as session:
        assert session.query(Review).filter_by(reviewer_id=setup.reviewers[0]).count() == 0


# --- every bad input: one sentence naming sheet and cell, and nothing changes ----------------

Mutation = Callable[[Database, Setup, Path, Path], Any]


def _edit(path: Path, change: Callable[[Any], Any]) -> None:
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    workbook.save(path)


def _grid(path: Path) -> tuple[Any, GridSheet]:
    workbook = openpyxl.load_workbook(path)
    return workbook, GridSheet(workbook["Grille"])


def _set_cell(code: Callable[[Setup], str], number: int, value: Any) -> Mutation:
    def mutate(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
        workbook, sheet = _grid(filled)
        coordinate = sheet.set(number, code(setup), value)
        workbook.save(filled)
        return coordinate

    return mutate


def _text_in_score(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: score_code(s.scored[0]), 1, "beaucoup")(
        database, setup, blank, filled
    )
    return (
        f"Feuille « Grille », cellule {coordinate} : « beaucoup » n’est pas une note entre 0 et 3."
    )


def _score_outside(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: score_code(s.scored[1]), 2, 5)(database, setup, blank, filled)
    return f"Feuille « Grille », cellule {coordinate} : « 5 » n’est pas une note entre 0 et 3."


def _decimal_score(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: score_code(s.scored[1]), 2, 2.5)(
        database, setup, blank, filled
    )
    return f"Feuille « Grille », cellule {coordinate} : « 2,5 » n’est pas une note entre 0 et 3."


def _no_without_reason(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    workbook, sheet = _grid(filled)
    criterion = setup.eligibility[1]
    sheet.set(3, eligible_code(criterion), "non")
    coordinate = sheet.set(3, reason_code(criterion), None)
    workbook.save(filled)
    return (
        f"Feuille « Grille », cellule {coordinate} : dites pourquoi la réponse à "
        f"« {criterion.name} » est « non »."
    )


def _maybe(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: eligible_code(s.eligibility[0]), 1, "peut-être")(
        database, setup, blank, filled
    )
    return f"Feuille « Grille », cellule {coordinate} : « peut-être » n’est ni « oui » ni « non »."


def _unknown_recommendation(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: L.RECOMMENDATION, 1, "bof")(database, setup, blank, filled)
    return f"Feuille « Grille », cellule {coordinate} : « bof » n’est pas un des avis possibles"


def _formula(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    coordinate = _set_cell(lambda s: score_code(s.scored[0]), 1, "=1+2")(
        database, setup, blank, filled
    )
    return (
        f"Feuille « Grille », cellule {coordinate} : « =1+2 » est une formule ; "
        "tapez la valeur elle-même."
    )


def _other_campaign(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    other = make_setup(database, slug="autre-2026", holder="")
    export_grids(database, other.campaign_id, blank, other.reviewers[0])
    fill_grid(blank, filled, other)
    return (
        "Cette grille appartient à une autre campagne (« Campagne autre-2026 »), pas à "
        "« Campagne quartier-test-2026 » : rien n’a été importé."
    )


def _criteria_changed(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    criterion = setup.scored[0]
    save_criterion(
        database,
        setup.campaign_id,
        CriterionInput(criterion.name, CriterionKind.SCORED, weight=1, scale_max=3),
        AUTHOR,
        criterion.id,
    )
    return (
        "Cette grille a été faite pour la version 2 des critères, qui ont changé depuis "
        "(version 3) : exportez une nouvelle grille et envoyez-la à l’instructeur."
    )


def _reviewer_gone(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    delete_reviewer(database, setup.reviewers[0], AUTHOR)
    return (
        "Feuille « Grille », cellule A1 : l’instructeur de cette grille n’est pas (ou plus) dans "
        "la campagne."
    )


def _application_gone(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    delete_application(database, setup.applications[2], AUTHOR)
    return (
        f"Feuille « Grille », cellule A{L.FIRST_ROW + 2} : le dépôt de cette ligne (n° 3) n’est "
        "pas (ou plus) dans la campagne."
    )


def _no_longer_assigned(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    set_assignments(database, setup.reviewers[0], False, setup.applications[:2])
    return (
        f"Feuille « Grille », cellule A{L.FIRST_ROW + 2} : le dépôt 3 n’est pas (ou plus) confié "
        "à « Mme Dupont » pour instruction."
    )


def _changed_in_the_app_since(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    save_review(
        database,
        setup.reviewers[0],
        setup.applications[0],
        ReviewInput({setup.scored[0].id: Answer(score=0)}, "Saisi dans pbdesk"),
    )
    return (
        f"Feuille « Grille », cellule A{L.FIRST_ROW} : l’instruction du dépôt 1 a été modifiée "
        "dans pbdesk le "
    )


def _sheet_deleted(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    _edit(filled, lambda wb: wb.remove(wb["Grille"]))
    return (
        "La feuille « Grille » manque : elle a été supprimée ou renommée. Rendez-lui son nom, ou "
        "repartez d’une nouvelle grille."
    )


def _sheet_renamed(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    _edit(filled, lambda wb: setattr(wb["Grille"], "title", "Ma grille"))
    return "La feuille « Grille » manque : elle a été supprimée ou renommée."


def _row_added(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    workbook, sheet = _grid(filled)
    row = L.FIRST_ROW + 3
    sheet.ws[f"{sheet.codes['title']}{row}"] = "Mon projet ajouté"
    sheet.ws[f"{sheet.codes[score_code(setup.scored[0])]}{row}"] = 2
    workbook.save(filled)
    return (
        f"Feuille « Grille », cellule {sheet.codes['title']}{row} : cette ligne a été ajoutée à "
        "la main ; pbdesk ne lit que les lignes des dépôts qu’il a mis dans la grille."
    )


def _row_copied(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    workbook, sheet = _grid(filled)
    ws, row = sheet.ws, L.FIRST_ROW + 3
    for column in range(1, ws.max_column + 1):
        ws.cell(row, column).value = ws.cell(L.FIRST_ROW, column).value
    workbook.save(filled)
    return (
        f"Feuille « Grille », cellule A{row} : cette ligne répète le dépôt de la ligne "
        f"{L.FIRST_ROW} (une ligne copiée)."
    )


def _hidden_part_removed(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    _edit(filled, lambda wb: wb.remove(wb["pbdesk"]))
    return (
        "« grille-remplie.xlsx » n’est pas une grille d’instruction de pbdesk (ou sa partie cachée "
        "a été supprimée) : exportez une nouvelle grille depuis pbdesk."
    )


def _not_a_workbook(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    filled.write_text("N°;Titre;Note\n1;Projet;2\n", encoding="utf-8")
    return "« grille-remplie.xlsx » n’est pas un classeur Excel (.xlsx)."


def _old_xls(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    filled.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(2048))
    return (
        "« grille-remplie.xlsx » est un ancien fichier Excel (.xls) : ouvrez-le dans Excel ou "
        "LibreOffice, enregistrez-le au format classeur Excel (.xlsx), puis importez ce fichier."
    )


def _macros(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    with zipfile.ZipFile(filled, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00macro")
    return (
        "« grille-remplie.xlsx » est un classeur avec macros : pbdesk ne les ouvre pas. "
        "Enregistrez-le au format classeur Excel (.xlsx), sans macros, puis importez ce fichier."
    )


def _damaged(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    content = filled.read_bytes()
    filled.write_bytes(content[: len(content) // 2])
    return "« grille-remplie.xlsx » est endommagé et ne peut pas être lu comme un classeur ("


def _corrupt_member(database: Database, setup: Setup, blank: Path, filled: Path) -> str:
    content = bytearray(filled.read_bytes())
    start = content.find(b"xl/worksheets/sheet2.xml") + 40
    content[start : start + 64] = bytes(64)  # the compressed data of a sheet, not the index
    filled.write_bytes(bytes(content))
    return "« grille-remplie.xlsx » est endommagé et ne peut pas être lu comme un classeur ("


CASES: dict[str, Mutation] = {
    "text in a score cell": _text_in_score,
    "score outside the scale": _score_outside,
    "score not a whole number": _decimal_score,
    "no without its reason": _no_without_reason,
    "neither yes nor no": _maybe,
    "unknown recommendation": _unknown_recommendation,
    "formula typed in a cell": _formula,
    "grid of another campaign": _other_campaign,
    "criteria changed since": _criteria_changed,
    "unknown reviewer": _reviewer_gone,
    "unknown application": _application_gone,
    "application no longer assigned": _no_longer_assigned,
    "review changed in the app since": _changed_in_the_app_since,
    "sheet deleted": _sheet_deleted,
    "sheet renamed": _sheet_renamed,
    "row added by hand": _row_added,
    "row copied": _row_copied,
    "hidden part removed": _hidden_part_removed,
    "not a workbook": _not_a_workbook,
    "old xls": _old_xls,
    "workbook with macros": _macros,
    "damaged zip": _damaged,
    "damaged member": _corrupt_member,
}


@pytest.mark.parametrize("case", CASES)
def test_a_wrong_grid_gets_one_sentence_per_problem_and_changes_nothing(
    any_database: Database, setup: Setup, tmp_path: Path, case: str
) -> None:
    blank, filled = _export_and_fill(any_database, setup, tmp_path)
    expected = CASES[case](any_database, setup, blank, filled)
    before = review_dump(any_database)
    result = import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    assert not result.ok and not result.applied and not result.changes
    assert any(problem.startswith(expected) for problem in result.problems), result.problems
    assert review_dump(any_database) == before


def test_every_problem_is_listed_at_once(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    workbook, sheet = _grid(filled)
    sheet.set(1, score_code(setup.scored[0]), "beaucoup")
    sheet.set(2, score_code(setup.scored[0]), 9)
    sheet.set(3, L.RECOMMENDATION, "peut-être")
    workbook.save(filled)
    result = import_grid(any_database, setup.campaign_id, filled, AUTHOR)
    assert len(result.problems) == 3


def test_a_macro_enabled_name_is_refused_before_reading(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    _, filled = _export_and_fill(any_database, setup, tmp_path)
    renamed = filled.rename(filled.with_suffix(".xlsm"))
    result = import_grid(any_database, setup.campaign_id, renamed, AUTHOR)
    assert result.problems[0].startswith("« grille-remplie.xlsm » est un classeur avec macros")


def test_a_missing_file_is_said_in_one_sentence(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    result = import_grid(any_database, setup.campaign_id, tmp_path / "absent.xlsx", AUTHOR)
    assert result.problems[0].startswith("Le fichier « absent.xlsx » ne peut pas être lu : ")


def test_an_in_app_review_is_shown_replaced_in_the_preview(
    any_database: Database, setup: Setup, tmp_path: Path
) -> None:
    reviewer = save_reviewer(any_database, setup.campaign_id, ReviewerInput("Tiers"), AUTHOR)
    blank = tmp_path / "g.xlsx"
    export_grids(any_database, setup.campaign_id, blank, reviewer)
    workbook, sheet = _grid(blank)
    sheet.set(1, score_code(setup.scored[0]), 3)
    workbook.save(blank)
    result = import_grid(any_database, setup.campaign_id, blank, AUTHOR, apply=False)
    assert result.describe()[1] == "  N° 1 « Projet 1 » : nouvelle instruction (1 valeur(s))."
