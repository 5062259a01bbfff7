"""The private Python runtime: the embeddable zip's folder is checked, and its ._pth file lists
site-packages; without it, a placeholder that says it is not installable."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from pbdesk.packaging import BuildError
from pbdesk.packaging.runtime import PLACEHOLDER_DIR, pe_machine, stage_runtime


def fake_pe(machine: int) -> bytes:
    header = bytearray(0x80)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x40)
    header[0x40:0x44] = b"PE\0\0"
    struct.pack_into("<H", header, 0x44, machine)
    return bytes(header)


def fake_embeddable(folder: Path, machine: int = 0x8664) -> Path:
    folder.mkdir(parents=True)
    (folder / "python.exe").write_bytes(fake_pe(machine))
    (folder / "pythonw.exe").write_bytes(fake_pe(machine))
    for name in ("python311.dll", "python311.zip", "vcruntime140.dll", "_sqlite3.pyd"):
        (folder / name).write_bytes(b"x")
    (folder / "python311._pth").write_text(
        "python311.zip\n.\n\n# Uncomment to run site.main()\n#import site\n"
    )
    return folder


def test_the_runtime_is_copied_and_its_pth_lists_site_packages(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    assert stage_runtime(fake_embeddable(tmp_path / "embed"), stage) is False
    assert (stage / "python" / "_sqlite3.pyd").is_file()
    lines = (stage / "python" / "python311._pth").read_text("utf-8").splitlines()
    paths = [line for line in lines if line and not line.startswith("#")]
    assert paths == ["python311.zip", ".", "..\\site-packages"]  # no "import site"
    assert not (stage / PLACEHOLDER_DIR).exists()


def test_the_zip_itself_is_accepted(tmp_path: Path) -> None:
    folder = fake_embeddable(tmp_path / "embed")
    archive = tmp_path / "python-3.11.9-embed-amd64.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in folder.iterdir():
            out.write(path, path.name)
    assert stage_runtime(archive, tmp_path / "stage") is False
    assert pe_machine(tmp_path / "stage" / "python" / "pythonw.exe") == 0x8664


def test_a_full_python_or_a_32_bit_one_is_refused(tmp_path: Path) -> None:
    full = fake_embeddable(tmp_path / "full")
    (full / "python311._pth").unlink()  # the regular installer has none
    with pytest.raises(BuildError, match=r"python311\._pth"):
        stage_runtime(full, tmp_path / "stage1")
    with pytest.raises(BuildError, match="64 bits"):
        stage_runtime(fake_embeddable(tmp_path / "x86", machine=0x14C), tmp_path / "stage2")


def test_without_a_runtime_the_placeholder_says_it_is_not_installable(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    assert stage_runtime(None, stage) is True
    assert not (stage / "python").exists()
    readme = (stage / PLACEHOLDER_DIR / "README.txt").read_text("utf-8")
    assert "NOT INSTALLABLE" in readme
    assert "NON INSTALLABLE" in readme
