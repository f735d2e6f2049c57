"""Attribution: who is speaking at a character offset, by binary search over sorted intervals."""
from __future__ import annotations

from collections.abc import Iterable

from .intervals import FirstWins


class Attribution:
    """Maps character offsets to the speaker whose words stand there.

    Quotes with a known author win over the clause and the sentence they stand in; a
    relative clause that reports someone's words (:mod:`.clauses`) wins over its sentence; a
    sentence's speaker is the one its reporting verb names; elsewhere the narrator speaks (``None``). Where
    intervals overlap, the first in sorted order holds the offset. ``speaker_at`` is
    O(log n): every stage asks it for every item it finds.
    """

    def __init__(self, sentences: Iterable[tuple[int, int, str | None]],
                 quotes: Iterable[tuple[int, int, str | None]] = (),
                 clauses: Iterable[tuple[int, int, str | None]] = ()) -> None:
        self._sentences = FirstWins(sentences)
        self._quotes = FirstWins(quotes)
        self._clauses = FirstWins(clauses)

    def speaker_at(self, offset: int) -> str | None:
        quoted, author = self._quotes.find(offset)
        if quoted:
            return author
        within, speaker = self._clauses.find(offset)
        if within:
            return speaker
        return self._sentences.find(offset)[1]
