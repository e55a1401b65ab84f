"""``class X(NamedTuple)`` without importing ``typing`` (issue 22: every headless command).

``typing`` takes a few milliseconds to import, as long as the rest of ``moodlog info``'s own
modules together; the records those commands pass around are NamedTuples. At run time this
``NamedTuple`` builds the same class that ``typing.NamedTuple`` builds, the same way (CPython's
``NamedTupleMeta``): ``collections.namedtuple`` with the annotated fields and their defaults,
then the class body's methods, properties and docstring. Type checkers see typing's:

    TYPE_CHECKING = False
    if TYPE_CHECKING:
        from typing import NamedTuple
    else:
        from moodlog.named_tuple import NamedTuple
"""

import sys
from collections import namedtuple

#: What a class body may not set, and what it sets that is not copied (as in typing).
_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class _Meta(type):
    def __new__(mcls, typename, bases, ns):  # type: ignore[no-untyped-def]  # noqa: N804
        if not bases:  # NamedTuple itself
            return super().__new__(mcls, typename, bases, ns)
        if bases != (NamedTuple,):
            raise TypeError("can only inherit from a NamedTuple type")
        types = ns.get("__annotations__", {})
        defaults = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''}")
        cls = namedtuple(typename, list(types), defaults=defaults, module=ns["__module__"])
        cls.__annotations__ = cls.__new__.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in cls._fields:
                setattr(cls, key, value)
        return cls


class NamedTuple(metaclass=_Meta):
    """Subclass it as ``typing.NamedTuple`` (class syntax only)."""


if sys.version_info >= (3, 14):  # annotations evaluated lazily (PEP 649): typing's own
    from typing import NamedTuple  # noqa: F811
