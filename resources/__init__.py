"""Data files, shipped inside the package as ``desktop.resources`` (see ``package-dir`` in pyproject.toml)."""
