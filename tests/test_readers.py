"""The typed readers of the flat tier, each on its own: what it keeps, what it refuses and where.

The readers a session configuration needs are tested through a small model of their own, so
that the whole path (reader, key order, strict rules, the error's path) is what a user gets.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List

import pytest

from realtime_models import UNSET, ValidationError
from realtime_models._core.model import Model, field, model
from realtime_models._core.readers import (
    get_bool,
    get_int_or_inf,
    get_list_or_model,
    get_str,
    get_str_list,
    get_str_map,
    get_str_or_model,
)
from realtime_models._core.unset import Maybe

if TYPE_CHECKING:
    from realtime_models._core.checks import Errors


class Kind(str, Enum):
    AUTO = "auto"


@model
class Filter(Model):
    """A nested object of the test model: a tool filter or a voice id, say."""

    id: Maybe[str] = UNSET
    read_only: Maybe[bool] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.id = get_str(d, "id", errs)
        self.read_only = get_bool(d, "read_only", errs)


@model
class Settings(Model):
    """One field of each shape the session configuration has."""

    enabled: Maybe[bool] = UNSET
    limit: Maybe[Any] = UNSET
    names: Maybe[List[str]] = UNSET
    headers: Maybe[Dict[str, str]] = UNSET
    choice: Maybe[Any] = UNSET
    allowed: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)

    _nullable = ("choice",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.enabled = get_bool(d, "enabled", errs)
        self.limit = get_int_or_inf(d, "limit", errs)
        self.names = get_str_list(d, "names", errs)
        self.headers = get_str_map(d, "headers", errs)
        self.choice = get_str_or_model(d, "choice", Filter, strict, errs)
        self.allowed = get_list_or_model(d, "allowed", Filter, strict, errs)


def problems(data: Any, strict: bool = False) -> List[Any]:
    with pytest.raises(ValidationError) as info:
        Settings.from_dict(data, strict=strict)
    return [(p.path, p.message) for p in info.value.errors]


FULL = {
    "enabled": True,
    "limit": "inf",
    "names": ["a", "b"],
    "headers": {"Authorization": "Bearer x"},
    "choice": {"id": "v1", "read_only": False},
    "allowed": ["search"],
}


def test_every_shape_reads_and_writes_back_exactly() -> None:
    settings = Settings.from_dict(FULL, strict=True)
    assert settings.enabled is True
    assert settings.limit == "inf"
    assert settings.names == ["a", "b"]
    assert settings.headers == {"Authorization": "Bearer x"}
    assert settings.choice == Filter(id="v1", read_only=False)
    assert settings.allowed == ["search"]
    assert settings.to_dict() == FULL
    other = {"limit": 4096, "choice": "auto", "allowed": {"read_only": True}, "enabled": False}
    parsed = Settings.from_dict(other, strict=True)
    assert (parsed.limit, parsed.choice, parsed.allowed) == (4096, "auto", Filter(read_only=True))
    assert parsed.to_dict() == other
    assert list(parsed.to_dict()) == list(other)


def test_absent_null_and_a_value_stay_apart() -> None:
    empty = Settings.from_dict({})
    assert all(getattr(empty, name) is UNSET for name in ("enabled", "limit", "names", "headers", "choice"))
    nulls = Settings.from_dict(dict.fromkeys(FULL))
    assert all(getattr(nulls, name) is None for name in FULL)
    assert nulls.to_dict() == dict.fromkeys(FULL)
    # strict mode: null only where the class allows it (choice), or where any JSON value goes
    assert problems(dict.fromkeys(FULL), strict=True) == [
        (("enabled",), "expected boolean, got null"),
        (("names",), "expected array, got null"),
        (("headers",), "expected object, got null"),
    ]


def test_strict_null_messages_name_the_json_type_of_the_annotation() -> None:
    found = problems({"enabled": None, "names": None, "headers": None}, strict=True)
    assert found == [
        (("enabled",), "expected boolean, got null"),
        (("names",), "expected array, got null"),
        (("headers",), "expected object, got null"),
    ]


def test_wrong_types_are_reported_at_their_paths_all_at_once() -> None:
    found = problems(
        {
            "enabled": "yes",
            "limit": 1.5,
            "names": ["a", 2],
            "headers": {"a": 1},
            "choice": 5,
            "allowed": "search",
        }
    )
    assert found == [
        (("enabled",), 'expected boolean, got string "yes"'),
        (("limit",), 'expected integer or "inf", got number 1.5'),
        (("names", 1), "expected string, got integer 2"),
        (("headers", "a"), "expected string, got integer 1"),
        (("choice",), "expected string or object, got integer 5"),
        (("allowed",), 'expected array or object, got string "search"'),
    ]


def test_a_nested_object_reports_its_own_problems_under_its_key() -> None:
    found = problems({"choice": {"id": 1}, "allowed": {"read_only": "no"}})
    assert found == [
        (("choice", "id"), "expected string, got integer 1"),
        (("allowed", "read_only"), 'expected boolean, got string "no"'),
    ]
    assert problems({"choice": {"id": "v", "x": 1}}, strict=True) == [(("choice", "x"), "unknown key")]


def test_string_subclasses_and_other_mappings_become_plain_json() -> None:
    from types import MappingProxyType

    settings = Settings.from_dict(
        {"choice": Kind.AUTO, "names": [Kind.AUTO], "headers": MappingProxyType({"k": Kind.AUTO})}
    )
    assert type(settings.choice) is str
    assert settings.choice == "auto"
    assert [type(name) for name in settings.names] == [str]  # type: ignore[union-attr]
    assert settings.headers == {"k": "auto"}
    assert type(settings.headers["k"]) is str
    mapped = Settings.from_dict({"choice": MappingProxyType({"id": "v"}), "allowed": MappingProxyType({})})
    assert mapped.choice == Filter(id="v")
    assert mapped.allowed == Filter()
    assert Settings.from_dict({"allowed": []}).allowed == []


def test_booleans_are_not_integers_and_integers_are_not_booleans() -> None:
    assert problems({"enabled": 1}) == [(("enabled",), "expected boolean, got integer 1")]
    assert problems({"limit": True}) == [(("limit",), 'expected integer or "inf", got boolean true')]


def test_the_copies_share_nothing_with_the_input() -> None:
    data = {"names": ["a"], "headers": {"k": "v"}, "allowed": ["t"]}
    settings = Settings.from_dict(data)
    assert settings.names is not data["names"]
    assert settings.headers is not data["headers"]
    assert settings.allowed is not data["allowed"]


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_a_type_checker_refuses_a_reader_that_does_not_match_its_field(tmp_path: Path) -> None:
    program = tmp_path / "wrong_reader.py"
    program.write_text(
        "from typing import TYPE_CHECKING, Any, Dict\n"
        "from realtime_models import UNSET\n"
        "if TYPE_CHECKING:\n"
        "    from realtime_models._core.checks import Errors\n"
        "from realtime_models._core.model import Model, field, model\n"
        "from realtime_models._core.readers import get_bool, get_str\n"
        "from realtime_models._core.unset import Maybe\n\n\n"
        "@model\n"
        "class Wrong(Model):\n"
        "    enabled: Maybe[bool] = UNSET\n"
        "    name: Maybe[str] = UNSET\n"
        "    extra: Dict[str, Any] = field(default_factory=dict)\n\n"
        "    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:\n"
        "        self.enabled = get_str(d, 'enabled', errs)\n"
        "        self.name = get_bool(d, 'name', errs)\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        capture_output=True,
        text=True,
        cwd=str(root),
        timeout=300,
    )
    assert result.returncode == 1, result.stdout
    assert ":17: error: Incompatible types in assignment" in result.stdout
    assert ":18: error: Incompatible types in assignment" in result.stdout
