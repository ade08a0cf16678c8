"""Frozen entry point of the windowed executable `Samdrift`: opens the app directly, on the
project given as the first argument if any (e.g. "Open with" on Windows). Same code path as
`samdrift gui`, so its hidden smoke-test option works here too."""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    # Old macOS versions add a process serial number argument to apps started from Finder.
    args = [a for a in sys.argv[1:] if not a.startswith("-psn_")]
    sys.exit(main(["gui", *args]))
