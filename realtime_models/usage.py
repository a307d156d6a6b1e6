"""RealtimeResponseUsage: token counts of a response, with their input and output breakdowns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Tuple

from ._model import Model, _new, guarded, slotted
from ._unset import UNSET, Maybe
from ._validation import (
    INT_LIMIT,
    INT_MIN,
    Errors,
    Rule,
    as_int,
    as_object,
    check_strict,
    child,
    copy_json,
    non_negative,
    unknown_keys,
)
from .errors import ValidationError

__all__ = [
    "RealtimeResponseUsage",
    "RealtimeResponseUsageCachedTokensDetails",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
]

# Token counts are integers (never booleans or floats such as 1.0); strict mode wants them >= 0.
# They are not cross-checked: OpenAI's own examples report more cached tokens than input tokens.


@slotted
@dataclass(repr=False)
class RealtimeResponseUsageCachedTokensDetails(Model):
    """How the cached input tokens split by modality."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    image_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseUsageCachedTokensDetails:
        """Parse cached-token details; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_cached, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """As a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
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
            d.update(copy_json(self.extra))
        return d


@slotted
@dataclass(repr=False)
class RealtimeResponseUsageInputTokenDetails(Model):
    """How the input tokens split: cached, and by modality."""

    cached_tokens: Maybe[int] = UNSET
    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    image_tokens: Maybe[int] = UNSET
    cached_tokens_details: Maybe[RealtimeResponseUsageCachedTokensDetails] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseUsageInputTokenDetails:
        """Parse input-token details; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_input_details, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """As a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.cached_tokens
        if v is not UNSET:
            d["cached_tokens"] = v
        v = self.text_tokens
        if v is not UNSET:
            d["text_tokens"] = v
        v = self.audio_tokens
        if v is not UNSET:
            d["audio_tokens"] = v
        v = self.image_tokens
        if v is not UNSET:
            d["image_tokens"] = v
        c = self.cached_tokens_details
        if c is not UNSET:
            d["cached_tokens_details"] = None if c is None else c.to_dict()
        if self.extra:
            d.update(copy_json(self.extra))
        return d


@slotted
@dataclass(repr=False)
class RealtimeResponseUsageOutputTokenDetails(Model):
    """How the output tokens split by modality."""

    text_tokens: Maybe[int] = UNSET
    audio_tokens: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseUsageOutputTokenDetails:
        """Parse output-token details; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_output_details, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """As a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.text_tokens
        if v is not UNSET:
            d["text_tokens"] = v
        v = self.audio_tokens
        if v is not UNSET:
            d["audio_tokens"] = v
        if self.extra:
            d.update(copy_json(self.extra))
        return d


@slotted
@dataclass(repr=False)
class RealtimeResponseUsage(Model):
    """Token usage of a response, as billed (``null`` in ``response.created``)."""

    total_tokens: Maybe[int] = UNSET
    input_tokens: Maybe[int] = UNSET
    output_tokens: Maybe[int] = UNSET
    input_token_details: Maybe[RealtimeResponseUsageInputTokenDetails] = UNSET
    output_token_details: Maybe[RealtimeResponseUsageOutputTokenDetails] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> RealtimeResponseUsage:
        """Parse usage; see :meth:`RealtimeResponse.from_dict`."""
        return guarded(_parse_usage, data, strict)

    def to_dict(self) -> Dict[str, Any]:
        """As a JSON-ready dict: set fields in spec order, then :attr:`extra`."""
        d: Dict[str, Any] = {}
        v: object = self.total_tokens
        if v is not UNSET:
            d["total_tokens"] = v
        v = self.input_tokens
        if v is not UNSET:
            d["input_tokens"] = v
        v = self.output_tokens
        if v is not UNSET:
            d["output_tokens"] = v
        i = self.input_token_details
        if i is not UNSET:
            d["input_token_details"] = None if i is None else i.to_dict()
        o = self.output_token_details
        if o is not UNSET:
            d["output_token_details"] = None if o is None else o.to_dict()
        if self.extra:
            d.update(copy_json(self.extra))
        return d


RealtimeResponseUsageInputTokenDetails._children = {
    "cached_tokens_details": (RealtimeResponseUsageCachedTokensDetails, False),
}
RealtimeResponseUsage._children = {
    "input_token_details": (RealtimeResponseUsageInputTokenDetails, False),
    "output_token_details": (RealtimeResponseUsageOutputTokenDetails, False),
}


def _count_rule(name: str) -> Rule:
    return (name, "integer", False, non_negative)


_CACHED_KEYS = RealtimeResponseUsageCachedTokensDetails._known
_CACHED_RULES = tuple(_count_rule(name) for name in ("text_tokens", "audio_tokens", "image_tokens"))
_INPUT_KEYS = RealtimeResponseUsageInputTokenDetails._known
_INPUT_RULES: Tuple[Rule, ...] = (
    *(_count_rule(name) for name in ("cached_tokens", "text_tokens", "audio_tokens", "image_tokens")),
    ("cached_tokens_details", "object", False, None),
)
_OUTPUT_KEYS = RealtimeResponseUsageOutputTokenDetails._known
_OUTPUT_RULES = tuple(_count_rule(name) for name in ("text_tokens", "audio_tokens"))
_USAGE_KEYS = RealtimeResponseUsage._known
_USAGE_RULES: Tuple[Rule, ...] = (
    *(_count_rule(name) for name in ("total_tokens", "input_tokens", "output_tokens")),
    ("input_token_details", "object", False, None),
    ("output_token_details", "object", False, None),
)


def _parse_cached(data: object, strict: bool) -> RealtimeResponseUsageCachedTokensDetails:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    details = _new(RealtimeResponseUsageCachedTokensDetails)
    text = d.get("text_tokens", UNSET)
    if (type(text) is not int or not INT_MIN < text < INT_LIMIT) and text is not UNSET:
        text = as_int(text, "text_tokens", errs)
    details.text_tokens = text
    audio = d.get("audio_tokens", UNSET)
    if (type(audio) is not int or not INT_MIN < audio < INT_LIMIT) and audio is not UNSET:
        audio = as_int(audio, "audio_tokens", errs)
    details.audio_tokens = audio
    image = d.get("image_tokens", UNSET)
    if (type(image) is not int or not INT_MIN < image < INT_LIMIT) and image is not UNSET:
        image = as_int(image, "image_tokens", errs)
    details.image_tokens = image
    extra = {} if _CACHED_KEYS.issuperset(d) else unknown_keys(d, _CACHED_KEYS, strict, errs)
    details.extra = extra
    if strict:
        check_strict(details, _CACHED_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return details


def _parse_input_details(data: object, strict: bool) -> RealtimeResponseUsageInputTokenDetails:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    details = _new(RealtimeResponseUsageInputTokenDetails)
    cached = d.get("cached_tokens", UNSET)
    if (type(cached) is not int or not INT_MIN < cached < INT_LIMIT) and cached is not UNSET:
        cached = as_int(cached, "cached_tokens", errs)
    details.cached_tokens = cached
    text = d.get("text_tokens", UNSET)
    if (type(text) is not int or not INT_MIN < text < INT_LIMIT) and text is not UNSET:
        text = as_int(text, "text_tokens", errs)
    details.text_tokens = text
    audio = d.get("audio_tokens", UNSET)
    if (type(audio) is not int or not INT_MIN < audio < INT_LIMIT) and audio is not UNSET:
        audio = as_int(audio, "audio_tokens", errs)
    details.audio_tokens = audio
    image = d.get("image_tokens", UNSET)
    if (type(image) is not int or not INT_MIN < image < INT_LIMIT) and image is not UNSET:
        image = as_int(image, "image_tokens", errs)
    details.image_tokens = image
    cached_details = d.get("cached_tokens_details", UNSET)
    if cached_details is not UNSET:
        cached_details = child(_parse_cached, cached_details, "cached_tokens_details", strict, errs)
    details.cached_tokens_details = cached_details
    extra = {} if _INPUT_KEYS.issuperset(d) else unknown_keys(d, _INPUT_KEYS, strict, errs)
    details.extra = extra
    if strict:
        check_strict(details, _INPUT_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return details


def _parse_output_details(data: object, strict: bool) -> RealtimeResponseUsageOutputTokenDetails:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    details = _new(RealtimeResponseUsageOutputTokenDetails)
    text = d.get("text_tokens", UNSET)
    if (type(text) is not int or not INT_MIN < text < INT_LIMIT) and text is not UNSET:
        text = as_int(text, "text_tokens", errs)
    details.text_tokens = text
    audio = d.get("audio_tokens", UNSET)
    if (type(audio) is not int or not INT_MIN < audio < INT_LIMIT) and audio is not UNSET:
        audio = as_int(audio, "audio_tokens", errs)
    details.audio_tokens = audio
    extra = {} if _OUTPUT_KEYS.issuperset(d) else unknown_keys(d, _OUTPUT_KEYS, strict, errs)
    details.extra = extra
    if strict:
        check_strict(details, _OUTPUT_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return details


def _parse_usage(data: object, strict: bool) -> RealtimeResponseUsage:
    d = data if type(data) is dict else as_object(data)
    errs: Errors = []
    usage = _new(RealtimeResponseUsage)
    total = d.get("total_tokens", UNSET)
    if (type(total) is not int or not INT_MIN < total < INT_LIMIT) and total is not UNSET:
        total = as_int(total, "total_tokens", errs)
    usage.total_tokens = total
    input_ = d.get("input_tokens", UNSET)
    if (type(input_) is not int or not INT_MIN < input_ < INT_LIMIT) and input_ is not UNSET:
        input_ = as_int(input_, "input_tokens", errs)
    usage.input_tokens = input_
    output = d.get("output_tokens", UNSET)
    if (type(output) is not int or not INT_MIN < output < INT_LIMIT) and output is not UNSET:
        output = as_int(output, "output_tokens", errs)
    usage.output_tokens = output
    input_details = d.get("input_token_details", UNSET)
    if input_details is not UNSET:
        input_details = child(_parse_input_details, input_details, "input_token_details", strict, errs)
    usage.input_token_details = input_details
    output_details = d.get("output_token_details", UNSET)
    if output_details is not UNSET:
        output_details = child(_parse_output_details, output_details, "output_token_details", strict, errs)
    usage.output_token_details = output_details
    extra = {} if _USAGE_KEYS.issuperset(d) else unknown_keys(d, _USAGE_KEYS, strict, errs)
    usage.extra = extra
    if strict:
        check_strict(usage, _USAGE_RULES, errs)
    if errs:
        raise ValidationError(errs)
    return usage
