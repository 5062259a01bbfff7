"""Alembic environment: pbdesk runs migrations itself, on a connection it hands over."""

from __future__ import annotations

from alembic import context

from pbdesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - pbdesk always passes its connection
    raise RuntimeError("pbdesk migrations run through pbdesk.store.database, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
