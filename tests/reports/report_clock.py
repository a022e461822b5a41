"""The moment every test report is printed: the demo's today, so its periods hold data.

Its own module (not conftest.py), since several test folders have a conftest and a plain
``from conftest import`` would find whichever came first on the path."""

from __future__ import annotations

from datetime import datetime

from vocdesk.domain.clock import THAI_TIME
from vocdesk.services.demo import DEMO_TODAY

PRINTED_AT = datetime(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day, 9, 30, tzinfo=THAI_TIME)
