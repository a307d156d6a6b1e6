"""What both commands share: how far they read ahead to tell a log's protocol, and what they do
when standard output fails."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import IO, Optional

__all__ = ["DETECT_LINES", "output_failed"]

DETECT_LINES = 10_000  # documents read ahead, at most, to tell a log's protocol (both commands)
_BROKEN_PIPE = 141  # what a Unix tool killed by SIGPIPE exits with (128 + 13)


def output_failed(out: IO[str], error: Optional[BaseException]) -> int:
    """Stop writing to standard output after ``error``; the exit status it calls for (both
    commands share it)."""
    # Nothing more goes to standard output, not even the flush at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError, AttributeError):  # not a real file: nothing to flush
        os.dup2(devnull, out.fileno())
    os.close(devnull)
    if isinstance(error, BrokenPipeError):
        return _BROKEN_PIPE  # the reader went away, as with `| head`: quietly
    reason = getattr(error, "strerror", None) or error
    print("<stdout>: cannot write: %s" % reason, file=sys.stderr)
    return 2
