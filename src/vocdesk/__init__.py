"""VocDesk: the voice of the customer for Thai government agencies (PMQA category 3)."""

__version__ = "0.1.0"
