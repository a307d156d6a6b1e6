"""RealtimeResponseUsage: token counts of a response, with their input and output breakdowns."""

from __future__ import annotations

from .._core.checks import (
    INT_LIMIT,
    INT_MIN,
    as_int,
    as_object,
    check_strict,
    non_negative,
    prefixed,
    unreadable,
)
from .._core.model import Model, field, model, new_model, put_extra
from .._core.order import UNSEEN, key_order, without_missing
from .._core.unset import UNSET
from ..errors import ValidationError

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "RealtimeResponseUsage",
    "RealtimeResponseUsageCachedTokensDetails",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
]

# Token counts are integers (never booleans or floats such as 1.0); strict mode wants them >= 0.
# They are not cross-checked: OpenAI's own examples report more cached tokens than input tokens.


@model
class RealtimeResponseUsageCachedTokensDetails(Model):
    """How the cached input tokens split by modality."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    image_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("text_tokens", "audio_tokens", "image_tokens"),)
    _checks = {"text_tokens": non_negative, "audio_tokens": non_negative, "image_tokens": non_negative}

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.text_tokens
        if v is not UNSET:
            d["text_tokens"] = v
        v = self.audio_tokens
        if v is not UNSET:
            d["audio_tokens"] = v
        v = self.image_tokens
        if v is not UNSET:
            d["image_tokens"] = v
        if self.extra:
            put_extra(d, self.extra, _CACHED_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseUsageCachedTokensDetails:
        """Parse a ``RealtimeResponseUsageCachedTokensDetails``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _CACHED_SHAPE:  # a shape the server sends: its values, read by position
                text_tokens, audio_tokens, image_tokens = d.values()
                if (
                    not strict
                    and type(text_tokens) is int
                    and INT_MIN < text_tokens < INT_LIMIT
                    and type(audio_tokens) is int
                    and INT_MIN < audio_tokens < INT_LIMIT
                    and type(image_tokens) is int
                    and INT_MIN < image_tokens < INT_LIMIT
                ):  # each value of its exact type: built as it came
                    details = new_model(cls)
                    details.text_tokens = text_tokens
                    details.audio_tokens = audio_tokens
                    details.image_tokens = image_tokens
                    details.extra = {}
                    details._order = None
                    return details
                order = None
            else:
                text_tokens = d.get("text_tokens", UNSET)
                audio_tokens = d.get("audio_tokens", UNSET)
                image_tokens = d.get("image_tokens", UNSET)
                order = _CACHED_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            details = new_model(cls)
            if (type(text_tokens) is not int or not INT_MIN < text_tokens < INT_LIMIT) and text_tokens is not UNSET:
                text_tokens = as_int(text_tokens, "text_tokens", errs)
            details.text_tokens = text_tokens
            if (type(audio_tokens) is not int or not INT_MIN < audio_tokens < INT_LIMIT) and audio_tokens is not UNSET:
                audio_tokens = as_int(audio_tokens, "audio_tokens", errs)
            details.audio_tokens = audio_tokens
            if (type(image_tokens) is not int or not INT_MIN < image_tokens < INT_LIMIT) and image_tokens is not UNSET:
                image_tokens = as_int(image_tokens, "image_tokens", errs)
            details.image_tokens = image_tokens
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                details.extra = {}
                details._order = order
            else:
                details.extra, details._order = key_order(d, RealtimeResponseUsageCachedTokensDetails, strict, errs)
            if strict:
                check_strict(details, RealtimeResponseUsageCachedTokensDetails._rules, errs)
            if errs:
                raise ValidationError(errs)
            return details
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeResponseUsageInputTokenDetails(Model):
    """How the input tokens split: cached, and by modality."""

    cached_tokens: Maybe[int] = UNSET
    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    image_tokens: Maybe[int] = UNSET
    cached_tokens_details: Maybe[RealtimeResponseUsageCachedTokensDetails] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The server's order since 2025; late-2024 captures put cached_tokens first (kept as it came).
    _wire = ("text_tokens", "audio_tokens", "image_tokens", "cached_tokens", "cached_tokens_details")
    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (_wire,)

    _checks = {
        "cached_tokens": non_negative,
        "text_tokens": non_negative,
        "audio_tokens": non_negative,
        "image_tokens": non_negative,
    }

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.text_tokens
        if v is not UNSET:
            d["text_tokens"] = v
        v = self.audio_tokens
        if v is not UNSET:
            d["audio_tokens"] = v
        v = self.image_tokens
        if v is not UNSET:
            d["image_tokens"] = v
        v = self.cached_tokens
        if v is not UNSET:
            d["cached_tokens"] = v
        cached_tokens_details_ = self.cached_tokens_details
        if cached_tokens_details_ is not UNSET:
            d["cached_tokens_details"] = None if cached_tokens_details_ is None else cached_tokens_details_._dump()
        if self.extra:
            put_extra(d, self.extra, _INPUT_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseUsageInputTokenDetails:
        """Parse a ``RealtimeResponseUsageInputTokenDetails``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _INPUT_SHAPE:  # a shape the server sends: its values, read by position
                text_tokens, audio_tokens, image_tokens, cached_tokens, cached_tokens_details = d.values()
                if (
                    not strict
                    and type(text_tokens) is int
                    and INT_MIN < text_tokens < INT_LIMIT
                    and type(audio_tokens) is int
                    and INT_MIN < audio_tokens < INT_LIMIT
                    and type(image_tokens) is int
                    and INT_MIN < image_tokens < INT_LIMIT
                    and type(cached_tokens) is int
                    and INT_MIN < cached_tokens < INT_LIMIT
                    and type(cached_tokens_details) is dict
                ):  # each value of its exact type: built as it came
                    try:
                        cached = _parse_cached(RealtimeResponseUsageCachedTokensDetails, cached_tokens_details, False)
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        details = new_model(cls)
                        details.text_tokens = text_tokens
                        details.audio_tokens = audio_tokens
                        details.image_tokens = image_tokens
                        details.cached_tokens = cached_tokens
                        details.cached_tokens_details = cached
                        details.extra = {}
                        details._order = None
                        return details
                order = None
            else:
                text_tokens = d.get("text_tokens", UNSET)
                audio_tokens = d.get("audio_tokens", UNSET)
                image_tokens = d.get("image_tokens", UNSET)
                cached_tokens = d.get("cached_tokens", UNSET)
                cached_tokens_details = d.get("cached_tokens_details", UNSET)
                order = _INPUT_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            details = new_model(cls)
            if (type(text_tokens) is not int or not INT_MIN < text_tokens < INT_LIMIT) and text_tokens is not UNSET:
                text_tokens = as_int(text_tokens, "text_tokens", errs)
            details.text_tokens = text_tokens
            if (type(audio_tokens) is not int or not INT_MIN < audio_tokens < INT_LIMIT) and audio_tokens is not UNSET:
                audio_tokens = as_int(audio_tokens, "audio_tokens", errs)
            details.audio_tokens = audio_tokens
            if (type(image_tokens) is not int or not INT_MIN < image_tokens < INT_LIMIT) and image_tokens is not UNSET:
                image_tokens = as_int(image_tokens, "image_tokens", errs)
            details.image_tokens = image_tokens
            if (
                type(cached_tokens) is not int or not INT_MIN < cached_tokens < INT_LIMIT
            ) and cached_tokens is not UNSET:
                cached_tokens = as_int(cached_tokens, "cached_tokens", errs)
            details.cached_tokens = cached_tokens
            if cached_tokens_details is not UNSET and cached_tokens_details is not None:
                try:
                    cached_tokens_details = _parse_cached(
                        RealtimeResponseUsageCachedTokensDetails, cached_tokens_details, strict
                    )
                except ValidationError as e:
                    errs.extend(prefixed(("cached_tokens_details",), e.errors))
                    cached_tokens_details = UNSET
            details.cached_tokens_details = cached_tokens_details
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                details.extra = {}
                details._order = order
            else:
                details.extra, details._order = key_order(d, RealtimeResponseUsageInputTokenDetails, strict, errs)
            if strict:
                check_strict(details, RealtimeResponseUsageInputTokenDetails._rules, errs)
            if errs:
                raise ValidationError(errs)
            return details
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeResponseUsageOutputTokenDetails(Model):
    """How the output tokens split by modality."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("text_tokens", "audio_tokens"),)
    _checks = {"text_tokens": non_negative, "audio_tokens": non_negative}

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.text_tokens
        if v is not UNSET:
            d["text_tokens"] = v
        v = self.audio_tokens
        if v is not UNSET:
            d["audio_tokens"] = v
        if self.extra:
            put_extra(d, self.extra, _OUTPUT_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseUsageOutputTokenDetails:
        """Parse a ``RealtimeResponseUsageOutputTokenDetails``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _OUTPUT_SHAPE:  # a shape the server sends: its values, read by position
                text_tokens, audio_tokens = d.values()
                if (
                    not strict
                    and type(text_tokens) is int
                    and INT_MIN < text_tokens < INT_LIMIT
                    and type(audio_tokens) is int
                    and INT_MIN < audio_tokens < INT_LIMIT
                ):  # each value of its exact type: built as it came
                    details = new_model(cls)
                    details.text_tokens = text_tokens
                    details.audio_tokens = audio_tokens
                    details.extra = {}
                    details._order = None
                    return details
                order = None
            else:
                text_tokens = d.get("text_tokens", UNSET)
                audio_tokens = d.get("audio_tokens", UNSET)
                order = _OUTPUT_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            details = new_model(cls)
            if (type(text_tokens) is not int or not INT_MIN < text_tokens < INT_LIMIT) and text_tokens is not UNSET:
                text_tokens = as_int(text_tokens, "text_tokens", errs)
            details.text_tokens = text_tokens
            if (type(audio_tokens) is not int or not INT_MIN < audio_tokens < INT_LIMIT) and audio_tokens is not UNSET:
                audio_tokens = as_int(audio_tokens, "audio_tokens", errs)
            details.audio_tokens = audio_tokens
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                details.extra = {}
                details._order = order
            else:
                details.extra, details._order = key_order(d, RealtimeResponseUsageOutputTokenDetails, strict, errs)
            if strict:
                check_strict(details, RealtimeResponseUsageOutputTokenDetails._rules, errs)
            if errs:
                raise ValidationError(errs)
            return details
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeResponseUsage(Model):
    """Token usage of a response, as billed (``null`` in ``response.created``)."""

    total_tokens: Maybe[int] = UNSET
    input_tokens: Maybe[int] = UNSET
    output_tokens: Maybe[int] = UNSET
    input_token_details: Maybe[RealtimeResponseUsageInputTokenDetails] = UNSET
    output_token_details: Maybe[RealtimeResponseUsageOutputTokenDetails] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    # The shapes the server sends, read by position: each in the order of _wire.
    _shapes = (("total_tokens", "input_tokens", "output_tokens", "input_token_details", "output_token_details"),)
    _checks = {"total_tokens": non_negative, "input_tokens": non_negative, "output_tokens": non_negative}

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.total_tokens
        if v is not UNSET:
            d["total_tokens"] = v
        v = self.input_tokens
        if v is not UNSET:
            d["input_tokens"] = v
        v = self.output_tokens
        if v is not UNSET:
            d["output_tokens"] = v
        input_token_details_ = self.input_token_details
        if input_token_details_ is not UNSET:
            d["input_token_details"] = None if input_token_details_ is None else input_token_details_._dump()
        output_token_details_ = self.output_token_details
        if output_token_details_ is not UNSET:
            d["output_token_details"] = None if output_token_details_ is None else output_token_details_._dump()
        if self.extra:
            put_extra(d, self.extra, _USAGE_KEYS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeResponseUsage:
        """Parse a ``RealtimeResponseUsage``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            keys = tuple(d)
            if keys == _USAGE_SHAPE:  # a shape the server sends: its values, read by position
                total_tokens, input_tokens, output_tokens, input_token_details, output_token_details = d.values()
                if (
                    not strict
                    and type(total_tokens) is int
                    and INT_MIN < total_tokens < INT_LIMIT
                    and type(input_tokens) is int
                    and INT_MIN < input_tokens < INT_LIMIT
                    and type(output_tokens) is int
                    and INT_MIN < output_tokens < INT_LIMIT
                    and type(input_token_details) is dict
                    and type(output_token_details) is dict
                ):  # each value of its exact type: built as it came
                    try:
                        inputs = _parse_input_details(
                            RealtimeResponseUsageInputTokenDetails, input_token_details, False
                        )
                        outputs = _parse_output_details(
                            RealtimeResponseUsageOutputTokenDetails, output_token_details, False
                        )
                    except ValidationError:
                        pass  # read again below, field by field, to say where
                    else:
                        usage = new_model(cls)
                        usage.total_tokens = total_tokens
                        usage.input_tokens = input_tokens
                        usage.output_tokens = output_tokens
                        usage.input_token_details = inputs
                        usage.output_token_details = outputs
                        usage.extra = {}
                        usage._order = None
                        return usage
                order = None
            else:
                total_tokens = d.get("total_tokens", UNSET)
                input_tokens = d.get("input_tokens", UNSET)
                output_tokens = d.get("output_tokens", UNSET)
                input_token_details = d.get("input_token_details", UNSET)
                output_token_details = d.get("output_token_details", UNSET)
                order = _USAGE_ORDERS.get(keys, UNSEEN)
            errs: Errors = []  # the keys are new, some value is not of its exact type, or strict mode
            usage = new_model(cls)
            if (type(total_tokens) is not int or not INT_MIN < total_tokens < INT_LIMIT) and total_tokens is not UNSET:
                total_tokens = as_int(total_tokens, "total_tokens", errs)
            usage.total_tokens = total_tokens
            if (type(input_tokens) is not int or not INT_MIN < input_tokens < INT_LIMIT) and input_tokens is not UNSET:
                input_tokens = as_int(input_tokens, "input_tokens", errs)
            usage.input_tokens = input_tokens
            if (
                type(output_tokens) is not int or not INT_MIN < output_tokens < INT_LIMIT
            ) and output_tokens is not UNSET:
                output_tokens = as_int(output_tokens, "output_tokens", errs)
            usage.output_tokens = output_tokens
            if input_token_details is not UNSET and input_token_details is not None:
                try:
                    input_token_details = _parse_input_details(
                        RealtimeResponseUsageInputTokenDetails, input_token_details, strict
                    )
                except ValidationError as e:
                    errs.extend(prefixed(("input_token_details",), e.errors))
                    input_token_details = UNSET
            usage.input_token_details = input_token_details
            if output_token_details is not UNSET and output_token_details is not None:
                try:
                    output_token_details = _parse_output_details(
                        RealtimeResponseUsageOutputTokenDetails, output_token_details, strict
                    )
                except ValidationError as e:
                    errs.extend(prefixed(("output_token_details",), e.errors))
                    output_token_details = UNSET
            usage.output_token_details = output_token_details
            if order is not UNSEEN:  # a shape read by position, or keys seen before, every one known
                usage.extra = {}
                usage._order = order
            else:
                usage.extra, usage._order = key_order(d, RealtimeResponseUsage, strict, errs)
            if strict:
                check_strict(usage, RealtimeResponseUsage._rules, errs)
            if errs:
                raise ValidationError(errs)
            return usage
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_CACHED_KEYS = RealtimeResponseUsageCachedTokensDetails._known
_CACHED_ORDERS = RealtimeResponseUsageCachedTokensDetails._orders
_CACHED_SHAPE = RealtimeResponseUsageCachedTokensDetails._shapes[0]
_INPUT_KEYS = RealtimeResponseUsageInputTokenDetails._known
_INPUT_ORDERS = RealtimeResponseUsageInputTokenDetails._orders
_INPUT_SHAPE = RealtimeResponseUsageInputTokenDetails._shapes[0]
_OUTPUT_KEYS = RealtimeResponseUsageOutputTokenDetails._known
_OUTPUT_ORDERS = RealtimeResponseUsageOutputTokenDetails._orders
_OUTPUT_SHAPE = RealtimeResponseUsageOutputTokenDetails._shapes[0]
_USAGE_KEYS = RealtimeResponseUsage._known
_USAGE_ORDERS = RealtimeResponseUsage._orders
_USAGE_SHAPE = RealtimeResponseUsage._shapes[0]

_parse_cached = RealtimeResponseUsageCachedTokensDetails._parse
_parse_input_details = RealtimeResponseUsageInputTokenDetails._parse
_parse_output_details = RealtimeResponseUsageOutputTokenDetails._parse
