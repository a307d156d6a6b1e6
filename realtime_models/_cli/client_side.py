"""What ``replay --check`` finds in what the client sent, in a log of both directions: each
mistake a live client makes that the server's events alone do not show.

- an item created and never confirmed (``conversation.item.created``, GA ``.added``);
- a ``conversation.item.truncate`` past the audio received, or for a part with none (the server
  refuses both);
- a ``response.create`` while another response is in progress in the conversation
  (``conversation_already_has_active_response``);
- a tool call never answered, and an answer with no ``response.create`` after it (the model waits
  for one);
- a field sent in ``session.update`` that the ``session.updated`` answering it does not hold (a
  tool dropped, a format reverted), a voice changed after audio output (``cannot_update_voice``),
  and an update never answered;
- each ``error`` the server sent, with the line of the client event it names.

Each check reads the state as the fold left it when the client's line came.
"""

from __future__ import annotations

from json import dumps
from typing import Any, Dict, List, Optional, Tuple

from .._core.unset import UNSET

__all__ = ["ClientSide"]

_CONFIRMS = frozenset(("conversation.item.created", "conversation.item.added"))
_AUDIO_OUT = frozenset(("response.output_audio.delta", "response.audio.delta"))  # GA, beta
_SHOWN = 40  # characters of a value shown in a finding
_REMEMBERED = 10_000  # client events whose line an error may name, at least


class ClientSide:
    """What the client sent, checked against the server's side as the log goes."""

    def __init__(self) -> None:
        self.sent = 0
        self.findings: List[str] = []
        self._waiting: List[Tuple[int, Any, Any, Any]] = []  # items created: line, id, type, role
        self._answers: List[Tuple[int, Any]] = []  # call outputs sent since the last response.create
        self._updates: List[Tuple[int, Any, Dict[str, Any]]] = []  # session.update: line, event id, session
        self._session: Any = None  # the last session the server reported, as it came
        self._audio_out = False  # whether the server sent output audio yet
        self._lines: Dict[str, int] = {}  # a client event's line, by its event id

    # --- what the client sent --------------------------------------------------------------

    def client(self, number: int, event: Any, document: Dict[str, Any], state: Any) -> None:
        """A client event (valid against its class) at line ``number``; ``document`` is its JSON."""
        self.sent += 1
        kind = event.type
        if type(event.event_id) is str:
            lines = self._lines
            lines[event.event_id] = number
            if len(lines) > 2 * _REMEMBERED:  # an error names a recent event: memory stays flat
                self._lines = dict(list(lines.items())[_REMEMBERED:])
        if kind == "conversation.item.create":
            item = document.get("item")
            item = item if type(item) is dict else {}
            self._waiting.append((number, item.get("id"), item.get("type"), item.get("role")))
            if item.get("type") == "function_call_output":
                self._answers.append((number, item.get("call_id")))
        elif kind == "response.create":
            self._response_create(number, document, state)
        elif kind == "conversation.item.truncate":
            self._truncate(number, event, state)
        elif kind == "session.update" and type(document.get("session")) is dict:
            self._session_update(number, document)

    def _response_create(self, number: int, document: Dict[str, Any], state: Any) -> None:
        response = document.get("response")
        if type(response) is dict and response.get("conversation") == "none":
            return  # out of band: it may run beside the conversation's response
        self._answers.clear()
        active = state.active_response
        if active is not None:
            self.findings.append(
                "response.create at line %d while response %s is in progress "
                "(the server refuses it: conversation_already_has_active_response)" % (number, _plain(active.id))
            )

    def _truncate(self, number: int, event: Any, state: Any) -> None:
        item_id, index, end = event.item_id, event.content_index, event.audio_end_ms
        received = state.audio_ms(item_id, index)
        where = "conversation.item.truncate at line %d (item %s, part %s)" % (number, _plain(item_id), _plain(index))
        if received is None:
            self.findings.append("%s: no audio was received for it (only model output audio can be truncated)" % where)
        elif type(end) is int and end > received:
            self.findings.append(
                "%s: audio_end_ms %d is past the %d ms of audio received (the server refuses it)"
                % (where, end, received)
            )

    def _session_update(self, number: int, document: Dict[str, Any]) -> None:
        sent = document["session"]
        voice = _voice(sent)
        if voice is not None and self._audio_out and voice != _voice(self._session):
            self.findings.append(
                "session.update at line %d changes the voice to %s after audio output "
                "(the server refuses it: cannot_update_voice)" % (number, _show(voice[0]))
            )
        self._updates.append((number, document.get("event_id"), sent))

    # --- what the server sent --------------------------------------------------------------

    def server(self, number: int, document: Dict[str, Any]) -> None:
        """A server event at line ``number``, before the fold applies it."""
        kind = document.get("type")
        if kind in _AUDIO_OUT:
            self._audio_out = True
        elif kind in _CONFIRMS:
            self._confirm(document.get("item"))
        elif kind in ("session.created", "session.updated") and type(document.get("session")) is dict:
            if kind == "session.updated" and self._updates:
                line, _, sent = self._updates.pop(0)
                for path, value, effective in not_in_effect(sent, document["session"], "session"):
                    shown = "" if type(value) in (dict, list) else " = " + _show(value)
                    self.findings.append(
                        "not in effect: %s%s (session.update, line %d); session.updated (line %d) has %s"
                        % (path, shown, line, number, effective)
                    )
            self._session = document["session"]
        elif kind == "error":
            self._error(number, document.get("error"))

    def _error(self, number: int, error: Any) -> None:
        """An error the server sent: shown with the client event it names, and a session.update it
        refused is not waited for."""
        error = error if type(error) is dict else {}
        refused = error.get("event_id")
        line = self._lines.get(refused) if type(refused) is str else None
        self.findings.append(
            "error at line %d%s: %s: %s"
            % (
                number,
                " (for line %d)" % line if line is not None else "",
                _plain(error.get("code", error.get("type"))),
                _plain(error.get("message")),
            )
        )
        if type(refused) is str:
            self._updates = [update for update in self._updates if update[1] != refused]

    def _confirm(self, item: Any) -> None:
        if not self._waiting or type(item) is not dict:
            return
        for i, (_, item_id, kind, role) in enumerate(self._waiting):
            if (
                item_id == item.get("id")
                if type(item_id) is str
                else (kind, role) == (item.get("type"), item.get("role"))
            ):
                del self._waiting[i]
                return

    # --- at the end of the log ---------------------------------------------------------------

    def report(self, state: Any) -> List[str]:
        """Every finding, those only the end of the log tells last."""
        lines = [
            "never confirmed: conversation.item.create at line %d%s"
            % (number, " (item %s)" % item_id if type(item_id) is str else "")
            for number, item_id, _, _ in self._waiting
        ]
        lines.extend(self.findings)
        lines.extend("never answered: session.update at line %d" % number for number, _, _ in self._updates)
        for item in state.pending_calls():
            if item.type == "function_call":
                lines.append(
                    "never answered: function call %s (%s) of item %s"
                    % (_plain(item.name), _plain(item.call_id), _plain(item.id))
                )
            else:
                lines.append("never answered: MCP approval request %s" % _plain(item.id))
        lines.extend(
            "no response.create after the output of call %s at line %d (the model waits for one)"
            % (_plain(call_id), number)
            for number, call_id in self._answers
        )
        return lines


def not_in_effect(sent: Any, effective: Any, path: str) -> List[Tuple[str, Any, str]]:
    """Each value ``sent`` holds that ``effective`` (what the server reports in effect) does not:
    its path, the value sent and what is in effect there (shown short, or ``nothing``). Objects
    are compared key by key (what was not sent is not compared), a list of named objects (tools)
    name by name, anything else as a whole: numbers by value (``1`` is ``1.0``), never a boolean
    for a number."""
    if type(sent) is dict:
        if type(effective) is not dict:
            return [(path, sent, _show(effective))]
        pairs = [("%s.%s" % (path, key), value, effective.get(key, _MISSING)) for key, value in sent.items()]
    elif type(sent) is list and sent and all(_name(element) is not None for element in sent):
        named = {_name(element): element for element in effective} if type(effective) is list else {}
        pairs = [("%s[%s]" % (path, _name(e)), e, named.get(_name(e), _MISSING)) for e in sent]
    else:
        return [] if _same(sent, effective) else [(path, sent, _show(effective))]
    found: List[Tuple[str, Any, str]] = []
    for where, value, there in pairs:
        if there is _MISSING:
            found.append((where, value, "nothing"))
        else:
            found.extend(not_in_effect(value, there, where))
    return found


_MISSING = object()  # a key or a tool the session in effect does not have


def _name(element: Any) -> Optional[str]:
    """What names a tool in a list of them: its ``name`` (a function) or ``server_label`` (MCP)."""
    if type(element) is not dict:
        return None
    name = element.get("name", element.get("server_label"))
    return name if type(name) is str else None


def _same(a: Any, b: Any) -> bool:
    """JSON values alike: the same value of the same JSON type (an integer and a float are both
    numbers; a boolean is never one)."""
    if type(a) in _NUMBERS and type(b) in _NUMBERS:
        return bool(a == b)
    if type(a) is not type(b):
        return False
    if type(a) is list:
        return len(a) == len(b) and all(map(_same, a, b))
    if type(a) is dict:
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    return bool(a == b)


_NUMBERS = (int, float)


def _voice(session: Any) -> Optional[Tuple[Any]]:
    """The voice a session (sent or reported, either protocol) names, in a tuple; None if none."""
    if type(session) is not dict:
        return None
    audio = session.get("audio")
    output = audio.get("output") if type(audio) is dict else None
    if type(output) is dict and "voice" in output:  # GA
        voice = output["voice"]
    elif "voice" in session:  # beta
        voice = session["voice"]
    else:
        return None
    return (voice.get("id", voice) if type(voice) is dict else voice,)


def _plain(value: Any) -> str:
    """An id or a message as it is, an absent one as the transcript shows it; anything else as
    short JSON."""
    if value is UNSET:  # a field the server left out (an item's name, say): no JSON to show
        return "(none)"
    return value[:200] if type(value) is str else _show(value)


def _show(value: Any) -> str:
    text = dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."
