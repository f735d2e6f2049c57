"""The long table in pandas: one row per item, ids travelling with their texts.

    python examples/to_pandas.py            # needs pandas: pip install 'shos_speech[pandas]'

``Extractor.pipe(..., as_tuples=True)`` carries each file's name with its text, and
``shos_speech.to_frame`` builds the same table ``shos-speech batch -o items.csv`` writes.
"""
from __future__ import annotations

import sys
from pathlib import Path

from shos_speech import Extractor, to_frame

HERE = Path(__file__).resolve().parent


def main() -> int:
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("this example needs pandas: pip install 'shos_speech[pandas]'", file=sys.stderr)
        return 1
    files = sorted((HERE / "corpus").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    pairs = zip(texts, [f.name for f in files], strict=True)
    results, ids = zip(*Extractor().pipe(pairs, as_tuples=True), strict=True)
    df = to_frame(results, ids=ids, texts=texts)
    print(f"pandas DataFrame with {len(df)} rows from {df['id'].nunique()} documents")
    for kind, n in df.groupby("type").size().sort_index().items():
        print(f"{kind}: {n}")
    threats = df[df["type"] == "threat"]
    for category, n in threats["category"].value_counts().head(3).items():
        print(f"threat category {category}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
