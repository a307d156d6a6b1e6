"""The folder works wherever it is dropped, with nothing but the standard library."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import realtime_models

from .payloads import RESPONSE_DONE

PACKAGE = Path(realtime_models.__file__).parent
ROUND_TRIP = """
import json, sys
payload = json.loads(sys.stdin.read())
r = {name}.RealtimeResponse.from_json(json.dumps(payload), strict=True)
assert r.to_dict() == payload, r.to_dict()
assert {name}.RealtimeResponse.from_dict(r.to_dict()) == r
print(type(r).__module__)
"""


def run(args: list, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    env = {"PATH": os.environ.get("PATH", "")}
    return subprocess.run(args, cwd=str(cwd), input=stdin, capture_output=True, text=True, env=env, timeout=60)


def test_vendored_copy_imports_under_another_name(tmp_path: Path) -> None:
    vendor = tmp_path / "myapp" / "_vendor"
    shutil.copytree(PACKAGE, vendor / "realtime_models", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "myapp" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    code = (
        "import sys; sys.path.insert(0, %r)\n" % str(tmp_path)
        + "from myapp._vendor import realtime_models as vendored\n"
        + ROUND_TRIP.format(name="vendored")
        + "assert 'realtime_models' not in sys.modules, 'the vendored copy imported the original'\n"
    )
    result = run([sys.executable, "-S", "-I", "-c", code], tmp_path, json.dumps(RESPONSE_DONE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "myapp._vendor.realtime_models.beta.response"


def test_works_without_site_packages_or_environment() -> None:
    code = "import sys; sys.path.insert(0, %r)\nimport realtime_models\n" % str(PACKAGE.parent) + ROUND_TRIP.format(
        name="realtime_models"
    )
    result = run([sys.executable, "-S", "-I", "-c", code], PACKAGE.parent, json.dumps(RESPONSE_DONE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "realtime_models.beta.response"


def test_relative_imports_only_and_standard_library_only() -> None:
    stdlib = {
        "__future__",
        "collections",
        "contextlib",
        "copy",
        "operator",
        "dataclasses",
        "enum",
        "importlib",
        "abc",
        "json",
        "re",
        "binascii",
        "itertools",
        "types",
        "typing",
        "argparse",
        "io",
        "os",
        "sys",
        "time",
    }
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: inside the package
                    continue
                names = [(node.module or "").split(".")[0]]
            else:
                continue
            for name in names:
                assert name != "realtime_models", "%s imports the package by name" % source.name
                assert name in stdlib, "%s imports %s" % (source.name, name)


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    code = (
        "import sys; sys.path.insert(0, %r)\n" % str(PACKAGE.parent)
        + "before = set(sys.modules)\n"
        + "import realtime_models\n"
        + "new = sorted(set(sys.modules) - before)\n"
        + "print(' '.join(new))\n"
    )
    result = run([sys.executable, "-S", "-I", "-B", "-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    new = result.stdout.split()
    ours = [m for m in new if m.startswith("realtime_models")]
    assert "realtime_models" in ours
    assert "json" not in new, "json is imported only when JSON text is read or written"
    assert "typing" not in new, "typing is for type checkers: importing it costs more than the package"
    assert "dataclasses" not in new, "dataclasses (which imports inspect) loads when its functions are used"
    # a bare import loads no namespace, no model and no command: they load on first use
    assert sorted(ours) == [
        "realtime_models",
        "realtime_models._core",
        "realtime_models._core.lazy",
        "realtime_models._core.unset",
        "realtime_models.errors",
    ]
    assert list(tmp_path.iterdir()) == [], "importing wrote files"


@pytest.mark.parametrize("namespace", ["ga", "beta"])
def test_a_namespace_loads_its_events_and_its_fold_on_first_use(tmp_path: Path, namespace: str) -> None:
    code = (
        "import sys; sys.path.insert(0, %r)\n" % str(PACKAGE.parent)
        + "from realtime_models import %s as ns\n" % namespace
        + "def ours(): return sorted(m for m in sys.modules if m.startswith('realtime_models'))\n"
        + "print(' '.join(ours()))\n"
        + "ns.RealtimeServerEvent\n"
        + "print(' '.join(ours()))\n"
        + "ns.ConversationState\n"
        + "print(' '.join(ours()))\n"
    )
    result = run([sys.executable, "-S", "-I", "-B", "-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    bare, with_events, with_fold = (set(line.split()) for line in result.stdout.splitlines())
    events, fold = "realtime_models.%s.server_events" % namespace, "realtime_models.%s.conversation" % namespace
    shared_events, shared_fold = "realtime_models._shared.server_events", "realtime_models._shared.fold"
    assert not {events, fold, shared_events, shared_fold} & bare
    # The events carry the typed session configuration; the client events, small beside the
    # server's, load with them (the namespace finds a name by loading its modules in turn).
    sessions = {"realtime_models.%s.session" % namespace, "realtime_models._shared.session"}
    sessions |= {"realtime_models.ga.tools"} if namespace == "ga" else set()
    clients = {"realtime_models.%s.client_events" % namespace, "realtime_models._shared.client_events"}
    expected = {events, shared_events, "realtime_models._shared.deltas", "realtime_models._core.readers"}
    expected |= sessions | clients
    assert with_events - bare == expected - bare
    state = {"realtime_models._shared.findings", "realtime_models._shared.live_client"}
    assert with_fold - with_events == {fold, shared_fold} | state


def test_ships_py_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


@pytest.mark.parametrize("namespace", ["ga", "beta"])
def test_a_client_that_only_sends_loads_no_server_event_and_no_fold(tmp_path: Path, namespace: str) -> None:
    code = (
        "import sys; sys.path.insert(0, %r)\n" % str(PACKAGE.parent)
        + "from realtime_models import %s as ns\n" % namespace
        + "ns.ResponseCreateEvent().to_json()\n"
        + "print(' '.join(sorted(m for m in sys.modules if m.startswith('realtime_models'))))\n"
    )
    result = run([sys.executable, "-S", "-I", "-B", "-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "realtime_models.%s.client_events" % namespace in loaded
    assert not {m for m in loaded if m.endswith(("server_events", "conversation", "fold"))}
