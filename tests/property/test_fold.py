"""Properties of the conversation state: from a generated final response, the stream a server
would send for it; folding the stream gives that response back, whatever the cuts, the
interleaving and the moment the transcription comes, and a damaged stream never raises."""

from __future__ import annotations

import copy
import random
from typing import Any, Callable, Dict, List, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_models import beta, ga

from ..fold_streams import Ids, response_events, transcription_events, user_item_events

NAMESPACES = {"ga": ga, "beta": beta}
# Each example folds a whole generated stream: the heavy profile's thousand examples a property
# would take a minute of the CI budget, and a few hundred find what they find.
bounded = settings(max_examples=min(settings().max_examples, 1000))
PROTOCOLS = ("ga", "beta")
# What the server's text may hold: any character a JSON string can carry.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


def cutter(rnd: random.Random) -> Callable[[str], List[str]]:
    """Cut a string into non-empty deltas at random places."""

    def cut(text: str) -> List[str]:
        if not text:
            return []
        places = sorted(rnd.sample(range(1, len(text)), rnd.randint(0, len(text) - 1))) if len(text) > 1 else []
        edges = [0, *places, len(text)]
        return [text[a:b] for a, b in zip(edges, edges[1:])]

    return cut


@st.composite
def items(draw: Any, protocol: str, item_id: str) -> Dict[str, Any]:
    kinds = ["message", "function_call"] + (["mcp_call"] if protocol == "ga" else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "message":
        content = []
        for _ in range(draw(st.integers(1, 2))):
            if draw(st.booleans()):
                content.append({"type": "output_text" if protocol == "ga" else "text", "text": draw(texts)})
            else:
                content.append({"type": "output_audio" if protocol == "ga" else "audio", "transcript": draw(texts)})
        status = draw(st.sampled_from(["completed", "incomplete"]))
        return {"id": item_id, "type": "message", "status": status, "role": "assistant", "content": content}
    if kind == "function_call":
        return {"id": item_id, "type": "function_call", "status": "completed", "name": draw(texts),
                "call_id": "call_" + item_id, "arguments": draw(texts)}  # fmt: skip
    return {"id": item_id, "type": "mcp_call", "server_label": draw(texts), "name": draw(texts),
            "arguments": draw(texts), "approval_request_id": None, "output": draw(texts), "error": None}  # fmt: skip


@st.composite
def responses(draw: Any, protocol: str, response_id: str, in_conversation: bool) -> Dict[str, Any]:
    count = draw(st.integers(1, 3))
    output = [draw(items(protocol, "%s_item_%d" % (response_id, n))) for n in range(count)]
    status = draw(st.sampled_from(["completed", "cancelled", "incomplete"]))
    return {
        "object": "realtime.response",
        "id": response_id,
        "status": status,
        "status_details": {"type": status},
        "output": output,
        "conversation_id": "conv_1" if in_conversation else None,
        "usage": {"total_tokens": 30, "input_tokens": 20, "output_tokens": 10},
        "metadata": None,
    }


def interleave(rnd: random.Random, *streams: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The events of every stream, each stream in its own order."""
    queues = [list(s) for s in streams if s]
    merged = []
    while queues:
        queue = rnd.choice(queues)
        merged.append(queue.pop(0))
        if not queue:
            queues.remove(queue)
    return merged


def fold(protocol: str, events: List[Dict[str, Any]]) -> Any:
    state = NAMESPACES[protocol].ConversationState()
    for event in events:
        state.apply(event)
    return state


def in_progress(output: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The output as the fold has it before the items' final events: every status in progress,
    and no MCP call's result (only the final item carries it)."""
    started = copy.deepcopy(output)
    for item in started:
        if "status" in item:
            item["status"] = "in_progress"
        if item["type"] == "mcp_call":
            del item["output"], item["error"]
    return started


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(data=st.data(), rnd=st.randoms(use_true_random=False), in_conversation=st.booleans())
def test_folding_the_stream_gives_the_response(
    protocol: str, data: Any, rnd: random.Random, in_conversation: bool
) -> None:
    target = data.draw(responses(protocol, "resp_1", in_conversation))
    events = response_events(protocol, target, Ids(), cut=cutter(rnd), previous_item_id=None)
    state = fold(protocol, events[:-1])
    assert state.response("resp_1").to_dict()["output"] == target["output"]
    assert state.in_progress == ["resp_1"]
    assert state.apply(events[-1]).to_dict() == target
    assert state.disagreements == []
    assert state.oddities == []
    assert state.unfinished == []
    in_the_conversation = [item.to_dict() for item in state.items]
    assert in_the_conversation == (target["output"] if in_conversation else [])


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(data=st.data(), rnd=st.randoms(use_true_random=False))
def test_the_deltas_alone_build_the_text(protocol: str, data: Any, rnd: random.Random) -> None:
    # With every .done event and final item removed, what the fold has is what the deltas built.
    target = data.draw(responses(protocol, "resp_1", True))
    events = response_events(protocol, target, Ids(), cut=cutter(rnd))
    finals = ("response.output_item.done", "conversation.item.done", "response.content_part.done")
    deltas_only = [e for e in events[:-1] if not e["type"].endswith(".done") and e["type"] not in finals]
    state = fold(protocol, deltas_only)
    assert state.response("resp_1").to_dict()["output"] == in_progress(target["output"])


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(
    data=st.data(),
    rnd=st.randoms(use_true_random=False),
    transcript=texts,
    when=st.sampled_from(["early", "late", "anywhere"]),
)
def test_interleaved_responses_and_a_transcription_at_any_moment(
    protocol: str, data: Any, rnd: random.Random, transcript: str, when: str
) -> None:
    ids = Ids()
    user = user_item_events(protocol, "item_U", None, ids)
    main = data.draw(responses(protocol, "resp_1", True))
    side = data.draw(responses(protocol, "resp_2", False))  # out of band
    cut = cutter(rnd)
    transcription = transcription_events(protocol, "item_U", transcript, ids, cut(transcript))
    conversation = user + response_events(protocol, main, ids, cut=cut, previous_item_id="item_U")
    if when == "early":  # before the user's item is even in the conversation
        conversation = transcription + conversation
    elif when == "late":
        conversation = conversation + transcription
    else:
        conversation = interleave(rnd, conversation, transcription)
    events = interleave(rnd, conversation, response_events(protocol, side, ids, cut=cut))
    state = fold(protocol, events)
    assert state.disagreements == []
    assert state.oddities == []
    assert state.unfinished == []
    assert state.responses["resp_1"].to_dict() == main
    assert state.responses["resp_2"].to_dict() == side
    assert [item.id for item in state.items] == ["item_U"] + [item["id"] for item in main["output"]]
    assert state.items[0].content[0].transcript == transcript


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(
    data=st.data(),
    rnd=st.randoms(use_true_random=False),
    in_conversation=st.booleans(),
    duplicate=st.booleans(),
)
def test_a_dropped_or_duplicated_event_never_raises_and_is_recorded(
    protocol: str, data: Any, rnd: random.Random, in_conversation: bool, duplicate: bool
) -> None:
    target = data.draw(responses(protocol, "resp_1", in_conversation))
    events = response_events(protocol, target, Ids(), cut=cutter(rnd))
    index = data.draw(st.integers(0, len(events) - 1))
    damaged: List[Optional[Dict[str, Any]]] = list(events)
    if duplicate:
        damaged.insert(index + data.draw(st.integers(1, len(events) - index)), events[index])
    else:
        del damaged[index]
    state = fold(protocol, [e for e in damaged if e is not None])
    if duplicate:
        assert [o.message for o in state.oddities] == ["event %s was already applied" % events[index]["event_id"]]
        assert state.disagreements == []
        assert state.responses["resp_1"].to_dict() == target
    elif not events[index]["type"].endswith(("audio.delta", "output_audio.delta")):
        # Audio is the one thing the server never gives back whole, so a lost chunk cannot show.
        assert state.oddities or state.disagreements or state.unfinished
    assert len(state.items) <= len(target["output"])  # reading never raises either
    assert len(state.responses) <= 1


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(data=st.data(), rnd=st.randoms(use_true_random=False), in_conversation=st.booleans())
def test_events_in_any_order_never_raise(protocol: str, data: Any, rnd: random.Random, in_conversation: bool) -> None:
    ids = Ids()
    target = data.draw(responses(protocol, "resp_1", in_conversation))
    events = user_item_events(protocol, "item_U", None, ids)
    events += transcription_events(protocol, "item_U", "Hi", ids, ["H", "i"])
    events += response_events(protocol, target, ids, cut=cutter(rnd), previous_item_id="item_U")
    retrieved = {"event_id": ids(), "type": "conversation.item.retrieved", "item": target["output"][0]}
    deleted = {"event_id": ids(), "type": "conversation.item.deleted", "item_id": target["output"][-1]["id"]}
    truncated = {"event_id": ids(), "type": "conversation.item.truncated", "item_id": target["output"][0]["id"],
                 "content_index": 0, "audio_end_ms": 10}  # fmt: skip
    events += [retrieved, deleted, truncated]
    rnd.shuffle(events)
    state = NAMESPACES[protocol].ConversationState(keep_audio=True)
    for event in events:
        state.apply(event)
        assert isinstance(state.items, list)  # reading in between never raises
    assert len(state.responses) <= 1
    assert state.audio_kept >= 0


def _gutted(event: Dict[str, Any], key: str, how: str) -> Dict[str, Any]:
    """The event with what it carries under ``key`` taken away, made null, or made the wrong
    JSON type: what a connection may deliver that still parses leniently, or does not."""
    damaged = dict(event)
    if how == "absent":
        damaged.pop(key, None)
    elif how == "null":
        damaged[key] = None
    else:
        damaged[key] = [1] if how == "array" else 7
    return damaged


@pytest.mark.parametrize("protocol", PROTOCOLS)
@bounded
@given(data=st.data(), rnd=st.randoms(use_true_random=False), in_conversation=st.booleans())
def test_events_missing_their_payloads_never_raise_and_every_state_can_be_written(
    protocol: str, data: Any, rnd: random.Random, in_conversation: bool
) -> None:
    ids = Ids()
    target = data.draw(responses(protocol, "resp_1", in_conversation))
    events = user_item_events(protocol, "item_U", None, ids)
    events += response_events(protocol, target, ids, cut=cutter(rnd), previous_item_id="item_U")
    truncated = {"event_id": ids(), "type": "conversation.item.truncated", "item_id": target["output"][0]["id"],
                 "content_index": 0, "audio_end_ms": 10}  # fmt: skip
    events.append(truncated)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(events) - 1))
        keys = [key for key in events[index] if key not in ("type", "event_id")] + ["previous_item_id"]
        key = data.draw(st.sampled_from(keys))
        events[index] = _gutted(events[index], key, data.draw(st.sampled_from(("absent", "null", "array", "number"))))
    if data.draw(st.booleans()):
        rnd.shuffle(events)
    state = NAMESPACES[protocol].ConversationState()
    for event in events:
        state.apply(event)  # never raises
    for response in state.responses.values():
        response.to_dict()
    for item in state.items:
        item.to_dict()
    for oddity in state.oddities:
        assert oddity.error is None or oddity.message.endswith("does not validate")
