"""Small typed helpers the tests share."""

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """The value, which the test expects to be there: fails the test if it is ``None``."""
    assert value is not None
    return value
