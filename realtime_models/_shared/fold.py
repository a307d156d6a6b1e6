"""Folding a stream of server events into the state it describes, for either protocol.

The server sends a response as many small events: the response announced, its items and their
content parts added, text, transcript, audio and argument deltas, their ``.done`` events, and
``response.done``, which carries the whole response without its audio. :class:`ConversationFold`
applies them one at a time and can be read at any moment: each response by id, built from
``response.created`` onward; the conversation's items in the server's order; the audio, when
asked. Each protocol's ``ConversationState`` (in :mod:`realtime_models.ga` and
:mod:`realtime_models.beta`) is this fold with that protocol's event names and models.

How text grows: each stream (the text of one content part, a transcript, a call's arguments)
collects its deltas in a list, and the list is joined only when the state is read, so folding is
linear in the length of the text however many deltas it comes in. Reading the state joins what
came since the last read; a UI that reads after every delta pays for the text so far each time
(show the delta itself instead).

What the fold never does is raise on a sequence of valid events. An event that does not fit the
state (a delta for an item never announced, a ``.done`` without its deltas, an event seen twice,
the trace of one that was dropped) is recorded in :attr:`ConversationFold.oddities`, and the
state stays consistent. Where a ``.done`` event, or ``response.done``, says something other than
what the fold built from the deltas, the server's value wins and the difference is recorded in
:attr:`ConversationFold.disagreements`.
"""

from __future__ import annotations

from binascii import Error as _Base64Error
from binascii import a2b_base64
from contextlib import suppress
from copy import deepcopy
from types import MappingProxyType

from .._core.jsontext import loads
from .._core.unset import UNSET
from ..errors import ValidationError
from .client_events import ClientEvent
from .findings import Disagreement, Oddity, differences, short
from .live_client import LiveClientState, UsageTotals
from .server_events import ServerEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import (
        Any,
        Callable,
        ClassVar,
        Dict,
        Generic,
        List,
        Mapping,
        Optional,
        Set,
        Tuple,
        TypeVar,
        Union,
    )

    _Response = TypeVar("_Response")
    _Item = TypeVar("_Item")
    _Event = TypeVar("_Event")
    _StreamKey = Tuple[str, Optional[int], str]

    class _Generic(Generic[_Response, _Item, _Event]):
        pass

else:

    class _Generic:
        # Subscripting the fold (ConversationFold[Response, Item, Event]) is for type checkers;
        # at run time it is the class itself, so that typing is never imported.
        def __class_getitem__(cls, params: object) -> object:
            return cls


__all__ = ["ConversationFold", "Disagreement", "Oddity", "shared_handlers"]

_RECENT_EVENTS = 4096  # event ids remembered, at least, to tell a duplicate event
_CALLS = ("function_call", "mcp_call")  # the item kinds whose arguments stream
_UNANNOUNCED = 1024  # streams kept, at most, for items the stream has not announced (oldest go)


class _Stream:
    """The deltas of one text field: a content part's text or transcript, an item's arguments."""

    __slots__ = ("accepting", "dirty", "done", "field", "final", "index", "item_id", "output", "pieces")

    def __init__(self, item_id: str, index: Optional[int], field: str, pieces: List[str], output: bool) -> None:
        self.item_id = item_id
        self.index = index  # the content part's index; None for the item's own field (arguments)
        self.field = field
        self.pieces = pieces  # joined when the state is read: never grown by +=
        self.dirty = False  # pieces not yet written to the model
        self.done = False  # its .done event came: further deltas are oddities
        self.final = False  # the server's final item replaced what it grew: likewise
        self.accepting = True  # neither: deltas are welcome
        self.output = output  # a response's output (checked against the server), not the user's

    def value(self) -> str:
        pieces = self.pieces
        if len(pieces) > 1:
            self.pieces = pieces = ["".join(pieces)]
        return pieces[0] if pieces else ""


def id_of(obj: Any) -> Optional[str]:
    """The ``id`` of an item, of a known kind or not (an unknown kind keeps it in ``extra``)."""
    value = getattr(obj, "id", UNSET)
    if value is UNSET:
        extra = getattr(obj, "extra", None)
        value = extra.get("id") if type(extra) is dict else None
    return value if type(value) is str else None


def _set_field(target: Any, field: str, value: Any) -> None:
    try:
        setattr(target, field, value)
    except AttributeError:  # a kind that has no such field: the value goes where unknown keys go
        target.extra[field] = value


def _grower(field: str, indexed: bool) -> Callable[[Any, Any], None]:
    """The handler of the delta events of ``field``. Deltas are most of a stream, so the common
    case (an open stream, a string delta) is a few lines here, ConversationFold._mark inlined;
    ConversationFold._grow opens a stream or records why a delta does not fit."""

    def grow(self: Any, event: Any) -> None:
        index = event.content_index if indexed else None
        try:
            stream = self._streams.get((event.item_id, index, field))
        except TypeError:  # a typed event built in code, with a list for an id: no stream
            stream = None
        delta = event.delta
        if stream is not None and stream.accepting and type(delta) is str:
            stream.pieces.append(delta)
            if not stream.dirty:
                stream.dirty = True
                self._dirty.append(stream)
        else:
            self._grow(event, index, field)

    return grow


class ConversationFold(LiveClientState, _Generic["_Response", "_Item", "_Event"]):
    """The state a stream of server events describes; see the module's documentation.

    ``keep_audio=True`` keeps the decoded bytes of each output audio part (:meth:`audio`);
    ``strict=True`` parses dicts and JSON text in strict mode. Typed events are applied as they
    are (the fold copies what it keeps of them, so the caller's objects never change).
    """

    # Set by each protocol's subclass.
    _event_class: ClassVar[Any]  # the protocol's RealtimeServerEvent
    # Each event class the state folds -> the method that applies it (shared_handlers, and the
    # protocol's own); an event class not named changes nothing in the state.
    _handlers: ClassVar[Dict[type, Callable[[Any, Any], Any]]] = {}
    _announces_done: ClassVar[bool] = False  # whether the server sends conversation.item.done (GA)

    def __init__(self, *, keep_audio: bool = False, strict: bool = False) -> None:
        self.keep_audio = keep_audio
        self.strict = strict
        self.conversation_id: Optional[str] = None
        """The id of ``conversation.created``, once it came."""
        self.session: Any = None
        """The session in effect: the last ``session.created`` or ``session.updated`` (beta:
        ``transcription_session.updated`` too), typed; ``None`` until one came."""
        self._oddities: List[Oddity] = []
        self._disagreements: List[Disagreement] = []
        self._responses: Dict[str, Any] = {}  # by id, in the order they were created
        self._open: Dict[str, None] = {}  # responses created and not done (an ordered set)
        self._items: Dict[str, Any] = {}  # every item known, by id
        # The conversation's item ids in the server's order, linked both ways, so that an item
        # goes in after any other, or out, at the same cost however long the conversation is.
        self._next: Dict[str, Optional[str]] = {}  # its keys: the items in the conversation
        self._prev: Dict[str, Optional[str]] = {}
        self._head: Optional[str] = None
        self._tail: Optional[str] = None
        self._position: Dict[str, int] = {}  # an output item's index in its response's output
        self._unannounced: Dict[_StreamKey, _Stream] = {}  # streams waiting for their item, oldest first
        self._response_of: Dict[str, str] = {}  # output item id -> its response's id
        self._streams: Dict[_StreamKey, _Stream] = {}
        self._item_streams: Dict[str, List[_Stream]] = {}
        self._dirty: List[_Stream] = []
        self._closed: Set[str] = set()  # items whose response is done: no more deltas
        self._finished: Set[str] = set()  # items response.output_item.done finished
        self._items_done: Set[str] = set()  # items conversation.item.done finished (GA)
        self._finished_parts: Set[Tuple[str, int]] = set()  # content parts content_part.done finished
        self._audio: Dict[Tuple[str, int], bytearray] = {}
        self._audio_done: Set[Tuple[str, int]] = set()
        self._audio_kept = 0
        self._audio_received: Dict[Tuple[str, int], List[int]] = {}  # decoded bytes a part received
        self._rate_limits: Any = None
        self._usage = UsageTotals()
        self._segments: Dict[str, List[Any]] = {}
        self._failures: Dict[str, Any] = {}
        self._signals: Dict[str, str] = {}
        self._recent: Dict[str, None] = {}
        self._event: Any = None  # the event being applied, for what gets recorded
        self._owned = True  # whether the fold may keep the event's objects without copying them

    # --- applying events ---------------------------------------------------------------------

    def apply(self, event: Union[_Event, Dict[str, Any], str, bytes, bytearray]) -> Optional[_Response]:
        """Apply one server event: a typed event, the dict ``json.loads`` made of one, or its
        JSON text (parsed with the protocol's ``RealtimeServerEvent``; an invalid one is an
        oddity carrying its ``ValidationError``, and changes nothing). A client event (a log of both directions)
        changes nothing: the server's events say what came of it. Returns the response that this event finished
        (``response.done``: the server's response, now the stored one), else None."""
        handlers = self._handlers
        kind = type(event)
        handler = handlers.get(kind) if kind is not dict else None  # a dict, what a client parses, goes first
        if handler is not None:  # a typed event the state folds: its objects are the caller's
            self._owned = False
            parsed: Any = event
        elif kind is not dict and isinstance(event, ServerEvent):  # a typed event that changes nothing here
            if not isinstance(event, self._event_class):
                self._odd("%s is an event of the other protocol" % type(event).__name__, event)
            return None
        elif kind is not dict and isinstance(event, ClientEvent):  # the server's events say what came of it
            return None
        else:  # the protocol's RealtimeServerEvent.from_dict or from_json, with no call between
            events = self._event_class
            document: Any = event
            try:
                if kind is not dict:
                    document = loads(document)
                parsed = events._parse(events, document, self.strict)
            except ValidationError as error:  # what a connection delivers never stops the fold
                self._invalid(document, error)
                return None
            handler = handlers.get(type(parsed))
            if handler is None:  # session, rate limits, an unknown type: nothing to fold
                return None
            self._owned = True
        event_id = parsed.event_id
        if type(event_id) is str:
            recent = self._recent
            if event_id in recent:
                self._odd("event %s was already applied" % event_id, parsed)
                return None
            recent[event_id] = None
            if len(recent) > 2 * _RECENT_EVENTS:  # forget the older half at once: O(1) an event
                self._recent = dict.fromkeys(list(recent)[_RECENT_EVENTS:])
        self._event = parsed
        if not self._owned and handler not in _SELF_CHECKING:
            problems = parsed.validate(strict=self.strict)  # a typed event, perhaps built in code
            if problems:
                self._invalid(parsed, ValidationError(problems))
                return None
        result: Optional[_Response] = handler(self, parsed)
        return result

    def _invalid(self, event: Any, error: ValidationError) -> None:
        """An event that does not validate: an oddity that carries its problems."""
        kind = event.get("type") if type(event) is dict else getattr(event, "type", None)
        event_id = event.get("event_id") if type(event) is dict else getattr(event, "event_id", None)
        where = str(kind) if type(kind) is str else "an event"
        self._oddities.append(
            Oddity(event_id if type(event_id) is str else None, where, "%s does not validate" % where, error)
        )

    def _odd(self, message: str, event: Any = None) -> None:
        event = event if event is not None else self._event
        event_id = getattr(event, "event_id", None)  # an unknown event keeps it in extra
        self._oddities.append(Oddity(event_id if type(event_id) is str else None, str(event.type), message))

    def _disagree(self, path: str, built: Any, server: Any) -> None:
        event = self._event
        event_id = event.event_id if type(event.event_id) is str else None
        self._disagreements.append(Disagreement(event_id, str(event.type), path, short(built), short(server)))

    def _take(self, obj: Any) -> Any:
        """``obj`` to keep: the fold's own when it parsed the event, else a copy."""
        return obj if self._owned else deepcopy(obj)

    # --- responses and items -------------------------------------------------------------------

    def _on_response_created(self, event: Any) -> None:
        response = event.response
        response_id = id_of(response)
        if response_id is None:
            self._odd("a response without an id")
            return
        if response_id in self._responses:
            self._odd("response %s was created again" % response_id)
            return
        response = self._take(response)
        output = response.output
        if type(output) is not list:
            response.output = []
        else:  # a server that sends output items at once: each is an item of the response
            for index, item in enumerate(output):
                item_id = id_of(item)
                if item_id is not None:
                    self._items.setdefault(item_id, item)
                    self._response_of[item_id] = response_id
                    self._position[item_id] = index
        self._responses[response_id] = response
        self._open[response_id] = None

    def _on_output_item_added(self, event: Any) -> None:
        item = self._register(event.item)
        if item is None:
            return
        item_id = id_of(item)
        response = self._responses.get(event.response_id)
        if response is None or event.response_id not in self._open:
            self._odd("an item for response %s, which is not in progress" % short(event.response_id))
            return
        if item_id is not None:
            self._response_of[item_id] = event.response_id
            self._position[item_id] = self._place(response.output, event.output_index, item, "output item")
        else:
            self._place(response.output, event.output_index, item, "output item")

    def _place(self, where: List[Any], index: Any, obj: Any, what: str) -> int:
        """Put ``obj`` at ``index`` of ``where``: the next index, or where the same one is. Returns
        where it went."""
        if index == len(where) and type(index) is int:
            where.append(obj)
            return index
        if type(index) is int and 0 <= index < len(where) and id_of(where[index]) == id_of(obj):
            where[index] = obj
            return index
        self._odd("%s at index %s, where the next index is %d" % (what, short(index), len(where)))
        where.append(obj)
        return len(where) - 1

    def _register(self, item: Any) -> Any:
        """The item the fold keeps for ``item``: the one it has by that id, or a new one; None
        for an event without an item."""
        if item is None or item is UNSET:
            self._odd("an event without its item")
            return None
        item_id = id_of(item)
        if item_id is None:
            self._odd("an item without an id")
            return self._take(item)
        kept = self._items.get(item_id)
        if kept is None:
            kept = self._items[item_id] = self._take(item)
            if item_id in self._item_streams:  # transcripts that came before the item
                for stream in self._item_streams[item_id]:
                    self._unannounced.pop((stream.item_id, stream.index, stream.field), None)
                self._redo(item_id)
        return kept

    def _on_item_added(self, event: Any) -> None:
        item = self._register(event.item)
        item_id = id_of(item)
        if item_id is not None and item_id not in self._next:
            self._insert(item_id, event.previous_item_id)

    def _insert(self, item_id: str, previous: Any) -> None:
        """Put an item in the conversation after ``previous`` (null: first; absent: last)."""
        if previous == item_id:
            self._odd("item %s comes after itself" % item_id)
            previous = UNSET
        tail = self._tail
        if previous is UNSET or (tail is not None and tail == previous):
            after = tail
        elif previous is None:
            after = None
        elif type(previous) is str and previous in self._next:
            after = previous
        else:
            self._odd("item %s comes after %s, which is not in the conversation" % (item_id, short(previous)))
            after = tail
        following = self._head if after is None else self._next[after]
        self._prev[item_id] = after
        self._next[item_id] = following
        if after is None:
            self._head = item_id
        else:
            self._next[after] = item_id
        if following is None:
            self._tail = item_id
        else:
            self._prev[following] = item_id

    def _unlink(self, item_id: str) -> None:
        before, after = self._prev.pop(item_id), self._next.pop(item_id)
        if before is None:
            self._head = after
        else:
            self._next[before] = after
        if after is None:
            self._tail = before
        else:
            self._prev[after] = before

    def _on_item_done(self, event: Any) -> None:
        item_id = id_of(event.item)
        if item_id is None:
            self._odd("an item without an id")
            return
        if item_id not in self._next:
            self._odd("item %s was done without being added" % item_id)
            self._items.setdefault(item_id, self._take(event.item))
            self._insert(item_id, event.previous_item_id)
        self._finalize(item_id, event.item, "item[%s]" % item_id)
        self._items_done.add(item_id)

    def _on_item_retrieved(self, event: Any) -> None:
        item_id = id_of(event.item)
        if item_id is None or item_id not in self._items:
            self._odd("retrieved item %s, which the conversation does not have" % short(item_id))
            return
        self._adopt(item_id, self._take(event.item))

    def _on_output_item_done(self, event: Any) -> None:
        item_id = id_of(event.item)
        response_id = event.response_id
        if item_id is None:
            self._odd("an item without an id")
            return
        response = self._responses.get(response_id)
        if response is None or response_id not in self._open:
            self._odd("an item for response %s, which is not in progress" % short(response_id))
            return
        if item_id not in self._items:
            self._odd("item %s was done without being added" % item_id)
            self._register(event.item)
        if self._response_of.get(item_id) != response_id:
            self._odd("item %s was done without being added to response %s" % (item_id, response_id))
            self._response_of[item_id] = response_id
            item = self._items[item_id]
            self._position[item_id] = self._place(response.output, event.output_index, item, "output item")
        # Each stream of the item has its .done event before the item is done, even when the
        # response was cut short.
        if getattr(event.item, "type", None) in _CALLS:
            stream = self._streams.get((item_id, None, "arguments"))
            if stream is None or not stream.done:
                self._odd("no .done event for the arguments of item %s" % item_id)
        content = getattr(event.item, "content", None)
        if type(content) is list:
            for index in range(len(content)):
                if (item_id, index) not in self._finished_parts:
                    self._odd("no response.content_part.done for item %s part %d" % (item_id, index))
        self._finalize(item_id, event.item, "response.output[%s]" % short(event.output_index))
        self._finished.add(item_id)

    def _finalize(self, item_id: str, final: Any, where: str) -> None:
        """The server's final item replaces the one the fold built, after the text the fold grew
        is compared with it."""
        for stream in list(self._item_streams.get(item_id, ())):
            if not stream.output:
                continue
            target = _target(final, stream.index)
            if target is None and self._target_of(item_id, stream.index) is None:
                self._drop(stream)  # deltas for a part neither side has: recorded when they came
                continue
            server = getattr(target, stream.field, UNSET) if target is not None else UNSET
            built = stream.value()
            path = where if stream.index is None else "%s.content[%d]" % (where, stream.index)
            if target is None:
                self._disagree(path, "a content part", "none")
            elif type(server) is str and server != built:
                self._disagree("%s.%s" % (path, stream.field), built, server)
            stream.final = True
            stream.accepting = False
            stream.dirty = False
            if type(server) is str:
                stream.pieces = [server]
        self._adopt(item_id, self._take(final))

    def _adopt(self, item_id: str, final: Any) -> None:
        kept = self._items.get(item_id)
        self._items[item_id] = final
        response = self._responses.get(self._response_of.get(item_id, ""))
        output = response.output if response is not None else None
        if type(output) is list:  # (a finished response is the server's: it may have none)
            index = self._position.get(item_id)  # where it was placed: no scan of the output
            if index is not None and index < len(output) and output[index] is kept:
                output[index] = final
        self._redo(item_id, user_only=True)

    def _redo(self, item_id: str, user_only: bool = False) -> None:
        """Write an item's streams to it again (the item is new: it came late, or was replaced)."""
        for stream in self._item_streams.get(item_id, ()):
            if not user_only or not stream.output:
                self._mark(stream)

    def _mark(self, stream: _Stream) -> None:
        """The stream has text its model does not have yet: the next read writes it."""
        if not stream.dirty:
            stream.dirty = True
            self._dirty.append(stream)

    def _on_response_done(self, event: Any) -> Optional[_Response]:
        final = event.response
        response_id = id_of(final)
        if response_id is None:
            self._odd("a response without an id")
            return None
        self._flush()
        built = self._responses.get(response_id)
        if built is None:
            self._odd("response %s was done without being created" % response_id)
        elif response_id not in self._open:
            self._odd("response %s was done again" % response_id)
        else:
            found: List[Tuple[str, Any, Any]] = []
            with suppress(ValueError):  # what cannot be written cannot be compared (a model built in code)
                differences(built.to_dict().get("output"), final.to_dict().get("output"), "response.output", found)
            for path, built_value, server_value in found:
                self._disagree(path, built_value, server_value)
        final = self._take(final)
        if built is None or response_id in self._open:  # not done before: its tokens count once
            self._usage._add(final.usage)
        if type(final.output) is list:
            in_conversation = final.conversation_id is not None
            for item in final.output:
                item_id = id_of(item)
                if item_id is None:
                    continue
                if item_id not in self._finished and response_id in self._open:
                    self._odd("no response.output_item.done for item %s" % item_id)
                self._items[item_id] = item
                self._response_of[item_id] = response_id
                self._close(item_id)
                if in_conversation and item_id not in self._next:
                    self._odd("item %s of response %s was never added to the conversation" % (item_id, response_id))
                    self._insert(item_id, UNSET)
                elif in_conversation and self._announces_done and item_id not in self._items_done:
                    self._odd("no conversation.item.done for item %s" % item_id)
        self._responses[response_id] = final
        self._open.pop(response_id, None)
        return final  # type: ignore[no-any-return]

    def _close(self, item_id: str) -> None:
        """An item's response is done: its streams go (the server's item holds the text), and
        later deltas for it are oddities."""
        self._closed.add(item_id)
        self._forget_streams(item_id)

    def _forget_streams(self, item_id: str) -> None:
        for stream in self._item_streams.pop(item_id, ()):
            self._streams.pop((stream.item_id, stream.index, stream.field), None)
            self._unannounced.pop((stream.item_id, stream.index, stream.field), None)
            stream.dirty = False  # the flush drops it from the dirty list

    def _on_item_deleted(self, event: Any) -> None:
        item_id = event.item_id
        if item_id not in self._items:
            self._odd("deleted item %s, which the conversation does not have" % short(item_id))
            return
        del self._items[item_id]
        self._forget_streams(item_id)
        if item_id in self._next:
            self._unlink(item_id)
        for key in [key for key in self._audio if key[0] == item_id]:
            self._audio_kept -= len(self._audio.pop(key))
        for key in [key for key in self._audio_received if key[0] == item_id]:
            del self._audio_received[key]

    def _drop(self, stream: _Stream) -> None:
        key = (stream.item_id, stream.index, stream.field)
        self._streams.pop(key, None)
        self._unannounced.pop(key, None)
        self._item_streams[stream.item_id].remove(stream)
        stream.dirty = False  # the next flush drops it from the dirty list

    def _on_item_truncated(self, event: Any) -> None:
        item_id, index = event.item_id, event.content_index
        if type(index) is not int:
            self._odd("%s without a content index" % event.type)
            return
        part = self._target_of(item_id, index)
        if part is None:
            self._odd("truncated item %s part %s, which the conversation does not have" % (short(item_id), index))
            return
        # The server removes the transcript, so that the text has nothing the user did not hear.
        stream = self._streams.get((item_id, index, "transcript"))
        if stream is not None:
            self._drop(stream)
        _set_field(part, "transcript", UNSET)
        kept = self._audio.get((item_id, index))
        end = event.audio_end_ms
        if type(end) is int:
            cut = max(0, end) * self._bytes_per_ms(self._responses.get(self._response_of.get(item_id, "")))
            count = self._audio_received.get((item_id, index))
            if count is not None:  # what is left of the audio received
                count[0] = min(count[0], cut)
            if kept is not None and cut < len(kept):
                self._audio_kept -= len(kept) - cut
                del kept[cut:]

    def _bytes_per_ms(self, response: Any) -> int:
        """How many bytes a millisecond of the response's output audio takes."""
        raise NotImplementedError

    # --- content parts -------------------------------------------------------------------------

    def _on_part_added(self, event: Any) -> None:
        item_id = event.item_id
        item = self._items.get(item_id)
        if item is None or item_id in self._closed:
            self._odd("a content part for item %s, which is not in progress" % short(item_id))
            return
        content = getattr(item, "content", None)
        if content is None:
            self._odd("a content part for item %s, which has no content" % item_id)
            return
        part = event.part
        if part is None or part is UNSET:
            self._odd("a content part event without its part")
            return
        if type(content) is not list:
            content = item.content = []
        self._place(content, event.content_index, self._new_part(part), "content part")
        self._redo(item_id)  # text that came before its part

    def _new_part(self, part: Any) -> Any:
        return self._take(part)

    def _on_part_done(self, event: Any) -> None:
        item_id, index = event.item_id, event.content_index
        if type(index) is not int:
            self._odd("%s without a content index" % event.type)
            return
        part = self._target_of(item_id, index)
        if part is None or item_id in self._closed:
            self._odd("content part %s of item %s is not in progress" % (short(index), short(item_id)))
            return
        final = event.part
        kind = getattr(final, "type", None)
        expected = ("text",) if kind == "text" else ("transcript", "audio") if kind == "audio" else ()
        for field in expected:
            if field == "audio":
                done = (item_id, index) in self._audio_done
            else:
                stream = self._streams.get((item_id, index, field))
                done = stream is not None and stream.done
            if not done:
                self._odd("no .done event for the %s of item %s part %d" % (field, item_id, index))
        for field in ("text", "transcript"):
            server = getattr(final, field, UNSET)
            if type(server) is not str:
                continue
            stream = self._streams.get((item_id, index, field))
            if stream is None:  # a value the server gives without having streamed it: it is the value
                _set_field(part, field, server)
            else:
                self._finish_stream(stream, server, "item[%s].content[%d]" % (item_id, index))
        self._finished_parts.add((item_id, index))

    # --- streams -------------------------------------------------------------------------------

    def _target_of(self, item_id: Any, index: Any) -> Any:
        item = self._items.get(item_id) if type(item_id) is str else None
        return _target(item, index) if item is not None else None

    def _stream(self, event: Any, index: Any, field: str, output: bool) -> Optional[_Stream]:
        """The stream of ``field`` the event's item and ``index`` name, opened on first use."""
        item_id = event.item_id
        if type(item_id) is not str or not (index is None or type(index) is int):
            self._odd("a delta without an item id or content index")
            return None
        key = (item_id, index, field)
        stream = self._streams.get(key)
        if stream is not None:
            return stream
        if item_id in self._closed:
            self._odd("%s for item %s, whose response is done" % (event.type, item_id))
            return None
        target = self._target_of(item_id, index)
        if target is None and output:
            known = index is not None and item_id in self._items
            where = "item %s part %s" % (item_id, index) if known else "item %s" % item_id
            self._odd("%s for %s, which was never added" % (event.type, where))
        seed = getattr(target, field, None) if target is not None else None
        stream = _Stream(item_id, index, field, [seed] if type(seed) is str and seed else [], output)
        self._streams[key] = stream
        self._item_streams.setdefault(item_id, []).append(stream)
        if item_id not in self._items:  # text for an item that may never come: kept, boundedly
            waiting = self._unannounced
            waiting[key] = stream
            if len(waiting) > _UNANNOUNCED:
                oldest = waiting.pop(next(iter(waiting)))
                self._odd("dropped the text of item %s, which never came" % oldest.item_id)
                self._drop(oldest)
        return stream

    def _grow(self, event: Any, index: Any, field: str, output: bool = True) -> None:
        stream = self._stream(event, index, field, output)
        if stream is None:
            return
        delta = event.delta
        if not stream.accepting:
            self._odd("%s after its stream was done" % event.type)
        elif type(delta) is str:
            stream.pieces.append(delta)
            self._mark(stream)

    def _finish(self, event: Any, index: Any, field: str, final: Any, output: bool = True) -> None:
        if type(final) is not str:
            return
        stream = self._stream(event, index, field, output)
        if stream is None:
            return
        item_id = event.item_id
        where = "item[%s]" % item_id if index is None else "item[%s].content[%d]" % (item_id, index)
        self._finish_stream(stream, final, where)

    def _finish_stream(self, stream: _Stream, final: str, where: str) -> None:
        """The server's whole value ends a stream: compared with what the deltas built, it wins."""
        built = stream.value()
        if built != final and (stream.output or len(stream.pieces) > 0):
            self._disagree("%s.%s" % (where, stream.field), built, final)
        stream.pieces = [final]
        stream.done = True
        stream.accepting = False
        self._mark(stream)

    def _flush(self) -> None:
        """Write the text that streams collected to the models (see the module's documentation)."""
        if not self._dirty:
            return
        for stream in self._dirty:
            if not stream.dirty:
                continue  # closed since
            stream.dirty = False
            target = self._target_of(stream.item_id, stream.index)
            if target is not None:  # else its item or part has not come: marked again when it does
                _set_field(target, stream.field, stream.value())
        self._dirty = []

    _on_text_delta = _grower("text", indexed=True)

    def _on_text_done(self, event: Any) -> None:
        self._finish(event, event.content_index, "text", event.text)

    _on_transcript_delta = _grower("transcript", indexed=True)

    def _on_transcript_done(self, event: Any) -> None:
        self._finish(event, event.content_index, "transcript", event.transcript)

    _on_arguments_delta = _grower("arguments", indexed=False)

    def _on_arguments_done(self, event: Any) -> None:
        self._finish(event, None, "arguments", event.arguments)

    def _on_audio_delta(self, event: Any) -> None:
        key = (event.item_id, event.content_index)
        try:
            count = self._audio_received[key]  # the decoded bytes the part received, in a list
        except (KeyError, TypeError):  # the part's first delta (it must be in progress), or no part
            if type(key[0]) is not str or type(key[1]) is not int:
                self._odd("a delta without an item id or content index")
                return
            count = self._audio_received[key] = [0]
            if key[0] in self._closed or self._target_of(*key) is None:
                self._odd("%s for item %s part %s, which is not in progress" % (event.type, *map(short, key)))
                return
        delta = event.delta
        if type(delta) is str:  # a typed event built in code is not checked again on its way in
            try:  # noqa: SIM105 (suppress() costs a call a delta)
                # the bytes it decodes to, told from its length and padding: nothing decoded
                count[0] += len(delta) // 4 * 3 - (delta[-1] == "=") - (delta[-2] == "=")
            except IndexError:
                pass  # shorter than four characters: no byte
        if not self.keep_audio:
            return
        try:
            chunk = a2b_base64(event.delta)
        except (_Base64Error, TypeError, ValueError):
            self._odd("%s is not base64" % event.type)
            return
        kept = self._audio.get(key)
        if kept is None:
            kept = self._audio[key] = bytearray()
        kept += chunk
        self._audio_kept += len(chunk)

    def _on_audio_done(self, event: Any) -> None:
        self._audio_done.add((event.item_id, event.content_index))

    def _on_input_transcript_delta(self, event: Any) -> None:
        index = event.content_index
        self._grow(event, 0 if index is UNSET else index, "transcript", output=False)

    def _on_input_transcript_completed(self, event: Any) -> None:
        self._finish(event, event.content_index, "transcript", event.transcript, output=False)
        self._failures.pop(event.item_id, None)

    def _on_input_transcript_failed(self, event: Any) -> None:
        if type(event.item_id) is str:
            self._failures[event.item_id] = event.error

    def _on_session(self, event: Any) -> None:
        session = event.session
        if session is not UNSET and session is not None:
            self.session = self._take(session)

    def _on_conversation_created(self, event: Any) -> None:
        conversation = event.conversation
        conversation_id = getattr(conversation, "id", None)
        if type(conversation_id) is str:
            self.conversation_id = conversation_id

    # --- forgetting, for a client that lives for hours ---------------------------------------

    def forget_response(self, response_id: str) -> bool:
        """Drop a finished response, and those of its items the conversation does not hold
        (an out-of-band response's): what the state keeps stays what the client keeps. Items in
        the conversation stay; :meth:`forget_item` drops them. False if there is no such
        response, or it is still in progress."""
        response = self._responses.get(response_id)
        if response is None or response_id in self._open:
            return False
        del self._responses[response_id]
        for item in response.output if type(response.output) is list else ():
            item_id = id_of(item)
            if item_id is not None and item_id not in self._next and self._response_of.get(item_id) == response_id:
                self._forget(item_id)
        return True

    def forget_item(self, item_id: str) -> bool:
        """Drop an item from the conversation, with everything the state keeps of it (its text
        streams, its audio). The server still has it: a later event that names it is an oddity,
        as for any item the state does not know. False if there is no such item, or its response
        is still in progress."""
        if item_id not in self._items or self._response_of.get(item_id) in self._open:
            return False
        self._forget(item_id)
        return True

    def _forget(self, item_id: str) -> None:
        del self._items[item_id]
        if item_id in self._next:
            self._unlink(item_id)
        self._forget_streams(item_id)
        for bookkeeping in (self._response_of, self._position, self._segments, self._failures, self._signals):
            bookkeeping.pop(item_id, None)
        for done in (self._closed, self._finished, self._items_done):
            done.discard(item_id)
        for parts in (self._finished_parts, self._audio_done):
            parts.difference_update([key for key in parts if key[0] == item_id])
        for key in [key for key in self._audio if key[0] == item_id]:
            self._audio_kept -= len(self._audio.pop(key))
        for key in [key for key in self._audio_received if key[0] == item_id]:
            del self._audio_received[key]

    # --- reading the state ---------------------------------------------------------------------

    @property
    def oddities(self) -> List[Oddity]:
        """Events that did not fit the state, in the order they came: an event that does not
        validate (with its problems, :attr:`Oddity.error`), an unknown item, a ``.done`` with no
        deltas before it, a duplicate, a trace of an event that was lost."""
        return self._oddities

    @property
    def disagreements(self) -> List[Disagreement]:
        """Where the server's final values differ from what the fold built from the deltas, in
        the order found."""
        return self._disagreements

    def __repr__(self) -> str:
        """A summary: how many items and responses, and what is in progress."""
        parts = ["%d item%s" % (len(self._next), "" if len(self._next) == 1 else "s")]
        parts.append("%d response%s" % (len(self._responses), "" if len(self._responses) == 1 else "s"))
        if self._open:
            parts.append("in progress: %s" % ", ".join(short(key)[1:-1] for key in list(self._open)[:3]))
        if self._oddities or self._disagreements:
            parts.append("%d oddities, %d disagreements" % (len(self._oddities), len(self._disagreements)))
        return "<%s %s>" % (type(self).__name__, "; ".join(parts))

    @property
    def responses(self) -> Mapping[str, _Response]:
        """Every response by id, in the order they were created: those in progress as the fold
        has built them so far, the finished ones as the server's ``response.done`` gave them."""
        self._flush()
        return MappingProxyType(self._responses)

    @property
    def in_progress(self) -> List[str]:
        """The ids of the responses created and not done yet."""
        return list(self._open)

    @property
    def unfinished(self) -> List[str]:
        """What the stream left open so far, a short sentence each: responses not done,
        transcriptions not completed, text waiting for an item that never came."""
        self._flush()
        found = ["response %s is not done" % response_id for response_id in self._open]
        for stream in self._streams.values():
            if not stream.output and not stream.done:
                found.append("the transcription of item %s part %s is not completed" % (stream.item_id, stream.index))
        for stream in self._streams.values():
            if stream.pieces and self._target_of(stream.item_id, stream.index) is None:
                found.append("the %s of item %s waits for the item" % (stream.field, stream.item_id))
        return found

    def response(self, response_id: str) -> Optional[_Response]:
        """The response of that id, or None."""
        self._flush()
        return self._responses.get(response_id)

    @property
    def items(self) -> List[_Item]:
        """The conversation's items in the server's order (``previous_item_id``). Items of
        out-of-band responses are not in it: find them in their response's ``output``."""
        self._flush()
        items, following, found = self._items, self._next, []
        item_id = self._head
        while item_id is not None:
            found.append(items[item_id])
            item_id = following[item_id]
        return found

    def item(self, item_id: str) -> Optional[_Item]:
        """The item of that id, in the conversation or in a response's output, or None."""
        self._flush()
        return self._items.get(item_id)

    def audio(self, item_id: str, content_index: int = 0) -> Optional[bytes]:
        """The decoded audio of an output audio part (``keep_audio=True``), or None."""
        kept = self._audio.get((item_id, content_index))
        return bytes(kept) if kept is not None else None

    def audio_of(self, part: Any) -> Optional[bytes]:
        """The decoded audio of a content part the state holds (``keep_audio=True``), or None."""
        for item_id, item in self._items.items():
            content = getattr(item, "content", None)
            if type(content) is list:
                for index, each in enumerate(content):
                    if each is part:
                        return self.audio(item_id, index)
        return None

    @property
    def audio_kept(self) -> int:
        """How many bytes of decoded audio the state holds."""
        return self._audio_kept

    def segments(self, item_id: str) -> List[Any]:
        """The diarized transcript segments (GA) of a user item, in the order they came."""
        return list(self._segments.get(item_id, ()))

    def transcription_error(self, item_id: str) -> Any:
        """Why the transcription of a user item failed, or None."""
        return self._failures.get(item_id)

    def status_signal(self, item_id: str) -> Optional[str]:
        """The last status an MCP event gave an item (GA ``response.mcp_call.*`` and
        ``mcp_list_tools.*``: ``in_progress``, ``completed`` or ``failed``), or None."""
        return self._signals.get(item_id)


# The handlers of the deltas check every field they use, so that a typed delta is applied with
# no validate() first: the bulk of a stream costs what parsing it costs.
_SELF_CHECKING = frozenset(
    (
        ConversationFold._on_text_delta,
        ConversationFold._on_transcript_delta,
        ConversationFold._on_arguments_delta,
        ConversationFold._on_audio_delta,
        ConversationFold._on_input_transcript_delta,
    )
)


def shared_handlers(events: Dict[str, type]) -> Dict[type, Callable[[Any, Any], Any]]:
    """What both protocols send alike: each of the protocol's event classes (``events``, its
    classes by wire type) with the method that applies it. Each protocol's ConversationState adds
    its own (beta ``response.text.delta``, GA ``response.output_text.delta``, ...)."""
    fold = ConversationFold
    return {
        events["conversation.created"]: fold._on_conversation_created,
        events["rate_limits.updated"]: fold._on_rate_limits,
        events["session.created"]: fold._on_session,
        events["session.updated"]: fold._on_session,
        events["response.created"]: fold._on_response_created,
        events["response.done"]: fold._on_response_done,
        events["response.output_item.added"]: fold._on_output_item_added,
        events["response.output_item.done"]: fold._on_output_item_done,
        events["conversation.item.created"]: fold._on_item_added,
        events["conversation.item.retrieved"]: fold._on_item_retrieved,
        events["conversation.item.deleted"]: fold._on_item_deleted,
        events["conversation.item.truncated"]: fold._on_item_truncated,
        events["response.content_part.added"]: fold._on_part_added,
        events["response.content_part.done"]: fold._on_part_done,
        events["response.function_call_arguments.delta"]: fold._on_arguments_delta,
        events["conversation.item.input_audio_transcription.delta"]: fold._on_input_transcript_delta,
        events["conversation.item.input_audio_transcription.completed"]: fold._on_input_transcript_completed,
        events["conversation.item.input_audio_transcription.failed"]: fold._on_input_transcript_failed,
    }


def _target(item: Any, index: Optional[int]) -> Any:
    """The item itself (index None) or its content part at ``index``, or None."""
    if index is None:
        return item
    content = getattr(item, "content", None)
    if type(content) is list and type(index) is int and 0 <= index < len(content):
        return content[index]
    return None
