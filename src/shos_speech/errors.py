"""The library's own errors: callers catch these instead of whatever a parser happened to raise.

``LexiconError`` is raised when the Extractor is built from a user's data file (an
institution registry, a threat lexicon, an initiative registry) that cannot be used, so a
bad file fails at once, naming the file and the line, and not later inside ``extract()``.
"""
from __future__ import annotations

from pathlib import Path


class ShosSpeechError(Exception):
    """Base of the errors shos_speech raises on purpose."""


class LexiconError(ShosSpeechError, ValueError):
    """A user's data file that cannot be used: ``path``, ``line`` (1-based, or None) and ``detail``.

    A ``ValueError`` too, so code that already catches bad values keeps working.
    """

    def __init__(self, path: str | Path, line: int | None, detail: str) -> None:
        self.path = str(path)
        self.line = line
        self.detail = detail
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.detail}"
        return f"{self.path}:{self.line}: {self.detail}"

    def __reduce__(self):  # picklable across worker processes, with its three attributes
        return type(self), (self.path, self.line, self.detail)
