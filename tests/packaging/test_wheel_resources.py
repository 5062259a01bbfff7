"""``pip install .`` (not editable): the installed package finds its resources."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pbdesk.packaging.project import ROOT
from pbdesk.packaging.wheels import build_own_wheel

PROBE = "from pbdesk.resources import resources_dir; print(resources_dir())"


def test_an_installed_wheel_carries_the_resources_and_runs(tmp_path: Path) -> None:
    wheel = build_own_wheel(ROOT, tmp_path / "wheel", quiet=True)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    source = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    assert source
    assert {f"pbdesk/{name}" for name in source} <= names

    # Installed on its own, beside (and ahead of) the dependencies of this environment.
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target, wheel],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "LANG": "fr_FR.UTF-8"}
    found = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == target / "pbdesk" / "resources"

    script = target / "bin" / "pbdesk"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pbdesk"]
    helped = subprocess.run(
        [*command, "--help"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert helped.returncode == 0, helped.stderr
    assert "pbdesk" in helped.stdout
