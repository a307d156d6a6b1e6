"""The GA session configuration: what a client sends in ``session.update`` (the request shapes)
and what the server echoes in ``session.created`` / ``session.updated`` (the response shapes),
for a realtime session and a transcription session, with everything they hold.

A field a payload leaves out is ``UNSET``, and ``to_dict`` leaves it out too: in
``session.update``, an absent key leaves the setting as it is, and ``null`` turns it off.
"""

from __future__ import annotations

from .._core.checks import (
    between,
    each_one_of,
    max_output_tokens_bounds,
    non_negative,
    not_empty,
    one_of,
    string_one_of,
)
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import (
    get_bool,
    get_int,
    get_int_or_inf,
    get_json,
    get_json_object,
    get_model,
    get_models,
    get_number,
    get_str,
    get_str_list,
    get_str_or_model,
)
from .._core.unset import UNSET
from .._shared.session import (
    NoiseReduction,
    RealtimeToolsConfigUnion,
    RealtimeTranscriptionSessionTurnDetection,
    TracingConfiguration,
)
from .audio import RealtimeAudioFormats, VoiceID
from .literals import (
    _EAGERNESS,
    _OUTPUT_MODALITIES,
    _REASONING_EFFORTS,
    _SESSION_TYPES,
    _TRANSCRIPTION_DELAYS,
    _TRUNCATION_STRATEGIES,
    _TURN_DETECTION_TYPES,
)
from .tools import _TOOL_CHOICE_MODE, RealtimeToolChoiceObject

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, List, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "AudioTranscription",
    "NoiseReduction",
    "RealtimeAudioConfig",
    "RealtimeAudioConfigInput",
    "RealtimeAudioConfigOutput",
    "RealtimeAudioInputTurnDetection",
    "RealtimeReasoning",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionRequest",
    "RealtimeSessionResponse",
    "RealtimeTranscriptionSessionAudio",
    "RealtimeTranscriptionSessionAudioInput",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionResponseAudio",
    "RealtimeTranscriptionSessionResponseAudioInput",
    "RealtimeTranscriptionSessionTurnDetection",
    "RealtimeTruncationRetentionRatio",
    "ResponsePrompt",
    "SemanticVad",
    "ServerVad",
    "TokenLimits",
    "TracingConfiguration",
    "UnknownSession",
    "UnknownSessionRequest",
    "UnknownTurnDetection",
]

_TRACING_MODE = string_one_of(("auto",))
_TRUNCATION_MODE = string_one_of(_TRUNCATION_STRATEGIES)


@model
class AudioTranscription(Model):
    """How the input audio is transcribed (``null`` in its place: not at all). The transcript
    only guides: the model hears the audio itself."""

    model: Maybe[str] = UNSET
    """Any string; :data:`~realtime_models.ga.literals.TRANSCRIPTION_MODELS` lists the known ones."""
    language: Maybe[str] = UNSET
    """The input's language, ISO-639-1 (``en``)."""
    languages: Maybe[List[str]] = UNSET
    """The languages the input may be in (at least one: strict mode checks)."""
    keywords: Maybe[List[str]] = UNSET
    """Words that guide the transcription."""
    prompt: Maybe[str] = UNSET
    delay: Maybe[str] = UNSET
    """Latency against accuracy: ``minimal`` to ``xhigh`` (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"languages": not_empty, "delay": one_of(_TRANSCRIPTION_DELAYS)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.model = get_str(d, "model", errs)
        self.language = get_str(d, "language", errs)
        self.languages = get_str_list(d, "languages", errs)
        self.keywords = get_str_list(d, "keywords", errs)
        self.prompt = get_str(d, "prompt", errs)
        self.delay = get_str(d, "delay", errs)


class RealtimeAudioInputTurnDetection(Dispatcher):
    """The base of the turn detection kinds, told apart by ``type``: :class:`ServerVad` (by
    silence) and :class:`SemanticVad` (by what was said). ``null`` in its place turns turn
    detection off: the client then commits the audio and asks for each response itself."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class ServerVad(RealtimeAudioInputTurnDetection):
    """Turns detected by silence."""

    type: Maybe[str] = UNSET
    threshold: Maybe[float] = UNSET
    """Voice activity threshold, 0.0 to 1.0 (strict mode checks): higher for a noisy room."""
    prefix_padding_ms: Maybe[int] = UNSET
    """Audio kept from before the speech started."""
    silence_duration_ms: Maybe[int] = UNSET
    """Silence that ends a turn."""
    idle_timeout_ms: Maybe[int] = UNSET
    """Silence after the last response's audio that triggers a response: 5,000 to 30,000
    (strict mode checks), or ``null``."""
    create_response: Maybe[bool] = UNSET
    """Whether a response starts when the user stops speaking."""
    interrupt_response: Maybe[bool] = UNSET
    """Whether the user's speech cancels the response being made."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "server_vad"
    _required = ("type",)
    _nullable = ("idle_timeout_ms",)
    _checks = {"threshold": between(0.0, 1.0), "idle_timeout_ms": between(5000, 30000)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.threshold = get_number(d, "threshold", errs)
        self.prefix_padding_ms = get_int(d, "prefix_padding_ms", errs)
        self.silence_duration_ms = get_int(d, "silence_duration_ms", errs)
        self.idle_timeout_ms = get_int(d, "idle_timeout_ms", errs)
        self.create_response = get_bool(d, "create_response", errs)
        self.interrupt_response = get_bool(d, "interrupt_response", errs)


@model
class SemanticVad(RealtimeAudioInputTurnDetection):
    """Turns detected by what the user said: a model judges whether they are done."""

    type: Maybe[str] = UNSET
    eagerness: Maybe[str] = UNSET
    """``low``, ``medium``, ``high`` or ``auto`` (strict mode checks): how soon to answer."""
    create_response: Maybe[bool] = UNSET
    interrupt_response: Maybe[bool] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "semantic_vad"
    _required = ("type",)
    _checks = {"eagerness": one_of(_EAGERNESS)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.eagerness = get_str(d, "eagerness", errs)
        self.create_response = get_bool(d, "create_response", errs)
        self.interrupt_response = get_bool(d, "interrupt_response", errs)


@model
class UnknownTurnDetection(RealtimeAudioInputTurnDetection):
    """Turn detection of a kind this version does not know (lenient mode only): ``type`` as it
    came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(
    RealtimeAudioInputTurnDetection, kind_table(ServerVad, SemanticVad), UnknownTurnDetection, _TURN_DETECTION_TYPES
)


@model
class RealtimeAudioConfigInput(Model):
    """The input audio: its format, transcription, noise reduction and turn detection (each of
    the last three ``null`` to turn it off)."""

    format: Maybe[RealtimeAudioFormats] = UNSET
    transcription: Maybe[AudioTranscription] = UNSET
    noise_reduction: Maybe[NoiseReduction] = UNSET
    turn_detection: Maybe[RealtimeAudioInputTurnDetection] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("transcription", "noise_reduction", "turn_detection")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.format = get_model(d, "format", RealtimeAudioFormats, strict, errs)
        self.transcription = get_model(d, "transcription", AudioTranscription, strict, errs)
        self.noise_reduction = get_model(d, "noise_reduction", NoiseReduction, strict, errs)
        self.turn_detection = get_model(d, "turn_detection", RealtimeAudioInputTurnDetection, strict, errs)


RealtimeTranscriptionSessionAudioInput = RealtimeAudioConfigInput
"""A transcription session's input audio, as the client sends it: the same shape."""


@model
class RealtimeAudioConfigOutput(Model):
    """The output audio: its format, voice and speed."""

    format: Maybe[RealtimeAudioFormats] = UNSET
    voice: Maybe[Union[str, VoiceID]] = UNSET
    """A voice's name (any string; :data:`~realtime_models.ga.literals.VOICES` lists the known
    ones), or a custom voice as a :class:`VoiceID`. It cannot change after the first audio."""
    speed: Maybe[float] = UNSET
    """0.25 to 1.5 (strict mode checks); changed between turns only."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"speed": between(0.25, 1.5)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.format = get_model(d, "format", RealtimeAudioFormats, strict, errs)
        self.voice = get_str_or_model(d, "voice", VoiceID, strict, errs)
        self.speed = get_number(d, "speed", errs)


@model
class RealtimeAudioConfig(Model):
    """A realtime session's audio, in and out."""

    input: Maybe[RealtimeAudioConfigInput] = UNSET
    output: Maybe[RealtimeAudioConfigOutput] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.input = get_model(d, "input", RealtimeAudioConfigInput, strict, errs)
        self.output = get_model(d, "output", RealtimeAudioConfigOutput, strict, errs)


@model
class RealtimeTranscriptionSessionAudio(Model):
    """A transcription session's audio, as the client sends it: input only."""

    input: Maybe[RealtimeAudioConfigInput] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.input = get_model(d, "input", RealtimeAudioConfigInput, strict, errs)


@model
class RealtimeTranscriptionSessionResponseAudioInput(Model):
    """A transcription session's input audio, as the server reports it: its turn detection has
    the four-key shape."""

    format: Maybe[RealtimeAudioFormats] = UNSET
    transcription: Maybe[AudioTranscription] = UNSET
    noise_reduction: Maybe[NoiseReduction] = UNSET
    turn_detection: Maybe[RealtimeTranscriptionSessionTurnDetection] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("transcription", "noise_reduction", "turn_detection")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.format = get_model(d, "format", RealtimeAudioFormats, strict, errs)
        self.transcription = get_model(d, "transcription", AudioTranscription, strict, errs)
        self.noise_reduction = get_model(d, "noise_reduction", NoiseReduction, strict, errs)
        self.turn_detection = get_model(d, "turn_detection", RealtimeTranscriptionSessionTurnDetection, strict, errs)


@model
class RealtimeTranscriptionSessionResponseAudio(Model):
    """A transcription session's audio, as the server reports it."""

    input: Maybe[RealtimeTranscriptionSessionResponseAudioInput] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.input = get_model(d, "input", RealtimeTranscriptionSessionResponseAudioInput, strict, errs)


@model
class TokenLimits(Model):
    """A limit on the tokens kept after the instructions, tools included."""

    post_instructions: Maybe[int] = UNSET
    """At least 0 (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"post_instructions": non_negative}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.post_instructions = get_int(d, "post_instructions", errs)


@model
class RealtimeTruncationRetentionRatio(Model):
    """Truncation that keeps a share of the conversation after the instructions when the input
    limit is hit (the other forms of ``truncation`` are ``"auto"`` and ``"disabled"``)."""

    type: Maybe[str] = UNSET
    """Always ``retention_ratio``."""
    retention_ratio: Maybe[float] = UNSET
    """0 to 1 (strict mode checks): 0.8 drops the oldest messages down to 80%."""
    token_limits: Maybe[TokenLimits] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _type = "retention_ratio"
    _required = ("type", "retention_ratio")
    _checks = {"retention_ratio": between(0.0, 1.0)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.retention_ratio = get_number(d, "retention_ratio", errs)
        self.token_limits = get_model(d, "token_limits", TokenLimits, strict, errs)


@model
class RealtimeReasoning(Model):
    """How hard a reasoning model thinks before it answers."""

    effort: Maybe[str] = UNSET
    """``minimal``, ``low``, ``medium``, ``high`` or ``xhigh`` (strict mode checks)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _checks = {"effort": one_of(_REASONING_EFFORTS)}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.effort = get_str(d, "effort", errs)


@model
class ResponsePrompt(Model):
    """A saved prompt and the values of its variables (kept as JSON)."""

    id: Maybe[str] = UNSET
    version: Maybe[str] = UNSET
    variables: Maybe[Dict[str, Any]] = UNSET
    """Each variable's value: a string, or an input content object (kept as JSON)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("id",)
    _nullable = ("version", "variables")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.version = get_str(d, "version", errs)
        self.variables = get_json_object(d, "variables", errs)


class RealtimeSessionRequest(Dispatcher):
    """The base of the sessions a client sends in ``session.update``, told apart by ``type``:
    :class:`RealtimeSessionCreateRequest` (``realtime``) and
    :class:`RealtimeTranscriptionSessionCreateRequest` (``transcription``)."""

    __slots__ = ()
    _kind: ClassVar[str]


class RealtimeSessionResponse(Dispatcher):
    """The base of the sessions the server reports in ``session.created`` and
    ``session.updated``, told apart by ``type``: :class:`RealtimeSessionCreateResponse`
    (``realtime``) and :class:`RealtimeTranscriptionSessionCreateResponse` (``transcription``)."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class RealtimeSessionCreateRequest(RealtimeSessionRequest):
    """A realtime session's configuration, as the client sends it in ``session.update``. A
    field left ``UNSET`` is not sent and stays as it is; ``None`` turns a setting off."""

    type: Maybe[str] = UNSET
    """Always ``realtime``."""
    output_modalities: Maybe[List[str]] = UNSET
    """``["audio"]`` (audio and its transcript) or ``["text"]``."""
    model: Maybe[str] = UNSET
    """Any string; :data:`~realtime_models.ga.literals.MODELS` lists the known ones."""
    instructions: Maybe[str] = UNSET
    audio: Maybe[RealtimeAudioConfig] = UNSET
    include: Maybe[List[str]] = UNSET
    """Extra fields in the server's output: ``item.input_audio_transcription.logprobs``."""
    tracing: Maybe[Union[str, TracingConfiguration]] = UNSET
    """``"auto"``, a :class:`TracingConfiguration`, or ``None`` (off)."""
    tools: Maybe[List[RealtimeToolsConfigUnion]] = UNSET
    tool_choice: Maybe[Union[str, RealtimeToolChoiceObject]] = UNSET
    """``none``, ``auto`` or ``required``, or the function or MCP server to use."""
    parallel_tool_calls: Maybe[bool] = UNSET
    reasoning: Maybe[RealtimeReasoning] = UNSET
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    """1 to 4096, or ``"inf"`` (strict mode checks)."""
    truncation: Maybe[Union[str, RealtimeTruncationRetentionRatio]] = UNSET
    """``"auto"``, ``"disabled"``, or a :class:`RealtimeTruncationRetentionRatio`."""
    prompt: Maybe[ResponsePrompt] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "realtime"
    _required = ("type",)
    _nullable = ("tracing", "prompt", "include")
    _checks = {
        "output_modalities": each_one_of(_OUTPUT_MODALITIES),
        "tracing": _TRACING_MODE,
        "tool_choice": _TOOL_CHOICE_MODE,
        "max_output_tokens": max_output_tokens_bounds,
        "truncation": _TRUNCATION_MODE,
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.output_modalities = get_str_list(d, "output_modalities", errs)
        self.model = get_str(d, "model", errs)
        self.instructions = get_str(d, "instructions", errs)
        self.audio = get_model(d, "audio", RealtimeAudioConfig, strict, errs)
        self.include = get_str_list(d, "include", errs)
        self.tracing = get_str_or_model(d, "tracing", TracingConfiguration, strict, errs)
        self.tools = get_models(d, "tools", RealtimeToolsConfigUnion, strict, errs)
        self.tool_choice = get_str_or_model(d, "tool_choice", RealtimeToolChoiceObject, strict, errs)
        self.parallel_tool_calls = get_bool(d, "parallel_tool_calls", errs)
        self.reasoning = get_model(d, "reasoning", RealtimeReasoning, strict, errs)
        self.max_output_tokens = get_int_or_inf(d, "max_output_tokens", errs)
        self.truncation = get_str_or_model(d, "truncation", RealtimeTruncationRetentionRatio, strict, errs)
        self.prompt = get_model(d, "prompt", ResponsePrompt, strict, errs)


@model
class RealtimeSessionCreateResponse(RealtimeSessionResponse):
    """A realtime session's configuration, as the server reports it in ``session.created`` and
    ``session.updated``: the request's settings in effect, with the session's id, object and
    expiry."""

    type: Maybe[str] = UNSET
    """Always ``realtime``."""
    object: Maybe[str] = UNSET
    """Always ``realtime.session``."""
    id: Maybe[str] = UNSET
    model: Maybe[str] = UNSET
    """Any string; :data:`~realtime_models.ga.literals.MODELS` lists the known ones."""
    output_modalities: Maybe[List[str]] = UNSET
    instructions: Maybe[str] = UNSET
    tools: Maybe[List[RealtimeToolsConfigUnion]] = UNSET
    tool_choice: Maybe[Union[str, RealtimeToolChoiceObject]] = UNSET
    max_output_tokens: Maybe[Union[int, str]] = UNSET
    tracing: Maybe[Union[str, TracingConfiguration]] = UNSET
    prompt: Maybe[ResponsePrompt] = UNSET
    expires_at: Maybe[int] = UNSET
    """When the session expires, in seconds since the epoch."""
    audio: Maybe[RealtimeAudioConfig] = UNSET
    include: Maybe[List[str]] = UNSET
    reasoning: Maybe[RealtimeReasoning] = UNSET
    truncation: Maybe[Union[str, RealtimeTruncationRetentionRatio]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "realtime"
    _object = "realtime.session"
    _required = ("type", "id", "object")
    _nullable = ("tracing", "prompt", "include")
    _checks = {
        "output_modalities": each_one_of(_OUTPUT_MODALITIES),
        "tracing": _TRACING_MODE,
        "tool_choice": _TOOL_CHOICE_MODE,
        "max_output_tokens": max_output_tokens_bounds,
        "truncation": _TRUNCATION_MODE,
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.object = get_str(d, "object", errs)
        self.id = get_str(d, "id", errs)
        self.model = get_str(d, "model", errs)
        self.output_modalities = get_str_list(d, "output_modalities", errs)
        self.instructions = get_str(d, "instructions", errs)
        self.tools = get_models(d, "tools", RealtimeToolsConfigUnion, strict, errs)
        self.tool_choice = get_str_or_model(d, "tool_choice", RealtimeToolChoiceObject, strict, errs)
        self.max_output_tokens = get_int_or_inf(d, "max_output_tokens", errs)
        self.tracing = get_str_or_model(d, "tracing", TracingConfiguration, strict, errs)
        self.prompt = get_model(d, "prompt", ResponsePrompt, strict, errs)
        self.expires_at = get_int(d, "expires_at", errs)
        self.audio = get_model(d, "audio", RealtimeAudioConfig, strict, errs)
        self.include = get_str_list(d, "include", errs)
        self.reasoning = get_model(d, "reasoning", RealtimeReasoning, strict, errs)
        self.truncation = get_str_or_model(d, "truncation", RealtimeTruncationRetentionRatio, strict, errs)


@model
class RealtimeTranscriptionSessionCreateRequest(RealtimeSessionRequest):
    """A transcription session's configuration, as the client sends it in ``session.update``."""

    type: Maybe[str] = UNSET
    """Always ``transcription``."""
    audio: Maybe[RealtimeTranscriptionSessionAudio] = UNSET
    include: Maybe[List[str]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "transcription"
    _required = ("type",)
    _nullable = ("include",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.audio = get_model(d, "audio", RealtimeTranscriptionSessionAudio, strict, errs)
        self.include = get_str_list(d, "include", errs)


@model
class RealtimeTranscriptionSessionCreateResponse(RealtimeSessionResponse):
    """A transcription session's configuration, as the server reports it."""

    type: Maybe[str] = UNSET
    """Always ``transcription``."""
    object: Maybe[str] = UNSET
    """``realtime.transcription_session`` (an open string)."""
    id: Maybe[str] = UNSET
    expires_at: Maybe[int] = UNSET
    audio: Maybe[RealtimeTranscriptionSessionResponseAudio] = UNSET
    include: Maybe[List[str]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "transcription"
    _required = ("type", "id", "object")
    _nullable = ("include",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.object = get_str(d, "object", errs)
        self.id = get_str(d, "id", errs)
        self.expires_at = get_int(d, "expires_at", errs)
        self.audio = get_model(d, "audio", RealtimeTranscriptionSessionResponseAudio, strict, errs)
        self.include = get_str_list(d, "include", errs)


@model
class UnknownSessionRequest(RealtimeSessionRequest):
    """A session of a type this version does not know, as a client sends it (lenient mode only):
    ``type`` as it came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


@model
class UnknownSession(RealtimeSessionResponse):
    """A session of a type this version does not know, as the server reports it (lenient mode
    only): ``type`` as it came, every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(
    RealtimeSessionRequest,
    kind_table(RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest),
    UnknownSessionRequest,
    _SESSION_TYPES,
)
set_kinds(
    RealtimeSessionResponse,
    kind_table(RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse),
    UnknownSession,
    _SESSION_TYPES,
)
