"""Translations for the layers that know no Qt (domain, store, services, command line).

Source strings are English. French is the default language. The catalogue is the same
Qt Linguist file the app uses (``resources/translations/pbdesk_fr.ts``): ``translate`` and
``QT_TRANSLATE_NOOP`` are names ``pyside6-lupdate`` recognises, so one ``lupdate`` run
collects the strings of every layer. Headless code reads the ``.ts`` XML lazily, only when a
message is actually shown, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache

from pbdesk.resources import resource_path

SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_language: str | None = None


def language_from_environment() -> str:
    """French unless the environment asks for English (``LANG=en``, ``LANG=en_GB.UTF-8``)."""
    for name in ("PBDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    global _language
    _language = code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    if _language is None:
        set_language(language_from_environment())
    assert _language is not None
    return _language


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"pbdesk_{code}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """``text`` in the current language (English source strings are their own translation)."""
    code = current_language()
    if code == "en":
        return text
    return _catalogue(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for translation where it is defined; ``translate`` it where it is shown."""
    return text
