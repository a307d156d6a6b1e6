"""The checked floor: the cheapest converter of a payload that keeps the package's whole contract.

The no-check floor (``run.floor_function``) stores one ``dict.get`` per field and checks nothing.
The checked floor does what the contract asks, and nothing more, for the shapes one payload
holds: it is generated, straight-line code, one function per model class, from the payload and
the model the package made of it.

- **Unknown keys, absent and null, key order.** Each object's key tuple is compared, once, with
  the tuples that class met in the payload; on a match the values are unpacked from
  ``d.values()`` in that order, the absent fields are set to ``UNSET`` with no lookup, ``extra``
  is empty and the model keeps what the package kept for that order.
- **Types.** Each value gets one exact-type test of what the payload held there (``str``, an
  ``int`` within the package's integer limits, a finite ``float``, a bool, ``null``), and arrays
  and maps of strings are checked item by item and copied, as the package copies every JSON
  container it keeps. A value kept as JSON (a schema, say) goes through the package's own copy,
  which checks it is JSON.
- **Unions** are found by kind (``type``, and a GA message's ``role``) in a dict.
- **Anything else** (another key tuple, another type, a kind the payload did not hold) falls back
  to the package, so that the floor is correct on every input: its models equal the package's.

It is a floor, not a converter: it knows each payload's shapes in advance, which no converter of
the API can. ``check`` runs it against the package on perturbed copies of the payload.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any, Callable, Dict, List, Set, Tuple

from realtime_models._core.checks import INT_LIMIT, INT_MIN, copy_json
from realtime_models._core.model import Model, _children_of
from realtime_models._core.unset import UNSET
from realtime_models._shared.client_events import ClientEvent
from realtime_models._shared.server_events import ServerEvent

__all__ = ["check", "checked_floor", "dump_floor"]


class _Fallback(Exception):
    """Raised inside the floor where the payload leaves the shapes it was generated for."""


def _test(value: Any, name: str) -> str:
    """The exact-type test of a scalar like ``value``, on the local ``name``."""
    if value is None:
        return "%s is None" % name
    if value is True or value is False:
        return "(%s is True or %s is False)" % (name, name)
    if type(value) is str:
        return "type(%s) is str" % name
    if type(value) is int:
        return "(type(%s) is int and INT_MIN < %s < INT_LIMIT)" % (name, name)
    if type(value) is float:
        return "(type(%s) is float and %s - %s == 0.0)" % (name, name, name)
    raise TypeError(value)


class _Generator:
    def __init__(self) -> None:
        # class -> key tuple -> field -> what the field held: "scalar" tests, or ("model", classes)
        self.shapes: Dict[type, Dict[Tuple[str, ...], Dict[str, Any]]] = {}
        self.orders: Dict[Tuple[type, Tuple[str, ...]], Any] = {}
        self.names: Dict[str, Any] = {
            "new": object.__new__,
            "UNSET": UNSET,
            "INT_MIN": INT_MIN,
            "INT_LIMIT": INT_LIMIT,
            "copy_json": copy_json,
            "Fallback": _Fallback,
        }
        self.sources: List[str] = []
        self.unions: Dict[str, Dict[Any, str]] = {}

    def survey(self, model: Model, data: Dict[str, Any]) -> None:
        cls = type(model)
        keys = tuple(data)
        fields = self.shapes.setdefault(cls, {}).setdefault(keys, {})
        self.orders[cls, keys] = model._order
        for name in cls._field_names:
            if name not in data:
                continue
            value, raw = getattr(model, name), data[name]
            held = fields.setdefault(name, {"tests": set(), "classes": set(), "kind": None})
            if isinstance(value, Model):
                held["kind"] = "model"
                held["classes"].add(type(value))
                self.survey(value, raw)
            elif type(value) is list and value and isinstance(value[0], Model):
                held["kind"] = "models"
                for child, child_raw in zip(value, raw):
                    held["classes"].add(type(child))
                    self.survey(child, child_raw)
            elif raw == [] and name in _children_of(cls):
                held["kind"] = held["kind"] or "no models"
            elif type(raw) is list and all(type(e) is str for e in raw):
                held["tests"].add("strs")
            elif type(raw) is dict and all(type(e) is str for e in raw.values()) and raw:
                held["tests"].add("strmap")
            elif type(raw) in (list, dict):
                held["tests"].add("json " + type(raw).__name__)
            else:
                held["tests"].add(_test(raw, "{v}"))

    def function_of(self, classes: Set[type]) -> str:
        if not all(hasattr(cls, "_kind") for cls in classes):
            (cls,) = classes
            return "floor_" + cls.__name__
        name = "union_%d" % len(self.unions)
        self.unions[name] = {cls._kind: "floor_" + cls.__name__ for cls in classes}
        lines = ["def %s(d):" % name, "    if type(d) is not dict:", "        raise Fallback"]
        lines.append("    k = d.get('type')")
        if any(type(kind) is tuple for kind in self.unions[name]):  # GA messages: (type, role)
            lines += [
                "    if k == 'message':",
                "        r = d.get('role')",
                "        k = ('message', r) if type(r) is str else None",
            ]
        lines += ["    f = %s_table.get(k) if type(k) is str or type(k) is tuple else None" % name]
        lines += ["    if f is None:", "        raise Fallback", "    return f(d)", ""]
        self.sources.append("\n".join(lines))
        return name

    def generate(self, cls: type) -> None:
        self.names[cls.__name__] = cls
        lines = ["def floor_%s(d):" % cls.__name__, "    if type(d) is not dict:", "        raise Fallback"]
        lines.append("    keys = tuple(d)")
        for n, (keys, fields) in enumerate(self.shapes[cls].items()):
            order = "order_%s_%d" % (cls.__name__, n)
            shape = "shape_%s_%d" % (cls.__name__, n)
            self.names[order] = self.orders[cls, keys]
            self.names[shape] = keys
            locals_ = ["v%d" % i for i in range(len(keys))]
            lines.append("    if keys == %s:" % shape)
            if len(keys) == 1:
                lines.append("        %s, = d.values()" % locals_[0])
            elif keys:
                lines.append("        %s = d.values()" % ", ".join(locals_))
            lines.append("        o = new(%s)" % cls.__name__)
            for name in cls._field_names:  # type: ignore[attr-defined]
                if name not in keys:
                    lines.append("        o.%s = UNSET" % name)
                    continue
                v = locals_[keys.index(name)]
                held = fields[name]
                if held["kind"] == "model":
                    tests = " or ".join(sorted(t.replace("{v}", v) for t in held["tests"])) or "False"
                    lines += [
                        "        if not (%s):" % tests,
                        "            %s = %s(%s)" % (v, self.function_of(held["classes"]), v),
                    ]
                elif held["kind"] == "no models":  # an empty array of models, say output: []
                    lines += [
                        "        if type(%s) is not list or %s:" % (v, v),
                        "            raise Fallback",
                        "        %s = []" % v,
                    ]
                elif held["kind"] == "models":
                    fn = self.function_of(held["classes"])
                    lines += ["        if type(%s) is not list:" % v, "            raise Fallback"]
                    lines += [
                        "        y = []",
                        "        for e in %s:" % v,
                        "            y.append(%s(e))" % fn,
                        "        %s = y" % v,
                    ]
                else:
                    lines += self.value_lines(held["tests"], v)
                lines.append("        o.%s = %s" % (name, v))
            lines += ["        o.extra = {}", "        o._order = %s" % order, "        return o"]
        lines += ["    raise Fallback", ""]
        self.sources.append("\n".join(lines))

    @staticmethod
    def value_lines(tests: Set[str], v: str) -> List[str]:
        scalars = sorted(t.replace("{v}", v) for t in tests if t[0] in "(t{")
        lines: List[str] = []
        containers = sorted(t[5:] for t in tests if t.startswith("json "))
        if containers:  # a value kept as JSON: an object or an array, copied and checked by the package
            guard = " or ".join(["type(%s) is %s" % (v, c) for c in containers])
            lines += ["        if %s:" % guard, "            %s = copy_json(%s)" % (v, v)]
            lines += [
                "        elif not (%s):" % " or ".join(scalars) if scalars else "        else:",
                "            raise Fallback",
            ]
            return lines
        if "strs" in tests:
            guard = " or ".join(scalars)
            lines += ["        if type(%s) is list:" % v, "            for e in %s:" % v]
            lines += [
                "                if type(e) is not str:",
                "                    raise Fallback",
                "            %s = %s[:]" % (v, v),
            ]
            lines += ["        elif not (%s):" % guard if guard else "        else:", "            raise Fallback"]
            return lines
        if "strmap" in tests:
            guard = " or ".join(scalars)
            lines += ["        if type(%s) is dict:" % v, "            for e in %s.values():" % v]
            lines += [
                "                if type(e) is not str:",
                "                    raise Fallback",
                "            %s = dict(%s)" % (v, v),
            ]
            lines += ["        elif not (%s):" % guard if guard else "        else:", "            raise Fallback"]
            return lines
        lines += ["        if not (%s):" % " or ".join(scalars), "            raise Fallback"]
        return lines


def checked_floor(
    parsed: Model, payload: Dict[str, Any], package: Callable[[Dict[str, Any]], Any]
) -> Callable[[Dict[str, Any]], Any]:
    """The checked floor of ``payload``, whose model ``package`` (the package's converter, an
    event union's or a class's) parsed as ``parsed``."""
    gen = _Generator()
    gen.survey(parsed, payload)
    for cls in list(gen.shapes):
        gen.generate(cls)
    exec(compile("\n".join(gen.sources), "<checked floor>", "exec"), gen.names)
    for name, kinds in gen.unions.items():
        gen.names[name + "_table"] = {kind: gen.names[fn] for kind, fn in kinds.items()}
    top = gen.names["floor_" + type(parsed).__name__]
    if isinstance(parsed, (ServerEvent, ClientEvent)):  # an event is found by its type first, like any dispatcher
        table = {parsed.type: top}

        def floor_event(d: Dict[str, Any]) -> Any:
            try:
                kind = d.get("type") if type(d) is dict else None
                found = table.get(kind) if type(kind) is str else None
                if found is not None:
                    return found(d)
            except _Fallback:
                pass
            return package(d)

        return floor_event

    def floor(d: Dict[str, Any]) -> Any:
        try:
            return top(d)
        except _Fallback:
            return package(d)

    return floor


def _perturbed(value: Any, rng: random.Random) -> Any:
    """A copy of ``value`` with one thing changed: a value's type, a key dropped, added or moved."""
    value = copy.deepcopy(value)
    containers: List[Any] = []

    def walk(v: Any) -> None:
        if isinstance(v, (dict, list)):
            containers.append(v)
            for child in v.values() if isinstance(v, dict) else v:
                walk(child)

    walk(value)
    target = rng.choice(containers)
    if isinstance(target, list):
        if target:
            target[rng.randrange(len(target))] = rng.choice([None, 1, "x", 1.5, True, {}, []])
        else:
            target.append(rng.choice(["text", 1, None]))
        return value
    keys = list(target)
    action = rng.randrange(4)
    if action == 0 and keys:
        target[rng.choice(keys)] = rng.choice([None, 1, -1, 2**70, "x", 1.5, True, {}, [], ["a"], {"a": "b"}])
    elif action == 1 and keys:
        del target[rng.choice(keys)]
    elif action == 2:
        target["unknown_key"] = rng.choice([None, 1, "x"])
    elif keys:
        key = rng.choice(keys)
        moved = target.pop(key)
        target[key] = moved
    return value


def check(
    parsed: Model, payload: Dict[str, Any], package: Callable[[Dict[str, Any]], Any], count: int, seed: int = 0
) -> int:
    """Run the checked floor against the package on ``count`` perturbed copies of ``payload``:
    the same model, or the same error, every time. Returns how many copies were checked."""
    floor = checked_floor(parsed, payload, package)
    rng = random.Random(seed)
    text = json.dumps(payload)
    for _ in range(count):
        data = _perturbed(json.loads(text), rng)
        try:
            ours = package(data)
        except Exception as e:  # the floor must fail alike
            try:
                floor(data)
            except type(e):
                continue
            raise AssertionError("the floor accepted what the package refused: %r" % (data,)) from e
        theirs = floor(data)
        assert theirs == ours, data
        assert theirs.to_dict() == ours.to_dict(), data
        assert list(theirs.to_dict()) == list(ours.to_dict()), data
    return count


def dump_floor(parsed: Model) -> Callable[[], Dict[str, Any]]:
    """A straight-line dump of ``parsed``: one generated function per class, a dict display of
    the fields the payload set where every instance of the class set the same ones (else one
    test per field), nested models by their class's function (or a lookup by class where a
    field holds several), and arrays and maps copied as the package copies them. What to_dict
    would cost if it knew the payload in advance."""
    present: Dict[type, List[Tuple[str, ...]]] = {}
    instances: Dict[type, List[Model]] = {}

    def survey(model: Model) -> None:
        cls = type(model)
        instances.setdefault(cls, []).append(model)
        fields = tuple(model.to_dict())  # the fields set, in the order to_dict writes them
        shapes = present.setdefault(cls, [])
        if fields not in shapes:
            shapes.append(fields)
        for name in fields:
            value = getattr(model, name)
            for child in value if type(value) is list else [value]:
                if isinstance(child, Model):
                    survey(child)

    survey(parsed)

    def call(classes: Set[type], v: str) -> str:
        return "dump_%s(%s)" % (next(iter(classes)).__name__, v) if len(classes) == 1 else "dispatch(%s)" % v

    def value_of(cls: type, name: str) -> str:
        """How the field is written, by what the payload held there."""
        values = [getattr(m, name) for m in instances[cls]]
        v = "o.%s" % name
        models = {type(x) for x in values if isinstance(x, Model)}
        listed = {type(e) for x in values if type(x) is list for e in x if isinstance(e, Model)}
        if models:
            return "(None if %s is None else %s)" % (v, call(models, v))
        if listed:
            return "[%s for e in %s]" % (call(listed, "e"), v)
        if any(type(x) is list for x in values):
            strings = all(type(e) is str for x in values if type(x) is list for e in x)
            return "(None if %s is None else %s[:])" % (v, v) if strings else "copy_json(%s)" % v
        if any(type(x) is dict for x in values):
            return "(None if %s is None else dict(%s))" % (v, v)
        return v

    names: Dict[str, Any] = {"UNSET": UNSET, "copy_json": copy_json}
    sources = []
    for cls, shapes in present.items():
        lines = ["def dump_%s(o):" % cls.__name__]
        if len(shapes) == 1:
            lines.append("    return {%s}" % ", ".join("%r: %s" % (n, value_of(cls, n)) for n in shapes[0]))
        else:
            lines.append("    d = {}")
            for name in cls._wire:  # type: ignore[attr-defined]
                if any(name in shape for shape in shapes):
                    lines += ["    if o.%s is not UNSET:" % name, "        d[%r] = %s" % (name, value_of(cls, name))]
            lines.append("    return d")
        sources.append("\n".join(lines) + "\n")
    exec(compile("\n".join(sources), "<dump floor>", "exec"), names)
    table = {cls: names["dump_" + cls.__name__] for cls in present}
    names["dispatch"] = lambda model: table[type(model)](model)
    top = table[type(parsed)]
    assert top(parsed) == parsed.to_dict()
    assert json.dumps(top(parsed)) == json.dumps(parsed.to_dict())  # the same keys in the same order
    return lambda: top(parsed)
