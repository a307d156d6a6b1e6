"""The values the beta Realtime API documents for its enum-like string fields.

Each field is typed with a ``Literal`` for editors and type checkers, and its known values are
exported as a ``frozenset``. Lenient parsing accepts any string in these fields, so that a value
the API adds tomorrow still parses; strict parsing accepts only the values listed here. ``voice``
is an open string in the spec: every mode accepts any voice, :data:`VOICES` only lists the known
ones.
"""

from __future__ import annotations

from .._core.lazy import literal_types
from .._shared.status import DETAILS_REASONS as _STATUS_DETAILS_REASONS
from .._shared.status import DETAILS_TYPES as _STATUS_DETAILS_TYPES

__all__ = [
    "AUDIO_FORMATS",
    "CONTENT_TYPES",
    "ITEM_ROLES",
    "ITEM_STATUSES",
    "ITEM_TYPES",
    "MODALITIES",
    "RESPONSE_STATUSES",
    "STATUS_DETAILS_REASONS",
    "STATUS_DETAILS_TYPES",
    "VOICES",
    "AudioFormat",
    "ContentType",
    "ItemRole",
    "ItemStatus",
    "ItemType",
    "Modality",
    "ResponseStatus",
    "StatusDetailsReason",
    "StatusDetailsType",
]


# Spec order: error messages list the values in this order, whatever the set's hash order.
_RESPONSE_STATUSES = ("completed", "cancelled", "failed", "incomplete", "in_progress")
_MODALITIES = ("text", "audio")
_AUDIO_FORMATS = ("pcm16", "g711_ulaw", "g711_alaw")
_ITEM_TYPES = ("message", "function_call", "function_call_output")
_ITEM_STATUSES = ("completed", "incomplete", "in_progress")
_ITEM_ROLES = ("user", "assistant", "system")
_CONTENT_TYPES = ("input_text", "input_audio", "item_reference", "text", "audio")
_VOICES = (
    "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar",
    "fable", "onyx", "nova",
)  # fmt: skip

RESPONSE_STATUSES: FrozenSet[str] = frozenset(_RESPONSE_STATUSES)
STATUS_DETAILS_TYPES: FrozenSet[str] = frozenset(_STATUS_DETAILS_TYPES)
STATUS_DETAILS_REASONS: FrozenSet[str] = frozenset(_STATUS_DETAILS_REASONS)
MODALITIES: FrozenSet[str] = frozenset(_MODALITIES)
AUDIO_FORMATS: FrozenSet[str] = frozenset(_AUDIO_FORMATS)
ITEM_TYPES: FrozenSet[str] = frozenset(_ITEM_TYPES)
ITEM_STATUSES: FrozenSet[str] = frozenset(_ITEM_STATUSES)
ITEM_ROLES: FrozenSet[str] = frozenset(_ITEM_ROLES)
CONTENT_TYPES: FrozenSet[str] = frozenset(_CONTENT_TYPES)
VOICES: FrozenSet[str] = frozenset(_VOICES)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import FrozenSet, Literal

    ResponseStatus = Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]
    StatusDetailsType = Literal["completed", "cancelled", "failed", "incomplete"]
    StatusDetailsReason = Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]
    Modality = Literal["text", "audio"]
    AudioFormat = Literal["pcm16", "g711_ulaw", "g711_alaw"]
    ItemType = Literal["message", "function_call", "function_call_output"]
    ItemStatus = Literal["completed", "incomplete", "in_progress"]
    ItemRole = Literal["user", "assistant", "system"]
    ContentType = Literal["input_text", "input_audio", "item_reference", "text", "audio"]

else:
    __getattr__ = literal_types(
        globals(),
        ResponseStatus=_RESPONSE_STATUSES,
        StatusDetailsType=_STATUS_DETAILS_TYPES,
        StatusDetailsReason=_STATUS_DETAILS_REASONS,
        Modality=_MODALITIES,
        AudioFormat=_AUDIO_FORMATS,
        ItemType=_ITEM_TYPES,
        ItemStatus=_ITEM_STATUSES,
        ItemRole=_ITEM_ROLES,
        ContentType=_CONTENT_TYPES,
    )
