"""pbdesk — the desk of a politique de la ville team running a participatory budget."""

from importlib import metadata

try:
    __version__ = metadata.version("pbdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
