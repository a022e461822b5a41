"""Relationship services: each stakeholder's timeline."""
