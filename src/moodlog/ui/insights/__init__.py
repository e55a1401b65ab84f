"""Insights: the charts page and its summary panel."""
