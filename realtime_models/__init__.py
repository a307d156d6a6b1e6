"""Typed, lossless models of the OpenAI Realtime API's response object (beta shape).

Standard library only. ``RealtimeResponse.from_dict(event["response"])`` gives a model;
``model.to_dict()`` gives back exactly the dict it came from, unknown keys included.
"""

from ._unset import UNSET, UnsetType
from .content import RealtimeConversationItemContent
from .errors import ValidationError, ValidationProblem
from .item import RealtimeConversationItem
from .literals import (
    AUDIO_FORMATS,
    CONTENT_TYPES,
    ITEM_ROLES,
    ITEM_STATUSES,
    ITEM_TYPES,
    MODALITIES,
    RESPONSE_STATUSES,
    STATUS_DETAILS_REASONS,
    STATUS_DETAILS_TYPES,
    VOICES,
)
from .response import RealtimeBetaResponse, RealtimeResponse
from .status import RealtimeResponseStatusDetails, RealtimeResponseStatusDetailsError
from .usage import (
    RealtimeResponseUsage,
    RealtimeResponseUsageCachedTokensDetails,
    RealtimeResponseUsageInputTokenDetails,
    RealtimeResponseUsageOutputTokenDetails,
)

RealtimeBetaResponseStatusDetails = RealtimeResponseStatusDetails
RealtimeBetaResponseUsage = RealtimeResponseUsage

__version__ = "0.2.0.dev0"

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from ._unset import Maybe
else:

    def __getattr__(name: str) -> object:
        if name == "Maybe":  # built on first use: it would import typing (see _unset)
            from . import _unset

            return _unset.Maybe
        raise AttributeError("module %r has no attribute %r" % (__name__, name))


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
    "UNSET",
    "VOICES",
    "Maybe",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseUsage",
    "RealtimeConversationItem",
    "RealtimeConversationItemContent",
    "RealtimeResponse",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageCachedTokensDetails",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "UnsetType",
    "ValidationError",
    "ValidationProblem",
]
