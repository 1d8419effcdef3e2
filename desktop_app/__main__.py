"""`python -m desktop_app` is the same as the `pressdesk` command."""

from desktop_app.cli import main

raise SystemExit(main())
