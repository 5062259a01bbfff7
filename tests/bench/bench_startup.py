"""Start-up benchmark: ``pbdesk --demo --screenshot`` against a bare PySide6 window.

Run on demand: ``python tests/bench/bench_startup.py [--runs N]``. Both commands are timed
from process start to exit, alternately, after one warm-up each (which also builds the demo
template in the cache, as a user's first start does). Budget (issue 2): pbdesk's median at
most 1.5 × the bare one.
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

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
def grab():
    window.grab().save(sys.argv[1], "PNG")
    app.quit()
QTimer.singleShot(0, grab)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
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
        env["XDG_CACHE_HOME"] = str(work / "cache")
        env["XDG_CONFIG_HOME"] = str(work / "config")
        bare = [sys.executable, str(bare_script), str(work / "bare.png")]
        pbdesk = [sys.executable, "-m", "pbdesk", "--demo", "--screenshot", str(work / "pb.png")]
        timed(bare, env)
        timed(pbdesk, env)
        # The floor under any start that reads the database through the store: importing
        # SQLAlchemy's ORM, nothing else (the design card fixes SQLAlchemy).
        orm = [sys.executable, "-c", "import sqlalchemy.orm"]
        bare_times, pbdesk_times, orm_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            pbdesk_times.append(timed(pbdesk, env))
            orm_times.append(timed(orm, env))
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
