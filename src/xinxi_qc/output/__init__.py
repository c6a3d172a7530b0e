"""Formatters: results to the versioned JSON contract, CSV rows, or text for people."""
from .csv_format import CSV_COLUMNS, csv_rows, write_csv
from .json_format import json_document
from .text_format import format_text

__all__ = ["CSV_COLUMNS", "csv_rows", "format_text", "json_document", "write_csv"]
