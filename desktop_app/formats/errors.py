"""The one error type every reader raises for input it refuses."""

from __future__ import annotations


class FormatError(Exception):
    """A file that cannot be read; the message says why in words a user can act on."""
