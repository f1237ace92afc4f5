"""HTML to the plain text the differ reads."""

from __future__ import annotations

import pytest

from watcher.feeds.entrytext import article_text, html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("", ""),
        ("plain   words\n\n here", "plain words\nhere"),
        ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
        ("Kyiv&nbsp;&amp; NATO &mdash; &#8220;irreversible&#8221;", "Kyiv & NATO — “irreversible”"),
        ("<script>alert(1)</script><style>p{}</style>Text<noscript>x</noscript>", "Text"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<b>bold</b> and <i>it</i>alic", "bold and italic"),
        ("<!-- hidden --><p>seen</p>", "seen"),
        ("<p>unclosed <b>tags", "unclosed tags"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("<iframe src='x'>inner</iframe>after", "after"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_article_text_keeps_the_story_and_drops_furniture() -> None:
    story = " ".join(
        f"Paragraph {i} says NATO allies discussed Ukraine's membership path at length."
        for i in range(8)
    )
    page = (
        "<html><head><title>Story</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Allies meet</h1><p>{story}</p><p>{story}</p></article>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"
    )
    text = article_text(page, "https://example.org/story")
    assert "Paragraph 3 says NATO allies" in text
    assert "var x" not in text and "Home" not in text.split("\n")[0]


def test_article_text_of_an_empty_page_is_empty() -> None:
    assert article_text(b"") == ""
