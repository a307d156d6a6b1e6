"""Properties of every model: exact round trips, strict implies lenient, and errors that point."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any, Dict, Tuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

import realtime_models as rm

from .strategies import MODEL_NAMES, SCHEMA, STRICT_NULLABLE, field_paths, payloads, replaced, typed

MODELS = sorted(SCHEMA)


def model_class(name: str) -> Any:
    return getattr(rm, MODEL_NAMES[name])


def payload_and_class(strict: bool) -> st.SearchStrategy[Tuple[Dict[str, Any], Any]]:
    return st.sampled_from(MODELS).flatmap(lambda m: st.tuples(payloads(m, strict=strict), st.just(model_class(m))))


@given(payload_and_class(strict=False))
def test_dict_round_trip_is_exact_with_types(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    before = copy.deepcopy(payload)
    model = cls.from_dict(payload)
    assert typed(model.to_dict()) == typed(payload)
    assert typed(payload) == typed(before), "from_dict changed its input"


@given(payload_and_class(strict=False))
def test_model_round_trip(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    model = cls.from_dict(payload)
    assert cls.from_dict(model.to_dict()) == model
    assert model.validate() == []


@given(payload_and_class(strict=False))
def test_json_round_trip(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    model = cls.from_json(json.dumps(payload))
    assert typed(model.to_dict()) == typed(payload)
    assert cls.from_json(model.to_json()) == model
    assert cls.from_json(model.to_json(indent=2).encode("utf-16")) == model


@given(payload_and_class(strict=True))
def test_strict_valid_implies_lenient_valid(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    strict = cls.from_dict(payload, strict=True)
    lenient = cls.from_dict(payload)
    assert strict == lenient
    assert typed(strict.to_dict()) == typed(payload)
    assert strict.validate(strict=True) == []


@given(payload_and_class(strict=False))
def test_no_mutable_container_is_shared(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    original = typed(payload)
    model = cls.from_dict(payload)
    out = model.to_dict()
    _scramble(out)
    assert typed(model.to_dict()) == original, "to_dict shares a container with the model"
    _scramble(payload)
    assert typed(model.to_dict()) == original, "the model shares a container with its input"


def _scramble(value: Any) -> None:
    """Change every container reachable from value, in place."""
    if isinstance(value, dict):
        for v in list(value.values()):
            _scramble(v)
        value["__scrambled__"] = True
    elif isinstance(value, list):
        for v in value:
            _scramble(v)
        value.append("__scrambled__")


@given(payload_and_class(strict=False))
def test_copy_deepcopy_pickle(case: Tuple[Dict[str, Any], Any]) -> None:
    payload, cls = case
    model = cls.from_dict(payload)
    assert copy.copy(model) == model
    assert copy.deepcopy(model) == model
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(model, protocol)) == model
    assert eval(repr(model), vars(rm)) == model


# A wrong JSON type for each kind of field: lenient and strict both refuse it.
WRONG_TYPE = {
    "str": 5,
    "voice": 5,
    "enum": 5,
    "const": True,
    "count": "5",
    "enums": "text",
    "metadata": ["a"],
    "temperature": "hot",
    "max_tokens": 1.5,
    "model": 5,
    "models": {"0": {}},
}


@given(st.data())
def test_a_wrong_type_is_reported_at_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODELS))
    payload = data.draw(payloads(name, strict=True))
    places = field_paths(name, payload)
    if not places:
        return
    path, kind = data.draw(st.sampled_from(places))
    mutated = replaced(payload, path, WRONG_TYPE[kind[0]])
    for strict in (False, True):
        with pytest.raises(rm.ValidationError) as info:
            model_class(name).from_dict(mutated, strict=strict)
        assert path in [problem.path for problem in info.value.errors], str(info.value)


@given(st.data())
def test_a_strict_rule_broken_is_reported_at_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODELS))
    payload = data.draw(payloads(name, strict=True))
    places = [
        (p, k) for p, k in field_paths(name, payload) if k[0] in ("enum", "const", "count") or _not_nullable(name, p)
    ]
    if not places:
        return
    path, kind = data.draw(st.sampled_from(places))
    if kind[0] in ("enum", "const"):
        bad: Any = "not-a-known-value"
    elif kind[0] == "count":
        bad = -1
    else:
        bad = None
    mutated = replaced(payload, path, bad)
    model_class(name).from_dict(mutated)  # lenient accepts it
    with pytest.raises(rm.ValidationError) as info:
        model_class(name).from_dict(mutated, strict=True)
    assert path in [problem.path for problem in info.value.errors], str(info.value)


def _not_nullable(root: str, path: Tuple[Any, ...]) -> bool:
    """Whether strict mode refuses null at this path (a field, not a list element)."""
    if type(path[-1]) is int:
        return False
    model = root
    for step in path[:-1]:
        if type(step) is int:
            continue
        kind = SCHEMA[model][step]
        model = kind[1]
    return (model, path[-1]) not in STRICT_NULLABLE
