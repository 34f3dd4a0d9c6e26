"""Readers that turn one file's bytes into text and metadata, one module per format."""

from testimonia.ingest.read import FORMATS, Parsed, format_of, parse_bytes, read_path

__all__ = ["FORMATS", "Parsed", "format_of", "parse_bytes", "read_path"]
