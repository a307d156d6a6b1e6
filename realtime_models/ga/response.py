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
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            response.object = x
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            response.id = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            response.status = x
            x = d.get("status_details", UNSET)
            if x is not UNSET and x is not None:
                try:
                    x = _parse_status_details(RealtimeResponseStatusDetails, x, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("status_details",), e.errors))
                    x = UNSET
            response.status_details = x
            x = d.get("output", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(_parse_item(RealtimeConversationItem, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItem, x, "output", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeConversationItem, x, "output", strict, errs)
            response.output = x
            x = d.get("conversation_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "conversation_id", errs)
            response.conversation_id = x
            x = d.get("output_modalities", UNSET)
            if x is not UNSET and x is not None:
                x = as_str_list(x, "output_modalities", errs)
            response.output_modalities = x
            x = d.get("max_output_tokens", UNSET)
            if type(x) is not str and (type(x) is not int or not INT_MIN < x < INT_LIMIT) and x is not UNSET:
                x = as_int_or_str(x, "max_output_tokens", errs)
            response.max_output_tokens = x
            x = d.get("audio", UNSET)
            if x is not UNSET and x is not None:
                try:
                    x = _parse_audio(RealtimeResponseAudio, x, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("audio",), e.errors))
                    x = UNSET
            response.audio = x
            x = d.get("usage", UNSET)
            if x is not UNSET and x is not None:
                try:
                    x = _parse_usage(RealtimeResponseUsage, x, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("usage",), e.errors))
                    x = UNSET
            response.usage = x
            x = d.get("metadata", UNSET)
            if x is not UNSET and x is not None:
                x = as_str_map(x, "metadata", errs)
            response.metadata = x
            order = _ORDERS.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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
