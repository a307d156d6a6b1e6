"""The GA session configuration: what session.created and session.updated report, and what a
client sends in session.update, typed, checked and given back exactly."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import realtime_models.ga as ga
from realtime_models import UNSET, ValidationError

# OpenAI's GA session.created example, as the server sends it (null where it turns a setting off).
SESSION: Dict[str, Any] = {
    "type": "realtime",
    "object": "realtime.session",
    "id": "sess_C9G5QPteg4UIbotdKLoYQ",
    "model": "gpt-realtime-2025-08-28",
    "output_modalities": ["audio"],
    "instructions": "Be brief.",
    "tools": [],
    "tool_choice": "auto",
    "max_output_tokens": "inf",
    "tracing": None,
    "prompt": None,
    "expires_at": 1756324625,
    "audio": {
        "input": {
            "format": {"type": "audio/pcm", "rate": 24000},
            "transcription": None,
            "noise_reduction": None,
            "turn_detection": {
                "type": "server_vad",
                "threshold": 0.5,
                "prefix_padding_ms": 300,
                "silence_duration_ms": 200,
                "idle_timeout_ms": None,
                "create_response": True,
                "interrupt_response": True,
            },
        },
        "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1},
    },
    "include": None,
}


def problems(cls: Any, data: Dict[str, Any], strict: bool = True) -> List[str]:
    try:
        cls.from_dict(json.loads(json.dumps(data)), strict=strict)
    except ValidationError as e:
        return [str(p) for p in e.errors]
    return []


def test_session_created_carries_the_session_typed_and_gives_it_back_exactly() -> None:
    event = {"type": "session.created", "event_id": "event_1", "session": SESSION}
    text = json.dumps(event, separators=(",", ":"))
    parsed = ga.RealtimeServerEvent.from_json(text, strict=True)
    assert isinstance(parsed, ga.SessionCreatedEvent)
    session = parsed.session
    assert isinstance(session, ga.RealtimeSessionCreateResponse)
    assert session.audio is not UNSET
    assert session.audio is not None
    audio_input = session.audio.input
    assert isinstance(audio_input, ga.RealtimeAudioConfigInput)
    assert isinstance(audio_input.turn_detection, ga.ServerVad)
    assert audio_input.turn_detection.idle_timeout_ms is None  # null: off, not absent
    assert audio_input.transcription is None
    assert isinstance(audio_input.format, ga.AudioPCM)
    output = session.audio.output
    assert isinstance(output, ga.RealtimeAudioConfigOutput)
    assert (output.voice, output.speed) == ("marin", 1)
    assert json.dumps(output.speed) == "1"  # an integer stays one
    assert session.reasoning is UNSET  # absent: the example does not send it
    assert parsed.to_json() == text


def test_a_transcription_session_is_chosen_by_its_type() -> None:
    session = {
        "type": "transcription",
        "object": "realtime.transcription_session",
        "id": "sess_1",
        "expires_at": 1,
        "audio": {
            "input": {
                "format": {"type": "audio/pcmu"},
                "transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": ""},
                "noise_reduction": {"type": "near_field"},
                "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300},
            }
        },
        "include": ["item.input_audio_transcription.logprobs"],
    }
    parsed = ga.RealtimeSessionResponse.from_dict(session, strict=True)
    assert isinstance(parsed, ga.RealtimeTranscriptionSessionCreateResponse)
    assert parsed.audio is not UNSET
    assert parsed.audio is not None
    assert parsed.audio.input is not UNSET
    assert parsed.audio.input is not None
    assert isinstance(parsed.audio.input.turn_detection, ga.RealtimeTranscriptionSessionTurnDetection)
    assert parsed.to_dict() == session


def test_strict_mode_catches_a_typo_and_each_limit_with_its_path() -> None:
    update: Dict[str, Any] = {
        "type": "realtime",
        "tool_choice": "sometimes",
        "truncation": "never",
        "max_output_tokens": 5000,
        "audio": {
            "input": {
                "turn_detecton": {"type": "server_vad"},
                "transcription": {"languages": [], "delay": "soon"},
                "noise_reduction": {"type": "far"},
                "turn_detection": {"type": "semantic_vad", "eagerness": "eager"},
            },
            "output": {"speed": 2.0},
        },
        "tools": [
            {"type": "mcp", "server_label": "maps", "tunnel_id": "tunnel_X", "allowed_callers": []},
            {"type": "mcp", "require_approval": "sometimes"},
        ],
    }
    assert problems(ga.RealtimeSessionCreateRequest, update) == [
        "audio.input.transcription.languages: expected at least one item, got an empty array",
        'audio.input.transcription.delay: expected one of minimal, low, medium, high, xhigh; got "soon"',
        'audio.input.noise_reduction.type: expected one of near_field, far_field; got "far"',
        'audio.input.turn_detection.eagerness: expected one of low, medium, high, auto; got "eager"',
        "audio.input.turn_detecton: unknown key",
        "audio.output.speed: expected a number from 0.25 to 1.5, got 2.0",
        "tools[0].tunnel_id: expected tunnel_ and 32 lowercase letters or digits",
        "tools[0].allowed_callers: expected at least one item, got an empty array",
        'tools[1].require_approval: expected one of always, never; got "sometimes"',
        "tools[1].server_label: required key is missing",
        'tool_choice: expected one of none, auto, required; got "sometimes"',
        'max_output_tokens: expected an integer from 1 to 4096 or "inf", got 5000',
        'truncation: expected one of auto, disabled; got "never"',
    ]
    # Lenient mode never refuses a value for being out of range, and keeps the typo.
    lenient = ga.RealtimeSessionCreateRequest.from_dict(update)
    assert lenient.to_dict() == update
    assert lenient.audio is not UNSET
    assert lenient.audio is not None
    assert lenient.audio.input is not UNSET
    assert lenient.audio.input is not None
    assert lenient.audio.input.extra == {"turn_detecton": {"type": "server_vad"}}


def test_turn_detection_limits_and_its_unknown_kind() -> None:
    vad = {"type": "server_vad", "threshold": 1.5, "idle_timeout_ms": 100}
    assert problems(ga.RealtimeAudioInputTurnDetection, vad) == [
        "threshold: expected a number from 0.0 to 1.0, got 1.5",
        "idle_timeout_ms: expected a number from 5000 to 30000, got 100",
    ]
    future = {"type": "future_vad", "patience": 3}
    kept = ga.RealtimeAudioInputTurnDetection.from_dict(future)
    assert isinstance(kept, ga.UnknownTurnDetection)
    assert kept.to_dict() == future
    assert problems(ga.RealtimeAudioInputTurnDetection, future) == [
        'type: expected one of server_vad, semantic_vad; got string "future_vad"'
    ]


def test_the_string_or_object_fields_read_either_form() -> None:
    session = ga.RealtimeSessionCreateRequest.from_dict(
        {
            "type": "realtime",
            "tracing": {"workflow_name": "support", "metadata": {"tier": 1}},
            "tool_choice": {"type": "mcp", "server_label": "maps", "name": None},
            "truncation": {
                "type": "retention_ratio",
                "retention_ratio": 0.8,
                "token_limits": {"post_instructions": 8000},
            },
            "tools": [
                {"type": "function", "name": "f", "parameters": {"type": "object"}},
                {
                    "type": "mcp",
                    "server_label": "maps",
                    "allowed_tools": {"tool_names": ["route"], "read_only": True},
                    "require_approval": {"never": {"tool_names": ["route"]}},
                    "headers": {"X-Key": "k"},
                },
            ],
        },
        strict=True,
    )
    assert isinstance(session.tracing, ga.TracingConfiguration)
    assert isinstance(session.tool_choice, ga.ToolChoiceMcp)
    assert isinstance(session.truncation, ga.RealtimeTruncationRetentionRatio)
    assert session.tools is not UNSET
    assert session.tools is not None
    function, mcp = session.tools
    assert isinstance(function, ga.RealtimeFunctionTool)
    assert isinstance(mcp, ga.RealtimeResponseCreateMcpTool)
    assert ga.Mcp is ga.RealtimeResponseCreateMcpTool
    assert isinstance(mcp.allowed_tools, ga.McpToolFilter)
    assert isinstance(mcp.require_approval, ga.McpRequireApprovalMcpToolApprovalFilter)
    assert problems(ga.RealtimeTruncationRetentionRatio, {"type": "retention_ratio", "retention_ratio": 2}) == [
        "retention_ratio: expected a number from 0.0 to 1.0, got 2"
    ]


def test_a_session_update_built_in_code_writes_its_type_and_nothing_it_was_not_given() -> None:
    session = ga.RealtimeSessionCreateRequest(
        instructions="Be brief.",
        audio=ga.RealtimeAudioConfig(
            input=ga.RealtimeAudioConfigInput(turn_detection=ga.SemanticVad(eagerness="low"), noise_reduction=None),
            output=ga.RealtimeAudioConfigOutput(voice=ga.VoiceID(id="voice_1234")),
        ),
        tools=[ga.RealtimeFunctionTool(name="get_weather", parameters={"type": "object"})],
    )
    written = session.to_dict()
    assert written == {
        "type": "realtime",
        "instructions": "Be brief.",
        "audio": {
            "input": {"noise_reduction": None, "turn_detection": {"type": "semantic_vad", "eagerness": "low"}},
            "output": {"voice": {"id": "voice_1234"}},
        },
        "tools": [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}}],
    }
    assert session.validate(strict=True) == []
    assert ga.RealtimeSessionRequest.from_dict(written, strict=True) == session


def test_the_session_classes_load_on_first_use() -> None:
    import subprocess
    import sys

    code = "import realtime_models.ga as ga, sys; print('realtime_models.ga.session' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert "RealtimeSessionCreateRequest" in dir(ga)


@pytest.mark.parametrize("tunnel", ["tunnel_" + "a1" * 16, "tunnel_" + "0" * 32])
def test_a_well_formed_tunnel_id_passes(tunnel: str) -> None:
    assert problems(ga.Mcp, {"type": "mcp", "server_label": "s", "tunnel_id": tunnel}) == []


def test_beta_sessions_are_typed_too_and_keep_what_beta_sends() -> None:
    import realtime_models.beta as beta

    session = {
        "id": "sess_001",
        "object": "realtime.session",
        "model": "gpt-4o-realtime-preview",
        "modalities": ["text", "audio"],
        "voice": "sage",
        "input_audio_format": "pcm16",
        "input_audio_transcription": None,
        "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300},
        "tools": [{"type": "function", "name": "f"}],
        "tool_choice": "auto",
        "max_response_output_tokens": "inf",
    }
    event = beta.RealtimeServerEvent.from_dict(
        {"type": "session.updated", "event_id": "e", "session": session}, strict=True
    )
    assert isinstance(event, beta.SessionUpdatedEvent)
    assert isinstance(event.session, beta.Session)
    assert isinstance(event.session.turn_detection, beta.TurnDetection)
    assert event.session.input_audio_transcription is None
    assert event.to_dict()["session"] == session
    # beta's tool_choice is a string; an object (older prose) is kept in lenient mode only
    choice = {"type": "function", "function": {"name": "f"}}
    kept = beta.SessionUpdateEventSession.from_dict({"tool_choice": choice})
    assert kept.tool_choice == choice
    assert problems(beta.SessionUpdateEventSession, {"tool_choice": choice}) == [
        "tool_choice: expected string, got an object"
    ]
    assert problems(beta.SessionUpdateEventSession, {"tool_choice": 5}, strict=False) == [
        "tool_choice: expected string, got integer 5"
    ]
    assert problems(beta.SessionUpdateEventSession, {"temperature": 2.0, "turn_detection": {"eagerness": "eager"}}) == [
        'turn_detection.eagerness: expected one of low, medium, high, auto; got "eager"',
        "temperature: expected a number from 0.6 to 1.2, got 2.0",
    ]


def test_the_state_knows_the_session_in_effect_and_replay_prints_its_changes(tmp_path: Any) -> None:
    import copy
    import subprocess
    import sys
    from pathlib import Path

    assert ga.ConversationState().session is None
    state = ga.ConversationState()
    state.apply({"type": "session.created", "event_id": "e0"})  # no session: nothing to keep
    state.apply({"type": "session.created", "event_id": "e1", "session": SESSION})
    assert isinstance(state.session, ga.RealtimeSessionCreateResponse)
    assert state.session.to_dict() == SESSION
    changed = copy.deepcopy(SESSION)
    changed["audio"]["output"]["voice"] = {"id": "voice_1234"}
    changed["audio"]["input"]["turn_detection"] = None
    changed["tools"] = [{"type": "function", "name": "get_weather"}, {"type": "mcp", "server_label": "maps"}]
    typed = ga.SessionUpdatedEvent.from_dict({"type": "session.updated", "event_id": "e2", "session": changed})
    state.apply(typed)
    assert state.session == typed.session
    assert state.session is not typed.session  # a typed event's session is copied: the caller keeps theirs

    log = Path(tmp_path) / "session.jsonl"
    lines = [{"type": "session.created", "event_id": "e1", "session": SESSION}, typed.to_dict()]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "realtime_models", "replay", str(log)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[2:4] == [
        "session: model gpt-realtime-2025-08-28; voice marin; modalities audio; formats in audio/pcm, out audio/pcm; "
        "turn detection server_vad; tools none",
        "session changed (line 2): voice voice_1234; turn detection off; tools get_weather, maps",
    ]


_BUILD = """\
from realtime_models import ga

session = ga.RealtimeSessionCreateRequest(
    output_modalities=["audio"],
    model="gpt-realtime",
    instructions="Be brief.",
    audio=ga.RealtimeAudioConfig(
        input=ga.RealtimeAudioConfigInput(
            format=ga.AudioPCM(rate=24000),
            transcription=ga.AudioTranscription(model="gpt-4o-transcribe", language="en"),
            noise_reduction=ga.NoiseReduction(type="near_field"),
            turn_detection=ga.ServerVad(threshold=0.5, silence_duration_ms=500, idle_timeout_ms=None),
        ),
        output=ga.RealtimeAudioConfigOutput(format=ga.AudioPCMU(), voice="marin", speed=1.1),
    ),
    include=["item.input_audio_transcription.logprobs"],
    tracing="auto",
    tools=[
        ga.RealtimeFunctionTool(name="get_weather", description="The weather.", parameters={"type": "object"}),
        ga.RealtimeResponseCreateMcpTool(server_label="maps", server_url="https://maps.example", require_approval="never"),
    ],
    tool_choice=ga.ToolChoiceFunction(name="get_weather"),
    parallel_tool_calls=False,
    reasoning=ga.RealtimeReasoning(effort="low"),
    max_output_tokens="inf",
    truncation=ga.RealtimeTruncationRetentionRatio(retention_ratio=0.8),
    prompt=None,
)
print(session.to_json())
"""


@pytest.mark.skipif(__import__("importlib").util.find_spec("mypy") is None, reason="mypy is not installed")
def test_a_type_checker_accepts_a_session_built_keyword_by_keyword_and_refuses_mistakes(tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    good = Path(tmp_path) / "good.py"
    good.write_text(_BUILD)
    bad = Path(tmp_path) / "bad.py"
    bad.write_text(_BUILD.replace("instructions=", "instructons=").replace("speed=1.1", 'speed="fast"'))

    def mypy(program: Path) -> Any:
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)]
        return subprocess.run(command, capture_output=True, text=True, cwd=str(root), timeout=300)

    assert mypy(good).returncode == 0, mypy(good).stdout
    result = mypy(bad)
    assert result.returncode == 1
    assert 'Unexpected keyword argument "instructons"' in result.stdout
    assert 'Argument "speed" to "RealtimeAudioConfigOutput" has incompatible type "str"' in result.stdout
    run = subprocess.run([sys.executable, str(good)], capture_output=True, text=True, cwd=str(root), check=True)
    written = json.loads(run.stdout)
    assert written["type"] == "realtime"
    assert ga.RealtimeSessionRequest.from_dict(written, strict=True).to_dict() == written
