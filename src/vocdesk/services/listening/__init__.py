"""The listening log's services: entries, search, channels, the listening plan, summaries, improvement actions, import and export."""
