"""HTML from feeds and article pages turned into the plain text the differ reads."""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

#: Elements whose content is never prose.
DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "head",
    "button",
    "select",
    "form",
)
#: Elements that end a line, so sentences in separate paragraphs stay apart.
BLOCKS = frozenset(
    """
    p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr td th section article header
    footer aside figure figcaption dd dt dl hr main nav address
    """.split()
)

_MARKUP = re.compile(r"[<&]")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def normalise_space(text: str) -> str:
    """Fold runs of spaces, trim each line, drop empty lines."""
    text = _INLINE_SPACE.sub(" ", text.replace("\r", "\n").replace("\u00a0", " "))
    return _BLANK_LINES.sub("\n", text).strip()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: scripts and styles dropped, entities decoded."""
    if not markup:
        return ""
    if not _MARKUP.search(markup):
        return normalise_space(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return normalise_space(html.unescape(re.sub(r"<[^>]*>", " ", markup)))
    parts: list[str] = []
    _collect(root, parts)
    return normalise_space("".join(parts))


def _collect(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in DROPPED:
        return
    block = tag in BLOCKS
    if block:
        parts.append("\n")
    if tag and element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")
    elif tag == "img" and element.get("alt"):
        parts.append(" ")


def article_text(page: bytes | str, url: str = "") -> str:
    """The main text of an article page (trafilatura), or '' when it finds none."""
    import trafilatura

    if not page:
        return ""
    extracted = trafilatura.extract(
        page,
        url=url or None,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=True,
    )
    return normalise_space(extracted or "")
