"""The review window (PySide6): article list, article text with highlights, records and editor."""
