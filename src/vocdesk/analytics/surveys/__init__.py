"""Survey statistics over answer counts: per item, dimension and segment, with tests and gaps."""
