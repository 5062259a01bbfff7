"""Pure rules of a participatory budget: no Qt, no SQL, no files."""
