"""The ``chitieu`` command line: one module per command group, :mod:`desktop.cli.main` ties them."""

from desktop.cli.main import main

__all__ = ["main"]
