"""The listening area's tables: the log, the listening plan and improvement actions."""
