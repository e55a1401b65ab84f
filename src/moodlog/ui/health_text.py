"""The counted texts of the start-up and health messages, apart from ``journal_health`` so
that ``startup`` can use them without importing it back (lupdate finds plurals only in a
QObject's ``tr()``; the class name is their translation context)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class JournalHealth(QObject):
    """The counted texts of the start-up messages (lupdate finds plurals only in tr())."""

    def lost_changes(self, lost: int, name: str, evidence: object) -> str:
        return self.tr("The journal's write-ahead log ({name}-wal) is damaged: %n saved "
                       "change(s) after the damage cannot be read back. The journal and its log "
                       "were copied to {evidence}.", "", lost).format(name=name, evidence=evidence)

    def checkins(self, count: int) -> str:
        """"57 check-ins", "1 check-in": in English the source text's "(s)" is resolved here,
        since no English catalogue is loaded."""
        text = self.tr("%n check-in(s)", "", count)
        return text.replace("(s)", "" if count == 1 else "s")
