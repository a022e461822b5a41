"""The Stakeholders tab: its table, form, merge and segments."""
