"""`with store:` closes the store: the one context protocol every store (and the memory service over one) shares."""

from __future__ import annotations

from typing import Self


class ClosedOnExit:
    """Mixin for a class with `close()`: entering returns the object, leaving closes it, error or not."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
