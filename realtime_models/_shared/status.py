"""RealtimeResponseStatusDetails: why a response ended as it did, and its error object."""

from __future__ import annotations

from .._core.checks import one_of
from .._core.model import Model, field, model
from .._core.readers import get_model, get_str
from .._core.unset import UNSET

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

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_str(d, "code", errs)
        self.message = get_str(d, "message", errs)


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

    _checks = {"type": one_of(DETAILS_TYPES), "reason": one_of(DETAILS_REASONS)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.reason = get_str(d, "reason", errs)
        self.error = get_model(d, "error", RealtimeResponseStatusDetailsError, strict, errs)


RealtimeResponseStatusDetails._children = {"error": (RealtimeResponseStatusDetailsError, False)}
