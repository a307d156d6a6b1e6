"""JSON text: read with every failure a ValidationError, worded the same on every Python.

Text that nests deeper than :data:`MAX_TEXT_DEPTH` is refused before it reaches ``json``: the C
scanner recurses once a level, and deep enough text crashes the interpreter instead of raising,
in a thread with a small stack, under a raised recursion limit, or (CPython 3.8) when the
garbage collector runs Python code while the scanner sits at the recursion limit. A document of
a few hundred characters cannot nest that deep; a longer one is checked by counting its
brackets, in C, and only a document with that many brackets has its strings taken out and its
depth measured.
"""

from __future__ import annotations

import sys
from itertools import accumulate

from ..errors import ValidationError, ValidationProblem
from .checks import MAX_DEPTH, describe

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MAX_TEXT_DEPTH", "loads"]

MAX_TEXT_DEPTH = MAX_DEPTH + 32
"""How deep JSON text may nest: the deepest value a model keeps (MAX_DEPTH) inside the deepest
path of models (an event, its response, an item, a part, ...). json parses that much on every
supported Python, even in a thread with a 64 KiB stack."""

_SHALLOW = 2 * MAX_TEXT_DEPTH  # shorter text cannot open more than MAX_TEXT_DEPTH brackets
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}.__getitem__


class _TooDeep(Exception):
    pass


def _too_deep(text: str) -> bool:
    """Whether ``text`` opens more than MAX_TEXT_DEPTH brackets at once, outside its strings."""
    if text.count("[") + text.count("{") <= MAX_TEXT_DEPTH:
        return False  # the common case: two scans in C
    import re  # only for text with that many brackets: most programs never import it for this

    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"?', "", text, flags=re.S)  # an unclosed one: to the end
    brackets = re.sub(r"[^\[\]{}]+", "", without_strings)
    return max(accumulate(map(_STEP, brackets)), default=0) > MAX_TEXT_DEPTH


def loads(text: object) -> Any:
    """``json.loads`` whose every failure is a ValidationError, and which refuses NaN and Infinity."""
    decoder = _decoder or _make_decoder()
    try:
        if type(text) is str:
            if len(text) > _SHALLOW and _too_deep(text):
                raise _TooDeep
            # decode() runs a whitespace regex at each end around raw_decode(); JSON text rarely
            # has blanks there, so try without, and let decode() handle (and word) the rest.
            try:
                value, end = decoder.raw_decode(text)
            except ValueError:
                return decoder.decode(text)
            return value if end == len(text) else decoder.decode(text)
        if isinstance(text, (str, bytes, bytearray)):
            import json

            if not isinstance(text, str):
                text = text.decode(json.detect_encoding(text), "surrogatepass")
            if len(text) > _SHALLOW and _too_deep(text):
                raise _TooDeep
            return decoder.decode(text)
        raise ValidationError([ValidationProblem((), "expected JSON text (str or bytes), got %s" % describe(text))])
    except ValidationError:
        raise
    except Exception as e:
        message = _json_failure(e)
    raise ValidationError([ValidationProblem((), "invalid JSON: " + message)])


# One decoder for every call: json.loads(text, parse_constant=...) would build a new one each time.
_decoder: Any = None


def _make_decoder() -> Any:
    import json

    global _decoder
    _decoder = json.JSONDecoder(parse_constant=_refuse_constant)
    return _decoder


def _json_failure(error: Exception) -> str:
    """What went wrong reading JSON text, worded the same on every Python version."""
    import json

    if isinstance(error, json.JSONDecodeError):
        return "%s at line %d column %d" % (error.msg, error.lineno, error.colno)
    if isinstance(error, UnicodeDecodeError):
        return "text is not UTF-8, UTF-16 or UTF-32 (%s at byte %d)" % (error.reason, error.start)
    if isinstance(error, _TooDeep):
        return "nested deeper than %d levels" % MAX_TEXT_DEPTH
    if isinstance(error, RecursionError):  # less deep than that, under a recursion limit set low
        return "nested too deeply to decode"
    if isinstance(error, _NotJsonConstant):
        return "%s is not allowed in JSON" % error.args[0]
    if isinstance(error, ValueError):  # json's only other ValueError: an integer longer than str->int converts
        return "an integer has more than %d digits" % sys.get_int_max_str_digits()
    raise error  # pragma: no cover - json raises nothing else


class _NotJsonConstant(Exception):
    pass


def _refuse_constant(name: str) -> None:
    raise _NotJsonConstant(name)
