"""RealtimeResponseStatusDetails: why a response ended as it did, and its error object."""

from __future__ import annotations

from .._core.checks import as_object, as_str, check_strict, one_of, prefixed, unreadable
from .._core.model import Model, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.unset import ABSENT, UNSET
from ..errors import ValidationError

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = ["DETAILS_REASONS", "DETAILS_TYPES", "RealtimeResponseStatusDetails", "RealtimeResponseStatusDetailsError"]

# Spec order: error messages list the values in this order. Both protocols send the same values;
# each namespace's literals module exports them as its own.
DETAILS_TYPES = ("completed", "cancelled", "failed", "incomplete")
DETAILS_REASONS = ("turn_detected", "client_cancelled", "max_output_tokens", "content_filter")


@model
class RealtimeResponseStatusDetailsError(Model):
    """The ``error`` of a failed response's status details."""

    type: Maybe[str] = UNSET
    """The type of error."""
    code: Maybe[str] = UNSET
    """The error code, if any."""
    message: Maybe[str] = UNSET
    """A human-readable message (known to the SDK, not to the older specs)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.code
        if v is not UNSET:
            d["code"] = v
        v = self.message
        if v is not UNSET:
            d["message"] = v
        if self.extra:
            put_extra(d, self.extra, _ERROR_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseStatusDetailsError:
        """Parse a ``RealtimeResponseStatusDetailsError``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            error = new_model(cls)
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            error.type = x
            x = d.get("code", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "code", errs)
            error.code = x
            x = d.get("message", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "message", errs)
            error.message = x
            order = _ERROR_ORDERS.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                error.extra = {}
                error._order = order
            else:
                error.extra, error._order = key_order(d, RealtimeResponseStatusDetailsError, strict, errs)
            if strict:
                check_strict(error, RealtimeResponseStatusDetailsError._rules, errs)
            if errs:
                raise ValidationError(errs)
            return error
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeResponseStatusDetails(Model):
    """Additional details about a response's status (``null`` while it is in progress)."""

    type: Maybe[str] = UNSET
    """``completed``, ``cancelled``, ``failed`` or ``incomplete``: mirrors the response status."""
    reason: Maybe[str] = UNSET
    """``turn_detected`` or ``client_cancelled`` when cancelled; ``max_output_tokens`` or
    ``content_filter`` when incomplete."""
    error: Maybe[RealtimeResponseStatusDetailsError] = UNSET
    """What made a ``failed`` response fail."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("type",), ("type", "reason"), ("type", "error"))
    _checks = {"type": one_of(DETAILS_TYPES), "reason": one_of(DETAILS_REASONS)}

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.reason
        if v is not UNSET:
            d["reason"] = v
        error_ = self.error
        if error_ is not UNSET:
            d["error"] = None if error_ is None else error_._dump()
        if self.extra:
            put_extra(d, self.extra, _DETAILS_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseStatusDetails:
        """Parse a ``RealtimeResponseStatusDetails``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _DETAILS_SHAPE_1:  # a shape the server sends: its values, read by position
                (type_,) = d.values()
                if not strict and type(type_) is str:  # each value of its exact type: built as it came
                    details = new_model(cls)
                    details.type = type_
                    details.reason = details.error = UNSET
                    details.extra = {}
                    details._order = None
                    return details
                reason = error = ABSENT
                order = None
            elif keys == _DETAILS_SHAPE_2:
                type_, reason = d.values()
                if (
                    not strict and type(type_) is str and type(reason) is str
                ):  # each value of its exact type: built as it came
                    details = new_model(cls)
                    details.type = type_
                    details.reason = reason
                    details.error = UNSET
                    details.extra = {}
                    details._order = None
                    return details
                error = ABSENT
                order = None
            elif keys == _DETAILS_SHAPE_3:
                type_, error = d.values()
                reason = ABSENT
                order = None
            else:
                type_ = d.get("type", UNSET)
                reason = d.get("reason", UNSET)
                error = d.get("error", UNSET)
                order = _DETAILS_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            details = new_model(cls)
            if type(type_) is not str and type_ is not UNSET:
                type_ = as_str(type_, "type", errs)
            details.type = type_
            if type(reason) is not str and reason is not UNSET:
                reason = as_str(reason, "reason", errs)
            details.reason = reason
            if error is not UNSET and error is not None:
                try:
                    error = _parse_error(RealtimeResponseStatusDetailsError, error, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("error",), e.errors))
                    error = UNSET
            details.error = error
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                details.extra = {}
                details._order = order
            else:
                details.extra, details._order = key_order(d, RealtimeResponseStatusDetails, strict, errs)
            if strict:
                check_strict(details, RealtimeResponseStatusDetails._rules, errs)
            if errs:
                raise ValidationError(errs)
            return details
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_ERROR_KEYS = RealtimeResponseStatusDetailsError._known
_ERROR_ORDERS = RealtimeResponseStatusDetailsError._orders
_DETAILS_KEYS = RealtimeResponseStatusDetails._known
_DETAILS_ORDERS = RealtimeResponseStatusDetails._orders
_DETAILS_SHAPE_1 = RealtimeResponseStatusDetails._shapes[0]
_DETAILS_SHAPE_2 = RealtimeResponseStatusDetails._shapes[1]
_DETAILS_SHAPE_3 = RealtimeResponseStatusDetails._shapes[2]

_parse_error = RealtimeResponseStatusDetailsError._parse
