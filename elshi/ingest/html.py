"""HTML -> Article: the main text by trafilatura (precision first), plain lxml text as the
fallback; title, outlet, date and URL from trafilatura's own metadata extraction (og/twitter/
Dublin Core metas, JSON-LD, ``<title>``, ``<h1>``, ``<time>``, the canonical link; the date
through htmldate, without guessing from the body text).

Markup never leaks: an unclosed ``<title>`` or ``<textarea>`` (whose content HTML parsers read
as raw text up to the closing tag) is closed before parsing, and whatever still looks like a
tag in the text or title is removed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterable

from elshi.ingest.plaintext import _clean_field, article_from_text, parse_date_value
from elshi.model import Article

HTML_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                  "iframe", "svg", "button", "template")
HTML_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
                   "section", "article", "pre", "figcaption", "dd", "dt")
XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
# elements whose content a parser reads as raw text up to their closing tag
RAW_TEXT_OPEN_RE = re.compile(r"(?is)<(title|textarea)\b[^>]*>")
TAG_RE = re.compile(r"</?[A-Za-z!][^<>]{0,500}>")
# htmldate: the publication date from the markup, never a date guessed from the body text
DATE_CONFIG = {"extensive_search": False, "original_date": True}


@dataclass
class HtmlParts:
    text: str
    title: str | None = None
    source_name: str | None = None
    published_on: dt.date | None = None
    url: str | None = None


def article_from_html(html: str, source_file: str, **given: Any) -> Article:
    """Article of an HTML document; non-empty ``given`` metadata wins over the page's."""
    parts = html_parts(html)
    meta = {"title": parts.title, "source_name": parts.source_name,
            "published_on": parts.published_on, "url": parts.url}
    meta.update({k: v for k, v in given.items() if v not in (None, "")})
    return article_from_text(parts.text, source_file, **meta)


def html_parts(html: str) -> HtmlParts:
    """Main text and metadata of an HTML document."""
    html = close_raw_text_elements(XML_DECLARATION_RE.sub("", html))
    doc = _parse_html(html)
    text = main_text(html) or (_lxml_text(doc) if doc is not None else "")
    text = strip_tags(text)
    if doc is None:
        return HtmlParts(text=text)
    meta = _metadata(html)
    title = _first([meta.title if meta else None, _xpath_text(doc, "//h1")])
    return HtmlParts(
        text=text,
        title=strip_tags(title) if title else None,
        source_name=_first([meta.sitename if meta else None]),
        published_on=parse_date_value(meta.date) if meta and meta.date else None,
        url=_first([meta.url if meta else None]),
    )


def close_raw_text_elements(html: str) -> str:
    """Close an unclosed ``<title>``/``<textarea>`` right before the next tag, so the rest of the
    page is not read as its text."""
    out, pos = [], 0
    for m in RAW_TEXT_OPEN_RE.finditer(html):
        if m.start() < pos:
            continue
        name = m.group(1).lower()
        close = re.compile(rf"(?i)</{name}\s*>").search(html, m.end())
        nxt = html.find("<", m.end())
        if close is not None and (nxt < 0 or close.start() == nxt):
            continue  # closed properly, nothing else inside
        if nxt < 0 or (close is not None and close.start() < nxt):
            continue
        out.append(html[pos:nxt] + f"</{name}>")
        pos = nxt
    out.append(html[pos:])
    return "".join(out)


def strip_tags(text: str) -> str:
    """Remove anything that still looks like a tag (markup of a page that did not parse cleanly)."""
    return TAG_RE.sub(" ", text) if "<" in text else text


def _parse_html(html: str):
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def main_text(html: str) -> str:
    import trafilatura  # lazily: slow to import and not needed for .txt

    text = trafilatura.extract(html, favor_precision=True, include_comments=False,
                               include_tables=True, include_images=False, include_links=False,
                               deduplicate=False, output_format="txt")
    return text or ""


def _metadata(html: str):
    from trafilatura.metadata import extract_metadata

    try:
        return extract_metadata(html, extensive=False, date_config=DATE_CONFIG)
    except Exception:  # a page trafilatura cannot read: the text still counts
        return None


def _lxml_text(doc) -> str:
    """Fallback text: the <article>/<main>/<body> text with furniture removed, one line per block."""
    import copy

    doc = copy.deepcopy(doc)
    for el in doc.xpath("|".join(f"//{tag}" for tag in HTML_DROP_TAGS)):
        el.drop_tree()
    root = _first_node(doc, ("//article", "//main", "//body"))
    root = doc if root is None else root
    for el in root.iter(*HTML_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()


def _first_node(doc, xpaths: Iterable[str]):
    for xp in xpaths:
        nodes = doc.xpath(xp)
        if nodes:
            return nodes[0]
    return None


def _xpath_text(doc, xpath: str) -> str | None:
    nodes = doc.xpath(xpath)
    return nodes[0].text_content() if nodes else None


def _first(values: Iterable[Any]) -> str | None:
    for value in values:
        if (cleaned := _clean_field(value)):
            return cleaned
    return None
