"""Complaint services: queues, the case workflow, categories, KPIs, import and export."""
