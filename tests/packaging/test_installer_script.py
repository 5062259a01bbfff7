"""installer.nsi compiles (against a tiny stage: seconds, not minutes) into a 64-bit Windows
executable; the build command names a placeholder build, and says when makensis is missing."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from pbdesk.packaging import __main__ as command
from pbdesk.packaging.nsis import installer_name, run_makensis
from pbdesk.packaging.project import ROOT, read_project
from pbdesk.packaging.runtime import PLACEHOLDER_DIR

MAKENSIS = shutil.which("makensis")


def pe_kind(path: Path) -> tuple[int, int]:
    """(machine, optional-header magic): (0x8664, 0x20B) is a PE32+ x64 executable."""
    data = path.read_bytes()[:4096]
    offset = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[offset : offset + 4] == b"PE\0\0"
    machine = struct.unpack_from("<H", data, offset + 4)[0]
    magic = struct.unpack_from("<H", data, offset + 24)[0]
    return machine, magic


def tiny_stage(folder: Path) -> Path:
    (folder / "site-packages" / "pbdesk").mkdir(parents=True)
    (folder / "site-packages" / "pbdesk" / "__init__.py").write_text("")
    (folder / "python").mkdir()
    (folder / "python" / "pythonw.exe").write_bytes(b"MZ")
    (folder / PLACEHOLDER_DIR).mkdir()
    (folder / PLACEHOLDER_DIR / "README.txt").write_text("NOT INSTALLABLE")
    shutil.copy2(ROOT / "resources" / "icons" / "pbdesk.ico", folder / "pbdesk.ico")
    (folder / "pbdesk.cmd").write_text("@echo off\r\n")
    (folder / "build-info.json").write_text("{}")
    return folder


@pytest.mark.skipif(
    MAKENSIS is None, reason="makensis missing (Debian package nsis; .ci/run installs it)"
)
@pytest.mark.parametrize("placeholder", [True, False])
def test_the_script_compiles_to_a_64_bit_installer(tmp_path: Path, placeholder: bool) -> None:
    assert MAKENSIS is not None
    project = read_project()
    outfile = tmp_path / "out" / installer_name(project, placeholder)
    run_makensis(MAKENSIS, project, tiny_stage(tmp_path / "stage"), outfile, placeholder)
    assert pe_kind(outfile) == (0x8664, 0x20B)


def test_a_placeholder_build_says_so_in_its_name() -> None:
    project = read_project()
    assert installer_name(project, False) == f"pbdesk-{project.version}-setup.exe"
    assert (
        installer_name(project, True)
        == f"pbdesk-{project.version}-setup-PLACEHOLDER-NOT-INSTALLABLE.exe"
    )


def test_the_version_comes_from_pyproject() -> None:
    import tomllib

    project = read_project()
    assert (
        project.version
        == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    )
    assert project.numeric_version.count(".") == 3
    assert project.publisher


def test_without_makensis_one_french_sentence_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert command.main(["build-installer"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert lines == [
        "pbdesk : makensis est introuvable : installez NSIS 3 (paquet Debian « nsis », ou "
        "https://nsis.sourceforge.io sous Windows) puis relancez la construction."
    ]
