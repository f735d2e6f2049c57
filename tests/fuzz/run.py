#!/usr/bin/env python3
"""Fuzz shos_speech for a given time with hypothesis: nothing may raise, every Result must serialise.

    python tests/fuzz/run.py --seconds 300        # the release check
    python tests/fuzz/run.py --seconds 15 --seed 1

Inputs: arbitrary Unicode (lone surrogates and control characters included), word salad of
the genre with HTML tags and entities, and statements (the bundled examples, and the dev
corpus in ../shared when it is there) with odd characters spliced in; each run with
``strip_html`` off or on. For each input: ``extract`` raises nothing, every span points
into the input (``check_spans``), the Result survives ``model_dump_json`` and reads back
equal, a batch record and an HTML page can be made of it, and the offset map of
``prepare_text`` is monotonic and inside the input. Exit code 0 when all held, 1 with the
failing input otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEV = ROOT.parent / "shared" / "corpus" / "dev"

ODD = ["\ud800", "\udfff", "\udc80", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u00ad", "\u200b",
       "\u202e", "\ufeff", "\u00a0", "\ufffd", "<p>", "</b>", "<script>x</script>", "&nbsp;", "&#xd800;", "&#0;",
       "&amp;", "<!--", "«", "»", "—", "\n\n"]
WORDS = ["ШОС", "СНГ", "ОДКБ", "терроризма", "санкций", "Президент", "заявил", "приоритетом", "поддерживаем",
         "создание", "центра", "Организации", "Объединенных", "Наций", "и", "по", "в", ",", ".", "Токаев",
         "наркотрафик", "инициативу", "угрозы", "безопасности", *ODD]


def _statements() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    texts.append((ROOT / "examples" / "statement.txt").read_text(encoding="utf-8"))
    if SHARED_DEV.is_dir():  # read in place, never copied into the repository
        texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(SHARED_DEV.glob("*.json"))]
    return texts


ANY_CHARACTER = st.one_of(st.characters(), st.characters(categories=["Cs"]), st.characters(categories=["Cc"]),
                          st.sampled_from([c for c in ODD if len(c) == 1]))


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 40)))
        text = text[:i] + draw(st.one_of(st.sampled_from(ODD), st.text(ANY_CHARACTER, max_size=6))) + text[j:]
    return text


def inputs(texts: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.text(ANY_CHARACTER, max_size=2000),
                     st.lists(st.sampled_from(WORDS), max_size=200).map(" ".join),
                     mutated(texts))


def check(extractors: dict[bool, object], text: str, html: bool, stats: Counter) -> None:
    """Everything one input must satisfy; an AssertionError or any exception is a finding."""
    from shos_speech import BatchRecord, Result, render_html
    from shos_speech.textprep import prepare_text

    result = extractors[html].extract(text)
    result.check_spans(text)
    assert Result.model_validate_json(result.model_dump_json()) == result
    BatchRecord.of("fuzz", result).model_dump_json().encode("utf-8")
    render_html(text, result).encode("utf-8")  # a page, too, must be writable
    clean, mapping = prepare_text(text, strip_html=html)
    if mapping is not None:
        assert len(mapping) == len(clean) + 1 and mapping[-1] == len(text)
        assert all(a <= b for a, b in zip(mapping, mapping[1:], strict=False)), "offset map not monotonic"
    else:
        assert len(clean) == len(text)
    stats["inputs"] += 1
    stats["strip_html"] += html
    stats["surrogates"] += any("\ud800" <= c <= "\udfff" for c in text)
    stats["controls"] += any(c < " " and c not in "\t\n\r" for c in text)
    stats["items"] += len(result.threats) + len(result.priorities) + len(result.initiatives)


def fuzz(seconds: float, seed: int | None = None, chunk: int = 200) -> Counter:
    """Run ``check`` on generated inputs until ``seconds`` have passed; raise on the first finding."""
    from shos_speech import Extractor

    extractors = {False: Extractor(), True: Extractor(strip_html=True)}
    strategy = inputs(_statements())
    stats: Counter = Counter()
    stop = time.monotonic() + seconds

    @settings(max_examples=chunk, deadline=None, database=None, derandomize=False, print_blob=True,
              suppress_health_check=list(HealthCheck))
    @given(text=strategy, html=st.booleans())
    def one(text: str, html: bool) -> None:
        if time.monotonic() < stop:
            check(extractors, text, html, stats)

    if seed is not None:
        from hypothesis import seed as fix_seed

        one = fix_seed(seed)(one)
    while time.monotonic() < stop:
        one()
    stats["seconds"] = round(seconds)
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--seed", type=int, help="a fixed seed, to repeat a run")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    try:
        stats = fuzz(args.seconds, args.seed)
    except Exception as e:  # hypothesis has printed the falsifying input above
        print(f"fuzz: FAILED after {time.monotonic() - t0:.0f} s: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(f"fuzz: {stats['inputs']} inputs in {time.monotonic() - t0:.0f} s "
          f"({stats['surrogates']} with lone surrogates, {stats['controls']} with control characters, "
          f"{stats['strip_html']} with strip_html=True; {stats['items']} items extracted): "
          "nothing raised, every Result serialised")
    return 0


if __name__ == "__main__":
    sys.exit(main())
