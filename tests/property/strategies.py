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

# Where strict mode allows null (the spec or the official examples send it there).
STRICT_NULLABLE = {
    ("response", "status_details"),
    ("response", "usage"),
    ("response", "metadata"),
    ("response", "conversation_id"),
    ("content", "transcript"),
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
    if name == "str" or name == "voice":
        base: st.SearchStrategy[Any] = texts
    elif name == "count":
        base = st.integers(min_value=-(2**70), max_value=2**70)
    elif name == "enum":
        base = st.sampled_from(sorted(kind[1])) | texts
    elif name == "const":
        base = st.just(kind[1]) | texts
    elif name == "enums":
        base = st.lists(st.sampled_from(sorted(kind[1])) | texts, max_size=3)
    elif name == "metadata":
        base = st.dictionaries(texts, texts, max_size=20)
    elif name == "temperature":
        base = st.floats(allow_nan=False, allow_infinity=False) | st.integers(min_value=-5, max_value=5)
    elif name == "max_tokens":
        base = st.integers(min_value=-(2**40), max_value=2**40) | st.just("inf") | texts
    elif name == "model":
        base = payloads(kind[1], strict=False)
    else:
        assert name == "models"
        base = st.lists(payloads(kind[1], strict=False), max_size=3)
    return base | st.none()


def _strict_value(model: str, field: str, kind: Kind) -> st.SearchStrategy[Any]:
    name = kind[0]
    if name == "str":
        base: st.SearchStrategy[Any] = texts
    elif name == "voice":
        base = st.sampled_from(sorted(VOICES)) | texts  # an open string, even in strict mode
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
    else:
        assert name == "models"
        base = st.lists(payloads(kind[1], strict=True), max_size=3)
    if (model, field) in STRICT_NULLABLE:
        return base | st.none()
    return base


_CACHE: Dict[Tuple[str, bool], st.SearchStrategy[Dict[str, Any]]] = {}


def payloads(model: str, *, strict: bool) -> st.SearchStrategy[Dict[str, Any]]:
    """Dicts that ``from_dict`` of ``model`` accepts (in strict mode too when ``strict``)."""
    key = (model, strict)
    if key not in _CACHE:
        fields = SCHEMA[model]
        if strict:
            optional = {f: st.deferred(lambda f=f, k=k: _strict_value(model, f, k)) for f, k in fields.items()}
            _CACHE[key] = st.fixed_dictionaries({}, optional=optional)
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
}


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
) -> List[Tuple[Tuple[Any, ...], Kind]]:
    """Every (path, kind) of a known field present in a payload, nested ones included."""
    out: List[Tuple[Tuple[Any, ...], Kind]] = []
    for field, kind in SCHEMA[model].items():
        if field not in payload:
            continue
        path = (*prefix, field)
        out.append((path, kind))
        value = payload[field]
        if kind[0] == "model" and isinstance(value, dict):
            out.extend(field_paths(kind[1], value, path))
        elif kind[0] == "models" and isinstance(value, list):
            for i, item in enumerate(value):
                out.append(((*path, i), ("model", kind[1])))
                out.extend(field_paths(kind[1], item, (*path, i)))
    return out
