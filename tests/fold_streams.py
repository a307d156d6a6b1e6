"""What the server sends for a response, as a list of event dicts: the test side of the fold.

``response_events`` takes the final response (what ``response.done`` carries) and writes the
stream a server sends to build it, in either protocol, with each text, transcript and arguments
string cut where the caller says. The fold must give that final response back.
"""

from __future__ import annotations

import base64
import copy
import itertools
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence

__all__ = ["NAMES", "Ids", "response_events", "transcription_events", "user_item_events"]

NAMES = {
    "ga": {
        "text.delta": "response.output_text.delta",
        "text.done": "response.output_text.done",
        "transcript.delta": "response.output_audio_transcript.delta",
        "transcript.done": "response.output_audio_transcript.done",
        "audio.delta": "response.output_audio.delta",
        "audio.done": "response.output_audio.done",
        "added": "conversation.item.added",
    },
    "beta": {
        "text.delta": "response.text.delta",
        "text.done": "response.text.done",
        "transcript.delta": "response.audio_transcript.delta",
        "transcript.done": "response.audio_transcript.done",
        "audio.delta": "response.audio.delta",
        "audio.done": "response.audio.done",
        "added": "conversation.item.created",
    },
}

Cut = Callable[[str], List[str]]  # how a string is cut into deltas


class Ids:
    """Event ids, ``event_0001`` onward."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        return "event_%04d" % next(self._counter)


def _halves(text: str) -> List[str]:
    middle = len(text) // 2
    return [piece for piece in (text[:middle], text[middle:]) if piece]


def response_events(
    protocol: str,
    final: Dict[str, Any],
    ids: Ids,
    *,
    cut: Cut = _halves,
    previous_item_id: Optional[str] = None,
    audio_chunks: int = 2,
) -> List[Dict[str, Any]]:
    """The events that build ``final``, from ``response.created`` to ``response.done``."""
    names = NAMES[protocol]
    response_id = final["id"]
    in_conversation = final.get("conversation_id") is not None
    created = dict(final, status="in_progress", status_details=None, output=[], usage=None)
    events: List[Dict[str, Any]] = [{"event_id": ids(), "type": "response.created", "response": created}]
    previous = previous_item_id
    for index, item in enumerate(final["output"]):
        where = {"response_id": response_id, "item_id": item["id"], "output_index": index}
        started = _started(item)
        events.append(
            {"event_id": ids(), "type": "response.output_item.added", "response_id": response_id,
             "output_index": index, "item": started}
        )  # fmt: skip
        if in_conversation:
            events.append(
                {
                    "event_id": ids(),
                    "type": names["added"],
                    "previous_item_id": previous,
                    "item": copy.deepcopy(started),
                }
            )
        kind = item["type"]
        if kind == "message":
            for part_index, part in enumerate(item["content"]):
                events.extend(
                    _part_events(protocol, dict(where, content_index=part_index), part, ids, cut, audio_chunks)
                )
        elif kind in ("function_call", "mcp_call"):
            prefix = "response.function_call_arguments" if kind == "function_call" else "response.mcp_call_arguments"
            extra = {"call_id": item["call_id"]} if kind == "function_call" else {}
            for piece in cut(item["arguments"]):
                events.append({"event_id": ids(), "type": prefix + ".delta", **where, **extra, "delta": piece})
            done = {"event_id": ids(), "type": prefix + ".done", **where, **extra, "arguments": item["arguments"]}
            if kind == "function_call" and protocol == "ga":
                done["name"] = item["name"]
            events.append(done)
        if in_conversation and protocol == "ga":
            events.append(
                {"event_id": ids(), "type": "conversation.item.done", "previous_item_id": previous, "item": item}
            )
        events.append(
            {"event_id": ids(), "type": "response.output_item.done", "response_id": response_id,
             "output_index": index, "item": item}
        )  # fmt: skip
        previous = item["id"]
    events.append({"event_id": ids(), "type": "response.done", "response": final})
    return copy.deepcopy(events)


def _started(item: Dict[str, Any]) -> Dict[str, Any]:
    """An item as ``response.output_item.added`` announces it: no content, no arguments yet."""
    started = dict(item)
    if "status" in started:
        started["status"] = "in_progress"
    if item["type"] == "message":
        started["content"] = []
    if item["type"] in ("function_call", "mcp_call"):
        started["arguments"] = ""
    if item["type"] == "mcp_call":
        for key in ("output", "error"):
            started.pop(key, None)
    return started


def _part_events(
    protocol: str, where: Dict[str, Any], part: Dict[str, Any], ids: Ids, cut: Cut, audio_chunks: int
) -> Iterator[Dict[str, Any]]:
    names = NAMES[protocol]
    audio = part["type"] in ("audio", "output_audio")
    field = "transcript" if audio else "text"
    value = part.get(field, "")
    kind = "audio" if audio else "text"
    yield {"event_id": ids(), "type": "response.content_part.added", **where, "part": {"type": kind, field: ""}}
    if audio:
        for chunk in range(audio_chunks):
            sound = base64.b64encode(bytes([chunk % 256]) * 480).decode("ascii")
            yield {"event_id": ids(), "type": names["audio.delta"], **where, "delta": sound}
    for piece in cut(value):
        yield {"event_id": ids(), "type": names[field + ".delta"], **where, "delta": piece}
    if audio:
        yield {"event_id": ids(), "type": names["audio.done"], **where}
    yield {"event_id": ids(), "type": names[field + ".done"], **where, field: value}
    yield {"event_id": ids(), "type": "response.content_part.done", **where, "part": {"type": kind, field: value}}


def user_item_events(protocol: str, item_id: str, previous_item_id: Optional[str], ids: Ids) -> List[Dict[str, Any]]:
    """A spoken user turn committed to the conversation (its transcript not known yet)."""
    item: Dict[str, Any] = {"id": item_id, "type": "message", "status": "completed", "role": "user"}
    if protocol == "beta":
        item = {"id": item_id, "object": "realtime.item", "type": "message", "status": "completed", "role": "user"}
        item["content"] = [{"type": "input_audio", "transcript": None}]
    else:  # GA leaves the transcript out until the transcription completes
        item["content"] = [{"type": "input_audio"}]
    events = [
        {"event_id": ids(), "type": "input_audio_buffer.committed", "previous_item_id": previous_item_id,
         "item_id": item_id},
        {"event_id": ids(), "type": NAMES[protocol]["added"], "previous_item_id": previous_item_id, "item": item},
    ]  # fmt: skip
    if protocol == "ga":
        events.append(
            {"event_id": ids(), "type": "conversation.item.done", "previous_item_id": previous_item_id, "item": item}
        )
    return copy.deepcopy(events)


def transcription_events(
    protocol: str, item_id: str, transcript: str, ids: Ids, pieces: Sequence[str]
) -> List[Dict[str, Any]]:
    """The transcription of a user's audio: deltas, then the whole transcript."""
    events: List[Dict[str, Any]] = [
        {"event_id": ids(), "type": "conversation.item.input_audio_transcription.delta", "item_id": item_id,
         "content_index": 0, "delta": piece}
        for piece in pieces
    ]  # fmt: skip
    completed: Dict[str, Any] = {
        "event_id": ids(),
        "type": "conversation.item.input_audio_transcription.completed",
        "item_id": item_id,
        "content_index": 0,
        "transcript": transcript,
    }
    if protocol == "ga":
        completed["usage"] = {"type": "duration", "seconds": 1.5}
    events.append(completed)
    return events
