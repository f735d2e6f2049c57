"""Lists of priorities: comma lists, colon lists, enumerators ("во-первых"), counted lists.

Commas and a list's last "и" separate items ("технологии, образование и финансы") unless
earlier items are pairs themselves ("науку и образование, торговлю и логистику"); a count
before the colon ("пять направлений:") settles it. Enumerators rank the items; an item is
cut where its phrase ends, and the list goes on after a short tail that opens no clause
("рост товарооборота в два раза, развитие туризма").
"""
from __future__ import annotations

from ..._core.tokens import fold
from ...models import Area
from .area import area, elliptical_at
from .bullets import MAX_NUMBER, bullet_at, sentence_bullet
from .clauses import clause_after_colon
from .coordination import conj_points, group_cases, participial, split, tail_cases
from .features import CLOSE_QUOTES, OPEN_QUOTES, clause_dash, verbal
from .infinitives import necessity_content, negated_goal, verb_phrase_at
from .lexicon import numbered, vocabulary
from .phrases import Phrase, Sent, np_at

#: a list item's tail ends at these marks (and so does the list)
TAIL_MARKS = ".;:!?()\"«»“”"
#: the longest aside looked across inside a list
MAX_ASIDE = 20
#: the "case" infinitive items share in a list
VERB_CASES = frozenset({"infn"})


def enumerator(toks: list, k: int) -> tuple[int, int] | None:
    """(rank, tokens used) of "во-первых" / "в-третьих" starting at ``k``."""
    if k + 2 < len(toks) and toks[k].value.lower() in ("во", "в") and toks[k + 1].value == "-":
        rank = numbered().enumerators.get(fold(toks[k + 2].value))
        if rank:
            return rank, 3
    return None




def ordinal_alone(s: Sent) -> int | None:
    """The rank of a sentence that is an ordinal alone ("Первое.", "Второе:"), or None."""
    words = [t for t in s.toks if t.is_word]
    if len(words) != 1 or len(s.toks) != 2 or s.toks[1].value not in ".:" or s.toks[0] is not words[0]:
        return None
    rank = next((r for lm, r in numbered().ordinals.items() if lm in words[0].lemmas), None)
    if rank is None or not any({"ADJF", "nomn", "sing"} <= g for g in words[0].grams):
        return None
    return rank


def lead(s: Sent) -> int:
    """Index of a sentence's first word after opening quotes and a dialogue dash ("«Во-первых, ...")."""
    k = 0
    while k < len(s.toks) and (s.toks[k].value in OPEN_QUOTES or clause_dash(s.text, s.toks[k])):
        k += 1
    return k


def enumerated_rank(toks: list, start: int) -> int | None:
    """"Во-вторых, в центре внимания окажется X": the enumerator opening the clause of a cue at ``start``."""
    for k in range(start - 1, -1, -1):
        en = enumerator(toks, k)
        if en:
            return en[0]
        if toks[k].value in ";:":
            return None
    return None


def ordinal_lead(s: Sent, k: int) -> tuple[int, int] | None:
    """(rank, tokens used) of a sentence-initial ordinal before a dash or colon ("Третье – X",
    "Второе: X"): the enumerator of a list whose items are sentences."""
    toks = s.toks
    if k + 1 >= len(toks) or not (clause_dash(s.text, toks[k + 1]) or toks[k + 1].value == ":"):
        return None
    if not any({"ADJF", "nomn", "sing"} <= g for g in toks[k].grams):
        return None  # ("Первое –", and agreeing with the cue's noun: "три приоритета. Первый –", "Вторая –")
    ordinals = numbered().ordinals
    rank = next((ordinals[lm] for lm in toks[k].lemmas if lm in ordinals), None)
    return (rank, 2) if rank is not None else None


def leading(s: Sent) -> tuple[int | None, bool] | None:
    """(rank, bullet?) of the enumerator a sentence opens with ("Во-вторых, ...", "Третье – ...",
    a bullet on a line of its own: "2) ...", "- ..."), or None."""
    bullet = sentence_bullet(s)
    if bullet is not None:
        return bullet[0], True
    k = _enumerator_lead(s)
    en = enumerator(s.toks, k) or ordinal_lead(s, k)
    return (en[0], False) if en else None


def _enumerator_lead(s: Sent) -> int:
    """Where a sentence's enumerator may stand: its first word, past "И" / "А" ("И в-третьих, X")."""
    k = lead(s)
    if k + 1 < len(s.toks) and s.toks[k].value.lower() in ("и", "а") and (
            enumerator(s.toks, k + 1) or ordinal_lead(s, k + 1)):
        k += 1  # ("И третье – X")
    if (k + 2 < len(s.toks) and s.toks[k].value.lower() == "это" and s.toks[k + 1].value == ","
            and enumerator(s.toks, k + 2)):
        k += 2  # ("Это, во-первых, X")
    return k








def continuing(s: Sent) -> int | None:
    """Tokens used by the opening of a sentence that names a list's next item without its ordinal
    ("Далее — X", "И наконец, X", "Последнее: X"), the mark after it included; None if none."""
    toks, k = s.toks, lead(s)
    for words in vocabulary().continuing_openers:
        e = k + len(words)
        if e < len(toks) and tuple(t.value.lower() for t in toks[k:e]) == words and (
                toks[e].value in ",:" or clause_dash(s.text, toks[e])):
            return e + 1 - k
    return None


def enumerated_items(s: Sent, prep: str | None = None, verbs: bool = False,
                     next_rank: int | None = None) -> list[Phrase]:
    """"Во-вторых, адаптация к изменению климата." after a cue sentence: the ranked phrase. ``prep``
    is the preposition the cue ends in, which the item may repeat ("сосредоточиться на трех вещах.
    Во-первых, на взаимной поддержке."); with ``verbs`` (after a goal: "три задачи. Первая — снизить
    X") the item may be an infinitive. ``next_rank``, the rank the open list's next item has, ranks
    a sentence that continues the list without an ordinal ("Далее — X", "И наконец, X")."""
    toks = s.toks
    opening = _opening(s, next_rank)
    if opening is None:
        return []
    rank, k = opening
    if k < len(toks) and toks[k].value == ",":
        k += 1
    if k + 1 < len(toks) and toks[k].value.lower() == "это" and np_at(s, k + 1):
        k += 1  # "во-первых, это X"
    if prep is not None and k < len(toks) and toks[k].value.lower() == prep:
        k += 1
    listed = list_at(s, k, verbs=verbs) or [ph for ph in [elliptical_at(s, k)] if ph]
    phrases = listed[:1]
    for ph in phrases:
        if ph.start != k:
            return []
        if ph.stop < len(toks) and (verbal(toks[ph.stop]) or toks[ph.stop].pos == "ADJS"):
            return []  # "Во-первых, Казахстан предлагает ...", "И наконец, X невозможен без Y": a clause
        ph.rank = rank
    phrases += _ranked_on(phrases, listed[1:])
    spelled = _spelled_out(s, phrases[0]) if phrases else []
    for ph in spelled:
        ph.rank = rank
    return phrases + spelled


def _opening(s: Sent, next_rank: int | None) -> tuple[int | None, int] | None:
    """(rank, where the item starts) of a sentence that opens with a bullet, an enumerator or an
    ordinal, or that continues the open list without one (``next_rank``); None otherwise."""
    bullet = sentence_bullet(s)
    k = _enumerator_lead(s)
    en = enumerator(s.toks, k) or ordinal_lead(s, k)
    used = continuing(s) if bullet is None and en is None and next_rank is not None else None
    if used is not None:
        return next_rank, lead(s) + used
    if bullet is not None:
        return bullet
    return (en[0], k + en[1]) if en is not None else None


def _ranked_on(phrases: list[Phrase], rest: list[Phrase]) -> list[Phrase]:
    """"Это, во-первых, X, во-вторых, Y": the items after the first whose enumerators go on in order
    inside the sentence."""
    out: list[Phrase] = []
    last = phrases[-1].rank if phrases else None
    for ph in rest:
        if last is None or ph.rank != last + 1:
            break
        out.append(ph)
        last = ph.rank
    return out


def _spelled_out(s: Sent, ph: Phrase) -> list[Phrase]:
    """"Второе – гуманитарное измерение: студенческие обмены, сотрудничество музеев": a colon list of
    two or more that spells out an item names directions of its own, next to the item; [] otherwise."""
    if ph.stop + 1 >= len(s.toks) or s.toks[ph.stop].value != ":" or clause_after_colon(s.toks, ph.stop + 1):
        return []  # ("X: изъятия и ограничения должны уйти в прошлое" is a clause)
    items = list_at(s, ph.stop + 1)
    return items if len(items) > 1 else []


def list_at(s: Sent, k: int, only: frozenset[str] | None = None, verbs: bool = False,
            prep: str | None = None) -> list[Phrase]:
    """One phrase or a list of them starting at ``k``; ``only`` restricts the first item's cases
    (a subject is nominative), ``verbs`` lets items be infinitives (after a goal), ``prep`` is the
    preposition a cue ends in, which separates items when repeated ("на X и на Y")."""
    toks = s.toks
    groups: list[Phrase] = []
    first: frozenset[str] = frozenset()  # the cases of the first item: the others share them
    count = count_before(toks, k)
    pos: int | None = k
    restart = False  # after a repeated preposition the item need not share the first one's case
    while pos is not None and pos < len(toks):
        rank, pos = _rank_at(s, pos, bool(groups))
        ph = item_at(s, pos, verbs or restart or bool(groups and groups[-1].verb))
        if ph is None or (rank is None and _clause_after(toks, groups, ph)):
            break
        cases = _cases(toks, ph)
        if groups and not cases & first and not restart:
            pos = _inside_last(toks, groups[-1], ph, rank, cases, only is not None)
            continue
        if not groups:
            first = cases & only if only is not None else cases  # a subject must be nominative
        if not first or (groups and only is None and _verb_after(toks, ph)):
            break
        ph.rank = rank
        groups.append(ph)
        pos = _repeated_preposition(toks, ph, prep)
        restart = pos is not None
        if pos is None:
            pos = _going_on(s, ph.stop)
    return _split_last(toks, groups, count, k > 0 and toks[k - 1].value == ":")


def _going_on(s: Sent, e: int) -> int | None:
    """Where the list goes on after an item that ends at ``e``: its next item, the next bullet's line
    ("- X.\n- Y.", "- X\n- Y" without punctuation), past a short tail; None: the list ends."""
    toks = s.toks
    pos = next_item(toks, e)
    if pos is None and e < len(toks) and toks[e].value in ".;" and bullet_at(s, e + 1):
        pos = e + 1
    if pos is None and e < len(toks) and not toks[e].value.strip() and bullet_at(s, e):
        pos = e
    return pos if pos is not None else after_tail(s, e)



def item_at(s: Sent, k: int, verbs: bool = False) -> Phrase | None:
    """The item at ``k``: a noun phrase, an infinitive phrase (with ``verbs``), or the infinitive a
    necessity governs ("необходимости усилить X")."""
    if verbs:
        vp = verb_phrase_at(s, k)
        if vp is not None:
            return vp
    ph = np_at(s, k)
    if ph is not None:
        return necessity_content(s, ph) or ph
    return None


def _cases(toks: list, ph: Phrase) -> frozenset[str]:
    """The cases a list's items share; infinitive items share the infinitive."""
    return VERB_CASES if ph.verb else group_cases(toks, ph)


def _repeated_preposition(toks: list, ph: Phrase, prep: str | None) -> int | None:
    """"сделал акцент на X и на Y": the cue's preposition repeated after "и" ends the item; the next
    one starts after it."""
    if prep is None:
        return None
    for j in range(ph.start + 1, ph.stop - 1):
        if toks[j].value.lower() == "и" and toks[j + 1].value.lower() == prep:
            ph.stop = j
            return j + 2
    for joiner in vocabulary().preposition_joiners:  # "на X, на Y, а также на Z"
        k = ph.stop + len(joiner)
        if (k + 1 < len(toks) and toks[k].value.lower() == prep
                and tuple(t.value.lower() for t in toks[ph.stop:k]) == joiner):
            return k + 1
    return None


def _clause_after(toks: list, groups: list[Phrase], ph: Phrase) -> bool:
    """", соединяющих столицу с регионами": a participle after an item opens a clause."""
    return bool(groups) and participial(toks, groups[-1], ph)


def _verb_after(toks: list, ph: Phrase) -> bool:
    """", мировое сообщество должно ...": a verb after an item opens a new clause (a subject list
    ends at its verb)."""
    return ph.stop < len(toks) and verbal(toks[ph.stop])


def _rank_at(s: Sent, k: int, listed: bool) -> tuple[int | None, int]:
    """The rank an enumerator, a number or an elliptical ordinal gives the item at ``k``, and where it
    starts (past a bullet: "- X;", "2) X;")."""
    toks = s.toks
    bullet = bullet_at(s, k)
    if bullet is not None:
        # "– во-первых, X;": a dash bullet with an enumerator after it takes the enumerator's rank
        return (_enumerated(s, bullet[1]) or bullet) if bullet[0] is None else bullet
    if k + 1 < len(toks) and toks[k].is_int and toks[k + 1].value == ")" and int(toks[k].value) <= MAX_NUMBER:
        return int(toks[k].value), k + 2  # "являются: 1) X; 2) Y" numbered inside a line
    en = _enumerated(s, k)
    if en:
        return en
    if listed and k + 1 < len(toks) and clause_dash(s.text, toks[k + 1]) and toks[k].has_any("ADJF"):
        # "Первым приоритетом является X, вторым — Y": the cue noun left out after an ordinal
        ordinals = numbered().ordinals
        rank = next((ordinals[lm] for lm in toks[k].lemmas if lm in ordinals), None)
        if rank is not None:
            return rank, k + 2
    return None, k


def _enumerated(s: Sent, k: int) -> tuple[int, int] | None:
    """(rank, where the item starts) of "во-первых, (это) X" at ``k``, or None."""
    toks = s.toks
    en = enumerator(toks, k)
    if not en:
        return None
    rank, used = en
    k += used
    if k < len(toks) and toks[k].value == ",":
        k += 1
    if k + 1 < len(toks) and toks[k].value.lower() == "это" and np_at(s, k + 1):
        k += 1  # "во-первых, это X"
    return rank, k






def _inside_last(toks: list, last: Phrase, ph: Phrase, rank: int | None, cases: frozenset[str],
                 subject: bool = False) -> int | None:
    """"в ООН, ОБСЕ и других структурах": an item of another case goes on inside the last item's
    complement (which grows to take it); where the list goes on then, or None: it ends. Not ",
    правительство увеличило": a verb after it makes it the next clause's subject (but a subject
    list's complement goes on up to its verb)."""
    if rank is not None or not cases & tail_cases(toks, last) or (not subject and _verb_after(toks, ph)):
        return None
    last.stop = ph.stop
    return next_item(toks, ph.stop)


def _split_last(toks: list, groups: list[Phrase], count: int | None, colon: bool = False) -> list[Phrase]:
    """The list's last "и" separates items when the count asks for more, or when no earlier item
    is a pair itself (never inside an infinitive's object); a pair alone only after a colon ("на двух
    задачах: X и Y", "на следующих темах: X и Y": the items of a colon list are one each)."""
    if not groups or groups[-1].rank is not None or groups[-1].verb or (len(groups) < 2 and not (count or colon)):
        return groups
    if any(g.stop < len(toks) and toks[g.stop].value == ";" for g in groups[:-1]):
        return groups  # "X; Y; сохранение и использование водных ресурсов": semicolons delimit the items
    if count:
        need = count - len(groups)
        return groups[:-1] + split(toks, groups[-1], need) if need > 0 else groups
    if any(conj_points(toks, g) for g in groups[:-1]):
        return groups
    return groups[:-1] + split(toks, groups[-1])


def next_item(toks: list, e: int) -> int | None:
    """Where the next list item starts after an item ending at ``e``, or None."""
    if e >= len(toks):
        return None
    v = toks[e].value.lower()
    if v == "," or toks[e].is_dash:
        after = _past_aside(toks, e)
        if after is not None:
            return after  # "энергетику, включая возобновляемые источники, переработку ..."
    if v in (",", ";"):
        return _after_comma(toks, e + 1)
    if v == "а" and e + 1 < len(toks) and "также" in toks[e + 1].lemmas:
        return e + 2
    if v == "и":
        k = e + 2 if e + 1 < len(toks) and toks[e + 1].value == "," else e + 1
        k = past_restriction(toks, k)  # "диверсифицировать рынки и в первую очередь развивать X"
        if enumerator(toks, k):
            return k  # "X и, в-третьих, Z"
        inf = k + 1 if k < len(toks) and (toks[k].pos in ("ADVB", "COMP") or negated_goal(toks, k)) else k
        if inf < len(toks) and toks[inf].pos == "INFN":
            return k  # "углубить X и активнее вовлекать Y", "удержать X и не допустить Y"
    return None


def past_restriction(toks: list, k: int) -> int:
    """Index after "в первую очередь", "прежде всего", "особенно" at ``k`` (``k`` when none stands there)."""
    for words in vocabulary().restricting_phrases:
        if tuple(t.value.lower() for t in toks[k:k + len(words)]) == words:
            return k + len(words)
    return k


def _past_aside(toks: list, e: int) -> int | None:
    """Where the list goes on after an aside set off at ``e`` by a comma or a dash and closed by the
    same mark ("X, включая Y, Z", "X – прежде всего по Y – и Z"); None when there is none."""
    k = e + 1
    opener = next((w for w in vocabulary().aside_openers
                   if tuple(t.value.lower() for t in toks[k:k + len(w)]) == w), None)
    if opener is None:
        return None
    c = k + len(opener)
    while c < min(len(toks), k + MAX_ASIDE):
        t = toks[c]
        quoted = _quoted_names_end(toks, c)
        if quoted is not None:
            c = quoted  # "в том числе коридора «Север – Юг» и …": a name inside the aside
            continue
        if t.value == ";" and toks[e].value == ",":
            return _after_comma(toks, c + 1)  # "— X, прежде всего Y;\n— Z": the semicolon closes the item
        if t.value in TAIL_MARKS:
            return None
        if t.value == toks[e].value or (t.is_dash and toks[e].is_dash):
            nxt = c + 1
            if nxt < len(toks) and toks[nxt].value.lower() == "и":
                nxt += 1  # "– прежде всего по Среднему коридору – и Z", "X, включая Y, и Z"
            return nxt
        c += 1
    return None


def _after_comma(toks: list, k: int) -> int:
    if k + 1 < len(toks) and toks[k].value == "а" and "также" in toks[k + 1].lemmas:
        return k + 2
    pair = tuple(t.value.lower() for t in toks[k:k + 2])
    if pair in vocabulary().correlative_seconds:
        return k + 2  # "как X, так и Y", "не только X, но и Y"
    if k < len(toks) and toks[k].value.lower() in ("и", "а") and enumerator(toks, k + 1):
        return k + 1  # ", и во-вторых", ", а во-вторых"
    return k


def after_tail(s: Sent, e: int) -> int | None:
    """"рост товарооборота в два раза, развитие туризма": the item is cut where the grammar stops,
    and the list goes on after a short tail that opens no clause (no verb, dash, "который",
    "прежде всего", "в том числе", "за счет"), nor a circumstance of basis, norm or means ("на основе
    принципов равенства, взаимной выгоды", "при уважении суверенитета, единства": its own list)."""
    stops = vocabulary().clause_stops | vocabulary().asides | vocabulary().circumstance_words
    toks = s.toks
    c, n = e, 0
    while c < len(toks) and n < 7:
        t = toks[c]
        if t.value == ",":
            return next_item(toks, c) if c > e else None
        quoted = _quoted_names_end(toks, c)
        if quoted is not None:
            c = quoted  # "коридоров «Восток – Запад» и «Север – Юг», а также X": names of the last item
            continue
        if t.lemmas & vocabulary().circumstance_words:
            return _past_circumstance(s, c)
        # (an infinitive is verbal)
        if (t.value in TAIL_MARKS or clause_dash(s.text, t) or verbal(t) or t.lemmas & stops
                or t.pos in ("GRND", "PRTF", "CONJ")):
            return None
        c, n = c + 1, n + 1
    return None


def _past_circumstance(s: Sent, c: int) -> int | None:
    """"X на основе принципов открытости и взаимной выгоды, а также Y": the circumstance keeps its own
    list; ", а также" after it goes on with the item list when what follows names an area ("..., а
    также прозрачности" is the circumstance's); None: the list ends."""
    toks = s.toks
    for k in range(c + 1, min(len(toks) - 3, c + MAX_ASIDE)):
        if toks[k].value in TAIL_MARKS:
            return None
        if toks[k].value == "," and toks[k + 1].value.lower() == "а" and "также" in toks[k + 2].lemmas:
            nxt = np_at(s, k + 3)
            return k + 3 if nxt is not None and area(toks, nxt, fallback=False) is not Area.other else None
    return None


def _quoted_names_end(toks: list, c: int) -> int | None:
    """Index after the quoted names at ``c`` («Восток – Запад» и «Север – Юг»), or None."""
    end = None
    while c < len(toks) and toks[c].value in OPEN_QUOTES:
        close = next((k for k in range(c + 1, min(len(toks), c + 8)) if toks[k].value in CLOSE_QUOTES), None)
        if close is None:
            break
        end = c = close + 1
        if c + 1 < len(toks) and toks[c].value.lower() == "и" and toks[c + 1].value in OPEN_QUOTES:
            c += 1
    return end


def count_before(toks: list, k: int) -> int | None:
    """"назвал три направления: ..." — the number of items announced before the colon at ``k - 1``."""
    if k == 0 or toks[k - 1].value != ":":
        return None
    counts = numbered().counts
    for t in toks[max(0, k - 6):k - 1]:
        if t.has_any("NUMR"):
            count = next((counts[lm] for lm in t.lemmas if lm in counts), None)
            if count is not None:
                return count
        if t.value.isdigit() and len(t.value) == 1:
            return int(t.value)
    return None
