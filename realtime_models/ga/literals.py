"""The values the GA Realtime API documents for its enum-like string fields.

As in the beta models, lenient parsing accepts any string in these fields and strict parsing
only the values listed here; ``voice`` stays an open string in every mode.
"""

from __future__ import annotations

from .._core.lazy import literal_types

__all__ = [
    "ASSISTANT_CONTENT_TYPES",
    "AUDIO_FORMAT_TYPES",
    "EAGERNESS",
    "IMAGE_DETAILS",
    "INCLUDABLE",
    "ITEM_ROLES",
    "ITEM_STATUSES",
    "ITEM_TYPES",
    "MCP_APPROVAL_MODES",
    "MCP_CALLERS",
    "MCP_CONNECTORS",
    "MCP_ERROR_TYPES",
    "MODELS",
    "OUTPUT_MODALITIES",
    "REASONING_EFFORTS",
    "RESPONSE_STATUSES",
    "SESSION_TYPES",
    "SYSTEM_CONTENT_TYPES",
    "TOOL_CHOICE_MODES",
    "TOOL_TYPES",
    "TRANSCRIPTION_DELAYS",
    "TRANSCRIPTION_MODELS",
    "TRUNCATION_STRATEGIES",
    "TURN_DETECTION_TYPES",
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
# The session configuration (client.md section 4). Closed lists: strict mode checks them.
_SESSION_TYPES = ("realtime", "transcription")
_TURN_DETECTION_TYPES = ("server_vad", "semantic_vad")
_EAGERNESS = ("low", "medium", "high", "auto")
_TRANSCRIPTION_DELAYS = ("minimal", "low", "medium", "high", "xhigh")
_REASONING_EFFORTS = ("minimal", "low", "medium", "high", "xhigh")
_TOOL_TYPES = ("function", "mcp")
_TOOL_CHOICE_MODES = ("none", "auto", "required")
_TRUNCATION_STRATEGIES = ("auto", "disabled")
_MCP_APPROVAL_MODES = ("always", "never")
_MCP_CALLERS = ("direct", "programmatic")
_MCP_CONNECTORS = (
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
)
# Open lists (any string passes, strict mode too): what the API names today.
_MODELS = (
    "gpt-realtime",
    "gpt-realtime-1.5",
    "gpt-realtime-2",
    "gpt-realtime-2.1",
    "gpt-realtime-2.1-mini",
    "gpt-realtime-2025-08-28",
    "gpt-4o-realtime-preview",
    "gpt-4o-realtime-preview-2024-10-01",
    "gpt-4o-realtime-preview-2024-12-17",
    "gpt-4o-realtime-preview-2025-06-03",
    "gpt-4o-mini-realtime-preview",
    "gpt-4o-mini-realtime-preview-2024-12-17",
    "gpt-realtime-mini",
    "gpt-realtime-mini-2025-10-06",
    "gpt-realtime-mini-2025-12-15",
    "gpt-audio-1.5",
    "gpt-audio-mini",
    "gpt-audio-mini-2025-10-06",
    "gpt-audio-mini-2025-12-15",
)
_TRANSCRIPTION_MODELS = (
    "whisper-1",
    "gpt-transcribe",
    "gpt-live-transcribe",
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-realtime-whisper",
)
_INCLUDABLE = ("item.input_audio_transcription.logprobs",)

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
SESSION_TYPES = frozenset(_SESSION_TYPES)
TURN_DETECTION_TYPES = frozenset(_TURN_DETECTION_TYPES)
EAGERNESS = frozenset(_EAGERNESS)
TRANSCRIPTION_DELAYS = frozenset(_TRANSCRIPTION_DELAYS)
REASONING_EFFORTS = frozenset(_REASONING_EFFORTS)
TOOL_TYPES = frozenset(_TOOL_TYPES)
TOOL_CHOICE_MODES = frozenset(_TOOL_CHOICE_MODES)
TRUNCATION_STRATEGIES = frozenset(_TRUNCATION_STRATEGIES)
MCP_APPROVAL_MODES = frozenset(_MCP_APPROVAL_MODES)
MCP_CALLERS = frozenset(_MCP_CALLERS)
MCP_CONNECTORS = frozenset(_MCP_CONNECTORS)
MODELS = frozenset(_MODELS)
TRANSCRIPTION_MODELS = frozenset(_TRANSCRIPTION_MODELS)
INCLUDABLE = frozenset(_INCLUDABLE)

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
