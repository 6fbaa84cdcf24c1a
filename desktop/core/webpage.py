"""A whole saved web page → the article's text, title, date and address (via trafilatura).

Government portals (SharePoint templates, the Đắk Nông district sites) lay
out the page with nested tables.  trafilatura renders a table cell as one
line, which glues every paragraph of the article into one ``| ... |`` row,
so layout tables (tables that contain paragraphs, blocks or other tables)
are turned into plain blocks first; data tables keep their rows.  The
Wayback Machine toolbar of archived copies is removed before extraction.
The page's title, address and date are what trafilatura's metadata gives
(:mod:`desktop.core.page_metadata`), the date looked for only when asked.

trafilatura and lxml are imported when the first page is read, not with this
module: with what they pull in (htmldate, courlan, urllib3, ssl, babel ...)
they cost about a quarter of a second of CPU, which every import of plain
text and JSON Lines articles paid for nothing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.metadata import normalise_date
from desktop.core.page_metadata import PageMetadata, page_metadata

if TYPE_CHECKING:
    import lxml.html

#: The libraries reading a page needs, imported with the first page.
LIBRARIES = ("lxml.html", "trafilatura")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_WAYBACK_TOOLBAR = "//*[starts-with(@id, 'wm-ipp') or @id='donato' or starts-with(@id, 'wm-')]"
#: Page titles that name the site, not the article.
_GENERIC_TITLES = {"home", "trang chủ", "trang chu", "index", "default"}


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    url: str | None
    metadata: PageMetadata | None = field(default=None, repr=False, compare=False)

    @property
    def published(self) -> str | None:
        """The date the page's metadata gives, looked for only when asked: the reader asks only when
        the article's text names no date of its own."""
        return normalise_date(self.metadata.date) if self.metadata else None


def load_libraries() -> None:
    """Import :data:`LIBRARIES` now: before an import forks its workers, so that they share one copy."""
    for name in LIBRARIES:
        importlib.import_module(name)


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    for table in list(tree.iter("table")):
        if (
            table.find(".//p") is not None
            or table.find(".//div") is not None
            or table.find(".//table") is not None
        ):
            for element in table.iter(*_TABLE_PARTS):
                element.tag = "div"


def _prepare(html: str) -> str:
    import lxml.html  # loaded with the first page: see the docstring above

    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    for element in tree.xpath(_WAYBACK_TOOLBAR):
        element.drop_tree()
    _unwrap_layout_tables(tree)
    return lxml.html.tostring(tree, encoding="unicode")


def _page_title(title: str | None, sitename: str | None) -> str | None:
    if not title:
        return None
    title = title.strip()
    if title.casefold() in _GENERIC_TITLES or (sitename and title.casefold() == sitename.strip().casefold()):
        return None
    return title


def read_page(html: str) -> Page:
    """The article in a web page; empty text when trafilatura finds no main content."""
    import trafilatura  # loaded with the first page: see the docstring above

    prepared = _prepare(html)
    text = (
        trafilatura.extract(prepared, include_tables=True, include_comments=False, include_images=False) or ""
    )
    meta = page_metadata(prepared)
    title = _page_title(meta.title, meta.sitename) if meta else None
    return Page(text, title, meta.url if meta else None, meta)
