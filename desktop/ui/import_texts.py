"""How import results read in the UI: outcomes, record kinds, changes. Translatable texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.importing.messages import shown
from desktop.core.project.results import ImportResult, Outcome, RecordChange
from desktop.core.questionnaire.spec import DATA_SHEETS, MUNICIPALITY

# The code the importer gives a file when it cannot tell which municipality it is from.
UNMATCHED_CODE = "unmatched"


def outcome_text(outcome: Outcome) -> str:
    texts = {
        Outcome.IMPORTED: QCoreApplication.translate("ImportTexts", "Imported"),
        Outcome.REPLACED: QCoreApplication.translate("ImportTexts", "Replaced earlier answer"),
        Outcome.UNCHANGED: QCoreApplication.translate("ImportTexts", "Unchanged"),
        Outcome.OLDER: QCoreApplication.translate("ImportTexts", "Older than current answer"),
        Outcome.REJECTED: QCoreApplication.translate("ImportTexts", "Rejected"),
    }
    return texts[outcome]


def needs_municipality(result: ImportResult) -> bool:
    """A rejected file the user can import by saying which municipality it is from."""
    return result.rejected and result.code == UNMATCHED_CODE


def result_message(result: ImportResult) -> str:
    """The importer's message, for a table that shows the file name in its own column."""
    if needs_municipality(result):
        return QCoreApplication.translate(
            "ImportTexts", "The file does not say which municipality it is from. "
            "Select it and choose Choose municipality… to import it.")
    # in the UI's language; the file has its own column
    return shown(result.message).removeprefix(f"{result.file_name}: ")


def kind_text(kind: str, n: int = 1) -> str:
    if kind == "installation":
        return QCoreApplication.translate("ImportTexts", "%n system(s)", None, n)
    if kind == "staffing":
        return QCoreApplication.translate("ImportTexts", "%n staffing line(s)", None, n)
    if kind == "bought_service":
        return QCoreApplication.translate("ImportTexts", "%n bought service(s)", None, n)
    if kind == "infrastructure":
        return QCoreApplication.translate("ImportTexts", "%n infrastructure service(s)", None, n)
    if kind == "facts":
        return QCoreApplication.translate("ImportTexts", "municipality facts")
    return kind


def record_noun(kind: str) -> str:
    nouns = {
        "installation": QCoreApplication.translate("ImportTexts", "system"),
        "staffing": QCoreApplication.translate("ImportTexts", "staffing line"),
        "bought_service": QCoreApplication.translate("ImportTexts", "bought service"),
        "infrastructure": QCoreApplication.translate("ImportTexts", "infrastructure service"),
        "facts": QCoreApplication.translate("ImportTexts", "municipality facts"),
    }
    return nouns.get(kind, kind)


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(kind_text(k, n) for k, n in counts.items() if n)


def _field_labels(record: str, keys: tuple[str, ...]) -> str:
    sheet = MUNICIPALITY if record == "facts" else next(
        (s for s in DATA_SHEETS if s.record == record), None)
    labels = []
    for key in keys:
        try:
            labels.append(sheet.field(key).label if sheet else key)
        except KeyError:
            labels.append(key)
    return ", ".join(labels)


def change_text(change: RecordChange) -> str:
    what = record_noun(change.record)
    label = change.label or what
    if change.kind == "added":
        text = QCoreApplication.translate("ImportTexts", "Added %1: %2")
    elif change.kind == "removed":
        text = QCoreApplication.translate("ImportTexts", "Removed %1: %2")
    else:
        text = QCoreApplication.translate("ImportTexts", "Changed %1: %2")
    text = text.replace("%1", what).replace("%2", label)
    if change.kind == "changed" and change.fields:
        text += f" ({_field_labels(change.record, change.fields)})"
    return text


def changes_summary(changes: tuple[RecordChange, ...]) -> str:
    added = sum(1 for c in changes if c.kind == "added")
    removed = sum(1 for c in changes if c.kind == "removed")
    changed = sum(1 for c in changes if c.kind == "changed")
    return QCoreApplication.translate(
        "ImportTexts", "%1 added, %2 removed, %3 changed").replace("%1", str(added)).replace(
        "%2", str(removed)).replace("%3", str(changed))


def issues_text(result: ImportResult) -> str:
    errors = sum(1 for i in result.issues if i.severity == "error")
    warnings = sum(1 for i in result.issues if i.severity == "warning")
    parts = []
    if errors:
        parts.append(QCoreApplication.translate("ImportTexts", "%n error(s)", None, errors))
    if warnings:
        parts.append(QCoreApplication.translate("ImportTexts", "%n warning(s)", None, warnings))
    return ", ".join(parts)


def summary_text(results: list[ImportResult]) -> str:
    parts = []
    for outcome in Outcome:
        n = sum(1 for r in results if r.outcome is outcome)
        if n:
            parts.append(f"{outcome_text(outcome).lower()}: {n}")
    head = QCoreApplication.translate("ImportTexts", "%n file(s)", None, len(results))
    return f"{head} – " + ", ".join(parts) if parts else head
