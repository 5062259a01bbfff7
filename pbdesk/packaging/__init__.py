"""The Windows installer: ``python -m pbdesk.packaging build-installer [--python-runtime DIR]
[--out DIR]`` stages a private Python runtime, pbdesk and its dependencies as Windows wheels,
then runs ``makensis`` on ``installer.nsi`` (docs/windows-installer.md says it step by step).

Build-time code, run from the repository on a developer's or the CI's machine. The only module
the installed app runs is ``launcher`` (the Start-menu shortcut and the ``.pbdesk`` files).
No Qt here.
"""

from __future__ import annotations


class BuildError(Exception):
    """The build cannot go on; the message is one French sentence for the person building."""
