"""What ``replay --check`` finds in what the client sent, from small logs of both directions:
a truncation past the audio received, a response created while another runs, calls left
unanswered, a session field the server did not apply, a voice changed after audio."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any, Dict, List

import pytest

from realtime_models._cli.client_side import not_in_effect

from .test_cli import ROOT, jsonl

PCM = {"type": "audio/pcm", "rate": 24000}


def _findings(cli: Any, tmp_path: Path, lines: List[Any]) -> List[str]:
    """The lines of the check report before its summary, which must count them."""
    result = cli("replay", "--check", str(jsonl(tmp_path, lines)))
    assert result.stderr == ""
    report = result.stdout.split("\n\n")[-1].splitlines()
    summary = report.pop()
    found = [line for line in report if not line.startswith(("oddity at", "disagreement at", "unfinished:"))]
    assert summary.endswith(", %d finding%s" % (len(found), "" if len(found) == 1 else "s")), summary
    return found


def _session(**audio_output: Any) -> Dict[str, Any]:
    return {
        "type": "realtime",
        "object": "realtime.session",
        "id": "sess_1",
        "model": "gpt-realtime",
        "output_modalities": ["audio"],
        "tools": [],
        "temperature": 0.8,
        "audio": {"input": {"format": PCM}, "output": {"format": PCM, "voice": "marin", **audio_output}},
    }


def _speaking(chunks: int, conversation: Any = "conv_1", response_id: str = "resp_1") -> List[Dict[str, Any]]:
    """A response in progress whose assistant message received ``chunks`` audio deltas of 100 ms."""
    response = {"id": response_id, "object": "realtime.response", "status": "in_progress", "output": []}
    response.update(conversation_id=conversation, audio={"output": {"format": PCM}})
    item = {"id": "item_A", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    where = {"response_id": response_id, "item_id": "item_A", "output_index": 0, "content_index": 0}
    events = [
        {"type": "response.created", "event_id": "s1", "response": response},
        {"type": "response.output_item.added", "event_id": "s2", "response_id": response_id, "output_index": 0,
         "item": item},
        {"type": "response.content_part.added", "event_id": "s3", **where, "part": {"type": "audio", "transcript": ""}},
    ]  # fmt: skip
    delta = base64.b64encode(bytes(4800)).decode()  # 100 ms at 24 kHz, 2 bytes a sample
    events.extend({"type": "response.output_audio.delta", "event_id": "a%d" % n, **where, "delta": delta}
                  for n in range(chunks))  # fmt: skip
    return events


def _done(response_id: str = "resp_1") -> Dict[str, Any]:
    response = {"id": response_id, "object": "realtime.response", "status": "completed", "output": []}
    return {
        "type": "response.done",
        "event_id": "done_" + response_id,
        "response": dict(response, conversation_id="conv_1"),
    }


def _truncate(end: int, item_id: str = "item_A") -> Dict[str, Any]:
    return {"type": "conversation.item.truncate", "item_id": item_id, "content_index": 0, "audio_end_ms": end}


def test_a_truncation_past_the_audio_received_or_of_no_audio(cli: Any, tmp_path: Path) -> None:
    user = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
    lines = [
        *_speaking(3),
        _truncate(300),  # all of it: fine
        _truncate(1800),  # six times too long: the wrong sample rate
        {"type": "conversation.item.added", "event_id": "u", "item": dict(user, id="item_U")},
        _truncate(0, "item_U"),
    ]
    assert _findings(cli, tmp_path, lines) == [
        "conversation.item.truncate at line 8 (item item_A, part 0): audio_end_ms 1800 is past the 300 ms of "
        "audio received (the server refuses it)",
        "conversation.item.truncate at line 10 (item item_U, part 0): no audio was received for it (only model "
        "output audio can be truncated)",
    ]


def test_a_response_created_while_another_is_in_progress(cli: Any, tmp_path: Path) -> None:
    lines = [
        *_speaking(1),
        {"type": "response.create", "event_id": "c1"},  # refused
        {"type": "response.create", "response": {"conversation": "none"}},  # out of band: may run beside it
        _done(),
        {"type": "response.create"},  # the first is done: fine
    ]
    assert _findings(cli, tmp_path, lines) == [
        "response.create at line 5 while response resp_1 is in progress (the server refuses it: "
        "conversation_already_has_active_response)",
    ]
    out_of_band = [*_speaking(1, conversation=None), {"type": "response.create"}]
    assert _findings(cli, tmp_path, out_of_band) == []


def _call(call_id: str, item_id: str) -> Dict[str, Any]:
    item = {"id": item_id, "type": "function_call", "name": "lookup", "call_id": call_id, "arguments": "{}"}
    return {"type": "conversation.item.added", "event_id": "add_" + item_id, "item": item}


def _output(call_id: str, item_id: str) -> List[Dict[str, Any]]:
    item = {"id": item_id, "type": "function_call_output", "call_id": call_id, "output": "ok"}
    return [
        {"type": "conversation.item.create", "item": item},
        {"type": "conversation.item.added", "event_id": "add_" + item_id, "item": item},
    ]


def test_calls_never_answered_and_answers_no_response_followed(cli: Any, tmp_path: Path) -> None:
    answered = [_call("call_1", "fc_1"), *_output("call_1", "out_1"), {"type": "response.create"}]
    assert _findings(cli, tmp_path, answered) == []
    stalled = [
        _call("call_1", "fc_1"),
        _call("call_2", "fc_2"),
        *_output("call_1", "out_1"),  # line 3; no response.create after it: the model goes silent
        {
            "type": "conversation.item.added",
            "event_id": "mcp",
            "item": {
                "id": "mcpr_1",
                "type": "mcp_approval_request",
                "server_label": "maps",
                "name": "route",
                "arguments": "{}",
            },
        },
    ]
    nameless = {"id": "fc_3", "type": "function_call", "call_id": "call_3"}  # no name: absent, not JSON
    assert _findings(cli, tmp_path, [{"type": "conversation.item.added", "event_id": "n", "item": nameless}]) == [
        "never answered: function call (none) (call_3) of item fc_3",
    ]
    assert _findings(cli, tmp_path, stalled) == [
        "never answered: function call lookup (call_2) of item fc_2",
        "never answered: MCP approval request mcpr_1",
        "no response.create after the output of call call_1 at line 3 (the model waits for one)",
    ]


def test_a_session_field_sent_and_not_in_effect(cli: Any, tmp_path: Path) -> None:
    tool = {"type": "function", "name": "lookup", "parameters": {"type": "object"}}
    sent = {
        "type": "realtime",
        "tools": [tool],
        "temperature": 1,  # 1.0 in effect: the same number
        "output_modalities": ["audio"],
        "audio": {"output": {"format": {"type": "audio/pcmu"}, "speed": 1.0}},  # 1 in effect: the same
        "tracing": {"workflow_name": "shop"},
    }
    applied = _session()
    applied["temperature"] = 1.0
    applied["audio"]["output"]["speed"] = 1
    applied["tracing"] = "auto"
    lines = [
        {"type": "session.created", "event_id": "s0", "session": _session()},
        {"type": "session.update", "event_id": "u1", "session": sent},
        {"type": "session.updated", "event_id": "s1", "session": applied},
    ]
    assert _findings(cli, tmp_path, lines) == [
        "not in effect: session.tools[lookup] (session.update, line 2); session.updated (line 3) has nothing",
        'not in effect: session.audio.output.format.type = "audio/pcmu" (session.update, line 2); session.updated '
        '(line 3) has "audio/pcm"',
        'not in effect: session.tracing (session.update, line 2); session.updated (line 3) has "auto"',
    ]
    kept = dict(_session(), tools=[dict(tool, description="added by the server")])
    lines = [lines[0], dict(lines[1], session={"type": "realtime", "tools": [tool]}), dict(lines[2], session=kept)]
    assert _findings(cli, tmp_path, lines) == []  # what the server adds is not compared


def test_each_update_is_answered_in_turn_or_refused(cli: Any, tmp_path: Path) -> None:
    lines = [
        {"type": "session.update", "event_id": "u1", "session": {"type": "realtime", "instructions": "A"}},
        {"type": "session.update", "event_id": "u2", "session": {"type": "realtime", "model": "other"}},
        {"type": "session.update", "event_id": "u3", "session": {"type": "realtime", "instructions": "B"}},
        {"type": "session.updated", "event_id": "s1", "session": dict(_session(), instructions="A")},
        {
            "type": "error",
            "event_id": "x",
            "error": {"type": "invalid_request_error", "message": "No.", "event_id": "u2"},
        },
        {"type": "session.updated", "event_id": "s2", "session": dict(_session(), instructions="B")},
        {"type": "session.update", "session": {"type": "realtime", "instructions": "C"}},  # never answered
        {"type": "error", "event_id": "y", "error": {"type": "server_error", "code": "busy", "message": "Later."}},
    ]
    assert _findings(cli, tmp_path, lines) == [
        "error at line 5 (for line 2): invalid_request_error: No.",
        "error at line 8: busy: Later.",
        "never answered: session.update at line 7",
    ]


def test_a_voice_changed_after_audio_output(cli: Any, tmp_path: Path) -> None:
    def update(voice: Any) -> Dict[str, Any]:
        return {"type": "session.update", "session": {"type": "realtime", "audio": {"output": {"voice": voice}}}}

    created = {"type": "session.created", "event_id": "s0", "session": _session()}
    before = [
        created,
        update("cedar"),
        {"type": "session.updated", "event_id": "s1", "session": _session(voice="cedar")},
    ]
    assert _findings(cli, tmp_path, before) == []  # before any audio: allowed
    after = [created, *_speaking(1), update("marin"), update({"id": "voice_1"})]
    assert _findings(cli, tmp_path, after) == [
        'session.update at line 7 changes the voice to "voice_1" after audio output (the server refuses it: '
        "cannot_update_voice)",  # the same voice again is no change
        "never answered: session.update at line 6",
        "never answered: session.update at line 7",
    ]
    unknown = [*_speaking(1), update("marin")]  # no session reported: any voice may be a change
    assert _findings(cli, tmp_path, unknown)[0].startswith('session.update at line 5 changes the voice to "marin"')


def test_a_beta_voice_change_after_audio(cli: Any, tmp_path: Path) -> None:
    session = {"id": "sess_1", "object": "realtime.session", "voice": "verse", "modalities": ["audio", "text"]}
    delta = {"type": "response.audio.delta", "event_id": "a", "response_id": "r", "item_id": "i", "output_index": 0}
    lines = [
        {"type": "session.created", "event_id": "s0", "session": session},
        dict(delta, content_index=0, delta="AAAA"),
        {"type": "session.update", "session": {"voice": "alloy"}},
        {"type": "session.updated", "event_id": "s1", "session": session},
    ]
    assert _findings(cli, tmp_path, lines) == [
        'session.update at line 3 changes the voice to "alloy" after audio output (the server refuses it: '
        "cannot_update_voice)",
        'not in effect: session.voice = "alloy" (session.update, line 3); session.updated (line 4) has "verse"',
    ]


@pytest.mark.parametrize(
    ("sent", "effective", "found"),
    [
        ({"a": {"b": 1}}, {"a": 5}, [("s.a", {"b": 1}, "5")]),
        ([1, 2], [1, 2.0], []),
        ([1, 2], [2, 1], [("s", [1, 2], "[2, 1]")]),
        ([{"x": 1}], [{"x": 1}], []),  # objects with no name: the list as a whole
        ([{"x": 1}], [{"x": 2}], [("s", [{"x": 1}], '[{"x": 2}]')]),
        ({"k": [1]}, {"k": [1], "more": 0}, []),
        ({"a": 1, "b": 2}, {"a": 1}, [("s.b", 2, "nothing")]),
        ({"k": {"a": 1}}, {"k": {"a": 1, "b": 2}}, []),
        (
            [{"type": "mcp", "server_label": "maps"}],
            "x",
            [("s[maps]", {"type": "mcp", "server_label": "maps"}, "nothing")],
        ),
        (False, 0, [("s", False, "0")]),
        (None, None, []),
        ("a" * 80, "b", [("s", "a" * 80, '"b"')]),
        ("b", "a" * 80, [("s", "b", '"' + "a" * 36 + "...")]),
    ],
)
def test_what_counts_as_not_in_effect(sent: Any, effective: Any, found: Any) -> None:
    assert not_in_effect(sent, effective, "s") == found


def test_the_phone_call_example_shows_every_mistake(cli: Any) -> None:
    result = cli("replay", "--check", str(ROOT / "examples" / "ga_phone_call.jsonl"))
    report = result.stdout.split("\n\n")[-1].splitlines()
    assert [line.split(":")[0] for line in report] == [
        "not in effect",
        "not in effect",
        "response.create at line 23 while response resp_P1 is in progress (the server refuses it",
        "error at line 24 (for line 23)",
        "conversation.item.truncate at line 25 (item item_A1, part 0)",
        "error at line 26 (for line 25)",
        'session.update at line 27 changes the voice to "cedar" after audio output (the server refuses it',
        "error at line 28 (for line 27)",
        "check",
    ]
    assert result.returncode == 0  # what the client did wrong is reported; the log itself is valid


def test_an_error_names_a_recent_client_line_and_memory_stays_flat(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from realtime_models._cli import client_side

    monkeypatch.setattr(client_side, "_REMEMBERED", 2)
    clears = [{"type": "input_audio_buffer.clear", "event_id": "c%d" % n} for n in range(6)]
    errors = [
        {
            "type": "error",
            "event_id": "x%d" % n,
            "error": {"type": "invalid_request_error", "message": "No.", "event_id": "c%d" % n},
        }
        for n in (0, 5)
    ]
    assert _findings(cli, tmp_path, [*clears, *errors]) == [
        "error at line 7: invalid_request_error: No.",  # c0 is long forgotten
        "error at line 8 (for line 6): invalid_request_error: No.",
    ]
