"""A record's *state* and the states it was exchanged in: what three-way merges compare.

A state digest is the SHA-256 (first 16 hex digits) of the record's content in its file form:
every travelling column but ``uuid``, ``version``, ``created_at``, ``updated_at``, binary
columns (an attachment's ``sha256`` column stands for its bytes) and personal columns (so
that a file without personal data does not look like a change). References are uuids, so
the same content gives the same digest in every database.

Each database keeps, per record, the states it exported or imported (``exchange_state``);
a file carries them per record in ``states``. Merging uses them as the common history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from pbdesk.exchange.data import MAX_STATES
from pbdesk.exchange.rules import personal_columns
from pbdesk.exchange.tables import META, TableSpec
from pbdesk.store.models.base import new_uuid
from pbdesk.store.models.exchange import ExchangeState
from pbdesk.store.types import utcnow

BATCH = 500
_TABLE: Table = ExchangeState.__table__  # type: ignore[assignment]


def state_digest(spec: TableSpec, row: dict[str, Any]) -> str:
    """The digest of a row's content (file form)."""
    skipped = set(META) | set(spec.binary) | set(personal_columns(spec.name, row))
    content = {name: row[name] for name in spec.columns if name not in skipped}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def merged(*histories: Iterable[str]) -> list[str]:
    """The union of histories in order of first appearance, the newest ``MAX_STATES``."""
    union = list(dict.fromkeys(digest for history in histories for digest in history))
    return union[-MAX_STATES:]


@dataclass(slots=True)
class History:
    """What ``exchange_state`` holds for one record (``row_id`` None: nothing yet)."""

    states: list[str]
    row_id: int | None = None
    version: int = 0


def load_histories(connection: Connection, table: str, uuids: Sequence[str]) -> dict[str, History]:
    """The exchanged states of the records ``uuids`` of ``table`` (absent: none yet)."""
    found: dict[str, History] = {}
    for start in range(0, len(uuids), BATCH):
        chunk = list(uuids[start : start + BATCH])
        rows = connection.execute(
            select(_TABLE.c.record_uuid, _TABLE.c.states, _TABLE.c.id, _TABLE.c.version).where(
                _TABLE.c.table_name == table, _TABLE.c.record_uuid.in_(chunk)
            )
        )
        for record_uuid, states, row_id, version in rows:
            found[record_uuid] = History(states.split(), row_id, version)
    return found


def save_histories(
    connection: Connection, table: str, changes: dict[str, tuple[History, list[str]]]
) -> None:
    """Write the new states of records (``uuid → (history as loaded, new states)``)."""
    save_states(
        connection,
        table,
        (
            (record_uuid, history.row_id, history.version, " ".join(states))
            for record_uuid, (history, states) in changes.items()
            if history.states != states
        ),
    )


#: One record's new states: (record uuid, its ``exchange_state`` id or None, that row's
#: version, the states separated by spaces).
StatesEntry = tuple[str, int | None, int, str]


def save_states(connection: Connection, table: str, entries: Iterable[StatesEntry]) -> None:
    """Write records' new states, ``BATCH`` rows a statement."""
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []

    def flush() -> None:
        if inserts:
            connection.execute(insert(_TABLE), inserts)
            inserts.clear()
        if updates:
            connection.execute(
                update(_TABLE)
                .where(_TABLE.c.id == bindparam("b_id"))
                .values(
                    states=bindparam("b_states"), version=bindparam("b_version"), updated_at=now
                ),
                updates,
            )
            updates.clear()

    for record_uuid, row_id, version, text in entries:
        if row_id is None:
            inserts.append(
                {
                    "table_name": table,
                    "record_uuid": record_uuid,
                    "states": text,
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        else:
            updates.append({"b_id": row_id, "b_states": text, "b_version": version + 1})
        if len(inserts) + len(updates) >= 5000:
            flush()
    flush()
