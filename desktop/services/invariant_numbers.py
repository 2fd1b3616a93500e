"""The whole-database check's rule on numbers: each series runs 1, 2, 3… as its counter says.

A series (the registrations of a region's year, or one kind of document's) is read in its
order, one number at a time, and walked once: a gap is where a number jumps, a number given
twice is where it repeats. Nothing holds a series whole, so a series of a million numbers
costs a million steps and no memory (counting each number's repeats in the list of all of
them took hours at a million applications).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.application import Application
from desktop.models.conclusion import Conclusion
from desktop.services.invariant_rules import Found, Profiles

__all__ = ["check_numbering"]

_BATCH = 5000
"""Rows fetched at a time."""

Series = tuple[str, str, int]
"""(kind, region, year): ``application`` or a document's kind."""


def check_numbering(s: Session, counters: dict[str, int], found: list[Found]) -> None:
    """Registration and document numbers run 1, 2, 3… per region (and kind) and year, as
    their counters say; registration numbers have the profile's form."""
    forms: list[Found] = []
    broken: list[tuple[Series, Found]] = []
    for key, numbers in groupby(_numbers(s, forms), key=lambda row: row[0]):
        name = ":".join(map(str, key))
        walk = _Walk()
        for _key, sequence, number in numbers:
            walk.step(sequence, number)
        broken += [(key, f) for f in walk.breaches(name, counters.get(name, 0))]
    found += forms
    found += [f for _key, f in sorted(broken, key=lambda pair: pair[0])]


def _numbers(s: Session, forms: list[Found]) -> Iterator[tuple[Series, int, str]]:
    """Every number of every series, series by series, each in its order; a registration
    number not in its profile's form goes to *forms* on the way."""
    profiles = Profiles()
    a, c = Application, Conclusion
    for region, year, sequence, number in s.execute(
            select(a.region, a.year, a.sequence, a.number)
            .order_by(a.region, a.year, a.sequence).execution_options(yield_per=_BATCH)):
        expected = f"{profiles[region].number_prefix}-{year}-{sequence:05d}"
        if number != expected:
            forms.append(Found("number_form", number, f"{number} should read {expected}",
                               (expected,)))
        yield ("application", region, year), sequence, number
    for kind, region, year, sequence, number in s.execute(
            select(c.kind, a.region, c.year, c.sequence, c.number)
            .join(a, a.id == c.application_id)
            .order_by(c.kind, a.region, c.year, c.sequence).execution_options(yield_per=_BATCH)):
        yield (str(kind), region, year), sequence, number


@dataclass
class _Walk:
    """One series' numbers, given in ascending order."""

    next: int = 1
    """The number the series should give next."""
    last: int | None = None
    holders: list[str] = field(default_factory=list)
    """The numbers (as written) that hold ``last``."""
    gaps: list[tuple[int, int]] = field(default_factory=list)
    twice: list[tuple[int, list[str]]] = field(default_factory=list)

    def step(self, sequence: int, number: str) -> None:
        if sequence == self.last:
            self.holders.append(number)
            return
        self._settle()
        self.last, self.holders = sequence, [number]
        if sequence > self.next:
            self.gaps.append((self.next, sequence - 1))
        self.next = max(self.next, sequence + 1)

    def _settle(self) -> None:
        if len(self.holders) > 1 and self.last is not None:
            self.twice.append((self.last, sorted(self.holders)))

    def breaches(self, name: str, counter: int) -> Iterable[Found]:
        self._settle()
        top = self.last
        if self.gaps:
            ranges = ", ".join(str(lo) if lo == hi else f"{lo}–{hi}" for lo, hi in self.gaps)
            yield Found("number_gap", None, f"the numbers of {name} skip {ranges}",
                        (name, ranges))
        for n, holders in self.twice:
            yield Found("number_twice", None, f"{name} gives {n} twice: {', '.join(holders)}",
                        (name, str(n), ", ".join(holders)))
        if counter != top:
            yield Found("counter_off", None,
                        f"the counter {name} stands at {counter} but the last number given "
                        f"is {top}", (name, str(counter), str(top)))
