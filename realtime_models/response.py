"""RealtimeResponse: the response object of ``response.created`` and ``response.done`` events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Literal, Tuple, Union

from ._model import Model, _new, guarded, slotted
from ._unset import UNSET, Maybe
from ._validation import (
    INT_LIMIT,
    INT_MIN,
    Errors,
    Rule,
    as_int_or_str,
    as_number,
    as_object,
    as_str,
    as_str_list,
    as_str_map,
    between,
    check_strict,
    child,
    child_list,
    constant,
    copy_json,
    each_one_of,
    max_output_tokens_bounds,
    metadata_limits,
    one_of,
    unknown_keys,
)
from .errors import ValidationError
from .item import RealtimeConversationItem, _parse_item
from .literals import _AUDIO_FORMATS, _MODALITIES, _RESPONSE_STATUSES, AudioFormat, Modality, ResponseStatus
from .status import RealtimeResponseStatusDetails, _parse_status_details
from .usage import RealtimeResponseUsage, _parse_usage

__all__ = ["RealtimeBetaResponse", "RealtimeResponse"]


@slotted
@dataclass(repr=False)
class RealtimeResponse(Model):
    """The Realtime API's response object, beta shape (the SDKs' ``RealtimeBetaResponse``).

    Every field has three states: ``UNSET`` when its key was absent, ``None`` when it was
    ``null``, the value otherwise. Keys the model does not know (a GA-shaped ``audio``, say) are
    kept in :attr:`extra` and :meth:`to_dict` gives them back, so that
    ``to_dict(from_dict(d)) == d`` for every ``d`` that parses.
    """

    id: Maybe[str] = UNSET
    object: Maybe[Literal["realtime.response"]] = UNSET
    """Always ``realtime.response`` (strict mode checks it)."""
    status: Maybe[ResponseStatus] = UNSET
    """``completed``, ``cancelled``, ``failed``, ``incomplete``, or ``in_progress`` while it runs."""
    status_details: Maybe[RealtimeResponseStatusDetails] = UNSET
    """Why the response ended as it did; ``null`` in the examples of both events."""
    output: Maybe[List[RealtimeConversationItem]] = UNSET
    """The items the response produced."""
    metadata: Maybe[Dict[str, str]] = UNSET
    """Up to 16 string pairs (keys up to 64 characters, values up to 512: strict mode checks)."""
    usage: Maybe[RealtimeResponseUsage] = UNSET
    """Token usage; ``null`` in ``response.created``."""
    conversation_id: Maybe[str] = UNSET
    """The conversation the response joins; ``null`` when created with ``conversation: none``."""
    voice: Maybe[str] = UNSET
    """The voice used: any string; :data:`~realtime_models.literals.VOICES` lists the known ones."""
    modalities: Maybe[List[Modality]] = UNSET
    """``text`` and/or ``audio``."""
    output_audio_format: Maybe[AudioFormat] = UNSET
    """``pcm16``, ``g711_ulaw`` or ``g711_alaw``."""
    temperature: Maybe[float] = UNSET
    """Sampling temperature, 0.6 to 1.2 (strict mode checks). An integer such as ``1`` stays one."""
    max_output_tokens: Maybe[Union[int, Literal["inf"]]] = UNSET
    """An integer from 1 to 4096, or ``"inf"`` (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponse:
        """Parse a response from the dict ``json.loads`` made of it.

        Lenient (the default) keeps unknown keys and any string in enum-like fields, accepts
        ``null`` in every field and numbers outside the documented ranges, and refuses only what
        the model cannot hold: a wrong JSON type, NaN or Infinity, something that is not JSON.
        ``strict=True`` also refuses unknown keys and values, ``null`` where the API never sends
        it, and values outside the documented limits.

        Raises :class:`~realtime_models.ValidationError` listing every problem, whatever the
        input; never anything else. ``data`` is not changed, and the model shares no mutable
        container with it.
        """
        return guarded(_parse_response, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """The response as a new JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.object
        if v is not UNSET:
            d["object"] = v
        v = self.status
        if v is not UNSET:
            d["status"] = v
        s = self.status_details
        if s is not UNSET:
            d["status_details"] = None if s is None else s.to_dict()
        o = self.output
        if o is not UNSET:
            d["output"] = None if o is None else [item.to_dict() for item in o]
        m = self.metadata
        if m is not UNSET:
            d["metadata"] = None if m is None else dict(m)
        u = self.usage
        if u is not UNSET:
            d["usage"] = None if u is None else u.to_dict()
        v = self.conversation_id
        if v is not UNSET:
            d["conversation_id"] = v
        v = self.voice
        if v is not UNSET:
            d["voice"] = v
        ms = self.modalities
        if ms is not UNSET:
            d["modalities"] = None if ms is None else list(ms)
        v = self.output_audio_format
        if v is not UNSET:
            d["output_audio_format"] = v
        t = self.temperature
        if t is not UNSET:
            d["temperature"] = t
        n = self.max_output_tokens
        if n is not UNSET:
            d["max_output_tokens"] = n
        if self.extra:
            d.update(copy_json(self.extra))
        return d


RealtimeBetaResponse = RealtimeResponse
"""The same class, under the name the Rust seed and the SDK's beta types use."""

RealtimeResponse._children = {
    "status_details": (RealtimeResponseStatusDetails, False),
    "output": (RealtimeConversationItem, True),
    "usage": (RealtimeResponseUsage, False),
}

_KEYS = RealtimeResponse._known
_RULES: Tuple[Rule, ...] = (
    ("id", "string", False, None),
    ("object", "string", False, constant("realtime.response")),
    ("status", "string", False, one_of(_RESPONSE_STATUSES)),
    ("status_details", "object", True, None),
    ("output", "array", False, None),
    ("metadata", "object", True, metadata_limits),
    ("usage", "object", True, None),
    ("conversation_id", "string", True, None),
    ("voice", "string", False, None),
    ("modalities", "array", False, each_one_of(_MODALITIES)),
    ("output_audio_format", "string", False, one_of(_AUDIO_FORMATS)),
    ("temperature", "number", False, between(0.6, 1.2)),
    ("max_output_tokens", 'integer or "inf"', False, max_output_tokens_bounds),
)


def _parse_response(data: object, strict: bool) -> RealtimeResponse:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    response = _new(RealtimeResponse)
    id_ = d.get("id", UNSET)
    if type(id_) is not str and id_ is not UNSET:
        id_ = as_str(id_, "id", errs)
    response.id = id_
    object_ = d.get("object", UNSET)
    if type(object_) is not str and object_ is not UNSET:
        object_ = as_str(object_, "object", errs)
    response.object = object_
    status = d.get("status", UNSET)
    if type(status) is not str and status is not UNSET:
        status = as_str(status, "status", errs)
    response.status = status
    status_details = d.get("status_details", UNSET)
    if status_details is not UNSET:
        status_details = child(_parse_status_details, status_details, "status_details", strict, errs)
    response.status_details = status_details
    output = d.get("output", UNSET)
    if output is not UNSET:
        output = child_list(_parse_item, output, "output", strict, errs)
    response.output = output
    metadata = d.get("metadata", UNSET)
    if metadata is not UNSET:
        metadata = as_str_map(metadata, "metadata", errs)
    response.metadata = metadata
    usage = d.get("usage", UNSET)
    if usage is not UNSET:
        usage = child(_parse_usage, usage, "usage", strict, errs)
    response.usage = usage
    conversation_id = d.get("conversation_id", UNSET)
    if type(conversation_id) is not str and conversation_id is not UNSET:
        conversation_id = as_str(conversation_id, "conversation_id", errs)
    response.conversation_id = conversation_id
    voice = d.get("voice", UNSET)
    if type(voice) is not str and voice is not UNSET:
        voice = as_str(voice, "voice", errs)
    response.voice = voice
    modalities = d.get("modalities", UNSET)
    if modalities is not UNSET:
        modalities = as_str_list(modalities, "modalities", errs)
    response.modalities = modalities
    audio_format = d.get("output_audio_format", UNSET)
    if type(audio_format) is not str and audio_format is not UNSET:
        audio_format = as_str(audio_format, "output_audio_format", errs)
    response.output_audio_format = audio_format
    temperature = d.get("temperature", UNSET)
    if not (type(temperature) is float and temperature - temperature == 0.0) and temperature is not UNSET:
        temperature = as_number(temperature, "temperature", errs)
    response.temperature = temperature
    max_tokens = d.get("max_output_tokens", UNSET)
    if (
        type(max_tokens) is not str
        and (type(max_tokens) is not int or not INT_MIN < max_tokens < INT_LIMIT)
        and max_tokens is not UNSET
    ):
        max_tokens = as_int_or_str(max_tokens, "max_output_tokens", errs)
    response.max_output_tokens = max_tokens
    extra = {} if _KEYS.issuperset(d) else unknown_keys(d, _KEYS, strict, errs)
    response.extra = extra
    if strict:
        check_strict(response, _RULES, errs)
    if errs:
        raise ValidationError(errs)
    return response
