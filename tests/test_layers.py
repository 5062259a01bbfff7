"""One-way layers: the domain, the store, the workspace services and the command line never
load Qt. Checked in a fresh interpreter, since this test session itself may have loaded Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import importlib, json, pkgutil, sys
import pbdesk

# Alembic's env.py only runs inside a migration: it is not a module to import.
SKIP = {"pbdesk.store.migrations.env"}
imported = []
for layer in (
    "pbdesk.domain", "pbdesk.store", "pbdesk.workspace", "pbdesk.grids", "pbdesk.exchange"
):
    package = importlib.import_module(layer)
    imported.append(layer)
    for info in pkgutil.walk_packages(package.__path__, layer + "."):
        if info.name in SKIP:
            continue
        importlib.import_module(info.name)
        imported.append(info.name)
for module in (
    "pbdesk.cli", "pbdesk.i18n", "pbdesk.resources", "pbdesk.grids_cli", "pbdesk.tally_cli"
):
    importlib.import_module(module)
    imported.append(module)
# The command line's own work, not only its imports: its sub-commands import lazily.
import contextlib, io
from pbdesk.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    assert main(["--db", sys.argv[1], "init", "--demo"]) == 0
    assert main(["--db", sys.argv[1], "campaigns", "--json"]) == 0
    grid = sys.argv[1] + ".xlsx"
    assert main(["--db", sys.argv[1], "grid", "export", "air-bel-2021", grid]) == 0
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def run_probe(code: str, database: Path) -> dict[str, list[str]]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_domain_store_workspace_and_cli_import_without_qt(tmp_path: Path) -> None:
    report = run_probe(PROBE, tmp_path / "w.sqlite3")
    assert report["qt"] == [], f"Qt was loaded by a layer below the UI: {report['qt']}"
    imported = set(report["imported"])
    # The walk really covered the layers (a broken walk would pass vacuously).
    assert {
        "pbdesk.domain.money",
        "pbdesk.domain.campaign",
        "pbdesk.store.database",
        "pbdesk.store.models",
        "pbdesk.workspace.campaigns",
        "pbdesk.workspace.demo",
        "pbdesk.cli",
    } <= imported


def test_the_probe_would_see_qt(tmp_path: Path) -> None:
    """The check is not blind: importing the UI layer does load PySide6."""
    report = run_probe(
        PROBE.replace("for module in (\n", "import PySide6.QtCore\nfor module in (\n"),
        tmp_path / "w.sqlite3",
    )
    assert "PySide6.QtCore" in report["qt"]
