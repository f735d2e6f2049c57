"""One self-contained HTML page for one document: the text with every item highlighted.

Each Priority, Threat, Initiative, Institution mention and Speaker mention is a ``<mark>``
in its own colour. Overlapping and nested spans are split into segments at every
boundary; each segment wraps one ``<mark>`` per item covering it, outermost first, and
every item keeps one underline layer along its whole length (layered underlines).
Attributes show on hover (``title``); a legend and one table per type follow. CSS and
JS are inline, nothing is fetched, everything from the text is HTML-escaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from .models import Result

#: type -> (label, colour)
TYPES: dict[str, tuple[str, str]] = {
    "priority": ("Priority", "#2e7d32"),
    "threat": ("Threat", "#c62828"),
    "initiative": ("Initiative", "#1565c0"),
    "institution": ("Institution", "#ef6c00"),
    "speaker": ("Speaker", "#6a1b9a"),
}
LAYER_PX = 4


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


def _v(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def _title(label: str, fields: dict[str, Any]) -> str:
    parts = [label] + [f"{k}: {_v(v)}" for k, v in fields.items() if v not in (None, "", [])]
    return "\n".join(parts)


def marks(result: Result) -> list[Mark]:
    """Every span of ``result`` as a :class:`Mark`, with underline layers assigned."""
    out: list[Mark] = []
    for i, p in enumerate(result.priorities):
        out.append(Mark("priority", f"priority-{i}", f"priority-{i}", p.span.start, p.span.end,
                        _title(f"Priority: {p.name}", {"area": p.area, "rank": p.rank, "cue": p.cue,
                                                       "speaker": p.speaker})))
    for i, t in enumerate(result.threats):
        out.append(Mark("threat", f"threat-{i}", f"threat-{i}", t.span.start, t.span.end,
                        _title(f"Threat: {t.name}", {"category": t.category, "speaker": t.speaker})))
    for i, n in enumerate(result.initiatives):
        out.append(Mark("initiative", f"initiative-{i}", f"initiative-{i}", n.span.start, n.span.end,
                        _title(f"Initiative: {n.name}", {"kind": n.kind, "stance": n.stance, "proposer": n.proposer,
                                                         "target": n.target, "speaker": n.speaker})))
    for i, inst in enumerate(result.institutions):
        title = _title(f"Institution: {inst.name}", {"acronym": inst.acronym, "kind": inst.kind,
                                                     "parent": inst.parent, "country": inst.country})
        for j, m in enumerate(inst.mentions):
            out.append(Mark("institution", f"institution-{i}-{j}", f"institution-{i}", m.start, m.end, title))
    for i, s in enumerate(result.speakers):
        title = _title(f"Speaker: {s.name}", {"title": s.title, "country": s.country})
        for j, m in enumerate(s.mentions):
            out.append(Mark("speaker", f"speaker-{i}-{j}", f"speaker-{i}", m.start, m.end, title))
    out = [m for m in out if m.end > m.start]
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


def highlight(text: str, result: Result) -> str:
    """The text as HTML with nested ``<mark>`` elements (segments split at every boundary)."""
    ms = marks(result)
    cuts = sorted({0, len(text), *(m.start for m in ms), *(m.end for m in ms)})
    html: list[str] = []
    first: set[str] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = escape(text[a:b])
        covering = sorted((m for m in ms if m.start <= a and b <= m.end), key=lambda m: -m.layer)
        for m in covering:  # outermost (deepest underline) first
            ident = ""
            if m.key not in first:
                first.add(m.key)
                ident = f' id="{escape(m.key)}"'
            html.append(f'<mark class="hl {m.kind}"{ident} data-key="{escape(m.key)}" data-item="{escape(m.item)}" '
                        f'style="--layer:{m.layer}" title="{escape(m.title)}">')
        html.append(seg)
        html.append("</mark>" * len(covering))
    return "".join(html)


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;
     padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem}
.text{white-space:pre-wrap;font-size:1.05rem;line-height:2.6;border:1px solid #ddd;border-radius:6px;
      padding:1rem 1.2rem;background:#fcfcfc}
mark.hl{background:transparent;color:inherit;padding-bottom:calc(var(--layer)*%(px)dpx + 1px);
        border-bottom:3px solid var(--c);cursor:help}
mark.hl.active{background:color-mix(in srgb,var(--c) 22%%,transparent)}
%(colours)s
.legend{display:flex;flex-wrap:wrap;gap:1rem;margin:.8rem 0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:.4rem}
.swatch{display:inline-block;width:1.6rem;height:.35rem;background:var(--c)}
table{border-collapse:collapse;width:100%%;font-size:.9rem;margin-top:.4rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.num{text-align:right}
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
  });
})();
"""


def _table(kind: str, headers: list[str], rows: list[list[Any]], keys: list[str]) -> str:
    label, _ = TYPES[kind]
    out = [f'<h2 id="table-{kind}">{escape(label)} ({len(rows)})</h2>']
    if not rows:
        return out[0] + "<p>none</p>"
    out.append(f'<table class="items {kind}"><thead><tr><th>#</th>')
    out += [f"<th>{escape(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for n, (row, key) in enumerate(zip(rows, keys, strict=True), 1):
        link = f'<a href="#{escape(key)}">{n}</a>' if key else str(n)
        cells = "".join(f'<td{" class=num" if isinstance(c, int) else ""}>{escape(_v(c))}</td>' for c in row)
        out.append(f'<tr data-type="{kind}"><td class="num">{link}</td>{cells}</tr>')
    out.append("</tbody></table>")
    return "".join(out)


def _span(sp: Any) -> str:
    return f"{sp.start}–{sp.end}"


def render(text: str, result: Result, title: str = "shos_speech") -> str:
    """The whole page as a string."""
    counts = {
        "priority": len(result.priorities), "threat": len(result.threats), "initiative": len(result.initiatives),
        "institution": sum(len(i.mentions) for i in result.institutions),
        "speaker": sum(len(s.mentions) for s in result.speakers),
    }
    colours = "\n".join(f".{k}{{--c:{c}}}" for k, (_, c) in TYPES.items())
    css = _CSS % {"px": LAYER_PX, "colours": colours}
    legend = "".join(f'<li class="{k}"><span class="swatch {k}"></span>{escape(label)} '
                     f'<span class="count">({counts[k]})</span></li>' for k, (label, _) in TYPES.items())
    tables = [
        _table("priority", ["name", "area", "rank", "cue", "speaker", "text", "span"],
               [[p.name, p.area, p.rank, p.cue, p.speaker, p.span.text, _span(p.span)] for p in result.priorities],
               [f"priority-{i}" for i in range(len(result.priorities))]),
        _table("threat", ["name", "category", "speaker", "text", "span"],
               [[t.name, t.category, t.speaker, t.span.text, _span(t.span)] for t in result.threats],
               [f"threat-{i}" for i in range(len(result.threats))]),
        _table("initiative", ["name", "kind", "stance", "proposer", "target", "speaker", "text", "span"],
               [[n.name, n.kind, n.stance, n.proposer, n.target, n.speaker, n.span.text, _span(n.span)]
                for n in result.initiatives],
               [f"initiative-{i}" for i in range(len(result.initiatives))]),
        _table("institution", ["name", "acronym", "kind", "parent", "country", "mentions"],
               [[i.name, i.acronym, i.kind, i.parent, i.country, " · ".join(m.text for m in i.mentions)]
                for i in result.institutions],
               [f"institution-{k}-0" if i.mentions else "" for k, i in enumerate(result.institutions)]),
        _table("speaker", ["name", "title", "country", "mentions"],
               [[s.name, s.title, s.country, " · ".join(m.text for m in s.mentions)] for s in result.speakers],
               [f"speaker-{k}-0" if s.mentions else "" for k, s in enumerate(result.speakers)]),
    ]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="ru"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{css}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<ul class="legend">{legend}</ul>'
        f'<div class="text" id="text">{highlight(text, result)}</div>'
        + "".join(tables)
        + '<div id="tip"></div>'
        f"<script>{_JS}</script></body></html>\n"
    )


def write_report(text: str, result: Result, out: str | Path, title: str = "shos_speech") -> Path:
    """Render and write the page; return its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(text, result, title), encoding="utf-8")
    return out
