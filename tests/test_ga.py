"""The GA models by hand: kinds, unknown kinds, the GA rules with their messages, the layout."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

import realtime_models
import realtime_models.beta
from realtime_models import ga
from realtime_models.errors import format_path

PACKAGE = Path(realtime_models.__file__).parent

# A GA response.done of the project's own making, in the order the server writes it: one item of
# each kind.
GA_DONE: Dict[str, Any] = {
    "object": "realtime.response",
    "id": "resp_G1",
    "status": "completed",
    "status_details": {"type": "completed"},
    "output": [
        {
            "id": "item_s",
            "type": "message",
            "status": "completed",
            "role": "system",
            "content": [{"type": "input_text", "text": "Be brief."}],
        },
        {
            "id": "item_u",
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [
                {"type": "input_audio", "transcript": "What is this?", "audio": "AAA="},
                {"type": "input_image", "image_url": "data:image/png;base64,iVBO", "detail": "low"},
            ],
        },
        {
            "id": "item_a",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_audio", "transcript": "A cat."}],
        },
        {
            "id": "item_f",
            "object": "realtime.item",
            "type": "function_call",
            "status": "completed",
            "name": "lookup",
            "call_id": "call_1",
            "arguments": '{"q":"cat"}',
        },
        {"id": "item_o", "type": "function_call_output", "call_id": "call_1", "output": '{"found":true}'},
        {"id": "mcpr_1", "type": "mcp_approval_request", "server_label": "docs", "name": "search", "arguments": "{}"},
        {
            "id": "mcpa_1",
            "type": "mcp_approval_response",
            "approval_request_id": "mcpr_1",
            "approve": True,
            "reason": None,
        },
        {
            "id": "mcpl_1",
            "type": "mcp_list_tools",
            "server_label": "docs",
            "tools": [
                {
                    "name": "search",
                    "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}},
                    "description": None,
                    "annotations": {"readOnly": True},
                }
            ],
        },
        {
            "id": "mcp_1",
            "type": "mcp_call",
            "server_label": "docs",
            "name": "search",
            "arguments": "{}",
            "approval_request_id": "mcpr_1",
            "output": None,
            "error": {"type": "http_error", "code": 503, "message": "Unavailable"},
        },
    ],
    "conversation_id": "conv_G1",
    "output_modalities": ["audio"],
    "max_output_tokens": "inf",
    "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
    "usage": {"total_tokens": 3, "input_tokens": 2, "output_tokens": 1},
    "metadata": None,
}
KINDS = [
    ga.RealtimeConversationItemSystemMessage,
    ga.RealtimeConversationItemUserMessage,
    ga.RealtimeConversationItemAssistantMessage,
    ga.RealtimeConversationItemFunctionCall,
    ga.RealtimeConversationItemFunctionCallOutput,
    ga.RealtimeMcpApprovalRequest,
    ga.RealtimeMcpApprovalResponse,
    ga.RealtimeMcpListTools,
    ga.RealtimeMcpToolCall,
]


def problems(cls: Any, data: Any, strict: bool = False) -> List[str]:
    with pytest.raises(realtime_models.ValidationError) as info:
        cls.from_dict(data, strict=strict)
    return ["%s: %s" % (format_path(p.path), p.message) for p in info.value.errors]


def test_a_ga_response_with_every_kind_round_trips_strictly_in_its_order() -> None:
    text = json.dumps(GA_DONE, separators=(",", ":"))
    response = ga.RealtimeResponse.from_json(text, strict=True)
    assert [type(item) for item in response.output or []] == KINDS
    assert response.to_json() == text
    assert response.validate(strict=True) == []
    assert isinstance(response.status_details, realtime_models.RealtimeResponseStatusDetails)  # shared with beta
    assert response.audio
    assert response.audio.output
    assert response.audio.output.format == ga.AudioPCM(type="audio/pcm", rate=24000)
    call = (response.output or [])[-1]
    assert isinstance(call, ga.RealtimeMcpToolCall)
    assert call.error == ga.RealtimeMcphttpError(type="http_error", code=503, message="Unavailable")
    listing = (response.output or [])[7]
    assert isinstance(listing, ga.RealtimeMcpListTools)
    assert listing.tools
    assert listing.tools[0].input_schema == {
        "type": "object",
        "properties": {"q": {"type": "string"}},
    }


def test_each_kind_parses_itself_and_the_base_dispatches() -> None:
    for cls, item in zip(KINDS, GA_DONE["output"]):
        assert type(cls.from_dict(item, strict=True)) is cls
        assert type(ga.RealtimeConversationItem.from_dict(item)) is cls
        assert cls._kind in (item["type"], ("message", item.get("role")))


@pytest.mark.parametrize(
    "item",
    [
        {"type": "reasoning", "id": "r1", "summary": [{"text": "..."}]},
        {"type": "message", "role": "developer", "content": []},
        {"id": "no_type", "content": 5},
        {"type": 7, "x": None},
    ],
)
def test_unknown_kinds_are_kept_whole_in_lenient_mode(item: Dict[str, Any]) -> None:
    parsed = ga.RealtimeConversationItem.from_dict(item)
    assert type(parsed) is ga.UnknownConversationItem
    assert parsed.to_dict() == item
    assert list(parsed.to_dict()) == list(item)
    response = ga.RealtimeResponse.from_dict({"output": [item]})
    assert response.to_dict() == {"output": [item]}


def test_strict_mode_refuses_unknown_kinds_at_type_or_role() -> None:
    assert problems(ga.RealtimeResponse, {"output": [{"type": "reasoning"}]}, strict=True) == [
        "output[0].type: expected one of message, function_call, function_call_output, mcp_approval_request, "
        'mcp_approval_response, mcp_list_tools, mcp_call; got string "reasoning"'
    ]
    assert problems(ga.RealtimeConversationItem, {"type": "message", "role": "developer"}, strict=True) == [
        'role: expected one of system, user, assistant; got string "developer"'
    ]
    assert problems(ga.RealtimeConversationItem, {"id": "x"}, strict=True) == ["type: required key is missing"]


def test_required_keys_are_strict_only_with_their_path() -> None:
    half_built = {"output": [{"type": "function_call", "id": "f"}, {"type": "mcp_call", "id": "m", "name": "n"}]}
    assert ga.RealtimeResponse.from_dict(half_built).to_dict() == half_built  # a streamed item arrives half-built
    assert problems(ga.RealtimeResponse, half_built, strict=True) == [
        "output[0].name: required key is missing",
        "output[0].arguments: required key is missing",
        "output[1].server_label: required key is missing",
        "output[1].arguments: required key is missing",
    ]
    assert problems(ga.RealtimeMcpListToolsTool, {"description": None}, strict=True) == [
        "name: required key is missing",
        "input_schema: required key is missing",
    ]


def test_audio_formats() -> None:
    assert type(ga.RealtimeAudioFormats.from_dict({"type": "audio/pcmu"})) is ga.AudioPCMU
    assert type(ga.RealtimeAudioFormats.from_dict({"type": "audio/pcma"})) is ga.AudioPCMA
    unknown = {"rate": 48000, "type": "audio/opus", "channels": 2}
    kept = ga.RealtimeAudioFormats.from_dict(unknown)
    assert type(kept) is ga.UnknownAudioFormat
    assert list(kept.to_dict()) == list(unknown)
    assert problems(ga.RealtimeAudioFormats, unknown, strict=True) == [
        'type: expected one of audio/pcm, audio/pcmu, audio/pcma; got string "audio/opus"'
    ]
    assert problems(ga.AudioPCM, {"type": "audio/pcm", "rate": 16000}, strict=True) == [
        "rate: expected one of 24000; got 16000"
    ]
    assert ga.AudioPCM.from_dict({"type": "audio/pcm", "rate": 16000}).rate == 16000  # lenient keeps it
    assert problems(ga.RealtimeResponseAudioOutput, {"format": {"type": "audio/pcm", "rate": "24000"}}) == [
        'format.rate: expected integer, got string "24000"'
    ]


def test_content_parts_per_kind() -> None:
    assistant = {
        "type": "message",
        "role": "assistant",
        "content": [{"type": "audio", "transcript": "hi", "audio": "AA==", "format": "pcm16"}],
    }
    assert ga.RealtimeConversationItem.from_dict(assistant, strict=True).to_dict() == assistant  # OpenAI's own example
    assert problems(ga.RealtimeConversationItem, dict(assistant, content=[{"type": "input_text"}]), strict=True) == [
        'content[0].type: expected one of output_text, output_audio, text, audio; got "input_text"'
    ]
    system = {"type": "message", "role": "system", "content": [{"type": "input_text", "text": "x", "audio": "AA=="}]}
    assert problems(ga.RealtimeConversationItem, system, strict=True) == ["content[0].audio: unknown key"]
    user = {"type": "message", "role": "user", "content": [{"type": "input_image", "detail": "ultra"}]}
    assert problems(ga.RealtimeConversationItem, user, strict=True) == [
        'content[0].detail: expected one of auto, low, high; got "ultra"'
    ]


def test_null_where_the_ga_schema_allows_it_and_nowhere_else() -> None:
    ok = {
        "type": "mcp_call",
        "id": "m",
        "server_label": "s",
        "name": "n",
        "arguments": "{}",
        "approval_request_id": None,
        "output": None,
        "error": None,
    }
    assert ga.RealtimeMcpToolCall.from_dict(ok, strict=True).to_dict() == ok
    assert problems(
        ga.RealtimeMcpApprovalResponse,
        {"type": "mcp_approval_response", "id": "a", "approval_request_id": "r", "approve": None},
        strict=True,
    ) == ["approve: expected boolean, got null"]
    assert problems(ga.RealtimeMcpApprovalResponse, {"approve": "yes"}) == [
        'approve: expected boolean, got string "yes"'
    ]


def test_mcp_errors_by_type() -> None:
    for error, cls in [
        ({"type": "protocol_error", "code": -32600, "message": "m"}, ga.RealtimeMcpProtocolError),
        ({"type": "tool_execution_error", "message": "m"}, ga.RealtimeMcpToolExecutionError),
        ({"type": "http_error", "code": 500, "message": "m"}, ga.RealtimeMcphttpError),
        ({"type": "timeout", "after_ms": 30000}, ga.UnknownMcpError),
    ]:
        parsed = ga.RealtimeMcpError.from_dict(error)
        assert type(parsed) is cls
        assert parsed.to_dict() == error
    assert problems(ga.RealtimeMcpError, {"type": "http_error", "message": "m"}, strict=True) == [
        "code: required key is missing"
    ]


def test_response_strict_rules() -> None:
    bad = {
        "object": "realtime.item",
        "output_modalities": ["video"],
        "max_output_tokens": 0,
        "metadata": {"k": "v" * 513},
    }
    assert problems(ga.RealtimeResponse, bad, strict=True) == [
        'object: expected "realtime.response", got "realtime.item"',
        "metadata.k: value longer than 512 characters (513)",
        'output_modalities[0]: expected one of text, audio; got "video"',
        'max_output_tokens: expected an integer from 1 to 4096 or "inf", got 0',
    ]
    assert problems(ga.RealtimeResponse, {"temperature": 0.8}, strict=True) == ["temperature: unknown key"]  # beta only


def test_ga_and_beta_share_status_and_usage_and_nothing_else() -> None:
    assert ga.RealtimeResponseUsage is realtime_models.RealtimeResponseUsage
    assert ga.RealtimeResponseStatus is realtime_models.RealtimeResponseStatusDetails
    assert ga.RealtimeResponse is not realtime_models.RealtimeResponse
    assert realtime_models.beta.RealtimeResponse is realtime_models.RealtimeResponse
    assert realtime_models.beta.ConversationItem is realtime_models.RealtimeConversationItem
    beta_modules = {"response", "item", "content", "literals", "beta"}
    for source in (PACKAGE / "ga").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                assert (node.module or "").split(".")[0] not in beta_modules, "%s imports beta's %s" % (
                    source.name,
                    node.module,
                )
    for source in (PACKAGE / "beta").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "ga", source.name


def test_a_bare_import_loads_neither_namespace() -> None:
    code = "import sys, realtime_models; print(sorted(m for m in sys.modules if m.startswith('realtime_models')))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=str(PACKAGE.parent), capture_output=True, text=True, timeout=60
    )
    loaded = json.loads(result.stdout.replace("'", '"'))
    assert not [m for m in loaded if m.startswith(("realtime_models.ga", "realtime_models.beta"))], loaded
    assert (
        "typing"
        not in subprocess.run(
            [sys.executable, "-c", "import sys, realtime_models.ga; print(' '.join(sys.modules))"],
            cwd=str(PACKAGE.parent),
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.split()
    )
