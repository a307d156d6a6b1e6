"""Key order, by hand: captured-order lines come back byte for byte; models built in code write
the order the server sends; changes after parsing land where a reader expects them."""

from __future__ import annotations

import json
import pickle
from typing import Any, Dict, List

import pytest

from realtime_models import (
    UNSET,
    RealtimeConversationItem,
    RealtimeConversationItemContent,
    RealtimeResponse,
    RealtimeResponseUsage,
    RealtimeResponseUsageInputTokenDetails,
    ValidationError,
)

# A response.done line in the order the live server writes it (2025 captures), and its usage as a
# late-2024 capture orders input_token_details (cached_tokens first).
SERVER_ORDER_LINE = (
    '{"object":"realtime.response","id":"resp_Cx1","status":"completed","status_details":{"type":"completed"},'
    '"output":[{"id":"item_Cx2","object":"realtime.item","type":"message","status":"completed","role":"assistant",'
    '"content":[{"type":"audio","transcript":"Hello there."}]},{"id":"item_Cx3","object":"realtime.item",'
    '"type":"function_call","status":"completed","name":"lookup","call_id":"call_Cx4","arguments":"{}"}],'
    '"conversation_id":"conv_Cx5","modalities":["text","audio"],"voice":"alloy","output_audio_format":"pcm16",'
    '"temperature":0.8,"max_output_tokens":"inf","usage":{"total_tokens":20,"input_tokens":12,"output_tokens":8,'
    '"input_token_details":{"text_tokens":10,"audio_tokens":2,"image_tokens":0,"cached_tokens":0,'
    '"cached_tokens_details":{"text_tokens":0,"audio_tokens":0,"image_tokens":0}},'
    '"output_token_details":{"text_tokens":3,"audio_tokens":5}},"metadata":null}'
)
LATE_2024_USAGE: Dict[str, Any] = {
    "total_tokens": 9,
    "input_tokens": 5,
    "output_tokens": 4,
    "input_token_details": {"cached_tokens": 0, "text_tokens": 5, "audio_tokens": 0},
    "output_token_details": {"text_tokens": 4, "audio_tokens": 0},
}


def test_a_captured_line_comes_back_byte_for_byte() -> None:
    response = RealtimeResponse.from_json(SERVER_ORDER_LINE)
    assert response.to_json() == SERVER_ORDER_LINE
    assert json.dumps(response.to_dict(), separators=(",", ":")) == SERVER_ORDER_LINE
    assert RealtimeResponse.from_json(SERVER_ORDER_LINE, strict=True).to_json() == SERVER_ORDER_LINE


def test_each_era_keeps_its_own_order() -> None:
    usage = RealtimeResponseUsage.from_dict(LATE_2024_USAGE)
    assert list(usage.to_dict()["input_token_details"]) == ["cached_tokens", "text_tokens", "audio_tokens"]


def test_models_built_in_code_write_the_server_order() -> None:
    response = RealtimeResponse.from_json(SERVER_ORDER_LINE)
    rebuilt = RealtimeResponse(
        metadata=None,
        usage=response.usage,
        max_output_tokens="inf",
        temperature=0.8,
        output_audio_format="pcm16",
        voice="alloy",
        modalities=["text", "audio"],
        conversation_id="conv_Cx5",
        output=[
            RealtimeConversationItem(
                content=[RealtimeConversationItemContent(transcript="Hello there.", type="audio")],
                role="assistant",
                status="completed",
                type="message",
                object="realtime.item",
                id="item_Cx2",
            ),
            RealtimeConversationItem(
                arguments="{}",
                call_id="call_Cx4",
                name="lookup",
                status="completed",
                type="function_call",
                object="realtime.item",
                id="item_Cx3",
            ),
        ],
        status_details=response.status_details,
        status="completed",
        id="resp_Cx1",
        object="realtime.response",
    )
    assert rebuilt.to_json() == SERVER_ORDER_LINE
    details = RealtimeResponseUsageInputTokenDetails(cached_tokens=1, text_tokens=2, audio_tokens=3)
    assert list(details.to_dict()) == ["text_tokens", "audio_tokens", "cached_tokens"]


def test_unknown_keys_stay_where_they_came() -> None:
    text = '{"type":"audio","format":"pcm16","transcript":"hi","zz":[1,{"b":1,"a":2}]}'
    part = RealtimeConversationItemContent.from_json(text)
    assert part.extra == {"format": "pcm16", "zz": [1, {"b": 1, "a": 2}]}
    assert part.to_json() == text
    # Unknown keys after the known ones need no order to be remembered.
    assert RealtimeConversationItemContent.from_json('{"type":"text","text":"a","new":1}')._order is None


@pytest.mark.parametrize(
    ("text", "after_setting_id"),
    [
        ('{"b":1,"type":"x"}', ["b", "type", "id"]),  # an order was remembered: what is new comes last
        ('{"text":"t","type":"x"}', ["text", "type", "id"]),
        ('{"type":"x","b":1}', ["type", "id", "b"]),  # the server's order: known keys, then unknown
    ],
)
def test_changes_after_parsing(text: str, after_setting_id: List[str]) -> None:
    part = RealtimeConversationItemContent.from_json(text)
    part.id = "new"
    assert list(part.to_dict()) == after_setting_id
    part.type = UNSET  # a field set back to UNSET is left out, wherever it was
    part.extra.pop("b", None)  # and so is an unknown key that went away
    assert list(part.to_dict()) == [key for key in after_setting_id if key not in ("type", "b")]


def test_server_order_costs_no_memory() -> None:
    response = RealtimeResponse.from_json(SERVER_ORDER_LINE)
    assert response._order is None
    assert all(item._order is None for item in response.output or [])
    assert response.usage
    assert response.usage.input_token_details
    assert response.usage.input_token_details._order is None


def test_key_orders_met_are_remembered_per_class_and_bounded() -> None:
    import itertools

    from realtime_models._core import order as _order

    keys = ["type", "text", "id", "audio", "transcript"]
    wire = list(RealtimeConversationItemContent._wire)
    orders = RealtimeConversationItemContent._orders
    saved = _order._ORDERS_KEPT
    orders.clear()
    try:
        _order._ORDERS_KEPT = 8  # a cache that fills: it starts again rather than growing
        for order in itertools.islice(itertools.permutations(keys), 40):
            text = "{%s}" % ",".join('"%s":"%s"' % (key, key.upper()) for key in order)
            for _ in range(2):  # the second parse of each order finds it remembered
                part = RealtimeConversationItemContent.from_json(text)
                assert part.to_json() == text
                if sorted(order, key=wire.index) == list(order):
                    assert part._order is None  # the order to_dict writes by itself: nothing kept
                else:
                    assert part._order == dict.fromkeys(order, _order.MISSING)
            assert order in orders
            assert len(orders) <= 8
        # Keys the model does not know are never remembered: their values go to extra, each time.
        for _ in range(2):
            part = RealtimeConversationItemContent.from_dict({"type": "text", "zz": [1]})
            assert part.extra == {"zz": [1]}
            assert part.to_dict() == {"type": "text", "zz": [1]}
        assert ("type", "zz") not in orders
        # The server's order of a whole response, remembered object by object, reads the same again.
        first = RealtimeResponse.from_json(SERVER_ORDER_LINE)
        again = RealtimeResponse.from_json(SERVER_ORDER_LINE)
        assert first == again
        assert again.to_json() == SERVER_ORDER_LINE
        assert again._order is None
    finally:
        _order._ORDERS_KEPT = saved
        orders.clear()


def test_templates_of_key_orders_are_shared_and_bounded() -> None:
    import itertools

    from realtime_models._core import order as _order

    keys = ["type", "text", "id", "audio", "transcript"]
    for order in itertools.islice(itertools.permutations(keys), 120):
        text = "{%s}" % ",".join('"%s":"%s"' % (key, key.upper()) for key in order)
        part = RealtimeConversationItemContent.from_json(text)
        assert part.to_json() == text
        dumped = part.to_dict()
        assert dumped is not part.to_dict()  # each dump is a dict of its own
        dumped["x"] = 1
        assert part.to_json() == text  # the template it was copied from is untouched
        assert len(_order._TEMPLATES) <= _order._TEMPLATES_KEPT
    saved = _order._TEMPLATES_KEPT
    try:
        _order._TEMPLATES_KEPT = 4  # a cache that fills: it starts again rather than growing
        _order._TEMPLATES.clear()
        RealtimeConversationItemContent._orders.clear()  # so that each order is met anew
        for order in itertools.islice(itertools.permutations(keys), 10):
            text = "{%s}" % ",".join('"%s":"%s"' % (key, key.upper()) for key in order)
            assert RealtimeConversationItemContent.from_json(text).to_json() == text
            assert len(_order._TEMPLATES) <= 4
    finally:
        _order._TEMPLATES_KEPT = saved


def test_an_order_with_unknown_keys_is_the_models_own_and_never_cached() -> None:
    # The input chooses unknown keys: a cache of their orders would keep whatever inputs send.
    from realtime_models._core import order as _order

    _order._TEMPLATES.clear()
    big = {"k%04d" % i: i for i in range(50)}
    for i in range(20):
        text = json.dumps({"zz%d" % i: 1, **big, "type": "text", "text": "t"})
        part = RealtimeConversationItemContent.from_json(text)
        assert part.to_json() == text.replace(" ", "")
    assert _order._TEMPLATES == {}
    assert all(
        set(key) <= set(RealtimeConversationItemContent._known) for key in RealtimeConversationItemContent._orders
    )
    restored = pickle.loads(pickle.dumps(part))
    assert restored.to_dict() == part.to_dict()
    assert list(restored.to_dict()) == list(part.to_dict())
    assert _order._TEMPLATES == {}


def test_keys_that_are_str_subclasses_never_reach_a_cache() -> None:
    import enum

    class Key(str, enum.Enum):
        STATUS = "status"
        ID = "id"

    RealtimeResponse._orders.clear()
    first = RealtimeResponse.from_dict({Key.STATUS: "completed", Key.ID: "r1"})
    assert [type(key) for key in first.to_dict()] == [str, str]
    assert first.to_dict() == {"status": "completed", "id": "r1"}
    plain = RealtimeResponse.from_dict(json.loads('{"status": "completed", "id": "r2"}'))
    assert [type(key) for key in plain.to_dict()] == [str, str]

    class Raising(str):
        def __eq__(self, other: object) -> bool:
            raise RuntimeError("no")

        __hash__ = str.__hash__

    with pytest.raises(ValidationError):
        RealtimeResponse.from_dict({Raising("status"): "completed", Raising("id"): "r1"})
    again = RealtimeResponse.from_dict(json.loads('{"status": "completed", "id": "r3"}'))
    assert again.to_dict() == {"status": "completed", "id": "r3"}
