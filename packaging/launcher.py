"""Entry point of the frozen app: exactly the `pressdesk` command (GUI without a sub-command)."""

from __future__ import annotations

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
