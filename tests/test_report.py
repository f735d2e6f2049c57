"""shos-speech show: one self-contained HTML page, checked with html.parser everywhere and
in headless Chromium where it is installed."""
from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from shos_speech import Result
from shos_speech.report import TYPES, render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "statement.txt"


class Page(HTMLParser):
    """Collects marks (by type and key), tables, legend entries, external references, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, set[str]] = defaultdict(set)
        self.mark_titles: dict[str, str] = {}
        self.tables: dict[str, int] = {}
        self.legend: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.text_parts: list[str] = []
        self._in_text = 0
        self._depth = 0
        self._table: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        classes = (a.get("class") or "").split()
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "link":
            self.external.append(a.get("href") or "link")
        if self._in_text:
            self._depth += 1
        if tag == "div" and a.get("id") == "text":
            self._in_text, self._depth = 1, 1
        if tag == "mark" and "hl" in classes:
            kind = next(c for c in classes if c in TYPES)
            self.marks[kind].add(a["data-key"])
            self.mark_titles[a["data-key"]] = a.get("title") or ""
        if tag == "li" and (set(classes) & set(TYPES)):
            self.legend.append(classes[0])
        if tag == "table" and "items" in classes:
            self._table = next(c for c in classes if c in TYPES)
            self.tables[self._table] = 0
        if tag == "tr" and self._table and a.get("data-type"):
            self.tables[self._table] += 1

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None
        if self._in_text:
            self._depth -= 1
            if self._depth == 0:
                self._in_text = 0

    def handle_data(self, data):
        if self._in_text:
            self.text_parts.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def expected_counts(result: Result) -> dict[str, int]:
    return {"priority": len(result.priorities), "threat": len(result.threats), "initiative": len(result.initiatives),
            "institution": sum(len(i.mentions) for i in result.institutions),
            "speaker": sum(len(s.mentions) for s in result.speakers)}


def test_page_has_every_item_the_legend_and_the_tables(extractor):
    text = EXAMPLE.read_text(encoding="utf-8")
    result = extractor.extract(text)
    page = parse(render(text, result, title="statement.txt"))
    counts = expected_counts(result)
    assert all(counts.values()), counts  # the example shows all five kinds
    assert {k: len(v) for k, v in page.marks.items()} == counts
    assert page.legend == list(TYPES)
    assert page.tables == {"priority": len(result.priorities), "threat": len(result.threats),
                           "initiative": len(result.initiatives), "institution": len(result.institutions),
                           "speaker": len(result.speakers)}
    assert "".join(page.text_parts) == text  # the text is intact, highlights only wrap it
    assert page.external == [] and "script" in page.tags and "style" in page.tags
    t = result.threats[0]
    assert f"category: {t.category.value}" in page.mark_titles["threat-0"]


def test_overlapping_and_nested_spans_and_escaping():
    text = "<b>«ШОС» & СНГ</b> против терроризма"
    spans = {"a": (0, 18), "b": (3, 8), "c": (5, 14), "d": (26, 36)}

    def sp(k):
        s, e = spans[k]
        return {"start": s, "end": e, "text": text[s:e]}

    result = Result.model_validate({
        "priorities": [{"span": sp("a"), "name": "<script>alert(1)</script>", "area": "security"}],
        "institutions": [{"name": "ШОС \"x\"", "mentions": [sp("b")]}, {"name": "СНГ", "mentions": [sp("c")]}],
        "threats": [{"span": sp("d"), "name": "терроризм", "category": "terrorism", "speaker": "A & B"}],
    })
    html = render(text, result, title="<title>")
    page = parse(html)
    assert "".join(page.text_parts) == text
    assert {k: len(v) for k, v in page.marks.items()} == {"priority": 1, "institution": 2, "threat": 1}
    assert "<script>alert" not in html and "<b>«ШОС»" not in html
    assert html.count("<script>") == 1


def test_cli_show_writes_the_page(tmp_path):
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "shos_speech.cli", "show", str(EXAMPLE), "-o", str(out)],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    assert parse(out.read_text(encoding="utf-8")).marks["threat"]
    bad = subprocess.run([sys.executable, "-m", "shos_speech.cli", "show", str(tmp_path / "none.txt"), "-o",
                          str(out)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "no such file" in bad.stderr and "Traceback" not in bad.stderr


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_page_in_headless_chromium(tmp_path, extractor):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed here (apt-get install chromium): browser check skipped")
    text = EXAMPLE.read_text(encoding="utf-8")
    result = extractor.extract(text)
    page = tmp_path / "report.html"
    page.write_text(render(text, result), encoding="utf-8")
    png = tmp_path / "shot.png"
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([*base, f"--screenshot={png}", "--window-size=1200,900", page.as_uri()],
                   capture_output=True, timeout=120)
    assert png.exists(), "Chromium wrote no screenshot"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a blank 1200x900 page is ~5 KB
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    rendered = parse(dom)  # the DOM after Chromium parsed the page and ran its script
    assert {k: len(v) for k, v in rendered.marks.items()} == expected_counts(result)
