"""What a live client asks of the conversation state beside the conversation itself: how much
of an assistant's audio arrived and how to truncate it when the user interrupts, which response
is in progress, which tool calls wait for an answer, the tokens the session used, and the last
rate limits.

The fold keeps what these need as it applies each event (a byte count per audio part, told
from the base64 text's length; the usage of each response done, added up; the last
``rate_limits.updated``); this mixin reads it.
"""

from __future__ import annotations

from .._core.unset import UNSET
from .client_events import ConversationItemTruncateEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Tuple

__all__ = ["LiveClientState", "TokensByModality", "UsageTotals"]


class TokensByModality:
    """Token counts by modality: text, audio, image."""

    __slots__ = ("audio", "image", "text")

    def __init__(self, text: int = 0, audio: int = 0, image: int = 0) -> None:
        self.text = text
        self.audio = audio
        self.image = image

    def _add(self, details: Any) -> None:
        """Add a usage breakdown's counts (a model's fields that are integers; anything else, and an
        absent or null breakdown, adds nothing)."""
        if details is None or details is UNSET:
            return
        self.text += _count(getattr(details, "text_tokens", 0))
        self.audio += _count(getattr(details, "audio_tokens", 0))
        self.image += _count(getattr(details, "image_tokens", 0))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TokensByModality):
            return NotImplemented
        return (self.text, self.audio, self.image) == (other.text, other.audio, other.image)

    __hash__ = None  # type: ignore[assignment]  # it grows as responses finish

    def __repr__(self) -> str:
        return "TokensByModality(text=%d, audio=%d, image=%d)" % (self.text, self.audio, self.image)


class UsageTotals:
    """The tokens a session used: the sum of the ``usage`` of every response done (each once),
    by modality, with the cached input kept apart from the rest. Cached tokens are a part of the
    input tokens, billed at a lower rate: adding them to the input counts them twice.

    The split of the cached input by modality is what the responses' details report; a response
    that reports cached tokens without their details adds to ``cached_tokens`` only."""

    __slots__ = (
        "cached",
        "cached_tokens",
        "input",
        "input_tokens",
        "output",
        "output_tokens",
        "responses",
        "total_tokens",
    )

    def __init__(self) -> None:
        self.responses = 0
        """The responses whose usage was counted (those done with one)."""
        self.total_tokens = 0
        self.input_tokens = 0
        """Every input token, cached or not."""
        self.cached_tokens = 0
        """The input tokens read from the cache: a part of ``input_tokens``."""
        self.output_tokens = 0
        self.input = TokensByModality()
        """Every input token, by modality."""
        self.cached = TokensByModality()
        """The cached input tokens, by modality."""
        self.output = TokensByModality()

    @property
    def uncached_tokens(self) -> int:
        """The input tokens not read from the cache."""
        return self.input_tokens - self.cached_tokens

    @property
    def uncached(self) -> TokensByModality:
        """The input tokens not read from the cache, by modality."""
        i, c = self.input, self.cached
        return TokensByModality(i.text - c.text, i.audio - c.audio, i.image - c.image)

    def _add(self, usage: Any) -> None:
        """Count one response's ``usage`` (a ``RealtimeResponseUsage``; absent or null adds nothing)."""
        if usage is None or usage is UNSET:
            return
        self.responses += 1
        self.total_tokens += _count(usage.total_tokens)
        self.input_tokens += _count(usage.input_tokens)
        self.output_tokens += _count(usage.output_tokens)
        details = usage.input_token_details
        if details is not UNSET and details is not None:
            self.input._add(details)
            self.cached_tokens += _count(details.cached_tokens)
            self.cached._add(details.cached_tokens_details)
        self.output._add(usage.output_token_details)

    def __repr__(self) -> str:
        return "UsageTotals(responses=%d, total_tokens=%d, input_tokens=%d, cached_tokens=%d, output_tokens=%d)" % (
            self.responses,
            self.total_tokens,
            self.input_tokens,
            self.cached_tokens,
            self.output_tokens,
        )


def _count(value: Any) -> int:
    """A token count as a number to add: an integer (not a boolean), else nothing."""
    return value if type(value) is int else 0


class LiveClientState:
    """The part of ``ConversationState`` a live client's backbone reads."""

    if TYPE_CHECKING:  # kept by the fold (see ConversationFold)
        _audio_received: Dict[Tuple[str, int], List[int]]
        _rate_limits: Any
        _usage: UsageTotals
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
    def usage(self) -> UsageTotals:
        """The tokens used by the responses done so far, added up (see :class:`UsageTotals`); a
        response forgotten stays counted."""
        return self._usage

    @property
    def rate_limits(self) -> Any:
        """The rate limits of the last ``rate_limits.updated`` (a list of ``RateLimit``), or None."""
        return self._rate_limits

    def _on_rate_limits(self, event: Any) -> None:
        if type(event.rate_limits) is list:
            self._rate_limits = self._take(event.rate_limits)
