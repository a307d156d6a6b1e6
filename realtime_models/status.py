"""RealtimeResponseStatusDetails: why a response ended as it did, and its error object."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Tuple

from ._model import Model, _new, guarded, slotted
from ._unset import UNSET, Maybe
from ._validation import Errors, Rule, as_object, as_str, check_strict, child, copy_json, one_of, unknown_keys
from .errors import ValidationError
from .literals import _STATUS_DETAILS_REASONS, _STATUS_DETAILS_TYPES, StatusDetailsReason, StatusDetailsType

__all__ = ["RealtimeResponseStatusDetails", "RealtimeResponseStatusDetailsError"]


@slotted
@dataclass(repr=False)
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

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseStatusDetailsError:
        """Parse the error object; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_error, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """The error as a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
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
            d.update(copy_json(self.extra))
        return d


@slotted
@dataclass(repr=False)
class RealtimeResponseStatusDetails(Model):
    """Additional details about a response's status (``null`` while it is in progress)."""

    type: Maybe[StatusDetailsType] = UNSET
    """``completed``, ``cancelled``, ``failed`` or ``incomplete``: mirrors the response status."""
    reason: Maybe[StatusDetailsReason] = UNSET
    """``turn_detected`` or ``client_cancelled`` when cancelled; ``max_output_tokens`` or
    ``content_filter`` when incomplete."""
    error: Maybe[RealtimeResponseStatusDetailsError] = UNSET
    """What made a ``failed`` response fail."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseStatusDetails:
        """Parse status details; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_status_details, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """The status details as a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.reason
        if v is not UNSET:
            d["reason"] = v
        e = self.error
        if e is not UNSET:
            d["error"] = None if e is None else e.to_dict()
        if self.extra:
            d.update(copy_json(self.extra))
        return d


RealtimeResponseStatusDetails._children = {"error": (RealtimeResponseStatusDetailsError, False)}

_ERROR_KEYS = RealtimeResponseStatusDetailsError._known
_ERROR_RULES: Tuple[Rule, ...] = (
    ("type", "string", False, None),
    ("code", "string", False, None),
    ("message", "string", False, None),
)
_DETAILS_KEYS = RealtimeResponseStatusDetails._known
_DETAILS_RULES: Tuple[Rule, ...] = (
    ("type", "string", False, one_of(_STATUS_DETAILS_TYPES)),
    ("reason", "string", False, one_of(_STATUS_DETAILS_REASONS)),
    ("error", "object", False, None),
)


def _parse_error(data: object, strict: bool) -> RealtimeResponseStatusDetailsError:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    error = _new(RealtimeResponseStatusDetailsError)
    type_ = d.get("type", UNSET)
    if type(type_) is not str and type_ is not UNSET:
        type_ = as_str(type_, "type", errs)
    error.type = type_
    code = d.get("code", UNSET)
    if type(code) is not str and code is not UNSET:
        code = as_str(code, "code", errs)
    error.code = code
    message = d.get("message", UNSET)
    if type(message) is not str and message is not UNSET:
        message = as_str(message, "message", errs)
    error.message = message
    extra = {} if _ERROR_KEYS.issuperset(d) else unknown_keys(d, _ERROR_KEYS, strict, errs)
    error.extra = extra
    if strict:
        check_strict(error, _ERROR_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return error


def _parse_status_details(data: object, strict: bool) -> RealtimeResponseStatusDetails:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    details = _new(RealtimeResponseStatusDetails)
    type_ = d.get("type", UNSET)
    if type(type_) is not str and type_ is not UNSET:
        type_ = as_str(type_, "type", errs)
    details.type = type_
    reason = d.get("reason", UNSET)
    if type(reason) is not str and reason is not UNSET:
        reason = as_str(reason, "reason", errs)
    details.reason = reason
    error = d.get("error", UNSET)
    if error is not UNSET:
        error = child(_parse_error, error, "error", strict, errs)
    details.error = error
    extra = {} if _DETAILS_KEYS.issuperset(d) else unknown_keys(d, _DETAILS_KEYS, strict, errs)
    details.extra = extra
    if strict:
        check_strict(details, _DETAILS_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return details
