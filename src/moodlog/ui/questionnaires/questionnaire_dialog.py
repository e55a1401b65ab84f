"""Fill in (or correct) a PHQ-9 or GAD-7 on one screen, by keyboard or mouse.

The stem, items, answers and attribution come word for word from
``core.questionnaire_text`` in the window's language (official translations only); where a
language has no confirmed official text the English original is shown, and the dialog says so
in one line. The dialog's own words go through ``tr()``. Items left blank
are allowed only after the user confirms saving an incomplete questionnaire, which has no total
(never a lower one). Saving a PHQ-9 with item 9 above 0 emits ``safety_concern`` at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from moodlog.core import questionnaires as q
from moodlog.core.models import QuestionnaireResponse
from moodlog.core.questionnaire_text import questionnaire_text
from moodlog.i18n import current_language
from moodlog.ui.common.catalogue import band_label
from moodlog.ui.common.discard_guard import DiscardGuard
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.theme import heading_font, set_error_colour, set_muted
from moodlog.ui.common.widgets import ask
from moodlog.ui.journal import Journal

#: Room for the item wording; the longest PHQ-9 item wraps to three lines at this width.
ITEM_TEXT_WIDTH = 400
#: The widest an answer may be before it wraps onto two lines (the German answers would make the
#: dialog wider than a 1280-pixel screen otherwise; the English ones fit on one line).
ANSWER_MAX_WIDTH = 185



def numbers_in_words(numbers: Sequence[int]) -> str:
    """[3] -> "item 3"; [3, 9] -> "items 3 and 9"; [1, 2, 5] -> "items 1, 2 and 5"."""
    text = [str(n) for n in numbers]
    if len(text) == 1:
        return QCoreApplication.translate("QuestionnaireDialog", "item {number}").format(
            number=text[0])
    return QCoreApplication.translate("QuestionnaireDialog", "items {numbers} and {last}").format(
        numbers=", ".join(text[:-1]), last=text[-1])


def _not_answered(numbers: Sequence[int]) -> str:
    """"Item 9 is not answered." / "Items 3 and 9 are not answered." """
    text = [str(n) for n in numbers]
    if len(text) == 1:
        return QCoreApplication.translate("QuestionnaireDialog",
                                          "Item {number} is not answered.").format(
            number=text[0])
    return QCoreApplication.translate("QuestionnaireDialog",
                                      "Items {numbers} and {last} are not answered.").format(
        numbers=", ".join(text[:-1]), last=text[-1])


def _wrapped(text: str) -> QLabel:
    """A label of ITEM_TEXT_WIDTH that asks for the height of all its lines. (Grid rows of a
    dialog only get a word-wrapped label's one-line minimum otherwise, and clip the rest.)"""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFixedWidth(ITEM_TEXT_WIDTH)
    label.setMinimumHeight(label.heightForWidth(ITEM_TEXT_WIDTH))
    return label


def _options(labels: Sequence[str]) -> list[tuple[Any, str]]:
    return list(enumerate(labels))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class QuestionnaireDialog(DiscardGuard, QDialog):
    """One PHQ-9 or GAD-7 response; ``response`` (with an id) opens it for correction."""

    safety_concern = Signal()

    def __init__(self, journal: Journal, key: str,
                 response: QuestionnaireResponse | None = None,
                 parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.journal = journal
        self.instrument = q.instrument(key)
        self.text = questionnaire_text(key, current_language())
        self._today = today
        self._original = response
        self.saved_response: QuestionnaireResponse | None = None
        self._shown = False
        name = self.instrument.name
        self.setWindowTitle((self.tr("Correct the {name}") if response
                             else self.tr("Fill in the {name}")).format(name=name))
        self.setAccessibleName(self.windowTitle())
        self._build()
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self._fill(response)
        self._update_status()
        self.discard_what = self.tr("your answers to the {name}").format(name=name)
        self.mark_clean()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(20, 16, 20, 12)
        head = QHBoxLayout()
        title = QLabel(self.instrument.name)
        heading_font(title, 1.5)
        head.addWidget(title, 1)
        date_label = QLabel(self.tr("&Date:"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.date_edit.setAccessibleName(
            self.tr("Date of this {name}").format(name=self.instrument.name))
        self.date_edit.setMaximumDate(_qdate(self._today()))
        date_label.setBuddy(self.date_edit)
        head.addWidget(date_label)
        head.addWidget(self.date_edit)
        layout.addLayout(head)

        text = self.text
        stem = QLabel(text.stem)
        stem.setWordWrap(True)
        heading_font(stem, 1.1)
        layout.addWidget(stem)
        hint = QLabel(self.tr("Tab moves to the next question. Choose with the arrow keys or "
                              "0-3; Delete clears an answer. Ctrl+S saves. The last question is "
                              "not scored."))
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        # Both answer sets share one segment width, so the columns line up; measured in bold,
        # as the chosen answer is drawn.
        bold = self.font()
        bold.setBold(True)
        fm = QFontMetrics(bold)
        segment = max(fm.horizontalAdvance(t)
                      for t in (*text.answers, *text.difficulty_answers)) + 20
        self.items: list[SegmentedControl] = []
        for n, item in enumerate(text.items, start=1):
            number = QLabel(f"{n}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = _wrapped(item)
            control = SegmentedControl(_options(text.answers), min_segment_width=segment,
                                       clearable=True, max_segment_width=ANSWER_MAX_WIDTH)
            control.setAccessibleName(self.tr("Item {number}: {text}").format(number=n,
                                                                             text=item))
            control.setAccessibleDescription(self.tr("Not answered yet"))
            label.setBuddy(control)
            control.valueChanged.connect(self._update_status)
            grid.addWidget(number, n - 1, 0)
            grid.addWidget(label, n - 1, 1)
            grid.addWidget(control, n - 1, 2, Qt.AlignmentFlag.AlignVCenter)
            self.items.append(control)
        row = len(self.instrument.items)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 3)
        self.difficulty: SegmentedControl | None = None
        if self.instrument.has_difficulty:
            question = _wrapped(text.difficulty_question)
            control = SegmentedControl(_options(text.difficulty_answers),
                                       min_segment_width=segment, clearable=True,
                                       max_segment_width=ANSWER_MAX_WIDTH)
            control.setAccessibleName(text.difficulty_question)
            control.setAccessibleDescription(self.tr("Not answered yet (optional, not scored)"))
            question.setBuddy(control)
            grid.addWidget(question, row + 1, 1)
            grid.addWidget(control, row + 1, 2, Qt.AlignmentFlag.AlignVCenter)
            self.difficulty = control
        if any(c.wraps() for c in self.items):
            grid.setVerticalSpacing(8)  # answers on two lines: keep the dialog on one screen
        layout.addLayout(grid)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.in_english: QLabel | None = None
        if text.shown_in_english:
            # One calm line: no official translation confirmed, so the validated original.
            self.in_english = QLabel(self.tr(
                "No official translation of the {name} in this language has been confirmed, "
                "so it is shown in its original English.").format(name=self.instrument.name))
            self.in_english.setWordWrap(True)
            layout.addWidget(self.in_english)
        attribution = QLabel(text.attribution)
        attribution.setWordWrap(True)
        font = attribution.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        attribution.setFont(font)
        set_muted(attribution)
        layout.addWidget(attribution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        chain: list[QWidget] = [self.date_edit, *self.items]
        if self.difficulty is not None:
            chain.append(self.difficulty)
        chain.append(self.save_button)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _fill(self, r: QuestionnaireResponse | None) -> None:
        self.date_edit.setDate(_qdate(r.day if r else self._today()))
        if r is None:
            return
        for control, answer in zip(self.items, r.answers, strict=True):
            control.setValue(answer)
        if self.difficulty is not None:
            self.difficulty.setValue(r.difficulty)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Start at the first question (QDialog would pick the date), ready for 0-3 or arrows.
        if not self._shown:
            self._shown = True
            self.items[0].setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    # ------------------------------------------------------------------- state
    def answers(self) -> tuple[int | None, ...]:
        return tuple(c.value() for c in self.items)

    def unanswered(self) -> list[int]:
        """1-based numbers of the items with no answer."""
        return [n for n, a in enumerate(self.answers(), start=1) if a is None]

    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def _update_status(self, *_args: object) -> None:
        missing = self.unanswered()
        total = len(self.items)
        if not missing:
            s = q.score(self.instrument.key, self.answers())
            band = band_label(s.band_key) if s.band_key else ""
            self._show(self.tr("All %n item(s) answered: total {total} ({band}).", "", total)
                       .format(total=s.total, band=band))
        elif len(missing) == total:
            self._show(self.tr("No item answered yet."))
        else:
            self._show(self.tr("{answered} of {total} answered. Not answered yet: {items}.")
                       .format(answered=total - len(missing), total=total,
                               items=numbers_in_words(missing)))

    def _show(self, text: str, error: bool = False) -> None:
        set_error_colour(self.status, error)
        self.status.setText(text)

    # --------------------------------------------------------------------- save
    def _confirm_incomplete(self, missing: list[int]) -> bool:
        name = self.instrument.name
        return ask(
            self, self.tr("Save an incomplete {name}?").format(name=name),
            _not_answered(missing) + "\n\n" + self.tr(
                "A {name} with an unanswered item has no total. It will be saved and listed "
                "as incomplete, never as a lower score.\n\nSave it as incomplete?"
            ).format(name=name),
            QMessageBox.StandardButton.Save)

    def _confirm_replace(self, other: QuestionnaireResponse) -> bool:
        name = self.instrument.name
        s = other.score
        what = (self.tr("total {total}").format(total=s.total) if s.complete
                else self.tr("incomplete"))
        day = day_text(other.day, self.tr("dddd dd MMMM yyyy"))
        return ask(self, self.tr("Replace the {name}?").format(name=name),
                   self.tr("There is already a {name} for {day} ({what}). Replace it with "
                           "this one?").format(name=name, day=day, what=what))

    def accept(self) -> None:
        day = self.day()
        if day > self._today():
            self._show(self.tr("Not saved: the date is in the future; a questionnaire is for "
                               "today or an earlier day."), error=True)
            return
        missing = self.unanswered()
        if len(missing) == len(self.items):
            self._show(self.tr("Not saved: no item is answered yet."), error=True)
            self.items[0].setFocus()
            return
        if missing and not self._confirm_incomplete(missing):
            self.items[missing[0] - 1].setFocus()
            return
        difficulty = self.difficulty.value() if self.difficulty is not None else None
        original_id = self._original.id if self._original else None
        same_day = self.journal.store.questionnaires(day, day, self.instrument.key)
        others = [r for r in same_day if r.id != original_id]
        if others and not self._confirm_replace(others[0]):
            return
        try:
            response = QuestionnaireResponse(self.instrument.key, day, self.answers(),
                                             difficulty)
            saved = self.journal.save_questionnaire(response, replace=bool(same_day))
            if original_id is not None and self._original and self._original.day != day:
                self.journal.delete_questionnaire(original_id)
        except ValueError as exc:
            message = str(exc)
            self._show(self.tr("Not saved: {reason}.").format(
                reason=f"{message[0].upper()}{message[1:]}"), error=True)
            return
        self.saved_response = saved
        super().accept()
        item = self.instrument.safety_item
        if item is not None and (saved.answers[item - 1] or 0) > 0:
            # After the dialog has closed, so that the panel is what the user sees.
            self.safety_concern.emit()
