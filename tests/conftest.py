import io
import os
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# A profile per context: a local run stays quick; CI runs every supported Python with the "ci"
# profile and fuzzes hard on one of them ("ci-heavy", see .ci/run). HYPOTHESIS_PROFILE picks one.
# The profiles' sizes keep the whole CI run (six Pythons, two at a time, each with its own
# virtual environment) inside its 25 minutes on a busy 2-core machine.
settings.register_profile("dev", max_examples=100)
settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci-heavy", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """The command line in this process (so that coverage sees it), with its streams captured:
    ``cli(*args, stdin="")`` returns ``(returncode, stdout, stderr)``."""
    from realtime_models._cli import main as _cli

    from .test_cli import Run

    def run(*args: str, stdin: str = "") -> Any:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        try:
            code = _cli.main(list(args))
        except SystemExit as e:  # argparse's usage errors
            code = int(e.code or 0)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run
