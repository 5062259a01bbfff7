"""The French catalogue is complete, current, and consistent with its English sources."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pbdesk import i18n
from pbdesk.ui import translations

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            table[(name, message.findtext("source", ""))] = message
    return table


@pytest.fixture(scope="module")
def french() -> dict[tuple[str, str], ET.Element]:
    return messages(translations.ts_path("fr"))


def test_catalogue_lists_every_string_of_the_sources(tmp_path: Path) -> None:
    """Run lupdate on today's code: nothing new to translate, nothing stale."""
    fresh = messages(translations.update(tmp_path)[0])
    committed = messages(translations.ts_path("fr"))
    assert sorted(set(fresh) - set(committed)) == []
    assert sorted(set(committed) - set(fresh)) == []


def test_every_string_has_a_french_translation(french: dict) -> None:
    unfinished = [
        key
        for key, message in french.items()
        if (node := message.find("translation")) is None
        or node.get("type") == "unfinished"
        or not (node.text or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_placeholders_and_mnemonics(french: dict) -> None:
    for (context, source), message in french.items():
        text = message.findtext("translation", "")
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        if "&" in source.replace("&amp;", "") and not source.startswith("<"):
            assert text.count("&") == source.count("&"), (context, source, text)


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    compiled = tmp_path / "pbdesk_fr.qm"
    subprocess.run(
        [
            translations._tool("pyside6-lrelease"),
            "-silent",
            str(translations.ts_path("fr")),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    shipped = translations.TRANSLATIONS / "pbdesk_fr.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), (
        "run python -m pbdesk.ui.translations release"
    )


def test_headless_messages_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from pbdesk.domain.errors import DomainError
    from pbdesk.domain.money import parse_euros

    monkeypatch.setattr(i18n, "_language", "fr")
    with pytest.raises(DomainError, match="n’est pas un montant en euros"):
        parse_euros("beaucoup")
    monkeypatch.setattr(i18n, "_language", "en")
    with pytest.raises(DomainError, match="is not an amount in euros"):
        parse_euros("beaucoup")


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "PBDESK_LANG": "en"}, "en"),
    ],
)
def test_language_from_environment(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for name in ("PBDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert i18n.language_from_environment() == expected
