"""Preferences > Tags: add, rename, hide, move; collisions refused with a message."""

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from moodlog.core.models import CheckIn
from moodlog.ui.journal import Journal
from moodlog.ui.settings.tags_editor import TagsEditor


def _select(editor: TagsEditor, key: str) -> None:
    editor.refresh(key)
    assert editor.current() is not None and editor.current().key == key  # type: ignore[union-attr]


def test_add_rename_hide_and_move(qtbot: QtBot, journal: Journal,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    editor = TagsEditor(journal)
    qtbot.addWidget(editor)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Yoga", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Health", True))
    editor._add()
    assert {t.key: t.group for t in journal.store.tags()}["yoga"] == "Health"
    _select(editor, "walk")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Long walk", True))
    editor._rename()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Outside", True))
    editor._move()
    journal.store.save_checkin(CheckIn(date.today(), 5, tags=("walk",)))
    editor._toggle_hidden()
    walk = {t.key: t for t in journal.store.tags()}["walk"]
    assert (walk.label, walk.group, walk.hidden) == ("Long walk", "Outside", True)
    assert journal.store.checkin(date.today()).tags == ("walk",)  # type: ignore[union-attr]
    assert "(hidden)" in editor.tree.currentItem().text(0)


def test_a_colliding_label_is_refused_with_a_message(qtbot: QtBot, journal: Journal,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    editor = TagsEditor(journal)
    qtbot.addWidget(editor)
    warnings: list[str] = []
    monkeypatch.setattr("moodlog.ui.settings.tags_editor.QMessageBox.warning",
                        lambda _p, _t, text: warnings.append(text))
    _select(editor, "walk")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  FAMILY ", True))
    before = journal.store.tags()
    editor._rename()
    assert journal.store.tags() == before
    assert warnings and "already exists" in warnings[0]
