"""What the server events of both protocols share: the base of every event class, the events
whose type and payload are the same in GA and beta, and the objects they carry.

The event classes here belong to both namespaces: ``realtime_models.ga.RealtimeServerEvent`` and
``realtime_models.beta.RealtimeServerEvent`` each count them as their own (``isinstance`` holds
for both) and list them in their dispatch tables. The delta shapes (``ResponseContentDelta`` and
the ``...Done`` ones) are written once here; each protocol names them for its own event types.
"""

from __future__ import annotations

from .._core.checks import (
    INT_LIMIT,
    INT_MIN,
    as_int,
    as_object,
    as_str,
    check_kind,
    check_required,
    check_strict,
    constant,
    describe,
    one_of,
    unreadable,
)
from .._core.model import Model, field, kind_table, model, new_model, set_parser, union_parser
from .._core.order import UNSEEN, key_order
from .._core.readers import (
    flat_parser,
    get_int,
    get_ints,
    get_json,
    get_json_object,
    get_model,
    get_models,
    get_number,
    get_str,
    read_event,
)
from .._core.unset import UNSET
from ..errors import ValidationError, ValidationProblem

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, ClassVar, Dict, List, Type

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "Conversation",
    "ConversationCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemTruncatedEvent",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "LogProbProperties",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimit",
    "RateLimitsUpdatedEvent",
    "RealtimeError",
    "ResponseContentDelta",
    "ResponseContentDone",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseTextDone",
    "ResponseTranscriptDone",
    "ServerEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "TranscriptTextUsage",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionError",
    "UnknownTranscriptTextUsage",
    "event_parser",
]


class ServerEvent(Model):
    """The base of every server event class, of both protocols. Each concrete class names the
    ``type`` it parses once, as ``_kind``; the dispatch tables are built from the classes."""

    __slots__ = ()
    _kind: ClassVar[str]


def event_parser(events: Dict[str, Any], unknown: Any) -> Callable[[Any, Any, bool], Any]:
    """The parse function of a protocol's ``RealtimeServerEvent``: the union parser over the
    event classes by ``type``; a type ``events`` does not have is ``unknown`` in lenient mode
    (the whole event kept) and a problem at ``type`` in strict mode."""
    parse = union_parser(events, unknown, (), _unknown_event_type)
    parse.__doc__ = "Parse the event class ``type`` names: see ``RealtimeServerEvent``."
    return parse


def _unknown_event_type(kind: object) -> ValidationProblem:
    # Too many event types to list them all, as unions of a few kinds do.
    if kind is None:
        return ValidationProblem(("type",), "required key is missing")
    return ValidationProblem(("type",), "expected a known event type, got %s" % describe(kind))


class TranscriptTextUsage(Model):
    """The base of the two kinds of transcription usage: ``TranscriptTextUsage.from_dict`` returns
    :class:`TranscriptTextUsageTokens` or :class:`TranscriptTextUsageDuration` by ``type``, or (in
    lenient mode) an :class:`UnknownTranscriptTextUsage` that keeps every key."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class Conversation(Model):
    """The conversation of ``conversation.created``."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"object": constant("realtime.conversation")}


@model
class RealtimeError(Model):
    """What went wrong, in an ``error`` event."""

    type: Maybe[str] = UNSET
    code: Maybe[str] = UNSET
    message: Maybe[str] = UNSET
    param: Maybe[str] = UNSET
    event_id: Maybe[str] = UNSET
    """The id of the client event that caused it, if any."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("code", "param", "event_id")
    _required = ("type", "message")


@model
class TranscriptionError(Model):
    """Why an input audio transcription failed."""

    type: Maybe[str] = UNSET
    code: Maybe[str] = UNSET
    message: Maybe[str] = UNSET
    param: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("code", "param")


@model
class RateLimit(Model):
    """One rate limit, as ``rate_limits.updated`` reports it."""

    name: Maybe[str] = UNSET
    limit: Maybe[int] = UNSET
    remaining: Maybe[int] = UNSET
    reset_seconds: Maybe[float] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"name": one_of(("requests", "tokens"))}


@model
class LogProbProperties(Model):
    """The log probability of one token of a transcript."""

    token: Maybe[str] = UNSET
    logprob: Maybe[float] = UNSET
    bytes: Maybe[List[int]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""


@model
class TranscriptTextUsageTokensInputTokenDetails(Model):
    """How the input tokens of a transcription split."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""


@model
class TranscriptTextUsageTokens(TranscriptTextUsage):
    """Transcription usage billed by tokens."""

    type: Maybe[str] = UNSET
    total_tokens: Maybe[int] = UNSET
    input_tokens: Maybe[int] = UNSET
    output_tokens: Maybe[int] = UNSET
    input_token_details: Maybe[TranscriptTextUsageTokensInputTokenDetails] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "tokens"
    _required = ("type", "total_tokens", "input_tokens", "output_tokens")


@model
class TranscriptTextUsageDuration(TranscriptTextUsage):
    """Transcription usage billed by duration."""

    type: Maybe[str] = UNSET
    seconds: Maybe[float] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "duration"
    _required = ("type", "seconds")


@model
class UnknownTranscriptTextUsage(TranscriptTextUsage):
    """Transcription usage of a kind this version does not know (lenient mode only): ``type`` as
    it came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""


@model
class ConversationCreatedEvent(ServerEvent):
    """The server made a conversation (right after ``session.created``)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    conversation: Maybe[Conversation] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.created"
    _required = ("event_id", "type", "conversation")


@model
class ConversationItemDeletedEvent(ServerEvent):
    """An item was removed from the conversation."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.deleted"
    _required = ("event_id", "type", "item_id")


@model
class ConversationItemTruncatedEvent(ServerEvent):
    """An assistant audio item was truncated: its transcript removed, its audio cut at ``audio_end_ms``."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    audio_end_ms: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.truncated"
    _required = ("event_id", "type", "item_id", "content_index", "audio_end_ms")


@model
class ConversationItemInputAudioTranscriptionDeltaEvent(ServerEvent):
    """A piece of the transcript of the user's audio.

    OpenAI's GA example sends an ``obfuscation`` key the schema does not have: it is
    kept in ``extra``, and strict mode accepts it."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    delta: Maybe[str] = UNSET
    logprobs: Maybe[List[LogProbProperties]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.input_audio_transcription.delta"
    _nullable = ("logprobs",)
    _required = ("event_id", "type", "item_id")
    _allowed_extra = ("obfuscation",)


@model
class ConversationItemInputAudioTranscriptionFailedEvent(ServerEvent):
    """The user's audio could not be transcribed."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    error: Maybe[TranscriptionError] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.input_audio_transcription.failed"
    _required = ("event_id", "type", "item_id", "content_index", "error")


@model
class ErrorEvent(ServerEvent):
    """Something went wrong; the session goes on."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    error: Maybe[RealtimeError] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "error"
    _required = ("event_id", "type", "error")


@model
class InputAudioBufferClearedEvent(ServerEvent):
    """The input audio buffer was cleared."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.cleared"
    _required = ("event_id", "type")


@model
class InputAudioBufferCommittedEvent(ServerEvent):
    """The input audio buffer was committed: a user message item follows."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    previous_item_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.committed"
    _nullable = ("previous_item_id",)
    _required = ("event_id", "type", "item_id")


@model
class InputAudioBufferSpeechStartedEvent(ServerEvent):
    """The server heard speech begin."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    audio_start_ms: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.speech_started"
    _required = ("event_id", "type", "audio_start_ms", "item_id")


@model
class InputAudioBufferSpeechStoppedEvent(ServerEvent):
    """The server heard speech end."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    audio_end_ms: Maybe[int] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.speech_stopped"
    _required = ("event_id", "type", "audio_end_ms", "item_id")


@model
class OutputAudioBufferStarted(ServerEvent):
    """The server began to play a response's audio (WebRTC and SIP)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "output_audio_buffer.started"
    _required = ("event_id", "type", "response_id")


@model
class OutputAudioBufferStopped(ServerEvent):
    """The output audio buffer ran empty (WebRTC and SIP)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "output_audio_buffer.stopped"
    _required = ("event_id", "type", "response_id")


@model
class OutputAudioBufferCleared(ServerEvent):
    """The output audio buffer was cleared (WebRTC and SIP)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "output_audio_buffer.cleared"
    _required = ("event_id", "type", "response_id")


@model
class RateLimitsUpdatedEvent(ServerEvent):
    """The rate limits, at the start of a response."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    rate_limits: Maybe[List[RateLimit]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "rate_limits.updated"
    _required = ("event_id", "type", "rate_limits")


@model
class SessionCreatedEvent(ServerEvent):
    """The session, as it starts. ``session`` is kept as the JSON object it is."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    session: Maybe[Dict[str, Any]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "session.created"
    _required = ("event_id", "type", "session")


@model
class SessionUpdatedEvent(ServerEvent):
    """The session, after a ``session.update``. ``session`` is kept as the JSON object it is."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    session: Maybe[Dict[str, Any]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "session.updated"
    _required = ("event_id", "type", "session")


@model
class ResponseFunctionCallArgumentsDeltaEvent(ServerEvent):
    """A piece of a function call's arguments."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    call_id: Maybe[str] = UNSET
    delta: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.function_call_arguments.delta"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta")


@model
class ResponseContentDelta(ServerEvent):
    """A piece of a content part's text, audio or transcript (the delta events of both protocols)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    delta: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")


@model
class ResponseContentDone(ServerEvent):
    """A content part's audio is complete (``response.audio.done``, ``response.output_audio.done``)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index")


@model
class ResponseTextDone(ServerEvent):
    """A content part's text is complete, with all of it."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    text: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "text")


@model
class ResponseTranscriptDone(ServerEvent):
    """A content part's audio transcript is complete, with all of it."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    transcript: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "transcript")


def _read_conversation(m: Conversation, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.id = get_str(d, "id", errs)
    m.object = get_str(d, "object", errs)


def _read_realtime_error(m: RealtimeError, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.type = get_str(d, "type", errs)
    m.code = get_str(d, "code", errs)
    m.message = get_str(d, "message", errs)
    m.param = get_str(d, "param", errs)
    m.event_id = get_str(d, "event_id", errs)


def _read_transcription_error(m: TranscriptionError, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.type = get_str(d, "type", errs)
    m.code = get_str(d, "code", errs)
    m.message = get_str(d, "message", errs)
    m.param = get_str(d, "param", errs)


def _read_rate_limit(m: RateLimit, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.name = get_str(d, "name", errs)
    m.limit = get_int(d, "limit", errs)
    m.remaining = get_int(d, "remaining", errs)
    m.reset_seconds = get_number(d, "reset_seconds", errs)


def _read_log_prob_properties(m: LogProbProperties, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.token = get_str(d, "token", errs)
    m.logprob = get_number(d, "logprob", errs)
    m.bytes = get_ints(d, "bytes", errs)


def _read_transcript_text_usage_tokens_input_token_details(
    m: TranscriptTextUsageTokensInputTokenDetails, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    m.text_tokens = get_int(d, "text_tokens", errs)
    m.audio_tokens = get_int(d, "audio_tokens", errs)


def _read_transcript_text_usage_tokens(
    m: TranscriptTextUsageTokens, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    m.type = get_str(d, "type", errs)
    m.total_tokens = get_int(d, "total_tokens", errs)
    m.input_tokens = get_int(d, "input_tokens", errs)
    m.output_tokens = get_int(d, "output_tokens", errs)
    m.input_token_details = get_model(
        d, "input_token_details", _parse_input_token_details, TranscriptTextUsageTokensInputTokenDetails, strict, errs
    )


def _read_transcript_text_usage_duration(
    m: TranscriptTextUsageDuration, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    m.type = get_str(d, "type", errs)
    m.seconds = get_number(d, "seconds", errs)


def _read_unknown_usage(m: UnknownTranscriptTextUsage, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    m.type = get_json(d, "type", errs)


def _read_conversation_created_event(
    e: ConversationCreatedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.conversation = get_model(d, "conversation", _parse_conversation, Conversation, strict, errs)


def _read_conversation_item_deleted_event(
    e: ConversationItemDeletedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_conversation_item_truncated_event(
    e: ConversationItemTruncatedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.audio_end_ms = get_int(d, "audio_end_ms", errs)


def _read_conversation_item_input_audio_transcription_delta_event(
    e: ConversationItemInputAudioTranscriptionDeltaEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.delta = get_str(d, "delta", errs)
    e.logprobs = get_models(d, "logprobs", parse_logprob, LogProbProperties, strict, errs)


def _read_conversation_item_input_audio_transcription_failed_event(
    e: ConversationItemInputAudioTranscriptionFailedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.item_id = get_str(d, "item_id", errs)
    e.content_index = get_int(d, "content_index", errs)
    e.error = get_model(d, "error", _parse_transcription_error, TranscriptionError, strict, errs)


def _read_error_event(e: ErrorEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.error = get_model(d, "error", _parse_realtime_error, RealtimeError, strict, errs)


def _read_input_audio_buffer_cleared_event(
    e: InputAudioBufferClearedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)


def _read_input_audio_buffer_committed_event(
    e: InputAudioBufferCommittedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.previous_item_id = get_str(d, "previous_item_id", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_input_audio_buffer_speech_started_event(
    e: InputAudioBufferSpeechStartedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.audio_start_ms = get_int(d, "audio_start_ms", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_input_audio_buffer_speech_stopped_event(
    e: InputAudioBufferSpeechStoppedEvent, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.audio_end_ms = get_int(d, "audio_end_ms", errs)
    e.item_id = get_str(d, "item_id", errs)


def _read_output_audio_buffer_started(
    e: OutputAudioBufferStarted, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)


def _read_output_audio_buffer_stopped(
    e: OutputAudioBufferStopped, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)


def _read_output_audio_buffer_cleared(
    e: OutputAudioBufferCleared, d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    read_event(e, d, errs)
    e.response_id = get_str(d, "response_id", errs)


def _read_rate_limits_updated_event(e: RateLimitsUpdatedEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.rate_limits = get_models(d, "rate_limits", _parse_rate_limit, RateLimit, strict, errs)


def _read_session_created_event(e: SessionCreatedEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.session = get_json_object(d, "session", errs)


def _read_session_updated_event(e: SessionUpdatedEvent, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    read_event(e, d, errs)
    e.session = get_json_object(d, "session", errs)


_parse_conversation = flat_parser(_read_conversation)
_parse_realtime_error = flat_parser(_read_realtime_error)
_parse_transcription_error = flat_parser(_read_transcription_error)
_parse_rate_limit = flat_parser(_read_rate_limit)
parse_logprob = flat_parser(_read_log_prob_properties)
_parse_input_token_details = flat_parser(_read_transcript_text_usage_tokens_input_token_details)
_parse_transcript_text_usage_tokens = flat_parser(_read_transcript_text_usage_tokens)
_parse_transcript_text_usage_duration = flat_parser(_read_transcript_text_usage_duration)
_parse_unknown_usage = flat_parser(_read_unknown_usage)
parse_transcript_usage = union_parser(
    kind_table(TranscriptTextUsageTokens, TranscriptTextUsageDuration),
    UnknownTranscriptTextUsage,
    ("tokens", "duration"),
)
set_parser(Conversation, _parse_conversation)
set_parser(RealtimeError, _parse_realtime_error)
set_parser(TranscriptionError, _parse_transcription_error)
set_parser(RateLimit, _parse_rate_limit)
set_parser(LogProbProperties, parse_logprob)
set_parser(TranscriptTextUsageTokensInputTokenDetails, _parse_input_token_details)
set_parser(TranscriptTextUsageTokens, _parse_transcript_text_usage_tokens)
set_parser(TranscriptTextUsageDuration, _parse_transcript_text_usage_duration)
set_parser(UnknownTranscriptTextUsage, _parse_unknown_usage)
set_parser(TranscriptTextUsage, parse_transcript_usage)
set_parser(ConversationCreatedEvent, flat_parser(_read_conversation_created_event))
set_parser(ConversationItemDeletedEvent, flat_parser(_read_conversation_item_deleted_event))
set_parser(ConversationItemTruncatedEvent, flat_parser(_read_conversation_item_truncated_event))
set_parser(
    ConversationItemInputAudioTranscriptionDeltaEvent,
    flat_parser(_read_conversation_item_input_audio_transcription_delta_event),
)
set_parser(
    ConversationItemInputAudioTranscriptionFailedEvent,
    flat_parser(_read_conversation_item_input_audio_transcription_failed_event),
)
set_parser(ErrorEvent, flat_parser(_read_error_event))
set_parser(InputAudioBufferClearedEvent, flat_parser(_read_input_audio_buffer_cleared_event))
set_parser(InputAudioBufferCommittedEvent, flat_parser(_read_input_audio_buffer_committed_event))
set_parser(InputAudioBufferSpeechStartedEvent, flat_parser(_read_input_audio_buffer_speech_started_event))
set_parser(InputAudioBufferSpeechStoppedEvent, flat_parser(_read_input_audio_buffer_speech_stopped_event))
set_parser(OutputAudioBufferStarted, flat_parser(_read_output_audio_buffer_started))
set_parser(OutputAudioBufferStopped, flat_parser(_read_output_audio_buffer_stopped))
set_parser(OutputAudioBufferCleared, flat_parser(_read_output_audio_buffer_cleared))
set_parser(RateLimitsUpdatedEvent, flat_parser(_read_rate_limits_updated_event))
set_parser(SessionCreatedEvent, flat_parser(_read_session_created_event))
set_parser(SessionUpdatedEvent, flat_parser(_read_session_updated_event))


def _parse_response_content_delta(
    cls: Type[ResponseContentDelta], data: Any, strict: bool = False
) -> ResponseContentDelta:
    """Parse a ``ResponseContentDelta``, or an event built on it: see ``Model.from_dict``."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        e = new_model(cls)
        x = d.get("event_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "event_id", errs)
        e.event_id = x
        x = d.get("type", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "type", errs)
        e.type = x
        x = d.get("response_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "response_id", errs)
        e.response_id = x
        x = d.get("item_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "item_id", errs)
        e.item_id = x
        x = d.get("output_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "output_index", errs)
        e.output_index = x
        x = d.get("content_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "content_index", errs)
        e.content_index = x
        x = d.get("delta", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "delta", errs)
        e.delta = x
        order = ResponseContentDelta._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseContentDelta, strict, errs)
        if strict:
            check_strict(e, ResponseContentDelta._rules, errs)
        if strict:
            check_required(d, cls._required, errs)
            kind = getattr(cls, "_kind", None)
            if kind is not None:
                check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(ResponseContentDelta, _parse_response_content_delta)


def _parse_response_content_done(
    cls: Type[ResponseContentDone], data: Any, strict: bool = False
) -> ResponseContentDone:
    """Parse a ``ResponseContentDone``, or an event built on it: see ``Model.from_dict``."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        e = new_model(cls)
        x = d.get("event_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "event_id", errs)
        e.event_id = x
        x = d.get("type", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "type", errs)
        e.type = x
        x = d.get("response_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "response_id", errs)
        e.response_id = x
        x = d.get("item_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "item_id", errs)
        e.item_id = x
        x = d.get("output_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "output_index", errs)
        e.output_index = x
        x = d.get("content_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "content_index", errs)
        e.content_index = x
        order = ResponseContentDone._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseContentDone, strict, errs)
        if strict:
            check_strict(e, ResponseContentDone._rules, errs)
        if strict:
            check_required(d, cls._required, errs)
            kind = getattr(cls, "_kind", None)
            if kind is not None:
                check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(ResponseContentDone, _parse_response_content_done)


def _parse_response_text_done(cls: Type[ResponseTextDone], data: Any, strict: bool = False) -> ResponseTextDone:
    """Parse a ``ResponseTextDone``, or an event built on it: see ``Model.from_dict``."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        e = new_model(cls)
        x = d.get("event_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "event_id", errs)
        e.event_id = x
        x = d.get("type", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "type", errs)
        e.type = x
        x = d.get("response_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "response_id", errs)
        e.response_id = x
        x = d.get("item_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "item_id", errs)
        e.item_id = x
        x = d.get("output_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "output_index", errs)
        e.output_index = x
        x = d.get("content_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "content_index", errs)
        e.content_index = x
        x = d.get("text", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "text", errs)
        e.text = x
        order = ResponseTextDone._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseTextDone, strict, errs)
        if strict:
            check_strict(e, ResponseTextDone._rules, errs)
        if strict:
            check_required(d, cls._required, errs)
            kind = getattr(cls, "_kind", None)
            if kind is not None:
                check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(ResponseTextDone, _parse_response_text_done)


def _parse_response_transcript_done(
    cls: Type[ResponseTranscriptDone], data: Any, strict: bool = False
) -> ResponseTranscriptDone:
    """Parse a ``ResponseTranscriptDone``, or an event built on it: see ``Model.from_dict``."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        e = new_model(cls)
        x = d.get("event_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "event_id", errs)
        e.event_id = x
        x = d.get("type", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "type", errs)
        e.type = x
        x = d.get("response_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "response_id", errs)
        e.response_id = x
        x = d.get("item_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "item_id", errs)
        e.item_id = x
        x = d.get("output_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "output_index", errs)
        e.output_index = x
        x = d.get("content_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "content_index", errs)
        e.content_index = x
        x = d.get("transcript", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "transcript", errs)
        e.transcript = x
        order = ResponseTranscriptDone._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseTranscriptDone, strict, errs)
        if strict:
            check_strict(e, ResponseTranscriptDone._rules, errs)
        if strict:
            check_required(d, cls._required, errs)
            kind = getattr(cls, "_kind", None)
            if kind is not None:
                check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(ResponseTranscriptDone, _parse_response_transcript_done)


def _parse_response_function_call_arguments_delta_event(
    cls: Type[ResponseFunctionCallArgumentsDeltaEvent], data: Any, strict: bool = False
) -> ResponseFunctionCallArgumentsDeltaEvent:
    """Parse a ``ResponseFunctionCallArgumentsDeltaEvent``, or an event built on it: see ``Model.from_dict``."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        e = new_model(cls)
        x = d.get("event_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "event_id", errs)
        e.event_id = x
        x = d.get("type", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "type", errs)
        e.type = x
        x = d.get("response_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "response_id", errs)
        e.response_id = x
        x = d.get("item_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "item_id", errs)
        e.item_id = x
        x = d.get("output_index", UNSET)
        if (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
            x = as_int(x, "output_index", errs)
        e.output_index = x
        x = d.get("call_id", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "call_id", errs)
        e.call_id = x
        x = d.get("delta", UNSET)
        if type(x) is not str and x is not UNSET:
            x = as_str(x, "delta", errs)
        e.delta = x
        order = ResponseFunctionCallArgumentsDeltaEvent._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseFunctionCallArgumentsDeltaEvent, strict, errs)
        if strict:
            check_strict(e, ResponseFunctionCallArgumentsDeltaEvent._rules, errs)
        if strict:
            check_required(d, cls._required, errs)
            check_kind(e, cls._kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(ResponseFunctionCallArgumentsDeltaEvent, _parse_response_function_call_arguments_delta_event)
