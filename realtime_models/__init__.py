"""Typed, lossless models of the OpenAI Realtime API's response object (beta shape).

Standard library only. ``RealtimeResponse.from_dict(event["response"])`` gives a model;
``model.to_dict()`` gives back exactly the dict it came from, unknown keys included.
"""

from ._unset import UNSET, Maybe, UnsetType
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

__version__ = "0.1.0"

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
