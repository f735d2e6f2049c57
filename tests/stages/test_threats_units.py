"""Fast tests of the threat stage's steps on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import threats_of

from shos_speech._core.tokens import tokenize
from shos_speech._stages.threats import ThreatsStage
from shos_speech._stages.threats.filters import dated, historical, inside_body_name
from shos_speech._stages.threats.lexicon import ThreatLexicon, build_lexicon, bundled_lexicon, compile_entry
from shos_speech.errors import LexiconError
from shos_speech.models import ThreatCategory


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- the lexicon reads a citation phrase as a noun phrase --------------------------------------
@pytest.mark.parametrize("phrase, head, n_mods, n_compl", [
    ("международный терроризм", "терроризм", 1, 0),
    ("незаконный оборот наркотиков", "оборот", 1, 1),
    ("торговля людьми", "торговля", 0, 1),
    ("финансово-экономические санкции", "санкция", 1, 0),
    ("военные действия", "действие", 1, 0),
])
def test_entry_splits_head_modifiers_and_complements(phrase, head, n_mods, n_compl):
    lex = ThreatLexicon()
    compile_entry(phrase, ThreatCategory.other, lex)
    entry = next(e for es in lex.entries.values() for e in es)
    assert (entry.head, len(entry.mods), len(entry.compl)) == (head, n_mods, n_compl)


def test_numeral_phrases_are_fixed_sequences():
    lex = ThreatLexicon()
    compile_entry("три зла", ThreatCategory.three_evils, lex)
    assert lex.sequences == {"три зла": ("три зла", ThreatCategory.three_evils)} and not lex.entries


def test_longest_entry_decides():
    lex = bundled_lexicon()
    toks = tokenize("незаконный оборот наркотиков")
    e = lex.best_entry(toks[1], None, [[toks[0]]], [toks[2]])
    assert e is not None and e.category is ThreatCategory.drug_trafficking and len(e.compl) == 1


def test_generic_phrase_names_no_threat():
    lex = bundled_lexicon()
    toks = tokenize("угрозы безопасности")
    e = lex.best_entry(toks[0], None, [], [toks[1]])
    assert e is not None and e.category is None


# -- users' lexicons are checked when the stage is built -----------------------------------
@pytest.mark.parametrize("content, line, detail", [
    ("phrase\tcategory\nкибершпионаж\tcyber\n", 2, "unknown category"),
    ("phrase\nкибершпионаж\n", 1, "lacks the column"),
    ("phrase\tcategory\n\tcybercrime\n", 2, "empty phrase"),
])
def test_bad_user_lexicon_names_file_and_line(tmp_path, content, line, detail):
    path = tmp_path / "mine.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        build_lexicon([path])
    assert err.value.line == line and detail in err.value.detail and str(path) in str(err.value)


def test_user_lexicon_not_utf8_or_missing(tmp_path):
    path = tmp_path / "latin.tsv"
    path.write_bytes("phrase\tcategory\nterrorisme d'État\tterrorism\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        build_lexicon([path])
    with pytest.raises(LexiconError, match="no such file"):
        build_lexicon([tmp_path / "absent.tsv"])


def test_user_entry_is_found(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("phrase\tcategory\nкибершпионаж\tcybercrime\n", encoding="utf-8")
    stage = ThreatsStage([str(path)])
    assert threats_of(stage, "Растет угроза кибершпионажа против госорганов.") == [
        ("кибершпионажа против госорганов", "кибершпионаж против госорганов", "cybercrime")]  # with its target


# -- coordination: shared heads and complements expand into one item per conjunct ----------------
@pytest.mark.parametrize("text, names", [
    ("Мы обсудили угрозу природных и техногенных катастроф.",
     ["природные катастрофы", "техногенные катастрофы"]),
    ("Нельзя мириться с контрабандой наркотиков и оружия через границу.",
     ["контрабанда наркотиков", "контрабанда оружия"]),
    ("Страны объединяет борьба с терроризмом, сепаратизмом и экстремизмом.",
     ["терроризм", "сепаратизм", "экстремизм"]),
])
def test_coordinated_conjuncts_are_separate_items(stage, text, names):
    assert [n for _s, n, _c in threats_of(stage, text)] == names


def test_expanded_items_share_the_span_of_the_whole_phrase(stage):
    found = threats_of(stage, "Опасность природных и техногенных катастроф растет.")
    assert {s for s, _n, _c in found} == {"природных и техногенных катастроф"}


# -- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Мы против односторонних финансово-экономических санкций.", "односторонние финансово-экономические санкции"),
    ("Мир столкнулся с распространением дезинформации в сети.", "распространение дезинформации в сети"),
    ("Засухи и пыльные бури угрожают урожаю.", "засухи"),
])
def test_names_are_nominative_with_the_number_of_the_text(stage, text, name):
    assert name in [n for _s, n, _c in threats_of(stage, text)]


# -- what is no threat ------------------------------------------------------------------------
@pytest.mark.parametrize("text, year_at", [
    ("Последствия наводнения 2019 года устранены.", "наводнения"),
    ("Уроки кризиса 2014–2015 годов учтены.", "кризиса"),
])
def test_dated_events_are_history(text, year_at):
    toks = tokenize(text)
    stop = text.index(year_at) + len(year_at)
    assert dated(toks, stop)


def test_a_year_elsewhere_does_not_date_a_phrase():
    text = "Угроза наводнения сохраняется, план на 2026 год принят."
    toks = tokenize(text)
    assert not dated(toks, text.index("наводнения") + len("наводнения"))


def test_conflict_after_a_word_of_history():
    text = "Ветераны помнят уроки войны."
    toks = tokenize(text)
    index = {t.span.start: k for k, t in enumerate(toks)}
    assert historical(toks, index, toks[3], bundled_lexicon().history)


def test_threat_inside_a_body_name():
    text = "Сотрудники Агентства по противодействию незаконному обороту наркотиков выступили."
    toks = tokenize(text)
    index = {t.span.start: k for k, t in enumerate(toks)}
    heads = frozenset({"агентство"})
    assert inside_body_name(toks, index, text.index("незаконному"), heads)
    assert not inside_body_name(toks, index, text.index("незаконному"), frozenset({"совет"}))


@pytest.mark.parametrize("text", [
    "В селе построили новую школу.",
    "Делегации сели за стол переговоров.",
    "Коллеги обменялись мнениями о погоде.",
])
def test_lookalikes_are_no_threats(stage, text):
    assert threats_of(stage, text) == []


# -- threats found by their context ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Мы усилим противодействие кибершпионажу.", [("кибершпионажу", "кибершпионаж")]),
    ("Стороны осудили захват заложников в Сахеле.", [("захват заложников в Сахеле", "захват заложников в Сахеле")]),
    ("Борьба с пиратством и браконьерством продолжится.",
     [("пиратством", "пиратство"), ("браконьерством", "браконьерство")]),
    ("Дальнейшая эскалация недопустима.", [("Дальнейшая эскалация", "дальнейшая эскалация")]),
])
def test_a_threat_context_makes_a_threat_of_a_head_the_lexicon_lacks(stage, text, expected):
    assert [(s, n) for s, n, _c in threats_of(stage, text)] == expected


@pytest.mark.parametrize("text", [
    "Это создает угрозу безопасности граждан.",
    "Противодействие угрозам и вызовам требует единства.",
    "Мы обсудили риски для развития региона.",
    "Важно противостоять ему вместе.",
])
def test_values_at_stake_and_generic_words_are_no_threats(stage, text):
    assert threats_of(stage, text) == []


def test_escalation_followed_by_a_threat_names_the_threat():
    stage = ThreatsStage()
    assert [n for _s, n, _c in threats_of(stage, "Эскалация конфликта на Ближнем Востоке опасна.")] == [
        "конфликт на Ближнем Востоке"]


def test_a_context_threat_is_categorised_by_the_lexicon_words_it_holds(stage):
    [(_s, _n, category)] = threats_of(stage, "Мы против финансирования террористических ячеек.")
    assert category == "terrorism"


# -- carriers: the activity, channel or agent of a threat belongs to it -----------------------------
@pytest.mark.parametrize("text, span, name", [
    ("Мы против финансирования террористических ячеек.", "финансирования террористических ячеек",
     "финансирование террористических ячеек"),
    ("Нужно покончить с каналами наркотрафика.", "каналами наркотрафика", "каналы наркотрафика"),
    ("Осуждаем иные насильственные проявления экстремизма.", "насильственные проявления экстремизма",
     "насильственные проявления экстремизма"),
])
def test_carriers_open_the_threat(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


def test_framing_cues_stay_outside(stage):
    assert [s for s, _n, _c in threats_of(stage, "Рост терроризма тревожит всех.")] == ["терроризма"]


# -- history and time references ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Экономика восстановилась после пандемии.",
    "В ходе войны начала девяностых годов пострадали тысячи людей.",
    "Гражданское противостояние девяностых годов осталось в прошлом.",
    "Накануне кризиса банки увеличили резервы.",
])
def test_past_events_used_as_time_references_are_no_threats(stage, text):
    assert threats_of(stage, text) == []


def test_a_threat_in_a_period_of_time_is_still_a_threat(stage):
    assert [n for _s, n, _c in threats_of(stage, "В период пандемии страны помогали друг другу.")] == ["пандемия"]


@pytest.mark.parametrize("text, span", [
    ("Осуждаем насилие в отношении мирных жителей.", "насилие в отношении мирных жителей"),
    ("Растет угроза возвращения боевиков из зон конфликтов.", "возвращения боевиков из зон конфликтов"),
])
def test_targets_and_origins_stay_in_the_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, names", [
    ("Мир потрясли теракты в Шри-Ланке.", ["теракты в Шри-Ланке"]),  # a hyphenated place stays whole
    ("Терроризм и экстремизм границ не признают.", ["терроризм", "экстремизм"]),  # genitive of negation
])
def test_complement_edges(stage, text, names):
    assert [n for _s, n, _c in threats_of(stage, text)] == names


def test_an_attempt_keeps_whose_it_is_and_where_it_goes(stage):
    text = "Мы против попыток внешних сил вмешиваться во внутренние дела стран региона."
    assert [n for _s, n, _c in threats_of(stage, text)] == [
        "попытки внешних сил вмешиваться во внутренние дела стран региона"]


# -- what a threat keeps after its head --------------------------------------------------------
@pytest.mark.parametrize("text, span, name", [
    ("Мы осуждаем экстремизм во всех его формах и проявлениях.", "экстремизм во всех его формах и проявлениях",
     "экстремизм"),  # a fixed formula: in the span, not in the name
    ("Страна подверглась нападению со стороны боевиков.", "нападению со стороны боевиков",
     "нападение со стороны боевиков"),  # whose act it is
    ("Не прекращаются вооруженные столкновения между кланами.", "вооруженные столкновения между кланами",
     "вооруженные столкновения между кланами"),  # between whom
    ("Участились кибератаки на банковскую систему.", "кибератаки на банковскую систему",
     "кибератаки на банковскую систему"),  # what an attack strikes (the subject of a plural verb: plural)
    ("Не ослабевает наркотрафик через северный маршрут.", "наркотрафик через северный маршрут",
     "наркотрафик через северный маршрут"),  # the way a threat of movement goes
    ("Опустынивание в бассейне Аральского моря усиливается.", "Опустынивание в бассейне Аральского моря",
     "опустынивание в бассейне Аральского моря"),  # a place with its genitive
])
def test_complements_that_belong_to_the_threat(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Засуха этого года нанесла ущерб.", "Засуха"),  # a genitive of time dates it
    ("Мы обсудили изменение климата и продовольственной безопасности задачи.", "изменение климата"),
])
def test_complements_that_do_not(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


# -- damage done to something of value ------------------------------------------------------
@pytest.mark.parametrize("text, span, category", [
    ("Ослабление режима нераспространения недопустимо.", "Ослабление режима нераспространения", "wmd_proliferation"),
    ("Мы видим подрыв доверия между державами.", "подрыв доверия между державами", "other"),
    ("Разрыв привычных транспортных цепочек ударил по экономике.", "Разрыв привычных транспортных цепочек",
     "economic_instability"),
    ("Нельзя мириться с попранием норм международного права.", "попранием норм международного права", "other"),
])
def test_damage_to_a_value_is_a_threat(stage, text, span, category):
    assert (span, category) in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Нарушение сроков поставок объясняется погодой.",
    "Пересмотр тарифов назначен на март.",
    "Разрыв в доходах сокращается.",
])
def test_damage_to_what_is_no_value_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


def test_a_count_belongs_to_the_span_not_to_the_name(stage):
    assert threats_of(stage, "У границы сосредоточено около шести тысяч боевиков.")[0][:2] == (
        "шести тысяч боевиков", "боевики")
