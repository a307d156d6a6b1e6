"""The beta conversation state: a beta server event stream folded into responses and items.

See :mod:`realtime_models._fold` for what the fold does; this module names the beta events it
applies.
"""

from __future__ import annotations

from .._shared.fold import SHARED_ROUTES, ConversationFold, Disagreement, Oddity
from .items import RealtimeConversationItem
from .response import RealtimeResponse
from .server_events import EVENTS, RealtimeServerEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict

__all__ = ["ConversationState", "Disagreement", "Oddity"]

_BYTES_PER_MS = {"pcm16": 48, "g711_ulaw": 8, "g711_alaw": 8}  # 24 kHz 16-bit; 8 kHz one byte


class ConversationState(ConversationFold[RealtimeResponse, RealtimeConversationItem, RealtimeServerEvent]):
    """The state a beta server event stream describes: apply each event with :meth:`apply`,
    read :attr:`responses`, :attr:`items` and the rest at any moment. See the README's "Folding
    a stream" for an example."""

    _event_class = RealtimeServerEvent
    _events = EVENTS
    _routes: ClassVar[Dict[str, str]] = {
        **SHARED_ROUTES,
        "response.text.delta": "_on_text_delta",
        "response.text.done": "_on_text_done",
        "response.audio_transcript.delta": "_on_transcript_delta",
        "response.audio_transcript.done": "_on_transcript_done",
        "response.audio.delta": "_on_audio_delta",
        "response.audio.done": "_on_audio_done",
        "response.function_call_arguments.done": "_on_arguments_done",
    }

    def _bytes_per_ms(self, response: Any) -> int:
        return _BYTES_PER_MS.get(getattr(response, "output_audio_format", None), 48)  # type: ignore[arg-type]
