"""Typed, lossless models of the OpenAI Realtime API's payloads, GA and beta.

Standard library only. :mod:`realtime_models.ga` holds the GA protocol's models (use it for new
code), :mod:`realtime_models.beta` the beta protocol's, for recorded logs. The names at this level
are 0.1's: the beta response graph, re-exported from :mod:`realtime_models.beta`.
``RealtimeResponse.from_dict(event["response"])`` gives a model; ``model.to_dict()`` gives back
exactly the dict it came from, unknown keys included.

Everything here loads on first use: ``import realtime_models`` costs almost nothing, and
``dir(realtime_models)`` still lists every name.
"""

from ._core.lazy import lazy_exports
from ._core.unset import UNSET, UnsetType
from .errors import ValidationError, ValidationProblem

__version__ = "0.2.0.dev0"

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from . import beta, ga
    from ._core.unset import Maybe
    from .beta import (
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
        RealtimeBetaResponse,
        RealtimeBetaResponseStatusDetails,
        RealtimeBetaResponseUsage,
        RealtimeConversationItem,
        RealtimeConversationItemContent,
        RealtimeResponse,
        RealtimeResponseStatusDetails,
        RealtimeResponseStatusDetailsError,
        RealtimeResponseUsage,
        RealtimeResponseUsageCachedTokensDetails,
        RealtimeResponseUsageInputTokenDetails,
        RealtimeResponseUsageOutputTokenDetails,
    )
else:
    # The namespaces are modules of this package; the 0.1 names come from beta; Maybe from the
    # module that builds it on first use (it imports typing).
    __getattr__, __dir__ = lazy_exports(globals(), ("beta", "_core.unset"), ("beta", "ga"))

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
    "beta",
    "ga",
]
