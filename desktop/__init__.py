"""Chitieu: Vietnamese local-government news to a reviewed indicator dataset."""

from pathlib import Path

__version__ = "0.1.0"

#: The project root when running from a checkout (seeds/ and resources/ live there).
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SEEDS = ROOT / "seeds"
