"""The Surveys tab."""
