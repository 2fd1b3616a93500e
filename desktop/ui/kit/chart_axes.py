"""Round steps for a chart's value axis: 0, 1, 2 … or 0, 5, 10 …, never 0, 2, 5, 7, 10.

Qt's own ``applyNiceNumbers`` may choose a step of 2.5, which integer labels then print as
2, 5, 7, 10. Counts of requests and days read best on steps of 1, 2 or 5 times a power of
ten.
"""

from __future__ import annotations

import math

__all__ = ["MAX_TICKS", "round_scale"]

MAX_TICKS = 6
"""At most this many labelled lines, so a short chart stays legible."""


def round_scale(largest: float, max_ticks: int = MAX_TICKS) -> tuple[int, int]:
    """``(top, step)``: an axis from 0 to *top* in whole *step*s that holds *largest*."""
    if largest <= 0:
        return 1, 1
    intervals = max(1, max_ticks - 1)
    step = 1
    for exponent in range(0, 12):
        for factor in (1, 2, 5):
            step = factor * 10 ** exponent
            if math.ceil(largest / step) <= intervals:
                return step * max(1, math.ceil(largest / step)), step
    return step * math.ceil(largest / step), step
