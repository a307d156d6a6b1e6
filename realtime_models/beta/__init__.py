"""The beta Realtime protocol's models (``openai.types.beta.realtime`` in the official SDK).

The same classes as the package's top level (``from realtime_models import RealtimeResponse``
is the beta response, as in 0.1), here under the SDK's names as well, beside the GA namespace
:mod:`realtime_models.ga`. Status details and usage are shared with the GA models.
"""

from .._core.lazy import lazy_exports
from .._core.unset import UNSET, UnsetType
from .._shared.status import RealtimeResponseStatusDetails, RealtimeResponseStatusDetailsError
from .._shared.usage import *
from ..errors import ValidationError, ValidationProblem
from .content import *
from .items import *
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
from .response import *

# The SDK's beta names for the same classes.
ConversationItem = RealtimeConversationItem
ConversationItemContent = RealtimeConversationItemContent
RealtimeResponseStatus = RealtimeResponseStatusDetails
# 0.1's names for the same classes, still exported at the top level
RealtimeBetaResponseStatusDetails = RealtimeResponseStatusDetails
RealtimeBetaResponseUsage = RealtimeResponseUsage

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:  # type checkers see these classes; at run time they load on first use
    from .client_events import *
    from .conversation import *
    from .server_events import *
    from .session import *


# The session configuration, the event classes and the fold load when first asked for, so that
# code that only parses responses does not pay for them (see the README's import numbers);
# dir() lists them all.
__getattr__, __dir__ = lazy_exports(globals(), ("session", "client_events", "server_events", "conversation"))


__all__ = [
    "AUDIO_FORMATS",
    "CLIENT_EVENTS",
    "CONTENT_TYPES",
    "EVENTS",
    "ITEM_ROLES",
    "ITEM_STATUSES",
    "ITEM_TYPES",
    "MODALITIES",
    "RESPONSE_STATUSES",
    "STATUS_DETAILS_REASONS",
    "STATUS_DETAILS_TYPES",
    "UNSET",
    "VOICES",
    "ClientEvent",
    "ClientSecret",
    "ConversationCreatedEvent",
    "ConversationItem",
    "ConversationItemContent",
    "ConversationItemCreateEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemRetrieved",
    "ConversationItemTruncateEvent",
    "ConversationItemTruncatedEvent",
    "ConversationItemWithReference",
    "ConversationState",
    "Disagreement",
    "ErrorEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "Oddity",
    "OutputAudioBufferClear",
    "OutputAudioBufferClearEvent",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseUsage",
    "RealtimeClientEvent",
    "RealtimeConversationItem",
    "RealtimeConversationItemContent",
    "RealtimeResponse",
    "RealtimeResponseCreateParams",
    "RealtimeResponseStatus",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageCachedTokensDetails",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCancelEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreateEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionCreatedEvent",
    "SessionUpdateEvent",
    "SessionUpdateEventSession",
    "SessionUpdatedEvent",
    "TokensByModality",
    "Tool",
    "TracingTracingConfiguration",
    "TranscriptionSession",
    "TranscriptionSessionClientSecret",
    "TranscriptionSessionClientSecretExpiresAt",
    "TranscriptionSessionUpdate",
    "TranscriptionSessionUpdateSession",
    "TranscriptionSessionUpdatedEvent",
    "TurnDetection",
    "UnknownClientEvent",
    "UnknownServerEvent",
    "UnsetType",
    "UsageTotals",
    "ValidationError",
    "ValidationProblem",
]
