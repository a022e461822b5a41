"""The hash an unknown name is verified against costs what a real account's does: it was made
with the parameters the hasher uses for passwords now."""

from __future__ import annotations

from argon2 import extract_parameters

from vocdesk.services import accounts


def test_the_dummy_hash_has_the_hashers_parameters() -> None:
    made_now = extract_parameters(accounts._hasher.hash("any password at all"))
    assert extract_parameters(accounts._DUMMY_HASH) == made_now
    assert not accounts._verify(accounts._DUMMY_HASH, "any password at all")
