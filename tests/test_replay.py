"""``python -m realtime_models replay``: a recorded session folded and printed as a transcript."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from .test_cli import ROOT, Run, jsonl, subprocess_cli

GA_EXAMPLE = "examples/ga_session.jsonl"
BETA_EXAMPLE = "examples/beta_session.jsonl"

GA_TRANSCRIPT = """\
examples/ga_session.jsonl: 45 events and 4 sent by the client (GA), 5 items in the conversation, 2 responses

session: model gpt-realtime; voice marin; modalities audio; formats in audio/pcm, out audio/pcm; \
turn detection server_vad; tools get_weather

item_U1: user
    [audio] What's the weather in Lisbon, and plan me a route to Porto?

item_F1: function call get_weather (call_F1)
    {"city":"Lisbon"}

response resp_R1: completed; usage 420 tokens (300 in, 120 out)

item_O1: function output (call_F1)
    {"sky":"clear","temperature_c":24}

item_M1: MCP call maps.route (completed)
    {"to":"Porto"}
    -> 3h10 by train

item_A1: assistant
    [audio] It's sunny in Lisbon; the train to Porto takes about three hours.

response resp_R2: completed; usage 420 tokens (300 in, 120 out)

usage of 2 responses: 840 tokens; in 600 (text 440, audio 160), of which cached 0; out 240 (text 80, audio 160)
"""

BETA_TRANSCRIPT = """\
examples/beta_session.jsonl: 30 events and 4 sent by the client (beta), 4 items in the conversation, 2 responses

session: model gpt-4o-realtime-preview; voice verse; modalities text, audio; formats in pcm16, out pcm16; \
turn detection server_vad; tools none
session changed (line 3): tools get_weather

item_U1: user
    [audio] What's the weather in Lisbon?

item_F1: function call get_weather (call_W7)
    {"city":"Lisbon"}

response resp_R1: completed; usage 412 tokens (380 in, 32 out)

item_O1: function output (call_W7)
    {"temperature_c":24,"sky":"clear"}

item_A1: assistant
    [audio] It's sunny in Lisbon, 24 degrees.

response resp_R2: completed; usage 655 tokens (431 in, 224 out)

usage of 2 responses: 1067 tokens; in 811 (text 653, audio 158), of which cached 384 (text 305, audio 79); \
out 256 (text 73, audio 183)
"""


def test_the_example_logs_replay_with_nothing_installed() -> None:
    for site in (True, False):
        result = subprocess_cli("replay", GA_EXAMPLE, site=site)
        assert result == Run(0, GA_TRANSCRIPT, "")
    result = subprocess_cli("replay", "--check", "--audio", BETA_EXAMPLE)
    expected = BETA_TRANSCRIPT.replace("[audio] It's", "[audio, 44 bytes] It's")
    assert result == Run(0, expected + "\ncheck: 0 disagreements, 0 oddities, 0 findings\n", "")


def test_json_lines_are_the_responses_response_done_gave(cli: Any) -> None:
    result = cli("replay", "--json", "--check", str(ROOT / BETA_EXAMPLE))
    assert result.returncode == 0
    assert result.stderr == "check: 0 disagreements, 0 oddities, 0 findings\n"
    lines = (ROOT / BETA_EXAMPLE).read_text(encoding="utf-8").splitlines()
    done = [line for line in lines if '"type":"response.done"' in line]
    assert [json.loads(line) for line in result.stdout.splitlines()] == [json.loads(d)["response"] for d in done]
    assert result.stdout.splitlines()[0] == json.dumps(json.loads(done[0])["response"], separators=(",", ":"))


def events_of(path: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in (ROOT / path).read_text(encoding="utf-8").splitlines()]


def test_check_lists_disagreements_and_oddities_and_fails(cli: Any, tmp_path: Path) -> None:
    events = events_of(GA_EXAMPLE)
    done = next(e for e in events if e["type"] == "response.output_audio_transcript.done")
    done["transcript"] = "Something else entirely."
    events.insert(3, {"event_id": "stray", "type": "conversation.item.deleted", "item_id": "item_Z"})
    events = [e for e in events if e["type"] != "response.done" or e["response"]["id"] != "resp_R2"]
    log = jsonl(tmp_path, events)
    result = cli("replay", "--check", str(log))
    assert result.returncode == 1
    report = result.stdout.split("response resp_R1: completed; usage 420 tokens (300 in, 120 out)\n")[1]
    built, server = "\"It's sunny in Lisbon; the train to Port… (67 characters)", '"Something else entirely."'
    path = "item[item_A1].content[0].transcript"
    assert report.endswith(
        "\n"
        "disagreement at event_0040 (response.output_audio_transcript.done): %s: built %s, server %s\n"
        "disagreement at event_0041 (response.content_part.done): %s: built %s, server %s\n"
        'oddity at stray (conversation.item.deleted): deleted item "item_Z", which the conversation does not have\n'
        "unfinished: response resp_R2 is not done\n"
        "check: 2 disagreements, 1 oddity, 0 findings\n" % (path, built, server, path, server, built)
    )
    assert "response resp_R2: in_progress" in result.stdout
    assert cli("replay", str(log)).returncode == 0  # without --check, what disagrees is not a failure


def test_invalid_lines_are_reported_and_left_out(cli: Any, tmp_path: Path) -> None:
    events: List[Any] = events_of(BETA_EXAMPLE)
    events.insert(4, "not json\n")
    events.insert(6, {"event_id": "x", "type": "response.created", "response": {"id": 5}})
    events.insert(7, "\n")
    result = cli("replay", str(jsonl(tmp_path, events)))
    assert result.returncode == 1
    assert result.stdout.startswith("%s: 30 events and 4 sent by the client (beta)" % (tmp_path / "log.jsonl"))
    assert result.stderr.splitlines() == [
        "%s:5: <root>: invalid JSON: Expecting value at line 1 column 1" % (tmp_path / "log.jsonl"),
        "%s:7: response.id: expected string, got integer 5" % (tmp_path / "log.jsonl"),
    ]
    strict = cli("replay", "--strict", str(jsonl(tmp_path, [dict(events_of(BETA_EXAMPLE)[3], surprise=1)])))
    assert strict.returncode == 1
    assert "surprise: unknown key" in strict.stderr


def test_the_protocol_is_told_or_forced(cli: Any, tmp_path: Path) -> None:
    shared = [{"event_id": "e1", "type": "input_audio_buffer.speech_started", "audio_start_ms": 1, "item_id": "a"}]
    assert "1 event (GA)" in cli("replay", str(jsonl(tmp_path, shared))).stdout  # nothing tells: GA
    assert "1 event (beta)" in cli("replay", "--api", "beta", str(jsonl(tmp_path, shared))).stdout
    beta_events = shared * 3 + events_of(BETA_EXAMPLE)  # told only after a few lines
    assert "33 events and 4 sent by the client (beta)" in cli("replay", str(jsonl(tmp_path, beta_events))).stdout
    assert "0 events (GA), 0 items in the conversation, 0 responses" in cli("replay", str(jsonl(tmp_path, []))).stdout


def test_standard_input_and_unreadable_logs(cli: Any, tmp_path: Path) -> None:
    text = (ROOT / BETA_EXAMPLE).read_text(encoding="utf-8")
    result = cli("replay", "-", stdin=text)
    assert result == Run(0, BETA_TRANSCRIPT.replace(BETA_EXAMPLE, "-"), "")
    missing = cli("replay", str(tmp_path / "missing.jsonl"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


def test_every_kind_of_item_reads(cli: Any, tmp_path: Path) -> None:
    def added(item: Dict[str, Any], previous: Any = None) -> Dict[str, Any]:
        return {
            "event_id": "e_" + item["id"],
            "type": "conversation.item.added",
            "previous_item_id": previous,
            "item": item,
        }

    items = [
        {"id": "s", "type": "message", "role": "system", "content": [{"type": "input_text", "text": "Be brief."}]},
        {"id": "u", "type": "message", "role": "user", "status": "in_progress",
         "content": [{"type": "input_image", "image_url": "data:"}, {"type": "input_audio"}]},
        {"id": "t", "type": "mcp_list_tools", "server_label": "maps", "tools": [{"name": "route", "input_schema": {}}]},
        {"id": "t2", "type": "mcp_list_tools", "server_label": "empty", "tools": []},
        {"id": "q", "type": "mcp_approval_request", "server_label": "maps", "name": "route", "arguments": "{}"},
        {"id": "r", "type": "mcp_approval_response", "approval_request_id": "q", "approve": False},
        {"id": "r2", "type": "mcp_approval_response", "approval_request_id": "q", "approve": True},
        {"id": "c", "type": "mcp_call", "server_label": "maps", "name": "route", "arguments": "{}",
         "error": {"type": "protocol_error", "code": 1, "message": "down"}},
        {"id": "f", "type": "future_kind", "x": [1]},
        {"id": "a", "type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hi"},
                                                                          {"type": "output_audio"}]},
    ]  # fmt: skip
    events = [added(item, items[n - 1]["id"] if n else None) for n, item in enumerate(items)]
    events.append({"event_id": "fail", "type": "conversation.item.input_audio_transcription.failed", "item_id": "u",
                   "content_index": 1, "error": {"type": "transcription_error", "message": "no speech"}})  # fmt: skip
    failed = {"type": "failed", "error": {"type": "server_error", "code": "boom"}}
    response = {"id": "resp_F", "status": "failed", "status_details": failed, "output": [], "conversation_id": None}
    events.append({"event_id": "rc", "type": "response.created", "response": dict(response, status="in_progress")})
    events.append({"event_id": "rd", "type": "response.done", "response": response})
    result = cli("replay", str(jsonl(tmp_path, events)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n", 2)[2] == (
        "s: system\n    Be brief.\n\n"
        "u: user (in_progress)\n    [input_image]\n    [audio] (transcription failed: no speech)\n\n"
        "t: MCP tools of maps\n    route\n\n"
        "t2: MCP tools of empty\n    (none)\n\n"
        "q: MCP approval asked for maps.route\n    {}\n\n"
        "r: MCP approval refused (q)\n\n"
        "r2: MCP approval approved (q)\n\n"
        'c: MCP call maps.route\n    {}\n    error: {"type": "protocol_error", "code": 1, "message": "down"}\n\n'
        'f: future_kind\n    {"id": "f", "type": "future_kind", "x": [1]}\n\n'
        "a: assistant\n    Hi\n    [audio] (no transcript)\n\n"
        'response resp_F: failed; error {"type": "server_error", "code": "boom"} (out of band)\n'
    )


def test_out_of_band_responses_follow_with_their_items(cli: Any) -> None:
    result = cli("replay", str(ROOT / "tests" / "logs" / "ga_interleaved.jsonl"))
    assert result.returncode == 0
    assert result.stdout.endswith(
        "response resp_1: completed; usage 300 tokens (220 in, 80 out)\n\n"
        "response resp_2: completed; usage 300 tokens (220 in, 80 out) (out of band)\n"
        "    item_B1: assistant\n"
        "        intent: booking\n\n"
        "usage of 2 responses: 600 tokens; in 440, of which cached 0; out 160\n"  # out of band counts too
    )


def test_a_closed_output_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    log = ROOT / "tests" / "logs" / "ga_interleaved.jsonl"
    pipeline = "%s -m realtime_models replay --json %s | head -c 1" % (sys.executable, log)
    result = subprocess.run(["bash", "-c", pipeline + "; echo \" ${PIPESTATUS[0]}\""], capture_output=True, text=True,
                            cwd=str(ROOT), timeout=120)  # fmt: skip
    assert result.stdout.endswith(" 0\n") or result.stdout.endswith(" 141\n")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "tests" / "logs").glob("*.jsonl")))
def test_every_hand_written_log_replays_clean(cli: Any, name: str) -> None:
    result = cli("replay", "--check", str(ROOT / "tests" / "logs" / (name + ".jsonl")))
    assert result.returncode == 0, result.stdout
    assert result.stdout.endswith("\ncheck: 0 disagreements, 0 oddities, 0 findings\n")


class _Closed:
    """A standard output whose reader went away, or whose disk is full."""

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error


@pytest.mark.parametrize(("error", "status", "message"), [
    (BrokenPipeError(32, "Broken pipe"), 141, ""),
    (OSError(28, "No space left on device"), 2, "<stdout>: cannot write: No space left on device\n"),
])  # fmt: skip
def test_output_that_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], error: OSError, status: int, message: str
) -> None:
    from realtime_models._cli import replay as _replay

    monkeypatch.setattr("sys.stdout", _Closed(error))
    code = _replay.replay(str(ROOT / BETA_EXAMPLE), api=None, check=False, as_json=False, audio=False, strict=False)
    assert code == status
    assert capsys.readouterr().err == message


def test_missing_names_read_as_none(cli: Any, tmp_path: Path) -> None:
    call = {"id": "f", "type": "function_call", "call_id": "c", "arguments": "{}"}
    added = {"event_id": "e1", "type": "conversation.item.added", "previous_item_id": None, "item": call}
    assert "f: function call (none) (c)\n" in cli("replay", str(jsonl(tmp_path, [added]))).stdout


def test_a_log_that_tells_nothing_for_long_is_folded_as_ga(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realtime_models._cli import replay as _replay

    monkeypatch.setattr(_replay, "DETECT_LINES", 3)
    shared = [{"event_id": "e%d" % n, "type": "input_audio_buffer.cleared"} for n in range(3)]
    log = jsonl(tmp_path, ["not json\n", *shared, *events_of(BETA_EXAMPLE)])
    result = cli("replay", str(log))
    assert "33 events and 4 sent by the client (GA)" in result.stdout  # read ahead 3 documents, then GA
    assert result.returncode == 1  # the line that is not JSON
    assert "%s:1: <root>: invalid JSON" % log in result.stderr


def test_a_log_of_both_directions_folds_and_notes_what_the_server_never_confirmed(cli: Any, tmp_path: Path) -> None:
    user = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
    lines = [
        {"type": "session.update", "session": {"type": "realtime", "instructions": "Be brief."}},
        {"type": "conversation.item.create", "item": dict(user, id="item_C1")},
        {
            "event_id": "e1",
            "type": "conversation.item.added",
            "previous_item_id": None,
            "item": dict(user, id="item_C1"),
        },
        {"type": "conversation.item.create", "item": user},  # no id: confirmed by a user message after it
        {
            "event_id": "e2",
            "type": "conversation.item.added",
            "previous_item_id": "item_C1",
            "item": dict(user, id="item_S2"),
        },
        {"type": "conversation.item.create", "item": dict(user, id="item_C3")},
        {"type": "conversation.item.create", "item": {"type": "message", "role": "system", "content": []}},
        {"type": "response.create", "response": {"metadata": {"k": 5}}},
        {
            "event_id": "e3",
            "type": "conversation.item.added",
            "item": {"type": "function_call_output", "id": "item_S3"},
        },
        {"event_id": "e4", "type": "conversation.item.added", "item": 5},
        [1],
    ]
    log = tmp_path / "both.jsonl"
    log.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = cli("replay", "--check", str(log))
    assert result.returncode == 1  # a client event that is not valid is reported as a server event would be
    assert result.stderr.splitlines() == [
        "%s:8: response.metadata.k: expected string, got integer 5" % log,
        "%s:10: item: expected object, got integer 5" % log,
        "%s:11: <root>: expected object, got array" % log,
    ]
    out = result.stdout.splitlines()
    assert out[0] == "%s: 3 events and 5 sent by the client (GA), 3 items in the conversation, 0 responses" % log
    assert "item_C1: user" in out
    assert [line for line in out if line.startswith("never confirmed")] == [
        "never confirmed: conversation.item.create at line 6 (item item_C3)",
        "never confirmed: conversation.item.create at line 7",
    ]
    assert "never answered: session.update at line 1" in out  # no session.updated came
    assert out[-1] == "check: 0 disagreements, 1 oddity, 3 findings"  # the oddity: the item that was no object
