"""The schema revisions this pbdesk knows, without importing Alembic.

Opening a database at the newest revision must stay cheap (start-up budget), so the list of
revisions lives here as plain data; a test checks it against the migration scripts.
"""

from __future__ import annotations

#: Oldest first. Append the id of every new migration in ``migrations/versions``.
REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_review",
    "0003_vote",
    "0004_exchange",
    "0005_print",
    "0006_followup",
    "0007_data_contact",
    "0008_entry_discarded",
)
HEAD = REVISIONS[-1]
