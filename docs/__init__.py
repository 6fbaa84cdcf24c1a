"""Documents, shipped inside the package as ``desktop.docs`` (see ``package-dir`` in pyproject.toml)."""
