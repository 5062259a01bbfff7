"""Sharing a table's width between its columns."""

from __future__ import annotations


def common_cap(widths: list[int], room: int) -> int:
    """The largest width ``cap`` such that the widths, each cut to ``cap``, fit in ``room``:
    the widest columns are trimmed first, so short values stay whole."""
    remaining = room
    ordered = sorted(widths)
    for position, width in enumerate(ordered):
        share = remaining // (len(ordered) - position)
        if width > share:
            return share
        remaining -= width
    return ordered[-1] if ordered else room
