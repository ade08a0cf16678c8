"""Frozen entry point of the console executable `samdrift`: the CLI (`samdrift gui` opens
the app)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: a process the app starts (the import's reader process, 'spawn') runs the same
    # executable; here it does its work and exits, before the app's modules are imported.
    multiprocessing.freeze_support()
    from desktop.cli.main import main

    sys.exit(main())
