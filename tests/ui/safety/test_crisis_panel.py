"""The crisis panel: lines as buttons that call, text or open; the plan beside them."""

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from moodlog.core.safety_plan import Contact, SafetyPlan
from moodlog.ui.main_window import MainWindow
from moodlog.ui.safety.plan_dialog import SafetyPlanDialog

PLAN = SafetyPlan(warning_signs=("Not sleeping",),
                  people_to_ask=(Contact("Sam", phone="+44 7700 900123"),),
                  professionals=(Contact("Clinic", address="https://clinic.example/help"),))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr("moodlog.ui.safety.links.QDesktopServices.openUrl", fake_open)
    return urls


def _concern_from_checkin(window: MainWindow) -> None:
    window.today.setCurrentWidget(window.form)
    window.form.mood.setValue(2)
    window.form._symptom_rows["thoughts_of_death"].setValue(1)
    window.form.save()


def test_a_checkin_with_thoughts_of_death_shows_the_plan_beside_the_lines(
        window: MainWindow, opened: list[str]) -> None:
    window.settings.crisis_region = "us"
    window.journal.save_safety_plan(PLAN)
    _concern_from_checkin(window)
    panel = window.crisis_panel
    assert panel is not None and panel.isVisible() and panel.steps.isVisible()
    steps = panel.steps.text()
    assert "1. Warning signs" in steps and "Not sleeping" in steps and "Sam" in steps
    assert panel.steps.open_button.text() == "&Open my safety plan\u2026"
    call_sam = next(b for b in panel.steps.buttons if b.text() == "Call Sam")
    call_sam.click()
    open_clinic = next(b for b in panel.steps.buttons if b.text() == "Open Clinic")
    open_clinic.click()
    assert opened == ["tel:+447700900123", "https://clinic.example/help"]


def test_an_empty_plan_offers_to_write_one(window: MainWindow, qtbot: QtBot) -> None:
    _concern_from_checkin(window)
    panel = window.crisis_panel
    assert panel is not None
    assert "not written a safety plan yet" in panel.steps.text()
    assert panel.steps.open_button.text() == "&Write my safety plan\u2026"
    panel.steps.open_button.click()
    dialog = window.safety_plan_dialog
    assert isinstance(dialog, SafetyPlanDialog) and dialog.isVisible()
    dialog.sections["warning_signs"].edit.setPlainText("Staying in bed")
    assert dialog.save()
    dialog.close()
    assert "Staying in bed" in panel.steps.text()  # the panel follows the saved plan


def test_phq9_item_9_brings_the_panel_with_the_plan(window: MainWindow) -> None:
    window.journal.save_safety_plan(PLAN)
    window.questionnaires.safety_concern.emit()
    panel = window.crisis_panel
    assert panel is not None and panel.isVisible() and "Not sleeping" in panel.steps.text()


def test_lines_are_buttons_and_focus_starts_on_the_first(
        window: MainWindow, opened: list[str]) -> None:
    window.settings.crisis_region = "us"
    panel = window.show_crisis()
    texts = [b.text() for b in panel.lines.buttons]
    assert texts[:3] == ["Call 988", "Text 988", "Open 988lifeline.org (chat)"]
    assert panel.focusWidget() is panel.lines.first_action()
    assert panel.focusWidget() is not panel.region
    for b in panel.lines.buttons[:3]:
        b.click()
    assert opened == ["tel:988", "sms:988", "https://988lifeline.org"]
    assert all(b.accessibleName() for b in panel.lines.buttons)


def test_changing_the_region_changes_the_buttons(window: MainWindow, opened: list[str]) -> None:
    window.settings.crisis_region = "au"
    panel = window.show_crisis()
    assert [b.text() for b in panel.lines.buttons][:2] == ["Call 13 11 14", "Text 0477 13 11 14"]
    panel.region.setCurrentIndex(panel.region.findData("de"))
    assert window.settings.crisis_region == "de"
    assert panel.lines.buttons[0].text() == "Call 0800 111 0 111"
    assert "checked on" in panel.resource_text().lower()


def test_an_unknown_region_says_how_to_choose_it(window: MainWindow) -> None:
    window.settings.crisis_region = "other"
    panel = window.show_crisis()
    text = panel.resource_text()
    assert "does not know your country" in text and "Choose it in the list below" in text
    assert "call your local emergency number" in text
    assert [b.text() for b in panel.lines.buttons] == ["Open findahelpline.com"]
    assert panel.focusWidget() is panel.lines.buttons[0]


def test_no_reassurance_and_no_one_monitors(window: MainWindow) -> None:
    panel = window.show_crisis()
    words = " ".join(w.text() for w in panel.findChildren(type(window.form.title)))
    assert "No one monitors this app" in words
    for forbidden in ("risk", "you are fine", "low score"):
        assert forbidden not in words.lower()


def test_with_no_phone_app_the_number_is_shown_plainly_with_a_copy_action(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication

    from moodlog.ui.safety.links import NumberNote

    monkeypatch.setattr("moodlog.ui.safety.links.QDesktopServices.openUrl",
                        lambda _url: False)
    window.settings.crisis_region = "gb"
    panel = window.show_crisis()
    call = next(b for b in panel.lines.buttons if b.text().startswith("Call 116 123"))
    call.click()
    note = window.findChild(NumberNote)
    assert note is not None and note.isVisible()
    assert note.label.text() == "Dial 116 123 on your phone."
    assert note.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    note.copy_button.click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert note.isVisible()  # copying keeps the number in view
    note.close()


def test_a_plan_contact_without_a_phone_app_shows_their_number(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from moodlog.ui.safety.links import NumberNote

    monkeypatch.setattr("moodlog.ui.safety.links.QDesktopServices.openUrl",
                        lambda _url: False)
    window.journal.save_safety_plan(PLAN)
    panel = window.show_crisis()
    next(b for b in panel.steps.buttons if b.text() == "Call Sam").click()
    note = window.findChild(NumberNote)
    assert note is not None and note.label.text() == "Dial +44 7700 900123 on your phone."
    note.close()
