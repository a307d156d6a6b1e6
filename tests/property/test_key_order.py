"""Key order: a round trip gives back every object's keys in the order they came, at every level."""

from __future__ import annotations

import copy
import json
import pickle
import random
from typing import Any, Dict, Tuple

from hypothesis import given
from hypothesis import strategies as st

from .strategies import typed
from .test_round_trips import payload_and_class


def shuffled(value: Any, rnd: random.Random) -> Any:
    """The same JSON value with the keys of every object in a random order."""
    if isinstance(value, dict):
        keys = list(value)
        rnd.shuffle(keys)
        return {key: shuffled(value[key], rnd) for key in keys}
    if isinstance(value, list):
        return [shuffled(item, rnd) for item in value]
    return value


def key_orders(value: Any) -> Any:
    """Every object's keys as a list, nested as the value is: what == on dicts does not compare."""
    if isinstance(value, dict):
        return [(key, key_orders(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [key_orders(item) for item in value]
    return None


@given(payload_and_class(strict=False), st.randoms(use_true_random=False))
def test_dict_round_trip_keeps_the_order_of_keys_at_every_level(
    case: Tuple[Dict[str, Any], Any], rnd: random.Random
) -> None:
    payload, cls = case
    payload = shuffled(payload, rnd)
    model = cls.from_dict(payload)
    assert key_orders(model.to_dict()) == key_orders(payload)
    assert typed(model.to_dict()) == typed(payload)


@given(payload_and_class(strict=False), st.randoms(use_true_random=False))
def test_json_text_round_trip_is_byte_exact(case: Tuple[Dict[str, Any], Any], rnd: random.Random) -> None:
    payload, cls = case
    text = json.dumps(shuffled(payload, rnd), separators=(",", ":"))
    assert cls.from_json(text).to_json() == text


@given(payload_and_class(strict=True), st.randoms(use_true_random=False))
def test_strict_parsing_keeps_the_order_too(case: Tuple[Dict[str, Any], Any], rnd: random.Random) -> None:
    payload, cls = case
    payload = shuffled(payload, rnd)
    assert key_orders(cls.from_dict(payload, strict=True).to_dict()) == key_orders(payload)


@given(payload_and_class(strict=False), st.randoms(use_true_random=False))
def test_copies_and_pickles_keep_the_order_and_equality_ignores_it(
    case: Tuple[Dict[str, Any], Any], rnd: random.Random
) -> None:
    payload, cls = case
    model = cls.from_dict(shuffled(payload, rnd))
    expected = key_orders(model.to_dict())
    for other in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert key_orders(other.to_dict()) == expected
        assert other == model
    assert cls.from_dict(payload) == model
    assert model.validate() == []
    assert key_orders(model.to_dict()) == expected, "validate() changed the order"
