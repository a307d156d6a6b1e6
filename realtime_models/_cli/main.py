"""``python -m realtime_models``: the command line's arguments, and which command runs."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from .protocol import BETA, GA
from .validate import Validator

__all__ = ["main"]

_DESCRIPTION = """\
Check Realtime API payloads against the models of their protocol, GA or beta (validate), or fold
a recorded session into its conversation and print it as a transcript (replay).

A document is a server or client event (checked against its event class, with everything it
carries) or a bare response, item or content part. The protocol of each file is told by what it
carries (an event type, or a response, item or session shape only one protocol has); --api
forces one.
"""

_VALIDATE_HELP = """\
Check Realtime API payloads against the models of their protocol, GA or beta. A document is a
server or client event (checked against its event class, with everything it carries: a log may
record both directions) or a bare response, item or content part. The protocol of each file is
told by what it carries (an event type, or a response, item or session shape only one protocol
has); --api forces one. --stats counts the events by type, each direction apart.

PATH is a .json file (one document, or an array of documents), a .jsonl file (one document per
line), or - for standard input (JSON Lines, or one JSON document when it starts with [ or does
not parse line by line). Each problem prints as PATH:LINE: JSON-PATH: message (PATH:LINE[INDEX]
for a document in an array), at most 20 per document, and a summary closes the run: the counts,
the protocol used, and (lenient mode) the event types the package does not know, which are
counted and not checked; strict mode reports them as problems.
Exit status: 0 if every document checked is valid, 1 if any is invalid, 2 for a usage error, a
file that cannot be read or output that cannot be written, 141 when the reader of the output
went away.
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    from .. import __version__

    # A stream the shell closed (`2>&-`, `>&-`, `<&-`) is None here: messages to a closed
    # standard error go nowhere, and the exit status still tells what happened.
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (open for the rest of the process)
    if sys.stdout is None:
        print("<stdout>: cannot write: standard output is closed", file=sys.stderr)
        return 2
    # The installed script is realtime-models; `python -m` runs __main__.py.
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    parser = argparse.ArgumentParser(
        prog="python -m realtime_models" if name in ("", "__main__.py", "-c") else name,
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version="realtime_models %s" % __version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="check .json/.jsonl payloads and session logs",
        description=_VALIDATE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument(
        "--strict", action="store_true", help="apply strict mode (unknown keys and values are problems)"
    )
    validate.add_argument("-q", "--quiet", action="store_true", help="print only the summary line, not each problem")
    validate.add_argument(
        "--api", choices=(GA, BETA), help="the protocol of the logs (default: told from what they carry)"
    )
    validate.add_argument("--stats", action="store_true", help="also print how many events of each type were read")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="a .json or .jsonl file, or - for standard input")
    from .replay import DESCRIPTION

    replay = commands.add_parser(
        "replay",
        help="fold a recorded session and print it as a transcript",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    replay.add_argument("--check", action="store_true", help="also list where the server and the fold disagree")
    replay.add_argument("--json", action="store_true", help="print the folded responses as JSON Lines")
    replay.add_argument("--audio", action="store_true", help="keep the audio, and show how many bytes each part has")
    replay.add_argument("--strict", action="store_true", help="parse the events in strict mode")
    replay.add_argument(
        "--api", choices=(GA, BETA), help="the protocol of the log (default: told from what it carries)"
    )
    replay.add_argument("log", metavar="LOG", help="a .jsonl file of server events, or - for standard input")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    _escape_what_cannot_be_encoded()
    if args.command == "replay":
        from .replay import replay as run_replay

        return run_replay(
            args.log, api=args.api, check=args.check, as_json=args.json, audio=args.audio, strict=args.strict
        )
    return Validator(strict=args.strict, quiet=args.quiet, api=args.api, stats=args.stats).run(args.paths)


def _escape_what_cannot_be_encoded() -> None:
    """Problems quote the input, which may hold any character: an ASCII or cp1252 terminal (or
    redirected output on Windows) gets escapes instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
