"""Key order: what a model keeps of the order its input's keys came in, and how to_dict writes
that order again.

Reading: every parser reads its fields with one ``d.get`` each, then looks the input's key tuple
up in its class's ``_orders``, the key tuples met so far with every key known. Each maps to what
the model keeps: ``None`` when to_dict writes that order by itself (the known keys in wire order,
the server's own order), else the order's template. A tuple not found there, new or with unknown
keys, goes to :func:`key_order`. No server sends more than a few orders of one object; past
``_ORDERS_KEPT`` a class's cache starts again, so that no input makes it grow for good.

Writing: a template is a dict of the order's keys, each holding :data:`MISSING`, made once per
order and shared. to_dict copies it (copying a dict clones its table, while building one inserts
and resizes key by key), writes each set field in place, and drops what nothing was written to
(:func:`without_missing`).
"""

from __future__ import annotations

from .checks import is_sub, unknown_keys

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, Dict, FrozenSet, Optional, Tuple

    from .checks import Errors

    Template = Dict[str, Any]

__all__ = ["MISSING", "UNSEEN", "key_order", "template_of", "without_missing"]


class _Missing:
    """What a key of a template holds until the model writes it (see without_missing)."""

    __slots__ = ()


MISSING: Any = _Missing()
UNSEEN: Any = object()  # typed Any: after `order is not UNSEEN`, order is the cached value

_ORDERS_KEPT = 256  # key tuples remembered by one class

# Templates by key order, bounded, and cleared when full, so that inputs in endless orders cost
# memory of their own. A model keeps a reference to its template, so clearing frees none in use.
_TEMPLATES: Dict[Tuple[str, ...], Template] = {}
_TEMPLATES_KEPT = 512


def template_of(order: Tuple[str, ...]) -> Template:
    """The template of ``order`` (keys a class knows), shared: callers copy it and never write
    to it."""
    found = _TEMPLATES.get(order)
    if found is None:
        found = dict.fromkeys(order, MISSING)
        if len(_TEMPLATES) >= _TEMPLATES_KEPT:
            _TEMPLATES.clear()
        _TEMPLATES[order] = found
    return found


def key_order(
    data: Dict[Any, Any], cls: Any, strict: bool, errs: Errors, allowed: Tuple[str, ...] = ()
) -> Tuple[Dict[str, Any], Optional[Template]]:
    """What a model keeps of its input's keys when their tuple is not in ``cls._orders``: the
    unknown keys (for :attr:`extra`, copied, or refused in strict mode except ``allowed``) and
    the order's template, or ``None`` when to_dict writes that order anyway (known keys in wire
    order, then unknown keys: the server adds new keys at the end). A tuple of known keys only
    is remembered in ``cls._orders``, so that its next parse is one lookup."""
    keys = tuple(data)
    known: FrozenSet[str] = cls._known
    natural = [key for key in cls._wire if key in data]  # the known keys, as to_dict writes them
    # Only plain str keys are remembered: a str subclass equal to a key (an enum member) would
    # otherwise come back as the keys of another input's output, or raise in its comparisons.
    if known.issuperset(keys) and all(type(key) is str for key in keys):
        order = None if natural == list(keys) else template_of(keys)
        orders: Dict[Tuple[str, ...], Optional[Template]] = cls._orders
        if len(orders) >= _ORDERS_KEPT:
            orders.clear()
        orders[keys] = order
        return {}, order
    extra = unknown_keys(data, known, strict, errs, allowed)
    # str subclasses are written as the plain strings they hold; other keys were refused
    written = tuple([key if type(key) is str else str.__str__(key) for key in data if is_sub(key, str)])
    natural.extend(extra)  # then the unknown ones
    if list(written) == natural:
        return extra, None
    # An order with keys the class does not know is the model's own, not shared: the input
    # chooses those keys, and a cache of them would keep whatever an input sends.
    return extra, template_of(written) if known.issuperset(written) else dict.fromkeys(written, MISSING)


def without_missing(data: Template) -> Dict[str, Any]:
    """A dumped model that kept its input's key order: a copy of its template filled in place (a
    key written again keeps its place; a key the order does not name, set since, comes last),
    without the keys nothing was written to (unset since)."""
    for value in data.values():
        if value is MISSING:
            return {key: value for key, value in data.items() if value is not MISSING}
    return data
