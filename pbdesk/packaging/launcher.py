"""What the installed shortcuts and ``.pbdesk`` files run:
``pythonw.exe -m pbdesk.packaging.launcher [FILE]``.

``pythonw.exe`` has no console: an error printed on stderr, or a crash before the main window
opens, would vanish and the user would see nothing happen. The launcher runs the same
``pbdesk`` command line and, when it ends in error, shows what it printed (or the crash,
also written to ``%LOCALAPPDATA%\\pbdesk\\demarrage.log``) in a message box.
"""

from __future__ import annotations

import io
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

LOG_NAME = "demarrage.log"


def _message_box(text: str) -> None:  # pragma: no cover - Windows only
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, text, "pbdesk", 0x10)  # MB_ICONERROR


def _log_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("pbdesk", appauthor=False, ensure_exists=True)


def run(
    argv: Sequence[str],
    notify: Callable[[str], None] = _message_box,
    log_folder: Callable[[], Path] = _log_folder,
) -> int:
    captured = io.StringIO()
    if sys.stderr is None:  # pythonw.exe
        sys.stderr = captured
    try:
        from pbdesk.cli import main

        code = main(list(argv))
    except SystemExit as exit_:  # argparse: a malformed command
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        details = traceback.format_exc()
        try:
            log = log_folder() / LOG_NAME
            log.write_text(details, "utf-8")
            where = f"\n\nLe détail est dans {log}."
        except OSError:
            where = f"\n\n{details[-1500:]}"
        notify(f"pbdesk n'a pas pu démarrer.{where}")
        return 1
    message = captured.getvalue().strip()
    if code and message:
        notify(message)
    return code


def main() -> int:  # pragma: no cover - the installed shortcut
    return run(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
