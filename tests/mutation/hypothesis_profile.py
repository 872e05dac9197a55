"""A Hypothesis profile for mutation runs (`.ci/mutation`): derandomised, fewer examples.

Loaded with ``PYTEST_PLUGINS=tests.mutation.hypothesis_profile`` and selected with
``HYPOTHESIS_PROFILE=mutation``: each of thousands of mutants runs the property tests that reach
it, so they draw 20 examples each (the same 20 every run) instead of CI's 100.
"""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "mutation",
    max_examples=20,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
