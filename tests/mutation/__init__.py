"""Tests that pin down behaviour mutation testing found untested (see .ci/mutation)."""
