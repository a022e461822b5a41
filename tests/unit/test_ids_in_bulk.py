"""``new_id_ints``: many UUIDv7s at once (issue 18: a bulk import's history lines), as ``new_id``
makes them one after another."""

from __future__ import annotations

import itertools
import time
import uuid

from vocdesk.domain import ids
from vocdesk.domain.ids import new_id, new_id_ints


def test_ids_in_bulk_are_version_7_and_follow_those_made_one_by_one() -> None:
    before = time.time_ns() // 1_000_000
    first = new_id()
    made = [uuid.UUID(int=value) for value in new_id_ints(3_000)]
    last = new_id()
    keys = [first, *made, last]
    assert all(a < b for a, b in itertools.pairwise(keys))
    assert all(key.version == 7 and key.variant == uuid.RFC_4122 for key in made)
    assert len({key.int & ((1 << 62) - 1) for key in made}) == len(made)  # random bits differ
    assert before <= made[0].int >> 80 <= time.time_ns() // 1_000_000 + 2
    # Their stored text (32 hex digits) sorts the same way.
    texts = [f"{key.int:032x}" for key in keys]
    assert texts == sorted(texts)
    assert new_id_ints(0) == []


def test_the_counter_borrows_the_next_millisecond_when_it_runs_out() -> None:
    made = new_id_ints(5_000)  # more than the 12-bit counter holds in one millisecond
    stamps = [value >> 80 for value in made]
    counters = [(value >> 64) & 0xFFF for value in made]
    assert stamps[-1] > stamps[0]
    assert all(
        (s1, c1) < (s2, c2)
        for (s1, c1), (s2, c2) in itertools.pairwise(zip(stamps, counters, strict=True))
    )
    assert ids._last_ms >= stamps[-1]
    assert new_id().int > made[-1]
