"""``python -m realtime_models``: see ``python -m realtime_models --help``."""

import sys

from ._cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
