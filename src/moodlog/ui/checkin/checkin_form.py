"""Today: the daily check-in form for any date, by mouse or keyboard alone.

Mood 0-10, the twelve symptoms (plus the user's own) as none/mild/moderate/severe or "not
answered", hours slept and a private note. Ctrl+S saves; unsaved changes are never dropped
without asking.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.models import CheckIn, SymptomDef
from moodlog.core.symptoms import SAFETY_SYMPTOM, SEVERITY_LABELS
from moodlog.ui.checkin.life_section import LifeSection
from moodlog.ui.common.catalogue import mood_end, severity_label, symptom_label
from moodlog.ui.common.discard_guard import ask_unsaved_changes
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.theme import heading_font, set_error_colour, set_muted
from moodlog.ui.journal import Journal

NO_SLEEP = -0.5  # the spin box's "not recorded" value


class CheckInForm(QWidget):
    """The check-in of one day; ``saved`` is emitted after a successful save."""

    saved = Signal(object)  # CheckIn
    safety_concern = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.day = date.today()
        self._loaded: CheckIn | None = None
        self._symptom_rows: dict[str, SegmentedControl] = {}
        self._symptom_widgets: list[QWidget] = []
        self._symptoms: tuple[SymptomDef, ...] = ()
        self._message_timer = QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(lambda: self.message.setText(""))
        self._build()
        self._shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self._shortcut.activated.connect(self.save)
        self.journal.changed.connect(self._on_journal_changed)
        self.load_day(self.day)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions, not the page
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        wrap = QHBoxLayout(page)
        wrap.addStretch(1)
        body = QWidget()
        body.setMaximumWidth(980)
        wrap.addWidget(body, 20)
        wrap.addStretch(1)
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(10)
        self._build_header()
        self._build_mood()
        # The symptoms live in their own widget made here, so that screen readers meet them in
        # screen order (before sleep and the note), though the rows are built later.
        symptom_box = QWidget()
        self._symptom_grid = QGridLayout(symptom_box)
        self._symptom_grid.setContentsMargins(0, 0, 0, 0)
        self._symptom_grid.setHorizontalSpacing(16)
        self._symptom_grid.setVerticalSpacing(6)
        self._layout.addWidget(self._section(self.tr("Symptoms today")))
        hint = QLabel(self.tr("\u201cNone\u201d means you did not have it today. Leave "
                              "\u201cNot answered\u201d when you would rather not say."))
        hint.setWordWrap(True)
        set_muted(hint)
        self._layout.addWidget(hint)
        self._layout.addWidget(symptom_box)
        self._build_sleep_and_note()
        self.life = LifeSection(self.journal, self._section)
        self.life.changed.connect(self._changed)
        self._layout.addWidget(self.life)
        self._layout.addStretch(1)
        # Save stays in view below the scrolling form, however small the window.
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 6)
        footer.addStretch(1)
        inner = QWidget()
        inner.setMaximumWidth(980)
        footer.addWidget(inner, 20)
        footer.addStretch(1)
        outer.addLayout(footer)
        self._footer = QHBoxLayout(inner)
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._build_footer()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        heading_font(label, 1.15)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _build_header(self) -> None:
        row = QHBoxLayout()
        self.title = QLabel()
        heading_font(self.title, 1.5)
        row.addWidget(self.title, 1)
        self.prev_button = QPushButton("\u2039")
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.prev_button.setFixedWidth(36)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.date_edit.setAccessibleName(self.tr("Date of the check-in"))
        self.date_edit.setToolTip(self.tr("Date of the check-in (Ctrl+D)"))
        self.next_button = QPushButton("\u203a")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.setFixedWidth(36)
        self.today_button = QPushButton(self.tr("Today"))
        # Day navigation stays out of the check-in's Tab chain: it has its own keys.
        for w in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            w.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            row.addWidget(w)
        for keys, slot in (("Alt+Left", lambda: self.go_to(self.day - timedelta(days=1))),
                           ("Alt+Right", lambda: self.go_to(self.day + timedelta(days=1))),
                           ("Ctrl+D", self.date_edit.setFocus)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.prev_button.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go_to(date.today()))
        self.date_edit.dateChanged.connect(self._date_picked)
        self._layout.addLayout(row)
        self.state_label = QLabel()
        set_muted(self.state_label)
        self._layout.addWidget(self.state_label)

    def _build_mood(self) -> None:
        self._layout.addWidget(self._section(self.tr("Mood")))
        self.mood = SegmentedControl([(v, str(v)) for v in range(11)], min_segment_width=44)
        self.mood.setAccessibleName(self.tr("Mood from 0, {worst}, to 10, {best}").format(
            worst=mood_end(0), best=mood_end(10)))
        self._layout.addWidget(self.mood)
        ends = QHBoxLayout()
        for text, align in ((f"0 \u2014 {mood_end(0)}", Qt.AlignmentFlag.AlignLeft),
                            (f"10 \u2014 {mood_end(10)}", Qt.AlignmentFlag.AlignRight)):
            label = QLabel(text)
            label.setAlignment(align)
            set_muted(label)
            ends.addWidget(label)
        self._layout.addLayout(ends)
        self.mood.valueChanged.connect(self._changed)

    def _build_sleep_and_note(self) -> None:
        self._layout.addWidget(self._section(self.tr("Sleep and a note")))
        row = QHBoxLayout()
        sleep_label = QLabel(self.tr("Hours s&lept:"))
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(NO_SLEEP, 24.0)
        self.sleep.setDecimals(1)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("Not recorded"))
        self.sleep.setSuffix(self.tr(" h"))
        self.sleep.setAccessibleName(self.tr("Hours slept"))
        sleep_label.setBuddy(self.sleep)
        row.addWidget(sleep_label)
        row.addWidget(self.sleep)
        row.addStretch(1)
        self._layout.addLayout(row)
        self.sleep.valueChanged.connect(self._changed)
        note_label = QLabel(self.tr("&Note (private: left out of the PDF unless you include "
                                    "notes):"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything you want to remember about today"))
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setFixedHeight(96)
        note_label.setBuddy(self.note)
        self._layout.addWidget(note_label)
        self._layout.addWidget(self.note)
        self.note.textChanged.connect(self._changed)

    def _build_footer(self) -> None:
        row = self._footer
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)

    def _rebuild_symptoms(self, symptoms: tuple[SymptomDef, ...]) -> None:
        for w in self._symptom_widgets:
            w.deleteLater()
        self._symptom_widgets.clear()
        self._symptom_rows.clear()
        row = 0
        custom_started = False
        options: list[tuple[Any, str]] = [(None, self.tr("Not answered"))] + [
            (v, severity_label(v).capitalize()) for v in SEVERITY_LABELS]
        for symptom in symptoms:
            if not symptom.builtin and not custom_started:
                custom_started = True
                heading = QLabel(self.tr("Your own symptoms"))
                set_muted(heading)
                self._symptom_grid.addWidget(heading, row, 0, 1, 2)
                self._symptom_widgets.append(heading)
                row += 1
            shown = symptom_label(symptom.key, symptom.label)
            label = QLabel(shown)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words, never HTML
            label.setWordWrap(True)
            control = SegmentedControl(options)
            control.setAccessibleName(shown)
            label.setBuddy(control)
            control.valueChanged.connect(self._changed)
            self._symptom_grid.addWidget(label, row, 0)
            self._symptom_grid.addWidget(control, row, 1)
            self._symptom_widgets += [label, control]
            self._symptom_rows[symptom.key] = control
            row += 1
        self._symptom_grid.setColumnStretch(0, 1)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.mood, *self._symptom_rows.values(),
                                self.sleep, self.note, *self.life.tab_widgets(),
                                self.save_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------------- state
    def _values(self) -> tuple[Any, ...]:
        ratings = {k: c.value() for k, c in self._symptom_rows.items() if c.value() is not None}
        sleep = None if self.sleep.value() <= NO_SLEEP else round(self.sleep.value(), 1)
        mood = self.mood.value() if self.mood.has_choice() else None
        return (mood, ratings, sleep, self.note.toPlainText(), *self.life.values())

    def _loaded_values(self) -> tuple[Any, ...]:
        c = self._loaded
        if c is None:
            return None, {}, None, "", (), {}
        visible = {k: v for k, v in c.ratings.items() if k in self._symptom_rows}
        return c.mood, visible, c.sleep_hours, c.note, c.tags, dict(c.medications_taken)

    def is_dirty(self) -> bool:
        return self._values() != self._loaded_values()

    def _changed(self, *_args: object) -> None:
        self._update_state()

    def _update_state(self) -> None:
        if self.is_dirty():
            self.state_label.setText(self.tr("Unsaved changes"))
        elif self._loaded is not None and self._loaded.updated_at is not None:
            when = self._loaded.updated_at.astimezone()
            self.state_label.setText(self.tr("Saved {day} at {time}").format(
                day=day_text(when.date(), self.tr("dd MMM yyyy")), time=f"{when:%H:%M}"))
        else:
            self.state_label.setText(self.tr("No check-in for this day yet"))

    # -------------------------------------------------------------- navigation
    def load_day(self, day: date) -> None:
        """Show ``day``: its saved check-in, or an empty form."""
        self.day = day
        symptoms, self._loaded = self.journal.form_data(day)
        if symptoms != self._symptoms:
            self._symptoms = symptoms
            self._rebuild_symptoms(symptoms)
        c = self._loaded
        self.mood.setValue(c.mood if c else None)
        for key, control in self._symptom_rows.items():
            control.setValue(c.ratings.get(key) if c else None)
        self.sleep.setValue(c.sleep_hours if c and c.sleep_hours is not None else NO_SLEEP)
        self.note.blockSignals(True)
        self.note.setPlainText(c.note if c else "")
        self.note.blockSignals(False)
        today = date.today()
        self.title.setText(self.tr("How are you today?") if day == today else self.tr(
            "Check-in for {day}").format(day=day_text(day, self.tr("dddd"))))
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self.life.load_day(day, c)
        self._fix_tab_order()
        self._show_message("")
        self._update_state()

    def go_to(self, day: date) -> bool:
        """Move to another day, asking first if there are unsaved changes."""
        if day == self.day:
            return True
        if day > date.today() or not self.maybe_leave():
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
            self.date_edit.blockSignals(False)
            return False
        self.load_day(day)
        return True

    def _date_picked(self, qdate: QDate) -> None:
        self.go_to(date(qdate.year(), qdate.month(), qdate.day()))

    def maybe_leave(self) -> bool:
        """True if it is fine to leave this day (saved, discarded, or nothing changed)."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved_changes(
            self, self.tr("Unsaved check-in"),
            self.tr("You have changed the check-in for {day} without saving it.").format(
                day=day_text(self.day, self.tr("dddd dd MMMM"))))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load_day(self.day)
            return True
        return False

    def _on_journal_changed(self, what: str) -> None:
        if what in ("symptoms", "all", "checkins", "tags", "medications") \
                and not self.is_dirty():
            self.load_day(self.day)

    # --------------------------------------------------------------------- save
    def save(self) -> bool:
        mood, ratings, sleep, note, tags, taken = self._values()
        if mood is None:
            self._show_message(self.tr("Choose your mood (0-10) first."), error=True)
            self.mood.setFocus()
            return False
        hidden = {k: v for k, v in (self._loaded.ratings.items() if self._loaded else ())
                  if k not in self._symptom_rows}
        try:
            checkin = CheckIn(self.day, mood, {**hidden, **ratings}, sleep, note, tags=tags,
                              medications_taken=taken)
            saved = self.journal.save_checkin(checkin)
        except ValueError as exc:
            self._show_message(self.tr("Not saved: {error}").format(error=exc), error=True)
            return False
        self._loaded = saved
        self._update_state()
        self._show_message(self.tr("\u2713 Saved at {time}").format(time=f"{datetime.now():%H:%M}"))
        self.saved.emit(saved)
        if saved.ratings.get(SAFETY_SYMPTOM, 0) > 0:
            self.safety_concern.emit()
        return True

    def _show_message(self, text: str, error: bool = False) -> None:
        set_error_colour(self.message, error)
        self.message.setText(text)
        self._message_timer.stop()
        if text and not error:
            self._message_timer.start()
