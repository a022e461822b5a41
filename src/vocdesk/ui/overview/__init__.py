"""The Overview tab: the agency at a glance."""
