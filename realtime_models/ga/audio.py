"""The GA response's ``audio`` object: its output's format and voice."""

from __future__ import annotations

from .._core.checks import one_of
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import get_int, get_json, get_model, get_str, get_str_or_model
from .._core.unset import UNSET
from .literals import _AUDIO_FORMAT_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "AudioPCM",
    "AudioPCMA",
    "AudioPCMU",
    "RealtimeAudioFormats",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "UnknownAudioFormat",
    "VoiceID",
]


class RealtimeAudioFormats(Dispatcher):
    """The base of the audio formats: ``RealtimeAudioFormats.from_dict`` returns the format its
    ``type`` names (:class:`AudioPCM`, :class:`AudioPCMU`, :class:`AudioPCMA`), or, in lenient
    mode, an :class:`UnknownAudioFormat` that keeps every key."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class AudioPCM(RealtimeAudioFormats):
    """PCM audio, 16-bit, 24 kHz (the only rate the API supports)."""

    type: Maybe[str] = UNSET
    """Always ``audio/pcm``."""
    rate: Maybe[int] = UNSET
    """Always ``24000`` (strict mode checks it)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "audio/pcm"
    _checks = {"rate": one_of((24000,))}

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.rate = get_int(d, "rate", errs)


@model
class _G711Audio(RealtimeAudioFormats):
    """The shape of the two G.711 formats, which carry only their ``type``."""

    type: Maybe[str] = UNSET
    """Always ``audio/pcmu``."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)


class AudioPCMU(_G711Audio):
    """G.711 μ-law audio."""

    __slots__ = ()
    _kind = "audio/pcmu"


class AudioPCMA(_G711Audio):
    """G.711 A-law audio."""

    __slots__ = ()
    _kind = "audio/pcma"


@model
class UnknownAudioFormat(RealtimeAudioFormats):
    """A format this version does not know (lenient mode only): ``type`` as it came (any JSON
    value, or UNSET), every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(RealtimeAudioFormats, kind_table(AudioPCM, AudioPCMU, AudioPCMA), UnknownAudioFormat, _AUDIO_FORMAT_TYPES)


@model
class VoiceID(Model):
    """A custom voice, wherever a voice's name may stand: ``{"id": "voice_1234"}``."""

    id: Maybe[str] = UNSET
    """The custom voice's id."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("id",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)


@model
class RealtimeResponseAudioOutput(Model):
    """How the response's audio output was made: its format and voice."""

    format: Maybe[RealtimeAudioFormats] = UNSET
    """:class:`AudioPCM`, :class:`AudioPCMU` or :class:`AudioPCMA` (or an unknown format)."""
    voice: Maybe[Union[str, VoiceID]] = UNSET
    """The voice: its name (any string; :data:`~realtime_models.ga.literals.VOICES` lists the
    known ones), or a custom voice as a :class:`VoiceID`."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.format = get_model(d, "format", RealtimeAudioFormats, strict, errs)
        self.voice = get_str_or_model(d, "voice", VoiceID, strict, errs)


@model
class RealtimeResponseAudio(Model):
    """The GA response's ``audio``: configuration of its audio output."""

    output: Maybe[RealtimeResponseAudioOutput] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.output = get_model(d, "output", RealtimeResponseAudioOutput, strict, errs)
