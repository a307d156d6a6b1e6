"""The parts of a session configuration that both protocols send alike: the function tool, the
tracing configuration, noise reduction, and the transcription session's turn detection."""

from __future__ import annotations

from .._core.checks import between, one_of
from .._core.model import Dispatcher, Model, field, model
from .._core.readers import get_int, get_json, get_json_object, get_number, get_str
from .._core.unset import UNSET

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "NoiseReduction",
    "RealtimeFunctionTool",
    "RealtimeToolsConfigUnion",
    "RealtimeTranscriptionSessionTurnDetection",
    "TracingConfiguration",
]

_NOISE_REDUCTION_TYPES = ("near_field", "far_field")


class RealtimeToolsConfigUnion(Dispatcher):
    """The base of the tools a session or a response may use, told apart by ``type``: a
    :class:`RealtimeFunctionTool`, and in GA an MCP server's tools. Beta sessions carry function
    tools only."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class RealtimeFunctionTool(RealtimeToolsConfigUnion):
    """A function the model may call: its name, what it is for, and its parameters as a JSON
    Schema (kept as JSON)."""

    type: Maybe[str] = UNSET
    """Always ``function``."""
    name: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    """When to call the function, and what to tell the user."""
    parameters: Maybe[Dict[str, Any]] = UNSET
    """The parameters, as a JSON Schema object."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "function"

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.name = get_str(d, "name", errs)
        self.description = get_str(d, "description", errs)
        self.parameters = get_json_object(d, "parameters", errs)


@model
class TracingConfiguration(Model):
    """Where the session's traces go, in the Traces Dashboard (the other form of ``tracing`` is
    the string ``"auto"``). Once tracing is on, the session cannot change it."""

    workflow_name: Maybe[str] = UNSET
    group_id: Maybe[str] = UNSET
    metadata: Maybe[Any] = UNSET
    """Any JSON object, kept as it came."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("workflow_name", "group_id", "metadata")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.workflow_name = get_str(d, "workflow_name", errs)
        self.group_id = get_str(d, "group_id", errs)
        self.metadata = get_json(d, "metadata", errs)


@model
class NoiseReduction(Model):
    """Noise reduction of the input audio, before turn detection and the model: ``near_field``
    for a headset, ``far_field`` for a laptop or room microphone. ``null`` in its place turns it
    off."""

    type: Maybe[str] = UNSET
    """``near_field`` or ``far_field`` (strict mode checks)."""
    strength: Maybe[float] = UNSET
    """How strongly (GA; 1 when first turned on, kept when omitted)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"type": one_of(_NOISE_REDUCTION_TYPES)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.strength = get_number(d, "strength", errs)


@model
class RealtimeTranscriptionSessionTurnDetection(Model):
    """The turn detection a transcription session reports: four keys, ``server_vad`` only."""

    type: Maybe[str] = UNSET
    threshold: Maybe[float] = UNSET
    """Voice activity threshold, 0.0 to 1.0 (strict mode checks)."""
    prefix_padding_ms: Maybe[int] = UNSET
    silence_duration_ms: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _type = "server_vad"
    _checks = {"threshold": between(0.0, 1.0)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.threshold = get_number(d, "threshold", errs)
        self.prefix_padding_ms = get_int(d, "prefix_padding_ms", errs)
        self.silence_duration_ms = get_int(d, "silence_duration_ms", errs)
