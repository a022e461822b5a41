"""The import wizard every area shares."""
