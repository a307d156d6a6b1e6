"""The checks behind every ``from_dict``.

The models' parse functions test each value with an exact-type comparison inline
(``type(v) is str``) and call a helper from here only when that test fails. So a valid payload
never pays for what lives here. A helper either returns the value as the model keeps it (``None``
for ``null``, a plain ``str`` for a ``str`` subclass, a ``dict`` for another mapping) or appends a
:class:`ValidationProblem` to ``errs`` and returns ``UNSET``, so that parsing goes on and reports
every problem at once. Paths are relative to the object being parsed; a parent prefixes its key
while the child's :class:`ValidationError` unwinds.

Strict mode adds a second pass over the built model, driven by a small table of rules per model
(:func:`check_strict`).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping

from ..errors import ValidationError, ValidationProblem, quote_text
from .unset import UNSET

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, FrozenSet, List, NamedTuple, Optional, Tuple, TypeVar

    from ..errors import Path

    _M = TypeVar("_M")
    Errors = List[ValidationProblem]
    Check = Callable[[Any, Path, Errors], None]

    class Rule(NamedTuple):
        """A strict-mode rule for one field."""

        field: str
        """The field's name (its JSON key)."""
        json_type: str
        """Its JSON type, for the message when it is null: ``expected string, got null``."""
        nullable: bool
        """Whether strict mode accepts ``null`` there."""
        check: Optional[Check] = None
        """What else strict mode checks of a value that is not null."""

else:
    # typing.NamedTuple would import typing at run time, which costs more than the whole package.
    Rule = namedtuple("Rule", "field json_type nullable check", defaults=(None,))

__all__ = [
    "INT_LIMIT",
    "INT_MIN",
    "MAX_DEPTH",
    "Errors",
    "Rule",
    "as_bool",
    "as_int",
    "as_int_or_str",
    "as_number",
    "as_object",
    "as_str",
    "as_str_list",
    "as_str_map",
    "between",
    "check_kind",
    "check_required",
    "check_strict",
    "child_list",
    "constant",
    "copy_json",
    "derive_rules",
    "describe",
    "each_one_of",
    "is_array",
    "is_sub",
    "json_type_of",
    "max_output_tokens_bounds",
    "metadata_limits",
    "non_negative",
    "not_empty",
    "one_of",
    "prefixed",
    "string_one_of",
    "unknown_keys",
    "unreadable",
]

MAX_DEPTH = 300
"""How deep a value may nest, in objects and arrays. On Python 3.8 to 3.11, ``json`` and ``==``
spend one level of the interpreter's recursion limit (1,000 by default) on each level of
nesting, and ``pickle`` two; 300 leaves the caller 300 frames of its own, so that every accepted
model can be written by ``to_json``, pickled and compared from deep inside an application
(``deepcopy`` copies JSON values without recursion). It also turns a cyclic Python structure
into a ValidationError instead of a hang."""

_VALUE_SHOWN = 40  # characters of a string value shown in a message


_MAX_DIGITS = 4300
INT_LIMIT = 10**_MAX_DIGITS
"""Integers must be strictly between INT_MIN and INT_LIMIT: at most 4,300 digits, which is what
``json`` encodes and decodes on Python 3.11+ by default. The same bound on every version keeps
every accepted model encodable by ``to_json``."""
INT_MIN = -INT_LIMIT  # precomputed: negating a 4,300-digit integer per check would cost more than the check

_PLAIN_SCALARS: FrozenSet[type] = frozenset((str, bool, type(None)))


# ---------------------------------------------------------------------------------------------
# Showing values in messages: always short, always printable.


def _show(value: object) -> str:
    """A short JSON rendering of a scalar (str, bool, int or float), for 'got ...' in messages."""
    t = type(value)
    if t is str:
        return quote_text(value, _VALUE_SHOWN)  # type: ignore[arg-type]
    if t is bool:
        return "true" if value else "false"
    if t is int:
        # Above 4,300 digits str() raises on 3.11+; long before that it stops being useful.
        if value.bit_length() <= 64:  # type: ignore[attr-defined]
            return str(value)
        sign = "negative " if value < 0 else ""  # type: ignore[operator]
        return "(%s%d-bit integer)" % (sign, value.bit_length())  # type: ignore[attr-defined]
    if value != value:
        return "NaN"
    if value - value != 0.0:  # type: ignore[operator]
        return "Infinity" if value > 0 else "-Infinity"  # type: ignore[operator]
    return repr(value)


def describe(value: object) -> str:
    """What a value is, for 'expected X, got <this>': ``integer 5``, ``array``, ``Python set``."""
    t = type(value)
    if t is str:
        return "string " + _show(value)
    if t is bool:
        return "boolean " + _show(value)
    if t is int:
        return "integer " + _show(value)
    if t is float:
        shown = _show(value)
        return shown if shown[-1] == "N" or shown[-1] == "y" else "number " + shown
    if value is None:
        return "null"
    if t is dict:
        return "object"
    if t is list:
        return "array"
    if value is UNSET:
        return "UNSET"
    name = t.__qualname__
    return "Python " + (name if len(name) <= _VALUE_SHOWN else name[:_VALUE_SHOWN] + "...")


def _expected(path: Path, what: str, value: object) -> ValidationProblem:
    return ValidationProblem(path, "expected %s, got %s" % (what, describe(value)))


def prefixed(prefix: Path, problems: List[ValidationProblem]) -> Errors:
    return [ValidationProblem(prefix + p.path, p.message) for p in problems]


def is_sub(value: object, base: type) -> bool:
    """``isinstance`` that a hostile ``__class__`` cannot fool; ``bool`` is not an integer here."""
    t = type(value)
    return issubclass(t, base) and not issubclass(t, bool)


# ---------------------------------------------------------------------------------------------
# Lenient checks, one per JSON type. Each is called only when the inline exact-type test failed,
# and never with UNSET.


def as_object(data: object) -> Dict[Any, Any]:
    """A JSON object as a plain ``dict``: any other mapping is copied; the rest is refused."""
    try:
        if isinstance(data, Mapping):
            return dict(data)
    except Exception:  # a mapping that cannot be read is refused like any non-object
        pass
    raise ValidationError([_expected((), "object", data)])


def as_str(value: object, key: str, errs: Errors) -> Any:
    if value is None:
        return None
    if is_sub(value, str):
        return str.__str__(value)
    errs.append(_expected((key,), "string", value))
    return UNSET


def as_bool(value: object, key: str, errs: Errors) -> Any:
    if value is None:
        return None
    errs.append(_expected((key,), "boolean", value))
    return UNSET


def as_int(value: object, key: str, errs: Errors) -> Any:
    if value is None:
        return None
    if is_sub(value, int):
        return _int(value, (key,), errs)
    errs.append(_expected((key,), "integer", value))
    return UNSET


def _int(value: object, path: Path, errs: Errors) -> Any:
    """A plain ``int`` from an ``int`` (or subclass), if json can encode it."""
    number = int.__index__(value)  # type: ignore[arg-type]
    if INT_MIN < number < INT_LIMIT:
        return number
    message = "expected an integer of at most %d digits, got %s" % (_MAX_DIGITS, _show(number))
    errs.append(ValidationProblem(path, message))
    return UNSET


def as_number(value: object, key: str, errs: Errors) -> Any:
    if value is None:
        return None
    if is_sub(value, int):
        return _int(value, (key,), errs)
    if is_sub(value, float):
        number = float.__float__(value)  # type: ignore[arg-type]
        if number - number == 0.0:
            return number
    errs.append(_expected((key,), "number", value))
    return UNSET


def as_int_or_str(value: object, key: str, errs: Errors) -> Any:
    if value is None:
        return None
    if is_sub(value, int):
        return _int(value, (key,), errs)
    if is_sub(value, str):
        return str.__str__(value)
    errs.append(_expected((key,), 'integer or "inf"', value))
    return UNSET


def as_str_list(value: object, key: str, errs: Errors) -> Any:
    """An array of strings, copied (never called with ``None``: that is kept as it is)."""
    if type(value) is list:
        for item in value:
            if type(item) is not str:
                break
        else:
            return value[:]
    if not is_sub(value, list):
        errs.append(_expected((key,), "array", value))
        return UNSET
    out: List[str] = []
    failed = False
    for i, item in enumerate(value):  # type: ignore[arg-type]
        if is_sub(item, str):
            out.append(str.__str__(item))
        else:
            errs.append(_expected((key, i), "string", item))
            failed = True
    return UNSET if failed else out


def as_str_map(value: object, key: str, errs: Errors) -> Any:
    """An object whose values are all strings (``metadata``), copied (never called with ``None``)."""
    if type(value) is dict:
        for k, item in value.items():
            if type(item) is not str or type(k) is not str:
                break
        else:
            return dict(value)
    try:
        mapping = value if type(value) is dict else as_object(value)
    except ValidationError:
        errs.append(_expected((key,), "object", value))
        return UNSET
    out: Dict[str, str] = {}
    failed = False
    for k, item in mapping.items():
        if not is_sub(k, str):
            errs.append(ValidationProblem((key,), "object keys must be strings, got %s" % describe(k)))
            failed = True
            continue
        k = str.__str__(k)
        if is_sub(item, str):
            out[k] = str.__str__(item)
        else:
            errs.append(_expected((key, k), "string", item))
            failed = True
    return UNSET if failed else out


def unreadable(error: Exception) -> ValidationError:
    """What any input that makes a dict operation raise becomes (a key whose ``__eq__`` raises,
    a mapping whose ``keys()`` does): the parse functions catch it at no cost on the success path."""
    return ValidationError([ValidationProblem((), "could not read the input (%s)" % type(error).__name__)])


def child_list(cls: Any, value: object, key: str, strict: bool, errs: Errors) -> Any:
    """An array of nested models, each item's problems reported with its index.

    The flat models read their arrays with it; the hot models parse a plain list themselves and
    call this when an item fails (to report every failing item, not only the first) or when the
    value is not a plain list.
    """
    if not is_sub(value, list):
        errs.append(_expected((key,), "array", value))
        return UNSET
    out: List[Any] = []
    failed = False
    parse = cls._parse
    item: object
    for i, item in enumerate(value):  # type: ignore[arg-type]
        try:
            out.append(parse(cls, item, strict))
        except ValidationError as e:
            errs.extend(prefixed((key, i), e.errors))
            failed = True
    return UNSET if failed else out


# ---------------------------------------------------------------------------------------------
# Keys the model does not know: kept (lenient) or refused (strict).


def unknown_keys(
    data: Dict[Any, Any], known: FrozenSet[str], strict: bool, errs: Errors, allowed: Tuple[str, ...] = ()
) -> Dict[str, Any]:
    """The keys a model does not know, kept (lenient) or refused (strict), except ``allowed``:
    keys an official example shows that the schema does not have, kept in strict mode too."""
    extra: Dict[str, Any] = {}
    for key, value in data.items():
        if key in known:
            continue
        if type(key) is not str:
            if not is_sub(key, str):
                errs.append(ValidationProblem((), "object keys must be strings, got %s" % describe(key)))
                continue
            key = str.__str__(key)
        if strict and key not in allowed:
            errs.append(ValidationProblem((key,), "unknown key"))
            continue
        try:
            extra[key] = copy_json(value)
        except ValidationError as e:
            errs.extend(prefixed((key,), e.errors))
    return extra


def copy_json(value: object) -> Any:
    """A deep copy of a JSON value, or ValidationError naming every part that is not JSON.

    JSON here is what ``json.loads`` returns: ``dict`` with ``str`` keys, ``list``, ``str``,
    ``int``, finite ``float``, ``bool`` and ``None``. Other mappings and subclasses of those types
    are converted to them; anything else (tuples, sets, bytes, NaN, arbitrary objects) is refused.
    The first levels are copied by recursion (at most eight Python frames), the rest on a stack
    of the walk's own, so depth costs no more frames; the walks stop at :data:`MAX_DEPTH`, which
    also ends a walk around a cyclic structure.
    """
    t = type(value)
    if t is not dict and t is not list and _is_plain(value):
        return value
    try:
        return _copy_near(value, 0)
    except _NotPlain:
        return _copy_checked(value)


class _NotPlain(Exception):
    """Something that is not what json.loads makes: the checked copy converts or reports it."""


# How many levels _copy_near copies by recursion before it hands a subtree to _copy_plain's
# stack: the schemas and arguments payloads carry are a few levels deep, and a call a level costs
# less than the stack's tuples; the bound keeps the Python frames few whatever the depth.
_NEAR_LEVELS = 8


def _copy_near(value: Any, depth: int) -> Any:
    """copy_json for what json.loads makes, the first levels by recursion: no paths kept.

    An object and an array each have their own loop: one loop over either (the keys checked
    apart) copied a small schema 9% slower."""
    if depth >= _NEAR_LEVELS:
        return _copy_plain(value, depth)
    if type(value) is dict:
        new: Any = value.copy()
        for key, item in new.items():
            if type(key) is not str:
                raise _NotPlain
            t = type(item)
            if t is dict or t is list:
                new[key] = _copy_near(item, depth + 1)  # a value replaced, no key added: safe mid-walk
            elif not (
                t is str
                or t is bool
                or item is None
                or (t is int and INT_MIN < item < INT_LIMIT)
                or (t is float and item - item == 0.0)
            ):
                raise _NotPlain
        return new
    if type(value) is list:
        new = value[:]
        for index, item in enumerate(new):
            t = type(item)
            if t is dict or t is list:
                new[index] = _copy_near(item, depth + 1)
            elif not (
                t is str
                or t is bool
                or item is None
                or (t is int and INT_MIN < item < INT_LIMIT)
                or (t is float and item - item == 0.0)
            ):
                raise _NotPlain
        return new
    raise _NotPlain


def _copy_plain(value: Any, depth: int) -> Any:
    """copy_json for what json.loads makes below _copy_near's levels, on a stack of its own: no
    paths kept. ``depth`` is the level ``value`` sits at."""
    root = [value]
    stack: List[Tuple[Any, Any, int]] = [(root, 0, depth)]
    pop = stack.pop
    push = stack.append
    while stack:
        holder, slot, depth = pop()
        node = holder[slot]
        if depth >= MAX_DEPTH:
            raise _NotPlain
        depth += 1
        if type(node) is dict:
            new: Any = node.copy()
            for key, item in new.items():
                if type(key) is not str:
                    raise _NotPlain
                t = type(item)
                if t is dict or t is list:
                    push((new, key, depth))
                elif not (
                    t is str
                    or t is bool
                    or item is None
                    or (t is int and INT_MIN < item < INT_LIMIT)
                    or (t is float and item - item == 0.0)
                ):
                    raise _NotPlain
        else:  # a list: _copy_near and this walk put nothing else on the stack
            new = node[:]
            for index, item in enumerate(new):
                t = type(item)
                if t is dict or t is list:
                    push((new, index, depth))
                elif not (
                    t is str
                    or t is bool
                    or item is None
                    or (t is int and INT_MIN < item < INT_LIMIT)
                    or (t is float and item - item == 0.0)
                ):
                    raise _NotPlain
        holder[slot] = new
    return root[0]


def _copy_checked(value: object) -> Any:
    """copy_json for the rest: converts what is JSON in disguise, and reports every other part
    with its path."""
    errs: Errors = []
    root: List[Any] = [value]
    stack: List[Tuple[Any, Any, Path]] = [(root, 0, ())]
    while stack:
        holder, slot, path = stack.pop()
        node = holder[slot]
        t = type(node)
        if t is not dict and t is not list:
            node = _json_other(node, path, errs)
            t = type(node)
            if t is not dict and t is not list:
                holder[slot] = node
                continue
        if len(path) >= MAX_DEPTH:
            errs.append(ValidationProblem(path, "nested deeper than %d levels" % MAX_DEPTH))
            holder[slot] = None
            continue
        if t is dict:
            new: Any = dict(node)
            for k in new:
                if type(k) is not str:
                    new = _string_keys(new, path, errs)
                    break
            for k, item in new.items():
                if not _is_plain(item):
                    stack.append((new, k, path + (k,)))
        else:
            new = node[:]
            for i, item in enumerate(new):
                if not _is_plain(item):
                    stack.append((new, i, path + (i,)))
        holder[slot] = new
    if errs:
        raise ValidationError(errs)
    return root[0]


def _is_plain(value: Any) -> bool:
    """A scalar json.loads could have made, and json.dumps can write: nothing to convert or refuse."""
    t = type(value)
    if t is int:
        return INT_MIN < value < INT_LIMIT  # type: ignore[no-any-return]
    return t in _PLAIN_SCALARS or (t is float and value - value == 0.0)


def _json_other(value: object, path: Path, errs: Errors) -> Any:
    """Convert what is JSON in disguise (a mapping, a subclass); refuse the rest."""
    if is_sub(value, str):
        return str.__str__(value)
    if is_sub(value, int):
        return _int(value, path, errs)
    if is_sub(value, float):
        number = float.__float__(value)  # type: ignore[arg-type]
        if number - number == 0.0:
            return number
    elif is_sub(value, list):
        return list(value)  # type: ignore[call-overload]
    else:
        try:
            return as_object(value)
        except ValidationError:
            pass
    errs.append(_expected(path, "a JSON value", value))
    return None


def _string_keys(data: Dict[Any, Any], path: Path, errs: Errors) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for key, value in data.items():
        if type(key) is str:
            out[key] = value
        elif is_sub(key, str):
            out[str.__str__(key)] = value
        else:
            errs.append(ValidationProblem(path, "object keys must be strings, got %s" % describe(key)))
    return out


# ---------------------------------------------------------------------------------------------
# Strict mode: a pass over the built model, one table of rules per model.


def check_strict(model: object, rules: Tuple[Rule, ...], errs: Errors) -> None:
    for rule in rules:
        value = getattr(model, rule.field)
        if value is UNSET:
            continue
        if value is None:
            if not rule.nullable:
                errs.append(ValidationProblem((rule.field,), "expected %s, got null" % rule.json_type))
        elif rule.check is not None:
            rule.check(value, (rule.field,), errs)


def is_array(value: Any, path: Path, errs: Errors) -> None:
    """Strict mode: a JSON value kept as it is (read with ``get_json``) that must be an array."""
    if type(value) is not list:
        errs.append(_expected(path, "array", value))


def check_kind(model: Any, kind: Any, errs: Errors) -> None:
    """Strict mode: a class that parses one kind of a union (one event type, one audio format)
    names that kind once, as ``_kind``; its ``type`` must say the same, and for a message kind
    (``("message", "user")``) its ``role`` too."""
    for key, expected in (("type", kind),) if type(kind) is str else zip(("type", "role"), kind):
        value = getattr(model, key)
        if value is not UNSET and value is not None and value != expected:
            errs.append(ValidationProblem((key,), 'expected "%s", got %s' % (expected, _show(value))))


# What a field's annotation says its JSON type is, for strict mode's "expected X, got null". A
# model class stands for an object. The API's only integer-or-string fields take "inf".
_JSON_TYPES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "List": "array",
    "Dict": "object",
    "Any": "JSON value",
    "Union[int, str]": 'integer or "inf"',
}


def json_type_of(annotation: str) -> str:
    """The JSON type of a field annotated ``annotation`` (the text: ``Maybe[List[str]]``)."""
    inner = annotation[6:-1] if annotation.startswith("Maybe[") else annotation
    found = _JSON_TYPES.get(inner) or _JSON_TYPES.get(inner.split("[", 1)[0])
    if found is not None:
        return found
    if inner.startswith("Union["):  # a string or an object, an array or an object, ...
        members, depth, start = [], 0, 6
        for i, char in enumerate(inner[6:-1], 6):  # split at the commas outside brackets
            depth += (char == "[") - (char == "]")
            if char == "," and depth == 0:
                members.append(inner[start:i])
                start = i + 1
        members.append(inner[start:-1])
        return " or ".join(json_type_of(member.strip()) for member in members)
    return "object"


def derive_rules(annotations: Dict[str, str], nullable: Tuple[str, ...], checks: Dict[str, Check]) -> Tuple[Rule, ...]:
    """Strict mode's rules of a model class, made once when the class is defined: each field's
    JSON type from its annotation; ``null`` refused unless the class allows it (``_nullable``; a
    field that holds any JSON value allows it by nature); what else the class checks
    (``_checks``: ranges, closed lists)."""
    unknown = set(nullable).union(checks).difference(annotations)
    if unknown:
        raise TypeError("_nullable or _checks names no field: %s" % ", ".join(sorted(unknown)))
    rules = []
    for name, annotation in annotations.items():
        json_type = json_type_of(annotation)
        rules.append(Rule(name, json_type, name in nullable or json_type == "JSON value", checks.get(name)))
    return tuple(rules)


def check_required(data: Dict[Any, Any], required: Tuple[str, ...], errs: Errors) -> None:
    """Strict mode: the keys a kind of object must have in its input (a streamed item arrives
    half-built, so lenient mode never insists). A key that is there with a wrong value is
    reported for its value, not as missing."""
    for name in required:
        if name not in data:
            errs.append(ValidationProblem((name,), "required key is missing"))


def one_of(values: Tuple[Any, ...]) -> Check:
    known = frozenset(values)
    listed = ", ".join(map(str, values))

    def check(value: Any, path: Path, errs: Errors) -> None:
        if value not in known:
            errs.append(ValidationProblem(path, "expected one of %s; got %s" % (listed, _show(value))))

    return check


def string_one_of(values: Tuple[str, ...]) -> Check:
    """``one_of`` for a field that holds a string or an object: checks the string form only
    (a tool choice's mode, a truncation strategy); the object is checked by its own class."""
    check_one = one_of(values)

    def check(value: Any, path: Path, errs: Errors) -> None:
        if type(value) is str:
            check_one(value, path, errs)

    return check


def not_empty(value: Any, path: Path, errs: Errors) -> None:
    """An array the API wants at least one item in (``languages``, ``allowed_callers``)."""
    if not value:
        errs.append(ValidationProblem(path, "expected at least one item, got an empty array"))


def each_one_of(values: Tuple[str, ...], at_least_one: bool = False) -> Check:
    check_one = one_of(values)

    def check(value: Any, path: Path, errs: Errors) -> None:
        if at_least_one:
            not_empty(value, path, errs)
        for i, item in enumerate(value):
            check_one(item, path + (i,), errs)

    return check


def constant(expected: str) -> Check:
    def check(value: Any, path: Path, errs: Errors) -> None:
        if value != expected:
            errs.append(ValidationProblem(path, 'expected "%s", got %s' % (expected, _show(value))))

    return check


def between(low: float, high: float) -> Check:
    def check(value: Any, path: Path, errs: Errors) -> None:
        if not low <= value <= high:
            errs.append(ValidationProblem(path, "expected a number from %s to %s, got %s" % (low, high, _show(value))))

    return check


def max_output_tokens_bounds(value: Any, path: Path, errs: Errors) -> None:
    if value == "inf" if type(value) is str else 1 <= value <= 4096:
        return
    errs.append(ValidationProblem(path, 'expected an integer from 1 to 4096 or "inf", got %s' % _show(value)))


def non_negative(value: Any, path: Path, errs: Errors) -> None:
    if value < 0:
        errs.append(ValidationProblem(path, "expected a non-negative integer, got %s" % _show(value)))


def metadata_limits(value: Any, path: Path, errs: Errors) -> None:
    if len(value) > 16:
        errs.append(ValidationProblem(path, "expected at most 16 keys, got %d" % len(value)))
    for key, item in value.items():
        if len(key) > 64:
            errs.append(ValidationProblem(path + (key,), "key longer than 64 characters (%d)" % len(key)))
        if len(item) > 512:
            errs.append(ValidationProblem(path + (key,), "value longer than 512 characters (%d)" % len(item)))
