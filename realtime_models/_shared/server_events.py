"""What the server events of both protocols share: the base of every event class, the events
whose type and payload are the same in GA and beta, and the objects they carry.

The event classes here belong to both namespaces: ``realtime_models.ga.RealtimeServerEvent`` and
``realtime_models.beta.RealtimeServerEvent`` each count them as their own (``isinstance`` holds
for both) and list them in their dispatch tables. The ``...Done`` shapes are written once here
(the deltas' in :mod:`.deltas`); each protocol names them for its own event types.
"""

from __future__ import annotations

from .._core.checks import (
    describe,
    one_of,
)
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import (
    get_int,
    get_ints,
    get_json,
    get_model,
    get_models,
    get_number,
    get_str,
    read_event,
)
from .._core.unset import UNSET
from ..errors import ValidationProblem

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, List

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
    "ResponseContentDone",
    "ResponseTextDone",
    "ResponseTranscriptDone",
    "ServerEvent",
    "TranscriptTextUsage",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionError",
    "UnknownTranscriptTextUsage",
    "unknown_event_type",
]


class ServerEvent(Model):
    """The base of every server event class, of both protocols. Each concrete class names the
    ``type`` it parses once, as ``_kind``; the dispatch tables are built from the classes."""

    __slots__ = ()
    _kind: ClassVar[str]


def unknown_event_type(kind: object) -> ValidationProblem:
    """Strict mode's problem with an event type a protocol does not have: there are too many
    event types to list them all, as the unions of a few kinds do."""
    if kind is None:
        return ValidationProblem(("type",), "required key is missing")
    return ValidationProblem(("type",), "expected a known event type, got %s" % describe(kind))


class TranscriptTextUsage(Dispatcher):
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

    _object = "realtime.conversation"

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.object = get_str(d, "object", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_str(d, "code", errs)
        self.message = get_str(d, "message", errs)
        self.param = get_str(d, "param", errs)
        self.event_id = get_str(d, "event_id", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_str(d, "code", errs)
        self.message = get_str(d, "message", errs)
        self.param = get_str(d, "param", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.name = get_str(d, "name", errs)
        self.limit = get_int(d, "limit", errs)
        self.remaining = get_int(d, "remaining", errs)
        self.reset_seconds = get_number(d, "reset_seconds", errs)


@model
class LogProbProperties(Model):
    """The log probability of one token of a transcript."""

    token: Maybe[str] = UNSET
    logprob: Maybe[float] = UNSET
    bytes: Maybe[List[int]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.token = get_str(d, "token", errs)
        self.logprob = get_number(d, "logprob", errs)
        self.bytes = get_ints(d, "bytes", errs)


@model
class TranscriptTextUsageTokensInputTokenDetails(Model):
    """How the input tokens of a transcription split."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.text_tokens = get_int(d, "text_tokens", errs)
        self.audio_tokens = get_int(d, "audio_tokens", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.total_tokens = get_int(d, "total_tokens", errs)
        self.input_tokens = get_int(d, "input_tokens", errs)
        self.output_tokens = get_int(d, "output_tokens", errs)
        self.input_token_details = get_model(
            d, "input_token_details", TranscriptTextUsageTokensInputTokenDetails, strict, errs
        )


@model
class TranscriptTextUsageDuration(TranscriptTextUsage):
    """Transcription usage billed by duration."""

    type: Maybe[str] = UNSET
    seconds: Maybe[float] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "duration"
    _required = ("type", "seconds")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.seconds = get_number(d, "seconds", errs)


@model
class UnknownTranscriptTextUsage(TranscriptTextUsage):
    """Transcription usage of a kind this version does not know (lenient mode only): ``type`` as
    it came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.conversation = get_model(d, "conversation", Conversation, strict, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.audio_end_ms = get_int(d, "audio_end_ms", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.delta = get_str(d, "delta", errs)
        self.logprobs = get_models(d, "logprobs", LogProbProperties, strict, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.error = get_model(d, "error", TranscriptionError, strict, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.error = get_model(d, "error", RealtimeError, strict, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.previous_item_id = get_str(d, "previous_item_id", errs)
        self.item_id = get_str(d, "item_id", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.audio_start_ms = get_int(d, "audio_start_ms", errs)
        self.item_id = get_str(d, "item_id", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.audio_end_ms = get_int(d, "audio_end_ms", errs)
        self.item_id = get_str(d, "item_id", errs)


@model
class _OutputAudioBufferEvent(ServerEvent):
    """The shape of the three ``output_audio_buffer.*`` events: the response whose audio it is."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("event_id", "type", "response_id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)


class OutputAudioBufferStarted(_OutputAudioBufferEvent):
    """The server began to play a response's audio (WebRTC and SIP)."""

    __slots__ = ()
    _kind = "output_audio_buffer.started"


class OutputAudioBufferStopped(_OutputAudioBufferEvent):
    """The output audio buffer ran empty (WebRTC and SIP)."""

    __slots__ = ()
    _kind = "output_audio_buffer.stopped"


class OutputAudioBufferCleared(_OutputAudioBufferEvent):
    """The output audio buffer was cleared (WebRTC and SIP)."""

    __slots__ = ()
    _kind = "output_audio_buffer.cleared"


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.rate_limits = get_models(d, "rate_limits", RateLimit, strict, errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.content_index = get_int(d, "content_index", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.text = get_str(d, "text", errs)


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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)
        self.item_id = get_str(d, "item_id", errs)
        self.output_index = get_int(d, "output_index", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.transcript = get_str(d, "transcript", errs)


set_kinds(
    TranscriptTextUsage,
    kind_table(TranscriptTextUsageTokens, TranscriptTextUsageDuration),
    UnknownTranscriptTextUsage,
    ("tokens", "duration"),
)

_parse_input_token_details = TranscriptTextUsageTokensInputTokenDetails._parse
