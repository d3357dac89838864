"""Dagster code location of the Bilateral warehouse (``-m orchestration.definitions``)."""
