"""Names for type checkers that also exist at run time, made only when first asked for."""

from __future__ import annotations

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Tuple

__all__ = ["literal_types"]


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
