"""RealtimeConversationItemContent: one content part of a message item."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Tuple

from ._model import Model, _new, guarded, slotted
from ._unset import UNSET, Maybe
from ._validation import Errors, Rule, as_object, as_str, check_strict, copy_json, one_of, unknown_keys
from .errors import ValidationError
from .literals import _CONTENT_TYPES, ContentType

__all__ = ["RealtimeConversationItemContent"]


@slotted
@dataclass(repr=False)
class RealtimeConversationItemContent(Model):
    """A content part: an item of a message's ``content``, and the ``part`` of
    ``response.content_part.added`` / ``.done`` events.

    Every field is ``UNSET`` when its key was absent and ``None`` when it was ``null``. Keys the
    model does not know are kept in :attr:`extra` and given back by :meth:`to_dict`.
    """

    type: Maybe[ContentType] = UNSET
    """``input_text``, ``input_audio``, ``item_reference``, ``text`` or ``audio``."""
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

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeConversationItemContent:
        """Parse a content part; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_content, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """The part as a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.text
        if v is not UNSET:
            d["text"] = v
        v = self.audio
        if v is not UNSET:
            d["audio"] = v
        v = self.transcript
        if v is not UNSET:
            d["transcript"] = v
        v = self.id
        if v is not UNSET:
            d["id"] = v
        if self.extra:
            d.update(copy_json(self.extra))
        return d


_KEYS = RealtimeConversationItemContent._known

_RULES: Tuple[Rule, ...] = (
    ("type", "string", False, one_of(_CONTENT_TYPES)),
    ("text", "string", False, None),
    ("audio", "string", False, None),
    ("transcript", "string", True, None),
    ("id", "string", False, None),
)


def _parse_content(data: object, strict: bool) -> RealtimeConversationItemContent:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    part = _new(RealtimeConversationItemContent)
    type_ = d.get("type", UNSET)
    if type(type_) is not str and type_ is not UNSET:
        type_ = as_str(type_, "type", errs)
    part.type = type_
    text = d.get("text", UNSET)
    if type(text) is not str and text is not UNSET:
        text = as_str(text, "text", errs)
    part.text = text
    audio = d.get("audio", UNSET)
    if type(audio) is not str and audio is not UNSET:
        audio = as_str(audio, "audio", errs)
    part.audio = audio
    transcript = d.get("transcript", UNSET)
    if type(transcript) is not str and transcript is not UNSET:
        transcript = as_str(transcript, "transcript", errs)
    part.transcript = transcript
    id_ = d.get("id", UNSET)
    if type(id_) is not str and id_ is not UNSET:
        id_ = as_str(id_, "id", errs)
    part.id = id_
    extra = {} if _KEYS.issuperset(d) else unknown_keys(d, _KEYS, strict, errs)
    part.extra = extra
    if strict:
        check_strict(part, _RULES, errs)
    if errs:
        raise ValidationError(errs)
    return part
