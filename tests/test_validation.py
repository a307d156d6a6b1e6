"""Each validation rule, with the exact text of its message."""

from __future__ import annotations

from typing import Any, List

import pytest

from realtime_models import (
    RealtimeConversationItem,
    RealtimeConversationItemContent,
    RealtimeResponse,
    RealtimeResponseStatusDetails,
    RealtimeResponseUsage,
    ValidationError,
    ValidationProblem,
)
from realtime_models.errors import format_path

from .payloads import RESPONSE_CREATED, RESPONSE_DONE, RESPONSE_GA_SHAPED


def problems(cls: Any, data: Any, strict: bool = False) -> List[str]:
    with pytest.raises(ValidationError) as info:
        cls.from_dict(data, strict=strict)
    assert str(info.value).splitlines()[:20] == [str(p) for p in info.value.errors[:20]]
    return [str(p) for p in info.value.errors]


# Lenient mode refuses only what the model cannot hold: the wrong JSON type.
LENIENT = [
    ({"id": 5}, ["id: expected string, got integer 5"]),
    ({"id": True}, ["id: expected string, got boolean true"]),
    ({"usage": {"total_tokens": "5"}}, ['usage.total_tokens: expected integer, got string "5"']),
    ({"usage": {"total_tokens": True}}, ["usage.total_tokens: expected integer, got boolean true"]),
    ({"usage": {"total_tokens": 1.0}}, ["usage.total_tokens: expected integer, got number 1.0"]),
    ({"temperature": float("nan")}, ["temperature: expected number, got NaN"]),
    ({"temperature": float("inf")}, ["temperature: expected number, got Infinity"]),
    ({"temperature": float("-inf")}, ["temperature: expected number, got -Infinity"]),
    ({"temperature": "0.8"}, ['temperature: expected number, got string "0.8"']),
    ({"temperature": False}, ["temperature: expected number, got boolean false"]),
    ({"max_output_tokens": 1.5}, ['max_output_tokens: expected integer or "inf", got number 1.5']),
    ({"max_output_tokens": [1]}, ['max_output_tokens: expected integer or "inf", got array']),
    ({"output": {}}, ["output: expected array, got object"]),
    ({"output": [[]]}, ["output[0]: expected object, got array"]),
    ({"status_details": []}, ["status_details: expected object, got array"]),
    ({"status_details": {"error": "boom"}}, ['status_details.error: expected object, got string "boom"']),
    ({"modalities": "text"}, ['modalities: expected array, got string "text"']),
    (
        {"modalities": ["text", 1, None]},
        ["modalities[1]: expected string, got integer 1", "modalities[2]: expected string, got null"],
    ),
    ({"metadata": []}, ["metadata: expected object, got array"]),
    ({"metadata": {"k": 1}}, ["metadata.k: expected string, got integer 1"]),
    ({"metadata": {"a b": None}}, ['metadata["a b"]: expected string, got null']),
    ({"metadata": {1: "v"}}, ["metadata: object keys must be strings, got integer 1"]),
    ({"x": (1, 2)}, ["x: expected a JSON value, got Python tuple"]),
    ({"x": {"y": [b"raw"]}}, ["x.y[0]: expected a JSON value, got Python bytes"]),
    ({"x": {1: 2}}, ["x: object keys must be strings, got integer 1"]),
    ({"x": {float("nan")}}, ["x: expected a JSON value, got Python set"]),
    ({"x": [float("nan")]}, ["x[0]: expected a JSON value, got NaN"]),
    ({2: "x"}, ["<root>: object keys must be strings, got integer 2"]),
    (
        {"output": [{"content": [{"type": 1}, {"text": []}]}, {"role": None, "name": 2}]},
        [
            "output[0].content[0].type: expected string, got integer 1",
            "output[0].content[1].text: expected string, got array",
            "output[1].name: expected string, got integer 2",
        ],
    ),
]


@pytest.mark.parametrize(("data", "expected"), LENIENT)
def test_lenient_refuses_wrong_json_types(data: Any, expected: List[str]) -> None:
    assert problems(RealtimeResponse, data) == expected
    if "x" in data:  # strict mode refuses the unknown key itself, whatever its value
        assert problems(RealtimeResponse, data, strict=True) == ["x: unknown key"]
    else:
        assert problems(RealtimeResponse, data, strict=True)[: len(expected)] == expected


@pytest.mark.parametrize(
    "data",
    [
        {"status": "paused", "voice": "some-new-voice", "output_audio_format": "opus"},
        {"temperature": 7, "max_output_tokens": 99999, "usage": {"total_tokens": -3}},
        {"max_output_tokens": "auto", "modalities": ["video"]},
        {"metadata": {str(i): "v" * 600 for i in range(20)}},
        dict.fromkeys(RealtimeResponse._field_names),
        {"output": [dict.fromkeys(RealtimeConversationItem._field_names)]},
        {"output": [{"object": "realtime.something", "content": [{"type": "output_text"}]}]},
        RESPONSE_GA_SHAPED,
    ],
)
def test_lenient_accepts_what_only_strict_refuses(data: Any) -> None:
    assert RealtimeResponse.from_dict(data).to_dict() == data
    with pytest.raises(ValidationError):
        RealtimeResponse.from_dict(data, strict=True)


STRICT = [
    (RESPONSE_GA_SHAPED, ["output_modalities: unknown key", "audio: unknown key"]),
    ({"object": "realtime.item"}, ['object: expected "realtime.response", got "realtime.item"']),
    (
        {"status": "paused"},
        ['status: expected one of completed, cancelled, failed, incomplete, in_progress; got "paused"'],
    ),
    ({"output_audio_format": "opus"}, ['output_audio_format: expected one of pcm16, g711_ulaw, g711_alaw; got "opus"']),
    ({"modalities": ["text", "video"]}, ['modalities[1]: expected one of text, audio; got "video"']),
    ({"voice": "brand-new-voice"}, None),
    ({"temperature": 0.5}, ["temperature: expected a number from 0.6 to 1.2, got 0.5"]),
    ({"temperature": 2}, ["temperature: expected a number from 0.6 to 1.2, got 2"]),
    ({"temperature": 0.6}, None),
    ({"temperature": 1.2}, None),
    ({"max_output_tokens": 0}, ['max_output_tokens: expected an integer from 1 to 4096 or "inf", got 0']),
    ({"max_output_tokens": 4097}, ['max_output_tokens: expected an integer from 1 to 4096 or "inf", got 4097']),
    ({"max_output_tokens": "auto"}, ['max_output_tokens: expected an integer from 1 to 4096 or "inf", got "auto"']),
    ({"max_output_tokens": 1}, None),
    ({"max_output_tokens": 4096}, None),
    ({"metadata": {str(i): "v" for i in range(17)}}, ["metadata: expected at most 16 keys, got 17"]),
    ({"metadata": {str(i): "v" for i in range(16)}}, None),
    (
        {"metadata": {"k" * 65: "v"}},
        ['metadata["kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk..." (65 characters)]: key longer than 64 characters (65)'],
    ),
    ({"metadata": {"k" * 64: "v" * 512}}, None),
    ({"metadata": {"k": "v" * 513}}, ["metadata.k: value longer than 512 characters (513)"]),
    ({"usage": {"total_tokens": -1}}, ["usage.total_tokens: expected a non-negative integer, got -1"]),
    (
        {"usage": {"input_token_details": {"cached_tokens_details": {"audio_tokens": -(2**80)}}}},
        [
            "usage.input_token_details.cached_tokens_details.audio_tokens: expected a non-negative integer, got (negative 81-bit integer)"
        ],
    ),
    ({"id": None}, ["id: expected string, got null"]),
    ({"output": None}, ["output: expected array, got null"]),
    ({"temperature": None}, ["temperature: expected number, got null"]),
    ({"max_output_tokens": None}, ['max_output_tokens: expected integer or "inf", got null']),
    ({"usage": {"input_token_details": None}}, ["usage.input_token_details: expected object, got null"]),
    (
        {"status_details": {"type": "failed", "reason": "meltdown"}},
        [
            'status_details.reason: expected one of turn_detected, client_cancelled, max_output_tokens, content_filter; got "meltdown"'
        ],
    ),
    (
        {"status_details": {"type": "done"}},
        ['status_details.type: expected one of completed, cancelled, failed, incomplete; got "done"'],
    ),
    (
        {"status_details": {"error": {"type": "x", "code": None, "param": "p"}}},
        ["status_details.error.param: unknown key", "status_details.error.code: expected string, got null"],
    ),
    ({"status_details": None, "usage": None, "metadata": None, "conversation_id": None}, None),
    (
        {
            "output": [
                {
                    "object": "realtime.items",
                    "type": "msg",
                    "status": "done",
                    "role": "bot",
                    "content": [{"type": "output_text", "format": "pcm16"}],
                }
            ]
        },
        [
            "output[0].content[0].format: unknown key",
            'output[0].content[0].type: expected one of input_text, input_audio, item_reference, text, audio; got "output_text"',
            'output[0].type: expected one of message, function_call, function_call_output; got "msg"',
            'output[0].object: expected "realtime.item", got "realtime.items"',
            'output[0].status: expected one of completed, incomplete, in_progress; got "done"',
            'output[0].role: expected one of user, assistant, system; got "bot"',
        ],
    ),
    ({"output": [{"content": [{"transcript": None}]}]}, None),
    ({"output": [{"content": [{"text": None}]}]}, ["output[0].content[0].text: expected string, got null"]),
    (RESPONSE_DONE, None),
    (RESPONSE_CREATED, None),
]


@pytest.mark.parametrize(("data", "expected"), STRICT)
def test_strict_rules(data: Any, expected: Any) -> None:
    RealtimeResponse.from_dict(data)  # lenient accepts every one of them
    if expected is None:
        RealtimeResponse.from_dict(data, strict=True)
    else:
        assert problems(RealtimeResponse, data, strict=True) == expected


@pytest.mark.parametrize("data", [None, [], "text", 5, 1.5, True, (), {1, 2}, b"{}", object()])
def test_a_top_level_that_is_not_an_object(data: Any) -> None:
    for cls in (RealtimeResponse, RealtimeConversationItem, RealtimeConversationItemContent, RealtimeResponseUsage):
        [line] = problems(cls, data)
        assert line.startswith("<root>: expected object, got ")


def test_every_problem_is_reported_at_once() -> None:
    data = {
        "id": 1,
        "status": 2,
        "output": [{"id": 3}, {"id": "ok"}, {"id": 4}],
        "usage": {"total_tokens": "x", "input_tokens": "y"},
    }
    assert problems(RealtimeResponse, data) == [
        "id: expected string, got integer 1",
        "status: expected string, got integer 2",
        "output[0].id: expected string, got integer 3",
        "output[2].id: expected string, got integer 4",
        'usage.total_tokens: expected integer, got string "x"',
        'usage.input_tokens: expected integer, got string "y"',
    ]


def test_error_paths_and_problem_objects() -> None:
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_dict({"output": [{}, {"content": [{"type": 0}]}]})
    [problem] = info.value.errors
    assert problem == ValidationProblem(("output", 1, "content", 0, "type"), "expected string, got integer 0")
    assert problem.path == ("output", 1, "content", 0, "type")
    assert str(problem) == "output[1].content[0].type: expected string, got integer 0"
    assert isinstance(info.value, ValueError)


def test_messages_stay_short_whatever_the_input() -> None:
    huge = "x" * 1_000_000
    shown = '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." (1000000 characters)'
    lines = problems(RealtimeResponse, {"id": [huge], "status": 10**5000, huge: (1,), "metadata": {huge: 1}})
    assert lines == [
        "id: expected string, got array",
        "status: expected string, got integer (16610-bit integer)",
        "metadata[%s]: expected string, got integer 1" % shown,
        "[%s]: expected a JSON value, got Python tuple" % shown,
    ]
    assert problems(RealtimeResponse, {"usage": huge}) == ["usage: expected object, got string " + shown]
    assert problems(RealtimeResponse, {"status": huge}, strict=True) == [
        "status: expected one of completed, cancelled, failed, incomplete, in_progress; got " + shown
    ]
    many = problems(RealtimeResponse, {"output": [{"id": i} for i in range(1000)]})
    assert len(many) == 1000
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_dict({"output": [{"id": i} for i in range(1000)]})
    shown = str(info.value).splitlines()
    assert len(shown) == 21
    assert shown[-1] == "... and 980 more problems"


def test_unprintable_text_is_escaped_in_messages() -> None:
    [line] = problems(RealtimeResponse, {"status_details": {"type": "\ud800\n"}}, strict=True)
    assert line == 'status_details.type: expected one of completed, cancelled, failed, incomplete; got "\\ud800\\n"'
    line.encode("utf-8")


def test_format_path() -> None:
    assert format_path(()) == "<root>"
    assert format_path(("output", 0, "content", 12, "text")) == "output[0].content[12].text"
    assert format_path((0,)) == "[0]"
    assert format_path(("metadata", "with space", "k-1")) == 'metadata["with space"]["k-1"]'
    assert format_path(("é",)) == "é"
    assert format_path(('"',)) == '["\\""]'


def test_from_json_errors() -> None:
    cases = [
        ("", ["<root>: invalid JSON: Expecting value at line 1 column 1"]),
        ('{"id": }', ["<root>: invalid JSON: Expecting value at line 1 column 8"]),
        ('{"id": "x"} trailing', ["<root>: invalid JSON: Extra data at line 1 column 13"]),
        ('{"temperature": NaN}', ["<root>: invalid JSON: NaN is not allowed in JSON"]),
        ('{"x": -Infinity}', ["<root>: invalid JSON: -Infinity is not allowed in JSON"]),
        (b"\xff\xfe\xff", ["<root>: invalid JSON: text is not UTF-8, UTF-16 or UTF-32 (truncated data at byte 2)"]),
        ("[" * 100_000 + "]" * 100_000, ["<root>: invalid JSON: nested deeper than 332 levels"]),
        (b"[" * 400 + b"]" * 400, ["<root>: invalid JSON: nested deeper than 332 levels"]),
        (
            '"' + "[" * 1000 + '"',
            ['<root>: expected object, got string "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[..." (1000 characters)'],
        ),
        ("[]", ["<root>: expected object, got array"]),
        (42, ["<root>: expected JSON text (str or bytes), got integer 42"]),
        ({"id": "x"}, ["<root>: expected JSON text (str or bytes), got object"]),
    ]
    for text, expected in cases:
        with pytest.raises(ValidationError) as info:
            RealtimeResponse.from_json(text)  # type: ignore[arg-type]
        assert [str(p) for p in info.value.errors] == expected, text


def test_from_json_refuses_integers_too_long_to_convert() -> None:
    import sys

    if not hasattr(sys, "set_int_max_str_digits"):
        pytest.skip("this Python converts integers of any length")
    with pytest.raises(ValidationError) as info:
        RealtimeResponse.from_json('{"x": %s}' % ("9" * 5000))
    assert str(info.value) == "<root>: invalid JSON: an integer has more than 4300 digits"


def test_other_models_report_their_own_paths() -> None:
    assert problems(RealtimeConversationItem, {"content": [{"audio": 1}]}) == [
        "content[0].audio: expected string, got integer 1"
    ]
    assert problems(RealtimeResponseStatusDetails, {"error": {"message": 1}}) == [
        "error.message: expected string, got integer 1"
    ]
    assert problems(RealtimeConversationItemContent, {"type": "x"}, strict=True) == [
        'type: expected one of input_text, input_audio, item_reference, text, audio; got "x"'
    ]


def test_integers_json_cannot_encode_are_refused() -> None:
    big = 10**4300  # 4,301 digits: one more than json writes on Python 3.11+
    data = {"usage": {"total_tokens": big}, "temperature": -big, "max_output_tokens": big, "x": [big]}
    assert problems(RealtimeResponse, data) == [  # known fields in the server's order, then unknown keys
        "temperature: expected an integer of at most 4300 digits, got (negative 14285-bit integer)",
        "max_output_tokens: expected an integer of at most 4300 digits, got (14285-bit integer)",
        "usage.total_tokens: expected an integer of at most 4300 digits, got (14285-bit integer)",
        "x[0]: expected an integer of at most 4300 digits, got (14285-bit integer)",
    ]
    largest = 10**4300 - 1
    r = RealtimeResponse.from_dict({"usage": {"total_tokens": largest}, "x": [-largest]})
    assert RealtimeResponse.from_json(r.to_json()) == r
