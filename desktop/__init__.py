"""Chitieu: Vietnamese local-government news to a reviewed indicator dataset."""

__version__ = "0.1.0"
