"""The «Scenarier» tab: today's situation, saved scenarios with an editor next to live
results, and 2–4 scenarios side by side (issue 4, deliverable 6)."""
