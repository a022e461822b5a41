"""Realistic Thai demonstration data for every area (``vocdesk demo``, screenshots, benchmarks)."""

from vocdesk.services.demo.generate import DEMO_TODAY, DemoSummary, generate_demo

__all__ = ["DEMO_TODAY", "DemoSummary", "generate_demo"]
