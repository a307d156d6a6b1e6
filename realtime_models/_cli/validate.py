"""``validate``: check recorded payloads and session logs, line by line, against the models of their
protocol."""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from .._core.jsontext import loads
from ..beta import literals as _beta_literals
from ..errors import ValidationError, ValidationProblem, format_path
from ..ga import literals as _ga_literals
from .output import DETECT_LINES, output_failed
from .protocol import BETA, GA, protocol_of
from .reading import NotUtf8, log_lines

__all__ = ["Validator"]

_PROGRESS_BYTES = 64 * 1024 * 1024  # inputs at least this large show progress on a terminal
_PROGRESS_EVERY = 0.5  # seconds between progress updates
_PROBLEMS_SHOWN = 20  # problems printed per document; the rest are counted
_NAMES_SHOWN = 10  # unknown event types listed in the summary
_RESPONSE_ONLY = frozenset(("output", "usage", "status_details", "modalities", "voice", "conversation_id", "metadata"))
_ITEM_ONLY = frozenset(("role", "content", "call_id", "arguments", "name"))

Checked = Tuple[str, Any, Optional[List[ValidationProblem]]]  # where, document, problems reading it


class _OutputFailed(Exception):
    """Writing to standard output failed: the command stops (see _Validator.run)."""


class Validator:
    def __init__(self, *, strict: bool, quiet: bool, api: Optional[str] = None, stats: bool = False) -> None:
        from .. import beta, ga

        self.strict = strict
        self.quiet = quiet
        self.api = api
        self.stats = stats
        self.checked = self.valid = self.invalid = 0
        self.unknown: Dict[str, int] = {}  # event types the package does not know: name -> count
        self.types: Dict[str, int] = {}  # every server event type read, for --stats
        self.client_types: Dict[str, int] = {}  # every client event type read, for --stats
        self.protocols: Dict[str, bool] = {}  # protocol used -> whether it was only assumed
        self.other_accepts: Dict[str, int] = {}  # invalid documents the other protocol takes
        self.out = sys.stdout
        self.progress = sys.stderr.isatty()
        self.progress_shown = False
        self.namespaces = {GA: ga, BETA: beta}
        ga_types, beta_types = frozenset(ga.EVENTS), frozenset(beta.EVENTS)
        ga_clients, beta_clients = frozenset(ga.CLIENT_EVENTS), frozenset(beta.CLIENT_EVENTS)
        # What only one protocol sends, either side (client events by type alone: a client event
        # and a server event never share a type).
        self.ga_only = (ga_types - beta_types) | (ga_clients - beta_clients)
        self.beta_only = (beta_types - ga_types) | (beta_clients - ga_clients)
        self.client_event_types = ga_clients | beta_clients
        self.event_types = ga_types | beta_types | self.client_event_types

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
                except NotUtf8 as e:
                    print("%s: cannot read: %s" % (path, e), file=sys.stderr)
                    unreadable = True
            self._write(self._summary())
            self._flush()
        except _OutputFailed as e:
            return self._output_failed(e.__cause__)
        if unreadable:
            return 2
        return 1 if self.invalid else 0

    def _summary(self) -> str:
        used = ", ".join(
            "%s%s" % ("GA" if name == GA else "beta", " (assumed)" if assumed else "")
            for name, assumed in sorted(self.protocols.items())
        )
        counts = (self.checked, self.valid, self.invalid, used or "-")
        lines = ["%d checked: %d valid, %d invalid; protocol: %s\n" % counts]
        if self.unknown:
            names = sorted(self.unknown.items(), key=lambda pair: (-pair[1], pair[0]))
            shown = ", ".join("%s (%d)" % (_short(name), count) for name, count in names[:_NAMES_SHOWN])
            more = len(names) - _NAMES_SHOWN
            lines.append(
                "%d with an event type this version does not know, not checked: %s%s\n"
                % (sum(self.unknown.values()), shown, ", and %d more types" % more if more > 0 else "")
            )
        for other, count in sorted(self.other_accepts.items()):
            lines.append(
                "%d invalid as GA (assumed) %s valid as %s: try --api %s\n"
                % (count, "is" if count == 1 else "are", "beta" if other == BETA else "GA", other)
            )
        if self.stats:
            for side, types in (("server", self.types), ("client", self.client_types)):
                if types or side == "server":
                    lines.append("%s events by type:\n" % side)
                for name, count in sorted(types.items(), key=lambda pair: (-pair[1], pair[0])):
                    lines.append("%8d  %s\n" % (count, _printable(name)))
        return "".join(lines)

    def _output_failed(self, error: Optional[BaseException]) -> int:
        return output_failed(self.out, error)

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
        if path == "-" and sys.stdin is None:
            raise OSError("standard input is closed")
        if path == "-":
            self._check_documents(self._stdin_documents())
        elif path.lower().endswith(".json"):
            with open(path, "rb") as f:
                self._check_documents(self._whole_documents(path, f.read()))
        else:
            with open(path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                self._check_documents(self._line_documents(path, f, size if size >= _PROGRESS_BYTES else None))

    def _stdin_documents(self) -> Iterator[Checked]:
        """JSON Lines, unless the input is one JSON document: it starts with ``[``, or its first
        line is not a JSON value of its own (a document printed over several lines)."""
        stream = sys.stdin.buffer
        first = stream.readline()
        while first and not first.strip():
            first = stream.readline()
        head = first.lstrip()[:1]
        if head == b"[" or (head and not _parses(first)):
            return self._whole_documents("<stdin>", first + stream.read())
        return self._line_documents("<stdin>", stream, None, first)

    def _whole_documents(self, name: str, text: bytes) -> Iterator[Checked]:
        """One document, or each document of an array."""
        try:
            document = loads(text)
        except ValidationError as e:
            yield "%s:1" % name, None, e.errors
            return
        if type(document) is list:
            for index, each in enumerate(document):
                yield "%s:1[%d]" % (name, index), each, None
        else:
            yield "%s:1" % name, document, None

    def _line_documents(self, name: str, lines: Any, size: Optional[int], first: bytes = b"") -> Iterator[Checked]:
        show = self.progress and (size is not None or name == "<stdin>")
        done = 0
        next_report = time.monotonic() + _PROGRESS_EVERY
        for line in log_lines(lines, first):
            done += line.size
            if line.document is not None or line.problems is not None:  # not a blank line
                yield "%s:%d" % (name, line.number), line.document, line.problems
            if show and line.number % 1024 == 0 and time.monotonic() >= next_report:
                next_report = time.monotonic() + _PROGRESS_EVERY
                self._report_progress(name, line.number, done, size)
        if show:
            sys.stderr.write("\r\033[K")
            self.progress_shown = False

    def _check_documents(self, documents: Iterator[Checked]) -> None:
        """Check a file's documents with its protocol: forced by --api, or told by the first
        document that tells (reading at most DETECT_LINES documents ahead), or else assumed GA,
        the current protocol."""
        protocol = self.api
        ahead: List[Checked] = []
        for checked in documents:
            if protocol is None:
                if checked[2] is None:
                    protocol = protocol_of(checked[1], self.ga_only, self.beta_only)
                if protocol is None and len(ahead) < DETECT_LINES - 1:
                    ahead.append(checked)
                    continue
                protocol = self._used(protocol)
                for each in ahead:
                    self._check_document(protocol, *each)
                ahead = []
            elif not self.protocols:
                self._used(protocol)
            self._check_document(protocol, *checked)
        if ahead:
            protocol = self._used(None)
            for each in ahead:
                self._check_document(protocol, *each)

    def _used(self, protocol: Optional[str]) -> str:
        """Note the protocol a file is checked with; None: nothing told it, GA is assumed."""
        if protocol is None:
            self.protocols.setdefault(GA, True)
            return GA
        self.protocols[protocol] = False
        return protocol

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

    def _check_document(
        self, protocol: str, where: str, document: Any, problems: Optional[List[ValidationProblem]]
    ) -> None:
        found: List[Tuple[Tuple[Any, ...], ValidationProblem]] = []
        if problems is not None:  # not JSON
            found = [((), p) for p in problems]
        else:
            try:
                if not self._check_payload(protocol, document):
                    return  # an event type this version does not know: counted apart, not checked
            except ValidationError as e:
                found = [((), p) for p in e.errors]
                other = BETA if protocol == GA else GA
                if self.protocols.get(protocol) and self._accepts(other, document):  # assumed, not told
                    self.other_accepts[other] = self.other_accepts.get(other, 0) + 1
        self._report(where, found)

    def _accepts(self, protocol: str, document: Any) -> bool:
        """Whether a protocol's models take a document as a known kind, counting nothing."""
        try:
            return not self._unknown(protocol, self._parsed(protocol, document))
        except ValidationError:
            return False

    def _unknown(self, protocol: str, parsed: Any) -> bool:
        """Whether a parsed document is an event of a type the protocol does not know."""
        namespace = self.namespaces[protocol]
        return isinstance(parsed, (namespace.UnknownServerEvent, namespace.UnknownClientEvent))

    def _check_payload(self, protocol: str, document: Any) -> bool:
        """Check one document with a protocol's models; False for an event of a type that
        protocol does not know (not checked)."""
        kind = document.get("type") if type(document) is dict else None
        if type(kind) is str and self._is_event(document, kind):
            counts = self.client_types if kind in self.client_event_types else self.types
            counts[kind] = counts.get(kind, 0) + 1
        if self._unknown(protocol, self._parsed(protocol, document)):
            name = kind if type(kind) is str else "(no type)"
            self.unknown[name] = self.unknown.get(name, 0) + 1
            return False
        return True

    def _parsed(self, protocol: str, document: Any) -> Any:
        """A document as a protocol's models read it: an event by its type, or a bare model."""
        namespace = self.namespaces[protocol]
        kind = document.get("type") if type(document) is dict else None
        if kind in self.client_event_types:  # what a client sent: a log of both directions
            return namespace.RealtimeClientEvent.from_dict(document, strict=self.strict)
        if self._is_event(document, kind):
            return namespace.RealtimeServerEvent.from_dict(document, strict=self.strict)
        return _bare_model(namespace, document).from_dict(document, strict=self.strict)

    def _is_event(self, document: Any, kind: Any) -> bool:
        if type(document) is not dict:
            return False
        if type(kind) is str:
            return kind in self.event_types or "." in kind or ("event_id" in document and kind not in _BARE_KINDS)
        return "event_id" in document

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


# The types of the bare documents: item kinds, then content part kinds, of both protocols (the
# GA item kinds include beta's).
_ITEM_KINDS = _ga_literals.ITEM_TYPES
_BARE_KINDS = _ITEM_KINDS.union(
    _beta_literals.CONTENT_TYPES,
    _ga_literals.SYSTEM_CONTENT_TYPES,
    _ga_literals.USER_CONTENT_TYPES,
    _ga_literals.ASSISTANT_CONTENT_TYPES,
)


def _bare_model(namespace: Any, document: Any) -> Any:
    """The class of a document that is not an event: a response, an item or a content part, told
    apart by ``object`` and ``type`` first and by the keys only one of them has last."""
    if type(document) is not dict:
        return namespace.RealtimeResponse  # from_dict reports the type
    kind = document.get("type")
    known_object = document.get("object")
    if known_object == "realtime.response":
        return namespace.RealtimeResponse
    if known_object == "realtime.item" or kind in _ITEM_KINDS:
        return namespace.RealtimeConversationItem
    if kind in _BARE_KINDS:
        return _part_class(namespace, kind)
    if _RESPONSE_ONLY.intersection(document):
        return namespace.RealtimeResponse
    if _ITEM_ONLY.intersection(document):
        return namespace.RealtimeConversationItem
    raise ValidationError(
        [ValidationProblem((), "cannot tell what this document is: not a known event, response, item or content part")]
    )


def _part_class(namespace: Any, kind: str) -> Any:
    """A bare content part: beta has one class; GA has one per kind of message, and the
    ``response.content_part.*`` events' own."""
    if namespace.__name__.endswith(".beta"):
        return namespace.RealtimeConversationItemContent
    if kind.startswith("input_"):
        return namespace.RealtimeConversationItemUserMessageContent
    if kind.startswith("output_"):
        return namespace.RealtimeConversationItemAssistantMessageContent
    return namespace.ResponseContentPart


def _short(name: str) -> str:
    """An event type as the summary's list shows it: printable, and 40 characters at most."""
    return _printable(name if len(name) <= 40 else name[:40] + "...")


def _printable(name: str) -> str:
    return name.encode("ascii", "backslashreplace").decode("ascii")
