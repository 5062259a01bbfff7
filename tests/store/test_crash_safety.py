"""A pbdesk process killed (SIGKILL) mid-work leaves an intact file: every committed change
there, nothing of the transaction it was in."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from exchange.support import row_counts, small_campaign
from sqlalchemy import select

from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import open_database
from pbdesk.store.models import Application
from pbdesk.workspace.applications import add_attachment

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

BURST = r"""
import sys
from pbdesk.domain.phases import Phase
from pbdesk.store.database import open_database
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.phases import ItemInput, add_item
sys.path.insert(0, sys.argv[2])
from conftest import AUTHOR, sample_frame

database = open_database(sys.argv[1])
campaign_id = create_campaign(database, sample_frame(), AUTHOR)
number = 0
while True:
    number += 1
    add_item(database, campaign_id, Phase(1 + number % 9), ItemInput(f"item {number}"), AUTHOR)
    print(f"committed item {number}", flush=True)
"""

IMPORT = r"""
import sys, time
from pbdesk.store.database import open_database
from pbdesk.exchange.project_file import apply_import, plan_import

database = open_database(sys.argv[1])
plan = plan_import(database, sys.argv[2])
print("planned", flush=True)

def progress(done, total):
    print(f"progress {done} {total}", flush=True)
    time.sleep(0.002)  # a slow disk: the import takes long enough to be killed in the middle

apply_import(database, plan, author="test", progress=progress)
print("imported", flush=True)
"""


def start(code: str, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> None:
    assert process.poll() is None, process.stderr.read() if process.stderr else ""
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_a_burst_of_writes_killed_keeps_every_committed_change(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    process = start(BURST, str(path), str(ROOT / "tests"))
    committed = []
    assert process.stdout is not None
    for line in process.stdout:
        committed.append(line.split()[-1])
        if len(committed) == 150:
            break
    kill(process)
    committed += [line.split()[-1] for line in process.stdout.read().splitlines()]
    assert integrity(path) == "ok"
    connection = sqlite3.connect(path)
    labels = {row[0] for row in connection.execute("SELECT label FROM checklist_item")}
    journal = connection.execute(
        "SELECT COUNT(*) FROM journal_entry WHERE action = 'checklist.add'"
    ).fetchone()[0]
    connection.close()
    present = {label.split()[-1] for label in labels if label.startswith("item ")}
    assert set(committed) <= present
    # At most the one being written when killed got in without being printed, and then whole
    # (item and its journal line, one transaction).
    assert len(present) - len(committed) in (0, 1)
    assert journal == len(present)


def test_an_import_killed_in_the_middle_leaves_nothing_of_it(tmp_path: Path) -> None:
    origin = open_database(tmp_path / "origin.sqlite3")
    campaign_id = small_campaign(origin, tmp_path, attachments=0)
    with origin.session() as session:
        application_id = session.scalars(select(Application.id)).first()
    for number in range(24):
        piece = tmp_path / f"scan-{number}.pdf"
        piece.write_bytes(os.urandom(512 * 1024))
        add_attachment(origin, application_id, piece)
    path = tmp_path / "big.pbdesk"
    export_campaign(origin, campaign_id, path)
    origin.close()

    target = tmp_path / "target.sqlite3"
    database = open_database(target)
    before = row_counts(database)
    database.close()

    process = start(IMPORT, str(target), str(path))
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("progress"):
            _, done, total = line.split()
            if int(done) >= int(total) // 3:
                break
    kill(process)
    assert integrity(target) == "ok"
    database = open_database(target)
    try:
        assert row_counts(database) == before
        # And the file still imports whole afterwards.
        apply_import(database, plan_import(database, path), author="test")
        assert row_counts(database)["attachment"] == 24
    finally:
        database.close()
