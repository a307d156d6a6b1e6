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


PAYLOADS: Dict[str, Dict[str, Any]] = {
    "created (0 items)": response_created(),
    "done (2 items)": response_done(2),
    "done (12 items)": response_done(12),
    "done (100 items)": response_done(100),
}

REVERSED: Dict[str, Dict[str, Any]] = {
    "created, keys reversed": reversed_keys(response_created()),
    "done (12 items), keys reversed": reversed_keys(response_done(12)),
}
