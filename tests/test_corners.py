"""Corners the other tests reach only in a child process, or not at all: each on its own here."""

from __future__ import annotations

import io
import sys
import typing
from typing import Any

import pytest

import realtime_models as rm
from realtime_models import ValidationError, beta, ga


def test_typing_stand_ins_give_typing_s_own_objects() -> None:
    from realtime_models._core.lazy import _TypingName

    for namespace in (rm, ga, beta):
        for name in dir(namespace):
            value = getattr(namespace, name)
            if isinstance(value, type) and issubclass(value, rm._core.model.Model):
                typing.get_type_hints(value)  # no localns: the names resolve in each module
    hints = typing.get_type_hints(ga.RealtimeResponseAudioOutput)
    assert hints["voice"] == typing.Union[str, ga.VoiceID, None, rm.UnsetType]
    assert repr(_TypingName("Dict")) == "typing.Dict"
    assert _TypingName("Callable")[[int], _TypingName("Any")] == typing.Callable[[int], typing.Any]
    assert _TypingName("Maybe")[int] == rm.Maybe[int]


def test_validate_finds_a_dict_where_a_union_member_belongs() -> None:
    built = ga.RealtimeResponseAudioOutput(voice=ga.VoiceID(id="v"))
    assert built.validate(strict=True) == []
    assert ga.RealtimeResponseAudioOutput(voice=ga.VoiceID(id=5)).validate() == [  # type: ignore[arg-type]
        rm.ValidationProblem(("voice", "id"), "expected string, got integer 5")
    ]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="json has a C recursion limit of its own from 3.12")
def test_a_low_recursion_limit_is_a_validation_error() -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    try:
        with pytest.raises(ValidationError) as info:
            rm.RealtimeResponse.from_json('{"x":' + "[" * 200 + "]" * 200 + "}")
    finally:
        sys.setrecursionlimit(limit)
    assert str(info.value) == "<root>: invalid JSON: nested too deeply to decode"


def test_a_delta_of_another_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        ga.ResponseFunctionCallArgumentsDeltaEvent.from_dict({"type": "response.output_text.delta"})
    assert (
        str(info.value) == 'type: expected "response.function_call_arguments.delta", got "response.output_text.delta"'
    )
    with pytest.raises(ValidationError) as info:
        beta.ResponseAudioDeltaEvent.from_dict({"type": "response.text.delta"})
    assert str(info.value) == 'type: expected "response.audio.delta", got "response.text.delta"'


@pytest.mark.parametrize("command", ["validate", "replay"])
def test_closed_standard_streams_in_process(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    from realtime_models._cli import main

    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    monkeypatch.setattr(sys, "stdin", None)
    assert main.main([command, "-"]) == 2
    assert "-: cannot read: standard input is closed" in errors.getvalue()
    monkeypatch.setattr(sys, "stdout", None)
    assert main.main([command, "-"]) == 2
    assert errors.getvalue().endswith("<stdout>: cannot write: standard output is closed\n")
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main.main([command, "-"]) == 2  # messages go nowhere; the status still tells
    assert sys.stderr is not None
    sys.stderr.close()


def test_forgetting_an_out_of_band_response_forgets_its_items_and_repr_counts_what_did_not_fit() -> None:
    state = ga.ConversationState()
    item = {"id": "o1", "object": "realtime.item", "type": "message", "role": "assistant", "content": []}
    response: Any = {"id": "r", "status": "in_progress", "output": [], "conversation_id": None}
    state.apply({"event_id": "e1", "type": "response.created", "response": response})
    state.apply(
        {"event_id": "e2", "type": "response.output_item.added", "response_id": "r", "output_index": 0, "item": item}
    )
    state.apply(
        {"event_id": "e3", "type": "response.done", "response": dict(response, status="completed", output=[item])}
    )
    assert state.item("o1") is not None
    assert state.forget_response("r") is True
    assert state.item("o1") is None
    assert state.items == []
    state.apply({"event_id": "e5", "type": "response.cancelled"})  # a type it does not know: nothing
    state.apply({"event_id": "e4", "type": "conversation.item.deleted", "item_id": "nothing"})
    # (no output_item.done before response.done, and the deleted item it does not have)
    assert repr(state) == "<ConversationState 0 items; 0 responses; 2 oddities, 0 disagreements>"


def test_obfuscation_that_is_not_a_string_is_refused() -> None:
    for cls, kind in ((ga.ResponseFunctionCallArgumentsDeltaEvent, "response.function_call_arguments.delta"),
                      (ga.ResponseTextDeltaEvent, "response.output_text.delta")):  # fmt: skip
        with pytest.raises(ValidationError) as info:
            cls.from_dict({"type": kind, "obfuscation": 7})
        assert str(info.value) == "obfuscation: expected string, got integer 7"


def test_a_bare_document_the_other_protocol_takes_is_said(cli: Any, tmp_path: Any) -> None:
    import json

    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}], "name": "x"}
    log = tmp_path / "items.jsonl"
    log.write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = cli("validate", "--strict", str(log))
    assert result.stdout.splitlines()[-1] == "1 invalid as GA (assumed) is valid as beta: try --api beta"


def test_help_of_the_state_lists_what_it_records() -> None:
    import pydoc

    text = pydoc.plain(pydoc.render_doc(ga.ConversationState))
    for name in ("oddities", "disagreements", "forget_response", "forget_item", "unfinished"):
        assert name in text, name


@pytest.mark.parametrize(
    ("protocol", "bad"),
    [
        ("ga", {"type": "response.content_part.added", "response_id": "r", "item_id": "i", "output_index": 0, "content_index": 0}),
        ("beta", {"type": "response.content_part.added", "response_id": "r", "item_id": "i", "output_index": 0, "content_index": 0}),
        ("ga", {"type": "response.output_item.added", "response_id": "r", "output_index": 0, "item": None}),
        ("beta", {"type": "response.output_item.added", "response_id": "r", "output_index": 0}),
    ],
)  # fmt: skip
@pytest.mark.parametrize("options", [(), ("--json",), ("--check",)])
def test_replay_of_a_short_log_with_events_missing_their_payloads(
    cli: Any, tmp_path: Any, protocol: str, bad: Any, options: Any
) -> None:
    import json

    item = {"id": "i", "type": "message", "role": "assistant", "content": []}
    if protocol == "ga":
        item["object"] = "realtime.item"
    lines = [
        {"event_id": "e1", "type": "response.created", "response": {"id": "r", "status": "in_progress", "output": []}}
    ]
    if bad["type"] == "response.content_part.added":
        lines.append(
            {
                "event_id": "e2",
                "type": "response.output_item.added",
                "response_id": "r",
                "output_index": 0,
                "item": item,
            }
        )
    lines.append(dict(bad, event_id="e3"))
    log = tmp_path / "log.jsonl"
    log.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = cli("replay", "--api", protocol, *options, str(log))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_the_readme_names_the_installed_script_and_how_to_install() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`realtime-models`" in text
    assert "pip install realtime-models" not in text  # a name this repository does not publish
