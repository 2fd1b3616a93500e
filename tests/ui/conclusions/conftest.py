"""The commission with its keys, from the conclusion service's tests."""

from tests.conclusions.conftest import commission  # noqa: F401 (a fixture)
