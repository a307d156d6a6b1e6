"""UNSET: the value of a field whose key was absent from the payload."""

from __future__ import annotations

import enum

__all__ = ["ABSENT", "UNSET", "Maybe", "UnsetType"]


class UnsetType(enum.Enum):
    """The type of :data:`UNSET`.

    A one-member enum: the member is a singleton that survives ``copy``, ``deepcopy`` and
    ``pickle`` as itself, and ``x is UNSET`` narrows types under mypy.
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET = UnsetType.UNSET
"""A key that was absent. ``None`` stands for a JSON ``null``, which is another state."""

ABSENT: Any = UNSET
"""UNSET, typed Any: what a hot parser gives the local of a field the key tuple it read lacks,
which later code checks like any value (typed UnsetType, the type checker would call that code
unreachable)."""

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Literal, TypeVar, Union

    _T = TypeVar("_T")

    Maybe = Union[_T, None, UnsetType]
    """``Maybe[str]``: a field that holds a ``str``, ``None`` (JSON ``null``) or ``UNSET`` (absent)."""
else:

    def __getattr__(name: str) -> object:
        # The alias is for type checkers; building it at run time would import typing (several
        # milliseconds), so it is made only for code that asks for it.
        if name == "Maybe":
            from typing import TypeVar, Union

            global Maybe
            Maybe = Union[TypeVar("_T"), None, UnsetType]
            return Maybe
        raise AttributeError("module %r has no attribute %r" % (__name__, name))
