"""Frozen entry point of the windowed executable `Samdrift`: opens the app directly, on the
project given as the first argument if any (e.g. "Open with" on Windows). Same code path as
`samdrift gui`, so its hidden smoke-test option works here too."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: a process the app starts (the import's reader process, 'spawn') runs the same
    # executable; here it does its work and exits, before the app's modules are imported.
    multiprocessing.freeze_support()
    from desktop.cli.main import main

    # Old macOS versions add a process serial number argument to apps started from Finder.
    args = [a for a in sys.argv[1:] if not a.startswith("-psn_")]
    sys.exit(main(["gui", *args]))
