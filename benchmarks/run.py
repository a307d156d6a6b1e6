"""Side-by-side benchmarks: realtime_models against the openai SDK's beta types and other libraries.

    python -m pip install -e ".[bench]"
    python benchmarks/run.py                    # a few minutes; --quick for a rough run
    python benchmarks/run.py --baseline v0.1    # also time the package as it was at a git revision

Every candidate is timed in the same process and the same run, interleaved round by round, so
that a noisy machine slows them all alike; the table shows medians and ratios. Peers that are not
installed are shown as n/a.

"floor" is the cheapest converter there can be for each payload: straight-line code generated
from the payload itself, ``object.__new__`` per object and one ``dict.get`` and one store per
field of the model, with no checks, no unknown keys and no key order. Its ratio is what
validation and bookkeeping cost. "checked" is the checked floor (``checked.py``): the cheapest
converter of the payload that keeps the whole contract; "dump floor" a straight-line dump of the
same model.

Every parse reads a fresh input, a copy from ``json.loads`` (from a pool, in turn), as a client
parses each message once: a payload parsed again and again would find its keys by identity.
``--baseline REV`` copies the package as it was at REV (it has relative imports only) and times
it beside the working tree, so that a change to the shared machinery is measured before and
after in one run.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import itertools
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the working tree's package, installed or not
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checked import checked_floor, dump_floor  # noqa: E402
from payloads import (  # noqa: E402
    BETA_CLIENT_EVENTS,
    BETA_EVENTS,
    GA_CLIENT_EVENTS,
    GA_EVENTS,
    GA_PAYLOADS,
    PAYLOADS,
    REVERSED,
)
from peers import Peers, load_peers  # noqa: E402

import realtime_models as rm  # noqa: E402
import realtime_models._core.model as rm_model  # noqa: E402
import realtime_models._shared.client_events as rm_clients  # noqa: E402
import realtime_models._shared.server_events as rm_events  # noqa: E402
import realtime_models.ga as rm_ga  # noqa: E402

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


POOL = 64  # fresh copies of each payload, parsed in turn


def fresh_copies(payload: Any) -> Callable[[], Any]:
    """A supplier of fresh copies of ``payload``, as ``json.loads`` makes them."""
    text = json.dumps(payload)
    return itertools.cycle([json.loads(text) for _ in range(POOL)]).__next__


def floor_builder(parsed: Any, payload: Dict[str, Any]) -> Callable[[], Any]:
    """The cheapest converter for ``payload``, whose parsed model is ``parsed``, on fresh copies."""
    floor = floor_function(parsed)
    fresh = fresh_copies(payload)
    return lambda: floor(fresh())


def checked_builder(parsed: Any, payload: Dict[str, Any], package: Callable[[Any], Any]) -> Callable[[], Any]:
    """The checked floor of ``payload``, on fresh copies."""
    floor = checked_floor(parsed, payload, package)
    fresh = fresh_copies(payload)
    return lambda: floor(fresh())


def floor_function(parsed: Any) -> Callable[[Dict[str, Any]], Any]:
    """The cheapest converter for the model graph of ``parsed``: generated straight-line code, one
    function per model class, ``object.__new__`` and one ``dict.get`` and one store per field.

    What each field holds is read off the parsed graph: a nested model is built by its class's
    function; where a list or a field holds models of several classes (a union: GA items, their
    content parts, server events), the class is looked up by ``type`` (and a message's ``role``)
    in a dict, the least any converter of a union does. Every other field, a value kept as JSON
    included (a session, a schema, metadata), is one get and one store: the floor shares those
    containers with its input, which the package's models never do (they copy them)."""
    fields: Dict[type, Dict[str, Tuple[str, set]]] = {}  # class -> field -> (shape, classes)

    def survey(model: Any) -> None:
        seen = fields.setdefault(type(model), {})
        for name in type(model)._field_names:
            value = getattr(model, name)
            if isinstance(value, rm_model.Model):
                shape, classes = "model", [value]
            elif type(value) is list and value and isinstance(value[0], rm_model.Model):
                shape, classes = "models", value
            else:
                continue  # one get and one store, unless another instance of the class holds a model here
            old = seen.get(name)
            seen[name] = (shape, (old[1] if old else set()) | {type(c) for c in classes})
            for child in classes:
                survey(child)

    survey(parsed)
    names: Dict[str, Any] = {"new": object.__new__}
    sources: List[str] = []

    unions: Dict[str, Dict[Any, str]] = {}

    def function_of(classes: set) -> str:
        """The floor function of a field's classes: a union member (a class with a ``_kind``) is
        always looked up by its kind, even when the payload holds one kind only."""
        if not all(hasattr(cls, "_kind") for cls in classes):
            (cls,) = classes
            return "floor_" + cls.__name__
        name = "floor_union_%d" % len(unions)
        unions[name] = {cls._kind: "floor_" + cls.__name__ for cls in classes}
        lines = ["def %s(d):" % name, "    k = d.get('type')"]
        if any(type(kind) is tuple for kind in unions[name]):  # GA messages: (type, role)
            lines += ["    if k == 'message':", "        k = ('message', d.get('role'))"]
        sources.append("\n".join(lines + ["    return %s_table[k](d)" % name, ""]))
        return name

    for cls, shapes in fields.items():
        lines = ["def floor_%s(d):" % cls.__name__, "    o = new(%s)" % cls.__name__]
        names[cls.__name__] = cls
        for field in cls._field_names:
            shape = shapes.get(field)
            if shape is None:
                lines.append("    o.%s = d.get(%r)" % (field, field))
            elif shape[0] == "model":
                lines += ["    x = d.get(%r)" % field, "    if x is not None:"]
                lines += ["        x = %s(x)" % function_of(shape[1]), "    o.%s = x" % field]
            else:
                lines += ["    x = d.get(%r)" % field, "    if x:", "        y = []", "        for e in x:"]
                lines += [
                    "            y.append(%s(e))" % function_of(shape[1]),
                    "        x = y",
                    "    o.%s = x" % field,
                ]
        sources.append("\n".join(lines + ["    return o", ""]))
    exec(compile("\n".join(sources), "<floor>", "exec"), names)
    for name, kinds in unions.items():  # the unions' tables, once the functions exist
        names[name + "_table"] = {kind: names[fn] for kind, fn in kinds.items()}
    top = "floor_" + type(parsed).__name__
    if isinstance(
        parsed, (rm_events.ServerEvent, rm_clients.ClientEvent)
    ):  # found by its type first, like any dispatcher
        table = {parsed.type: names[top]}
        return lambda d: table[d.get("type")](d)
    return names[top]  # type: ignore[no-any-return]


def baseline_folder(revision: str) -> str:
    """A temporary folder holding the package as it was at ``revision``, renamed ``rm_baseline``
    (it has relative imports only), so that it imports beside the working tree's."""
    folder = Path(tempfile.mkdtemp(prefix="rm-baseline-"))
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "realtime_models"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "realtime_models").rename(folder / "rm_baseline")
    return str(folder)


def load_baseline(revision: str) -> ModuleType:
    """The package as it was at ``revision``, imported under another name from a temporary copy."""
    sys.path.insert(0, baseline_folder(revision))
    import rm_baseline
    import rm_baseline.ga  # the GA namespace, reached as an attribute

    return rm_baseline


def speed(peers: Peers, baseline: Optional[ModuleType], rounds: int, batch: float) -> Dict[str, Timings]:
    results: Dict[str, Timings] = {}
    for label, payload in {**PAYLOADS, **REVERSED}.items():
        text = json.dumps(payload, separators=(",", ":"))
        ours = rm.RealtimeResponse.from_dict(payload)
        assert ours.to_dict() == payload
        assert list(ours.to_dict()) == list(payload)
        assert ours.to_json() == text
        fresh = fresh_copies(payload)
        candidates: Dict[str, Callable[[], Any]] = {
            "from_dict": lambda f=fresh: rm.RealtimeResponse.from_dict(f()),
            "from_dict strict": lambda f=fresh: rm.RealtimeResponse.from_dict(f(), strict=True),
            "to_dict": ours.to_dict,
            "from_json": lambda t=text: rm.RealtimeResponse.from_json(t),
            "to_json": ours.to_json,
            "floor": floor_builder(ours, payload),
            "checked": checked_builder(ours, payload, rm.RealtimeResponse.from_dict),
        }
        if baseline is not None:
            theirs = baseline.RealtimeResponse.from_dict(payload)
            candidates["baseline from_dict"] = lambda f=fresh: baseline.RealtimeResponse.from_dict(f())
            candidates["baseline to_dict"] = theirs.to_dict
        if label in PAYLOADS:
            candidates["dump floor"] = dump_floor(ours)
            candidates["asdict"] = lambda m=ours: dataclasses.asdict(m)
            candidates.update(peers.candidates(payload, fresh))
        results[label] = measure(candidates, rounds, batch)
    for label, payload in GA_PAYLOADS.items():
        text = json.dumps(payload, separators=(",", ":"))
        ours = rm_ga.RealtimeResponse.from_dict(payload, strict=True)
        assert ours.to_json() == text
        fresh = fresh_copies(payload)
        candidates = {
            "from_dict": lambda f=fresh: rm_ga.RealtimeResponse.from_dict(f()),
            "from_dict strict": lambda f=fresh: rm_ga.RealtimeResponse.from_dict(f(), strict=True),
            "to_dict": ours.to_dict,
            "from_json": lambda t=text: rm_ga.RealtimeResponse.from_json(t),
            "to_json": ours.to_json,
            "floor": floor_builder(ours, payload),
            "checked": checked_builder(ours, payload, rm_ga.RealtimeResponse.from_dict),
            "dump floor": dump_floor(ours),
        }
        if baseline is not None:
            base_ga = baseline.ga.RealtimeResponse
            theirs = base_ga.from_dict(payload)
            candidates["baseline from_dict"] = lambda f=fresh, c=base_ga: c.from_dict(f())
            candidates["baseline to_dict"] = theirs.to_dict
        candidates.update(peers.ga_candidates(payload, fresh))
        results[label] = measure(candidates, rounds, batch)
    return results


def events(peers: Peers, rounds: int, batch: float) -> Dict[str, Timings]:
    """Server events through each protocol's RealtimeServerEvent, and client events through its
    RealtimeClientEvent, beside each other: ours against json.loads, the floors, and the SDK's
    receive (server events) and validating paths."""
    import realtime_models.beta as rm_beta

    results: Dict[str, Timings] = {}
    for era, table_, namespace, response_cls in (
        ("GA", {**GA_EVENTS, **GA_CLIENT_EVENTS}, rm_ga, rm_ga.RealtimeResponse),
        ("beta", {**BETA_EVENTS, **BETA_CLIENT_EVENTS}, rm_beta, rm.RealtimeResponse),
    ):
        for label, event in table_.items():
            client = label.startswith("client ")
            base = namespace.RealtimeClientEvent if client else namespace.RealtimeServerEvent
            text = json.dumps(event, separators=(",", ":"))
            parsed = base.from_dict(event, strict=True)
            assert parsed.to_json() == text
            assert not isinstance(parsed, (namespace.UnknownServerEvent, namespace.UnknownClientEvent))
            fresh = fresh_copies(event)
            candidates: Dict[str, Callable[[], Any]] = {
                "event from_dict": lambda f=fresh, b=base: b.from_dict(f()),
                "event from_json": lambda t=text, b=base: b.from_json(t),
                "event to_dict": parsed.to_dict,
                "json.loads": lambda t=text: json.loads(t),
                "floor": floor_builder(parsed, event),
                "checked": checked_builder(parsed, event, base.from_dict),
                "dump floor": dump_floor(parsed),
            }
            if "response" in event and not client:
                responses = fresh_copies(event["response"])
                candidates["response from_dict"] = lambda r=responses, c=response_cls: c.from_dict(r())
            if client:  # what a client sends: the SDK validates it through its client-event union
                candidates.update(peers.client_event_candidates(event, ga=era == "GA", fresh=fresh))
            else:
                candidates.update(peers.event_candidates(event, ga=era == "GA", fresh=fresh))
            results["%s %s" % (era, label)] = measure(candidates, rounds, batch)
    return results


def event_table(results: Dict[str, Timings]) -> List[str]:
    columns = [
        ("event from_dict", "from_dict (the event union)"),
        ("event from_json", "from_json"),
        ("json.loads", "json.loads"),
        ("event to_dict", "to_dict"),
        ("checked", "checked floor"),
        ("floor", "floor"),
        ("dump floor", "dump floor"),
        ("sdk receive", "SDK receive path"),
        ("sdk validate", "SDK validating path"),
        ("sdk class validate", "SDK event class model_validate"),
    ]
    lines = [
        "| event | " + " | ".join(title for _, title in columns) + " | ratios |",
        "|---" * (len(columns) + 2) + "|",
    ]
    for label, t in results.items():
        cells = ["%.2f" % (t[key] * 1e6) if key in t else "n/a" for key, _ in columns]
        ratios = [
            "%.2fx checked" % (t["event from_dict"] / t["checked"]),
            "%.2fx floor" % (t["event from_dict"] / t["floor"]),
        ]
        if "sdk validate" in t:
            ratios.append("%.2fx SDK validating" % (t["event from_dict"] / t["sdk validate"]))
            if "sdk receive" in t:
                ratios.append("%.2fx SDK receive" % (t["event from_dict"] / t["sdk receive"]))
        if "delta" in label:
            ratios.append("from_json %.2fx json.loads" % (t["event from_json"] / t["json.loads"]))
        if "response from_dict" in t:
            ratios.append("%.2fx the response's from_dict" % (t["event from_dict"] / t["response from_dict"]))
        lines.append("| %s | %s | %s |" % (label, " | ".join(cells), "; ".join(ratios)))
    return lines


def wall_import(code: str, runs: int, path: Optional[str] = None) -> Optional[float]:
    """Median microseconds of ``code`` in a fresh interpreter, bytecode cached (a first run
    writes it): an import, or an import and a first use."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if path:
        env["PYTHONPATH"] = path
    program = "import time\nt = time.perf_counter()\n%s\nprint((time.perf_counter() - t) * 1e6)" % code
    command = [sys.executable, "-c", program]
    if subprocess.run(command, cwd=str(ROOT), env=env, capture_output=True).returncode != 0:
        return None
    times = [
        float(subprocess.run(command, cwd=str(ROOT), env=env, capture_output=True, text=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


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
    ("checked", "checked floor"),
    ("floor", "floor"),
    ("dump floor", "dump floor"),
    ("baseline from_dict", "baseline from_dict"),
    ("baseline to_dict", "baseline to_dict"),
    ("sdk validate", "SDK model_validate"),
    ("sdk dump", "SDK model_dump"),
    ("sdk receive", "SDK receive path"),
    ("msgspec convert", "msgspec convert"),
    ("msgspec to_builtins", "msgspec to_builtins"),
    ("mashumaro from_dict", "mashumaro from_dict"),
    ("mashumaro to_dict", "mashumaro to_dict"),
    ("asdict", "dataclasses.asdict"),
]

# (label, numerator, denominator, target, payloads): ratios of medians from the same run, worst
# payload of those named (all when None; "deltas": the delta events). "event ..." measures are
# over the server events, the others over the responses.
TARGETS = [
    ("beta from_dict / checked floor", "from_dict", "checked", 1.4, PAYLOADS),
    ("GA response from_dict / checked floor", "from_dict", "checked", 1.7, GA_PAYLOADS),
    ("delta event from_dict / checked floor", "event from_dict", "checked", 1.4, "deltas"),
    ("client event from_dict / checked floor", "event from_dict", "checked", None, "clients"),
    ("client event from_dict / SDK validating path", "event from_dict", "sdk validate", None, "clients"),
    ("beta from_dict / SDK (pydantic-core) model_validate", "from_dict", "sdk validate", 0.72, PAYLOADS),
    ("delta event from_dict / its SDK class's model_validate", "event from_dict", "sdk class validate", 0.55, "deltas"),
    ("to_dict / SDK model_dump(exclude_unset=True)", "to_dict", "sdk dump", 0.45, None),
    ("to_dict of the hot tier (beta responses) / a straight-line dump", "to_dict", "dump floor", 1.2, PAYLOADS),
    ("delta event to_dict / a straight-line dump", "event to_dict", "dump floor", 1.2, "deltas"),
    (
        "GA response to_dict (flat audio and MCP parts) / a straight-line dump",
        "to_dict",
        "dump floor",
        None,
        GA_PAYLOADS,
    ),
    ("from_dict (lenient) / no-check floor", "from_dict", "floor", 1.9, None),
    ("from_dict / SDK receive path", "from_dict", "sdk receive", None, PAYLOADS),
    ("delta event from_json / json.loads", "event from_json", "json.loads", None, "deltas"),
    ("from_dict / baseline, server order", "from_dict", "baseline from_dict", None, {**PAYLOADS, **GA_PAYLOADS}),
    ("to_dict / baseline, server order", "to_dict", "baseline to_dict", None, {**PAYLOADS, **GA_PAYLOADS}),
    ("from_dict / baseline, keys reversed", "from_dict", "baseline from_dict", None, REVERSED),
    ("to_dict / baseline, keys reversed", "to_dict", "baseline to_dict", None, REVERSED),
]


def _among(name: str, among: Any) -> bool:
    if among is None:
        return True
    if among == "deltas":
        return "delta" in name
    if among == "clients":
        return "client " in name
    return name in among


def table(results: Dict[str, Timings]) -> List[str]:
    present = [(key, title) for key, title in COLUMNS if any(key in t for t in results.values())]
    lines = ["| payload | " + " | ".join(title for _, title in present) + " |", "|---" * (len(present) + 1) + "|"]
    for label, timings in results.items():
        cells = ["%.1f" % (timings[key] * 1e6) if key in timings else "n/a" for key, _ in present]
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    return lines


def targets(
    results: Dict[str, Timings],
    event_results: Dict[str, Timings],
    imports: Tuple[Optional[float], Optional[float]],
    memory: Tuple[int, Optional[int]],
) -> List[str]:
    lines = ["| measure | target | worst payload | ratio | met |", "|---|---|---|---|---|"]
    for label, num, den, target, among in TARGETS:
        source = event_results if num.startswith("event") else results
        ratios = [
            (timings[num] / timings[den], name)
            for name, timings in source.items()
            if den in timings and _among(name, among)
        ]
        if not ratios:
            if target is not None:
                lines.append("| %s | <= %s | n/a | n/a | n/a |" % (label, target))
            continue
        ratio, worst = max(ratios)
        met = "-" if target is None else "yes" if ratio <= target else "**no**"
        bound = "-" if target is None else "<= %s" % target
        lines.append("| %s | %s | %s | %.2f | %s |" % (label, bound, worst, ratio, met))
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
    parser.add_argument("--baseline", metavar="REV", help="also time the package as it was at this git revision")
    args = parser.parse_args()
    rounds, batch, import_runs = (5, 0.02, 3) if args.quick else (21, 0.05, 11)

    peers = load_peers()
    baseline = load_baseline(args.baseline) if args.baseline else None
    results = speed(peers, baseline, rounds, batch)
    event_results = events(peers, rounds, batch)
    imports = (
        wall_import("import realtime_models", import_runs),
        wall_import(peers.sdk_import, import_runs) if peers.sdk else None,
    )
    line = json.dumps(GA_EVENTS["text delta"])
    first_event = "import realtime_models.ga as ga\nga.RealtimeServerEvent.from_json(%r)" % line
    everything = "import realtime_models, realtime_models.ga, realtime_models.beta\n"
    everything += "realtime_models.ga.RealtimeServerEvent, realtime_models.beta.RealtimeServerEvent\n"
    everything += "realtime_models.ga.ConversationState, realtime_models.beta.ConversationState"
    more_imports = [
        ("import realtime_models.ga", wall_import("import realtime_models.ga", import_runs)),
        ("import realtime_models.ga, then one event parsed", wall_import(first_event, import_runs)),
        ("every class of the package: events and fold of both protocols", wall_import(everything, import_runs)),
    ]
    if baseline is not None:
        folder = str(Path(baseline.__file__).parent.parent)
        more_imports.append(("the baseline's import", wall_import("import rm_baseline", import_runs, folder)))
    big = PAYLOADS["done (100 items)"]
    memory = (retained_bytes(lambda: rm.RealtimeResponse.from_dict(big)), peers.retained(big, retained_bytes))

    print("CPython %s on %s; %s" % (platform.python_version(), platform.machine(), peers.versions()))
    if args.baseline:
        print("Baseline: the package at %s." % args.baseline)
    print("Median microseconds per call; %d interleaved rounds.\n" % rounds)
    print("\n".join(table(results)))
    print()
    print("\n".join(targets(results, event_results, imports, memory)))
    print()
    print("\n".join(event_table(event_results)))
    print()
    print("| import, fresh interpreter, bytecode cached | ms | / SDK realtime types |")
    print("|---|---|---|")
    for label, value in [
        ("import realtime_models", imports[0]),
        *more_imports,
        ("SDK: " + peers.sdk_import, imports[1]),
    ]:
        if value is not None:
            ratio = "%.3f" % (value / imports[1]) if imports[1] else "n/a"
            print("| %s | %.1f | %s |" % (label, value / 1000, ratio))


if __name__ == "__main__":
    main()
