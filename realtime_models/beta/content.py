"""The content part of a beta message: one flat object for every kind of part.

A hot model (every message carries it): its converter reads the shapes the server sends by
position, and any other shape key by key.
"""

from __future__ import annotations

from .._core.checks import (
    as_object,
    as_str,
    check_strict,
    one_of,
    unreadable,
)
from .._core.model import Model, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.readers import audio_bytes
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError
from .literals import _CONTENT_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = ["RealtimeConversationItemContent"]


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
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("type", "text"), ("type", "transcript"), ("type", "transcript", "audio"))

    _nullable = ("transcript",)
    _checks = {"type": one_of(_CONTENT_TYPES)}

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
            keys = tuple(d)
            if keys == _CONTENT_SHAPE_1:  # a shape the server sends: its values, read by position
                type_, text = d.values()
                if (
                    not strict and type(type_) is str and type(text) is str
                ):  # each value of its exact type: built as it came
                    part = new_model(cls)
                    part.type = type_
                    part.text = text
                    part.transcript = part.audio = part.id = UNSET
                    part.extra = {}
                    part._order = None
                    return part
                transcript = audio = id_ = ABSENT
                order = None
            elif keys == _CONTENT_SHAPE_2:
                type_, transcript = d.values()
                if (
                    not strict and type(type_) is str and type(transcript) is str
                ):  # each value of its exact type: built as it came
                    part = new_model(cls)
                    part.type = type_
                    part.transcript = transcript
                    part.text = part.audio = part.id = UNSET
                    part.extra = {}
                    part._order = None
                    return part
                text = audio = id_ = ABSENT
                order = None
            elif keys == _CONTENT_SHAPE_3:
                type_, transcript, audio = d.values()
                if (
                    not strict and type(type_) is str and type(transcript) is str and type(audio) is str
                ):  # each value of its exact type: built as it came
                    part = new_model(cls)
                    part.type = type_
                    part.transcript = transcript
                    part.audio = audio
                    part.text = part.id = UNSET
                    part.extra = {}
                    part._order = None
                    return part
                text = id_ = ABSENT
                order = None
            else:
                type_ = d.get("type", UNSET)
                text = d.get("text", UNSET)
                transcript = d.get("transcript", UNSET)
                audio = d.get("audio", UNSET)
                id_ = d.get("id", UNSET)
                order = _CONTENT_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            part = new_model(cls)
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            part.type = type_
            if type(text) is not str and text is not UNSET:
                text = as_str(text, "text", errs)
            part.text = text
            if type(transcript) is not str and transcript is not UNSET:
                transcript = as_str(transcript, "transcript", errs)
            part.transcript = transcript
            if type(audio) is not str and audio is not UNSET:
                audio = as_str(audio, "audio", errs)
            part.audio = audio
            if type(id_) is not str and id_ is not UNSET:
                id_ = as_str(id_, "id", errs)
            part.id = id_
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
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
_CONTENT_SHAPE_1 = RealtimeConversationItemContent._shapes[0]
_CONTENT_SHAPE_2 = RealtimeConversationItemContent._shapes[1]
_CONTENT_SHAPE_3 = RealtimeConversationItemContent._shapes[2]
