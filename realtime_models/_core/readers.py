"""The flat tier: models read one line per field through typed getters, then finished once.

The hot models (responses, items, content parts, usage) are read by straight-line code written
out field by field; that is the fastest pure Python can do, and it is long. Everything else (audio
formats, MCP objects, errors, most server events) is small and less frequent, and reads like
this instead::

    def _read_audio_pcm(f: AudioPCM, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        f.type = get_str(d, "type", errs)
        f.rate = get_int(d, "rate", errs)

    set_parser(AudioPCM, flat_parser(_read_audio_pcm))

Each getter returns what the model keeps (the value, ``None`` for ``null``, ``UNSET`` for an
absent key) and is typed, so that a type checker checks every assignment. :func:`flat_parser`
makes the reader a ``from_dict``: it makes the object, runs the reader, and finishes (unknown
keys, key order, strict rules, required keys, one ValidationError with every problem).
``Model._dump`` writes any such model back, driven by its wire order.
"""

from __future__ import annotations

from ..errors import ValidationError, ValidationProblem
from .checks import (
    INT_LIMIT,
    INT_MIN,
    as_int,
    as_number,
    as_object,
    as_str,
    child_list,
    copy_json,
    describe,
    prefixed,
)
from .model import Model
from .unset import UNSET

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Type, TypeVar

    from .checks import Errors
    from .unset import Maybe

    _M = TypeVar("_M", bound=Model)
    _C = TypeVar("_C", bound=Model)
    Reader = Callable[[_M, Dict[str, Any], bool, Errors], None]

__all__ = [
    "dump_models",
    "get_int",
    "get_ints",
    "get_json",
    "get_json_object",
    "get_model",
    "get_models",
    "get_number",
    "get_str",
    "read_event",
]


def get_str(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[str]:
    v = d.get(key, UNSET)
    if type(v) is str or v is UNSET:
        return v
    return as_str(v, key, errs)  # type: ignore[no-any-return]


def get_int(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[int]:
    v = d.get(key, UNSET)
    if (type(v) is int and INT_MIN < v < INT_LIMIT) or v is UNSET:
        return v
    return as_int(v, key, errs)  # type: ignore[no-any-return]


def get_number(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[float]:
    """A JSON number: an integer stays an ``int`` (lossless), a float a ``float``."""
    v = d.get(key, UNSET)
    if (type(v) is float and v - v == 0.0) or v is UNSET:
        return v
    return as_number(v, key, errs)  # type: ignore[no-any-return]


def get_ints(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[List[int]]:
    """An array of integers (a token's bytes), copied."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    if type(v) is list:
        for item in v:
            if type(item) is not int or not INT_MIN < item < INT_LIMIT:
                break
        else:
            return v[:]
    out = get_json(d, key, errs)
    if out is UNSET:
        return UNSET
    if type(out) is not list:
        errs.append(ValidationProblem((key,), "expected array, got %s" % describe(out)))
        return UNSET
    failed = False
    for i, item in enumerate(out):
        if type(item) is not int:
            errs.append(ValidationProblem((key, i), "expected integer, got %s" % describe(item)))
            failed = True
    return UNSET if failed else out


def get_json_object(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[Dict[str, Any]]:
    """A JSON object kept as it is (a schema, a session): checked, copied, given back unchanged."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    try:
        copied = copy_json(v if type(v) is dict else as_object(v))
    except ValidationError as e:
        errs.extend(prefixed((key,), e.errors))
        return UNSET
    return copied  # type: ignore[no-any-return]


def get_json(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[Any]:
    """Any JSON value, copied."""
    v = d.get(key, UNSET)
    if v is UNSET:
        return UNSET
    try:
        return copy_json(v)
    except ValidationError as e:
        errs.extend(prefixed((key,), e.errors))
        return UNSET


def get_model(d: Dict[str, Any], key: str, cls: Type[_C], strict: bool, errs: Errors) -> Maybe[_C]:
    """A nested model of class ``cls`` (a union base parses the kind the value names)."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    try:
        return cls._parse(cls, v, strict)  # type: ignore[no-any-return]
    except ValidationError as e:
        errs.extend(prefixed((key,), e.errors))
        return UNSET


def get_models(d: Dict[str, Any], key: str, cls: Type[_C], strict: bool, errs: Errors) -> Maybe[List[_C]]:
    """An array of nested models; every failing item is reported with its index. The hot models
    read their arrays with it too: one call per array, the loop as tight as a parse inlined."""
    v = d.get(key, UNSET)
    if type(v) is list:
        parse = cls._parse
        out = []
        try:
            for item in v:
                out.append(parse(cls, item, strict))
            return out
        except ValidationError:
            pass  # report every failing item, not only the first
    elif v is UNSET or v is None:
        return v
    return child_list(cls, v, key, strict, errs)  # type: ignore[no-any-return]


def dump_models(value: Optional[List[Any]]) -> Optional[List[Dict[str, Any]]]:
    """An array of nested models as ``to_dict`` writes it (``None`` for a ``null``)."""
    return None if value is None else [item._dump() for item in value]


def read_event(event: Any, d: Dict[str, Any], errs: Errors) -> None:
    """The keys every server event has, read the same way for all of them."""
    event.event_id = get_str(d, "event_id", errs)
    event.type = get_str(d, "type", errs)
