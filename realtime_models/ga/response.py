"""RealtimeResponse (GA): the response object of the GA ``response.created`` and ``response.done``."""

from __future__ import annotations

from .._core.checks import (
    INT_LIMIT,
    INT_MIN,
    as_int_or_str,
    as_object,
    as_str,
    as_str_list,
    as_str_map,
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
from .audio import RealtimeResponseAudio
from .items import RealtimeConversationItem
from .literals import _OUTPUT_MODALITIES, _RESPONSE_STATUSES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe

_parse_status_details = RealtimeResponseStatusDetails._parse
_parse_usage = RealtimeResponseUsage._parse
_parse_audio = RealtimeResponseAudio._parse
_parse_item = RealtimeConversationItem._parse

__all__ = ["RealtimeResponse"]


@model
class RealtimeResponse(Model):
    """The Realtime API's response object, GA shape (``openai.types.realtime.RealtimeResponse``).

    Every field is ``UNSET`` when its key was absent, ``None`` when it was ``null``; unknown keys
    are kept in :attr:`extra`, in the order they came. ``output`` holds the item kinds of
    :mod:`realtime_models.ga.items`; ``status_details`` and ``usage`` are the same classes as in
    the beta models.
    """

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.response`` (strict mode checks it)."""
    status: Maybe[str] = UNSET
    """``completed``, ``cancelled``, ``failed``, ``incomplete``, or ``in_progress`` while it runs."""
    status_details: Maybe[RealtimeResponseStatusDetails] = UNSET
    """Why the response ended as it did; ``null`` while it runs."""
    output: Maybe[List[RealtimeConversationItem]] = UNSET
    """The items the response produced, each of its own kind."""
    metadata: Maybe[Dict[str, str]] = UNSET
    """Up to 16 string pairs (keys up to 64 characters, values up to 512: strict mode checks)."""
    audio: Maybe[RealtimeResponseAudio] = UNSET
    """The audio output's format and voice."""
    usage: Maybe[RealtimeResponseUsage] = UNSET
    """Token usage; ``null`` in ``response.created``."""
    conversation_id: Maybe[str] = UNSET
    """The conversation the response joins; ``null`` for an out-of-band response."""
    output_modalities: Maybe[List[str]] = UNSET
    """``["audio"]`` or ``["text"]``."""
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    """An integer from 1 to 4096, or ``"inf"`` (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The order the server sends (OpenAI's GA examples and captures), not the spec's.
    _wire = (
        "object",
        "id",
        "status",
        "status_details",
        "output",
        "conversation_id",
        "output_modalities",
        "max_output_tokens",
        "audio",
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
        "output_modalities": each_one_of(_OUTPUT_MODALITIES),
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
        output_modalities_ = self.output_modalities
        if output_modalities_ is not UNSET:
            d["output_modalities"] = None if output_modalities_ is None else output_modalities_[:]
        v = self.max_output_tokens
        if v is not UNSET:
            d["max_output_tokens"] = v
        audio_ = self.audio
        if audio_ is not UNSET:
            d["audio"] = None if audio_ is None else audio_._dump()
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
                    output_modalities,
                    max_output_tokens,
                    audio,
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
                output_modalities = d.get("output_modalities", UNSET)
                max_output_tokens = d.get("max_output_tokens", UNSET)
                audio = d.get("audio", UNSET)
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
            if output_modalities is not UNSET and output_modalities is not None:
                output_modalities = as_str_list(output_modalities, "output_modalities", errs)
            response.output_modalities = output_modalities
            if (
                type(max_output_tokens) is not str
                and (type(max_output_tokens) is not int or not INT_MIN < max_output_tokens < INT_LIMIT)
                and max_output_tokens is not UNSET
            ):
                max_output_tokens = as_int_or_str(max_output_tokens, "max_output_tokens", errs)
            response.max_output_tokens = max_output_tokens
            if audio is not UNSET and audio is not None:
                try:
                    audio = _parse_audio(RealtimeResponseAudio, audio, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("audio",), e.errors))
                    audio = UNSET
            response.audio = audio
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


_KEYS = RealtimeResponse._known
_ORDERS = RealtimeResponse._orders
_SHAPE = RealtimeResponse._shapes[0]
