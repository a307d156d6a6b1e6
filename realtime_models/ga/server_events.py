"""The GA protocol's server events (``openai.types.realtime``): 46 types, each its own class.

``RealtimeServerEvent.from_json(message)`` turns any server message into its class with one dict
lookup; ``isinstance`` (or ``match``) then tells them apart. ``EVENTS`` maps each type to its class.
The types:

- ``conversation.created``
- ``conversation.item.added``
- ``conversation.item.created``
- ``conversation.item.deleted``
- ``conversation.item.done``
- ``conversation.item.input_audio_transcription.completed``
- ``conversation.item.input_audio_transcription.delta``
- ``conversation.item.input_audio_transcription.failed``
- ``conversation.item.input_audio_transcription.segment``
- ``conversation.item.retrieved``
- ``conversation.item.truncated``
- ``error``
- ``input_audio_buffer.cleared``
- ``input_audio_buffer.committed``
- ``input_audio_buffer.dtmf_event_received``
- ``input_audio_buffer.speech_started``
- ``input_audio_buffer.speech_stopped``
- ``input_audio_buffer.timeout_triggered``
- ``mcp_list_tools.completed``
- ``mcp_list_tools.failed``
- ``mcp_list_tools.in_progress``
- ``output_audio_buffer.cleared``
- ``output_audio_buffer.started``
- ``output_audio_buffer.stopped``
- ``rate_limits.updated``
- ``response.content_part.added``
- ``response.content_part.done``
- ``response.created``
- ``response.done``
- ``response.function_call_arguments.delta``
- ``response.function_call_arguments.done``
- ``response.mcp_call.completed``
- ``response.mcp_call.failed``
- ``response.mcp_call.in_progress``
- ``response.mcp_call_arguments.delta``
- ``response.mcp_call_arguments.done``
- ``response.output_audio.delta``
- ``response.output_audio.done``
- ``response.output_audio_transcript.delta``
- ``response.output_audio_transcript.done``
- ``response.output_item.added``
- ``response.output_item.done``
- ``response.output_text.delta``
- ``response.output_text.done``
- ``session.created``
- ``session.updated``

``error`` is also :class:`RealtimeErrorEvent`, the SDK's GA name. Events embed the GA models.
"""

from __future__ import annotations

from abc import ABCMeta

from .._core.checks import is_array, one_of
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import audio_bytes, get_int, get_json, get_model, get_models, get_number, get_str, read_event
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
    RealtimeError,
    ResponseContentDone,
    ResponseTextDone,
    ResponseTranscriptDone,
    ServerEvent,
    TranscriptTextUsage,
    unknown_event_type,
)
from .items import RealtimeConversationItem
from .response import RealtimeResponse
from .session import RealtimeSessionResponse

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Type

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "EVENTS",
    "ConversationCreatedEvent",
    "ConversationItemAdded",
    "ConversationItemCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemDone",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegment",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferDtmfEventReceivedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggered",
    "LogProbProperties",
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "McpListToolsInProgress",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
    "RealtimeError",
    "RealtimeErrorEvent",
    "RealtimeServerEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseContentPart",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone",
    "ResponseMcpCallCompleted",
    "ResponseMcpCallFailed",
    "ResponseMcpCallInProgress",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "UnknownServerEvent",
]


@model
class ResponseContentPart(Model):
    """The ``part`` of ``response.content_part.added`` and ``.done``: the GA schema (and OpenAI's
    examples) type it ``text`` or ``audio``, as in beta, where the item's own parts say
    ``output_text`` and ``output_audio``."""

    type: Maybe[str] = UNSET
    text: Maybe[str] = UNSET
    audio: Maybe[str] = UNSET
    transcript: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"type": one_of(("text", "audio"))}

    def audio_bytes(self) -> bytes:
        """The audio's bytes, decoded from its base64 ``audio``; ``ValidationError`` when that
        is not base64 text (or not there)."""
        return audio_bytes(self.audio)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.text = get_str(d, "text", errs)
        self.audio = get_str(d, "audio", errs)
        self.transcript = get_str(d, "transcript", errs)


class RealtimeServerEvent(ServerEvent, Dispatcher, metaclass=ABCMeta):
    """The base of the GA server events. ``RealtimeServerEvent.from_dict(d)`` (and ``from_json``)
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
class _ItemEvent(RealtimeServerEvent):
    """The shape of ``conversation.item.created``, ``.added`` and ``.done``: an item and the one before it."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("previous_item_id",)
    _required = ("event_id", "type", "item")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.previous_item_id = get_str(d, "previous_item_id", errs)
        self.item = get_model(d, "item", RealtimeConversationItem, strict, errs)


class ConversationItemCreatedEvent(_ItemEvent):
    """An item joined the conversation, after ``previous_item_id``."""

    __slots__ = ()
    _kind = "conversation.item.created"


class ConversationItemAdded(_ItemEvent):
    """An item was added to the conversation (a generated one with no content yet)."""

    __slots__ = ()
    _kind = "conversation.item.added"


class ConversationItemDone(_ItemEvent):
    """A conversation item is final: its whole content, without audio."""

    __slots__ = ()
    _kind = "conversation.item.done"


@model
class ConversationItemRetrieved(RealtimeServerEvent):
    """The answer to ``conversation.item.retrieve``: the whole item, audio included."""

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
    part: Maybe[ResponseContentPart] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.part = get_model(d, "part", ResponseContentPart, strict, errs)


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
    """A function call's arguments are complete: all of them, and the function's name."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    call_id: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.function_call_arguments.done"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "name", "arguments")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.call_id = get_str(d, "call_id", errs)
        self.name = get_str(d, "name", errs)
        self.arguments = get_str(d, "arguments", errs)


@model
class ResponseMcpCallArgumentsDelta(RealtimeServerEvent):
    """A piece of an MCP tool call's arguments."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    delta: Maybe[str] = UNSET
    obfuscation: Maybe[str] = UNSET
    """Set when the delta text was obfuscated."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.mcp_call_arguments.delta"
    _nullable = ("obfuscation",)
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "delta")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.delta = get_str(d, "delta", errs)
        self.obfuscation = get_str(d, "obfuscation", errs)


@model
class ResponseMcpCallArgumentsDone(RealtimeServerEvent):
    """An MCP tool call's arguments are complete."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    arguments: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.mcp_call_arguments.done"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "arguments")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.arguments = get_str(d, "arguments", errs)


@model
class _McpCallEvent(RealtimeServerEvent):
    """The shape of the three ``response.mcp_call.*`` events: where an MCP tool call stands."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "output_index", "item_id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.output_index = get_int(d, "output_index", errs)
        self.item_id = get_str(d, "item_id", errs)


class ResponseMcpCallInProgress(_McpCallEvent):
    """An MCP tool call started."""

    __slots__ = ()
    _kind = "response.mcp_call.in_progress"


class ResponseMcpCallCompleted(_McpCallEvent):
    """An MCP tool call succeeded."""

    __slots__ = ()
    _kind = "response.mcp_call.completed"


class ResponseMcpCallFailed(_McpCallEvent):
    """An MCP tool call failed."""

    __slots__ = ()
    _kind = "response.mcp_call.failed"


@model
class _McpListToolsEvent(RealtimeServerEvent):
    """The shape of the three ``mcp_list_tools.*`` events: where listing an MCP server's tools stands."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "item_id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)


class McpListToolsInProgress(_McpListToolsEvent):
    """The server began listing an MCP server's tools."""

    __slots__ = ()
    _kind = "mcp_list_tools.in_progress"


class McpListToolsCompleted(_McpListToolsEvent):
    """An MCP server's tools are listed."""

    __slots__ = ()
    _kind = "mcp_list_tools.completed"


class McpListToolsFailed(_McpListToolsEvent):
    """Listing an MCP server's tools failed."""

    __slots__ = ()
    _kind = "mcp_list_tools.failed"


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
    languages: Maybe[List[Any]] = UNSET
    """The languages detected, as the API reports them."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.input_audio_transcription.completed"
    _nullable = ("logprobs",)
    _checks = {"languages": is_array}
    _required = ("event_id", "type", "item_id", "content_index", "transcript", "usage")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.transcript = get_str(d, "transcript", errs)
        self.logprobs = get_models(d, "logprobs", LogProbProperties, strict, errs)
        self.usage = get_model(d, "usage", TranscriptTextUsage, strict, errs)
        self.languages = get_json(d, "languages", errs)


@model
class ConversationItemInputAudioTranscriptionSegment(RealtimeServerEvent):
    """A segment of a diarized transcript of the user's audio."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    text: Maybe[str] = UNSET
    id: Maybe[str] = UNSET
    speaker: Maybe[str] = UNSET
    start: Maybe[float] = UNSET
    end: Maybe[float] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.input_audio_transcription.segment"
    _required = ("event_id", "type", "item_id", "content_index", "text", "id", "speaker", "start", "end")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.text = get_str(d, "text", errs)
        self.id = get_str(d, "id", errs)
        self.speaker = get_str(d, "speaker", errs)
        self.start = get_number(d, "start", errs)
        self.end = get_number(d, "end", errs)


@model
class InputAudioBufferTimeoutTriggered(RealtimeServerEvent):
    """No speech came for the idle timeout (server VAD)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    audio_start_ms: Maybe[int] = UNSET
    audio_end_ms: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.timeout_triggered"
    _required = ("event_id", "type", "audio_start_ms", "audio_end_ms", "item_id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.audio_start_ms = get_int(d, "audio_start_ms", errs)
        self.audio_end_ms = get_int(d, "audio_end_ms", errs)
        self.item_id = get_str(d, "item_id", errs)


@model
class InputAudioBufferDtmfEventReceivedEvent(RealtimeServerEvent):
    """A DTMF key was pressed on a SIP call (this event has no ``event_id``)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    event: Maybe[str] = UNSET
    received_at: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.dtmf_event_received"
    _required = ("type", "event", "received_at")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.event = get_str(d, "event", errs)
        self.received_at = get_int(d, "received_at", errs)


class RealtimeErrorEvent(ErrorEvent, RealtimeServerEvent):
    """Something went wrong (the ``error`` event's GA class: the beta one is ``ErrorEvent``,
    whose body it shares)."""

    __slots__ = ()
    _kind = "error"


class ResponseTextDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
    """A piece of an ``output_text`` part's text."""

    __slots__ = ()
    _kind = "response.output_text.delta"


class ResponseTextDoneEvent(ResponseTextDone, RealtimeServerEvent):
    """An ``output_text`` part's text is complete."""

    __slots__ = ()
    _kind = "response.output_text.done"


class ResponseAudioDeltaEvent(ResponseAudioDelta, RealtimeServerEvent):
    """A piece of an ``output_audio`` part's audio, base64-encoded."""

    __slots__ = ()
    _kind = "response.output_audio.delta"


class ResponseAudioDoneEvent(ResponseContentDone, RealtimeServerEvent):
    """An ``output_audio`` part's audio is complete."""

    __slots__ = ()
    _kind = "response.output_audio.done"


class ResponseAudioTranscriptDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
    """A piece of an ``output_audio`` part's transcript."""

    __slots__ = ()
    _kind = "response.output_audio_transcript.delta"


class ResponseAudioTranscriptDoneEvent(ResponseTranscriptDone, RealtimeServerEvent):
    """An ``output_audio`` part's transcript is complete."""

    __slots__ = ()
    _kind = "response.output_audio_transcript.done"


@model
class UnknownServerEvent(RealtimeServerEvent):
    """An event of a type this version does not know, or with no ``type`` (lenient mode only):
    ``type`` as it came, every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


@model
class _SessionEvent(RealtimeServerEvent):
    """The shape of ``session.created`` and ``session.updated``: the session in effect, a
    realtime or a transcription session (chosen by its ``type``)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    session: Maybe[RealtimeSessionResponse] = UNSET
    """:class:`~realtime_models.ga.RealtimeSessionCreateResponse` or
    :class:`~realtime_models.ga.RealtimeTranscriptionSessionCreateResponse`."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "session")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.session = get_model(d, "session", RealtimeSessionResponse, strict, errs)


class SessionCreatedEvent(_SessionEvent):
    """The session, as it starts."""

    __slots__ = ()
    _kind = "session.created"


class SessionUpdatedEvent(_SessionEvent):
    """The session, after a ``session.update``: every setting in effect."""

    __slots__ = ()
    _kind = "session.updated"


_SHARED = (
    ConversationCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemTruncatedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
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
for _shared in (*_SHARED, ErrorEvent):  # the beta error event too: its body is the same
    RealtimeServerEvent.register(_shared)

EVENTS: Dict[str, Type[ServerEvent]] = kind_table(
    *_SHARED,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    RealtimeErrorEvent,
    ResponseCreatedEvent,
    ResponseDoneEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ConversationItemCreatedEvent,
    ConversationItemAdded,
    ConversationItemDone,
    ConversationItemRetrieved,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseMcpCallArgumentsDelta,
    ResponseMcpCallArgumentsDone,
    ResponseMcpCallInProgress,
    ResponseMcpCallCompleted,
    ResponseMcpCallFailed,
    McpListToolsInProgress,
    McpListToolsCompleted,
    McpListToolsFailed,
    ConversationItemInputAudioTranscriptionCompletedEvent,
    ConversationItemInputAudioTranscriptionSegment,
    InputAudioBufferTimeoutTriggered,
    InputAudioBufferDtmfEventReceivedEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
)
"""Every event type this protocol knows, to its class."""


set_kinds(RealtimeServerEvent, EVENTS, UnknownServerEvent, problem=unknown_event_type)
