"""moodlog.named_tuple builds the classes typing.NamedTuple builds (without importing typing)."""

from __future__ import annotations

import pickle
import typing

import pytest

from moodlog.named_tuple import NamedTuple


def _pair(base: type) -> type:
    class Point(base):  # type: ignore[valid-type,misc]
        """A point."""

        x: int
        y: int = 2
        label: str = "p"

        @property
        def total(self) -> int:
            return self.x + self.y

        def moved(self, dx: int) -> Point:
            return self._replace(x=self.x + dx)

    return Point


Ours, Theirs = _pair(NamedTuple), _pair(typing.NamedTuple)  # noqa: N816


def test_same_fields_defaults_methods_and_text() -> None:
    for cls in (Ours, Theirs):
        assert cls._fields == ("x", "y", "label")
        assert cls._field_defaults == {"y": 2, "label": "p"}
        assert cls.__doc__ == "A point."
        assert cls.__mro__[1:] == (tuple, object)
    a, b = Ours(1), Theirs(1)
    assert tuple(a) == tuple(b) == (1, 2, "p")
    assert repr(a) == repr(b) == "Point(x=1, y=2, label='p')"
    assert a.total == b.total == 3 and a.moved(2) == b.moved(2) == (3, 2, "p")
    assert a._asdict() == b._asdict()
    assert Ours.__module__ == Theirs.__module__ == __name__
    assert list(Ours.__annotations__) == list(Theirs.__annotations__)


def test_records_of_the_commands_pickle_and_compare_as_tuples() -> None:
    from moodlog.store.content import EntryCounts

    counts = EntryCounts(*range(len(EntryCounts._fields)))
    assert pickle.loads(pickle.dumps(counts)) == counts
    assert isinstance(counts, tuple)


def test_the_same_mistakes_are_refused() -> None:
    for base in (NamedTuple, typing.NamedTuple):
        with pytest.raises(TypeError):
            class Bad(base):  # type: ignore[valid-type,misc]
                x: int = 1
                y: int
        with pytest.raises(AttributeError):
            class Worse(base):  # type: ignore[valid-type,misc]
                x: int

                def _asdict(self) -> dict[str, int]:
                    return {}
