"""Complaint rules without a database: the workflow, service standards and KPIs."""
