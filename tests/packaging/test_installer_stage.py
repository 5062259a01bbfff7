"""The staged tree the installer copies: pbdesk's wheel unpacked, every dependency as a Windows
(win_amd64) or pure-Python wheel, the launchers, the compiled forms, the resources, and the
placeholder marker when no runtime was given.

Downloads go to the build's wheel cache (``PBDESK_BUILD_CACHE`` or the user cache folder), so
only the first run fetches the ~80 MB Qt wheel."""

from __future__ import annotations

import email.message
import email.parser
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.tags import parse_tag
from packaging.utils import canonicalize_name
from packaging.version import Version

from pbdesk.packaging.project import ROOT, read_project
from pbdesk.packaging.runtime import PLACEHOLDER_DIR
from pbdesk.packaging.stage import Stage, stage_installer
from pbdesk.packaging.wheels import WINDOWS_ENVIRONMENT, WINDOWS_TAGS


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stage]:
    folder = tmp_path_factory.mktemp("installer") / "stage"
    yield stage_installer(read_project(), folder, python_runtime=None, quiet=True)


def dist_infos(site_packages: Path) -> dict[str, Path]:
    found = {}
    for folder in site_packages.glob("*.dist-info"):
        metadata = email.parser.Parser().parsestr((folder / "METADATA").read_text("utf-8"))
        found[canonicalize_name(metadata["Name"])] = folder
    return found


def metadata(folder: Path) -> email.message.Message:
    return email.parser.Parser().parsestr((folder / "METADATA").read_text("utf-8"))


def test_every_wheel_is_for_64_bit_windows_or_pure_python(stage: Stage) -> None:
    infos = dist_infos(stage.site_packages)
    assert len(infos) == len(stage.wheels)
    for name, folder in infos.items():
        wheel = email.parser.Parser().parsestr((folder / "WHEEL").read_text("utf-8"))
        tags = {t for line in wheel.get_all("Tag") for t in parse_tag(line)}
        assert tags & WINDOWS_TAGS, f"{name}: {sorted(map(str, tags))}"
        assert {t.platform for t in tags} <= {"win_amd64", "any"}, name
    binaries = [p for p in stage.site_packages.rglob("*") if p.suffix in (".so", ".dylib")]
    assert binaries == []
    assert list(stage.site_packages.glob("*.pth")) == []  # the runtime does not "import site"


def test_every_dependency_pbdesk_has_on_windows_is_there(stage: Stage) -> None:
    """Walked again here, from the unpacked metadata, with Windows' markers."""
    infos = dist_infos(stage.site_packages)
    assert "pbdesk" in infos
    assert (stage.site_packages / "pbdesk" / "__main__.py").is_file()
    queue = [Requirement("pbdesk[postgresql]")]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        assert name in infos, f"{requirement} is missing"
        info = metadata(infos[name])
        assert requirement.specifier.contains(Version(info["Version"]), True), requirement
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        for line in info.get_all("Requires-Dist") or []:
            needed = Requirement(line)
            if needed.marker is None or any(
                needed.marker.evaluate({**WINDOWS_ENVIRONMENT, "extra": extra})
                for extra in ("", *requirement.extras)
            ):
                queue.append(needed)
    walked = {name for name, _ in seen}
    assert walked == set(infos)  # nothing more either
    # pip alone, run on Linux, would have missed psycopg's "tzdata; sys_platform == 'win32'".
    assert {"pyside6-essentials", "shiboken6", "sqlalchemy", "psycopg-binary", "tzdata"} <= walked


def test_pbdesk_finds_its_resources_in_the_staged_layout(stage: Stage) -> None:
    resources = stage.site_packages / "pbdesk" / "resources"
    source = ROOT / "resources"
    for path in source.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            staged = resources / path.relative_to(source)
            assert staged.read_bytes() == path.read_bytes(), staged
    for name in (
        "translations/pbdesk_fr.qm",
        "translations/pbdesk_fr.ts",  # read by the Qt-free layers
        "icons/pbdesk.png",
        "icons/pbdesk.ico",
        "checklists/catalogue.json",
        "demo/demo.json",
        "grids/default.json",
    ):
        assert (resources / name).is_file(), name
    assert sorted(p.name for p in (resources / "fonts").glob("*")) == sorted(
        p.name for p in (source / "fonts").glob("*")
    )
    # resources_dir() itself, run against the staged package only (-S: no site-packages here).
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from pbdesk.resources import resources_dir; print(resources_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe, str(stage.site_packages)],
        cwd=stage.folder,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(result.stdout.strip()) == resources


def test_the_compiled_forms_and_qt_are_there(stage: Stage) -> None:
    forms = sorted(p.name for p in (ROOT / "pbdesk" / "ui" / "forms").glob("ui_*.py"))
    assert "ui_main_window.py" in forms
    staged = sorted(
        p.name for p in (stage.site_packages / "pbdesk" / "ui" / "forms").glob("ui_*.py")
    )
    assert staged == forms
    qt = stage.site_packages / "PySide6"
    for name in (
        "QtWidgets.pyd",
        "Qt6Widgets.dll",
        "plugins/platforms/qwindows.dll",
        "translations/qtbase_fr.qm",
    ):
        assert (qt / name).is_file(), name
    # The developer tools are left out.
    assert not (qt / "designer.exe").exists()
    assert list(stage.site_packages.rglob("*.pyi")) == []
    if sys.version_info[:2] == (3, 11):  # precompiled for the runtime's Python
        assert list((stage.site_packages / "pbdesk" / "__pycache__").glob("cli.cpython-311.pyc"))


def test_the_launchers_icon_and_placeholder(stage: Stage) -> None:
    cmd = (stage.folder / "pbdesk.cmd").read_bytes().decode("ascii")
    assert '"%~dp0python\\python.exe" -m pbdesk %*' in cmd
    assert "\r\n" in cmd
    assert (stage.site_packages / "pbdesk" / "packaging" / "launcher.py").is_file()
    script = (ROOT / "installer.nsi").read_text("utf-8")
    assert '!define GUI_ARGS "-m pbdesk.packaging.launcher"' in script
    assert (stage.folder / "pbdesk.ico").read_bytes() == (
        ROOT / "resources/icons/pbdesk.ico"
    ).read_bytes()

    assert stage.placeholder
    assert not (stage.folder / "python").exists()
    assert "NOT INSTALLABLE" in (stage.folder / PLACEHOLDER_DIR / "README.txt").read_text("utf-8")
    info = json.loads((stage.folder / "build-info.json").read_text("utf-8"))
    assert info["installable"] is False
    assert info["version"] == read_project().version
