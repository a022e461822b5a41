"""The packaging tests' marker: ``wheel`` tests build the program as it ships (a minute or two)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "wheel: builds a wheel from a clean clone and installs it into a fresh venv"
    )
