"""The GA protocol's client events (``openai.types.realtime``): what a client sends, 11 types.

``RealtimeClientEvent.from_json(message)`` turns any client message into its class with one dict
lookup (a recorded log of what a client sent, say); built in code, an event writes its own
``type``: ``ResponseCreateEvent().to_dict() == {"type": "response.create"}``. Strict mode checks
each event as the server would, and GA's 512-character limit on ``event_id``. The types:

- ``conversation.item.create``
- ``conversation.item.delete``
- ``conversation.item.retrieve``
- ``conversation.item.truncate``
- ``input_audio_buffer.append``
- ``input_audio_buffer.clear``
- ``input_audio_buffer.commit``
- ``output_audio_buffer.clear``
- ``response.cancel``
- ``response.create``
- ``session.update``
"""

from __future__ import annotations

from abc import ABCMeta

from .._core.checks import each_one_of, max_output_tokens_bounds, metadata_limits, prefixed, string_one_of
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import (
    get_bool,
    get_int_or_inf,
    get_json,
    get_model,
    get_models,
    get_str,
    get_str_list,
    get_str_map,
    get_str_or_model,
    read_event,
)
from .._core.unset import UNSET
from .._shared.client_events import (
    SHARED_CLIENT_EVENTS,
    ClientEvent,
    ConversationItemDeleteEvent,
    ConversationItemRetrieveEvent,
    ConversationItemTruncateEvent,
    InputAudioBufferAppendEvent,
    InputAudioBufferClearEvent,
    InputAudioBufferCommitEvent,
    OutputAudioBufferClearEvent,
    ResponseCancelEvent,
    unknown_client_event_type,
)
from .._shared.session import RealtimeToolsConfigUnion
from ..errors import ValidationError, ValidationProblem
from .audio import RealtimeResponseAudio
from .items import RealtimeConversationItem
from .literals import _OUTPUT_MODALITIES
from .session import RealtimeReasoning, RealtimeSessionRequest, ResponsePrompt
from .tools import _TOOL_CHOICE_MODE, RealtimeToolChoiceObject

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Type, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "CLIENT_EVENTS",
    "ClientEvent",
    "ConversationItemCreateEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferCommitEvent",
    "OutputAudioBufferClearEvent",
    "RealtimeClientEvent",
    "RealtimeResponseCreateAudioOutput",
    "RealtimeResponseCreateParams",
    "ResponseCancelEvent",
    "ResponseCreateEvent",
    "ResponseItemReference",
    "SessionUpdateEvent",
    "UnknownClientEvent",
]

_EVENT_ID_LIMIT = 512
_CONVERSATION = string_one_of(("auto", "none"))  # or any conversation's id: only these two named


class RealtimeClientEvent(ClientEvent, Dispatcher, metaclass=ABCMeta):
    """The base of the GA client events. ``RealtimeClientEvent.from_dict(d)`` (and ``from_json``)
    returns the event class of ``d["type"]``, with one dict lookup; a type this version does not
    know gives an :class:`UnknownClientEvent` in lenient mode and a problem at ``type`` in
    strict mode, as does an ``event_id`` over 512 characters. The events both protocols send
    alike count as subclasses here too."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeClientEvent:
        """Parse the event ``type`` names: see :class:`RealtimeClientEvent`."""
        event = Dispatcher.from_dict.__func__(cls, data, strict)  # type: ignore[attr-defined]
        event_id = getattr(event, "event_id", None)  # (an unknown event, lenient, has none)
        if strict and type(event_id) is str and len(event_id) > _EVENT_ID_LIMIT:
            raise ValidationError([ValidationProblem(("event_id",), "longer than 512 characters (%d)" % len(event_id))])
        return event  # type: ignore[no-any-return]


@model
class SessionUpdateEvent(RealtimeClientEvent):
    """Change the session: only the settings given change (``None`` turns one off). The server
    answers with ``session.updated``, the whole session in effect."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    session: Maybe[RealtimeSessionRequest] = UNSET
    """A :class:`~realtime_models.ga.RealtimeSessionCreateRequest` or a
    :class:`~realtime_models.ga.RealtimeTranscriptionSessionCreateRequest`."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "session.update"
    _required = ("type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", RealtimeSessionRequest, strict, errs)


@model
class ConversationItemCreateEvent(RealtimeClientEvent):
    """Add an item to the conversation: after ``previous_item_id`` (``"root"``: first; absent
    or ``None``: last)."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    """Any GA item kind (an assistant message with audio cannot be created)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.create"
    _required = ("type", "item")
    _nullable = ("previous_item_id",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.previous_item_id = get_str(d, "previous_item_id", errs)
        self.item = get_model(d, "item", RealtimeConversationItem, strict, errs)


@model
class ResponseItemReference(Model):
    """An item of the conversation, named by its id, in a response's ``input``."""

    type: Maybe[str] = UNSET
    """Always ``item_reference``."""
    id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _type = "item_reference"
    _required = ("type", "id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.id = get_str(d, "id", errs)


RealtimeResponseCreateAudioOutput = RealtimeResponseAudio
"""The audio of ``response.create``: the same shape as a response's (``output``: format and
voice)."""


def _get_input(d: Dict[str, Any], strict: bool, errs: Errors) -> Maybe[List[Any]]:
    """A response's ``input``: items of the GA union, and references to items by id."""
    value = d.get("input", UNSET)
    if type(value) is not list:
        return get_models(d, "input", RealtimeConversationItem, strict, errs)  # what is not an array
    out: List[Any] = []
    for i, entry in enumerate(value):
        cls = ResponseItemReference if type(entry) is dict and entry.get("type") == "item_reference" else None
        try:
            out.append(cls.from_dict(entry, strict) if cls else RealtimeConversationItem.from_dict(entry, strict))
        except ValidationError as e:
            errs.extend(prefixed(("input", i), e.errors))
    return out if len(out) == len(value) else UNSET


@model
class RealtimeResponseCreateParams(Model):
    """What one response does differently from the session: each field given overrides it for
    this response only. ``conversation="none"`` makes an out-of-band response, with ``input``
    as its whole context and ``metadata`` to tell it apart."""

    output_modalities: Maybe[List[str]] = UNSET
    instructions: Maybe[str] = UNSET
    audio: Maybe[RealtimeResponseAudio] = UNSET
    tools: Maybe[List[RealtimeToolsConfigUnion]] = UNSET
    tool_choice: Maybe[Union[str, RealtimeToolChoiceObject]] = UNSET
    parallel_tool_calls: Maybe[bool] = UNSET
    reasoning: Maybe[RealtimeReasoning] = UNSET
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    """1 to 4096, or ``"inf"`` (strict mode checks)."""
    conversation: Maybe[str] = UNSET
    """``"auto"`` (the default conversation), ``"none"`` (out of band), or a conversation's id."""
    metadata: Maybe[Dict[str, str]] = UNSET
    """Up to 16 string pairs (strict mode checks)."""
    prompt: Maybe[ResponsePrompt] = UNSET
    input: Maybe[List[Union[RealtimeConversationItem, ResponseItemReference]]] = UNSET
    """The response's context instead of the conversation: items, and references to items."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("metadata", "prompt")
    _checks = {
        "output_modalities": each_one_of(_OUTPUT_MODALITIES),
        "tool_choice": _TOOL_CHOICE_MODE,
        "max_output_tokens": max_output_tokens_bounds,
        "metadata": metadata_limits,
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.output_modalities = get_str_list(d, "output_modalities", errs)
        self.instructions = get_str(d, "instructions", errs)
        self.audio = get_model(d, "audio", RealtimeResponseAudio, strict, errs)
        self.tools = get_models(d, "tools", RealtimeToolsConfigUnion, strict, errs)
        self.tool_choice = get_str_or_model(d, "tool_choice", RealtimeToolChoiceObject, strict, errs)
        self.parallel_tool_calls = get_bool(d, "parallel_tool_calls", errs)
        self.reasoning = get_model(d, "reasoning", RealtimeReasoning, strict, errs)
        self.max_output_tokens = get_int_or_inf(d, "max_output_tokens", errs)
        self.conversation = get_str(d, "conversation", errs)
        self.metadata = get_str_map(d, "metadata", errs)
        self.prompt = get_model(d, "prompt", ResponsePrompt, strict, errs)
        self.input = _get_input(d, strict, errs)


@model
class ResponseCreateEvent(RealtimeClientEvent):
    """Ask for a response: with the session's settings, or those of ``response`` for this one."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    response: Maybe[RealtimeResponseCreateParams] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.create"
    _required = ("type",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response = get_model(d, "response", RealtimeResponseCreateParams, strict, errs)


@model
class UnknownClientEvent(RealtimeClientEvent):
    """A client event of a type this version does not know (lenient mode only): ``type`` as it
    came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


for _shared in SHARED_CLIENT_EVENTS:
    RealtimeClientEvent.register(_shared)

CLIENT_EVENTS: Dict[str, Type[ClientEvent]] = kind_table(
    *SHARED_CLIENT_EVENTS, SessionUpdateEvent, ConversationItemCreateEvent, ResponseCreateEvent
)
"""Every client event type this protocol knows, to its class."""

set_kinds(RealtimeClientEvent, CLIENT_EVENTS, UnknownClientEvent, problem=unknown_client_event_type)
