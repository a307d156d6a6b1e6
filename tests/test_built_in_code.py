"""Models built in code and subclassed by users: honest errors, readable reprs, subclasses kept."""

from __future__ import annotations

import copy
import math
import pickle
import pprint
from typing import Any, Dict

import pytest

from realtime_models import (
    UNSET,
    RealtimeConversationItem,
    RealtimeConversationItemContent,
    RealtimeResponse,
    RealtimeResponseUsage,
    ValidationError,
)

from .payloads import RESPONSE_DONE


class MyResponse(RealtimeResponse):
    """A user's subclass with a helper, as people write them."""

    def text(self) -> str:
        return " ".join(part.transcript or "" for item in self.output or [] for part in item.content or [])


class MyItem(RealtimeConversationItem):
    __slots__ = ()


def messages(error: ValidationError) -> Dict[str, str]:
    from realtime_models.errors import format_path

    return {format_path(p.path): p.message for p in error.errors}


def test_subclasses_parse_to_themselves() -> None:
    mine = MyResponse.from_dict(RESPONSE_DONE)
    assert type(mine) is MyResponse
    assert mine.text() == "It is sunny in Lisbon today."
    assert type(MyResponse.from_json(mine.to_json(), strict=True)) is MyResponse
    assert mine.to_dict() == RESPONSE_DONE
    assert type(MyItem.from_dict({"type": "message"})) is MyItem
    for other in (copy.copy(mine), copy.deepcopy(mine), pickle.loads(pickle.dumps(mine))):
        assert type(other) is MyResponse
        assert other.to_dict() == RESPONSE_DONE
    assert mine != RealtimeResponse.from_dict(RESPONSE_DONE)  # a different class is not equal
    assert MyItem.from_dict({"id": "a"}).validate() == []


def test_a_dict_where_a_model_belongs_is_a_validation_error_with_its_path() -> None:
    response = RealtimeResponse(output=[RealtimeConversationItem(id="a"), {"id": "b"}])  # type: ignore[list-item]
    with pytest.raises(ValidationError) as info:
        response.to_dict()
    assert messages(info.value) == {"output[1]": "expected RealtimeConversationItem, got object"}
    with pytest.raises(ValidationError):
        response.to_json()
    usage = RealtimeResponseUsage(input_token_details="x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        usage.to_dict()
    assert messages(info.value) == {
        "input_token_details": 'expected RealtimeResponseUsageInputTokenDetails, got string "x"'
    }


def test_nan_and_other_unwritable_values_are_validation_errors_with_their_path() -> None:
    response = RealtimeResponse(temperature=math.nan)
    with pytest.raises(ValidationError) as info:
        response.to_json()
    assert messages(info.value) == {"temperature": "expected number, got NaN"}
    part = RealtimeConversationItemContent(extra={"x": {1, 2}})
    with pytest.raises(ValidationError) as info:
        part.to_dict()
    assert messages(info.value) == {"x": "expected a JSON value, got Python set"}


def test_extra_cannot_override_a_field() -> None:
    response = RealtimeResponse(id="a", extra={"id": "b"})
    with pytest.raises(ValidationError) as info:
        response.to_dict()
    assert messages(info.value) == {"id": "a known field cannot be set through extra"}
    assert response.validate() == info.value.errors


def test_constructor_checks_its_arguments() -> None:
    assert RealtimeConversationItemContent("text", "hi").to_dict() == {"type": "text", "text": "hi"}
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        RealtimeConversationItemContent(colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'type'"):
        RealtimeConversationItemContent("text", type="audio")  # type: ignore[misc]
    with pytest.raises(TypeError, match="at most 6 positional arguments"):
        RealtimeConversationItemContent(*"abcdefg")  # type: ignore[arg-type, misc]
    part = RealtimeConversationItemContent()
    assert part.extra == {}
    assert part.extra is not RealtimeConversationItemContent().extra


def test_repr_shortens_long_strings_and_pformat_spreads_a_response_over_lines() -> None:
    audio = "UklGR" * 96_000  # 480 KB of base64
    item = RealtimeConversationItem(
        type="message", content=[RealtimeConversationItemContent(type="input_audio", audio=audio)]
    )
    shown = repr(item)
    assert len(shown) < 300
    assert "<480000 characters>" in shown
    assert shown.startswith(
        "RealtimeConversationItem(type='message', object='realtime.item', content=[RealtimeConversationItemContent("
    )
    assert repr(RealtimeConversationItemContent(text="short")) == "RealtimeConversationItemContent(text='short')"
    response = RealtimeResponse.from_dict(dict(RESPONSE_DONE, output=[item.to_dict(), *RESPONSE_DONE["output"]]))
    text = response.pformat()
    assert len(text) < 3000
    lines = text.splitlines()
    assert lines[0] == "RealtimeResponse("
    assert "  output=[" in lines
    assert max(len(line) for line in lines) < 200
    assert pprint.pformat(response) == repr(response)  # pprint shows the one-line form


def test_repr_of_deep_values_stops_at_a_depth() -> None:
    deep: Any = "x"
    for _ in range(400):
        deep = [deep]
    shown = repr(RealtimeResponse(extra={"deep": deep}))
    assert "[...]" in shown
    assert len(shown) < 200


def test_three_states_in_repr() -> None:
    # a model built in code writes what its class fixes (object), unless told otherwise
    assert repr(RealtimeResponse(id=None, status=UNSET)) == "RealtimeResponse(id=None, object='realtime.response')"
    assert repr(RealtimeResponse(id=None, object=UNSET)) == "RealtimeResponse(id=None, object=UNSET)"
    assert repr(RealtimeResponse.from_dict({"id": None})) == "RealtimeResponse(id=None, object=UNSET)"


def test_a_model_built_in_code_writes_what_its_class_fixes_and_equals_itself_parsed_back() -> None:
    import realtime_models.beta as beta
    import realtime_models.ga as ga

    done = ga.ResponseDoneEvent(event_id="e1", response=ga.RealtimeResponse(id="r1"))
    assert done.to_dict() == {
        "event_id": "e1",
        "type": "response.done",
        "response": {"id": "r1", "object": "realtime.response"},
    }
    assert type(ga.RealtimeServerEvent.from_dict(done.to_dict())) is ga.ResponseDoneEvent
    assert ga.RealtimeServerEvent.from_dict(done.to_dict()) == done
    built = [
        ga.RealtimeConversationItemUserMessage(
            content=[ga.RealtimeConversationItemUserMessageContent(type="input_text", text="hi")]
        ),
        ga.RealtimeConversationItemFunctionCall(call_id="c", name="f", arguments="{}"),
        ga.RealtimeMcpToolCall(id="m", server_label="s", name="n", arguments="{}"),
        ga.AudioPCMU(),
        beta.RealtimeConversationItem(type="message", role="user", content=[]),
        beta.ResponseTextDeltaEvent(delta="x"),
    ]
    assert [item.to_dict() for item in built] == [
        {
            "object": "realtime.item",
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "hi"}],
        },
        {"object": "realtime.item", "type": "function_call", "name": "f", "call_id": "c", "arguments": "{}"},
        {"id": "m", "type": "mcp_call", "server_label": "s", "name": "n", "arguments": "{}"},
        {"type": "audio/pcmu"},
        {"object": "realtime.item", "type": "message", "role": "user", "content": []},
        {"type": "response.text.delta", "delta": "x"},
    ]
    for model in built:
        assert type(model).from_dict(model.to_dict()) == model
    # told otherwise, it keeps what it is told
    assert ga.AudioPCMU(type=UNSET).to_dict() == {}
    assert ga.RealtimeConversationItemFunctionCall(None, None, "function_call").to_dict() == {
        "id": None,
        "object": None,
        "type": "function_call",
    }
    # strict validate() lists every required key a built event lacks, and invents no event_id
    problems = ga.ResponseTextDeltaEvent(delta="x").validate(strict=True)
    assert [(p.path, p.message) for p in problems] == [
        (("event_id",), "required key is missing"),
        (("response_id",), "required key is missing"),
        (("item_id",), "required key is missing"),
        (("output_index",), "required key is missing"),
        (("content_index",), "required key is missing"),
    ]


def test_repr_of_a_long_response_stays_short() -> None:
    import realtime_models.ga as ga

    items = [ga.RealtimeConversationItemFunctionCall(id="item_%d" % i, arguments="{}") for i in range(100)]
    response = ga.RealtimeResponse(output=items, metadata={"k%d" % i: "v" for i in range(16)})
    shown = repr(response)
    assert len(shown) < 1500
    assert "...<90 more>]" in shown
    assert "...<6 more>}" in shown
    assert "...<90 more>" in response.pformat() or len(response.pformat()) > 0
