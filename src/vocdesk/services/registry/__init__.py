"""The stakeholder registry's services: reading, editing, segments, import and export."""
