"""The survey's words and typed dates, without storage: what the UI and the CLI may import
directly (the storage modules beside it import these from here)."""

from __future__ import annotations

import datetime as dt

from desktop.core.errors import InputError

# a correction's state (survey/corrections.py)
CORRECTION_STATE_TEXT = {"active": "gjelder", "resolved": "løst (ny fil)",
                         "conflict": "må velges", "replaced": "erstattet",
                         "withdrawn": "angret"}
# an issue's state (survey/issues.py)
ISSUE_STATE_TEXT = {"open": "åpen", "handled": "håndtert", "accepted": "godtatt"}
# an event in a participant's history (survey/followup.py)
EVENT_TEXT = {"sent": "sendt", "reminder": "purret", "received": "mottatt", "contact": "kontakt",
              "added": "lagt til", "removed": "fjernet", "restored": "tatt inn igjen"}


def parse_date(text: str) -> dt.date:
    t = (text or "").strip()
    for f in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(t, f).date()
        except ValueError:
            pass
    raise InputError(f"«{text}» er ikke en dato; skriv f.eks. 2027-01-15 eller 15.01.2027.")
