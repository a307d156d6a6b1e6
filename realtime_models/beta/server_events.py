"""The beta protocol's server events (``openai.types.beta.realtime``): 34 types, each its own class.

``RealtimeServerEvent.from_json(message)`` turns any server message into its class with one dict
lookup; ``isinstance`` (or ``match``) then tells them apart. ``EVENTS`` maps each type to its class.
The GA names of the delta events (``response.output_text.delta``, ...) are unknown here, as in the
beta protocol. The types:

- ``conversation.created``
- ``conversation.item.created``
- ``conversation.item.deleted``
- ``conversation.item.input_audio_transcription.completed``
- ``conversation.item.input_audio_transcription.delta``
- ``conversation.item.input_audio_transcription.failed``
- ``conversation.item.retrieved``
- ``conversation.item.truncated``
- ``error``
- ``input_audio_buffer.cleared``
- ``input_audio_buffer.committed``
- ``input_audio_buffer.speech_started``
- ``input_audio_buffer.speech_stopped``
- ``output_audio_buffer.cleared``
- ``output_audio_buffer.started``
- ``output_audio_buffer.stopped``
- ``rate_limits.updated``
- ``response.audio.delta``
- ``response.audio.done``
- ``response.audio_transcript.delta``
- ``response.audio_transcript.done``
- ``response.content_part.added``
- ``response.content_part.done``
- ``response.created``
- ``response.done``
- ``response.function_call_arguments.delta``
- ``response.function_call_arguments.done``
- ``response.output_item.added``
- ``response.output_item.done``
- ``response.text.delta``
- ``response.text.done``
- ``session.created``
- ``session.updated``
- ``transcription_session.updated``

Events embed the beta models.
"""

from __future__ import annotations

from abc import ABCMeta

from .._core.model import Dispatcher, field, kind_table, model, set_kinds
from .._core.readers import get_int, get_json, get_model, get_models, get_str, read_event
from .._core.unset import UNSET
from .._shared.deltas import ResponseAudioDelta, ResponseContentDelta, ResponseFunctionCallArgumentsDeltaEvent
from .._shared.server_events import (
    ConversationCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
    ConversationItemTruncatedEvent,
    ErrorEvent,
    InputAudioBufferClearedEvent,
    InputAudioBufferCommittedEvent,
    InputAudioBufferSpeechStartedEvent,
    InputAudioBufferSpeechStoppedEvent,
    LogProbProperties,
    OutputAudioBufferCleared,
    OutputAudioBufferStarted,
    OutputAudioBufferStopped,
    RateLimitsUpdatedEvent,
    ResponseContentDone,
    ResponseTextDone,
    ResponseTranscriptDone,
    ServerEvent,
    TranscriptTextUsage,
    unknown_event_type,
)
from .content import RealtimeConversationItemContent
from .items import RealtimeConversationItem
from .response import RealtimeResponse
from .session import Session, TranscriptionSession

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Type

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "EVENTS",
    "ConversationCreatedEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
    "RealtimeServerEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "TranscriptionSessionUpdatedEvent",
    "UnknownServerEvent",
]


class RealtimeServerEvent(ServerEvent, Dispatcher, metaclass=ABCMeta):
    """The base of the beta server events. ``RealtimeServerEvent.from_dict(d)`` (and ``from_json``)
    returns the event class of ``d["type"]``, with one dict lookup; a type this version does not
    know gives an :class:`UnknownServerEvent` in lenient mode and a problem at ``type`` in strict
    mode. The event classes both protocols share (:mod:`realtime_models._shared.server_events`) count as
    subclasses here too."""

    __slots__ = ()


@model
class _ResponseEvent(RealtimeServerEvent):
    """The shape of ``response.created`` and ``response.done``: the response as it stands."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response: Maybe[RealtimeResponse] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response = get_model(d, "response", RealtimeResponse, strict, errs)


class ResponseCreatedEvent(_ResponseEvent):
    """A response began: ``response`` in its first state (``in_progress``, no output yet)."""

    __slots__ = ()
    _kind = "response.created"


class ResponseDoneEvent(_ResponseEvent):
    """A response ended, whatever its status: the whole response, without its audio."""

    __slots__ = ()
    _kind = "response.done"


@model
class _OutputItemEvent(RealtimeServerEvent):
    """The shape of ``response.output_item.added`` and ``.done``: an output item of a response."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "output_index", "item")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.item = get_model(d, "item", RealtimeConversationItem, strict, errs)


class ResponseOutputItemAddedEvent(_OutputItemEvent):
    """A response added an output item (still in progress)."""

    __slots__ = ()
    _kind = "response.output_item.added"


class ResponseOutputItemDoneEvent(_OutputItemEvent):
    """An output item is complete (or was cut short)."""

    __slots__ = ()
    _kind = "response.output_item.done"


@model
class ConversationItemCreatedEvent(RealtimeServerEvent):
    """An item joined the conversation, after ``previous_item_id``."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.created"
    _nullable = ("previous_item_id",)
    _required = ("event_id", "type", "item")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.previous_item_id = get_str(d, "previous_item_id", errs)
        self.item = get_model(d, "item", RealtimeConversationItem, strict, errs)


@model
class ConversationItemRetrieved(RealtimeServerEvent):
    """The answer to ``conversation.item.retrieve``: the whole item."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.retrieved"
    _required = ("event_id", "type", "item")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item = get_model(d, "item", RealtimeConversationItem, strict, errs)


@model
class _ContentPartEvent(RealtimeServerEvent):
    """The shape of ``response.content_part.added`` and ``.done``: a content part of an output item."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    part: Maybe[RealtimeConversationItemContent] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.part = get_model(d, "part", RealtimeConversationItemContent, strict, errs)


class ResponseContentPartAddedEvent(_ContentPartEvent):
    """A content part was added to an output item."""

    __slots__ = ()
    _kind = "response.content_part.added"


class ResponseContentPartDoneEvent(_ContentPartEvent):
    """A content part is complete (or was cut short)."""

    __slots__ = ()
    _kind = "response.content_part.done"


@model
class ResponseFunctionCallArgumentsDoneEvent(RealtimeServerEvent):
    """A function call's arguments are complete."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    call_id: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    """The function's name: the beta schema has no such key, the server sent it all the same."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.function_call_arguments.done"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "arguments")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.call_id = get_str(d, "call_id", errs)
        self.arguments = get_str(d, "arguments", errs)
        self.name = get_str(d, "name", errs)


@model
class ConversationItemInputAudioTranscriptionCompletedEvent(RealtimeServerEvent):
    """The transcript of the user's audio is complete (it may come before or after the response)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    transcript: Maybe[str] = UNSET
    logprobs: Maybe[List[LogProbProperties]] = UNSET
    usage: Maybe[TranscriptTextUsage] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.input_audio_transcription.completed"
    _nullable = ("logprobs",)
    _required = ("event_id", "type", "item_id", "content_index", "transcript")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.transcript = get_str(d, "transcript", errs)
        self.logprobs = get_models(d, "logprobs", LogProbProperties, strict, errs)
        self.usage = get_model(d, "usage", TranscriptTextUsage, strict, errs)


@model
class _SessionEvent(RealtimeServerEvent):
    """The shape of ``session.created`` and ``session.updated``: the session in effect."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    session: Maybe[Session] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", Session, strict, errs)


class SessionCreatedEvent(_SessionEvent):
    """The session, as it starts."""

    __slots__ = ()
    _kind = "session.created"


class SessionUpdatedEvent(_SessionEvent):
    """The session, after a ``session.update``: every setting in effect."""

    __slots__ = ()
    _kind = "session.updated"


@model
class TranscriptionSessionUpdatedEvent(RealtimeServerEvent):
    """The transcription session, after a ``transcription_session.update``."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    session: Maybe[TranscriptionSession] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "transcription_session.updated"
    _required = ("event_id", "type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", TranscriptionSession, strict, errs)


class ResponseTextDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
    """A piece of a ``text`` part's text."""

    __slots__ = ()
    _kind = "response.text.delta"


class ResponseTextDoneEvent(ResponseTextDone, RealtimeServerEvent):
    """A ``text`` part's text is complete."""

    __slots__ = ()
    _kind = "response.text.done"


class ResponseAudioDeltaEvent(ResponseAudioDelta, RealtimeServerEvent):
    """A piece of an ``audio`` part's audio, base64-encoded."""

    __slots__ = ()
    _kind = "response.audio.delta"


class ResponseAudioDoneEvent(ResponseContentDone, RealtimeServerEvent):
    """An ``audio`` part's audio is complete."""

    __slots__ = ()
    _kind = "response.audio.done"


class ResponseAudioTranscriptDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
    """A piece of an ``audio`` part's transcript."""

    __slots__ = ()
    _kind = "response.audio_transcript.delta"


class ResponseAudioTranscriptDoneEvent(ResponseTranscriptDone, RealtimeServerEvent):
    """An ``audio`` part's transcript is complete."""

    __slots__ = ()
    _kind = "response.audio_transcript.done"


@model
class UnknownServerEvent(RealtimeServerEvent):
    """An event of a type this version does not know, or with no ``type`` (lenient mode only):
    ``type`` as it came, every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


_SHARED = (
    ConversationCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemTruncatedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
    ErrorEvent,
    InputAudioBufferClearedEvent,
    InputAudioBufferCommittedEvent,
    InputAudioBufferSpeechStartedEvent,
    InputAudioBufferSpeechStoppedEvent,
    OutputAudioBufferStarted,
    OutputAudioBufferStopped,
    OutputAudioBufferCleared,
    RateLimitsUpdatedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
)
for _shared in _SHARED:
    RealtimeServerEvent.register(_shared)

EVENTS: Dict[str, Type[ServerEvent]] = kind_table(
    *_SHARED,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    ResponseCreatedEvent,
    ResponseDoneEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ConversationItemCreatedEvent,
    ConversationItemRetrieved,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ConversationItemInputAudioTranscriptionCompletedEvent,
    TranscriptionSessionUpdatedEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
)
"""Every event type this protocol knows, to its class."""


set_kinds(RealtimeServerEvent, EVENTS, UnknownServerEvent, problem=unknown_event_type)
