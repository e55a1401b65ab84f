"""Regenerate moodlog's Qt Linguist catalogues and compile them.

    uv run python scripts/update_translations.py                 # lupdate + lrelease
    uv run python scripts/update_translations.py --fill de=de.json --fill es=es.json
    uv run python scripts/update_translations.py --todo de=de-todo.json  # what is left
    uv run python scripts/update_translations.py --check         # CI: exit 1 if stale

1. ``pyside6-lupdate`` scans ``src/moodlog`` (``.py`` files) and merges every ``tr()`` /
   ``QCoreApplication.translate()`` string into ``resources/translations/moodlog_<lang>.ts``
   (new strings come in "unfinished"; strings gone from the code are dropped). No source
   locations are written, so two branches that wrap strings in different files merge cleanly.
2. ``--fill LANG=FILE.json`` writes translations from ``{context: {source: translation}}`` into
   that language's catalogue and marks them finished; a plural (``%n``) message takes a list of
   forms (German and Spanish: ``[singular, plural]``). Unknown contexts or sources are reported.
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` that moodlog loads at run time.

The tools come with PySide6-Essentials (``site-packages/PySide6/lupdate`` and ``lrelease``), so
this works from a fresh clone after ``uv sync``. Edit translations with ``pyside6-linguist``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "moodlog"
TRANSLATIONS = ROOT / "resources" / "translations"
#: The catalogues kept in the repository. English is the source language: its catalogue holds
#: only the plural forms of "%n ...(s)" messages, filled in by ``english_plurals``.
CATALOGUE_LANGUAGES: tuple[str, ...] = ("en", "de", "es")


def qt_tool(name: str) -> Path:
    """The path of a Qt tool that PySide6 ships (``lupdate``, ``lrelease``, ``linguist``)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (
        f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        raise SystemExit(f"{exe} is missing: PySide6-Essentials should ship it (run `uv sync`)")
    return exe


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"moodlog_{language}.ts"


def lupdate(ts_files: list[Path], sources: Path = SOURCES) -> None:
    """Merge the strings of ``sources`` into ``ts_files`` (created if missing); the English
    catalogue gets the plural messages only."""
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
        english = ts.name.endswith("_en.ts")
        subprocess.run([str(qt_tool("lupdate")), "-silent", "-extensions", "py", "-recursive",
                        "-locations", "none", "-no-obsolete", "-source-language", "en",
                        *(["-pluralonly"] if english else []),
                        str(sources), "-ts", str(ts)], check=True)


def english_plurals(ts: Path) -> int:
    """Fill the English catalogue's unfinished plurals from the source's "(s)" convention:
    "%n day(s)" -> ["%n day", "%n days"]; a source without "(s)" reads the same for one and
    many ("%n found"). Returns how many were filled."""
    todo = {}
    for m in unfinished(ts):
        if m.numerus:
            todo.setdefault(m.context, {})[m.source] = [m.source.replace("(s)", ""),
                                                        m.source.replace("(s)", "s")]
    if todo:
        fill(ts, todo)
    return sum(len(v) for v in todo.values())


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one catalogue (unfinished messages are left out: they show in English)."""
    subprocess.run([str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts),
                    "-qm", str(qm)], check=True)


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    #: The translation (plural forms joined by "\x9c"), "" when empty.
    translation: str
    finished: bool


def read_ts(ts: Path) -> list[Message]:
    """Every message of a catalogue."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            messages.append(Message(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "", numerus=numerus,
                translation="\x9c".join(forms),
                finished=translation.get("type") is None and all(forms)))
    return messages


def unfinished(ts: Path) -> list[Message]:
    return [m for m in read_ts(ts) if not m.finished]


def fill(ts: Path, translations: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Write ``translations`` into ``ts``; return what matched nothing (context / source)."""
    tree = ET.parse(ts)
    unused = {(c, s) for c, sources in translations.items() for s in sources}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in translations.get(name, {}):
                continue
            unused.discard((name, source))
            text = translations[name][source]
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else list(text)
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if not isinstance(text, str):
                    raise SystemExit(f"{ts.name}: {name} / {source!r} is not a plural: "
                                     "give one string")
                translation.text = text
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return [f"{c} / {s!r}" for c, s in sorted(unused)]


def update(fills: dict[str, list[Path]]) -> int:
    ts_files = [ts_path(lang) for lang in CATALOGUE_LANGUAGES]
    lupdate(ts_files)
    status = 0
    for lang, files in fills.items():
        for file in files:
            data = json.loads(file.read_text(encoding="utf-8"))
            for miss in fill(ts_path(lang), data):
                print(f"{file}: no such message in moodlog_{lang}.ts: {miss}", file=sys.stderr)
                status = 1
    if english_plurals(ts_path("en")) or fills:
        lupdate(ts_files)  # back to lupdate's own layout, so diffs stay small
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(read_ts(ts))} messages, {len(left)} unfinished")
    return status


def problems(sources: Path = SOURCES, folder: Path = TRANSLATIONS) -> list[str]:
    """What is wrong with the catalogues in ``folder`` for the code in ``sources``: a string of
    the code that a catalogue lacks or leaves unfinished, one the code no longer has, a .qm
    that is not the compiled .ts. Changes nothing."""
    import tempfile

    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in CATALOGUE_LANGUAGES:
            committed = ts_path(lang, folder)
            if not committed.is_file():
                out.append(f"{committed.name} is missing")
                continue
            fresh = ts_path(lang, Path(tmp))
            fresh.write_bytes(committed.read_bytes())
            lupdate([fresh], sources)
            before = {(m.context, m.source, m.comment) for m in read_ts(committed)}
            after = {(m.context, m.source, m.comment) for m in read_ts(fresh)}
            out += [f"{committed.name} lacks {c} / {s!r}"
                   for c, s, _ in sorted(after - before)]
            out += [f"{committed.name} has {c} / {s!r}, gone from the code"
                   for c, s, _ in sorted(before - after)]
            out += [f"{committed.name}: unfinished {m.context} / {m.source!r}"
                   for m in unfinished(fresh) if (m.context, m.source, m.comment) in before]
            qm = Path(tmp) / f"moodlog_{lang}.qm"
            lrelease(committed, qm)
            shipped = committed.with_suffix(".qm")
            if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
                out.append(f"{shipped.name} is not the compiled {committed.name}")
    return out


def check() -> int:
    """Exit status 1 when ``problems()`` finds any (it prints them)."""
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print("run: uv run python scripts/update_translations.py", file=sys.stderr)
    return 1 if found else 0


def _plural_forms(ts: Path) -> int:
    """How many forms a plural takes in this catalogue's language (lupdate writes them)."""
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None:
            return max(1, len(translation.findall("numerusform")))
    return 2


def todo(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    """The unfinished messages of ``ts`` as a ``--fill`` file to complete: the translation
    so far (or ""), a list of forms for a plural."""
    out: dict[str, dict[str, str | list[str]]] = {}
    forms = _plural_forms(ts)
    for m in unfinished(ts):
        if m.numerus:
            parts = m.translation.split("\x9c") if m.translation else []
            out.setdefault(m.context, {})[m.source] = (parts + [""] * forms)[:forms]
        else:
            out.setdefault(m.context, {})[m.source] = m.translation
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json",
                        help="translations to write in, {context: {source: translation}}")
    parser.add_argument("--todo", action="append", default=[], metavar="LANG=FILE.json",
                        help="after updating, write LANG's unfinished messages to FILE.json "
                             "(a --fill file to complete)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a catalogue or .qm is out of date")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    fills: dict[str, list[Path]] = {}
    for spec in args.fill:
        lang, _, file = spec.partition("=")
        if lang not in CATALOGUE_LANGUAGES or not file:
            parser.error(f"--fill takes LANG=FILE.json with LANG one of "
                         f"{', '.join(CATALOGUE_LANGUAGES)}, not {spec!r}")
        fills.setdefault(lang, []).append(Path(file))
    status = update(fills)
    for spec in args.todo:
        lang, _, file = spec.partition("=")
        if lang not in CATALOGUE_LANGUAGES or not file:
            parser.error(f"--todo takes LANG=FILE.json, not {spec!r}")
        left = todo(ts_path(lang))
        Path(file).write_text(json.dumps(left, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
        print(f"{file}: {sum(len(v) for v in left.values())} messages to translate")
    return status


if __name__ == "__main__":
    sys.exit(main())
