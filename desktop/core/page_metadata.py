"""What a web page says of itself that the reader keeps: its title, site name, address and date.

trafilatura's ``extract_metadata`` also looks for the author (a copy of the
whole tree pruned and searched by dozens of XPaths), the categories, the tags
and a licence, which an article never stores: 60% of its time on the portals'
pages, 15 ms a page.  :func:`page_metadata` takes the steps of
``extract_metadata`` that give the four fields the reader uses, in its order,
from trafilatura's own helpers, and the date only when it is asked for (the
reader asks when the text itself names none).  ``tests/test_page_metadata.py``
checks that the fields equal ``extract_metadata``'s on pages of every shape
those steps read.  The steps copy one release's ``extract_metadata``: another
release (whose steps may differ) or a trafilatura without one of the helpers
gets ``extract_metadata`` itself.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape
from types import SimpleNamespace


@dataclass(frozen=True)
class PageMetadata:
    """A page's title, site name and address, and its date on first use (None where the page names none)."""

    title: str | None
    sitename: str | None
    url: str | None
    find_date: Callable[[], str | None] = field(repr=False, compare=False)

    @cached_property
    def date(self) -> str | None:
        """The page's date as trafilatura finds it (htmldate: a quarter of the metadata's time)."""
        return self.find_date()


def page_metadata(html: str) -> PageMetadata | None:
    """The metadata fields of ``html`` as ``trafilatura.extract_metadata(html)`` gives them; None when
    trafilatura parses no page from it (where ``extract_metadata`` gives an empty one)."""
    helpers = _helpers()
    if helpers is None:
        return _from_trafilatura(html)
    tree = helpers.load_html(html)
    if tree is None:
        return None
    metadata = helpers.examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as extract_metadata, before the JSON-LD
        metadata.author = None
    with suppress(Exception):  # as extract_metadata, which ignores the JSON-LD reader's bugs
        metadata = helpers.extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = helpers.extract_title(tree)
    if not metadata.url:
        metadata.url = helpers.extract_url(tree, None)
    url = metadata.url
    if not metadata.sitename:
        metadata.sitename = helpers.extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        named = helpers.META_URL.match(metadata.url)
        if named:
            metadata.sitename = named[1]
    metadata.clean_and_trim()

    def date() -> str | None:
        config = helpers.set_date_params(True)
        config["url"] = url  # untrimmed, as extract_metadata hands it over
        found = helpers.find_date(tree, **config)
        return _trimmed(helpers, found) if isinstance(found, str) else found

    return PageMetadata(metadata.title, metadata.sitename, metadata.url, date)


def _trimmed(helpers: SimpleNamespace, value: str) -> str | None:
    """A field as ``Document.clean_and_trim`` leaves it (None when nothing printable is left)."""
    if len(value) > 10000:
        value = value[:9999] + "…"
    trimmed: str | None = helpers.line_processing(unescape(value))
    return trimmed


def _from_trafilatura(html: str) -> PageMetadata | None:
    import trafilatura

    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return None
    found = metadata.date
    return PageMetadata(metadata.title, metadata.sitename, metadata.url, lambda: found)


#: The functions of trafilatura and htmldate that ``extract_metadata`` calls for the four fields, by module.
_NEEDED = {
    "trafilatura.metadata": (
        "META_URL",
        "examine_meta",
        "extract_meta_json",
        "extract_sitename",
        "extract_title",
        "extract_url",
    ),
    "trafilatura.settings": ("set_date_params",),
    "trafilatura.utils": ("line_processing", "load_html"),
    "htmldate": ("find_date",),
}
#: The trafilatura releases whose ``extract_metadata`` these steps were checked against, by version prefix.
_CHECKED_RELEASES = ("2.3.",)
_loaded: list[SimpleNamespace | None] = []


def _helpers() -> SimpleNamespace | None:
    """The helpers, gathered once; None when this trafilatura is not a checked release or lacks one of
    them (its ``extract_metadata`` is used)."""
    if not _loaded:
        if not _checked_release():
            _loaded.append(None)
            return None
        try:
            found = {
                name: getattr(importlib.import_module(module), name)
                for module, names in _NEEDED.items()
                for name in names
            }
        except (ImportError, AttributeError):
            _loaded.append(None)
        else:
            _loaded.append(SimpleNamespace(**found))
    return _loaded[0]


def _checked_release() -> bool:
    try:
        version = importlib.metadata.version("trafilatura")
    except importlib.metadata.PackageNotFoundError:
        return False
    return version.startswith(_CHECKED_RELEASES)
