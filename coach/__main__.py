"""`python -m coach` runs the `okr-coach` command line."""

from coach.cli import main

raise SystemExit(main())
