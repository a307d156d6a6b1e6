"""RealtimeConversationItem: a message, a function call or a function call's output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Literal, Tuple

from ._model import Model, _new, guarded, slotted
from ._unset import UNSET, Maybe
from ._validation import (
    Errors,
    Rule,
    as_object,
    as_str,
    check_strict,
    child_list,
    constant,
    copy_json,
    one_of,
    unknown_keys,
)
from .content import RealtimeConversationItemContent, _parse_content
from .errors import ValidationError
from .literals import _ITEM_ROLES, _ITEM_STATUSES, _ITEM_TYPES, ItemRole, ItemStatus, ItemType

__all__ = ["RealtimeConversationItem"]


@slotted
@dataclass(repr=False)
class RealtimeConversationItem(Model):
    """An item of a conversation, in the beta API's flat shape: one object for every kind.

    ``type`` says which fields apply: ``message`` items have ``role`` and ``content``;
    ``function_call`` items ``call_id``, ``name`` and ``arguments``; ``function_call_output``
    items ``call_id`` and ``output``. Every field is ``UNSET`` when absent, ``None`` when ``null``;
    unknown keys are kept in :attr:`extra`.
    """

    id: Maybe[str] = UNSET
    type: Maybe[ItemType] = UNSET
    """``message``, ``function_call`` or ``function_call_output``."""
    object: Maybe[Literal["realtime.item"]] = UNSET
    """Always ``realtime.item`` (strict mode checks it)."""
    status: Maybe[ItemStatus] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    role: Maybe[ItemRole] = UNSET
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

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeConversationItem:
        """Parse an item; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_item, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """The item as a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.object
        if v is not UNSET:
            d["object"] = v
        v = self.status
        if v is not UNSET:
            d["status"] = v
        v = self.role
        if v is not UNSET:
            d["role"] = v
        c = self.content
        if c is not UNSET:
            d["content"] = None if c is None else [part.to_dict() for part in c]
        v = self.call_id
        if v is not UNSET:
            d["call_id"] = v
        v = self.name
        if v is not UNSET:
            d["name"] = v
        v = self.arguments
        if v is not UNSET:
            d["arguments"] = v
        v = self.output
        if v is not UNSET:
            d["output"] = v
        if self.extra:
            d.update(copy_json(self.extra))
        return d


RealtimeConversationItem._children = {"content": (RealtimeConversationItemContent, True)}

_KEYS = RealtimeConversationItem._known
_RULES: Tuple[Rule, ...] = (
    ("id", "string", False, None),
    ("type", "string", False, one_of(_ITEM_TYPES)),
    ("object", "string", False, constant("realtime.item")),
    ("status", "string", False, one_of(_ITEM_STATUSES)),
    ("role", "string", False, one_of(_ITEM_ROLES)),
    ("content", "array", False, None),
    ("call_id", "string", False, None),
    ("name", "string", False, None),
    ("arguments", "string", False, None),
    ("output", "string", False, None),
)


def _parse_item(data: object, strict: bool) -> RealtimeConversationItem:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    item = _new(RealtimeConversationItem)
    id_ = d.get("id", UNSET)
    if type(id_) is not str and id_ is not UNSET:
        id_ = as_str(id_, "id", errs)
    item.id = id_
    type_ = d.get("type", UNSET)
    if type(type_) is not str and type_ is not UNSET:
        type_ = as_str(type_, "type", errs)
    item.type = type_
    object_ = d.get("object", UNSET)
    if type(object_) is not str and object_ is not UNSET:
        object_ = as_str(object_, "object", errs)
    item.object = object_
    status = d.get("status", UNSET)
    if type(status) is not str and status is not UNSET:
        status = as_str(status, "status", errs)
    item.status = status
    role = d.get("role", UNSET)
    if type(role) is not str and role is not UNSET:
        role = as_str(role, "role", errs)
    item.role = role
    content = d.get("content", UNSET)
    if content is not UNSET:
        content = child_list(_parse_content, content, "content", strict, errs)
    item.content = content
    call_id = d.get("call_id", UNSET)
    if type(call_id) is not str and call_id is not UNSET:
        call_id = as_str(call_id, "call_id", errs)
    item.call_id = call_id
    name = d.get("name", UNSET)
    if type(name) is not str and name is not UNSET:
        name = as_str(name, "name", errs)
    item.name = name
    arguments = d.get("arguments", UNSET)
    if type(arguments) is not str and arguments is not UNSET:
        arguments = as_str(arguments, "arguments", errs)
    item.arguments = arguments
    output = d.get("output", UNSET)
    if type(output) is not str and output is not UNSET:
        output = as_str(output, "output", errs)
    item.output = output
    extra = {} if _KEYS.issuperset(d) else unknown_keys(d, _KEYS, strict, errs)
    item.extra = extra
    if strict:
        check_strict(item, _RULES, errs)
    if errs:
        raise ValidationError(errs)
    return item
