"""Instructions per call, counted by valgrind's callgrind: the converters against the floor and
against a git revision, in numbers that do not move with the machine's load.

    python benchmarks/instructions.py                   # needs valgrind on the PATH; a few minutes
    python benchmarks/instructions.py --baseline 56884db

Timings on a shared machine vary by up to 2x from one minute to the next; instruction counts are
the same from run to run. They are not time (a cache miss or a branch mispredicted costs more
than an instruction), so the timed benchmarks (run.py) stay the measure of the targets; this
script is for telling whether a change to the machinery removed work, and where the work is.

Each count is the difference between running a statement 2n and n times, divided by n, with
the same hash seed, so that the interpreter's start and the setup cancel out exactly. Every
call reads a fresh input, a copy from ``json.loads`` as a client parses each message once: its
keys are new strings, never the ones the package's code holds.

"checked" is the checked floor (``checked.py``): the cheapest converter of each payload that
keeps the whole contract.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

from run import baseline_folder

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

SETUP = """
import json, sys
sys.path[:0] = [{root!r}, {here!r}] + {extra!r}
import realtime_models as rm, realtime_models.ga as ga, realtime_models.beta as beta
from payloads import BETA_EVENTS, GA_EVENTS, GA_PAYLOADS, PAYLOADS, REVERSED
from run import floor_function
from checked import checked_floor
text = json.dumps({{**PAYLOADS, **REVERSED, **GA_PAYLOADS}}.get({label!r}) or
                  ({{**GA_EVENTS}} if {label!r}.startswith("GA ") else BETA_EVENTS)[{label!r}.split(" ", 1)[1]])
payload = json.loads(text)
pool = [json.loads(text) for _ in range({pool})]  # a fresh input for every call
cls = {cls}
model = cls.from_dict(payload)
floor = floor_function(model)
checked = checked_floor(model, payload, cls.from_dict)
assert checked(json.loads(text)) == model
{baseline}
"""

STATEMENTS = {
    "from_dict": "cls.from_dict(p)",
    "checked": "checked(p)",
    "floor": "floor(p)",
    "to_dict": "model.to_dict()",
}


def count(setup: str, statement: str, n: int) -> int:
    program = "%s\nfor p in pool[:%d]:\n    %s\n" % (setup, n, statement)
    # A fixed hash seed: with a random one, the setup's dicts collide differently in each run,
    # and the difference between two runs is not the statement's alone.
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr[-2000:])
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit("callgrind printed no count:\n" + result.stderr[-2000:])
    return int(found.group(1))


def per_call(setup: str, statement: str, n: int) -> float:
    return (count(setup, statement, 2 * n) - count(setup, statement, n)) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", metavar="REV", help="also count the package as it was at this revision")
    parser.add_argument("-n", type=int, default=500, help="calls per count (default 500)")
    parser.add_argument("--only", metavar="TEXT", help="count only the payloads whose label holds TEXT")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH")
    extra: List[str] = [baseline_folder(args.baseline)] if args.baseline else []
    labels = [
        ("created (0 items)", "rm.RealtimeResponse"),
        ("done (2 items)", "rm.RealtimeResponse"),
        ("done (12 items)", "rm.RealtimeResponse"),
        ("created, keys reversed", "rm.RealtimeResponse"),
        ("done (12 items), keys reversed", "rm.RealtimeResponse"),
        ("GA done (9 kinds)", "ga.RealtimeResponse"),
        ("GA done (12 items)", "ga.RealtimeResponse"),
        ("GA audio delta (4 KiB)", "ga.RealtimeServerEvent"),
        ("GA function-call arguments delta", "ga.RealtimeServerEvent"),
        ("GA audio transcript delta", "ga.RealtimeServerEvent"),
        ("GA speech_started", "ga.RealtimeServerEvent"),
        ("GA rate_limits.updated", "ga.RealtimeServerEvent"),
        ("GA session.updated", "ga.RealtimeServerEvent"),
        ("beta text delta", "beta.RealtimeServerEvent"),
    ]
    statements = dict(STATEMENTS)
    if args.baseline:
        statements["baseline from_dict"] = "base.from_dict(p)"
        statements["baseline to_dict"] = "base_model.to_dict()"
    print("CPython %s; instructions per call (callgrind), %d calls a count.\n" % (sys.version.split()[0], args.n))
    print("| payload | " + " | ".join(statements) + " | from_dict / checked | from_dict / floor |")
    print("|---" * (len(statements) + 3) + "|")
    for label, cls in labels:
        if args.only and args.only not in label:
            continue
        baseline = ""
        if args.baseline:  # the same public class of the package as it was at the revision
            base = "rm_baseline" + cls[2:] if cls.startswith("rm.") else "rm_baseline." + cls
            baseline = "import rm_baseline.ga, rm_baseline.beta\nbase = %s\nbase_model = base.from_dict(payload)" % base
        setup = SETUP.format(
            root=str(ROOT), here=str(HERE), extra=extra, label=label, cls=cls, baseline=baseline, pool=2 * args.n
        )
        counts: Dict[str, Optional[float]] = {}
        for name, statement in statements.items():
            counts[name] = per_call(setup, statement, args.n)
        cells = ["%.0f" % value if value is not None else "n/a" for value in counts.values()]
        ratios = [(counts["from_dict"] or 0.0) / (counts[name] or 1.0) for name in ("checked", "floor")]
        print("| %s | %s | %.2f | %.2f |" % (label, " | ".join(cells), *ratios), flush=True)


if __name__ == "__main__":
    main()
