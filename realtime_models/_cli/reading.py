"""Reading a JSON Lines log, the same way for both commands: each line read once, into the
object it holds or the problems it has, with one wording for each.

A line longer than :data:`MAX_LINE` is refused without being held whole (a Realtime event is at
most a few MiB: 15 MiB of audio in an append is 20 MiB of base64), so that memory stays bounded
whatever the log holds. A log that is not UTF-8 (UTF-16 or UTF-32, told by its byte-order
mark) is said once, not on every line.
"""

from __future__ import annotations

from typing import IO, Any, Iterator, List, NamedTuple, Optional

from .._core.checks import describe
from .._core.jsontext import loads
from ..errors import ValidationError, ValidationProblem

__all__ = ["MAX_LINE", "Line", "NotUtf8", "log_lines"]

MAX_LINE = 32 * 1024 * 1024
"""The longest line read, in bytes."""

_CHUNK = 1024 * 1024  # what a line too long is skipped by
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class Line(NamedTuple):
    """One line of a log: the object it holds, or why it holds none (neither: a blank line)."""

    number: int
    size: int
    """Its length in bytes, for progress."""
    document: Any
    """The JSON object of the line (a dict), or None."""
    problems: Optional[List[ValidationProblem]]
    """Why the line holds no JSON object, or None."""


class NotUtf8(Exception):
    """The log is in another encoding than UTF-8: its message says which."""


def log_lines(lines: IO[bytes], first: bytes = b"") -> Iterator[Line]:
    """The lines of a JSON Lines log (``first``: a line already read from it), each parsed
    once: a JSON object, or the problems of a line that is not one. Raises :class:`NotUtf8`
    before the first line of a log whose byte-order mark says UTF-16 or UTF-32."""
    number = 0
    head = first or lines.readline(MAX_LINE + 1)
    for mark, name in _BOMS:
        if head.startswith(mark):
            raise NotUtf8("the file is %s, told by its byte-order mark: JSON Lines are UTF-8" % name)
    line: Optional[bytes] = head
    while line:
        number += 1
        size = len(line)
        if size > MAX_LINE and not line.endswith(b"\n"):
            size += _skip_rest(lines)
            problem = ValidationProblem((), "line longer than %d MiB, not read" % (MAX_LINE // (1024 * 1024)))
            yield Line(number, size, None, [problem])
        else:
            text = line.rstrip(b"\r\n")  # so that a decoding error's column is on this line
            yield _parsed(number, size, text) if text.strip() else Line(number, size, None, None)
        line = lines.readline(MAX_LINE + 1)


def _parsed(number: int, size: int, text: bytes) -> Line:
    try:
        document = loads(text)
    except ValidationError as e:
        return Line(number, size, None, e.errors)
    if type(document) is not dict:
        return Line(number, size, None, [ValidationProblem((), "expected object, got %s" % describe(document))])
    return Line(number, size, document, None)


def _skip_rest(lines: IO[bytes]) -> int:
    """Read past the rest of a line too long to hold; how many bytes that was."""
    skipped = 0
    while True:
        chunk = lines.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
