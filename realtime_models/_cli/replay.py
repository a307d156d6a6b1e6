"""``python -m realtime_models replay``: fold a recorded session and print it as a transcript."""

from __future__ import annotations

import contextlib
import sys
from itertools import chain
from json import dumps
from typing import IO, Any, Iterator, List, Optional, Tuple

from .._core.unset import UNSET
from .._shared.fold import id_of
from ..errors import ValidationError, ValidationProblem
from .client_side import ClientSide
from .output import DETECT_LINES, output_failed
from .protocol import GA, protocol_of
from .reading import NotUtf8, log_lines

__all__ = ["DESCRIPTION", "replay"]

DESCRIPTION = """\
Fold a recorded session (JSON Lines of server events, GA or beta) into its conversation and
responses, and print it as a transcript: the session's settings (model, voice, modalities,
formats, turn detection, tools) and a line for each later change, then one block per
conversation item in the server's order
(user speech or text, assistant text or transcript, function calls with their arguments and
outputs, MCP calls), and a line per response with its status, reason and usage. Responses kept
out of the conversation follow, with their items.

A last line adds up the tokens of every response, the cached input apart from the rest.

A log that records both directions may hold what the client sent: each client event is checked
against its class and left out of the fold (the server's events say what happened). The
protocol is told from what the log carries (--api forces one). Lines that are not valid events
are reported on standard error and left out of the fold. --check lists every place where a
server's final event contradicts what the fold built from the deltas, the events that did not
fit the state (oddities), and what the client did wrong, read against the state as it was when
it sent it (findings): a session.update field the session.updated answering it does not hold, a
voice changed after audio output, a response.create while a response runs, a truncation past
the audio received, a call never answered or answered with no response.create after it, an item
or update never confirmed, and each error the server sent with the line of the client event it
names. --json prints each response as one line of JSON instead of the transcript (the check
report then goes to standard error).

Exit status: 0; 1 if a line was not a valid event or (--check) the server and the fold disagree;
2 for a usage error or a log that cannot be read; 141 when the reader of the output went away.
"""

_INDENT = "    "
_ROLES = {"user": "user", "assistant": "assistant", "system": "system"}


def replay(path: str, *, api: Optional[str], check: bool, as_json: bool, audio: bool, strict: bool) -> int:
    """Run the command on one log; returns the exit status."""
    try:
        with _open(path) as stream:
            state, protocol, events, invalid, sessions, clients = _fold(path, stream, api, audio, strict)
    except OSError as e:
        print("%s: cannot read: %s" % (path, e.strerror or e), file=sys.stderr)
        return 2
    except NotUtf8 as e:
        print("%s: cannot read: %s" % (path, e), file=sys.stderr)
        return 2
    out = sys.stdout
    try:
        if as_json:
            for response in state.responses.values():
                out.write(dumps(response.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            out.write(_transcript(state, path, protocol, events, sessions, clients.sent))
        if check:
            report = _check_report(state, clients.report(state))
            if as_json:
                sys.stderr.write(report)
            else:
                out.write("\n" + report)
        out.flush()
    except OSError as e:
        return output_failed(out, e)
    disagree = check and bool(state.disagreements)
    return 1 if invalid or disagree else 0


@contextlib.contextmanager
def _open(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        if sys.stdin is None:
            raise OSError("standard input is closed")
        yield sys.stdin.buffer
    else:
        with open(path, "rb") as f:
            yield f


Sessions = List[Tuple[int, List[Tuple[str, str]]]]  # each session in turn: its line, its settings


def _fold(
    path: str, lines: IO[bytes], api: Optional[str], audio: bool, strict: bool
) -> Tuple[Any, str, int, int, Sessions, ClientSide]:
    """Fold the log's events, line by line (the log is never held in memory whole): the protocol
    is --api, or told by the first event only one protocol sends (reading ahead at most
    DETECT_LINES documents), or else GA, the current one."""
    from .. import beta, ga

    ga_types, beta_types = (
        frozenset(ga.EVENTS) | frozenset(ga.CLIENT_EVENTS),
        frozenset(beta.EVENTS) | frozenset(beta.CLIENT_EVENTS),
    )
    documents = _documents(path, lines)
    ahead: List[Tuple[int, Any]] = []
    protocol = api
    if protocol is None:
        for numbered in documents:
            ahead.append(numbered)
            if numbered[1] is not None:
                protocol = protocol_of(numbered[1], ga_types - beta_types, beta_types - ga_types)
            if protocol is not None or len(ahead) >= DETECT_LINES:
                break
    protocol = protocol or GA
    namespace = ga if protocol == GA else beta
    state = namespace.ConversationState(keep_audio=audio, strict=strict)
    events = invalid = 0
    oddities = state.oddities
    sessions: Sessions = []
    clients, client_types = ClientSide(), namespace.CLIENT_EVENTS
    for number, document in chain(ahead, documents):
        if document is None:
            invalid += 1
            continue
        if document.get("type") in client_types:  # what the client sent (each document is an object)
            try:
                event = namespace.RealtimeClientEvent.from_dict(document, strict=strict)
            except ValidationError as e:
                _report(path, number, e.errors)
                invalid += 1
            else:
                clients.client(number, event, document, state)
            continue
        clients.server(number, document)
        before = len(oddities)
        session = state.session
        state.apply(document)
        if len(oddities) > before and oddities[-1].error is not None:  # the event did not validate
            _report(path, number, oddities[-1].error.errors)
            invalid += 1
            continue
        events += 1
        if state.session is not session:
            sessions.append((number, _settings(state.session)))
    return state, protocol, events, invalid, sessions, clients


def _documents(path: str, lines: IO[bytes]) -> Iterator[Tuple[int, Any]]:
    """Each line's number and JSON object, or None for a line that holds none (reported here,
    as validate words it)."""
    for line in log_lines(lines):
        if line.problems is not None:
            _report(path, line.number, line.problems)
        elif line.document is None:
            continue  # a blank line
        yield line.number, line.document


def _report(path: str, number: int, problems: List[ValidationProblem]) -> None:
    for problem in problems[:3]:
        print("%s:%d: %s" % (path, number, problem), file=sys.stderr)


# --- the transcript ----------------------------------------------------------------------------


def _transcript(state: Any, path: str, protocol: str, events: int, sessions: Sessions, sent: int) -> str:
    items = state.items
    responses = state.responses
    lines = [
        "%s: %s%s (%s), %s in the conversation, %s"
        % (
            path,
            _count(events, "event"),
            " and %d sent by the client" % sent if sent else "",
            "GA" if protocol == GA else "beta",
            _count(len(items), "item"),
            _count(len(responses), "response"),
        ),
        "",
    ]
    lines.extend(_session_lines(sessions))
    # A response's line follows the last of its items in the conversation.
    in_conversation = {id(item) for item in items}
    ends = {}
    shown = set()
    for response_id, response in responses.items():
        for item in response.output if type(response.output) is list else ():
            if id(item) in in_conversation:
                ends[response_id] = id(item)
    ends = {item: response_id for response_id, item in ends.items()}
    for item in items:
        lines.extend(_item_block(state, item))
        response_id = ends.get(id(item))
        if response_id is not None:
            lines.extend((_response_line(responses[response_id]), ""))
            shown.add(response_id)
    for response_id, response in responses.items():
        if response_id in shown:
            continue
        out_of_band = response.conversation_id is None
        lines.append(_response_line(response) + (" (out of band)" if out_of_band else ""))
        for item in response.output if type(response.output) is list else ():
            lines.extend(_indented(line) if line else line for line in _item_block(state, item))
        lines.append("")
    if state.usage.responses:
        while lines[-1] == "":
            lines.pop()
        lines.extend(("", _usage_line(state.usage)))
    return "\n".join(lines).rstrip("\n") + "\n"


def _usage_line(usage: Any) -> str:
    """The session's tokens: the input with the cached part apart (billed at a lower rate, and a
    part of the input, not more of it), and the output, each by modality where reported."""
    return "usage of %s: %d tokens; in %d%s, of which cached %d%s; out %d%s" % (
        _count(usage.responses, "response"),
        usage.total_tokens,
        usage.input_tokens,
        _modalities(usage.input),
        usage.cached_tokens,
        _modalities(usage.cached),
        usage.output_tokens,
        _modalities(usage.output),
    )


def _modalities(tokens: Any) -> str:
    shown = ["%s %d" % (name, getattr(tokens, name)) for name in ("text", "audio", "image") if getattr(tokens, name)]
    return " (%s)" % ", ".join(shown) if shown else ""


def _settings(session: Any) -> List[Tuple[str, str]]:
    """What a session sets that a reader of the transcript wants first, in either protocol's
    shape: model, voice, modalities, audio formats, turn detection, tools by name."""
    audio = getattr(session, "audio", None)
    audio_in, audio_out = getattr(audio, "input", None), getattr(audio, "output", None)
    voice = getattr(audio_out, "voice", UNSET) if audio_out is not None else getattr(session, "voice", UNSET)
    modalities = getattr(session, "output_modalities", getattr(session, "modalities", UNSET))
    if audio is not None:
        formats = (getattr(audio_in, "format", UNSET), getattr(audio_out, "format", UNSET))
        turns = getattr(audio_in, "turn_detection", UNSET)
    else:
        formats = (getattr(session, "input_audio_format", UNSET), getattr(session, "output_audio_format", UNSET))
        turns = getattr(session, "turn_detection", UNSET)
    tools = getattr(session, "tools", UNSET)
    settings = [
        ("model", _setting(getattr(session, "model", UNSET))),
        ("voice", _setting(getattr(voice, "id", voice))),
        ("modalities", ", ".join(map(_setting, modalities)) if type(modalities) is list else _setting(modalities)),
        ("formats", "in %s, out %s" % tuple(_setting(getattr(f, "type", f)) for f in formats)),
        ("turn detection", "off" if turns is None else _setting(getattr(turns, "type", turns))),
        ("tools", ", ".join(map(_tool_name, tools)) or "none" if type(tools) is list else _setting(tools)),
    ]
    return [(name, value) for name, value in settings if value != "-"]


def _tool_name(tool: Any) -> str:
    name = getattr(tool, "name", UNSET)
    return _setting(getattr(tool, "server_label", UNSET) if name is UNSET or name is None else name)


def _setting(value: Any) -> str:
    return "-" if value is UNSET or value is None else value if type(value) is str else _json(value)


def _session_lines(sessions: Sessions) -> List[str]:
    """The first session's settings, then a line for each later session that changed one."""
    if not sessions:
        return []
    (_, first), later = sessions[0], sessions[1:]
    lines = ["session: " + "; ".join("%s %s" % pair for pair in first) if first else "session: (no settings)"]
    before = dict(first)
    for number, settings in later:
        now = dict(settings)
        changed = [
            "%s %s" % (name, now.get(name, "-"))
            for name in dict.fromkeys([*before, *now])
            if before.get(name) != now.get(name)
        ]
        if changed:
            lines.append("session changed (line %d): %s" % (number, "; ".join(changed)))
        before = now
    return lines + [""]


def _item_block(state: Any, item: Any) -> List[str]:
    kind = getattr(item, "type", None)
    item_id = id_of(item)
    label = item_id if item_id is not None else "(no id)"
    if kind == "message":
        return _message_block(state, item, label)
    if kind == "function_call":
        head = "function call %s (%s)" % (_text(item.name), _text(item.call_id))
        return ["%s: %s" % (label, head), _indented(_text(item.arguments)), ""]
    if kind == "function_call_output":
        return ["%s: function output (%s)" % (label, _text(item.call_id)), _indented(_text(item.output)), ""]
    if kind == "mcp_call":
        signal = state.status_signal(item_id)
        head = "MCP call %s.%s%s" % (_text(item.server_label), _text(item.name), " (%s)" % signal if signal else "")
        lines = ["%s: %s" % (label, head), _indented(_text(item.arguments))]
        if type(item.output) is str:
            lines.append(_indented("-> " + item.output))
        if item.error is not None and item.error is not UNSET:
            lines.append(_indented("error: " + _json(item.error.to_dict())))
        return lines + [""]
    if kind == "mcp_list_tools":
        tools = item.tools if type(item.tools) is list else []
        names = ", ".join(_text(getattr(tool, "name", UNSET)) for tool in tools)
        return ["%s: MCP tools of %s" % (label, _text(item.server_label)), _indented(names or "(none)"), ""]
    if kind == "mcp_approval_request":
        head = "MCP approval asked for %s.%s" % (_text(item.server_label), _text(item.name))
        return ["%s: %s" % (label, head), _indented(_text(item.arguments)), ""]
    if kind == "mcp_approval_response":
        answer = "approved" if item.approve is True else "refused"
        return ["%s: MCP approval %s (%s)" % (label, answer, _text(item.approval_request_id)), ""]
    return ["%s: %s" % (label, _text(kind)), _indented(_json(item.to_dict())), ""]


def _message_block(state: Any, item: Any, label: str) -> List[str]:
    role = item.role if type(item.role) is str else "?"
    status = item.status if type(item.status) is str and item.status != "completed" else None
    lines = ["%s: %s%s" % (label, role, " (%s)" % status if status else "")]
    content = item.content if type(item.content) is list else []
    for index, part in enumerate(content):
        kind = part.type
        if kind in ("input_audio", "audio", "output_audio"):
            transcript = getattr(part, "transcript", UNSET)
            failed = state.transcription_error(item.id) if role == "user" else None
            if type(transcript) is str:
                text = transcript
            elif failed is not None:
                text = "(transcription failed: %s)" % _text(getattr(failed, "message", UNSET))
            else:
                text = "(no transcript)"
            kept = state.audio(item.id, index) if type(item.id) is str else None
            sound = "[audio, %d bytes]" % len(kept) if kept is not None else "[audio]"
            lines.append(_indented("%s %s" % (sound, text)))
        elif kind in ("input_text", "text", "output_text"):
            lines.append(_indented(_text(part.text)))
        else:
            lines.append("%s[%s]" % (_INDENT, _text(kind)))
    return lines + [""]


def _response_line(response: Any) -> str:
    parts = ["response %s: %s" % (_text(response.id), _text(response.status))]
    details = response.status_details
    if details is not None and details is not UNSET:
        reason = getattr(details, "reason", UNSET)
        if type(reason) is str:
            parts.append("reason %s" % reason)
        error = getattr(details, "error", UNSET)
        if error is not None and error is not UNSET:
            parts.append("error %s" % _json(error.to_dict()))
    usage = response.usage
    if usage is not None and usage is not UNSET:
        parts.append(
            "usage %s tokens (%s in, %s out)"
            % (_text(usage.total_tokens), _text(usage.input_tokens), _text(usage.output_tokens))
        )
    return "; ".join(parts)


def _check_report(state: Any, findings: List[str]) -> str:
    lines = list(findings)
    for d in state.disagreements:
        where = "%s (%s)" % (d.event_id or "(no event id)", d.type)
        lines.append("disagreement at %s: %s: built %s, server %s" % (where, d.path, d.built, d.server))
    for o in state.oddities:
        detail = ": " + str(o.error.errors[0]) if o.error is not None else ""
        lines.append("oddity at %s (%s): %s%s" % (o.event_id or "(no event id)", o.type, o.message, detail))
    for what in state.unfinished:
        lines.append("unfinished: %s" % what)
    disagreements, oddities = len(state.disagreements), len(state.oddities)
    lines.append(
        "check: %d disagreement%s, %d %s, %s"
        % (
            disagreements,
            "" if disagreements == 1 else "s",
            oddities,
            "oddity" if oddities == 1 else "oddities",
            _count(len(findings), "finding"),
        )
    )
    return "\n".join(lines) + "\n"


def _indented(text: str) -> str:
    """Text under its item, every line of it indented alike."""
    return _INDENT + text.replace("\n", "\n" + _INDENT)


def _count(number: int, noun: str) -> str:
    return "%d %s%s" % (number, noun, "" if number == 1 else "s")


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is UNSET:
        return "(none)"
    return _json(value)


def _json(value: Any) -> str:
    return dumps(value, ensure_ascii=False)  # what a model writes: always JSON
