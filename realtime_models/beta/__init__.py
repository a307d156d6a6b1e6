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

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:  # type checkers see the event classes; at run time they load on first use
    from .conversation import ConversationState, Disagreement, Oddity
    from .events import (
        EVENTS,
        ConversationCreatedEvent,
        ConversationItemCreatedEvent,
        ConversationItemDeletedEvent,
        ConversationItemInputAudioTranscriptionCompletedEvent,
        ConversationItemInputAudioTranscriptionDeltaEvent,
        ConversationItemInputAudioTranscriptionFailedEvent,
        ConversationItemRetrieved,
        ConversationItemTruncatedEvent,
        ErrorEvent,
        InputAudioBufferClearedEvent,
        InputAudioBufferCommittedEvent,
        InputAudioBufferSpeechStartedEvent,
        InputAudioBufferSpeechStoppedEvent,
        OutputAudioBufferCleared,
        OutputAudioBufferStarted,
        OutputAudioBufferStopped,
        RateLimitsUpdatedEvent,
        RealtimeServerEvent,
        ResponseAudioDeltaEvent,
        ResponseAudioDoneEvent,
        ResponseAudioTranscriptDeltaEvent,
        ResponseAudioTranscriptDoneEvent,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseCreatedEvent,
        ResponseDoneEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent,
        SessionCreatedEvent,
        SessionUpdatedEvent,
        TranscriptionSessionUpdatedEvent,
        UnknownServerEvent,
    )


_FOLD = ("ConversationState", "Disagreement", "Oddity")


def __getattr__(name: str) -> object:
    # The event classes load when first asked for, so that code that only parses responses does
    # not pay for them (see the README's import numbers).
    if not name.startswith("_"):
        from importlib import import_module

        # the fold of an event stream, with the events it applies, likewise
        module = import_module(__name__ + (".conversation" if name in _FOLD else ".events"))
        if name in module.__all__ or name == "EVENTS":
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


__all__ = [
    "AUDIO_FORMATS",
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
    "ConversationCreatedEvent",
    "ConversationItem",
    "ConversationItemContent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ConversationState",
    "Disagreement",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "Oddity",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
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
    "RealtimeServerEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "TranscriptionSessionUpdatedEvent",
    "UnknownServerEvent",
    "UnsetType",
    "ValidationError",
    "ValidationProblem",
]
