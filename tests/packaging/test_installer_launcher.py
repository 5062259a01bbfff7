"""The launcher behind the shortcuts: under pythonw.exe nothing printed is seen, so an error
ends in a message box instead of nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pbdesk.packaging import launcher


def test_a_refused_command_is_shown_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # as under pythonw.exe
    shown: list[str] = []
    code = launcher.run(["no-such-command"], notify=shown.append)
    assert code == 2
    assert len(shown) == 1
    assert "no-such-command" in shown[0]


def test_a_crash_is_logged_and_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import pbdesk.cli

    def crash(argv: list[str]) -> int:
        raise ImportError("DLL load failed while importing QtWidgets")

    monkeypatch.setattr(pbdesk.cli, "main", crash)
    shown: list[str] = []
    code = launcher.run(["projet.pbdesk"], notify=shown.append, log_folder=lambda: tmp_path)
    assert code == 1
    log = tmp_path / launcher.LOG_NAME
    assert "DLL load failed" in log.read_text("utf-8")
    assert shown == [f"pbdesk n'a pas pu démarrer.\n\nLe détail est dans {log}."]


def test_a_successful_run_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import pbdesk.cli

    seen: list[list[str]] = []
    monkeypatch.setattr(pbdesk.cli, "main", lambda argv: seen.append(argv) or 0)
    shown: list[str] = []
    assert launcher.run(["C:\\Projets\\air-bel.pbdesk"], notify=shown.append) == 0
    assert seen == [["C:\\Projets\\air-bel.pbdesk"]]  # the path is passed on as it is
    assert shown == []
