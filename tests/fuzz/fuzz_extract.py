#!/usr/bin/env python3
"""Fuzz target: shos_speech.extract on arbitrary bytes (decoded as UTF-8 with replacement).

    python tests/fuzz/fuzz_extract.py -max_total_time=60 [-runs=N] [corpus_dir]

Needs the ``[fuzz]`` extra (atheris). A crash is any exception other than the documented
TypeError, or a span that does not point at its text.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import shos_speech

EXTRACTOR = shos_speech.Extractor()
HTML_EXTRACTOR = shos_speech.Extractor(strip_html=True)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    html = fdp.ConsumeBool()
    text = fdp.ConsumeUnicodeNoSurrogates(4096)
    result = (HTML_EXTRACTOR if html else EXTRACTOR).extract(text)
    result.check_spans(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
