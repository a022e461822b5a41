"""The audit trail browser (issue 16): administrators read who did what, when, and what changed."""
