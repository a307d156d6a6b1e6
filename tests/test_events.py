"""Server events by hand: the dispatch, the lists of types, unknown events, the namespaces."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest
from hypothesis import given
from hypothesis import strategies as st

import realtime_models
from realtime_models import beta, ga
from realtime_models.errors import format_path

from .property.strategies import BETA_EVENTS, GA_EVENTS, payloads

ROOT = Path(realtime_models.__file__).parent.parent


def problems(cls: Any, data: Any, strict: bool = False) -> List[str]:
    with pytest.raises(realtime_models.ValidationError) as info:
        cls.from_dict(data, strict=strict)
    return ["%s: %s" % (format_path(p.path), p.message) for p in info.value.errors]


@pytest.mark.parametrize(("namespace", "expected", "count"), [(ga, GA_EVENTS, 46), (beta, BETA_EVENTS, 34)])
def test_each_namespace_knows_its_types_and_lists_them(namespace: Any, expected: Dict[str, Any], count: int) -> None:
    assert set(namespace.EVENTS) == set(expected)
    assert len(namespace.EVENTS) == count
    listed = re.findall(r"^- ``([a-z_.]+)``$", namespace.server_events.__doc__, re.M)
    assert sorted(listed) == sorted(namespace.EVENTS)  # an added type cannot go unlisted
    for kind, cls in namespace.EVENTS.items():
        assert cls._kind == kind
        assert issubclass(cls, namespace.RealtimeServerEvent)


@given(st.data())
def test_the_base_dispatches_every_event_to_its_class(data: st.DataObject) -> None:
    era = data.draw(st.sampled_from(["ga", "beta"]))
    namespace = ga if era == "ga" else beta
    kind = data.draw(st.sampled_from(sorted(namespace.EVENTS)))
    strict = data.draw(st.booleans())
    payload = data.draw(payloads("%s_event %s" % (era, kind), strict=strict))
    event = namespace.RealtimeServerEvent.from_dict(payload, strict=strict)
    assert type(event) is namespace.EVENTS[kind]
    assert event.to_dict() == payload
    assert list(event.to_dict()) == list(payload)
    assert namespace.RealtimeServerEvent.from_json(event.to_json()) == event


def test_unknown_events_are_kept_whole_and_refused_in_strict_mode() -> None:
    for namespace in (ga, beta):
        for data in (
            {"type": "response.reasoning.delta", "event_id": "e", "delta": "x"},
            {"event_id": "e"},
            {"type": 5},
        ):
            event = namespace.RealtimeServerEvent.from_dict(data)
            assert type(event) is namespace.UnknownServerEvent
            assert isinstance(event, namespace.RealtimeServerEvent)
            assert event.to_dict() == data
        assert problems(namespace.RealtimeServerEvent, {"type": "response.reasoning.delta"}, strict=True) == [
            'type: expected a known event type, got string "response.reasoning.delta"'
        ]
        assert problems(namespace.RealtimeServerEvent, {"event_id": "e"}, strict=True) == [
            "type: required key is missing"
        ]
    # The GA names of the delta events are unknown to the beta protocol, and the other way round.
    assert type(beta.RealtimeServerEvent.from_dict({"type": "response.output_text.delta"})) is beta.UnknownServerEvent
    assert type(ga.RealtimeServerEvent.from_dict({"type": "response.text.delta"})) is ga.UnknownServerEvent


def test_shared_events_belong_to_both_namespaces_and_era_events_to_one() -> None:
    error = {
        "type": "error",
        "event_id": "e",
        "error": {"type": "invalid_request_error", "message": "Bad", "code": None, "param": None, "event_id": None},
    }
    for namespace in (ga, beta):
        event = namespace.RealtimeServerEvent.from_dict(error, strict=True)
        assert isinstance(event, ga.RealtimeServerEvent)
        assert isinstance(event, beta.RealtimeServerEvent)
        assert isinstance(event, ga.ErrorEvent)
        assert type(event) is (ga.RealtimeErrorEvent if namespace is ga else beta.ErrorEvent)  # the SDKs' names
    assert ga.ErrorEvent is beta.ErrorEvent
    done_ga = ga.RealtimeServerEvent.from_dict(
        {"type": "response.done", "response": {"output": [{"type": "function_call"}]}}
    )
    assert isinstance(done_ga, ga.ResponseDoneEvent)
    assert not isinstance(done_ga, beta.RealtimeServerEvent)
    assert done_ga.response
    assert isinstance(done_ga.response, ga.RealtimeResponse)
    assert isinstance((done_ga.response.output or [])[0], ga.RealtimeConversationItemFunctionCall)
    done_beta = beta.RealtimeServerEvent.from_dict(
        {"type": "response.done", "response": {"output": [{"type": "function_call"}]}}
    )
    assert isinstance(done_beta, beta.ResponseDoneEvent)
    assert done_beta.response
    assert isinstance(done_beta.response, realtime_models.RealtimeResponse)


def test_problems_have_paths_from_the_top_of_the_event() -> None:
    event = {
        "type": "response.done",
        "response": {"output": [{"type": "message", "role": "user", "content": [{"type": "input_text"}, {"type": 7}]}]},
    }
    assert problems(ga.RealtimeServerEvent, event) == [
        "response.output[0].content[1].type: expected string, got integer 7"
    ]
    assert problems(
        ga.RealtimeServerEvent, {"type": "rate_limits.updated", "rate_limits": [{"name": "tokens", "limit": "x"}]}
    ) == ['rate_limits[0].limit: expected integer, got string "x"']


def test_strict_rules_of_events() -> None:
    delta = {
        "type": "conversation.item.input_audio_transcription.delta",
        "event_id": "e",
        "item_id": "i",
        "delta": "hi",
        "obfuscation": "abc",
    }
    assert ga.RealtimeServerEvent.from_dict(delta, strict=True).extra == {
        "obfuscation": "abc"
    }  # OpenAI's example sends it
    assert problems(ga.RealtimeServerEvent, dict(delta, other=1), strict=True) == ["other: unknown key"]
    dtmf = {"type": "input_audio_buffer.dtmf_event_received", "event": "5", "received_at": 1}
    ga.RealtimeServerEvent.from_dict(dtmf, strict=True)  # this event has no event_id
    assert problems(
        ga.InputAudioBufferSpeechStartedEvent, {"type": "input_audio_buffer.speech_stopped"}, strict=True
    ) == [
        "event_id: required key is missing",
        "audio_start_ms: required key is missing",
        "item_id: required key is missing",
        'type: expected "input_audio_buffer.speech_started", got "input_audio_buffer.speech_stopped"',
    ]
    usage = {
        "type": "conversation.item.input_audio_transcription.completed",
        "event_id": "e",
        "item_id": "i",
        "content_index": 0,
        "transcript": "t",
    }
    beta.RealtimeServerEvent.from_dict(usage, strict=True)  # OpenAI's beta example has no usage
    assert problems(ga.RealtimeServerEvent, usage, strict=True) == ["usage: required key is missing"]
    logprobs = dict(
        usage,
        usage={"type": "duration", "seconds": 1.5},
        logprobs=[{"token": "t", "logprob": -0.1, "bytes": [116, True]}],
    )
    assert problems(ga.RealtimeServerEvent, logprobs) == ["logprobs[0].bytes[1]: expected integer, got boolean true"]
    logprobs["logprobs"] = [{"bytes": "t"}]
    assert problems(ga.RealtimeServerEvent, logprobs) == ['logprobs[0].bytes: expected array, got string "t"']
    logprobs["logprobs"] = [{"bytes": [1, {2}]}]
    assert problems(ga.RealtimeServerEvent, logprobs) == ["logprobs[0].bytes[1]: expected a JSON value, got Python set"]
    logprobs["logprobs"] = [{"bytes": [10**5000]}]
    assert problems(ga.RealtimeServerEvent, logprobs)[0].startswith(
        "logprobs[0].bytes[0]: expected an integer of at most 4300 digits"
    )


def test_a_hostile_key_on_the_event_base() -> None:
    class Raises:
        def __hash__(self) -> int:
            return hash("type")

        def __eq__(self, other: object) -> bool:
            raise RuntimeError("no")

    for namespace in (ga, beta):
        assert problems(namespace.RealtimeServerEvent, {Raises(): 1}) == [
            "<root>: could not read the input (RuntimeError)"
        ]


def test_event_classes_load_on_first_use() -> None:
    code = (
        "import sys, realtime_models.ga as ga, realtime_models.beta as beta\n"
        "assert 'realtime_models.ga.server_events' not in sys.modules\n"
        "assert not hasattr(ga, '_private') and 'realtime_models.ga.server_events' not in sys.modules\n"
        "ga.RealtimeServerEvent\n"
        "assert 'realtime_models.ga.server_events' in sys.modules and 'realtime_models.beta.server_events' not in sys.modules\n"
        "assert not hasattr(beta, 'NoSuchThing')\n"
        "from realtime_models.beta import ResponseTextDeltaEvent\n"
        "print(ResponseTextDeltaEvent._kind)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=str(ROOT), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "response.text.delta\n"


@pytest.mark.parametrize("log", sorted((ROOT / "examples").glob("*.jsonl")))
def test_the_example_logs_hold_no_unknown_event(log: Path) -> None:
    namespace = ga if log.name.startswith("ga_") else beta
    sent = 0
    for line in log.read_text(encoding="utf-8").splitlines():
        if json.loads(line)["type"] in namespace.CLIENT_EVENTS:  # the logs record both directions
            event = namespace.RealtimeClientEvent.from_json(line, strict=True)
            sent += 1
        else:
            event = namespace.RealtimeServerEvent.from_json(line, strict=True)
        assert not isinstance(event, (namespace.UnknownServerEvent, namespace.UnknownClientEvent)), line[:80]
        assert event.to_json() == json.dumps(json.loads(line), separators=(",", ":"))
    assert sent == {"ga_phone_call.jsonl": 5}.get(log.name, 4)


def test_languages_must_be_an_array_in_strict_mode() -> None:
    completed = {
        "type": "conversation.item.input_audio_transcription.completed",
        "event_id": "e",
        "item_id": "i",
        "content_index": 0,
        "transcript": "t",
        "usage": {"type": "duration", "seconds": 1},
        "languages": "en",
    }
    assert ga.RealtimeServerEvent.from_dict(completed).to_dict() == completed  # lenient keeps any JSON there
    assert problems(ga.RealtimeServerEvent, completed, strict=True) == ['languages: expected array, got string "en"']


def test_the_delta_shapes_parse_on_their_own() -> None:
    from realtime_models._shared import deltas as _deltas
    from realtime_models._shared import server_events as _events

    ids = {"response_id": "r", "item_id": "i", "output_index": 0, "content_index": 0}
    for shape, extra in [
        (_deltas.ResponseContentDelta, {"delta": "d"}),
        (_events.ResponseContentDone, {}),
        (_events.ResponseTextDone, {"text": "t"}),
        (_events.ResponseTranscriptDone, {"transcript": "t"}),
    ]:
        data = {"event_id": "e", "type": "any.type", **ids, **extra}
        assert shape.from_dict(data, strict=True).to_dict() == data  # a shape names no type of its own
    args = {"event_id": "e", "type": "response.function_call_arguments.delta", "call_id": "c", "delta": "{", **ids}
    del args["content_index"]
    assert _deltas.ResponseFunctionCallArgumentsDeltaEvent.from_dict(args, strict=True).to_dict() == args


def test_from_json_takes_str_subclasses_and_every_utf() -> None:
    class Text(str):
        pass

    line = '{"type":"input_audio_buffer.cleared","event_id":"e"}'
    for text in (Text(line), line.encode("utf-8"), bytearray(line.encode("utf-16"))):
        assert type(ga.RealtimeServerEvent.from_json(text)) is ga.InputAudioBufferClearedEvent
