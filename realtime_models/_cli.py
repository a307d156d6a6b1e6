"""``python -m realtime_models validate``: check recorded payloads and session logs, line by line."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from typing import IO, Any, List, Optional, Sequence, Tuple

from ._model import loads
from .content import RealtimeConversationItemContent
from .errors import ValidationError, ValidationProblem, format_path
from .item import RealtimeConversationItem
from .literals import CONTENT_TYPES, ITEM_TYPES
from .response import RealtimeResponse

__all__ = ["main"]

_DESCRIPTION = """\
Check Realtime API payloads against the beta models.

A document is a server event or a bare response, item or content part. Events that carry a model
are checked (response.created and response.done carry a response; response.output_item.* and
conversation.item.created/added/done/retrieved an item; response.content_part.* a part); the
other server events are recognised and counted as skipped.
"""

_VALIDATE_HELP = """\
PATH is a .json file (one document, or an array of documents), a .jsonl file (one document per
line), or - for standard input (JSON Lines, or one JSON document when it starts with [ or does
not parse line by line). Each problem prints as PATH:LINE: JSON-PATH: message (PATH:LINE[INDEX]
for a document in an array), at most 20 per document, and one summary line closes the run.
Exit status: 0 if every document checked is valid, 1 if any is invalid, 2 for a usage error, a
file that cannot be read or output that cannot be written.
"""

_PROGRESS_BYTES = 64 * 1024 * 1024  # inputs at least this large show progress on a terminal
_PROGRESS_EVERY = 0.5  # seconds between progress updates
_PROBLEMS_SHOWN = 20  # problems printed per document; the rest are counted
_BROKEN_PIPE = 141  # what a Unix tool killed by SIGPIPE exits with (128 + 13)

# Every server event type of the beta and GA protocols, with the key and model of the payload
# this command checks (None: recognised, not checked yet).
_CARRIED = {
    "response.created": ("response", RealtimeResponse),
    "response.done": ("response", RealtimeResponse),
    "response.output_item.added": ("item", RealtimeConversationItem),
    "response.output_item.done": ("item", RealtimeConversationItem),
    "conversation.item.created": ("item", RealtimeConversationItem),
    "conversation.item.added": ("item", RealtimeConversationItem),
    "conversation.item.done": ("item", RealtimeConversationItem),
    "conversation.item.retrieved": ("item", RealtimeConversationItem),
    "response.content_part.added": ("part", RealtimeConversationItemContent),
    "response.content_part.done": ("part", RealtimeConversationItemContent),
}
_OTHER_EVENTS = frozenset(
    (
        "error",
        "session.created",
        "session.updated",
        "transcription_session.updated",
        "conversation.created",
        "conversation.item.deleted",
        "conversation.item.truncated",
        "conversation.item.input_audio_transcription.completed",
        "conversation.item.input_audio_transcription.delta",
        "conversation.item.input_audio_transcription.failed",
        "conversation.item.input_audio_transcription.segment",
        "input_audio_buffer.cleared",
        "input_audio_buffer.committed",
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.timeout_triggered",
        "input_audio_buffer.dtmf_event_received",
        "output_audio_buffer.started",
        "output_audio_buffer.stopped",
        "output_audio_buffer.cleared",
        "rate_limits.updated",
        "response.text.delta",
        "response.text.done",
        "response.audio.delta",
        "response.audio.done",
        "response.audio_transcript.delta",
        "response.audio_transcript.done",
        "response.output_text.delta",
        "response.output_text.done",
        "response.output_audio.delta",
        "response.output_audio.done",
        "response.output_audio_transcript.delta",
        "response.output_audio_transcript.done",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.mcp_call_arguments.delta",
        "response.mcp_call_arguments.done",
        "response.mcp_call.in_progress",
        "response.mcp_call.completed",
        "response.mcp_call.failed",
        "mcp_list_tools.in_progress",
        "mcp_list_tools.completed",
        "mcp_list_tools.failed",
    )
)
_RESPONSE_ONLY = frozenset(("output", "usage", "status_details", "modalities", "voice", "conversation_id", "metadata"))
_ITEM_ONLY = frozenset(("role", "content", "call_id", "arguments", "name"))


def main(argv: Optional[Sequence[str]] = None) -> int:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="python -m realtime_models",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version="realtime_models %s" % __version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="check .json/.jsonl payloads and session logs",
        description=_DESCRIPTION + "\n" + _VALIDATE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument(
        "--strict", action="store_true", help="apply strict mode (unknown keys and values are problems)"
    )
    validate.add_argument("-q", "--quiet", action="store_true", help="print only the summary line, not each problem")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="a .json or .jsonl file, or - for standard input")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    _escape_what_cannot_be_encoded()
    return _Validator(strict=args.strict, quiet=args.quiet).run(args.paths)


def _escape_what_cannot_be_encoded() -> None:
    """Problems quote the input, which may hold any character: an ASCII or cp1252 terminal (or
    redirected output on Windows) gets escapes instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


class _OutputFailed(Exception):
    """Writing to standard output failed: the command stops (see _Validator.run)."""


class _Validator:
    def __init__(self, *, strict: bool, quiet: bool) -> None:
        self.strict = strict
        self.quiet = quiet
        self.checked = self.valid = self.invalid = self.skipped = 0
        self.out = sys.stdout
        self.progress = sys.stderr.isatty()
        self.progress_shown = False

    def run(self, paths: Sequence[str]) -> int:
        unreadable = False
        try:
            for path in paths:
                try:
                    self._check_path(path)
                except OSError as e:
                    self._clear_progress()
                    print("%s: cannot read: %s" % (path, e.strerror or e), file=sys.stderr)
                    unreadable = True
            self._write(
                "%d checked: %d valid, %d invalid, %d skipped\n"
                % (self.checked, self.valid, self.invalid, self.skipped)
            )
            self._flush()
        except _OutputFailed as e:
            return self._output_failed(e.__cause__)
        if unreadable:
            return 2
        return 1 if self.invalid else 0

    def _output_failed(self, error: Optional[BaseException]) -> int:
        # Nothing more goes to standard output, not even the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError, AttributeError):  # not a real file: nothing to flush
            os.dup2(devnull, self.out.fileno())
        os.close(devnull)
        if isinstance(error, BrokenPipeError):
            return _BROKEN_PIPE  # the reader went away, as with `| head`: quietly
        reason = getattr(error, "strerror", None) or error
        print("<stdout>: cannot write: %s" % reason, file=sys.stderr)
        return 2

    def _write(self, text: str) -> None:
        try:
            self.out.write(text)
        except OSError as e:
            raise _OutputFailed from e

    def _flush(self) -> None:
        try:
            self.out.flush()
        except OSError as e:
            raise _OutputFailed from e

    def _check_path(self, path: str) -> None:
        if path == "-":
            self._check_stdin()
        elif path.lower().endswith(".json"):
            with open(path, "rb") as f:
                self._check_text(path, 1, f.read(), whole=True)
        else:
            with open(path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                self._check_lines(path, f, size if size >= _PROGRESS_BYTES else None)

    def _check_stdin(self) -> None:
        """JSON Lines, unless the input is one JSON document: it starts with ``[``, or its first
        line is not a JSON value of its own (a document printed over several lines)."""
        stream = sys.stdin.buffer
        first = stream.readline()
        while first and not first.strip():
            first = stream.readline()
        head = first.lstrip()[:1]
        if head == b"[" or (head and not _parses(first)):
            self._check_text("<stdin>", 1, first + stream.read(), whole=True)
        else:
            self._check_lines("<stdin>", _chain(first, stream), None)

    def _check_lines(self, name: str, lines: Any, size: Optional[int]) -> None:
        show = self.progress and (size is not None or name == "<stdin>")
        done = 0
        next_report = time.monotonic() + _PROGRESS_EVERY
        for number, line in enumerate(lines, 1):
            done += len(line)
            line = line.rstrip(b"\r\n")  # so that a decoding error's column is on this line
            if line.strip():
                self._check_text(name, number, line)
            if show and number % 1024 == 0 and time.monotonic() >= next_report:
                next_report = time.monotonic() + _PROGRESS_EVERY
                self._report_progress(name, number, done, size)
        if show:
            sys.stderr.write("\r\033[K")
            self.progress_shown = False

    def _report_progress(self, name: str, lines: int, done: int, size: Optional[int]) -> None:
        if size:
            sys.stderr.write("\r%s: %d lines, %.0f%%" % (name, lines, 100.0 * done / size))
        else:
            sys.stderr.write("\r%s: %d lines" % (name, lines))
        sys.stderr.flush()
        self.progress_shown = True

    def _clear_progress(self) -> None:
        if self.progress_shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.progress_shown = False

    def _check_text(self, name: str, line: int, text: bytes, whole: bool = False) -> None:
        """Check one document, or each document of an array when ``text`` is a whole file."""
        try:
            document = loads(text)
        except ValidationError as e:
            self._report("%s:%d" % (name, line), [((), p) for p in e.errors])
            return
        if whole and type(document) is list:
            for index, each in enumerate(document):
                self._check_document("%s:%d[%d]" % (name, line, index), each)
        else:
            self._check_document("%s:%d" % (name, line), document)

    def _check_document(self, where: str, document: Any) -> None:
        problems: List[Tuple[Tuple[Any, ...], ValidationProblem]] = []
        try:
            found = _payload(document)
            if found is None:
                self.skipped += 1
                return
            prefix, cls, payload = found
            try:
                cls.from_dict(payload, strict=self.strict)
            except ValidationError as e:
                problems = [(prefix, p) for p in e.errors]
        except ValidationError as e:  # not a document this command knows
            problems = [((), p) for p in e.errors]
        self._report(where, problems)

    def _report(self, where: str, problems: List[Tuple[Tuple[Any, ...], ValidationProblem]]) -> None:
        self.checked += 1
        if not problems:
            self.valid += 1
            return
        self.invalid += 1
        if self.quiet:
            return
        if self.progress_shown and self.out.isatty():
            self._clear_progress()
        lines = [
            "%s: %s: %s\n" % (where, format_path(prefix + problem.path), problem.message)
            for prefix, problem in problems[:_PROBLEMS_SHOWN]
        ]
        hidden = len(problems) - _PROBLEMS_SHOWN
        if hidden > 0:
            lines.append("%s: ... and %d more problem%s\n" % (where, hidden, "" if hidden == 1 else "s"))
        self._write("".join(lines))


def _parses(line: bytes) -> bool:
    try:
        loads(line)
    except ValidationError:
        return False
    return True


def _chain(first: bytes, rest: IO[bytes]) -> Any:
    yield first
    yield from rest


def _payload(document: Any) -> Optional[Tuple[Tuple[Any, ...], Any, Any]]:
    """(path prefix, model class, payload) of what a document carries; None for an event to skip.

    An event is told by its ``type``; a bare response, item or content part by its ``object`` or
    ``type`` first, and by the keys only it has last.
    """
    if type(document) is not dict:
        return (), RealtimeResponse, document  # from_dict reports the type
    kind = document.get("type")
    carried = _CARRIED.get(kind) if type(kind) is str else None
    if carried is not None:
        key, cls = carried
        if key not in document:
            raise ValidationError([ValidationProblem((key,), "missing: a %s event carries it" % kind)])
        return (key,), cls, document[key]
    if kind in _OTHER_EVENTS:
        return None
    known_object = document.get("object")
    if known_object == "realtime.response":
        return (), RealtimeResponse, document
    if known_object == "realtime.item" or kind in ITEM_TYPES:
        return (), RealtimeConversationItem, document
    if kind in CONTENT_TYPES:
        return (), RealtimeConversationItemContent, document
    if type(kind) is str and ("." in kind or "event_id" in document):
        return None  # an event type this version does not know: skipped like the others
    if _RESPONSE_ONLY.intersection(document):
        return (), RealtimeResponse, document
    if _ITEM_ONLY.intersection(document):
        return (), RealtimeConversationItem, document
    raise ValidationError(
        [ValidationProblem((), "cannot tell what this document is: not a known event, response, item or content part")]
    )
