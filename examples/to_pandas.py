"""Export the long table (one row per item) and look at it with pandas, if it is installed.

    python examples/to_pandas.py

pandas is not a dependency of shos_speech: without it the rows are read with the csv module.
"""
from __future__ import annotations

import csv
import tempfile
from collections import Counter
from pathlib import Path

from shos_speech.batch import run_batch

HERE = Path(__file__).resolve().parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "items.csv"
        run_batch([str(HERE / "corpus")], table, progress=False)
        try:
            import pandas as pd
        except ImportError:
            with table.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            print(f"pandas is not installed; read {len(rows)} rows with the csv module")
            for kind, n in sorted(Counter(r["type"] for r in rows).items()):
                print(f"{kind}: {n}")
            threats = [r for r in rows if r["type"] == "threat"]
            for category, n in Counter(r["category"] for r in threats).most_common(3):
                print(f"threat category {category}: {n}")
            return
        df = pd.read_csv(table)
        print(f"pandas DataFrame with {len(df)} rows")
        for kind, n in df.groupby("type").size().sort_index().items():
            print(f"{kind}: {n}")
        threats = df[df["type"] == "threat"]
        for category, n in threats["category"].value_counts().head(3).items():
            print(f"threat category {category}: {n}")


if __name__ == "__main__":
    main()
