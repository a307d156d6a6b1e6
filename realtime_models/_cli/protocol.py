"""Which protocol a payload speaks, GA or beta, from what it carries.

A log of events (the server's, and the client's when it recorded both directions) says it with
its first event whose type only one protocol has (``response.output_text.delta`` is GA,
``response.text.delta`` and ``transcription_session.update`` beta), or with a response, item or
session that only one protocol shapes that way (``output_modalities`` and ``audio`` are GA's;
``voice`` and ``modalities`` beta's; MCP items and ``output_text`` parts GA's; a session's
``type`` GA's). Events both protocols share say nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, FrozenSet, Optional

__all__ = ["BETA", "GA", "protocol_of"]

GA = "ga"
BETA = "beta"

_GA_RESPONSE_KEYS = frozenset(("output_modalities", "audio"))
_BETA_RESPONSE_KEYS = frozenset(("modalities", "voice", "output_audio_format", "temperature"))
_GA_ITEM_TYPES = frozenset(("mcp_approval_request", "mcp_approval_response", "mcp_list_tools", "mcp_call"))
_GA_PART_TYPES = frozenset(("output_text", "output_audio", "input_image"))
_BETA_PART_TYPES = frozenset(("item_reference",))
_GA_SESSION_KEYS = frozenset(("audio", "output_modalities"))
_BETA_SESSION_KEYS = frozenset(("modalities", "voice", "input_audio_format", "output_audio_format", "turn_detection"))


def protocol_of(document: Any, ga_only: FrozenSet[str], beta_only: FrozenSet[str]) -> Optional[str]:
    """``GA`` or ``BETA`` when the document tells, else ``None``; ``ga_only`` and ``beta_only``
    are the event types only one protocol has."""
    if type(document) is not dict:
        return None
    kind = document.get("type")
    if type(kind) is str:
        if kind in ga_only:
            return GA
        if kind in beta_only:
            return BETA
    response = document.get("response")
    if type(response) is dict:
        return _response_shape(response)
    item = document.get("item")
    if type(item) is dict:
        return _item_shape(item)
    session = document.get("session")
    if type(session) is dict:
        return _session_shape(session)
    part = document.get("part")
    if type(part) is dict:
        return _item_shape(part)
    if document.get("object") == "realtime.response" or "output" in document:
        return _response_shape(document)
    return _item_shape(document)


def _response_shape(response: Dict[Any, Any]) -> Optional[str]:
    if _GA_RESPONSE_KEYS.intersection(response):
        return GA
    if _BETA_RESPONSE_KEYS.intersection(response):
        return BETA
    output = response.get("output")
    if type(output) is list:
        for item in output:
            found = _item_shape(item)
            if found is not None:
                return found
    return None


def _session_shape(session: Dict[Any, Any]) -> Optional[str]:
    """A session says GA by its ``type`` or its ``audio`` object, beta by its flat settings."""
    if session.get("type") in ("realtime", "transcription") or _GA_SESSION_KEYS.intersection(session):
        return GA
    if _BETA_SESSION_KEYS.intersection(session):
        return BETA
    return None


def _item_shape(payload: Any) -> Optional[str]:
    """What an item or a content part says by its kind, or by its parts' kinds."""
    if type(payload) is not dict:
        return None
    kind = payload.get("type")
    if kind in _GA_ITEM_TYPES or kind in _GA_PART_TYPES:
        return GA
    if kind in _BETA_PART_TYPES:
        return BETA
    content = payload.get("content")
    if type(content) is list:
        for part in content:
            found = _item_shape(part)
            if found is not None:
                return found
    return None
