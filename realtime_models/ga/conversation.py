"""The GA conversation state: a GA server event stream folded into responses and items.

See :mod:`realtime_models._shared.fold` for what the fold does; this module names the GA events it
applies and turns a ``response.content_part.added`` part (typed ``text`` or ``audio``, as in
beta) into the assistant message's own part (``output_text`` or ``output_audio``).
"""

from __future__ import annotations

from .._shared.fold import ConversationFold, Disagreement, Oddity, shared_handlers
from .._shared.live_client import TokensByModality, UsageTotals
from .content import RealtimeConversationItemAssistantMessageContent
from .items import RealtimeConversationItem
from .response import RealtimeResponse
from .server_events import (
    EVENTS,
    ConversationItemAdded,
    ConversationItemDone,
    ConversationItemInputAudioTranscriptionSegment,
    McpListToolsCompleted,
    McpListToolsFailed,
    McpListToolsInProgress,
    RealtimeServerEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseMcpCallArgumentsDelta,
    ResponseMcpCallArgumentsDone,
    ResponseMcpCallCompleted,
    ResponseMcpCallFailed,
    ResponseMcpCallInProgress,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Optional

    from .session import RealtimeSessionResponse

__all__ = ["ConversationState", "Disagreement", "Oddity", "TokensByModality", "UsageTotals"]

_PART_TYPES = {"text": "output_text", "audio": "output_audio"}
_BYTES_PER_MS = {"audio/pcmu": 8, "audio/pcma": 8}  # G.711: 8 kHz, one byte a sample


class ConversationState(ConversationFold[RealtimeResponse, RealtimeConversationItem, RealtimeServerEvent]):
    """The state a GA server event stream describes: apply each event with :meth:`apply`, read
    :attr:`responses`, :attr:`items` and the rest at any moment. See the README's "Folding a
    stream" for an example."""

    _event_class = RealtimeServerEvent
    _announces_done = True
    if TYPE_CHECKING:
        session: Optional[RealtimeSessionResponse]

    def _new_part(self, part: Any) -> Any:
        content = RealtimeConversationItemAssistantMessageContent()
        kind = part.type
        content.type = _PART_TYPES.get(kind, kind) if type(kind) is str else kind
        content.text = part.text
        content.transcript = part.transcript
        content.audio = part.audio
        content.extra = dict(part.extra)
        return content

    def _bytes_per_ms(self, response: Any) -> int:
        try:
            audio_format = response.audio.output.format
            kind = audio_format.type
            if kind == "audio/pcm":
                rate = audio_format.rate
                return 2 * int(rate) // 1000 if type(rate) is int and rate > 0 else 48
            return _BYTES_PER_MS.get(kind, 48)
        except AttributeError:  # no response, or no format in it: the default, 24 kHz PCM
            return 48

    def _on_function_arguments_done(self, event: Any) -> None:
        self._on_arguments_done(event)
        name = event.name
        item = self._items.get(event.item_id) if type(event.item_id) is str else None
        if type(name) is str and item is not None and getattr(item, "name", name) != name:
            self._disagree("item[%s].name" % event.item_id, item.name, name)
            item.name = name

    def _on_status_signal(self, event: Any) -> None:
        if type(event.item_id) is str:
            self._signals[event.item_id] = event.type.rpartition(".")[2]

    def _on_input_transcript_segment(self, event: Any) -> None:
        if type(event.item_id) is str:
            self._segments.setdefault(event.item_id, []).append(self._take(event))


ConversationState._handlers = {
    **shared_handlers(EVENTS),
    ConversationItemAdded: ConversationState._on_item_added,
    ConversationItemDone: ConversationState._on_item_done,
    ResponseTextDeltaEvent: ConversationState._on_text_delta,
    ResponseTextDoneEvent: ConversationState._on_text_done,
    ResponseAudioTranscriptDeltaEvent: ConversationState._on_transcript_delta,
    ResponseAudioTranscriptDoneEvent: ConversationState._on_transcript_done,
    ResponseAudioDeltaEvent: ConversationState._on_audio_delta,
    ResponseAudioDoneEvent: ConversationState._on_audio_done,
    ResponseFunctionCallArgumentsDoneEvent: ConversationState._on_function_arguments_done,
    ResponseMcpCallArgumentsDelta: ConversationState._on_arguments_delta,
    ResponseMcpCallArgumentsDone: ConversationState._on_arguments_done,
    ResponseMcpCallInProgress: ConversationState._on_status_signal,
    ResponseMcpCallCompleted: ConversationState._on_status_signal,
    ResponseMcpCallFailed: ConversationState._on_status_signal,
    McpListToolsInProgress: ConversationState._on_status_signal,
    McpListToolsCompleted: ConversationState._on_status_signal,
    McpListToolsFailed: ConversationState._on_status_signal,
    ConversationItemInputAudioTranscriptionSegment: ConversationState._on_input_transcript_segment,
}
