import os

from hypothesis import HealthCheck, settings

# A profile per context: a local run stays quick; CI runs every supported Python with the "ci"
# profile and fuzzes hard on one of them ("ci-heavy", see .ci/run). HYPOTHESIS_PROFILE picks one.
settings.register_profile("dev", max_examples=100)
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci-heavy", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
