"""The Qt Linguist catalogues: complete for the code, compiled, and found by lupdate the way the
code means them (issue 21). The checks run the real pyside6-lupdate/lrelease of the venv."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "moodlog"


def _load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_script()


def test_catalogues_have_every_string_of_the_code_finished_and_compiled() -> None:
    found = tool.problems()
    assert not found, "\n".join(found) + "\nrun: uv run python scripts/update_translations.py"


def test_the_check_fails_for_a_new_string_and_passes_once_filled(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "view.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "class View(QWidget):\n"
        "    def texts(self, n: int) -> None:\n"
        "        self.tr('Save the check-in')\n"
        "        self.tr('%n day(s)', '', n)\n", encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in tool.CATALOGUE_LANGUAGES:
        tool.lupdate([tool.ts_path(lang, folder)], sources)
        tool.lrelease(tool.ts_path(lang, folder), folder / f"moodlog_{lang}.qm")
    assert tool.todo(tool.ts_path("de", folder)) == {
        "View": {"Save the check-in": "", "%n day(s)": ["", ""]}}
    found = tool.problems(sources, folder)
    assert any("moodlog_de.ts: unfinished View / 'Save the check-in'" in p for p in found), found
    assert any("moodlog_en.ts: unfinished View / '%n day(s)'" in p for p in found), found
    assert not any("moodlog_en.ts: unfinished View / 'Save" in p for p in found), found
    for lang in tool.CATALOGUE_LANGUAGES:
        ts = tool.ts_path(lang, folder)
        texts: dict[str, str | list[str]] = {"%n day(s)": ["%n a", "%n b"]}
        if lang != "en":  # English holds the plurals only
            texts["Save the check-in"] = "x"
        assert tool.fill(ts, {"View": texts}) == []
        assert tool.problems(sources, folder)  # the .qm is now stale
        tool.lrelease(ts, folder / f"moodlog_{lang}.qm")
    assert tool.problems(sources, folder) == []
    (sources / "view.py").write_text(
        (sources / "view.py").read_text(encoding="utf-8")
        + "        self.tr('Delete it')\n", encoding="utf-8")
    assert any("lacks View / 'Delete it'" in p for p in tool.problems(sources, folder))


Scope = tuple[str, frozenset[str]]  # the enclosing function's name and its parameters


def _calls(tree: ast.AST) -> list[tuple[str, ast.Call, Scope]]:
    """(context, call, enclosing function) for every tr()/translate() call and
    QT_TR_NOOP/QT_TRANSLATE_NOOP mark; self.tr takes the class's name."""
    out: list[tuple[str, ast.Call, Scope]] = []

    def visit(node: ast.AST, cls: str, scope: Scope = ("", frozenset())) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, cls, (child.name, frozenset(a.arg for a in child.args.args)))
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                owner = child.func.value
                if child.func.attr == "tr" and isinstance(owner, ast.Name) and (
                        owner.id == "self"):
                    out.append((cls, child, scope))
                elif child.func.attr == "translate" and isinstance(owner, ast.Name) and (
                        owner.id in ("QCoreApplication", "QApplication")):
                    out.append(("", child, scope))
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Name):
                if child.func.id == "QT_TRANSLATE_NOOP":
                    out.append(("", child, scope))
                elif child.func.id == "QT_TR_NOOP":
                    out.append((cls, child, scope))
            visit(child, cls, scope)

    visit(tree, "")
    return out


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")


def test_lupdate_extracts_every_tr_call_as_written(tmp_path: Path) -> None:
    """pyside6-lupdate's Python parser silently skips some calls (one with keyword arguments or
    a call among the arguments) and misses the plural in
    ``QCoreApplication.translate(ctx, text, "", n)``: every call is written the way it sees."""
    ts = tmp_path / "moodlog_de.ts"
    tool.lupdate([ts])
    extracted = {(m.context, m.source): m.numerus for m in tool.read_ts(ts)}
    sources = {source for _context, source in extracted}
    wrong = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted(SOURCES.rglob("*.py"))}
    # Functions that pass one of their parameters to tr(): a literal given to them must be
    # marked for lupdate somewhere (QT_TR_NOOP, QT_TRANSLATE_NOOP or a direct tr() call).
    wrappers = {name for tree in trees.values() for _c, call, (name, params) in _calls(tree)
                if name and any(isinstance(a, ast.Name) and a.id in params for a in call.args)}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in wrappers:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and (
                            arg.value not in sources):
                        wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                                     f"{_callee(node)}({arg.value!r}) goes through tr() but "
                                     "lupdate never sees the literal; call tr() with it")
    for path, tree in trees.items():
        where = path.relative_to(ROOT)
        for cls, call, _scope in _calls(tree):
            args = call.args
            is_translate = not cls and len(args) > 1
            text_arg = args[1] if is_translate and len(args) > 1 else (args[0] if args else None)
            context = (args[0].value if is_translate and args
                       and isinstance(args[0], ast.Constant) else cls)
            if not (isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)):
                continue  # looks up a string marked elsewhere (QT_TRANSLATE_NOOP, a table)
            if call.keywords:
                wrong.append(f"{where}:{call.lineno}: no keyword arguments (lupdate skips them)")
                continue
            key = (context, text_arg.value)
            if key not in extracted:
                wrong.append(f"{where}:{call.lineno}: lupdate does not see {key}")
                continue
            plural = len(args) > (3 if is_translate else 2)
            if plural and not extracted[key]:
                wrong.append(f"{where}:{call.lineno}: lupdate misses the plural of {key}; "
                             "write it as self.tr(text, '', n) in a QObject class")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", tool.CATALOGUE_LANGUAGES)
def test_the_shipped_catalogue_loads(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"moodlog_{language}", str(tool.TRANSLATIONS))
    assert translator.language().startswith(language)


def test_the_tools_come_with_the_venv() -> None:
    for name in ("lupdate", "lrelease"):
        assert tool.qt_tool(name).is_file()


def test_english_plurals_come_from_the_s_convention(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "view.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "class View(QWidget):\n"
        "    def texts(self, n: int) -> None:\n"
        "        self.tr('%n session(s), the last on {day}', '', n)\n", encoding="utf-8")
    ts = tmp_path / "moodlog_en.ts"
    tool.lupdate([ts], sources)
    assert tool.english_plurals(ts) == 1
    (m,) = tool.read_ts(ts)
    assert m.finished and m.translation.split("\x9c") == [
        "%n session, the last on {day}", "%n sessions, the last on {day}"]


def test_english_plurals_at_run_time(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    from moodlog.ui.questionnaires.outcomes_text import OutcomesText

    translator = QTranslator()
    assert translator.load("moodlog_en", str(tool.TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        _check_plurals(QCoreApplication, OutcomesText)
    finally:
        qapp.removeTranslator(translator)


def _check_plurals(core, outcomes_text) -> None:  # type: ignore[no-untyped-def]
    QCoreApplication, OutcomesText = core, outcomes_text  # noqa: N806
    assert QCoreApplication.translate("OutcomesText", "%n day(s) before the first session",
                                      "", 1) == "1 day before the first session"
    assert OutcomesText().tr("%n day(s) before the first session", "", 3) == (
        "3 days before the first session")
