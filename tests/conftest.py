import os

from hypothesis import HealthCheck, settings

# CI runs more examples; a local run stays quick. HYPOTHESIS_PROFILE picks one explicitly.
settings.register_profile("dev", max_examples=100)
settings.register_profile("ci", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
