"""The beta session configuration: the session the server reports (``session.created``,
``session.updated``) and the one a client sends (``session.update``), and the same pair for a
transcription session (``transcription_session.update`` and ``.updated``), with what they hold.

A field a payload leaves out is ``UNSET``, and ``to_dict`` leaves it out too: in
``session.update``, an absent key leaves the setting as it is, and ``null`` turns it off.
"""

from __future__ import annotations

from .._core.checks import (
    between,
    constant,
    each_one_of,
    max_output_tokens_bounds,
    one_of,
    string_one_of,
)
from .._core.model import Model, field, model
from .._core.readers import (
    get_bool,
    get_int,
    get_int_or_inf,
    get_json_object,
    get_model,
    get_models,
    get_number,
    get_str,
    get_str_list,
    get_str_or_model,
)
from .._core.unset import UNSET
from .._shared.session import NoiseReduction, RealtimeFunctionTool, TracingConfiguration
from ..errors import ValidationProblem
from .literals import _AUDIO_FORMATS, _MODALITIES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, List, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe
    from ..errors import Path

__all__ = [
    "ClientSecret",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionUpdateEventSession",
    "Tool",
    "TracingTracingConfiguration",
    "TranscriptionSession",
    "TranscriptionSessionClientSecret",
    "TranscriptionSessionClientSecretExpiresAt",
    "TranscriptionSessionUpdateSession",
    "TurnDetection",
]

Tool = RealtimeFunctionTool
"""The SDK's beta name of the function tool: the same shape in both protocols."""
InputAudioNoiseReduction = NoiseReduction
"""The SDK's beta name of the noise reduction object (beta sends its ``type`` only)."""
TracingTracingConfiguration = TracingConfiguration
"""The SDK's beta name of the tracing configuration."""

_TRACING_MODE = string_one_of(("auto",))
_FORMAT = one_of(_AUDIO_FORMATS)
_ANCHOR = constant("created_at")


def _get_tool_choice(d: Dict[str, Any], errs: Errors) -> Maybe[Union[str, Dict[str, Any]]]:
    """Beta's ``tool_choice``: a string, or (lenient mode) an object kept as JSON."""
    if type(d.get("tool_choice")) is dict:
        return get_json_object(d, "tool_choice", errs)
    return get_str(d, "tool_choice", errs)


def _tool_choice_is_a_string(value: Any, path: Path, errs: Errors) -> None:
    """Beta's ``tool_choice`` is a string in strict mode; lenient mode keeps an object as JSON."""
    if type(value) is not str:
        errs.append(ValidationProblem(path, "expected string, got an object"))


@model
class InputAudioTranscription(Model):
    """How the input audio is transcribed (``null`` in its place: not at all)."""

    model: Maybe[str] = UNSET
    """``whisper-1``, ``gpt-4o-transcribe``, ``gpt-4o-mini-transcribe`` or any other string."""
    language: Maybe[str] = UNSET
    """ISO-639-1 (``en``)."""
    prompt: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.model = get_str(d, "model", errs)
        self.language = get_str(d, "language", errs)
        self.prompt = get_str(d, "prompt", errs)


@model
class TurnDetection(Model):
    """Beta turn detection: one flat object for ``server_vad`` and ``semantic_vad`` (``null`` in
    its place: off)."""

    type: Maybe[str] = UNSET
    """``server_vad`` or ``semantic_vad`` (strict mode checks)."""
    threshold: Maybe[float] = UNSET
    """0.0 to 1.0 (strict mode checks; server_vad)."""
    prefix_padding_ms: Maybe[int] = UNSET
    silence_duration_ms: Maybe[int] = UNSET
    create_response: Maybe[bool] = UNSET
    interrupt_response: Maybe[bool] = UNSET
    eagerness: Maybe[str] = UNSET
    """``low``, ``medium``, ``high`` or ``auto`` (semantic_vad; strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {
        "type": one_of(("server_vad", "semantic_vad")),
        "threshold": between(0.0, 1.0),
        "eagerness": one_of(("low", "medium", "high", "auto")),
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.threshold = get_number(d, "threshold", errs)
        self.prefix_padding_ms = get_int(d, "prefix_padding_ms", errs)
        self.silence_duration_ms = get_int(d, "silence_duration_ms", errs)
        self.create_response = get_bool(d, "create_response", errs)
        self.interrupt_response = get_bool(d, "interrupt_response", errs)
        self.eagerness = get_str(d, "eagerness", errs)


@model
class SessionClientSecretExpiresAfter(Model):
    """When the client secret minted for the session expires: ``seconds`` after ``anchor``."""

    anchor: Maybe[str] = UNSET
    """Always ``created_at``."""
    seconds: Maybe[int] = UNSET
    """10 to 7,200 (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("anchor",)
    _checks = {"anchor": _ANCHOR, "seconds": between(10, 7200)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.anchor = get_str(d, "anchor", errs)
        self.seconds = get_int(d, "seconds", errs)


@model
class SessionClientSecret(Model):
    """The client secret a session mints, configured in ``session.update``."""

    expires_after: Maybe[SessionClientSecretExpiresAfter] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.expires_after = get_model(d, "expires_after", SessionClientSecretExpiresAfter, strict, errs)


@model
class TranscriptionSessionClientSecretExpiresAt(Model):
    """When a transcription session's client secret expires (``anchor`` optional here)."""

    anchor: Maybe[str] = UNSET
    seconds: Maybe[int] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"anchor": _ANCHOR, "seconds": between(10, 7200)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.anchor = get_str(d, "anchor", errs)
        self.seconds = get_int(d, "seconds", errs)


@model
class TranscriptionSessionClientSecret(Model):
    """The client secret a transcription session mints: its key is ``expires_at`` here."""

    expires_at: Maybe[TranscriptionSessionClientSecretExpiresAt] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.expires_at = get_model(d, "expires_at", TranscriptionSessionClientSecretExpiresAt, strict, errs)


@model
class ClientSecret(Model):
    """A minted client secret, as a session created by REST reports it."""

    value: Maybe[str] = UNSET
    expires_at: Maybe[int] = UNSET
    """Seconds since the epoch."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("value", "expires_at")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.value = get_str(d, "value", errs)
        self.expires_at = get_int(d, "expires_at", errs)


def _read_settings(session: Any, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    """The settings a beta session has on both sides (the server's and session.update's)."""
    session.modalities = get_str_list(d, "modalities", errs)
    session.model = get_str(d, "model", errs)
    session.instructions = get_str(d, "instructions", errs)
    session.voice = get_str(d, "voice", errs)
    session.input_audio_format = get_str(d, "input_audio_format", errs)
    session.output_audio_format = get_str(d, "output_audio_format", errs)
    session.input_audio_transcription = get_model(d, "input_audio_transcription", InputAudioTranscription, strict, errs)
    session.turn_detection = get_model(d, "turn_detection", TurnDetection, strict, errs)
    session.input_audio_noise_reduction = get_model(d, "input_audio_noise_reduction", NoiseReduction, strict, errs)
    session.tools = get_models(d, "tools", RealtimeFunctionTool, strict, errs)
    session.tool_choice = _get_tool_choice(d, errs)
    session.temperature = get_number(d, "temperature", errs)
    session.max_response_output_tokens = get_int_or_inf(d, "max_response_output_tokens", errs)
    session.speed = get_number(d, "speed", errs)
    session.tracing = get_str_or_model(d, "tracing", TracingConfiguration, strict, errs)


_SETTINGS_NULLABLE = ("input_audio_transcription", "turn_detection", "input_audio_noise_reduction", "tracing")
_SETTINGS_CHECKS = {
    "modalities": each_one_of(_MODALITIES),
    "input_audio_format": _FORMAT,
    "output_audio_format": _FORMAT,
    "tool_choice": _tool_choice_is_a_string,
    "temperature": between(0.6, 1.2),
    "max_response_output_tokens": max_output_tokens_bounds,
    "speed": between(0.25, 1.5),
    "tracing": _TRACING_MODE,
}


@model
class Session(Model):
    """A beta session's configuration, as the server reports it in ``session.created`` and
    ``session.updated``."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """``realtime.session`` (OpenAI's examples send it)."""
    model: Maybe[str] = UNSET
    expires_at: Maybe[int] = UNSET
    """When the session expires, in seconds since the epoch: the live beta server sends it (as
    GA's session does), though beta's schema and SDK lack it."""
    modalities: Maybe[List[str]] = UNSET
    """``text`` and/or ``audio``."""
    instructions: Maybe[str] = UNSET
    voice: Maybe[str] = UNSET
    """Any string; :data:`~realtime_models.beta.literals.VOICES` lists the known ones."""
    input_audio_format: Maybe[str] = UNSET
    """``pcm16``, ``g711_ulaw`` or ``g711_alaw`` (strict mode checks)."""
    output_audio_format: Maybe[str] = UNSET
    input_audio_transcription: Maybe[InputAudioTranscription] = UNSET
    turn_detection: Maybe[TurnDetection] = UNSET
    input_audio_noise_reduction: Maybe[NoiseReduction] = UNSET
    tools: Maybe[List[RealtimeFunctionTool]] = UNSET
    tool_choice: Maybe[Union[str, Dict[str, Any]]] = UNSET
    """``auto``, ``none``, ``required`` or a function's name: a string (an object is kept, in
    lenient mode only)."""
    temperature: Maybe[float] = UNSET
    """0.6 to 1.2 (strict mode checks)."""
    max_response_output_tokens: Maybe[Union[int, str]] = UNSET
    """1 to 4096, or ``"inf"`` (strict mode checks)."""
    speed: Maybe[float] = UNSET
    """0.25 to 1.5 (strict mode checks)."""
    tracing: Maybe[Union[str, TracingConfiguration]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = _SETTINGS_NULLABLE
    _checks = {**_SETTINGS_CHECKS, "object": constant("realtime.session")}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.object = get_str(d, "object", errs)
        self.expires_at = get_int(d, "expires_at", errs)
        _read_settings(self, d, strict, errs)


@model
class SessionUpdateEventSession(Model):
    """A beta session's configuration, as the client sends it in ``session.update`` (the SDK's
    ``SessionUpdateEvent.Session``). A field left ``UNSET`` is not sent and stays as it is."""

    modalities: Maybe[List[str]] = UNSET
    model: Maybe[str] = UNSET
    instructions: Maybe[str] = UNSET
    voice: Maybe[str] = UNSET
    input_audio_format: Maybe[str] = UNSET
    output_audio_format: Maybe[str] = UNSET
    input_audio_transcription: Maybe[InputAudioTranscription] = UNSET
    turn_detection: Maybe[TurnDetection] = UNSET
    input_audio_noise_reduction: Maybe[NoiseReduction] = UNSET
    tools: Maybe[List[RealtimeFunctionTool]] = UNSET
    tool_choice: Maybe[Union[str, Dict[str, Any]]] = UNSET
    temperature: Maybe[float] = UNSET
    max_response_output_tokens: Maybe[Union[int, str]] = UNSET
    speed: Maybe[float] = UNSET
    tracing: Maybe[Union[str, TracingConfiguration]] = UNSET
    client_secret: Maybe[SessionClientSecret] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = _SETTINGS_NULLABLE
    _checks = _SETTINGS_CHECKS

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        _read_settings(self, d, strict, errs)
        self.client_secret = get_model(d, "client_secret", SessionClientSecret, strict, errs)


@model
class TranscriptionSessionUpdateSession(Model):
    """A beta transcription session's configuration, as the client sends it in
    ``transcription_session.update``."""

    modalities: Maybe[List[str]] = UNSET
    input_audio_format: Maybe[str] = UNSET
    input_audio_transcription: Maybe[InputAudioTranscription] = UNSET
    turn_detection: Maybe[TurnDetection] = UNSET
    input_audio_noise_reduction: Maybe[NoiseReduction] = UNSET
    include: Maybe[List[str]] = UNSET
    """Extra fields in the server's output (any string)."""
    client_secret: Maybe[TranscriptionSessionClientSecret] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("input_audio_transcription", "turn_detection", "input_audio_noise_reduction")
    _checks = {"modalities": each_one_of(_MODALITIES), "input_audio_format": _FORMAT}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        _read_transcription_settings(self, d, strict, errs)
        self.client_secret = get_model(d, "client_secret", TranscriptionSessionClientSecret, strict, errs)


@model
class TranscriptionSession(Model):
    """A beta transcription session's configuration, as ``transcription_session.updated``
    reports it."""

    id: Maybe[str] = UNSET
    object: Maybe[str] = UNSET
    """``realtime.transcription_session``."""
    modalities: Maybe[List[str]] = UNSET
    input_audio_format: Maybe[str] = UNSET
    input_audio_transcription: Maybe[InputAudioTranscription] = UNSET
    turn_detection: Maybe[TurnDetection] = UNSET
    input_audio_noise_reduction: Maybe[NoiseReduction] = UNSET
    include: Maybe[List[str]] = UNSET
    client_secret: Maybe[ClientSecret] = UNSET
    """Only when the session was created by REST."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("input_audio_transcription", "turn_detection", "input_audio_noise_reduction")
    _checks = {"modalities": each_one_of(_MODALITIES), "input_audio_format": _FORMAT}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.object = get_str(d, "object", errs)
        _read_transcription_settings(self, d, strict, errs)
        self.client_secret = get_model(d, "client_secret", ClientSecret, strict, errs)


def _read_transcription_settings(session: Any, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    """The settings a beta transcription session has on both sides."""
    session.modalities = get_str_list(d, "modalities", errs)
    session.input_audio_format = get_str(d, "input_audio_format", errs)
    session.input_audio_transcription = get_model(d, "input_audio_transcription", InputAudioTranscription, strict, errs)
    session.turn_detection = get_model(d, "turn_detection", TurnDetection, strict, errs)
    session.input_audio_noise_reduction = get_model(d, "input_audio_noise_reduction", NoiseReduction, strict, errs)
    session.include = get_str_list(d, "include", errs)
