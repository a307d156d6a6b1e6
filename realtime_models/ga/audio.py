"""The GA response's ``audio`` object: its output's format and voice."""

from __future__ import annotations

from .._core.checks import one_of
from .._core.model import Model, field, kind_table, model, set_parser, union_parser
from .._core.readers import flat_parser, get_int, get_json, get_model, get_str
from .._core.unset import UNSET
from .literals import _AUDIO_FORMAT_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, Type, Union

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
]


class RealtimeAudioFormats(Model):
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


@model
class AudioPCMU(RealtimeAudioFormats):
    """G.711 μ-law audio."""

    type: Maybe[str] = UNSET
    """Always ``audio/pcmu``."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "audio/pcmu"


@model
class AudioPCMA(RealtimeAudioFormats):
    """G.711 A-law audio."""

    type: Maybe[str] = UNSET
    """Always ``audio/pcma``."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "audio/pcma"


@model
class UnknownAudioFormat(RealtimeAudioFormats):
    """A format this version does not know (lenient mode only): ``type`` as it came (any JSON
    value, or UNSET), every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""


def _read_type(f: Union[AudioPCMU, AudioPCMA], d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    f.type = get_str(d, "type", errs)


def _read_pcm(f: AudioPCM, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    f.type = get_str(d, "type", errs)
    f.rate = get_int(d, "rate", errs)


def _read_unknown(f: UnknownAudioFormat, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    f.type = get_json(d, "type", errs)


_FORMATS: Dict[Any, Type[RealtimeAudioFormats]] = kind_table(AudioPCM, AudioPCMU, AudioPCMA)
_parse_format = union_parser(_FORMATS, UnknownAudioFormat, _AUDIO_FORMAT_TYPES)


@model
class RealtimeResponseAudioOutput(Model):
    """How the response's audio output was made: its format and voice."""

    format: Maybe[RealtimeAudioFormats] = UNSET
    """:class:`AudioPCM`, :class:`AudioPCMU` or :class:`AudioPCMA` (or an unknown format)."""
    voice: Maybe[str] = UNSET
    """The voice: any string; :data:`~realtime_models.ga.literals.VOICES` lists the known ones."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""


def _read_output(o: RealtimeResponseAudioOutput, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    o.format = get_model(d, "format", _parse_format, RealtimeAudioFormats, strict, errs)
    o.voice = get_str(d, "voice", errs)


@model
class RealtimeResponseAudio(Model):
    """The GA response's ``audio``: configuration of its audio output."""

    output: Maybe[RealtimeResponseAudioOutput] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""


def _read_audio(a: RealtimeResponseAudio, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    a.output = get_model(d, "output", _parse_output, RealtimeResponseAudioOutput, strict, errs)


RealtimeResponseAudioOutput._children = {"format": (RealtimeAudioFormats, False)}
RealtimeResponseAudio._children = {"output": (RealtimeResponseAudioOutput, False)}

_parse_pcm = flat_parser(_read_pcm)
_parse_unknown = flat_parser(_read_unknown)
_parse_output = flat_parser(_read_output)
set_parser(AudioPCM, _parse_pcm)
set_parser(AudioPCMU, flat_parser(_read_type))
set_parser(AudioPCMA, flat_parser(_read_type))
set_parser(UnknownAudioFormat, _parse_unknown)
set_parser(RealtimeAudioFormats, _parse_format)
set_parser(RealtimeResponseAudioOutput, _parse_output)
_parse_audio = flat_parser(_read_audio)
set_parser(RealtimeResponseAudio, _parse_audio)
