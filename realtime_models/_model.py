"""What every model shares: slots, repr, pickling, JSON text, and validate()."""

from __future__ import annotations

import dataclasses
import sys
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Dict, FrozenSet, List, Optional, Tuple, Type, TypeVar, Union

from ._unset import UNSET
from ._validation import Errors, describe
from .errors import ValidationError, ValidationProblem

if TYPE_CHECKING:
    from .errors import Path

__all__ = ["Model", "guarded", "loads", "slotted"]

_new = object.__new__  # builds a model without running __init__: parse functions set every slot

_M = TypeVar("_M", bound="Model")
_T = TypeVar("_T")


class Model:
    """Base of every model. Subclasses are slotted dataclasses (see :func:`slotted`)."""

    __slots__ = ()

    # Set by slotted(): the JSON keys the model knows, in spec order, and all slots.
    _field_names: ClassVar[Tuple[str, ...]]
    _known: ClassVar[FrozenSet[str]]
    _slot_names: ClassVar[Tuple[str, ...]]
    # Set by models that nest others: field name -> (model class, holds a list of them).
    _children: ClassVar[Dict[str, Tuple[type, bool]]] = {}

    extra: Dict[str, Any]

    @classmethod
    def from_dict(cls: Type[_M], data: Any, *, strict: bool = False) -> _M:
        raise NotImplementedError  # every model defines its own

    def to_dict(self) -> Dict[str, Any]:
        raise NotImplementedError  # every model defines its own

    @classmethod
    def from_json(cls: Type[_M], text: Union[str, bytes, bytearray], *, strict: bool = False) -> _M:
        """Parse JSON text (``str``, or UTF-8/16/32 ``bytes``); malformed text is a ValidationError."""
        return cls.from_dict(loads(text), strict=strict)

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """JSON text of :meth:`to_dict`: compact unless ``indent`` is given, ASCII-safe."""
        import json

        if indent is None:
            return json.dumps(self.to_dict(), separators=(",", ":"), allow_nan=False)
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

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

    def __repr__(self) -> str:
        values = [(name, getattr(self, name)) for name in self._field_names]
        shown = ["%s=%r" % (name, value) for name, value in values if value is not UNSET]
        if self.extra:
            shown.append("extra=%r" % (self.extra,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    # Explicit state, so that every pickle protocol (0 and 1 included) handles slotted models.
    def __getstate__(self) -> Tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._slot_names])

    def __setstate__(self, state: Tuple[Any, ...]) -> None:
        for name, value in zip(self._slot_names, state):
            object.__setattr__(self, name, value)


def slotted(cls: Type[_M]) -> Type[_M]:
    """Rebuild a dataclass with ``__slots__``: what ``dataclass(slots=True)`` does on 3.10+.

    Slots make instances smaller and attribute access faster; the generated ``__init__`` and
    ``__eq__`` keep working because they never read the class-level defaults this removes.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    namespace = dict(cls.__dict__)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    new: Type[_M] = type(cls.__name__, cls.__bases__, namespace)
    new._slot_names = names
    new._field_names = names[:-1]  # every model's last field is `extra`
    new._known = frozenset(new._field_names)
    return new


def guarded(parse: Callable[[object, bool], _T], data: object, strict: bool) -> _T:
    """Run a parse so that any input ends in a model or a ValidationError.

    The parse functions only raise ValidationError on data they understand; this catches what
    hostile objects can still throw from inside ``dict`` operations (a key whose ``__eq__``
    raises, a mapping whose ``keys()`` does), at no cost on the success path.
    """
    try:
        return parse(data, strict)
    except ValidationError:
        raise
    except Exception as e:
        raise ValidationError([ValidationProblem((), "could not read the input (%s)" % type(e).__name__)]) from e


def loads(text: object) -> Any:
    """``json.loads`` whose every failure is a ValidationError, and which refuses NaN and Infinity."""
    import json

    if not isinstance(text, (str, bytes, bytearray)):
        raise ValidationError([ValidationProblem((), "expected JSON text (str or bytes), got %s" % describe(text))])
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        message = "%s at line %d column %d" % (e.msg, e.lineno, e.colno)
    except UnicodeDecodeError as e:
        message = "text is not UTF-8, UTF-16 or UTF-32 (%s at byte %d)" % (e.reason, e.start)
    except RecursionError:
        message = "nested too deeply to decode"
    except _NotJsonConstant as e:
        message = "%s is not allowed in JSON" % e.args[0]
    except ValueError:  # json's only other ValueError: an integer longer than str->int converts (3.11+)
        message = "an integer has more than %d digits" % sys.get_int_max_str_digits()
    raise ValidationError([ValidationProblem((), "invalid JSON: " + message)])


class _NotJsonConstant(Exception):
    pass


def _refuse_constant(name: str) -> None:
    raise _NotJsonConstant(name)


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
        spec = cls._children.get(name)
        if spec is None or value is None:
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
    if type(value) is cls:
        return _loose_dict(value, path, errs)  # type: ignore[arg-type]
    errs.append(ValidationProblem(path, "expected %s, got %s" % (cls.__name__, describe(value))))
    return {}  # stands in for the wrong value, so that from_dict does not report it twice
