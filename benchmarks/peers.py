"""The libraries compared against, each optional: the openai SDK (pydantic), msgspec, mashumaro."""

# No `from __future__ import annotations` here: msgspec and mashumaro read the annotations of
# classes defined inside functions, which only works when they are evaluated at once.
import dataclasses
from typing import Any, Callable, Dict, List, Optional, Union

Candidates = Dict[str, Callable[[], Any]]


class Peers:
    sdk_import = "import openai.types.realtime"

    def __init__(self) -> None:
        self.sdk: Any = None
        self.sdk_ga: Any = None
        self.sdk_events: Dict[bool, Any] = {}
        self.sdk_client_events: Dict[bool, Any] = {}
        self.msgspec: Any = None
        self.mashumaro: Any = None
        self._versions: List[str] = []

    def versions(self) -> str:
        return ", ".join(self._versions) or "no peers installed (pip install -e '.[bench]')"

    def candidates(self, payload: Dict[str, Any], fresh: Callable[[], Any]) -> Candidates:
        """The peers on ``payload``; ``fresh()`` gives a new copy of it for every parse."""
        out: Candidates = {}
        if self.sdk:
            model_cls, construct, server_event = self.sdk
            model = model_cls.model_validate(payload)
            kind = "response.created" if payload["status"] == "in_progress" else "response.done"
            out["sdk validate"] = lambda: model_cls.model_validate(fresh())
            out["sdk dump"] = lambda: model.model_dump(exclude_unset=True)
            out["sdk receive"] = lambda: construct(
                value={"event_id": "event_bench", "type": kind, "response": fresh()}, type_=server_event
            )
        if self.msgspec:
            msgspec, struct = self.msgspec
            converted = msgspec.convert(payload, struct)
            out["msgspec convert"] = lambda: msgspec.convert(payload, struct)
            out["msgspec to_builtins"] = lambda: msgspec.to_builtins(converted)
        if self.mashumaro:
            parsed = self.mashumaro.from_dict(payload)
            out["mashumaro from_dict"] = lambda: self.mashumaro.from_dict(payload)
            out["mashumaro to_dict"] = parsed.to_dict
        return out

    def ga_candidates(self, payload: Dict[str, Any], fresh: Callable[[], Any]) -> Candidates:
        out: Candidates = {}
        if self.sdk_ga:
            model_cls = self.sdk_ga
            model = model_cls.model_validate(payload)
            out["sdk validate"] = lambda: model_cls.model_validate(fresh())
            out["sdk dump"] = lambda: model.model_dump(exclude_unset=True)
        return out

    def event_candidates(self, event: Dict[str, Any], ga: bool, fresh: Callable[[], Any]) -> Candidates:
        """The SDK's receive path (what the openai client does with each message), its
        validating path over its server-event union of the protocol, and its event class's
        ``model_validate``."""
        out: Candidates = {}
        if self.sdk:
            construct = self.sdk[1]
            union, adapter = self.sdk_events[ga]
            out["sdk receive"] = lambda: construct(value=fresh(), type_=union)
            out["sdk validate"] = lambda: adapter.validate_python(fresh())
            event_cls = type(adapter.validate_python(event))
            out["sdk class validate"] = lambda: event_cls.model_validate(fresh())
        return out

    def client_event_candidates(self, event: Dict[str, Any], ga: bool, fresh: Callable[[], Any]) -> Candidates:
        """The SDK's validation of a client event: through its client-event union, and its class's
        ``model_validate``."""
        out: Candidates = {}
        if self.sdk_client_events:
            adapter = self.sdk_client_events[ga]
            out["sdk validate"] = lambda: adapter.validate_python(fresh())
            event_cls = type(adapter.validate_python(event))
            out["sdk class validate"] = lambda: event_cls.model_validate(fresh())
        return out

    def retained(self, payload: Dict[str, Any], measure: Callable[[Callable[[], Any]], int]) -> Optional[int]:
        if not self.sdk:
            return None
        model_cls = self.sdk[0]
        return measure(lambda: model_cls.model_validate(payload))


def load_peers() -> Peers:
    peers = Peers()
    try:
        import openai
        import pydantic_core
        from openai._models import construct_type_unchecked
        from openai.types.beta.realtime.realtime_response import RealtimeResponse
        from openai.types.beta.realtime.realtime_server_event import RealtimeServerEvent

        peers.sdk = (RealtimeResponse, construct_type_unchecked, RealtimeServerEvent)
        from openai.types.realtime.realtime_response import RealtimeResponse as GAResponse
        from openai.types.realtime.realtime_server_event import RealtimeServerEvent as GAEvent
        from pydantic import TypeAdapter

        peers.sdk_ga = GAResponse
        peers.sdk_events = {
            True: (GAEvent, TypeAdapter(GAEvent)),
            False: (RealtimeServerEvent, TypeAdapter(RealtimeServerEvent)),
        }
        from openai.types.beta.realtime import RealtimeClientEvent as BetaClientEvent
        from openai.types.realtime import RealtimeClientEvent as GAClientEvent

        peers.sdk_client_events = {True: TypeAdapter(GAClientEvent), False: TypeAdapter(BetaClientEvent)}
        peers._versions.append("openai %s (pydantic-core %s)" % (openai.__version__, pydantic_core.__version__))
    except ImportError:
        pass
    try:
        import msgspec

        peers.msgspec = (msgspec, _msgspec_structs(msgspec))
        peers._versions.append("msgspec %s" % msgspec.__version__)
    except ImportError:
        pass
    try:
        from importlib.metadata import version

        peers.mashumaro = _mashumaro_classes()
        peers._versions.append("mashumaro %s" % version("mashumaro"))
    except ImportError:
        pass
    return peers


def _msgspec_structs(msgspec: Any) -> Any:
    """Structs equivalent to the beta models: same fields, UNSET for absent, omitted when dumped.
    (msgspec drops unknown keys, so its round trip is not lossless; it is here for speed.)"""
    U = msgspec.UnsetType
    S = Union[str, U, None]
    I = Union[int, U, None]  # noqa: E741

    class Content(msgspec.Struct, omit_defaults=True):
        type: S = msgspec.UNSET
        text: S = msgspec.UNSET
        audio: S = msgspec.UNSET
        transcript: S = msgspec.UNSET
        id: S = msgspec.UNSET

    class Item(msgspec.Struct, omit_defaults=True):
        id: S = msgspec.UNSET
        type: S = msgspec.UNSET
        object: S = msgspec.UNSET
        status: S = msgspec.UNSET
        role: S = msgspec.UNSET
        content: Union[List[Content], U, None] = msgspec.UNSET
        call_id: S = msgspec.UNSET
        name: S = msgspec.UNSET
        arguments: S = msgspec.UNSET
        output: S = msgspec.UNSET

    class Error(msgspec.Struct, omit_defaults=True):
        type: S = msgspec.UNSET
        code: S = msgspec.UNSET
        message: S = msgspec.UNSET

    class StatusDetails(msgspec.Struct, omit_defaults=True):
        type: S = msgspec.UNSET
        reason: S = msgspec.UNSET
        error: Union[Error, U, None] = msgspec.UNSET

    class Cached(msgspec.Struct, omit_defaults=True):
        text_tokens: I = msgspec.UNSET
        audio_tokens: I = msgspec.UNSET
        image_tokens: I = msgspec.UNSET

    class InputDetails(msgspec.Struct, omit_defaults=True):
        cached_tokens: I = msgspec.UNSET
        text_tokens: I = msgspec.UNSET
        audio_tokens: I = msgspec.UNSET
        image_tokens: I = msgspec.UNSET
        cached_tokens_details: Union[Cached, U, None] = msgspec.UNSET

    class OutputDetails(msgspec.Struct, omit_defaults=True):
        text_tokens: I = msgspec.UNSET
        audio_tokens: I = msgspec.UNSET

    class Usage(msgspec.Struct, omit_defaults=True):
        total_tokens: I = msgspec.UNSET
        input_tokens: I = msgspec.UNSET
        output_tokens: I = msgspec.UNSET
        input_token_details: Union[InputDetails, U, None] = msgspec.UNSET
        output_token_details: Union[OutputDetails, U, None] = msgspec.UNSET

    class Response(msgspec.Struct, omit_defaults=True):
        id: S = msgspec.UNSET
        object: S = msgspec.UNSET
        status: S = msgspec.UNSET
        status_details: Union[StatusDetails, U, None] = msgspec.UNSET
        output: Union[List[Item], U, None] = msgspec.UNSET
        metadata: Union[Dict[str, str], U, None] = msgspec.UNSET
        usage: Union[Usage, U, None] = msgspec.UNSET
        conversation_id: S = msgspec.UNSET
        voice: S = msgspec.UNSET
        modalities: Union[List[str], U, None] = msgspec.UNSET
        output_audio_format: S = msgspec.UNSET
        temperature: Union[float, U, None] = msgspec.UNSET
        max_output_tokens: Union[int, str, U, None] = msgspec.UNSET

    return Response


def _mashumaro_classes() -> Any:
    """mashumaro dataclasses of the same shape (None for absent: it has no third state)."""
    from mashumaro import DataClassDictMixin

    S = Optional[str]
    I = Optional[int]  # noqa: E741

    @dataclasses.dataclass
    class Content(DataClassDictMixin):
        type: S = None
        text: S = None
        audio: S = None
        transcript: S = None
        id: S = None

    @dataclasses.dataclass
    class Item(DataClassDictMixin):
        id: S = None
        type: S = None
        object: S = None
        status: S = None
        role: S = None
        content: Optional[List[Content]] = None
        call_id: S = None
        name: S = None
        arguments: S = None
        output: S = None

    @dataclasses.dataclass
    class Error(DataClassDictMixin):
        type: S = None
        code: S = None
        message: S = None

    @dataclasses.dataclass
    class StatusDetails(DataClassDictMixin):
        type: S = None
        reason: S = None
        error: Optional[Error] = None

    @dataclasses.dataclass
    class Cached(DataClassDictMixin):
        text_tokens: I = None
        audio_tokens: I = None
        image_tokens: I = None

    @dataclasses.dataclass
    class InputDetails(DataClassDictMixin):
        cached_tokens: I = None
        text_tokens: I = None
        audio_tokens: I = None
        image_tokens: I = None
        cached_tokens_details: Optional[Cached] = None

    @dataclasses.dataclass
    class OutputDetails(DataClassDictMixin):
        text_tokens: I = None
        audio_tokens: I = None

    @dataclasses.dataclass
    class Usage(DataClassDictMixin):
        total_tokens: I = None
        input_tokens: I = None
        output_tokens: I = None
        input_token_details: Optional[InputDetails] = None
        output_token_details: Optional[OutputDetails] = None

    @dataclasses.dataclass
    class Response(DataClassDictMixin):
        id: S = None
        object: S = None
        status: S = None
        status_details: Optional[StatusDetails] = None
        output: Optional[List[Item]] = None
        metadata: Optional[Dict[str, str]] = None
        usage: Optional[Usage] = None
        conversation_id: S = None
        voice: S = None
        modalities: Optional[List[str]] = None
        output_audio_format: S = None
        temperature: Optional[float] = None
        max_output_tokens: Optional[Union[int, str]] = None

    return Response
