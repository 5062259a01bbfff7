"""Maintain the translation catalogues: ``python -m pbdesk.ui.translations update|release``.

``update`` runs ``pyside6-lupdate`` over every Python module of pbdesk (Qt ``tr()`` calls
and the Qt-free ``pbdesk.i18n.translate`` / ``QT_TRANSLATE_NOOP`` calls alike) and over
``forms/*.ui``, refreshing ``resources/translations/pbdesk_fr.ts``. ``release`` compiles it
to ``pbdesk_fr.qm`` for the app. The headless layers read the ``.ts`` directly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def _tool(name: str) -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    python = [
        path
        for path in sorted((ROOT / "pbdesk").rglob("*.py"))
        if "forms" not in path.relative_to(ROOT / "pbdesk").parts
    ]
    return python + sorted((ROOT / "forms").glob("*.ui"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"pbdesk_{language}.ts"


def update(target_dir: Path = TRANSLATIONS) -> list[Path]:
    """Refresh the ``.ts`` catalogues in ``target_dir`` from the sources."""
    written = []
    for language in LANGUAGES:
        target = target_dir / f"pbdesk_{language}.ts"
        if target_dir != TRANSLATIONS and ts_path(language).exists():
            shutil.copyfile(ts_path(language), target)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *map(str, sources()),
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
        _drop_extracomments(target)
        written.append(target)
    return written


def _drop_extracomments(target: Path) -> None:
    """lupdate reads ``#:`` comments as notes for translators; ours document attributes."""
    lines = target.read_text("utf-8").splitlines(keepends=True)
    target.write_text(
        "".join(line for line in lines if not line.lstrip().startswith("<extracomment>")),
        "utf-8",
    )


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(language)),
                "-qm",
                str(TRANSLATIONS / f"pbdesk_{language}.qm"),
            ],
            check=True,
        )


def main(argv: list[str]) -> int:
    if "update" in argv:
        update()
    if "release" in argv:
        release()
    if not {"update", "release"} & set(argv):
        print("usage: python -m pbdesk.ui.translations update|release")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
