"""Widgets pbdesk draws itself (no Designer form of their own)."""
