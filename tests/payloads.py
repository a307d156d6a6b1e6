"""Hand-made payloads in the beta shape, modelled on what the Realtime API sends."""

from __future__ import annotations

from typing import Any, Dict

RESPONSE_CREATED: Dict[str, Any] = {
    "id": "resp_B2dQ9",
    "object": "realtime.response",
    "status": "in_progress",
    "status_details": None,
    "output": [],
    "usage": None,
}

RESPONSE_DONE: Dict[str, Any] = {
    "id": "resp_B2dQ9",
    "object": "realtime.response",
    "status": "completed",
    "status_details": None,
    "output": [
        {
            "id": "item_7Xa",
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "audio", "transcript": "It is sunny in Lisbon today."}],
        },
        {
            "id": "item_7Xb",
            "object": "realtime.item",
            "type": "function_call",
            "status": "completed",
            "name": "get_weather",
            "call_id": "call_Qm4",
            "arguments": '{"city":"Lisbon"}',
        },
    ],
    "metadata": {"topic": "weather"},
    "usage": {
        "total_tokens": 310,
        "input_tokens": 190,
        "output_tokens": 120,
        "input_token_details": {
            "cached_tokens": 64,
            "text_tokens": 150,
            "audio_tokens": 40,
            "image_tokens": 0,
            "cached_tokens_details": {"text_tokens": 64, "audio_tokens": 0, "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": 30, "audio_tokens": 90},
    },
    "conversation_id": "conv_9Lk",
    "voice": "verse",
    "modalities": ["text", "audio"],
    "output_audio_format": "pcm16",
    "temperature": 0.8,
    "max_output_tokens": "inf",
}

RESPONSE_FAILED: Dict[str, Any] = {
    "id": "resp_F1",
    "object": "realtime.response",
    "status": "failed",
    "status_details": {
        "type": "failed",
        "error": {"type": "server_error", "code": "internal", "message": "Something went wrong."},
    },
    "output": [],
    "usage": None,
}

# A GA-shaped response reaching a beta parser: keys the beta shape does not know.
RESPONSE_GA_SHAPED: Dict[str, Any] = {
    "object": "realtime.response",
    "id": "resp_G1",
    "status": "in_progress",
    "status_details": None,
    "output": [],
    "conversation_id": "conv_G1",
    "output_modalities": ["audio"],
    "max_output_tokens": "inf",
    "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
    "usage": None,
    "metadata": None,
}

ITEM_USER_AUDIO: Dict[str, Any] = {
    "id": "item_u1",
    "object": "realtime.item",
    "type": "message",
    "status": "completed",
    "role": "user",
    "content": [{"type": "input_audio", "transcript": None, "audio": "UklGRg=="}],
}

ITEM_FUNCTION_OUTPUT: Dict[str, Any] = {
    "id": "item_fo1",
    "object": "realtime.item",
    "type": "function_call_output",
    "call_id": "call_Qm4",
    "output": '{"temperature_c":24}',
}
