"""Start-up benchmark: ``pbdesk --demo --screenshot`` against a bare PySide6 window.

Run on demand: ``python tests/bench/bench_startup.py [--runs N]``. Both commands are timed
from process start to exit, alternately, after one warm-up each (which also builds the demo
template in the cache, as a user's first start does). Budget (issue 2): pbdesk's median at
most 1.5 × the bare one.

Two more figures say where the floor is: importing SQLAlchemy's ORM alone (the design card
fixes SQLAlchemy), and pbdesk's own main-window form shown empty — no database, no data —
which any start showing pbdesk's window costs at least.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def window_script(imports: str = "", build: str = "") -> str:
    """A script that shows a 1100×700 main window and grabs it into the PNG named by its
    argument, as the bare run does; ``imports`` and ``build`` (which may use ``window``)
    add what a floor adds to it."""
    return f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
{imports}
app = QApplication(sys.argv[:1])
window = QMainWindow()
{build}
window.resize(1100, 700)
window.show()
def grab():
    window.grab().save(sys.argv[1], "PNG")
    app.quit()
QTimer.singleShot(0, grab)
app.exec()
"""


BARE = window_script()

# The floor under any start that shows pbdesk's window: the bare script, but the window is
# pbdesk's own main-window form (menus, navigator, page stack, status bar), shown empty —
# no database, no data, no translations. Whatever pbdesk does on top of this costs more.
FORM = window_script(
    "from pbdesk.ui.forms.ui_main_window import Ui_MainWindow",
    "Ui_MainWindow().setupUi(window)",
)

# A second floor: that empty window plus the dashboard's form in its page stack and the
# modules pbdesk's first screen cannot do without (phases, money, the campaign's frame, the
# French catalogue's reader, the navigator's model, sqlite3) — still no database read, no
# translation loaded and no data shown.
FIRST_SCREEN = window_script(
    """import sqlite3
from PySide6.QtWidgets import QWidget
import pbdesk.domain.campaign, pbdesk.domain.money, pbdesk.domain.phases, pbdesk.i18n
import pbdesk.ui.navigator
from pbdesk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from pbdesk.ui.forms.ui_main_window import Ui_MainWindow""",
    """ui = Ui_MainWindow()
ui.setupUi(window)
page = QWidget()
Ui_DashboardPage().setupUi(page)
ui.pageStack.addWidget(page)
ui.pageStack.setCurrentWidget(page)""",
)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bare_script = work / "bare.py"
        bare_script.write_text(BARE, "utf-8")
        form_script = work / "form.py"
        form_script.write_text(FORM, "utf-8")
        first_script = work / "first.py"
        first_script.write_text(FIRST_SCREEN, "utf-8")
        env["XDG_CACHE_HOME"] = str(work / "cache")
        env["XDG_CONFIG_HOME"] = str(work / "config")
        # As installed (the Windows installer ships compiled bytecode): the warm-up runs
        # write it, even where the environment says not to (PYTHONDONTWRITEBYTECODE).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        bare = [sys.executable, str(bare_script), str(work / "bare.png")]
        pbdesk = [sys.executable, "-m", "pbdesk", "--demo", "--screenshot", str(work / "pb.png")]
        form = [sys.executable, str(form_script), str(work / "form.png")]
        first = [sys.executable, str(first_script), str(work / "first.png")]
        timed(bare, env)
        timed(pbdesk, env)
        timed(form, env)
        timed(first, env)
        # The floor under any start that reads the database through the store: importing
        # SQLAlchemy's ORM, nothing else (the design card fixes SQLAlchemy).
        orm = [sys.executable, "-c", "import sqlalchemy.orm"]
        bare_times, pbdesk_times, orm_times, form_times, first_times = [], [], [], [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            pbdesk_times.append(timed(pbdesk, env))
            orm_times.append(timed(orm, env))
            form_times.append(timed(form, env))
            first_times.append(timed(first, env))
    bare_median = statistics.median(bare_times)
    pbdesk_median = statistics.median(pbdesk_times)
    ratio = pbdesk_median / bare_median
    print(f"runs each          : {args.runs}")
    print(f"bare PySide6 median: {bare_median * 1000:.0f} ms  (min {min(bare_times) * 1000:.0f})")
    print(
        f"pbdesk --demo      : {pbdesk_median * 1000:.0f} ms  (min {min(pbdesk_times) * 1000:.0f})"
    )
    orm_median = statistics.median(orm_times)
    print(
        f"ratio              : {ratio:.2f}  (budget 1.50: {'met' if ratio <= 1.5 else 'NOT met'})"
    )
    print(
        f"import sqlalchemy.orm alone: {orm_median * 1000:.0f} ms "
        f"= {orm_median / bare_median:.2f} × bare"
    )
    form_median = statistics.median(form_times)
    print(
        f"pbdesk's main-window form, empty (no database, no data): {form_median * 1000:.0f} ms "
        f"= {form_median / bare_median:.2f} × bare"
    )
    first_median = statistics.median(first_times)
    print(
        f"  + the dashboard's form and the first screen's modules, still no data: "
        f"{first_median * 1000:.0f} ms = {first_median / bare_median:.2f} × bare"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
