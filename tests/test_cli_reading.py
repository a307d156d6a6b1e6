"""How both commands read a log: each line once, one wording for a bad line, what is not UTF-8
said once, lines too long refused in bounded memory, and closed standard streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from realtime_models._core.checks import describe

from .test_cli import ROOT, event, jsonl

SPEECH = event("input_audio_buffer.speech_started", audio_start_ms=1, item_id="a")


def lines_of(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "log.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1,2]", "<root>: expected object, got array"),
        ("2", "<root>: expected object, got integer 2"),
        (
            json.dumps(json.dumps(SPEECH)),
            "<root>: expected object, got " + describe(json.dumps(SPEECH)),
        ),
        ('{"type": ', "<root>: invalid JSON: Expecting value at line 1 column 10"),
    ],
)
def test_validate_and_replay_say_the_same_of_a_bad_line(cli: Any, tmp_path: Path, line: str, message: str) -> None:
    log = lines_of(tmp_path, json.dumps(SPEECH), line)
    validated = cli("validate", str(log))
    replayed = cli("replay", str(log))
    assert validated.returncode == replayed.returncode == 1
    assert "%s:2: %s" % (log, message) in validated.stdout.splitlines()
    assert replayed.stderr.splitlines() == ["%s:2: %s" % (log, message)]
    assert "1 event (GA)" in replayed.stdout  # the string holding an event is not folded


def test_a_file_in_utf16_is_said_once(cli: Any, tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text("\n".join(json.dumps(SPEECH) for _ in range(50)) + "\n", encoding="utf-16")
    for command in ("validate", "replay"):
        result = cli(command, str(log))
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            "%s: cannot read: the file is UTF-16, told by its byte-order mark: JSON Lines are UTF-8" % log
        ]
    big_endian = tmp_path / "be.jsonl"
    big_endian.write_bytes(b"\x00\x00\xfe\xff" + json.dumps(SPEECH).encode("utf-32-be"))
    assert "UTF-32" in cli("validate", str(big_endian)).stderr


def test_a_line_too_long_is_refused_without_being_held(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realtime_models._cli import reading

    monkeypatch.setattr(reading, "MAX_LINE", 1000)
    monkeypatch.setattr(reading, "_CHUNK", 64)
    long = event(
        "response.output_text.delta", delta="x" * 5000, item_id="a", response_id="r", output_index=0, content_index=0
    )
    log = lines_of(tmp_path, json.dumps(SPEECH), json.dumps(long), json.dumps(SPEECH))
    validated = cli("validate", str(log))
    assert validated.returncode == 1
    assert validated.stdout.splitlines()[0] == "%s:2: <root>: line longer than 0 MiB, not read" % log
    assert validated.stdout.splitlines()[-1].startswith("3 checked: 2 valid, 1 invalid")
    replayed = cli("replay", str(log))
    assert replayed.stderr.splitlines() == ["%s:2: <root>: line longer than 0 MiB, not read" % log]
    assert "2 events (GA)" in replayed.stdout
    last = lines_of(tmp_path, json.dumps(SPEECH), json.dumps(long)[:-1])  # the last line has no newline
    assert cli("validate", str(last)).stdout.splitlines()[1].startswith("2 checked: 1 valid, 1 invalid")


def test_a_line_of_200_mib_is_read_in_bounded_memory(tmp_path: Path) -> None:
    # The line is never held: the reader skips it a mebibyte at a time.
    code = (
        "import io, resource, sys\n"
        "from realtime_models._cli.reading import log_lines\n"
        "data = io.BytesIO(b'{\"a\":\"' + b'x' * (200 * 1024 * 1024) + b'\"}\\n{}\\n')\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "lines = list(log_lines(data))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(lines), lines[0].problems[0].message, lines[1].document, (after - before) // 1024)\n"
    )
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("resource is Unix only")
    result = subprocess.run([sys.executable, "-c", code], cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    count, *message, document, grown = result.stdout.split()
    assert (count, " ".join(message), document) == ("2", "line longer than 32 MiB, not read", "{}")
    assert int(grown) < 64, "MiB more at peak than the input itself"


@pytest.mark.parametrize(
    ("redirect", "status", "stderr"),
    [
        ("2>&-", 2, ""),
        (">&-", 2, "<stdout>: cannot write: standard output is closed\n"),
        ("<&-", 2, "-: cannot read: standard input is closed\n"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "replay"])
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell closes the streams")
def test_closed_standard_streams_give_a_status_and_no_traceback(
    tmp_path: Path, command: str, redirect: str, status: int, stderr: str
) -> None:
    target = (
        "-"
        if redirect == "<&-"
        else str(tmp_path / "nosuch.jsonl")
        if redirect == "2>&-"
        else str(jsonl(tmp_path, [SPEECH]))
    )
    line = "%s -m realtime_models %s %s %s" % (sys.executable, command, target, redirect)
    result = subprocess.run(
        ["/bin/sh", "-c", line], cwd=str(ROOT), capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == status, result.stderr
    assert result.stderr == stderr
    assert "Traceback" not in result.stdout


def test_stats_show_whole_names(cli: Any, tmp_path: Path) -> None:
    long = [event("conversation.item.input_audio_transcription.completed", item_id="a", content_index=0, transcript="t"),
            event("conversation.item.input_audio_transcription.delta", item_id="a", content_index=0, delta="t")]  # fmt: skip
    lines = cli("validate", "--stats", str(jsonl(tmp_path, long))).stdout.splitlines()
    assert "       1  conversation.item.input_audio_transcription.completed" in lines
    assert "       1  conversation.item.input_audio_transcription.delta" in lines


def test_the_help_of_each_command_and_the_installed_script(cli: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from realtime_models._cli import main

    with pytest.raises(SystemExit):
        main.main(["validate", "--help"])
    validate_help = capsys.readouterr().out
    assert "replay" not in validate_help
    assert validate_help.startswith("usage: python -m realtime_models validate")
    saved = sys.argv[:]
    try:
        sys.argv = ["/usr/local/bin/realtime-models"]
        with pytest.raises(SystemExit):
            main.main(["--help"])
        assert capsys.readouterr().out.startswith("usage: realtime-models ")
    finally:
        sys.argv = saved


def test_a_document_the_assumed_protocol_refuses_and_the_other_takes_is_said(cli: Any, tmp_path: Path) -> None:
    beta_item = {"id": "item_1", "object": "realtime.item", "type": "message", "role": "user",
                 "content": [{"type": "input_text", "text": "hi"}]}  # fmt: skip
    alone = jsonl(
        tmp_path,
        [
            event(
                "conversation.item.created",
                previous_item_id=None,
                item=dict(beta_item, content=[{"type": "text", "text": "hi"}]),
            )
        ],
    )
    result = cli("validate", "--strict", str(alone))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-2:] == [
        "1 checked: 0 valid, 1 invalid; protocol: GA (assumed)",
        "1 invalid as GA (assumed) is valid as beta: try --api beta",
    ]
    assert cli("validate", "--strict", "--api", "beta", str(alone)).returncode == 0


def test_replay_keeps_the_indent_of_multiline_text_and_check_shows_why_an_event_did_not_validate(
    cli: Any, tmp_path: Path
) -> None:
    item = {"id": "item_1", "object": "realtime.item", "type": "message", "role": "user",
            "content": [{"type": "input_text", "text": "first line\nsecond line"}]}  # fmt: skip
    log = jsonl(tmp_path, [event("conversation.item.added", previous_item_id=None, item=item),
                           event("response.created", response={"id": 5})])  # fmt: skip
    result = cli("replay", "--check", str(log))
    assert "    first line\n    second line\n" in result.stdout
    assert (
        "oddity at event_1 (response.created): response.created does not validate: response.id: expected string, got integer 5"
        in result.stdout
    )
