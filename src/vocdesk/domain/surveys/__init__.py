"""Surveys' rules: rating scales and their labels, interpretation bands, comparator values."""
