"""The client events both protocols send alike: the audio buffer's, the item lookups and the
truncation, and the response's cancellation. Each protocol's ``RealtimeClientEvent`` counts them
as its own; the protocols differ only in that GA's strict mode limits ``event_id`` to 512
characters (checked through GA's ``RealtimeClientEvent``)."""

from __future__ import annotations

import binascii

from .._core.checks import describe, non_negative
from .._core.model import Model, field, model
from .._core.readers import audio_bytes, get_int, get_str, read_event
from .._core.unset import UNSET
from ..errors import ValidationProblem

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, Optional

    from .._core.checks import Errors
    from .._core.unset import Maybe
    from ..errors import Path

__all__ = [
    "SHARED_CLIENT_EVENTS",
    "ClientEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferCommitEvent",
    "OutputAudioBufferClearEvent",
    "ResponseCancelEvent",
    "unknown_client_event_type",
]

MAX_AUDIO_BYTES = 15 * 1024 * 1024  # what one input_audio_buffer.append may carry


class ClientEvent(Model):
    """The base of every client event of both protocols (to annotate a list of events to send,
    say): each names its wire ``type`` once, as ``_kind``; built in code, it writes it itself."""

    __slots__ = ()
    _kind: ClassVar[str]


def unknown_client_event_type(kind: object) -> ValidationProblem:
    """Strict mode's problem with a client event of a type the protocol does not have."""
    if kind is None:
        return ValidationProblem(("type",), "required key is missing")
    return ValidationProblem(("type",), "expected a known client event type, got %s" % describe(kind))


def _audio_size(value: Any, path: Path, errs: Errors) -> None:
    """Strict mode: at most 15 MiB of audio an event, told from the text's length (3 bytes for
    every 4 characters), without decoding it."""
    if len(value) // 4 * 3 > MAX_AUDIO_BYTES:
        errs.append(ValidationProblem(path, "more than 15 MiB of audio in one event"))


@model
class InputAudioBufferAppendEvent(ClientEvent):
    """Audio for the input buffer: base64 of audio in the session's input format. Build one from
    the bytes with :meth:`from_audio`; :meth:`audio_bytes` gives them back."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    audio: Maybe[str] = UNSET
    """Base64 audio; at most 15 MiB of audio (strict mode checks, from the text's length)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "input_audio_buffer.append"
    _required = ("type", "audio")
    _checks = {"audio": _audio_size}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.audio = get_str(d, "audio", errs)

    @classmethod
    def from_audio(cls, audio: bytes, *, event_id: Optional[str] = None) -> InputAudioBufferAppendEvent:
        """The event that appends ``audio`` (raw bytes in the session's input format, such as a
        microphone's 16-bit PCM at 24 kHz), base64-encoded."""
        event = cls(audio=binascii.b2a_base64(bytes(audio), newline=False).decode("ascii"))
        if event_id is not None:
            event.event_id = event_id
        return event

    def audio_bytes(self) -> bytes:
        """The audio's bytes; ``ValidationError`` when ``audio`` is not base64."""
        return audio_bytes(self.audio)


@model
class _BareClientEvent(ClientEvent):
    """The shape of the events that carry nothing but their type."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("type",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)


class InputAudioBufferCommitEvent(_BareClientEvent):
    """Commit the input buffer as a user message item (not needed under server VAD)."""

    __slots__ = ()
    _kind = "input_audio_buffer.commit"


class InputAudioBufferClearEvent(_BareClientEvent):
    """Empty the input buffer."""

    __slots__ = ()
    _kind = "input_audio_buffer.clear"


class OutputAudioBufferClearEvent(_BareClientEvent):
    """Cut the audio being played (WebRTC and SIP), after a ``response.cancel``."""

    __slots__ = ()
    _kind = "output_audio_buffer.clear"


@model
class _ItemIdEvent(ClientEvent):
    """The shape of the events that name an item: retrieve it, delete it."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("type", "item_id")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)


class ConversationItemRetrieveEvent(_ItemIdEvent):
    """Ask for an item as the server holds it (``conversation.item.retrieved`` answers)."""

    __slots__ = ()
    _kind = "conversation.item.retrieve"


class ConversationItemDeleteEvent(_ItemIdEvent):
    """Delete an item from the conversation (``conversation.item.deleted`` answers)."""

    __slots__ = ()
    _kind = "conversation.item.delete"


@model
class ConversationItemTruncateEvent(ClientEvent):
    """Cut an assistant message's audio at what the user heard, when the user interrupts it."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    content_index: Maybe[int] = UNSET
    """The content part: 0."""
    audio_end_ms: Maybe[int] = UNSET
    """The audio kept, in milliseconds: no more than the part holds."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "conversation.item.truncate"
    _required = ("type", "item_id", "content_index", "audio_end_ms")
    _checks = {"content_index": non_negative, "audio_end_ms": non_negative}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.item_id = get_str(d, "item_id", errs)
        self.content_index = get_int(d, "content_index", errs)
        self.audio_end_ms = get_int(d, "audio_end_ms", errs)


@model
class ResponseCancelEvent(ClientEvent):
    """Cancel a response: the one named, or the one in progress in the default conversation."""

    event_id: Maybe[str] = UNSET
    """The client's id of this event (the server names it in an ``error``)."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "response.cancel"
    _required = ("type",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        read_event(self, d, errs)
        self.response_id = get_str(d, "response_id", errs)


SHARED_CLIENT_EVENTS = (
    InputAudioBufferAppendEvent,
    InputAudioBufferCommitEvent,
    InputAudioBufferClearEvent,
    OutputAudioBufferClearEvent,
    ConversationItemRetrieveEvent,
    ConversationItemTruncateEvent,
    ConversationItemDeleteEvent,
    ResponseCancelEvent,
)
"""The client events both protocols send alike: each protocol's union counts them as its own."""
