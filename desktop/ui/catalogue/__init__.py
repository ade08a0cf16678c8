"""The "System catalogue" tab: review of the fagsystem deduplication, the distinct systems and
the system × municipality matrix (issue 3)."""
