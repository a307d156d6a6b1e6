"""The beta protocol's client events (``openai.types.beta.realtime``): what a client sends, 12
types, ``transcription_session.update`` among them.

``RealtimeClientEvent.from_json(message)`` turns any client message into its class with one dict
lookup; built in code, an event writes its own ``type``. The types:

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
- ``transcription_session.update``
"""

from __future__ import annotations

from abc import ABCMeta

from .._core.checks import between, each_one_of, max_output_tokens_bounds, metadata_limits, one_of
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import (
    get_int_or_inf,
    get_json,
    get_model,
    get_models,
    get_number,
    get_str,
    get_str_list,
    get_str_map,
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
from .._shared.session import RealtimeFunctionTool
from .content import RealtimeConversationItemContent
from .items import RealtimeConversationItem
from .literals import _AUDIO_FORMATS, _ITEM_ROLES, _ITEM_STATUSES, _MODALITIES
from .session import (
    SessionUpdateEventSession,
    TranscriptionSessionUpdateSession,
    _get_tool_choice,
    _tool_choice_is_a_string,
)

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
    "ConversationItemWithReference",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferCommitEvent",
    "OutputAudioBufferClear",
    "OutputAudioBufferClearEvent",
    "RealtimeClientEvent",
    "RealtimeResponseCreateParams",
    "ResponseCancelEvent",
    "ResponseCreateEvent",
    "SessionUpdateEvent",
    "TranscriptionSessionUpdate",
    "UnknownClientEvent",
]

OutputAudioBufferClear = OutputAudioBufferClearEvent
"""The SDK's beta name of ``output_audio_buffer.clear`` (no ``Event`` suffix)."""


class RealtimeClientEvent(ClientEvent, Dispatcher, metaclass=ABCMeta):
    """The base of the beta client events. ``RealtimeClientEvent.from_dict(d)`` (and
    ``from_json``) returns the event class of ``d["type"]``, with one dict lookup; a type this
    version does not know gives an :class:`UnknownClientEvent` in lenient mode and a problem at
    ``type`` in strict mode. The events both protocols send alike count as subclasses here too."""

    __slots__ = ()


@model
class SessionUpdateEvent(RealtimeClientEvent):
    """Change the session: only the settings given change (``None`` turns one off)."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    session: Maybe[SessionUpdateEventSession] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "session.update"
    _required = ("type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", SessionUpdateEventSession, strict, errs)


@model
class TranscriptionSessionUpdate(RealtimeClientEvent):
    """Change a transcription session (the SDK's name has no ``Event`` suffix)."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    session: Maybe[TranscriptionSessionUpdateSession] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "transcription_session.update"
    _required = ("type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", TranscriptionSessionUpdateSession, strict, errs)


@model
class ConversationItemCreateEvent(RealtimeClientEvent):
    """Add an item to the conversation: after ``previous_item_id`` (``"root"``: first; absent
    or ``None``: last)."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
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
class ConversationItemWithReference(Model):
    """An item of a response's ``input``: the flat beta item, or a reference to an item of the
    conversation (``type`` ``item_reference`` and its ``id``)."""

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    """``message``, ``function_call``, ``function_call_output`` or ``item_reference``."""
    object: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    role: Maybe[str] = UNSET
    content: Maybe[List[RealtimeConversationItemContent]] = UNSET
    call_id: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    output: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("id", "object", "type", "status", "role", "content", "name", "call_id", "arguments", "output")
    _object = "realtime.item"
    _checks = {
        "type": one_of(("message", "function_call", "function_call_output", "item_reference")),
        "status": one_of(_ITEM_STATUSES),
        "role": one_of(_ITEM_ROLES),
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.type = get_str(d, "type", errs)
        self.object = get_str(d, "object", errs)
        self.status = get_str(d, "status", errs)
        self.role = get_str(d, "role", errs)
        self.content = get_models(d, "content", RealtimeConversationItemContent, strict, errs)
        self.call_id = get_str(d, "call_id", errs)
        self.name = get_str(d, "name", errs)
        self.arguments = get_str(d, "arguments", errs)
        self.output = get_str(d, "output", errs)


@model
class RealtimeResponseCreateParams(Model):
    """What one response does differently from the session (the SDK's
    ``ResponseCreateEvent.Response``): each field given overrides it for this response only.
    OpenAI's example sends ``max_output_tokens`` where the schema names
    ``max_response_output_tokens``: both are known, each kept under its own key."""

    modalities: Maybe[List[str]] = UNSET
    instructions: Maybe[str] = UNSET
    voice: Maybe[str] = UNSET
    output_audio_format: Maybe[str] = UNSET
    tools: Maybe[List[RealtimeFunctionTool]] = UNSET
    tool_choice: Maybe[Union[str, Dict[str, Any]]] = UNSET
    temperature: Maybe[float] = UNSET
    max_response_output_tokens: Maybe[Union[int, str]] = UNSET
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    conversation: Maybe[str] = UNSET
    """``"auto"``, ``"none"`` (out of band), or a conversation's id."""
    metadata: Maybe[Dict[str, str]] = UNSET
    input: Maybe[List[ConversationItemWithReference]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("metadata",)
    _checks = {
        "modalities": each_one_of(_MODALITIES),
        "output_audio_format": one_of(_AUDIO_FORMATS),
        "tool_choice": _tool_choice_is_a_string,
        "temperature": between(0.6, 1.2),
        "max_response_output_tokens": max_output_tokens_bounds,
        "max_output_tokens": max_output_tokens_bounds,
        "metadata": metadata_limits,
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.modalities = get_str_list(d, "modalities", errs)
        self.instructions = get_str(d, "instructions", errs)
        self.voice = get_str(d, "voice", errs)
        self.output_audio_format = get_str(d, "output_audio_format", errs)
        self.tools = get_models(d, "tools", RealtimeFunctionTool, strict, errs)
        self.tool_choice = _get_tool_choice(d, errs)
        self.temperature = get_number(d, "temperature", errs)
        self.max_response_output_tokens = get_int_or_inf(d, "max_response_output_tokens", errs)
        self.max_output_tokens = get_int_or_inf(d, "max_output_tokens", errs)
        self.conversation = get_str(d, "conversation", errs)
        self.metadata = get_str_map(d, "metadata", errs)
        self.input = get_models(d, "input", ConversationItemWithReference, strict, errs)


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
    *SHARED_CLIENT_EVENTS,
    SessionUpdateEvent,
    TranscriptionSessionUpdate,
    ConversationItemCreateEvent,
    ResponseCreateEvent,
)
"""Every client event type this protocol knows, to its class."""

set_kinds(RealtimeClientEvent, CLIENT_EVENTS, UnknownClientEvent, problem=unknown_client_event_type)
