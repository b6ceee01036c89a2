"""`python -m coach` runs the `okr-coach` command line."""

from coach.cli import main

# Guarded so that tools walking the package (pkgutil.walk_packages) can import it harmlessly.
if __name__ == "__main__":
    raise SystemExit(main())
