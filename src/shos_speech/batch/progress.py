"""The progress bar of a batch run (tqdm) and its closing summary line."""
from __future__ import annotations

import sys
import time
from typing import IO

BAR_FORMAT = ("{percentage:3.0f}%|{bar:24}| {n_fmt}/{total_fmt} documents{postfix} | {rate_fmt} | "
              "elapsed {elapsed} | left {remaining}")


class Progress:
    """Documents done and skipped, documents/s and time left on stderr, by tqdm.

    On a terminal, tqdm's bar redrawn in place; otherwise (a log file, a pipe) the same
    meter as a plain line every ``every`` seconds and one at the end, so logs stay readable.
    """

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool = True, every: float = 10.0) -> None:
        from tqdm import tqdm

        self.total = total
        self.skipped = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every
        self._last = time.monotonic()
        self.bar = tqdm(total=total, file=self.stream, unit="doc", bar_format=BAR_FORMAT, disable=not self.tty,
                        dynamic_ncols=True, mininterval=0.1)
        self._t0 = time.monotonic()
        self._done = 0

    @property
    def done(self) -> int:
        return self._done

    def line(self) -> str:
        from tqdm import tqdm

        return tqdm.format_meter(self._done, self.total, time.monotonic() - self._t0, unit="doc", ascii=True,
                                 bar_format=BAR_FORMAT, postfix=self._postfix())

    def _postfix(self) -> str:
        return f"{self.skipped} skipped" if self.skipped else ""

    def update(self, n: int = 1, skipped: bool = False) -> None:
        self._done += n
        self.skipped += skipped
        if self.tty:
            if skipped:
                self.bar.set_postfix_str(self._postfix(), refresh=False)
            self.bar.update(n)
        elif self.enabled and time.monotonic() - self._last >= self.every and self._done < self.total:
            self._print(self.line())

    def _print(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
        self._last = time.monotonic()

    def message(self, text: str) -> None:
        """A line of its own (a skipped document), above the bar."""
        if self.tty:
            self.bar.write(text, file=self.stream)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.bar.close()
        elif self.enabled:
            self._print(self.line())
