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
from .._core.model import Model, field, kind_table, model, set_parser
from .._core.readers import flat_parser, get_int, get_json, get_model, get_models, get_number, get_str, read_event
from .._core.unset import UNSET
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
    ResponseContentDelta,
    ResponseContentDone,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseTextDone,
    ResponseTranscriptDone,
    ServerEvent,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    TranscriptTextUsage,
    event_parser,
    parse_logprob,
    parse_transcript_usage,
)
from .items import RealtimeConversationItem, _parse_item
from .response import RealtimeResponse, _parse_response

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
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "McpListToolsInProgress",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
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


def _read_part(p: ResponseContentPart, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    p.type = get_str(d, "type", errs)
    p.text = get_str(d, "text", errs)
    p.audio = get_str(d, "audio", errs)
    p.transcript = get_str(d, "transcript", errs)


_parse_part = flat_parser(_read_part)
set_parser(ResponseContentPart, _parse_part)


class RealtimeServerEvent(ServerEvent, metaclass=ABCMeta):
    """The base of the GA server events. ``RealtimeServerEvent.from_dict(d)`` (and ``from_json``)
    returns the event class of ``d["type"]``, with one dict lookup; a type this version does not
    know gives an :class:`UnknownServerEvent` in lenient mode and a problem at ``type`` in strict
    mode. The event classes both protocols share (:mod:`realtime_models._events`) count as
    subclasses here too."""

    __slots__ = ()


@model
class ResponseCreatedEvent(RealtimeServerEvent):
    """A response began: ``response`` in its first state (``in_progress``, no output yet)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response: Maybe[RealtimeResponse] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.created"
    _required = ("event_id", "type", "response")


@model
class ResponseDoneEvent(RealtimeServerEvent):
    """A response ended, whatever its status: the whole response, without its audio."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response: Maybe[RealtimeResponse] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.done"
    _required = ("event_id", "type", "response")


@model
class ResponseOutputItemAddedEvent(RealtimeServerEvent):
    """A response added an output item (still in progress)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.output_item.added"
    _required = ("event_id", "type", "response_id", "output_index", "item")


@model
class ResponseOutputItemDoneEvent(RealtimeServerEvent):
    """An output item is complete (or was cut short)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.output_item.done"
    _required = ("event_id", "type", "response_id", "output_index", "item")


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


@model
class ConversationItemAdded(RealtimeServerEvent):
    """An item was added to the conversation (a generated one with no content yet)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.added"
    _nullable = ("previous_item_id",)
    _required = ("event_id", "type", "item")


@model
class ConversationItemDone(RealtimeServerEvent):
    """A conversation item is final: its whole content, without audio."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item: Maybe[RealtimeConversationItem] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.done"
    _nullable = ("previous_item_id",)
    _required = ("event_id", "type", "item")


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


@model
class ResponseContentPartAddedEvent(RealtimeServerEvent):
    """A content part was added to an output item."""

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

    _kind = "response.content_part.added"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")


@model
class ResponseContentPartDoneEvent(RealtimeServerEvent):
    """A content part is complete (or was cut short)."""

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

    _kind = "response.content_part.done"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")


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


@model
class ResponseMcpCallInProgress(RealtimeServerEvent):
    """An MCP tool call started."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.mcp_call.in_progress"
    _required = ("event_id", "type", "output_index", "item_id")


@model
class ResponseMcpCallCompleted(RealtimeServerEvent):
    """An MCP tool call succeeded."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.mcp_call.completed"
    _required = ("event_id", "type", "output_index", "item_id")


@model
class ResponseMcpCallFailed(RealtimeServerEvent):
    """An MCP tool call failed."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.mcp_call.failed"
    _required = ("event_id", "type", "output_index", "item_id")


@model
class McpListToolsInProgress(RealtimeServerEvent):
    """The server began listing an MCP server's tools."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_list_tools.in_progress"
    _required = ("event_id", "type", "item_id")


@model
class McpListToolsCompleted(RealtimeServerEvent):
    """An MCP server's tools are listed."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_list_tools.completed"
    _required = ("event_id", "type", "item_id")


@model
class McpListToolsFailed(RealtimeServerEvent):
    """Listing an MCP server's tools failed."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_list_tools.failed"
    _required = ("event_id", "type", "item_id")


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


class ResponseTextDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
    """A piece of an ``output_text`` part's text."""

    __slots__ = ()
    _kind = "response.output_text.delta"


class ResponseTextDoneEvent(ResponseTextDone, RealtimeServerEvent):
    """An ``output_text`` part's text is complete."""

    __slots__ = ()
    _kind = "response.output_text.done"


class ResponseAudioDeltaEvent(ResponseContentDelta, RealtimeServerEvent):
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


def _read_response_created_event(e: ResponseCreatedEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.response = get_model(d, "response", _parse_response, RealtimeResponse, strict, errs)


def _read_response_done_event(e: ResponseDoneEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.response = get_model(d, "response", _parse_response, RealtimeResponse, strict, errs)


def _read_response_output_item_added_event(
    e: ResponseOutputItemAddedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_response_output_item_done_event(
    e: ResponseOutputItemDoneEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_conversation_item_created_event(
    e: ConversationItemCreatedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.previous_item_id = get_str(d, "previous_item_id", errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_conversation_item_added(e: ConversationItemAdded, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.previous_item_id = get_str(d, "previous_item_id", errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_conversation_item_done(e: ConversationItemDone, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.previous_item_id = get_str(d, "previous_item_id", errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_conversation_item_retrieved(
    e: ConversationItemRetrieved, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item = get_model(d, "item", _parse_item, RealtimeConversationItem, strict, errs)


def _read_response_content_part_added_event(
    e: ResponseContentPartAddedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.item_id = get_str(d, "item_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.part = get_model(d, "part", _parse_part, ResponseContentPart, strict, errs)


def _read_response_content_part_done_event(
    e: ResponseContentPartDoneEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.item_id = get_str(d, "item_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.part = get_model(d, "part", _parse_part, ResponseContentPart, strict, errs)


def _read_response_function_call_arguments_done_event(
    e: ResponseFunctionCallArgumentsDoneEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.item_id = get_str(d, "item_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.call_id = get_str(d, "call_id", errs)
    e.name = get_str(d, "name", errs)
    e.arguments = get_str(d, "arguments", errs)


def _read_response_mcp_call_arguments_delta(
    e: ResponseMcpCallArgumentsDelta, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.item_id = get_str(d, "item_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.delta = get_str(d, "delta", errs)
    e.obfuscation = get_str(d, "obfuscation", errs)


def _read_response_mcp_call_arguments_done(
    e: ResponseMcpCallArgumentsDone, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)
    e.item_id = get_str(d, "item_id", errs)
    e.output_index = get_int(d, "output_index", errs)
    e.arguments = get_str(d, "arguments", errs)


def _read_response_mcp_call_in_progress(
    e: ResponseMcpCallInProgress, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.output_index = get_int(d, "output_index", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_response_mcp_call_completed(
    e: ResponseMcpCallCompleted, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.output_index = get_int(d, "output_index", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_response_mcp_call_failed(e: ResponseMcpCallFailed, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.output_index = get_int(d, "output_index", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_mcp_list_tools_in_progress(e: McpListToolsInProgress, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_mcp_list_tools_completed(e: McpListToolsCompleted, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_mcp_list_tools_failed(e: McpListToolsFailed, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_conversation_item_input_audio_transcription_completed_event(
    e: ConversationItemInputAudioTranscriptionCompletedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.transcript = get_str(d, "transcript", errs)
    e.logprobs = get_models(d, "logprobs", parse_logprob, LogProbProperties, strict, errs)
    e.usage = get_model(d, "usage", parse_transcript_usage, TranscriptTextUsage, strict, errs)
    e.languages = get_json(d, "languages", errs)


def _read_conversation_item_input_audio_transcription_segment(
    e: ConversationItemInputAudioTranscriptionSegment, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.text = get_str(d, "text", errs)
    e.id = get_str(d, "id", errs)
    e.speaker = get_str(d, "speaker", errs)
    e.start = get_number(d, "start", errs)
    e.end = get_number(d, "end", errs)


def _read_input_audio_buffer_timeout_triggered(
    e: InputAudioBufferTimeoutTriggered, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.audio_start_ms = get_int(d, "audio_start_ms", errs)
    e.audio_end_ms = get_int(d, "audio_end_ms", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_input_audio_buffer_dtmf_event_received_event(
    e: InputAudioBufferDtmfEventReceivedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.event = get_str(d, "event", errs)
    e.received_at = get_int(d, "received_at", errs)


def _read_unknown(e: UnknownServerEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    e.type = get_json(d, "type", errs)


set_parser(ResponseCreatedEvent, flat_parser(_read_response_created_event))
set_parser(ResponseDoneEvent, flat_parser(_read_response_done_event))
set_parser(ResponseOutputItemAddedEvent, flat_parser(_read_response_output_item_added_event))
set_parser(ResponseOutputItemDoneEvent, flat_parser(_read_response_output_item_done_event))
set_parser(ConversationItemCreatedEvent, flat_parser(_read_conversation_item_created_event))
set_parser(ConversationItemAdded, flat_parser(_read_conversation_item_added))
set_parser(ConversationItemDone, flat_parser(_read_conversation_item_done))
set_parser(ConversationItemRetrieved, flat_parser(_read_conversation_item_retrieved))
set_parser(ResponseContentPartAddedEvent, flat_parser(_read_response_content_part_added_event))
set_parser(ResponseContentPartDoneEvent, flat_parser(_read_response_content_part_done_event))
set_parser(ResponseFunctionCallArgumentsDoneEvent, flat_parser(_read_response_function_call_arguments_done_event))
set_parser(ResponseMcpCallArgumentsDelta, flat_parser(_read_response_mcp_call_arguments_delta))
set_parser(ResponseMcpCallArgumentsDone, flat_parser(_read_response_mcp_call_arguments_done))
set_parser(ResponseMcpCallInProgress, flat_parser(_read_response_mcp_call_in_progress))
set_parser(ResponseMcpCallCompleted, flat_parser(_read_response_mcp_call_completed))
set_parser(ResponseMcpCallFailed, flat_parser(_read_response_mcp_call_failed))
set_parser(McpListToolsInProgress, flat_parser(_read_mcp_list_tools_in_progress))
set_parser(McpListToolsCompleted, flat_parser(_read_mcp_list_tools_completed))
set_parser(McpListToolsFailed, flat_parser(_read_mcp_list_tools_failed))
set_parser(
    ConversationItemInputAudioTranscriptionCompletedEvent,
    flat_parser(_read_conversation_item_input_audio_transcription_completed_event),
)
set_parser(
    ConversationItemInputAudioTranscriptionSegment,
    flat_parser(_read_conversation_item_input_audio_transcription_segment),
)
set_parser(InputAudioBufferTimeoutTriggered, flat_parser(_read_input_audio_buffer_timeout_triggered))
set_parser(InputAudioBufferDtmfEventReceivedEvent, flat_parser(_read_input_audio_buffer_dtmf_event_received_event))

set_parser(UnknownServerEvent, flat_parser(_read_unknown))

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
    SessionCreatedEvent,
    SessionUpdatedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
)
for _shared in _SHARED:
    RealtimeServerEvent.register(_shared)

EVENTS: Dict[str, Type[ServerEvent]] = kind_table(
    *_SHARED,
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


set_parser(RealtimeServerEvent, event_parser(EVENTS, UnknownServerEvent))

RealtimeErrorEvent = ErrorEvent
"""The SDK's GA name of the ``error`` event."""
