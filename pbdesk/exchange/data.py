"""``data.json`` read and checked whole before anything is written.

Checks, in order: JSON; its shape; tables and columns this pbdesk knows (a newer pbdesk's
file is refused, saying which version wrote it); every value against its column's type and
length, the domain's enumerations and the schema's CHECK constraints; one campaign, the one
the manifest announces; every reference pointing to a record of the file; every unique key
unique; every attachment row matching its member. Problems are ``InvalidData`` (or
``NewerFile``) with the table, the record's uuid and the column.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnDefault

from pbdesk.exchange.archive import ATTACHMENTS, Manifest
from pbdesk.exchange.errors import InvalidData, NewerFile
from pbdesk.exchange.rules import FORMATS, allowed_values, check_constraints, choice_codes
from pbdesk.exchange.tables import (
    INT32,
    META,
    ROOT,
    UUID_PATTERN,
    BadValue,
    Layout,
    TableSpec,
    decode,
    encode,
)
from pbdesk.i18n import translate

DIGEST_PATTERN = re.compile(r"^[0-9a-f]{16}$")
#: States kept per record (oldest dropped first; a dropped state can only turn a later merge
#: of that record into a conflict, never into a silent overwrite).
MAX_STATES = 64

Row = dict[str, Any]


@dataclass
class ProjectData:
    """A checked project file's data: rows in their JSON form, complete, keyed by uuid."""

    file_name: str
    manifest: Manifest
    #: table → uuid → row (every travelling column present).
    tables: dict[str, dict[str, Row]]
    #: table → uuid → exchanged states (oldest first).
    states: dict[str, dict[str, list[str]]]

    @property
    def campaign(self) -> Row:
        return self.tables[ROOT][self.manifest.campaign_uuid]

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class _Checker:
    def __init__(self, name: str, manifest: Manifest, layout: Layout) -> None:
        self.name = name
        self.manifest = manifest
        self.layout = layout

    def malformed(self, part: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "The data of «{name}» is malformed: «{part}» is missing or of the wrong kind.",
            ).format(name=self.name, part=part)
        )

    def wrong(self, table: str, uuid: str, column: str, value: Any) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "In «{name}», record {uuid} of «{table}» has a wrong value in «{column}»: {value}.",
            ).format(name=self.name, uuid=uuid, table=table, column=column, value=value)
        )

    # --- one row -----------------------------------------------------------------------------

    def row(self, spec: TableSpec, raw: Any, position: int) -> Row:
        where = f"{spec.name}[{position}]"
        if not isinstance(raw, dict):
            raise self.malformed(where)
        uuid = raw.get("uuid")
        label = uuid if isinstance(uuid, str) and UUID_PATTERN.match(uuid) else f"n°{position + 1}"
        for key in raw:
            if key not in spec.columns:
                raise NewerFile(
                    translate(
                        "ProjectFile",
                        "«{name}» holds a column «{column}» in «{table}», which this pbdesk does "
                        "not know: install pbdesk {version} or newer to open it.",
                    ).format(
                        name=self.name,
                        column=str(key)[:80],
                        table=spec.name,
                        version=self.manifest.pbdesk_version,
                    )
                )
        row: Row = {}
        for column_name in spec.columns:
            if column_name in raw:
                value = raw[column_name]
            elif column_name in META:
                raise self.lacks(spec.name, label, column_name)
            else:
                value = self._default(spec, column_name, label)
            row[column_name] = self.value(spec, column_name, value, label)
            if column_name == "uuid" and not (isinstance(value, str) and UUID_PATTERN.match(value)):
                raise self.wrong(spec.name, label, "uuid", repr(value)[:60])
            if column_name == "version" and not (
                isinstance(value, int) and 1 <= value <= INT32[1] and not isinstance(value, bool)
            ):
                raise self.wrong(spec.name, label, "version", repr(value)[:60])
        self.rules(spec, row, label)
        return row

    def lacks(self, table: str, uuid: str, column: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile", "In «{name}», record {uuid} of «{table}» lacks «{column}»."
            ).format(name=self.name, uuid=uuid, table=table, column=column)
        )

    def _default(self, spec: TableSpec, column_name: str, label: str) -> Any:
        """A column the file lacks (written before the column existed): its default."""
        column = spec.table.c[column_name]
        default = column.default
        if isinstance(default, ColumnDefault) and default.is_scalar:
            return encode(column.type, default.arg)
        if column.nullable:
            return None
        raise self.lacks(spec.name, label, column_name)

    def value(self, spec: TableSpec, column_name: str, value: Any, label: str) -> Any:
        column = spec.table.c[column_name]
        reference = spec.reference(column_name)
        if reference is not None or column_name in spec.binary:
            if value is None and column.nullable:
                return None
            if reference is not None and isinstance(value, str) and UUID_PATTERN.match(value):
                return value
            if (
                column_name in spec.binary
                and isinstance(value, str)
                and value.startswith(ATTACHMENTS)
                and value in self.manifest.members
            ):
                return value
            raise self.wrong(spec.name, label, column_name, repr(value)[:60])
        try:
            decode(column.type, value, bool(column.nullable))
        except BadValue as error:
            raise self.wrong(spec.name, label, column_name, str(error)) from error
        return value

    def rules(self, spec: TableSpec, row: Row, label: str) -> None:
        for column_name in spec.data_columns:
            allowed = allowed_values(spec.name, column_name)
            value = row[column_name]
            if allowed is not None and value is not None and value not in allowed:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» has «{value}» in «{column}», "
                        "which is not one of the allowed values ({allowed}).",
                    ).format(
                        name=self.name,
                        uuid=label,
                        table=spec.name,
                        value=str(value)[:60],
                        column=column_name,
                        allowed=", ".join(sorted(str(item) for item in allowed)),
                    )
                )
            shape = FORMATS.get((spec.name, column_name))
            if shape is not None and isinstance(value, str) and not shape.fullmatch(value):
                raise self.wrong(spec.name, label, column_name, repr(value)[:60])
        values = {
            name: decode(spec.table.c[name].type, row[name], True)
            if spec.reference(name) is None and name not in spec.binary
            else row[name]
            for name in spec.data_columns
        }
        for check in check_constraints(spec.table):
            if not check.holds(values):
                negative = [
                    name
                    for name in check.columns
                    if name.endswith("_cents") and (values.get(name) or 0) < 0
                ]
                if negative:
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», record {uuid} of «{table}» has a negative amount in "
                            "«{column}».",
                        ).format(name=self.name, uuid=label, table=spec.name, column=negative[0])
                    )
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» breaks the rule «{rule}».",
                    ).format(name=self.name, uuid=label, table=spec.name, rule=check.text)
                )


def parse_data(raw: bytes, manifest: Manifest, layout: Layout, file_name: str) -> ProjectData:
    """The checked data of a project file; ``InvalidData``/``NewerFile`` when it is not."""
    checker = _Checker(file_name, manifest, layout)
    try:
        document = json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raise InvalidData(
            translate("ProjectFile", "The data of «{name}» is not valid JSON.").format(
                name=file_name
            )
        ) from error
    if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
        raise checker.malformed("tables")
    tables: dict[str, dict[str, Row]] = {spec.name: {} for spec in layout.tables}
    for table_name, rows in document["tables"].items():
        spec = layout.get(table_name)
        if not isinstance(rows, list):
            raise checker.malformed(f"tables.{table_name}"[:80])
        if spec is None:
            if not rows:
                continue  # a table this pbdesk lacks, but empty: nothing is lost
            raise NewerFile(
                translate(
                    "ProjectFile",
                    "«{name}» holds records of «{table}», which this pbdesk does not know: "
                    "install pbdesk {version} or newer to open it.",
                ).format(name=file_name, table=table_name[:80], version=manifest.pbdesk_version)
            )
        for position, raw_row in enumerate(rows):
            row = checker.row(spec, raw_row, position)
            if row["uuid"] in tables[spec.name]:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», the identifier {uuid} appears twice in «{table}».",
                    ).format(name=file_name, uuid=row["uuid"], table=spec.name)
                )
            tables[spec.name][row["uuid"]] = row
    states = _states(document.get("states", {}), tables, checker)
    data = ProjectData(file_name, manifest, tables, states)
    _check_links(data, layout)
    return data


def _states(
    raw: Any, tables: dict[str, dict[str, Row]], checker: _Checker
) -> dict[str, dict[str, list[str]]]:
    if not isinstance(raw, dict):
        raise checker.malformed("states")
    states: dict[str, dict[str, list[str]]] = {}
    for table_name, entries in raw.items():
        if table_name not in tables or not isinstance(entries, dict):
            raise checker.malformed(f"states.{table_name}"[:80])
        kept: dict[str, list[str]] = {}
        for uuid, digests in entries.items():
            if (
                uuid not in tables[table_name]
                or not isinstance(digests, list)
                or len(digests) > MAX_STATES
                or not all(isinstance(d, str) and DIGEST_PATTERN.match(d) for d in digests)
            ):
                raise checker.malformed(f"states.{table_name}.{uuid}"[:120])
            kept[uuid] = list(dict.fromkeys(digests))
        states[table_name] = kept
    return states


def _check_shared_rows_are_used(data: ProjectData, layout: Layout) -> None:
    """Shared rows (holders) travel only with the records that use them, as the export sends
    them: a file may not bring rows nothing of its campaign refers to."""
    referenced: dict[str, set[Any]] = {}
    for spec in layout.tables:
        for row in data.tables[spec.name].values():
            for reference in spec.references:
                if row[reference.column] is not None:
                    referenced.setdefault(reference.target, set()).add(row[reference.column])
    for spec in layout.tables:
        if spec.scoped or spec.name == ROOT:
            continue
        for uuid in data.tables[spec.name]:
            if uuid not in referenced.get(spec.name, set()):
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» is not used by the campaign.",
                    ).format(name=data.file_name, uuid=uuid, table=spec.name)
                )


def _check_ballot_choices(data: ProjectData) -> None:
    """Every code a ballot names is a code of the campaign's ballot (codes never change nor
    leave the ballot once a ballot is stored, so the file holds them all)."""
    ballots = data.tables.get("ballot", {})
    if not ballots:
        return
    codes = {row["code"] for row in data.tables.get("ballot_code", {}).values()}
    for uuid, row in ballots.items():
        unknown = [code for code in choice_codes(row["choices"]) if code not in codes]
        if unknown:
            raise InvalidData(
                translate(
                    "ProjectFile",
                    "In «{name}», ballot {uuid} names «{code}», which is not a code of the "
                    "campaign's ballot.",
                ).format(name=data.file_name, uuid=uuid, code=unknown[0][:20])
            )


def _check_links(data: ProjectData, layout: Layout) -> None:
    name = data.file_name
    campaigns = data.tables[ROOT]
    if list(campaigns) != [data.manifest.campaign_uuid]:
        raise InvalidData(
            translate(
                "ProjectFile", "«{name}» does not hold the campaign its manifest announces."
            ).format(name=name)
        )
    _check_shared_rows_are_used(data, layout)
    _check_ballot_choices(data)
    used_members: dict[str, str] = {}
    for spec in layout.tables:
        rows = data.tables[spec.name]
        for uuid, row in rows.items():
            for reference in spec.references:
                target = row[reference.column]
                if target is not None and target not in data.tables.get(reference.target, {}):
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», record {uuid} of «{table}» refers in «{column}» to "
                            "{target}, which is not in the file.",
                        ).format(
                            name=name,
                            uuid=uuid,
                            table=spec.name,
                            column=reference.column,
                            target=target,
                        )
                    )
            if spec.owners and all(row[owner.column] is None for owner in spec.owners):
                raise InvalidData(
                    translate(
                        "ProjectFile", "In «{name}», record {uuid} of «{table}» lacks «{column}»."
                    ).format(name=name, uuid=uuid, table=spec.name, column=spec.owners[0].column)
                )
            for column_name in spec.binary:
                member = row[column_name]
                if member is None:
                    continue
                if member in used_members:
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», records {uuid} and {other} of «{table}» have the same "
                            "{columns}.",
                        ).format(
                            name=name,
                            uuid=uuid,
                            other=used_members[member],
                            table=spec.name,
                            columns=column_name,
                        )
                    )
                used_members[member] = uuid
                info = data.manifest.members[member]
                size, digest = row.get("size"), row.get("sha256")
                if (size is not None and size != info.size) or (
                    isinstance(digest, str) and digest != info.sha256
                ):
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», record {uuid} of «{table}» does not match its file "
                            "«{member}» (size or checksum).",
                        ).format(name=name, uuid=uuid, table=spec.name, member=member)
                    )
        for key in spec.uniques:
            seen: dict[tuple[Any, ...], str] = {}
            for uuid, row in rows.items():
                values = tuple(row[column] for column in key)
                if any(value is None for value in values):
                    continue
                if values in seen:
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», records {uuid} and {other} of «{table}» have the same "
                            "{columns}.",
                        ).format(
                            name=name,
                            uuid=seen[values],
                            other=uuid,
                            table=spec.name,
                            columns=", ".join(key),
                        )
                    )
                seen[values] = uuid
