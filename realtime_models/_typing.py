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
