"""Decision-ready reports (issue 5): the document model, its content from the project and
the chosen scenarios, and its renderers (PDF, workbook, summary for the case presentation)."""

from desktop.core.reports.errors import Cancelled, UnknownScenario

__all__ = ["Cancelled", "UnknownScenario"]
