"""HTML views of a Result: the whole page of ``shos-speech show``, a notebook fragment, Jupyter's view.

Each Priority, Threat, Initiative, Institution mention and Speaker mention is a ``<mark>``
in its own colour. Overlapping and nested spans are split into segments at every
boundary; each segment wraps one ``<mark>`` per item covering it, outermost first, and
every item keeps one underline layer along its whole length (layered underlines).
Attributes show on hover (``title``). The page adds a legend and one table per type;
clicking an item in the text jumps to its row, a row's number jumps back to the text, and
an item standing inside another (a threat inside an initiative) names the other in both
rows. CSS and JS are inline, nothing is fetched, everything from the text is HTML-escaped.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from .models import Result, Span
from .summary import NARRATOR
from .textprep import replace_surrogates

#: type -> (label, colour)
TYPES: dict[str, tuple[str, str]] = {
    "priority": ("Priority", "#2e7d32"),
    "threat": ("Threat", "#c62828"),
    "initiative": ("Initiative", "#1565c0"),
    "institution": ("Institution", "#ef6c00"),
    "speaker": ("Speaker", "#6a1b9a"),
}
LAYER_PX = 4
GAP = "…"
NO_TEXT = ("A Result does not hold its text: each item is shown where it stands, … for the rest "
           "(shos_speech.render_html(text, result) or shos-speech show FILE show all of it).")


class Html(str):
    """An HTML string that Jupyter displays as HTML (and that is still a ``str`` to write out)."""

    def _repr_html_(self) -> str:
        return str(self)


@dataclass
class Mark:
    """One highlighted span: ``key`` is unique per span, ``item`` groups an entity's mentions."""

    kind: str
    key: str
    item: str
    start: int
    end: int
    title: str
    layer: int = 0


@dataclass
class Item:
    """One row of a table: a Priority/Threat/Initiative, or an Institution/Speaker with its mentions."""

    kind: str
    ident: str  # "threat-0": the rows' anchors and the marks' data-item
    label: str  # "Threat 1": how other rows refer to it
    cells: list[Any]
    spans: list[Span]
    title: str
    within: set[str] = field(default_factory=set)  # idents of the items it stands inside
    contains: set[str] = field(default_factory=set)


def _v(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def _title(label: str, fields: dict[str, Any]) -> str:
    parts = [label] + [f"{k}: {_v(v)}" for k, v in fields.items() if v not in (None, "", [])]
    return "\n".join(parts)


def _who(speaker: str | None) -> str:
    return speaker or NARRATOR  # as shos-speech summary shows an unattributed item


def _span(sp: Span) -> str:
    return f"{sp.start}–{sp.end}"


def _mentions(spans: list[Span]) -> str:
    return " · ".join(m.text for m in spans)


#: the columns of a table that are no attribute of the item's tooltip
_NOT_IN_TITLE = frozenset({"name", "text", "span", "mentions"})


def _cell(obj: Any, column: str) -> Any:
    """What a table shows in ``column``: a field as it is; the speaker or the narrator; spans as text."""
    if column == "speaker":
        return _who(obj.speaker)
    if column == "text":
        return obj.span.text
    if column == "span":
        return _span(obj.span)
    if column == "mentions":
        return _mentions(obj.mentions)
    return getattr(obj, column)


def items(result: Result) -> list[Item]:
    """Every row of every table, in table order: cells by the table's headings, the tooltip by the rest."""
    groups = [("priority", result.priorities), ("threat", result.threats), ("initiative", result.initiatives),
              ("institution", result.institutions), ("speaker", result.speakers)]
    out: list[Item] = []
    for kind, objs in groups:
        label = TYPES[kind][0]
        for n, obj in enumerate(objs):
            cells = [_cell(obj, h) for h in HEADERS[kind]]
            fields = {h: c for h, c in zip(HEADERS[kind], cells, strict=True) if h not in _NOT_IN_TITLE}
            spans = [obj.span] if hasattr(obj, "span") else list(obj.mentions)
            title = _title(f"{label}: {obj.name}", fields)
            out.append(Item(kind, f"{kind}-{n}", f"{label} {n + 1}", cells, spans, title))
    return out


HEADERS: dict[str, list[str]] = {
    "priority": ["name", "area", "rank", "cue", "speaker", "text", "span"],
    "threat": ["name", "category", "speaker", "text", "span"],
    "initiative": ["name", "kind", "stance", "proposer", "target", "speaker", "text", "span"],
    "institution": ["name", "acronym", "kind", "parent", "country", "mentions"],
    "speaker": ["name", "title", "country", "mentions"],
}


def marks(result: Result, rows: list[Item] | None = None) -> list[Mark]:
    """Every non-empty span of ``result`` as a :class:`Mark`, with underline layers assigned."""
    out: list[Mark] = []
    for it in rows if rows is not None else items(result):
        for j, sp in enumerate(it.spans):
            if sp.end > sp.start:
                key = it.ident if it.kind in ("priority", "threat", "initiative") else f"{it.ident}-{j}"
                out.append(Mark(it.kind, key, it.ident, sp.start, sp.end, it.title))
    # interval colouring: the longest span starting first gets the lowest free layer, so
    # every item keeps one underline depth along its whole length
    layer_end: list[int] = []
    for m in sorted(out, key=lambda m: (m.start, -m.end)):
        free = next((k for k, end in enumerate(layer_end) if end <= m.start), None)
        if free is None:
            layer_end.append(m.end)
            free = len(layer_end) - 1
        else:
            layer_end[free] = m.end
        m.layer = free
    return out


def _link_nesting(rows: list[Item], ms: list[Mark]) -> None:
    """Fill ``within`` / ``contains``: a mark inside another (or on the same span, listed after it)."""
    by_ident = {it.ident: it for it in rows}
    order = {k: n for n, k in enumerate(TYPES)}
    active: list[Mark] = []
    for m in sorted(ms, key=lambda m: (m.start, -m.end, order[m.kind])):
        active = [a for a in active if a.end > m.start]
        for outer in active:
            if outer.end >= m.end and outer.item != m.item:
                by_ident[m.item].within.add(outer.item)
                by_ident[outer.item].contains.add(m.item)
        active.append(m)


def _segments(length: int, ms: list[Mark]) -> Iterator[tuple[int, int, list[Mark]]]:
    """``(start, stop, marks covering it, outermost first)`` for every stretch between two boundaries."""
    cuts = sorted({0, length, *(m.start for m in ms), *(m.end for m in ms)})
    pending = sorted(ms, key=lambda m: m.start)
    k = 0
    active: list[Mark] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while k < len(pending) and pending[k].start <= a:
            active.append(pending[k])
            k += 1
        active = [m for m in active if m.end > a]
        yield a, b, sorted(active, key=lambda m: -m.layer)


def highlight(text: str, result: Result, known: Callable[[int, int], bool] | None = None,
              ms: list[Mark] | None = None) -> str:
    """The text as HTML with nested ``<mark>`` elements (segments split at every boundary).

    ``known(a, b)`` False marks a stretch whose characters are not known (shown as a gap).
    """
    ms = marks(result) if ms is None else ms
    html: list[str] = []
    first: set[str] = set()
    for a, b, covering in _segments(len(text), ms):
        if not covering and known is not None and not known(a, b):
            html.append(f'<span class="gap" title="not part of any item">{GAP}</span>')
            continue
        for m in covering:  # outermost (deepest underline) first
            ident = ""
            if m.key not in first:
                first.add(m.key)
                ident = f' id="{escape(m.key)}"'
            html.append(f'<mark class="hl {m.kind}"{ident} data-key="{escape(m.key)}" data-item="{escape(m.item)}" '
                        f'style="--layer:{m.layer}" title="{escape(m.title)}">')
        html.append(escape(replace_surrogates(text[a:b])))  # a page is UTF-8: no lone surrogate in it
        html.append("</mark>" * len(covering))
    return "".join(html)


def _skeleton(result: Result) -> tuple[str, Callable[[int, int], bool]]:
    """A text as long as the spans reach, with their characters where they stand and NULs between."""
    spans = [sp for it in items(result) for sp in it.spans if sp.end > sp.start]
    chars = ["\0"] * max((sp.end for sp in spans), default=0)
    for sp in spans:
        chars[sp.start:sp.end] = sp.text
    covered = bytearray(len(chars))
    for sp in spans:
        covered[sp.start:sp.end] = b"\1" * (sp.end - sp.start)
    return "".join(chars), lambda a, b: all(covered[a:b])


_MARK_CSS = """
.shos-speech .text{white-space:pre-wrap;font-size:1.05rem;line-height:2.6;border:1px solid #ddd;border-radius:6px;
      padding:1rem 1.2rem;background:#fcfcfc;color:#222}
.shos-speech mark.hl{background:transparent;color:inherit;padding-bottom:calc(var(--layer)*%(px)dpx + 1px);
        border-bottom:3px solid var(--c);cursor:pointer}
.shos-speech mark.hl.active{background:color-mix(in srgb,var(--c) 22%%,transparent)}
.shos-speech .gap{color:#999;padding:0 .3rem}
%(colours)s
.shos-speech .legend{display:flex;flex-wrap:wrap;gap:1rem;margin:.8rem 0;padding:0;list-style:none}
.shos-speech .legend li{display:flex;align-items:center;gap:.4rem}
.shos-speech .swatch{display:inline-block;width:1.6rem;height:.35rem;background:var(--c)}
"""

_PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;
     padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.4rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.num{text-align:right}
tr:target{background:#fff3c4}
#tip{position:fixed;display:none;max-width:420px;background:#222;color:#fff;font-size:.85rem;padding:.5rem .7rem;
     border-radius:4px;white-space:pre-line;pointer-events:none;z-index:10}
"""

_JS = """
(function(){
  var tip=document.getElementById('tip');
  function all(item){return document.querySelectorAll('mark[data-item="'+item+'"]');}
  document.querySelectorAll('mark.hl').forEach(function(m){
    m.addEventListener('mouseover',function(e){
      e.stopPropagation();
      var lines=[],el=e.target.closest('mark.hl');
      document.querySelectorAll('mark.active').forEach(function(x){x.classList.remove('active');});
      all(m.dataset.item).forEach(function(x){x.classList.add('active');});
      while(el){lines.push(el.getAttribute('title'));el=el.parentElement.closest('mark.hl');}
      tip.textContent=lines.join('\\n\\n');tip.style.display='block';
    });
    m.addEventListener('mousemove',function(e){tip.style.left=(e.clientX+14)+'px';tip.style.top=(e.clientY+14)+'px';});
    m.addEventListener('mouseout',function(){tip.style.display='none';
      all(m.dataset.item).forEach(function(x){x.classList.remove('active');});});
    m.addEventListener('click',function(e){  // the innermost item's row in its table
      e.stopPropagation();location.hash='row-'+m.dataset.item;
    });
  });
})();
"""


def _css(scope_only: bool) -> str:
    colours = "\n".join(f".shos-speech .{k}{{--c:{c}}}" for k, (_, c) in TYPES.items())
    marks_css = _MARK_CSS % {"px": LAYER_PX, "colours": colours}
    return marks_css if scope_only else marks_css + _PAGE_CSS


def count_label(kind: str, rows: list[Item]) -> str:
    """How many of ``kind`` there are, said the same way in the legend and above the table."""
    of_kind = [it for it in rows if it.kind == kind]
    if kind in ("institution", "speaker"):
        mentions = sum(len(it.spans) for it in of_kind)
        return f"{len(of_kind)} · {mentions} mention{'' if mentions == 1 else 's'}"
    return str(len(of_kind))


def _legend(rows: list[Item]) -> str:
    return "".join(f'<li class="{k}"><span class="swatch {k}"></span>{escape(label)} '
                   f'<span class="count">({escape(count_label(k, rows))})</span></li>'
                   for k, (label, _) in TYPES.items())


def _nesting_cell(it: Item, by_ident: dict[str, Item]) -> str:
    def links(idents: set[str]) -> str:
        ordered = sorted(idents, key=lambda i: (list(TYPES).index(by_ident[i].kind), int(i.rsplit("-", 1)[1])))
        return ", ".join(f'<a href="#row-{escape(i)}">{escape(by_ident[i].label)}</a>' for i in ordered)

    parts = []
    if it.within:
        parts.append(f"in {links(it.within)}")
    if it.contains:
        parts.append(f"contains {links(it.contains)}")
    return "; ".join(parts)


def _table(kind: str, rows: list[Item], by_ident: dict[str, Item]) -> str:
    label, _ = TYPES[kind]
    of_kind = [it for it in rows if it.kind == kind]
    out = [f'<h2 id="table-{kind}">{escape(label)} <span class="count">({escape(count_label(kind, rows))})</span></h2>']
    if not of_kind:
        return out[0] + "<p>none</p>"
    out.append(f'<table class="items {kind}"><thead><tr><th>#</th>')
    out += [f"<th>{escape(h)}</th>" for h in [*HEADERS[kind], "nested"]]
    out.append("</tr></thead><tbody>")
    for n, it in enumerate(of_kind, 1):
        first = next((sp for sp in it.spans if sp.end > sp.start), None)
        key = (it.ident if kind in ("priority", "threat", "initiative") else f"{it.ident}-{it.spans.index(first)}"
               ) if first is not None else ""
        link = f'<a href="#{escape(key)}">{n}</a>' if key else str(n)
        cells = "".join(f'<td{" class=num" if isinstance(c, int) else ""}>{escape(_v(c))}</td>' for c in it.cells)
        out.append(f'<tr id="row-{escape(it.ident)}" data-type="{kind}"><td class="num">{link}</td>{cells}'
                   f'<td class="nested">{_nesting_cell(it, by_ident)}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def render(text: str | None, result: Result, title: str = "shos_speech") -> str:
    """The whole self-contained page as a string (without ``text``: the items where they stand)."""
    rows = items(result)
    ms = marks(result, rows)
    _link_nesting(rows, ms)
    by_ident = {it.ident: it for it in rows}
    note = ""
    if text is None:
        skeleton, known = _skeleton(result)
        note, body = f'<p class="note">{escape(NO_TEXT)}</p>', highlight(skeleton, result, known=known, ms=ms)
    else:
        body = highlight(text, result, ms=ms)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="ru"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_css(scope_only=False)}</style></head><body class=\"shos-speech\">"
        f"<h1>{escape(title)}</h1>"
        f'<ul class="legend">{_legend(rows)}</ul>{note}'
        f'<div class="text" id="text">{body}</div>'
        + "".join(_table(kind, rows, by_ident) for kind in TYPES)
        + '<div id="tip"></div>'
        f"<script>{_JS}</script></body></html>\n"
    )


def _fragment(body: str, rows: list[Item], note: str = "") -> Html:
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return Html(f'<div class="shos-speech"><style>{_css(scope_only=True)}</style>'
                f'<ul class="legend">{_legend(rows)}</ul>{note_html}<div class="text">{body}</div></div>')


def render_html(text: str, result: Result, title: str | None = None, page: bool = False) -> Html:
    """``text`` with ``result``'s items highlighted: a fragment for a notebook, or the whole page.

    The fragment (legend and text, CSS scoped to it, no script) displays itself in Jupyter;
    ``page=True`` gives what ``shos-speech show`` writes.
    """
    if page:
        return Html(render(text, result, title or "shos_speech"))
    return _fragment(highlight(text, result), items(result))


def result_html(result: Result) -> Html:
    """A Result without its text: each item's characters where they stand, ``…`` for the rest."""
    skeleton, known = _skeleton(result)
    return _fragment(highlight(skeleton, result, known=known), items(result), NO_TEXT)


def write_report(text: str | None, result: Result, out: str | Path, title: str = "shos_speech") -> Path:
    """Render and write the page; return its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(text, result, title), encoding="utf-8")
    return out
