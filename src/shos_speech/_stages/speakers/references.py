"""Who a title refers back to: "Президент подчеркнул", "глава российской дипломатии добавил"."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..._core.countries import find_country
from ..._core.lexicon import section_lines
from ..._core.tokens import fold
from .grammar import Grammar
from .persons import Cast, Person
from .subjects import is_nominative


def compatible(person: Person, words: frozenset[str], country: str | None, any_post: frozenset[str]) -> bool:
    """Can the title words and country refer to this person? A word of ``any_post`` ("глава")
    fits any post; a title of another country does not."""
    if country and person.country and country != person.country:
        return False
    if not words or words & any_post or person.title is None:
        return True
    title = fold(person.title)
    spelled = {w: post_spellings().get(w, (w,)) for w in words}
    return any(form in title for forms in spelled.values() for form in forms) or any(w in title for w in any_post)


@cache
def post_spellings() -> dict[str, tuple[str, ...]]:
    """A post's word -> the ways a title may spell it (``[post_spellings]``: "постпред" is
    "постоянный представитель", "генсек" "генеральный секретарь")."""
    out: dict[str, tuple[str, ...]] = {}
    for line in section_lines("speakers", "post_spellings"):
        word, _, spelled = line.partition("=")
        key = fold(word.strip())
        out[key] = (*out.get(key, (key,)), fold(spelled.strip()))
    return out


def _latest_mention(person: Person, pos: int | None) -> int:
    return max(a for a, _b in person.mentions if pos is None or a < pos)


def _named_before(persons: list[Person], pos: int | None) -> list[Person]:
    """``persons`` named before ``pos``, the one named last at the end."""
    before = [p for p in persons if pos is None or any(a < pos for a, _b in p.mentions)]
    before.sort(key=lambda p: _latest_mention(p, pos))
    return before


def _latest_fitting(cast: Cast, words: frozenset[str], country: str | None, any_post: frozenset[str],
                    only_speakers: bool, pos: int | None) -> Person | None:
    """The person named last before ``pos`` whom the title words or country fit: of those who
    have spoken, else, unless ``only_speakers``, of everyone ("Казахстанский президент" after
    the Russian one spoke is the Kazakh one named before)."""
    groups = [[p for p in cast.persons if p.speaks]] + ([] if only_speakers else [cast.persons])
    for persons in groups:
        for p in reversed(_named_before(persons, pos)):
            if compatible(p, words, country, any_post):
                return p
    return None


def _latest_of(cast: Cast, country: str, words: frozenset[str], any_post: frozenset[str],
               pos: int | None) -> Person | None:
    """The person of ``country`` named last before ``pos`` whom the title words fit, one who has spoken first."""
    persons = [p for p in cast.persons if p.country == country]
    for group in ([p for p in persons if p.speaks], persons):
        for p in reversed(_named_before(group, pos)):
            if compatible(p, words, country, any_post):
                return p
    return None


def title_ref(toks: Sequence, cast: Cast, current: Person | None, grammar: Grammar, *,
              only_speakers: bool = False, pos: int | None = None) -> Person | None:
    """The person that the subject words in ``toks`` refer back to.

    Only words in the nominative count. A pronoun among them means the speaker so far;
    so does a title that fits them, or one with no post or country in it; otherwise the
    title words and country pick the person named last before ``pos`` (:func:`_latest_fitting`),
    and with no one they fit, no one.
    """
    if any(fold(t.value) in grammar.pronouns and is_nominative(t) for t in toks):
        return current
    toks = _up_to_verb(toks, grammar)
    subject = [t for t in toks if is_nominative(t)]
    country = find_country(subject) or _head_country(toks, grammar)
    words = frozenset().union(*(grammar.title_words(t) for t in subject))
    if current is not None and compatible(current, words, country, grammar.any_post):
        if country and current.country is None:
            # "Кыргызский лидер" after the CSTO's secretary general spoke: the one of that country
            return _latest_of(cast, country, words, grammar.any_post, pos) or current
        return current
    if not (country or words):
        return current
    return _latest_fitting(cast, words, country, grammar.any_post, only_speakers, pos)


def _up_to_verb(toks: Sequence, grammar: Grammar) -> Sequence:
    """The words of a title reference up to the verb after its title word: not "Россия" in
    "Глава ведомства добавил, что Россия готова"."""
    j = next((j for j, t in enumerate(toks) if grammar.is_title(t)), None)
    if j is None:
        return toks
    stop = next((k for k in range(j + 1, len(toks)) if toks[k].pos in _VERB_POS), len(toks))
    return toks[:stop]


#: parts of speech of the verb a title reference ends before
_VERB_POS = ("VERB", "INFN", "PRTS")
#: the most words of the complement of "глава" that may name its country ("глава МИД Республики Казахстан")
HEAD_REACH = 4


def _head_country(toks: Sequence, grammar: Grammar) -> str | None:
    """The country in the complement of a word that fits any post ("глава российской дипломатии",
    "руководитель китайского МИД"), up to punctuation or a verb."""
    k = next((k for k, t in enumerate(toks) if t.lemmas & grammar.any_post and is_nominative(t)), None)
    if k is None:
        return None
    complement = []
    for t in toks[k + 1:k + 1 + HEAD_REACH]:
        if t.is_punct or t.pos in _VERB_POS or is_nominative(t, singular=True) and not t.is_acronym:
            break
        complement.append(t)
    return find_country(complement)


def home_ref(toks: Sequence, cast: Cast, grammar: Grammar) -> Person | None:
    """"Глава нашего государства", "наш президент": the person the report is about, named first
    in the text (its headline or lead), when the title fits him; else None."""
    subject = [t for t in toks if is_nominative(t)]
    words = frozenset().union(*(grammar.title_words(t) for t in subject))
    country = find_country(subject)
    return next((p for p in cast.persons[:1] if compatible(p, words, country, grammar.any_post)), None)

