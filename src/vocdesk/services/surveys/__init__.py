"""Survey services: survey rounds and their results."""
