"""Every CLDR language's month names, read from babel's locale data in a tenth of the time.

babel keeps each locale as one pickle of all its data (territory and currency names, time
zones, ...); loading the 393 language-level ones to get at their months took about 0.6 s, most
of a whole import. Here each file is read as bytes and only the value of its ``months`` key is
unpickled: the pickle's opcodes from there are run by the standard library's own unpickler
until that one dictionary is complete. Where that cannot be done with certainty (the key is
missing from the bytes but the word is there, it occurs twice, the value refers to an object
pickled earlier, or anything else goes wrong) the whole locale is loaded the ordinary way, so
the result is always exactly ``localedata.load(ident, merge_inherited=False)["months"]``; a test
compares the two for every language.
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Iterator, Mapping
from typing import Any

#: The key ``months`` as protocol 2 writes a str (BINUNICODE: "X", 4-byte length, UTF-8).
_KEY = b"X\x06\x00\x00\x00months"
#: Memo opcodes that may follow the key: LONG_BINPUT (4-byte index), BINPUT (1), MEMOIZE.
_PUT_LENGTH = {ord("r"): 5, ord("q"): 2, 0x94: 1}
_SETITEMS = (ord("u"), ord("s"))


class _Unsure(Exception):
    """The bytes of this locale cannot be read in part with certainty."""


def languages() -> list[str]:
    """Locale identifiers of languages and their scripts (``sr_Latn``), not of regions."""
    from babel import localedata

    out = []
    for ident in localedata.locale_identifiers():
        parts = ident.split("_")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) != 4):
            continue
        out.append(ident)
    return out


def _months_value(data: bytes) -> Any:
    """The unpickled value of the one ``months`` key in ``data``; _Unsure if not certain."""
    at = data.find(_KEY)
    if at < 0:
        if b"months" in data:
            raise _Unsure("another pickle protocol")
        return {}
    if data.find(_KEY, at + 1) >= 0:
        raise _Unsure("the key occurs twice")
    start = at + len(_KEY)
    start += _PUT_LENGTH.get(data[start], 0)
    unpickler: Any = pickle._Unpickler(io.BytesIO(data[start:]))
    # What Unpickler.load() sets up before its loop, with an empty memo: a reference to an
    # object pickled before the key raises instead of giving a wrong value.
    frames: Any = pickle._Unframer(  # type: ignore[attr-defined]
        unpickler._file_read, unpickler._file_readline)
    unpickler._unframer = frames
    unpickler.read, unpickler.readinto = frames.read, frames.readinto
    unpickler.readline = frames.readline
    unpickler.metastack, unpickler.stack, unpickler.proto = [], [], 2
    unpickler.append = unpickler.stack.append
    read, dispatch = unpickler.read, unpickler.dispatch
    try:
        for _ in range(100_000):
            opcode = read(1)[0]
            dispatch[opcode](unpickler)
            # The value is complete when its own SETITEMS closes it and nothing is open.
            if opcode in _SETITEMS and not unpickler.metastack and len(unpickler.stack) == 1:
                value = unpickler.stack[0]
                if not isinstance(value, dict):
                    break
                return value
    except Exception as exc:  # noqa: BLE001 - any failure means: load it the ordinary way
        raise _Unsure(str(exc)) from None
    raise _Unsure("not a dictionary")


def months(ident: str, folder: str) -> Mapping[str, Any]:
    """The locale's own ``months`` data (no inherited values), as babel would give it."""
    with open(os.path.join(folder, ident + ".dat"), "rb") as file:
        data = file.read()
    try:
        return _months_value(data)
    except _Unsure:
        # The whole file, as babel's load(merge_inherited=False) reads it. Not through babel:
        # its cache does not tell merged from unmerged data, so once the window has used a
        # locale (country names) babel would hand back that locale's merged months.
        value = pickle.loads(data).get("months", {})  # noqa: S301 (babel's own data files)
        return value if isinstance(value, Mapping) else {}


def all_months() -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(language, its own months data) for every CLDR language babel knows."""
    from babel import localedata

    folder = localedata._dirname
    for ident in languages():
        try:
            yield ident, months(ident, folder)
        except (OSError, ValueError, LookupError):
            continue
