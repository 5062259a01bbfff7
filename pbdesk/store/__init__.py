"""The database: SQLAlchemy models, sessions and migrations. No Qt here."""
