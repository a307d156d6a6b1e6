"""The GA conversation items: nine kinds told apart by ``type`` (and ``role`` for messages), and
the content parts of messages. The four MCP kinds live with the rest of MCP, in :mod:`.mcp`.

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
    PARSERS,
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
from .._core.unset import UNSET
from ..errors import ValidationError
from .literals import (
    _ASSISTANT_CONTENT_TYPES,
    _IMAGE_DETAILS,
    _ITEM_ROLES,
    _ITEM_STATUSES,
    _ITEM_TYPES,
    _SYSTEM_CONTENT_TYPES,
    _USER_CONTENT_TYPES,
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
    "RealtimeConversationItemAssistantMessageContent",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemSystemMessageContent",
    "RealtimeConversationItemUserMessage",
    "RealtimeConversationItemUserMessageContent",
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
                return PARSERS[found](found, d, strict)  # type: ignore[no-any-return]
            return _parse_unknown(UnknownConversationItem, d, False)  # type: ignore[no-any-return]
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemSystemMessageContent(Model):
    """A content part of a system message: text."""

    type: Maybe[str] = UNSET
    """``input_text``."""
    text: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("type", "text")
    _checks = {"type": one_of(_SYSTEM_CONTENT_TYPES)}
    _required = ()

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.text
        if v is not UNSET:
            d["text"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMECONVERSATIONITEMSYSTEMMESSAGECONTENT)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemSystemMessageContent:
        """Parse a ``RealtimeConversationItemSystemMessageContent``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("text", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "text", errs)
            o.text = x
            order = _ORDERS_ITEM_SYSTEM_MESSAGE_CONTENT.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemSystemMessageContent, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemSystemMessageContent._rules, errs)
            if strict:
                check_required(d, RealtimeConversationItemSystemMessageContent._required, errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemUserMessageContent(Model):
    """A content part of a user message: text, audio or an image."""

    type: Maybe[str] = UNSET
    """``input_text``, ``input_audio`` or ``input_image``."""
    text: Maybe[str] = UNSET
    transcript: Maybe[str] = UNSET
    """The transcript of the audio (not sent to the model); ``None`` until it is transcribed."""
    audio: Maybe[str] = UNSET
    """Base64-encoded audio (``input_audio``)."""
    image_url: Maybe[str] = UNSET
    """A data URI of a PNG or JPEG image (``input_image``)."""
    detail: Maybe[str] = UNSET
    """``auto``, ``low`` or ``high`` (``input_image``)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("type", "text", "transcript", "audio", "image_url", "detail")
    _nullable = ("transcript",)  # the live server sends null until the transcription completes
    _checks = {"type": one_of(_USER_CONTENT_TYPES), "detail": one_of(_IMAGE_DETAILS)}
    _required = ()

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
        v = self.image_url
        if v is not UNSET:
            d["image_url"] = v
        v = self.detail
        if v is not UNSET:
            d["detail"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMECONVERSATIONITEMUSERMESSAGECONTENT)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemUserMessageContent:
        """Parse a ``RealtimeConversationItemUserMessageContent``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("text", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "text", errs)
            o.text = x
            x = d.get("transcript", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "transcript", errs)
            o.transcript = x
            x = d.get("audio", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "audio", errs)
            o.audio = x
            x = d.get("image_url", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "image_url", errs)
            o.image_url = x
            x = d.get("detail", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "detail", errs)
            o.detail = x
            order = _ORDERS_ITEM_USER_MESSAGE_CONTENT.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemUserMessageContent, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemUserMessageContent._rules, errs)
            if strict:
                check_required(d, RealtimeConversationItemUserMessageContent._required, errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeConversationItemAssistantMessageContent(Model):
    """A content part of an assistant message: text, or audio with its transcript."""

    type: Maybe[str] = UNSET
    """``output_text`` or ``output_audio`` (OpenAI's own examples also send ``text`` and ``audio``)."""
    text: Maybe[str] = UNSET
    transcript: Maybe[str] = UNSET
    audio: Maybe[str] = UNSET
    """Base64-encoded audio; ``response.done`` and ``conversation.item.done`` leave it out."""
    format: Maybe[str] = UNSET
    """The audio format, as OpenAI's GA ``conversation.item.retrieved`` example sends it.
    The schema has no such key; strict mode accepts it because that example needs it."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("type", "text", "transcript", "audio", "format")
    _checks = {"type": one_of(_ASSISTANT_CONTENT_TYPES)}
    _required = ()

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
        v = self.format
        if v is not UNSET:
            d["format"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMECONVERSATIONITEMASSISTANTMESSAGECONTENT)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemAssistantMessageContent:
        """Parse a ``RealtimeConversationItemAssistantMessageContent``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("text", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "text", errs)
            o.text = x
            x = d.get("transcript", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "transcript", errs)
            o.transcript = x
            x = d.get("audio", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "audio", errs)
            o.audio = x
            x = d.get("format", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "format", errs)
            o.format = x
            order = _ORDERS_ITEM_ASSISTANT_MESSAGE_CONTENT.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeConversationItemAssistantMessageContent, strict, errs)
            if strict:
                check_strict(o, RealtimeConversationItemAssistantMessageContent._rules, errs)
            if strict:
                check_required(d, RealtimeConversationItemAssistantMessageContent._required, errs)
            if errs:
                raise ValidationError(errs)
            return o
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

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeConversationItemSystemMessage:
        """Parse a ``RealtimeConversationItemSystemMessage``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            o.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            o.status = x
            x = d.get("role", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "role", errs)
            o.role = x
            x = d.get("content", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(_parse_system_content(RealtimeConversationItemSystemMessageContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemSystemMessageContent, x, "content", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeConversationItemSystemMessageContent, x, "content", strict, errs)
            o.content = x
            order = _ORDERS_ITEM_SYSTEM_MESSAGE.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            o.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            o.status = x
            x = d.get("role", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "role", errs)
            o.role = x
            x = d.get("content", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(_parse_user_content(RealtimeConversationItemUserMessageContent, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeConversationItemUserMessageContent, x, "content", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeConversationItemUserMessageContent, x, "content", strict, errs)
            o.content = x
            order = _ORDERS_ITEM_USER_MESSAGE.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            o.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            o.status = x
            x = d.get("role", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "role", errs)
            o.role = x
            x = d.get("content", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(
                            _parse_assistant_content(RealtimeConversationItemAssistantMessageContent, entry, strict)
                        )
                except ValidationError:
                    items = child_list(RealtimeConversationItemAssistantMessageContent, x, "content", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeConversationItemAssistantMessageContent, x, "content", strict, errs)
            o.content = x
            order = _ORDERS_ITEM_ASSISTANT_MESSAGE.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            o.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            o.status = x
            x = d.get("name", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "name", errs)
            o.name = x
            x = d.get("call_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "call_id", errs)
            o.call_id = x
            x = d.get("arguments", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "arguments", errs)
            o.arguments = x
            order = _ORDERS_ITEM_FUNCTION_CALL.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("object", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "object", errs)
            o.object = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("status", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "status", errs)
            o.status = x
            x = d.get("call_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "call_id", errs)
            o.call_id = x
            x = d.get("output", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "output", errs)
            o.output = x
            order = _ORDERS_ITEM_FUNCTION_CALL_OUTPUT.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
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


_KNOWN_REALTIMECONVERSATIONITEMSYSTEMMESSAGECONTENT = RealtimeConversationItemSystemMessageContent._known
_KNOWN_REALTIMECONVERSATIONITEMUSERMESSAGECONTENT = RealtimeConversationItemUserMessageContent._known
_KNOWN_REALTIMECONVERSATIONITEMASSISTANTMESSAGECONTENT = RealtimeConversationItemAssistantMessageContent._known
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
_ORDERS_ITEM_SYSTEM_MESSAGE_CONTENT = RealtimeConversationItemSystemMessageContent._orders
_ORDERS_ITEM_USER_MESSAGE_CONTENT = RealtimeConversationItemUserMessageContent._orders
_ORDERS_ITEM_ASSISTANT_MESSAGE_CONTENT = RealtimeConversationItemAssistantMessageContent._orders
_ORDERS_ITEM_FUNCTION_CALL = RealtimeConversationItemFunctionCall._orders
_ORDERS_ITEM_FUNCTION_CALL_OUTPUT = RealtimeConversationItemFunctionCallOutput._orders
_ORDERS_ITEM_SYSTEM_MESSAGE = RealtimeConversationItemSystemMessage._orders
_ORDERS_ITEM_USER_MESSAGE = RealtimeConversationItemUserMessage._orders
_ORDERS_ITEM_ASSISTANT_MESSAGE = RealtimeConversationItemAssistantMessage._orders
_KNOWN_ITEM_SYSTEM_MESSAGE = RealtimeConversationItemSystemMessage._known
_KNOWN_ITEM_USER_MESSAGE = RealtimeConversationItemUserMessage._known
_KNOWN_ITEM_ASSISTANT_MESSAGE = RealtimeConversationItemAssistantMessage._known
_parse_system_content = RealtimeConversationItemSystemMessageContent._parse
_parse_user_content = RealtimeConversationItemUserMessageContent._parse
_parse_assistant_content = RealtimeConversationItemAssistantMessageContent._parse

ConversationItem = RealtimeConversationItem
"""The SDK's GA name of the item union (``openai.types.realtime.ConversationItem``)."""
