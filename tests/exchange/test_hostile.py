"""Bad and hostile project files: each refused in one sentence, and nothing changes."""

from __future__ import annotations

import copy
import io
import json
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

import pbdesk
from pbdesk.exchange.archive import Limits
from pbdesk.exchange.errors import (
    DamagedFile,
    InvalidData,
    MergeRefused,
    NewerFile,
    NotAProjectFile,
    ProjectFileError,
    UnsafeFile,
)
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import Database, open_database

from .support import (
    AUTHOR,
    as_format_1,
    data_members,
    data_of,
    members_of,
    rewrite,
    row_counts,
    small_campaign,
    table_member,
)


@pytest.fixture(scope="module")
def valid_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("valid")
    database = open_database(folder / "origin.sqlite3")
    campaign_id = small_campaign(database, folder, attachments=2)
    path = folder / "valid.pbdesk"
    export_campaign(database, campaign_id, path, include_personal_data=True)
    database.close()
    return path


def refused(
    database: Database, path: Path, kind: type[ProjectFileError], limits: Limits | None = None
) -> str:
    """Planning (and applying) ``path`` is refused with ``kind``; nothing changed."""
    before = row_counts(database)
    with pytest.raises(kind) as caught:
        options = {"limits": limits} if limits else {}
        apply_import(database, plan_import(database, path, **options), author=AUTHOR)
    message = caught.value.message
    assert message and "\n" not in message, message
    assert message.rstrip().endswith((".", "»")), message
    assert row_counts(database) == before
    return message


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names, on purpose
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, content in members.items():
                archive.writestr(zipfile.ZipInfo(name), content, compress_type=method)
    return buffer.getvalue()


def with_data(valid_file: Path, tmp_path: Path, change: Any) -> Path:
    data = copy.deepcopy(data_of(valid_file))
    change(data)
    return rewrite(valid_file, tmp_path / "changed.pbdesk", data=data)


def first(data: dict[str, Any], table: str) -> dict[str, Any]:
    row: dict[str, Any] = data["tables"][table][0]
    return row


# --- not a project file ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"PK\x03\x04 truncated"],
)
def test_not_a_zip(database: Database, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.pbdesk"
    path.write_bytes(content)
    refused(database, path, NotAProjectFile)


def test_no_file_or_a_folder(database: Database, tmp_path: Path) -> None:
    refused(database, tmp_path / "missing.pbdesk", NotAProjectFile)
    refused(database, tmp_path, NotAProjectFile)


def test_a_zip_without_manifest(database: Database, valid_file: Path, tmp_path: Path) -> None:
    path = rewrite(valid_file, tmp_path / "x.pbdesk", drop=("manifest.json",))
    refused(database, path, NotAProjectFile)


@pytest.mark.parametrize(
    "manifest",
    [
        b"{not json",
        b"[]",
        json.dumps({"format": "something-else"}).encode(),
    ],
)
def test_a_malformed_or_foreign_manifest(
    database: Database, valid_file: Path, tmp_path: Path, manifest: bytes
) -> None:
    members = members_of(valid_file)
    members["manifest.json"] = manifest
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    refused(database, path, NotAProjectFile)


@pytest.mark.parametrize(
    "field, value",
    [
        ("campaign", {"uuid": "not-a-uuid", "name": "X"}),
        ("format_version", "1"),
        ("pbdesk_version", None),
        ("personal_data", "no"),
        ("members", {"data.json": {"sha256": "zz", "size": 1}}),
    ],
)
def test_a_manifest_with_a_wrong_field(
    database: Database, valid_file: Path, tmp_path: Path, field: str, value: Any
) -> None:
    document = json.loads(members_of(valid_file)["manifest.json"])
    document[field] = value
    members = members_of(valid_file)
    members["manifest.json"] = json.dumps(document).encode()
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    message = refused(database, path, NotAProjectFile)
    assert field in message


def test_a_newer_format_says_which_pbdesk_is_needed(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    path = rewrite(
        valid_file, tmp_path / "x.pbdesk", manifest={"format_version": 7, "pbdesk_version": "3.1.0"}
    )
    message = refused(database, path, NewerFile)
    assert "3.1.0" in message


# --- unsafe members and zip bombs --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "attachments/../../evil", "/etc/passwd", "C:/Windows/evil.dll", "a\\..\\b"],
)
def test_a_member_path_leaving_its_folder(
    database: Database, valid_file: Path, tmp_path: Path, name: str
) -> None:
    members = members_of(valid_file)
    members[name] = b"x"
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    assert name in refused(database, path, UnsafeFile)


def test_a_member_name_ending_in_a_line_break(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    members = members_of(valid_file)
    members["tables/campaign.jsonl\n"] = b"not json"
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    refused(database, path, UnsafeFile)


def test_a_file_changed_after_its_summary_imports_nothing(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    """The summary is shown, the user answers later: meanwhile the file was changed on disk
    (its manifest left as the summary saw it). Records read again from it are refused."""
    member = "tables/budget_line.jsonl"
    for name, change in (
        ("dangling", {"application_id": "00000000-0000-4000-8000-000000000000"}),
        ("bad-date", {"created_at": "not a date"}),
        ("label", {"label": "changed meanwhile"}),
    ):
        path = tmp_path / f"{name}.pbdesk"
        path.write_bytes(valid_file.read_bytes())
        plan = plan_import(database, path)
        before = row_counts(database)
        lines = members_of(path)[member].decode().splitlines()
        lines[0] = json.dumps({**json.loads(lines[0]), **change})
        rewrite(path, path, extra={member: ("\n".join(lines) + "\n").encode()}, fix_checksums=False)
        with pytest.raises(ProjectFileError) as caught:
            apply_import(database, plan, author=AUTHOR)
        assert caught.value.message and "\n" not in caught.value.message, name
        assert row_counts(database) == before, name


def test_a_member_the_format_does_not_define(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    path = rewrite(valid_file, tmp_path / "x.pbdesk", extra={"run-me.exe": b"MZ"})
    assert "run-me.exe" in refused(database, path, UnsafeFile)


def test_a_member_twice(database: Database, valid_file: Path, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content in members_of(valid_file).items():
                archive.writestr(name, content)
            archive.writestr("data.json", b"{}")
    path = tmp_path / "x.pbdesk"
    path.write_bytes(buffer.getvalue())
    refused(database, path, UnsafeFile)


def test_a_member_over_the_size_limit(database: Database, valid_file: Path, tmp_path: Path) -> None:
    members = members_of(valid_file)
    name = next(n for n in members if n.startswith("attachments/"))
    members[name] = bytes(65 * 1024 * 1024)  # declared 65 MB, deflated to ~64 kB
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    assert path.stat().st_size < 1024 * 1024
    assert "65" in refused(database, path, UnsafeFile)


def test_an_extreme_compression_ratio(database: Database, valid_file: Path, tmp_path: Path) -> None:
    members = members_of(valid_file)
    name = next(n for n in members if n.startswith("attachments/"))
    members[name] = bytes(8 * 1024 * 1024)
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    refused(database, path, UnsafeFile)


def test_too_many_members_or_too_much_in_all(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    refused(database, valid_file, UnsafeFile, Limits(members=3))
    in_all = refused(database, valid_file, UnsafeFile, Limits(total_bytes=1000))
    # All the records together, however they are split in members: a sentence of its own.
    records = refused(database, valid_file, UnsafeFile, Limits(data_total_bytes=1000))
    assert records != in_all


def test_a_record_longer_than_allowed(database: Database, valid_file: Path, tmp_path: Path) -> None:
    """One line of a table's member is one record: a huge line is refused as it is read, not
    held in memory whole."""
    member = "tables/application.jsonl"
    lines = members_of(valid_file)[member].decode().splitlines()
    lines[0] = json.dumps({**json.loads(lines[0]), "summary": "x" * 3000})
    path = rewrite(valid_file, tmp_path / "long.pbdesk", extra={member: "\n".join(lines).encode()})
    assert "application.jsonl" in refused(database, path, UnsafeFile, Limits(line_bytes=2000))
    # Within the limit, the same file imports.
    apply_import(
        database, plan_import(database, path, limits=Limits(line_bytes=8000)), author=AUTHOR
    )


def _end_record(content: bytes) -> int:
    return content.rfind(b"PK\x05\x06")


def test_a_huge_entry_count_is_refused_before_reading_the_directory(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    content = bytearray(valid_file.read_bytes())
    at = _end_record(content)
    struct.pack_into("<HH", content, at + 8, 0xFFFE, 0xFFFE)
    path = tmp_path / "x.pbdesk"
    path.write_bytes(bytes(content))
    assert "65534" in refused(database, path, UnsafeFile, Limits(members=1000))


def _central_entries(content: bytes) -> dict[str, int]:
    """Name → offset of its central directory entry."""
    entries = {}
    at = content.find(b"PK\x01\x02")
    while at >= 0:
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", content, at + 28)
        name = content[at + 46 : at + 46 + name_length].decode()
        entries[name] = at
        at = content.find(b"PK\x01\x02", at + 46 + name_length + extra_length + comment_length)
    return entries


@pytest.mark.parametrize("delta", [-100, 100])
def test_a_member_whose_real_size_differs_from_the_declared_one(
    database: Database, valid_file: Path, tmp_path: Path, delta: int
) -> None:
    """Declared sizes are not trusted: more or fewer bytes than declared is a damaged file."""
    content = bytearray(valid_file.read_bytes())
    at = _central_entries(bytes(content))[table_member(valid_file, "application")]
    (size,) = struct.unpack_from("<L", content, at + 24)
    struct.pack_into("<L", content, at + 24, size + delta)
    (local,) = struct.unpack_from("<L", content, at + 42)
    struct.pack_into("<L", content, local + 22, size + delta)
    path = tmp_path / "x.pbdesk"
    path.write_bytes(bytes(content))
    refused(database, path, DamagedFile)


def test_members_that_overlap(database: Database, valid_file: Path, tmp_path: Path) -> None:
    content = bytearray(valid_file.read_bytes())
    entries = _central_entries(bytes(content))
    attachments = sorted(n for n in entries if n.startswith("attachments/"))
    (offset,) = struct.unpack_from("<L", content, entries[attachments[0]] + 42)
    struct.pack_into("<L", content, entries[attachments[1]] + 42, offset)
    path = tmp_path / "x.pbdesk"
    path.write_bytes(bytes(content))
    refused(database, path, UnsafeFile)


# --- checksums ---------------------------------------------------------------------------------


def test_a_member_that_does_not_match_its_checksum(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    members = members_of(valid_file)
    name = next(n for n in members if n.startswith("attachments/"))
    changed = bytearray(members[name])
    changed[10] ^= 0xFF
    path = rewrite(
        valid_file, tmp_path / "x.pbdesk", extra={name: bytes(changed)}, fix_checksums=False
    )
    assert name in refused(database, path, DamagedFile)
    data = data_of(valid_file)
    first(data, "application")["title"] = "Changé sans recalculer"
    member = table_member(valid_file, "application")
    changed_member = {member: data_members(data)[member]}
    path = rewrite(valid_file, tmp_path / "y.pbdesk", extra=changed_member, fix_checksums=False)
    assert member in refused(database, path, DamagedFile)


def test_the_manifest_and_the_members_must_agree(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    document = json.loads(members_of(valid_file)["manifest.json"])
    document["members"]["attachments/00000000-0000-4000-8000-000000000000"] = {
        "sha256": "0" * 64,
        "size": 1,
    }
    members = members_of(valid_file)
    members["manifest.json"] = json.dumps(document).encode()
    path = tmp_path / "x.pbdesk"
    path.write_bytes(zip_of(members))
    refused(database, path, DamagedFile)
    unlisted = "attachments/00000000-0000-4000-8000-000000000001"
    path = rewrite(valid_file, tmp_path / "y.pbdesk", extra={unlisted: b"x"}, fix_checksums=False)
    assert unlisted in refused(database, path, UnsafeFile)


# --- the data ----------------------------------------------------------------------------------


def test_data_that_is_not_json(database: Database, valid_file: Path, tmp_path: Path) -> None:
    bad = [b"{", b"[]", b"NaN", b"3", b"[" * 100_000, b'{"uuid": "\xff"}']
    for number, content in enumerate(bad):
        path = tmp_path / f"x{number}.pbdesk"
        rewrite(valid_file, path, extra={"tables/application.jsonl": content})
        refused(database, path, InvalidData)
    for number, content in enumerate([b"{", b"[]", b'{"tables": 3}', b"NaN"]):
        path = tmp_path / f"s{number}.pbdesk"
        rewrite(valid_file, path, extra={"states/application.json": content})
        refused(database, path, InvalidData)


def test_data_that_is_not_json_in_format_1(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    older = as_format_1(valid_file, tmp_path / "older.pbdesk")
    for number, content in enumerate([b"{", b"[]", b'{"tables": 3}', b"NaN", b"[" * 100_000]):
        path = tmp_path / f"x{number}.pbdesk"
        rewrite(older, path, extra={"data.json": content})
        refused(database, path, InvalidData)


def test_data_members_of_the_other_format_have_no_place(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    path = rewrite(valid_file, tmp_path / "x.pbdesk", extra={"data.json": b"{}"})
    assert "data.json" in refused(database, path, UnsafeFile)
    older = as_format_1(valid_file, tmp_path / "older.pbdesk")
    path = rewrite(older, tmp_path / "y.pbdesk", extra={"tables/holder.jsonl": b""})
    assert "tables/holder.jsonl" in refused(database, path, UnsafeFile)


def test_an_unknown_table_in_its_own_member(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    record = json.dumps({"uuid": "00000000-0000-4000-8000-000000000001"}).encode()
    path = rewrite(valid_file, tmp_path / "x.pbdesk", extra={"tables/hologram.jsonl": record})
    assert "hologram" in refused(database, path, NewerFile)
    path = rewrite(
        valid_file,
        tmp_path / "y.pbdesk",
        extra={"tables/hologram.jsonl": b"\n", "states/hologram.json": b"{}"},
    )
    apply_import(database, plan_import(database, path), author=AUTHOR)
    assert row_counts(database)["application"] == 2


def test_a_table_or_a_column_this_pbdesk_does_not_know(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    def new_table(data: dict[str, Any]) -> None:
        data["tables"]["hologram"] = [{"uuid": "x"}]

    message = refused(database, with_data(valid_file, tmp_path, new_table), NewerFile)
    assert "hologram" in message and pbdesk.__version__ in message  # the writer's version

    def new_column(data: dict[str, Any]) -> None:
        first(data, "application")["hologram_id"] = 3

    assert "hologram_id" in refused(
        database, with_data(valid_file, tmp_path, new_column), NewerFile
    )


def test_an_empty_unknown_table_and_a_column_an_older_pbdesk_did_not_write_are_fine(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    def older(data: dict[str, Any]) -> None:
        data["tables"]["hologram"] = []
        for row in data["tables"]["application"]:
            del row["target_public"]  # has a default

    plan = plan_import(database, with_data(valid_file, tmp_path, older))
    apply_import(database, plan, author=AUTHOR)
    assert row_counts(database)["application"] == 2


@pytest.mark.parametrize(
    "table, column, value",
    [
        ("budget_line", "amount_cents", -500),
        ("application", "requested_cents", -1),
        ("application", "status", "stolen"),
        ("checklist_item", "phase", 10),
        ("checklist_item", "phase", 0),
        ("phase_state", "status", "maybe"),
        ("person", "role", "king"),
        ("campaign", "decision_mode", "lottery"),
        ("application", "number", "3"),
        ("application", "number", 2**40),
        ("application", "version", 0),
        ("checklist_item", "done", 1),
        ("campaign", "slug", "x" * 61),
        ("campaign", "starts_on", "2026-13-01"),
        ("journal_entry", "at", "2026-01-01T10:00:00"),
        ("application", "title", "nul\x00byte"),
        ("application", "title", "lone \ud800 surrogate"),
        ("application", "title", None),
        ("application", "uuid", "not-a-uuid"),
        ("journal_entry", "details", {"note": "lone \udc00"}),
    ],
)
def test_values_out_of_range_or_of_the_wrong_kind(
    database: Database, valid_file: Path, tmp_path: Path, table: str, column: str, value: Any
) -> None:
    def change(data: dict[str, Any]) -> None:
        first(data, table)[column] = value

    data = copy.deepcopy(data_of(valid_file))
    change(data)
    path = rewrite(valid_file, tmp_path / "x.pbdesk", extra=data_members(data, ensure_ascii=True))
    message = refused(database, path, InvalidData)
    assert table in message and column in message


def test_a_reference_to_a_record_that_is_not_there(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    ghost = "00000000-0000-4000-8000-00000000dead"

    def change(data: dict[str, Any]) -> None:
        first(data, "budget_line")["application_id"] = ghost

    message = refused(database, with_data(valid_file, tmp_path, change), InvalidData)
    assert ghost in message


def test_a_holder_nothing_uses_is_refused(
    database: Database, valid_file: Path, tmp_path: Path
) -> None:
    """Holders are shared by every campaign: a file may only bring those its records use
    (found by the fuzz test: an application without holder left a stray holder behind)."""

    def change(data: dict[str, Any]) -> None:
        for row in data["tables"]["application"]:
            row["holder_id"] = None

    message = refused(database, with_data(valid_file, tmp_path, change), InvalidData)
    assert "holder" in message


@pytest.mark.parametrize(
    "change",
    [
        "second campaign",
        "other campaign",
        "same uuid twice",
        "same number twice",
        "attachment size",
        "bad states",
    ],
)
def test_inconsistent_data(
    database: Database, valid_file: Path, tmp_path: Path, change: str
) -> None:
    def apply(data: dict[str, Any]) -> None:
        tables = data["tables"]
        if change == "second campaign":
            twin = dict(tables["campaign"][0], uuid="00000000-0000-4000-8000-000000000001")
            tables["campaign"].append(twin)
        elif change == "other campaign":
            tables["campaign"][0]["uuid"] = "00000000-0000-4000-8000-000000000001"
        elif change == "same uuid twice":
            tables["budget_line"][1]["uuid"] = tables["budget_line"][0]["uuid"]
        elif change == "same number twice":
            tables["application"][1]["number"] = tables["application"][0]["number"]
        elif change == "attachment size":
            tables["attachment"][0]["size"] += 1
        else:
            data["states"]["application"] = {"x": ["nothex"]}

    refused(database, with_data(valid_file, tmp_path, apply), InvalidData)


def test_records_that_belong_to_another_campaign_here(
    any_database: Database, valid_file: Path, tmp_path: Path
) -> None:
    """A file whose campaign is new but whose records are another campaign's here."""
    apply_import(any_database, plan_import(any_database, valid_file), author=AUTHOR)

    def rebrand(data: dict[str, Any]) -> None:
        fresh = "00000000-0000-4000-8000-0000000000aa"
        old = data["tables"]["campaign"][0]["uuid"]
        data["tables"]["campaign"][0]["uuid"] = fresh
        data["tables"]["campaign"][0]["slug"] = "autre-2026"
        for rows in data["tables"].values():
            for row in rows:
                if row.get("campaign_id") == old:
                    row["campaign_id"] = fresh
        data["states"]["campaign"] = {}

    path = with_data(valid_file, tmp_path, rebrand)
    rewrite(
        path,
        path,
        manifest={"campaign": {"uuid": "00000000-0000-4000-8000-0000000000aa", "name": "X"}},
    )
    refused(any_database, path, MergeRefused)
