"""Regenerate ``pbdesk/ui/forms/ui_*.py`` from ``forms/*.ui`` (``--check`` only compares)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "forms"
OUTPUT = Path(__file__).resolve().parent


def uic_command() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "pyside6-uic", scripts / "pyside6-uic.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return [found]


def generate(form: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "--generator", "python", "--absolute-imports", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    # uic writes the form's path and its own version in a header comment; keep the file
    # name only and drop the version, so the output depends on neither the checkout folder
    # nor the PySide6 patch release.
    code = result.stdout.replace(str(form), form.name)
    return re.sub(r"## Created by: Qt User Interface Compiler version [^\n]*\n", "", code)


def target_for(form: Path) -> Path:
    return OUTPUT / f"ui_{form.stem}.py"


def main(argv: list[str]) -> int:
    """``[--check] [NAME ...]``: every form, or only the named ones (``frame_page``)."""
    check = "--check" in argv
    names = {name.removesuffix(".ui") for name in argv if not name.startswith("--")}
    stale = []
    for form in sorted(FORMS.glob("*.ui")):
        if names and form.stem not in names:
            continue
        code = generate(form)
        target = target_for(form)
        if check:
            if not target.exists() or target.read_text("utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, "utf-8")
    if stale:
        print("stale generated forms: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
