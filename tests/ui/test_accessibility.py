"""What a screen reader gets, read in-process through QAccessible: every Tab stop of the
check-in form, the questionnaire dialog and the treatment dialog has a name; rating controls
are groups of radio buttons with the answer ("Not answered" included) checked; the reading
order is the Tab order, which follows the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.journal import Journal
from moodlog.ui.questionnaires.questionnaire_dialog import QuestionnaireDialog
from moodlog.ui.treatments.treatment_dialog import TreatmentDialog

Role = QAccessible.Role
Text = QAccessible.Text


def tab_stops(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order."""
    stops: list[QWidget] = []
    w = top.nextInFocusChain()
    while w is not top:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(top)
                and w.isEnabled() and w.focusProxy() is None and w.window() is top):
            stops.append(w)
        w = w.nextInFocusChain()
    return stops


def iface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def name(widget: QWidget) -> str:
    return iface(widget).text(Text.Name)


def reading_order(top: QWidget) -> list[QWidget]:
    """Widgets as the accessibility tree lists them, depth first."""
    out: list[QWidget] = []

    def walk(node: QAccessibleInterface) -> None:
        obj = node.object()
        if isinstance(obj, QWidget):
            out.append(obj)
        for i in range(node.childCount()):
            child = node.child(i)
            if child is not None:
                walk(child)

    walk(iface(top))
    return out


def checked_answers(control: SegmentedControl) -> list[str]:
    group = iface(control)
    children = [group.child(i) for i in range(group.childCount())]
    assert [c.role() for c in children] == [Role.RadioButton] * len(control.labels())
    assert [c.text(Text.Name) for c in children] == control.labels()
    return [c.text(Text.Name) for c in children if c.state().checked]


def check_every_stop(top: QWidget) -> list[QWidget]:
    stops = tab_stops(top)
    assert stops
    for w in stops:
        assert name(w), f"{type(w).__name__} has no accessible name"
        if isinstance(w, SegmentedControl):
            assert iface(w).role() == Role.Grouping and name(w) == w.accessibleName()
        if isinstance(w, QComboBox | QDateTimeEdit):
            # Its name, not only its value. On Linux Qt gives a combo box its value as the
            # name and its label by relation, which screen readers read together.
            labels = [r for r, how in iface(w).relations(QAccessible.RelationFlag.Label)]
            assert name(w) == w.accessibleName() or labels, w.accessibleName()
    order = [w for w in reading_order(top) if w in stops]
    assert [name(w) for w in order] == [name(w) for w in stops]
    return stops


@pytest.fixture(autouse=True)
def _accessibility_on() -> None:
    QAccessible.setActive(True)


def test_the_checkin_form(qtbot: QtBot, journal: Journal) -> None:
    form = CheckInForm(journal)
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    qtbot.waitExposed(form)
    stops = check_every_stop(form)
    assert stops[0] is form.mood  # the first Tab stop is the first question
    assert stops[1:13] == list(form._symptom_rows.values())[:12]
    assert stops[13:15] == [form.sleep, form.note]
    # then the day's tags, medications and moments (issue 16), then Save
    assert stops[15:-1] == form.life.tab_widgets() and stops[-1] is form.save_button
    assert checked_answers(form.mood) == []  # no mood yet: no radio checked
    assert iface(form.mood).text(Text.Description) == "No answer chosen"
    sadness = form._symptom_rows["sadness"]
    assert checked_answers(sadness) == ["Not answered"]
    assert iface(sadness).text(Text.Description) == "Not answered"
    sadness.setFocus()
    qtbot.keyClick(sadness, Qt.Key.Key_2)
    assert checked_answers(sadness) == ["Moderate"]
    form.mood.setValue(10)
    assert checked_answers(form.mood) == ["10"]


@pytest.mark.parametrize("key", ["phq9", "gad7"])
def test_the_questionnaire_dialog(qtbot: QtBot, journal: Journal, key: str) -> None:
    d = QuestionnaireDialog(journal, key)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    stops = check_every_stop(d)
    assert stops[:2] == [d.date_edit, d.items[0]]
    assert checked_answers(d.items[0]) == []
    d.items[0].setValue(2)
    assert checked_answers(d.items[0]) == ["More than half the days"]
    assert name(d.status) == d.status.text()  # the score line reads as what it shows


def test_the_treatment_dialog(qtbot: QtBot) -> None:
    d = TreatmentDialog(lambda t: t)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    stops = check_every_stop(d)
    assert d.kind in stops and all(c in stops for c in d.effects.values())
    first = next(iter(d.effects.values()))
    assert checked_answers(first) == ["Not recorded"]


def test_date_fields_read_as_the_date_they_show(qtbot: QtBot) -> None:
    """AT-SPI read a date field as the number 0: it is a spin box whose value is its text."""
    from PySide6.QtCore import QDate, QDateTime
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

    from moodlog.ui.common.accessible import install_accessible_factory

    install_accessible_factory()
    day = QDateEdit(QDate(2026, 12, 2))
    day.setDisplayFormat("ddd d MMM yyyy")
    day.setAccessibleName("Day")
    day.setAccessibleDescription("Ctrl+D")
    at = QDateTimeEdit(QDateTime(QDate(2026, 12, 2), QDateTime.currentDateTime().time()))
    for w in (day, at):
        qtbot.addWidget(w)
        w.show()
    face = QAccessible.queryAccessibleInterface(day)
    assert face.role() == QAccessible.Role.SpinBox
    assert face.text(QAccessible.Text.Name) == "Day"
    assert face.text(QAccessible.Text.Value) == day.text() != ""
    assert "2026" in face.text(QAccessible.Text.Value)
    assert face.valueInterface() is None  # no number for a screen reader to say
    assert face.text(QAccessible.Text.Description) == f"{day.text()}, Ctrl+D"
    day.setDate(QDate(2025, 1, 31))
    assert "2025" in QAccessible.queryAccessibleInterface(day).text(QAccessible.Text.Value)
    assert QAccessible.queryAccessibleInterface(day).text(
        QAccessible.Text.Description).startswith(day.text())
    assert QAccessible.queryAccessibleInterface(at).text(QAccessible.Text.Value) == at.text()
