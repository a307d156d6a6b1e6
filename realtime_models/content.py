"""RealtimeConversationItemContent: one content part of a message item."""

from __future__ import annotations

from ._model import Model, _new, field, model, put_extra, set_parser
from ._order import UNSEEN, key_order, without_missing
from ._unset import UNSET
from ._validation import Rule, as_object, as_str, check_strict, one_of, unreadable
from .errors import ValidationError
from .literals import _CONTENT_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, Tuple, Type

    from ._unset import Maybe
    from ._validation import Errors

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
            put_extra(d, self.extra, _KEYS)
        return d if order is None else without_missing(d)


_KEYS = RealtimeConversationItemContent._known
_ORDERS = RealtimeConversationItemContent._orders
_RULES: Tuple[Rule, ...] = (
    Rule("type", "string", False, one_of(_CONTENT_TYPES)),
    Rule("text", "string", False),
    Rule("audio", "string", False),
    Rule("transcript", "string", True),
    Rule("id", "string", False),
)


def _parse_content(
    cls: Type[RealtimeConversationItemContent], data: Any, strict: bool = False
) -> RealtimeConversationItemContent:
    """Parse a ``RealtimeConversationItemContent``: see :meth:`Model.from_dict`."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        part = _new(cls)
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
        order = _ORDERS.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            part.extra = {}
            part._order = order
        else:
            part.extra, part._order = key_order(d, RealtimeConversationItemContent, strict, errs)
        if strict:
            check_strict(part, _RULES, errs)
        if errs:
            raise ValidationError(errs)
        return part
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


set_parser(RealtimeConversationItemContent, _parse_content)
