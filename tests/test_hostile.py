"""Any input gives a model or a ValidationError; nothing is lost, nothing leaks, nothing hangs."""

from __future__ import annotations

import contextlib
import copy
import json
import math
import multiprocessing
import pickle
import re
import threading
import time
from collections.abc import Mapping
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

import realtime_models as rm
from realtime_models import RealtimeConversationItem, RealtimeResponse, ValidationError

from .payloads import RESPONSE_DONE
from .property.strategies import LENIENT_ONLY, SCHEMA, TRICKY_KEYS, json_values, model_class, payloads, replaced, typed

# ---------------------------------------------------------------------------------------------
# Hostile objects: each breaks some assumption a parser might make.


class RaisingMapping(Mapping):  # type: ignore[type-arg]
    """Claims to hold a key, then raises when asked for it."""

    def __getitem__(self, key: Any) -> Any:
        raise RuntimeError("no")

    def __iter__(self) -> Iterator[Any]:
        return iter(["id"])

    def __len__(self) -> int:
        return 1


class EvilKey:
    """Hashes like "id", so that dict lookups compare against it, and then raises."""

    def __hash__(self) -> int:
        return hash("id")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no")


class LyingClass:
    """Pretends to be a str through __class__."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # type: ignore[override]
        return str


class RaisingList(list):  # type: ignore[type-arg]
    def __iter__(self) -> Iterator[Any]:
        raise RuntimeError("no")


class RaisingDict(dict):  # type: ignore[type-arg]
    def keys(self) -> Any:
        raise RuntimeError("no")

    def items(self) -> Any:
        raise RuntimeError("no")


class WeirdName:
    pass


WeirdName.__qualname__ = "W" * 10_000

hostile_objects = st.sampled_from(
    [
        RaisingMapping(),
        {EvilKey(): 1},
        LyingClass(),
        RaisingList([1]),
        RaisingDict(id="x"),
        WeirdName(),
        object(),
        float("nan"),
        float("inf"),
        -float("inf"),
        b"bytes",
        bytearray(b"x"),
        (1, 2),
        frozenset({1}),
        {1, 2},
        {1: "non-string key"},
        {("tuple", "key"): 1},
        {None: 1},
        "\ud800 lone surrogate",
        len,
        type,
        Ellipsis,
        NotImplemented,
        1j,
        range(3),
        memoryview(b"x"),
    ]
)

huge_int = st.builds(lambda: 10**5000)  # built lazily: hypothesis cannot repr it in sampled_from

anything = st.recursive(
    json_values
    | hostile_objects
    | huge_int
    | st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3)
    | st.binary(max_size=5)
    | st.integers()
    | st.floats(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5) | st.integers() | st.none(), inner, max_size=3)
        | st.sets(st.integers(), max_size=3)
    ),
    max_leaves=6,
)


def positions(value: Any, path: Tuple[Any, ...] = ()) -> List[Tuple[Any, ...]]:
    """Every place in a JSON value where another value can go: each key and index, and a new key."""
    out: List[Tuple[Any, ...]] = []
    if isinstance(value, dict):
        out.append((*path, "new-key"))
        for key, item in value.items():
            out.append((*path, key))
            out.extend(positions(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.append((*path, i))
            out.extend(positions(item, (*path, i)))
    return out


def must_model_or_validation_error(cls: Any, data: Any) -> None:
    for strict in (False, True):
        try:
            model = cls.from_dict(data, strict=strict)
        except ValidationError as e:
            problems = e.errors
        else:
            problems = None
        if problems is not None:
            assert problems, "a ValidationError without problems"
            for problem in problems:
                assert len(str(problem)) < 300
                str(problem).encode("utf-8")
            continue
        # Accepted: then everything else works on it too.
        out = model.to_dict()
        assert cls.from_dict(out) == model
        text = model.to_json()
        again = cls.from_json(text)
        assert again.to_json() == text
        if not has_surrogate_pair(out):
            assert again == model
        assert model.validate(strict=strict) == []


def has_surrogate_pair(value: Any) -> bool:
    """Whether a string in value holds a high and a low surrogate side by side. JSON text cannot
    carry that: the escape \\ud800\\udc00 means U+10000 to every decoder, json.loads included,
    so such a string (which only Python code makes, never json.loads) comes back from JSON text as
    the character the pair encodes."""
    if isinstance(value, dict):
        return any(has_surrogate_pair(k) or has_surrogate_pair(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_surrogate_pair(v) for v in value)
    return isinstance(value, str) and re.search("[\ud800-\udbff][\udc00-\udfff]", value) is not None


def test_a_surrogate_pair_written_as_two_code_points_comes_back_as_one_character() -> None:
    r = RealtimeResponse.from_dict({"id": "\ud800\udc00", "x": "\ud800"})
    assert r.to_dict() == {"id": "\ud800\udc00", "x": "\ud800"}  # the dict round trip is exact
    again = RealtimeResponse.from_json(r.to_json())
    assert again.id == "\U00010000"  # JSON text cannot tell the pair from the character
    assert again.extra == {"x": "\ud800"}  # a lone surrogate survives JSON text as itself


@given(st.data())
def test_fuzz_any_value_anywhere(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(SCHEMA)))
    cls = model_class(name)
    payload = data.draw(payloads(name, strict=name not in LENIENT_ONLY and data.draw(st.booleans())))
    where = data.draw(st.sampled_from(positions(payload)))
    value = data.draw(anything)
    must_model_or_validation_error(cls, replaced(payload, where, value))


@given(anything)
def test_fuzz_any_value_at_the_top(value: Any) -> None:
    for name in SCHEMA:
        must_model_or_validation_error(model_class(name), value)


@given(st.text() | st.binary() | st.builds(lambda v: json.dumps(v), json_values))
def test_fuzz_from_json_any_text(text: Any) -> None:
    for strict in (False, True):
        with contextlib.suppress(ValidationError):
            RealtimeResponse.from_json(text, strict=strict)


@pytest.mark.parametrize(
    "data",
    [
        RaisingMapping(),
        {EvilKey(): 1},
        {"output": RaisingList([1])},
        {"x": RaisingMapping()},
        {"metadata": RaisingMapping()},
    ],
)
def test_hostile_containers_are_refused(data: Any) -> None:
    with pytest.raises(ValidationError):
        RealtimeResponse.from_dict(data)


def test_a_dict_subclass_is_read_for_what_it_holds() -> None:
    # dict() copies a dict subclass from its storage, whatever its methods claim.
    r = RealtimeResponse.from_dict({"output": [RaisingDict(id="x")]})
    assert r.to_dict() == {"output": [{"id": "x"}]}


def test_the_last_resort_keeps_the_cause() -> None:
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_dict({EvilKey(): 1})
    assert str(info.value) == "<root>: could not read the input (RuntimeError)"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_a_class_that_lies_about_itself_is_not_a_string() -> None:
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_dict({"id": LyingClass(), "x": [WeirdName()]})
    assert [str(p) for p in info.value.errors] == [
        "id: expected string, got Python LyingClass",
        "x[0]: expected a JSON value, got Python " + "W" * 40 + "...",
    ]


def test_keys_that_look_like_attributes_are_plain_unknown_keys() -> None:
    data = dict.fromkeys(TRICKY_KEYS, "value")
    data.update({"__init__": 1, "__eq__": [], "__getstate__": {}, "_slot_names": None, "id": "r"})
    r = RealtimeResponse.from_dict(data)
    assert r.to_dict() == data
    assert r.extra == {k: v for k, v in data.items() if k != "id"}
    assert callable(r.to_dict)
    assert callable(r.validate)
    assert type(r) is RealtimeResponse
    assert RealtimeResponse.from_dict(r.to_dict()) == r


# ---------------------------------------------------------------------------------------------
# Depth, cycles and size.


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


def test_deep_nesting_in_an_unknown_key_round_trips() -> None:
    data = {"id": "r", "deep": nested(290)}
    text = json.dumps(data)
    r = RealtimeResponse.from_json(text)
    assert r.to_json() == text.replace(", ", ",").replace(": ", ":")
    assert RealtimeResponse.from_dict(data).to_dict() == data
    item = RealtimeConversationItem.from_dict({"content": [{"deep": nested(290)}]})
    assert item.to_dict()["content"][0]["deep"] == nested(290)


def _at_depth(frames: int, call: Callable[[], Any]) -> Any:
    """``call()`` made from ``frames`` Python frames deeper than the caller."""
    return call() if frames == 0 else _at_depth(frames - 1, call)


def test_the_deepest_accepted_model_copies_pickles_and_writes_from_deep_in_a_call_stack() -> None:
    deepest: Any = "bottom"
    for _ in range(rm._core.checks.MAX_DEPTH):  # lists cost every Python version a frame per level
        deepest = [deepest]
    data = {"output": [{"content": [{"type": "text", "deep": deepest}], "more": nested(299)}], "x": deepest}
    text = json.dumps(data, separators=(",", ":"))
    model = RealtimeResponse.from_json(text)

    def everything() -> None:
        assert RealtimeResponse.from_json(text) == model
        assert model.to_json() == text
        assert copy.deepcopy(model) == model
        assert copy.copy(model) == model
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(model, protocol)) == model
        assert repr(model)
        assert model.validate() == []

    _at_depth(200, everything)
    with pytest.raises(ValidationError):
        RealtimeResponse.from_dict({"x": [deepest]})


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_dict({"deep": nested(301)})
    [problem] = info.value.errors
    assert problem.message == "nested deeper than 300 levels"
    assert len(problem.path) == 301
    assert len(str(problem)) < 500


@pytest.mark.parametrize("depth", [0, 1, 7, 8, 9, 20])
def test_what_is_not_json_is_refused_at_any_depth_the_same_way(depth: int) -> None:
    """The first levels of a JSON value are copied by recursion and the rest on a stack: a value
    that is not JSON, a key that is not a string, a float that is not finite, each in an object
    and in an array, is refused with its path above, at, and below the level where one hands over
    to the other; and the same value made of JSON alone round-trips."""
    for bad in ({1: "x"}, {"k": float("nan")}, [float("inf")], {"k": {1, 2}}, [b"x"], {"k": 10**5000}):
        value: Any = bad
        for i in range(depth):
            value = [value] if i % 2 else {"k": value}
        with pytest.raises(ValidationError) as info:
            RealtimeResponse.from_dict({"deep": value})
        [problem] = info.value.errors
        assert problem.path[0] == "deep", (bad, problem)
        assert len(problem.path) >= depth + 1, (bad, problem)
    good: Any = {"k": [1, 2.5, "s", None, True, {"x": []}]}
    for i in range(depth):
        good = [good] if i % 2 else {"k": good}
    model = RealtimeResponse.from_dict({"deep": good})
    assert model.to_dict() == {"deep": good}
    assert model.extra["deep"] is not good


def test_a_cycle_is_refused_not_followed() -> None:
    cycle: List[Any] = []
    cycle.append(cycle)
    loop: Dict[str, Any] = {}
    loop["self"] = loop
    for data in ({"x": cycle}, {"x": loop}):
        with pytest.raises(ValidationError) as info:
            RealtimeResponse.from_dict(data)
        assert info.value.errors[0].message == "nested deeper than 300 levels"


def test_a_shared_but_acyclic_value_is_fine() -> None:
    shared = [1, {"a": 2}]
    r = RealtimeResponse.from_dict({"x": [shared, shared]})
    out = r.to_dict()
    assert out == {"x": [shared, shared]}
    assert out["x"][0] is not out["x"][1]


def _best_time(payload: Dict[str, Any]) -> float:
    """The best of five, with the cyclic garbage collector off: its full collections scan every
    object alive, so that their share of a big parse grows faster than the parse, which is what
    this measures."""
    import gc

    best = math.inf
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            start = time.perf_counter()
            RealtimeResponse.from_dict(payload).to_dict()
            best = min(best, time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def test_cost_grows_linearly() -> None:
    def response(n: int) -> Dict[str, Any]:
        return {"output": [dict(RESPONSE_DONE["output"][i % 2], x={"i": i}) for i in range(n)]}

    ratio = _best_time(response(50_000)) / _best_time(response(5_000))
    # Linear is 10; a quadratic step would be near 100. The bound leaves room for a noisy machine.
    assert ratio < 25, ratio


# ---------------------------------------------------------------------------------------------
# Objects that behave across threads and processes.


def _parse_all(payloads_: List[Dict[str, Any]]) -> List[Any]:
    return [RealtimeResponse.from_dict(p, strict=False) for p in payloads_]


@given(st.lists(payloads("response", strict=False), min_size=1, max_size=3))
def test_threads_parse_to_identical_results(batch: List[Dict[str, Any]]) -> None:
    results: List[List[Any]] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        results.append([typed(m.to_dict()) for m in _parse_all(batch)])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8
    assert all(r == [typed(p) for p in batch] for r in results)


def test_models_cross_process_boundaries() -> None:
    batch = [RESPONSE_DONE, {"id": "r2", "x": [1.5, None]}]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        remote = pool.apply(_parse_all, (batch,))
    assert remote == _parse_all(batch)
    assert [m.to_dict() for m in remote] == batch
