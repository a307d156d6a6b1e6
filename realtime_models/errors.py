"""ValidationError: every problem found in a payload, each with the path that leads to it."""

from __future__ import annotations

from collections import namedtuple

__all__ = ["Path", "ValidationError", "ValidationProblem", "format_path"]

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Iterable, List, NamedTuple, Tuple, Union

    Path = Tuple[Union[str, int], ...]
    """Keys and list indices from the top of the document, e.g. ``("output", 1, "content", 0, "type")``."""

else:

    def __getattr__(name: str) -> object:
        # The alias is for type checkers; building it at run time would import typing.
        if name == "Path":
            from typing import Tuple, Union

            return Tuple[Union[str, int], ...]
        raise AttributeError("module %r has no attribute %r" % (__name__, name))


# Bounds that keep every rendered line short, whatever the input.
_KEY_SHOWN = 40  # characters of a key shown in a rendered path
_STEPS_SHOWN = (4, 6)  # a longer path shows its first 4 and last 6 steps
_PROBLEMS_SHOWN = 20  # problems listed by str(ValidationError); .errors keeps all of them

if TYPE_CHECKING:

    class _ProblemFields(NamedTuple):
        path: Path
        message: str

else:
    # typing.NamedTuple would import typing at run time, which costs more than the whole package.
    _ProblemFields = namedtuple("_ProblemFields", "path message")


class ValidationProblem(_ProblemFields):
    """One problem: where it is (:attr:`path`) and what is wrong (:attr:`message`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ValidationProblem(path=%r, message=%r)" % (self.path, self.message)

    def __str__(self) -> str:
        return "%s: %s" % (format_path(self.path), self.message)


class ValidationError(ValueError):
    """A payload (or a model built in code) does not fit the model.

    :attr:`errors` lists every problem found, not only the first. ``str()`` shows them one per
    line as ``output[1].content[0].type: <message>``, the first 20 of them at most.
    """

    errors: List[ValidationProblem]

    def __init__(self, errors: Iterable[ValidationProblem]) -> None:
        self.errors = list(errors)
        super().__init__(self.errors)

    def __str__(self) -> str:
        lines = [str(problem) for problem in self.errors[:_PROBLEMS_SHOWN]]
        hidden = len(self.errors) - _PROBLEMS_SHOWN
        if hidden > 0:
            lines.append("... and %d more problem%s" % (hidden, "" if hidden == 1 else "s"))
        return "\n".join(lines)


def format_path(path: Path) -> str:
    """Render a path as ``output[1].content[0].type``; the top of the document is ``<root>``.

    Keys that are not plain identifiers are quoted (``metadata["a b"]``) and long keys are cut
    short; a path of more than ten steps shows its first four and last six around a count of
    the steps left out. So a rendered path stays short whatever the payload brought.
    """
    head, tail = _STEPS_SHOWN
    hidden = len(path) - head - tail
    if hidden > 0:
        return "%s...(%d more)...%s" % (_render(path[:head], True), hidden, _render(path[-tail:], False))
    return _render(path, True) or "<root>"


def _render(path: Path, at_top: bool) -> str:
    parts: List[str] = []
    for step in path:
        if type(step) is int:
            parts.append("[%d]" % step)
        elif type(step) is str and step.isidentifier() and len(step) <= _KEY_SHOWN:
            parts.append("." + step if parts or not at_top else step)
        else:
            parts.append("[%s]" % quote_text(str(step), _KEY_SHOWN))
    return "".join(parts)


def quote_text(text: str, limit: int) -> str:
    """``text`` as a JSON string literal, cut to ``limit`` characters, safe to print anywhere."""
    import json  # only the error path needs it

    shown = json.dumps(text[:limit], ensure_ascii=False)
    if len(text) > limit:
        shown = '%s..." (%d characters)' % (shown[:-1], len(text))
    # Lone surrogates (legal in a Python str, and in JSON escapes) cannot be encoded: escape them.
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")
