"""``python -m realtime_models validate``: check recorded payloads and session logs, line by line."""

from __future__ import annotations

import argparse
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

A document is a server event that carries a model (response.created and response.done carry a
response; response.output_item.* and conversation.item.* an item; response.content_part.* a part),
or a bare response, item or content part. Other events are counted as skipped.
"""

_VALIDATE_HELP = """\
PATH is a .json file (one document), a .jsonl file (one document per line), or - for standard
input (JSON Lines). Each problem prints as PATH:LINE: JSON-PATH: message, and one summary line
closes the run. Exit status: 0 if every document checked is valid, 1 if any is invalid, 2 for a
usage error or a file that cannot be read.
"""

_PROGRESS_BYTES = 64 * 1024 * 1024  # inputs at least this large show progress on a terminal
_PROGRESS_EVERY = 0.5  # seconds between progress updates


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m realtime_models",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
    return _Validator(strict=args.strict, quiet=args.quiet).run(args.paths)


class _Validator:
    def __init__(self, *, strict: bool, quiet: bool) -> None:
        self.strict = strict
        self.quiet = quiet
        self.checked = self.valid = self.invalid = self.skipped = 0
        self.out = sys.stdout
        self.progress = sys.stderr.isatty()

    def run(self, paths: Sequence[str]) -> int:
        unreadable = False
        for path in paths:
            try:
                self._check_path(path)
            except OSError as e:
                print("%s: cannot read: %s" % (path, e.strerror or e), file=sys.stderr)
                unreadable = True
        self.out.write(
            "%d checked: %d valid, %d invalid, %d skipped\n" % (self.checked, self.valid, self.invalid, self.skipped)
        )
        self.out.flush()
        if unreadable:
            return 2
        return 1 if self.invalid else 0

    def _check_path(self, path: str) -> None:
        if path == "-":
            self._check_lines("<stdin>", sys.stdin.buffer, None)
        elif path.endswith(".json"):
            with open(path, "rb") as f:
                self._check_document(path, 1, f.read())
        else:
            with open(path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                self._check_lines(path, f, size if size >= _PROGRESS_BYTES else None)

    def _check_lines(self, name: str, lines: IO[bytes], size: Optional[int]) -> None:
        show = self.progress and (size is not None or name == "<stdin>")
        done = 0
        next_report = time.monotonic() + _PROGRESS_EVERY
        for number, line in enumerate(lines, 1):
            done += len(line)
            line = line.rstrip(b"\r\n")  # so that a decoding error's column is on this line
            if line.strip():
                self._check_document(name, number, line)
            if show and number % 1024 == 0 and time.monotonic() >= next_report:
                next_report = time.monotonic() + _PROGRESS_EVERY
                self._report_progress(name, number, done, size)
        if show:
            sys.stderr.write("\r\033[K")

    def _report_progress(self, name: str, lines: int, done: int, size: Optional[int]) -> None:
        if size:
            sys.stderr.write("\r%s: %d lines, %.0f%%" % (name, lines, 100.0 * done / size))
        else:
            sys.stderr.write("\r%s: %d lines" % (name, lines))
        sys.stderr.flush()

    def _check_document(self, name: str, line: int, text: bytes) -> None:
        problems: List[Tuple[Tuple[Any, ...], ValidationProblem]] = []
        try:
            document = loads(text)
            found = _payload(document)
            if found is None:
                self.skipped += 1
                return
            prefix, cls, payload = found
            try:
                cls.from_dict(payload, strict=self.strict)
            except ValidationError as e:
                problems = [(prefix, p) for p in e.errors]
        except ValidationError as e:  # not JSON, or not a document this command knows
            problems = [((), p) for p in e.errors]
        self.checked += 1
        if not problems:
            self.valid += 1
            return
        self.invalid += 1
        if not self.quiet:
            for prefix, problem in problems:
                self.out.write("%s:%d: %s: %s\n" % (name, line, format_path(prefix + problem.path), problem.message))


_RESPONSE_ONLY = frozenset(("output", "usage", "status_details", "modalities", "voice", "conversation_id", "metadata"))
_ITEM_ONLY = frozenset(("role", "content", "call_id", "arguments", "name"))


def _payload(document: Any) -> Optional[Tuple[Tuple[Any, ...], Any, Any]]:
    """(path prefix, model class, payload) of what a document carries; None for an event to skip."""
    if type(document) is not dict:
        return (), RealtimeResponse, document  # from_dict reports the type
    kind = document.get("type")
    if type(kind) is str and "." in kind:  # a server event
        if kind in ("response.created", "response.done"):
            return ("response",), RealtimeResponse, _carried(document, "response")
        if kind.startswith(("response.output_item.", "conversation.item.")) and "item" in document:
            return ("item",), RealtimeConversationItem, document["item"]
        if kind.startswith("response.content_part."):
            return ("part",), RealtimeConversationItemContent, _carried(document, "part")
        return None
    if document.get("object") == "realtime.response" or _RESPONSE_ONLY.intersection(document):
        return (), RealtimeResponse, document
    if document.get("object") == "realtime.item" or kind in ITEM_TYPES or _ITEM_ONLY.intersection(document):
        return (), RealtimeConversationItem, document
    if kind in CONTENT_TYPES:
        return (), RealtimeConversationItemContent, document
    raise ValidationError(
        [ValidationProblem((), "cannot tell what this document is: not a known event, response, item or content part")]
    )


def _carried(event: Any, key: str) -> Any:
    if key not in event:
        raise ValidationError([ValidationProblem((key,), "missing: a %s event carries it" % event["type"])])
    return event[key]
