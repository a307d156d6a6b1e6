"""What a live client reads of the state: the audio received and the truncation to send when
the user interrupts, the response in progress, the calls that wait for an answer, the rate
limits."""

from __future__ import annotations

import base64
from typing import Any, Dict, List

from hypothesis import given
from hypothesis import strategies as st

import realtime_models.beta as beta
import realtime_models.ga as ga


def _ga_turn(fmt: Dict[str, Any], chunks: List[bytes], conversation: Any = "conv_1") -> List[Dict[str, Any]]:
    response = {"id": "resp_1", "object": "realtime.response", "status": "in_progress", "output": []}
    response.update(conversation_id=conversation, audio={"output": {"format": fmt}})
    events: List[Dict[str, Any]] = [{"type": "response.created", "event_id": "e0", "response": response}]
    item = {"id": "item_A", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    events.append(
        {
            "type": "response.output_item.added",
            "event_id": "e1",
            "response_id": "resp_1",
            "output_index": 0,
            "item": item,
        }
    )
    part = {"type": "audio", "transcript": ""}
    events.append(
        {
            "type": "response.content_part.added",
            "event_id": "e2",
            "response_id": "resp_1",
            "item_id": "item_A",
            "output_index": 0,
            "content_index": 0,
            "part": part,
        }
    )
    for n, chunk in enumerate(chunks):
        delta = base64.b64encode(chunk).decode()
        events.append(
            {
                "type": "response.output_audio.delta",
                "event_id": "d%d" % n,
                "response_id": "resp_1",
                "item_id": "item_A",
                "output_index": 0,
                "content_index": 0,
                "delta": delta,
            }
        )
    return events


def _state(events: List[Dict[str, Any]]) -> ga.ConversationState:
    state = ga.ConversationState()
    for event in events:
        state.apply(event)
    return state


def test_audio_received_is_counted_without_keeping_it_in_each_format() -> None:
    pcm = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, [bytes(4800), bytes(2400), bytes(1)]))
    assert pcm.audio_ms("item_A") == 150  # 7,201 bytes at 48 a millisecond
    assert pcm.audio("item_A") is None  # nothing kept
    pcmu = _state(_ga_turn({"type": "audio/pcmu"}, [bytes(800)]))
    assert pcmu.audio_ms("item_A") == 100  # 8 bytes a millisecond: a factor of six from pcm16
    assert pcmu.audio_ms("item_A", 1) is None
    assert pcmu.audio_ms("no_such_item") is None


def test_truncate_event_clamps_to_the_audio_received_and_needs_audio() -> None:
    state = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, [bytes(48 * 300)]))
    event = state.truncate_event("item_A", 57340)
    assert isinstance(event, ga.ConversationItemTruncateEvent)
    assert event.to_dict() == {
        "type": "conversation.item.truncate",
        "item_id": "item_A",
        "content_index": 0,
        "audio_end_ms": 300,
    }
    assert event.validate(strict=True) == []
    assert state.truncate_event("item_A", 120).audio_end_ms == 120  # type: ignore[union-attr]
    assert state.truncate_event("item_A", -5).audio_end_ms == 0  # type: ignore[union-attr]
    assert state.truncate_event("item_U", 120) is None  # no audio: nothing to truncate
    state.apply(
        {
            "type": "conversation.item.truncated",
            "event_id": "t",
            "item_id": "item_A",
            "content_index": 0,
            "audio_end_ms": 100,
        }
    )
    assert state.audio_ms("item_A") == 100  # the server cut it: what is left
    assert not state.forget_item("item_A")  # its response is in progress
    done = {"id": "resp_1", "object": "realtime.response", "status": "completed", "conversation_id": "conv_1"}
    state.apply({"type": "response.done", "event_id": "e9", "response": dict(done, output=[])})
    assert state.forget_item("item_A")
    assert state.audio_ms("item_A") is None  # forgotten with the item


@given(st.lists(st.binary(max_size=300), max_size=5), st.integers(min_value=-10, max_value=10_000))
def test_a_truncation_never_asks_past_the_audio_received(chunks: List[bytes], played: int) -> None:
    state = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, chunks))
    event = state.truncate_event("item_A", played)
    received = sum(map(len, chunks))
    if not received:  # no audio: nothing to truncate
        assert event is None
    else:
        assert event is not None
        assert 0 <= event.audio_end_ms <= received // 48  # type: ignore[operator]


def test_the_active_response_is_the_one_in_progress_in_the_default_conversation() -> None:
    state = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, []))
    active = state.active_response
    assert active is not None
    assert active.id == "resp_1"
    oob = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, [], conversation=None))
    assert oob.active_response is None  # out of band: another may run beside it
    done = {
        "id": "resp_1",
        "object": "realtime.response",
        "status": "completed",
        "output": [],
        "conversation_id": "conv_1",
    }
    state.apply({"type": "response.done", "event_id": "e9", "response": done})
    assert state.active_response is None


def test_pending_calls_are_the_calls_not_answered_in_order() -> None:
    state = beta.ConversationState()
    for n, call in enumerate(("call_1", "call_2")):
        item = {"id": "fc_%d" % n, "type": "function_call", "name": "f", "call_id": call, "arguments": "{}"}
        state.apply({"type": "conversation.item.created", "event_id": "c%d" % n, "item": item})
    assert [item.call_id for item in state.pending_calls()] == ["call_1", "call_2"]
    answer = {"id": "out_1", "type": "function_call_output", "call_id": "call_1", "output": "ok"}
    state.apply({"type": "conversation.item.created", "event_id": "c9", "item": answer})
    assert [item.call_id for item in state.pending_calls()] == ["call_2"]
    answer = dict(answer, id="out_2", call_id="call_2")
    state.apply({"type": "conversation.item.created", "event_id": "c10", "item": answer})
    assert state.pending_calls() == []
    gated = ga.ConversationState()
    request = {
        "id": "mcpr_1",
        "type": "mcp_approval_request",
        "server_label": "maps",
        "name": "route",
        "arguments": "{}",
    }
    gated.apply({"type": "conversation.item.added", "event_id": "a1", "item": request})
    assert [item.id for item in gated.pending_calls()] == ["mcpr_1"]
    approval = {"id": "mcpa_1", "type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True}
    gated.apply({"type": "conversation.item.added", "event_id": "a2", "item": approval})
    assert gated.pending_calls() == []


def test_the_last_rate_limits_are_kept() -> None:
    state = ga.ConversationState()
    assert state.rate_limits is None
    limits = [{"name": "tokens", "limit": 50000, "remaining": 49580, "reset_seconds": 0.5}]
    state.apply({"type": "rate_limits.updated", "event_id": "r1", "rate_limits": limits})
    assert [limit.to_dict() for limit in state.rate_limits] == limits
    state.apply({"type": "rate_limits.updated", "event_id": "r2"})  # none in it: the last ones stay
    assert len(state.rate_limits) == 1


def test_what_carries_no_length_changes_no_count() -> None:
    state = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, [bytes(480)]))
    delta = {"type": "response.output_audio.delta", "event_id": "dx", "response_id": "resp_1", "item_id": "item_A"}
    state.apply(dict(delta, output_index=0, content_index=0, delta=None))  # null: no audio in it
    state.apply({"type": "conversation.item.truncated", "event_id": "t", "item_id": "item_A", "content_index": 0})
    assert state.audio_ms("item_A") == 10


def test_a_delta_that_is_not_audio_text_counts_nothing_and_never_raises() -> None:
    state = _state(_ga_turn({"type": "audio/pcm", "rate": 24000}, [bytes(480)]))
    where = {"response_id": "resp_1", "output_index": 0, "content_index": 0}
    for n, text in enumerate(("", "=", "QQ")):  # empty, or too short to hold a byte
        state.apply(dict(where, type="response.output_audio.delta", event_id="o%d" % n, item_id="item_A", delta=text))
    # A typed delta is not validated again on its way in (the fold checks what it reads): what
    # one built in code holds in place of text counts nothing.
    for n, odd in enumerate((7, {"a": "="}, ["=", "="], None)):
        state.apply(ga.ResponseAudioDeltaEvent(event_id="t%d" % n, item_id="item_A", delta=odd, **where))  # type: ignore[arg-type]
    assert state.audio_ms("item_A") == 10
    state.apply(ga.ResponseAudioDeltaEvent(event_id="u", item_id=["item_A"], delta="AAAA", **where))  # type: ignore[arg-type]
    assert state.oddities[-1].message == "a delta without an item id or content index"
    assert state.audio_ms("item_A") == 10


def _usage(
    text: int, audio: int, image: int, cached_text: int, cached_audio: int, out_text: int, out_audio: int
) -> Dict[str, Any]:
    cached = {"text_tokens": cached_text, "audio_tokens": cached_audio, "image_tokens": 0}
    inputs = {"text_tokens": text, "audio_tokens": audio, "image_tokens": image}
    inputs.update(cached_tokens=cached_text + cached_audio, cached_tokens_details=cached)
    return {
        "total_tokens": text + audio + image + out_text + out_audio,
        "input_tokens": text + audio + image,
        "output_tokens": out_text + out_audio,
        "input_token_details": inputs,
        "output_token_details": {"text_tokens": out_text, "audio_tokens": out_audio},
    }


def _done(state: Any, number: int, usage: Any, created: bool = True) -> None:
    response = {"id": "resp_%d" % number, "object": "realtime.response", "status": "completed", "output": []}
    response["conversation_id"] = "conv_1"
    if created:
        state.apply({"type": "response.created", "event_id": "c%d" % number, "response": response})
    state.apply({"type": "response.done", "event_id": "d%d" % number, "response": dict(response, usage=usage)})


def test_usage_is_added_up_by_modality_with_the_cached_input_apart() -> None:
    state = ga.ConversationState()
    _done(state, 1, _usage(100, 400, 0, 60, 200, 30, 300))
    _done(state, 2, _usage(50, 0, 10, 40, 0, 20, 0))
    _done(state, 3, None)  # a response with no usage counts nothing
    usage = state.usage
    assert (usage.responses, usage.total_tokens, usage.input_tokens, usage.output_tokens) == (2, 910, 560, 350)
    assert usage.cached_tokens == 300
    assert usage.uncached_tokens == 260  # not 860: the cached tokens are counted once
    assert usage.input == ga.TokensByModality(150, 400, 10)
    assert usage.cached == ga.TokensByModality(100, 200, 0)
    assert usage.uncached == ga.TokensByModality(50, 200, 10)
    assert usage.output == ga.TokensByModality(text=50, audio=300)
    assert repr(usage.output) == "TokensByModality(text=50, audio=300, image=0)"
    assert repr(usage) == (
        "UsageTotals(responses=2, total_tokens=910, input_tokens=560, cached_tokens=300, output_tokens=350)"
    )
    assert usage.output != (50, 300, 0)
    state.apply(
        {
            "type": "response.done",
            "event_id": "again",
            "response": {"id": "resp_1", "usage": _usage(1, 1, 1, 0, 0, 1, 1)},
        }
    )
    assert usage.responses == 2  # a response done again counts once
    assert state.forget_response("resp_1")
    assert state.usage.total_tokens == 910  # forgetting a response keeps what it used


def test_usage_without_details_counts_what_it_has() -> None:
    state = beta.ConversationState()
    _done(state, 1, {"total_tokens": 9, "input_tokens": 7, "output_tokens": 2}, created=False)  # never created: counted
    _done(state, 2, {"total_tokens": 5, "input_token_details": {"cached_tokens": 3}})
    usage = state.usage
    assert (usage.responses, usage.total_tokens, usage.input_tokens, usage.cached_tokens) == (2, 14, 7, 3)
    assert usage.input == usage.cached == usage.output == beta.TokensByModality()
    built = beta.ConversationState()  # a typed event built in code whose counts are not integers
    usage_model = beta.RealtimeResponseUsage(total_tokens=True, input_tokens=1.5)  # type: ignore[arg-type]
    built.apply(beta.ResponseDoneEvent(event_id="x", response=beta.RealtimeResponse(id="r", usage=usage_model)))
    assert built.oddities[0].message == "response.done does not validate"
    assert built.usage.responses == built.usage.total_tokens == 0  # what does not validate counts nothing


_COUNTS = st.integers(min_value=0, max_value=10**6)


@given(st.lists(st.tuples(*[_COUNTS] * 7), max_size=6))
def test_the_usage_totals_equal_the_sum_of_the_responses_usage(counts: List[Any]) -> None:
    state = ga.ConversationState()
    for number, numbers in enumerate(counts):
        _done(state, number, _usage(*numbers))
    usage = state.usage
    responses = list(state.responses.values())
    assert usage.responses == len(responses)
    assert usage.total_tokens == sum(r.usage.total_tokens for r in responses)
    assert usage.input_tokens == sum(r.usage.input_tokens for r in responses)
    assert usage.cached_tokens == sum(r.usage.input_token_details.cached_tokens for r in responses)
    assert usage.uncached_tokens + usage.cached_tokens == usage.input_tokens
    assert usage.output.audio == sum(r.usage.output_token_details.audio_tokens for r in responses)
    cached = [r.usage.input_token_details.cached_tokens_details for r in responses]
    assert usage.cached.text == sum(c.text_tokens for c in cached)
    assert usage.uncached.audio == sum(
        r.usage.input_token_details.audio_tokens - c.audio_tokens for r, c in zip(responses, cached)
    )


@given(st.lists(st.sampled_from(("call", "answer", "other")), max_size=12))
def test_pending_calls_is_empty_once_every_call_is_answered(steps: List[str]) -> None:
    state = ga.ConversationState()
    calls: List[str] = []
    for n, step in enumerate(steps):
        if step == "call":
            item = {
                "id": "fc_%d" % n,
                "type": "function_call",
                "name": "f",
                "call_id": "call_%d" % n,
                "arguments": "{}",
            }
            calls.append("call_%d" % n)
        elif step == "answer" and calls:
            item = {"id": "out_%d" % n, "type": "function_call_output", "call_id": calls.pop(0), "output": "ok"}
        else:
            item = {"id": "m_%d" % n, "type": "message", "role": "user", "content": []}
        state.apply({"type": "conversation.item.added", "event_id": "e%d" % n, "item": item})
    assert [item.call_id for item in state.pending_calls()] == calls  # in order, the unanswered
    for n, call in enumerate(list(calls)):
        item = {"id": "late_%d" % n, "type": "function_call_output", "call_id": call, "output": "ok"}
        state.apply({"type": "conversation.item.added", "event_id": "late%d" % n, "item": item})
    assert state.pending_calls() == []


def test_beta_audio_is_counted_in_its_response_format() -> None:
    state = beta.ConversationState()
    response = {"id": "r", "object": "realtime.response", "status": "in_progress", "output": []}
    state.apply(
        {"type": "response.created", "event_id": "c", "response": dict(response, output_audio_format="g711_ulaw")}
    )
    item = {"id": "item_B", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    state.apply(
        {"type": "response.output_item.added", "event_id": "a", "response_id": "r", "output_index": 0, "item": item}
    )
    where = {"response_id": "r", "item_id": "item_B", "output_index": 0, "content_index": 0}
    state.apply({"type": "response.content_part.added", "event_id": "p", **where, "part": {"type": "audio"}})
    delta = base64.b64encode(bytes(800)).decode()
    state.apply({"type": "response.audio.delta", "event_id": "d", **where, "delta": delta})
    assert state.audio_ms("item_B") == 100  # G.711: 8 bytes a millisecond
    assert state.truncate_event("item_B", 250).to_dict() == {  # type: ignore[union-attr]
        "type": "conversation.item.truncate",
        "item_id": "item_B",
        "content_index": 0,
        "audio_end_ms": 100,
    }
    assert state.active_response.id == "r"  # type: ignore[union-attr]  # no conversation_id: not out of band
