"""Hypothesis strategies for Realtime payloads, lenient-valid and strict-valid.

The field table below restates the beta spec independently of the package, so that a mistake in
the package's own tables shows up as a failing property rather than hiding behind itself.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Tuple

from hypothesis import strategies as st

from realtime_models import (
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

Kind = Tuple[Any, ...]

GA_ITEM_STATUSES = {"completed", "incomplete", "in_progress"}
GA_ITEM_TYPES = {
    "message",
    "function_call",
    "function_call_output",
    "mcp_approval_request",
    "mcp_approval_response",
    "mcp_list_tools",
    "mcp_call",
}

SCHEMA: Dict[str, Dict[str, Kind]] = {
    "content": {
        "type": ("enum", CONTENT_TYPES),
        "text": ("str",),
        "audio": ("str",),
        "transcript": ("str",),
        "id": ("str",),
    },
    "item": {
        "id": ("str",),
        "type": ("enum", ITEM_TYPES),
        "object": ("const", "realtime.item"),
        "status": ("enum", ITEM_STATUSES),
        "role": ("enum", ITEM_ROLES),
        "content": ("models", "content"),
        "call_id": ("str",),
        "name": ("str",),
        "arguments": ("str",),
        "output": ("str",),
    },
    "error": {"type": ("str",), "code": ("str",), "message": ("str",)},
    "status_details": {
        "type": ("enum", STATUS_DETAILS_TYPES),
        "reason": ("enum", STATUS_DETAILS_REASONS),
        "error": ("model", "error"),
    },
    "cached": {"text_tokens": ("count",), "audio_tokens": ("count",), "image_tokens": ("count",)},
    "input_details": {
        "cached_tokens": ("count",),
        "text_tokens": ("count",),
        "audio_tokens": ("count",),
        "image_tokens": ("count",),
        "cached_tokens_details": ("model", "cached"),
    },
    "output_details": {"text_tokens": ("count",), "audio_tokens": ("count",)},
    "usage": {
        "total_tokens": ("count",),
        "input_tokens": ("count",),
        "output_tokens": ("count",),
        "input_token_details": ("model", "input_details"),
        "output_token_details": ("model", "output_details"),
    },
    "response": {
        "id": ("str",),
        "object": ("const", "realtime.response"),
        "status": ("enum", RESPONSE_STATUSES),
        "status_details": ("model", "status_details"),
        "output": ("models", "item"),
        "metadata": ("metadata",),
        "usage": ("model", "usage"),
        "conversation_id": ("str",),
        "voice": ("voice",),
        "modalities": ("enums", MODALITIES),
        "output_audio_format": ("enum", AUDIO_FORMATS),
        "temperature": ("temperature",),
        "max_output_tokens": ("max_tokens",),
    },
}

GA_ITEM_COMMON: Dict[str, Kind] = {
    "id": ("str",),
    "object": ("const", "realtime.item"),
    "status": ("enum", GA_ITEM_STATUSES),
}
GA_ITEMS = [
    "ga_system_message",
    "ga_user_message",
    "ga_assistant_message",
    "ga_function_call",
    "ga_function_call_output",
    "ga_mcp_approval_request",
    "ga_mcp_approval_response",
    "ga_mcp_list_tools",
    "ga_mcp_call",
]
GA_FORMATS = ["ga_pcm", "ga_pcmu", "ga_pcma"]
GA_MCP_ERRORS = ["ga_mcp_protocol_error", "ga_mcp_tool_execution_error", "ga_mcp_http_error"]
GA_SESSIONS = ["ga_session_realtime", "ga_session_transcription"]
GA_SESSION_REQUESTS = ["ga_session_request_realtime", "ga_session_request_transcription"]
GA_TURN_DETECTIONS = ["ga_server_vad", "ga_semantic_vad"]
GA_TOOLS = ["ga_function_tool", "ga_mcp_tool_config"]
GA_TOOL_CHOICES = ["ga_tool_choice_function", "ga_tool_choice_mcp"]

# The GA shapes (spec/ga.md), restated here as the beta ones are above.
SCHEMA.update(
    {
        "ga_system_content": {"type": ("enum", {"input_text"}), "text": ("str",)},
        "ga_user_content": {
            "type": ("enum", {"input_text", "input_audio", "input_image"}),
            "text": ("str",),
            "audio": ("str",),
            "image_url": ("str",),
            "detail": ("enum", {"auto", "low", "high"}),
            "transcript": ("str",),
        },
        "ga_assistant_content": {
            "type": ("enum", {"output_text", "output_audio", "text", "audio"}),
            "text": ("str",),
            "audio": ("str",),
            "transcript": ("str",),
            "format": ("str",),
        },
        "ga_system_message": {
            **GA_ITEM_COMMON,
            "type": ("const", "message"),
            "role": ("const", "system"),
            "content": ("models", "ga_system_content"),
        },
        "ga_user_message": {
            **GA_ITEM_COMMON,
            "type": ("const", "message"),
            "role": ("const", "user"),
            "content": ("models", "ga_user_content"),
        },
        "ga_assistant_message": {
            **GA_ITEM_COMMON,
            "type": ("const", "message"),
            "role": ("const", "assistant"),
            "content": ("models", "ga_assistant_content"),
        },
        "ga_function_call": {
            **GA_ITEM_COMMON,
            "type": ("const", "function_call"),
            "name": ("str",),
            "call_id": ("str",),
            "arguments": ("str",),
        },
        "ga_function_call_output": {
            **GA_ITEM_COMMON,
            "type": ("const", "function_call_output"),
            "call_id": ("str",),
            "output": ("str",),
        },
        "ga_mcp_approval_request": {
            "type": ("const", "mcp_approval_request"),
            "id": ("str",),
            "server_label": ("str",),
            "name": ("str",),
            "arguments": ("str",),
        },
        "ga_mcp_approval_response": {
            "type": ("const", "mcp_approval_response"),
            "id": ("str",),
            "approval_request_id": ("str",),
            "approve": ("bool",),
            "reason": ("str",),
        },
        "ga_mcp_tool": {
            "name": ("str",),
            "input_schema": ("json_object",),
            "description": ("str",),
            "annotations": ("json_object",),
        },
        "ga_mcp_list_tools": {
            "type": ("const", "mcp_list_tools"),
            "id": ("str",),
            "server_label": ("str",),
            "tools": ("models", "ga_mcp_tool"),
        },
        "ga_mcp_protocol_error": {"type": ("const", "protocol_error"), "code": ("int",), "message": ("str",)},
        "ga_mcp_tool_execution_error": {"type": ("const", "tool_execution_error"), "message": ("str",)},
        "ga_mcp_http_error": {"type": ("const", "http_error"), "code": ("int",), "message": ("str",)},
        "ga_mcp_call": {
            "type": ("const", "mcp_call"),
            "id": ("str",),
            "server_label": ("str",),
            "name": ("str",),
            "arguments": ("str",),
            "approval_request_id": ("str",),
            "output": ("str",),
            "error": ("union", GA_MCP_ERRORS, "ga_unknown_mcp_error"),
        },
        "ga_pcm": {"type": ("const", "audio/pcm"), "rate": ("const", 24000)},
        "ga_pcmu": {"type": ("const", "audio/pcmu")},
        "ga_pcma": {"type": ("const", "audio/pcma")},
        "ga_voice_id": {"id": ("str",)},
        # a voice's name, or a custom voice's id object (what the live server sends)
        "ga_audio_output": {"format": ("union", GA_FORMATS, "ga_unknown_format"), "voice": ("voice", "ga_voice_id")},
        "ga_audio": {"output": ("model", "ga_audio_output")},
        "ga_response": {
            "id": ("str",),
            "object": ("const", "realtime.response"),
            "status": ("enum", RESPONSE_STATUSES),
            "status_details": ("model", "status_details"),
            "output": ("unions", GA_ITEMS, "ga_unknown_item"),
            "metadata": ("metadata",),
            "audio": ("model", "ga_audio"),
            "usage": ("model", "usage"),
            "conversation_id": ("str",),
            "output_modalities": ("enums", {"text", "audio"}),
            "max_output_tokens": ("max_tokens",),
        },
        # What the unions give for a kind they do not know (lenient only): every key kept.
        "ga_unknown_item": {"type": ("unknown_kind", GA_ITEM_TYPES)},
        "ga_unknown_format": {"type": ("unknown_kind", {"audio/pcm", "audio/pcmu", "audio/pcma"})},
        "ga_unknown_mcp_error": {"type": ("unknown_kind", {"protocol_error", "tool_execution_error", "http_error"})},
    }
)

# The GA session configuration (spec/client.md, section 4), restated the same way.
_GA_INPUT: Dict[str, Kind] = {
    "format": ("union", GA_FORMATS, "ga_unknown_format"),
    "transcription": ("model", "ga_transcription"),
    "noise_reduction": ("model", "ga_noise_reduction"),
    "turn_detection": ("union", GA_TURN_DETECTIONS, "ga_unknown_turn_detection"),
}
_GA_SESSION_SETTINGS: Dict[str, Kind] = {
    "output_modalities": ("enums", {"text", "audio"}),
    "model": ("str",),
    "instructions": ("str",),
    "audio": ("model", "ga_audio_config"),
    "include": ("strs",),
    "tracing": ("str_or_model", {"auto"}, "ga_tracing"),
    "tools": ("unions", GA_TOOLS, "ga_unknown_tool"),
    "tool_choice": ("str_or_model", {"none", "auto", "required"}, (GA_TOOL_CHOICES, "ga_unknown_tool_choice")),
    "reasoning": ("model", "ga_reasoning"),
    "max_output_tokens": ("max_tokens",),
    "truncation": ("str_or_model", {"auto", "disabled"}, "ga_retention_ratio"),
    "prompt": ("model", "ga_prompt"),
}
SCHEMA.update(
    {
        "ga_transcription": {
            "model": ("str",),
            "language": ("str",),
            "languages": ("strs1",),
            "keywords": ("strs",),
            "prompt": ("str",),
            "delay": ("enum", {"minimal", "low", "medium", "high", "xhigh"}),
        },
        "ga_noise_reduction": {"type": ("enum", {"near_field", "far_field"}), "strength": ("number",)},
        "ga_server_vad": {
            "type": ("const", "server_vad"),
            "threshold": ("range", 0.0, 1.0),
            "prefix_padding_ms": ("int",),
            "silence_duration_ms": ("int",),
            "idle_timeout_ms": ("int_range", 5000, 30000),
            "create_response": ("bool",),
            "interrupt_response": ("bool",),
        },
        "ga_semantic_vad": {
            "type": ("const", "semantic_vad"),
            "eagerness": ("enum", {"low", "medium", "high", "auto"}),
            "create_response": ("bool",),
            "interrupt_response": ("bool",),
        },
        "ga_unknown_turn_detection": {"type": ("unknown_kind", {"server_vad", "semantic_vad"})},
        "ga_transcription_turn_detection": {
            "type": ("const", "server_vad"),
            "threshold": ("range", 0.0, 1.0),
            "prefix_padding_ms": ("int",),
            "silence_duration_ms": ("int",),
        },
        "ga_audio_input": _GA_INPUT,
        "ga_audio_output_config": {
            "format": ("union", GA_FORMATS, "ga_unknown_format"),
            "voice": ("voice", "ga_voice_id"),
            "speed": ("range", 0.25, 1.5),
        },
        "ga_audio_config": {"input": ("model", "ga_audio_input"), "output": ("model", "ga_audio_output_config")},
        "ga_transcription_audio": {"input": ("model", "ga_audio_input")},
        "ga_transcription_response_audio_input": {
            **_GA_INPUT,
            "turn_detection": ("model", "ga_transcription_turn_detection"),
        },
        "ga_transcription_response_audio": {"input": ("model", "ga_transcription_response_audio_input")},
        "ga_tracing": {"workflow_name": ("str",), "group_id": ("str",), "metadata": ("json",)},
        "ga_function_tool": {
            "type": ("const", "function"),
            "name": ("str",),
            "description": ("str",),
            "parameters": ("json_object",),
        },
        "ga_mcp_tool_filter": {"tool_names": ("strs",), "read_only": ("bool",)},
        "ga_mcp_approval_filter": {
            "always": ("model", "ga_mcp_tool_filter"),
            "never": ("model", "ga_mcp_tool_filter"),
        },
        "ga_mcp_tool_config": {
            "type": ("const", "mcp"),
            "server_label": ("str",),
            "server_url": ("str",),
            "connector_id": ("enum", {"connector_dropbox", "connector_gmail", "connector_sharepoint"}),
            "tunnel_id": ("enum", {"tunnel_" + "0123456789abcdefghijklmnopqrstuv"}),
            "authorization": ("str",),
            "server_description": ("str",),
            "headers": ("str_map",),
            "allowed_tools": ("strs_or_model", "ga_mcp_tool_filter"),
            "allowed_callers": ("enums1", {"direct", "programmatic"}),
            "require_approval": ("str_or_model", {"always", "never"}, "ga_mcp_approval_filter"),
            "defer_loading": ("bool",),
        },
        "ga_unknown_tool": {"type": ("unknown_kind", {"function", "mcp"})},
        "ga_tool_choice_function": {"type": ("const", "function"), "name": ("str",)},
        "ga_tool_choice_mcp": {"type": ("const", "mcp"), "server_label": ("str",), "name": ("str",)},
        "ga_unknown_tool_choice": {"type": ("unknown_kind", {"function", "mcp"})},
        "ga_reasoning": {"effort": ("enum", {"minimal", "low", "medium", "high", "xhigh"})},
        "ga_token_limits": {"post_instructions": ("count",)},
        "ga_retention_ratio": {
            "type": ("const", "retention_ratio"),
            "retention_ratio": ("range", 0.0, 1.0),
            "token_limits": ("model", "ga_token_limits"),
        },
        "ga_prompt": {"id": ("str",), "version": ("str",), "variables": ("json_object",)},
        "ga_session_request_realtime": {
            "type": ("const", "realtime"),
            **_GA_SESSION_SETTINGS,
            "parallel_tool_calls": ("bool",),
        },
        "ga_session_request_transcription": {
            "type": ("const", "transcription"),
            "audio": ("model", "ga_transcription_audio"),
            "include": ("strs",),
        },
        "ga_unknown_session_request": {"type": ("unknown_kind", {"realtime", "transcription"})},
        "ga_session_realtime": {
            "type": ("const", "realtime"),
            "object": ("const", "realtime.session"),
            "id": ("str",),
            "expires_at": ("int",),
            **_GA_SESSION_SETTINGS,
        },
        "ga_session_transcription": {
            "type": ("const", "transcription"),
            "object": ("str",),
            "id": ("str",),
            "expires_at": ("int",),
            "audio": ("model", "ga_transcription_response_audio"),
            "include": ("strs",),
        },
        "ga_unknown_session": {"type": ("unknown_kind", {"realtime", "transcription"})},
    }
)

# The keys each GA item kind must have in strict mode (spec/ga.md, section 4.2).
REQUIRED: Dict[str, Tuple[str, ...]] = {
    "ga_voice_id": ("id",),
    "ga_system_message": ("type", "role", "content"),
    "ga_user_message": ("type", "role", "content"),
    "ga_assistant_message": ("type", "role", "content"),
    "ga_function_call": ("type", "name", "arguments"),
    "ga_function_call_output": ("type", "call_id", "output"),
    "ga_mcp_approval_request": ("type", "id", "server_label", "name", "arguments"),
    "ga_mcp_approval_response": ("type", "id", "approval_request_id", "approve"),
    "ga_mcp_list_tools": ("type", "server_label", "tools"),
    "ga_mcp_call": ("type", "id", "server_label", "name", "arguments"),
    "ga_mcp_tool": ("name", "input_schema"),
    "ga_mcp_protocol_error": ("type", "code", "message"),
    "ga_mcp_tool_execution_error": ("type", "message"),
    "ga_mcp_http_error": ("type", "code", "message"),
}
# Unions must name their kind, lenient or strict (else the payload is an unknown kind).
KIND_KEYS: Dict[str, Tuple[str, ...]] = {
    **{name: ("type", "role") if "message" in name else ("type",) for name in GA_ITEMS},
    **dict.fromkeys(GA_FORMATS + GA_MCP_ERRORS, ("type",)),
}

# Where strict mode allows null (the spec or the official examples send it there).
STRICT_NULLABLE = {
    ("response", "status_details"),
    ("response", "usage"),
    ("response", "metadata"),
    ("response", "conversation_id"),
    ("content", "transcript"),
    ("ga_user_content", "transcript"),
    ("ga_response", "status_details"),
    ("ga_response", "usage"),
    ("ga_response", "metadata"),
    ("ga_response", "conversation_id"),
    ("ga_mcp_approval_response", "reason"),
    ("ga_mcp_call", "approval_request_id"),
    ("ga_mcp_call", "output"),
    ("ga_mcp_call", "error"),
    ("ga_mcp_tool", "description"),
    ("ga_mcp_tool", "annotations"),
}

# Unknown keys worth trying besides random text: names that look like the model's own attributes.
TRICKY_KEYS = ["extra", "__class__", "__dict__", "__slots__", "to_dict", "from_dict", "validate", "_known"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
texts = st.text(max_size=30)


def _lenient_value(kind: Kind) -> st.SearchStrategy[Any]:
    name = kind[0]
    if name == "voice" and len(kind) > 1:
        base: st.SearchStrategy[Any] = texts | payloads(kind[1], strict=False)
    elif name == "str" or name == "voice":
        base = texts
    elif name == "count":
        base = st.integers(min_value=-(2**70), max_value=2**70)
    elif name == "enum":
        base = st.sampled_from(sorted(kind[1])) | texts
    elif name == "const":
        base = st.just(kind[1]) | (st.integers(min_value=-(2**70), max_value=2**70) if type(kind[1]) is int else texts)
    elif name == "enums" or name == "enums1":
        base = st.lists(st.sampled_from(sorted(kind[1])) | texts, max_size=3)
    elif name == "strs1":
        base = st.lists(texts, max_size=3)
    elif name == "metadata":
        base = st.dictionaries(texts, texts, max_size=20)
    elif name == "temperature":
        base = st.floats(allow_nan=False, allow_infinity=False) | st.integers(min_value=-5, max_value=5)
    elif name == "max_tokens":
        base = st.integers(min_value=-(2**40), max_value=2**40) | st.just("inf") | texts
    elif name == "model":
        base = payloads(kind[1], strict=False)
    elif name == "models":
        base = st.lists(payloads(kind[1], strict=False), max_size=3)
    elif name == "bool":
        base = st.booleans()
    elif name == "int":
        base = st.integers(min_value=-(2**70), max_value=2**70)
    elif name == "number":
        base = st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False, allow_infinity=False)
    elif name == "ints":
        base = st.lists(st.integers(min_value=0, max_value=255), max_size=4)
    elif name == "json":
        base = json_values
    elif name == "json_object":
        base = st.dictionaries(st.text(max_size=8), json_values, max_size=3)
    elif name == "union":
        base = st.sampled_from([*kind[1], kind[2]]).flatmap(lambda m: payloads(m, strict=False))
    elif name == "unions":
        base = st.lists(st.sampled_from([*kind[1], kind[2]]).flatmap(lambda m: payloads(m, strict=False)), max_size=3)
    elif name == "strs":
        base = st.lists(texts, max_size=3)
    elif name == "str_map":
        base = st.dictionaries(texts, texts, max_size=3)
    elif name == "range":
        base = st.floats(allow_nan=False, allow_infinity=False) | st.integers(min_value=-(2**40), max_value=2**40)
    elif name == "int_range":
        base = st.integers(min_value=-(2**70), max_value=2**70)
    elif name == "str_or_model":
        base = texts | _model_or_union(kind[2], strict=False)
    elif name == "strs_or_model":
        base = st.lists(texts, max_size=3) | payloads(kind[1], strict=False)
    else:
        assert name == "unknown_kind"
        base = json_scalars.filter(lambda v: v not in kind[1])
        return base  # not None: that is a value too, but keep the strategy simple
    return base | st.none()


def _model_or_union(target: Any, strict: bool) -> st.SearchStrategy[Any]:
    """A model's payloads, or a union's (a list of kinds and its unknown one) by its kinds."""
    if isinstance(target, str):
        return payloads(target, strict=strict)
    kinds, unknown = target
    names = list(kinds) if strict else [*kinds, unknown]
    return st.sampled_from(names).flatmap(lambda m: payloads(m, strict=strict))


def _strict_value(model: str, field: str, kind: Kind) -> st.SearchStrategy[Any]:
    name = kind[0]
    if name == "str":
        base: st.SearchStrategy[Any] = texts
    elif name == "voice":
        base = st.sampled_from(sorted(VOICES)) | texts  # an open string, even in strict mode
        if len(kind) > 1:
            base = base | payloads(kind[1], strict=True)
    elif name == "count":
        base = st.integers(min_value=0, max_value=2**40)
    elif name == "enum":
        base = st.sampled_from(sorted(kind[1]))
    elif name == "const":
        base = st.just(kind[1])
    elif name == "enums":
        base = st.lists(st.sampled_from(sorted(kind[1])), max_size=2)
    elif name == "metadata":
        base = st.dictionaries(st.text(max_size=64), st.text(max_size=512), max_size=16)
    elif name == "temperature":
        base = st.floats(min_value=0.6, max_value=1.2) | st.just(1)
    elif name == "max_tokens":
        base = st.integers(min_value=1, max_value=4096) | st.just("inf")
    elif name == "model":
        base = payloads(kind[1], strict=True)
    elif name == "models":
        base = st.lists(payloads(kind[1], strict=True), max_size=3)
    elif name == "bool":
        base = st.booleans()
    elif name == "int":
        base = st.integers(min_value=-(2**70), max_value=2**70)
    elif name == "number":
        base = st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False, allow_infinity=False)
    elif name == "ints":
        base = st.lists(st.integers(min_value=0, max_value=255), max_size=4)
    elif name == "json":
        base = st.lists(json_values, max_size=3)  # the languages the API names: an array
    elif name == "json_object":
        base = st.dictionaries(st.text(max_size=8), json_values, max_size=3)
    elif name == "union":
        base = st.sampled_from(kind[1]).flatmap(lambda m: payloads(m, strict=True))
    elif name == "strs":
        base = st.lists(texts, max_size=3)
    elif name == "str_map":
        base = st.dictionaries(texts, texts, max_size=3)
    elif name == "range":
        base = st.floats(min_value=kind[1], max_value=kind[2])
    elif name == "int_range":
        base = st.integers(min_value=kind[1], max_value=kind[2])
    elif name == "str_or_model":
        base = st.sampled_from(sorted(kind[1])) | _model_or_union(kind[2], strict=True)
    elif name == "strs_or_model":
        base = st.lists(texts, max_size=3) | payloads(kind[1], strict=True)
    elif name == "enums1":
        base = st.lists(st.sampled_from(sorted(kind[1])), min_size=1, max_size=2)
    elif name == "strs1":
        base = st.lists(texts, min_size=1, max_size=3)
    else:
        assert name == "unions"
        base = st.lists(st.sampled_from(kind[1]).flatmap(lambda m: payloads(m, strict=True)), max_size=3)
    if (model, field) in STRICT_NULLABLE:
        return base | st.none()
    return base


_CACHE: Dict[Tuple[str, bool], st.SearchStrategy[Dict[str, Any]]] = {}


def payloads(model: str, *, strict: bool) -> st.SearchStrategy[Dict[str, Any]]:
    """Dicts that ``from_dict`` of ``model`` accepts (in strict mode too when ``strict``)."""
    key = (model, strict)
    if key not in _CACHE:
        fields = SCHEMA[model]
        needed = set(KIND_KEYS.get(model, ()))
        if strict:
            needed.update(REQUIRED.get(model, ()))
            values = {f: st.deferred(lambda f=f, k=k: _strict_value(model, f, k)) for f, k in fields.items()}
            _CACHE[key] = st.fixed_dictionaries(
                {f: v for f, v in values.items() if f in needed},
                optional={f: v for f, v in values.items() if f not in needed},
            ).map(lambda d: {f: d[f] for f in fields if f in d})
        elif needed:  # a kind of a union: its own type (and role) must be there, and right
            values = {f: st.deferred(lambda k=k: _lenient_value(k)) for f, k in fields.items()}
            consts = {f: st.just(fields[f][1]) for f in needed}
            unknown = st.dictionaries(
                (texts | st.sampled_from(TRICKY_KEYS)).filter(lambda k: k not in fields), json_values, max_size=2
            )
            _CACHE[key] = st.builds(
                lambda known, extra: {**extra, **known},
                st.fixed_dictionaries(consts, optional={f: v for f, v in values.items() if f not in needed}),
                unknown,
            )
        else:
            optional = {f: st.deferred(lambda k=k: _lenient_value(k)) for f, k in fields.items()}
            unknown = st.dictionaries(
                (texts | st.sampled_from(TRICKY_KEYS)).filter(lambda k: k not in fields), json_values, max_size=2
            )
            _CACHE[key] = st.builds(
                lambda known, extra: {**extra, **known}, st.fixed_dictionaries({}, optional=optional), unknown
            )
    return _CACHE[key]


MODEL_NAMES = {
    "content": "RealtimeConversationItemContent",
    "item": "RealtimeConversationItem",
    "error": "RealtimeResponseStatusDetailsError",
    "status_details": "RealtimeResponseStatusDetails",
    "cached": "RealtimeResponseUsageCachedTokensDetails",
    "input_details": "RealtimeResponseUsageInputTokenDetails",
    "output_details": "RealtimeResponseUsageOutputTokenDetails",
    "usage": "RealtimeResponseUsage",
    "response": "RealtimeResponse",
    "ga_system_content": "ga.RealtimeConversationItemSystemMessageContent",
    "ga_user_content": "ga.RealtimeConversationItemUserMessageContent",
    "ga_assistant_content": "ga.RealtimeConversationItemAssistantMessageContent",
    "ga_system_message": "ga.RealtimeConversationItemSystemMessage",
    "ga_user_message": "ga.RealtimeConversationItemUserMessage",
    "ga_assistant_message": "ga.RealtimeConversationItemAssistantMessage",
    "ga_function_call": "ga.RealtimeConversationItemFunctionCall",
    "ga_function_call_output": "ga.RealtimeConversationItemFunctionCallOutput",
    "ga_mcp_approval_request": "ga.RealtimeMcpApprovalRequest",
    "ga_mcp_approval_response": "ga.RealtimeMcpApprovalResponse",
    "ga_mcp_tool": "ga.RealtimeMcpListToolsTool",
    "ga_mcp_list_tools": "ga.RealtimeMcpListTools",
    "ga_mcp_protocol_error": "ga.RealtimeMcpProtocolError",
    "ga_mcp_tool_execution_error": "ga.RealtimeMcpToolExecutionError",
    "ga_mcp_http_error": "ga.RealtimeMcphttpError",
    "ga_mcp_call": "ga.RealtimeMcpToolCall",
    "ga_pcm": "ga.AudioPCM",
    "ga_pcmu": "ga.AudioPCMU",
    "ga_pcma": "ga.AudioPCMA",
    "ga_audio_output": "ga.RealtimeResponseAudioOutput",
    "ga_voice_id": "ga.VoiceID",
    "ga_audio": "ga.RealtimeResponseAudio",
    "ga_response": "ga.RealtimeResponse",
    "ga_unknown_item": "ga.UnknownConversationItem",
    "ga_unknown_format": "ga.UnknownAudioFormat",
    "ga_unknown_mcp_error": "ga.UnknownMcpError",
}
# Lenient-only models: strict mode refuses them by design.
LENIENT_ONLY = {"ga_unknown_item", "ga_unknown_format", "ga_unknown_mcp_error"}


def model_class(name: str) -> Any:
    """The class a SCHEMA name stands for (``ga.X`` is realtime_models.ga's X)."""
    import realtime_models
    import realtime_models._shared.server_events
    import realtime_models.beta
    import realtime_models.ga

    qualified = MODEL_NAMES[name]
    namespace, _, rest = qualified.rpartition(".") if ":" not in qualified else qualified.partition(".")
    module = {
        "": realtime_models,
        "ga": realtime_models.ga,
        "beta": realtime_models.beta,
        "_events": realtime_models._shared.server_events,
    }[namespace]
    if rest.startswith("event:"):
        return module.EVENTS[rest[len("event:") :]]
    if rest.startswith("client:"):
        return module.CLIENT_EVENTS[rest[len("client:") :]]
    return getattr(module, rest)


def kind_of(union: Kind, payload: Any) -> str:
    """Which model of a union a payload is: the kind its type (and role) name, else the unknown one."""
    for name in union[1]:
        if all(isinstance(payload, dict) and payload.get(k) == SCHEMA[name][k][1] for k in KIND_KEYS[name]):
            return name
    return str(union[2])


def replaced(payload: Any, path: Tuple[Any, ...], value: Any) -> Any:
    """A deep copy of payload with value put at path (a new key or index is added)."""
    mutated = copy.deepcopy(payload)
    target = mutated
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return mutated


def typed(value: Any) -> Any:
    """A form of a JSON value in which 1, 1.0 and True differ, for exact comparison."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def field_paths(
    model: str, payload: Dict[str, Any], prefix: Tuple[Any, ...] = ()
) -> List[Tuple[Tuple[Any, ...], Kind, str]]:
    """Every (path, kind, owning model) of a known field present in a payload, nested ones included."""
    out: List[Tuple[Tuple[Any, ...], Kind, str]] = []
    for field, kind in SCHEMA[model].items():
        if field not in payload:
            continue
        path = (*prefix, field)
        out.append((path, kind, model))
        value = payload[field]
        if kind[0] in ("model", "voice", "strs_or_model") and len(kind) > 1 and isinstance(value, dict):
            out.extend(field_paths(kind[1], value, path))
        elif kind[0] == "str_or_model" and isinstance(value, dict):
            target = kind[2]
            name = target if isinstance(target, str) else kind_of(("union", *target), value)
            out.extend(field_paths(name, value, path))
        elif kind[0] == "union" and isinstance(value, dict):
            out.extend(field_paths(kind_of(kind, value), value, path))
        elif kind[0] in ("models", "unions") and isinstance(value, list):
            for i, item in enumerate(value):
                name = kind[1] if kind[0] == "models" else kind_of(kind, item)
                out.append(((*path, i), ("model", name), model))
                out.extend(field_paths(name, item, (*path, i)))
    return out


# ---------------------------------------------------------------------------------------------
# Server events (spec/events.md), both protocols. Each event: its fields besides event_id and
# type, then the keys strict mode requires besides event_id and type, then where it allows null.

_R, _I, _O, _C = (
    ("response_id", ("str",)),
    ("item_id", ("str",)),
    ("output_index", ("int",)),
    ("content_index", ("int",)),
)
EventSpec = Tuple[Dict[str, Kind], Tuple[str, ...], Tuple[str, ...]]


def _ev(*fields: Tuple[str, Kind], required: Tuple[str, ...] = (), nullable: Tuple[str, ...] = ()) -> EventSpec:
    return dict(fields), required, nullable


SHARED_EVENTS: Dict[str, EventSpec] = {
    "conversation.created": _ev(("conversation", ("model", "ev_conversation")), required=("conversation",)),
    "conversation.item.deleted": _ev(_I, required=("item_id",)),
    "conversation.item.truncated": _ev(
        _I, _C, ("audio_end_ms", ("int",)), required=("item_id", "content_index", "audio_end_ms")
    ),
    "conversation.item.input_audio_transcription.delta": _ev(
        _I,
        _C,
        ("delta", ("str",)),
        ("logprobs", ("models", "ev_logprob")),
        required=("item_id",),
        nullable=("logprobs",),
    ),
    "conversation.item.input_audio_transcription.failed": _ev(
        _I, _C, ("error", ("model", "ev_transcription_error")), required=("item_id", "content_index", "error")
    ),
    "error": _ev(("error", ("model", "ev_error")), required=("error",)),
    "input_audio_buffer.cleared": _ev(),
    "input_audio_buffer.committed": _ev(
        ("previous_item_id", ("str",)), _I, required=("item_id",), nullable=("previous_item_id",)
    ),
    "input_audio_buffer.speech_started": _ev(("audio_start_ms", ("int",)), _I, required=("audio_start_ms", "item_id")),
    "input_audio_buffer.speech_stopped": _ev(("audio_end_ms", ("int",)), _I, required=("audio_end_ms", "item_id")),
    "output_audio_buffer.started": _ev(_R, required=("response_id",)),
    "output_audio_buffer.stopped": _ev(_R, required=("response_id",)),
    "output_audio_buffer.cleared": _ev(_R, required=("response_id",)),
    "rate_limits.updated": _ev(("rate_limits", ("models", "ev_rate_limit")), required=("rate_limits",)),
    "response.function_call_arguments.delta": _ev(
        _R,
        _I,
        _O,
        ("call_id", ("str",)),
        ("delta", ("str",)),
        required=("response_id", "item_id", "output_index", "call_id", "delta"),
    ),
}
_DELTA = _ev(
    _R, _I, _O, _C, ("delta", ("str",)), required=("response_id", "item_id", "output_index", "content_index", "delta")
)
_AUDIO_DONE = _ev(_R, _I, _O, _C, required=("response_id", "item_id", "output_index", "content_index"))
_TEXT_DONE = _ev(
    _R, _I, _O, _C, ("text", ("str",)), required=("response_id", "item_id", "output_index", "content_index", "text")
)
_TRANSCRIPT_DONE = _ev(
    _R,
    _I,
    _O,
    _C,
    ("transcript", ("str",)),
    required=("response_id", "item_id", "output_index", "content_index", "transcript"),
)


def _era_events(era: str) -> Dict[str, EventSpec]:
    response, item = ("ga_response", "ga_item") if era == "ga" else ("response", "item")
    item_kind: Kind = ("union", GA_ITEMS, "ga_unknown_item") if era == "ga" else ("model", "item")
    part: Kind = ("model", "ev_ga_part") if era == "ga" else ("model", "content")
    out: Dict[str, EventSpec] = {
        "response.created": _ev(("response", ("model", response)), required=("response",)),
        "response.done": _ev(("response", ("model", response)), required=("response",)),
        "response.output_item.added": _ev(
            _R, _O, ("item", item_kind), required=("response_id", "output_index", "item")
        ),
        "response.output_item.done": _ev(_R, _O, ("item", item_kind), required=("response_id", "output_index", "item")),
        "conversation.item.created": _ev(
            ("previous_item_id", ("str",)), ("item", item_kind), required=("item",), nullable=("previous_item_id",)
        ),
        "conversation.item.retrieved": _ev(("item", item_kind), required=("item",)),
        "response.content_part.added": _ev(
            _R, _I, _O, _C, ("part", part), required=("response_id", "item_id", "output_index", "content_index", "part")
        ),
        "response.content_part.done": _ev(
            _R, _I, _O, _C, ("part", part), required=("response_id", "item_id", "output_index", "content_index", "part")
        ),
    }
    del item
    session: Kind = ("union", GA_SESSIONS, "ga_unknown_session") if era == "ga" else ("model", "beta_session")
    out["session.created"] = _ev(("session", session), required=("session",))
    out["session.updated"] = _ev(("session", session), required=("session",))
    if era == "ga":
        out.update(
            {
                "conversation.item.added": _ev(
                    ("previous_item_id", ("str",)),
                    ("item", item_kind),
                    required=("item",),
                    nullable=("previous_item_id",),
                ),
                "conversation.item.done": _ev(
                    ("previous_item_id", ("str",)),
                    ("item", item_kind),
                    required=("item",),
                    nullable=("previous_item_id",),
                ),
                "response.output_text.delta": _DELTA,
                "response.output_text.done": _TEXT_DONE,
                "response.output_audio.delta": _DELTA,
                "response.output_audio.done": _AUDIO_DONE,
                "response.output_audio_transcript.delta": _DELTA,
                "response.output_audio_transcript.done": _TRANSCRIPT_DONE,
                "response.function_call_arguments.done": _ev(
                    _R,
                    _I,
                    _O,
                    ("call_id", ("str",)),
                    ("name", ("str",)),
                    ("arguments", ("str",)),
                    required=("response_id", "item_id", "output_index", "call_id", "name", "arguments"),
                ),
                "response.mcp_call_arguments.delta": _ev(
                    _R,
                    _I,
                    _O,
                    ("delta", ("str",)),
                    ("obfuscation", ("str",)),
                    required=("response_id", "item_id", "output_index", "delta"),
                    nullable=("obfuscation",),
                ),
                "response.mcp_call_arguments.done": _ev(
                    _R,
                    _I,
                    _O,
                    ("arguments", ("str",)),
                    required=("response_id", "item_id", "output_index", "arguments"),
                ),
                "response.mcp_call.in_progress": _ev(_O, _I, required=("output_index", "item_id")),
                "response.mcp_call.completed": _ev(_O, _I, required=("output_index", "item_id")),
                "response.mcp_call.failed": _ev(_O, _I, required=("output_index", "item_id")),
                "mcp_list_tools.in_progress": _ev(_I, required=("item_id",)),
                "mcp_list_tools.completed": _ev(_I, required=("item_id",)),
                "mcp_list_tools.failed": _ev(_I, required=("item_id",)),
                "conversation.item.input_audio_transcription.completed": _ev(
                    _I,
                    _C,
                    ("transcript", ("str",)),
                    ("logprobs", ("models", "ev_logprob")),
                    ("usage", ("union", ["ev_usage_tokens", "ev_usage_duration"], "ev_unknown_usage")),
                    ("languages", ("json",)),
                    required=("item_id", "content_index", "transcript", "usage"),
                    nullable=("logprobs",),
                ),
                "conversation.item.input_audio_transcription.segment": _ev(
                    _I,
                    _C,
                    ("text", ("str",)),
                    ("id", ("str",)),
                    ("speaker", ("str",)),
                    ("start", ("number",)),
                    ("end", ("number",)),
                    required=("item_id", "content_index", "text", "id", "speaker", "start", "end"),
                ),
                "input_audio_buffer.timeout_triggered": _ev(
                    ("audio_start_ms", ("int",)),
                    ("audio_end_ms", ("int",)),
                    _I,
                    required=("audio_start_ms", "audio_end_ms", "item_id"),
                ),
                "input_audio_buffer.dtmf_event_received": _ev(
                    ("event", ("str",)), ("received_at", ("int",)), required=("event", "received_at")
                ),
            }
        )
    else:
        out.update(
            {
                "response.text.delta": _DELTA,
                "response.text.done": _TEXT_DONE,
                "response.audio.delta": _DELTA,
                "response.audio.done": _AUDIO_DONE,
                "response.audio_transcript.delta": _DELTA,
                "response.audio_transcript.done": _TRANSCRIPT_DONE,
                "response.function_call_arguments.done": _ev(
                    _R,
                    _I,
                    _O,
                    ("call_id", ("str",)),
                    ("arguments", ("str",)),
                    required=("response_id", "item_id", "output_index", "call_id", "arguments"),
                ),
                # OpenAI's beta example has no usage: strict mode does not require it there.
                "conversation.item.input_audio_transcription.completed": _ev(
                    _I,
                    _C,
                    ("transcript", ("str",)),
                    ("logprobs", ("models", "ev_logprob")),
                    ("usage", ("union", ["ev_usage_tokens", "ev_usage_duration"], "ev_unknown_usage")),
                    required=("item_id", "content_index", "transcript"),
                    nullable=("logprobs",),
                ),
                "transcription_session.updated": _ev(
                    ("session", ("model", "beta_transcription_session")), required=("session",)
                ),
            }
        )
    return out


GA_EVENTS = {**SHARED_EVENTS, **_era_events("ga")}
BETA_EVENTS = {**SHARED_EVENTS, **_era_events("beta")}

SCHEMA.update(
    {
        "ev_conversation": {"id": ("str",), "object": ("const", "realtime.conversation")},
        "ev_error": {"type": ("str",), "code": ("str",), "message": ("str",), "param": ("str",), "event_id": ("str",)},
        "ev_transcription_error": {"type": ("str",), "code": ("str",), "message": ("str",), "param": ("str",)},
        "ev_rate_limit": {
            "name": ("enum", {"requests", "tokens"}),
            "limit": ("int",),
            "remaining": ("int",),
            "reset_seconds": ("number",),
        },
        "ev_logprob": {"token": ("str",), "logprob": ("number",), "bytes": ("ints",)},
        "ev_usage_input_details": {"text_tokens": ("int",), "audio_tokens": ("int",)},
        "ev_usage_tokens": {
            "type": ("const", "tokens"),
            "total_tokens": ("int",),
            "input_tokens": ("int",),
            "output_tokens": ("int",),
            "input_token_details": ("model", "ev_usage_input_details"),
        },
        "ev_usage_duration": {"type": ("const", "duration"), "seconds": ("number",)},
        "ev_unknown_usage": {"type": ("unknown_kind", {"tokens", "duration"})},
        "ev_ga_part": {
            "type": ("enum", {"text", "audio"}),
            "text": ("str",),
            "audio": ("str",),
            "transcript": ("str",),
        },
    }
)
REQUIRED.update(
    {
        "ev_error": ("type", "message"),
        "ev_usage_tokens": ("type", "total_tokens", "input_tokens", "output_tokens"),
        "ev_usage_duration": ("type", "seconds"),
    }
)
KIND_KEYS.update({"ev_usage_tokens": ("type",), "ev_usage_duration": ("type",)})
STRICT_NULLABLE.update({("ev_error", "code"), ("ev_error", "param"), ("ev_error", "event_id")})
STRICT_NULLABLE.update({("ev_transcription_error", "code"), ("ev_transcription_error", "param")})
LENIENT_ONLY.add("ev_unknown_usage")
MODEL_NAMES.update(
    {
        "ev_conversation": "_events.Conversation",
        "ev_error": "_events.RealtimeError",
        "ev_transcription_error": "_events.TranscriptionError",
        "ev_rate_limit": "_events.RateLimit",
        "ev_logprob": "_events.LogProbProperties",
        "ev_usage_input_details": "_events.TranscriptTextUsageTokensInputTokenDetails",
        "ev_usage_tokens": "_events.TranscriptTextUsageTokens",
        "ev_usage_duration": "_events.TranscriptTextUsageDuration",
        "ev_unknown_usage": "_events.UnknownTranscriptTextUsage",
        "ev_ga_part": "ga.ResponseContentPart",
    }
)
for _era, _events in (("ga", GA_EVENTS), ("beta", BETA_EVENTS)):
    for _type, (_fields, _required, _nullable) in _events.items():
        _name = "%s_event %s" % (_era, _type)
        SCHEMA[_name] = {"event_id": ("str",), "type": ("const", _type), **_fields}
        KIND_KEYS[_name] = ("type",)
        REQUIRED[_name] = (
            (() if _type == "input_audio_buffer.dtmf_event_received" else ("event_id",)) + ("type",) + _required
        )
        STRICT_NULLABLE.update((_name, field) for field in _nullable)
        MODEL_NAMES[_name] = "%s.event:%s" % (_era, _type)
    SCHEMA["%s_unknown_event" % _era] = {"type": ("unknown_kind", set(_events))}
    LENIENT_ONLY.add("%s_unknown_event" % _era)
    MODEL_NAMES["%s_unknown_event" % _era] = "%s.UnknownServerEvent" % _era


# The GA session configuration's exceptions (spec/client.md, policies 3 and 7).
REQUIRED.update(
    {
        "ga_server_vad": ("type",),
        "ga_semantic_vad": ("type",),
        "ga_mcp_tool_config": ("type", "server_label"),
        "ga_tool_choice_function": ("type", "name"),
        "ga_tool_choice_mcp": ("type", "server_label"),
        "ga_retention_ratio": ("type", "retention_ratio"),
        "ga_prompt": ("id",),
        "ga_session_request_realtime": ("type",),
        "ga_session_request_transcription": ("type",),
        "ga_session_realtime": ("type", "id", "object"),
        "ga_session_transcription": ("type", "id", "object"),
    }
)
KIND_KEYS.update(
    dict.fromkeys(GA_SESSIONS + GA_SESSION_REQUESTS + GA_TURN_DETECTIONS + GA_TOOLS + GA_TOOL_CHOICES, ("type",))
)
STRICT_NULLABLE.update(
    {
        ("ga_server_vad", "idle_timeout_ms"),
        ("ga_mcp_tool_config", "headers"),
        ("ga_mcp_tool_config", "allowed_tools"),
        ("ga_mcp_tool_config", "allowed_callers"),
        ("ga_mcp_tool_config", "require_approval"),
        ("ga_tool_choice_mcp", "name"),
        ("ga_prompt", "version"),
        ("ga_prompt", "variables"),
        ("ga_tracing", "metadata"),
    }
)
for _name in ("ga_audio_input", "ga_transcription_response_audio_input"):
    STRICT_NULLABLE.update((_name, field) for field in ("transcription", "noise_reduction", "turn_detection"))
for _name in ("ga_session_request_realtime", "ga_session_realtime"):
    STRICT_NULLABLE.update((_name, field) for field in ("tracing", "prompt", "include"))
for _name in ("ga_session_request_transcription", "ga_session_transcription"):
    STRICT_NULLABLE.add((_name, "include"))
LENIENT_ONLY.update(
    {
        "ga_unknown_turn_detection",
        "ga_unknown_tool",
        "ga_unknown_tool_choice",
        "ga_unknown_session",
        "ga_unknown_session_request",
    }
)
MODEL_NAMES.update(
    {
        "ga_transcription": "ga.AudioTranscription",
        "ga_noise_reduction": "ga.NoiseReduction",
        "ga_server_vad": "ga.ServerVad",
        "ga_semantic_vad": "ga.SemanticVad",
        "ga_unknown_turn_detection": "ga.UnknownTurnDetection",
        "ga_transcription_turn_detection": "ga.RealtimeTranscriptionSessionTurnDetection",
        "ga_audio_input": "ga.RealtimeAudioConfigInput",
        "ga_audio_output_config": "ga.RealtimeAudioConfigOutput",
        "ga_audio_config": "ga.RealtimeAudioConfig",
        "ga_transcription_audio": "ga.RealtimeTranscriptionSessionAudio",
        "ga_transcription_response_audio_input": "ga.RealtimeTranscriptionSessionResponseAudioInput",
        "ga_transcription_response_audio": "ga.RealtimeTranscriptionSessionResponseAudio",
        "ga_tracing": "ga.TracingConfiguration",
        "ga_function_tool": "ga.RealtimeFunctionTool",
        "ga_mcp_tool_filter": "ga.McpToolFilter",
        "ga_mcp_approval_filter": "ga.McpRequireApprovalMcpToolApprovalFilter",
        "ga_mcp_tool_config": "ga.RealtimeResponseCreateMcpTool",
        "ga_unknown_tool": "ga.UnknownTool",
        "ga_tool_choice_function": "ga.ToolChoiceFunction",
        "ga_tool_choice_mcp": "ga.ToolChoiceMcp",
        "ga_unknown_tool_choice": "ga.UnknownToolChoice",
        "ga_reasoning": "ga.RealtimeReasoning",
        "ga_token_limits": "ga.TokenLimits",
        "ga_retention_ratio": "ga.RealtimeTruncationRetentionRatio",
        "ga_prompt": "ga.ResponsePrompt",
        "ga_session_request_realtime": "ga.RealtimeSessionCreateRequest",
        "ga_session_request_transcription": "ga.RealtimeTranscriptionSessionCreateRequest",
        "ga_unknown_session_request": "ga.UnknownSessionRequest",
        "ga_session_realtime": "ga.RealtimeSessionCreateResponse",
        "ga_session_transcription": "ga.RealtimeTranscriptionSessionCreateResponse",
        "ga_unknown_session": "ga.UnknownSession",
    }
)


# The beta session configuration (spec/client.md, section 3).
_BETA_TRANSCRIPTION_SETTINGS: Dict[str, Kind] = {
    "modalities": ("enums", MODALITIES),
    "input_audio_format": ("enum", AUDIO_FORMATS),
    "input_audio_transcription": ("model", "beta_input_transcription"),
    "turn_detection": ("model", "beta_turn_detection"),
    "input_audio_noise_reduction": ("model", "ga_noise_reduction"),
    "include": ("strs",),
}
_BETA_SETTINGS: Dict[str, Kind] = {
    "modalities": ("enums", MODALITIES),
    "model": ("str",),
    "instructions": ("str",),
    "voice": ("voice",),
    "input_audio_format": ("enum", AUDIO_FORMATS),
    "output_audio_format": ("enum", AUDIO_FORMATS),
    "input_audio_transcription": ("model", "beta_input_transcription"),
    "turn_detection": ("model", "beta_turn_detection"),
    "input_audio_noise_reduction": ("model", "ga_noise_reduction"),
    "tools": ("models", "beta_function_tool"),
    "tool_choice": ("str",),
    "temperature": ("temperature",),
    "max_response_output_tokens": ("max_tokens",),
    "speed": ("range", 0.25, 1.5),
    "tracing": ("str_or_model", {"auto"}, "ga_tracing"),
}
SCHEMA.update(
    {
        "beta_input_transcription": {"model": ("str",), "language": ("str",), "prompt": ("str",)},
        "beta_turn_detection": {
            "type": ("enum", {"server_vad", "semantic_vad"}),
            "threshold": ("range", 0.0, 1.0),
            "prefix_padding_ms": ("int",),
            "silence_duration_ms": ("int",),
            "create_response": ("bool",),
            "interrupt_response": ("bool",),
            "eagerness": ("enum", {"low", "medium", "high", "auto"}),
        },
        "beta_function_tool": SCHEMA["ga_function_tool"],
        "beta_expires_after": {"anchor": ("const", "created_at"), "seconds": ("int_range", 10, 7200)},
        "beta_client_secret_config": {"expires_after": ("model", "beta_expires_after")},
        "beta_expires_at": {"anchor": ("const", "created_at"), "seconds": ("int_range", 10, 7200)},
        "beta_transcription_client_secret_config": {"expires_at": ("model", "beta_expires_at")},
        "beta_client_secret": {"value": ("str",), "expires_at": ("int",)},
        "beta_session": {
            "id": ("str",),
            "object": ("const", "realtime.session"),
            "expires_at": ("int",),
            **_BETA_SETTINGS,
        },
        "beta_session_update": {**_BETA_SETTINGS, "client_secret": ("model", "beta_client_secret_config")},
        "beta_transcription_session_update": {
            **_BETA_TRANSCRIPTION_SETTINGS,
            "client_secret": ("model", "beta_transcription_client_secret_config"),
        },
        "beta_transcription_session": {
            "id": ("str",),
            "object": ("str",),
            **_BETA_TRANSCRIPTION_SETTINGS,
            "client_secret": ("model", "beta_client_secret"),
        },
    }
)
REQUIRED.update({"beta_expires_after": ("anchor",), "beta_client_secret": ("value", "expires_at")})
KIND_KEYS["beta_function_tool"] = ("type",)  # the function tool is a kind of GA's tool union
# Kinds a field holds as their own class, not through a union: another kind is refused in both
# modes (a beta session's tools are function tools).
DIRECT_KINDS = {"beta_function_tool"}
for _name in ("beta_session", "beta_session_update"):
    STRICT_NULLABLE.update(
        (_name, field)
        for field in ("input_audio_transcription", "turn_detection", "input_audio_noise_reduction", "tracing")
    )
for _name in ("beta_transcription_session", "beta_transcription_session_update"):
    STRICT_NULLABLE.update(
        (_name, field) for field in ("input_audio_transcription", "turn_detection", "input_audio_noise_reduction")
    )
MODEL_NAMES.update(
    {
        "beta_input_transcription": "beta.InputAudioTranscription",
        "beta_turn_detection": "beta.TurnDetection",
        "beta_function_tool": "beta.Tool",
        "beta_expires_after": "beta.SessionClientSecretExpiresAfter",
        "beta_client_secret_config": "beta.SessionClientSecret",
        "beta_expires_at": "beta.TranscriptionSessionClientSecretExpiresAt",
        "beta_transcription_client_secret_config": "beta.TranscriptionSessionClientSecret",
        "beta_client_secret": "beta.ClientSecret",
        "beta_session": "beta.Session",
        "beta_session_update": "beta.SessionUpdateEventSession",
        "beta_transcription_session_update": "beta.TranscriptionSessionUpdateSession",
        "beta_transcription_session": "beta.TranscriptionSession",
    }
)


# Client events (spec/client.md, sections 2 and 5), both protocols: fields besides event_id and
# type, the keys strict mode requires besides type, where null is allowed.
SHARED_CLIENT_EVENTS: Dict[str, EventSpec] = {
    "input_audio_buffer.append": _ev(("audio", ("str",)), required=("audio",)),
    "input_audio_buffer.commit": _ev(),
    "input_audio_buffer.clear": _ev(),
    "output_audio_buffer.clear": _ev(),
    "conversation.item.retrieve": _ev(_I, required=("item_id",)),
    "conversation.item.delete": _ev(_I, required=("item_id",)),
    "conversation.item.truncate": _ev(
        _I,
        ("content_index", ("count",)),
        ("audio_end_ms", ("count",)),
        required=("item_id", "content_index", "audio_end_ms"),
    ),
    "response.cancel": _ev(("response_id", ("str",))),
}
GA_CLIENT_EVENTS: Dict[str, EventSpec] = {
    **SHARED_CLIENT_EVENTS,
    "session.update": _ev(
        ("session", ("union", GA_SESSION_REQUESTS, "ga_unknown_session_request")), required=("session",)
    ),
    "conversation.item.create": _ev(
        ("previous_item_id", ("str",)),
        ("item", ("union", GA_ITEMS, "ga_unknown_item")),
        required=("item",),
        nullable=("previous_item_id",),
    ),
    "response.create": _ev(("response", ("model", "ga_response_create_params"))),
}
BETA_CLIENT_EVENTS: Dict[str, EventSpec] = {
    **SHARED_CLIENT_EVENTS,
    "session.update": _ev(("session", ("model", "beta_session_update")), required=("session",)),
    "transcription_session.update": _ev(
        ("session", ("model", "beta_transcription_session_update")), required=("session",)
    ),
    "conversation.item.create": _ev(
        ("previous_item_id", ("str",)), ("item", ("model", "item")), required=("item",), nullable=("previous_item_id",)
    ),
    "response.create": _ev(("response", ("model", "beta_response_create_params"))),
}
SCHEMA.update(
    {
        "ga_item_reference": {"type": ("const", "item_reference"), "id": ("str",)},
        "ga_response_create_params": {
            "output_modalities": ("enums", {"text", "audio"}),
            "instructions": ("str",),
            "audio": ("model", "ga_audio"),
            "tools": ("unions", GA_TOOLS, "ga_unknown_tool"),
            "tool_choice": ("str_or_model", {"none", "auto", "required"}, (GA_TOOL_CHOICES, "ga_unknown_tool_choice")),
            "parallel_tool_calls": ("bool",),
            "reasoning": ("model", "ga_reasoning"),
            "max_output_tokens": ("max_tokens",),
            "conversation": ("str",),
            "metadata": ("metadata",),
            "prompt": ("model", "ga_prompt"),
            "input": ("unions", [*GA_ITEMS, "ga_item_reference"], "ga_unknown_item"),
        },
        "beta_item_with_reference": {
            **SCHEMA["item"],
            "type": ("enum", {"message", "function_call", "function_call_output", "item_reference"}),
        },
        "beta_response_create_params": {
            "modalities": ("enums", MODALITIES),
            "instructions": ("str",),
            "voice": ("voice",),
            "output_audio_format": ("enum", AUDIO_FORMATS),
            "tools": ("models", "beta_function_tool"),
            "tool_choice": ("str",),
            "temperature": ("temperature",),
            "max_response_output_tokens": ("max_tokens",),
            "max_output_tokens": ("max_tokens",),
            "conversation": ("str",),
            "metadata": ("metadata",),
            "input": ("models", "beta_item_with_reference"),
        },
    }
)
REQUIRED["ga_item_reference"] = ("type", "id")
KIND_KEYS["ga_item_reference"] = ("type",)
STRICT_NULLABLE.update(
    {
        ("ga_response_create_params", "metadata"),
        ("ga_response_create_params", "prompt"),
        ("beta_response_create_params", "metadata"),
    }
)
MODEL_NAMES.update(
    {
        "ga_item_reference": "ga.ResponseItemReference",
        "ga_response_create_params": "ga.RealtimeResponseCreateParams",
        "beta_item_with_reference": "beta.ConversationItemWithReference",
        "beta_response_create_params": "beta.RealtimeResponseCreateParams",
    }
)
for _era, _events in (("ga", GA_CLIENT_EVENTS), ("beta", BETA_CLIENT_EVENTS)):
    for _type, (_fields, _required, _nullable) in _events.items():
        _name = "%s_client %s" % (_era, _type)
        SCHEMA[_name] = {"event_id": ("str",), "type": ("const", _type), **_fields}
        KIND_KEYS[_name] = ("type",)
        REQUIRED[_name] = ("type",) + _required
        STRICT_NULLABLE.update((_name, field) for field in _nullable)
        MODEL_NAMES[_name] = "%s.client:%s" % (_era, _type)
    SCHEMA["%s_unknown_client_event" % _era] = {"type": ("unknown_kind", set(_events))}
    LENIENT_ONLY.add("%s_unknown_client_event" % _era)
    MODEL_NAMES["%s_unknown_client_event" % _era] = "%s.UnknownClientEvent" % _era
