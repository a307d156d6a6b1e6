"""What a fold records beside the state: the events that did not fit it (oddities) and the
values the server's final events contradict (disagreements), and how a value shows in them."""

from __future__ import annotations

from collections import namedtuple
from json import dumps

from .._core.unset import UNSET
from ..errors import ValidationError

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, List, NamedTuple, Optional, Tuple

    class Oddity(NamedTuple):
        """An event that did not fit the state; the fold went on without it (or with what of it
        made sense)."""

        event_id: Optional[str]
        """The ``event_id`` of the event, None when it had none."""
        type: str
        """The event's ``type``."""
        message: str
        """What did not fit, in a short sentence."""
        error: Optional[ValidationError] = None
        """For an event that did not validate: every problem it has, with its path."""

    class Disagreement(NamedTuple):
        """A value the fold built from the deltas that a server's final event contradicts."""

        event_id: Optional[str]
        """The ``event_id`` of the event that carried the server's value."""
        type: str
        """That event's ``type``."""
        path: str
        """Where, e.g. ``response.output[1].content[0].transcript`` or ``item[item_A].arguments``."""
        built: str
        """What the fold built, as short JSON text (long values shortened)."""
        server: str
        """What the server sent, likewise."""

else:
    Oddity = namedtuple("Oddity", "event_id type message error", defaults=(None,))
    Disagreement = namedtuple("Disagreement", "event_id type path built server")

__all__ = ["Disagreement", "Oddity", "differences", "short"]

_SHOWN = 60  # characters of a value shown in a disagreement
_DIFFERENCES = 20  # disagreements recorded per response.done, at most


def short(value: Any) -> str:
    if value is UNSET:
        return "(absent)"
    text = dumps(value, ensure_ascii=False)  # what a model writes, or text: always JSON
    if len(text) > _SHOWN:
        text = "%s… (%d characters)" % (text[: _SHOWN - 20], len(text))
    return text


def differences(built: Any, server: Any, path: str, found: List[Tuple[str, Any, Any]]) -> None:
    """Where two JSON values differ (dict key order aside), up to _DIFFERENCES places. A key the
    fold built that the server leaves out is a difference, except ``audio``: the server's final
    events leave audio out by design."""
    if len(found) >= _DIFFERENCES:
        return
    if type(built) is dict and type(server) is dict:
        for key, value in built.items():
            if key not in server:
                if key != "audio":
                    found.append(("%s.%s" % (path, key), value, UNSET))
            else:
                differences(value, server[key], "%s.%s" % (path, key), found)
        for key, value in server.items():
            if key not in built:
                found.append(("%s.%s" % (path, key), UNSET, value))
    elif type(built) is list and type(server) is list:
        for index, (a, b) in enumerate(zip(built, server)):
            differences(a, b, "%s[%d]" % (path, index), found)
        if len(built) != len(server):
            found.append((path, "%d items" % len(built), "%d items" % len(server)))
    elif type(built) is not type(server) or built != server:
        found.append((path, built, server))
