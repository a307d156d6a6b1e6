"""Differential tests against the official SDK (test-only; CI installs it on one Python, and
these are skipped where it is not installed): what the package writes, the SDK's
``model_validate`` accepts."""

from __future__ import annotations

import copy
from typing import Any, Callable, Dict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .property.strategies import model_class, payloads

openai = pytest.importorskip("openai")

from openai.types.beta.realtime import RealtimeClientEvent as BetaClientEvent  # noqa: E402
from openai.types.beta.realtime import session as beta_session  # noqa: E402
from openai.types.beta.realtime import session_update_event, transcription_session, transcription_session_update  # noqa: E402
from openai.types.realtime import RealtimeClientEvent as GAClientEvent  # noqa: E402
from openai.types.realtime import (  # noqa: E402
    RealtimeSessionCreateRequest,
    RealtimeSessionCreateResponse,
    RealtimeTranscriptionSessionCreateRequest,
    RealtimeTranscriptionSessionCreateResponse,
)


def _walk(value: Any, fix: Callable[[Dict[str, Any]], None]) -> Any:
    """``value`` with ``fix`` applied to every object in it, depth first."""
    if isinstance(value, dict):
        for child in value.values():
            _walk(child, fix)
        fix(value)
    elif isinstance(value, list):
        for child in value:
            _walk(child, fix)
    return value


def _ga_closed(data: Dict[str, Any]) -> None:
    """Where the package keeps an open string (policy 4) and the SDK a closed list: a value
    both know. Prompt variables: strings (the SDK types each value's objects)."""
    if "include" in data and isinstance(data["include"], list):
        data["include"] = ["item.input_audio_transcription.logprobs"] * min(1, len(data["include"]))
    if isinstance(data.get("variables"), dict):
        data["variables"] = dict.fromkeys(data["variables"], "v")


def _ga_server_closed(data: Dict[str, Any]) -> None:
    """The server's session: also a voice's name where the package keeps a custom voice object,
    as the live server sends one (policy 0; the SDK types the server's voice as a string)."""
    _ga_closed(data)
    if isinstance(data.get("voice"), dict):
        data["voice"] = "marin"


def _beta_closed(data: Dict[str, Any]) -> None:
    """Beta's SDK closes the session's and the transcription's ``model`` lists."""
    if "model" in data:
        data["model"] = "gpt-4o-realtime-preview"
    if isinstance(data.get("input_audio_transcription"), dict) and "model" in data["input_audio_transcription"]:
        data["input_audio_transcription"]["model"] = "whisper-1"


CASES = {
    "ga_session_request_realtime": (RealtimeSessionCreateRequest, _ga_closed),
    "ga_session_request_transcription": (RealtimeTranscriptionSessionCreateRequest, _ga_closed),
    "ga_session_realtime": (RealtimeSessionCreateResponse, _ga_server_closed),
    "ga_session_transcription": (RealtimeTranscriptionSessionCreateResponse, _ga_closed),
    "beta_session": (beta_session.Session, _beta_closed),
    "beta_session_update": (session_update_event.Session, _beta_closed),
    "beta_transcription_session_update": (transcription_session_update.Session, _beta_closed),
    "beta_transcription_session": (transcription_session.TranscriptionSession, _beta_closed),
}


@pytest.mark.parametrize("name", sorted(CASES))
@given(data=st.data())
def test_what_the_package_writes_the_sdk_accepts(name: str, data: st.DataObject) -> None:
    sdk_class, closed = CASES[name]
    payload = copy.deepcopy(data.draw(payloads(name, strict=True)))
    if closed is _beta_closed:
        closed(payload)
    else:
        _walk(payload, closed)
    if name == "beta_transcription_session":  # the SDK requires the REST-only client_secret (policy 7)
        payload.setdefault("client_secret", {"value": "ek_1", "expires_at": 1})
    written = model_class(name).from_dict(payload, strict=True).to_dict()
    assert written == payload
    sdk_class.model_validate(written)


def _ga_client_closed(data: Dict[str, Any]) -> None:
    """A client event's open strings the GA SDK closes (as for the sessions), and the item
    references of ``response.create``'s input, which its pydantic models lack (policy 5)."""
    _ga_closed(data)
    if isinstance(data.get("input"), list):
        data["input"] = [entry for entry in data["input"] if entry.get("type") != "item_reference"]
    if data.get("role") == "assistant" and isinstance(data.get("content"), list):
        for part in data["content"]:  # ga.md: "text" and "audio" are kept; the SDK's lists lack them
            if isinstance(part, dict) and part.get("type") in ("text", "audio"):
                part["type"] = "output_" + part["type"]


def _beta_client_closed(data: Dict[str, Any]) -> None:
    session = data.get("session")
    if isinstance(session, dict):
        _beta_closed(session)
    response = data.get("response")
    if isinstance(response, dict) and isinstance(response.get("input"), list):
        for entry in response["input"]:  # the SDK's item content type list lacks "audio"
            for part in entry.get("content") or []:
                if part.get("type") == "audio":
                    part["type"] = "input_audio"


@pytest.mark.parametrize("era", ["ga", "beta"])
@given(data=st.data())
def test_client_events_pass_the_sdk_and_the_sdk_s_dump_reads_back(era: str, data: st.DataObject) -> None:
    from pydantic import TypeAdapter

    import realtime_models.beta as beta
    import realtime_models.ga as ga

    namespace, sdk_union = (ga, GAClientEvent) if era == "ga" else (beta, BetaClientEvent)
    kind = data.draw(st.sampled_from(sorted(namespace.CLIENT_EVENTS)))
    payload = copy.deepcopy(data.draw(payloads("%s_client %s" % (era, kind), strict=True)))
    if era == "ga":
        _walk(payload, _ga_client_closed)
    else:
        _beta_client_closed(payload)
    written = namespace.RealtimeClientEvent.from_dict(payload, strict=True).to_dict()
    assert written == payload
    theirs = TypeAdapter(sdk_union).validate_python(written)
    dumped = theirs.model_dump(exclude_unset=True)
    assert namespace.RealtimeClientEvent.from_dict(dumped) == namespace.RealtimeClientEvent.from_dict(written)
