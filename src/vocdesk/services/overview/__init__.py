"""The Overview's services: what is recorded and what needs attention now."""
