"""The typed readers: one per JSON shape a field can have, each returning what the model keeps.

A flat model (audio formats, MCP objects, errors, most server events, the session configuration)
reads one line per field in its own ``_read``::

    @model
    class AudioPCM(RealtimeAudioFormats):
        type: Maybe[str] = UNSET
        rate: Maybe[int] = UNSET
        extra: Dict[str, Any] = field(default_factory=dict)

        def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
            self.type = get_str(d, "type", errs)
            self.rate = get_int(d, "rate", errs)

and ``Model.from_dict`` does the rest once (unknown keys, key order, strict rules, required keys,
one ValidationError with every problem). Each reader returns the value, ``None`` for ``null`` or
``UNSET`` for an absent key, or reports a problem and returns ``UNSET``; each is typed, so that a
type checker catches a reader that does not match its field. The hot models read nested models
and arrays through the same readers, and their scalars inline.
"""

from __future__ import annotations

import binascii
from collections.abc import Mapping

from ..errors import ValidationError, ValidationProblem
from .checks import (
    INT_LIMIT,
    INT_MIN,
    as_bool,
    as_int,
    as_int_or_str,
    as_number,
    as_object,
    as_str,
    as_str_list,
    as_str_map,
    child_list,
    copy_json,
    describe,
    is_sub,
    prefixed,
)
from .model import PARSERS, Model
from .unset import UNSET

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Type, TypeVar, Union

    from ..errors import Path
    from .checks import Errors
    from .unset import Maybe

    _C = TypeVar("_C", bound=Model)

__all__ = [
    "audio_bytes",
    "get_bool",
    "get_int",
    "get_int_or_inf",
    "get_ints",
    "get_json",
    "get_json_object",
    "get_list_or_model",
    "get_model",
    "get_models",
    "get_number",
    "get_str",
    "get_str_list",
    "get_str_map",
    "get_str_or_model",
    "read_event",
]


def get_str(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[str]:
    v = d.get(key, UNSET)
    if type(v) is str or v is UNSET:
        return v
    return as_str(v, key, errs)  # type: ignore[no-any-return]


def get_bool(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[bool]:
    v = d.get(key, UNSET)
    if type(v) is bool or v is UNSET:
        return v
    return as_bool(v, key, errs)  # type: ignore[no-any-return]


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


def get_int_or_inf(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[Union[int, str]]:
    """An integer, or the string ``"inf"`` (a token limit); strict mode checks which string."""
    v = d.get(key, UNSET)
    if type(v) is str or (type(v) is int and INT_MIN < v < INT_LIMIT) or v is UNSET:
        return v
    return as_int_or_str(v, key, errs)  # type: ignore[no-any-return]


def get_str_list(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[List[str]]:
    """An array of strings, copied."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    return as_str_list(v, key, errs)  # type: ignore[no-any-return]


def get_str_map(d: Dict[str, Any], key: str, errs: Errors) -> Maybe[Dict[str, str]]:
    """An object whose values are all strings (``metadata``, HTTP ``headers``), copied."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    return as_str_map(v, key, errs)  # type: ignore[no-any-return]


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
        return PARSERS[cls](cls, v, strict)  # type: ignore[no-any-return]
    except ValidationError as e:
        errs.extend(prefixed((key,), e.errors))
        return UNSET


def get_models(d: Dict[str, Any], key: str, cls: Type[_C], strict: bool, errs: Errors) -> Maybe[List[_C]]:
    """An array of nested models; every failing item is reported with its index. The hot models
    read their arrays with it too: one call per array, the loop as tight as a parse inlined."""
    v = d.get(key, UNSET)
    if type(v) is list:
        parse = PARSERS[cls]
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


def get_str_or_model(d: Dict[str, Any], key: str, cls: Type[_C], strict: bool, errs: Errors) -> Maybe[Union[str, _C]]:
    """A string, or an object parsed as ``cls``: a voice or its id object, ``"auto"`` or a tracing
    configuration, a tool choice's mode or the tool it names."""
    v = d.get(key, UNSET)
    if type(v) is str or v is UNSET or v is None:
        return v
    if is_sub(v, str):
        return str.__str__(v)
    if type(v) is not dict and not isinstance(v, Mapping):
        errs.append(ValidationProblem((key,), "expected string or object, got %s" % describe(v)))
        return UNSET
    return get_model(d, key, cls, strict, errs)


def get_list_or_model(
    d: Dict[str, Any], key: str, cls: Type[_C], strict: bool, errs: Errors
) -> Maybe[Union[List[str], _C]]:
    """An array of strings, or an object parsed as ``cls``: an MCP tool's ``allowed_tools``, a
    list of tool names or a filter."""
    v = d.get(key, UNSET)
    if v is UNSET or v is None:
        return v
    if is_sub(v, list):
        return as_str_list(v, key, errs)  # type: ignore[no-any-return]
    if type(v) is not dict and not isinstance(v, Mapping):
        errs.append(ValidationProblem((key,), "expected array or object, got %s" % describe(v)))
        return UNSET
    return get_model(d, key, cls, strict, errs)


def read_event(event: Any, d: Dict[str, Any], errs: Errors) -> None:
    """The keys every server event has, read the same way for all of them."""
    event.event_id = get_str(d, "event_id", errs)
    event.type = get_str(d, "type", errs)


def audio_bytes(text: object, path: Path = ("audio",)) -> bytes:
    """The bytes that base64 ``text`` encodes; ``ValidationError`` (at ``path``) when it is not
    a string of base64 (only its alphabet, padded right)."""
    if type(text) is not str:
        got = "no value" if text is UNSET else describe(text)
        raise ValidationError([ValidationProblem(path, "expected base64 text, got %s" % got)])
    try:
        return binascii.a2b_base64(text.encode("ascii")) if _is_base64(text) else _not_base64()
    except (ValueError, binascii.Error):
        raise ValidationError([ValidationProblem(path, "not base64 text")]) from None


def _is_base64(text: str) -> bool:
    """Whether ``text`` is base64 as the API sends it: its alphabet only, in groups of four,
    with at most two ``=`` at the end (what ``a2b_base64`` alone would let through: other
    characters, skipped)."""
    body = text.rstrip("=")
    return len(text) % 4 == 0 and len(text) - len(body) <= 2 and not body.strip(_ALPHABET)


def _not_base64() -> bytes:
    raise ValueError("not base64")


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
