"""The content parts of GA messages: what a system, a user and an assistant message hold.

These are hot models (every message carries them): their converters read the shapes the server
sends by position, and any other shape key by key.
"""

from __future__ import annotations

from .._core.checks import (
    as_object,
    as_str,
    check_required,
    check_strict,
    one_of,
    unreadable,
)
from .._core.model import (
    Model,
    field,
    model,
    new_model,
    put_extra,
)
from .._core.order import UNSEEN, key_order, without_missing
from .._core.readers import audio_bytes
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError
from .literals import (
    _ASSISTANT_CONTENT_TYPES,
    _IMAGE_DETAILS,
    _SYSTEM_CONTENT_TYPES,
    _USER_CONTENT_TYPES,
)

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe


__all__ = [
    "RealtimeConversationItemAssistantMessageContent",
    "RealtimeConversationItemSystemMessageContent",
    "RealtimeConversationItemUserMessageContent",
]


@model
class RealtimeConversationItemSystemMessageContent(Model):
    """A content part of a system message: text."""

    type: Maybe[str] = UNSET
    """``input_text``."""
    text: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("type", "text")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (_wire,)
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
            keys = tuple(d)
            if keys == _SHAPE_ITEM_SYSTEM_MESSAGE_CONTENT:  # a shape the server sends: its values, read by position
                type_, text = d.values()
                if (
                    not strict and type(type_) is str and type(text) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.text = text
                    o.extra = {}
                    o._order = None
                    return o
                order = None
            else:
                type_ = d.get("type", UNSET)
                text = d.get("text", UNSET)
                order = _ORDERS_ITEM_SYSTEM_MESSAGE_CONTENT.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(text) is not str and text is not UNSET:
                text = as_str(text, "text", errs)
            o.text = text
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
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
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("type", "text"), ("type", "transcript"), ("type", "transcript", "audio"))
    _nullable = ("transcript",)  # the live server sends null until the transcription completes
    _checks = {"type": one_of(_USER_CONTENT_TYPES), "detail": one_of(_IMAGE_DETAILS)}
    _required = ()

    def audio_bytes(self) -> bytes:
        """The audio's bytes, decoded from its base64 ``audio``; ``ValidationError`` when that
        is not base64 text (or not there)."""
        return audio_bytes(self.audio)

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
            keys = tuple(d)
            if keys == _SHAPE_ITEM_USER_MESSAGE_CONTENT_1:  # a shape the server sends: its values, read by position
                type_, text = d.values()
                if (
                    not strict and type(type_) is str and type(text) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.text = text
                    o.transcript = o.audio = o.image_url = o.detail = UNSET
                    o.extra = {}
                    o._order = None
                    return o
                transcript = audio = image_url = detail = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_USER_MESSAGE_CONTENT_2:
                type_, transcript = d.values()
                if (
                    not strict and type(type_) is str and type(transcript) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.transcript = transcript
                    o.text = o.audio = o.image_url = o.detail = UNSET
                    o.extra = {}
                    o._order = None
                    return o
                text = audio = image_url = detail = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_USER_MESSAGE_CONTENT_3:
                type_, transcript, audio = d.values()
                if (
                    not strict and type(type_) is str and type(transcript) is str and type(audio) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.transcript = transcript
                    o.audio = audio
                    o.text = o.image_url = o.detail = UNSET
                    o.extra = {}
                    o._order = None
                    return o
                text = image_url = detail = ABSENT
                order = None
            else:
                type_ = d.get("type", UNSET)
                text = d.get("text", UNSET)
                transcript = d.get("transcript", UNSET)
                audio = d.get("audio", UNSET)
                image_url = d.get("image_url", UNSET)
                detail = d.get("detail", UNSET)
                order = _ORDERS_ITEM_USER_MESSAGE_CONTENT.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(text) is not str and text is not UNSET:
                text = as_str(text, "text", errs)
            o.text = text
            if type(transcript) is not str and transcript is not UNSET:
                transcript = as_str(transcript, "transcript", errs)
            o.transcript = transcript
            if type(audio) is not str and audio is not UNSET:
                audio = as_str(audio, "audio", errs)
            o.audio = audio
            if type(image_url) is not str and image_url is not UNSET:
                image_url = as_str(image_url, "image_url", errs)
            o.image_url = image_url
            if type(detail) is not str and detail is not UNSET:
                detail = as_str(detail, "detail", errs)
            o.detail = detail
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
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
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("type", "transcript"), ("type", "text"), ("type", "transcript", "audio"))
    _checks = {"type": one_of(_ASSISTANT_CONTENT_TYPES)}
    _required = ()

    def audio_bytes(self) -> bytes:
        """The audio's bytes, decoded from its base64 ``audio``; ``ValidationError`` when that
        is not base64 text (or not there)."""
        return audio_bytes(self.audio)

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
            keys = tuple(d)
            if (
                keys == _SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_1
            ):  # a shape the server sends: its values, read by position
                type_, transcript = d.values()
                text = audio = format_ = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_2:
                type_, text = d.values()
                if (
                    not strict and type(type_) is str and type(text) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.text = text
                    o.transcript = o.audio = o.format = UNSET
                    o.extra = {}
                    o._order = None
                    return o
                transcript = audio = format_ = ABSENT
                order = None
            elif keys == _SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_3:
                type_, transcript, audio = d.values()
                if (
                    not strict and type(type_) is str and type(transcript) is str and type(audio) is str
                ):  # each value of its exact type: built as it came
                    o = new_model(cls)
                    o.type = type_
                    o.transcript = transcript
                    o.audio = audio
                    o.text = o.format = UNSET
                    o.extra = {}
                    o._order = None
                    return o
                text = format_ = ABSENT
                order = None
            else:
                type_ = d.get("type", UNSET)
                text = d.get("text", UNSET)
                transcript = d.get("transcript", UNSET)
                audio = d.get("audio", UNSET)
                format_ = d.get("format", UNSET)
                order = _ORDERS_ITEM_ASSISTANT_MESSAGE_CONTENT.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            o = new_model(cls)
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            o.type = type_
            if type(text) is not str and text is not UNSET:
                text = as_str(text, "text", errs)
            o.text = text
            if type(transcript) is not str and transcript is not UNSET:
                transcript = as_str(transcript, "transcript", errs)
            o.transcript = transcript
            if type(audio) is not str and audio is not UNSET:
                audio = as_str(audio, "audio", errs)
            o.audio = audio
            if type(format_) is not str and format_ is not UNSET:
                format_ = as_str(format_, "format", errs)
            o.format = format_
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
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


# Each class's key-order cache and shapes, read as globals: a class attribute costs more to read.
_KNOWN_REALTIMECONVERSATIONITEMSYSTEMMESSAGECONTENT = RealtimeConversationItemSystemMessageContent._known
_KNOWN_REALTIMECONVERSATIONITEMUSERMESSAGECONTENT = RealtimeConversationItemUserMessageContent._known
_KNOWN_REALTIMECONVERSATIONITEMASSISTANTMESSAGECONTENT = RealtimeConversationItemAssistantMessageContent._known
_ORDERS_ITEM_SYSTEM_MESSAGE_CONTENT = RealtimeConversationItemSystemMessageContent._orders
_SHAPE_ITEM_SYSTEM_MESSAGE_CONTENT = RealtimeConversationItemSystemMessageContent._shapes[0]
_ORDERS_ITEM_USER_MESSAGE_CONTENT = RealtimeConversationItemUserMessageContent._orders
_SHAPE_ITEM_USER_MESSAGE_CONTENT_1 = RealtimeConversationItemUserMessageContent._shapes[0]
_SHAPE_ITEM_USER_MESSAGE_CONTENT_2 = RealtimeConversationItemUserMessageContent._shapes[1]
_SHAPE_ITEM_USER_MESSAGE_CONTENT_3 = RealtimeConversationItemUserMessageContent._shapes[2]
_ORDERS_ITEM_ASSISTANT_MESSAGE_CONTENT = RealtimeConversationItemAssistantMessageContent._orders
_SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_1 = RealtimeConversationItemAssistantMessageContent._shapes[0]
_SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_2 = RealtimeConversationItemAssistantMessageContent._shapes[1]
_SHAPE_ITEM_ASSISTANT_MESSAGE_CONTENT_3 = RealtimeConversationItemAssistantMessageContent._shapes[2]
