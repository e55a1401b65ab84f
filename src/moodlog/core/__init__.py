"""Plain-Python domain: catalogues, validated records and analysis. No Qt, no SQL."""
