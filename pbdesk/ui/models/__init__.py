"""Qt item models over the workspace views, one module per list the user sees."""
