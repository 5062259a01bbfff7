"""The ``.pbdesk`` project file: one campaign in a zip, written and read back safely.

- ``export_campaign(database, campaign_id, path)`` writes the file (docs/project-file-format.md):
  ``manifest.json``, per table ``tables/<table>.jsonl`` (one record a line, references as
  uuids) and ``states/<table>.json``, and each attachment as ``attachments/<uuid>``, streamed
  out of the database chunk by chunk, one table at a time. The file
  is written beside its target and renamed into place once complete, so a crash never leaves
  half a file under its name. Residents' personal data stays out unless asked for.
- ``plan_import(database, path)`` reads and checks the whole file, table by table, and
  computes what an import would do (``ImportPlan``: additions, updates, conflicts), writing
  nothing.
- ``apply_import(database, plan, author=…)`` does it, in one transaction.

Every function takes ``progress(done, total)`` and ``cancel()`` callables (long jobs).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.exc import DBAPIError

import pbdesk
from pbdesk.exchange.apply import ImportResult, apply_import
from pbdesk.exchange.archive import (
    FORMAT_VERSION,
    MANIFEST,
    Manifest,
    MemberInfo,
    states_member,
    table_member,
)
from pbdesk.exchange.errors import Cancel, MergeRefused, Progress, ProjectFileError, Steps
from pbdesk.exchange.local import RowReader
from pbdesk.exchange.merge import plan_import
from pbdesk.exchange.plan import Action, Conflict, ImportPlan, Renaming
from pbdesk.exchange.rules import PERSONAL_DATA
from pbdesk.exchange.states import (
    History,
    StatesEntry,
    load_histories,
    merged,
    save_states,
    state_digest,
)
from pbdesk.exchange.tables import ROOT, Layout, TableSpec, current_layout
from pbdesk.i18n import translate
from pbdesk.store import schema
from pbdesk.store.blobs import read_blob
from pbdesk.store.database import Database
from pbdesk.store.transactions import read_snapshot, write_transaction
from pbdesk.store.types import utcnow

__all__ = [
    "Action",
    "Conflict",
    "ExportResult",
    "ImportPlan",
    "ImportResult",
    "Renaming",
    "apply_import",
    "export_campaign",
    "plan_import",
]

#: Progress counts one step per row and one per this many attachment bytes.
BYTES_PER_STEP = 64 * 1024
#: Records are written to a table's member in blocks of about this many bytes.
WRITE_BUFFER = 256 * 1024


@dataclass(frozen=True)
class ExportResult:
    path: Path
    campaign_uuid: str
    campaign_name: str
    records: int
    attachments: int
    attachment_bytes: int
    size: int
    personal_data: bool


class _HashingWriter:
    """Writes to a zip member and hashes what goes through."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        self.digest.update(data)
        self.size += len(data)

    def info(self) -> MemberInfo:
        return MemberInfo(self.digest.hexdigest(), self.size)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def blank_personal(spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    """The row with its personal columns emptied ("" or null)."""
    for entry in PERSONAL_DATA:
        if entry.table == spec.name and entry.applies(row):
            row = dict(row)
            for name in entry.columns:
                if name in row:
                    row[name] = None if spec.table.c[name].nullable else ""
    return row


def _zip_info(name: str, moment: datetime, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    return info


def export_campaign(
    database: Database,
    campaign_id: int,
    path: str | os.PathLike[str],
    *,
    include_personal_data: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write campaign ``campaign_id`` to the project file ``path`` (replaced if it exists)."""
    target = Path(path)
    if target.is_dir():
        raise ProjectFileError(
            translate("ProjectFile", "«{path}» is a folder, not a file.").format(path=target)
        )
    if not target.parent.is_dir():
        raise ProjectFileError(
            translate("ProjectFile", "The folder «{path}» does not exist.").format(
                path=target.parent
            )
        )
    layout = current_layout()
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise ProjectFileError(
            translate("ProjectFile", "Cannot write «{path}»: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    os.close(handle)
    try:
        with read_snapshot(database.engine) as connection:
            result, histories = _write(
                connection,
                layout,
                campaign_id,
                Path(temporary),
                include_personal_data,
                progress,
                cancel,
            )
        _fsync(Path(temporary))
        try:
            with write_transaction(database.engine) as connection:
                for table, entries in histories.items():
                    save_states(connection, table, entries)
        except DBAPIError:
            # Bookkeeping only (say, another agent exporting the same campaign at the same
            # moment on a shared server): the file carries the states itself, and a state
            # missing here can only make a later merge ask instead of deciding.
            pass
        os.replace(temporary, target)
    except DBAPIError as error:
        raise ProjectFileError(
            translate(
                "ProjectFile", "The campaign could not be read from the database: {reason}"
            ).format(reason=str(error.orig).strip().splitlines()[0] if str(error.orig) else error)
        ) from error
    except OSError as error:
        raise ProjectFileError(
            translate("ProjectFile", "Cannot write «{path}»: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return ExportResult(
        path=target,
        campaign_uuid=result.campaign_uuid,
        campaign_name=result.campaign_name,
        records=result.records,
        attachments=result.attachments,
        attachment_bytes=result.attachment_bytes,
        size=target.stat().st_size,
        personal_data=include_personal_data,
    )


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _write(
    connection: Any,
    layout: Layout,
    campaign_id: int,
    temporary: Path,
    include_personal_data: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[ExportResult, dict[str, list[StatesEntry]]]:
    """Write the file one table at a time (its attachments, its records, their states): only
    one table's rows are held at once. Returns the states to record once the file is done."""
    reader = RowReader(connection, layout)
    campaign_rows = reader.read_scope(layout[ROOT], campaign_id)
    if not campaign_rows:
        raise MergeRefused(
            translate("ProjectFile", "There is no campaign with id {id}.").format(id=campaign_id)
        )
    campaign = campaign_rows[0].content
    totals = [reader.count_scope(spec, campaign_id) for spec in layout.tables]
    steps = Steps(sum(rows + size // BYTES_PER_STEP for rows, size in totals), progress, cancel)
    now = utcnow()
    members: dict[str, MemberInfo] = {}
    histories: dict[str, list[StatesEntry]] = {}
    records = attachments = attachment_bytes = 0
    with zipfile.ZipFile(temporary, "w", allowZip64=True) as archive:
        for spec in layout.tables:
            rows = campaign_rows if spec.name == ROOT else reader.read_scope(spec, campaign_id)
            loaded = load_histories(connection, spec.name, [local.uuid for local in rows])
            changes: list[StatesEntry] = []
            states: dict[str, list[str]] = {}
            for local in rows:
                history = loaded.get(local.uuid) or History([])
                new = merged(history.states, [state_digest(spec, local.content)])
                if new != history.states:
                    changes.append((local.uuid, history.row_id, history.version, " ".join(new)))
                states[local.uuid] = new
            histories[spec.name] = changes
            del loaded
            for local in rows:
                for column in spec.binary:
                    size = local.sizes[column] if local.sizes else None
                    if size is None:
                        continue
                    member = local.content[column]
                    info = _zip_info(member, now, zipfile.ZIP_STORED)
                    info.file_size = size
                    with archive.open(info, "w", force_zip64=size > 2**31) as stream:
                        writer = _HashingWriter(stream)
                        for chunk in read_blob(connection, spec.table, column, local.id, size):
                            writer.write(chunk)
                            steps.advance(len(chunk) // BYTES_PER_STEP)
                    members[member] = writer.info()
                    attachments += 1
                    attachment_bytes += size
            name = table_member(spec.name)
            with archive.open(
                _zip_info(name, now, zipfile.ZIP_DEFLATED), "w", force_zip64=True
            ) as stream:
                writer = _HashingWriter(stream)
                lines: list[bytes] = []
                buffered = 0
                for local in rows:
                    row = local.content
                    line = _dumps(row if include_personal_data else blank_personal(spec, row))
                    lines.append(line)
                    buffered += len(line) + 1
                    if buffered > WRITE_BUFFER:
                        writer.write(b"\n".join(lines) + b"\n")
                        lines.clear()
                        buffered = 0
                    steps.advance()
                if lines:
                    writer.write(b"\n".join(lines) + b"\n")
            members[name] = writer.info()
            name = states_member(spec.name)
            with archive.open(_zip_info(name, now, zipfile.ZIP_DEFLATED), "w") as stream:
                writer = _HashingWriter(stream)
                writer.write(_dumps(states))
            members[name] = writer.info()
            records += len(rows)
            del rows, states
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            pbdesk_version=pbdesk.__version__,
            schema=schema.HEAD,
            created_at=now.isoformat(),
            campaign_uuid=campaign["uuid"],
            campaign_name=campaign["name"],
            personal_data=include_personal_data,
            members=members,
        )
        archive.writestr(
            _zip_info(MANIFEST, now, zipfile.ZIP_DEFLATED),
            json.dumps(manifest.as_json(), ensure_ascii=False, indent=2) + "\n",
        )
    steps.finish()
    result = ExportResult(
        path=temporary,
        campaign_uuid=campaign["uuid"],
        campaign_name=campaign["name"],
        records=records,
        attachments=attachments,
        attachment_bytes=attachment_bytes,
        size=0,
        personal_data=include_personal_data,
    )
    return result, histories
