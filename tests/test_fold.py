"""The conversation state: the hand-written session logs of tests/logs, and each oddity."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from realtime_models import UNSET, beta, ga

from .fold_streams import Ids, response_events, transcription_events, user_item_events

LOGS = Path(__file__).parent / "logs"
NAMESPACES = {"ga": ga, "beta": beta}
PROTOCOLS = ("ga", "beta")


def events_of(name: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in (LOGS / (name + ".jsonl")).read_text(encoding="utf-8").splitlines()]


def folded(protocol: str, events: List[Dict[str, Any]], **options: Any) -> Any:
    state = NAMESPACES[protocol].ConversationState(**options)
    for event in events:
        state.apply(event)
    return state


def assert_clean(state: Any) -> None:
    assert state.oddities == []
    assert state.disagreements == []
    assert state.unfinished == []


def ids_of(items: List[Any]) -> List[str]:
    return [item.id for item in items]


def message(protocol: str, item_id: str, kind: str, value: str, status: str = "completed") -> Dict[str, Any]:
    field = "text" if kind == "text" else "transcript"
    part_type = {"ga": {"text": "output_text", "audio": "output_audio"}, "beta": {"text": "text", "audio": "audio"}}
    return {
        "id": item_id,
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": [{"type": part_type[protocol][kind], field: value}],
    }


def response(response_id: str, output: List[Dict[str, Any]], **keys: Any) -> Dict[str, Any]:
    return {
        "object": "realtime.response",
        "id": response_id,
        "status": "completed",
        "status_details": {"type": "completed"},
        "output": output,
        "conversation_id": "conv_1",
        **keys,
    }


# --- the hand-written logs ---------------------------------------------------------------------


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_spoken_turn_with_transcription_in_the_middle_of_the_response(protocol: str) -> None:
    events = events_of(protocol + "_spoken_turn")
    state = folded(protocol, events)
    assert_clean(state)
    user, answer = state.items
    assert user.content[0].transcript == "Could you tell me a joke about penguins?"
    assert answer.content[0].transcript == "Why don't penguins fly? They can't afford the tickets."
    assert state.responses["resp_1"].status == "completed"
    assert state.conversation_id == ("conv_1" if protocol == "beta" else None)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_text_response_reads_as_it_streams(protocol: str) -> None:
    events = events_of(protocol + "_text_response")
    state = NAMESPACES[protocol].ConversationState()
    text_delta = "response.output_text.delta" if protocol == "ga" else "response.text.delta"
    seen = []
    for event in events:
        finished = state.apply(event)
        if event["type"] == text_delta:
            seen.append(state.response("resp_1").output[0].content[0].text)
        assert finished is (state.responses["resp_1"] if event["type"] == "response.done" else None)
    assert seen == ["The", "The Tagus,", "The Tagus, the", "The Tagus, the Douro", "The Tagus, the Douro and",
                    "The Tagus, the Douro and the", "The Tagus, the Douro and the Mondego."]  # fmt: skip
    assert_clean(state)
    assert ids_of(state.items) == ["item_U1", "item_A1"]
    assert state.items[1] is state.responses["resp_1"].output[0]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_function_call_its_output_and_a_second_response(protocol: str) -> None:
    events = events_of(protocol + "_function_call")
    state = NAMESPACES[protocol].ConversationState()
    for event in events:
        state.apply(event)
        if event["type"] == "response.function_call_arguments.delta":
            arguments = state.item("item_F1").arguments
            assert arguments
            assert '{"city":"Porto"}'.startswith(arguments)
    assert_clean(state)
    assert ids_of(state.items) == ["item_U1", "item_F1", "item_O1", "item_A1"]
    assert state.item("item_F1").arguments == '{"city":"Porto"}'
    assert state.item("item_O1").output == '{"sky":"rain","temperature_c":16}'
    assert list(state.responses) == ["resp_1", "resp_2"]
    assert state.in_progress == []


def test_an_mcp_call() -> None:
    state = folded("ga", events_of("ga_mcp_call"))
    assert_clean(state)
    call = state.item("item_M1")
    assert isinstance(call, ga.RealtimeMcpToolCall)
    assert (call.arguments, call.output) == ('{"from":"Lisbon","to":"Porto"}', "2h49 on the Alfa Pendular")
    assert state.status_signal("item_M1") == "completed"
    assert state.status_signal("item_A1") is None
    assert ids_of(state.items) == ["item_U1", "item_M1", "item_A1"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_cancelled_response_then_its_audio_truncated(protocol: str) -> None:
    events = events_of(protocol + "_interrupted")
    state = folded(protocol, events[:-1], keep_audio=True)
    answer = state.item("item_A1")
    assert answer.status == "incomplete"
    assert answer.content[0].transcript == "Once upon a time, in a city by the sea,"
    assert state.audio("item_A1") == bytes([0, 1, 2, 3]) * 0 + b"".join(bytes([n]) * 480 for n in range(4))
    assert state.audio_kept == 1920
    done = state.responses["resp_1"]
    assert (done.status, done.status_details.type, done.status_details.reason) == (
        "cancelled",
        "cancelled",
        "turn_detected",
    )
    state.apply(events[-1])  # conversation.item.truncated at 15 ms: 720 bytes of 24 kHz PCM16
    assert state.item("item_A1").content[0].transcript is UNSET
    assert state.audio("item_A1") == bytes([0]) * 480 + bytes([1]) * 240
    assert state.audio_of(state.item("item_A1").content[0]) == state.audio("item_A1")
    assert state.audio_kept == 720
    assert_clean(state)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_audio_is_not_kept_unless_asked(protocol: str) -> None:
    state = folded(protocol, events_of(protocol + "_interrupted"))
    assert state.audio("item_A1") is None
    assert state.audio_kept == 0
    assert state.audio_of(state.item("item_A1").content[0]) is None
    assert state.audio_of(object()) is None


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_two_interleaved_responses_one_out_of_band(protocol: str) -> None:
    events = events_of(protocol + "_interleaved")
    assert [e["type"] for e in events].index("response.done") < len(events) - 1  # really interleaved
    state = folded(protocol, events)
    assert_clean(state)
    assert ids_of(state.items) == ["item_U1", "item_A1"]
    assert state.responses["resp_2"].conversation_id is None
    assert state.responses["resp_2"].output[0].content[0].text == "intent: booking"
    assert state.item("item_B1").content[0].text == "intent: booking"
    assert state.responses["resp_1"].output[0].content[0].text == "Done: a table for two at eight tonight."


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_every_form_of_event_folds_alike(protocol: str) -> None:
    events = events_of(protocol + "_function_call")
    namespace = NAMESPACES[protocol]
    by_dict = folded(protocol, events)
    by_json = folded(protocol, [json.dumps(e) for e in events])
    by_bytes = folded(protocol, [json.dumps(e).encode() for e in events])
    typed = [namespace.RealtimeServerEvent.from_dict(e) for e in events]
    before = [e.to_dict() for e in typed]
    by_model = folded(protocol, typed)
    assert [e.to_dict() for e in typed] == before  # the caller's events are not changed
    for state in (by_json, by_bytes, by_model):
        assert dict(state.responses) == dict(by_dict.responses)
        assert state.items == by_dict.items


# --- the order of the conversation -----------------------------------------------------------


def created(protocol: str, ids: Ids, item_id: str, previous: Any) -> Dict[str, Any]:
    event = {
        "event_id": ids(),
        "type": "conversation.item.added" if protocol == "ga" else "conversation.item.created",
        "item": {
            "id": item_id,
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": item_id}],
        },
    }
    if previous is not UNSET:
        event["previous_item_id"] = previous
    return event


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_items_follow_previous_item_id(protocol: str) -> None:
    ids = Ids()
    state = folded(
        protocol,
        [
            created(protocol, ids, "b", None),
            created(protocol, ids, "d", "b"),
            created(protocol, ids, "c", "b"),  # inserted in the middle
            created(protocol, ids, "a", None),  # null: first
            created(protocol, ids, "e", UNSET),  # absent: last
        ],
    )
    assert ids_of(state.items) == ["a", "b", "c", "d", "e"]
    assert state.oddities == []
    state.apply(created(protocol, ids, "f", "nowhere"))
    state.apply({"event_id": ids(), "type": "conversation.item.deleted", "item_id": "c"})
    assert ids_of(state.items) == ["a", "b", "d", "e", "f"]
    assert [o.message for o in state.oddities] == ['item f comes after "nowhere", which is not in the conversation']
    assert state.item("c") is None


# --- transcription ----------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("when", ["before the item", "after the item"])
def test_a_transcription_applies_whenever_it_comes(protocol: str, when: str) -> None:
    ids = Ids()
    user = user_item_events(protocol, "item_U1", None, ids)
    transcription = transcription_events(protocol, "item_U1", "Hello there", ids, ["Hel", "lo th", "ere"])
    state = NAMESPACES[protocol].ConversationState()
    for event in transcription[:2] if when == "before the item" else user:
        state.apply(event)
    state.item("item_U1")  # reading in between
    for event in user if when == "before the item" else transcription[:2]:
        state.apply(event)
    assert state.item("item_U1").content[0].transcript == "Hello th"
    assert state.unfinished == ["the transcription of item item_U1 part 0 is not completed"]
    for event in transcription[2:]:
        state.apply(event)
    assert state.item("item_U1").content[0].transcript == "Hello there"
    assert_clean(state)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_transcript_for_an_item_that_never_comes_waits(protocol: str) -> None:
    ids = Ids()
    state = folded(protocol, transcription_events(protocol, "item_X", "Hi", ids, []))
    assert state.items == []
    assert state.unfinished == ["the transcript of item item_X waits for the item"]
    assert state.oddities == []


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_failed_transcription_is_kept(protocol: str) -> None:
    ids = Ids()
    state = folded(protocol, user_item_events(protocol, "item_U1", None, ids))
    failed = {
        "event_id": ids(),
        "type": "conversation.item.input_audio_transcription.failed",
        "item_id": "item_U1",
        "content_index": 0,
        "error": {"type": "transcription_error", "code": "audio_unintelligible", "message": "Could not hear it"},
    }
    state.apply(failed)
    assert state.transcription_error("item_U1").message == "Could not hear it"
    assert state.transcription_error("item_U2") is None


def test_ga_diarized_segments_are_kept() -> None:
    ids = Ids()
    state = folded("ga", user_item_events("ga", "item_U1", None, ids))
    segment = {
        "event_id": ids(),
        "type": "conversation.item.input_audio_transcription.segment",
        "item_id": "item_U1",
        "content_index": 0,
        "text": "Hi",
        "id": "seg_1",
        "speaker": "A",
        "start": 0.0,
        "end": 0.4,
    }
    state.apply(segment)
    typed = ga.ConversationItemInputAudioTranscriptionSegment.from_dict(dict(segment, event_id=ids()))
    state.apply(typed)
    segments = state.segments("item_U1")
    assert [(s.text, s.speaker) for s in segments] == [("Hi", "A"), ("Hi", "A")]
    assert segments[1] is not typed
    assert state.segments("item_U2") == []


# --- what disagrees with the server, and what does not fit ---------------------------------------


def stream(protocol: str, final: Dict[str, Any]) -> List[Dict[str, Any]]:
    return response_events(protocol, final, Ids(), cut=lambda s: [s[:3], s[3:]] if len(s) > 3 else [s])


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_done_event_that_disagrees_wins_and_is_recorded(protocol: str) -> None:
    events = stream(protocol, response("resp_1", [message(protocol, "item_A", "text", "Hello world")]))
    text_done = next(e for e in events if e["type"].endswith("text.done"))
    text_done["text"] = "Hello World"
    state = folded(protocol, events[: events.index(text_done) + 1])
    assert state.item("item_A").content[0].text == "Hello World"
    (disagreement,) = state.disagreements
    assert disagreement.path == "item[item_A].content[0].text"
    assert (disagreement.built, disagreement.server) == ('"Hello world"', '"Hello World"')
    assert disagreement.event_id == text_done["event_id"]
    assert disagreement.type == text_done["type"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_response_done_is_authoritative_and_compared(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "audio", "x" * 100)])
    events = stream(protocol, final)
    events = [e for e in events if e["type"] not in ("response.output_item.done", "conversation.item.done")]
    events[-1]["response"]["output"][0]["content"][0]["transcript"] = "y" * 100
    state = NAMESPACES[protocol].ConversationState()
    for event in events[:-1]:
        state.apply(event)
    assert state.response("resp_1").output[0].status == "in_progress"
    stored = state.apply(events[-1])
    assert stored is state.responses["resp_1"] is state.response("resp_1")
    assert stored.to_dict() == events[-1]["response"]
    assert state.item("item_A") is stored.output[0]
    paths = [(d.path, d.built, d.server) for d in state.disagreements]
    assert paths == [
        ("response.output[0].status", '"in_progress"', '"completed"'),
        ("response.output[0].content[0].transcript", '"' + "x" * 39 + "… (102 characters)", '"' + "y" * 39 + "… (102 characters)"),
    ]  # fmt: skip
    assert [o.message for o in state.oddities] == ["no response.output_item.done for item item_A"] + (
        ["no conversation.item.done for item item_A"] if protocol == "ga" else []
    )


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_differences_in_structure_are_recorded(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hi")])
    events = [e for e in stream(protocol, final) if not e["type"].endswith(".done") or e["type"] == "response.done"]
    done = copy.deepcopy(events[-1])
    done["response"]["output"][0]["content"].append({"type": "input_text", "text": "new"})
    done["response"]["output"][0]["status"] = "in_progress"
    done["response"]["output"][0]["extra_key"] = 1
    state = folded(protocol, events[:-1] + [done])
    assert [(d.path, d.built, d.server) for d in state.disagreements] == [
        ("response.output[0].content", '"1 items"', '"2 items"'),
        ("response.output[0].extra_key", "(absent)", "1"),
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_oddities_are_recorded_and_never_raise(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hello"), {"id": "item_F", "type": "function_call",
                     "status": "completed", "name": "f", "call_id": "c", "arguments": "{}"}])  # fmt: skip
    events = stream(protocol, final)
    names = {e["type"] for e in events}
    delta = next(e for e in events if e["type"].endswith("text.delta"))
    state = NAMESPACES[protocol].ConversationState()
    strays = [
        dict(delta, event_id="s1", item_id="nowhere"),  # a delta for an item never announced
        dict(delta, event_id="s2", content_index=7),  # for a part never added
        {"event_id": "s3", "type": "response.output_item.added", "response_id": "resp_X", "output_index": 0,
         "item": {"id": "item_X", "type": "message", "role": "assistant", "content": []}},
        {"event_id": "s4", "type": "response.done", "response": {"id": "resp_Y", "status": "failed", "output": []}},
        {"event_id": "s5", "type": "conversation.item.deleted", "item_id": "nowhere"},
        {"event_id": "s6", "type": "conversation.item.truncated", "item_id": "nowhere", "content_index": 0,
         "audio_end_ms": 0},
        {"event_id": "s7", "type": "response.created", "response": {"status": "in_progress"}},
        {"event_id": "s8", "type": "conversation.item.retrieved", "item": {"id": "nowhere", "type": "message"}},
    ]  # fmt: skip
    for event in events[:3]:  # the response and its first item announced
        state.apply(event)
        state.apply(event)  # every event twice
    for event in strays:
        assert state.apply(event) is None or event["type"] == "response.done"
    for event in events[3:]:
        state.apply(event)
        state.apply(event)
    for event in events[2:6]:  # after the response is done
        state.apply(dict(event, event_id="late" + event["event_id"]))
    assert state.responses["resp_1"].to_dict() == final
    assert state.disagreements == []
    messages = [o.message for o in state.oddities]
    assert [m for m in messages if not m.startswith("event ")][:8] == [
        "%s for item nowhere, which was never added" % delta["type"],
        "%s for item item_A part 7, which was never added" % delta["type"],
        'an item for response "resp_X", which is not in progress',
        "response resp_Y was done without being created",
        'deleted item "nowhere", which the conversation does not have',
        'truncated item "nowhere" part 0, which the conversation does not have',
        "a response without an id",
        'retrieved item "nowhere", which the conversation does not have',
    ]
    duplicates = [m for m in messages if m.startswith("event ")]
    assert duplicates == ["event %s was already applied" % e["event_id"] for e in events]
    assert len(messages) > 8 + len(duplicates)
    assert "response.created" in names  # (what the stream is made of)
    assert all(o.event_id is not None and o.type for o in state.oddities)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_done_events_without_their_deltas(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hi")])
    events = [e for e in stream(protocol, final) if not e["type"].endswith("text.delta")]
    state = folded(protocol, events)
    (disagreement,) = state.disagreements
    assert (disagreement.path, disagreement.built, disagreement.server) == (
        "item[item_A].content[0].text",
        '""',
        '"Hi"',
    )
    assert state.responses["resp_1"].to_dict() == final


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_missing_done_events_are_oddities(protocol: str) -> None:
    final = response(
        "resp_1",
        [
            message(protocol, "item_A", "audio", "Hi"),
            {
                "id": "item_F",
                "type": "function_call",
                "status": "completed",
                "name": "f",
                "call_id": "c",
                "arguments": "",
            },
        ],
    )
    events = stream(protocol, final)
    dropped = ("audio.done", "transcript.done", "response.content_part.done", "arguments.done")
    state = folded(protocol, [e for e in events if not e["type"].endswith(dropped)])
    assert [o.message for o in state.oddities] == [
        "no response.content_part.done for item item_A part 0",
        "no .done event for the arguments of item item_F",
    ]
    state = folded(protocol, [e for e in events if not e["type"].endswith(dropped[:2])])
    assert [o.message for o in state.oddities] == [
        "no .done event for the transcript of item item_A part 0",
        "no .done event for the audio of item item_A part 0",
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_an_invalid_event_is_an_oddity_that_carries_its_problems(protocol: str) -> None:
    # What a connection delivers never stops the fold: it records what does not validate.
    state = NAMESPACES[protocol].ConversationState(strict=True)
    assert state.apply({"event_id": "e1", "type": "response.created", "response": {"id": 1}}) is None
    assert state.apply('{"event_id": "e2", "type": "response.created", "response": []}') is None
    assert state.apply("not json") is None
    assert state.apply([1, 2]) is None  # type: ignore[arg-type]
    # strict: unknown keys are problems, and so is an unknown event type
    assert state.apply({"event_id": "e3", "type": "conversation.item.deleted", "item_id": "a", "surprise": 1}) is None
    assert state.apply({"event_id": "e4", "type": "future.event", "x": 1}) is None
    assert dict(state.responses) == {}
    assert [(o.event_id, o.type, o.message) for o in state.oddities] == [
        ("e1", "response.created", "response.created does not validate"),
        ("e2", "response.created", "response.created does not validate"),
        (None, "an event", "an event does not validate"),
        (None, "an event", "an event does not validate"),
        ("e3", "conversation.item.deleted", "conversation.item.deleted does not validate"),
        ("e4", "future.event", "future.event does not validate"),
    ]
    assert [str(o.error) for o in state.oddities] == [
        "response.id: expected string, got integer 1",
        "response: expected object, got array",
        "<root>: invalid JSON: Expecting value at line 1 column 1",
        "<root>: expected JSON text (str or bytes), got array",
        "surprise: unknown key",
        'type: expected a known event type, got string "future.event"',
    ]
    built = NAMESPACES[protocol].ResponseCreatedEvent(event_id="e5", type="response.created", response={"id": "r"})
    assert state.apply(built) is None  # type: ignore[arg-type]  # a dict where a model belongs
    assert state.oddities[-1].message == "response.created does not validate"
    assert str(state.oddities[-1].error) == "response: expected RealtimeResponse, got object"
    lenient = NAMESPACES[protocol].ConversationState()
    assert lenient.apply({"event_id": "e1", "type": "future.event", "x": 1}) is None
    typed = NAMESPACES[protocol].RealtimeServerEvent.from_dict({"event_id": "e3", "type": "input_audio_buffer.cleared"})
    assert lenient.apply(typed) is None
    assert lenient.apply({"event_id": "e2", "type": "rate_limits.updated", "rate_limits": []}) is None
    assert lenient.oddities == []


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_half_built_event_in_lenient_mode_is_an_oddity(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hello")])
    events = stream(protocol, final)
    state = folded(protocol, events[:5])
    delta = next(e for e in events if e["type"].endswith("text.delta"))
    for broken in (dict(delta, delta=None, event_id="b1"), {"type": delta["type"], "delta": "x"}):
        state.apply(broken)
    state.apply({"type": "response.output_item.added", "response_id": "resp_1", "output_index": 5, "item": {}})
    assert [o.message for o in state.oddities] == [
        "a delta without an item id or content index",
        "an item without an id",
        "output item at index 5, where the next index is 1",
    ]
    assert [o.event_id for o in state.oddities] == [None, None, None]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_deleting_an_item_frees_its_audio(protocol: str) -> None:
    events = events_of(protocol + "_interrupted")
    state = folded(protocol, events, keep_audio=True)
    assert state.audio_kept == 720
    state.apply({"event_id": "d1", "type": "conversation.item.deleted", "item_id": "item_A1"})
    assert state.audio_kept == 0
    assert state.audio("item_A1") is None
    assert ids_of(state.items) == ["item_U1"]
    assert_clean(state)


def test_bytes_per_millisecond_follow_the_audio_format() -> None:
    def kept_after_truncation(protocol: str, keys: Dict[str, Any]) -> int:
        final = response("resp_1", [message(protocol, "item_A", "audio", "Hi")], **keys)
        events = response_events(protocol, final, Ids(), audio_chunks=1)
        events.append({"event_id": "t", "type": "conversation.item.truncated", "item_id": "item_A", "content_index": 0,
                       "audio_end_ms": 10})  # fmt: skip
        return folded(protocol, events, keep_audio=True).audio_kept  # type: ignore[no-any-return]

    def ga_format(audio_format: Dict[str, Any]) -> Dict[str, Any]:
        return {"audio": {"output": {"format": audio_format}}}

    assert kept_after_truncation("ga", {}) == 480
    assert kept_after_truncation("ga", ga_format({"type": "audio/pcm", "rate": 24000})) == 480
    assert kept_after_truncation("ga", ga_format({"type": "audio/pcm", "rate": 16000})) == 320
    assert kept_after_truncation("ga", ga_format({"type": "audio/pcm"})) == 480
    assert kept_after_truncation("ga", ga_format({"type": "audio/pcmu"})) == 80
    assert kept_after_truncation("ga", ga_format({"type": "audio/pcma"})) == 80
    assert kept_after_truncation("beta", {"output_audio_format": "g711_ulaw"}) == 80
    assert kept_after_truncation("beta", {"output_audio_format": "pcm16"}) == 480
    assert kept_after_truncation("beta", {}) == 480


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_audio_that_is_not_base64_is_an_oddity(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "audio", "Hi")])
    events = response_events(protocol, final, Ids(), audio_chunks=1)
    audio = next(e for e in events if e["type"].endswith("audio.delta"))
    audio["delta"] = "not base64!"
    state = folded(protocol, events, keep_audio=True)
    assert [o.message for o in state.oddities] == ["%s is not base64" % audio["type"]]
    assert base64.b64encode(b"") == b""


def test_a_ga_function_call_name_that_disagrees() -> None:
    final = response("resp_1", [{"id": "item_F", "type": "function_call", "status": "completed", "name": "f",
                                 "call_id": "c", "arguments": "{}"}])  # fmt: skip
    events = stream("ga", final)
    done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
    done["name"] = "g"
    state = folded("ga", events[: events.index(done) + 1])
    assert [(d.path, d.built, d.server) for d in state.disagreements] == [("item[item_F].name", '"f"', '"g"')]
    assert state.item("item_F").name == "g"


def test_an_unknown_item_kind_still_grows() -> None:
    item = {"id": "item_Z", "type": "future_kind", "arguments": ""}
    final = response("resp_1", [dict(item, arguments="{}")])
    events = [
        {"event_id": "1", "type": "response.created", "response": dict(final, status="in_progress", output=[])},
        {"event_id": "2", "type": "response.output_item.added", "response_id": "resp_1", "output_index": 0,
         "item": item},
        {"event_id": "3", "type": "response.function_call_arguments.delta", "response_id": "resp_1",
         "item_id": "item_Z", "output_index": 0, "call_id": "c", "delta": "{}"},
    ]  # fmt: skip
    state = folded("ga", events)
    assert state.item("item_Z").extra["arguments"] == "{}"
    state.apply({"event_id": "4", "type": "response.content_part.added", "response_id": "resp_1", "item_id": "item_Z",
                 "output_index": 0, "content_index": 0, "part": {"type": "text", "text": ""}})  # fmt: skip
    assert [o.message for o in state.oddities] == ["a content part for item item_Z, which has no content"]


# --- every other edge, one test each ----------------------------------------------------------


def started(protocol: str, *output: Dict[str, Any], **keys: Any) -> List[Dict[str, Any]]:
    """response.created and each item announced, nothing more."""
    final = response("resp_1", list(output), **keys)
    return [e for e in stream(protocol, final) if e["type"] in ("response.created", "response.output_item.added")]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_at_most_twenty_differences_are_recorded_per_response(protocol: str) -> None:
    output = [message(protocol, "item_%d" % n, "text", "a") for n in range(25)]
    events = started(protocol, *output)
    events.append({"event_id": "done", "type": "response.done", "response": response("resp_1", [
        message(protocol, "item_%d" % n, "text", "b") for n in range(25)])})  # fmt: skip
    state = folded(protocol, events)
    assert len(state.disagreements) == 20
    assert state.disagreements[0].path == "response.output[0].status"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_what_the_fold_built_and_the_server_left_out(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "audio", "Hi")])
    events = stream(protocol, final)
    part_added = next(e for e in events if e["type"] == "response.content_part.added")
    part_added["part"]["audio"] = ""  # the server leaves audio out of its final events, by design
    item_added = next(e for e in events if e["type"] == "response.output_item.added")
    item_added["item"]["future"] = 1  # anything else it leaves out is a difference
    events = [e for e in events if e["type"] not in ("response.output_item.done", "conversation.item.done")]
    state = folded(protocol, events)
    differences = [(d.path, d.built, d.server) for d in state.disagreements]
    assert differences == [
        ("response.output[0].status", '"in_progress"', '"completed"'),
        ("response.output[0].future", "1", "(absent)"),
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_duplicate_older_than_the_memory_of_event_ids_is_applied_again(protocol: str) -> None:
    state = NAMESPACES[protocol].ConversationState()
    deleted = [{"event_id": "e%d" % n, "type": "conversation.item.deleted", "item_id": "x"} for n in range(8193)]
    for event in deleted[:4097] + deleted[:1]:  # the last 4096 ids, at least, are remembered
        state.apply(event)
    assert state.oddities[-1].message == "event e0 was already applied"
    for event in deleted[4097:] + deleted[:1] + deleted[4097:4098]:
        state.apply(event)
    messages = [o.message for o in state.oddities]
    assert len(messages) == 8193 + 1 + 2  # every id once, e0 again, and two duplicates
    assert messages[-2:] == [
        'deleted item "x", which the conversation does not have',
        "event e4097 was already applied",
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_responses_created_or_done_twice_or_without_an_id(protocol: str) -> None:
    item = message(protocol, "item_A", "text", "")
    created = {"event_id": "c1", "type": "response.created", "response": {"id": "resp_1", "output": [item, {}]}}
    state = folded(protocol, [created, dict(created, event_id="c2")])
    assert state.item("item_A").to_dict() == item  # items a response is created with are known
    state.apply({"event_id": "c3", "type": "response.created", "response": {"id": "resp_2"}})
    assert state.response("resp_2").output == []
    done = {"event_id": "d1", "type": "response.done", "response": {"id": "resp_2", "output": [{"type": "message"}]}}
    state.apply(done)
    state.apply(dict(done, event_id="d2"))
    state.apply({"event_id": "d3", "type": "response.done", "response": {"status": "failed"}})
    state.apply({"event_id": "d4", "type": "response.done", "response": {"id": "resp_1"}})
    assert [o.message for o in state.oddities] == [
        "response resp_1 was created again",
        "response resp_2 was done again",
        "a response without an id",
    ]
    assert state.response("resp_1").output is UNSET  # the server's response, as it came


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_items_announced_twice_or_without_an_id(protocol: str) -> None:
    events = started(protocol, message(protocol, "item_A", "text", "Hi"))
    again = dict(events[-1], event_id="again")
    no_id = {"event_id": "n1", "type": "response.output_item.done", "response_id": "resp_1", "output_index": 0,
             "item": {"type": "message"}}  # fmt: skip
    state = folded(protocol, [*events, again, no_id])
    assert len(state.response("resp_1").output) == 1
    assert [o.message for o in state.oddities] == ["an item without an id"]
    if protocol == "ga":
        state.apply({"event_id": "n2", "type": "conversation.item.done", "item": {"type": "message"}})
        assert state.oddities[-1].message == "an item without an id"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_retrieved_item_keeps_the_transcript_the_fold_has(protocol: str) -> None:
    ids = Ids()
    events = user_item_events(protocol, "item_U1", None, ids)
    events += transcription_events(protocol, "item_U1", "Hello", ids, ["Hel", "lo"])
    state = folded(protocol, events)
    assert state.item("item_U1").content[0].transcript == "Hello"
    retrieved = {"event_id": ids(), "type": "conversation.item.retrieved", "item": events[1]["item"]}
    state.apply(retrieved)
    assert state.item("item_U1").content[0].transcript == "Hello"
    assert state.item("item_U1") is state.items[0]
    assert_clean(state)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_final_item_with_fewer_parts_or_other_arguments(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hi"),
                                {"id": "item_F", "type": "function_call", "status": "completed", "name": "f",
                                 "call_id": "c", "arguments": "{}"}])  # fmt: skip
    events = stream(protocol, final)
    item_done = [e for e in events if e["type"] == "response.output_item.done"]
    item_done[0]["item"]["content"] = []
    item_done[1]["item"]["arguments"] = '{"a":1}'
    del item_done[1]["item"]["name"]
    state = folded(protocol, [e for e in events if e["type"] != "conversation.item.done"])
    differences = [(d.type, d.path, d.built, d.server) for d in state.disagreements]
    assert differences[:2] == [
        ("response.output_item.done", "response.output[0].content[0]", '"a content part"', '"none"'),
        ("response.output_item.done", "response.output[1].arguments", '"{}"', '"{\\"a\\":1}"'),
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_deleting_an_out_of_band_item(protocol: str) -> None:
    state = folded(protocol, events_of(protocol + "_interleaved"))
    state.apply({"event_id": "del", "type": "conversation.item.deleted", "item_id": "item_B1"})
    assert state.item("item_B1") is None
    assert ids_of(state.items) == ["item_U1", "item_A1"]
    assert_clean(state)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_truncating_while_the_transcript_streams(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "audio", "Hello there")])
    events = stream(protocol, final)
    first = next(n for n, e in enumerate(events) if e["type"].endswith("transcript.delta"))
    state = folded(protocol, events[: first + 1], keep_audio=True)
    assert state.item("item_A").content[0].transcript == "Hel"
    state.apply({"event_id": "t", "type": "conversation.item.truncated", "item_id": "item_A", "content_index": 0,
                 "audio_end_ms": 100})  # fmt: skip
    assert state.item("item_A").content[0].transcript is UNSET
    assert state.audio_kept == 960  # less than 100 ms: nothing cut


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_part_for_an_item_that_has_no_content_yet(protocol: str) -> None:
    events = started(protocol, message(protocol, "item_A", "text", "Hi"))
    del events[-1]["item"]["content"]
    final = response("resp_1", [message(protocol, "item_A", "text", "Hi")])
    rest = [e for e in stream(protocol, final)[2:] if e["type"] != "conversation.item.added"]
    state = folded(protocol, events + rest)
    assert state.responses["resp_1"].to_dict() == final
    assert state.disagreements == []


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_delta_after_its_done_event(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "Hi")])
    events = stream(protocol, final)
    done = next(n for n, e in enumerate(events) if e["type"].endswith("text.done"))
    delta = next(e for e in events if e["type"].endswith("text.delta"))
    state = folded(protocol, [*events[: done + 1], dict(delta, event_id="late")])
    assert [o.message for o in state.oddities] == ["%s after its stream was done" % delta["type"]]
    assert state.item("item_A").content[0].text == "Hi"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_half_built_done_events_and_part_values_never_streamed(protocol: str) -> None:
    final = response("resp_1", [message(protocol, "item_A", "text", "")])
    events = [e for e in stream(protocol, final) if not e["type"].endswith(("text.done", "text.delta"))]
    text_done = {"type": "response.%s.done" % ("output_text" if protocol == "ga" else "text"), "item_id": "item_A",
                 "content_index": 0}  # fmt: skip
    part_done = next(e for e in events if e["type"] == "response.content_part.done")
    at = events.index(part_done)
    events[at:at] = [text_done, dict(text_done, item_id=None, text="x")]  # no text; no item
    part_done["part"]["text"] = "Said at once"
    state = folded(protocol, events[: events.index(part_done) + 1])
    assert state.item("item_A").content[0].text == "Said at once"
    assert state.disagreements == []
    assert [o.message for o in state.oddities] == [
        "a delta without an item id or content index",
        "no .done event for the text of item item_A part 0",
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_events_without_the_ids_they_name(protocol: str) -> None:
    state = folded(
        protocol,
        [
            {"type": "conversation.created", "conversation": {"object": "realtime.conversation"}},
            {"type": "conversation.item.input_audio_transcription.failed", "content_index": 0},
        ],
    )
    assert state.conversation_id is None
    assert state.transcription_error("None") is None
    assert state.oddities == []


def test_ga_signals_and_segments_without_an_item_id() -> None:
    state = folded("ga", [
        {"type": "response.mcp_call.completed", "output_index": 0},
        {"type": "conversation.item.input_audio_transcription.segment", "content_index": 0, "text": "Hi"},
    ])  # fmt: skip
    assert state.oddities == []
    assert state._signals == {}
    assert state._segments == {}


def test_audio_of_skips_items_without_content() -> None:
    state = folded("ga", events_of("ga_function_call"), keep_audio=True)
    assert state.audio_of(object()) is None


def test_an_event_of_the_other_protocol_is_an_oddity() -> None:
    state = ga.ConversationState()
    text_delta = beta.RealtimeServerEvent.from_dict({"event_id": "b1", "type": "response.text.delta", "delta": "x"})
    unknown = beta.RealtimeServerEvent.from_dict({"event_id": "b2", "type": "future.event"})
    shared = beta.RealtimeServerEvent.from_dict({"event_id": "s1", "type": "input_audio_buffer.cleared"})
    for event in (text_delta, unknown, shared):
        assert state.apply(event) is None
    assert state.oddities == [
        ga.Oddity("b1", "response.text.delta", "ResponseTextDeltaEvent is an event of the other protocol"),
        ga.Oddity(None, "future.event", "UnknownServerEvent is an event of the other protocol"),
    ]


# ---------------------------------------------------------------------------------------------
# What fuzzing found: events valid enough to parse leniently that the fold could not hold.


def _item_for(protocol: str, item_id: str, role: str = "user", content: Any = ()) -> Dict[str, Any]:
    item = {"id": item_id, "type": "message", "role": role, "content": list(content)}
    return dict(item, object="realtime.item") if protocol == "ga" else item


def _written(state: Any) -> None:
    """Every state the fold holds can be written."""
    for response in state.responses.values():
        response.to_dict()
    for item in state.items:
        item.to_dict()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_events_missing_what_they_carry_are_oddities_and_the_state_stays_writable(protocol: str) -> None:
    created = {
        "type": "response.created",
        "event_id": "e0",
        "response": {"id": "r1", "status": "in_progress", "output": []},
    }
    added = {"event_id": "e1", "type": "response.output_item.added", "response_id": "r1", "output_index": 0}
    message = _item_for(protocol, "i1", "assistant")
    part_where = {"response_id": "r1", "item_id": "i1", "output_index": 0}
    cases = [
        ([{"type": "conversation.item.created", "event_id": "a1", "previous_item_id": "a", "item": _item_for(protocol, "a")}],
         ["item a comes after itself"]),
        ([created, dict(added, item=None)], ["an event without its item"]),
        ([created, added], ["an event without its item"]),
        ([created, dict(added, item=message), dict(part_where, event_id="e2", type="response.content_part.added", content_index=0)],
         ["a content part event without its part"]),
        ([created, dict(added, item=message),
          dict(part_where, event_id="e2", type="response.content_part.done", content_index=None, part={"type": "text", "text": "x"})],
         ["response.content_part.done without a content index"]),
        ([{"type": "conversation.item.created", "event_id": "a1", "item": _item_for(protocol, "a", "assistant", [{"type": "audio", "transcript": "hi"}])},
          {"type": "conversation.item.truncated", "event_id": "a2", "item_id": "a", "content_index": None, "audio_end_ms": 5}],
         ["conversation.item.truncated without a content index"]),
    ]  # fmt: skip
    for events, expected in cases:
        state = folded(protocol, events)
        assert [o.message for o in state.oddities] == expected, events
        _written(state)
    assert [item.id for item in folded(protocol, cases[0][0]).items] == ["a"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_typed_deltas_with_what_no_field_holds_are_oddities(protocol: str) -> None:
    namespace = NAMESPACES[protocol]
    delta = namespace.ResponseTextDeltaEvent(event_id="d1", item_id=["a"], content_index=0, delta="x")  # type: ignore[arg-type]
    audio = namespace.ResponseAudioDeltaEvent(event_id="d2", item_id="a", content_index=None, delta="AAAA")
    state = namespace.ConversationState()
    assert state.apply(delta) is None  # type: ignore[arg-type]
    assert state.apply(audio) is None  # type: ignore[arg-type]
    assert [o.message for o in state.oddities] == ["a delta without an item id or content index"] * 2


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_text_for_items_that_never_come_is_bounded_and_what_goes_is_said(protocol: str) -> None:
    from realtime_models._shared import fold

    namespace = NAMESPACES[protocol]
    kind = "response.output_text.delta" if protocol == "ga" else "response.text.delta"
    state = namespace.ConversationState()
    for n in range(fold._UNANNOUNCED + 3):
        state.apply({"event_id": "d%d" % n, "type": kind, "response_id": "r", "item_id": "x%d" % n,
                     "output_index": 0, "content_index": 0, "delta": "t"})  # fmt: skip
    dropped = [o.message for o in state.oddities if o.message.startswith("dropped")]
    assert dropped == ["dropped the text of item x%d, which never came" % n for n in range(3)]
    assert len(state.unfinished) == fold._UNANNOUNCED
    assert state._dirty == []  # nothing waits in the flush: a response.done costs what it did
    state.apply(
        {
            "type": "conversation.item.created",
            "event_id": "c",
            "item": _item_for(protocol, "x5", "assistant", [{"type": "text"}]),
        }
    )
    assert state.item("x5").content[0].text == "t"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_long_session_keeps_what_the_client_keeps(protocol: str) -> None:
    # Each turn: a user item, a response with an audio answer; the client keeps the last two turns.
    from .fold_streams import response_events as build

    ids = Ids()
    state = NAMESPACES[protocol].ConversationState(keep_audio=True)
    kept: List[str] = []
    sizes = []
    for turn in range(30):
        user = "item_U%d" % turn
        for event in user_item_events(protocol, user, kept[-1] if kept else None, ids):
            state.apply(event)
        response = _answer(protocol, "resp_%d" % turn, "item_A%d" % turn)
        for event in build(protocol, response, ids, previous_item_id=user):
            state.apply(event)
        kept += [user, "item_A%d" % turn]
        assert state.forget_response("resp_%d" % turn) is True
        while len(kept) > 4:
            assert state.forget_item(kept.pop(0)) is True
        sizes.append(
            (len(state.items), len(state.responses), len(state._items), len(state._audio), len(state._finished_parts))
        )
    assert sizes[-1] == sizes[10], "memory stays proportional to what is kept"
    assert [item.id for item in state.items] == kept
    assert state.forget_item("nothing") is False
    assert state.forget_response("nothing") is False
    assert state.oddities == []


def _answer(protocol: str, response_id: str, item_id: str) -> Dict[str, Any]:
    part = {"type": "output_audio" if protocol == "ga" else "audio", "transcript": "Hello there"}
    item = {"id": item_id, "type": "message", "role": "assistant", "status": "completed", "content": [part]}
    if protocol == "ga":
        item["object"] = "realtime.item"
    return {"id": response_id, "object": "realtime.response", "status": "completed", "status_details": None,
            "output": [item], "conversation_id": "conv_1", "usage": None}  # fmt: skip


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_what_is_in_progress_is_not_forgotten(protocol: str) -> None:
    state = NAMESPACES[protocol].ConversationState()
    state.apply(
        {"event_id": "e1", "type": "response.created", "response": {"id": "r", "status": "in_progress", "output": []}}
    )
    item = _item_for(protocol, "i", "assistant")
    state.apply(
        {"event_id": "e2", "type": "response.output_item.added", "response_id": "r", "output_index": 0, "item": item}
    )
    assert state.forget_response("r") is False
    assert state.forget_item("i") is False
    assert repr(state) == "<ConversationState 0 items; 1 response; in progress: r>"
