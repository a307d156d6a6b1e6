"""The public API: names, the three field states, round trips, and object behaviour."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import sys
import typing

import pytest

import realtime_models as rm
from realtime_models import (
    UNSET,
    RealtimeConversationItem,
    RealtimeConversationItemContent,
    RealtimeResponse,
    RealtimeResponseStatusDetails,
    RealtimeResponseStatusDetailsError,
    RealtimeResponseUsage,
    RealtimeResponseUsageCachedTokensDetails,
    RealtimeResponseUsageInputTokenDetails,
    RealtimeResponseUsageOutputTokenDetails,
)

from .payloads import (
    ITEM_FUNCTION_OUTPUT,
    ITEM_USER_AUDIO,
    RESPONSE_CREATED,
    RESPONSE_DONE,
    RESPONSE_FAILED,
    RESPONSE_GA_SHAPED,
)
from .property.strategies import typed

MODELS = [
    RealtimeResponse,
    RealtimeResponseStatusDetails,
    RealtimeResponseStatusDetailsError,
    RealtimeResponseUsage,
    RealtimeResponseUsageInputTokenDetails,
    RealtimeResponseUsageCachedTokensDetails,
    RealtimeResponseUsageOutputTokenDetails,
    RealtimeConversationItem,
    RealtimeConversationItemContent,
]


def test_public_names() -> None:
    assert rm.RealtimeBetaResponse is RealtimeResponse
    assert rm.RealtimeBetaResponseStatusDetails is RealtimeResponseStatusDetails
    assert rm.RealtimeBetaResponseUsage is RealtimeResponseUsage
    for name in rm.__all__:
        assert hasattr(rm, name), name
    for module in ("errors", "beta.literals", "ga.literals"):
        mod = __import__("realtime_models." + module, fromlist=["__all__"])
        for name in mod.__all__:
            assert hasattr(mod, name), (module, name)


def test_literals_agree_with_their_frozensets() -> None:
    from realtime_models.beta import literals

    pairs = [
        (literals.ResponseStatus, rm.RESPONSE_STATUSES),
        (literals.StatusDetailsType, rm.STATUS_DETAILS_TYPES),
        (literals.StatusDetailsReason, rm.STATUS_DETAILS_REASONS),
        (literals.Modality, rm.MODALITIES),
        (literals.AudioFormat, rm.AUDIO_FORMATS),
        (literals.ItemType, rm.ITEM_TYPES),
        (literals.ItemStatus, rm.ITEM_STATUSES),
        (literals.ItemRole, rm.ITEM_ROLES),
        (literals.ContentType, rm.CONTENT_TYPES),
    ]
    for alias, values in pairs:
        assert frozenset(typing.get_args(alias)) == values
    assert {"alloy", "marin", "cedar", "nova"} <= rm.VOICES


@pytest.mark.parametrize("cls", MODELS)
def test_every_model_is_a_slotted_dataclass(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    instance = cls()
    assert not hasattr(instance, "__dict__")
    names = [f.name for f in dataclasses.fields(cls)]
    assert names[-1] == "extra"
    fixed = dict(cls._fixed())  # what the class fixes writes itself (an item's object, say)
    assert all(getattr(instance, name) is UNSET for name in names[:-1] if name not in fixed)
    assert instance.extra == {}
    assert instance.to_dict() == fixed
    # Annotations are strings that name typing's types, which the package does not import at
    # run time; given those names they evaluate on every supported Python.
    names = {
        **vars(typing),
        "Maybe": rm.Maybe,
        "Rule": rm._core.checks.Rule,
        "Errors": typing.List[rm.ValidationProblem],
    }
    typing.get_type_hints(cls, localns=names)


def test_dataclasses_functions_work_on_models() -> None:
    # The fields are made by dataclasses when first asked for, not at import (see model()).
    fields = dataclasses.fields(RealtimeConversationItem)
    assert [f.name for f in fields][:3] == ["id", "type", "object"]
    assert fields[0].default is UNSET
    assert fields[0].type == "Maybe[str]"
    assert fields[-1].name == "extra"
    assert fields[-1].default_factory is dict
    item = RealtimeConversationItem(id="item_1", type="message", extra={"x": 1})
    assert dataclasses.fields(item) == fields
    assert dataclasses.asdict(item)["extra"] == {"x": 1}
    assert dataclasses.astuple(item)[:2] == ("item_1", "message")
    changed = dataclasses.replace(item, id="item_2")
    assert (changed.id, changed.type, item.id) == ("item_2", "message", "item_1")
    assert item.__replace__(id="item_2") == changed  # what copy.replace calls on 3.13
    if sys.version_info >= (3, 13):
        assert copy.replace(item, id="item_2") == changed  # type: ignore[attr-defined]
    assert RealtimeConversationItem.__match_args__[:2] == ("id", "type")
    assert not dataclasses.is_dataclass(rm._core.model.Model)

    @dataclasses.dataclass
    class Derived(RealtimeConversationItem):  # a dataclass of the user's own may build on a model
        note: str = ""

    assert [f.name for f in dataclasses.fields(Derived)][-2:] == ["extra", "note"]


def test_the_model_decorator_refuses_what_it_cannot_make() -> None:
    from realtime_models._core.model import Model, field, model

    with pytest.raises(TypeError, match="defaults to UNSET"):

        @model
        class Defaulted(Model):
            count: int = 0
            extra: typing.Dict[str, typing.Any] = field(default_factory=dict)

    with pytest.raises(TypeError, match="defaults to UNSET"):

        @model
        class SharedExtra(Model):
            extra: typing.Dict[str, typing.Any] = {}

    with pytest.raises(TypeError, match="last field is extra"):

        @model
        class NoExtra(Model):
            pass


def test_unset_is_a_falsy_picklable_singleton() -> None:
    assert repr(UNSET) == "UNSET"
    assert not UNSET
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET


def test_absent_null_and_value_are_three_states() -> None:
    created = RealtimeResponse.from_dict(RESPONSE_CREATED)
    assert created.usage is None
    assert created.metadata is UNSET
    assert created.output == []
    assert "metadata" not in created.to_dict()
    assert created.to_dict()["usage"] is None
    assert RealtimeResponse(id="r", usage=None, object=UNSET).to_dict() == {"id": "r", "usage": None}


@pytest.mark.parametrize(
    ("cls", "payload"),
    [
        (RealtimeResponse, RESPONSE_CREATED),
        (RealtimeResponse, RESPONSE_DONE),
        (RealtimeResponse, RESPONSE_FAILED),
        (RealtimeResponse, RESPONSE_GA_SHAPED),
        (RealtimeConversationItem, ITEM_USER_AUDIO),
        (RealtimeConversationItem, ITEM_FUNCTION_OUTPUT),
    ],
)
def test_examples_round_trip_exactly(cls: typing.Any, payload: typing.Dict[str, typing.Any]) -> None:
    before = json.dumps(payload, sort_keys=True)
    model = cls.from_dict(payload)
    assert typed(model.to_dict()) == typed(payload)
    assert json.dumps(payload, sort_keys=True) == before
    assert cls.from_json(json.dumps(payload)) == model
    assert json.loads(model.to_json()) == payload


def test_response_done_is_typed_all_the_way_down() -> None:
    r = RealtimeResponse.from_dict(RESPONSE_DONE)
    assert isinstance(r.output, list)
    message, call = r.output
    assert isinstance(message.content, list)
    assert message.content[0] == RealtimeConversationItemContent(
        type="audio", transcript="It is sunny in Lisbon today."
    )
    assert call.arguments == '{"city":"Lisbon"}'
    assert isinstance(r.usage, RealtimeResponseUsage)
    assert isinstance(r.usage.input_token_details, RealtimeResponseUsageInputTokenDetails)
    assert r.usage.input_token_details.cached_tokens_details == RealtimeResponseUsageCachedTokensDetails(
        text_tokens=64, audio_tokens=0, image_tokens=0
    )
    assert r.metadata == {"topic": "weather"}
    assert r.max_output_tokens == "inf"
    failed = RealtimeResponse.from_dict(RESPONSE_FAILED)
    assert isinstance(failed.status_details, RealtimeResponseStatusDetails)
    assert failed.status_details.error == RealtimeResponseStatusDetailsError(
        type="server_error", code="internal", message="Something went wrong."
    )


def test_unknown_keys_are_kept_in_extra_and_given_back() -> None:
    r = RealtimeResponse.from_dict(RESPONSE_GA_SHAPED)
    assert r.extra == {
        "output_modalities": ["audio"],
        "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
    }
    assert r.to_dict()["audio"]["output"]["voice"] == "marin"
    assert list(r.to_dict()) == list(RESPONSE_GA_SHAPED)  # unknown keys stay where they came
    part = RealtimeConversationItemContent.from_dict({"type": "audio", "format": "pcm16", "extra": 1})
    assert part.extra == {"format": "pcm16", "extra": 1}
    assert part.to_dict() == {"type": "audio", "format": "pcm16", "extra": 1}


def test_json_types_survive() -> None:
    r = RealtimeResponse.from_dict({"temperature": 1, "max_output_tokens": 4096, "x": [1, 1.0, True]})
    assert type(r.temperature) is int
    out = r.to_dict()
    assert typed(out) == typed({"temperature": 1, "max_output_tokens": 4096, "x": [1, 1.0, True]})
    assert r.to_json() == '{"temperature":1,"max_output_tokens":4096,"x":[1,1.0,true]}'


def test_models_built_in_code() -> None:
    r = RealtimeResponse(
        id="resp_1",
        status="completed",
        output=[
            RealtimeConversationItem(
                type="message", role="user", content=[RealtimeConversationItemContent(type="input_text", text="hi")]
            )
        ],
        extra={"future_field": {"a": 1}},
    )
    assert r.to_dict() == {  # what each class fixes (an object) writes itself, in the server's order
        "id": "resp_1",
        "object": "realtime.response",
        "status": "completed",
        "output": [
            {
                "object": "realtime.item",
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "hi"}],
            }
        ],
        "future_field": {"a": 1},
    }
    assert r.validate() == []
    assert r.validate(strict=True) == [rm.ValidationProblem(("future_field",), "unknown key")]
    assert RealtimeResponse.from_dict(r.to_dict()) == r


def test_repr_shows_set_fields_only() -> None:
    r = RealtimeResponse(id="r", usage=None, extra={"k": 1})
    assert repr(r) == "RealtimeResponse(id='r', object='realtime.response', usage=None, extra={'k': 1})"
    assert repr(RealtimeConversationItemContent()) == "RealtimeConversationItemContent()"


def test_equality() -> None:
    assert RealtimeResponse(id="a") == RealtimeResponse(id="a")
    assert RealtimeResponse(id="a") != RealtimeResponse(id="a", usage=None)
    assert RealtimeResponse(id="a") != RealtimeResponse(id="a", extra={"x": 1})
    assert RealtimeResponseUsageCachedTokensDetails(text_tokens=1) != RealtimeResponseUsageOutputTokenDetails(
        text_tokens=1
    )


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_every_protocol(protocol: int) -> None:
    r = RealtimeResponse.from_dict(RESPONSE_DONE)
    again = pickle.loads(pickle.dumps(r, protocol))
    assert again == r
    assert again.to_dict() == RESPONSE_DONE


def test_copies() -> None:
    r = RealtimeResponse.from_dict(RESPONSE_DONE)
    shallow = copy.copy(r)
    deep = copy.deepcopy(r)
    assert shallow == r == deep
    assert deep.output is not r.output
    assert shallow.output is r.output


def test_from_dict_accepts_other_mappings() -> None:
    from collections import ChainMap, OrderedDict
    from types import MappingProxyType

    for mapping in (OrderedDict(RESPONSE_DONE), MappingProxyType(RESPONSE_DONE), ChainMap({}, RESPONSE_DONE)):
        r = RealtimeResponse.from_dict(mapping)
        assert type(r.to_dict()) is dict
        assert r.to_dict() == RESPONSE_DONE
    nested = {"x": MappingProxyType({"y": OrderedDict(z=1)})}
    assert RealtimeResponse.from_dict(nested).to_dict() == {"x": {"y": {"z": 1}}}


def test_subclasses_of_json_types_become_the_plain_types() -> None:
    class S(str):
        pass

    class I(int):  # noqa: E742
        pass

    class F(float):
        pass

    class L(list):  # type: ignore[type-arg]
        pass

    r = RealtimeResponse.from_dict(
        {
            S("id"): S("r"),
            "temperature": F(0.9),
            "max_output_tokens": I(5),
            "voice": S("alloy"),
            "modalities": L([S("text")]),
            "metadata": {S("k"): S("v")},
            "output": L([{"content": L([{"text": S("hi")}])}]),
            "usage": {"total_tokens": I(3)},
            "x": L([S("a"), I(1), F(2.5), {S("k"): None}]),
            S("y"): True,
        }
    )
    out = r.to_dict()
    assert typed(out) == typed(
        {
            "id": "r",
            "output": [{"content": [{"text": "hi"}]}],
            "metadata": {"k": "v"},
            "usage": {"total_tokens": 3},
            "voice": "alloy",
            "modalities": ["text"],
            "temperature": 0.9,
            "max_output_tokens": 5,
            "x": ["a", 1, 2.5, {"k": None}],
            "y": True,
        }
    )
    assert type(RealtimeResponse.from_dict({"max_output_tokens": S("inf")}).max_output_tokens) is str
    assert type(RealtimeResponse.from_dict({"temperature": I(1)}).temperature) is int


def test_validate_checks_what_code_can_get_wrong() -> None:
    r = RealtimeResponse(
        id=5,  # type: ignore[arg-type]
        usage={"total_tokens": 1},  # type: ignore[arg-type]
        output=[RealtimeConversationItemContent()],  # type: ignore[list-item]
        status_details=RealtimeResponseStatusDetails(error=RealtimeResponseStatusDetailsError(code=7)),  # type: ignore[arg-type]
        extra={"id": "x", "ok": 1},
    )
    # Wrong model classes and extra collisions first, then what from_dict finds, nested models included.
    assert [str(p) for p in r.validate()] == [
        "output[0]: expected RealtimeConversationItem, got Python RealtimeConversationItemContent",
        "usage: expected RealtimeResponseUsage, got object",
        "id: a known field cannot be set through extra",
        "id: expected string, got integer 5",
        "status_details.error.code: expected string, got integer 7",
    ]
    bad_extra = RealtimeConversationItem(extra=[1])  # type: ignore[arg-type]
    assert [str(p) for p in bad_extra.validate()] == ["extra: expected dict, got array"]
    unset_inside = RealtimeResponse(modalities=[UNSET])  # type: ignore[list-item]
    assert [str(p) for p in unset_inside.validate()] == ["modalities[0]: expected string, got UNSET"]
    not_a_list = RealtimeConversationItem(content="hi")  # type: ignore[arg-type]
    assert [str(p) for p in not_a_list.validate()] == ['content: expected array, got string "hi"']
