"""The PDF reports: each module gathers one report's figures (aggregates in SQL, through the
areas' services) and lays them out with ``vocdesk.reports``."""
