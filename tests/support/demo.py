"""The day and the seed of the demo the tests of ``tests/demo`` share."""

from __future__ import annotations

from datetime import date

__all__ = ["SEED", "TODAY"]

TODAY = date(2026, 12, 7)
SEED = 30
"""With 30 applications on this day, this seed gives every status, a partial return and a
refusal after the examination (the plan alone shows it: ``plan_applications``)."""
