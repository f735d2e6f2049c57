#!/usr/bin/env python3
"""Coverage-guided fuzz target: shos_speech.extract on arbitrary Unicode, lone surrogates included.

    python tests/fuzz/fuzz_extract.py -max_total_time=60 [-runs=N] [corpus_dir]

Needs the ``[fuzz]`` extra (atheris, Linux wheels). The suite's own fuzzing is
``tests/fuzz/run.py`` (hypothesis, in ``[dev]``). A crash is any exception, a span that
does not point at its text, or a Result that does not serialise.
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
    text = fdp.ConsumeUnicode(4096)
    result = (HTML_EXTRACTOR if html else EXTRACTOR).extract(text)
    result.check_spans(text)
    result.model_dump_json()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
