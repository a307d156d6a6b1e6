"""The GA conversation state: a GA server event stream folded into responses and items.

See :mod:`realtime_models._fold` for what the fold does; this module names the GA events it
applies and turns a ``response.content_part.added`` part (typed ``text`` or ``audio``, as in
beta) into the assistant message's own part (``output_text`` or ``output_audio``).
"""

from __future__ import annotations

from .._shared.fold import SHARED_ROUTES, ConversationFold, Disagreement, Oddity
from .items import RealtimeConversationItem, RealtimeConversationItemAssistantMessageContent
from .response import RealtimeResponse
from .server_events import EVENTS, RealtimeServerEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict

__all__ = ["ConversationState", "Disagreement", "Oddity"]

_PART_TYPES = {"text": "output_text", "audio": "output_audio"}
_BYTES_PER_MS = {"audio/pcmu": 8, "audio/pcma": 8}  # G.711: 8 kHz, one byte a sample


class ConversationState(ConversationFold[RealtimeResponse, RealtimeConversationItem, RealtimeServerEvent]):
    """The state a GA server event stream describes: apply each event with :meth:`apply`, read
    :attr:`responses`, :attr:`items` and the rest at any moment. See the README's "Folding a
    stream" for an example."""

    _event_class = RealtimeServerEvent
    _events = EVENTS
    _announces_done = True
    _routes: ClassVar[Dict[str, str]] = {
        **SHARED_ROUTES,
        "conversation.item.added": "_on_item_added",
        "conversation.item.done": "_on_item_done",
        "response.output_text.delta": "_on_text_delta",
        "response.output_text.done": "_on_text_done",
        "response.output_audio_transcript.delta": "_on_transcript_delta",
        "response.output_audio_transcript.done": "_on_transcript_done",
        "response.output_audio.delta": "_on_audio_delta",
        "response.output_audio.done": "_on_audio_done",
        "response.function_call_arguments.done": "_on_function_arguments_done",
        "response.mcp_call_arguments.delta": "_on_arguments_delta",
        "response.mcp_call_arguments.done": "_on_arguments_done",
        "response.mcp_call.in_progress": "_on_status_signal",
        "response.mcp_call.completed": "_on_status_signal",
        "response.mcp_call.failed": "_on_status_signal",
        "mcp_list_tools.in_progress": "_on_status_signal",
        "mcp_list_tools.completed": "_on_status_signal",
        "mcp_list_tools.failed": "_on_status_signal",
        "conversation.item.input_audio_transcription.segment": "_on_input_transcript_segment",
    }

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
