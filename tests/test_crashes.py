"""Inputs that once crashed the interpreter instead of raising, each run in a child process: an
abort or a segfault there fails the test, not the test run.

JSON text nested deep enough makes the C scanner recurse past what the thread's stack or the
interpreter can take: in a thread with a small stack, under a raised recursion limit, or (CPython
3.8) while the garbage collector runs Python code at the recursion limit. The package refuses
such text before it reaches ``json``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ENTRY_POINTS = """
import json
from realtime_models import ValidationError, ga, beta
deep = "[" * 100000
deep_object = '{"a":' * 50000
def applied(state, text):  # the fold records what does not validate, with its problems
    assert state.apply(text) is None
    raise state.oddities[-1].error
entries = [
    lambda: ga.RealtimeResponse.from_json(deep),
    lambda: ga.RealtimeServerEvent.from_json(deep_object),
    lambda: beta.RealtimeServerEvent.from_json(deep.encode("utf-16")),
    lambda: applied(ga.ConversationState(), deep),
    lambda: applied(beta.ConversationState(), deep_object.encode()),
]
for entry in entries:
    try:
        entry()
    except ValidationError as e:
        print(e.errors[0].message)
# the deepest text json is given parses in the same place: the model then judges it
try:
    ga.RealtimeResponse.from_json('{"x":' + "[" * 331 + "]" * 331 + "}")
except ValidationError as e:
    print(e.errors[0].message)
print("done")
"""


def run(prelude: str, body: str = ENTRY_POINTS) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    return subprocess.run(
        [sys.executable, "-c", prelude + body],
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_refused_everywhere(result: subprocess.CompletedProcess) -> None:  # type: ignore[type-arg]
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    lines = result.stdout.splitlines()
    assert lines == ["invalid JSON: nested deeper than 332 levels"] * 5 + ["nested deeper than 300 levels", "done"]


def test_a_garbage_collector_callback_at_the_recursion_limit() -> None:
    # CPython 3.8 aborts ("Cannot recover from stack overflow") when Python code runs from the
    # collector while the scanner sits at the recursion limit; Hypothesis installs such a callback.
    prelude = "import gc\ngc.callbacks.append(lambda phase, info: len(info))\ngc.set_threshold(1)\n"
    assert_refused_everywhere(run(prelude))


@pytest.mark.parametrize("stack", [64 * 1024, 128 * 1024, 256 * 1024, 1024 * 1024])
def test_a_thread_with_a_small_stack(stack: int) -> None:
    body = "import threading\nthreading.stack_size(%d)\n" % stack
    body += "def work():\n" + "".join("    " + line + "\n" for line in ENTRY_POINTS.strip().splitlines())
    body += "thread = threading.Thread(target=work)\nthread.start()\nthread.join()\n"
    assert_refused_everywhere(run("", body))


def test_a_recursion_limit_raised_high() -> None:
    assert_refused_everywhere(run("import sys\nsys.setrecursionlimit(100000)\n"))


def test_a_recursion_limit_set_low_is_a_validation_error_too() -> None:
    body = (
        "import sys\nfrom realtime_models import ValidationError, ga\nsys.setrecursionlimit(120)\n"
        "try:\n    ga.RealtimeResponse.from_json('{\"x\":' + '[' * 200 + ']' * 200 + '}')\n"
        "except ValidationError as e:\n    print(e.errors[0].message)\n"
    )
    result = run("", body)
    assert result.returncode == 0, result.stderr[-2000:]
    if sys.version_info < (3, 12):  # json spends the recursion limit a level
        assert result.stdout == "invalid JSON: nested too deeply to decode\n"
    else:  # 3.12 on: a C recursion limit of its own, far above 200 levels; the model takes it
        assert result.stdout == ""
