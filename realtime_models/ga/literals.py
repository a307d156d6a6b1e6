"""The values the GA Realtime API documents for its enum-like string fields.

As in the beta models, lenient parsing accepts any string in these fields and strict parsing
only the values listed here; ``voice`` stays an open string in every mode.
"""

from __future__ import annotations

from .._core.lazy import literal_types

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
    "USER_CONTENT_TYPES",
    "VOICES",
    "AssistantContentType",
    "AudioFormatType",
    "ImageDetail",
    "ItemRole",
    "ItemStatus",
    "ItemType",
    "McpErrorType",
    "OutputModality",
    "ResponseStatus",
    "SystemContentType",
    "UserContentType",
]

# Spec order: error messages list the values in this order.
_RESPONSE_STATUSES = ("completed", "cancelled", "failed", "incomplete", "in_progress")
_ITEM_STATUSES = ("completed", "incomplete", "in_progress")
_ITEM_TYPES = (
    "message",
    "function_call",
    "function_call_output",
    "mcp_approval_request",
    "mcp_approval_response",
    "mcp_list_tools",
    "mcp_call",
)
_ITEM_ROLES = ("system", "user", "assistant")
_OUTPUT_MODALITIES = ("text", "audio")
_SYSTEM_CONTENT_TYPES = ("input_text",)
_USER_CONTENT_TYPES = ("input_text", "input_audio", "input_image")
# The schema says output_text and output_audio; OpenAI's own GA examples (response.output_item.done,
# conversation.item.retrieved) and its content_part events still send text and audio, so strict
# mode accepts both spellings.
_ASSISTANT_CONTENT_TYPES = ("output_text", "output_audio", "text", "audio")
_IMAGE_DETAILS = ("auto", "low", "high")
_AUDIO_FORMAT_TYPES = ("audio/pcm", "audio/pcmu", "audio/pcma")
_MCP_ERROR_TYPES = ("protocol_error", "tool_execution_error", "http_error")
_VOICES = ("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar")

RESPONSE_STATUSES = frozenset(_RESPONSE_STATUSES)
ITEM_STATUSES = frozenset(_ITEM_STATUSES)
ITEM_TYPES = frozenset(_ITEM_TYPES)
ITEM_ROLES = frozenset(_ITEM_ROLES)
OUTPUT_MODALITIES = frozenset(_OUTPUT_MODALITIES)
SYSTEM_CONTENT_TYPES = frozenset(_SYSTEM_CONTENT_TYPES)
USER_CONTENT_TYPES = frozenset(_USER_CONTENT_TYPES)
ASSISTANT_CONTENT_TYPES = frozenset(_ASSISTANT_CONTENT_TYPES)
IMAGE_DETAILS = frozenset(_IMAGE_DETAILS)
AUDIO_FORMAT_TYPES = frozenset(_AUDIO_FORMAT_TYPES)
MCP_ERROR_TYPES = frozenset(_MCP_ERROR_TYPES)
VOICES = frozenset(_VOICES)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Literal

    ResponseStatus = Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]
    ItemStatus = Literal["completed", "incomplete", "in_progress"]
    ItemType = Literal[
        "message",
        "function_call",
        "function_call_output",
        "mcp_approval_request",
        "mcp_approval_response",
        "mcp_list_tools",
        "mcp_call",
    ]
    ItemRole = Literal["system", "user", "assistant"]
    OutputModality = Literal["text", "audio"]
    SystemContentType = Literal["input_text"]
    UserContentType = Literal["input_text", "input_audio", "input_image"]
    AssistantContentType = Literal["output_text", "output_audio", "text", "audio"]
    ImageDetail = Literal["auto", "low", "high"]
    AudioFormatType = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]
    McpErrorType = Literal["protocol_error", "tool_execution_error", "http_error"]
else:
    __getattr__ = literal_types(
        globals(),
        ResponseStatus=_RESPONSE_STATUSES,
        ItemStatus=_ITEM_STATUSES,
        ItemType=_ITEM_TYPES,
        ItemRole=_ITEM_ROLES,
        OutputModality=_OUTPUT_MODALITIES,
        SystemContentType=_SYSTEM_CONTENT_TYPES,
        UserContentType=_USER_CONTENT_TYPES,
        AssistantContentType=_ASSISTANT_CONTENT_TYPES,
        ImageDetail=_IMAGE_DETAILS,
        AudioFormatType=_AUDIO_FORMAT_TYPES,
        McpErrorType=_MCP_ERROR_TYPES,
    )
