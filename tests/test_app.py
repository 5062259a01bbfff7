"""Opening the app from the command line: ``--screenshot``, ``--demo`` and a refused file."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from test_cli import one_line, pbdesk

from pbdesk import app as app_module
from pbdesk.ui.main_window import MainWindow
from pbdesk.workspace.campaigns import list_campaigns


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_demo_screenshot_draws_the_window_and_leaves_the_user_file_alone(tmp_path: Path) -> None:
    picture = tmp_path / "demo.png"
    result = pbdesk(
        "--demo", "--screenshot", picture, tmp_path=tmp_path, XDG_CONFIG_HOME=str(tmp_path / "cfg")
    )
    assert result.returncode == 0, result.stderr
    width, height = png_size(picture)
    assert width >= 800 and height >= 600
    assert picture.stat().st_size > 20_000, "a window with content, not an empty frame"
    assert not (tmp_path / "data" / "pbdesk" / "pbdesk.sqlite3").exists()


def test_screenshot_of_a_new_database_creates_it(tmp_path: Path) -> None:
    database = tmp_path / "nouvelle.sqlite3"
    result = pbdesk(
        "--db",
        database,
        "--screenshot",
        tmp_path / "welcome.png",
        tmp_path=tmp_path,
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
    )
    assert result.returncode == 0, result.stderr
    assert database.exists()
    assert png_size(tmp_path / "welcome.png")[0] >= 800


def test_opening_a_file_that_is_not_a_database_says_so_and_changes_nothing(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("liste des courses\n", "utf-8")
    result = pbdesk(
        "--db",
        notes,
        "--screenshot",
        tmp_path / "never.png",
        tmp_path=tmp_path,
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
    )
    assert result.returncode == 1
    assert "n’est pas une base pbdesk" in one_line(result.stderr)
    assert notes.read_text("utf-8") == "liste des courses\n"
    assert not (tmp_path / "never.png").exists()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_open_the_demo_then_come_back_to_ones_own_campaigns(
    qtbot, context, campaign_id, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    cache = tmp_path / "cache"
    works = iter(tmp_path / f"demo{n}" for n in range(3))
    monkeypatch.setattr(app_module, "demo_folders", lambda: (cache, next(works)))
    switcher = app_module.DemoSwitcher(context, context.settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.demo_requested.connect(lambda: window.set_context(switcher.open_demo()))
    window.demo_close_requested.connect(lambda: window.set_context(switcher.close_demo()))

    window.ui.actionOpenDemo.trigger()
    assert window.context.is_demo
    assert len(window.navigator.campaigns()) == 4
    assert window.windowTitle().endswith(window.tr("demo"))
    assert window.ui.actionCloseDemo.isVisible() and not window.ui.actionOpenDemo.isVisible()
    demo_database = window.context.database
    assert demo_database.path is not None and demo_database.path.is_relative_to(tmp_path)

    window.ui.actionCloseDemo.trigger()
    assert window.context is context
    assert [c.id for c in window.navigator.campaigns()] == [campaign_id]
    assert len(list_campaigns(context.database)) == 1, "the demo never touched the user's file"
    switcher.cleanup()
    assert not demo_database.path.exists()
