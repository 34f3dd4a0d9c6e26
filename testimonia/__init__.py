"""Testimonia: documents about mass atrocities turned into a sourced, reconciled record."""

__version__ = "0.1.0"
