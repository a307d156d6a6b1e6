"""What every model shares: construction, equality, repr, copying, pickling, JSON text, validate().

A model class is a standard-library dataclass (``dataclasses.fields``, ``asdict`` and
``replace`` work on it) made by :func:`model`, which adds slots and installs the constructor,
``==`` and ``repr`` defined once here instead of having ``dataclass`` compile them from source
for every class: that compilation is most of what a class costs to import. ``dataclasses``
itself makes a class's fields the first time something asks for them, so that importing the
package does not import it (it imports ``inspect``, which costs more than the whole package).

``Model.from_dict`` is the parse of a flat class: its ``_read`` gets each field, and the rest is
done there once. A hot class's parse is its own ``from_dict``: it takes the key tuple once, and
in the branch of each shape the server sends (the class's ``_shapes``) unpacks the values by
position; where every one is of its exact type (not in strict mode), the branch builds the
object and returns. Anything else reads field by field into one error list. A union's base
(:class:`Dispatcher`) looks the kind up. Any input ends in a model or a :class:`ValidationError`;
``to_dict`` wraps each class's ``_dump``, so that a model that cannot be written says where, at
no cost to the path that succeeds.
"""

from __future__ import annotations

import sys
from operator import attrgetter

from ..errors import ValidationError, ValidationProblem
from .checks import (
    as_object,
    check_kind,
    check_required,
    check_strict,
    constant,
    copy_json,
    derive_rules,
    describe,
    is_sub,
    unreadable,
)
from .jsontext import loads
from .lazy import typing_names
from .order import MISSING, UNSEEN, key_order, template_of, without_missing
from .unset import UNSET

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, ClassVar, Dict, FrozenSet, List, Optional, Tuple, Type, TypeVar, Union

    from ..errors import Path
    from .checks import Errors, Rule

    _M = TypeVar("_M", bound="Model")
    _T = TypeVar("_T")
    _C = TypeVar("_C", bound=type)

_PACKAGE = __name__.rpartition("._core")[0] + "."  # the package's own modules (vendored: its new name)

__all__ = [
    "KIND_OF",
    "PARSERS",
    "ROUTES",
    "Dispatcher",
    "Model",
    "add_kinds",
    "field",
    "kind_table",
    "model",
    "put_extra",
    "set_kinds",
    "unknown_kind",
]

new_model = object.__new__  # builds a model without running __init__: parse functions set every slot

_STRING_SHOWN = 60  # characters of a long string that repr() shows before its length
_REPR_DEPTH = 12  # nesting levels repr() shows; deeper values are shown as [...] or {...}
_ITEMS_SHOWN = 10  # items of a list (entries of a dict) repr() shows before how many more there are


class Model:
    """Base of every model. Subclasses are made by :func:`model`."""

    # The template of the input's key order, when to_dict would not write that order by itself
    # (see the order module); None for the server's order and for models built in code.
    __slots__ = ("_order",)
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    # Set by model(): the fields in declaration order, all slots, the JSON keys the model knows.
    _field_names: ClassVar[Tuple[str, ...]]
    _slot_names: ClassVar[Tuple[str, ...]]
    _known: ClassVar[FrozenSet[str]]
    _values: ClassVar[Callable[[Any], Tuple[Any, ...]]]
    _orders: ClassVar[Dict[Tuple[str, ...], Optional[Dict[str, Any]]]]
    _field_types: ClassVar[Tuple[str, ...]]  # the annotations, as text
    # The order in which to_dict writes the keys: the order the server sends them in.
    _wire: ClassVar[Tuple[str, ...]]
    # Fields that hold models the annotations do not name: field -> (model class, holds a list).
    _children: ClassVar[Dict[str, Tuple[type, bool]]] = {}
    # The parse function: the class's own from_dict as a plain function (see __init_subclass__).
    _parse: ClassVar[Callable[..., Any]]
    # What strict mode checks, derived from the annotations when the class is defined: a class
    # states only its exceptions, the nulls it allows and what else it checks of a field.
    _rules: ClassVar[Tuple[Rule, ...]] = ()
    _nullable: ClassVar[Tuple[str, ...]] = ()
    _checks: ClassVar[Dict[str, Callable[..., None]]] = {}
    _required: ClassVar[Tuple[str, ...]] = ()
    # The `type` of an object that is no union's kind (strict mode checks it; written when built).
    _type: ClassVar[Optional[str]] = None
    # Unknown keys strict mode accepts all the same: an official example sends them.
    _allowed_extra: ClassVar[Tuple[str, ...]] = ()
    _order: Optional[Dict[str, Any]]
    extra: Dict[str, Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._slot_names
        if len(args) > len(names):
            raise TypeError("%s() takes at most %d positional arguments" % (type(self).__name__, len(names)))
        for name in names:
            object.__setattr__(self, name, UNSET)
        object.__setattr__(self, "extra", {})
        self._order = None
        for name, value in zip(names, args):
            object.__setattr__(self, name, value)
        for name, value in kwargs.items():
            if name not in self._known and name != "extra":
                raise TypeError("%s() got an unexpected keyword argument %r" % (type(self).__name__, name))
            if names.index(name) < len(args):
                raise TypeError("%s() got multiple values for argument %r" % (type(self).__name__, name))
            object.__setattr__(self, name, value)
        # A model built in code is a valid payload: what its class fixes (its kind's type and
        # role, its object) is written unless the caller says otherwise.
        given = names[: len(args)]
        for name, value in self._fixed():
            if name not in kwargs and name not in given:
                object.__setattr__(self, name, value)

    @classmethod
    def from_dict(cls: Type[_M], data: Any, strict: bool = False) -> _M:
        """Parse a model from the dict ``json.loads`` made of it; a subclass parses to itself.

        Lenient (the default) keeps unknown keys and any string in enum-like fields, accepts
        ``null`` in every field and numbers outside the documented ranges, and refuses only what
        the model cannot hold: a wrong JSON type, NaN or Infinity, something that is not JSON.
        ``strict=True`` also refuses unknown keys and values, ``null`` where the API never sends
        it, and values outside the documented limits.

        Raises :class:`~realtime_models.ValidationError` listing every problem, whatever the
        input; never anything else. ``data`` is not changed, and the model shares no mutable
        container with it. The order of its keys is kept for :meth:`to_dict`.
        """
        # The flat tier's parse (below); the hot models and the unions bring their own.
        return _parse_flat(cls, data, strict, KIND_OF.get(cls))  # type: ignore[no-any-return]

    def __init_subclass__(cls) -> None:
        # _parse is what dispatchers and parents call: the class's own from_dict as a plain
        # function. A class with a reader of its own and no from_dict of its own parses flat,
        # even below a union base whose from_dict dispatches.
        own = cls.__dict__.get("from_dict")
        if own is None and "_read" in cls.__dict__:
            own = Model.__dict__["from_dict"]
            cls.from_dict = own  # type: ignore[method-assign]
        if own is not None:
            cls._parse = own.__func__
        kind = cls.__dict__.get("_kind")
        if kind is not None:
            KIND_OF[cls] = kind
        routed = cls.__dict__.get("_routed")
        if routed is None:
            same = (base for base in cls.__mro__[1:] if getattr(base, "_parse", None) is cls._parse)
            found = next(same, None)
            routed = cls._parse if found is None else ROUTES[found]
        ROUTES[cls] = routed
        PARSERS[cls] = cls._parse if kind is not None else routed

    if TYPE_CHECKING:

        def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
            """The flat tier's reader: each field through its typed getter."""

    @classmethod
    def _fixed(cls) -> Tuple[Tuple[str, Any], ...]:
        """The values the class fixes, as (field, value): its kind's ``type`` (and a message
        kind's ``role``), or the ``type`` of an object that is no union's kind (``_type``), and
        its ``object``."""
        kind = KIND_OF.get(cls) or getattr(cls, "_type", None)
        fixed: List[Tuple[str, Any]] = []
        if type(kind) is str:
            fixed.append(("type", kind))
        elif kind is not None:
            fixed.extend(zip(("type", "role"), kind))
        obj = getattr(cls, "_object", None)
        if obj is not None:
            fixed.append(("object", obj))
        return tuple((name, value) for name, value in fixed if name in cls._known)

    @classmethod
    def from_json(cls: Type[_M], text: Union[str, bytes, bytearray], *, strict: bool = False) -> _M:
        """Parse JSON text (``str``, or UTF-8/16/32 ``bytes``); malformed text is a ValidationError."""
        return cls.from_dict(loads(text), strict=strict)

    def to_dict(self) -> Dict[str, Any]:
        """The model as a new JSON-ready dict, with the keys in the order they came in.

        A model that was not parsed writes its keys in the order the server sends them, then
        :attr:`extra`. What cannot be written (a dict where a model belongs, a value in
        :attr:`extra` that is not JSON or whose key names a field) raises ValidationError with
        its path. Wrong scalar types are written as they are: :meth:`validate` and a type
        checker find those.
        """
        try:
            return self._dump()
        except Exception as e:
            raise self._unwritable() from e

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """JSON text of :meth:`to_dict`: compact unless ``indent`` is given, ASCII-safe."""
        import json

        data = self.to_dict()
        try:
            if indent is None:
                return json.dumps(data, separators=(",", ":"), allow_nan=False)
            return json.dumps(data, indent=indent, allow_nan=False)
        except (ValueError, TypeError, RecursionError) as e:  # NaN, a set, ...: validate() says where
            raise self._unwritable() from e

    def validate(self, *, strict: bool = False) -> List[ValidationProblem]:
        """The problems of a model built in code, as ``from_dict`` would report them; ``[]`` if none.

        On top of what ``from_dict`` checks, a nested field must hold the right model class and
        ``extra`` must be a dict that does not repeat a known key.
        """
        errs: Errors = []
        data = _loose_dict(self, (), errs)
        try:
            type(self).from_dict(data, strict=strict)
        except ValidationError as e:
            errs.extend(e.errors)
        return errs

    def pformat(self, *, indent: int = 2) -> str:
        """A multi-line ``repr``: one field per line, nested models indented, long strings cut."""
        return _pretty(self, 0, indent)

    def _dump(self) -> Dict[str, Any]:
        """The model as a dict, driven by its wire order: what the flat tier uses; the hot
        models write their own, field by field."""
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        for name in self._wire:
            v = getattr(self, name)
            if v is UNSET:
                continue
            t = type(v)
            if t is str or t is int or t is bool or t is float or v is None:
                d[name] = v
            elif isinstance(v, Model):
                d[name] = v._dump()
            elif t is list:
                d[name] = [item._dump() if isinstance(item, Model) else copy_json(item) for item in v]
            else:
                d[name] = copy_json(v)
        if self.extra:
            put_extra(d, self.extra, self._known)
        return d if order is None else without_missing(d)

    def _unwritable(self) -> ValidationError:
        problems = self.validate()
        if not problems:  # pragma: no cover - validate() reports whatever _dump trips over
            problems = [ValidationProblem((), "cannot be written")]
        return ValidationError(problems)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = type(self)._values
        return values(self) == values(other)

    def __repr__(self) -> str:
        return _short_repr(self, 0)

    def __deepcopy__(self: _M, memo: Dict[int, Any]) -> _M:
        # copy.deepcopy spends two Python frames per nesting level of a JSON value; copy_json
        # spends none, so a model with deeply nested extra values copies from any call depth.
        import copy

        new = new_model(type(self))
        for name in self._slot_names:
            object.__setattr__(new, name, _deep_copy(getattr(self, name), memo, copy.deepcopy))
        new._order = self._order
        return new

    def __replace__(self: _M, **changes: Any) -> _M:
        """``copy.replace`` (Python 3.13): what ``dataclasses.replace`` makes."""
        import dataclasses

        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    # Explicit state, so that every pickle protocol (0 and 1 included) handles slotted models.
    def __getstate__(self) -> Tuple[Any, ...]:
        order = self._order  # pickled as the keys it orders: the template is shared
        return type(self)._values(self) + (None if order is None else tuple(order),)

    def __setstate__(self, state: Tuple[Any, ...]) -> None:
        for name, value in zip(self._slot_names, state):
            object.__setattr__(self, name, value)
        order = state[len(self._slot_names)] if len(state) > len(self._slot_names) else None
        if order is None:
            self._order = None
        elif self._known.issuperset(order):
            self._order = template_of(order)
        else:  # an order with unknown keys is the model's own (see the order module)
            self._order = dict.fromkeys(order, MISSING)


def _parse_flat(cls: Any, data: Any, strict: bool, kind: Any = None) -> Any:
    """The parse of the flat tier: the class's _read gets each field through a typed getter, and
    the rest is done here once. ``kind`` is what ``type`` must say (``None``: not checked, as
    when a dispatcher found the class by its kind)."""
    try:
        d = data if type(data) is dict else as_object(data)
        errs: Errors = []
        model = new_model(cls)
        model._read(d, strict, errs)
        order = cls._orders.get(tuple(d), UNSEEN)
        if order is not UNSEEN:  # keys seen before, every one known
            model.extra = {}
            model._order = order
        else:
            model.extra, model._order = key_order(d, cls, strict, errs, cls._allowed_extra)
        if strict:
            check_strict(model, cls._rules, errs)
            check_required(d, cls._required, errs)
        if kind is not None and model.type != kind:  # another kind: refused in both modes
            check_kind(model, kind, errs)
        if errs:
            raise ValidationError(errs)
        return model
    except ValidationError:
        raise
    except Exception as e:  # what a hostile object throws from inside dict operations
        raise unreadable(e) from e


Model._parse = Model.__dict__["from_dict"].__func__
# The base's annotations are for type checkers (they name types that exist only for them): at
# run time, typing.get_type_hints of a model reads its own fields' annotations, not these.
Model.__annotations__ = {}

PARSERS: Dict[type, Callable[[Any, Any, bool], Any]] = {Model: _parse_flat}
"""Each model class's parse function (its ``_parse``), for the readers: a dict lookup by class
costs a fifth of reading a class attribute on CPython 3.11. A class that is no kind of a union
parses through its route (the same parse, with no kind to check)."""
ROUTES: Dict[type, Callable[[Any, Any, bool], Any]] = {Model: _parse_flat}
"""What a dispatcher calls once it has found a class by its kind: the class's parse without the
kind check, since the kind matched (a class names it in ``_routed`` where it differs from
``_parse``; a class that parses as an ancestor routes as that ancestor)."""
KIND_OF: Dict[type, Any] = {}
"""What each kind of a union (an event type, an item kind, a format) says in ``type`` (a message
kind: ``("message", role)``): a class given a payload of another kind refuses it, in both modes."""

if TYPE_CHECKING:
    # For type checkers, a model class is a dataclass: its constructor is typed field by field.
    from typing import dataclass_transform

    def field(*, default_factory: Callable[[], _T]) -> _T: ...

    @dataclass_transform(field_specifiers=(field,))
    def model(cls: _C) -> _C: ...

else:

    class field:
        """The default of ``extra``: ``field(default_factory=dict)``, as in ``dataclasses``."""

        __slots__ = ("default_factory",)

        def __init__(self, *, default_factory):
            self.default_factory = default_factory

    def model(cls):
        """Make ``cls`` a model: a slotted class with the shared constructor, ``==`` and repr,
        whose dataclass fields (``dataclasses.fields``, ``asdict``, ``replace``) are made the
        first time something asks for them, so that importing the package does not import
        ``dataclasses`` (and with it ``inspect``) or compile methods for each class."""
        # The class's own annotations: its bases (Model, a union's base) declare no fields.
        annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        names = tuple(annotations)
        namespace = dict(cls.__dict__)
        for name in names:
            default = namespace.pop(name, None)
            if name == "extra":
                expected = type(default) is field and default.default_factory is dict
            else:
                expected = default is UNSET  # the constructor and the dataclass fields assume it
            if not expected:
                raise TypeError(
                    "%s.%s: a model field defaults to UNSET, extra to field(default_factory=dict)"
                    % (cls.__name__, name)
                )
        if not names or names[-1] != "extra":
            raise TypeError("%s: a model's last field is extra" % cls.__name__)
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        namespace["__slots__"] = names
        namespace["__match_args__"] = names
        namespace["__dataclass_fields__"] = _DataclassInfo("__dataclass_fields__")
        namespace["__dataclass_params__"] = _DataclassInfo("__dataclass_params__")
        new = type(cls.__name__, cls.__bases__, namespace)
        PARSERS.pop(cls, None)  # the class statement's own class, which `new` replaces
        KIND_OF.pop(cls, None)
        module = sys.modules.get(new.__module__)
        if module is not None and new.__module__.startswith(_PACKAGE):  # (a user's module: untouched)
            typing_names(vars(module))
        new._slot_names = names
        new._field_types = tuple(annotations.values())
        new._field_names = names[:-1]  # every model's last field is `extra`
        new._known = frozenset(new._field_names)
        new._values = attrgetter(*names)
        new._orders = {}  # the input key tuples its parser has met (see _order.key_order)
        fields = dict(zip(new._field_names, new._field_types))
        checks = dict(namespace.get("_checks", {}))
        fixed = namespace.get("_object")
        if fixed is not None:  # what the class's `object` always says: checked, and written when built
            checks.setdefault("object", constant(fixed))
        fixed = namespace.get("_type")
        if fixed is not None:  # likewise its `type`, where it is no union's kind (strict mode checks it)
            checks.setdefault("type", constant(fixed))
        new._rules = derive_rules(fields, namespace.get("_nullable", ()), checks)
        if "_wire" not in namespace:
            new._wire = new._field_names
        return new

    class _DataclassInfo:
        """``__dataclass_fields__`` or ``__dataclass_params__`` of a model class, made by
        ``dataclasses.dataclass`` itself, from the class's annotations and defaults, the first
        time they are asked for; then stored on the class in place of this descriptor."""

        __slots__ = ("name",)

        def __init__(self, name):
            self.name = name

        def __get__(self, instance, owner):
            import dataclasses

            names = owner._slot_names
            namespace = {"__annotations__": dict(zip(names, owner._field_types)), "__module__": owner.__module__}
            namespace.update(dict.fromkeys(names[:-1], UNSET))
            namespace["extra"] = dataclasses.field(default_factory=dict)
            shadow = dataclasses.dataclass(init=False, repr=False, eq=False)(type(owner.__name__, (), namespace))
            type.__setattr__(owner, "__dataclass_fields__", shadow.__dataclass_fields__)
            type.__setattr__(owner, "__dataclass_params__", shadow.__dataclass_params__)
            return getattr(shadow, self.name)


def kind_table(*classes: type) -> Dict[Any, Any]:
    """The dispatch table of a union: each class's ``_kind`` (what its ``type`` says, and for a
    message its ``role``) to the class. Each kind names its wire type once, in its class; a kind
    claimed twice is a programming error, caught at import."""
    table: Dict[Any, Any] = {}
    for cls in classes:
        kind = cls._kind  # type: ignore[attr-defined]
        if kind in table:
            raise RuntimeError("%r is the kind of both %s and %s" % (kind, table[kind].__name__, cls.__name__))
        table[kind] = cls
    return table


class Dispatcher(Model):
    """The base of a union told apart by ``type``: ``from_dict`` looks the kind up in the routes
    of ``_kinds`` (made by :func:`set_kinds`) and parses it with that class; a kind the table does
    not have is ``_unknown`` in lenient mode (every key kept) and a problem at ``type`` in strict
    mode. Each kind subclasses the base and brings its own parse."""

    __slots__ = ()
    _kinds: ClassVar[Dict[Any, Any]]
    _unknown: ClassVar[Any]
    _listed: ClassVar[Tuple[str, ...]] = ()  # the kinds strict mode's message lists
    _problem: ClassVar[Optional[Callable[[object], ValidationProblem]]] = None

    @classmethod
    def from_dict(cls: Type[_M], data: Any, strict: bool = False) -> _M:
        """Parse the kind ``type`` names: see :meth:`Model.from_dict`."""
        # What a parent's parse calls (through PARSERS). The base's own from_dict, which
        # set_kinds puts in its place, is the same dispatch without this call.
        return _DISPATCHERS[cls](data, strict)  # type: ignore[no-any-return]


def _dispatcher(base: Any, routes: Dict[str, Tuple[Callable[[Any, Any, bool], Any], type]]) -> Callable[..., Any]:
    """The ``from_dict`` of the union ``base``: ``routes`` holds each kind's route and class.

    It is a plain function, stored on the base as a staticmethod: a classmethod makes a bound
    method at every call, and that was 460 of the 13,200 instructions of a delta event parsed
    through its union on CPython 3.11. A kind that is no plain string, or that the table does not
    have, goes on in :func:`_unrouted`, off the path the server's events take."""

    def from_dict(data: Any, strict: bool = False) -> Any:
        try:
            d = data if type(data) is dict else as_object(data)
            kind = d.get("type")
            found = routes.get(kind) if type(kind) is str else None
            if found is not None:
                route, kind_class = found
                return route(kind_class, d, strict)
            return _unrouted(base, routes, d, kind, strict)
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e

    from_dict.__doc__ = Dispatcher.from_dict.__doc__
    from_dict.__qualname__ = base.__qualname__ + ".from_dict"
    from_dict.__module__ = base.__module__
    return from_dict


def _unrouted(base: Any, routes: Dict[str, Any], d: Dict[str, Any], kind: Any, strict: bool) -> Any:
    """The dispatch of a kind that is not a plain string the table has: an enum member's string
    is looked up again; anything else is the base's unknown kind, or a problem in strict mode."""
    if type(kind) is not str and is_sub(kind, str):  # an enum member, say: its plain string
        kind = str.__str__(kind)
        found = routes.get(kind)
        if found is not None:
            route, kind_class = found
            return route(kind_class, d, strict)
    if strict:
        problem = base._problem
        raise ValidationError([unknown_kind("type", kind, base._listed) if problem is None else problem(kind)])
    unknown = base._unknown
    return unknown._parse(unknown, d, False)


def add_kinds(base: Any, *classes: type) -> None:
    """Add ``classes`` to the kinds ``base`` dispatches to (its table, changed in place): the
    kinds of a union defined in another module (GA's MCP items). A kind claimed twice is still
    caught at import."""
    kinds = base._kinds
    kinds.update(kind_table(*kinds.values(), *classes))
    routes = _ROUTES_BY_KIND.get(base)
    if routes is not None:
        routes.update(_routes_of(kinds))


_ROUTES_BY_KIND: Dict[type, Dict[str, Tuple[Callable[[Any, Any, bool], Any], type]]] = {}
_DISPATCHERS: Dict[type, Callable[..., Any]] = {}  # each Dispatcher's from_dict


def _routes_of(kinds: Dict[Any, Any]) -> Dict[str, Tuple[Callable[[Any, Any, bool], Any], type]]:
    """Each kind's route and class: one lookup finds both."""
    return {kind: (ROUTES[cls], cls) for kind, cls in kinds.items()}


def set_kinds(
    base: Any,
    kinds: Dict[Any, Any],
    unknown: type,
    listed: Tuple[str, ...] = (),
    problem: Optional[Callable[[object], ValidationProblem]] = None,
) -> None:
    """Make ``base`` (a :class:`Dispatcher`) dispatch to ``kinds`` (a :func:`kind_table`), with
    ``unknown`` for a kind it does not have and ``listed`` (or ``problem``) for strict mode."""
    base._kinds = kinds
    base._unknown = unknown
    base._listed = listed
    base._problem = problem
    routes = _ROUTES_BY_KIND[base] = _routes_of(kinds)
    _DISPATCHERS[base] = dispatch = _dispatcher(base, routes)
    if "from_dict" not in base.__dict__:  # (a base that checks more calls Dispatcher.from_dict)
        type.__setattr__(base, "from_dict", staticmethod(dispatch))


def unknown_kind(key: str, kind: object, known: Tuple[str, ...]) -> ValidationProblem:
    """Strict mode's problem with a ``type`` (or ``role``) a union does not have."""
    if kind is None:
        return ValidationProblem((key,), "required key is missing")
    return ValidationProblem((key,), "expected one of %s; got %s" % (", ".join(known), describe(kind)))


def _deep_copy(value: Any, memo: Dict[int, Any], deepcopy: Callable[[Any, Dict[int, Any]], Any]) -> Any:
    t = type(value)
    if t is str or t is int or t is float or t is bool or value is None or value is UNSET:
        return value
    if isinstance(value, Model):
        return value.__deepcopy__(memo)
    if t is list and any(isinstance(item, Model) for item in value):
        return [_deep_copy(item, memo, deepcopy) for item in value]
    try:
        if t is dict:  # extra, metadata: the values are what the depth limit counts from
            return {key: copy_json(item) for key, item in value.items()}
        if t is list:
            return copy_json(value)
    except ValidationError:
        pass
    return deepcopy(value, memo)  # not JSON: something a model built in code holds


# ---------------------------------------------------------------------------------------------
# repr and pformat: long strings show their start and length; deep values stop at a depth.


def _short_repr(value: Any, depth: int) -> str:
    t = type(value)
    if t is str:
        if len(value) <= _STRING_SHOWN + 20:
            return repr(value)
        return "%s...<%d characters>" % (repr(value[:_STRING_SHOWN]), len(value))
    if isinstance(value, Model):
        if depth > _REPR_DEPTH:
            return "%s(...)" % type(value).__name__
        shown = ["%s=%s" % (name, _short_repr(getattr(value, name), depth + 1)) for name in _shown_fields(value)]
        if value.extra:
            shown.append("extra=%s" % _short_repr(value.extra, depth + 1))
        return "%s(%s)" % (type(value).__name__, ", ".join(shown))
    if t is list:
        if depth > _REPR_DEPTH:
            return "[...]"
        shown = [_short_repr(item, depth + 1) for item in value[:_ITEMS_SHOWN]]
        if len(value) > _ITEMS_SHOWN:
            shown.append("...<%d more>" % (len(value) - _ITEMS_SHOWN))
        return "[%s]" % ", ".join(shown)
    if t is dict:
        if depth > _REPR_DEPTH:
            return "{...}"
        shown = [
            "%s: %s" % (_short_repr(k, depth), _short_repr(v, depth + 1))
            for k, v in (value.items() if len(value) <= _ITEMS_SHOWN else list(value.items())[:_ITEMS_SHOWN])
        ]
        if len(value) > _ITEMS_SHOWN:
            shown.append("...<%d more>" % (len(value) - _ITEMS_SHOWN))
        return "{%s}" % ", ".join(shown)
    return repr(value)


def _shown_fields(model: Model) -> List[str]:
    """The fields a repr shows: those set, and a fixed one left UNSET (a parsed payload without
    its ``type``), so that the repr builds the same model again."""
    fixed = {name for name, _ in model._fixed()}
    return [name for name in model._field_names if getattr(model, name) is not UNSET or name in fixed]


def _pretty(value: Any, level: int, indent: int) -> str:
    """The multi-line form: a model or a list of models spreads over lines; the rest is repr."""
    pad = " " * (indent * (level + 1))
    if isinstance(value, Model):
        lines = [
            "%s%s=%s," % (pad, name, _pretty(getattr(value, name), level + 1, indent)) for name in _shown_fields(value)
        ]
        if value.extra:
            lines.append("%sextra=%s," % (pad, _short_repr(value.extra, level + 1)))
        if not lines:
            return "%s()" % type(value).__name__
        return "%s(\n%s\n%s)" % (type(value).__name__, "\n".join(lines), " " * (indent * level))
    if type(value) is list and value and isinstance(value[0], Model) and level <= _REPR_DEPTH:
        items = ["%s%s," % (pad, _pretty(item, level + 1, indent)) for item in value]
        return "[\n%s\n%s]" % ("\n".join(items), " " * (indent * level))
    return _short_repr(value, level)


# ---------------------------------------------------------------------------------------------
# validate(): a model as a dict, without trusting it.


def _children_of(cls: Any) -> Dict[str, Tuple[type, bool]]:
    """The fields of ``cls`` that hold models: field -> (model class, holds a list of them). Read
    from the annotations (``Maybe[X]``, ``Maybe[List[X]]``) in the class's module the first time
    validate() needs them; a class may name more (``_children``, for a field annotated loosely)."""
    found = _CHILDREN.get(cls)
    if found is None:
        namespace = vars(sys.modules[cls.__module__])
        found = {}
        for name, annotation in zip(cls._field_names, cls._field_types):
            inner = annotation[6:-1] if annotation.startswith("Maybe[") else annotation
            listed = inner.startswith("List[")
            target = namespace.get(inner[5:-1] if listed else inner)
            if isinstance(target, type) and issubclass(target, Model):
                found[name] = (target, listed)
        found.update(cls._children)
        _CHILDREN[cls] = found
    return found


_CHILDREN: Dict[type, Dict[str, Tuple[type, bool]]] = {}


def _loose_dict(model: Model, path: Path, errs: Errors) -> Dict[str, Any]:
    """A model as a dict for validate(): fields as they are, nested models dumped the same way.

    What ``to_dict`` would trip over (a dict where a model belongs, a non-dict ``extra``) is
    reported here with its path; the rest is left for ``from_dict`` to judge.
    """
    cls = type(model)
    out: Dict[str, Any] = {}
    for name in cls._field_names:
        value = getattr(model, name)
        if value is UNSET:
            continue
        spec = _children_of(cls).get(name)
        if spec is None and isinstance(value, Model):  # a flat model's child: dumped the same way
            out[name] = _loose_dict(value, path + (name,), errs)
        elif spec is None and type(value) is list:
            out[name] = [
                _loose_dict(item, path + (name, i), errs) if isinstance(item, Model) else item
                for i, item in enumerate(value)
            ]
        elif spec is None or value is None:
            out[name] = value
        elif not spec[1]:
            out[name] = _loose_child(spec[0], value, path + (name,), errs)
        elif type(value) is list:
            out[name] = [_loose_child(spec[0], item, path + (name, i), errs) for i, item in enumerate(value)]
        else:
            out[name] = value  # not a list: from_dict reports it
    extra = model.extra
    if type(extra) is not dict:
        errs.append(ValidationProblem(path + ("extra",), "expected dict, got %s" % describe(extra)))
        return out
    for key, value in extra.items():
        if key in cls._known:
            errs.append(ValidationProblem(path + (key,), "a known field cannot be set through extra"))
        else:
            out[key] = value
    return out


def _loose_child(cls: type, value: object, path: Path, errs: Errors) -> Any:
    if isinstance(value, cls):
        return _loose_dict(value, path, errs)  # type: ignore[arg-type]
    errs.append(ValidationProblem(path, "expected %s, got %s" % (cls.__name__, describe(value))))
    return {}  # stands in for the wrong value, so that from_dict does not report it twice


def put_extra(data: Dict[str, Any], extra: Dict[str, Any], known: FrozenSet[str]) -> None:
    """Write :attr:`extra` into a dumped model; a key that names a field is refused, not written."""
    if not known.isdisjoint(extra):
        raise ValueError("extra names a field")  # to_dict turns this into the validate() report
    for key, value in extra.items():
        if type(key) is not str:
            raise TypeError("a key of extra is not a string")
        data[key] = copy_json(value)  # each value on its own: the depth limit counts from it


typing_names(globals())
