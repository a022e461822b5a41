"""Listening rules without a database: the log, plan coverage and improvement actions."""
