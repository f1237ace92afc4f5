"""What every article set's `source.py` shares: sentences, articles, the feed and gold
files they make, and the sanity checks they pass (the format of `../shared/eval/articles/`).

A set's `source.py` lists its articles with `S(...)` and `article(...)`; `build.py` calls `main`:

    S(text)                                   irrelevant (not listed in gold.jsonl)
    S(text, label, dev, why[, alt])           listed in gold.jsonl

label: new | changed | contradicted | known, judged against the claims of the five seed documents.
dev: the development a new/changed/contradicted sentence reports; repeats in the same or other
articles share it, so recall counts it once; a list when a sentence reports two. alt: labels a
careful analyst could also defend for this sentence; a sentence whose alt holds known or
irrelevant is optional (not counted in recall, but not noise when reported with its label or an
alt label).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

Sentence = dict[str, Any]
Article = dict[str, Any]


def S(
    text: str, label: str | None = None, dev: Any = None, why: str = "", alt: Any = None
) -> Sentence:
    return {"text": text, "label": label, "dev": dev, "why": why, "alt": alt or []}


def article(
    into: list[Article],
    guid: str,
    date: str,
    link: str,
    title: Sentence,
    paras: list[list[Sentence]],
    on_topic: bool,
) -> None:
    into.append(
        {
            "guid": guid,
            "date": date,
            "link": link,
            "title": title,
            "paras": paras,
            "on_topic": on_topic,
        }
    )


def body_html(paras: list[list[Sentence]]) -> str:
    return "".join(
        "<p>" + html.escape(" ".join(s["text"] for s in p), quote=False) + "</p>" for p in paras
    )


# The plain splitter a scorer uses: a sentence ends at [.!?] (plus closing quotes) followed by white
# space and a capital letter or digit (optionally behind an opening quote).
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for m in _SPLIT.finditer(paragraph):
        out.append(paragraph[start : m.start()] + m.group(0).rstrip())
        start = m.end()
    out.append(paragraph[start:])
    return [s.strip() for s in out if s.strip()]


def build(
    articles: list[Article], here: Path, channel: str, description: str
) -> list[dict[str, Any]]:
    """Write articles.xml and gold.jsonl into `here`; returns the gold records."""
    items = []
    gold = []
    for a in sorted(articles, key=lambda a: a["date"]):
        when = datetime.fromisoformat(a["date"]).astimezone(timezone.utc)
        items.append(
            "<item>"
            f"<title>{escape(a['title']['text'])}</title>"
            f"<link>{escape(a['link'])}</link>"
            f'<guid isPermaLink="false">{escape(a["guid"])}</guid>'
            f"<pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(body_html(a['paras']))}</description>"
            "</item>"
        )
        for s in [a["title"]] + [s for p in a["paras"] for s in p]:
            if not s["label"]:
                continue
            rec = {
                "article": a["guid"],
                "sentence": s["text"],
                "label": s["label"],
                "why": s["why"],
            }
            if s["label"] != "known":
                rec["dev_group"] = s["dev"]
            if s["alt"]:
                rec["alt"] = s["alt"]
            gold.append(rec)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0"><channel>'
        f"<title>{channel}</title>"
        "<link>https://example.invalid/eval/articles</link>"
        f"<description>{description}</description>" + "\n".join(items) + "</channel></rss>\n"
    )
    (here / "articles.xml").write_text(xml, encoding="utf-8")
    with open(here / "gold.jsonl", "w", encoding="utf-8") as f:
        for rec in gold:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return gold


def check(articles: list[Article]) -> None:
    """Sanity checks: labels, groups, sentence boundaries, sizes."""
    for a in articles:
        sents = [s for p in a["paras"] for s in p]
        assert 8 <= len(sents) <= 14, (a["guid"], len(sents))
        for p in a["paras"]:
            joined = " ".join(s["text"] for s in p)
            assert split_sentences(joined) == [s["text"] for s in p], (
                a["guid"],
                split_sentences(joined),
            )
        for s in [a["title"]] + sents:
            assert s["label"] in (None, "known", "new", "changed", "contradicted"), s
            assert (s["label"] in ("new", "changed", "contradicted")) == bool(s["dev"]), s["text"]
            assert set(s["alt"]) <= {"known", "new", "changed", "contradicted", "irrelevant"}, s
            assert s["label"] not in s["alt"], s
            assert "\n" not in s["text"], s
    guids = [a["guid"] for a in articles]
    assert len(guids) == len(set(guids))


def main(articles: list[Article], here: Path, channel: str, description: str) -> None:
    """Build the set's files, check them, and say what was written."""
    gold = build(articles, here, channel, description)
    check(articles)
    n_sent = sum(1 + sum(len(p) for p in a["paras"]) for a in articles)
    print(
        f"{len(articles)} articles ({sum(a['on_topic'] for a in articles)} on topic), "
        f"{n_sent} sentences, {len(gold)} gold lines"
    )
