"""The stakeholder export groups phone numbers as the registry shows them, without parsing each."""

from __future__ import annotations

import random

from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import normalise_phone
from vocdesk.services.registry.stakeholders import phone_display
from vocdesk.services.registry.transfer import PhoneDisplay


def test_the_exports_phone_display_is_the_registrys_for_every_kind_of_number() -> None:
    rng = random.Random(3)
    numbers = ["", "1111", "+6681234567", "+66212345678", "081-234-5678", "not a phone"]
    for _ in range(2000):
        prefix = rng.choice(["02", "053", "081", "089", "061", "095", "038", "044", "0"])
        length = rng.choice([9, 10])
        typed = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        try:
            numbers.append(normalise_phone(typed).e164)
        except UserError:
            numbers.append(typed)  # stored before validation: shown as it is
    shown = PhoneDisplay()
    assert [shown(n) for n in numbers] == [phone_display(n) for n in numbers]
    assert shown("+66812345678") == "081 234 5678"
