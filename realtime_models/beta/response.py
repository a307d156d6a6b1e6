"""RealtimeResponse: the response object of ``response.created`` and ``response.done`` events."""

from __future__ import annotations

from .._core.checks import (
    INT_LIMIT,
    INT_MIN,
    as_int_or_str,
    as_number,
    as_object,
    as_str,
    as_str_list,
    as_str_map,
    between,
    check_strict,
    child_list,
    each_one_of,
    max_output_tokens_bounds,
    metadata_limits,
    one_of,
    prefixed,
    unreadable,
)
from .._core.model import Model, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.unset import UNSET
from .._shared.status import RealtimeResponseStatusDetails
from .._shared.usage import RealtimeResponseUsage
from ..errors import ValidationError
from .items import RealtimeConversationItem
from .literals import _AUDIO_FORMATS, _MODALITIES, _RESPONSE_STATUSES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe

_parse_status_details = RealtimeResponseStatusDetails._parse
_parse_usage = RealtimeResponseUsage._parse
_parse_item = RealtimeConversationItem._parse

__all__ = ["RealtimeBetaResponse", "RealtimeResponse"]


@model
class RealtimeResponse(Model):
    """The Realtime API's response object, beta shape (the SDKs' ``RealtimeBetaResponse``).

    Every field has three states: ``UNSET`` when its key was absent, ``None`` when it was
    ``null``, the value otherwise. Keys the model does not know (a GA-shaped ``audio``, say) are
    kept in :attr:`extra` and :meth:`to_dict` gives them back, so that
    ``to_dict(from_dict(d)) == d`` for every ``d`` that parses.
    """

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.response`` (strict mode checks it)."""
    status: Maybe[str] = UNSET
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
    """The voice used: any string; :data:`~realtime_models.beta.literals.VOICES` lists the known ones."""
    modalities: Maybe[List[str]] = UNSET
    """``text`` and/or ``audio``."""
    output_audio_format: Maybe[str] = UNSET
    """``pcm16``, ``g711_ulaw`` or ``g711_alaw``."""
    temperature: Maybe[float] = UNSET
    """Sampling temperature, 0.6 to 1.2 (strict mode checks). An integer such as ``1`` stays one."""
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    """An integer from 1 to 4096, or ``"inf"`` (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The order the server sends (captures from 2024 to 2025), not the spec's.
    _wire = (
        "object",
        "id",
        "status",
        "status_details",
        "output",
        "conversation_id",
        "modalities",
        "voice",
        "output_audio_format",
        "temperature",
        "max_output_tokens",
        "usage",
        "metadata",
    )
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (_wire,)

    _nullable = ("status_details", "metadata", "usage", "conversation_id")
    _object = "realtime.response"
    _checks = {
        "status": one_of(_RESPONSE_STATUSES),
        "metadata": metadata_limits,
        "modalities": each_one_of(_MODALITIES),
        "output_audio_format": one_of(_AUDIO_FORMATS),
        "temperature": between(0.6, 1.2),
        "max_output_tokens": max_output_tokens_bounds,
    }

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.object
        if v is not UNSET:
            d["object"] = v
        v = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.status
        if v is not UNSET:
            d["status"] = v
        status_details_ = self.status_details
        if status_details_ is not UNSET:
            d["status_details"] = None if status_details_ is None else status_details_._dump()
        output_ = self.output
        if output_:
            items = []
            for item in output_:
                items.append(item._dump())
            d["output"] = items
        elif output_ is not UNSET:
            d["output"] = None if output_ is None else output_[:]
        v = self.conversation_id
        if v is not UNSET:
            d["conversation_id"] = v
        modalities_ = self.modalities
        if modalities_ is not UNSET:
            d["modalities"] = None if modalities_ is None else modalities_[:]
        v = self.voice
        if v is not UNSET:
            d["voice"] = v
        v = self.output_audio_format
        if v is not UNSET:
            d["output_audio_format"] = v
        v = self.temperature
        if v is not UNSET:
            d["temperature"] = v
        v = self.max_output_tokens
        if v is not UNSET:
            d["max_output_tokens"] = v
        usage_ = self.usage
        if usage_ is not UNSET:
            d["usage"] = None if usage_ is None else usage_._dump()
        metadata_ = self.metadata
        if metadata_ is not UNSET:
            d["metadata"] = None if metadata_ is None else dict(metadata_)
        if self.extra:
            put_extra(d, self.extra, _KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponse:
        """Parse a ``RealtimeResponse``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            response = new_model(cls)
            keys = tuple(d)
            if keys == _SHAPE:  # a shape the server sends: its values, read by position
                (
                    object_,
                    id_,
                    status,
                    status_details,
                    output,
                    conversation_id,
                    modalities,
                    voice,
                    output_audio_format,
                    temperature,
                    max_output_tokens,
                    usage,
                    metadata,
                ) = d.values()
                order = None
            else:
                object_ = d.get("object", UNSET)
                id_ = d.get("id", UNSET)
                status = d.get("status", UNSET)
                status_details = d.get("status_details", UNSET)
                output = d.get("output", UNSET)
                conversation_id = d.get("conversation_id", UNSET)
                modalities = d.get("modalities", UNSET)
                voice = d.get("voice", UNSET)
                output_audio_format = d.get("output_audio_format", UNSET)
                temperature = d.get("temperature", UNSET)
                max_output_tokens = d.get("max_output_tokens", UNSET)
                usage = d.get("usage", UNSET)
                metadata = d.get("metadata", UNSET)
                order = _ORDERS.get(keys, UNSEEN)
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            response.object = object_
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            response.id = id_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            response.status = status
            if status_details is not UNSET and status_details is not None:
                try:
                    status_details = _parse_status_details(RealtimeResponseStatusDetails, status_details, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("status_details",), e.errors))
                    status_details = UNSET
            response.status_details = status_details
            if type(output) is list:
                items = []
                try:
                    for entry in output:
                        items.append(_parse_item(RealtimeConversationItem, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItem, output, "output", strict, errs)
                output = items
            elif output is not UNSET and output is not None:
                output = child_list(RealtimeConversationItem, output, "output", strict, errs)
            response.output = output
            if type(conversation_id) is not str and conversation_id is not UNSET:
                conversation_id = as_str(conversation_id, "conversation_id", errs)
            response.conversation_id = conversation_id
            if modalities is not UNSET and modalities is not None:
                modalities = as_str_list(modalities, "modalities", errs)
            response.modalities = modalities
            if type(voice) is not str and voice is not UNSET:
                voice = as_str(voice, "voice", errs)
            response.voice = voice
            if type(output_audio_format) is not str and output_audio_format is not UNSET:
                output_audio_format = as_str(output_audio_format, "output_audio_format", errs)
            response.output_audio_format = output_audio_format
            if not (type(temperature) is float and temperature - temperature == 0.0) and temperature is not UNSET:
                temperature = as_number(temperature, "temperature", errs)
            response.temperature = temperature
            if (
                type(max_output_tokens) is not str
                and (type(max_output_tokens) is not int or not INT_MIN < max_output_tokens < INT_LIMIT)
                and max_output_tokens is not UNSET
            ):
                max_output_tokens = as_int_or_str(max_output_tokens, "max_output_tokens", errs)
            response.max_output_tokens = max_output_tokens
            if usage is not UNSET and usage is not None:
                try:
                    usage = _parse_usage(RealtimeResponseUsage, usage, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("usage",), e.errors))
                    usage = UNSET
            response.usage = usage
            if metadata is not UNSET and metadata is not None:
                metadata = as_str_map(metadata, "metadata", errs)
            response.metadata = metadata
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                response.extra = {}
                response._order = order
            else:
                response.extra, response._order = key_order(d, RealtimeResponse, strict, errs)
            if strict:
                check_strict(response, RealtimeResponse._rules, errs)
            if errs:
                raise ValidationError(errs)
            return response
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


RealtimeBetaResponse = RealtimeResponse
"""The same class, under the name the Rust seed and the SDK's beta types use."""


_KEYS = RealtimeResponse._known
_ORDERS = RealtimeResponse._orders
_SHAPE = RealtimeResponse._shapes[0]
