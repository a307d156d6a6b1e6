"""Side-by-side benchmarks: realtime_models against the openai SDK's beta types and other libraries.

    python -m pip install -e ".[bench]"
    python benchmarks/run.py            # about two minutes; --quick for a rough run

Every candidate is timed in the same process and the same run, interleaved round by round, so
that a noisy machine slows them all alike; the table shows medians and ratios. Peers that are not
installed are shown as n/a.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the working tree's package, installed or not
sys.path.insert(0, str(Path(__file__).resolve().parent))

from payloads import PAYLOADS  # noqa: E402
from peers import Peers, load_peers  # noqa: E402

import realtime_models as rm  # noqa: E402

Timings = Dict[str, float]


def calibrate(fn: Callable[[], Any], target: float) -> int:
    """How many calls take about ``target`` seconds."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= target / 4:
            return max(1, int(number * target / elapsed))
        number *= 4


def measure(candidates: Dict[str, Callable[[], Any]], rounds: int, batch: float) -> Timings:
    """Median seconds per call of each candidate, measured in interleaved rounds."""
    numbers = {name: calibrate(fn, batch) for name, fn in candidates.items()}
    samples: Dict[str, List[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:  # rotate who goes first
            fn, number = candidates[name], numbers[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(number):
                fn()
            samples[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def floor_builder(model: rm.RealtimeResponse) -> Callable[[], Any]:
    """The same object graph built by calling the constructors with literal values: the repr of a
    model is exactly that call, so compile it once and call it."""
    code = compile("lambda: " + repr(model), "<floor>", "eval")
    return eval(code, dict(vars(rm)))  # type: ignore[no-any-return]


def speed(peers: Peers, rounds: int, batch: float) -> Dict[str, Timings]:
    results: Dict[str, Timings] = {}
    for label, payload in PAYLOADS.items():
        text = json.dumps(payload)
        ours = rm.RealtimeResponse.from_dict(payload)
        assert ours.to_dict() == payload
        candidates: Dict[str, Callable[[], Any]] = {
            "from_dict": lambda p=payload: rm.RealtimeResponse.from_dict(p),
            "from_dict strict": lambda p=payload: rm.RealtimeResponse.from_dict(p, strict=True),
            "to_dict": ours.to_dict,
            "from_json": lambda t=text: rm.RealtimeResponse.from_json(t),
            "to_json": ours.to_json,
            "floor": floor_builder(ours),
            "asdict": lambda m=ours: dataclasses.asdict(m),
        }
        candidates.update(peers.candidates(payload))
        results[label] = measure(candidates, rounds, batch)
    return results


def import_time(statement: str, runs: int) -> Optional[float]:
    """Median microseconds that ``statement`` adds to a fresh interpreter, from -X importtime."""

    def top_level(stderr: str) -> Dict[str, int]:
        out: Dict[str, int] = {}
        for line in stderr.splitlines():
            parts = line.split("|")
            top_level_line = len(parts) == 3 and parts[2].startswith(" ") and not parts[2].startswith("  ")
            if top_level_line and parts[1].strip().isdigit():  # not the header line
                out[parts[2].strip()] = int(parts[1])
        return out

    def run(code: str) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
        return subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code], cwd=str(ROOT), capture_output=True, text=True
        )

    if run(statement).returncode != 0:
        return None
    totals = []
    for _ in range(runs):
        baseline = top_level(run("pass").stderr)
        after = top_level(run(statement).stderr)
        totals.append(sum(us for name, us in after.items() if name not in baseline))
    return statistics.median(totals)


def retained_bytes(parse: Callable[[], Any]) -> int:
    """Bytes a parsed object keeps alive (tracemalloc), median of five parses."""
    sizes = []
    for _ in range(5):
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = parse()
        gc.collect()
        sizes.append(tracemalloc.get_traced_memory()[0] - before)
        tracemalloc.stop()
        del kept
    return int(statistics.median(sizes))


COLUMNS = [
    ("from_dict", "ours from_dict"),
    ("from_dict strict", "ours strict"),
    ("to_dict", "ours to_dict"),
    ("from_json", "ours from_json"),
    ("to_json", "ours to_json"),
    ("floor", "floor"),
    ("sdk validate", "SDK model_validate"),
    ("sdk dump", "SDK model_dump"),
    ("sdk receive", "SDK receive path"),
    ("msgspec convert", "msgspec convert"),
    ("msgspec to_builtins", "msgspec to_builtins"),
    ("mashumaro from_dict", "mashumaro from_dict"),
    ("mashumaro to_dict", "mashumaro to_dict"),
    ("asdict", "dataclasses.asdict"),
]

# (label, numerator, denominator, target): ratios of medians from the same run.
TARGETS = [
    ("from_dict (lenient) / SDK model_validate", "from_dict", "sdk validate", 0.6),
    ("to_dict / SDK model_dump(exclude_unset=True)", "to_dict", "sdk dump", 0.4),
    ("from_dict (lenient) / the floor", "from_dict", "floor", 1.8),
    ("from_dict / SDK receive path", "from_dict", "sdk receive", 0.2),
]


def table(results: Dict[str, Timings]) -> List[str]:
    present = [(key, title) for key, title in COLUMNS if any(key in t for t in results.values())]
    lines = ["| payload | " + " | ".join(title for _, title in present) + " |", "|---" * (len(present) + 1) + "|"]
    for label, timings in results.items():
        cells = ["%.1f" % (timings[key] * 1e6) if key in timings else "n/a" for key, _ in present]
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    return lines


def targets(
    results: Dict[str, Timings], imports: Tuple[Optional[float], Optional[float]], memory: Tuple[int, Optional[int]]
) -> List[str]:
    lines = ["| measure | target | worst payload | ratio | met |", "|---|---|---|---|---|"]
    for label, num, den, target in TARGETS:
        ratios = [(timings[num] / timings[den], name) for name, timings in results.items() if den in timings]
        if not ratios:
            lines.append("| %s | <= %s | n/a | n/a | n/a |" % (label, target))
            continue
        ratio, worst = max(ratios)
        lines.append(
            "| %s | <= %s | %s | %.2f | %s |" % (label, target, worst, ratio, "yes" if ratio <= target else "**no**")
        )
    ours_import, sdk_import = imports
    if ours_import is not None and sdk_import:
        ratio = ours_import / sdk_import
        lines.append(
            "| import time / SDK realtime types (%.1f ms / %.0f ms) | <= 0.02 | - | %.3f | %s |"
            % (ours_import / 1000, sdk_import / 1000, ratio, "yes" if ratio <= 0.02 else "**no**")
        )
    ours_memory, sdk_memory = memory
    if sdk_memory:
        ratio = ours_memory / sdk_memory
        lines.append(
            "| memory per parsed response, 100 items (%.0f KiB / %.0f KiB) | <= 0.5 | - | %.2f | %s |"
            % (ours_memory / 1024, sdk_memory / 1024, ratio, "yes" if ratio <= 0.5 else "**no**")
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds: a rough picture")
    args = parser.parse_args()
    rounds, batch, import_runs = (5, 0.02, 3) if args.quick else (21, 0.05, 11)

    peers = load_peers()
    results = speed(peers, rounds, batch)
    imports = (
        import_time("import realtime_models", import_runs),
        import_time(peers.sdk_import, import_runs) if peers.sdk else None,
    )
    big = PAYLOADS["done (100 items)"]
    memory = (retained_bytes(lambda: rm.RealtimeResponse.from_dict(big)), peers.retained(big, retained_bytes))

    print("CPython %s on %s; %s" % (platform.python_version(), platform.machine(), peers.versions()))
    print("Median microseconds per call; %d interleaved rounds.\n" % rounds)
    print("\n".join(table(results)))
    print()
    print("\n".join(targets(results, imports, memory)))


if __name__ == "__main__":
    main()
