"""Review grids: Excel workbooks that go out to reviewers and come back (openpyxl, no Qt).

- ``export_grids`` / ``export_each_reviewer``: the grids to fill offline;
- ``import_grid``: a returned grid, checked whole, previewed, then applied all or nothing;
- ``export_synthesis``: every reviewer's totals and the team's decisions, for the steering
  committee.

Long jobs take ``progress(done, total)`` and ``cancel()`` callables (``pbdesk.grids.jobs``);
a cancelled job raises ``Cancelled`` and leaves no file and no change behind.
"""

from pbdesk.grids.export import GridExport, export_each_reviewer, export_grids
from pbdesk.grids.importing import GridImport, ReviewChange, import_grid
from pbdesk.grids.jobs import Cancel, Cancelled, Progress
from pbdesk.grids.synthesis import export_synthesis

__all__ = [
    "Cancel",
    "Cancelled",
    "GridExport",
    "GridImport",
    "Progress",
    "ReviewChange",
    "export_each_reviewer",
    "export_grids",
    "export_synthesis",
    "import_grid",
]
