"""The headless core: reading, cleaning, numbers, extraction. Knows nothing of Qt or SQLite."""
