"""What a live client asks of the conversation state beside the conversation itself: how much
of an assistant's audio arrived and how to truncate it when the user interrupts, which response
is in progress, which tool calls wait for an answer, and the last rate limits.

The fold keeps what these need as it applies each event (a byte count per audio part, told
from the base64 text's length; the last ``rate_limits.updated``); this mixin reads it.
"""

from __future__ import annotations

from .client_events import ConversationItemTruncateEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Tuple

__all__ = ["LiveClientState"]


class LiveClientState:
    """The part of ``ConversationState`` a live client's backbone reads."""

    if TYPE_CHECKING:  # kept by the fold (see ConversationFold)
        _audio_received: Dict[Tuple[str, int], List[int]]
        _rate_limits: Any
        _open: Dict[str, None]
        _responses: Dict[str, Any]
        _response_of: Dict[str, str]

        @property
        def items(self) -> List[Any]: ...

        def _bytes_per_ms(self, response: Any) -> int: ...

        def _take(self, obj: Any) -> Any: ...

    def audio_ms(self, item_id: str, content_index: int = 0) -> Optional[int]:
        """The milliseconds of audio received for an output audio part (what its deltas carried,
        told from the base64 text's length, less what a truncation cut), or None when the part
        received none. It needs no ``keep_audio``."""
        received = self._audio_received.get((item_id, content_index))
        if received is None:
            return None
        return received[0] // self._bytes_per_ms(self._responses.get(self._response_of.get(item_id, "")))

    def truncate_event(self, item_id: str, played_ms: int) -> Optional[ConversationItemTruncateEvent]:
        """The ``conversation.item.truncate`` to send when the user interrupts an assistant
        message after hearing ``played_ms`` of it: its audio part, and ``audio_end_ms`` clamped
        to the audio received (asking past it is refused by the server). None when the item has
        no audio to truncate."""
        parts = sorted(index for (item, index), count in self._audio_received.items() if item == item_id and count[0])
        if not parts:
            return None
        received = self.audio_ms(item_id, parts[0]) or 0
        end = max(0, min(int(played_ms), received))
        return ConversationItemTruncateEvent(item_id=item_id, content_index=parts[0], audio_end_ms=end)

    @property
    def active_response(self) -> Any:
        """The response in progress in the default conversation, or None: the server refuses a
        ``response.create`` for it while one is (``conversation_already_has_active_response``).
        Out-of-band responses, which may run beside it, are not it."""
        for response_id in reversed(list(self._open)):
            response = self._responses.get(response_id)
            if getattr(response, "conversation_id", None) is not None:
                return response
        return None

    def pending_calls(self) -> List[Any]:
        """The calls the client owes an answer, in the conversation's order: each
        ``function_call`` item with no ``function_call_output`` of its ``call_id``, and each MCP
        approval request (GA) with no approval response."""
        items = self.items
        answered = {
            getattr(item, "call_id", None) for item in items if getattr(item, "type", None) == "function_call_output"
        }
        approved = {
            getattr(item, "approval_request_id", None)
            for item in items
            if getattr(item, "type", None) == "mcp_approval_response"
        }
        pending = []
        for item in items:
            kind = getattr(item, "type", None)
            if (kind == "function_call" and getattr(item, "call_id", None) not in answered) or (
                kind == "mcp_approval_request" and getattr(item, "id", None) not in approved
            ):
                pending.append(item)
        return pending

    @property
    def rate_limits(self) -> Any:
        """The rate limits of the last ``rate_limits.updated`` (a list of ``RateLimit``), or None."""
        return self._rate_limits

    def _on_rate_limits(self, event: Any) -> None:
        if type(event.rate_limits) is list:
            self._rate_limits = self._take(event.rate_limits)
