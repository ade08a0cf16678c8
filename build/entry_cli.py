"""Frozen entry point of the console executable `samdrift`: the CLI (`samdrift gui` opens
the app)."""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
