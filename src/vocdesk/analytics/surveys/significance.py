"""Are the differences between segments real? The Kruskal–Wallis H test, from frequency tables.

Each respondent is summarised by their mean rating; the test asks whether the segments' means
could come from one population. Kruskal–Wallis needs no normal distribution (ratings are
ordinal and bounded), works for any number of groups, and handles the many ties of rating
means with the usual correction:

    H = [12 / (N (N + 1)) x sum(R_j^2 / n_j) - 3 (N + 1)] / C,   C = 1 - sum(t^3 - t) / (N^3 - N)

where R_j is the sum of the mid-ranks of group j, n_j its size, N the total and t the size of
each group of tied values. The p-value is the chi-square distribution's upper tail with
groups - 1 degrees of freedom (the usual large-sample approximation, sound when every group has
five or more respondents), computed from the regularized upper incomplete gamma function
Q(df / 2, H / 2) implemented here (series and continued fraction, as in Numerical Recipes §6.2).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

KRUSKAL_WALLIS = "Kruskal–Wallis H"
_EPSILON = 1e-15
_TINY = 1e-300
_MAX_ITERATIONS = 10_000


def regularized_upper_gamma(a: float, x: float) -> float:
    """Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x >= 0."""
    if a <= 0 or x < 0:
        raise ValueError("Q(a, x) needs a > 0 and x >= 0")
    if x == 0:
        return 1.0
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:  # the series for P(a, x) converges fast here
        term = total = 1.0 / a
        denominator = a
        for _ in range(_MAX_ITERATIONS):
            denominator += 1
            term *= x / denominator
            total += term
            if abs(term) < abs(total) * _EPSILON:
                break
        return max(0.0, 1.0 - total * math.exp(log_prefix))
    # Lentz's continued fraction for Q(a, x).
    b = x + 1 - a
    c = 1 / _TINY
    d = 1 / b
    h = d
    for i in range(1, _MAX_ITERATIONS):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = _TINY if abs(d) < _TINY else d
        c = b + an / c
        c = _TINY if abs(c) < _TINY else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < _EPSILON:
            break
    return math.exp(log_prefix) * h


def chi_square_sf(statistic: float, df: int) -> float:
    """P(X >= statistic) for X chi-square distributed with ``df`` degrees of freedom."""
    if df < 1:
        raise ValueError("a chi-square distribution needs df >= 1")
    if statistic <= 0:
        return 1.0
    return regularized_upper_gamma(df / 2, statistic / 2)


@dataclass(frozen=True)
class GroupTest:
    test: str  # the test's name, e.g. "Kruskal–Wallis H"
    statistic: float
    df: int
    p_value: float
    groups: int  # groups with at least one value
    n: int  # values in them


def kruskal_wallis(groups: Mapping[str, Mapping[float, int]]) -> GroupTest | None:
    """The test over groups given as frequency tables (value -> count); None with fewer than two
    non-empty groups. When every value is the same there is nothing to rank: H = 0, p = 1."""
    tables = {name: {v: c for v, c in table.items() if c > 0} for name, table in groups.items()}
    tables = {name: table for name, table in tables.items() if table}
    if len(tables) < 2:
        return None
    totals: dict[float, int] = {}
    for table in tables.values():
        for value, count in table.items():
            totals[value] = totals.get(value, 0) + count
    n = sum(totals.values())
    mid_rank: dict[float, float] = {}
    below = 0
    ties = 0
    for value in sorted(totals):
        t = totals[value]
        mid_rank[value] = below + (t + 1) / 2
        below += t
        ties += t**3 - t
    df = len(tables) - 1
    correction = 1 - ties / (n**3 - n) if n > 1 else 0.0
    if correction <= 0:
        return GroupTest(KRUSKAL_WALLIS, 0.0, df, 1.0, len(tables), n)
    spread = 0.0
    for table in tables.values():
        size = sum(table.values())
        rank_sum = math.fsum(mid_rank[value] * count for value, count in table.items())
        spread += rank_sum**2 / size
    h = (12 / (n * (n + 1)) * spread - 3 * (n + 1)) / correction
    h = max(h, 0.0)
    return GroupTest(KRUSKAL_WALLIS, h, df, chi_square_sf(h, df), len(tables), n)
