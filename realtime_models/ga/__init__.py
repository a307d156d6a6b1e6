"""The GA Realtime protocol's models (``openai.types.realtime`` in the official SDK): the
response, its audio formats, and the nine kinds of conversation item. Use these for new code.

Status details and usage are the same classes as in :mod:`realtime_models.beta`: both protocols
send them alike. Every model has the contract of the package: ``from_dict``/``to_dict``,
``from_json``/``to_json``, ``validate``, lenient or strict, exact round trips.
"""

from .._core.lazy import lazy_exports
from .._core.unset import UNSET, UnsetType
from .._shared.status import RealtimeResponseStatusDetails, RealtimeResponseStatusDetailsError
from .._shared.usage import *
from ..errors import ValidationError, ValidationProblem
from .audio import *
from .content import *
from .items import *
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
from .mcp import *
from .response import *

RealtimeResponseStatus = RealtimeResponseStatusDetails
"""The SDK's name for the status details (``openai.types.realtime.RealtimeResponseStatus``)."""

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:  # type checkers see the event classes; at run time they load on first use
    from .conversation import *
    from .server_events import *


# The event classes and the fold load when first asked for, so that code that only parses
# responses does not pay for them (see the README's import numbers); dir() lists them all.
__getattr__, __dir__ = lazy_exports(globals(), ("server_events", "conversation"))


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
    "ConversationItem",
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
    "LogProbProperties",
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
    "RealtimeError",
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
    "VoiceID",
]
