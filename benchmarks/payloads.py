"""The benchmark payloads: realistic beta responses from 0 to 100 output items, keys in the order
the Realtime server sends them; and the same payloads with every object's keys reversed."""

from __future__ import annotations

from typing import Any, Dict, List

TRANSCRIPT = "Sure. The forecast for Lisbon is sunny with a high of twenty-four degrees this afternoon."
AUDIO = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAwF0AAIC7AAACABAAZGF0YQAAAAA=" * 4


def _message(i: int) -> Dict[str, Any]:
    return {
        "id": "item_msg_%05d" % i,
        "object": "realtime.item",
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "audio", "transcript": TRANSCRIPT, "audio": AUDIO}],
    }


def _function_call(i: int) -> Dict[str, Any]:
    return {
        "id": "item_fc_%05d" % i,
        "object": "realtime.item",
        "type": "function_call",
        "status": "completed",
        "name": "get_weather",
        "call_id": "call_%05d" % i,
        "arguments": '{"city":"Lisbon","unit":"celsius"}',
    }


def _function_call_output(i: int) -> Dict[str, Any]:
    return {
        "id": "item_fo_%05d" % i,
        "object": "realtime.item",
        "type": "function_call_output",
        "status": "completed",
        "call_id": "call_%05d" % i,
        "output": '{"temperature_c":24,"sky":"clear"}',
    }


_KINDS = (_message, _function_call, _function_call_output)

USAGE: Dict[str, Any] = {
    "total_tokens": 1543,
    "input_tokens": 1211,
    "output_tokens": 332,
    "input_token_details": {
        "text_tokens": 907,
        "audio_tokens": 304,
        "image_tokens": 0,
        "cached_tokens": 1024,
        "cached_tokens_details": {"text_tokens": 768, "audio_tokens": 256, "image_tokens": 0},
    },
    "output_token_details": {"text_tokens": 61, "audio_tokens": 271},
}


def response_created() -> Dict[str, Any]:
    return {
        "object": "realtime.response",
        "id": "resp_bench",
        "status": "in_progress",
        "status_details": None,
        "output": [],
        "conversation_id": "conv_bench",
        "modalities": ["text", "audio"],
        "voice": "verse",
        "output_audio_format": "pcm16",
        "temperature": 0.8,
        "max_output_tokens": "inf",
        "usage": None,
        "metadata": None,
    }


def response_done(items: int) -> Dict[str, Any]:
    """A response.done response: an assistant audio message and a function call first, then a mix."""
    output: List[Dict[str, Any]] = [_KINDS[i % 3](i) for i in range(items)]
    return dict(
        response_created(),
        status="completed",
        status_details={"type": "completed"},
        output=output,
        usage=USAGE,
        metadata={"session": "bench", "tenant": "acme"},
    )


def reversed_keys(value: Any) -> Any:
    """The same JSON value with the keys of every object in reverse order."""
    if isinstance(value, dict):
        return {key: reversed_keys(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_keys(item) for item in value]
    return value


def _ga_items() -> List[Dict[str, Any]]:
    """One GA item of each kind, in the server's key order."""
    return [
        {"id": "item_s", "type": "message", "status": "completed", "role": "system",
         "content": [{"type": "input_text", "text": "You are a weather assistant."}]},
        {"id": "item_u", "type": "message", "status": "completed", "role": "user",
         "content": [{"type": "input_audio", "transcript": "What is the weather in Lisbon?"}]},
        {"id": "item_a", "type": "message", "status": "completed", "role": "assistant",
         "content": [{"type": "output_audio", "transcript": TRANSCRIPT}]},
        {"id": "item_f", "object": "realtime.item", "type": "function_call", "status": "completed",
         "name": "get_weather", "call_id": "call_1", "arguments": '{"city":"Lisbon","unit":"celsius"}'},
        {"id": "item_o", "object": "realtime.item", "type": "function_call_output", "status": "completed",
         "call_id": "call_1", "output": '{"temperature_c":24,"sky":"clear"}'},
        {"id": "mcpr_1", "type": "mcp_approval_request", "server_label": "maps", "name": "route",
         "arguments": '{"to":"Porto"}'},
        {"id": "mcpa_1", "type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True,
         "reason": None},
        {"id": "mcpl_1", "type": "mcp_list_tools", "server_label": "maps",
         "tools": [{"name": "route", "input_schema": {"type": "object", "properties": {"to": {"type": "string"}}},
                    "description": "Plan a route", "annotations": None}]},
        {"id": "mcp_1", "type": "mcp_call", "server_label": "maps", "name": "route", "arguments": '{"to":"Porto"}',
         "approval_request_id": "mcpr_1", "output": None,
         "error": {"type": "http_error", "code": 503, "message": "Service unavailable"}},
    ]  # fmt: skip


def ga_response_done(items: int) -> Dict[str, Any]:
    """A GA response.done: the kinds in turn, as many items as asked."""
    kinds = _ga_items()
    return {
        "object": "realtime.response",
        "id": "resp_bench",
        "status": "completed",
        "status_details": {"type": "completed"},
        "output": [dict(kinds[i % len(kinds)], id="item_%05d" % i) for i in range(items)],
        "conversation_id": "conv_bench",
        "output_modalities": ["audio"],
        "max_output_tokens": "inf",
        "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
        "usage": USAGE,
        "metadata": None,
    }


PAYLOADS: Dict[str, Dict[str, Any]] = {
    "created (0 items)": response_created(),
    "done (2 items)": response_done(2),
    "done (12 items)": response_done(12),
    "done (100 items)": response_done(100),
}

GA_PAYLOADS: Dict[str, Dict[str, Any]] = {
    "GA done (2 items)": ga_response_done(2),
    "GA done (9 kinds)": ga_response_done(9),
    "GA done (12 items)": ga_response_done(12),
    "GA done (100 items)": ga_response_done(100),
}

REVERSED: Dict[str, Dict[str, Any]] = {
    "created, keys reversed": reversed_keys(response_created()),
    "done (12 items), keys reversed": reversed_keys(response_done(12)),
}


AUDIO_CHUNK = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAwF0AAIC7AAACABAAZGF0YQAAAAA=" * 68  # 4 KiB of base64


def _session(ga: bool) -> Dict[str, Any]:
    """The session of a ``session.updated``, in each protocol's shape (kept as JSON by the models)."""
    turn_detection = {
        "type": "server_vad",
        "threshold": 0.5,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 200,
        "create_response": True,
        "interrupt_response": True,
    }
    tools = [
        {
            "type": "function",
            "name": "get_weather",
            "description": "The weather of a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        }
    ]
    if not ga:
        return {
            "id": "sess_bench",
            "object": "realtime.session",
            "model": "gpt-4o-realtime-preview",
            "expires_at": 1735689600,
            "modalities": ["text", "audio"],
            "instructions": "You are a weather assistant.",
            "voice": "verse",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": {"model": "whisper-1"},
            "turn_detection": turn_detection,
            "tools": tools,
            "tool_choice": "auto",
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
        }
    return {
        "type": "realtime",
        "object": "realtime.session",
        "id": "sess_bench",
        "model": "gpt-realtime",
        "output_modalities": ["audio"],
        "instructions": "You are a weather assistant.",
        "tools": tools,
        "tool_choice": "auto",
        "max_output_tokens": "inf",
        "tracing": None,
        "prompt": None,
        "expires_at": 1735689600,
        "audio": {
            "input": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "transcription": {"model": "gpt-4o-transcribe"},
                "noise_reduction": None,
                "turn_detection": turn_detection,
            },
            "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1.0},
        },
        "include": None,
    }


def _events(ga: bool) -> Dict[str, Dict[str, Any]]:
    prefix = "response.output_" if ga else "response."
    ids = {"response_id": "resp_bench", "item_id": "item_bench", "output_index": 0, "content_index": 0}
    done = ga_response_done if ga else response_done
    return {
        "audio delta (4 KiB)": {"event_id": "event_1", "type": prefix + "audio.delta", **ids, "delta": AUDIO_CHUNK},
        "text delta": {"event_id": "event_2", "type": prefix + "text.delta", **ids, "delta": "Sure"},
        "audio transcript delta": {
            "event_id": "event_9",
            "type": prefix + "audio_transcript.delta",
            **ids,
            "delta": "Sure",
        },
        "function-call arguments delta": {
            "event_id": "event_7",
            "type": "response.function_call_arguments.delta",
            "response_id": "resp_bench",
            "item_id": "item_bench",
            "output_index": 0,
            "call_id": "call_bench",
            "delta": '{"city":',
        },
        "speech_started": {
            "event_id": "event_3",
            "type": "input_audio_buffer.speech_started",
            "audio_start_ms": 1280,
            "item_id": "item_bench",
        },
        "rate_limits.updated": {
            "event_id": "event_4",
            "type": "rate_limits.updated",
            "rate_limits": [
                {"name": "requests", "limit": 1000, "remaining": 999, "reset_seconds": 0.06},
                {"name": "tokens", "limit": 50000, "remaining": 49580, "reset_seconds": 0.5},
            ],
        },
        "session.updated": {"event_id": "event_8", "type": "session.updated", "session": _session(ga)},
        "response.done (2 items)": {"event_id": "event_5", "type": "response.done", "response": done(2)},
        "response.done (12 items)": {"event_id": "event_6", "type": "response.done", "response": done(12)},
    }


GA_EVENTS = _events(ga=True)
BETA_EVENTS = _events(ga=False)


def _client_events(ga: bool) -> Dict[str, Dict[str, Any]]:
    """What a client sends: its session update, its audio, an item, an out-of-band response."""
    session = _session(ga)
    for key in ("id", "object", "expires_at"):  # the server's additions
        session.pop(key, None)
    if not ga:
        session["tools"] = [dict(tool) for tool in session["tools"]]
    item = _ga_items()[1] if ga else _message(0)
    if not ga:
        item = dict(item, role="user", content=[{"type": "input_text", "text": "What is the weather in Lisbon?"}])
    response: Dict[str, Any] = {"conversation": "none", "metadata": {"purpose": "summary"}, "instructions": "Sum up."}
    response["output_modalities" if ga else "modalities"] = ["text"]
    return {
        "client session.update": {"event_id": "c_1", "type": "session.update", "session": session},
        "client input_audio_buffer.append (4 KiB)": {
            "event_id": "c_2",
            "type": "input_audio_buffer.append",
            "audio": AUDIO_CHUNK,
        },
        "client conversation.item.create": {
            "event_id": "c_3",
            "type": "conversation.item.create",
            "previous_item_id": None,
            "item": item,
        },
        "client response.create": {"event_id": "c_4", "type": "response.create", "response": response},
    }


GA_CLIENT_EVENTS = _client_events(ga=True)
BETA_CLIENT_EVENTS = _client_events(ga=False)
