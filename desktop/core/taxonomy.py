"""The editable taxonomy of indicators: canonical codes, names and aliases.

``resources/taxonomy.toml`` lists each indicator with an English and a
Vietnamese name and the Vietnamese phrases articles use for it.  A label
gets the code of the longest alias it contains -- ``GRDP bình quân đầu
người`` is ``grdp_per_capita``, not ``grdp_growth`` -- matched after lower
casing and collapsing whitespace, with accents significant (``thu`` is not
``thủ``).  Labels no alias covers keep the code None for a reviewer to set.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop import RESOURCES
from desktop.core.errors import InputError

DEFAULT_PATH = RESOURCES / "taxonomy.toml"

_SPACES = re.compile(r"\s+")
#: Labels whose codes a taxonomy remembers.
CODE_CACHE = 16384


def normalise(label: str) -> str:
    """Lower case with single spaces: the form aliases are matched in."""
    return _SPACES.sub(" ", label.lower()).strip()


@dataclass(frozen=True)
class Indicator:
    code: str
    en: str
    vi: str
    aliases: tuple[str, ...]


class Taxonomy:
    """Indicators by code, and the alias matcher over them."""

    def __init__(self, indicators: list[Indicator]) -> None:
        self.indicators = {i.code: i for i in indicators}
        alias_to_code: dict[str, str] = {}
        for indicator in indicators:
            for alias in (indicator.vi, *indicator.aliases):
                alias_to_code.setdefault(normalise(alias), indicator.code)
        self._codes = alias_to_code
        ordered = sorted(alias_to_code, key=len, reverse=True)
        pattern = "|".join(re.escape(a) for a in ordered if a)
        # No lookbehind: it would cost the regex engine its fast first-letter scan; see code_for.
        self._matcher = re.compile(rf"(?:{pattern})(?![^\W_])") if pattern else None
        # Labels repeat across articles (``Thu ngân sách``, ``Tổng vốn đầu tư``): remember their codes.
        self._known: dict[str, str | None] = {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Taxonomy:
        """Read a taxonomy file (default: the one shipped in ``resources/``)."""
        path = Path(path) if path is not None else DEFAULT_PATH
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"Cannot read the taxonomy {path}: {error}") from error
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"The taxonomy {path} is not valid TOML: {error}") from error
        try:
            indicators = [
                Indicator(str(e["code"]), str(e["en"]), str(e["vi"]), tuple(str(a) for a in e.get("aliases", ())))
                for e in data.get("indicator", [])
            ]
        except (KeyError, TypeError) as error:
            raise InputError(f"The taxonomy {path} has an indicator without code, en or vi: {error}") from error
        return cls(indicators)

    def code_for(self, label: str) -> str | None:
        """The code of the longest alias found in ``label``, or None (remembered per taxonomy)."""
        try:
            return self._known[label]
        except KeyError:
            pass
        if len(self._known) >= CODE_CACHE:
            self._known.clear()
        code = self._known[label] = self._match(label)
        return code

    def _match(self, label: str) -> str | None:
        if self._matcher is None or not label:
            return None
        text = normalise(label)
        found = (m.group() for m in self._matcher.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum())
        best = max(found, key=len, default=None)
        return self._codes[best] if best else None

    def labels(self) -> list[str]:
        """Vietnamese names and aliases, for completion in the GUI."""
        names = {i.vi for i in self.indicators.values()}
        names.update(a for i in self.indicators.values() for a in i.aliases)
        return sorted(names, key=str.lower)

    def name(self, code: str, lang: str = "vi") -> str | None:
        """The English (``en``) or Vietnamese (``vi``) name of ``code``."""
        indicator = self.indicators.get(code)
        if indicator is None:
            return None
        return indicator.en if lang == "en" else indicator.vi


@cache
def default_taxonomy() -> Taxonomy:
    """The shipped taxonomy, read once per process."""
    return Taxonomy.load()
