"""Hypothesis profiles: quick for local runs, derandomised in CI, thorough before a release.

* ``dev`` (the default locally): 60 examples per test, random.
* ``ci`` (the default when ``CI`` is set): 100 examples per test, derandomised.
* ``thorough``: 100,000 examples per test, no deadline; for the fuzz tests before a release
  (``HYPOTHESIS_PROFILE=thorough python -m pytest tests/fuzz``, see docs/development.md).
  ``HYPOTHESIS_MAX_EXAMPLES`` sets another number of examples for it.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "100000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
