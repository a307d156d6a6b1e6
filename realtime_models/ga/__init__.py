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

__all__ = [
    "ASSISTANT_CONTENT_TYPES",
    "AUDIO_FORMAT_TYPES",
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
    "UnknownAudioFormat",
    "UnknownConversationItem",
    "UnknownMcpError",
    "UnsetType",
    "ValidationError",
    "ValidationProblem",
]
