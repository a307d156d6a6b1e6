"""Reading by shape: a hot parser reads the key tuples the server sends by position, and any
other input key by key. Both paths must give the same model, the same key order and the same
problems, for every shape a class names."""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from typing import Any, Dict, List, Set, Tuple

import pytest

import realtime_models._shared.deltas as shared_deltas
import realtime_models._shared.server_events as shared_events
import realtime_models.beta as beta
import realtime_models.ga as ga
from realtime_models import UNSET, ValidationError
from realtime_models._core.model import ROUTES, Model


def _hot_classes() -> List[type]:
    """Every class that names shapes, with the concrete event classes built on a shared body."""
    found: Dict[str, type] = {}
    for namespace in (ga, beta, shared_events, shared_deltas):
        for name in dir(namespace):
            cls = getattr(namespace, name)
            if isinstance(cls, type) and issubclass(cls, Model) and getattr(cls, "_shapes", None):
                found[cls.__module__ + "." + cls.__qualname__] = cls
    return sorted(found.values(), key=lambda cls: (cls.__module__, cls.__qualname__))


HOT = _hot_classes()


def _sample(cls: Any, name: str) -> Any:
    """A value the field holds in lenient mode, from its annotation (or its class's fixed value)."""
    fixed = dict(cls._fixed())
    if name in fixed:
        return fixed[name]
    annotation = dict(zip(cls._field_names, cls._field_types))[name]
    if "List[str]" in annotation:
        return ["a", "b"]
    if "List[" in annotation:
        return []
    if "Dict[str, str]" in annotation:
        return {"k": "v"}
    simple = {"Maybe[str]": "s", "Maybe[int]": 7, "Maybe[float]": 0.5, "Maybe[Union[int, str]]": "inf"}
    return simple.get(annotation)  # a nested model: null, which lenient mode keeps


def _cases() -> List[Tuple[type, Tuple[str, ...]]]:
    return [(cls, shape) for cls in HOT for shape in cls._shapes]  # type: ignore[attr-defined]


def test_the_hot_classes_name_their_shapes() -> None:
    names = {cls.__name__ for cls in HOT}
    assert {"RealtimeResponse", "RealtimeConversationItemContent", "RealtimeResponseUsage"} <= names
    assert {"RealtimeConversationItemAssistantMessage", "ResponseAudioTranscriptDeltaEvent"} <= names


def _compared_shapes(function: Any) -> Set[Tuple[str, ...]]:
    """The key tuples a hot parser compares its input's keys with: a global ``..._SHAPE...`` tuple
    compared with ``keys``, or the keys unpacked into ``k0``, ``k1``, ... each compared with a
    string in one ``and``."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    found: Set[Tuple[str, ...]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "keys":
            (right,) = node.comparators
            if isinstance(right, ast.Name) and "SHAPE" in right.id:
                found.add(function.__globals__[right.id])
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
            keys = []
            for i, value in enumerate(node.values):
                if not (
                    isinstance(value, ast.Compare)
                    and isinstance(value.left, ast.Name)
                    and value.left.id == "k%d" % i
                    and isinstance(value.ops[0], ast.Eq)
                    and isinstance(value.comparators[0], ast.Constant)
                ):
                    break
                keys.append(value.comparators[0].value)
            else:
                found.add(tuple(keys))
    return found


@pytest.mark.parametrize("cls", HOT, ids=lambda cls: cls.__module__.rsplit(".", 1)[-1] + "." + cls.__name__)
def test_a_hot_parser_compares_the_shapes_its_class_names(cls: Any) -> None:
    """``_shapes`` states a class's shapes once; its parser compares the input's keys with
    exactly those, whether by a tuple or key by key."""
    assert _compared_shapes(ROUTES[cls]) == set(cls._shapes)


@pytest.mark.parametrize(("cls", "shape"), _cases(), ids=lambda v: getattr(v, "__name__", None) or ",".join(v))
def test_a_shape_is_in_wire_order_and_reads_like_any_other_order(cls: Any, shape: Tuple[str, ...]) -> None:
    wire = iter(cls._wire)
    assert all(key in wire for key in shape), "a shape must follow _wire, so that to_dict writes it back"
    assert len(set(cls._shapes)) == len(cls._shapes)
    data = {key: _sample(cls, key) for key in shape}
    text = json.dumps(data, separators=(",", ":"))
    fast = cls.from_dict(json.loads(text))
    slow = cls.from_dict(dict(reversed(list(json.loads(text).items()))))  # any other order reads key by key
    assert fast == slow
    assert fast._order is None
    assert fast.to_json() == text
    assert fast.extra == {}
    for name in cls._field_names:
        if name not in shape:
            assert getattr(fast, name) is UNSET
    assert cls.from_dict(json.loads(text), strict=False).to_dict() == data


@pytest.mark.parametrize("cls", HOT, ids=lambda cls: cls.__module__.rsplit(".", 1)[-1] + "." + cls.__name__)
def test_every_set_of_fields_is_written_in_wire_order(cls: Any) -> None:
    """A hot dump writes the server's shapes by a dict display and anything else key by key:
    a model built with any set of its fields writes exactly those, in wire order, then extra."""
    fixed = dict(cls._fixed())  # written by a model built in code, whether given or not
    names = [name for name in cls._field_names if name not in fixed]
    samples = {name: _sample(cls, name) for name in names}
    for mask in range(2 ** len(names)):
        built = cls(**{name: samples[name] for i, name in enumerate(names) if mask >> i & 1})
        chosen = {**fixed, **{name: samples[name] for i, name in enumerate(names) if mask >> i & 1}}
        expected = {name: chosen[name] for name in cls._wire if name in chosen}
        assert list(built.to_dict().items()) == list(expected.items()), sorted(chosen)
        if mask % 7 == 0:  # with a key the model does not know: written last
            built.extra = {"zz": [1]}
            assert list(built.to_dict().items()) == [*expected.items(), ("zz", [1])]


@pytest.mark.parametrize(("cls", "shape"), _cases(), ids=lambda v: getattr(v, "__name__", None) or ",".join(v))
@pytest.mark.parametrize("strict", [False, True])
def test_a_wrong_value_in_a_shape_is_reported_as_by_any_other_order(
    cls: Any, shape: Tuple[str, ...], strict: bool
) -> None:
    for key in shape:
        for wrong in ([1], {"x": 1}, 1.5, "s", None):
            data = {k: (wrong if k == key else _sample(cls, k)) for k in shape}
            reordered = dict(reversed(list(data.items())))
            outcomes = []
            for candidate in (data, reordered):
                try:
                    outcomes.append(cls.from_dict(json.loads(json.dumps(candidate)), strict=strict).to_dict())
                except ValidationError as e:
                    outcomes.append(sorted(str(p) for p in e.errors))
            fast, slow = outcomes
            if isinstance(fast, dict):
                assert fast == data
                assert slow == reordered
            else:
                assert fast == slow, (key, wrong)


def test_a_message_role_given_as_a_str_subclass_dispatches() -> None:
    class Role(str):
        pass

    item = ga.RealtimeConversationItem.from_dict({"type": "message", "role": Role("user"), "content": []})
    assert type(item) is ga.RealtimeConversationItemUserMessage
    assert item.to_dict() == {"type": "message", "role": "user", "content": []}


def test_the_assistant_audio_part_with_its_audio_reads_by_position() -> None:
    data = {"type": "output_audio", "transcript": "hi", "audio": "AAAA"}
    part = ga.RealtimeConversationItemAssistantMessageContent.from_dict(data)
    assert (part.transcript, part.audio, part.text) == ("hi", "AAAA", UNSET)
    assert part.to_dict() == data


def _kind_classes() -> List[type]:
    from realtime_models._core.model import KIND_OF

    ga.RealtimeServerEvent, beta.RealtimeServerEvent  # noqa: B018  (load every event class)
    return sorted((cls for cls in KIND_OF if type(KIND_OF[cls]) is str), key=lambda c: (c.__module__, c.__name__))


def test_a_dispatcher_skips_only_the_kind_check_it_already_made() -> None:
    """A union calls a kind's route, its parse without the kind check: the kind matched. The
    class's own from_dict still refuses another kind; and the route parses like from_dict."""
    from realtime_models._core.model import KIND_OF, PARSERS, ROUTES

    checked = 0
    for cls in _kind_classes():
        kind = KIND_OF[cls]
        assert PARSERS[cls] is cls._parse  # type: ignore[attr-defined]
        with pytest.raises(ValidationError, match="type"):
            cls.from_dict({"type": kind + ".other"})  # type: ignore[attr-defined]
        data = {"type": kind}
        assert ROUTES[cls](cls, dict(data), False) == cls.from_dict(dict(data))  # type: ignore[attr-defined]
        checked += 1
    assert checked >= 78  # every event type of both protocols, MCP items, formats, usage kinds
    for cls in (shared_deltas.ResponseContentDelta, shared_deltas.ResponseFunctionCallArgumentsDeltaEvent):
        assert ROUTES[cls] is not cls._parse  # type: ignore[attr-defined]
    body = shared_deltas.ResponseContentDelta
    assert PARSERS[body] is ROUTES[body]  # no kind of its own: readers take the route too


def test_every_server_event_dispatches_to_a_model_equal_to_its_own_parse() -> None:
    delta = {"event_id": "e", "type": "response.output_text.delta", "response_id": "r", "item_id": "i"}
    delta.update({"output_index": 0, "content_index": 0, "delta": "Hi", "obfuscation": "xyz"})
    parsed = ga.RealtimeServerEvent.from_dict(delta, strict=True)
    assert type(parsed) is ga.ResponseTextDeltaEvent
    assert parsed == ga.ResponseTextDeltaEvent.from_dict(delta, strict=True)
    with pytest.raises(ValidationError, match="type"):
        ga.ResponseAudioDeltaEvent.from_dict(delta)


_SERVER_RESPONSE: Dict[str, Any] = {
    "object": "realtime.response",
    "id": "resp_1",
    "status": "completed",
    "status_details": {"type": "completed"},
    "output": [
        {
            "id": "item_1",
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "audio", "transcript": "Hi.", "audio": "AAAA"}, {"type": "text", "text": "Hi."}],
        },
        {
            "id": "item_2",
            "object": "realtime.item",
            "type": "function_call",
            "status": "completed",
            "name": "f",
            "call_id": "call_1",
            "arguments": "{}",
        },
        {
            "id": "item_3",
            "object": "realtime.item",
            "type": "function_call_output",
            "status": "completed",
            "call_id": "call_1",
            "output": "{}",
        },
    ],
    "conversation_id": "conv_1",
    "modalities": ["text", "audio"],
    "voice": "verse",
    "output_audio_format": "pcm16",
    "temperature": 0.8,
    "max_output_tokens": "inf",
    "usage": {
        "total_tokens": 3,
        "input_tokens": 2,
        "output_tokens": 1,
        "input_token_details": {
            "text_tokens": 1,
            "audio_tokens": 1,
            "image_tokens": 0,
            "cached_tokens": 0,
            "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": 1, "audio_tokens": 0},
    },
    "metadata": {"k": "v"},
}


_GA_SERVER_RESPONSE: Dict[str, Any] = {
    "object": "realtime.response",
    "id": "resp_1",
    "status": "completed",
    "status_details": {"type": "incomplete", "reason": "max_output_tokens"},
    "output": [
        {
            "id": "item_1",
            "type": "message",
            "status": "completed",
            "role": "system",
            "content": [{"type": "input_text", "text": "Be brief."}],
        },
        {
            "id": "item_2",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [{"type": "input_audio", "transcript": "Hi?"}, {"type": "input_text", "text": "Hi?"}],
        },
        {
            "id": "item_3",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [
                {"type": "output_audio", "transcript": "Hi.", "audio": "AAAA"},
                {"type": "output_audio", "transcript": "Hi."},
                {"type": "output_text", "text": "Hi."},
            ],
        },
        {
            "id": "item_4",
            "object": "realtime.item",
            "type": "function_call",
            "status": "completed",
            "name": "f",
            "call_id": "call_1",
            "arguments": "{}",
        },
        {
            "id": "item_5",
            "object": "realtime.item",
            "type": "function_call_output",
            "status": "completed",
            "call_id": "call_1",
            "output": "{}",
        },
    ],
    "conversation_id": "conv_1",
    "output_modalities": ["audio"],
    "max_output_tokens": "inf",
    "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
    "usage": _SERVER_RESPONSE["usage"],
    "metadata": None,
}


def _leaves(value: Any, path: Tuple[Any, ...] = ()) -> List[Tuple[Any, ...]]:
    """The path of every scalar and of every object and array in ``value``."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _leaves(item, path + (i,))
    return found


def _replaced(value: Any, path: Tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(value))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return copy


def _reversed_deep(value: Any) -> Any:
    """The same JSON with every object's keys in reverse order: no object is a shape any more."""
    if isinstance(value, dict):
        return {key: _reversed_deep(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_deep(item) for item in value]
    return value


def _outcome(cls: Any, data: Any, strict: bool) -> Any:
    try:
        return cls.from_dict(data, strict=strict).to_dict()
    except ValidationError as e:
        return sorted(str(p) for p in e.errors)


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("cls", "response"),
    [(ga.RealtimeResponse, _GA_SERVER_RESPONSE), (beta.RealtimeResponse, _SERVER_RESPONSE)],
    ids=["GA", "beta"],
)
def test_a_wrong_value_at_any_depth_of_a_server_response_reads_like_any_other_order(
    cls: Any, response: Dict[str, Any], strict: bool
) -> None:
    """The shapes a response nests (its items, their parts, the usage and its details) each build
    themselves when every value is of its exact type. A wrong value anywhere makes them read
    again field by field: the same model, or the same problems with the same paths, as the same
    payload with every object's keys in another order."""
    assert _outcome(cls, json.loads(json.dumps(response)), strict) == response
    wrongs = 0
    for path in _leaves(response):
        for wrong in ("s", -1, None, [1], {"x": 1}, "message", "assistant"):
            data = _replaced(response, path, wrong)
            fast, slow = _outcome(cls, data, strict), _outcome(cls, _reversed_deep(data), strict)
            if isinstance(fast, dict):
                assert fast == data, path
                assert slow == _reversed_deep(data), path
            else:
                assert fast == slow, (path, wrong)
                wrongs += 1
    assert wrongs > 100  # most of these are refused, at every depth
