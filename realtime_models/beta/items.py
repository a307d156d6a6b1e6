"""The beta conversation item: one flat object for every kind (a message, a function call or its
output), holding the content parts of :mod:`.content`."""

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
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError
from .content import RealtimeConversationItemContent
from .literals import _ITEM_ROLES, _ITEM_STATUSES, _ITEM_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = ["RealtimeConversationItem"]


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
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (
        ("id", "object", "type", "status", "role", "content"),
        ("id", "object", "type", "status", "name", "call_id", "arguments"),
        ("id", "object", "type", "status", "call_id", "output"),
    )

    _object = "realtime.item"
    _checks = {
        "type": one_of(_ITEM_TYPES),
        "status": one_of(_ITEM_STATUSES),
        "role": one_of(_ITEM_ROLES),
    }

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        id_ = self.id
        object_ = self.object
        type_ = self.type
        status = self.status
        role = self.role
        content_ = self.content
        name = self.name
        call_id = self.call_id
        arguments = self.arguments
        output = self.output
        extra = self.extra
        if (
            order is None
            and not extra
            and id_ is not UNSET
            and object_ is not UNSET
            and type_ is not UNSET
            and status is not UNSET
        ):  # the server's shapes, each written by one display: no key inserted one by one
            if role is not UNSET:
                if (
                    type(content_) is list
                    and name is UNSET
                    and call_id is UNSET
                    and arguments is UNSET
                    and output is UNSET
                ):
                    parts = []
                    for part in content_:
                        parts.append(part._dump())
                    return {
                        "id": id_,
                        "object": object_,
                        "type": type_,
                        "status": status,
                        "role": role,
                        "content": parts,
                    }
            elif content_ is UNSET and call_id is not UNSET:
                if name is not UNSET:
                    if arguments is not UNSET and output is UNSET:
                        return {
                            "id": id_,
                            "object": object_,
                            "type": type_,
                            "status": status,
                            "name": name,
                            "call_id": call_id,
                            "arguments": arguments,
                        }
                elif arguments is UNSET and output is not UNSET:
                    return {
                        "id": id_,
                        "object": object_,
                        "type": type_,
                        "status": status,
                        "call_id": call_id,
                        "output": output,
                    }
        d: Dict[str, Any] = {} if order is None else order.copy()
        if id_ is not UNSET:
            d["id"] = id_
        if object_ is not UNSET:
            d["object"] = object_
        if type_ is not UNSET:
            d["type"] = type_
        if status is not UNSET:
            d["status"] = status
        if role is not UNSET:
            d["role"] = role
        if content_:
            items = []
            for item in content_:
                items.append(item._dump())
            d["content"] = items
        elif content_ is not UNSET:
            d["content"] = None if content_ is None else content_[:]
        if name is not UNSET:
            d["name"] = name
        if call_id is not UNSET:
            d["call_id"] = call_id
        if arguments is not UNSET:
            d["arguments"] = arguments
        if output is not UNSET:
            d["output"] = output
        if extra:
            put_extra(d, extra, _KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItem:
        """Parse a ``RealtimeConversationItem``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_1:  # a shape the server sends: its values, read by position
                id_, object_, type_, status, role, content = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(object_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(role) is str
                    and type(content) is list
                ):  # each value of its exact type: built as it came
                    try:
                        parts = []
                        for entry in content:
                            parts.append(_parse_content(RealtimeConversationItemContent, entry, False))
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        item = new_model(cls)
                        item.id = id_
                        item.object = object_
                        item.type = type_
                        item.status = status
                        item.role = role
                        item.content = parts
                        item.name = item.call_id = item.arguments = item.output = UNSET
                        item.extra = {}
                        item._order = None
                        return item
                name = call_id = arguments = output = ABSENT
                order = None
            elif keys == _SHAPE_2:
                id_, object_, type_, status, name, call_id, arguments = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(object_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(name) is str
                    and type(call_id) is str
                    and type(arguments) is str
                ):  # each value of its exact type: built as it came
                    item = new_model(cls)
                    item.id = id_
                    item.object = object_
                    item.type = type_
                    item.status = status
                    item.name = name
                    item.call_id = call_id
                    item.arguments = arguments
                    item.role = item.content = item.output = UNSET
                    item.extra = {}
                    item._order = None
                    return item
                role = content = output = ABSENT
                order = None
            elif keys == _SHAPE_3:
                id_, object_, type_, status, call_id, output = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(object_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(call_id) is str
                    and type(output) is str
                ):  # each value of its exact type: built as it came
                    item = new_model(cls)
                    item.id = id_
                    item.object = object_
                    item.type = type_
                    item.status = status
                    item.call_id = call_id
                    item.output = output
                    item.role = item.content = item.name = item.arguments = UNSET
                    item.extra = {}
                    item._order = None
                    return item
                role = content = name = arguments = ABSENT
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                role = d.get("role", UNSET)
                content = d.get("content", UNSET)
                name = d.get("name", UNSET)
                call_id = d.get("call_id", UNSET)
                arguments = d.get("arguments", UNSET)
                output = d.get("output", UNSET)
                order = _ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            item = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            item.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            item.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            item.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            item.status = status
            if type(role) is not str and role is not UNSET:
                role = as_str(role, "role", errs)
            item.role = role
            if type(content) is list:
                items = []
                try:
                    for entry in content:
                        items.append(_parse_content(RealtimeConversationItemContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemContent, content, "content", strict, errs)
                content = items
            elif content is not UNSET and content is not None:
                content = child_list(RealtimeConversationItemContent, content, "content", strict, errs)
            item.content = content
            if type(name) is not str and name is not UNSET:
                name = as_str(name, "name", errs)
            item.name = name
            if type(call_id) is not str and call_id is not UNSET:
                call_id = as_str(call_id, "call_id", errs)
            item.call_id = call_id
            if type(arguments) is not str and arguments is not UNSET:
                arguments = as_str(arguments, "arguments", errs)
            item.arguments = arguments
            if type(output) is not str and output is not UNSET:
                output = as_str(output, "output", errs)
            item.output = output
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
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
_SHAPE_1 = RealtimeConversationItem._shapes[0]
_SHAPE_2 = RealtimeConversationItem._shapes[1]
_SHAPE_3 = RealtimeConversationItem._shapes[2]

_parse_content = RealtimeConversationItemContent._parse
