"""The demo articles, shipped inside the package as ``desktop.seeds`` (see ``package-dir`` in pyproject.toml)."""
