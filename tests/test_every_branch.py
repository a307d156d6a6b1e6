"""Every model, every kind of field, deterministically: wrong types, nulls, unknown keys, keys out
of order, hostile keys. The property tests find the same things at random; these make sure that
every branch of every hand-written converter runs in every test run."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

import realtime_models as rm

from .property.strategies import LENIENT_ONLY, SCHEMA, STRICT_NULLABLE, Kind, model_class

WRONG: Dict[str, Any] = {
    "str": 5,
    "voice": 5,
    "enum": 5,
    "const": True,
    "count": "5",
    "int": "5",
    "number": "5",
    "ints": "x",
    "json": {1, 2},
    "bool": "yes",
    "enums": "text",
    "metadata": ["a"],
    "temperature": "hot",
    "max_tokens": 1.5,
    "json_object": [],
    "model": 5,
    "models": {"0": {}},
    "union": 5,
    "unions": {"0": {}},
    "range": "x",
    "int_range": "5",
    "strs": "x",
    "strs1": "x",
    "enums1": "text",
    "str_map": ["a"],
    "str_or_model": 5,
    "strs_or_model": 5,
}


def valid(kind: Kind) -> Any:
    """A strict-valid value of each kind of field."""
    name = kind[0]
    simple = {"str": "s", "voice": "alloy", "count": 1, "int": -1, "bool": True, "temperature": 0.8, "number": 1.5}
    if name == "ints":
        return [1, 2]
    if name == "json":
        return ["en", {"code": None}]
    if name in simple:
        return simple[name]
    if name == "enum":
        return sorted(kind[1])[0]
    if name == "const":
        return kind[1]
    if name == "enums":
        return sorted(kind[1])[:1]
    if name == "metadata":
        return {"k": "v"}
    if name == "max_tokens":
        return "inf"
    if name == "json_object":
        return {"a": [1, {"b": None}]}
    if name == "model":
        return full(kind[1])
    if name == "models":
        return [full(kind[1])]
    if name == "union":
        return full(kind[1][0])
    if name in ("range", "int_range"):
        return kind[2]
    if name in ("strs", "strs1"):
        return ["a"]
    if name == "enums1":
        return sorted(kind[1])[:1]
    if name == "str_map":
        return {"k": "v"}
    if name == "str_or_model":
        return full(kind[2] if isinstance(kind[2], str) else kind[2][0][0])
    if name == "strs_or_model":
        return full(kind[1])
    assert name == "unions"
    return [full(each) for each in kind[1]]


def full(model: str) -> Dict[str, Any]:
    return {field: valid(kind) for field, kind in SCHEMA[model].items() if kind[0] != "unknown_kind"}


STRICT = sorted(set(SCHEMA) - LENIENT_ONLY)


@pytest.mark.parametrize("name", STRICT)
def test_a_full_payload_round_trips_in_any_order(name: str) -> None:
    cls = model_class(name)
    payload = full(name)
    for data in (payload, dict(reversed(list(payload.items())))):
        text = json.dumps(data, separators=(",", ":"))
        model = cls.from_json(text, strict=True)
        assert model.to_json() == text
        assert model.validate(strict=True) == []
    keys = list(payload)
    middle = dict([*[(k, payload[k]) for k in keys[:1]], ("zz_new", [1]), *[(k, payload[k]) for k in keys[1:]]])
    model = cls.from_dict(middle)
    assert list(model.to_dict()) == list(middle)
    assert model.extra == {"zz_new": [1]}
    with pytest.raises(rm.ValidationError) as info:
        cls.from_dict(middle, strict=True)
    assert [(p.path, p.message) for p in info.value.errors] == [(("zz_new",), "unknown key")]


@pytest.mark.parametrize("name", STRICT)
def test_every_field_of_the_wrong_type_is_reported(name: str) -> None:
    cls = model_class(name)
    wrong = {field: WRONG[kind[0]] for field, kind in SCHEMA[name].items()}
    for strict in (False, True):
        with pytest.raises(rm.ValidationError) as info:
            cls.from_dict(wrong, strict=strict)
        assert {p.path[0] for p in info.value.errors} == set(wrong), info.value


@pytest.mark.parametrize("name", STRICT)
def test_null_everywhere(name: str) -> None:
    cls = model_class(name)
    data = nulls = dict.fromkeys(SCHEMA[name])
    assert cls.from_dict(data).to_dict() == data
    refused = {field for field in nulls if (name, field) not in STRICT_NULLABLE}
    if refused:
        with pytest.raises(rm.ValidationError) as info:
            cls.from_dict(data, strict=True)
        assert {p.path[0] for p in info.value.errors} == refused
    else:
        cls.from_dict(data, strict=True)


class RaisesOnCompare:
    """A key that hashes like a key the model looks up, and raises when compared."""

    def __init__(self, like: str) -> None:
        self.like = like

    def __hash__(self) -> int:
        return hash(self.like)

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no")


@pytest.mark.parametrize("name", sorted(SCHEMA))
@pytest.mark.parametrize("like", ["type", "id", "name", "text", "the model's first key"])
def test_a_key_that_raises_is_a_validation_error(name: str, like: str) -> None:
    cls = model_class(name)
    if like == "the model's first key":  # one every model looks up, whatever its fields
        like = cls._wire[0]
    for data in ({RaisesOnCompare(like): 1}, {"zz": 1, RaisesOnCompare(like): 1}):
        for strict in (False, True):
            with pytest.raises(rm.ValidationError) as info:
                cls.from_dict(data, strict=strict)
            messages = [p.message for p in info.value.errors]
            # Either the comparison raised (and the parse says so), or the key was never compared
            # with a known one and is reported as the unknown, non-string key it is.
            assert messages == ["could not read the input (RuntimeError)"] or (
                "object keys must be strings, got Python RaisesOnCompare" in messages
            ), messages


UNION_BASES = ["ga.RealtimeConversationItem", "ga.RealtimeAudioFormats", "ga.RealtimeMcpError"]


@pytest.mark.parametrize("base", UNION_BASES)
def test_a_union_base_turns_a_raising_key_into_a_validation_error(base: str) -> None:
    import realtime_models.ga

    cls = getattr(realtime_models.ga, base[3:])
    with pytest.raises(rm.ValidationError) as info:
        cls.from_dict({RaisesOnCompare("type"): 1})
    assert str(info.value) == "<root>: could not read the input (RuntimeError)"


@pytest.mark.parametrize("name", [n for n in STRICT if any(k[0] in ("models", "unions") for k in SCHEMA[n].values())])
def test_a_bad_item_in_a_list_is_reported_with_its_index(name: str) -> None:
    cls = model_class(name)
    data = full(name)
    fields = [f for f, k in SCHEMA[name].items() if k[0] in ("models", "unions")]
    for field in fields:
        data[field] = [*data[field], 5, *data[field], "x"]
    with pytest.raises(rm.ValidationError) as info:
        cls.from_dict(data)
    n = len(full(name)[fields[0]])
    assert [p.path for p in info.value.errors][:2] == [(fields[0], n), (fields[0], 2 * n + 1)]


def test_an_unknown_kind_keeps_any_json_type_and_refuses_the_rest() -> None:
    import realtime_models.ga

    kept = realtime_models.ga.RealtimeConversationItem.from_dict({"type": [1, {"a": None}], "x": 1})
    assert kept.to_dict() == {"type": [1, {"a": None}], "x": 1}
    with pytest.raises(rm.ValidationError) as info:
        realtime_models.ga.RealtimeConversationItem.from_dict({"type": {1, 2}})
    assert str(info.value) == "type: expected a JSON value, got Python set"


def test_a_kind_claimed_twice_is_caught_at_import() -> None:
    from realtime_models._core.model import kind_table

    class A:
        _kind = "x"

    class B:
        _kind = "x"

    with pytest.raises(RuntimeError, match="'x' is the kind of both A and B"):
        kind_table(A, B)


def test_what_repr_pformat_and_deepcopy_do_with_odd_values() -> None:
    import copy

    deep: Any = rm.RealtimeConversationItemContent(text="bottom")
    for _ in range(20):
        deep = rm.RealtimeConversationItemContent(extra={"d": {"k": deep}})
    assert "{...}" in repr(deep)
    from realtime_models._core.model import _REPR_DEPTH, _short_repr

    assert _short_repr(deep, _REPR_DEPTH + 1) == "RealtimeConversationItemContent(...)"
    assert rm.RealtimeResponse(object=rm.UNSET).pformat() == "RealtimeResponse(\n  object=UNSET,\n)"
    assert rm.RealtimeConversationItemContent().pformat() == "RealtimeConversationItemContent()"
    assert rm.RealtimeResponse(id="r", object=rm.UNSET, extra={"x": 1}).pformat() == (
        "RealtimeResponse(\n  id='r',\n  object=UNSET,\n  extra={'x': 1},\n)"
    )
    odd = rm.RealtimeResponse(extra={"x": (1, 2)}, metadata={"k": {1, 2}})  # type: ignore[dict-item]
    again = copy.deepcopy(odd)
    assert again.extra == {"x": (1, 2)}
    assert again.extra["x"] is not None
    assert again.metadata == {"k": {1, 2}}
    assert again.metadata is not odd.metadata
    assert copy.deepcopy(rm.RealtimeResponse(output=(1, 2))).output == (1, 2)  # type: ignore[arg-type]


def test_to_dict_writes_fields_set_after_parsing_after_the_remembered_order() -> None:
    part = rm.RealtimeConversationItemContent.from_json('{"text":"t","type":"x"}')
    part.transcript = "new"
    part.type = rm.UNSET
    assert list(part.to_dict()) == ["text", "transcript"]
    part.transcript = rm.UNSET
    assert list(part.to_dict()) == ["text"]
    with pytest.raises(rm.ValidationError) as info:
        rm.RealtimeConversationItemContent(extra={5: "x"}).to_dict()  # type: ignore[dict-item]
    assert str(info.value) == "<root>: object keys must be strings, got integer 5"


def test_a_problem_shows_its_fields() -> None:
    problem = rm.ValidationProblem(("output", 0), "m")
    assert repr(problem) == "ValidationProblem(path=('output', 0), message='m')"
    path, message = problem
    assert (path, message) == (("output", 0), "m")


def test_json_values_in_disguise_and_not_at_all() -> None:
    class Key(str):
        pass

    model = rm.RealtimeResponse.from_dict({"x": {Key("k"): [1]}, "y": {"a": [1, 2]}})
    assert model.to_dict() == {"x": {"k": [1]}, "y": {"a": [1, 2]}}
    assert type(next(iter(model.extra["x"]))) is str
    for bad in ({"a": float("nan")}, [1, float("inf")], {"a": {"b": {1, 2}}}, {"a": 1, 5: 2}):
        with pytest.raises(rm.ValidationError):
            rm.RealtimeResponse.from_dict({"x": bad})


def test_namespaces_say_what_they_do_not_have() -> None:
    import realtime_models.beta
    import realtime_models.ga

    for namespace in (realtime_models.ga, realtime_models.beta):
        with pytest.raises(AttributeError):
            namespace.NoSuchThing  # noqa: B018
        with pytest.raises(AttributeError):
            namespace._private  # noqa: B018


def test_the_json_type_of_an_annotation() -> None:
    from realtime_models._core.checks import json_type_of

    assert json_type_of("Maybe[str]") == "string"
    assert json_type_of("Maybe[List[RealtimeTool]]") == "array"
    assert json_type_of("Maybe[Union[int, str]]") == 'integer or "inf"'
    assert json_type_of("Maybe[Union[str, VoiceID]]") == "string or object"
    assert json_type_of("Maybe[Union[List[str], Dict[str, Any], bool]]") == "array or object or boolean"
    assert json_type_of("Maybe[Any]") == "JSON value"


def test_a_class_whose_exceptions_name_no_field_is_refused_when_defined() -> None:
    from realtime_models._core.model import Model, field, model
    from realtime_models._core.unset import UNSET

    with pytest.raises(TypeError, match="_nullable or _checks names no field: spead, thresold"):

        @model
        class Typo(Model):
            speed: Any = UNSET
            extra: Dict[str, Any] = field(default_factory=dict)

            _nullable = ("thresold",)
            _checks = {"spead": None}


def test_a_kind_added_twice_is_caught_when_defined() -> None:
    import realtime_models.ga as ga
    from realtime_models._core.model import add_kinds

    with pytest.raises(RuntimeError, match="'function_call' is the kind of both"):
        add_kinds(ga.RealtimeConversationItem, ga.RealtimeConversationItemFunctionCall)
    assert ga.RealtimeConversationItem._kinds["function_call"] is ga.RealtimeConversationItemFunctionCall


def test_lazy_exports_list_every_name_and_load_only_what_is_asked() -> None:
    import realtime_models.ga as ga
    from realtime_models._core.lazy import lazy_exports

    assert {"ConversationState", "ResponseDoneEvent", "RealtimeResponse"} <= set(dir(ga))
    namespace: Dict[str, Any] = {"__name__": "realtime_models.ga", "__all__": ["Listed", "ConversationState"]}
    get, listing = lazy_exports(namespace, ("conversation",))
    assert listing() == ["ConversationState", "Listed", "__all__", "__name__"]
    assert get("ConversationState") is ga.ConversationState
    assert namespace["ConversationState"] is ga.ConversationState  # kept: asked once
    with pytest.raises(AttributeError, match="has no attribute 'Listed'"):
        get("Listed")  # listed, but no module has it: a packaging mistake, said plainly


def test_a_union_dispatches_an_enum_kind_it_lacks_as_unknown_and_routes_kinds_added_later() -> None:
    from enum import Enum

    import realtime_models.ga as ga
    from realtime_models._core.model import Dispatcher, Model, add_kinds, field, kind_table, model, set_kinds
    from realtime_models._core.readers import get_json, get_str
    from realtime_models._core.unset import UNSET, Maybe

    class Odd(str, Enum):
        KIND = "response.no_such_kind"

    event = ga.RealtimeServerEvent.from_dict({"type": Odd.KIND, "event_id": "e"})
    assert type(event) is ga.UnknownServerEvent
    assert event.extra == {"event_id": "e"}
    with pytest.raises(rm.ValidationError, match="type: expected a known event type, got string"):
        ga.RealtimeServerEvent.from_dict({"type": Odd.KIND}, strict=True)

    class Shape(Dispatcher):
        __slots__ = ()

    @model
    class Square(Shape):
        type: Maybe[str] = UNSET
        side: Maybe[str] = UNSET
        extra: Dict[str, Any] = field(default_factory=dict)
        _kind = "square"

        def _read(self, d: Dict[str, Any], strict: bool, errs: Any) -> None:
            self.type = get_str(d, "type", errs)
            self.side = get_str(d, "side", errs)

    class Circle(Square):
        __slots__ = ()
        _kind = "circle"

    @model
    class Other(Shape):
        type: Maybe[Any] = UNSET
        extra: Dict[str, Any] = field(default_factory=dict)

        def _read(self, d: Dict[str, Any], strict: bool, errs: Any) -> None:
            self.type = get_json(d, "type", errs)

    set_kinds(Shape, kind_table(Square), Other, ("square",))
    assert type(Shape.from_dict({"type": "circle"})) is Other
    add_kinds(Shape, Circle)  # a kind added after the table was made is routed too
    assert Shape.from_dict({"type": "circle", "side": "2"}) == Circle(side="2")
    assert type(Shape.from_dict({"type": "square"})) is Square
    assert Model.__dict__["from_dict"] is not Shape.__dict__["from_dict"]
