"""The beta conversation item: one flat object for every kind (a message, a function call or its
output), and its content parts."""

from __future__ import annotations

from .._core.checks import (
    as_object,
    as_str,
    check_strict,
    child_list,
    one_of,
    unreadable,
)
from .._core.model import Model, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.unset import UNSET
from ..errors import ValidationError
from .literals import _CONTENT_TYPES, _ITEM_ROLES, _ITEM_STATUSES, _ITEM_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = ["RealtimeConversationItem", "RealtimeConversationItemContent"]


@model
class RealtimeConversationItemContent(Model):
    """A content part: an item of a message's ``content``, and the ``part`` of
    ``response.content_part.added`` / ``.done`` events.

    Every field is ``UNSET`` when its key was absent and ``None`` when it was ``null``. Keys the
    model does not know are kept in :attr:`extra` and given back by :meth:`to_dict`.
    """

    type: Maybe[str] = UNSET
    """``input_text``, ``input_audio``, ``item_reference``, ``text`` or ``audio``
    (:data:`~realtime_models.CONTENT_TYPES`); lenient parsing keeps any other string."""
    text: Maybe[str] = UNSET
    """The text, for ``input_text`` and ``text`` parts."""
    audio: Maybe[str] = UNSET
    """Base64-encoded audio, for ``input_audio`` and ``audio`` parts."""
    transcript: Maybe[str] = UNSET
    """The transcript of the audio; ``null`` is allowed even in strict mode."""
    id: Maybe[str] = UNSET
    """For ``item_reference`` parts: the id of the referenced item."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values, in the order they came."""

    _wire = ("type", "text", "transcript", "audio", "id")

    _nullable = ("transcript",)
    _checks = {"type": one_of(_CONTENT_TYPES)}

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.text
        if v is not UNSET:
            d["text"] = v
        v = self.transcript
        if v is not UNSET:
            d["transcript"] = v
        v = self.audio
        if v is not UNSET:
            d["audio"] = v
        v = self.id
        if v is not UNSET:
            d["id"] = v
        if self.extra:
            put_extra(d, self.extra, _CONTENT_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemContent:
        """Parse a ``RealtimeConversationItemContent``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            part = new_model(cls)
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            part.type = x
            x = d.get("text", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "text", errs)
            part.text = x
            x = d.get("transcript", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "transcript", errs)
            part.transcript = x
            x = d.get("audio", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "audio", errs)
            part.audio = x
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            part.id = x
            order = _CONTENT_ORDERS.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                part.extra = {}
                part._order = order
            else:
                part.extra, part._order = key_order(d, RealtimeConversationItemContent, strict, errs)
            if strict:
                check_strict(part, RealtimeConversationItemContent._rules, errs)
            if errs:
                raise ValidationError(errs)
            return part
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_CONTENT_KEYS = RealtimeConversationItemContent._known
_CONTENT_ORDERS = RealtimeConversationItemContent._orders


@model
class RealtimeConversationItem(Model):
    """An item of a conversation, in the beta API's flat shape: one object for every kind.

    ``type`` says which fields apply: ``message`` items have ``role`` and ``content``;
    ``function_call`` items ``call_id``, ``name`` and ``arguments``; ``function_call_output``
    items ``call_id`` and ``output``. Every field is ``UNSET`` when absent, ``None`` when ``null``;
    unknown keys are kept in :attr:`extra`.
    """

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    """``message``, ``function_call`` or ``function_call_output`` (:data:`~realtime_models.ITEM_TYPES`)."""
    object: Maybe[str] = UNSET
    """Always ``realtime.item`` (strict mode checks it)."""
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    role: Maybe[str] = UNSET
    """``user``, ``assistant`` or ``system`` (message items)."""
    content: Maybe[List[RealtimeConversationItemContent]] = UNSET
    """The content parts (message items)."""
    call_id: Maybe[str] = UNSET
    """The function call's id (function_call and function_call_output items)."""
    name: Maybe[str] = UNSET
    """The function's name (function_call items)."""
    arguments: Maybe[str] = UNSET
    """The arguments as JSON text, kept as text (function_call items)."""
    output: Maybe[str] = UNSET
    """The function's output (function_call_output items)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The server's order: messages send id, object, type, status, role, content; function calls
    # name, call_id, arguments after status; function call outputs call_id, output.
    _wire = ("id", "object", "type", "status", "role", "content", "name", "call_id", "arguments", "output")

    _object = "realtime.item"
    _checks = {
        "type": one_of(_ITEM_TYPES),
        "status": one_of(_ITEM_STATUSES),
        "role": one_of(_ITEM_ROLES),
    }

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.object
        if v is not UNSET:
            d["object"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.status
        if v is not UNSET:
            d["status"] = v
        v = self.role
        if v is not UNSET:
            d["role"] = v
        content_ = self.content
        if content_:
            items = []
            for item in content_:
                items.append(item._dump())
            d["content"] = items
        elif content_ is not UNSET:
            d["content"] = None if content_ is None else content_[:]
        v = self.name
        if v is not UNSET:
            d["name"] = v
        v = self.call_id
        if v is not UNSET:
            d["call_id"] = v
        v = self.arguments
        if v is not UNSET:
            d["arguments"] = v
        v = self.output
        if v is not UNSET:
            d["output"] = v
        if self.extra:
            put_extra(d, self.extra, _KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItem:
        """Parse a ``RealtimeConversationItem``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            item = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            item.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            item.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            item.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            item.status = x
            x = d.get("role", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "role", errs)
            item.role = x
            x = d.get("content", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(_parse_content(RealtimeConversationItemContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemContent, x, "content", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeConversationItemContent, x, "content", strict, errs)
            item.content = x
            x = d.get("name", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "name", errs)
            item.name = x
            x = d.get("call_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "call_id", errs)
            item.call_id = x
            x = d.get("arguments", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "arguments", errs)
            item.arguments = x
            x = d.get("output", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "output", errs)
            item.output = x
            order = _ORDERS.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                item.extra = {}
                item._order = order
            else:
                item.extra, item._order = key_order(d, RealtimeConversationItem, strict, errs)
            if strict:
                check_strict(item, RealtimeConversationItem._rules, errs)
            if errs:
                raise ValidationError(errs)
            return item
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_KEYS = RealtimeConversationItem._known
_ORDERS = RealtimeConversationItem._orders

_parse_content = RealtimeConversationItemContent._parse
