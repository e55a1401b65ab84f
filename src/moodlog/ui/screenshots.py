"""``moodlog --screenshots DIR``: every view and dialog rendered offscreen, light and dark.

It is how anyone checks the look in one command. Nothing is written to the journal.
"""

from __future__ import annotations

import csv
import io
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from moodlog import atomic
from moodlog.exchange.daylio import KNOWN_HEADERS
from moodlog.store import JournalStore
from moodlog.ui.common.outlined_style import OutlinedStyle
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import dark_palette
from moodlog.ui.exchange.import_dialog import ImportDialog
from moodlog.ui.journal import Journal
from moodlog.ui.main_window import PAGES, MainWindow

SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    """Each PNG shows the journal's contents: owner-only (0600), written atomically."""
    _settle()
    with atomic.replacing(path) as tmp:
        if not widget.grab().save(str(tmp), "PNG"):
            raise OSError(f"could not write {path}")
    written.append(path)


def _dialog(window: MainWindow, name: str, open_it: Callable[[], QWidget | None], out: Path,
            written: list[Path], fit: bool = True) -> None:
    dialog = open_it()
    if dialog is None:
        return
    if fit and not dialog.property("fits_screen"):  # some size themselves to the screen
        dialog.adjustSize()
    _save(dialog, out / name, written)
    if isinstance(dialog, QDialog):
        dialog.done(QDialog.DialogCode.Rejected)  # close() would ask about the entries shown
    else:
        dialog.close()


def _questionnaire_dialogs(window: MainWindow, scheme: str, out: Path,
                           written: list[Path]) -> None:
    """The PHQ-9 dialog (the latest one opened for correction, so answers show, else a blank
    one) and the clinician score dialog."""
    window.show_page(3)
    view = window.questionnaires
    latest = next((i for i, r in enumerate(view._rows)
                   if getattr(r, "instrument", None) == "phq9"), None)

    def phq9() -> QWidget | None:
        if latest is None:
            return view.fill_in("phq9")
        view.table.selectRow(latest)
        return view.edit_selected()

    _dialog(window, f"dialog-phq9-{scheme}.png", phq9, out, written)
    _dialog(window, f"dialog-clinician-score-{scheme}.png", view.add_score, out, written)


def _preferences_general(window: MainWindow, scheme: str, out: Path,
                         written: list[Path]) -> None:
    """The General tab, where the daily reminder is set."""
    def general() -> QWidget:
        dialog = window.show_preferences()
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        # Found by the tab's translated text, so that every language's screenshots work.
        name = QCoreApplication.translate("PreferencesDialog", "&General")
        general = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
        tabs.setCurrentIndex(general)
        return dialog

    _dialog(window, f"dialog-preferences-general-{scheme}.png", general, out, written)


def daylio_sample(end: date, days: int = 30) -> str:
    """A small Daylio export ending on ``end``: newest first, a renamed mood, some days with
    two entries, notes with HTML; as Daylio writes it (BOM, every field quoted)."""
    labels = ("rad", "good", "meh", "so-so", "bad", "awful", "good", "meh")
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(KNOWN_HEADERS[-1])
    for i in range(days):
        day = end - timedelta(days=i)
        entries = [("21:30", labels[i % len(labels)])]
        if i % 4 == 1:
            entries.append(("08:15", labels[(i + 3) % len(labels)]))
        for at, label in entries:
            note = "Slept badly<br>long walk with <b>Sam</b>" if i % 3 == 0 else ""
            writer.writerow([day.isoformat(), f"{day:%d %B}", f"{day:%A}", at, label,
                             "walk | friends" if i % 2 else "work", "", "", note])
    return "\ufeff" + out.getvalue()


def _import_preview(window: MainWindow, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.journal, window)
    dialog.load(str(path))
    deadline = time.monotonic() + 30
    while dialog.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    dialog.show()
    return dialog


def render_all(qapp: QApplication, settings: Settings, store: JournalStore,
               out: Path, size: tuple[int, int] = SIZE) -> list[Path]:
    """Write one PNG per view and dialog per scheme into ``out``; return their paths.

    The composition root (``app``) hands over the application and settings it owns."""
    qapp.setStyle(OutlinedStyle())
    written: list[Path] = []
    sample_dir = Path(tempfile.mkdtemp(prefix="moodlog-shots-"))
    sample = sample_dir / "daylio_export.csv"
    sample.write_text(daylio_sample(store.counts().last_day or date.today()), encoding="utf-8")
    for scheme in ("light", "dark"):
        qapp.setPalette(dark_palette() if scheme == "dark" else qapp.style().standardPalette())
        window = MainWindow(Journal(store), settings)
        window.resize(*size)
        window.show()
        for index, name in enumerate(PAGES):
            window.show_page(index)
            _save(window, out / f"{index + 1}-{name.lower()}-{scheme}.png", written)
        window.show_page(0)
        window.today.setCurrentWidget(window.welcome)
        _save(window, out / f"0-welcome-{scheme}.png", written)
        window.today.setCurrentWidget(window.form)
        window.show_page(2)
        _dialog(window, f"dialog-treatment-{scheme}.png", window.treatments.edit_selected
                if window.treatments._rows else window.treatments.add, out, written)
        _questionnaire_dialogs(window, scheme, out, written)
        _dialog(window, f"dialog-crisis-{scheme}.png", window.show_crisis, out, written)
        _dialog(window, f"dialog-preferences-{scheme}.png", window.show_preferences, out,
                written)
        _preferences_general(window, scheme, out, written)
        _dialog(window, f"dialog-about-{scheme}.png", window.show_about, out, written)
        _dialog(window, f"dialog-import-{scheme}.png", partial(_import_preview, window, sample),
                out, written, fit=False)
        window.close()
        window.deleteLater()
        _settle()
    sample.unlink()
    sample_dir.rmdir()
    return written
