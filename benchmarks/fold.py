"""The stream fold: a 10,000-event session read from JSON text into the final state.

    python benchmarks/fold.py            # --quick for a rough run
    python benchmarks/fold.py --baseline REV   # each delta's cost beside the package at a revision

Three loops over the same lines, timed in interleaved rounds in one process: ``json.loads`` of
each line (the bare floor of reading the log), each line parsed into its typed event without
folding (``RealtimeServerEvent.from_json``), and each line applied to a ``ConversationState``
(parsing included) with the state read at the end. The session is generated here: responses
whose audio transcript, text and audio arrive as deltas (the bulk of a real log), with the
events that frame them. A second table gives the cost of one delta (a transcript's, an audio
chunk's) applied on its own, from JSON text and typed; ``--baseline REV`` times the package as it
was at a git revision beside it, in the same rounds: what a change adds to the hot path, before
and after. A third table gives how the fold's cost grows with the events (N and 4N) where it once
grew as N squared.
"""

from __future__ import annotations

import argparse
import base64
import gc
import json
import platform
import statistics
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the working tree's package

from realtime_models import beta, ga

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run.py beside this file
from run import load_baseline

NAMES = {
    "ga": ("response.output_text", "response.output_audio_transcript", "response.output_audio", "output_"),
    "beta": ("response.text", "response.audio_transcript", "response.audio", ""),
}
WORDS = ("the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "by", "the", "train", "to", "Porto")


def session(protocol: str, events: int, audio_bytes: int) -> List[str]:
    """JSON lines of a session of ``events`` events or a few more: per response, an audio
    answer (transcript and audio deltas) and a text answer (text deltas)."""
    text, transcript, audio, prefix = NAMES[protocol]
    chunk = base64.b64encode(bytes(range(256)) * (audio_bytes // 256)).decode("ascii")
    lines: List[Dict[str, Any]] = []
    number = 0
    previous = None
    while len(lines) < events:
        number += 1
        rid, said, written = "resp_%d" % number, "item_A%d" % number, "item_T%d" % number
        lines.append({"type": "response.created", "response": {
            "object": "realtime.response", "id": rid, "status": "in_progress", "status_details": None,
            "output": [], "conversation_id": "conv_1", "usage": None, "metadata": None}})  # fmt: skip
        final_items = []
        for index, (item_id, kind) in enumerate(((said, "audio"), (written, "text"))):
            where = {"response_id": rid, "item_id": item_id, "output_index": index, "content_index": 0}
            item = {"id": item_id, "type": "message", "status": "in_progress", "role": "assistant", "content": []}
            lines.append(
                {"type": "response.output_item.added", "response_id": rid, "output_index": index, "item": item}
            )
            added = "conversation.item.added" if protocol == "ga" else "conversation.item.created"
            lines.append({"type": added, "previous_item_id": previous, "item": item})
            field = "transcript" if kind == "audio" else "text"
            lines.append({"type": "response.content_part.added", **where, "part": {"type": kind, field: ""}})
            pieces = [(" " if n else "") + WORDS[n % len(WORDS)] for n in range(120)]
            for n, piece in enumerate(pieces):
                lines.append({"type": (transcript if kind == "audio" else text) + ".delta", **where, "delta": piece})
                if kind == "audio" and audio_bytes and n % 2 == 0:
                    lines.append({"type": audio + ".delta", **where, "delta": chunk})
            value = "".join(pieces)
            if kind == "audio":
                lines.append({"type": audio + ".done", **where})
            lines.append({"type": (transcript if kind == "audio" else text) + ".done", **where, field: value})
            lines.append({"type": "response.content_part.done", **where, "part": {"type": kind, field: value}})
            final = dict(item, status="completed", content=[{"type": prefix + kind, field: value}])
            if protocol == "ga":
                lines.append({"type": "conversation.item.done", "previous_item_id": previous, "item": final})
            previous = item_id
            lines.append({"type": "response.output_item.done", "response_id": rid, "output_index": index,
                          "item": final})  # fmt: skip
            final_items.append(final)
        lines.append({"type": "response.done", "response": {
            "object": "realtime.response", "id": rid, "status": "completed", "status_details": {"type": "completed"},
            "output": final_items, "conversation_id": "conv_1",
            "usage": {"total_tokens": 500, "input_tokens": 200, "output_tokens": 300}, "metadata": None}})  # fmt: skip
    return [
        json.dumps({"event_id": "event_%06d" % n, **event}, separators=(",", ":")) for n, event in enumerate(lines, 1)
    ]


def measure(candidates: Dict[str, Callable[[], Any]], rounds: int) -> Dict[str, float]:
    samples: Dict[str, List[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            gc.collect()
            start = time.perf_counter()
            candidates[name]()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a rough picture")
    parser.add_argument("--events", type=int, default=10_000, help="events in the session (default 10,000)")
    parser.add_argument("--baseline", metavar="REV", help="also time each delta with the package as it was at REV")
    args = parser.parse_args()
    packages: Dict[str, Any] = {"this tree": sys.modules["realtime_models"]}
    if args.baseline:
        packages[args.baseline] = load_baseline(args.baseline)
    rounds = 5 if args.quick else 15
    print(
        "CPython %s on %s; median of %d interleaved rounds.\n" % (platform.python_version(), platform.machine(), rounds)
    )
    print("| session | events | json.loads loop ms | parse only ms | fold ms | fold / json.loads | fold / parse |")
    print("|---|---|---|---|---|---|---|")
    delta_rows = []
    for protocol, namespace in (("ga", ga), ("beta", beta)):
        for audio_bytes in (2048, 0):
            lines = session(protocol, args.events, audio_bytes)  # 0: no audio, the worst case for the ratios
            parse = namespace.RealtimeServerEvent.from_json

            def loads_loop(lines: List[str] = lines) -> None:
                for line in lines:
                    json.loads(line)

            def parse_loop(lines: List[str] = lines, parse: Any = parse) -> None:
                for line in lines:
                    parse(line)

            def fold_loop(lines: List[str] = lines, namespace: Any = namespace) -> None:
                state = namespace.ConversationState()
                apply = state.apply
                for line in lines:
                    apply(line)
                assert not state.disagreements
                assert not state.oddities, state.oddities[:3]
                state.items, state.responses  # noqa: B018  (reading the final state)

            t = measure({"loads": loads_loop, "parse": parse_loop, "fold": fold_loop}, rounds)
            label = "%s, %s" % (protocol, "audio chunks of %d bytes" % audio_bytes if audio_bytes else "no audio")
            print(
                "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f |"
                % (label, len(lines), t["loads"] * 1e3, t["parse"] * 1e3, t["fold"] * 1e3,
                   t["fold"] / t["loads"], t["fold"] / t["parse"])
            )  # fmt: skip
        for kind in DELTAS:
            delta_rows.extend(delta_cost(protocol, packages, kind, rounds))
    print()
    print("| one delta | package | json.loads µs | from_json µs | apply(JSON text) µs | apply(typed event) µs |")
    print("|---|---|---|---|---|---|")
    for row in delta_rows:
        print(row)
    print()
    print("| growth (GA), N events and 4N | N | N ms | 4N ms | 4N / N (linear: 4) |")
    print("|---|---|---|---|---|")
    for label, build in SCALING:
        small, large = build(1000), build(4000)
        t = measure({"small": partial(fold_all, small), "large": partial(fold_all, large)}, max(3, rounds // 3))
        print(
            "| %s | 1000 | %.1f | %.1f | %.1f |" % (label, t["small"] * 1e3, t["large"] * 1e3, t["large"] / t["small"])
        )


def fold_all(events: List[Dict[str, Any]]) -> None:
    state = ga.ConversationState()
    for event in events:
        state.apply(event)
    state.items, state.responses  # noqa: B018  (reading the final state)


def _message(item_id: str) -> Dict[str, Any]:
    return {"id": item_id, "object": "realtime.item", "type": "message", "role": "user", "content": []}


def one_response_of_n_items(n: int) -> List[Dict[str, Any]]:
    """A response whose output has n items, each added and done."""
    events: List[Dict[str, Any]] = [
        {"event_id": "c", "type": "response.created", "response": {"id": "r", "status": "in_progress", "output": []}}
    ]
    for i in range(n):
        item = dict(_message("i%d" % i), role="assistant", status="completed")
        where = {"response_id": "r", "output_index": i, "item": item}
        events.append(dict(where, event_id="a%d" % i, type="response.output_item.added"))
        events.append(dict(where, event_id="d%d" % i, type="response.output_item.done"))
    return events


def items_inserted_before_the_last(n: int) -> List[Dict[str, Any]]:
    """n items, each put after the second-to-last one: an insertion in the middle every time."""
    events = [{"event_id": "f%d" % i, "type": "conversation.item.added", "item": _message("f%d" % i)} for i in (0, 1)]
    previous = "f0"
    for i in range(n):
        events.append(
            {"event_id": "e%d" % i, "type": "conversation.item.added", "previous_item_id": previous,
             "item": _message("m%d" % i)}
        )  # fmt: skip
        previous = "m%d" % i
    return events


def deltas_for_items_never_announced(n: int) -> List[Dict[str, Any]]:
    """n text deltas for items that never come, then 200 responses created and done."""
    events: List[Dict[str, Any]] = [
        {"event_id": "d%d" % i, "type": "response.output_text.delta", "response_id": "r", "item_id": "x%d" % i,
         "output_index": 0, "content_index": 0, "delta": "t"}
        for i in range(n)
    ]  # fmt: skip
    for i in range(200):
        response = {"id": "r%d" % i, "status": "in_progress", "output": []}
        events.append({"event_id": "c%d" % i, "type": "response.created", "response": response})
        events.append({"event_id": "e%d" % i, "type": "response.done", "response": dict(response, status="completed")})
    return events


SCALING = (
    ("one response, N output items", one_response_of_n_items),
    ("N items, each after the one before the last", items_inserted_before_the_last),
    ("N deltas for unannounced items, then 200 responses", deltas_for_items_never_announced),
)


DELTAS = {"transcript": 1, "audio": 2}  # which delta of the session: its text's words, or its audio


def delta_cost(protocol: str, packages: Dict[str, Any], kind: str, rounds: int) -> List[str]:
    """A delta's cost alone: 4,000 deltas into one open part, from JSON text (as a client gets
    them) and typed; with ``--baseline``, the package as it was beside the working tree's, in the
    same interleaved rounds."""
    lines = session(protocol, 40, 2048)
    opening = [json.loads(line) for line in lines[:4]]  # the response, its item (twice), the item's part
    delta = json.loads([line for line in lines if '.delta"' in line][DELTAS[kind] - 1])
    texts = [json.dumps(dict(delta, event_id="d%d" % n), separators=(",", ":")) for n in range(4_000)]
    candidates: Dict[str, Callable[[], Any]] = {"loads": partial(_loads_all, texts)}
    for label, package in packages.items():
        namespace = getattr(package, protocol)
        typed = [namespace.RealtimeServerEvent.from_json(text) for text in texts]
        candidates[label + " parse"] = partial(_parse_all, namespace.RealtimeServerEvent.from_json, texts)
        candidates[label + " text"] = partial(_apply_all, namespace.ConversationState, opening, texts)
        candidates[label + " typed"] = partial(_apply_all, namespace.ConversationState, opening, typed)
    t = measure(candidates, rounds)
    per = {name: value / len(texts) * 1e6 for name, value in t.items()}
    return [
        "| %s %s | %s | %.2f | %.2f | %.2f | %.2f |"
        % (protocol, kind, label, per["loads"], per[label + " parse"], per[label + " text"], per[label + " typed"])
        for label in packages
    ]


def _loads_all(texts: List[str]) -> None:
    for text in texts:
        json.loads(text)


def _parse_all(parse: Callable[[str], Any], texts: List[str]) -> None:
    for text in texts:
        parse(text)


def _apply_all(state_class: Any, opening: List[Dict[str, Any]], events: List[Any]) -> None:
    state = state_class()
    for event in opening:
        state.apply(event)
    apply = state.apply
    for event in events:
        apply(event)
    assert not state.oddities, state.oddities[:1]


if __name__ == "__main__":
    main()
