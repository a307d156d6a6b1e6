"""What the live server sends beyond the schemas, and what a user reaches for by the SDK's names."""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List

import pytest

from realtime_models import ValidationError, beta, ga

GA_RESPONSE = {
    "object": "realtime.response",
    "id": "resp_1",
    "status": "in_progress",
    "status_details": None,
    "output": [],
    "conversation_id": "conv_1",
    "output_modalities": ["audio"],
    "max_output_tokens": "inf",
    "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": {"id": "voice_1234"}}},
    "usage": None,
    "metadata": None,
}


def test_a_custom_voice_is_a_voice_id_in_both_modes() -> None:
    for strict in (False, True):
        response = ga.RealtimeResponse.from_dict(GA_RESPONSE, strict=strict)
        assert response.audio.output.voice == ga.VoiceID(id="voice_1234")  # type: ignore[union-attr]
        assert response.to_dict() == GA_RESPONSE
    named = ga.RealtimeResponseAudioOutput.from_dict({"voice": "marin"}, strict=True)
    assert named.voice == "marin"
    with pytest.raises(ValidationError) as info:
        ga.RealtimeResponseAudioOutput.from_dict({"voice": {"id": "v", "x": 1}}, strict=True)
    assert [(p.path, p.message) for p in info.value.errors] == [(("voice", "x"), "unknown key")]
    with pytest.raises(ValidationError) as info:
        ga.RealtimeResponseAudioOutput.from_dict({"voice": {}}, strict=True)
    assert [(p.path, p.message) for p in info.value.errors] == [(("voice", "id"), "required key is missing")]
    with pytest.raises(ValidationError) as info:
        ga.RealtimeResponseAudioOutput.from_dict({"voice": 5})
    assert [(p.path, p.message) for p in info.value.errors] == [
        (("voice",), "expected string or object, got integer 5")
    ]


def test_a_session_with_a_custom_voice_folds() -> None:
    state = ga.ConversationState()
    state.apply({"event_id": "e1", "type": "response.created", "response": GA_RESPONSE})
    done = dict(GA_RESPONSE, status="completed")
    assert state.apply(json.dumps({"event_id": "e2", "type": "response.done", "response": done})) is not None
    assert len(state.responses) == 1
    assert state.oddities == []


@pytest.mark.parametrize("namespace", [ga, beta])
def test_a_null_transcript_on_input_audio_passes_strict_mode(namespace: Any) -> None:
    part = {"type": "input_audio", "transcript": None}
    item: Dict[str, Any] = {"id": "item_1", "type": "message", "role": "user", "status": "completed", "content": [part]}
    if namespace is ga:
        item = {"id": "item_1", "object": "realtime.item", **item}
    event = {"event_id": "e", "type": "conversation.item.created", "previous_item_id": None, "item": item}
    parsed = namespace.RealtimeServerEvent.from_dict(event, strict=True)
    assert parsed.item.content[0].transcript is None
    assert parsed.to_dict() == event


@pytest.mark.parametrize(
    ("namespace", "kinds"),
    [
        (ga, ["response.output_text.delta", "response.output_audio_transcript.delta", "response.function_call_arguments.delta",
              "response.mcp_call_arguments.delta"]),
        (beta, ["response.text.delta", "response.audio_transcript.delta", "response.function_call_arguments.delta"]),
    ],
)  # fmt: skip
def test_obfuscation_on_every_text_delta_passes_strict_mode(namespace: Any, kinds: List[str]) -> None:
    for kind in kinds:
        event: Dict[str, Any] = {"event_id": "e", "type": kind, "response_id": "r", "item_id": "i", "output_index": 0}
        if "function_call" in kind or "mcp_call" in kind:
            event["call_id" if "function_call" in kind else "item_id"] = "c"
        else:
            event["content_index"] = 0
        event.update(delta="Hel", obfuscation="x7Qp")
        if "mcp_call" in kind:
            event.pop("call_id", None)
        parsed = namespace.RealtimeServerEvent.from_dict(event, strict=True)
        assert parsed.obfuscation == "x7Qp"
        assert parsed.extra == {}
        assert parsed.to_dict() == event


def test_the_name_on_beta_function_call_arguments_done_passes_strict_mode() -> None:
    event = {"event_id": "e", "type": "response.function_call_arguments.done", "response_id": "r", "item_id": "i",
             "output_index": 0, "call_id": "c", "arguments": "{}", "name": "get_weather"}  # fmt: skip
    parsed = beta.RealtimeServerEvent.from_dict(event, strict=True)
    assert parsed.name == "get_weather"
    assert parsed.to_dict() == event


@pytest.mark.parametrize("strict", [False, True])
def test_a_concrete_class_refuses_another_kind(strict: bool) -> None:
    cases = [
        (ga.ResponseDoneEvent, {"type": "response.created", "response": {}}, ("type",), '"response.done"'),
        (beta.ResponseDoneEvent, {"type": "response.created", "response": {}}, ("type",), '"response.done"'),
        (ga.ResponseTextDeltaEvent, {"type": "response.output_audio.delta"}, ("type",), '"response.output_text.delta"'),
        (ga.RealtimeConversationItemFunctionCall, {"type": "message"}, ("type",), '"function_call"'),
        (ga.RealtimeConversationItemUserMessage, {"type": "message", "role": "system"}, ("role",), '"user"'),
        (ga.RealtimeMcpToolCall, {"type": "mcp_list_tools"}, ("type",), '"mcp_call"'),
        (ga.AudioPCM, {"type": "audio/pcmu"}, ("type",), '"audio/pcm"'),
    ]
    for cls, payload, path, expected in cases:
        with pytest.raises(ValidationError) as info:
            cls.from_dict(payload, strict=strict)
        found = [(p.path, p.message) for p in info.value.errors if p.path == path]
        assert found == [(path, "expected %s, got %s" % (expected, json.dumps(payload[path[0]])))], cls
    if not strict:  # the kind itself, absent or null, is for strict mode to judge
        assert ga.ResponseDoneEvent.from_dict({"type": None, "response": {}}).type is None
        assert ga.RealtimeConversationItemFunctionCall.from_dict({}).to_dict() == {}


# Every class of openai.types.realtime (GA) and openai.types.beta.realtime (beta) that a payload
# the package models reaches, by the name the SDK gives it (client events, sessions, calls and
# translation are not modelled yet).
SDK_GA = re.findall(
    r"\w+",
    """
ConversationCreatedEvent ConversationItem ConversationItemAdded ConversationItemCreatedEvent
ConversationItemDeletedEvent ConversationItemDone ConversationItemInputAudioTranscriptionCompletedEvent
ConversationItemInputAudioTranscriptionDeltaEvent ConversationItemInputAudioTranscriptionFailedEvent
ConversationItemInputAudioTranscriptionSegment ConversationItemTruncatedEvent InputAudioBufferClearedEvent
InputAudioBufferCommittedEvent InputAudioBufferDtmfEventReceivedEvent InputAudioBufferSpeechStartedEvent
InputAudioBufferSpeechStoppedEvent InputAudioBufferTimeoutTriggered LogProbProperties McpListToolsCompleted
McpListToolsFailed McpListToolsInProgress RateLimitsUpdatedEvent RealtimeAudioFormats
RealtimeConversationItemAssistantMessage RealtimeConversationItemFunctionCall
RealtimeConversationItemFunctionCallOutput RealtimeConversationItemSystemMessage
RealtimeConversationItemUserMessage RealtimeError RealtimeErrorEvent RealtimeMcpApprovalRequest
RealtimeMcpApprovalResponse RealtimeMcpListTools RealtimeMcpProtocolError RealtimeMcpToolCall
RealtimeMcpToolExecutionError RealtimeMcphttpError RealtimeResponse RealtimeResponseStatus RealtimeResponseUsage
RealtimeResponseUsageInputTokenDetails RealtimeResponseUsageOutputTokenDetails RealtimeServerEvent
ResponseAudioDeltaEvent ResponseAudioDoneEvent ResponseAudioTranscriptDeltaEvent ResponseAudioTranscriptDoneEvent
ResponseContentPartAddedEvent ResponseContentPartDoneEvent ResponseCreatedEvent ResponseDoneEvent
ResponseFunctionCallArgumentsDeltaEvent ResponseFunctionCallArgumentsDoneEvent ResponseMcpCallArgumentsDelta
ResponseMcpCallArgumentsDone ResponseMcpCallCompleted ResponseMcpCallFailed ResponseMcpCallInProgress
ResponseOutputItemAddedEvent ResponseOutputItemDoneEvent ResponseTextDeltaEvent ResponseTextDoneEvent
SessionCreatedEvent SessionUpdatedEvent
""",
)
SDK_BETA = re.findall(
    r"\w+",
    """
ConversationCreatedEvent ConversationItem ConversationItemContent ConversationItemCreatedEvent
ConversationItemDeletedEvent ConversationItemInputAudioTranscriptionCompletedEvent
ConversationItemInputAudioTranscriptionDeltaEvent ConversationItemInputAudioTranscriptionFailedEvent
ConversationItemTruncatedEvent ErrorEvent InputAudioBufferClearedEvent InputAudioBufferCommittedEvent
InputAudioBufferSpeechStartedEvent InputAudioBufferSpeechStoppedEvent RateLimitsUpdatedEvent RealtimeResponse
RealtimeResponseStatus RealtimeResponseUsage RealtimeServerEvent ResponseAudioDeltaEvent ResponseAudioDoneEvent
ResponseAudioTranscriptDeltaEvent ResponseAudioTranscriptDoneEvent ResponseContentPartAddedEvent
ResponseContentPartDoneEvent ResponseCreatedEvent ResponseDoneEvent ResponseFunctionCallArgumentsDeltaEvent
ResponseFunctionCallArgumentsDoneEvent ResponseOutputItemAddedEvent ResponseOutputItemDoneEvent
ResponseTextDeltaEvent ResponseTextDoneEvent SessionCreatedEvent SessionUpdatedEvent
TranscriptionSessionUpdatedEvent
""",
)


@pytest.mark.parametrize(("namespace", "names"), [(ga, SDK_GA), (beta, SDK_BETA)])
def test_every_sdk_name_a_modelled_payload_reaches_is_exported(namespace: Any, names: List[str]) -> None:
    missing = [name for name in names if not hasattr(namespace, name)]
    assert missing == []
    assert set(names) <= set(dir(namespace))
