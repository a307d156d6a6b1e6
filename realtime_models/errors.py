"""ValidationError: every problem found in a payload, each with the path that leads to it."""

from __future__ import annotations

from typing import Iterable, List, NamedTuple, Tuple, Union

__all__ = ["Path", "ValidationError", "ValidationProblem", "format_path"]

Path = Tuple[Union[str, int], ...]
"""Keys and list indices from the top of the document, e.g. ``("output", 1, "content", 0, "type")``."""

# Bounds that keep every rendered line short, whatever the input.
_KEY_SHOWN = 40  # characters of a key shown in a rendered path
_PROBLEMS_SHOWN = 20  # problems listed by str(ValidationError); .errors keeps all of them


class ValidationProblem(NamedTuple):
    """One problem: where it is (:attr:`path`) and what is wrong (:attr:`message`)."""

    path: Path
    message: str

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
    short, so a rendered path stays readable whatever keys the payload brought.
    """
    parts: List[str] = []
    for step in path:
        if type(step) is int:
            parts.append("[%d]" % step)
        elif type(step) is str and step.isidentifier() and len(step) <= _KEY_SHOWN:
            parts.append("." + step if parts else step)
        else:
            parts.append("[%s]" % _quote(str(step), _KEY_SHOWN))
    return "".join(parts) or "<root>"


def _quote(text: str, limit: int) -> str:
    """``text`` as a JSON string literal, cut to ``limit`` characters, safe to print anywhere."""
    import json  # only the error path needs it

    shown = json.dumps(text[:limit], ensure_ascii=False)
    if len(text) > limit:
        shown = '%s..." (%d characters)' % (shown[:-1], len(text))
    # Lone surrogates (legal in a Python str, and in JSON escapes) cannot be encoded: escape them.
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")
