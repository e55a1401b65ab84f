"""The language moodlog speaks: codes, --language, the system fallback, the pseudo-language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from moodlog import i18n
from moodlog.cli import main
from moodlog.ui.common import i18n as qt_i18n
from moodlog.ui.common.pseudo import pseudo_text


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    i18n.request_language(None)
    i18n.set_current_language("en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(("given", "code"), [("de", "de"), ("DE", "de"), ("de_AT", "de"),
                                             ("es-MX", "es"), ("en", "en"), ("qps", "qps")])
def test_codes_are_normalised(given: str, code: str) -> None:
    assert i18n.normalise_language(given) == code


def test_an_unknown_language_is_one_clear_line_and_exit_2(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: object) -> None:
    assert main(["--language", "xx", "--data-dir", str(tmp_path), "info"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "unknown language 'xx'" in err
    assert "Traceback" not in err


def test_an_explicit_language_wins_over_the_preference() -> None:
    i18n.request_language("es")
    assert qt_i18n.resolve_language("de") == "es"
    assert i18n.current_language() == "es"


def test_the_preference_wins_over_the_system() -> None:
    assert qt_i18n.resolve_language("de") == "de"
    assert qt_i18n.resolve_language("nonsense") in ("en", "de", "es")


def test_the_system_language_needs_a_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    monkeypatch.setattr(qt_i18n, "has_catalogue", lambda code: False)
    assert qt_i18n.resolve_language("system") == "en"
    monkeypatch.setattr(qt_i18n, "has_catalogue", lambda code: code == "de")
    assert qt_i18n.resolve_language("system") == "de"


def test_the_pseudo_language_lengthens_and_keeps_placeholders() -> None:
    text = pseudo_text("Save %1 &entry {name}")
    assert "%1" in text and "&" in text and "{name}" in text
    assert len(text) >= len("Save %1 &entry {name}") * 1.2
    assert text != "Save %1 &entry {name}"
    i18n.set_current_language("qps")
    assert i18n.current_language() == "en" and i18n.current_ui_language() == "qps"
