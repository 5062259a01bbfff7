"""Fuzzing: whatever a damaged or tampered file holds, the import either refuses it in one
sentence or imports it correctly; never another exception, never a partial write."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pbdesk.exchange.errors import ProjectFileError
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import Database, open_database

from .support import AUTHOR, data_of, rewrite, row_counts, small_campaign


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    origin = open_database(folder / "origin.sqlite3")
    campaign_id = small_campaign(origin, folder, attachments=1)
    valid = folder / "valid.pbdesk"
    export_campaign(origin, campaign_id, valid, include_personal_data=True)
    origin.close()
    empty = open_database(folder / "empty.sqlite3")
    empty.close()
    yield {"valid": valid, "empty": folder / "empty.sqlite3", "folder": folder}


class Fresh:
    """An empty workspace for one example (a copy of an empty database file)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self.count = 0

    def __call__(self) -> tuple[Database, Path]:
        self.count += 1
        folder = self.files["folder"] / f"example-{self.count}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        shutil.copyfile(self.files["empty"], folder / "w.sqlite3")
        return open_database(folder / "w.sqlite3"), folder


def import_or_refuse(database: Database, path: Path) -> bool:
    """True when imported; False when refused in one sentence with nothing written."""
    before = row_counts(database)
    try:
        apply_import(database, plan_import(database, path), author=AUTHOR)
    except ProjectFileError as error:
        assert error.message and "\n" not in error.message
        assert row_counts(database) == before
        return False
    return True


mutation = st.one_of(
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.integers(0), st.integers(0, 255)), min_size=1, max_size=8),
    ),
    st.tuples(st.just("cut"), st.integers(0)),
    st.tuples(st.just("insert"), st.tuples(st.integers(0), st.binary(min_size=1, max_size=64))),
)


def mutate(content: bytes, change: tuple[str, Any]) -> bytes:
    kind, detail = change
    data = bytearray(content)
    if kind == "flip":
        for position, value in detail:
            data[position % len(data)] = value
    elif kind == "cut":
        del data[detail % len(data) :]
    else:
        position, extra = detail
        data[position % (len(data) + 1) : position % (len(data) + 1)] = extra
    return bytes(data)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(change=mutation)
def test_mutated_bytes_are_refused_or_imported_correctly(
    files: dict[str, Path], change: tuple[str, Any]
) -> None:
    database, folder = Fresh(files)()
    try:
        path = folder / "mutated.pbdesk"
        path.write_bytes(mutate(files["valid"].read_bytes(), change))
        if import_or_refuse(database, path):
            again = folder / "again.pbdesk"
            export_campaign(database, 1, again, include_personal_data=True)
            assert data_of(again) == data_of(files["valid"])
    finally:
        database.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(where=st.tuples(st.integers(0), st.integers(0), st.integers(0)), value=json_values)
def test_tampered_values_are_refused_or_imported_as_they_are(
    files: dict[str, Path], where: tuple[int, int, int], value: Any
) -> None:
    """A value replaced anywhere in data.json (checksums recomputed, as a forger would)."""
    data = copy.deepcopy(data_of(files["valid"]))
    tables = [name for name, rows in data["tables"].items() if rows]
    table = tables[where[0] % len(tables)]
    row = data["tables"][table][where[1] % len(data["tables"][table])]
    column = sorted(row)[where[2] % len(row)]
    row[column] = value
    database, folder = Fresh(files)()
    try:
        path = rewrite(files["valid"], folder / "tampered.pbdesk", data=data)
        if import_or_refuse(database, path):
            again = folder / "again.pbdesk"
            export_campaign(database, 1, again, include_personal_data=True)
            assert json.loads(json.dumps(data_of(again)["tables"])) == data["tables"]
    finally:
        database.close()
