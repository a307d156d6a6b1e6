"""The README's examples run, and print what they say they print."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import List

import pytest

from .test_cli import subprocess_cli

ROOT = Path(__file__).resolve().parent.parent


def python_blocks() -> List[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def run(block: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    return out.getvalue()


def test_the_ga_example() -> None:
    printed = run(python_blocks()[0]).splitlines()
    assert printed == [
        "output_audio Sunny.",
        "get_weather {'city': 'Lisbon'}",
        "42",
        "output[0].content[0].type: expected string, got integer 5",
        "[ValidationProblem(path=('output', 0, 'content', 0, 'type'), message='expected string, got integer 5')]",
    ]


def test_the_beta_example() -> None:
    printed = run(python_blocks()[1]).splitlines()
    assert printed[0] == "lookup {}"
    assert printed[1].startswith('alloy {"id":"resp_1","object":"realtime.response"')


def test_the_receive_loop() -> None:
    assert run(python_blocks()[2]).splitlines() == [
        "text: Hello",
        "call: get_weather {}",
        "done: completed ['RealtimeConversationItemFunctionCall']",
        "error: Bad",
        "new to this version: response.reasoning.delta",
    ]


def test_the_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the example reads examples/ga_session.jsonl
    assert run(python_blocks()[3]).splitlines() == [
        "resp_R1 completed ['RealtimeConversationItemFunctionCall']",
        "resp_R2 completed ['RealtimeMcpToolCall', 'RealtimeConversationItemAssistantMessage']",
        "RealtimeConversationItemUserMessage",
        "RealtimeConversationItemFunctionCall",
        "RealtimeConversationItemFunctionCallOutput",
        "RealtimeMcpToolCall",
        "RealtimeConversationItemAssistantMessage",
        "It's sunny in Lisbon; the train to Porto takes about three hours.",
        "[] [] []",
    ]


@pytest.mark.parametrize(
    ("marker", "args"),
    [
        ("replay-example", ["replay", "examples/ga_session.jsonl"]),
        ("replay-check-example", ["replay", "--check", "examples/ga_phone_call.jsonl"]),
    ],
)
def test_the_replay_examples_are_what_the_command_prints(marker: str, args: List[str]) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = text.split("<!-- %s -->\n```\n" % marker, 1)[1].split("```", 1)[0]
    command, printed = shown.split("\n", 1)
    assert command == "$ python -m realtime_models " + " ".join(args)
    assert printed == subprocess_cli(*args).stdout


def test_the_live_client_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the example reads examples/ga_phone_call.jsonl
    (block,) = [block for block in python_blocks() if "truncate_event" in block]
    assert run(block).splitlines() == [
        "resp_P1 200",
        '{"type":"conversation.item.truncate","item_id":"item_A1","content_index":0,"audio_end_ms":200}',
        "None []",
        "180 64 116 60",
    ]


def test_every_block_is_checked_by_ci() -> None:
    assert len(python_blocks()) == 8  # .ci/run checks each with mypy --strict; a test above runs each


def test_the_session_example() -> None:
    (block,) = [block for block in python_blocks() if "turn_detecton" in block]
    printed = run(block).splitlines()
    assert printed[:2] == ["gpt-realtime marin ServerVad", "[]"]
    assert printed[2].startswith('{"type":"realtime","instructions":"Answer in one sentence."')
    assert printed[3:] == [
        "audio.input.turn_detecton: unknown key",
        "audio.output.speed: expected a number from 0.25 to 1.5, got 2.0",
    ]


def test_the_sending_example() -> None:
    (block,) = [block for block in python_blocks() if "from_audio(chunk)" in block]
    printed = run(block).splitlines()
    assert printed == [
        '7 {"type":"session.update","session":{"type":"realtime","instructions":"Answer briefly.",'
        '"audio":{"output":{"voice":"marin"}}}}',
        '{"type":"response.create","response":{"output_modalities":["text"]}}',
        "[ValidationProblem(path=('content_index',), message='required key is missing'), "
        "ValidationProblem(path=('audio_end_ms',), message='required key is missing')]",
    ]
