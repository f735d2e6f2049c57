"""HTML views: the page of shos-speech show, the notebook fragment and Result._repr_html_,
checked with html.parser everywhere and in headless Chromium where it is installed."""
from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

import shos_speech
from shos_speech import Result
from shos_speech.report import TYPES, render
from shos_speech.summary import NARRATOR, Counts

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "statement.txt"


class Page(HTMLParser):
    """Collects marks (by type and key), tables, legend entries, external references, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, set[str]] = defaultdict(set)
        self.mark_titles: dict[str, str] = {}
        self.tables: dict[str, int] = {}
        self.legend: list[str] = []
        self.counts: dict[str, list[str]] = defaultdict(list)  # kind -> [legend count, heading count]
        self.row_ids: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.cells: dict[str, list[str]] = defaultdict(list)
        self.gaps = 0
        self._count_of: str | None = None
        self._section: str | None = None
        self._row: str | None = None
        self._cell: list[str] | None = None
        self._in_gap = False
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
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "h2":
            self._section = (a.get("id") or "").removeprefix("table-")
        if tag == "span" and "count" in classes:
            self._count_of = self.legend[-1] if self._section is None else self._section
        if tag == "span" and "gap" in classes:
            self.gaps += 1
            self._in_gap = True
        if tag == "tr" and a.get("id"):
            self._row = a["id"]
            self.row_ids.append(a["id"])
        if tag == "td" and self._row:
            self._cell = []
        if self._in_text:
            self._depth += 1
        if tag == "div" and a.get("class") == "text":
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
        if tag == "span":
            self._in_gap = False
        if tag == "td" and self._cell is not None and self._row:
            self.cells[self._row].append("".join(self._cell))
            self._cell = None
        if tag == "tr":
            self._row = None
        if tag == "table":
            self._table = None
        if self._in_text:
            self._depth -= 1
            if self._depth == 0:
                self._in_text = 0

    def handle_data(self, data):
        if self._count_of is not None:
            self.counts[self._count_of].append(data.strip("()"))
            self._count_of = None
        if self._cell is not None:
            self._cell.append(data)
        if self._in_text and not self._in_gap:
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


NESTED_TEXT = "Казахстан предложил создать Центр ШОС по противодействию терроризму, сообщает агентство."


def _sp(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


@pytest.fixture()
def nested() -> Result:
    """A threat inside an initiative inside nothing, an institution mention inside both, no speaker."""
    t = NESTED_TEXT
    return Result.model_validate({
        "initiatives": [{"span": _sp(t, "создать Центр ШОС по противодействию терроризму"),
                         "name": "создание Центра ШОС по противодействию терроризму",
                         "kind": "institution_building", "stance": "proposes", "proposer": "Казахстан"}],
        "threats": [{"span": _sp(t, "терроризму"), "name": "терроризм", "category": "terrorism"}],
        "institutions": [{"name": "Шанхайская организация сотрудничества", "acronym": "ШОС",
                          "kind": "international_organization", "mentions": [_sp(t, "ШОС")]}],
    })


def test_legend_and_headings_count_the_same_thing(extractor):
    text = EXAMPLE.read_text(encoding="utf-8")
    result = extractor.extract(text)
    page = parse(render(text, result))
    for kind in TYPES:
        legend, heading = page.counts[kind]
        assert legend == heading, kind
        assert legend.split(" · ")[0] == str(page.tables.get(kind, 0))  # the number of rows of its table
    mentions = sum(len(i.mentions) for i in result.institutions)
    assert page.counts["institution"][0] == f"{len(result.institutions)} · {mentions} mentions"


def test_a_nested_item_names_the_other_in_both_rows(nested):
    page = parse(render(NESTED_TEXT, nested))
    assert page.cells["row-threat-0"][-1] == "in Initiative 1"
    assert page.cells["row-initiative-0"][-1] == "contains Threat 1, Institution 1"
    assert page.cells["row-institution-0"][-1] == "in Initiative 1"
    assert {"row-initiative-0", "row-threat-0"} <= set(page.links)  # the names link to the rows


def test_the_narrator_is_shown_as_in_summary(nested):
    page = parse(render(NESTED_TEXT, nested))
    counts = Counts()
    counts.add("threat", nested.threats[0].model_dump(mode="json"))
    assert list(counts.by_speaker) == [NARRATOR]
    assert page.cells["row-threat-0"][3] == NARRATOR  # the speaker column
    assert f"speaker: {NARRATOR}" in page.mark_titles["threat-0"]


def test_every_mark_leads_to_its_row_and_every_row_back(extractor):
    text = EXAMPLE.read_text(encoding="utf-8")
    result = extractor.extract(text)
    html = render(text, result)
    page = parse(html)
    items = {key.rsplit("-", 1)[0] if key.count("-") == 2 else key for keys in page.marks.values() for key in keys}
    assert {f"row-{i}" for i in items} <= set(page.row_ids)
    assert "location.hash='row-'+m.dataset.item" in html  # a click on a mark opens its row
    assert all(target in page.ids for target in page.links)  # every in-page link has its target


def test_notebook_fragment_and_repr_html(nested):
    fragment = shos_speech.render_html(NESTED_TEXT, nested)
    assert isinstance(fragment, str) and fragment._repr_html_() == fragment
    page = parse(fragment)
    assert "".join(page.text_parts) == NESTED_TEXT
    assert {k: len(v) for k, v in page.marks.items()} == {"initiative": 1, "threat": 1, "institution": 1}
    assert "<script" not in fragment and "body{" not in fragment  # nothing leaks into the notebook
    assert shos_speech.render_html(NESTED_TEXT, nested, page=True) == render(NESTED_TEXT, nested)


def test_repr_html_shows_the_items_where_they_stand(nested, extractor):
    page = parse(nested._repr_html_())
    assert {k: len(v) for k, v in page.marks.items()} == {"initiative": 1, "threat": 1, "institution": 1}
    assert "".join(page.text_parts) == "создать Центр ШОС по противодействию терроризму"
    assert page.gaps == 1  # "Казахстан предложил " is not part of any item; the rest is after the last
    r = extractor.extract(EXAMPLE.read_text(encoding="utf-8"))
    shown = "".join(parse(r._repr_html_()).text_parts)
    assert all(sp.text in shown for sp in [t.span for t in r.threats] + [p.span for p in r.priorities])
    assert Result()._repr_html_().count("<mark") == 0


def test_a_text_with_lone_surrogates_gives_a_page_that_can_be_written(extractor, tmp_path):
    text = "Стороны осудили терроризм\ud800 и экстремизм на саммите ШОС\udcd0."
    result = extractor.extract(text)
    html = render(text, result)
    html.encode("utf-8")  # what write_report does
    assert "".join(parse(html).text_parts) == text.replace("\ud800", "\ufffd").replace("\udcd0", "\ufffd")
    shos_speech.render_html(text, result).encode("utf-8")


def test_a_page_with_thousands_of_items_renders_in_linear_time():
    n = 20_000
    text = "".join(f"угроза терроризма {i:05d}. " for i in range(n))
    step = len(text) // n
    result = Result.model_validate({"threats": [
        {"span": {"start": i * step + 7, "end": i * step + 17, "text": text[i * step + 7:i * step + 17]},
         "name": "терроризм", "category": "terrorism"} for i in range(n)]})
    import time

    t0 = time.monotonic()
    html = render(text, result)
    assert time.monotonic() - t0 < 30  # segment by segment over all marks was quadratic: minutes here
    assert html.count('<mark class="hl threat"') == n


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_click_on_an_item_in_chromium_opens_its_row(tmp_path, nested):
    """The page's own script, run by a browser: clicking the threat inside the initiative opens the threat's row."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed here (apt-get install chromium): browser check skipped")
    probe = ("<script>document.querySelector('mark[data-item=\"threat-0\"]').click();"
             "document.body.setAttribute('data-hash', location.hash);</script></body>")
    page = tmp_path / "report.html"
    page.write_text(render(NESTED_TEXT, nested).replace("</body>", probe), encoding="utf-8")
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-hash="#row-threat-0"' in dom, dom[-500:]
