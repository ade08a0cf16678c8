"""The report's chapters, each built from the gathered ReportData (see ../context.py)."""
