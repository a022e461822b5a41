"""The Timeline tab: each stakeholder's relationship history."""
