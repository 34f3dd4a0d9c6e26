"""HTML: the article's main text, title and dates; scripts and page furniture dropped.

Nothing in the page runs and no markup survives into the text: the text is
rebuilt from text nodes only, so a `<script>` in a hostile page is neither
executed nor stored as markup (the original bytes are archived as they came).
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from testimonia.ingest.dates import iso_date
from testimonia.ingest.read import Parsed
from testimonia.ingest.text import decode
from testimonia.model import DocumentMeta

_DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, textarea, dialog, [hidden], [aria-hidden=true]"
_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption dt dd td th caption address".split())
_SPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Meta tags that carry a publication date, most specific first.
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="citation_publication_date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.date"]',
    'meta[name="DC.date"]',
    'meta[name="publish-date"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
)


def parse(data: bytes, name: str) -> Parsed:
    html, encoding = _decode_html(data, name)
    tree = LexborHTMLParser(html)
    meta = DocumentMeta(
        title=_title(tree),
        publisher=_attr(tree, 'meta[property="og:site_name"]') or _attr(tree, 'meta[name="publisher"]'),
        url=_attr(tree, 'link[rel="canonical"]', "href") or _attr(tree, 'meta[property="og:url"]'),
        published=_published(tree),
        language=_language(tree),
    )
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("br"):
        node.replace_with(" ")  # a line break inside a paragraph is a space in the text
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body or tree.root
    text = _text_of(root) if root is not None else ""
    return Parsed(text=text, format="html", encoding=encoding, meta=meta)


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detect instead
    return decode(data, name)


def _text_of(root: LexborNode) -> str:
    """Paragraph-separated text of the innermost blocks, or all text when the page has no blocks."""
    paragraphs = []
    for node in root.traverse(include_text=False):
        if node.tag in _BLOCKS and not _has_block_inside(node):
            # No separator: inline tags (<em>, <a>) join their text as the page shows it.
            line = _SPACE.sub(" ", node.text(deep=True, separator="")).strip()
            if line:
                paragraphs.append(line)
    whole = _SPACE.sub(" ", root.text(deep=True, separator=" ")).strip()
    if not paragraphs or sum(map(len, paragraphs)) < len(whole) / 2:
        # Text sitting directly in divs would be lost block by block: keep it all instead.
        lines = (_SPACE.sub(" ", line).strip() for line in root.text(deep=True, separator="\n").splitlines())
        return "\n".join(line for line in lines if line)
    return "\n\n".join(paragraphs)


def _has_block_inside(node: LexborNode) -> bool:
    return any(child.tag in _BLOCKS for child in node.traverse(include_text=False) if child is not node and child.mem_id != node.mem_id)


def _attr(tree: LexborHTMLParser, selector: str, attribute: str = "content") -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get(attribute) if node is not None else None
    return value.strip() or None if value else None


def _title(tree: LexborHTMLParser) -> str | None:
    title = _attr(tree, 'meta[property="og:title"]')
    if title:
        return title
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return _SPACE.sub(" ", node.text(strip=True))
    return None


def _published(tree: LexborHTMLParser) -> str | None:
    for selector in _DATE_META:
        value = iso_date(_attr(tree, selector))
        if value:
            return value
    for node in tree.css('script[type="application/ld+json"]'):
        value = iso_date(_json_ld_date(node.text()))
        if value:
            return value
    node = tree.css_first("article time[datetime]") or tree.css_first("time[datetime]")
    return iso_date(node.attributes.get("datetime")) if node is not None else None


def _json_ld_date(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(item.get(key), str):
                    return item[key]
    return None


def _language(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("html")
    lang = node.attributes.get("lang") if node is not None else None
    return lang.split("-")[0].lower() if lang else None
