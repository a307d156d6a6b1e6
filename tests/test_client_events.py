"""Client events, both protocols: built in code they write what their class fixes; parsed, they
give back what came; strict mode checks them as the server would."""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, List

import pytest

import realtime_models.beta as beta
import realtime_models.ga as ga
from realtime_models import ValidationError


def problems(cls: Any, data: Dict[str, Any], strict: bool = True) -> List[str]:
    try:
        cls.from_dict(json.loads(json.dumps(data)), strict=strict)
    except ValidationError as e:
        return [str(p) for p in e.errors]
    return []


def test_a_built_event_writes_its_type_and_nothing_it_was_not_given() -> None:
    assert ga.ResponseCreateEvent().to_dict() == {"type": "response.create"}
    assert beta.OutputAudioBufferClear().to_dict() == {"type": "output_audio_buffer.clear"}
    update = ga.SessionUpdateEvent(session=ga.RealtimeSessionCreateRequest(instructions="Hi."))
    assert update.to_dict() == {"type": "session.update", "session": {"type": "realtime", "instructions": "Hi."}}
    assert list(update.to_dict()) == ["type", "session"]  # no event_id invented
    assert ga.RealtimeClientEvent.from_dict(update.to_dict(), strict=True) == update
    lacking = ["item_id: required key is missing", "content_index: required key is missing"]
    lacking.append("audio_end_ms: required key is missing")
    assert [str(p) for p in ga.ConversationItemTruncateEvent().validate(strict=True)] == lacking
    assert problems(ga.RealtimeClientEvent, ga.ConversationItemTruncateEvent().to_dict()) == lacking


def test_every_client_event_type_dispatches_to_its_own_class() -> None:
    for namespace, count in ((ga, 11), (beta, 12)):
        assert len(namespace.CLIENT_EVENTS) == count
        for kind, cls in namespace.CLIENT_EVENTS.items():
            parsed = namespace.RealtimeClientEvent.from_dict({"type": kind})
            assert type(parsed) is cls
            assert isinstance(parsed, namespace.RealtimeClientEvent)
    assert ga.ConversationItemDeleteEvent is beta.ConversationItemDeleteEvent  # defined once


def test_an_unknown_client_event_is_kept_leniently_and_refused_strictly() -> None:
    future = {"type": "response.pause", "event_id": "c1", "response_id": "r1"}
    kept = ga.RealtimeClientEvent.from_dict(future)
    assert isinstance(kept, ga.UnknownClientEvent)
    assert kept.to_dict() == future
    assert problems(ga.RealtimeClientEvent, future) == [
        'type: expected a known client event type, got string "response.pause"'
    ]
    assert problems(beta.RealtimeClientEvent, {"event_id": "c1"}) == ["type: required key is missing"]


def test_the_ga_event_id_limit_is_ga_strict_mode_only() -> None:
    long = {"type": "response.cancel", "event_id": "e" * 513}
    assert problems(ga.RealtimeClientEvent, long) == ["event_id: longer than 512 characters (513)"]
    assert problems(ga.RealtimeClientEvent, long, strict=False) == []
    assert problems(beta.RealtimeClientEvent, long) == []


def test_audio_goes_in_as_bytes_and_comes_out_as_bytes() -> None:
    pcm = bytes(range(256)) * 3
    event = ga.InputAudioBufferAppendEvent.from_audio(pcm, event_id="mic_1")
    assert event.to_dict() == {
        "type": "input_audio_buffer.append",
        "event_id": "mic_1",
        "audio": base64.b64encode(pcm).decode(),
    }
    assert ga.InputAudioBufferAppendEvent.from_audio(b"").to_dict() == {
        "type": "input_audio_buffer.append",
        "audio": "",
    }
    assert ga.RealtimeClientEvent.from_json(event.to_json(), strict=True).audio_bytes() == pcm  # type: ignore[attr-defined]
    for text in ("Base64EncodedAudioData", "AAA", "AA=A", "AA A", "ÀÀÀÀ", "A==="):
        with pytest.raises(ValidationError, match="audio: not base64 text"):
            ga.InputAudioBufferAppendEvent(audio=text).audio_bytes()
    with pytest.raises(ValidationError, match="audio: expected base64 text, got no value"):
        ga.InputAudioBufferAppendEvent().audio_bytes()
    # every model that carries base64 audio decodes it the same way
    delta = ga.RealtimeServerEvent.from_dict({"type": "response.output_audio.delta", "delta": "AAEC"})
    assert isinstance(delta, ga.ResponseAudioDeltaEvent)
    assert delta.audio_bytes() == b"\x00\x01\x02"
    with pytest.raises(ValidationError, match="delta: not base64 text"):
        beta.ResponseAudioDeltaEvent(delta="?").audio_bytes()
    assert beta.RealtimeConversationItemContent(audio="AAEC").audio_bytes() == b"\x00\x01\x02"
    assert ga.RealtimeConversationItemUserMessageContent(audio="AAEC").audio_bytes() == b"\x00\x01\x02"
    assert ga.RealtimeConversationItemAssistantMessageContent(audio="AAEC").audio_bytes() == b"\x00\x01\x02"
    assert ga.ResponseContentPart(audio="AAEC").audio_bytes() == b"\x00\x01\x02"


def test_strict_mode_refuses_more_than_15_mib_of_audio_told_from_the_text() -> None:
    limit = 15 * 1024 * 1024 // 3 * 4  # the longest base64 text of at most 15 MiB
    fits = {"type": "input_audio_buffer.append", "audio": "A" * limit}
    assert problems(ga.RealtimeClientEvent, fits) == []
    over = {"type": "input_audio_buffer.append", "audio": "A" * (limit + 4)}
    assert problems(ga.RealtimeClientEvent, over) == ["audio: more than 15 MiB of audio in one event"]
    assert problems(ga.RealtimeClientEvent, over, strict=False) == []  # lenient keeps what it is given


@pytest.mark.parametrize("previous", [None, "root", "item_1"])
def test_an_item_goes_after_the_item_named(previous: Any) -> None:
    data: Dict[str, Any] = {"type": "conversation.item.create", "previous_item_id": previous}
    data["item"] = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
    event = ga.RealtimeClientEvent.from_dict(data, strict=True)
    assert isinstance(event, ga.ConversationItemCreateEvent)
    assert isinstance(event.item, ga.RealtimeConversationItemUserMessage)
    assert event.previous_item_id == previous
    assert event.to_dict() == data


def test_an_out_of_band_response_with_references_and_both_beta_token_keys() -> None:
    create = {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "output_modalities": ["text"],
            "metadata": {"purpose": "summary"},
            "input": [
                {"type": "item_reference", "id": "item_1"},
                {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Sum up."}]},
            ],
            "audio": {"output": {"voice": {"id": "voice_1234"}}},
        },
    }
    event = ga.RealtimeClientEvent.from_dict(create, strict=True)
    assert isinstance(event, ga.ResponseCreateEvent)
    response = event.response
    assert isinstance(response, ga.RealtimeResponseCreateParams)
    assert response.input is not None
    assert response.input is not ga.UNSET
    reference, message = response.input
    assert isinstance(reference, ga.ResponseItemReference)
    assert isinstance(message, ga.RealtimeConversationItemUserMessage)
    assert event.to_dict() == create
    assert problems(ga.RealtimeResponseCreateParams, {"input": [{"type": "item_reference"}, 5]}) == [
        "input[0].id: required key is missing",
        "input[1]: expected object, got integer 5",
    ]
    assert problems(ga.RealtimeResponseCreateParams, {"input": "item_1"}, strict=False) == [
        'input: expected array, got string "item_1"'
    ]
    old = {"type": "response.create", "response": {"max_output_tokens": 1024, "max_response_output_tokens": "inf"}}
    parsed = beta.RealtimeClientEvent.from_dict(old, strict=True)
    assert isinstance(parsed, beta.ResponseCreateEvent)
    assert parsed.to_dict() == old


_SENDING = """\
from realtime_models import beta, ga

events = [
    ga.SessionUpdateEvent(session=ga.RealtimeSessionCreateRequest(instructions="Hi.")),
    ga.InputAudioBufferAppendEvent.from_audio(b"\\\\x00\\\\x00", event_id="a1"),
    ga.InputAudioBufferCommitEvent(),
    ga.InputAudioBufferClearEvent(),
    ga.OutputAudioBufferClearEvent(),
    ga.ConversationItemCreateEvent(
        previous_item_id="root",
        item=ga.RealtimeConversationItemUserMessage(
            content=[ga.RealtimeConversationItemUserMessageContent(type="input_text", text="Hi")]
        ),
    ),
    ga.ConversationItemRetrieveEvent(item_id="i1"),
    ga.ConversationItemTruncateEvent(item_id="i1", content_index=0, audio_end_ms=1500),
    ga.ConversationItemDeleteEvent(item_id="i1"),
    ga.ResponseCreateEvent(
        response=ga.RealtimeResponseCreateParams(
            conversation="none", input=[ga.ResponseItemReference(id="i1")], metadata={"kind": "summary"}
        )
    ),
    ga.ResponseCancelEvent(response_id="r1"),
    beta.TranscriptionSessionUpdate(session=beta.TranscriptionSessionUpdateSession(include=[])),
    beta.ResponseCreateEvent(response=beta.RealtimeResponseCreateParams(max_output_tokens=1024)),
]
for event in events:
    print(event.to_json())
"""


@pytest.mark.skipif(__import__("importlib").util.find_spec("mypy") is None, reason="mypy is not installed")
def test_a_type_checker_accepts_every_client_event_built_in_code_and_refuses_a_wrong_keyword(tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    good, bad = Path(tmp_path) / "good.py", Path(tmp_path) / "bad.py"
    good.write_text(_SENDING)
    bad.write_text(_SENDING.replace("audio_end_ms=1500", "audio_end=1500").replace('response_id="r1"', "response_id=1"))

    def mypy(program: Path) -> Any:
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)]
        return subprocess.run(command, capture_output=True, text=True, cwd=str(root), timeout=300)

    checked = mypy(good)
    assert checked.returncode == 0, checked.stdout
    refused = mypy(bad)
    assert 'Unexpected keyword argument "audio_end"' in refused.stdout
    assert 'Argument "response_id" to "ResponseCancelEvent" has incompatible type "int"' in refused.stdout
    run = subprocess.run([sys.executable, str(good)], capture_output=True, text=True, cwd=str(root), check=True)
    lines = run.stdout.splitlines()
    assert len(lines) == 13
    for line in lines[:11]:
        assert type(ga.RealtimeClientEvent.from_json(line, strict=True)) is not ga.UnknownClientEvent
    for line in lines[11:]:
        beta.RealtimeClientEvent.from_json(line, strict=True)


def test_the_fold_passes_over_what_the_client_sent() -> None:
    state = ga.ConversationState()
    assert state.apply(ga.ResponseCreateEvent()) is None  # typed
    assert state.apply({"type": "input_audio_buffer.append", "audio": "AAAA"}) is None  # as it was logged
    assert (state.oddities, state.disagreements, state.items) == ([], [], [])
