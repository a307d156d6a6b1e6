"""The hot events of a stream, in both protocols: a piece of a content part's text, audio or
transcript (``ResponseContentDelta``, the shape each protocol names for its delta types) and a
piece of a function call's arguments. A response's deltas outnumber every other event, so each
is read by its own straight-line parse: the keys the server sends are compared one by one and
their values read by position, and any other input is read key by key."""

from __future__ import annotations

from .._core.checks import (
    INT_LIMIT,
    INT_MIN,
    as_int,
    as_object,
    as_str,
    check_kind,
    check_required,
    check_strict,
    unreadable,
)
from .._core.model import KIND_OF, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.readers import audio_bytes
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError
from .server_events import ServerEvent

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Type, TypeVar

    from .._core.checks import Errors
    from .._core.unset import Maybe

    _ArgumentsDelta = TypeVar(
        "_ArgumentsDelta", bound="ResponseFunctionCallArgumentsDeltaEvent"
    )  # a shape and the event classes that share it
    _Delta = TypeVar("_Delta", bound="ResponseContentDelta")

__all__ = ["ResponseAudioDelta", "ResponseContentDelta", "ResponseFunctionCallArgumentsDeltaEvent"]


def _parse_arguments_delta(
    cls: Type[_ArgumentsDelta],
    d: Dict[str, Any],
    strict: bool,
    kind: Optional[str] = None,
    _type: Any = type,
    _str: Any = str,
    _int: Any = int,
) -> _ArgumentsDelta:
    """The parse of :class:`ResponseFunctionCallArgumentsDeltaEvent` and the events built on it.
    ``kind`` is what ``type`` must say (``None``: not checked, as when a dispatcher found the
    class by its kind); ``d`` a dict. ``_type``, ``_str`` and ``_int`` are the builtins as local
    names, for the test of the common case (see :func:`_parse_content_delta`)."""
    try:
        e = new_model(cls)
        size = len(d)
        order: Any = UNSEEN  # until the keys are found in a shape the server sends
        keys: Any = None
        if size == 7:
            k0, k1, k2, k3, k4, k5, k6 = d
            if (
                k0 == "event_id"
                and k1 == "type"
                and k2 == "response_id"
                and k3 == "item_id"
                and k4 == "output_index"
                and k5 == "call_id"
                and k6 == "delta"
            ):  # a shape the server sends: its values, read by position
                event_id, type_, response_id, item_id, output_index, call_id, delta = d.values()
                obfuscation = ABSENT
                order = None
            else:  # other keys, or another order: the tuple the slow path looks up
                keys = (k0, k1, k2, k3, k4, k5, k6)
        elif size == 8:
            k0, k1, k2, k3, k4, k5, k6, k7 = d
            if (
                k0 == "event_id"
                and k1 == "type"
                and k2 == "response_id"
                and k3 == "item_id"
                and k4 == "output_index"
                and k5 == "call_id"
                and k6 == "delta"
                and k7 == "obfuscation"
            ):
                event_id, type_, response_id, item_id, output_index, call_id, delta, obfuscation = d.values()
                order = None
            else:
                keys = (k0, k1, k2, k3, k4, k5, k6, k7)
        if order is UNSEEN:
            if keys is None:
                keys = tuple(d)
            event_id = d.get("event_id", UNSET)
            type_ = d.get("type", UNSET)
            response_id = d.get("response_id", UNSET)
            item_id = d.get("item_id", UNSET)
            output_index = d.get("output_index", UNSET)
            call_id = d.get("call_id", UNSET)
            delta = d.get("delta", UNSET)
            obfuscation = d.get("obfuscation", UNSET)
            order = _ORDERS_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT.get(keys, UNSEEN)
        e.event_id = event_id
        e.type = type_
        e.response_id = response_id
        e.item_id = item_id
        e.output_index = output_index
        e.call_id = call_id
        e.delta = delta
        e.obfuscation = obfuscation
        if (
            order is not UNSEEN
            and not strict
            and _type(event_id) is _str
            and _type(type_) is _str
            and (kind is None or type_ == kind)
            and _type(response_id) is _str
            and _type(item_id) is _str
            and _type(output_index) is _int
            and INT_MIN < output_index < INT_LIMIT
            and _type(call_id) is _str
            and _type(delta) is _str
            and (obfuscation is UNSET or _type(obfuscation) is _str)
        ):  # the common case: known keys, each value of its exact type, as it came
            e.extra = {}
            e._order = order
            return e
        errs: Errors = []  # some value is not of its exact type, the keys are new, or strict mode
        if type(event_id) is not str and event_id is not UNSET:
            e.event_id = as_str(event_id, "event_id", errs)
        if type(type_) is not str and type_ is not UNSET:
            e.type = as_str(type_, "type", errs)
        if type(response_id) is not str and response_id is not UNSET:
            e.response_id = as_str(response_id, "response_id", errs)
        if type(item_id) is not str and item_id is not UNSET:
            e.item_id = as_str(item_id, "item_id", errs)
        if (type(output_index) is not int or not INT_MIN < output_index < INT_LIMIT) and output_index is not UNSET:
            e.output_index = as_int(output_index, "output_index", errs)
        if type(call_id) is not str and call_id is not UNSET:
            e.call_id = as_str(call_id, "call_id", errs)
        if type(delta) is not str and delta is not UNSET:
            e.delta = as_str(delta, "delta", errs)
        if type(obfuscation) is not str and obfuscation is not UNSET:
            e.obfuscation = as_str(obfuscation, "obfuscation", errs)
        if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseFunctionCallArgumentsDeltaEvent, strict, errs)
        if strict:
            check_strict(e, ResponseFunctionCallArgumentsDeltaEvent._rules, errs)
            check_required(d, cls._required, errs)
        if kind is not None and e.type != kind:  # another kind: refused in both modes
            check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


@model
class ResponseFunctionCallArgumentsDeltaEvent(ServerEvent):
    """A piece of a function call's arguments."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    call_id: Maybe[str] = UNSET
    delta: Maybe[str] = UNSET
    obfuscation: Maybe[str] = UNSET
    """Random padding the live server adds to text deltas, so that a delta's length does not
    show on the wire."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (
        ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta"),
        ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta", "obfuscation"),
    )
    _kind = "response.function_call_arguments.delta"
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.event_id
        if v is not UNSET:
            d["event_id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.response_id
        if v is not UNSET:
            d["response_id"] = v
        v = self.item_id
        if v is not UNSET:
            d["item_id"] = v
        v = self.output_index
        if v is not UNSET:
            d["output_index"] = v
        v = self.call_id
        if v is not UNSET:
            d["call_id"] = v
        v = self.delta
        if v is not UNSET:
            d["delta"] = v
        v = self.obfuscation
        if v is not UNSET:
            d["obfuscation"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_ARGUMENTS_DELTA)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls: Type[_ArgumentsDelta], data: Any, strict: bool = False) -> _ArgumentsDelta:
        """Parse a ``ResponseFunctionCallArgumentsDeltaEvent``, or an event built on it: see ``Model.from_dict``."""
        return _parse_arguments_delta(cls, data if type(data) is dict else as_object(data), strict, KIND_OF.get(cls))

    _routed = _parse_arguments_delta


def _parse_content_delta(
    cls: Type[_Delta],
    d: Dict[str, Any],
    strict: bool,
    kind: Optional[str] = None,
    _type: Any = type,
    _str: Any = str,
    _int: Any = int,
) -> _Delta:
    """The parse of :class:`ResponseContentDelta` and the events built on it. ``kind`` is what ``type``
    must say (``None``: not checked, as when a dispatcher found the class by its kind). ``d`` is a
    dict: a dispatcher found the kind in it, and ``from_dict`` makes any other mapping one.

    ``_type``, ``_str`` and ``_int`` are the builtins as local names: the test of the common case
    reads them 16 times, and a local costs less than a builtin (200 of the 12,000 instructions
    of a delta parsed through its union, CPython 3.11).

    The keys are unpacked into locals and compared one by one with the server's, where the
    response's parsers compare their tuple: a delta is parsed 3% to 7% faster so on CPython 3.11
    (0% to 3% on 3.13, 2% to 3% slower on 3.8), with no tuple built. Seven or eight keys in
    another order make the tuple from those locals, so the slow path does not read them again."""
    try:
        e = new_model(cls)
        size = len(d)
        order: Any = UNSEEN  # until the keys are found in a shape the server sends
        keys: Any = None
        if size == 7:
            k0, k1, k2, k3, k4, k5, k6 = d
            if (
                k0 == "event_id"
                and k1 == "type"
                and k2 == "response_id"
                and k3 == "item_id"
                and k4 == "output_index"
                and k5 == "content_index"
                and k6 == "delta"
            ):  # a shape the server sends: its values, read by position
                event_id, type_, response_id, item_id, output_index, content_index, delta = d.values()
                obfuscation = ABSENT
                order = None
            else:  # other keys, or another order: the tuple the slow path looks up
                keys = (k0, k1, k2, k3, k4, k5, k6)
        elif size == 8:
            k0, k1, k2, k3, k4, k5, k6, k7 = d
            if (
                k0 == "event_id"
                and k1 == "type"
                and k2 == "response_id"
                and k3 == "item_id"
                and k4 == "output_index"
                and k5 == "content_index"
                and k6 == "delta"
                and k7 == "obfuscation"
            ):
                event_id, type_, response_id, item_id, output_index, content_index, delta, obfuscation = d.values()
                order = None
            else:
                keys = (k0, k1, k2, k3, k4, k5, k6, k7)
        if order is UNSEEN:
            if keys is None:
                keys = tuple(d)
            event_id = d.get("event_id", UNSET)
            type_ = d.get("type", UNSET)
            response_id = d.get("response_id", UNSET)
            item_id = d.get("item_id", UNSET)
            output_index = d.get("output_index", UNSET)
            content_index = d.get("content_index", UNSET)
            delta = d.get("delta", UNSET)
            obfuscation = d.get("obfuscation", UNSET)
            order = _ORDERS_RESPONSE_CONTENT_DELTA.get(keys, UNSEEN)
        e.event_id = event_id
        e.type = type_
        e.response_id = response_id
        e.item_id = item_id
        e.output_index = output_index
        e.content_index = content_index
        e.delta = delta
        e.obfuscation = obfuscation
        if (
            order is not UNSEEN
            and not strict
            and _type(event_id) is _str
            and _type(type_) is _str
            and (kind is None or type_ == kind)
            and _type(response_id) is _str
            and _type(item_id) is _str
            and _type(output_index) is _int
            and INT_MIN < output_index < INT_LIMIT
            and _type(content_index) is _int
            and INT_MIN < content_index < INT_LIMIT
            and _type(delta) is _str
            and (obfuscation is UNSET or _type(obfuscation) is _str)
        ):  # the common case: known keys, each value of its exact type, as it came
            e.extra = {}
            e._order = order
            return e
        errs: Errors = []  # some value is not of its exact type, the keys are new, or strict mode
        if type(event_id) is not str and event_id is not UNSET:
            e.event_id = as_str(event_id, "event_id", errs)
        if type(type_) is not str and type_ is not UNSET:
            e.type = as_str(type_, "type", errs)
        if type(response_id) is not str and response_id is not UNSET:
            e.response_id = as_str(response_id, "response_id", errs)
        if type(item_id) is not str and item_id is not UNSET:
            e.item_id = as_str(item_id, "item_id", errs)
        if (type(output_index) is not int or not INT_MIN < output_index < INT_LIMIT) and output_index is not UNSET:
            e.output_index = as_int(output_index, "output_index", errs)
        if (type(content_index) is not int or not INT_MIN < content_index < INT_LIMIT) and content_index is not UNSET:
            e.content_index = as_int(content_index, "content_index", errs)
        if type(delta) is not str and delta is not UNSET:
            e.delta = as_str(delta, "delta", errs)
        if type(obfuscation) is not str and obfuscation is not UNSET:
            e.obfuscation = as_str(obfuscation, "obfuscation", errs)
        if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
            e.extra = {}
            e._order = order
        else:
            e.extra, e._order = key_order(d, ResponseContentDelta, strict, errs)
        if strict:
            check_strict(e, ResponseContentDelta._rules, errs)
            check_required(d, cls._required, errs)
        if kind is not None and e.type != kind:  # another kind: refused in both modes
            check_kind(e, kind, errs)
        if errs:
            raise ValidationError(errs)
        return e
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


@model
class ResponseContentDelta(ServerEvent):
    """A piece of a content part's text, audio or transcript (the delta events of both protocols)."""

    event_id: Maybe[str] = UNSET
    """The server's id of this event."""
    type: Maybe[str] = UNSET
    response_id: Maybe[str] = UNSET
    item_id: Maybe[str] = UNSET
    output_index: Maybe[int] = UNSET
    content_index: Maybe[int] = UNSET
    delta: Maybe[str] = UNSET
    obfuscation: Maybe[str] = UNSET
    """Random padding the live server adds to text deltas, so that a delta's length does not
    show on the wire."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (
        ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta"),
        ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta", "obfuscation"),
    )
    _required = ("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.event_id
        if v is not UNSET:
            d["event_id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.response_id
        if v is not UNSET:
            d["response_id"] = v
        v = self.item_id
        if v is not UNSET:
            d["item_id"] = v
        v = self.output_index
        if v is not UNSET:
            d["output_index"] = v
        v = self.content_index
        if v is not UNSET:
            d["content_index"] = v
        v = self.delta
        if v is not UNSET:
            d["delta"] = v
        v = self.obfuscation
        if v is not UNSET:
            d["obfuscation"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_CONTENT_DELTA)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls: Type[_Delta], data: Any, strict: bool = False) -> _Delta:
        """Parse a ``ResponseContentDelta``, or an event built on it: see ``Model.from_dict``."""
        return _parse_content_delta(cls, data if type(data) is dict else as_object(data), strict, KIND_OF.get(cls))

    _routed = _parse_content_delta


class ResponseAudioDelta(ResponseContentDelta):
    """The shape of the audio delta events: a piece of a part's audio, base64-encoded."""

    __slots__ = ()

    def audio_bytes(self) -> bytes:
        """The piece of audio's bytes, decoded from its base64 ``delta``; ``ValidationError``
        when that is not base64 text."""
        return audio_bytes(self.delta, ("delta",))


# Each class's key-order cache, read as a global: a class attribute costs more to read.
_ORDERS_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT = ResponseFunctionCallArgumentsDeltaEvent._orders
_KNOWN_ARGUMENTS_DELTA = ResponseFunctionCallArgumentsDeltaEvent._known
_ORDERS_RESPONSE_CONTENT_DELTA = ResponseContentDelta._orders
_KNOWN_CONTENT_DELTA = ResponseContentDelta._known
