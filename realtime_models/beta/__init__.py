"""The beta Realtime protocol's models (``openai.types.beta.realtime`` in the official SDK).

The same classes as the package's top level (``from realtime_models import RealtimeResponse``
is the beta response, as in 0.1), here under the SDK's names as well, beside the GA namespace
:mod:`realtime_models.ga`. Status details and usage are shared with the GA models.
"""

from .._unset import UNSET, UnsetType
from ..content import RealtimeConversationItemContent
from ..errors import ValidationError, ValidationProblem
from ..item import RealtimeConversationItem
from ..literals import (
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
from ..response import RealtimeBetaResponse, RealtimeResponse
from ..status import RealtimeResponseStatusDetails, RealtimeResponseStatusDetailsError
from ..usage import (
    RealtimeResponseUsage,
    RealtimeResponseUsageCachedTokensDetails,
    RealtimeResponseUsageInputTokenDetails,
    RealtimeResponseUsageOutputTokenDetails,
)

# The SDK's beta names for the same classes.
ConversationItem = RealtimeConversationItem
ConversationItemContent = RealtimeConversationItemContent
RealtimeResponseStatus = RealtimeResponseStatusDetails

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
    "ConversationItem",
    "ConversationItemContent",
    "RealtimeBetaResponse",
    "RealtimeConversationItem",
    "RealtimeConversationItemContent",
    "RealtimeResponse",
    "RealtimeResponseStatus",
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
