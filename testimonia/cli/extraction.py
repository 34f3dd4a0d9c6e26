"""Extraction commands (extract, eval): wired once the extraction engine lands."""
