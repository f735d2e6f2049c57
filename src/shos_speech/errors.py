"""The library's own errors: what a caller can catch and show in one line."""
from __future__ import annotations


class ShosSpeechError(Exception):
    """Base of the errors shos_speech raises on purpose."""


class LexiconError(ShosSpeechError, ValueError):
    """A data file (a user's registry or lexicon, or a bundled one) that cannot be used.

    ``path`` is the file, ``line`` the 1-based line of the fault when known, ``detail``
    what is wrong; ``str()`` is one line: ``path:line: detail``.
    """

    def __init__(self, path: object, detail: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.detail = detail
        super().__init__(f"{self.path}:{line}: {detail}" if line is not None else f"{self.path}: {detail}")
