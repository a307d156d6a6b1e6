"""``python -m realtime_models validate``, driven as a user drives it: in a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, NamedTuple

import pytest

import realtime_models
from realtime_models._cli import main as _cli
from realtime_models._cli import validate as _validate

from .payloads import ITEM_USER_AUDIO, RESPONSE_CREATED, RESPONSE_DONE, RESPONSE_GA_SHAPED

ROOT = Path(realtime_models.__file__).parent.parent
EXAMPLE = ROOT / "examples" / "beta_session.jsonl"


class Run(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def subprocess_cli(*args: str, site: bool = True) -> Run:
    """The command exactly as a user runs it: a new interpreter, from the repository root."""
    flags = [] if site else ["-S"]
    result = subprocess.run(
        [sys.executable, *flags, "-m", "realtime_models", *args],
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return Run(result.returncode, result.stdout, result.stderr)


def jsonl(tmp_path: Path, documents: List[Any], name: str = "log.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(d if isinstance(d, str) else json.dumps(d) + "\n" for d in documents))
    return path


def event(type_: str, **fields: Any) -> dict:  # type: ignore[type-arg]
    return {"event_id": "event_1", "type": type_, **fields}


def test_the_readme_example_log_is_valid_with_nothing_installed() -> None:
    for site in (True, False):
        result = subprocess_cli("validate", str(EXAMPLE.relative_to(ROOT)), site=site)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout == "34 checked: 34 valid, 0 invalid; protocol: beta\n"
        assert result.stderr == ""
    strict = subprocess_cli("validate", "--strict", str(EXAMPLE))
    assert strict.returncode == 0, strict.stdout


def test_a_subprocess_reports_problems_and_exit_statuses(tmp_path: Path) -> None:
    log = jsonl(tmp_path, [{"type": "function_call", "name": 1}])
    result = subprocess_cli("validate", str(log))
    assert (result.returncode, result.stdout) == (
        1,
        "%s:1: name: expected string, got integer 1\n1 checked: 0 valid, 1 invalid; protocol: GA (assumed)\n" % log,
    )
    assert subprocess_cli("validate").returncode == 2
    assert subprocess_cli("validate", str(tmp_path / "missing.json")).returncode == 2


def test_invalid_lines_are_reported_with_file_line_and_path(tmp_path: Path, cli: Any) -> None:
    bad_item = dict(RESPONSE_DONE["output"][0], content=[{"type": 5}])
    log = jsonl(
        tmp_path,
        [
            event("session.created", session={}),
            event("response.done", response=dict(RESPONSE_DONE, output=[RESPONSE_DONE["output"][1], bad_item])),
            "\n",
            event("response.output_item.done", item={"id": 1, "content": "x"}),
            event("response.content_part.done", part={"type": "audio", "transcript": 3}),
            event("response.created", response=RESPONSE_CREATED),
        ],
    )
    result = cli("validate", str(log))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "%s:2: response.output[1].content[0].type: expected string, got integer 5" % log,
        "%s:4: item.id: expected string, got integer 1" % log,
        '%s:4: item.content: expected array, got string "x"' % log,
        "%s:5: part.transcript: expected string, got integer 3" % log,
        "5 checked: 2 valid, 3 invalid; protocol: beta",
    ]


def test_malformed_json_is_a_problem_on_its_line(tmp_path: Path, cli: Any) -> None:
    log = jsonl(tmp_path, ['{"type": "response.done", "response": {\n', event("response.done", response=RESPONSE_DONE)])
    result = cli("validate", str(log))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "%s:1: <root>: invalid JSON: Expecting property name enclosed in double quotes at line 1 column 40" % log,
        "2 checked: 1 valid, 1 invalid; protocol: beta",
    ]


def test_missing_file_is_exit_status_2_and_the_rest_is_still_checked(tmp_path: Path, cli: Any) -> None:
    log = jsonl(tmp_path, [event("response.done", response=RESPONSE_DONE)])
    result = cli("validate", str(tmp_path / "nope.jsonl"), str(log))
    assert result.returncode == 2
    assert result.stderr == "%s: cannot read: No such file or directory\n" % (tmp_path / "nope.jsonl")
    assert result.stdout == "1 checked: 1 valid, 0 invalid; protocol: beta\n"


def test_standard_input_is_json_lines(cli: Any) -> None:
    lines = [
        event("response.done", response=RESPONSE_DONE),
        event("input_audio_buffer.cleared"),
        {"id": 5, "role": "user"},
    ]
    result = cli("validate", "-", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "<stdin>:3: id: expected string, got integer 5",
        "3 checked: 2 valid, 1 invalid; protocol: beta",
    ]


def test_strict_mode(tmp_path: Path, cli: Any) -> None:
    log = jsonl(
        tmp_path,
        [event("response.created", response=RESPONSE_GA_SHAPED), event("response.done", response=RESPONSE_DONE)],
    )
    assert cli("validate", str(log)).returncode == 0
    result = cli("validate", "--strict", "--api", "beta", str(log))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "%s:1: response.output_modalities: unknown key" % log,
        "%s:1: response.audio: unknown key" % log,
        "2 checked: 1 valid, 1 invalid; protocol: beta",
    ]
    # Told from the first line, the log is GA: then the second line's beta keys are the problem.
    told = cli("validate", "--strict", str(log))
    assert told.stdout.splitlines()[0] == "%s:2: response.voice: unknown key" % log
    assert told.stdout.splitlines()[-1] == "2 checked: 1 valid, 1 invalid; protocol: GA"


def test_quiet_prints_only_the_summary(tmp_path: Path, cli: Any) -> None:
    log = jsonl(tmp_path, [{"object": "realtime.response", "id": 1}])
    result = cli("validate", "--quiet", str(log))
    assert result.returncode == 1
    assert result.stdout == "1 checked: 0 valid, 1 invalid; protocol: GA (assumed)\n"


def test_every_event_is_checked_against_its_class(tmp_path: Path, cli: Any) -> None:
    log = jsonl(
        tmp_path,
        [
            event("conversation.item.created", item=ITEM_USER_AUDIO),
            event("conversation.item.truncated", item_id="item_1", content_index="0", audio_end_ms=10),
            event("conversation.item.deleted", item_id="item_1"),
            event("response.audio.delta", delta="AAA="),
            event("rate_limits.updated", rate_limits=[{"name": "tokens", "limit": None, "remaining": "x"}]),
            event("response.done"),
            event("response.reasoning.delta", delta="..."),
            event("response.reasoning.delta", delta="..."),
            {"event_id": "e"},
        ],
    )
    result = cli("validate", "--stats", str(log))
    assert result.stdout.splitlines() == [
        '%s:2: content_index: expected integer, got string "0"' % log,
        '%s:5: rate_limits[0].remaining: expected integer, got string "x"' % log,
        "6 checked: 4 valid, 2 invalid; protocol: beta",  # the 3 of unknown types are not checked
        "3 with an event type this version does not know, not checked: response.reasoning.delta (2), (no type) (1)",
        "server events by type:",
        "       2  response.reasoning.delta",
        "       1  conversation.item.created",
        "       1  conversation.item.deleted",
        "       1  conversation.item.truncated",
        "       1  rate_limits.updated",
        "       1  response.audio.delta",
        "       1  response.done",
    ]
    strict = cli("validate", "--strict", str(log))  # the same rule for every event: what it must carry
    assert [line.replace(str(log), "log") for line in strict.stdout.splitlines()] == [
        'log:2: content_index: expected integer, got string "0"',
        "log:4: response_id: required key is missing",
        "log:4: item_id: required key is missing",
        "log:4: output_index: required key is missing",
        "log:4: content_index: required key is missing",
        'log:5: rate_limits[0].remaining: expected integer, got string "x"',
        "log:5: rate_limits[0].limit: expected integer, got null",
        "log:6: response: required key is missing",
        'log:7: type: expected a known event type, got string "response.reasoning.delta"',
        'log:8: type: expected a known event type, got string "response.reasoning.delta"',
        "log:9: type: required key is missing",
        "9 checked: 2 valid, 7 invalid; protocol: beta",
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (RESPONSE_DONE, []),
        ({"object": "realtime.item", "type": "message"}, []),
        ({"type": "function_call", "call_id": 7}, ["call_id: expected string, got integer 7"]),
        ({"type": "input_text", "text": "hi"}, []),
        ({"type": "input_text", "text": 1}, ["text: expected string, got integer 1"]),
        ({"usage": {"total_tokens": -1}}, []),
        ({"type": "function_call_output", "call_id": "c", "output": "42"}, []),  # an item, not a response
        ({"type": "error", "error": {"type": "invalid_request_error", "message": "m"}}, []),
        ({"type": "some.new_event", "x": 1}, []),
        (
            {"hello": "world"},
            ["<root>: cannot tell what this document is: not a known event, response, item or content part"],
        ),
    ],
)
def test_a_json_file_is_one_document(tmp_path: Path, document: Any, expected: List[str], cli: Any) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document, indent=2))
    result = cli("validate", str(path))
    assert result.returncode == (1 if expected else 0)
    assert [line for line in result.stdout.splitlines() if line.startswith(str(path))] == [
        "%s:1: %s" % (path, line) for line in expected
    ]


def test_help_and_usage_errors(cli: Any) -> None:
    top = cli("--help")
    assert top.returncode == 0
    assert "validate" in top.stdout
    assert "replay" in top.stdout
    assert cli("replay", "--help").returncode == 0
    assert cli("replay").returncode == 2
    sub = cli("validate", "--help")
    assert sub.returncode == 0
    assert "PATH:LINE: JSON-PATH: message" in sub.stdout
    assert cli().returncode == 2
    assert cli("validate").returncode == 2
    assert cli("frobnicate").returncode == 2


def test_main_is_the_module_entry_point() -> None:
    from realtime_models import __main__

    assert __main__.main is _cli.main


def test_progress_shows_on_a_terminal_for_large_inputs(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = jsonl(tmp_path, [event("response.done", response=RESPONSE_DONE)] * 3000)
    monkeypatch.setattr(_validate, "_PROGRESS_BYTES", 1)
    monkeypatch.setattr(_validate, "_PROGRESS_EVERY", 0.0)
    assert cli("validate", str(log)).stderr == "", "no progress when stderr is not a terminal"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    result = cli("validate", str(log))
    assert result.returncode == 0
    assert result.stdout == "3000 checked: 3000 valid, 0 invalid; protocol: beta\n"
    assert result.stderr.startswith("\r%s: 1024 lines, " % log)
    assert "\r%s: 2048 lines, " % log in result.stderr
    assert result.stderr.endswith("\r\033[K")
    piped = cli("validate", "-", stdin=json.dumps(event("session.created")) + "\n" * 2048)
    assert piped.stderr == "\r<stdin>: 1024 lines\r<stdin>: 2048 lines\r\033[K"
    monkeypatch.setattr(_validate, "_PROGRESS_BYTES", 10**12)
    assert cli("validate", str(log)).stderr == "", "no progress for a small file"


# ---------------------------------------------------------------------------------------------
# What a new user ran into with 0.1.

HOSTILE_TEXT = {"type": "response.done", "response": {"status": "terminé", "café": 1, "emoji😀": 2}}


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_any_output_encoding_gets_escapes_not_a_traceback(tmp_path: Path, encoding: str) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(json.dumps(HOSTILE_TEXT, ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "realtime_models", "validate", "--strict", str(log)],
        cwd=str(ROOT),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding},
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr == b""
    out = result.stdout.decode(encoding)
    assert 'response.status: expected one of completed, cancelled, failed, incomplete, in_progress; got "termin' in out
    assert "\\U0001f600" in out  # the emoji, escaped
    assert out.endswith("1 checked: 0 valid, 1 invalid; protocol: GA (assumed)\n")


def many_bad_lines(tmp_path: Path, count: int) -> Path:
    return jsonl(tmp_path, [{"type": "function_call", "name": n} for n in range(count)], "many-bad.jsonl")


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    log = many_bad_lines(tmp_path, 20_000)  # far more output than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "realtime_models", "validate", str(log)],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.readline().startswith(str(log).encode())
    process.stdout.close()  # what `| head -1` does
    assert process.wait(timeout=120) == 141
    assert process.stderr.read() == b""
    process.stderr.close()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_write_error_with_exit_status_2(tmp_path: Path) -> None:
    log = many_bad_lines(tmp_path, 3)
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "realtime_models", "validate", str(log)],
            cwd=str(ROOT),
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
    assert result.returncode == 2
    assert result.stderr == b"<stdout>: cannot write: No space left on device\n"


def test_every_event_that_carries_a_model_needs_it_in_strict_mode(tmp_path: Path, cli: Any) -> None:
    log = jsonl(
        tmp_path,
        [
            event("response.output_item.done", response_id="r", output_index=0),
            event("response.content_part.added", response_id="r", item_id="i", output_index=0, content_index=0),
            event("error", error={"type": "invalid_request_error", "message": "Bad", "code": None, "param": None}),
            event("input_audio_buffer.dtmf_event_received", event="1", received_at=1),
        ],
    )
    assert cli("validate", str(log)).returncode == 0  # a streamed event may come half-built
    result = cli("validate", "--strict", str(log))
    assert result.stdout.splitlines() == [
        "%s:1: item: required key is missing" % log,
        "%s:2: part: required key is missing" % log,
        "4 checked: 2 valid, 2 invalid; protocol: GA",  # dtmf events are GA's
    ]


def test_output_is_bounded_whatever_the_input(tmp_path: Path, cli: Any) -> None:
    deep: Any = {}
    for i in range(299):
        deep = {"k%039d" % i: deep}  # 40-character keys
    response = {"deep": deep, **{"x%d" % i: {} for i in range(2000)}}
    log = jsonl(tmp_path, [event("response.done", response=response)])
    assert log.stat().st_size > 30_000
    result = cli("validate", "--strict", str(log))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 22  # 20 problems, the count of the others, the summary
    assert lines[-2] == "%s:1: ... and 1981 more problems" % log
    assert len(result.stdout) < 5_000
    with pytest.raises(realtime_models.ValidationError) as info:
        realtime_models.RealtimeResponse.from_dict(response, strict=True)
    assert len(str(info.value)) < 5_000
    too_deep = {"k%039d" % 0: deep}
    with pytest.raises(realtime_models.ValidationError) as info:
        realtime_models.RealtimeResponse.from_dict({"x": too_deep})
    [problem] = info.value.errors
    assert len(problem.path) == 301
    assert len(str(problem)) < 600
    assert "...(291 more)..." in str(problem)


def test_the_progress_line_is_cleared_before_a_problem_line(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [event("response.done", response=RESPONSE_DONE)] * 2047 + [{"type": "message", "role": 1}]
    log = jsonl(tmp_path, lines)
    monkeypatch.setattr(_validate, "_PROGRESS_BYTES", 1)
    monkeypatch.setattr(_validate, "_PROGRESS_EVERY", 0.0)
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert _cli.main(["validate", str(log)]) == 1
    screen = terminal.getvalue()
    assert "%%\r\033[K%s:2048: role: expected string, got integer 1\n" % log in screen


def test_version(cli: Any) -> None:
    result = cli("--version")
    assert (result.returncode, result.stdout) == (0, "realtime_models %s\n" % realtime_models.__version__)


def test_a_json_file_may_hold_an_array_of_documents(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "docs.JSON"
    path.write_text(json.dumps([RESPONSE_DONE, {"type": "message", "role": 1}, event("error", error={})], indent=1))
    result = cli("validate", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "%s:1[1]: role: expected string, got integer 1" % path,
        "3 checked: 2 valid, 1 invalid; protocol: beta",
    ]


@pytest.mark.parametrize(
    "stdin",
    [
        json.dumps({"type": "function_call", "name": 1}, indent=2),  # one document over several lines
        "\n  " + json.dumps([{"type": "function_call", "name": 1}]),  # an array
    ],
)
def test_standard_input_may_be_one_json_document(cli: Any, stdin: str) -> None:
    result = cli("validate", "-", stdin=stdin)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].endswith("name: expected string, got integer 1")
    assert result.stdout.splitlines()[0].startswith("<stdin>:1")


class FailingStdout(io.StringIO):
    def __init__(self, error: OSError, after: int) -> None:
        super().__init__()
        self.error = error
        self.after = after

    def write(self, text: str) -> int:
        if self.after <= 0:
            raise self.error
        self.after -= 1
        return super().write(text)

    def flush(self) -> None:
        if self.after <= 0:
            raise self.error


@pytest.mark.parametrize("after", [0, 1, 3])
def test_write_errors_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], after: int
) -> None:
    log = many_bad_lines(tmp_path, 2)
    monkeypatch.setattr(sys, "stdout", FailingStdout(BrokenPipeError(32, "Broken pipe"), after))
    assert _cli.main(["validate", str(log)]) == 141
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys, "stdout", FailingStdout(OSError(28, "No space left on device"), after))
    assert _cli.main(["validate", str(log)]) == 2
    assert capsys.readouterr().err == "<stdout>: cannot write: No space left on device\n"


def test_a_json_array_may_hold_anything(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "docs.json"
    path.write_text("[1]")
    assert cli("validate", str(path)).stdout.splitlines()[0] == "%s:1[0]: <root>: expected object, got integer 1" % path


@pytest.mark.parametrize(
    ("document", "protocol"),
    [
        ({"type": "response.output_text.delta"}, "ga"),
        ({"type": "response.text.delta"}, "beta"),
        ({"type": "error"}, None),
        ({"type": "response.done", "response": {"output_modalities": ["audio"]}}, "ga"),
        ({"type": "response.done", "response": {"voice": "alloy"}}, "beta"),
        ({"type": "response.done", "response": {"output": [5, {"type": "mcp_call"}]}}, "ga"),
        ({"type": "response.done", "response": {"output": [{"type": "message", "content": [{"type": "text"}]}]}}, None),
        ({"type": "conversation.item.created", "item": {"content": [{"type": "output_text"}]}}, "ga"),
        ({"type": "response.content_part.added", "part": {"type": "item_reference"}}, "beta"),
        ({"object": "realtime.response", "output": []}, None),
        ({"type": "message", "content": "not a list"}, None),
        ([1], None),
    ],
)
def test_the_protocol_a_document_tells(document: Any, protocol: Any) -> None:
    from realtime_models import beta, ga
    from realtime_models._cli.protocol import protocol_of

    ga_types, beta_types = frozenset(ga.EVENTS), frozenset(beta.EVENTS)
    assert protocol_of(document, ga_types - beta_types, beta_types - ga_types) == protocol


def test_a_log_that_tells_nothing_for_long_is_assumed_ga(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_validate, "DETECT_LINES", 3)
    log = jsonl(tmp_path, [event("input_audio_buffer.cleared")] * 5 + [event("response.text.delta")])
    result = cli("validate", str(log))
    assert result.stdout.splitlines() == [
        "5 checked: 5 valid, 0 invalid; protocol: GA (assumed)",
        "1 with an event type this version does not know, not checked: response.text.delta (1)",
    ]
    forced = cli("validate", "--api", "beta", str(log))
    assert forced.stdout == "6 checked: 6 valid, 0 invalid; protocol: beta\n"


@pytest.mark.parametrize(
    ("part", "api"),
    [
        ({"type": "input_image", "detail": "ultra"}, "ga"),
        ({"type": "output_text", "text": 5}, "ga"),
        ({"type": "text", "text": 5}, "ga"),
        ({"type": "text", "text": 5}, "beta"),
    ],
)
def test_bare_content_parts_of_each_protocol(tmp_path: Path, cli: Any, part: Dict[str, Any], api: str) -> None:
    path = tmp_path / "part.json"
    path.write_text(json.dumps(part))
    result = cli("validate", "--strict", "--api", api, str(path))
    assert result.returncode == 1, result.stdout


def test_a_json_file_that_is_not_json(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{")
    result = cli("validate", str(path))
    assert result.stdout.splitlines()[0].startswith("%s:1: <root>: invalid JSON: Expecting property name" % path)


def test_many_unknown_types_are_listed_within_bounds(tmp_path: Path, cli: Any) -> None:
    log = jsonl(
        tmp_path, [event("new.type_%02d" % i + "x" * (50 if i == 0 else 0)) for i in range(12)] + [event("new.type_01")]
    )
    summary = cli("validate", "--api", "ga", str(log)).stdout.splitlines()[1]
    assert summary.startswith("13 with an event type this version does not know, not checked: new.type_01 (2), ")
    assert summary.endswith(", and 2 more types")
    assert "new.type_00xxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (1)" in summary


def test_a_log_of_both_directions_is_checked_each_event_against_its_class(tmp_path: Path, cli: Any) -> None:
    session = {"type": "realtime", "instructions": "Hi."}
    log = jsonl(
        tmp_path,
        [
            {"type": "session.update", "session": session},
            event("session.created", session=dict(session, object="realtime.session", id="sess_1")),
            {"type": "conversation.item.create", "item": {"type": "message", "role": "user", "content": [{"type": 5}]}},
            {"type": "input_audio_buffer.append", "audio": "AAAA"},
            {"type": "response.create"},
            {"type": "response.pause"},
        ],
    )
    result = cli("validate", "--stats", str(log))
    assert result.stdout.splitlines() == [
        "%s:3: item.content[0].type: expected string, got integer 5" % log,
        "5 checked: 4 valid, 1 invalid; protocol: GA",  # told by the GA-shaped session of the client's update
        "1 with an event type this version does not know, not checked: response.pause (1)",
        "server events by type:",  # a type no protocol knows is no side's: counted with the server's
        "       1  response.pause",
        "       1  session.created",
        "client events by type:",
        "       1  conversation.item.create",
        "       1  input_audio_buffer.append",
        "       1  response.create",
        "       1  session.update",
    ]
    strict = cli("validate", "--strict", "--quiet", str(log))
    assert strict.stdout == "6 checked: 4 valid, 2 invalid; protocol: GA\n"  # the unknown one refused too
    beta_log = jsonl(tmp_path, [{"type": "transcription_session.update", "session": {"include": []}}])
    assert cli("validate", str(beta_log)).stdout == "1 checked: 1 valid, 0 invalid; protocol: beta\n"
