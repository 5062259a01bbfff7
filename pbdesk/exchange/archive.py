"""Reading a ``.pbdesk`` zip as if it were hostile: limits first, checksums always.

Before a byte is unpacked: the entry count (read from the zip's end record, before Python's
``zipfile`` builds its list), each member's name (no path leaving its folder, nothing the
format does not define, no duplicate), its compression (stored or deflated, not encrypted),
its declared size and compression ratio, the total, and that members do not overlap (the
trick of the smallest zip bombs). While unpacking: sizes are counted as bytes come, never
trusted, and every member is checked against the SHA-256 its manifest gives.

Format 1 keeps every record in one ``data.json``; format 2 (this pbdesk's) keeps each table
in its own members, ``tables/<table>.jsonl`` (one record a line) and ``states/<table>.json``,
so that a reader handles one table at a time. Both are read.

Nothing here writes anything; every problem is a ``ProjectFileError``.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pbdesk.exchange.errors import (
    DamagedFile,
    NewerFile,
    NotAProjectFile,
    ProjectFileError,
    UnsafeFile,
)
from pbdesk.exchange.tables import UUID_PATTERN
from pbdesk.i18n import translate

FORMAT_NAME = "pbdesk-project"
#: Bumped when the container or the encoding rules change, not when tables are added.
FORMAT_VERSION = 2
#: The oldest format this pbdesk reads (format 1: every record in ``data.json``).
OLDEST_FORMAT_VERSION = 1
MANIFEST = "manifest.json"
#: Format 1's one data member.
DATA = "data.json"
ATTACHMENTS = "attachments/"
TABLES = "tables/"
STATES = "states/"
# Matched whole (``fullmatch``): "$" would also let a name end in a line break.
MEMBER_PATTERN = re.compile(
    r"attachments/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z_]{1,40})?"
)
#: Format 2's data members: a table's records, and their exchanged states.
TABLE_MEMBER_PATTERN = re.compile(r"tables/([a-z][a-z0-9_]{0,62})\.jsonl")
STATES_MEMBER_PATTERN = re.compile(r"states/([a-z][a-z0-9_]{0,62})\.json")


def table_member(table: str) -> str:
    """Where format 2 keeps the records of ``table`` (JSON Lines)."""
    return f"{TABLES}{table}.jsonl"


def states_member(table: str) -> str:
    """Where format 2 keeps the exchanged states of the records of ``table``."""
    return f"{STATES}{table}.json"


def is_data_member(name: str) -> bool:
    """A member holding records or states (the limits of data apply to it)."""
    return (
        name == DATA
        or TABLE_MEMBER_PATTERN.fullmatch(name) is not None
        or STATES_MEMBER_PATTERN.fullmatch(name) is not None
    )


CHUNK = 1024 * 1024
MB = 1024 * 1024

#: Errors Python's zipfile and zlib raise on damaged archives.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    struct.error,
    OverflowError,
    UnicodeError,
    KeyError,
    IndexError,
    RuntimeError,
    OSError,
)


@dataclass(frozen=True)
class Limits:
    """What a project file may hold. Generous for real campaigns, far below what hurts."""

    members: int = 100_000
    manifest_bytes: int = 32 * MB
    data_bytes: int = 256 * MB
    #: All data members together (format 2 has two a table).
    data_total_bytes: int = 1024 * MB
    #: One record, one line of a table's member (a long description is a few hundred KB).
    line_bytes: int = 16 * MB
    #: One attachment (pbdesk accepts attachments of 50 MB at most).
    member_bytes: int = 64 * MB
    total_bytes: int = 16 * 1024 * MB
    #: Deflate rarely exceeds 20:1 on real data; bombs go to 1 000:1.
    ratio: int = 200
    #: Members smaller than this are not held to the ratio (tiny JSON compresses well).
    ratio_floor: int = 1 * MB


DEFAULT_LIMITS = Limits()


def shown(name: str) -> str:
    """A member's name as a message shows it: one line, control characters escaped."""
    name = name.replace("\x00", "\\0")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)[:200]


def megabytes(size: int) -> int:
    return max(1, (size + MB - 1) // MB)


@dataclass(frozen=True)
class MemberInfo:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    pbdesk_version: str
    schema: str
    created_at: str
    campaign_uuid: str
    campaign_name: str
    personal_data: bool
    members: dict[str, MemberInfo] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "pbdesk_version": self.pbdesk_version,
            "schema": self.schema,
            "created_at": self.created_at,
            "campaign": {"uuid": self.campaign_uuid, "name": self.campaign_name},
            "personal_data": self.personal_data,
            "members": {
                name: {"sha256": info.sha256, "size": info.size}
                for name, info in sorted(self.members.items())
            },
        }


def _entry_count(handle: IO[bytes]) -> tuple[int, int] | None:
    """(entries, central directory size) from the end record, or None if it is not found
    (``zipfile`` then says what is wrong)."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    entries, directory_size = struct.unpack("<10xHL6x", tail[at : at + 22])
    if entries != 0xFFFF and directory_size != 0xFFFFFFFF:
        return entries, directory_size
    locator_at = size - tail_size + at - 20
    if locator_at < 0:
        return None
    handle.seek(locator_at)
    locator = handle.read(20)
    if len(locator) < 20 or locator[:4] != b"PK\x06\x07":
        return None
    (record_at,) = struct.unpack("<8xQ4x", locator)
    handle.seek(record_at)
    record = handle.read(56)
    if len(record) < 56 or record[:4] != b"PK\x06\x06":
        return None
    entries64, directory64 = struct.unpack("<32xQQ8x", record)
    return int(entries64), int(directory64)


def _unsafe_name(name: str) -> bool:
    return (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name) is not None
        or any(part in ("", ".", "..") for part in name.split("/"))
    )


class ProjectArchive:
    """An open project file, checked member by member. Use ``open_archive``."""

    def __init__(self, path: Path, handle: IO[bytes], zip_file: zipfile.ZipFile, limits: Limits):
        self.path = path
        self.name = path.name
        self._handle = handle
        self._zip = zip_file
        self.limits = limits
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self._check_members()

    # --- structure ---------------------------------------------------------------------------

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.members:
            raise UnsafeFile(
                translate(
                    "ProjectFile",
                    "«{name}» is refused: it holds {count} members, more than the {limit} allowed.",
                ).format(name=self.name, count=len(infos), limit=self.limits.members)
            )
        total = data_total = 0
        for info in infos:
            for name in (info.filename, info.orig_filename):
                if _unsafe_name(name):
                    raise UnsafeFile(
                        translate(
                            "ProjectFile",
                            "«{name}» is refused: the member «{member}» has an unsafe path "
                            "(it could leave its folder).",
                        ).format(name=self.name, member=shown(name))
                    )
            name = info.filename
            if name != MANIFEST and not is_data_member(name) and not MEMBER_PATTERN.fullmatch(name):
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: it holds «{member}», which has no place in a pbdesk "
                        "project file.",
                    ).format(name=self.name, member=shown(name))
                )
            if name in self.infos:
                raise UnsafeFile(
                    translate(
                        "ProjectFile", "«{name}» is refused: the member «{member}» appears twice."
                    ).format(name=self.name, member=shown(name))
                )
            if info.flag_bits & 0x1 or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: the member «{member}» is encrypted or compressed in "
                        "a way pbdesk does not read.",
                    ).format(name=self.name, member=shown(name))
                )
            limit = (
                self.limits.manifest_bytes
                if name == MANIFEST
                else self.limits.data_bytes
                if is_data_member(name)
                else self.limits.member_bytes
            )
            if info.file_size > limit:
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: the member «{member}» would take {size} MB once "
                        "unpacked, more than the {limit} MB allowed.",
                    ).format(
                        name=self.name,
                        member=shown(name),
                        size=megabytes(info.file_size),
                        limit=megabytes(limit),
                    )
                )
            if (
                info.file_size > self.limits.ratio_floor
                and info.file_size > self.limits.ratio * max(info.compress_size, 1)
            ):
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: the member «{member}» is compressed {ratio} times, "
                        "which only zip bombs do.",
                    ).format(
                        name=self.name,
                        member=shown(name),
                        ratio=info.file_size // max(info.compress_size, 1),
                    )
                )
            total += info.file_size
            if is_data_member(name):
                data_total += info.file_size
            self.infos[name] = info
        if data_total > self.limits.data_total_bytes:
            raise UnsafeFile(
                translate(
                    "ProjectFile",
                    "«{name}» is refused: its records would take {size} MB once unpacked, more "
                    "than the {limit} MB allowed.",
                ).format(
                    name=self.name,
                    size=megabytes(data_total),
                    limit=megabytes(self.limits.data_total_bytes),
                )
            )
        if total > self.limits.total_bytes:
            raise UnsafeFile(
                translate(
                    "ProjectFile",
                    "«{name}» is refused: once unpacked it would take {size} MB, more than the "
                    "{limit} MB allowed.",
                ).format(
                    name=self.name, size=megabytes(total), limit=megabytes(self.limits.total_bytes)
                )
            )
        self._check_no_overlap(infos)

    def _check_no_overlap(self, infos: list[zipfile.ZipInfo]) -> None:
        self._handle.seek(0, 2)
        size = self._handle.tell()
        end = 0
        for info in sorted(infos, key=lambda item: item.header_offset):
            if info.header_offset < end or info.header_offset + info.compress_size > size:
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: its members overlap, which only zip bombs do.",
                    ).format(name=self.name)
                )
            end = info.header_offset + 30 + len(info.orig_filename.encode()) + info.compress_size

    # --- reading -----------------------------------------------------------------------------

    def _damaged(self, member: str) -> DamagedFile:
        return DamagedFile(
            translate(
                "ProjectFile", "«{name}» is damaged: its member «{member}» cannot be read."
            ).format(name=self.name, member=shown(member))
        )

    def chunks(self, member: str) -> Iterator[bytes]:
        """The member's bytes as they are unpacked; never more than its declared size."""
        info = self.infos[member]
        read = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    read += len(chunk)
                    if read > info.file_size:
                        raise self._damaged(member)
                    yield chunk
        except ZIP_ERRORS as error:
            raise self._damaged(member) from error
        if read != info.file_size:
            raise self._damaged(member)

    def read(self, member: str) -> bytes:
        return b"".join(self.chunks(member))

    def verified_chunks(self, member: str, expected: MemberInfo) -> Iterator[bytes]:
        """The member's bytes, then a ``DamagedFile`` if they differ from the manifest."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.chunks(member):
            digest.update(chunk)
            size += len(chunk)
            yield chunk
        if size != expected.size or digest.hexdigest() != expected.sha256:
            raise self._checksum(member)

    def _checksum(self, member: str) -> DamagedFile:
        return DamagedFile(
            translate(
                "ProjectFile",
                "«{name}» is damaged or was changed: the member «{member}» does not match its "
                "checksum.",
            ).format(name=self.name, member=shown(member))
        )

    def read_verified(self, member: str, expected: MemberInfo) -> bytes:
        return b"".join(self.verified_chunks(member, expected))

    def lines(self, member: str, expected: MemberInfo) -> Iterator[bytes]:
        """The member's lines, without their ends, as they are unpacked; a ``DamagedFile`` once
        the member is read if it differs from the manifest."""
        parts: list[bytes] = []
        pending = 0  # bytes in ``parts``: a line is refused once over the limit
        for chunk in self.verified_chunks(member, expected):
            pieces = chunk.split(b"\n")
            if len(pieces) == 1:
                parts.append(chunk)
                pending += len(chunk)
                if pending > self.limits.line_bytes:
                    raise self._long_line(member)
                continue
            parts.append(pieces[0])
            if pending + len(pieces[0]) > self.limits.line_bytes:
                raise self._long_line(member)
            yield b"".join(parts)
            for piece in pieces[1:-1]:
                if len(piece) > self.limits.line_bytes:
                    raise self._long_line(member)
                yield piece
            parts = [pieces[-1]] if pieces[-1] else []
            pending = len(pieces[-1])
        if parts:
            yield b"".join(parts)

    def _long_line(self, member: str) -> UnsafeFile:
        return UnsafeFile(
            translate(
                "ProjectFile",
                "«{name}» is refused: a record of «{member}» takes more than {limit} MB.",
            ).format(name=self.name, member=shown(member), limit=megabytes(self.limits.line_bytes))
        )

    def verify(self, member: str, expected: MemberInfo) -> None:
        for _chunk in self.verified_chunks(member, expected):
            pass

    # --- manifest ----------------------------------------------------------------------------

    def manifest(self) -> Manifest:
        """The manifest, checked: ours, a format this pbdesk reads, members as listed."""
        if MANIFEST not in self.infos:
            raise NotAProjectFile(
                translate(
                    "ProjectFile", "«{name}» has no manifest.json: it is not a pbdesk project file."
                ).format(name=self.name)
            )
        raw = self.read(MANIFEST)
        try:
            document = json.loads(raw, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as error:
            raise NotAProjectFile(
                translate("ProjectFile", "The manifest of «{name}» is not valid JSON.").format(
                    name=self.name
                )
            ) from error
        return self._parse_manifest(document)

    def _bad_field(self, field_name: str) -> ProjectFileError:
        return NotAProjectFile(
            translate(
                "ProjectFile",
                "The manifest of «{name}» lacks «{field}» or holds a wrong value there.",
            ).format(name=self.name, field=field_name)
        )

    def _parse_manifest(self, document: Any) -> Manifest:
        if not isinstance(document, dict):
            raise self._bad_field("format")
        if document.get("format") != FORMAT_NAME:
            found = document.get("format")
            raise NotAProjectFile(
                translate(
                    "ProjectFile",
                    "«{name}» is not a pbdesk project file (its format is «{format}»).",
                ).format(name=self.name, format=found if isinstance(found, str) else "?")
            )
        version = document.get("pbdesk_version")
        if not isinstance(version, str) or not re.fullmatch(r"[0-9A-Za-z.+_-]{1,40}", version):
            raise self._bad_field("pbdesk_version")
        format_version = document.get("format_version")
        if not isinstance(format_version, int) or isinstance(format_version, bool):
            raise self._bad_field("format_version")
        if format_version > FORMAT_VERSION:
            raise NewerFile(
                translate(
                    "ProjectFile",
                    "«{name}» was written by pbdesk {version} in format {format}, which this "
                    "pbdesk does not read yet (it reads format {known}): install pbdesk {version} "
                    "or newer to open it.",
                ).format(
                    name=self.name, version=version, format=format_version, known=FORMAT_VERSION
                )
            )
        if format_version < OLDEST_FORMAT_VERSION:
            raise self._bad_field("format_version")
        campaign = document.get("campaign")
        if not isinstance(campaign, dict):
            raise self._bad_field("campaign")
        uuid = campaign.get("uuid")
        if not isinstance(uuid, str) or not UUID_PATTERN.match(uuid):
            raise self._bad_field("campaign.uuid")
        campaign_name = campaign.get("name")
        if not isinstance(campaign_name, str) or len(campaign_name) > 1000:
            raise self._bad_field("campaign.name")
        schema = document.get("schema")
        if not isinstance(schema, str) or len(schema) > 64:
            raise self._bad_field("schema")
        created_at = document.get("created_at")
        if not isinstance(created_at, str) or len(created_at) > 64:
            raise self._bad_field("created_at")
        personal = document.get("personal_data")
        if not isinstance(personal, bool):
            raise self._bad_field("personal_data")
        listed = document.get("members")
        if not isinstance(listed, dict):
            raise self._bad_field("members")
        members: dict[str, MemberInfo] = {}
        for member, entry in listed.items():
            if (
                not isinstance(entry, dict)
                or not isinstance(entry.get("sha256"), str)
                or not re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
                or not isinstance(entry.get("size"), int)
                or isinstance(entry.get("size"), bool)
                or entry["size"] < 0
            ):
                raise self._bad_field(shown(f"members.{member}"[:120]))
            members[member] = MemberInfo(entry["sha256"], entry["size"])
        for member in members:
            if member not in self.infos:
                raise DamagedFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is damaged: the manifest lists «{member}», which the file does "
                        "not hold.",
                    ).format(name=self.name, member=shown(member))
                )
        for member in self.infos:
            if member != MANIFEST and member not in members:
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: the member «{member}» is not listed in its manifest.",
                    ).format(name=self.name, member=shown(member))
                )
        for member in members:
            # Each format has its own data members: format 1 ``data.json``, format 2 tables.
            if (member == DATA) != (format_version == 1) and is_data_member(member):
                raise UnsafeFile(
                    translate(
                        "ProjectFile",
                        "«{name}» is refused: it holds «{member}», which has no place in a pbdesk "
                        "project file.",
                    ).format(name=self.name, member=shown(member))
                )
        if format_version == 1 and DATA not in members:
            raise NotAProjectFile(
                translate(
                    "ProjectFile", "«{name}» has no data.json: it is not a pbdesk project file."
                ).format(name=self.name)
            )
        return Manifest(
            format_version=format_version,
            pbdesk_version=version,
            schema=schema,
            created_at=created_at,
            campaign_uuid=uuid,
            campaign_name=campaign_name,
            personal_data=personal,
            members=members,
        )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@contextmanager
def open_archive(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[ProjectArchive]:
    """The project file at ``path``, its structure checked; closed when the block ends."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError as error:
        raise NotAProjectFile(
            translate("ProjectFile", "There is no file «{path}».").format(path=path)
        ) from error
    except IsADirectoryError as error:
        raise NotAProjectFile(
            translate("ProjectFile", "«{path}» is a folder, not a file.").format(path=path)
        ) from error
    except OSError as error:
        raise NotAProjectFile(
            translate("ProjectFile", "Cannot read «{path}»: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    with handle:
        counted = None
        try:
            counted = _entry_count(handle)
        except (OSError, struct.error):
            counted = None
        if counted is not None and (
            counted[0] > limits.members or counted[1] > limits.members * 1100
        ):
            raise UnsafeFile(
                translate(
                    "ProjectFile",
                    "«{name}» is refused: it holds {count} members, more than the {limit} allowed.",
                ).format(name=path.name, count=counted[0], limit=limits.members)
            )
        handle.seek(0)
        try:
            zip_file = zipfile.ZipFile(handle)
        except ZIP_ERRORS as error:
            raise NotAProjectFile(
                translate(
                    "ProjectFile", "«{name}» is not a pbdesk project file: it is not a zip archive."
                ).format(name=path.name)
            ) from error
        with zip_file:
            yield ProjectArchive(path, handle, zip_file, limits)
