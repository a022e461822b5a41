"""The Listening tab: the log, the listening plan, summaries and improvement actions."""
