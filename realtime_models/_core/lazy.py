"""Names for type checkers that also exist at run time, made only when first asked for."""

from __future__ import annotations

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Tuple

__all__ = ["lazy_exports", "literal_types", "typing_names"]


def literal_types(namespace: Dict[str, Any], **aliases: Tuple[str, ...]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that makes the named ``Literal`` types when first asked for.

    The Literal types are for type checkers; building them at import would import typing,
    which costs more than the whole package.
    """

    def __getattr__(name: str) -> Any:
        values = aliases.get(name)
        if values is None:
            raise AttributeError("module %r has no attribute %r" % (namespace["__name__"], name))
        from typing import Literal

        alias = Literal[values]  # type: ignore[valid-type]
        namespace[name] = alias
        return alias

    return __getattr__


def lazy_exports(
    namespace: Dict[str, Any], modules: Tuple[str, ...], submodules: Tuple[str, ...] = ()
) -> Tuple[Callable[[str], Any], Callable[[], Any]]:
    """A package's ``__getattr__`` and ``__dir__`` for names it lists in ``__all__`` but loads on
    first use: its ``submodules`` themselves, and names from ``modules`` (tried in order; each
    lists what it has in its own ``__all__``). ``dir()`` shows every name without loading any.

    Type checkers see the same names through ``if TYPE_CHECKING:`` imports in the package.
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        if name in namespace["__all__"]:
            from importlib import import_module

            if name in submodules:
                return import_module("%s.%s" % (package, name))  # the import system binds it here
            for module_name in modules:
                module = import_module("%s.%s" % (package, module_name))
                if name in module.__all__:
                    value = getattr(module, name)
                    namespace[name] = value
                    return value
        raise AttributeError("module %r has no attribute %r" % (package, name))

    def __dir__() -> Any:
        return sorted(set(namespace) | set(namespace["__all__"]))

    return __getattr__, __dir__


class _TypingName:
    """A stand-in, in a module of the package, for a name its annotations use (``Dict``,
    ``Maybe``, ...): ``typing.get_type_hints`` evaluates the annotations in the module's globals,
    where type checkers see ``typing``'s names and the run time has none. Subscripted, it imports
    ``typing`` then, and only then, and gives typing's own object."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def real(self) -> Any:
        if self.name == "Maybe":
            from .unset import Maybe

            return Maybe
        import typing

        return getattr(typing, self.name)

    def __getitem__(self, item: Any) -> Any:
        args = tuple(_real(arg) for arg in item) if type(item) is tuple else _real(item)
        return self.real()[args]

    def __call__(self, *args: Any) -> Any:  # pragma: no cover - typing checks that it is callable
        raise TypeError("%s is a stand-in for typing.%s" % (self.name, self.name))

    def __repr__(self) -> str:
        return "typing.%s" % self.name


def _real(value: Any) -> Any:
    if type(value) is _TypingName:
        return value.real()
    if type(value) is list:  # Callable's argument list
        return [_real(item) for item in value]
    return value


_TYPING_NAMES = (
    "Any",
    "Callable",
    "ClassVar",
    "Dict",
    "FrozenSet",
    "List",
    "Maybe",
    "Optional",
    "Tuple",
    "Type",
    "Union",
)


def typing_names(namespace: Dict[str, Any]) -> None:
    """Give a module of the package the names its annotations use, as stand-ins (see
    :class:`_TypingName`), where it has none of its own."""
    for name in _TYPING_NAMES:
        if name not in namespace:
            namespace[name] = _TypingName(name)
