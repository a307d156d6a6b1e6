"""The beta conversation state: a beta server event stream folded into responses and items.

See :mod:`realtime_models._shared.fold` for what the fold does; this module names the beta events it
applies.
"""

from __future__ import annotations

from .._shared.fold import ConversationFold, Disagreement, Oddity, shared_handlers
from .._shared.live_client import TokensByModality, UsageTotals
from .items import RealtimeConversationItem
from .response import RealtimeResponse
from .server_events import (
    EVENTS,
    RealtimeServerEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    TranscriptionSessionUpdatedEvent,
)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Optional, Union

    from .session import Session, TranscriptionSession

__all__ = ["ConversationState", "Disagreement", "Oddity", "TokensByModality", "UsageTotals"]

_BYTES_PER_MS = {"pcm16": 48, "g711_ulaw": 8, "g711_alaw": 8}  # 24 kHz 16-bit; 8 kHz one byte


class ConversationState(ConversationFold[RealtimeResponse, RealtimeConversationItem, RealtimeServerEvent]):
    """The state a beta server event stream describes: apply each event with :meth:`apply`,
    read :attr:`responses`, :attr:`items` and the rest at any moment. See the README's "Folding
    a stream" for an example."""

    _event_class = RealtimeServerEvent
    if TYPE_CHECKING:
        session: Optional[Union[Session, TranscriptionSession]]

    def _bytes_per_ms(self, response: Any) -> int:
        return _BYTES_PER_MS.get(getattr(response, "output_audio_format", None), 48)  # type: ignore[arg-type]


ConversationState._handlers = {
    **shared_handlers(EVENTS),
    ResponseTextDeltaEvent: ConversationState._on_text_delta,
    ResponseTextDoneEvent: ConversationState._on_text_done,
    ResponseAudioTranscriptDeltaEvent: ConversationState._on_transcript_delta,
    ResponseAudioTranscriptDoneEvent: ConversationState._on_transcript_done,
    ResponseAudioDeltaEvent: ConversationState._on_audio_delta,
    ResponseAudioDoneEvent: ConversationState._on_audio_done,
    ResponseFunctionCallArgumentsDoneEvent: ConversationState._on_arguments_done,
    TranscriptionSessionUpdatedEvent: ConversationState._on_session,
}
