"""Time-ordered UUIDv7 primary keys."""

from __future__ import annotations

import itertools
import time
import uuid

from vocdesk.domain.ids import new_id


def test_new_id_is_version_7_with_rfc_variant() -> None:
    key = new_id()
    assert key.version == 7
    assert key.variant == uuid.RFC_4122


def test_new_id_carries_the_current_unix_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    key = new_id()
    after = time.time_ns() // 1_000_000
    # The counter may borrow a millisecond or two when many ids are made at once.
    assert before <= key.int >> 80 <= after + 2


def test_ids_made_in_a_row_are_unique_and_strictly_increasing() -> None:
    keys = [new_id() for _ in range(10_000)]
    assert all(a < b for a, b in itertools.pairwise(keys))
    assert len(set(keys)) == len(keys)
    # Their text form sorts the same way, so the order survives being stored as text.
    texts = [str(k) for k in keys]
    assert texts == sorted(texts)
