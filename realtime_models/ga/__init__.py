"""The GA Realtime protocol's models (``openai.types.realtime`` in the official SDK): the
response, its audio formats, and the nine kinds of conversation item. Use these for new code.

Status details and usage are the same classes as in :mod:`realtime_models.beta`: both protocols
send them alike. Every model has the contract of the package: ``from_dict``/``to_dict``,
``from_json``/``to_json``, ``validate``, lenient or strict, exact round trips.
"""

from .._unset import UNSET, UnsetType
from ..errors import ValidationError, ValidationProblem
from ..status import RealtimeResponseStatusDetails, RealtimeResponseStatusDetailsError
from ..usage import (
    RealtimeResponseUsage,
    RealtimeResponseUsageCachedTokensDetails,
    RealtimeResponseUsageInputTokenDetails,
    RealtimeResponseUsageOutputTokenDetails,
)
from .audio import (
    AudioPCM,
    AudioPCMA,
    AudioPCMU,
    RealtimeAudioFormats,
    RealtimeResponseAudio,
    RealtimeResponseAudioOutput,
    UnknownAudioFormat,
)
from .items import (
    RealtimeConversationItem,
    RealtimeConversationItemAssistantMessage,
    RealtimeConversationItemAssistantMessageContent,
    RealtimeConversationItemFunctionCall,
    RealtimeConversationItemFunctionCallOutput,
    RealtimeConversationItemSystemMessage,
    RealtimeConversationItemSystemMessageContent,
    RealtimeConversationItemUserMessage,
    RealtimeConversationItemUserMessageContent,
    RealtimeMcpApprovalRequest,
    RealtimeMcpApprovalResponse,
    RealtimeMcpListTools,
    RealtimeMcpToolCall,
    UnknownConversationItem,
)
from .literals import (
    ASSISTANT_CONTENT_TYPES,
    AUDIO_FORMAT_TYPES,
    IMAGE_DETAILS,
    ITEM_ROLES,
    ITEM_STATUSES,
    ITEM_TYPES,
    MCP_ERROR_TYPES,
    OUTPUT_MODALITIES,
    RESPONSE_STATUSES,
    SYSTEM_CONTENT_TYPES,
    USER_CONTENT_TYPES,
    VOICES,
)
from .mcp import (
    RealtimeMcpError,
    RealtimeMcphttpError,
    RealtimeMcpListToolsTool,
    RealtimeMcpProtocolError,
    RealtimeMcpToolExecutionError,
    UnknownMcpError,
)
from .response import RealtimeResponse

RealtimeResponseStatus = RealtimeResponseStatusDetails
"""The SDK's name for the status details (``openai.types.realtime.RealtimeResponseStatus``)."""

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:  # type checkers see the event classes; at run time they load on first use
    from .conversation import ConversationState, Disagreement, Oddity
    from .events import (
        EVENTS,
        ConversationCreatedEvent,
        ConversationItemAdded,
        ConversationItemCreatedEvent,
        ConversationItemDeletedEvent,
        ConversationItemDone,
        ConversationItemInputAudioTranscriptionCompletedEvent,
        ConversationItemInputAudioTranscriptionDeltaEvent,
        ConversationItemInputAudioTranscriptionFailedEvent,
        ConversationItemInputAudioTranscriptionSegment,
        ConversationItemRetrieved,
        ConversationItemTruncatedEvent,
        ErrorEvent,
        InputAudioBufferClearedEvent,
        InputAudioBufferCommittedEvent,
        InputAudioBufferDtmfEventReceivedEvent,
        InputAudioBufferSpeechStartedEvent,
        InputAudioBufferSpeechStoppedEvent,
        InputAudioBufferTimeoutTriggered,
        McpListToolsCompleted,
        McpListToolsFailed,
        McpListToolsInProgress,
        OutputAudioBufferCleared,
        OutputAudioBufferStarted,
        OutputAudioBufferStopped,
        RateLimitsUpdatedEvent,
        RealtimeErrorEvent,
        RealtimeServerEvent,
        ResponseAudioDeltaEvent,
        ResponseAudioDoneEvent,
        ResponseAudioTranscriptDeltaEvent,
        ResponseAudioTranscriptDoneEvent,
        ResponseContentPart,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseCreatedEvent,
        ResponseDoneEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
        ResponseMcpCallArgumentsDelta,
        ResponseMcpCallArgumentsDone,
        ResponseMcpCallCompleted,
        ResponseMcpCallFailed,
        ResponseMcpCallInProgress,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent,
        SessionCreatedEvent,
        SessionUpdatedEvent,
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
    "ASSISTANT_CONTENT_TYPES",
    "AUDIO_FORMAT_TYPES",
    "EVENTS",
    "IMAGE_DETAILS",
    "ITEM_ROLES",
    "ITEM_STATUSES",
    "ITEM_TYPES",
    "MCP_ERROR_TYPES",
    "OUTPUT_MODALITIES",
    "RESPONSE_STATUSES",
    "SYSTEM_CONTENT_TYPES",
    "UNSET",
    "USER_CONTENT_TYPES",
    "VOICES",
    "AudioPCM",
    "AudioPCMA",
    "AudioPCMU",
    "ConversationCreatedEvent",
    "ConversationItemAdded",
    "ConversationItemCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemDone",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegment",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ConversationState",
    "Disagreement",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferDtmfEventReceivedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggered",
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "McpListToolsInProgress",
    "Oddity",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RateLimitsUpdatedEvent",
    "RealtimeAudioFormats",
    "RealtimeConversationItem",
    "RealtimeConversationItemAssistantMessage",
    "RealtimeConversationItemAssistantMessageContent",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemSystemMessageContent",
    "RealtimeConversationItemUserMessage",
    "RealtimeConversationItemUserMessageContent",
    "RealtimeErrorEvent",
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpError",
    "RealtimeMcpListTools",
    "RealtimeMcpListToolsTool",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolCall",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcphttpError",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
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
    "ResponseContentPart",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone",
    "ResponseMcpCallCompleted",
    "ResponseMcpCallFailed",
    "ResponseMcpCallInProgress",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "UnknownAudioFormat",
    "UnknownConversationItem",
    "UnknownMcpError",
    "UnknownServerEvent",
    "UnsetType",
    "ValidationError",
    "ValidationProblem",
]
