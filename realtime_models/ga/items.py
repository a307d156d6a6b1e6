"""The GA conversation items: nine kinds told apart by ``type`` (and ``role`` for messages), and
their content parts from :mod:`.content`. The four MCP kinds live with the rest of MCP, in :mod:`.mcp`.

``RealtimeConversationItem.from_dict`` returns the kind a payload names, with one dict lookup;
each kind's own ``from_dict`` parses that kind alone. A kind this version does not know becomes
an :class:`UnknownConversationItem` in lenient mode, which keeps every key; strict mode refuses it.
These are hot models (every response carries them): their converters are written out field by
field, like the beta ones.
"""

from __future__ import annotations

from .._core.checks import (
    as_object,
    as_str,
    check_kind,
    check_required,
    check_strict,
    child_list,
    is_sub,
    one_of,
    unreadable,
)
from .._core.model import (
    ROUTES,
    Model,
    field,
    kind_table,
    model,
    new_model,
    put_extra,
    unknown_kind,
)
from .._core.order import UNSEEN, key_order, without_missing
from .._core.readers import get_json
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError
from .content import (
    RealtimeConversationItemAssistantMessageContent,
    RealtimeConversationItemSystemMessageContent,
    RealtimeConversationItemUserMessageContent,
)
from .literals import (
    _ITEM_ROLES,
    _ITEM_STATUSES,
    _ITEM_TYPES,
)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, List, Tuple, Type, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe


__all__ = [
    "ConversationItem",
    "RealtimeConversationItem",
    "RealtimeConversationItemAssistantMessage",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemUserMessage",
    "UnknownConversationItem",
]


class RealtimeConversationItem(Model):
    """The base of the nine GA item kinds (and of :class:`UnknownConversationItem`).

    ``RealtimeConversationItem.from_dict(d)`` returns the kind ``d`` names: by ``type``, and by
    ``role`` for messages. ``isinstance(item, RealtimeConversationItemFunctionCall)`` (or
    ``match``) then tells them apart.
    """

    __slots__ = ()
    _kind: ClassVar[Union[str, Tuple[str, str]]]
    _kinds: ClassVar[Dict[Any, Type[RealtimeConversationItem]]]
    if TYPE_CHECKING:  # every kind has them, the unknown one too: generic code can read them
        id: Maybe[str]
        type: Maybe[Any]

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItem:
        """Parse the item kind a payload names: see :class:`RealtimeConversationItem`."""
        try:
            d = data if type(data) is dict else as_object(data)
            kind = d.get("type")
            if type(kind) is not str and is_sub(kind, str):  # an enum member, say: its plain string
                kind = str.__str__(kind)
            if kind == "message":
                role = d.get("role")
                if type(role) is not str and is_sub(role, str):
                    role = str.__str__(role)
                found = _KINDS.get(("message", role)) if type(role) is str else None
                if found is None and strict:
                    raise ValidationError([unknown_kind("role", role, _ITEM_ROLES)])
            else:
                found = _KINDS.get(kind) if type(kind) is str else None
                if found is None and strict:
                    raise ValidationError([unknown_kind("type", kind, _ITEM_TYPES)])
            if found is not None:
                return ROUTES[found](found, d, strict)  # type: ignore[no-any-return]
            return _parse_unknown(UnknownConversationItem, d, False)  # type: ignore[no-any-return]
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemSystemMessage(RealtimeConversationItem):
    """A system message: instructions in text."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.item``."""
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    role: Maybe[str] = UNSET
    content: Maybe[List[RealtimeConversationItemSystemMessageContent]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = ("message", "system")
    _wire = ("id", "object", "type", "status", "role", "content")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("id", "type", "status", "role", "content"), _wire)
    _object = "realtime.item"
    _checks = {"status": one_of(_ITEM_STATUSES)}
    _required = ("type", "role", "content")

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
        if self.extra:
            put_extra(d, self.extra, _KNOWN_ITEM_SYSTEM_MESSAGE)
        return d if order is None else without_missing(d)

    # The three message kinds each keep a parse of their own, though they differ only in the role
    # and the content class: one parse shared by the three took 3.7% more instructions on a
    # 12-item GA response (CPython 3.11), its attribute stores specialized for one class at a time.
    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemSystemMessage:
        """Parse a ``RealtimeConversationItemSystemMessage``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_ITEM_SYSTEM_MESSAGE_1:  # a shape the server sends: its values, read by position
                id_, type_, status, role, content = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(role) is str
                    and type(content) is list
                    and type_ == "message"
                    and role == "system"
                ):  # each value of its exact type: built as it came
                    try:
                        parts = []
                        for entry in content:
                            parts.append(
                                _parse_system_content(RealtimeConversationItemSystemMessageContent, entry, False)
                            )
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        o = new_model(cls)
                        o.id = id_
                        o.type = type_
                        o.status = status
                        o.role = role
                        o.content = parts
                        o.object = UNSET
                        o.extra = {}
                        o._order = None
                        return o
                object_ = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_SYSTEM_MESSAGE_2:
                id_, object_, type_, status, role, content = d.values()
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                role = d.get("role", UNSET)
                content = d.get("content", UNSET)
                order = _ORDERS_ITEM_SYSTEM_MESSAGE.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            o.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            o.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            o.status = status
            if type(role) is not str and role is not UNSET:
                role = as_str(role, "role", errs)
            o.role = role
            if type(content) is list:
                items = []
                try:
                    for entry in content:
                        items.append(_parse_system_content(RealtimeConversationItemSystemMessageContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemSystemMessageContent, content, "content", strict, errs)
                content = items
            elif content is not UNSET and content is not None:
                content = child_list(RealtimeConversationItemSystemMessageContent, content, "content", strict, errs)
            o.content = content
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemSystemMessage, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemSystemMessage._rules, errs)
                check_required(d, RealtimeConversationItemSystemMessage._required, errs)
            if o.type != "message" or o.role != "system":  # another kind: refused in both modes
                check_kind(o, ("message", "system"), errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemUserMessage(RealtimeConversationItem):
    """A user message: text, audio or images."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.item``."""
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    role: Maybe[str] = UNSET
    content: Maybe[List[RealtimeConversationItemUserMessageContent]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = ("message", "user")
    _wire = ("id", "object", "type", "status", "role", "content")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("id", "type", "status", "role", "content"), _wire)
    _object = "realtime.item"
    _checks = {"status": one_of(_ITEM_STATUSES)}
    _required = ("type", "role", "content")

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
        if self.extra:
            put_extra(d, self.extra, _KNOWN_ITEM_USER_MESSAGE)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemUserMessage:
        """Parse a ``RealtimeConversationItemUserMessage``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_ITEM_USER_MESSAGE_1:  # a shape the server sends: its values, read by position
                id_, type_, status, role, content = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(role) is str
                    and type(content) is list
                    and type_ == "message"
                    and role == "user"
                ):  # each value of its exact type: built as it came
                    try:
                        parts = []
                        for entry in content:
                            parts.append(_parse_user_content(RealtimeConversationItemUserMessageContent, entry, False))
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        o = new_model(cls)
                        o.id = id_
                        o.type = type_
                        o.status = status
                        o.role = role
                        o.content = parts
                        o.object = UNSET
                        o.extra = {}
                        o._order = None
                        return o
                object_ = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_USER_MESSAGE_2:
                id_, object_, type_, status, role, content = d.values()
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                role = d.get("role", UNSET)
                content = d.get("content", UNSET)
                order = _ORDERS_ITEM_USER_MESSAGE.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            o.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            o.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            o.status = status
            if type(role) is not str and role is not UNSET:
                role = as_str(role, "role", errs)
            o.role = role
            if type(content) is list:
                items = []
                try:
                    for entry in content:
                        items.append(_parse_user_content(RealtimeConversationItemUserMessageContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemUserMessageContent, content, "content", strict, errs)
                content = items
            elif content is not UNSET and content is not None:
                content = child_list(RealtimeConversationItemUserMessageContent, content, "content", strict, errs)
            o.content = content
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemUserMessage, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemUserMessage._rules, errs)
                check_required(d, RealtimeConversationItemUserMessage._required, errs)
            if o.type != "message" or o.role != "user":  # another kind: refused in both modes
                check_kind(o, ("message", "user"), errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemAssistantMessage(RealtimeConversationItem):
    """An assistant message: text, or audio and its transcript."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.item``."""
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    role: Maybe[str] = UNSET
    content: Maybe[List[RealtimeConversationItemAssistantMessageContent]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = ("message", "assistant")
    _wire = ("id", "object", "type", "status", "role", "content")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("id", "type", "status", "role", "content"), _wire)
    _object = "realtime.item"
    _checks = {"status": one_of(_ITEM_STATUSES)}
    _required = ("type", "role", "content")

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
        if self.extra:
            put_extra(d, self.extra, _KNOWN_ITEM_ASSISTANT_MESSAGE)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemAssistantMessage:
        """Parse a ``RealtimeConversationItemAssistantMessage``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_ITEM_ASSISTANT_MESSAGE_1:  # a shape the server sends: its values, read by position
                id_, type_, status, role, content = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(role) is str
                    and type(content) is list
                    and type_ == "message"
                    and role == "assistant"
                ):  # each value of its exact type: built as it came
                    try:
                        parts = []
                        for entry in content:
                            parts.append(
                                _parse_assistant_content(RealtimeConversationItemAssistantMessageContent, entry, False)
                            )
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        o = new_model(cls)
                        o.id = id_
                        o.type = type_
                        o.status = status
                        o.role = role
                        o.content = parts
                        o.object = UNSET
                        o.extra = {}
                        o._order = None
                        return o
                object_ = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_ASSISTANT_MESSAGE_2:
                id_, object_, type_, status, role, content = d.values()
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                role = d.get("role", UNSET)
                content = d.get("content", UNSET)
                order = _ORDERS_ITEM_ASSISTANT_MESSAGE.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            o.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            o.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            o.status = status
            if type(role) is not str and role is not UNSET:
                role = as_str(role, "role", errs)
            o.role = role
            if type(content) is list:
                items = []
                try:
                    for entry in content:
                        items.append(
                            _parse_assistant_content(RealtimeConversationItemAssistantMessageContent, entry, strict)
                        )
                except ValidationError:
                    items = child_list(
                        RealtimeConversationItemAssistantMessageContent, content, "content", strict, errs
                    )
                content = items
            elif content is not UNSET and content is not None:
                content = child_list(RealtimeConversationItemAssistantMessageContent, content, "content", strict, errs)
            o.content = content
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemAssistantMessage, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemAssistantMessage._rules, errs)
                check_required(d, RealtimeConversationItemAssistantMessage._required, errs)
            if o.type != "message" or o.role != "assistant":  # another kind: refused in both modes
                check_kind(o, ("message", "assistant"), errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemFunctionCall(RealtimeConversationItem):
    """A call of one of the session's functions, with its arguments as JSON text."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.item``."""
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    name: Maybe[str] = UNSET
    call_id: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    """The arguments as JSON text, kept as text."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "function_call"
    _wire = ("id", "object", "type", "status", "name", "call_id", "arguments")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (_wire, ("id", "type", "status", "name", "call_id", "arguments"))
    _object = "realtime.item"
    _checks = {"status": one_of(_ITEM_STATUSES)}
    _required = ("type", "name", "arguments")

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
        v = self.name
        if v is not UNSET:
            d["name"] = v
        v = self.call_id
        if v is not UNSET:
            d["call_id"] = v
        v = self.arguments
        if v is not UNSET:
            d["arguments"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMECONVERSATIONITEMFUNCTIONCALL)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemFunctionCall:
        """Parse a ``RealtimeConversationItemFunctionCall``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_ITEM_FUNCTION_CALL_1:  # a shape the server sends: its values, read by position
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
                    and type_ == "function_call"
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.id = id_
                    o.object = object_
                    o.type = type_
                    o.status = status
                    o.name = name
                    o.call_id = call_id
                    o.arguments = arguments
                    o.extra = {}
                    o._order = None
                    return o
                order = None
            elif keys == _SHAPE_ITEM_FUNCTION_CALL_2:
                id_, type_, status, name, call_id, arguments = d.values()
                object_ = ABSENT
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                name = d.get("name", UNSET)
                call_id = d.get("call_id", UNSET)
                arguments = d.get("arguments", UNSET)
                order = _ORDERS_ITEM_FUNCTION_CALL.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            o.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            o.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            o.status = status
            if type(name) is not str and name is not UNSET:
                name = as_str(name, "name", errs)
            o.name = name
            if type(call_id) is not str and call_id is not UNSET:
                call_id = as_str(call_id, "call_id", errs)
            o.call_id = call_id
            if type(arguments) is not str and arguments is not UNSET:
                arguments = as_str(arguments, "arguments", errs)
            o.arguments = arguments
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemFunctionCall, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemFunctionCall._rules, errs)
            if strict:
                check_required(d, RealtimeConversationItemFunctionCall._required, errs)
            if o.type != "function_call":  # another kind: refused in both modes
                check_kind(o, "function_call", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemFunctionCallOutput(RealtimeConversationItem):
    """What a function call returned, as text."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """Always ``realtime.item``."""
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    """``completed``, ``incomplete`` or ``in_progress``."""
    call_id: Maybe[str] = UNSET
    output: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "function_call_output"
    _wire = ("id", "object", "type", "status", "call_id", "output")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (_wire, ("id", "type", "status", "call_id", "output"))
    _object = "realtime.item"
    _checks = {"status": one_of(_ITEM_STATUSES)}
    _required = ("type", "call_id", "output")

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
        v = self.call_id
        if v is not UNSET:
            d["call_id"] = v
        v = self.output
        if v is not UNSET:
            d["output"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMECONVERSATIONITEMFUNCTIONCALLOUTPUT)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemFunctionCallOutput:
        """Parse a ``RealtimeConversationItemFunctionCallOutput``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _SHAPE_ITEM_FUNCTION_CALL_OUTPUT_1:  # a shape the server sends: its values, read by position
                id_, object_, type_, status, call_id, output = d.values()
                if (
                    not strict
                    and type(id_) is str
                    and type(object_) is str
                    and type(type_) is str
                    and type(status) is str
                    and type(call_id) is str
                    and type(output) is str
                    and type_ == "function_call_output"
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.id = id_
                    o.object = object_
                    o.type = type_
                    o.status = status
                    o.call_id = call_id
                    o.output = output
                    o.extra = {}
                    o._order = None
                    return o
                order = None
            elif keys == _SHAPE_ITEM_FUNCTION_CALL_OUTPUT_2:
                id_, type_, status, call_id, output = d.values()
                object_ = ABSENT
                order = None
            else:
                id_ = d.get("id", UNSET)
                object_ = d.get("object", UNSET)
                type_ = d.get("type", UNSET)
                status = d.get("status", UNSET)
                call_id = d.get("call_id", UNSET)
                output = d.get("output", UNSET)
                order = _ORDERS_ITEM_FUNCTION_CALL_OUTPUT.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            o.id = id_
            if type(object_) is not str and object_ is not UNSET:
                object_ = as_str(object_, "object", errs)
            o.object = object_
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(status) is not str and status is not UNSET:
                status = as_str(status, "status", errs)
            o.status = status
            if type(call_id) is not str and call_id is not UNSET:
                call_id = as_str(call_id, "call_id", errs)
            o.call_id = call_id
            if type(output) is not str and output is not UNSET:
                output = as_str(output, "output", errs)
            o.output = output
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemFunctionCallOutput, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemFunctionCallOutput._rules, errs)
            if strict:
                check_required(d, RealtimeConversationItemFunctionCallOutput._required, errs)
            if o.type != "function_call_output":  # another kind: refused in both modes
                check_kind(o, "function_call_output", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_KNOWN_REALTIMECONVERSATIONITEMFUNCTIONCALL = RealtimeConversationItemFunctionCall._known
_KNOWN_REALTIMECONVERSATIONITEMFUNCTIONCALLOUTPUT = RealtimeConversationItemFunctionCallOutput._known


@model
class UnknownConversationItem(RealtimeConversationItem):
    """An item of a kind this version does not know (lenient mode only): a new ``type``, a
    message with a new ``role``, or no ``type`` at all. ``id`` and ``type`` are kept as they came,
    every other key in :attr:`extra`; ``to_dict`` gives it all back unchanged."""

    id: Maybe[Any] = UNSET
    """As it came: any JSON value (a kind of item this version does not know)."""
    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``id`` and ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_json(d, "id", errs)
        self.type = get_json(d, "type", errs)


# The MCP kinds join this table from the mcp module, which the namespace always loads.
RealtimeConversationItem._kinds = _KINDS = kind_table(
    RealtimeConversationItemSystemMessage,
    RealtimeConversationItemUserMessage,
    RealtimeConversationItemAssistantMessage,
    RealtimeConversationItemFunctionCall,
    RealtimeConversationItemFunctionCallOutput,
)
_ROLES = ("system", "user", "assistant")

_parse_unknown = UnknownConversationItem._parse

# Each class's key-order cache, read as a global: a class attribute costs more to read.
_ORDERS_ITEM_FUNCTION_CALL = RealtimeConversationItemFunctionCall._orders
_SHAPE_ITEM_FUNCTION_CALL_1 = RealtimeConversationItemFunctionCall._shapes[0]
_SHAPE_ITEM_FUNCTION_CALL_2 = RealtimeConversationItemFunctionCall._shapes[1]
_ORDERS_ITEM_FUNCTION_CALL_OUTPUT = RealtimeConversationItemFunctionCallOutput._orders
_SHAPE_ITEM_FUNCTION_CALL_OUTPUT_1 = RealtimeConversationItemFunctionCallOutput._shapes[0]
_SHAPE_ITEM_FUNCTION_CALL_OUTPUT_2 = RealtimeConversationItemFunctionCallOutput._shapes[1]
_ORDERS_ITEM_SYSTEM_MESSAGE = RealtimeConversationItemSystemMessage._orders
_SHAPE_ITEM_SYSTEM_MESSAGE_1 = RealtimeConversationItemSystemMessage._shapes[0]
_SHAPE_ITEM_SYSTEM_MESSAGE_2 = RealtimeConversationItemSystemMessage._shapes[1]
_ORDERS_ITEM_USER_MESSAGE = RealtimeConversationItemUserMessage._orders
_SHAPE_ITEM_USER_MESSAGE_1 = RealtimeConversationItemUserMessage._shapes[0]
_SHAPE_ITEM_USER_MESSAGE_2 = RealtimeConversationItemUserMessage._shapes[1]
_ORDERS_ITEM_ASSISTANT_MESSAGE = RealtimeConversationItemAssistantMessage._orders
_SHAPE_ITEM_ASSISTANT_MESSAGE_1 = RealtimeConversationItemAssistantMessage._shapes[0]
_SHAPE_ITEM_ASSISTANT_MESSAGE_2 = RealtimeConversationItemAssistantMessage._shapes[1]
_KNOWN_ITEM_SYSTEM_MESSAGE = RealtimeConversationItemSystemMessage._known
_KNOWN_ITEM_USER_MESSAGE = RealtimeConversationItemUserMessage._known
_KNOWN_ITEM_ASSISTANT_MESSAGE = RealtimeConversationItemAssistantMessage._known
_parse_system_content = RealtimeConversationItemSystemMessageContent._parse
_parse_user_content = RealtimeConversationItemUserMessageContent._parse
_parse_assistant_content = RealtimeConversationItemAssistantMessageContent._parse

ConversationItem = RealtimeConversationItem
"""The SDK's GA name of the item union (``openai.types.realtime.ConversationItem``)."""
