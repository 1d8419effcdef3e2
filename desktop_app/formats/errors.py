"""The one error type every reader raises for input it refuses."""

from __future__ import annotations

from desktop_app.domain.refusals import Refusal


class FormatError(Refusal):
    """A file that cannot be read; the message says why in words a user can act on (with a message id where the
    interface has its own translation of it)."""
