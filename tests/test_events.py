"""Event extraction, table-driven per language: text in, exact events out.

Each event as (type, visit_level, status, country_a, country_b, visitor, host, location,
date_start, date_end, date_precision, [(participant, country)]).
"""
from __future__ import annotations

import datetime as dt

import pytest

from elshi.events import extract_events
from elshi.ingest import article_from_text
from elshi.people import base_form, find_people, kk_strip_case

D = dt.date


def events(text: str, published_on=None):
    a = article_from_text(text, "case.txt", published_on=published_on)
    out = []
    for e in extract_events(a):
        assert a.text[e.char_start:e.char_end] == e.evidence
        out.append((e.event_type, e.visit_level, e.status, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
                    e.host_iso3, e.location, e.date_start, e.date_end, e.date_precision,
                    [(p.name, p.country_iso3) for p in e.participants]))
    return out


KAZAKH = [
    ("Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстанға мемлекеттік сапармен барды. "
     "Самарқандта Шавкат Мирзиёевпен келіссөздер өтті.", D(2024, 6, 3),
     [("visit", "state", "held", "KAZ", "UZB", "KAZ", "UZB", "Samarkand", D(2024, 6, 1), D(2024, 6, 30), "month",
       [("Қасым-Жомарт Тоқаев", "KAZ"), ("Шавкат Мирзиёев", "UZB")])]),
    ("Келесі аптада Түркия Президенті Режеп Тайып Ердоған Астанаға ресми сапармен келеді.", D(2024, 6, 3),
     [("visit", "official", "planned", "KAZ", "TUR", "TUR", "KAZ", "Astana", D(2024, 6, 10), D(2024, 6, 16), "day",
       [("Режеп Тайып Ердоған", "TUR")])]),
    ("Мемлекет басшысы Моңғолия Президенті Ухнаагийн Хүрэлсүхпен телефон арқылы сөйлесті.", None,
     [("phone_call", None, "held", "KAZ", "MNG", None, None, None, None, None, None,
       [("Ухнаагийн Хүрэлсүх", "MNG")])]),
    ("Астанада Қазақстан мен Қытай арасындағы ынтымақтастық жөніндегі үкіметаралық комиссияның 11-ші отырысы өтті.", None,
     [("council", None, "held", "KAZ", "CHN", None, "KAZ", "Astana", None, None, None, [])]),
    ("Қазақстан мен Франция 2008 жылы маусымда Парижде стратегиялық серіктестік туралы шартқа қол қойды.", None,
     [("signing", None, "held", "KAZ", "FRA", None, "FRA", "Paris", D(2008, 6, 1), D(2008, 6, 30), "month", [])]),
    ("Мемлекет басшысы Ақордада Әзірбайжан Республикасының Сыртқы істер министрі Джейхун Байрамовты қабылдады.",
     D(2024, 4, 2),
     [("talks", None, "held", "KAZ", "AZE", None, "KAZ", "Astana", D(2024, 4, 1), D(2024, 4, 30), "month",
       [("Джейхун Байрамов", "AZE")])]),
    ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті.", None,
     [("phone_call", None, "held", "KAZ", "UZB", None, None, None, None, None, None,
       [("Қасым-Жомарт Тоқаев", "KAZ"), ("Шавкат Мирзиёев", "UZB")])]),
    ("Кеше Астанада қазақ-түрік бизнес-форумы өтті.", D(2024, 8, 2),
     [("forum", None, "held", "KAZ", "TUR", None, "KAZ", "Astana", D(2024, 8, 1), D(2024, 8, 1), "day", [])]),
]

RUSSIAN = [
    ("12 октября в Астане состоялись переговоры Касым-Жомарта Токаева и Владимира Путина.", D(2023, 10, 12),
     [("talks", None, "held", "KAZ", "RUS", None, "KAZ", "Astana", D(2023, 10, 12), D(2023, 10, 12), "day",
       [("Касым-Жомарт Токаев", "KAZ"), ("Владимир Путин", "RUS")])]),
    ("Министр иностранных дел Казахстана Мурат Нуртлеу провел телефонный разговор с главой МИД Венгрии Петером Сийярто.",
     D(2023, 3, 15),
     [("phone_call", None, "held", "KAZ", "HUN", None, None, None, D(2023, 3, 15), D(2023, 3, 15), "day",
       [("Мурат Нуртлеу", "KAZ"), ("Петер Сийярто", "HUN")])]),
    ("В Баку прошли политические консультации между министерствами иностранных дел Казахстана и Азербайджана.", None,
     [("consultations", None, "held", "KAZ", "AZE", None, "AZE", "Baku", None, None, None, [])]),
    ("Премьер-министр Казахстана Олжас Бектенов посетит Минск с рабочим визитом 10-11 сентября.", D(2024, 9, 1),
     [("visit", "working", "planned", "KAZ", "BLR", "KAZ", "BLR", "Minsk", D(2024, 9, 10), D(2024, 9, 11), "day",
       [("Олжас Бектенов", "KAZ")])]),
]

ENGLISH = [
    ("President Kassym-Jomart Tokayev held talks with Prime Minister of Japan Fumio Kishida in Tokyo on March 19.",
     D(2024, 3, 20),
     [("talks", None, "held", "KAZ", "JPN", None, "JPN", "Tokyo", D(2024, 3, 19), D(2024, 3, 19), "day",
       [("Kassym-Jomart Tokayev", "KAZ"), ("Fumio Kishida", "JPN")])]),
    ("The Kazakhstan-Germany Business Forum took place in Berlin, where agreements worth $500 million were signed.", None,
     [("forum", None, "held", "KAZ", "DEU", None, "DEU", "Berlin", None, None, None, [])]),
    ("French President Emmanuel Macron will pay an official visit to Kazakhstan next month.", D(2022, 11, 30),
     [("visit", "official", "planned", "KAZ", "FRA", "FRA", "KAZ", None, D(2022, 12, 1), D(2022, 12, 31), "month",
       [("Emmanuel Macron", "FRA")])]),
    ("ASTANA. KAZINFORM – Kazakh Foreign Minister Murat Nurtleu held talks with his Turkish counterpart Hakan Fidan "
     "in Ankara on August 1.", D(2024, 8, 2),
     [("talks", None, "held", "KAZ", "TUR", None, "TUR", "Ankara", D(2024, 8, 1), D(2024, 8, 1), "day",
       [("Murat Nurtleu", "KAZ"), ("Hakan Fidan", "TUR")])]),
    ("The 20th meeting of the Kazakhstan-China Cooperation Committee will be held in Beijing in October.", D(2024, 8, 2),
     [("council", None, "planned", "KAZ", "CHN", None, "CHN", "Beijing", D(2024, 10, 1), D(2024, 10, 31), "month", [])]),
]

# multilateral summits, cultural days, monuments, greetings, other countries' events: no bilateral event
NOTHING = [
    ("Президент Шанхай ынтымақтастық ұйымының саммитіне қатысты.", None),
    ("Алматыда Қырғызстан мәдениетінің күндері ашылды.", None),
    ("Лидеры стран ЕАЭС собрались на саммит в Санкт-Петербурге.", None),
    ("Tokayev attended the Central Asia - China summit in Xi'an.", None),
    ("A monument to Abai was unveiled in Moscow.", None),
    ("Қазақстан мен Ресей арасындағы экономикалық байланыстар дамып келеді.", None),
    ("Президент Монголии прибыл в Астану для участия в саммите ШОС.", None),
    ("Президент Казахстана принял участие в церемонии открытия Азиатских игр.", None),
    ("Қазақстанға Әзірбайжаннан электр тауарлары келеді.", None),
    # a surname is no trip: "Сапаров" is not "сапар"
    ("Делегация құрамында Венгриямен жұмыс жөніндегі Ауыл шаруашылығы министрі Айдарбек Сапаров болды.", None),
]


@pytest.mark.parametrize("text,published,expected", KAZAKH)
def test_kazakh(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize("text,published,expected", RUSSIAN)
def test_russian(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize("text,published,expected", ENGLISH)
def test_english(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize("text,published", NOTHING)
def test_yields_no_event(text, published):
    assert events(text, published) == []


def test_two_visits_in_one_sentence_stay_two():
    text = ("Мемлекет басшысының Парижге 2022 жылғы қарашадағы сапарымен, содан кейін Франция Президентінің "
            "Қазақстанға жауап сапарымен қатынастар жаңа деңгейге шықты. Мемлекет басшылары – Қасым-Жомарт Тоқаев "
            "пен Эмманюэль Макрон арасында сенімді диалог орнады.")
    got = events(text)
    assert [(e[0], e[5], e[6], e[7], e[8], e[11]) for e in got] == [
        ("visit", "KAZ", "FRA", "Paris", D(2022, 11, 1), [("Қасым-Жомарт Тоқаев", "KAZ")]),
        # the next sentence names both leaders: the host joins the visit that is still open
        ("visit", "FRA", "KAZ", None, None, [("Эмманюэль Макрон", "FRA"), ("Қасым-Жомарт Тоқаев", "KAZ")]),
    ]


@pytest.mark.parametrize("text", [
    "В ноябре 2022 года Президент Казахстана Касым-Жомарт Токаев совершил визит в Париж, а в 2023 году "
    "Президент Франции Эмманюэль Макрон посетил Казахстан с ответным визитом.",
    "In November 2022 President Kassym-Jomart Tokayev paid a visit to Paris, while President Emmanuel Macron "
    "of France visited Kazakhstan in 2023.",
    "2022 жылғы қарашада Қасым-Жомарт Тоқаев Парижге сапармен барды, ал 2023 жылы Франция Президенті "
    "Эмманюэль Макрон Қазақстанға жауап сапарымен келді.",
])
def test_a_contrasted_clause_is_its_own_trip(text):
    """", а ...", ", while ...", ", ал ...": the second clause has its own traveller, date and place."""
    got = [(e[0], e[5], e[6], e[7], e[8], e[10], [c for _, c in e[11]]) for e in events(text, D(2024, 5, 1))]
    assert got == [("visit", "KAZ", "FRA", "Paris", D(2022, 11, 1), "month", ["KAZ"]),
                   ("visit", "FRA", "KAZ", None, D(2023, 1, 1), "year", ["FRA"])]


def test_as_well_as_goes_on_with_the_same_trip():
    got = events("Токаев посетил Париж, а также встретился с Макроном.", D(2024, 5, 1))
    assert [(e[0], e[5], e[6], e[7]) for e in got] == [("visit", "KAZ", "FRA", "Paris")]


def test_mentions_of_one_visit_merge_and_talks_fold_into_it():
    text = ("Армения Премьер-министрі Никол Пашинян бүгін Қазақстанға ресми сапармен келді. "
            "Тараптар Ақордада келіссөздер жүргізді. Пашинянның Астанаға сапары екі ел үшін маңызды.")
    got = events(text, D(2025, 6, 10))
    assert [(e[0], e[2], e[5], e[6], e[7], e[8], e[10]) for e in got] == [
        ("visit", "held", "ARM", "KAZ", "Astana", D(2025, 6, 10), "day")]


def test_year_unknown_gives_no_date():
    text = "Қазақстан Республикасының Сыртқы істер министрі 2 тамыз күні Қырғыз Республикасына ресми сапармен барды."
    assert [e[8] for e in events(text)] == [None]


@pytest.mark.parametrize("word,base", [
    ("Тоқаевтың", "Тоқаев"), ("Кулубаевпен", "Кулубаев"), ("Маттарелланың", "Маттарелла"), ("Ердоғанға", "Ердоған"),
    ("Хүрэлсүхпен", "Хүрэлсүх"), ("Лукашенкомен", "Лукашенко"), ("Макрон", "Макрон"), ("Мелони", "Мелони"),
    ("Тілеуберді", "Тілеуберді"), ("Тілеубердімен", "Тілеуберді"), ("Құдайбердінің", "Құдайберді"), ("Тоқаевты", "Тоқаев"),
])
def test_kazakh_name_endings(word, base):
    assert kk_strip_case(word) == base


@pytest.mark.parametrize("name,base", [
    ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев"), ("Эммануэлем Макроном", "Эммануэль Макрон"),
    ("Шавката Мирзиеева", "Шавкат Мирзиеев"), ("Александр Лукашенко", "Александр Лукашенко"),
    ("Петером Сийярто", "Петер Сийярто"),
    # "-ем" after a consonant is a soft stem ("ь"), after a hushing one a hard stem
    ("Иштваном Надем", "Иштван Надь"), ("Игорем Петровым", "Игорь Петров"), ("Андреем Бабишем", "Андрей Бабиш"),
])
def test_russian_name_cases(name, base):
    assert base_form(name, "ru") == base


def test_people_with_titles_and_countries():
    text = ("Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with "
            "Secretary of State at Poland’s Ministry of Economic Development and Technology Grzegorz Piechowiak.")
    assert [(p.name, p.iso3, p.role) for p in find_people(text, "en")] == [
        ("Murat Nurtleu", "KAZ", "Deputy Prime Minister - Minister of Foreign Affairs"),
        ("Grzegorz Piechowiak", "POL", "Secretary of State"),
    ]


# ---------------------------------------------------------------- rules of the event reader
# (text, publication date, events as (type, status, a, b, visitor, host, location, start, end, precision)).
# Invented sentences, one per rule and language.

def brief(text, published=None):
    return [e[:1] + e[2:11] for e in events(text, published)]


RULES = [
    # a presence before a small letter is no trip: "находится в стадии подготовки визита" is the visit to come,
    # "was in the middle of talks" the talks; before a capital it is one ("находится в Астане")
    ("Министр иностранных дел ОАЭ Абдалла бин Заид находится в стадии подготовки визита в Казахстан.", D(2025, 3, 5),
     [("visit", "planned", "KAZ", "ARE", "ARE", "KAZ", None, None, None, None)]),
    ("Foreign Minister of the UAE Abdullah bin Zayed was in the middle of talks with Kazakhstan on trade.", D(2025, 3, 5),
     [("talks", "held", "KAZ", "ARE", None, None, None, D(2025, 3, 1), D(2025, 3, 31), "month")]),
    ("Министр иностранных дел ОАЭ Абдалла бин Заид находится в Астане.", D(2025, 3, 5),
     [("visit", "held", "KAZ", "ARE", "ARE", "KAZ", "Astana", D(2025, 3, 1), D(2025, 3, 31), "month")]),
    # status: the tense cue of the trigger's own clause, not of the sentence
    ("Both countries plan to boost trade to $2 billion, the press service said following a meeting of the "
     "Kazakh-Kyrgyz intergovernmental commission in Bishkek.", D(2024, 3, 10),
     [("council", "held", "KAZ", "KGZ", None, "KGZ", "Bishkek", D(2024, 3, 1), D(2024, 3, 31), "month")]),
    # an invitation with a time is a planned visit of the invited (without one, see NOT_AN_EVENT);
    # thanks for an invitation mean the visit is on
    ("Tokayev invited the President of Egypt to visit Kazakhstan in September.", D(2024, 5, 15),
     [("visit", "planned", "KAZ", "EGY", "EGY", "KAZ", None, D(2024, 9, 1), D(2024, 9, 30), "month")]),
    ("Токаев пригласил президента Египта посетить Казахстан в сентябре.", D(2024, 5, 15),
     [("visit", "planned", "KAZ", "EGY", "EGY", "KAZ", None, D(2024, 9, 1), D(2024, 9, 30), "month")]),
    ("Тоқаев Египет Президентін қыркүйекте Қазақстанға сапармен келуге шақырды.", D(2024, 5, 15),
     [("visit", "planned", "KAZ", "EGY", "EGY", "KAZ", None, D(2024, 9, 1), D(2024, 9, 30), "month")]),
    ("In Rome, Tokayev thanked Sergio Mattarella for the invitation to visit Italy.", D(2024, 1, 20),
     [("visit", "held", "KAZ", "ITA", "KAZ", "ITA", "Rome", D(2024, 1, 1), D(2024, 1, 31), "month")]),
    # a visit being discussed or prepared is planned
    ("Премьер-министр Армении обсудил с послом Казахстана визит армянской делегации в Казахстан.", None,
     [("visit", "planned", "KAZ", "ARM", "ARM", "KAZ", None, None, None, None)]),
    # postponed visits are planned and dated by their new date; cancelled ones are no event
    ("Визит президента Казахстана в Египет отложен на следующий год.", D(2023, 5, 1),
     [("visit", "planned", "KAZ", "EGY", "KAZ", "EGY", None, D(2024, 1, 1), D(2024, 12, 31), "year")]),
    # the day of the trigger's own phrase, not the day a report is dated by
    ("The agency reported on May 19 about the meeting of the Kazakh-Latvian intergovernmental commission in Riga on May 16.",
     D(2024, 5, 20),
     [("council", "held", "KAZ", "LVA", None, "LVA", "Riga", D(2024, 5, 16), D(2024, 5, 16), "day")]),
    # an event going on as the report is written is dated to the report's day
    ("Астанада Қазақстан-Моңғолия бизнес-форумы өтіп жатыр.", D(2024, 3, 5),
     [("forum", "held", "KAZ", "MNG", None, "KAZ", "Astana", D(2024, 3, 5), D(2024, 3, 5), "day")]),
    ("В Минске проходит заседание межправительственной комиссии Казахстана и Беларуси.", D(2024, 6, 11),
     [("council", "held", "KAZ", "BLR", None, "BLR", "Minsk", D(2024, 6, 11), D(2024, 6, 11), "day")]),
    # a wire dateline's day
    ("ASTANA, March 3 (Kazinform) - Kazakhstan and Estonia held political consultations.", D(2025, 3, 4),
     [("consultations", "held", "KAZ", "EST", None, None, None, D(2025, 3, 3), D(2025, 3, 3), "day")]),
    # a quarter
    ("Очередное заседание межправительственной комиссии Казахстана и России планируется во втором квартале "
     "текущего года в Москве.", D(2024, 2, 10),
     [("council", "planned", "KAZ", "RUS", None, "RUS", "Moscow", D(2024, 4, 1), D(2024, 6, 30), "month")]),
    # co-chairs meeting is talks
    ("После встречи сопредседателей казахстанско-узбекской межправительственной комиссии министр заявил о росте торговли.",
     D(2024, 2, 10),
     [("talks", "held", "KAZ", "UZB", None, None, None, D(2024, 2, 1), D(2024, 2, 29), "month")]),
    # an airport welcome is an arrival (kk/ru/en)
    ("В аэропорту Астаны президента Вьетнама встретил премьер-министр Казахстана.", None,
     [("visit", "held", "KAZ", "VNM", "VNM", "KAZ", "Astana", None, None, None)]),
    ("Астана әуежайында Вьетнам Президентін Қазақстан Премьер-министрі қарсы алды.", None,
     [("visit", "held", "KAZ", "VNM", "VNM", "KAZ", "Astana", None, None, None)]),
    ("At Astana airport, the President of Vietnam was welcomed by the Prime Minister of Kazakhstan.", None,
     [("visit", "held", "KAZ", "VNM", "VNM", "KAZ", "Astana", None, None, None)]),
    # "U.S." is a country; a dotted abbreviation
    ("U.S. Secretary of State will visit Kazakhstan on February 1-2.", D(2020, 1, 25),
     [("visit", "planned", "KAZ", "USA", "USA", "KAZ", None, D(2020, 2, 1), D(2020, 2, 2), "day")]),
    # more ways to say a meeting, a call, a signing
    ("President Tokayev hosted his Uzbek counterpart Shavkat Mirziyoyev in Astana.", D(2024, 5, 15),
     [("talks", "held", "KAZ", "UZB", None, "KAZ", "Astana", D(2024, 5, 1), D(2024, 5, 31), "month")]),
    ("Kazakhstan's top diplomat Murat Nurtleu sat down with Uzbek Foreign Minister Bakhtiyor Saidov on May 10.",
     D(2024, 5, 15), [("talks", "held", "KAZ", "UZB", None, None, None, D(2024, 5, 10), D(2024, 5, 10), "day")]),
    ("Tokayev and Mirziyoyev exchanged views by phone on regional security.", D(2024, 5, 15),
     [("phone_call", "held", "KAZ", "UZB", None, None, None, D(2024, 5, 15), D(2024, 5, 15), "day")]),
    ("Kazakhstan and Uzbekistan inked 15 agreements on May 10.", D(2024, 5, 15),
     [("signing", "held", "KAZ", "UZB", None, None, None, D(2024, 5, 10), D(2024, 5, 10), "day")]),
    ("Қазақстан мен Өзбекстан арасындағы үкіметаралық келісімдерге қол қою рәсімі өтті.", D(2024, 5, 15),
     [("signing", "held", "KAZ", "UZB", None, None, None, D(2024, 5, 1), D(2024, 5, 31), "month")]),
    # a future said of what the visit brings is not a planned visit
    ("The President noted that the official visit of the Vietnamese Prime Minister to Kazakhstan will contribute to "
     "closer ties.", D(2024, 3, 14),
     [("visit", "held", "KAZ", "VNM", "VNM", "KAZ", None, D(2024, 3, 1), D(2024, 3, 31), "month")]),
    ("Президент отметил, что официальный визит премьер-министра Вьетнама в Казахстан будет способствовать "
     "укреплению связей.", D(2024, 3, 14),
     [("visit", "held", "KAZ", "VNM", "VNM", "KAZ", None, D(2024, 3, 1), D(2024, 3, 31), "month")]),
    # a meeting folded into consultations brings its place and the place's country together
    ("Токио, 5 маусым. Kazinform - Қазақстан мен Жапония СІМ арасында саяси консультациялар өтті. Роман Василенко "
     "Жапония Парламентінің депутаттарымен де кездесті.", D(2024, 6, 5),
     [("consultations", "held", "KAZ", "JPN", None, "JPN", "Tokyo", D(2024, 6, 5), D(2024, 6, 5), "day")]),
    # a meeting in a third country's city is with the one met
    ("On the sidelines of the summit, Tokayev met Erdogan in Bishkek.", D(2024, 11, 6),
     [("talks", "held", "KAZ", "TUR", None, "KGZ", "Bishkek", D(2024, 11, 1), D(2024, 11, 30), "month")]),
    ("Токаев встретился с Эрдоганом в Бишкеке.", D(2024, 11, 6),
     [("talks", "held", "KAZ", "TUR", None, "KGZ", "Bishkek", D(2024, 11, 1), D(2024, 11, 30), "month")]),
    ("Тоқаев Бішкекте Ердоғанмен кездесті.", D(2024, 11, 6),
     [("talks", "held", "KAZ", "TUR", None, "KGZ", "Bishkek", D(2024, 11, 1), D(2024, 11, 30), "month")]),
    # a signing of the pair on a summit's sidelines is theirs (kk/ru/en)
    ("On the sidelines of the SCO summit, Kazakhstan and China signed five agreements.", D(2024, 7, 4),
     [("signing", "held", "KAZ", "CHN", None, None, None, D(2024, 7, 1), D(2024, 7, 31), "month")]),
    ("В рамках саммита ШОС Казахстан и Китай подписали пять соглашений.", D(2024, 7, 4),
     [("signing", "held", "KAZ", "CHN", None, None, None, D(2024, 7, 1), D(2024, 7, 31), "month")]),
    ("ШЫҰ саммиті аясында Қазақстан мен Қытай бес келісімге қол қойды.", D(2024, 7, 4),
     [("signing", "held", "KAZ", "CHN", None, None, None, D(2024, 7, 1), D(2024, 7, 31), "month")]),
    # the intention to pay a visit is a planned one (kk/ru/en), not an intention about trade beside a meeting
    ("The Pakistani Prime Minister confirmed his intention to pay an official visit to Kazakhstan this year.",
     D(2025, 2, 21), [("visit", "planned", "KAZ", "PAK", "PAK", "KAZ", None, D(2025, 1, 1), D(2025, 12, 31), "year")]),
    ("Премьер-министр Пакистана подтвердил намерение посетить Казахстан с официальным визитом в этом году.",
     D(2025, 2, 21), [("visit", "planned", "KAZ", "PAK", "PAK", "KAZ", None, D(2025, 1, 1), D(2025, 12, 31), "year")]),
    ("Пәкістан Премьер-министрі биыл Қазақстанға ресми сапармен келу ниетін растады.",
     D(2025, 2, 21), [("visit", "planned", "KAZ", "PAK", "PAK", "KAZ", None, D(2025, 1, 1), D(2025, 12, 31), "year")]),
    # the Kazakh locative tells where the one on a visit is
    ("Өзбекстан Президенті Қазақстанда мемлекеттік сапармен жүр.", D(2024, 5, 15),
     [("visit", "held", "KAZ", "UZB", "UZB", "KAZ", None, D(2024, 5, 1), D(2024, 5, 31), "month")]),
    # the English month May
    ("The declaration was signed during Rahmon's May visit to Kazakhstan.", D(2023, 8, 26),
     [("visit", "held", "KAZ", "TJK", "TJK", "KAZ", None, D(2023, 5, 1), D(2023, 5, 31), "month")]),
]


@pytest.mark.parametrize("text,published,expected", RULES)
def test_event_rules(text, published, expected):
    assert brief(text, published) == expected


NOT_AN_EVENT = [
    # many events, none dated
    ("The two countries maintain regular high-level exchanges and mutual visits.", None),
    ("Обмен визитами на высшем уровне стал традиционным для Казахстана и Кыргызстана.", None),
    ("Қазақстан мен Қырғызстан арасында өзара сапарлар тұрақты өтіп тұрады.", None),
    ("Ежегодно проводятся заседания межправительственной комиссии Казахстана и Беларуси.", None),
    # a body, not a session
    ("Kazakhstan and Oman agreed to establish a joint intergovernmental commission.", None),
    ("Казахстанско-иорданская межправительственная комиссия является эффективным механизмом сотрудничества.", None),
    # a cancelled visit, also when the cancellation stands past a participle clause
    ("Визит премьер-министра Пакистана в Казахстан отменен.", None),
    ("Визит президента Турции в Казахстан, запланированный на май, отменен.", D(2024, 5, 15)),
    ("The visit of the Turkish president to Kazakhstan, planned for May, was cancelled.", D(2024, 5, 15)),
    ("Түркия Президентінің мамыр айына жоспарланған Қазақстанға сапары болмай қалды.", D(2024, 5, 15)),
    # an invitation with no time to it: no visit is announced yet
    ("Tokayev invited the President of Egypt to visit Kazakhstan at a convenient time.", None),
    ("Токаев пригласил президента Египта посетить Казахстан в удобное время.", None),
    ("Тоқаев Египет Президентін Қазақстанға өзіне ыңғайлы уақытта сапармен келуге шақырды.", None),
    # Kazakhstan in a list of three or more countries: a multilateral meeting
    ("The leaders of Kazakhstan, Russia and Belarus met in Minsk on Tuesday.", D(2024, 5, 15)),
    ("Президенты Казахстана, России и Беларуси встретились в Минске.", D(2024, 5, 15)),
    ("Қазақстан, Ресей және Беларусь президенттері Минскіде кездесті.", D(2024, 5, 15)),
    # two other countries face to face, Kazakhstan only mentioned
    ("Hungary's foreign minister held talks with his Chinese counterpart in Beijing, adding that Kazakhstan was discussed.",
     D(2024, 5, 15)),
    ("Глава МИД Венгрии провел переговоры с китайским коллегой в Пекине, отметив и сотрудничество с Казахстаном.",
     D(2024, 5, 15)),
    ("Венгрия сыртқы істер министрі Бейжіңде қытайлық әріптесімен келіссөз жүргізді, Қазақстан да талқыланды.",
     D(2024, 5, 15)),
    # an agreement's date of signing, named by a reduced relative clause
    ("The agreement on avoidance of double taxation between Kazakhstan and Hungary, signed in 1994, remains in force.", None),
    # a forum of many countries
    ("Венгерская делегация примет участие в Астанинском международном форуме вместе с представителями 50 стран.", None),
    ("A Hungarian delegation will attend the Astana International Forum.", None),
    ("Венгрия делегациясы 50 елдің өкілдерімен бірге Астана халықаралық форумына қатысады.", None),
    # a meeting referred to with no bilateral event behind it
    ("Бұл кездесудің маңызы зор.", None),
    # an ambassador travelling inside the country of posting
    ("Посол Канады в Казахстане посетил Карагандинскую область с официальным визитом.", None),
    # what was signed at some time, named by a participle, is no signing the article reports
    ("Бұған былтыр қол қойылған Қазақстан мен Ресей арасындағы бағдарлама ықпал етеді.", None),
    ("Соглашения, подписанные Казахстаном и Германией, уже приносят плоды.", None),
    ("The agreements signed between Kazakhstan and Germany are already bearing fruit.", None),
    # contracts with a money value are commercial deals, not an intergovernmental signing
    ("Корей корпорацияларының жетекшілерімен кездесуде құны 1,7 млрд доллар болатын 34 құжатқа қол қойылды. "
     "Қазақстан мен Корея ынтымақтастығы дамып келеді.", None),
    ("Kazakhstan and Korea signed 34 documents worth $1.7 billion.", None),
    ("Казахстан и Корея подписали 34 документа на общую сумму 1,7 млрд долларов.", None),
    # a meeting with companies, students or the diaspora is not talks between the two states
    ("Tokayev met with the heads of major Korean companies in Seoul.", None),
    ("Токаев встретился с руководителями крупнейших корейских компаний.", None),
    ("Тоқаев Корея корпорацияларының жетекшілерімен кездесті.", None),
    ("The Hungarian ambassador met with students of the university in Almaty.", D(2024, 5, 15)),
    ("Посол Венгрии в Казахстане встретился со студентами университета в Алматы.", D(2024, 5, 15)),
    ("Венгрия елшісі Алматыда университет студенттерімен кездесті.", D(2024, 5, 15)),
    # a telephone used to speak to the press
    ("Посол Италии сообщил по телефону корреспонденту Казинформа, что товарооборот Италии и Казахстана растет.", None),
    ("Италия елшісі Казинформ тілшісіне телефон арқылы айтты, Қазақстанмен сауда өсуде.", None),
    ("The Italian ambassador told Kazinform by phone that trade with Kazakhstan is growing.", None),
    # sightseeing on a trip
    ("The Kazakh delegation will also visit historical and cultural places in Islamabad.", None),
    # a count of events is no event; nor a meeting of two other countries' leaders
    ("Kazakhstan and France have held ten rounds of political consultations since 1992.", None),
    ("С 1992 года Казахстан и Франция провели десять раундов политических консультаций.", None),
    ("1992 жылдан бері Қазақстан мен Франция арасында саяси консультациялардың он раунды өтті.", None),
    ("Vladimir Putin met Xi Jinping in Beijing on Tuesday to discuss energy.", None),
    ("Владимир Путин во вторник встретился в Пекине с Си Цзиньпином.", None),
    ("Владимир Путин сейсенбіде Бейжіңде Си Цзиньпинмен кездесті.", None),
    # the multilateral meeting itself, not a bilateral one on its sidelines
    ("Токаев и Мирзиёев прибыли в Чолпон-Ату для участия в Консультативной встрече глав государств Центральной Азии.", None),
    # a trigger starts a word: "Strip" holds no trip, "неприбыльный" no arrival
    ("Tokayev and el-Sisi of Egypt exchanged views on the situation in the Gaza Strip.", D(2023, 10, 17)),
    ("Токаев и ас-Сиси из Египта обсудили неприбыльные маршруты и ситуацию в секторе Газа.", D(2023, 10, 17)),
    ("Тоқаев пен Египет Президенті Газа секторындағы жағдайды талқылады.", D(2023, 10, 17)),
    # "is in" / "находится в" is a presence only before a place's capital (the trigger reads lower-cased text,
    # the capital is checked on the text as written); Kazakh "болды" needs a locative before it anyway
    ("Министр иностранных дел ОАЭ находится в ожидании ответа Казахстана по этому вопросу.", D(2025, 3, 5)),
    ("The Emirati foreign minister is in no hurry to answer Kazakhstan on the question.", D(2025, 3, 5)),
    ("The Emirati foreign minister was in close contact with Kazakhstan on the question.", D(2025, 3, 5)),
]


@pytest.mark.parametrize("text,published", NOT_AN_EVENT)
def test_not_an_event(text, published):
    assert events(text, published) == []


@pytest.mark.parametrize("text", [
    "Tokayev met Erdogan in Bishkek. At the end of the summit, the heads of state signed the Bishkek Declaration.",
    "Токаев встретился с Эрдоганом в Бишкеке. По итогам саммита главы государств подписали Бишкекскую декларацию.",
    "Тоқаев Бішкекте Ердоғанмен кездесті. Саммит қорытындысы бойынша мемлекет басшылары Бішкек декларациясына қол қойды.",
])
def test_a_summits_declaration_is_no_signing_of_the_pair(text):
    assert [(e[0], e[2], e[3]) for e in brief(text, D(2024, 11, 6))] == [("talks", "KAZ", "TUR")]


def test_a_reference_to_the_meeting_adds_to_it():
    for text in ("Tokayev met the Prime Minister of Greece in Athens. During the meeting, the sides discussed trade.",
                 "Тоқаев Грекия Премьер-министрімен Афинада кездесті. Кездесу барысында тараптар сауданы талқылады."):
        assert [(e[0], e[7]) for e in events(text)] == [("talks", "Athens")]


def test_a_yearless_day_keeps_two_events_apart_and_takes_the_articles_year_flagged():
    text = "29 марта посол Италии встретился с Токаевым. Напомним, в 2019 году Казахстан посетил президент Италии."
    got = [(e.event_type, e.date_start, e.date_precision, e.date_year_inferred)
           for e in extract_events(article_from_text(text, "case.txt"))]
    assert got == [("talks", D(2019, 3, 29), "day", True), ("visit", D(2019, 1, 1), "year", False)]


# trips of one sentence each told with its own time are two trips, each with its own places and officials
# ("Mirziyoyev's visit in March 2017 and Tokayev's visit to Tashkent in April this year"; Kazakh tells each time
# before its noun); a year in an event noun's own phrase is that event's, however near a day of another
OWN_TIMES = [
    ("Umurzakov noted that relations had reached a new level following President Shavkat Mirziyoyev's state visit to "
     "Kazakhstan in March 2017 and President Kassym-Jomart Tokayev's visit to Tashkent in April this year.", D(2019, 8, 22),
     [("visit", "UZB", "KAZ", None, D(2017, 3, 1), "month", ["Shavkat Mirziyoyev"]),
      ("visit", "KAZ", "UZB", "Tashkent", D(2019, 4, 1), "month", ["Kassym-Jomart Tokayev"])]),
    ("Умурзаков отметил, что отношения вышли на новый уровень после государственного визита Шавката Мирзиёева в "
     "Казахстан в марте 2017 года и визита Касым-Жомарта Токаева в Ташкент в апреле этого года.", D(2019, 8, 22),
     [("visit", "UZB", "KAZ", None, D(2017, 3, 1), "month", ["Шавкат Мирзиёев"]),
      ("visit", "KAZ", "UZB", "Tashkent", D(2019, 4, 1), "month", ["Касым-Жомарт Токаев"])]),
    ("Умурзақов қарым-қатынастар 2017 жылғы наурыздағы Шавкат Мирзиёевтің Қазақстанға мемлекеттік сапарынан және "
     "биылғы сәуірдегі Қасым-Жомарт Тоқаевтың Ташкентке сапарынан кейін жаңа деңгейге көтерілгенін атап өтті.", D(2019, 8, 22),
     [("visit", "UZB", "KAZ", None, D(2017, 3, 1), "month", ["Шавкат Мирзиёев"]),
      ("visit", "KAZ", "UZB", "Tashkent", D(2019, 4, 1), "month", ["Қасым-Жомарт Тоқаев"])]),
    # control: one year, one trip
    ("Umurzakov noted that President Shavkat Mirziyoyev arrived in Astana on March 3, 2017 for an official visit.",
     D(2019, 8, 22), [("visit", "UZB", "KAZ", "Astana", D(2017, 3, 3), "day", ["Shavkat Mirziyoyev"])]),
    # the reception's weekday is not the recalled visit's year
    ("On Tuesday the Kazakh delegation was received by President Abdel Fattah el-Sisi, who recalled the Kazakh leader's "
     "official visit to Cairo in 2007.", D(2016, 1, 1),
     [("talks", None, "EGY", None, D(2015, 12, 1), "month", ["Abdel Fattah el-Sisi"]),
      ("visit", "KAZ", "EGY", "Cairo", D(2007, 1, 1), "year", ["Abdel Fattah el-Sisi"])]),
    ("Во вторник казахстанскую делегацию принял президент Египта Абдель Фаттах ас-Сиси, который вспомнил официальный "
     "визит казахстанского лидера в Каир в 2007 году.", D(2016, 1, 1),
     [("talks", None, None, None, D(2015, 12, 1), "month", ["Абдель Фаттах ас-Сиси"]),
      ("visit", "KAZ", "EGY", "Cairo", D(2007, 1, 1), "year", ["Абдель Фаттах ас-Сиси"])]),
    ("Сейсенбіде қазақстандық делегацияны Египет Президенті Абдел Фаттах әс-Сиси қабылдап, Қазақстан басшысының 2007 "
     "жылғы Каирге ресми сапарын еске алды.", D(2016, 1, 1),
     [("talks", None, "EGY", None, D(2015, 12, 1), "month", ["Абдел Фаттах әс-Сиси"]),
      ("visit", "KAZ", "EGY", "Cairo", D(2007, 1, 1), "year", [])]),
    # a trip told "last year" in an undated report keeps no date, not the year of the trip told before it
    ("Мемлекет басшысы шейх Тамимнің 2022 жылғы қазанда Астанаға жасаған мемлекеттік сапарының және өзінің былтырғы "
     "Дохаға ресми сапарының нәтижелері қарым-қатынасқа тың серпін бергенін атап өтті.", None,
     [("visit", "QAT", "KAZ", "Astana", D(2022, 10, 1), "month", []),
      ("visit", "KAZ", "QAT", "Doha", None, None, [])]),
    # "received" a thing is no reception; a delegation received is
    ("Tileuberdi recalled that ties with Korea received a further boost from President Park Geun-hye's visit to Astana "
     "in June 2014.", D(2021, 1, 1), [("visit", "KOR", "KAZ", "Astana", D(2014, 6, 1), "month", ["Park Geun-hye"])]),
    ("President Tokayev received a delegation of the Korean parliament led by Speaker Kim Jin-pyo.", D(2021, 1, 1),
     [("talks", None, "KAZ", None, D(2021, 1, 1), "month", ["Kassym-Jomart Tokayev", "Kim Jin-pyo"])]),
]


@pytest.mark.parametrize("text,published,expected", OWN_TIMES)
def test_each_event_keeps_the_time_of_its_own_phrase(text, published, expected):
    got = [(e.event_type, e.visitor_iso3, e.host_iso3, e.location, e.date_start, e.date_precision,
            [p.name for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


def test_an_official_of_no_country_in_a_report_filed_from_the_partners_city_is_the_partners():
    # both sides have a named official, so the bare side cannot place him; the report is the partner's own (WAM)
    text = ("ABU DHABI, 19th January, 2026 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received "
            "Olzhas Bektenov, Prime Minister of the Republic of Kazakhstan, who is on a working visit to the country. The "
            "meeting was attended by Dr. Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade.")
    got = [[(p.name, p.country_iso3) for p in e.participants] for e in extract_events(article_from_text(text, "case.txt"))]
    assert got == [[("Olzhas Bektenov", "KAZ"), ("Mohamed bin Zayed Al Nahyan", "ARE"), ("Al Zeyoudi", "ARE")]]


# an undated wire report's dateline with a day and no year ("ТАШКЕНТ, 18 қазан. ҚазАқпарат –") dates the held
# event it reports, in the latest year the article speaks of (flagged); "yesterday" is the day before; a weekday,
# a month or another time told in the text is not the dateline's day
YEARLESS_DATELINE = [
    ("ТАШКЕНТ, 18 қазан. ҚазАқпарат – Өзбекстан Президенті Шавкат Мирзиёев Ташкентке ресми сапармен келген Қазақстан "
     "Премьер-министрі Олжас Бектеновті қабылдады. 2024 жылғы қаңтар-қыркүйекте екі ел арасындағы тауар айналымы 3,1 "
     "млрд долларға жетті.", [("visit", "held", D(2024, 10, 18), "day", True)]),
    ("АСТАНА, 16 апреля. КАЗИНФОРМ – Накануне в МИД Казахстана состоялись политические консультации между Казахстаном "
     "и Бразилией. В 2023 году товарооборот составил 100 млн долларов.", [("consultations", "held", D(2023, 4, 15), "day", True)]),
    ("MOSCOW, December 9. /TASS/. Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a "
     "telephone conversation. Trade reached $26 billion in 2021.", [("phone_call", "held", D(2021, 12, 9), "day", True)]),
    ("ASTANA, March 1 (Kazinform) – Yesterday Kazakh Foreign Minister Murat Nurtleu held talks with his Turkish "
     "counterpart Hakan Fidan in Astana. Trade reached $6 billion in 2023.", [("talks", "held", D(2023, 2, 28), "day", True)]),
    # controls: a weekday, a month told in the text; a dated dateline is a publication date as before
    ("MOSCOW, December 9. /TASS/. Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a "
     "telephone conversation on Monday. Trade reached $26 billion in 2021.", [("phone_call", "held", None, None, False)]),
    ("АСТАНА, 5 ақпан. ҚазАқпарат – Қазақстан мен Венгрия Премьер-министрлері қаңтар айының соңында телефон арқылы "
     "сөйлесті. 2024 жылы тауар айналымы 300 млн долларға жетті.", [("phone_call", "held", None, None, False)]),
    ("МОСКВА, 9 декабря. Президенты Казахстана и России провели телефонный разговор. Товарооборот в 2021 году составил "
     "26 млрд долларов.", [("phone_call", "held", D(2021, 12, 9), "day", True)]),
    ("МОСКВА, 9 декабря. Президенты Казахстана и России провели телефонный разговор в пятницу. Товарооборот в 2021 году "
     "составил 26 млрд долларов.", [("phone_call", "held", None, None, False)]),
    # a reference to the event that tells its day ("Кеше өткен консультациялар барысында", "состоявшихся вчера")
    ("АСТАНА, 14 ақпан. ҚазАқпарат – Будапештте Қазақстан мен Венгрия сыртқы істер министрліктері арасында саяси "
     "консультациялар өтті. Кеше өткен консультациялар барысында дипломаттар сауданы талқылады. 2023 жылы тауар айналымы "
     "300 млн долларға жетті.", [("consultations", "held", D(2023, 2, 13), "day", True)]),
    ("АСТАНА, 14 февраля. КАЗИНФОРМ – В Будапеште прошли политические консультации между МИД Казахстана и Венгрии. "
     "В ходе консультаций, состоявшихся вчера, дипломаты обсудили торговлю. В 2023 году товарооборот составил 300 млн "
     "долларов.", [("consultations", "held", D(2023, 2, 13), "day", True)]),
    # no year anywhere: the day cannot be stored
    ("ТАШКЕНТ, 18 қазан. ҚазАқпарат – Өзбекстан Президенті Шавкат Мирзиёев Қазақстан Премьер-министрі Олжас Бектеновті "
     "қабылдады.", [("talks", "held", None, None, False)]),
]


@pytest.mark.parametrize("text,expected", YEARLESS_DATELINE)
def test_a_yearless_dateline_dates_the_held_event_it_reports(text, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_precision, e.date_year_inferred)
           for e in extract_events(article_from_text(text, "case.txt"))]
    assert got == expected


# a year told in the event noun's own phrase makes "during the visit" another, dated visit, not the one reported
@pytest.mark.parametrize("text", [
    "ТАШКЕНТ, 5 июня — Sputnik. Премьер-министр Казахстана Алихан Смаилов прибыл в Узбекистан с официальным визитом. "
    "Визит продлится два дня. Ожидается, что стороны обсудят ход реализации договоренностей, достигнутых в ходе "
    "государственного визита Касым-Жомарта Токаева в Узбекистан в декабре 2022 года.",
    "TASHKENT, June 5 (Kazinform) – Kazakh Prime Minister Alikhan Smailov arrived in Uzbekistan on an official visit. "
    "The visit will last two days. The sides are expected to review the agreements reached during the state visit of "
    "Kassym-Jomart Tokayev to Uzbekistan in December 2022.",
    "ТАШКЕНТ, 5 маусым. ҚазАқпарат – Қазақстан Премьер-министрі Әлихан Смайылов Өзбекстанға ресми сапармен келді. "
    "Сапар екі күнге созылады. Тараптар Қасым-Жомарт Тоқаевтың 2022 жылғы желтоқсандағы Өзбекстанға мемлекеттік "
    "сапары барысында қол жеткізілген уағдаластықтарды талқылайды.",
])
def test_a_dated_visit_in_the_phrase_of_during_the_visit_is_another_visit(text):
    got = [(e.event_type, e.date_start, e.date_precision) for e in extract_events(article_from_text(text, "case.txt"))]
    assert got == [("visit", D(2022, 6, 5), "day"), ("visit", D(2022, 12, 1), "month")]


def test_the_upcoming_visit_stays_planned_after_a_verb_of_travel():
    # "went over the agenda of the upcoming visit": the adjective is the visit's tense, not a purpose of a trip made
    text = ("They also went over the economic agenda of the upcoming official visit of President Kassym-Jomart Tokayev "
            "to Germany.")
    got = [(e.event_type, e.status) for e in extract_events(article_from_text(text, "case.txt", published_on=D(2025, 1, 1)))]
    assert got == [("visit", "planned")]


@pytest.mark.parametrize("text,expected", [
    # the meeting only names whose decision was initialled: it is the planned meeting of that number
    ("Министрлер Қазақстан мен Қырғызстан арасындағы Жоғары мемлекетаралық кеңестің сегізінші отырысына дайындықты "
     "талқылады. Кездесу қорытындысы бойынша министрлер Жоғары мемлекетаралық кеңестің сегізінші отырысының шешімін "
     "дәйектеді.", [("council", "planned")]),
    ("Министры обсудили подготовку к девятому заседанию Высшего межгосударственного совета Казахстана и Кыргызстана. "
     "По итогам встречи министры парафировали проект решения девятого заседания Высшего межгосударственного совета.",
     [("council", "planned")]),
    ("The ministers discussed preparations for the fifth meeting of the Kazakh-Kyrgyz Supreme Interstate Council. "
     "They initialled the draft decision of the fifth meeting of the Supreme Interstate Council.", [("council", "planned")]),
    # a meeting with an official and business people is talks
    ("Токаев встретился с министром торговли Кореи и руководителями корейских компаний.", [("talks", "held")]),
    # an ordinal round is one event
    ("В Париже прошел второй раунд политических консультаций Казахстана и Франции.", [("consultations", "held")]),
    ("Парижде Қазақстан мен Франция арасындағы саяси консультациялардың оныншы раунды өтті.", [("consultations", "held")]),
    ("The 10th round of Kazakh-French political consultations was held in Paris.", [("consultations", "held")]),
    # meetings with different numbers are different meetings
    ("В Астане прошло седьмое заседание казахстанско-кыргызской межправительственной комиссии. Восьмое заседание "
     "межправительственной комиссии Казахстана и Кыргызстана пройдет в Бишкеке в следующем году.",
     [("council", "held"), ("council", "planned")]),
    # a minister's trip does not make the head of state's upcoming visit a held one
    ("Министр иностранных дел Казахстана посетил Бишкек с официальным визитом. Стороны обсудили подготовку к "
     "предстоящему государственному визиту Главы государства в Кыргызстан.", [("visit", "held"), ("visit", "planned")]),
])
def test_which_mentions_are_one_event(text, expected):
    assert [(e[0], e[2]) for e in events(text)] == expected


def test_the_lead_tells_where_a_visit_goes():
    text = "Nazarbayev praised the roads in Belarus.\n“I arrived with a big desire to deepen cooperation,” Nazarbayev said."
    assert [(e[0], e[5], e[6]) for e in events(text)] == [("visit", "KAZ", "BLR")]


def test_publication_stamp_with_a_time_dates_same_day_news():
    body = "Казахстан и Литва провели политические консультации."
    assert [e[8:11] for e in events("Заголовок новости\n12.05.2023 10:15\n" + body)] == [(D(2023, 5, 12), D(2023, 5, 12), "day")]
    assert [e[8:11] for e in events("Заголовок новости\nОпубликовано 12.05.2023 00:00\n" + body)] == [
        (D(2023, 5, 1), D(2023, 5, 31), "month")]


# Short invented news items, whole events compared: (type, status, visitor, host, location, date_start,
# date_precision, participants)
STORIES = [
    # "the next meeting of the commission" once the article named it; a dateline day with its year;
    # "накануне" is the day before, a meeting of its own
    ("Астана, 12 октября 2023 года. В Астане прошло 18-е заседание казахстанско-белорусской межправительственной "
     "комиссии. Следующее заседание комиссии пройдет в Минске в 2024 году. Накануне вице-премьер Казахстана Серик "
     "Жумангарин встретился с министром промышленности Беларуси Александром Ефимовым.", D(2023, 10, 12),
     [("council", "held", None, "KAZ", "Astana", D(2023, 10, 12), "day", []),
      ("council", "planned", None, "BLR", "Minsk", D(2024, 1, 1), "year", []),
      ("talks", "held", None, "KAZ", "Astana", D(2023, 10, 11), "day", ["Серик Жумангарин", "Александр Ефимов"])]),
    ("ASTANA, October 12, 2023 – The 18th meeting of the Kazakh-Belarusian intergovernmental commission was held in "
     "Astana. The next meeting of the commission will be held in Minsk in 2024.", D(2023, 10, 12),
     [("council", "held", None, "KAZ", "Astana", D(2023, 10, 12), "day", []),
      ("council", "planned", None, "BLR", "Minsk", D(2024, 1, 1), "year", [])]),
    ("Астанада Қазақстан-Беларусь үкіметаралық комиссиясының 18-отырысы өтті. Комиссияның келесі отырысы 2024 жылы "
     "Минскіде өтеді.", D(2023, 10, 12),
     [("council", "held", None, "KAZ", "Astana", D(2023, 10, 1), "month", []),
      ("council", "planned", None, "BLR", "Minsk", D(2024, 1, 1), "year", [])]),
    # a welcome at the airport places the arrival; a known surname ends a name; "қатысады" will take part
    ("Моңғолия Президенті Ухнаагийн Хүрэлсүх Қасым-Жомарт Тоқаевтың шақыруымен Қазақстанға мемлекеттік сапармен келді. "
     "Астана әуежайында мәртебелі қонақты Премьер-министрдің орынбасары Серік Жұманғарин қарсы алды. "
     "Сондай-ақ Моңғолия Президенті Қазақстан-Моңғолия бизнес-форумына қатысады.", D(2024, 6, 4),
     [("visit", "held", "MNG", "KAZ", "Astana", D(2024, 6, 1), "month", ["Ухнаагийн Хүрэлсүх", "Серік Жұманғарин"]),
      ("forum", "planned", None, None, None, None, None, ["Ухнаагийн Хүрэлсүх"])]),
    # a session "during that visit" takes that visit's time (kk/ru/en); "visit, the 12th meeting" still refers back
    ("Қасым-Жомарт Тоқаев былтыр тамызда Ұлан-Баторға ресми сапармен барған еді. Сол сапар барысында Ұлан-Баторда "
     "үкіметаралық комиссияның 12-отырысы өтті.", D(2024, 6, 4),
     [("visit", "held", "KAZ", "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", ["Қасым-Жомарт Тоқаев"]),
      ("council", "held", None, "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", ["Қасым-Жомарт Тоқаев"])]),
    ("Tokayev paid an official visit to Ulaanbaatar last August. During that visit, the 12th meeting of the "
     "intergovernmental commission was held in Ulaanbaatar.", D(2024, 6, 4),
     [("visit", "held", "KAZ", "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", ["Kassym-Jomart Tokayev"]),
      ("council", "held", None, "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", [])]),
    ("Токаев в августе прошлого года посетил Улан-Батор с официальным визитом. В ходе этого визита в Улан-Баторе "
     "прошло 12-е заседание межправительственной комиссии.", D(2024, 6, 4),
     [("visit", "held", "KAZ", "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", ["Касым-Жомарт Токаев"]),
      ("council", "held", None, "MNG", "Ulaanbaatar", D(2023, 8, 1), "month", [])]),
    # a report filed at home on a visit abroad: the signing is where the visit went, on the visit's day (kk/ru/en)
    ("ASTANA – Kazakh President Kassym-Jomart Tokayev and UAE President Sheikh Mohamed bin Zayed Al Nahyan held talks "
     "in Abu Dhabi on Jan. 14, during Tokayev's state visit to the Emirates. The sides signed 15 documents, including "
     "an agreement on investment protection.", D(2025, 1, 15),
     [("visit", "held", "KAZ", "ARE", "Abu Dhabi", D(2025, 1, 14), "day",
       ["Kassym-Jomart Tokayev", "Mohamed bin Zayed Al Nahyan"]),
      ("signing", "held", None, "ARE", "Abu Dhabi", D(2025, 1, 14), "day", [])]),
    ("АСТАНА – Президент Казахстана Касым-Жомарт Токаев 14 января провел переговоры с Президентом ОАЭ в Абу-Даби в "
     "рамках государственного визита в Эмираты. Стороны подписали 15 документов, в том числе соглашение о защите "
     "инвестиций.", D(2025, 1, 15),
     [("visit", "held", "KAZ", "ARE", "Abu Dhabi", D(2025, 1, 14), "day", ["Касым-Жомарт Токаев"]),
      ("signing", "held", None, "ARE", "Abu Dhabi", D(2025, 1, 14), "day", [])]),
    ("АСТАНА – Қасым-Жомарт Тоқаев 14 қаңтарда Абу-Дабиде мемлекеттік сапар аясында БАӘ Президентімен келіссөз "
     "жүргізді. Тараптар 15 құжатқа, соның ішінде инвестицияларды қорғау туралы келісімге қол қойды.", D(2025, 1, 15),
     [("visit", "held", "KAZ", "ARE", "Abu Dhabi", D(2025, 1, 14), "day", ["Қасым-Жомарт Тоқаев"]),
      ("signing", "held", None, "ARE", "Abu Dhabi", D(2025, 1, 14), "day", [])]),
    # a session planned during a planned visit: the visit's country and days ("проведение" is no past tense)
    ("БИШКЕК, 20 мая — 24.kg. Президент Кыргызстана Садыр Жапаров 27–28 мая совершит государственный визит в "
     "Казахстан. В ходе визита планируется проведение переговоров, а также заседание Высшего межгосударственного "
     "совета Кыргызстана и Казахстана.", D(2024, 5, 20),
     [("visit", "planned", "KGZ", "KAZ", None, D(2024, 5, 27), "day", ["Садыр Жапаров"]),
      ("council", "planned", None, "KAZ", None, D(2024, 5, 27), "day", ["Садыр Жапаров"])]),
    # "then" dates a signing by the event before it; "earlier" lends no report day; a call that discussed a
    # visit's preparation was held (kk/ru/en)
    ("В прошлом году Касым-Жомарт Токаев посетил Кыргызстан с государственным визитом. Тогда стороны подписали "
     "Договор о демаркации государственной границы. Ранее главы МИД Казахстана и Кыргызстана обсудили подготовку "
     "визита по телефону.", D(2024, 5, 20),
     [("visit", "held", "KAZ", "KGZ", None, D(2023, 1, 1), "year", ["Касым-Жомарт Токаев"]),
      ("signing", "held", None, None, None, D(2023, 1, 1), "year", []),
      ("phone_call", "held", None, None, None, None, None, [])]),
    ("Last year, Tokayev paid a state visit to Kyrgyzstan. Then the sides signed a treaty on the demarcation of the "
     "border.", D(2024, 5, 20),
     [("visit", "held", "KAZ", "KGZ", None, D(2023, 1, 1), "year", ["Kassym-Jomart Tokayev"]),
      ("signing", "held", None, None, None, D(2023, 1, 1), "year", [])]),
    ("Өткен жылы Тоқаев Қырғызстанға мемлекеттік сапармен барды. Сонда тараптар шекараны демаркациялау туралы шартқа "
     "қол қойды.", D(2024, 5, 20),
     [("visit", "held", "KAZ", "KGZ", None, D(2023, 1, 1), "year", ["Қасым-Жомарт Тоқаев"]),
      ("signing", "held", None, None, None, D(2023, 1, 1), "year", [])]),
    ("Kazakh President Kassym-Jomart Tokayev arrived in Budapest on Monday for a two-day official visit at the "
     "invitation of Hungarian President Tamas Sulyok.\nFollowing the talks, the leaders signed a declaration on "
     "strategic partnership.\nTokayev last visited Hungary in 2022.", D(2024, 5, 14),
     [("visit", "held", "KAZ", "HUN", "Budapest", D(2024, 5, 13), "day", ["Kassym-Jomart Tokayev", "Tamas Sulyok"]),
      ("visit", "held", "KAZ", "HUN", None, D(2022, 1, 1), "year", ["Kassym-Jomart Tokayev"])]),
    ("Tokayev received the visiting Chinese Foreign Minister Wang Yi in the Akorda. Wang Yi is in Astana to prepare "
     "the state visit of Xi Jinping scheduled for July.", D(2024, 6, 5),
     [("visit", "held", "CHN", "KAZ", None, D(2024, 6, 1), "month", ["Wang Yi", "Kassym-Jomart Tokayev"]),
      ("visit", "planned", "CHN", "KAZ", "Astana", D(2024, 7, 1), "month", ["Xi Jinping"])]),
    ("Мемлекет басшысы Астанаға сапармен келген Қытай Сыртқы істер министрі Ван Иді қабылдады. Тараптар Си "
     "Цзиньпиннің шілдедегі мемлекеттік сапарына дайындықты талқылады.", D(2024, 6, 5),
     [("visit", "held", "CHN", "KAZ", "Astana", D(2024, 6, 1), "month", ["Ван И"]),
      ("visit", "planned", "CHN", "KAZ", None, D(2024, 7, 1), "month", ["Си Цзиньпин"])]),
    ("Kazakhstan and Uzbekistan held the 5th meeting of the Intergovernmental Commission in Tashkent on March 14. "
     "The commission was co-chaired by Deputy Prime Minister Serik Zhumangarin and his Uzbek counterpart Jamshid "
     "Khodjaev.", D(2022, 3, 15),
     [("council", "held", None, "UZB", "Tashkent", D(2022, 3, 14), "day", ["Serik Zhumangarin", "Jamshid Khodjaev"])]),
    ("The Kazakh and Turkish presidents spoke by phone. Erdogan congratulated Tokayev on the anniversary of the capital.",
     D(2021, 9, 30),
     [("phone_call", "held", None, None, None, D(2021, 9, 30), "day", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"])]),
    ("Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с Чрезвычайным и Полномочным Послом Японии в "
     "Казахстане Ясуси Канеко. Стороны обсудили подготовку к предстоящему визиту премьер-министра Японии в Астану.",
     D(2023, 11, 2),
     [("talks", "held", None, None, None, D(2023, 11, 1), "month", ["Мурат Нуртлеу", "Ясуси Канеко"]),
      ("visit", "planned", "JPN", "KAZ", "Astana", None, None, [])]),
    # a forum "as part of the visit" is where the visit is; an earlier visit named "last year" is another one (the
    # guest "находящимся ... с визитом" is on it the day of the report)
    ("Президент Казахстана провел переговоры с Президентом Монголии, находящимся в Казахстане с государственным "
     "визитом. Также в рамках визита состоится казахстанско-монгольский бизнес-форум.", D(2023, 6, 20),
     [("visit", "held", "MNG", "KAZ", None, D(2023, 6, 20), "day", []),
      ("forum", "planned", None, "KAZ", None, None, None, [])]),
    ("Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Душанбе с официальным визитом. Министр отметил "
     "реализацию соглашений, заключенных в прошлом году в рамках визита Президента Таджикистана в Казахстан.",
     D(2024, 1, 25),
     [("visit", "held", "KAZ", "TJK", "Dushanbe", D(2024, 1, 1), "month", ["Мурат Нуртлеу"]),
      ("visit", "held", "TJK", "KAZ", None, D(2023, 1, 1), "year", [])]),
    # the presidential office as the source of news is no place
    ("В Чолпон-Ате состоялась встреча президентов Казахстана и Кыргызстана. Фото со встречи распространила Акорда.",
     D(2024, 7, 21),
     [("talks", "held", None, "KGZ", "Cholpon-Ata", D(2024, 7, 1), "month", [])]),
]


@pytest.mark.parametrize("text,published,expected", STORIES)
def test_stories(text, published, expected):
    got = [(e.event_type, e.status, e.visitor_iso3, e.host_iso3, e.location, e.date_start, e.date_precision,
            [p.name for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# How an event's date is written: (text, publication day, (date_start, date_end, date_precision))
DATES = [
    ("Мамырдың 21-інде Тоқаев Ташкентке ресми сапармен барды.", D(2023, 5, 25), (D(2023, 5, 21), D(2023, 5, 21), "day")),
    ("2023 жылғы 21-23 мамыр аралығында Қазақстан Президенті Өзбекстанда ресми сапармен болды.", D(2023, 5, 25),
     (D(2023, 5, 21), D(2023, 5, 23), "day")),
    ("Тоқаев 2019 жылдың қыркүйегінде Ташкентке барған еді.", D(2023, 5, 25), (D(2019, 9, 1), D(2019, 9, 30), "month")),
    ("С 21 по 23 мая Президент Казахстана находился в Узбекистане с официальным визитом.", D(2023, 5, 25),
     (D(2023, 5, 21), D(2023, 5, 23), "day")),
    ("В сентябре 2019 года Токаев посетил Ташкент.", D(2023, 5, 25), (D(2019, 9, 1), D(2019, 9, 30), "month")),
    ("From May 21 to 23, the Kazakh President was on an official visit to Uzbekistan.", D(2023, 5, 25),
     (D(2023, 5, 21), D(2023, 5, 23), "day")),
    ("The foreign ministers of Kazakhstan and Uzbekistan held a phone call on May 21st.", D(2023, 5, 25),
     (D(2023, 5, 21), D(2023, 5, 21), "day")),
    ("In September 2019, Tokayev visited Tashkent.", D(2023, 5, 25), (D(2019, 9, 1), D(2019, 9, 30), "month")),
    # a Russian ordinal day, a day of this (or last) month, a wire dateline split into sentences
    ("12-го апреля Токаев провел телефонный разговор с Президентом Узбекистана.", D(2024, 5, 15),
     (D(2024, 4, 12), D(2024, 4, 12), "day")),
    ("Осы айдың 12-сінде Тоқаев Өзбекстан Президентімен телефон арқылы сөйлесті.", D(2024, 5, 15),
     (D(2024, 5, 12), D(2024, 5, 12), "day")),
    ("Өткен айдың 28-і күні Тоқаев Өзбекстан Президентімен телефон арқылы сөйлесті.", D(2024, 5, 15),
     (D(2024, 4, 28), D(2024, 4, 28), "day")),
    ("12-го числа текущего месяца Токаев провел телефонный разговор с Президентом Узбекистана.", D(2024, 5, 15),
     (D(2024, 5, 12), D(2024, 5, 12), "day")),
    ("Астана. 12 мамыр. ҚазТАГ - Тоқаев Өзбекстан Президентімен телефон арқылы сөйлесті.", D(2024, 5, 15),
     (D(2024, 5, 12), D(2024, 5, 12), "day")),
]


@pytest.mark.parametrize("text,published,expected", DATES)
def test_event_dates(text, published, expected):
    assert [e[8:11] for e in events(text, published)] == [expected]


def test_russian_future_plural_is_planned():
    text = "В конце мая в Ташкенте пройдут политические консультации Казахстана и Узбекистана."
    assert [e[2] for e in events(text, D(2023, 5, 25))] == ["planned"]


@pytest.mark.parametrize("text", [
    "Tokayev will meet Macron in Paris next week. This will be the first meeting of the two leaders since 2022.",
    "Токаев встретится с Макроном в Париже на следующей неделе. Это будет первая встреча лидеров после выборов 2022 года.",
    "Тоқаев келесі аптада Парижде Макронмен кездеседі. Бұл екі көшбасшының 2022 жылдан бергі алғашқы кездесуі болмақ.",
])
def test_this_is_the_first_meeting_describes_the_meeting_reported(text):
    assert [(e[0], e[2], e[7]) for e in events(text, D(2024, 3, 1))] == [("talks", "planned", "Paris")]


# Grammar found on invented whole articles (weekdays, moved dates, dialogue formats, topics, summit venues,
# council abbreviations, relative clauses, headlines): (text, publication day, events as
# (type, status, country_a, country_b, visitor, host, location, date_start, date_precision, participants))
ARTICLE_GRAMMAR = [
    ('Сейсенбі күні Сыртқы істер министрі Мұрат Нұртілеу Жапонияның Қазақстандағы Елшісін қабылдады.',
     D(2025, 4, 16),
     [('talks', 'held', 'KAZ', 'JPN', None, 'KAZ', None, D(2025, 4, 1), 'month', ['Мұрат Нұртілеу'])]),
    ('В понедельник министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с главой МИД Венгрии Петером Сийярто в Будапеште.',
     D(2025, 4, 16),
     [('talks', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2025, 4, 1), 'month', ['Мурат Нуртлеу', 'Петер Сийярто'])]),
    ('Foreign Minister Murat Nurtleu will travel to Seoul on Friday for an official visit to South Korea.',
     D(2025, 4, 16),
     [('visit', 'planned', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2025, 4, 1), 'month', ['Murat Nurtleu'])]),
    ('Латвия Сыртқы істер министрінің сәуірге жоспарланған Астанаға сапары мамыр айына ауыстырылды.',
     D(2025, 4, 15),
     [('visit', 'planned', 'KAZ', 'LVA', 'LVA', 'KAZ', 'Astana', D(2025, 5, 1), 'month', [])]),
    ('Визит министра иностранных дел Латвии в Астану, запланированный на апрель, перенесен на май.',
     D(2025, 4, 15),
     [('visit', 'planned', 'KAZ', 'LVA', 'LVA', 'KAZ', 'Astana', D(2025, 5, 1), 'month', [])]),
    ("The Latvian foreign minister's visit to Astana, planned for April, was moved to June.",
     D(2025, 4, 15),
     [('visit', 'planned', 'KAZ', 'LVA', 'LVA', 'KAZ', 'Astana', D(2025, 6, 1), 'month', [])]),
    ('Министры обсудили подготовку к встрече министров иностранных дел в формате «Центральная Азия + Япония».',
     D(2025, 4, 15),
     []),
    ('Тараптар Астанада өтетін «Орталық Азия + Жапония» диалогы аясындағы министрлер кездесуіне дайындықты талқылады.',
     D(2025, 4, 15),
     []),
    ('The ministers discussed preparations for the Central Asia + Japan ministerial meeting in Astana.',
     D(2025, 4, 15),
     []),
    ('Министр иностранных дел Казахстана встретился с послом Китая, стороны обсудили ситуацию в Афганистане.',
     D(2025, 4, 15),
     [('talks', 'held', 'KAZ', 'CHN', None, None, None, D(2025, 4, 1), 'month', [])]),
    ('Қазақстан СІМ басшысы Қытай елшісімен кездесіп, Ауғанстандағы жағдайды талқылады.',
     D(2025, 4, 15),
     [('talks', 'held', 'KAZ', 'CHN', None, None, None, D(2025, 4, 1), 'month', [])]),
    ("Kazakhstan's foreign minister met the Chinese ambassador to discuss the situation in Afghanistan.",
     D(2025, 4, 15),
     [('talks', 'held', 'KAZ', 'CHN', None, None, None, D(2025, 4, 1), 'month', [])]),
    ("Türkiye's Foreign Minister Hakan Fidan met his Kazakh counterpart on the sidelines of the UN General Assembly in New York on Tuesday.",
     D(2025, 9, 24),
     [('talks', 'held', 'KAZ', 'TUR', None, 'USA', 'New York', D(2025, 9, 1), 'month', ['Hakan Fidan'])]),
    ("The High-Level Strategic Cooperation Council (HLSCC) is the top body of the two countries' ties. The next HLSCC meeting between Kazakhstan and Türkiye will be held in Ankara in December.",
     D(2025, 9, 24),
     [('council', 'planned', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2025, 12, 1), 'month', [])]),
    ('Межправительственная комиссия (МПК) Казахстана и Беларуси создана в 1996 году. Очередное заседание МПК пройдет в Минске в декабре.',
     D(2025, 9, 24),
     [('council', 'planned', 'KAZ', 'BLR', None, 'BLR', 'Minsk', D(2025, 12, 1), 'month', [])]),
    ('President Erdoğan, who addressed the General Assembly on Tuesday, is expected to meet Kazakh President Tokayev on Wednesday.',
     D(2025, 9, 24),
     [('talks', 'planned', 'KAZ', 'TUR', None, None, None, D(2025, 9, 1), 'month', ['Recep Tayyip Erdoğan', 'Kassym-Jomart Tokayev'])]),
    ('Қазақстан мен Жапония СІМ басшылары телефон арқылы сөйлесті\n11 сәуірде Мұрат Нұртілеу Жапония Сыртқы істер министрі Такэси Иваямен телефон арқылы сөйлесті.',
     D(2025, 4, 15),
     [('phone_call', 'held', 'KAZ', 'JPN', None, None, None, D(2025, 4, 11), 'day', ['Мұрат Нұртілеу', 'Такэси Ивая'])]),
    ('Главы МИД Казахстана и Венгрии провели телефонный разговор\n11 апреля Мурат Нуртлеу провел телефонный разговор с министром иностранных дел Венгрии Петером Сийярто.',
     D(2025, 4, 15),
     [('phone_call', 'held', 'KAZ', 'HUN', None, None, None, D(2025, 4, 11), 'day', ['Мурат Нуртлеу', 'Петер Сийярто'])]),
    ('Kazakh, Japanese foreign ministers hold phone call\nOn April 11, Murat Nurtleu held a phone conversation with Japanese Foreign Minister Takeshi Iwaya.',
     D(2025, 4, 15),
     [('phone_call', 'held', 'KAZ', 'JPN', None, None, None, D(2025, 4, 11), 'day', ['Murat Nurtleu', 'Takeshi Iwaya'])]),
    ('The ministers discussed cooperation within the Organization of Turkic States (OTS) and preparations for the upcoming meeting of the Kazakhstan-Türkiye High-Level Strategic Cooperation Council.',
     D(2025, 9, 24),
     [('council', 'planned', 'KAZ', 'TUR', None, None, None, None, None, [])]),
    ('The Kazakhstan-Türkiye High-Level Strategic Cooperation Council will meet in Ankara in December. The council last convened in Astana in October 2022.',
     D(2025, 9, 24),
     [('council', 'planned', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2025, 12, 1), 'month', []),
      ('council', 'held', 'KAZ', 'TUR', None, 'KAZ', 'Astana', D(2022, 10, 1), 'month', [])]),
    ('Тараптар үкіметаралық комиссияның кезекті отырысын биылғы күзде Астанада өткізу туралы уағдаласты. Қазақстан мен Египет арасындағы тауар айналымы өсті.',
     D(2025, 3, 18),
     [('council', 'planned', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 9, 1), 'month', [])]),
    ('Стороны договорились провести очередное заседание казахстанско-египетской межправительственной комиссии осенью этого года в Астане.',
     D(2025, 3, 18),
     [('council', 'planned', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 9, 1), 'month', [])]),
    ('The sides agreed to hold the next meeting of the Kazakhstan-Egypt intergovernmental commission in Astana this autumn.',
     D(2025, 3, 18),
     [('council', 'planned', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 9, 1), 'month', [])]),
    ('Мұрат Нұртілеу Үндістан СІМ басшысымен кездесті\nТяньцзинь, 15 шілде 2025 жыл\nШанхай ынтымақтастық ұйымы сыртқы істер министрлері кеңесінің отырысы аясында Мұрат Нұртілеу Үндістан Сыртқы істер министрі Субраманьям Джайшанкармен кездесті.',
     D(2025, 7, 15),
     [('talks', 'held', 'KAZ', 'IND', None, None, None, D(2025, 7, 15), 'day', ['Мұрат Нұртілеу', 'Субраманьям Джайшанкар'])]),
    ("Laurent Saint-Martin, France's Minister Delegate for Foreign Trade, travelled to Kazakhstan on 24 and 25 June.",
     D(2025, 6, 27),
     [('visit', 'held', 'KAZ', 'FRA', 'FRA', 'KAZ', None, D(2025, 6, 24), 'day', [])]),
    ('Министр внешней торговли Франции Лоран Сен-Мартен побывал в Казахстане 24-25 июня.',
     D(2025, 6, 27),
     [('visit', 'held', 'KAZ', 'FRA', 'FRA', 'KAZ', None, D(2025, 6, 24), 'day', ['Лоран Сен-Мартен'])]),
    ('Франция министрі Лоран Сен-Мартен 24-25 маусымда Қазақстанға барды.',
     D(2025, 6, 27),
     [('visit', 'held', 'KAZ', 'FRA', 'FRA', 'KAZ', None, D(2025, 6, 24), 'day', ['Лоран Сен-Мартен'])]),
    ('The French minister paid a working visit to Kazakhstan on 24 June and also visited the Astana International Financial Centre.',
     D(2025, 6, 27),
     [('visit', 'held', 'KAZ', 'FRA', 'FRA', 'KAZ', None, D(2025, 6, 24), 'day', [])]),
    ('Kazakh and French companies signed commercial contracts for a total amount of more than EUR 2 billion.',
     D(2025, 6, 27),
     []),
    # the bounds of those rules: a capitalised weekday is no name, a clause after "in" is not what was visited,
    # a replaced envoy is no moved visit, a season's year, a fall in trade is no autumn
    ('On Tuesday, Foreign Minister Murat Nurtleu met the Japanese ambassador in Astana.',
     D(2025, 4, 16),
     [('talks', 'held', 'KAZ', 'JPN', None, 'KAZ', 'Astana', D(2025, 4, 1), 'month', ['Murat Nurtleu'])]),
    ('Tokayev visited Japan in 2019 and opened a center of Kazakh culture there.',
     D(2025, 4, 16),
     [('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(2019, 1, 1), 'year', ['Kassym-Jomart Tokayev'])]),
    ('Тоқаев 2024 жылы Жапонияға ресми сапармен барды, кейін Жапониядағы елші ауыстырылды.',
     D(2025, 4, 16),
     [('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(2024, 1, 1), 'year', ['Қасым-Жомарт Тоқаев'])]),
    ('The Japanese minister will visit Kazakhstan in the fall of 2026.',
     D(2025, 4, 16),
     [('visit', 'planned', 'KAZ', 'JPN', 'JPN', 'KAZ', None, D(2026, 9, 1), 'month', [])]),
    ('The Japanese minister will visit Kazakhstan despite a fall in trade.',
     D(2025, 4, 16),
     [('visit', 'planned', 'KAZ', 'JPN', 'JPN', 'KAZ', None, None, None, [])]),
    # two events joined by 'а также' / 'as well as' / 'сондай-ақ': each keeps its own month and officials
    ('Посол отметил, что в период его работы были проведены телефонный разговор Президента Казахстана Касым-Жомарта Токаева с Султаном Омана Хайсамом бен Тариком (октябрь 2025 года), а также заседание казахстанско-оманской межправительственной комиссии, состоявшееся в апреле этого года в Маскате.',
     D(2025, 12, 9),
     [('phone_call', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 10, 1), 'month', ['Касым-Жомарт Токаев', 'Хайсам бен Тарик']),
      ('council', 'held', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2025, 4, 1), 'month', [])]),
    ('His tenure saw a telephone conversation between President Kassym-Jomart Tokayev and Sultan Haitham bin Tarik of Oman (October 2025), as well as a meeting of the Kazakhstan-Oman intergovernmental commission, held in Muscat in April this year.',
     D(2025, 12, 9),
     [('phone_call', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 10, 1), 'month', ['Kassym-Jomart Tokayev', 'Haitham bin Tarik']),
      ('council', 'held', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2025, 4, 1), 'month', [])]),
    ('Елшінің жұмыс кезеңінде Президент Қасым-Жомарт Тоқаев пен Оман Сұлтаны Хайсам бен Тарик телефон арқылы сөйлесті (2025 жылғы қазан), сондай-ақ биылғы сәуірде Маскатта Қазақстан-Оман үкіметаралық комиссиясының отырысы өтті.',
     D(2025, 12, 9),
     [('phone_call', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 10, 1), 'month', ['Қасым-Жомарт Тоқаев', 'Хайсам бен Тарик']),
      ('council', 'held', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2025, 4, 1), 'month', [])]),
    # a planned half-year, and the destination after a long name of the visitor
    ('Стороны обсудили подготовку к официальному визиту Министра иностранных дел Саудовской Аравии принца Фейсала бен Фархана Аль Сауда в Астану, который запланирован на первую половину 2026 года.',
     D(2025, 12, 9),
     [('visit', 'planned', 'KAZ', 'SAU', 'SAU', 'KAZ', 'Astana', D(2026, 1, 1), 'month', ['Фейсал бен Фархан Аль Сауд'])]),
    ('The sides discussed preparations for the official visit of the Minister of Foreign Affairs of Saudi Arabia, Prince Faisal bin Farhan Al Saud, to Astana, planned for the first half of 2026.',
     D(2025, 12, 9),
     [('visit', 'planned', 'KAZ', 'SAU', 'SAU', 'KAZ', 'Astana', D(2026, 1, 1), 'month', ['Faisal bin Farhan Al Saud'])]),
    ('Тараптар Сауд Арабиясының Сыртқы істер министрі ханзада Фейсал бин Фарханның 2026 жылдың бірінші жартысына жоспарланған Астанаға ресми сапарына дайындықты талқылады.',
     D(2025, 12, 9),
     [('visit', 'planned', 'KAZ', 'SAU', 'SAU', 'KAZ', 'Astana', D(2026, 1, 1), 'month', ['Фейсал бин Фархан'])]),
    # a participle turned adjective ('бірлескен комиссия', joint) is no past tense; 'екінші жартысында' is no meeting's number
    ('Тараптар Қазақстан мен Малайзия арасындағы бірлескен комиссияның кезекті отырысын биылғы жылдың екінші жартысында Куала-Лумпурда өткізу туралы уағдаласты.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 7, 1), 'month', [])]),
    ('Стороны договорились провести очередное заседание совместной казахстанско-малайзийской комиссии во втором полугодии этого года в Куала-Лумпуре.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 7, 1), 'month', [])]),
    ('The sides agreed to hold the next meeting of the Kazakhstan-Malaysia joint commission in Kuala Lumpur in the second half of this year.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 7, 1), 'month', [])]),
    # the commission's numbered session, once the article has named it
    ('Будапештте Қазақстан – Венгрия үкіметаралық комиссиясының 10-отырысы өтті. Комиссияның 11-отырысы 2026 жылы Астанада өтеді.',
     D(2025, 10, 17),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2025, 10, 1), 'month', []),
      ('council', 'planned', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('В Будапеште прошло 10-е заседание казахстанско-венгерской межправительственной комиссии. 11-е заседание комиссии пройдет в 2026 году в Астане.',
     D(2025, 10, 17),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2025, 10, 1), 'month', []),
      ('council', 'planned', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('The 10th meeting of the Kazakhstan-Hungary intergovernmental commission took place in Budapest. The 11th meeting of the commission will be held in Astana in 2026.',
     D(2025, 10, 17),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2025, 10, 1), 'month', []),
      ('council', 'planned', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    # an acronym inside a word is no summit ('unga' in 'Hungary'); 'to be held' is planned; 'attention was paid' is no visit paid
    ('The 10th meeting of the Kazakhstan-Hungary intergovernmental commission took place in Budapest.',
     D(2025, 10, 17),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2025, 10, 1), 'month', [])]),
    ('Special attention was paid to the preparation of the official visit of Prime Minister of Hungary Viktor Orbán to Kazakhstan, scheduled for November this year, and to the 10th meeting of the Kazakh-Hungarian Intergovernmental Council, to be held in Budapest in December.',
     D(2023, 10, 12),
     [('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2023, 11, 1), 'month', ['Viktor Orbán']),
      ('council', 'planned', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2023, 12, 1), 'month', [])]),
    ('Особое внимание было уделено подготовке официального визита Премьер-министра Венгрии Виктора Орбана в Казахстан, запланированного на ноябрь этого года, а также 10-му заседанию казахстанско-венгерского межправительственного совета, которое пройдет в Будапеште в декабре.',
     D(2023, 10, 12),
     [('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2023, 11, 1), 'month', ['Виктор Орбан']),
      ('council', 'planned', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2023, 12, 1), 'month', [])]),
    ('Венгрия Премьер-министрі Виктор Орбанның қараша айына жоспарланған Қазақстанға ресми сапарына, сондай-ақ желтоқсанда Будапештте өтетін қазақ-венгр үкіметаралық кеңесінің 10-отырысына дайындыққа ерекше назар аударылды.',
     D(2023, 10, 12),
     [('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2023, 11, 1), 'month', ['Виктор Орбан']),
      ('council', 'planned', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2023, 12, 1), 'month', [])]),
    # a visit recalled 'since' is its own past trip
    ("They agreed that Prime Minister Viktor Orbán will pay an official visit to Kazakhstan next year, since President Kassym-Jomart Tokayev's official visit to Budapest in October 2023 gave a major impetus to relations.",
     D(2025, 11, 10),
     [('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2026, 1, 1), 'year', ['Viktor Orbán']),
      ('visit', 'held', 'KAZ', 'HUN', 'KAZ', 'HUN', 'Budapest', D(2023, 10, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Стороны договорились, что Премьер-министр Венгрии Виктор Орбан посетит Казахстан с официальным визитом в следующем году, поскольку официальный визит Президента Касым-Жомарта Токаева в Будапешт в октябре 2023 года дал импульс отношениям.',
     D(2025, 11, 10),
     [('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2026, 1, 1), 'year', ['Виктор Орбан']),
      ('visit', 'held', 'KAZ', 'HUN', 'KAZ', 'HUN', 'Budapest', D(2023, 10, 1), 'month', ['Касым-Жомарт Токаев'])]),
    # 'в минувший понедельник'; the commission's next session and a forum in clauses set apart; a horizon year dates nothing; 'того же года'
    ('Президенты Казахстана и России Касым-Жомарт Токаев и Владимир Путин в минувший понедельник провели телефонный разговор.',
     D(2025, 10, 9),
     [('phone_call', 'held', 'KAZ', 'RUS', None, None, None, D(2025, 10, 1), 'month', ['Касым-Жомарт Токаев', 'Владимир Путин'])]),
    ('Следующее заседание казахстанско-российской межправительственной комиссии пройдет в 2026 году в Казахстане, а осенью того же года в Уральске состоится Форум межрегионального сотрудничества России и Казахстана.',
     D(2025, 10, 9),
     [('council', 'planned', 'KAZ', 'RUS', None, None, None, D(2026, 1, 1), 'year', []),
      ('forum', 'planned', 'KAZ', 'RUS', None, 'KAZ', 'Uralsk', D(2026, 9, 1), 'month', [])]),
    ('The next meeting of the Kazakhstan-Russia intergovernmental commission will be held in Kazakhstan in 2026, while the Russia-Kazakhstan Interregional Cooperation Forum will take place in Uralsk in the autumn of the same year.',
     D(2025, 10, 9),
     [('council', 'planned', 'KAZ', 'RUS', None, None, None, D(2026, 1, 1), 'year', []),
      ('forum', 'planned', 'KAZ', 'RUS', None, 'KAZ', 'Uralsk', D(2026, 9, 1), 'month', [])]),
    ('Казахстан и Россия подписали программу экономического сотрудничества до 2028 года.',
     D(2025, 10, 9),
     [('signing', 'held', 'KAZ', 'RUS', None, None, None, D(2025, 10, 1), 'month', [])]),
    ('Kazakhstan and Russia signed an economic cooperation programme until 2028.',
     D(2025, 10, 9),
     [('signing', 'held', 'KAZ', 'RUS', None, None, None, D(2025, 10, 1), 'month', [])]),
    # a Kazakh horizon ('2028 жылға дейінгі') dates no event either
    ('Қазақстан мен Ресей 2028 жылға дейінгі экономикалық ынтымақтастық бағдарламасына қол қойды.',
     D(2025, 10, 9),
     [('signing', 'held', 'KAZ', 'RUS', None, None, None, D(2025, 10, 1), 'month', [])]),
    # an earlier meeting recalled in passing is not what 'the talks' later refer to (kk/ru/en); a Latin surname is matched whole ('Sharm' is no 'Sharif')
    ('President Tokayev held talks in Astana with President of Egypt Abdel Fattah el-Sisi on 10 June. Tokayev recalled his meeting with el-Sisi on the sidelines of COP27 in Sharm el-Sheikh in November 2022. The talks in the extended format were attended, on the Kazakh side, by Minister of Trade and Integration Arman Shakkaliyev, and on the Egyptian side by Minister of Investment and Foreign Trade Hassan El-Khatib.',
     D(2025, 6, 10),
     [('talks', 'held', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 6, 10), 'day', ['Kassym-Jomart Tokayev', 'Abdel Fattah el-Sisi', 'Arman Shakkaliyev', 'Hassan El-Khatib']),
      ('talks', 'held', 'KAZ', 'EGY', None, 'EGY', 'Sharm el-Sheikh', D(2022, 11, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('10 июня Президент Токаев провел переговоры в Астане с Президентом Египта Абдель Фаттахом ас-Сиси. Токаев напомнил о встрече с ас-Сиси в Шарм-эш-Шейхе в ноябре 2022 года. В переговорах в расширенном формате с казахстанской стороны участвовал министр торговли и интеграции Арман Шаккалиев, с египетской стороны — министр инвестиций Хасан аль-Хатиб.',
     D(2025, 6, 10),
     [('talks', 'held', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 6, 10), 'day', ['Касым-Жомарт Токаев', 'Абдель Фаттах ас-Сиси', 'Арман Шаккалиев', 'Хасан аль-Хатиб']),
      ('talks', 'held', 'KAZ', 'EGY', None, 'EGY', 'Sharm el-Sheikh', D(2022, 11, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('10 маусымда Президент Тоқаев Астанада Мысыр Президенті Абдель Фаттах әс-Сисимен келіссөз жүргізді. Тоқаев 2022 жылғы қарашада Шарм-әш-Шейхте өткен кездесуді еске алды. Келіссөзге Қазақстан тарапынан Сауда және интеграция министрі Арман Шаққалиев, Мысыр тарапынан Инвестиция министрі Хасан әл-Хатиб қатысты.',
     D(2025, 6, 10),
     [('talks', 'held', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2025, 6, 10), 'day', ['Қасым-Жомарт Тоқаев', 'Абдель Фаттах әс-Сиси', 'Арман Шаққалиев', 'Хасан әл-Хатиб']),
      ('talks', 'held', 'KAZ', 'EGY', None, 'EGY', 'Sharm el-Sheikh', D(2022, 11, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    # a session of 'the committee' once the article has named it is the body's next session (en/ru/kk)
    ('The 10th meeting of the Kazakhstan-Vietnam Intergovernmental Committee was held in Hanoi on 8 October. The sides agreed that the 11th meeting of the committee will be held in Astana in 2026.',
     D(2025, 10, 9),
     [('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 10, 8), 'day', []),
      ('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('8 октября в Ханое состоялось 10-е заседание Казахстанско-вьетнамского межправительственного комитета. Стороны договорились, что 11-е заседание комитета пройдет в Астане в 2026 году.',
     D(2025, 10, 9),
     [('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 10, 8), 'day', []),
      ('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('8 қазанда Ханойда Қазақстан-Вьетнам үкіметаралық комитетінің 10-отырысы өтті. Тараптар комитеттің 11-отырысы 2026 жылы Астанада өтетінін келісті.',
     D(2025, 10, 9),
     [('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 10, 8), 'day', []),
      ('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    # a trip dated only by its report, made for a session the text dates, has the session's days; 'on the second day of his visit' counts them (en/ru/kk)
    ('ASTANA – Turkish Trade Minister Omer Bolat co-chaired the 12th meeting of the Türkiye-Kazakhstan Joint Economic Commission, held in Astana on 12-13 May. On the second day of his visit, Bolat addressed the Türkiye-Kazakhstan Business Forum.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'TUR', None, 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Omer Bolat']),
      ('visit', 'held', 'KAZ', 'TUR', 'TUR', 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Omer Bolat']),
      ('forum', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 5, 13), 'day', ['Omer Bolat'])]),
    ('АСТАНА – Министр торговли Турции Омер Болат провел 12-е заседание казахстанско-турецкой совместной экономической комиссии, которое прошло в Астане 12-13 мая. Во второй день визита Омер Болат выступил на казахстанско-турецком бизнес-форуме.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'TUR', None, 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Омер Болат']),
      ('visit', 'held', 'KAZ', 'TUR', 'TUR', 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Омер Болат']),
      ('forum', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 5, 13), 'day', ['Омер Болат'])]),
    ('АСТАНА – Түркияның Сауда министрі Омер Болат 12-13 мамырда Астанада өткен Қазақстан-Түркия бірлескен экономикалық комиссиясының 12-отырысына төрағалық етті. Сапарының екінші күні Омер Болат Қазақстан-Түркия бизнес-форумында сөз сөйледі.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'TUR', None, 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Омер Болат']),
      ('visit', 'held', 'KAZ', 'TUR', 'TUR', 'KAZ', 'Astana', D(2025, 5, 12), 'day', []),
      ('forum', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 5, 13), 'day', ['Омер Болат'])]),
    # 'last week', 'на прошлой неделе', 'өткен аптада': that week's days, Monday to Sunday (en/ru/kk)
    ('Kazakh and Azerbaijani diplomats held political consultations in Astana last week.',
     D(2025, 12, 2),
     [('consultations', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2025, 11, 24), 'day', [])]),
    ('На прошлой неделе в Астане прошли казахстанско-азербайджанские межмидовские консультации.',
     D(2025, 12, 2),
     [('consultations', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2025, 11, 24), 'day', [])]),
    ('Өткен аптада Астанада Қазақстан мен Әзербайжан сыртқы істер министрліктері арасында саяси консультациялар өтті.',
     D(2025, 12, 2),
     [('consultations', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2025, 11, 24), 'day', [])]),
    # a week across two months (29 September - 5 October) all the same
    ('Kazakh and Azerbaijani diplomats held political consultations in Astana last week.',
     D(2025, 10, 8),
     [('consultations', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2025, 9, 29), 'day', [])]),
    # a forum told last week and a meeting "on its sidelines" later: the forum's days, not the report's stamp
    ('22 сентября 2025 10:15\n\nНа прошлой неделе в Караганде прошел казахстанско-пакистанский бизнес-форум. '
     'Посол Пакистана Асиф Чаудхри в кулуарах форума провел встречу с акимом области.',
     D(2025, 9, 22),
     [('forum', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Karaganda', D(2025, 9, 15), 'day', ['Асиф Чаудхри'])]),
    ('Sept. 22, 2025 10:15\n\nA Kazakh-Pakistani business forum took place in Karaganda last week. '
     'On the sidelines of the forum, Pakistan\'s Ambassador Asif Chaudhry held a meeting with the regional akim.',
     D(2025, 9, 22),
     [('forum', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Karaganda', D(2025, 9, 15), 'day', ['Asif Chaudhry'])]),
    ('22 қыркүйек 2025 10:15\n\nӨткен аптада Қарағандыда Қазақстан-Пәкістан бизнес-форумы өтті. '
     'Форум кулуарында Пәкістан елшісі Асиф Чаудхри облыс әкімімен кездесті.',
     D(2025, 9, 22),
     [('forum', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Karaganda', D(2025, 9, 15), 'day', ['Асиф Чаудхри'])]),
    # an official introduced with a title and named again by surname alone takes part in the event there
    ('Венгрияның Сыртқы істер министрі Петер Сийярто брифинг өткізді. Сийярто бастаған делегация 14 қазанда Астанаға жұмыс сапарымен келді.',
     D(2024, 10, 16),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 14), 'day', ['Петер Сийярто'])]),
    ('Министр иностранных дел Венгрии Петер Сийярто провел брифинг. Делегация во главе с Сийярто 14 октября прибыла в Астану с рабочим визитом.',
     D(2024, 10, 16),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 14), 'day', ['Петер Сийярто'])]),
    ('Hungarian Foreign Minister Péter Szijjártó gave a briefing. A delegation led by Szijjártó arrived in Astana on 14 October for a working visit.',
     D(2024, 10, 16),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 14), 'day', ['Péter Szijjártó'])]),
    # a spokesperson announcing a visit is not one of its participants
    ('Президенттің баспасөз хатшысы Ерлан Сапаров Тәжікстан Президенті Эмомали Рахмон 21 тамызда Қазақстанға мемлекеттік сапармен келетінін хабарлады.',
     D(2025, 8, 18),
     [('visit', 'planned', 'KAZ', 'TJK', 'TJK', 'KAZ', None, D(2025, 8, 21), 'day', ['Эмомали Рахмон'])]),
    ('Пресс-секретарь Президента Казахстана Ерлан Сапаров сообщил, что Президент Таджикистана Эмомали Рахмон 21 августа посетит Казахстан с государственным визитом.',
     D(2025, 8, 18),
     [('visit', 'planned', 'KAZ', 'TJK', 'TJK', 'KAZ', None, D(2025, 8, 21), 'day', ['Эмомали Рахмон'])]),
    ('Presidential spokesman Yerlan Saparov said that Tajik President Emomali Rahmon will pay a state visit to Kazakhstan on 21 August.',
     D(2025, 8, 18),
     [('visit', 'planned', 'KAZ', 'TJK', 'TJK', 'KAZ', None, D(2025, 8, 21), 'day', ['Emomali Rahmon'])]),
    # a dateline city is where a visit of these days went, not where one recalled from years ago did
    ('БАКУ – Президент Казахстана Касым-Жомарт Токаев прибыл в Азербайджан с государственным визитом.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 6, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('БАКУ – Стороны обсудили торговлю. Президент Казахстана Касым-Жомарт Токаев посетил Азербайджан с государственным визитом в августе 2022 года.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', None, D(2022, 8, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('BAKU – Kazakh President Kassym-Jomart Tokayev arrived in Azerbaijan on a state visit.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 6, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('BAKU – The sides discussed trade. Kazakh President Kassym-Jomart Tokayev paid a state visit to Azerbaijan in August 2022.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', None, D(2022, 8, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('БАКУ – Қазақстан Президенті Қасым-Жомарт Тоқаев Әзірбайжанға мемлекеттік сапармен келді.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 6, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    ('БАКУ – Тараптар сауданы талқылады. Қазақстан Президенті Қасым-Жомарт Тоқаев 2022 жылғы тамызда Әзірбайжанға мемлекеттік сапармен барған.',
     D(2025, 6, 4),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', None, D(2022, 8, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    # a meeting 'later in the day', 'в тот же день', 'сол күні' is on the day of the meeting told before it
    ('Astana, 3 July 2025. President Kassym-Jomart Tokayev met with Prime Minister of Pakistan Shehbaz Sharif on July 2. Later in the day, President Tokayev held a meeting with President of Mongolia Ukhnaagiin Khurelsukh.',
     D(2025, 7, 3),
     [('talks', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Astana', D(2025, 7, 2), 'day', ['Kassym-Jomart Tokayev', 'Shehbaz Sharif']),
      ('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 7, 2), 'day', ['Kassym-Jomart Tokayev', 'Ukhnaagiin Khurelsukh'])]),
    ('Президент Казахстана Касым-Жомарт Токаев 2 июля провел переговоры с Премьер-министром Пакистана Шахбазом Шарифом. В тот же день Президент Казахстана встретился с Президентом Монголии Ухнаагийн Хурэлсухом.',
     D(2025, 7, 3),
     [('talks', 'held', 'KAZ', 'PAK', None, None, None, D(2025, 7, 2), 'day', ['Касым-Жомарт Токаев', 'Шахбаз Шариф']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 7, 2), 'day', ['Ухнаагийн Хурэлсух', 'Касым-Жомарт Токаев'])]),
    ('Қазақстан Президенті Қасым-Жомарт Тоқаев 2 шілдеде Пәкістан Премьер-министрі Шахбаз Шарифпен кездесті. Сол күні Қазақстан Президенті Моңғолия Президенті Ухнаагийн Хурэлсухпен кездесті.',
     D(2025, 7, 3),
     [('talks', 'held', 'KAZ', 'PAK', None, None, None, D(2025, 7, 2), 'day', ['Қасым-Жомарт Тоқаев', 'Шахбаз Шариф']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 7, 2), 'day', ['Ухнаагийн Хурэлсух', 'Қасым-Жомарт Тоқаев'])]),
    # 'agreed to convene', 'өткізу қажеттігін атап өтті': a session to come ('атап өтті' is 'noted', not 'was held')
    ('The two sides agreed to convene the seventh meeting of the Kazakhstan-Vietnam Intergovernmental Committee in Astana in March 2026.',
     D(2025, 11, 12),
     [('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2026, 3, 1), 'month', [])]),
    ('Тараптар Қазақстан-Пәкістан үкіметаралық комиссиясының кезекті отырысын наурыз айында Алматыда өткізу қажеттігін атап өтті.',
     D(2026, 2, 4),
     [('council', 'planned', 'KAZ', 'PAK', None, 'KAZ', 'Almaty', D(2026, 3, 1), 'month', [])]),
    ('Стороны договорились созвать очередное заседание казахстанско-вьетнамской межправительственной комиссии в Астане в марте 2026 года.',
     D(2025, 11, 12),
     [('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2026, 3, 1), 'month', [])]),
    # holding consultations 'regularly' is a habit, no event
    ('Тараптар екіжақты консультацияларды тұрақты түрде өткізу қажеттігін атап өтті.',
     D(2026, 2, 4),
     []),
    ('The sides agreed to hold political consultations between the two foreign ministries on a regular basis.',
     D(2026, 2, 4),
     []),
    ('Стороны договорились проводить политические консультации между МИД двух стран на регулярной основе.',
     D(2026, 2, 4),
     []),
    # a date in a relative clause of another event ('who last spoke by phone on February 4') is not this one's
    ('The ministers of Kazakhstan and Azerbaijan, who last spoke by phone on February 4, also reviewed preparations for the next meeting of the Supreme Interstate Council, expected to take place in Baku.',
     D(2025, 3, 11),
     [('phone_call', 'held', 'KAZ', 'AZE', None, None, None, D(2025, 2, 4), 'day', []),
      ('council', 'planned', 'KAZ', 'AZE', None, 'AZE', 'Baku', None, None, [])]),
    ('Министры Казахстана и Азербайджана, которые в последний раз говорили по телефону 4 февраля, также обсудили подготовку к очередному заседанию Высшего межгосударственного совета, которое ожидается в Баку.',
     D(2025, 3, 11),
     [('phone_call', 'held', 'KAZ', 'AZE', None, None, None, D(2025, 2, 4), 'day', []),
      ('council', 'planned', 'KAZ', 'AZE', None, 'AZE', 'Baku', None, None, [])]),
    # the countries of the gathering a meeting happened at are no side of it: 'on the sidelines of the trilateral meeting of Azerbaijan, Kazakhstan and Uzbekistan'
    ('Foreign Minister of Azerbaijan Jeyhun Bayramov met with Foreign Minister of Kazakhstan Murat Nurtleu on the sidelines of the trilateral meeting of Azerbaijan, Kazakhstan and Uzbekistan held in Tashkent on March 10.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'AZE', None, 'UZB', 'Tashkent', D(2025, 3, 10), 'day', ['Jeyhun Bayramov', 'Murat Nurtleu'])]),
    ('Министр иностранных дел Азербайджана Джейхун Байрамов встретился с министром иностранных дел Казахстана Муратом Нуртлеу на полях трехсторонней встречи Азербайджана, Казахстана и Узбекистана в Ташкенте 10 марта.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'AZE', None, 'UZB', 'Tashkent', D(2025, 3, 10), 'day', ['Джейхун Байрамов', 'Мурат Нуртлеу'])]),
    ('Әзербайжан, Қазақстан және Өзбекстан сыртқы істер министрлерінің үшжақты кездесуі аясында 10 наурызда Ташкентте Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Әзербайжан Сыртқы істер министрі Джейхун Байрамовпен кездесті.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'AZE', None, 'UZB', 'Tashkent', D(2025, 3, 10), 'day', ['Мұрат Нұртілеу', 'Джейхун Байрамов'])]),
    # a trilateral meeting is no bilateral one
    ('The trilateral format of foreign ministers of Kazakhstan, Azerbaijan and Uzbekistan was launched in 2022; the next meeting is to be held in Astana.',
     D(2025, 3, 11),
     []),
    ('Трехсторонняя встреча министров иностранных дел Казахстана, Азербайджана и Узбекистана прошла в Баку 7 октября.',
     D(2025, 10, 8),
     []),
    # a clause's time told before the first trigger dates the others of that clause
    ("Doha: Qatar Chamber yesterday hosted the Qatari-Kazakh Business Forum, attended by Kazakhstan's Deputy Prime Minister Serik Zhumangarin, who is paying a working visit to the country on May 12-13.",
     D(2025, 5, 14),
     [('forum', 'held', 'KAZ', 'QAT', None, 'QAT', 'Doha', D(2025, 5, 13), 'day', ['Serik Zhumangarin']),
      ('visit', 'held', 'KAZ', 'QAT', 'KAZ', 'QAT', 'Doha', D(2025, 5, 12), 'day', ['Serik Zhumangarin'])]),
    # talks with another foreign official than the session's are a meeting of their own
    ('Political consultations between the foreign ministries of Kazakhstan and Egypt were held in Cairo on March 5, 2025, led by Deputy Foreign Minister of Kazakhstan Alibek Bakayev and Deputy Foreign Minister of Egypt Hisham Seifeddin. On the same day, Alibek Bakayev met with Minister of Planning of Egypt Rania Al-Mashat.',
     D(2025, 3, 6),
     [('consultations', 'held', 'KAZ', 'EGY', None, 'EGY', 'Cairo', D(2025, 3, 5), 'day', ['Alibek Bakayev', 'Hisham Seifeddin']),
      ('talks', 'held', 'KAZ', 'EGY', None, 'EGY', 'Cairo', D(2025, 3, 5), 'day', ['Alibek Bakayev', 'Rania Al-Mashat'])]),
    # 'the Head of State' in Kazakhstan's news in English is its President, named before
    ('President Kassym-Jomart Tokayev met with Prime Minister of Pakistan Shehbaz Sharif in Astana on July 3, 2024. Later in the day, the Head of State held a meeting with President of Mongolia Ukhnaagiin Khurelsukh.',
     D(2024, 7, 3),
     [('talks', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Astana', D(2024, 7, 3), 'day', ['Kassym-Jomart Tokayev', 'Shehbaz Sharif']),
      ('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2024, 7, 3), 'day', ['Ukhnaagiin Khurelsukh', 'Kassym-Jomart Tokayev'])]),
    # a past session told after a visit being prepared: 'комиссияның 11-ші отырысы ... өткен болатын' (had been held), not the trip to come
    ('Тараптар Мемлекет басшысы Қасым-Жомарт Тоқаевтың Вьетнамға алдағы ресми сапарына дайындықты талқылады. Қазақстан-Вьетнам үкіметаралық комиссиясының 12-ші отырысын биылғы қазанда Астанада өткізу көзделіп отыр. Еске салайық, комиссияның 11-ші отырысы 2023 жылғы желтоқсанда Премьер-министрдің орынбасары Серік Жұманғариннің Ханойға сапары барысында өткен болатын.',
     D(2024, 5, 14),
     [('visit', 'planned', 'KAZ', 'VNM', 'KAZ', 'VNM', None, None, None, ['Қасым-Жомарт Тоқаев']),
      ('council', 'planned', 'KAZ', 'VNM', None, 'KAZ', 'Astana', D(2024, 10, 1), 'month', []),
      ('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Серік Жұманғарин']),
      ('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Серік Жұманғарин'])]),
    ('Стороны обсудили подготовку предстоящего официального визита Президента Казахстана Касым-Жомарта Токаева во Вьетнам. Напомним, 11-е заседание казахстанско-вьетнамской межправительственной комиссии прошло в декабре 2023 года в ходе визита вице-премьера Казахстана Серика Жумангарина в Ханой.',
     D(2024, 5, 14),
     [('visit', 'planned', 'KAZ', 'VNM', 'KAZ', 'VNM', None, None, None, ['Касым-Жомарт Токаев']),
      ('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Серик Жумангарин']),
      ('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Серик Жумангарин'])]),
    ("The sides discussed preparations for the upcoming official visit of President of Kazakhstan Kassym-Jomart Tokayev to Vietnam. The 11th meeting of the Kazakhstan-Vietnam intergovernmental commission was held in Hanoi in December 2023 during the visit of Kazakhstan's Deputy Prime Minister Serik Zhumangarin.",
     D(2024, 5, 14),
     [('visit', 'planned', 'KAZ', 'VNM', 'KAZ', 'VNM', None, None, None, ['Kassym-Jomart Tokayev']),
      ('council', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Serik Zhumangarin']),
      ('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', 'Hanoi', D(2023, 12, 1), 'month', ['Serik Zhumangarin'])]),
    # a dateline's day dates what the sentence reports, however long the sentence
    ('Ханой, 2024 жылғы 14 мамыр – Қазақстан Республикасы Сыртқы істер министрінің орынбасары Ақан Рахметуллин Вьетнам Социалистік Республикасы Сыртқы істер министрінің орынбасары Нгуен Минь Вумен екі ел сыртқы саяси ведомстволары арасындағы саяси консультациялардың кезекті раундын өткізді.',
     D(2024, 5, 14),
     [('consultations', 'held', 'KAZ', 'VNM', None, None, None, D(2024, 5, 14), 'day', ['Ақан Рахметуллин', 'Нгуен Минь Ву'])]),
    # 'after the consultations ... met': the consultations are the time of the talks, which are a meeting of their own
    ('Консультациялардан кейін Қазақстан Сыртқы істер министрінің орынбасары Ақан Рахметуллин Вьетнам Өнеркәсіп және сауда министрінің орынбасары Фан Тхи Тхангпен кездесті.',
     D(2024, 5, 14),
     [('talks', 'held', 'KAZ', 'VNM', None, None, None, D(2024, 5, 1), 'month', ['Ақан Рахметуллин', 'Фан Тхи Тханг'])]),
    ('После консультаций заместитель министра иностранных дел Казахстана Акан Рахметуллин встретился с заместителем министра промышленности и торговли Вьетнама Фан Тхи Тханг.',
     D(2024, 5, 14),
     [('talks', 'held', 'KAZ', 'VNM', None, None, None, D(2024, 5, 1), 'month', ['Акан Рахметуллин', 'Фан Тхи Тханг'])]),
    ("After the consultations, Kazakhstan's Deputy Foreign Minister Akan Rakhmetullin met with Vietnam's Deputy Minister of Industry and Trade Phan Thi Thang.",
     D(2024, 5, 14),
     [('talks', 'held', 'KAZ', 'VNM', None, None, None, D(2024, 5, 1), 'month', ['Akan Rakhmetullin', 'Phan Thi Thang'])]),
    # a sentence's one time dates its other events of the pair that tell none; the purpose of a trip made ('чтобы провести', 'to co-chair') is held with it (en/ru/kk)
    ('Saparov recalled that in October 2024 Hungarian Foreign Minister Péter Szijjártó visited Astana to co-chair the ninth meeting of the intergovernmental council.',
     D(2025, 4, 17),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Péter Szijjártó']),
      ('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Péter Szijjártó'])]),
    ('Сапаров напомнил, что в октябре 2024 года министр иностранных дел Венгрии Петер Сийярто посетил Астану, чтобы провести девятое заседание межправительственного совета.',
     D(2025, 4, 17),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Петер Сийярто']),
      ('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Петер Сийярто'])]),
    # (in Kazakh the city stands after the session, in the trip's clause: the session is left without a place, known)
    ('Сапаров 2024 жылғы қазанда Венгрия Сыртқы істер министрі Петер Сийярто үкіметаралық кеңестің тоғызыншы отырысын өткізу үшін Астанаға келгенін еске салды.',
     D(2025, 4, 17),
     [('council', 'held', 'KAZ', 'HUN', None, None, None, D(2024, 10, 1), 'month', ['Петер Сийярто']),
      ('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2024, 10, 1), 'month', [])]),
    # preparing a visit ('сапарын дайындау') is one to come
    ('Тараптар Оман Сұлтаны Хайсам бен Тариқтың Қазақстанға жауап сапарын дайындау мәселелерін талқылады.',
     D(2025, 4, 22),
     [('visit', 'planned', 'KAZ', 'OMN', 'OMN', 'KAZ', None, None, None, ['Хайсам бен Тариқ'])]),
    # the event named as the eve of another is its time, not held itself ('консультациялар қарсаңында', 'накануне консультаций', 'on the eve of the consultations')
    ('Консультациялар қарсаңында, 21 сәуірде, Оманның Сауда министрі Қайс әл-Юсуф Қазақстан Сыртқы істер министрінің орынбасары Алибек Бақаевпен кездесті.',
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 4, 21), 'day', ['Қайс әл-Юсуф', 'Алибек Бақаев'])]),
    ('Накануне консультаций, 21 апреля, министр торговли Омана Каис аль-Юсуф встретился с заместителем министра иностранных дел Казахстана Алибеком Бакаевым.',
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 4, 21), 'day', ['Каис аль-Юсуф', 'Алибек Бакаев'])]),
    ("On the eve of the consultations, on April 21, Oman's Minister of Commerce Qais al-Yousef met with Kazakhstan's Deputy Foreign Minister Alibek Bakayev.",
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 4, 21), 'day', ['Qais al-Yousef', 'Alibek Bakayev'])]),
    # 'the following day', 'на следующий день', 'келесі күні': the day after the event told before (en/ru/kk)
    ('A Hungarian delegation led by Minister of Agriculture István Nagy arrived in Turkistan on April 15. The following day the Kazakh-Hungarian business forum took place in Shymkent.',
     D(2025, 4, 17),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Turkistan', D(2025, 4, 15), 'day', ['István Nagy']),
      ('forum', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Shymkent', D(2025, 4, 16), 'day', ['István Nagy'])]),
    ('Венгерская делегация во главе с министром сельского хозяйства Иштваном Надем 15 апреля прибыла в Туркестан. На следующий день в Шымкенте прошел казахстанско-венгерский бизнес-форум.',
     D(2025, 4, 17),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Turkistan', D(2025, 4, 15), 'day', ['Иштван Надь']),
      ('forum', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Shymkent', D(2025, 4, 16), 'day', ['Иштван Надь'])]),
    ('Венгрия Ауыл шаруашылығы министрі Иштван Надь бастаған делегация 15 сәуірде Түркістанға келді. Келесі күні Шымкентте Қазақстан-Венгрия бизнес-форумы өтті.',
     D(2025, 4, 17),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Turkistan', D(2025, 4, 15), 'day', ['Иштван Надь']),
      ('forum', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Shymkent', D(2025, 4, 16), 'day', ['Иштван Надь'])]),
    # a year or 'last year' right after a figure is the figure's period, not the event's (en, ru; Kazakh puts the year before the figure)
    ('Kazakhstan, Poland hold political consultations as trade hits $1.36 billion in 2024. Deputy Foreign Minister Roman Vassilenko and Polish Secretary of State Władysław Bartoszewski held political consultations in Warsaw on Wednesday.',
     D(2025, 5, 16),
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2025, 5, 1), 'month', ['Roman Vassilenko', 'Władysław Bartoszewski'])]),
    ('Казахстан и Польша провели политические консультации: товарооборот достиг 1,36 млрд долларов в 2024 году. Консультации прошли в Варшаве в среду.',
     D(2025, 5, 16),
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2025, 5, 1), 'month', [])]),
    ('At the Kazakhstan-Malaysia Business Forum in Almaty on Wednesday, Vice Minister Aizhan Bizhanova cited trade of $312.5 million last year.',
     D(2025, 5, 16),
     [('forum', 'held', 'KAZ', 'MYS', None, 'KAZ', 'Almaty', D(2025, 5, 1), 'month', [])]),
    ('На казахстанско-малайзийском бизнес-форуме в Алматы в среду вице-министр Айжан Бижанова назвала товарооборот в 312,5 млн долларов в прошлом году.',
     D(2025, 5, 16),
     [('forum', 'held', 'KAZ', 'MYS', None, 'KAZ', 'Almaty', D(2025, 5, 1), 'month', [])]),
    ('Қазақстан мен Польша Варшавада саяси консультациялар өткізді. 2024 жылы тауар айналымы 1,36 млрд долларға жетті.',
     D(2025, 5, 16),
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2025, 5, 1), 'month', [])]),
    # 'the same day' after a day told without a year (an undated article): that day, and the headline's event joins the body's day
    ('Kazakhstan, Poland hold political consultations\n\nWARSAW – Deputy Foreign Minister Roman Vassilenko and Polish Secretary of State Władysław Bartoszewski held political consultations in Warsaw on May 14. On the same day, Vassilenko met with Polish Deputy Minister of Development Michał Jaros. Trade between the two countries reached $1.4 billion in 2024.',
     None,
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', ['Roman Vassilenko', 'Władysław Bartoszewski']),
      ('talks', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', ['Roman Vassilenko', 'Michał Jaros'])]),
    ('Казахстан и Польша провели консультации\n\nВАРШАВА – Заместитель министра иностранных дел Роман Василенко и госсекретарь МИД Польши Владислав Бартошевский провели политические консультации в Варшаве 14 мая. В тот же день Василенко встретился с заместителем министра развития Польши Михалом Яросом. Товарооборот двух стран в 2024 году достиг 1,4 млрд долларов.',
     None,
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', ['Роман Василенко', 'Владислав Бартошевский']),
      ('talks', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', ['Роман Василенко', 'Михал Ярос'])]),
    ('Қазақстан мен Польша консультация өткізді\n\nВаршавада 14 мамырда Сыртқы істер министрінің орынбасары Роман Василенко Польша Сыртқы істер министрлігінің мемлекеттік хатшысы Владислав Бартошевскиймен саяси консультациялар өткізді. Сол күні Василенко Польшаның даму министрінің орынбасары Михал Яроспен кездесті. 2024 жылы екі ел арасындағы тауар айналымы 1,4 млрд долларға жетті.',
     None,
     [('consultations', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', ['Роман Василенко', 'Владислав Бартошевский']),
      ('talks', 'held', 'KAZ', 'POL', None, None, None, D(2024, 5, 14), 'day', ['Роман Василенко', 'Михал Ярос'])]),
    # a day of the month named alone is a day of the report's month (the last one if still to come; the next one if planned)
    ('On the 14th, Prime Minister Alikhan Smailov spoke by phone with his Vietnamese counterpart Pham Minh Chinh.',
     D(2023, 11, 17),
     [('phone_call', 'held', 'KAZ', 'VNM', None, None, None, D(2023, 11, 14), 'day', ['Alikhan Smailov', 'Pham Minh Chinh'])]),
    ('14-го числа премьер-министр Казахстана Алихан Смаилов провел телефонный разговор с премьер-министром Вьетнама Фам Минь Тинем.',
     D(2023, 11, 17),
     [('phone_call', 'held', 'KAZ', 'VNM', None, None, None, D(2023, 11, 14), 'day', ['Алихан Смаилов', 'Фам Минь Тинь'])]),
    ('14-і күні Премьер-министр Әлихан Смайылов Вьетнам Премьер-министрі Фам Минь Тинмен телефон арқылы сөйлесті.',
     D(2023, 11, 17),
     [('phone_call', 'held', 'KAZ', 'VNM', None, None, None, D(2023, 11, 14), 'day', ['Әлихан Смайылов', 'Фам Минь Тин'])]),
    ('On the 20th, Prime Minister Alikhan Smailov spoke by phone with his Vietnamese counterpart Pham Minh Chinh.',
     D(2023, 11, 17),
     [('phone_call', 'held', 'KAZ', 'VNM', None, None, None, D(2023, 10, 20), 'day', ['Alikhan Smailov', 'Pham Minh Chinh'])]),
    ('On the 23rd, Foreign Minister Murat Nurtleu will pay a visit to Hanoi.',
     D(2023, 11, 17),
     [('visit', 'planned', 'KAZ', 'VNM', 'KAZ', 'VNM', 'Hanoi', D(2023, 11, 23), 'day', ['Murat Nurtleu'])]),
    # 'after the call' refers back to the call told before, whatever day opens the sentence; a count before 'форум аясында' is no ordinal
    ('On the 14th, Prime Minister Alikhan Smailov spoke by phone with Vietnamese Prime Minister Pham Minh Chinh. On the 16th, two days after the call with Hanoi, Georgian Foreign Minister Ilia Darchiashvili paid an official visit to Astana.',
     D(2023, 11, 17),
     [('phone_call', 'held', 'KAZ', 'VNM', None, None, None, D(2023, 11, 14), 'day', ['Alikhan Smailov', 'Pham Minh Chinh']),
      ('visit', 'held', 'KAZ', 'GEO', 'GEO', 'KAZ', 'Astana', D(2023, 11, 16), 'day', ['Ilia Darchiashvili'])]),
    ('30 қаңтарда Астанада Қазақстан-Италия бизнес-форумы өтті. Оған екі елдің 200-ден астам компаниясы қатысып, форум аясында 15 келісімге қол қойылды.',
     D(2025, 2, 5),
     [('forum', 'held', 'KAZ', 'ITA', None, 'KAZ', 'Astana', D(2025, 1, 30), 'day', [])]),
    # a digest's sections each open with their own city and day: that section's undated held events take that day
    ('Апта шолуы\n\nАСТАНА, 5 қыркүйек. Сыртқы істер министрі Мұрат Нұртілеу Моңғолия Сыртқы істер министрі Батмөнхийн Батцэцэгті қабылдады.\n\nУЛАНБАТОР, 6 қыркүйек. Премьер-министрдің орынбасары Серік Жұмаңғарин Моңғолияға жұмыс сапарымен келді.\n\nАСТАНА, 7 қыркүйек. Мұрат Нұртілеу мен Бразилия Сыртқы істер министрі Мауру Виейра телефон арқылы сөйлесті.',
     D(2023, 9, 8),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2023, 9, 5), 'day', ['Мұрат Нұртілеу', 'Батмөнхийн Батцэцэг']),
      ('visit', 'held', 'KAZ', 'MNG', 'KAZ', 'MNG', 'Ulaanbaatar', D(2023, 9, 6), 'day', ['Серік Жұмаңғарин']),
      ('phone_call', 'held', 'KAZ', 'BRA', None, None, None, D(2023, 9, 7), 'day', ['Мұрат Нұртілеу', 'Мауру Виейра'])]),
    ('Обзор недели\n\nАСТАНА, 5 сентября. Министр иностранных дел Мурат Нуртлеу принял министра иностранных дел Монголии Батмунхийн Батцэцэг.\n\nУЛАН-БАТОР, 6 сентября. Заместитель премьер-министра Серик Жумангарин прибыл в Монголию с рабочим визитом.\n\nАСТАНА, 7 сентября. Мурат Нуртлеу и министр иностранных дел Бразилии Мауру Виейра провели телефонный разговор.',
     D(2023, 9, 8),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2023, 9, 5), 'day', ['Мурат Нуртлеу', 'Батмунхийн Батцэцэг']),
      ('visit', 'held', 'KAZ', 'MNG', 'KAZ', 'MNG', 'Ulaanbaatar', D(2023, 9, 6), 'day', ['Серик Жумангарин']),
      ('phone_call', 'held', 'KAZ', 'BRA', None, None, None, D(2023, 9, 7), 'day', ['Мурат Нуртлеу', 'Мауру Виейра'])]),
    ('Week in review\n\nASTANA, Sept 5 - Foreign Minister Murat Nurtleu received Mongolian Foreign Minister Batmunkh Battsetseg.\n\nULAANBAATAR, Sept 6 - Deputy Prime Minister Serik Zhumangarin arrived in Mongolia on a working visit.\n\nASTANA, Sept 7 - Murat Nurtleu held a phone call with Brazilian Foreign Minister Mauro Vieira.',
     D(2023, 9, 8),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2023, 9, 5), 'day', ['Murat Nurtleu', 'Batmunkh Battsetseg']),
      ('visit', 'held', 'KAZ', 'MNG', 'KAZ', 'MNG', 'Ulaanbaatar', D(2023, 9, 6), 'day', ['Serik Zhumangarin']),
      ('phone_call', 'held', 'KAZ', 'BRA', None, None, None, D(2023, 9, 7), 'day', ['Murat Nurtleu', 'Mauro Vieira'])]),
    # a Kazakh trip being prepared or to be made ('сапары дайындалып жатыр', 'жасайтын сапары') is planned
    ('Сауд Арабиясы Сыртқы істер министрі ханзада Фейсал бин Фарханның желтоқсанда Астанаға сапары дайындалып жатыр.',
     D(2023, 9, 8),
     [('visit', 'planned', 'KAZ', 'SAU', 'SAU', 'KAZ', 'Astana', D(2023, 12, 1), 'month', ['Фейсал бин Фархан'])]),
    ('Тараптар Бразилия Сыртқы істер министрі Мауру Виейраның қарашада Астанаға жасайтын сапарының бағдарламасын келісті.',
     D(2023, 9, 8),
     [('visit', 'planned', 'KAZ', 'BRA', 'BRA', 'KAZ', 'Astana', D(2023, 11, 1), 'month', ['Мауру Виейра'])]),
    # a signing told as the outcome of an event already reported ("По итогам переговоров", "Following the talks",
    # "Келіссөздер қорытындысы бойынша") is part of that event's record; a signing told on its own is an event
    ('Президент Казахстана провел переговоры с премьер-министром Беларуси в Астане. По итогам переговоров стороны подписали 12 документов.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'BLR', None, 'KAZ', 'Astana', D(2025, 3, 1), 'month', [])]),
    ('Kazakh President Tokayev held talks with the Belarusian Prime Minister in Astana. Following the talks, the sides signed 12 documents.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'BLR', None, 'KAZ', 'Astana', D(2025, 3, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Қазақстан Президенті Астанада Беларусь Премьер-министрімен келіссөздер жүргізді. Келіссөздер қорытындысы бойынша тараптар 12 құжатқа қол қойды.',
     D(2025, 3, 11),
     [('talks', 'held', 'KAZ', 'BLR', None, 'KAZ', 'Astana', D(2025, 3, 1), 'month', [])]),
    ('Казахстан и Япония подписали соглашение о сотрудничестве в области таможенного дела.',
     D(2015, 11, 27),
     [('signing', 'held', 'KAZ', 'JPN', None, None, None, D(2015, 11, 1), 'month', [])]),
    ('Kazakhstan and Japan signed an agreement on customs cooperation at the Foreign Ministry in Astana today.',
     D(2015, 11, 27),
     [('signing', 'held', 'KAZ', 'JPN', None, 'KAZ', 'Astana', D(2015, 11, 27), 'day', [])]),
    ('Қазақстан мен Жапония бүгін кеден ісі саласындағы ынтымақтастық туралы келісімге қол қойды.',
     D(2015, 11, 27),
     [('signing', 'held', 'KAZ', 'JPN', None, None, None, D(2015, 11, 27), 'day', [])]),
    # a day a saying is told by is the event's too when the saying comes right after the event ("said on Wednesday after co-chairing the session", "заявил в среду после заседания"); not "a week after"
    ('Trade could reach one billion euros, Hungarian Foreign Minister Péter Szijjártó said in Budapest on Wednesday after co-chairing the ninth session of the Hungarian-Kazakh Intergovernmental Committee.',
     D(2024, 5, 22),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2024, 5, 1), 'month', ['Péter Szijjártó'])]),
    ('Товарооборот может достичь миллиарда евро, заявил министр иностранных дел Венгрии Петер Сийярто в среду после заседания венгерско-казахстанской межправительственной комиссии в Будапеште.',
     D(2024, 5, 22),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2024, 5, 1), 'month', ['Петер Сийярто'])]),
    ('Trade could reach one billion euros, Hungarian Foreign Minister Péter Szijjártó said in Budapest on Wednesday, a week after the ninth session of the Hungarian-Kazakh Intergovernmental Committee.',
     D(2024, 5, 22),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2024, 5, 1), 'month', ['Péter Szijjártó'])]),
    # what is due is still to come ("is due to arrive", "должен прибыть", "келуі тиіс"); an infinitive after an ordinal
    # plans nothing ("the first Japanese prime minister to visit"); English ordinal days ("19th January, 2026", "the
    # 5th of March"); "its next meeting" is the committee's; talks dated only by the report a few days after a trip
    # the text dates were part of it
    ('Uzbek Prime Minister Abdulla Aripov is due to arrive in Astana on Monday, Nov 3, and hold talks with Prime Minister Olzhas Bektenov.',
     D(2025, 10, 28),
     [('visit', 'planned', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2025, 11, 3), 'day', ['Abdulla Aripov', 'Olzhas Bektenov'])]),
    ('Премьер-министр Узбекистана Абдулла Арипов должен прибыть в Астану в понедельник, 3 ноября.',
     D(2025, 10, 28),
     [('visit', 'planned', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2025, 11, 3), 'day', ['Абдулла Арипов'])]),
    ('Өзбекстан Премьер-министрі Абдулла Арипов дүйсенбіде, 3 қарашада, Астанаға келуі тиіс.',
     D(2025, 10, 28),
     [('visit', 'planned', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2025, 11, 3), 'day', ['Абдулла Арипов'])]),
    ('Japanese Prime Minister Junichiro Koizumi, the first Japanese prime minister to visit Kazakhstan, arrived in Astana on Monday on a two-day visit.',
     D(2006, 8, 29),
     [('visit', 'held', 'KAZ', 'JPN', 'JPN', 'KAZ', 'Astana', D(2006, 8, 28), 'day', ['Junichiro Koizumi'])]),
    ('Japanese Prime Minister Junichiro Koizumi plans to visit Kazakhstan next month.',
     D(2006, 8, 29),
     [('visit', 'planned', 'KAZ', 'JPN', 'JPN', 'KAZ', None, D(2006, 9, 1), 'month', ['Junichiro Koizumi'])]),
    ('ABU DHABI, 19th January, 2026 (WAM) -- Kazakh Prime Minister Olzhas Bektenov arrived in Abu Dhabi on an official visit.',
     D(2026, 1, 19),
     [('visit', 'held', 'KAZ', 'ARE', 'KAZ', 'ARE', 'Abu Dhabi', D(2026, 1, 19), 'day', ['Olzhas Bektenov'])]),
    ('The talks between the foreign ministers of Kazakhstan and Oman were held on the 5th of March in Astana.',
     D(2026, 4, 19),
     [('talks', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2026, 3, 5), 'day', [])]),
    ('Minister Al Zeyoudi wrapped up a two-day official visit to Astana late on Thursday, during which he co-chaired the fourth meeting of the UAE-Kazakhstan Joint Intergovernmental Committee. Dr. Al Zeyoudi also met with Prime Minister Alikhan Smailov. The committee agreed to hold its next meeting in Abu Dhabi in 2024.',
     D(2023, 5, 22),
     [('visit', 'held', 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana', D(2023, 5, 17), 'day', ['Al Zeyoudi', 'Alikhan Smailov']),
      ('council', 'held', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2023, 5, 1), 'month', ['Al Zeyoudi', 'Alikhan Smailov']),
      ('council', 'planned', 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi', D(2024, 1, 1), 'year', [])]),
    # "on the eve of" another event is a time, not a plan ("Комиссия отырысы қарсаңында ... форумы өтіп"), but the eve of
    # the event itself is still to come; "hosted by" who holds it tells no past; "Қ.Жақыпов" is Қабиболла Жақыпов, so
    # the meeting he held in Rome is part of his visit
    ('Комиссия отырысы қарсаңында, 15 қазанда, Түркістанда қазақ-өзбек бизнес-форумы өтіп, оның барысында 24 коммерциялық келісімге қол қойылды.',
     D(2025, 10, 17),
     [('forum', 'held', 'KAZ', 'UZB', None, 'KAZ', 'Turkistan', D(2025, 10, 15), 'day', [])]),
    ('Накануне заседания комиссии, 15 октября, в Туркестане прошел казахстанско-узбекский бизнес-форум.',
     D(2025, 10, 17),
     [('forum', 'held', 'KAZ', 'UZB', None, 'KAZ', 'Turkistan', D(2025, 10, 15), 'day', [])]),
    ('On the eve of the commission meeting, on October 15, a Kazakh-Uzbek business forum was held in Turkistan.',
     D(2025, 10, 17),
     [('forum', 'held', 'KAZ', 'UZB', None, 'KAZ', 'Turkistan', D(2025, 10, 15), 'day', [])]),
    ('Мемлекеттік сапар қарсаңында Қазақстан Президенті Қытай БАҚ-на сұхбат берді.',
     D(2012, 6, 14),
     [('visit', 'planned', 'KAZ', 'CHN', None, None, None, None, None, [])]),
    ('On Friday, Massimov will also address a Korea-Kazakhstan business forum hosted by KITA in Seoul.',
     D(2012, 6, 14),
     [('forum', 'planned', 'KAZ', 'KOR', None, 'KOR', 'Seoul', D(2012, 6, 1), 'month', ['Karim Massimov'])]),
    ('The Korea-Kazakhstan business forum, hosted by KITA in Seoul on Monday, drew some 200 business leaders.',
     D(2012, 6, 14),
     [('forum', 'held', 'KAZ', 'KOR', None, 'KOR', 'Seoul', D(2012, 6, 1), 'month', [])]),
    ('ҚР Парламенті Мәжілісінің Төрағасы Қабиболла Жақыпов 2014 жылғы 9-11 маусымда Италияға ресми сапармен барды. Римде ол Италия Депутаттар палатасының Төрағасы Лаура Болдринимен кездесті. Кездесуде Қ.Жақыпов сауданы атап өтті.',
     D(2014, 6, 12),
     [('visit', 'held', 'KAZ', 'ITA', 'KAZ', 'ITA', 'Rome', D(2014, 6, 9), 'day', ['Қабиболла Жақыпов', 'Лаура Болдрини'])]),
    # an official's presence in a place named right after it (or in the Kazakh locative before "болды") is a trip;
    # not a country's place, a stage, or a meeting's place; a stay under way is still to do its purpose, a trip made
    # did it; a relative year dates a month only near it (the visit "last year", the session "in December")
    ('2016 жылы Египет Президенті Абдел Фаттах әс-Сиси Астанада болды.',
     D(2020, 1, 1),
     [('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2016, 1, 1), 'year', ['Абдел Фаттах әс-Сиси'])]),
    ('Министр иностранных дел Венгрии Петер Сийярто находится в Астане.',
     D(2020, 1, 1),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2020, 1, 1), 'month', ['Петер Сийярто'])]),
    ('Hungarian Foreign Minister Peter Szijjarto is in Astana.',
     D(2020, 1, 1),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2020, 1, 1), 'month', ['Peter Szijjarto'])]),
    ('Kazakhstan is in Central Asia, the minister said.',
     D(2020, 1, 1),
     []),
    ('Проект находится в стадии разработки, сообщил министр.',
     D(2020, 1, 1),
     []),
    ('Кездесу Астанада болды деп хабарлады министр.',
     D(2020, 1, 1),
     []),
    ('The UAE minister is in Astana to co-chair the 5th meeting of the Kazakhstan-UAE Intergovernmental Commission on Wednesday.',
     D(2023, 10, 23),
     [('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2023, 10, 1), 'month', [])]),
    ('Министр ОАЭ находится в Астане, чтобы провести пятое заседание межправительственной комиссии в среду.',
     D(2023, 10, 23),
     [('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2023, 10, 1), 'month', [])]),
    ('The ministers recalled the state visit of the UAE President to Astana last year and discussed preparations for the next meeting of the intergovernmental commission, due to be held in Astana in December.',
     D(2024, 2, 1),
     [('visit', 'held', 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana', D(2023, 1, 1), 'year', []),
      ('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2024, 12, 1), 'month', [])]),
    ('Министры вспомнили государственный визит президента ОАЭ в Астану в прошлом году и обсудили подготовку к следующему заседанию межправительственной комиссии, которое пройдет в Астане в декабре.',
     D(2024, 2, 1),
     [('visit', 'held', 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana', D(2023, 1, 1), 'year', []),
      ('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2024, 12, 1), 'month', [])]),
    ('Министрлер БАӘ Президентінің өткен жылғы Астанаға мемлекеттік сапарын еске алып, желтоқсанда Астанада өтетін үкіметаралық комиссияның келесі отырысына дайындықты талқылады.',
     D(2024, 2, 1),
     [('visit', 'held', 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana', D(2023, 1, 1), 'year', []),
      ('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2024, 12, 1), 'month', [])]),
    ('БАӘ министрі сәрсенбіде үкіметаралық комиссияның бесінші отырысына төрағалық ету үшін Астанада жүр.',
     D(2023, 10, 23),
     [('council', 'planned', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2023, 10, 1), 'month', [])]),
    ('Министр ОАЭ посетил Астану, чтобы провести пятое заседание межправительственной комиссии.',
     D(2023, 10, 23),
     [('council', 'held', 'KAZ', 'ARE', None, 'KAZ', 'Astana', D(2023, 10, 1), 'month', [])]),
    # an official's presence told with its day ("was in Astana", "находился в Астане", "Астанада болды") is a trip of that
    # day; the session its traveller co-chaired in the next sentence is held there on that day
    ("Just last week, on January 14, Oman's Minister of Commerce Qais Al Yousef was in Astana. Together with Minister of Trade Arman Shakkaliyev he co-chaired the first meeting of the Kazakh-Omani intergovernmental commission.",
     D(2026, 1, 20),
     [('visit', 'held', 'KAZ', 'OMN', 'OMN', 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Qais Al Yousef', 'Arman Shakkaliyev']),
      ('council', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Arman Shakkaliyev', 'Qais Al Yousef'])]),
    ('На прошлой неделе, 14 января, министр торговли Омана Каис аль-Юсеф находился в Астане. Вместе с министром торговли Арманом Шаккалиевым он провел первое заседание казахстанско-оманской межправительственной комиссии.',
     D(2026, 1, 20),
     [('visit', 'held', 'KAZ', 'OMN', 'OMN', 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Каис аль-Юсеф', 'Арман Шаккалиев']),
      ('council', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Арман Шаккалиев', 'Каис аль-Юсеф'])]),
    ('Өткен аптада, 14 қаңтарда, Оман сауда министрі Каис әл-Юсеф Астанада болды. Ол сауда министрі Арман Шаққалиевпен бірге қазақстан-оман үкіметаралық комиссиясының бірінші отырысына төрағалық етті.',
     D(2026, 1, 20),
     [('visit', 'held', 'KAZ', 'OMN', 'OMN', 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Каис әл-Юсеф', 'Арман Шаққалиев']),
      ('council', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2026, 1, 14), 'day', ['Арман Шаққалиев', 'Каис әл-Юсеф'])]),
    # consultations with think tanks or investors are no consultations between states
    ('Deputy Foreign Minister Roman Vassilenko visited Riyadh for consultations with Saudi think tanks and investors.',
     D(2026, 1, 20),
     [('visit', 'held', 'KAZ', 'SAU', 'KAZ', 'SAU', 'Riyadh', D(2026, 1, 1), 'month', ['Roman Vassilenko'])]),
    # an English participle after 'be' or 'to' is no past: 'is expected to be received' is a meeting to come (the weekday ahead)
    ('ASTANA, Oct 21 - Cuban Vice President Salvador Valdés Mesa held talks today with Prime Minister Olzhas Bektenov. On Wednesday, he is expected to be received by President Kassym-Jomart Tokayev.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2025, 10, 21), 'day', ['Salvador Valdés Mesa', 'Olzhas Bektenov']),
      ('talks', 'planned', 'KAZ', 'CUB', None, None, None, D(2025, 10, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('ASTANA, Oct 21 - The Estonian Foreign Minister Margus Tsahkna will be hosted by Kazakh Foreign Minister Murat Nurtleu on Thursday.',
     D(2025, 10, 21),
     [('talks', 'planned', 'KAZ', 'EST', None, None, None, D(2025, 10, 1), 'month', ['Margus Tsahkna', 'Murat Nurtleu'])]),
    ('Астана, 21 октября - В среду вице-президента Кубы примет Президент Казахстана Касым-Жомарт Токаев.',
     D(2025, 10, 21),
     [('talks', 'planned', 'KAZ', 'CUB', None, None, None, D(2025, 10, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('Астана, 21 қазан - Сәрсенбі күні Қазақстан Президенті Қасым-Жомарт Тоқаев Куба вице-президенті Сальвадор Вальдес Месаны қабылдайды.',
     D(2025, 10, 21),
     [('talks', 'planned', 'KAZ', 'CUB', None, 'KAZ', None, D(2025, 10, 1), 'month', ['Қасым-Жомарт Тоқаев', 'Сальвадор Вальдес Меса'])]),
    ('ASTANA, Oct 21 - On Monday, Cuban Vice President Salvador Valdés Mesa was received by President Kassym-Jomart Tokayev.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2025, 10, 1), 'month', ['Salvador Valdés Mesa', 'Kassym-Jomart Tokayev'])]),
    # 'Сальвадор' is a first name; the country is 'Эль-Сальвадор', 'Сальвадор Республикасы'
    ('Астана, 21 қазан - Қазақстан мен Сальвадор Республикасы арасындағы саяси консультациялар бүгін өтті.',
     D(2025, 10, 21),
     [('consultations', 'held', 'KAZ', 'SLV', None, None, None, D(2025, 10, 21), 'day', [])]),
    # a meeting still to come in a visit under way joins the visit without moving its day
    ('CAIRO, Feb 3 - Kazakh Foreign Minister Murat Nurtleu arrived in Cairo today on an official visit. On Tuesday, he is expected to be received by President Abdel Fattah al-Sisi.',
     D(2025, 2, 3),
     [('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(2025, 2, 3), 'day', ['Murat Nurtleu', 'Abdel Fattah al-Sisi'])]),
    ('КАИР, 3 февраля. Министр иностранных дел Казахстана Мурат Нуртлеу прибыл сегодня в Каир с официальным визитом. Во вторник его примет президент Египта Абдель Фаттах ас-Сиси.',
     D(2025, 2, 3),
     [('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(2025, 2, 3), 'day', ['Мурат Нуртлеу', 'Абдель Фаттах ас-Сиси'])]),
    ('КАИР, 3 ақпан. Қазақстан Сыртқы істер министрі Мұрат Нұртілеу бүгін Каирге ресми сапармен келді. Сейсенбі күні оны Египет Президенті Абдель Фаттах әс-Сиси қабылдайды.',
     D(2025, 2, 3),
     [('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(2025, 2, 3), 'day', ['Мұрат Нұртілеу', 'Абдель Фаттах әс-Сиси'])]),
    # a second session told in the same sentence as the first: two sessions, each with its own clause's time, place and tense
    ('Гавана, 14 мая. Первое заседание межправительственной комиссии Казахстана и Кубы прошло в Гаване 13 мая, стороны договорились, что второе заседание состоится в Астане в следующем году.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('HAVANA, May 14. The first meeting of the Kazakhstan-Cuba intergovernmental commission was held in Havana on May 13, and the sides agreed that the second session will take place in Astana next year.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('Қазақстан-Куба үкіметаралық комиссиясының бірінші отырысы 13 мамырда Гаванада өтті, тараптар екінші отырысты келесі жылы Астанада өткізуге келісті.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    # the next session in a sentence of its own, once the article has named the commission
    ('Первое заседание межправительственной комиссии Казахстана и Кубы прошло в Гаване 13 мая. Стороны договорились провести следующее заседание в Астане в 2026 году.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('The first meeting of the Kazakhstan-Cuba intergovernmental commission was held in Havana on May 13. The sides agreed to hold the next session in Astana in 2026.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('Қазақстан-Куба үкіметаралық комиссиясының бірінші отырысы 13 мамырда Гаванада өтті. Тараптар келесі отырысты 2026 жылы Астанада өткізуге келісті.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', []),
      ('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    # the commission's own numbered session is one session, and the last one only recalled is no second
    ('Заседание межправительственной комиссии Казахстана и Кубы прошло в Гаване 13 мая, это было второе заседание комиссии.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'CUB', None, 'CUB', 'Havana', D(2025, 5, 13), 'day', [])]),
    ('The sides reviewed the decisions of the last meeting of the Kazakhstan-Cuba intergovernmental commission, and preparations for its next session in Astana in June.',
     D(2025, 5, 14),
     [('council', 'planned', 'KAZ', 'CUB', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', [])]),
    # 'the preparation of' a session tells it is still to come, whatever verb reports the talk
    ('With the Ambassador of Oman, the sides discussed the preparation of the 3rd meeting of the Kazakh-Omani Joint Intergovernmental Commission, which is to be held in Muscat in October this year.',
     D(2024, 2, 5),
     [('council', 'planned', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2024, 10, 1), 'month', [])]),
    ('С послом Омана стороны обсудили подготовку третьего заседания казахстанско-оманской межправительственной комиссии, которое пройдет в Маскате в октябре этого года.',
     D(2024, 2, 5),
     [('council', 'planned', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2024, 10, 1), 'month', [])]),
    ('Оман елшісімен тараптар биылғы қазанда Маскатта өтетін қазақ-оман үкіметаралық комиссиясының үшінші отырысына дайындықты талқылады.',
     D(2024, 2, 5),
     [('council', 'planned', 'KAZ', 'OMN', None, 'OMN', 'Muscat', D(2024, 10, 1), 'month', [])]),
    # a Kazakh date opens with its year: '2022 жылғы 10-11 мамырда' is May 2022, not the last May before the report
    ('Еске салайық, Тоқаев 2022 жылғы 10-11 мамырда Түркияға ресми сапармен келіп, Ердоғанмен келіссөз жүргізген болатын.',
     D(2026, 3, 5),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2022, 5, 10), 'day', ['Қасым-Жомарт Тоқаев', 'Режеп Тайип Ердоған'])]),
    ('Напомним, Токаев 10-11 мая 2022 года посетил Турцию с официальным визитом.',
     D(2026, 3, 5),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2022, 5, 10), 'day', ['Касым-Жомарт Токаев'])]),
    ('Tokayev paid an official visit to Turkey on May 10-11, 2022.',
     D(2026, 3, 5),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2022, 5, 10), 'day', ['Kassym-Jomart Tokayev'])]),
    # a half of 'the year' named by no number is the report's year; a bare half or quarter still to come is the coming one
    ('Тоқаев жылдың екінші жартысында Түркияға мемлекеттік сапармен келеді.',
     D(2026, 3, 5),
     [('visit', 'planned', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2026, 7, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    ('Токаев во второй половине года посетит Турцию с государственным визитом.',
     D(2026, 3, 5),
     [('visit', 'planned', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2026, 7, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('Tokayev will pay a state visit to Turkey in the second half of the year.',
     D(2026, 3, 5),
     [('visit', 'planned', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2026, 7, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Токаев посетит Турцию с государственным визитом во втором полугодии.',
     D(2026, 3, 5),
     [('visit', 'planned', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2026, 7, 1), 'month', ['Касым-Жомарт Токаев'])]),
    # the next round of consultations: its own planned event, also when the held round only names the time ('по итогам', 'соңында', 'at the end of')
    ('Политические консультации между МИД Казахстана и Малайзии прошли в Куала-Лумпуре 10 марта. По итогам консультаций условлено провести следующий раунд в Астане в 2026 году.',
     D(2025, 3, 11),
     [('consultations', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 3, 10), 'day', []),
      ('consultations', 'planned', 'KAZ', 'MYS', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('Қазақстан мен Малайзия СІМ арасындағы саяси консультациялар 10 наурызда Куала-Лумпурда өтті. Консультациялар соңында келесі раундты 2026 жылы Астанада өткізу туралы уағдаластыққа қол жеткізілді.',
     D(2025, 3, 11),
     [('consultations', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 3, 10), 'day', []),
      ('consultations', 'planned', 'KAZ', 'MYS', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('Political consultations between the foreign ministries of Kazakhstan and Malaysia were held in Kuala Lumpur on March 10. At the end of the consultations, the sides agreed to hold the next round in Astana in 2026.',
     D(2025, 3, 11),
     [('consultations', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 3, 10), 'day', []),
      ('consultations', 'planned', 'KAZ', 'MYS', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    ('Kazakhstan and Malaysia held political consultations in Kuala Lumpur on March 10, and agreed that the next round will take place in Astana in 2026.',
     D(2025, 3, 11),
     [('consultations', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 3, 10), 'day', []),
      ('consultations', 'planned', 'KAZ', 'MYS', None, 'KAZ', 'Astana', D(2026, 1, 1), 'year', [])]),
    # a round with no word of 'next' is the same consultations
    ('Political consultations between Kazakhstan and Malaysia were held in Kuala Lumpur on March 10. The round focused on trade and transport.',
     D(2025, 3, 11),
     [('consultations', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 3, 10), 'day', [])]),
    # regions meet, not states: an akim with a governor or an envoy is no bilateral event, nor is that meeting told again
    ('Түркістан облысының әкімі Дархан Сатыбалды Өзбекстанның Ташкент облысының хокимі Зойир Мирзаевпен кездесті. Кездесу облыстық әкімдік ғимаратында өтті.',
     D(2023, 9, 14),
     []),
    ('Аким Мангистауской области Нурдаулет Килыбай встретился с губернатором иранской провинции Мазандаран Мехди Юнесирезаи. Встреча прошла в здании акимата.',
     D(2024, 10, 2),
     []),
    ('Aktobe region governor Askhat Shakharov met with South Korean Ambassador Koo Hong-seok. The meeting took place in Aktobe.',
     D(2024, 10, 2),
     []),
    # an akim who meets a minister of the partner: the state is at the table
    ('Аким Алматы Ерболат Досаев встретился с вице-премьером Госсовета Китая Дин Сюэсяном.',
     D(2024, 10, 2),
     [('talks', 'held', 'KAZ', 'CHN', None, 'KAZ', 'Almaty', D(2024, 10, 1), 'month', ['Ерболат Досаев', 'Дин Сюэсян'])]),
    # 'тогда же' / 'at that time' inside the clause: the time of the event told just before
    ('Президент Азербайджана вспомнил свой государственный визит в Казахстан в августе 2024 года. Было отмечено, что первое заседание Высшего межгосударственного совета, прошедшее тогда же в Астане, открыло новую страницу.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'AZE', 'KAZ', None, D(2024, 8, 1), 'month', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 8, 1), 'month', [])]),
    ('The President of Azerbaijan recalled his state visit to Kazakhstan in August 2024. The first meeting of the Supreme Interstate Council, held at that time in Astana, opened a new page.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'AZE', 'KAZ', None, D(2024, 8, 1), 'month', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 8, 1), 'month', [])]),
    ('Әзербайжан Президенті 2024 жылғы тамызда Қазақстанға жасаған мемлекеттік сапарын еске алды. Сол кезде Астанада Жоғары мемлекетаралық кеңестің бірінші отырысы өтті.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'AZE', 'KAZ', None, D(2024, 8, 1), 'month', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 8, 1), 'month', [])]),
    # "that visit" told after a recalled trip is that trip (its time and place), not one under way on the report's day
    ('СЕУЛ. 2021 жылғы 19 тамыз. ҚазАқпарат – Тоқаев 16-18 тамызда Кореяда мемлекеттік сапармен болды. Корей журналистері Мун Чжэ Иннің 2019 жылғы сәуірде Қазақстанға жасаған мемлекеттік сапарын да еске салды. Сол сапар кезінде Нұр-Сұлтанда жобалар пакеті мақұлданған болатын.',
     D(2021, 8, 19),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 16), 'day', ['Қасым-Жомарт Тоқаев']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', [])]),
    ('СЕУЛ, 19 августа 2021 года. Казинформ – Токаев 16-18 августа находился в Корее с государственным визитом. Корейские журналисты напомнили и о государственном визите Мун Чжэ Ина в Казахстан в апреле 2019 года. Во время того визита в Нур-Султане был одобрен пакет проектов.',
     D(2021, 8, 19),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 16), 'day', ['Касым-Жомарт Токаев']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', [])]),
    ('SEOUL, August 19, 2021. Kazinform – Tokayev was on a state visit to Korea on August 16-18. Korean reporters also recalled the state visit of Moon Jae-in to Kazakhstan in April 2019. During that visit in Nur-Sultan, a package of projects was approved.',
     D(2021, 8, 19),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 16), 'day', ['Kassym-Jomart Tokayev']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', [])]),
    # talks recalled beside a visit in one sentence belong to that visit
    ('Президент Азербайджана вспомнил свой государственный визит в Казахстан в августе 2024 года и переговоры с Президентом Токаевым в Астане. Первое заседание Высшего межгосударственного совета прошло тогда же.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'AZE', 'KAZ', 'Astana', D(2024, 8, 1), 'month', ['Касым-Жомарт Токаев']),
      ('council', 'held', 'KAZ', 'AZE', None, None, None, D(2024, 8, 1), 'month', ['Касым-Жомарт Токаев'])]),
    # 'after that' opening the sentence: the same day as the event told just before
    ('Астана, 16 апреля. Во вторник, 15 апреля, министр иностранных дел Венгрии провел переговоры с Муратом Нуртлеу в Астане. Вслед за этим стороны провели десятое заседание казахстанско-венгерской межправительственной комиссии.',
     D(2025, 4, 16),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 15), 'day', ['Мурат Нуртлеу'])]),
    ('Astana, April 16. On Tuesday, April 15, the Hungarian foreign minister held talks with Murat Nurtleu in Astana. After that, the sides held the tenth meeting of the Kazakh-Hungarian intergovernmental commission.',
     D(2025, 4, 16),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 15), 'day', ['Murat Nurtleu'])]),
    ('Астана, 16 сәуір. 15 сәуірде Венгрия Сыртқы істер министрі Астанада Мұрат Нұртілеумен келіссөз жүргізді. Содан кейін тараптар қазақ-венгр үкіметаралық комиссиясының оныншы отырысын өткізді.',
     D(2025, 4, 16),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 15), 'day', ['Мұрат Нұртілеу'])]),
    # what belongs to a visit told before ('дорожная карта визита', 'the programme of the visit') is that visit, not a new one
    ('Стороны обсудили подготовку официального визита Президента Казахстана в Венгрию во второй половине года. По словам министра, «дорожная карта» визита уже согласована.',
     D(2025, 4, 16),
     [('visit', 'planned', 'KAZ', 'HUN', 'KAZ', 'HUN', None, D(2025, 7, 1), 'month', [])]),
    ("The sides discussed preparations for the Kazakh President's official visit to Hungary in the second half of the year. The programme of the visit has already been agreed, the minister said.",
     D(2025, 4, 16),
     [('visit', 'planned', 'KAZ', 'HUN', 'KAZ', 'HUN', None, D(2025, 7, 1), 'month', [])]),
    # a visiting speaker who meets a community (общины, community, қауымдастығы) meets no state
    ('Председатель Хорватского сабора находится в Казахстане с официальным визитом 14-16 октября. Программа визита включает поездку в Алматы, где он встретится с представителями хорватской общины.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HRV', 'HRV', 'KAZ', None, D(2024, 10, 14), 'day', [])]),
    ('The Speaker of the Croatian Parliament is in Kazakhstan on an official visit on October 14-16. The programme of the visit includes a trip to Almaty, where he will meet the Croatian community.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HRV', 'HRV', 'KAZ', None, D(2024, 10, 14), 'day', [])]),
    ('Хорватия парламентінің төрағасы 14-16 қазанда Қазақстанда ресми сапармен жүр. Ол Алматыда хорват қауымдастығының өкілдерімен кездеседі.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HRV', 'HRV', 'KAZ', None, D(2024, 10, 14), 'day', [])]),
    # the sides named together as the subject ('the two leaders', 'главы двух государств', 'тараптар') stand for the officials told earlier
    ('President Kassym-Jomart Tokayev held talks with President of Mongolia Ukhnaagiin Khurelsukh in Astana on March 5. The two leaders last spoke by phone on January 12.',
     D(2025, 3, 5),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 5), 'day', ['Kassym-Jomart Tokayev', 'Ukhnaagiin Khurelsukh']),
      ('phone_call', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 1, 12), 'day', ['Kassym-Jomart Tokayev', 'Ukhnaagiin Khurelsukh'])]),
    ('Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Монголии Ухнаагийном Хурэлсухом в Астане 5 марта. Главы двух государств в последний раз общались по телефону 12 января.',
     D(2025, 3, 5),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 5), 'day', ['Касым-Жомарт Токаев', 'Ухнаагийн Хурэлсух']),
      ('phone_call', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 1, 12), 'day', ['Касым-Жомарт Токаев', 'Ухнаагийн Хурэлсух'])]),
    ('Мемлекет басшысы Қасым-Жомарт Тоқаев 5 наурызда Астанада Моңғолия Президенті Ухнаагийн Хурэлсухпен келіссөз жүргізді. Тараптар 12 қаңтарда телефон арқылы сөйлескен болатын.',
     D(2025, 3, 5),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 5), 'day', ['Қасым-Жомарт Тоқаев', 'Ухнаагийн Хурэлсух']),
      ('phone_call', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 1, 12), 'day', ['Қасым-Жомарт Тоқаев', 'Ухнаагийн Хурэлсух'])]),
    # ... but not when the other event is only what they talk about
    ('Deputy Prime Minister Roman Sklyar and Deputy Chairman of the Cabinet of Ministers of Turkmenistan Batyr Atdaev co-chaired the 12th meeting of the intergovernmental commission in Astana on May 15. The parties exchanged views on the topics discussed at the 11th meeting of the commission, held in Ashgabat in December 2021.',
     D(2023, 5, 15),
     [('council', 'held', 'KAZ', 'TKM', None, 'KAZ', 'Astana', D(2023, 5, 15), 'day', ['Roman Sklyar', 'Batyr Atdaev']),
      ('council', 'held', 'KAZ', 'TKM', None, 'TKM', 'Ashgabat', D(2021, 12, 1), 'month', [])]),
    ('Вице-премьер Роман Скляр и заместитель Председателя Кабинета министров Туркменистана Батыр Атдаев 15 мая в Астане провели 12-е заседание межправительственной комиссии. Стороны обсудили итоги 11-го заседания комиссии, прошедшего в Ашхабаде в декабре 2021 года.',
     D(2023, 5, 15),
     [('council', 'held', 'KAZ', 'TKM', None, 'KAZ', 'Astana', D(2023, 5, 15), 'day', ['Роман Скляр', 'Батыр Атдаев']),
      ('council', 'held', 'KAZ', 'TKM', None, 'TKM', 'Ashgabat', D(2021, 12, 1), 'month', [])]),
    # the hosts who co-chair a commission with a visiting minister take part in the visit
    ('Hungarian Foreign Minister Péter Szijjártó paid a working visit to Astana on May 12-14. On May 13 he and Minister of Industry Yersayin Nagaspayev co-chaired the 11th meeting of the intergovernmental commission in Astana.',
     D(2025, 5, 14),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Péter Szijjártó', 'Yersayin Nagaspayev']),
      ('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 5, 13), 'day', ['Yersayin Nagaspayev', 'Péter Szijjártó'])]),
    ('Министр иностранных дел Венгрии Петер Сийярто 12-14 мая находился в Астане с рабочим визитом. 13 мая он и министр промышленности Ерсайын Нагаспаев провели в Астане 11-е заседание межправительственной комиссии.',
     D(2025, 5, 14),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Петер Сийярто', 'Ерсайын Нагаспаев']),
      ('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 5, 13), 'day', ['Ерсайын Нагаспаев', 'Петер Сийярто'])]),
    ('Венгрия Сыртқы істер министрі Петер Сийярто 12-14 мамырда Астанаға жұмыс сапарымен келді. 13 мамырда Астанада ол Өнеркәсіп министрі Ерсайын Нағаспаевпен бірге үкіметаралық комиссияның 11-отырысын өткізді.',
     D(2025, 5, 14),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Петер Сийярто', 'Ерсайын Нағаспаев']),
      ('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 5, 13), 'day', ['Ерсайын Нағаспаев', 'Петер Сийярто'])]),
    # the evening closes the day told last: 'Вечером', 'In the evening', 'Кешке'
    ('President Kassym-Jomart Tokayev held talks with Prime Minister of Malaysia Anwar Ibrahim in Putrajaya on April 22. In the evening, a Kazakhstan-Malaysia business forum took place in Kuala Lumpur.',
     D(2025, 4, 24),
     [('talks', 'held', 'KAZ', 'MYS', None, 'MYS', 'Putrajaya', D(2025, 4, 22), 'day', ['Kassym-Jomart Tokayev', 'Anwar Ibrahim']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 4, 22), 'day', [])]),
    ('22 апреля в Путраджае Президент Касым-Жомарт Токаев провел переговоры с Премьер-министром Малайзии Анваром Ибрагимом. Вечером в Куала-Лумпуре прошел казахстанско-малайзийский бизнес-форум.',
     D(2025, 4, 24),
     [('talks', 'held', 'KAZ', 'MYS', None, 'MYS', 'Putrajaya', D(2025, 4, 22), 'day', ['Касым-Жомарт Токаев', 'Анвар Ибрагим']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 4, 22), 'day', [])]),
    ('22 сәуірде Путраджаяда Мемлекет басшысы Қасым-Жомарт Тоқаев Малайзия Премьер-министрі Анвар Ибрахиммен келіссөз жүргізді. Кешке Куала-Лумпурда Қазақстан-Малайзия бизнес-форумы өтті.',
     D(2025, 4, 24),
     [('talks', 'held', 'KAZ', 'MYS', None, 'MYS', 'Putrajaya', D(2025, 4, 22), 'day', ['Қасым-Жомарт Тоқаев', 'Анвар Ибрахим']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 4, 22), 'day', [])]),
    # a Kazakh event noun in the locative opening its sentence ('Форумда ...') is the event told; a city in '-тегі' qualifies another noun
    ('Кеше Алматыда Қазақстан-Пәкістан бизнес-форумы өтті. Форумда сөз сөйлеген министр инвесторларды Алматы мен Шымкенттегі арнайы экономикалық аймақтарға шақырды.',
     D(2025, 3, 5),
     [('forum', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Almaty', D(2025, 3, 4), 'day', [])]),
    # a name before 'palace' or 'сарайы' is a building's
    ('Сол күні Мемлекет басшысы Истана Негара сарайында Малайзия Премьер-министрі Анвар Ибрахиммен кездесті.',
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'MYS', None, None, None, D(2025, 4, 1), 'month', ['Анвар Ибрахим'])]),
    ('В тот же день Президент Казахстана в резиденции Истана Негара встретился с Премьер-министром Малайзии Анваром Ибрагимом.',
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'MYS', None, None, None, D(2025, 4, 1), 'month', ['Анвар Ибрагим'])]),
    ('The same day the President of Kazakhstan met Prime Minister of Malaysia Anwar Ibrahim at the Istana Negara Palace.',
     D(2025, 4, 22),
     [('talks', 'held', 'KAZ', 'MYS', None, None, None, D(2025, 4, 1), 'month', ['Anwar Ibrahim'])]),
    # one guest received by two hosts, one at a time, makes two meetings
    ('Бүгін Ақордада Тоқаев Грузия Парламентінің Төрағасы Шалва Папуашвилиді қабылдады. Папуашвили Мәжіліс Төрағасы Ерлан Қошановпен де кездесті.',
     D(2025, 11, 21),
     [('talks', 'held', 'KAZ', 'GEO', None, 'KAZ', 'Astana', D(2025, 11, 21), 'day', ['Қасым-Жомарт Тоқаев', 'Шалва Папуашвили']),
      ('talks', 'held', 'KAZ', 'GEO', None, None, None, D(2025, 11, 1), 'month', ['Шалва Папуашвили', 'Ерлан Қошанов'])]),
    ('Сегодня в Акорде Касым-Жомарт Токаев принял Председателя Парламента Грузии Шалву Папуашвили. Папуашвили также встретился с Председателем Мажилиса Ерланом Кошановым.',
     D(2025, 11, 21),
     [('talks', 'held', 'KAZ', 'GEO', None, 'KAZ', 'Astana', D(2025, 11, 21), 'day', ['Касым-Жомарт Токаев', 'Шалва Папуашвили']),
      ('talks', 'held', 'KAZ', 'GEO', None, None, None, D(2025, 11, 1), 'month', ['Шалва Папуашвили', 'Ерлан Кошанов'])]),
    ('Today Kassym-Jomart Tokayev received Chairman of the Parliament of Georgia Shalva Papuashvili at Akorda. Papuashvili also met with Chairman of the Mazhilis Yerlan Koshanov.',
     D(2025, 11, 21),
     [('talks', 'held', 'KAZ', 'GEO', None, 'KAZ', 'Astana', D(2025, 11, 21), 'day', ['Kassym-Jomart Tokayev', 'Shalva Papuashvili']),
      ('talks', 'held', 'KAZ', 'GEO', None, None, None, D(2025, 11, 1), 'month', ['Shalva Papuashvili', 'Yerlan Koshanov'])]),
    # a trip dated only by its report takes the days of the commission its traveller co-chaired before the talks of the trip date it by one day
    ('Turkish Trade Minister Omer Bolat co-chaired the 12th meeting of the Türkiye-Kazakhstan Joint Economic Commission, held in Astana on 12-13 May, with Deputy Prime Minister Serik Zhumangarin. On Monday, Bolat was received by Prime Minister Olzhas Bektenov. On the second day of his visit, the Turkish minister addressed the Türkiye-Kazakhstan Business Forum.',
     D(2025, 5, 14),
     [('council', 'held', 'KAZ', 'TUR', None, 'KAZ', 'Astana', D(2025, 5, 12), 'day', ['Omer Bolat', 'Serik Zhumangarin']),
      ('visit', 'held', 'KAZ', 'TUR', 'TUR', 'KAZ', None, D(2025, 5, 12), 'day', ['Omer Bolat', 'Olzhas Bektenov', 'Serik Zhumangarin']),
      ('forum', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 5, 13), 'day', ['Omer Bolat', 'Olzhas Bektenov'])]),
    # a call has no venue: the city of a summit it prepared is its topic, and the partner is the story's
    ('President Recep Tayyip Erdoğan met Kazakh President Kassym-Jomart Tokayev in Ankara on October 7. The two leaders last spoke by phone on Aug. 12, when they discussed preparations for the Gabala summit.',
     D(2025, 10, 8),
     [('talks', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2025, 10, 7), 'day', ['Recep Tayyip Erdoğan', 'Kassym-Jomart Tokayev']),
      ('phone_call', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 8, 12), 'day', ['Recep Tayyip Erdoğan', 'Kassym-Jomart Tokayev'])]),
    ('Президент Турции Реджеп Тайип Эрдоган 7 октября встретился в Анкаре с Президентом Казахстана Касым-Жомартом Токаевым. Последний раз лидеры говорили по телефону 12 августа, обсудив подготовку к саммиту в Габале.',
     D(2025, 10, 8),
     [('talks', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2025, 10, 7), 'day', ['Реджеп Тайип Эрдоган', 'Касым-Жомарт Токаев']),
      ('phone_call', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 8, 12), 'day', ['Реджеп Тайип Эрдоган', 'Касым-Жомарт Токаев'])]),
    ('Түркия Президенті Режеп Тайып Ердоған 7 қазанда Анкарада Қазақстан Президенті Қасым-Жомарт Тоқаевпен кездесті. Көшбасшылар 12 тамызда телефон арқылы сөйлесіп, Габаладағы саммитке дайындықты талқылаған болатын.',
     D(2025, 10, 8),
     [('talks', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2025, 10, 7), 'day', ['Режеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев']),
      ('phone_call', 'held', 'KAZ', 'TUR', None, None, None, D(2025, 8, 12), 'day', ['Режеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев'])]),
    # a group's own meeting is no bilateral talks; a meeting that 'did not take place' is none
    ('President of Mongolia Ukhnaagiin Khurelsukh, who is in Tianjin to attend the SCO Plus meeting of the Shanghai Cooperation Organization, held bilateral meetings. A meeting with President Kassym-Jomart Tokayev, initially on the schedule, did not take place owing to time constraints.',
     D(2025, 9, 1),
     []),
    ('Президент Монголии Ухнаагийн Хурэлсух находится в Тяньцзине на заседании ШОС. Встреча с Президентом Казахстана Касым-Жомартом Токаевым не состоялась из-за плотного графика.',
     D(2025, 9, 1),
     []),
    ('Моңғолия Президенті Ухнаагийн Хүрэлсүх Тяньцзиньде ШЫҰ отырысына қатысып жүр. Қазақстан Президенті Қасым-Жомарт Тоқаевпен кездесу уақыттың тығыздығына байланысты өтпеді.',
     D(2025, 9, 1),
     []),
    # a trip told in two cities of its host within a few days is one trip; 'Затем', 'Then' date by the day told before;
    # the forum on a day of the trip is in its host country, in no city named (the trip went on to Putrajaya)
    ('Prime Minister Olzhas Bektenov arrived in Kuala Lumpur on an official visit on August 11. On August 12 in Putrajaya, during the visit, he held talks with Prime Minister of Malaysia Anwar Ibrahim. Then the Kazakh Prime Minister addressed the business forum.',
     D(2025, 8, 13),
     [('visit', 'held', 'KAZ', 'MYS', 'KAZ', 'MYS', 'Kuala Lumpur', D(2025, 8, 11), 'day', ['Olzhas Bektenov', 'Anwar Ibrahim']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', None, D(2025, 8, 12), 'day', ['Olzhas Bektenov', 'Anwar Ibrahim'])]),
    ('Премьер-министр Олжас Бектенов 11 августа прибыл с официальным визитом в Куала-Лумпур. 12 августа в Путраджае в рамках визита он провел переговоры с Премьер-министром Малайзии Анваром Ибрагимом. Затем глава правительства Казахстана выступил на бизнес-форуме.',
     D(2025, 8, 13),
     [('visit', 'held', 'KAZ', 'MYS', 'KAZ', 'MYS', 'Kuala Lumpur', D(2025, 8, 11), 'day', ['Олжас Бектенов', 'Анвар Ибрагим']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', None, D(2025, 8, 12), 'day', ['Олжас Бектенов', 'Анвар Ибрагим'])]),
    ('Премьер-министр Олжас Бектенов 11 тамызда Куала-Лумпурға ресми сапармен келді. 12 тамызда Путраджаяда сапар аясында ол Малайзия Премьер-министрі Анвар Ибрахиммен келіссөз жүргізді. Содан кейін Қазақстан Үкіметінің басшысы бизнес-форумда сөз сөйледі.',
     D(2025, 8, 13),
     [('visit', 'held', 'KAZ', 'MYS', 'KAZ', 'MYS', 'Kuala Lumpur', D(2025, 8, 11), 'day', ['Олжас Бектенов', 'Анвар Ибрахим']),
      ('forum', 'held', 'KAZ', 'MYS', None, 'MYS', None, D(2025, 8, 12), 'day', ['Олжас Бектенов', 'Анвар Ибрахим'])]),
    # a commission and a council are two bodies: their sessions do not merge
    ('Kazakhstan and Azerbaijan discussed preparations for the first meeting of the Supreme Interstate Council. The 20th meeting of the intergovernmental commission will be held in Astana in 2024.',
     D(2023, 11, 10),
     [('council', 'planned', 'KAZ', 'AZE', None, None, None, None, None, []),
      ('council', 'planned', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 1, 1), 'year', [])]),
    ('Казахстан и Азербайджан обсудили подготовку первого заседания Высшего межгосударственного совета. Двадцатое заседание межправительственной комиссии пройдет в Астане в 2024 году.',
     D(2023, 11, 10),
     [('council', 'planned', 'KAZ', 'AZE', None, None, None, None, None, []),
      ('council', 'planned', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 1, 1), 'year', [])]),
    ('Қазақстан мен Әзербайжан Жоғары мемлекетаралық кеңестің бірінші отырысына дайындықты талқылады. Үкіметаралық комиссияның 20-отырысы 2024 жылы Астанада өтеді.',
     D(2023, 11, 10),
     [('council', 'planned', 'KAZ', 'AZE', None, None, None, None, None, []),
      ('council', 'planned', 'KAZ', 'AZE', None, 'KAZ', 'Astana', D(2024, 1, 1), 'year', [])]),
    # a semicolon joins two statements, each with its own tense and time; 'собралась', 'convened', 'жиналды' tell a held session
    ('Межправкомиссия Казахстана и Узбекистана собралась в Ташкенте; очередное заседание Высшего межгосударственного совета пройдет во второй половине года.',
     D(2025, 3, 13),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 1), 'month', [])]),
    ('The Kazakhstan-Uzbekistan intergovernmental commission convened in Tashkent; the next meeting of the Supreme Interstate Council will take place in the second half of the year.',
     D(2025, 3, 13),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 1), 'month', [])]),
    ('Қазақстан-Өзбекстан үкіметаралық комиссиясы Ташкентте жиналды; Жоғары мемлекетаралық кеңестің кезекті отырысы жылдың екінші жартысында өтеді.',
     D(2025, 3, 13),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 1), 'month', []),
      ('council', 'planned', 'KAZ', 'UZB', None, None, None, D(2025, 7, 1), 'month', [])]),
    # a trip told over when reported: its untold events take the day the report is telling
    ('Президент 10-11 наурыз күндері Вьетнамда мемлекеттік сапармен болды. Ұшақ 10 наурыз күні таңертең Ханой әуежайына қонды. Келіссөздер қорытындысы бойынша тараптар 12 құжатқа қол қойды. Кешке Ханойда Қазақстан-Вьетнам бизнес-форумы өтті.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', []),
      ('forum', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 10), 'day', [])]),
    ('Президент Казахстана 10-11 марта находился во Вьетнаме с государственным визитом. Самолет главы государства приземлился в аэропорту Ханоя утром 10 марта. По итогам переговоров стороны подписали 12 документов. Вечером в Ханое прошел казахстанско-вьетнамский бизнес-форум.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', []),
      ('forum', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 10), 'day', [])]),
    ('President Tokayev paid a state visit to Vietnam on March 10-11. His plane landed at Hanoi airport on the morning of March 10. Following the talks, the sides signed 12 documents. In the evening, the Kazakhstan-Vietnam business forum took place in Hanoi.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', ['Kassym-Jomart Tokayev']),
      ('forum', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 10), 'day', ['Kassym-Jomart Tokayev'])]),
    # the second day moves the narrative on
    ('Президент 10-11 наурыз күндері Вьетнамда мемлекеттік сапармен болды. Ұшақ 10 наурыз күні таңертең Ханой әуежайына қонды. Сапардың екінші күні Ханойда Қазақстан-Вьетнам бизнес-форумы өтті. Форум қорытындысы бойынша тараптар 12 құжатқа қол қойды.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', []),
      ('forum', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 11), 'day', [])]),
    ('President Tokayev paid a state visit to Vietnam on March 10-11. His plane landed at Hanoi airport on the morning of March 10. On the second day of the visit, the Kazakhstan-Vietnam business forum took place in Hanoi. The sides signed 12 documents at the forum.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', ['Kassym-Jomart Tokayev']),
      ('forum', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 11), 'day', ['Kassym-Jomart Tokayev'])]),
    # a trip under way when reported is left to the older rules (its days, the report's day): no narrative day
    ('Президент Казахстана 10-12 марта находится во Вьетнаме с государственным визитом. По итогам переговоров стороны подписали 12 документов.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', [])]),
    ('President Tokayev is paying a state visit to Vietnam on March 10-12. Following the talks, the sides signed 12 documents.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', ['Kassym-Jomart Tokayev'])]),
    ('Президент 10-12 наурыз күндері Вьетнамда мемлекеттік сапармен жүр. Келіссөздер қорытындысы бойынша тараптар 12 құжатқа қол қойды.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', [])]),
    # a day told looking back dates its own event, not what follows
    ('Вице-премьер 10-11 наурыз күндері Бакуде жұмыс сапарымен болды. Кеше, 10 наурызда, Бакуде үкіметаралық комиссияның отырысы өтті. Келіссөздер қорытындысы бойынша құжаттар топтамасына қол қойылды.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 3, 10), 'day', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2025, 3, 10), 'day', [])]),
    ('Вице-премьер Казахстана 10-11 марта находился в Баку с рабочим визитом. Накануне, 10 марта, в Баку прошло заседание межправительственной комиссии. По итогам переговоров подписан пакет документов.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 3, 10), 'day', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2025, 3, 10), 'day', [])]),
    ("Kazakhstan's Deputy Prime Minister was on a working visit to Baku on March 10-11. The day before, on March 10, the intergovernmental commission met in Baku. Following the talks, a package of documents was signed.",
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 3, 10), 'day', []),
      ('council', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2025, 3, 10), 'day', [])]),
    # the page's date line is no day of the story
    ('11.03.2025 19:40\nПрезидент 10-11 наурыз күндері Вьетнамда мемлекеттік сапармен болды. Келіссөздер қорытындысы бойынша тараптар 12 құжатқа қол қойды.',
     D(2025, 3, 11),
     [('visit', 'held', 'KAZ', 'VNM', 'KAZ', 'VNM', None, D(2025, 3, 10), 'day', [])]),
    # таңертең (in the morning) tells no plan (ертең, tomorrow)
    ('Сыртқы істер министрі 10 наурыз күні таңертең Ханойда Вьетнамның Сыртқы істер министрімен кездесті.',
     D(2025, 3, 12),
     [('talks', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 10), 'day', [])]),
    # documents signed: подписали документы; documents for a sum are deals
    ('Казахстан и Вьетнам 10 марта подписали 12 документов о сотрудничестве.',
     D(2025, 3, 12),
     [('signing', 'held', 'KAZ', 'VNM', None, None, None, D(2025, 3, 10), 'day', [])]),
    ('Казахстан и Вьетнам 10 марта подписали документы на $2,5 млрд.',
     D(2025, 3, 12),
     []),
    ('Kazakhstan and Vietnam signed documents worth $2.5 billion on March 10.',
     D(2025, 3, 12),
     []),
    # what was signed is a whole word: 'amount' holds no 'MoU'
    ('Kazakh and Vietnamese ministers signed in Hanoi on March 10; the amount was not disclosed.',
     D(2025, 3, 12),
     []),
    ('Kazakh and Vietnamese ministers signed an MoU in Hanoi on March 10; the amount was not disclosed.',
     D(2025, 3, 12),
     [('signing', 'held', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2025, 3, 10), 'day', [])]),
    # a signing 'following the session' takes the session's day
    ('Бүгін Астанада Қазақстан-Пәкістан үкіметаралық комиссиясының бесінші отырысы өтті. Делегация құрамында 20 компания өкілдері бар. Отырыс қорытындысы бойынша тараптар бірқатар құжаттарға қол қойды.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Astana', D(2025, 11, 20), 'day', [])]),
    ('21 апреля в Астане прошло заседание казахстанско-венгерской межправительственной комиссии. В работе комиссии приняли участие более 100 предпринимателей. По итогам заседания подписан пакет документов.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', [])]),
    ('The Kazakhstan-Hungary intergovernmental commission met in Astana on April 21. More than 100 entrepreneurs took part. Following the session, the sides signed a package of documents.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', [])]),
    # a protocol signed at a session is the session's minutes, not a signing of its own
    ('Бүгін Астанада Қазақстан-Пәкістан үкіметаралық комиссиясының бесінші отырысы өтті. Делегация құрамында 20 компания өкілдері бар. Отырыс қорытындысы бойынша тараптар комиссия хаттамасына қол қойды.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'PAK', None, 'KAZ', 'Astana', D(2025, 11, 20), 'day', [])]),
    ('Первое заседание межправительственной комиссии Казахстана и Венгрии прошло в марте 2019 года. По итогам заседания подписан протокол.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, None, None, D(2019, 3, 1), 'month', [])]),
    ('Кеше Ереванда Қазақстан-Армения үкіметаралық комиссиясының отырысы өтті. Суретте: тең төрағалар хаттамаға қол қою рәсімінде.',
     D(2025, 6, 7),
     [('council', 'held', 'KAZ', 'ARM', None, 'ARM', 'Yerevan', D(2025, 6, 6), 'day', [])]),
    ('The Kazakhstan-Hungary intergovernmental commission met in Astana on April 21. More than 100 entrepreneurs took part. The co-chairs discussed transport and energy. Following the talks, the co-chairs signed the protocol of the meeting.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', [])]),
    # a protocol on something is a treaty, signed as one
    ('21 апреля в Астане прошло заседание казахстанско-венгерской межправительственной комиссии. В тот же день министры иностранных дел подписали Протокол о внесении изменений в Соглашение о безвизовом режиме.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', []),
      ('signing', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', [])]),
    ('Кеше Ереванда Қазақстан-Армения үкіметаралық комиссиясының отырысы өтті. Сондай-ақ тараптар визасыз режим туралы хаттамаға қол қойды.',
     D(2025, 6, 7),
     [('council', 'held', 'KAZ', 'ARM', None, 'ARM', 'Yerevan', D(2025, 6, 6), 'day', []),
      ('signing', 'held', 'KAZ', 'ARM', None, 'ARM', 'Yerevan', D(2025, 6, 6), 'day', [])]),
    ('The Kazakhstan-Hungary intergovernmental commission met in Astana on April 21. The ministers also signed a protocol on amendments to the air services agreement.',
     D(2025, 4, 25),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', []),
      ('signing', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 4, 21), 'day', [])]),
    # a protocol with no session told near is a signing
    ('Казахстан и Венгрия подписали протокол о сотрудничестве в области туризма.',
     D(2025, 4, 25),
     [('signing', 'held', 'KAZ', 'HUN', None, None, None, D(2025, 4, 1), 'month', [])]),
    # a sentence right after a session told with no day, naming the session and one day, dates it
    ('Венгрия министрі Астанаға үкіметаралық комиссияның 11-отырысына қатысу үшін келді. Сейсенбі күні өткен отырысқа комиссияның тең төрағалары төрағалық етті.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 11, 1), 'month', [])]),
    ('Министр Венгрии прибыл в Астану для участия в 11-м заседании межправительственной комиссии. Заседание, прошедшее во вторник, провели сопредседатели комиссии.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 11, 1), 'month', [])]),
    ('The Hungarian minister came to Astana for the 11th meeting of the intergovernmental commission. The session, held on Tuesday, was chaired by the co-chairs.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 11, 1), 'month', [])]),
    # not when the next sentence speaks of something else
    ('Министр Венгрии прибыл в Астану для участия в 11-м заседании межправительственной комиссии. Во вторник он посетил университет.',
     D(2025, 11, 20),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 11, 1), 'month', [])]),
    # a day told in a coordinated predicate that plans is not the day of what was held, and a plant visited is no trip
    ("Kazakh Deputy Prime Minister Serik Zhumangarin arrived in Seoul on Monday for a three-day visit. He also held talks with Korean Industry Minister Kim Jung-kwan and is scheduled to visit Hyundai Motor's plant in Ulsan on Wednesday.",
     D(2025, 9, 16),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2025, 9, 15), 'day', ['Serik Zhumangarin', 'Kim Jung-kwan'])]),
    ('Вице-премьер Казахстана Серик Жумангарин в понедельник прибыл в Сеул с трехдневным визитом. Он также провел переговоры с министром промышленности Кореи Ким Чжон Гваном и в среду посетит завод Hyundai в Ульсане.',
     D(2025, 9, 16),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2025, 9, 15), 'day', ['Серик Жумангарин', 'Ким Чжон Гван'])]),
    ('Қазақстан Премьер-министрінің орынбасары Серік Жұманғарин дүйсенбіде Сеулге үш күндік сапармен келді. Ол Корея өнеркәсіп министрі Ким Чжон Гванмен келіссөз жүргізіп, сәрсенбіде Ульсандағы Hyundai зауытына барады.',
     D(2025, 9, 16),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2025, 9, 15), 'day', ['Серік Жұманғарин', 'Ким Чжон Гван'])]),
    # the day of the held talks stays when it is told in their own predicate
    ('Kazakh Foreign Minister Murat Nurtleu held talks with Korean Foreign Minister Cho Tae-yul in Seoul on Monday and is scheduled to visit a Samsung plant on Wednesday.',
     D(2025, 9, 16),
     [('talks', 'held', 'KAZ', 'KOR', None, 'KOR', 'Seoul', D(2025, 9, 1), 'month', ['Murat Nurtleu', 'Cho Tae-yul'])]),
    # a signing told with 'also' right after a session that told its day takes that day
    ('Hungarian Foreign Minister Péter Szijjártó arrived in Astana on Tuesday, where he co-chaired the ninth session of the Hungarian-Kazakh Intergovernmental Commission with Kazakh Foreign Minister Murat Nurtleu. The two sides also signed agreements on cooperation in geology.',
     D(2025, 6, 4),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Péter Szijjártó', 'Murat Nurtleu']),
      ('signing', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', [])]),
    ('Министр иностранных дел Венгрии Петер Сийярто прибыл во вторник в Астану, где вместе с министром иностранных дел Казахстана Муратом Нуртлеу провел девятое заседание венгерско-казахстанской межправительственной комиссии. Стороны также подписали соглашения о сотрудничестве в области геологии.',
     D(2025, 6, 4),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Петер Сийярто', 'Мурат Нуртлеу']),
      ('signing', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', [])]),
    ('Венгрия Сыртқы істер министрі Петер Сийярто сейсенбіде Астанаға келіп, Қазақстан Сыртқы істер министрі Мұрат Нұртілеумен бірге венгр-қазақ үкіметаралық комиссиясының тоғызыншы отырысын өткізді. Сондай-ақ тараптар геология саласындағы ынтымақтастық туралы келісімдерге қол қойды.',
     D(2025, 6, 4),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Петер Сийярто', 'Мұрат Нұртілеу']),
      ('signing', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', [])]),
    # not without the additive particle: the signing keeps its own time
    ('Hungarian Foreign Minister Péter Szijjártó arrived in Astana on Tuesday, where he co-chaired the ninth session of the Hungarian-Kazakh Intergovernmental Commission with Kazakh Foreign Minister Murat Nurtleu. In May the two governments signed an agreement on cooperation in geology.',
     D(2025, 6, 4),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Péter Szijjártó', 'Murat Nurtleu']),
      ('signing', 'held', 'KAZ', 'HUN', None, None, None, D(2025, 6, 1), 'month', [])]),
    # a session told by the Russian past participle 'прошедшего' was held
    ('Стороны рассмотрели ход выполнения решений заседания казахстанско-пакистанской межправительственной комиссии, прошедшего в апреле этого года в Исламабаде.',
     D(2025, 6, 6),
     [('council', 'held', 'KAZ', 'PAK', None, 'PAK', 'Islamabad', D(2025, 4, 1), 'month', [])]),
    # talks on the sidelines of a one-day summit told before them take its day, its city and that city's country
    ('Бүгін Бішкекте Түркі мемлекеттері ұйымының саммиті өтті. Саммит кулуарында Қасым-Жомарт Тоқаев Әзербайжан Президенті Ілхам Әлиевпен кездесті.',
     D(2024, 11, 6),
     [('talks', 'held', 'KAZ', 'AZE', None, 'KGZ', 'Bishkek', D(2024, 11, 6), 'day', ['Қасым-Жомарт Тоқаев', 'Ілхам Әлиев'])]),
    ('Во вторник в Бишкеке прошел саммит Организации тюркских государств. На полях саммита Касым-Жомарт Токаев встретился с Президентом Азербайджана Ильхамом Алиевым.',
     D(2024, 11, 8),
     [('talks', 'held', 'KAZ', 'AZE', None, 'KGZ', 'Bishkek', D(2024, 11, 1), 'month', ['Касым-Жомарт Токаев', 'Ильхам Алиев'])]),
    ('The summit of the Organization of Turkic States took place in Bishkek on Wednesday. On the sidelines of the summit, Kassym-Jomart Tokayev met with Azerbaijani President Ilham Aliyev.',
     D(2024, 11, 8),
     [('talks', 'held', 'KAZ', 'AZE', None, 'KGZ', 'Bishkek', D(2024, 11, 1), 'month', ['Kassym-Jomart Tokayev', 'Ilham Aliyev'])]),
    # not a summit of several days, nor one the talks' own sentence dates otherwise
    ('The SCO summit was held in Tianjin on August 31 - September 1. On its sidelines, Kassym-Jomart Tokayev met with Pakistani Prime Minister Shehbaz Sharif.',
     D(2025, 9, 2),
     [('talks', 'held', 'KAZ', 'PAK', None, 'CHN', 'Tianjin', D(2025, 9, 1), 'month', ['Kassym-Jomart Tokayev', 'Shehbaz Sharif'])]),
    ('Во вторник в Бишкеке прошел саммит Организации тюркских государств. В сентябре Касым-Жомарт Токаев встретился с Президентом Азербайджана Ильхамом Алиевым в Баку.',
     D(2024, 11, 8),
     [('talks', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 9, 1), 'month', ['Касым-Жомарт Токаев', 'Ильхам Алиев'])]),
    # a trip of the pair recalled from long before does not keep the gathering's day from the talks
    ('Сейсенбі күні Қасым-Жомарт Тоқаев БҰҰ Бас Ассамблеясының жалпы дебатында сөз сөйледі. Жалпы дебаттан кейін Мемлекет басшысы Катар Әмірі Тамим бин Хамад Әл Санимен кездесті. Тоқаев 2024 жылғы ақпанда Дохаға жасаған мемлекеттік сапарын еске алды.',
     D(2025, 9, 24),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2025, 9, 1), 'month', ['Тамим бин Хамад Әл Сани', 'Қасым-Жомарт Тоқаев']),
      ('visit', 'held', 'KAZ', 'QAT', 'KAZ', 'QAT', 'Doha', D(2024, 2, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    ('Во вторник Касым-Жомарт Токаев выступил на общих дебатах Генеральной Ассамблеи ООН. После общих дебатов Глава государства встретился с Эмиром Катара Тамимом бин Хамадом Аль Тани. Токаев напомнил о своем государственном визите в Доху в феврале 2024 года.',
     D(2025, 9, 24),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2025, 9, 1), 'month', ['Тамим бин Хамад Аль Тани', 'Касым-Жомарт Токаев']),
      ('visit', 'held', 'KAZ', 'QAT', 'KAZ', 'QAT', 'Doha', D(2024, 2, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('On Tuesday, Kassym-Jomart Tokayev addressed the general debate of the UN General Assembly. After the debate, the President met with the Emir of Qatar Sheikh Tamim bin Hamad Al Thani. Tokayev recalled his state visit to Doha in February 2024.',
     D(2025, 9, 24),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2025, 9, 1), 'month', ['Tamim bin Hamad Al Thani', 'Kassym-Jomart Tokayev']),
      ('visit', 'held', 'KAZ', 'QAT', 'KAZ', 'QAT', 'Doha', D(2024, 2, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    # a short Russian city in -а declines: 'в Доху', 'в Вене'
    ('Министр иностранных дел Казахстана прибыл в Доху, где провел переговоры с министром иностранных дел Катара.',
     D(2025, 3, 12),
     [('visit', 'held', 'KAZ', 'QAT', 'KAZ', 'QAT', 'Doha', D(2025, 3, 1), 'month', [])]),
    ('Министр иностранных дел Австрии провел переговоры с казахстанским коллегой в Вене.',
     D(2025, 3, 12),
     [('talks', 'held', 'KAZ', 'AUT', None, 'AUT', 'Vienna', D(2025, 3, 1), 'month', [])]),
    # a city the visitors will see tomorrow during the visit is a leg of that visit, not a trip of its own
    ('Президент Казахстана прибыл в Баку с государственным визитом. Завтра казахстанская делегация посетит Шушу.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 5, 1), 'month', [])]),
    ('Қазақстан Президенті Бакуге мемлекеттік сапармен келді. Ертең қазақстандық делегация Шушаға барады.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 5, 1), 'month', [])]),
    ('The President of Kazakhstan arrived in Baku on a state visit. Tomorrow the Kazakh delegation will visit Shusha.',
     D(2025, 5, 22),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2025, 5, 1), 'month', [])]),
    # meetings held one by one with several sides: one meeting per country, each with its officials
    ('On the sidelines of the Astana International Forum, Kazakh Foreign Minister Murat Nurtleu held bilateral meetings with Minister of Foreign Affairs of Oman Sayyid Badr Albusaidi, Minister of Foreign Affairs of Serbia Marko Đurić and Deputy Minister of Foreign Affairs of Indonesia Anis Matta.',
     D(2025, 5, 29),
     [('talks', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2025, 5, 1), 'month', ['Murat Nurtleu', 'Sayyid Badr Albusaidi']),
      ('talks', 'held', 'KAZ', 'SRB', None, 'KAZ', 'Astana', D(2025, 5, 1), 'month', ['Murat Nurtleu', 'Marko Đurić']),
      ('talks', 'held', 'KAZ', 'IDN', None, 'KAZ', 'Astana', D(2025, 5, 1), 'month', ['Murat Nurtleu', 'Anis Matta'])]),
    ('На полях Астанинского международного форума министр иностранных дел Казахстана Мурат Нуртлеу провел отдельные встречи с министром иностранных дел Омана Бадром Альбусаиди и министром иностранных дел Сербии Марко Джуричем.',
     D(2025, 5, 29),
     [('talks', 'held', 'KAZ', 'OMN', None, None, None, D(2025, 5, 1), 'month', ['Мурат Нуртлеу', 'Бадр Альбусаиди']),
      ('talks', 'held', 'KAZ', 'SRB', None, None, None, D(2025, 5, 1), 'month', ['Мурат Нуртлеу', 'Марко Джурич'])]),
    ('Астана халықаралық форумы аясында Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Оман Сыртқы істер министрі Бадр Әл-Бусаидимен және Сербия Сыртқы істер министрі Марко Джуричпен жеке-жеке кездесулер өткізді.',
     D(2025, 5, 29),
     [('talks', 'held', 'KAZ', 'OMN', None, 'KAZ', 'Astana', D(2025, 5, 1), 'month', ['Мұрат Нұртілеу', 'Бадр Әл-Бусаиди']),
      ('talks', 'held', 'KAZ', 'SRB', None, 'KAZ', 'Astana', D(2025, 5, 1), 'month', ['Мұрат Нұртілеу', 'Марко Джурич'])]),
    # one meeting of three is not split
    ('Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен және Қырғызстан Президенті Садыр Жапаровпен үшжақты кездесу өткізді.',
     D(2025, 5, 29),
     []),
    ('Касым-Жомарт Токаев провел трехстороннюю встречу с Президентом Узбекистана Шавкатом Мирзиёевым и Президентом Кыргызстана Садыром Жапаровым.',
     D(2025, 5, 29),
     []),
    ('Kassym-Jomart Tokayev held a trilateral meeting with Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov.',
     D(2025, 5, 29),
     []),
    # a third country's leader arriving in a third country's city is no trip of Kazakhstan's
    ('Turkish President Recep Tayyip Erdogan met Kazakh President Kassym-Jomart Tokayev on Tuesday in Gabala. Erdogan, who arrived in Gabala on Monday evening, also held separate meetings with Azerbaijani President Ilham Aliyev and Uzbek President Shavkat Mirziyoyev.',
     D(2025, 10, 8),
     [('talks', 'held', 'KAZ', 'TUR', None, 'AZE', 'Gabala', D(2025, 10, 1), 'month', ['Recep Tayyip Erdogan', 'Kassym-Jomart Tokayev'])]),
    # a gathering told 'yesterday' or only by the wire's day dates the talks after it; a summary of 'a number of meetings' or 'four counterparts' is no meeting of its own
    ('Минскіде кеше өткен Еуразиялық үкіметаралық кеңестің отырысы аясында Премьер-министр Олжас Бектенов бірқатар екіжақты кездесу өткізді. Үкімет басшысы алдымен Беларусь Премьер-министрі Александр Турчинмен кездесті.',
     D(2026, 2, 13),
     [('talks', 'held', 'KAZ', 'BLR', None, 'BLR', 'Minsk', D(2026, 2, 12), 'day', ['Александр Турчин', 'Олжас Бектенов'])]),
    ('Вчера в Минске на полях заседания Евразийского межправительственного совета Премьер-министр Олжас Бектенов провел несколько двусторонних встреч. Сначала глава правительства встретился с Премьер-министром Беларуси Александром Турчиным.',
     D(2026, 2, 13),
     [('talks', 'held', 'KAZ', 'BLR', None, 'BLR', 'Minsk', D(2026, 2, 12), 'day', ['Александр Турчин', 'Олжас Бектенов'])]),
    ('Yesterday, on the sidelines of the Eurasian Intergovernmental Council meeting in Minsk, Prime Minister Olzhas Bektenov held several bilateral meetings. He first met Belarusian Prime Minister Alexander Turchin.',
     D(2026, 2, 13),
     [('talks', 'held', 'KAZ', 'BLR', None, 'BLR', 'Minsk', D(2026, 2, 12), 'day', ['Olzhas Bektenov', 'Alexander Turchin'])]),
    ('ALMATY, February 6. Kazinform - The meeting of the Eurasian Intergovernmental Council took place in Almaty. Bektenov met four counterparts. He met Kyrgyz Chairman of the Cabinet of Ministers Adylbek Kasymaliev and discussed the border trade hub to be launched this year.',
     D(2026, 2, 7),
     [('talks', 'held', 'KAZ', 'KGZ', None, 'KAZ', 'Almaty', D(2026, 2, 6), 'day', ['Adylbek Kasymaliev'])]),
    # a feed of one day's posts, each under its time of day: events told with no day are that day's
    ('MFA of Kazakhstan\nDate: 15.10.2024\n\n13:37\nFirst Deputy Minister of Foreign Affairs Akan Rakhmetullin received the Ambassador of Indonesia to Kazakhstan Hendra Saputra.\n\n17:52\nMinister of Foreign Affairs of Kazakhstan Murat Nurtleu held a telephone conversation with the Minister of Foreign Affairs of Pakistan Ishaq Dar.',
     D(2024, 10, 15),
     [('talks', 'held', 'KAZ', 'IDN', None, None, None, D(2024, 10, 15), 'day', ['Akan Rakhmetullin', 'Hendra Saputra']),
      ('phone_call', 'held', 'KAZ', 'PAK', None, None, None, D(2024, 10, 15), 'day', ['Murat Nurtleu', 'Ishaq Dar'])]),
    ('МИД Казахстана\nДата: 15.10.2024\n\n13:37\nПервый заместитель министра иностранных дел Акан Рахметуллин принял посла Индонезии в Казахстане Мухаммада Рашида.\n\n17:52\nМинистр иностранных дел Казахстана Мурат Нуртлеу провел телефонный разговор с министром иностранных дел Пакистана Исхаком Даром.',
     D(2024, 10, 15),
     [('talks', 'held', 'KAZ', 'IDN', None, None, None, D(2024, 10, 15), 'day', ['Акан Рахметуллин', 'Мухаммад Рашид']),
      ('phone_call', 'held', 'KAZ', 'PAK', None, None, None, D(2024, 10, 15), 'day', ['Мурат Нуртлеу', 'Исхак Дар'])]),
    ('ҚР СІМ\nКүні: 15.10.2024\n\n13:37\nСыртқы істер бірінші вице-министрі Ақан Рахметуллин Индонезияның Қазақстандағы елшісі Хендра Сапутраны қабылдады.\n\n17:52\nҚазақстан Сыртқы істер министрі Мұрат Нұртілеу Пәкістан Сыртқы істер министрі Исхак Дармен телефон арқылы сөйлесті.',
     D(2024, 10, 15),
     [('talks', 'held', 'KAZ', 'IDN', None, None, None, D(2024, 10, 15), 'day', ['Ақан Рахметуллин', 'Хендра Сапутра']),
      ('phone_call', 'held', 'KAZ', 'PAK', None, None, None, D(2024, 10, 15), 'day', ['Мұрат Нұртілеу', 'Исхак Дар'])]),
    # a visit that 'continues' today spans back to the day of its events told as 'yesterday', and the sentence's opening 'Yesterday,' dates them
    ('Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko continues his working visit to Baku. Yesterday, within the framework of the visit, the regular round of Kazakh-Azerbaijani political consultations was held at the Ministry of Foreign Affairs of Azerbaijan.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2024, 10, 14), 'day', ['Roman Vassilenko']),
      ('consultations', 'held', 'KAZ', 'AZE', None, 'AZE', None, D(2024, 10, 14), 'day', ['Roman Vassilenko'])]),
    ('Заместитель министра иностранных дел Казахстана Роман Василенко продолжает рабочий визит в Баку. Вчера, в рамках визита, в МИД Азербайджана состоялся очередной раунд казахстанско-азербайджанских политических консультаций.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2024, 10, 14), 'day', ['Роман Василенко']),
      ('consultations', 'held', 'KAZ', 'AZE', None, 'AZE', None, D(2024, 10, 14), 'day', ['Роман Василенко'])]),
    ('Қазақстан Сыртқы істер министрінің орынбасары Роман Василенко Бакудегі жұмыс сапарын жалғастыруда. Кеше, сапар аясында, Әзербайжан СІМ-інде қазақстан-әзербайжан саяси консультацияларының кезекті раунды өтті.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'AZE', 'KAZ', 'AZE', 'Baku', D(2024, 10, 14), 'day', ['Роман Василенко']),
      ('consultations', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 10, 14), 'day', ['Роман Василенко'])]),
    # a post's time after its view counter marks a feed of the day; 'келер айда' is the coming month
    ('ҚР СІМ\n— 18.06.2024 —\n\nСыртқы істер министрінің орынбасары Әлібек Бақаев Катардың Қазақстандағы елшісі Абдулла бин Насер Әл-Хулайфимен кездесті. Кездесуде Катар Әмірі Тамим бин Хамад Әл Танидің келер айда Қазақстанға жасайтын мемлекеттік сапарына дайындық талқыланды.\n👁 5,3K · 09:15',
     D(2024, 6, 18),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2024, 6, 18), 'day', ['Әлібек Бақаев', 'Абдулла бин Насер Әл-Хулайфи']),
      ('visit', 'planned', 'KAZ', 'QAT', 'QAT', 'KAZ', None, D(2024, 7, 1), 'month', ['Тамим бин Хамад Әл Тани'])]),
    ('МИД РК\n— 18.06.2024 —\n\nЗаместитель министра иностранных дел Алибек Бакаев встретился с послом Катара в Казахстане Мухаммадом Рашидом.\n👁 5,3K · 09:15',
     D(2024, 6, 18),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2024, 6, 18), 'day', ['Алибек Бакаев', 'Мухаммад Рашид'])]),
    ('MFA of Kazakhstan\n— 18.06.2024 —\n\nDeputy Foreign Minister Alibek Bakayev met with the Ambassador of Qatar to Kazakhstan Abdulla bin Nasser Al-Khulaifi.\n👁 5.3K · 09:15',
     D(2024, 6, 18),
     [('talks', 'held', 'KAZ', 'QAT', None, None, None, D(2024, 6, 18), 'day', ['Alibek Bakayev', 'Abdulla bin Nasser Al-Khulaifi'])]),
    # a review told month by month: the month heading a paragraph dates its held events that tell no date of their own
    ('Дипломатиялық жыл қорытындысы\n\nҚаңтар. Жыл Моңғолия Президенті Ухнаагийн Хүрэлсүхтің Астанаға мемлекеттік сапарымен басталды.\n\nҚыркүйек. Германия Федералдық канцлері Олаф Шольц Қазақстанға ресми сапармен келді.',
     D(2024, 12, 28),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 1, 1), 'month', ['Ухнаагийн Хүрэлсүх']),
      ('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', None, D(2024, 9, 1), 'month', ['Олаф Шольц'])]),
    ('Дипломатический год\n\nЯнварь. Год начался с государственного визита Президента Монголии Ухнаагийн Хурэлсуха в Астану.\n\nСентябрь. Федеральный канцлер Германии Олаф Шольц посетил Казахстан с официальным визитом.',
     D(2024, 12, 28),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 1, 1), 'month', ['Ухнаагийн Хурэлсух']),
      ('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', None, D(2024, 9, 1), 'month', ['Олаф Шольц'])]),
    ('The year in diplomacy\n\nJanuary. The year began with the state visit of Mongolian President Ukhnaagiin Khurelsukh to Astana.\n\nSeptember: German Chancellor Olaf Scholz paid an official visit to Kazakhstan.',
     D(2024, 12, 28),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 1, 1), 'month', ['Ukhnaagiin Khurelsukh']),
      ('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', None, D(2024, 9, 1), 'month', ['Olaf Scholz'])]),
    # a heading line of its own; a forum held during the visit takes the visit's days, not the heading's month
    ('Итоги года\n\nОктябрь: государственный визит\n\nПрезидент Монголии Ухнаагийн Хурэлсух посетил Казахстан с государственным визитом 22-23 октября. В рамках визита прошел монгольско-казахстанский бизнес-форум.',
     D(2024, 12, 28),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', None, D(2024, 10, 22), 'day', ['Ухнаагийн Хурэлсух']),
      ('forum', 'held', 'KAZ', 'MNG', None, 'KAZ', None, D(2024, 10, 22), 'day', ['Ухнаагийн Хурэлсух'])]),
    # a month named inside a sentence is no heading; a plan keeps its own time
    ('Қаңтарда Моңғолия Президенті Ухнаагийн Хүрэлсүх Астанаға мемлекеттік сапармен келді.',
     D(2024, 12, 28),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 1, 1), 'month', ['Ухнаагийн Хүрэлсүх'])]),
    ('Қаңтар. Келесі жылы Жапония Премьер-министрі Қазақстанға сапармен келеді.',
     D(2024, 12, 28),
     [('visit', 'planned', 'KAZ', 'JPN', 'JPN', 'KAZ', None, D(2025, 1, 1), 'year', [])]),
    # the narrative goes on in the same paragraph: talks told right after a dated visit, with no time of their own, take the visit's time
    ('Дипломатия қорытындысы\n\nСәуірде Астанаға Мысыр Президенті Абдель Фаттах әс-Сиси мемлекеттік сапармен келді. Қасым-Жомарт Тоқаев пен мысырлық көшбасшының келіссөздері 12 құжатқа қол қоюмен аяқталды.',
     D(2025, 12, 26),
     [('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2025, 4, 1), 'month', ['Абдель Фаттах әс-Сиси', 'Қасым-Жомарт Тоқаев']),
      ('signing', 'held', 'KAZ', 'EGY', None, None, None, D(2025, 4, 1), 'month', [])]),
    ('Итоги года\n\nВ апреле Астану с государственным визитом посетил Президент Египта Абдель Фаттах ас-Сиси. Переговоры Касым-Жомарта Токаева и египетского лидера завершились подписанием 12 документов.',
     D(2025, 12, 26),
     [('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2025, 4, 1), 'month', ['Абдель Фаттах ас-Сиси', 'Касым-Жомарт Токаев']),
      ('signing', 'held', 'KAZ', 'EGY', None, None, None, D(2025, 4, 1), 'month', ['Касым-Жомарт Токаев', 'Абдель Фаттах ас-Сиси'])]),
    ('The year in review\n\nIn April, Egyptian President Abdel Fattah el-Sisi paid a state visit to Astana. The talks between Kassym-Jomart Tokayev and the Egyptian leader ended with the signing of 12 documents.',
     D(2025, 12, 26),
     [('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2025, 4, 1), 'month', ['Abdel Fattah el-Sisi', 'Kassym-Jomart Tokayev']),
      ('signing', 'held', 'KAZ', 'EGY', None, None, None, D(2025, 4, 1), 'month', ['Kassym-Jomart Tokayev', 'Abdel Fattah el-Sisi'])]),
    # a new paragraph starts afresh: the report's own time
    ('В апреле Астану с государственным визитом посетил Президент Египта Абдель Фаттах ас-Сиси.\n\nМинистр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Египта Бадром Абдельатти.',
     D(2025, 12, 26),
     [('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2025, 4, 1), 'month', ['Абдель Фаттах ас-Сиси']),
      ('talks', 'held', 'KAZ', 'EGY', None, None, None, D(2025, 12, 1), 'month', ['Мурат Нуртлеу', 'Бадр Абдельатти'])]),
    # the start of a span ('с 2005 года') and the span of a figure ('за прошлый год') date no event: the meeting noted is the one reported
    ('Премьер-министр Казахстана Олжас Бектенов провел переговоры с Премьер-министром Катара в Дохе. Как отмечалось на встрече, с 2005 года приток прямых инвестиций из Катара в Казахстан составил $187 млн, при этом только за прошлый год – $62 млн.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'QAT', None, 'QAT', 'Doha', D(2025, 10, 1), 'month', ['Олжас Бектенов'])]),
    ('Қазақстан Премьер-министрі Олжас Бектенов Дохада Катар Премьер-министрімен келіссөздер жүргізді. Кездесуде атап өтілгендей, 2005 жылдан бері Катардан Қазақстанға 187 млн доллар тікелей инвестиция келген, оның 62 млн доллары өткен жылға тиесілі.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'QAT', None, 'QAT', 'Doha', D(2025, 10, 1), 'month', ['Олжас Бектенов'])]),
    ('Kazakh Prime Minister Olzhas Bektenov held talks with the Prime Minister of Qatar in Doha. As noted at the meeting, since 2005 direct investment from Qatar into Kazakhstan has reached $187 million, including $62 million over the past year.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'QAT', None, 'QAT', 'Doha', D(2025, 10, 1), 'month', ['Olzhas Bektenov'])]),
    # ... while a year of the event itself still dates it
    ('Премьер-министр Казахстана Олжас Бектенов провел переговоры с Премьер-министром Катара в Дохе. Стороны вспомнили встречу в Астане в 2023 году.',
     D(2025, 10, 21),
     [('talks', 'held', 'KAZ', 'QAT', None, 'QAT', 'Doha', D(2025, 10, 1), 'month', ['Олжас Бектенов']),
      ('talks', 'held', 'KAZ', 'QAT', None, 'KAZ', 'Astana', D(2023, 1, 1), 'year', [])]),
    # 'встречные' (counter-) is no meeting
    ('Казахстанские инвестиции в Узбекистан за полугодие составили 120 млн долларов. Встречные вложения также растут.',
     D(2025, 7, 22),
     []),
    # a copula describing the event just told, several words before its noun, is that event (not 'it was recalled that the previous visit')
    ('Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с премьер-министром Малайзии Анваром Ибрагимом. Собеседники обсудили договоренности, достигнутые в ходе визита Анвара Ибрагима в Астану в мае 2024 года. Это был первый за два десятилетия визит главы малайзийского правительства в Казахстан.',
     D(2026, 2, 12),
     [('phone_call', 'held', 'KAZ', 'MYS', None, None, None, D(2026, 2, 12), 'day', ['Касым-Жомарт Токаев', 'Анвар Ибрагим']),
      ('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2024, 5, 1), 'month', ['Анвар Ибрагим'])]),
    ("President Kassym-Jomart Tokayev held a phone call with Malaysian Prime Minister Anwar Ibrahim. They discussed the agreements reached during Anwar Ibrahim's visit to Astana in May 2024. This was the first in two decades visit by a Malaysian head of government to Kazakhstan.",
     D(2026, 2, 12),
     [('phone_call', 'held', 'KAZ', 'MYS', None, None, None, D(2026, 2, 12), 'day', ['Kassym-Jomart Tokayev', 'Anwar Ibrahim']),
      ('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2024, 5, 1), 'month', ['Anwar Ibrahim'])]),
    ('Қасым-Жомарт Тоқаев Малайзия Премьер-министрі Анвар Ибрагиммен телефон арқылы сөйлесті. Тараптар Анвар Ибрагимнің 2024 жылғы мамырда Астанаға жасаған сапары барысындағы уағдаластықтарды талқылады. Бұл жиырма жылдағы Малайзия үкімет басшысының Қазақстанға алғашқы сапары болды.',
     D(2026, 2, 12),
     [('phone_call', 'held', 'KAZ', 'MYS', None, None, None, D(2026, 2, 12), 'day', ['Қасым-Жомарт Тоқаев', 'Анвар Ибрагим']),
      ('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2024, 5, 1), 'month', ['Анвар Ибрагим'])]),
    ('Prime Minister Olzhas Bektenov held talks with Georgian Prime Minister Irakli Kobakhidze, who is in Astana on an official visit. It was recalled that the previous official visit of the Georgian Prime Minister to Astana took place in November 2022.',
     D(2024, 9, 19),
     [('visit', 'held', 'KAZ', 'GEO', 'GEO', 'KAZ', 'Astana', D(2024, 9, 1), 'month', ['Irakli Kobakhidze', 'Olzhas Bektenov']),
      ('visit', 'held', 'KAZ', 'GEO', 'GEO', 'KAZ', 'Astana', D(2022, 11, 1), 'month', ['Irakli Kobakhidze'])]),
    # 'then' after a sentence of no event that tells a time: that time
    ('Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану с государственным визитом. Напомним, в октябре 2022 года Президент Монголии приезжал в Астану для участия в саммите СВМДА. Тогда же на полях саммита состоялась его двусторонняя встреча с Касым-Жомартом Токаевым.',
     D(2024, 10, 22),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Ухнаагийн Хурэлсух']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2022, 10, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('Mongolian President Ukhnaagiin Khurelsukh arrived in Astana on a state visit. In October 2022, the Mongolian President came to Astana for the CICA summit. At that time he held a bilateral meeting with Kassym-Jomart Tokayev on the sidelines of the summit.',
     D(2024, 10, 22),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Ukhnaagiin Khurelsukh']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2022, 10, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Моңғолия Президенті Ухнаагийн Хурэлсух Астанаға мемлекеттік сапармен келді. Еске сала кетейік, 2022 жылғы қазанда Моңғолия Президенті АӨСШК саммитіне қатысу үшін Астанаға келген еді. Сол кезде саммит аясында ол Қасым-Жомарт Тоқаевпен екіжақты кездесу өткізді.',
     D(2024, 10, 22),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', 'Astana', D(2024, 10, 1), 'month', ['Ухнаагийн Хурэлсух']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2022, 10, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    # a signing still to come is an agreement mentioned: no event (the planned visit it belongs to is one)
    ('Будапешт ожидает государственного визита Президента Казахстана Касым-Жомарта Токаева в первой половине 2025 года, в ходе которого планируется подписание ряда межправительственных соглашений.',
     D(2024, 11, 14),
     [('visit', 'planned', 'KAZ', 'HUN', 'KAZ', 'HUN', 'Budapest', D(2025, 1, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('Budapest expects a state visit by Kazakh President Kassym-Jomart Tokayev in the first half of 2025, during which a number of intergovernmental agreements are to be signed.',
     D(2024, 11, 14),
     [('visit', 'planned', 'KAZ', 'HUN', 'KAZ', 'HUN', 'Budapest', D(2025, 1, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Будапешт Қазақстан Президенті Қасым-Жомарт Тоқаевтың 2025 жылдың бірінші жартысындағы мемлекеттік сапарын күтеді, сапар барысында бірқатар үкіметаралық келісімге қол қойылады.',
     D(2024, 11, 14),
     [('visit', 'planned', 'KAZ', 'HUN', 'KAZ', 'HUN', 'Budapest', D(2025, 1, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    # an event dated wholly after the report cannot have been held: it is planned, whatever the tense around it
    ('Дипломаты обсудили проведение шестого заседания Казахстанско-вьетнамской межправительственной комиссии, которое пройдет в Ханое в декабре текущего года.',
     D(2023, 11, 2),
     [('council', 'planned', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', [])]),
    ('The diplomats discussed the sixth meeting of the Kazakhstan-Vietnam intergovernmental commission, set for Hanoi in December this year.',
     D(2023, 11, 2),
     [('council', 'planned', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', [])]),
    ('Дипломаттар биылғы желтоқсанда Ханойда Қазақстан-Вьетнам үкіметаралық комиссиясының алтыншы отырысын талқылады.',
     D(2023, 11, 2),
     [('council', 'planned', 'KAZ', 'VNM', None, 'VNM', 'Hanoi', D(2023, 12, 1), 'month', [])]),
    ('Сөз Қазақстан Президентінің 2026 жылдың екінші жартысындағы Мысырға сапары туралы болды.',
     D(2026, 1, 22),
     [('visit', 'planned', 'KAZ', 'EGY', 'KAZ', 'EGY', None, D(2026, 7, 1), 'month', [])]),
    ('Речь шла о визите Президента Казахстана в Египет во втором полугодии 2026 года.',
     D(2026, 1, 22),
     [('visit', 'planned', 'KAZ', 'EGY', 'KAZ', 'EGY', None, D(2026, 7, 1), 'month', [])]),
    # controls: a day just after the report's (a wire filed across midnight), and a month already begun, stay held
    ('Президент Казахстана 13 ноября прибыл в Узбекистан с государственным визитом.',
     D(2025, 11, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2025, 11, 13), 'day', [])]),
    ('В ноябре в Ташкенте прошло заседание казахстанско-узбекской межправительственной комиссии.',
     D(2025, 11, 12),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 11, 1), 'month', [])]),
    # travellers counted in a visit's clause are a tourist flow, and visitors or arrivals are people, not a visit
    ('В 2023 году Венгрию посетили около 21 тыс. казахстанцев, Казахстан – порядка 6,8 тыс. граждан Венгрии.',
     D(2024, 10, 15),
     []),
    ('Fewer than 9,000 Vietnamese visited Kazakhstan last year, while Vietnam welcomed 158,000 visitors from Kazakhstan.',
     D(2025, 11, 12),
     []),
    ('2024 жылы Малайзияға 38,6 мың қазақстандық барды.',
     D(2025, 3, 18),
     []),
    ('Arrivals from India grew to 67,000 in 2025.',
     D(2026, 1, 21),
     []),
    ('Число посетителей из Китая в 2025 году выросло до 870 тысяч.',
     D(2026, 1, 21),
     []),
    # controls: a delegation counted, and officials, still visit
    ('В 2023 году Венгрию посетила делегация Казахстана из 30 человек во главе с министром культуры.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HUN', 'KAZ', 'HUN', None, D(2023, 1, 1), 'year', [])]),
    ('In 2023 Kazakh Foreign Minister Murat Nurtleu visited Hungary.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HUN', 'KAZ', 'HUN', None, D(2023, 1, 1), 'year', ['Murat Nurtleu'])]),
    ('2023 жылы Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Венгрияға барды.',
     D(2024, 10, 15),
     [('visit', 'held', 'KAZ', 'HUN', 'KAZ', 'HUN', None, D(2023, 1, 1), 'year', ['Мұрат Нұртілеу'])]),
    # a meeting of three countries and its 'Then ...' sentence name no pair under discussion: the next session 'on bilateral cooperation' is the article's pair's
    ('Kazakhstan and Uzbekistan agreed on a water schedule. In August 2024 the ministers of Kazakhstan, Kyrgyzstan and Uzbekistan held a trilateral meeting. Then the parties agreed on electricity supplies to Kyrgyzstan. The issue will be discussed at the next session of the intergovernmental commission on bilateral cooperation in May.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'UZB', None, None, None, D(2025, 5, 1), 'month', [])]),
    ('Казахстан и Узбекистан согласовали график попусков воды. В августе 2024 года состоялась трехсторонняя встреча министров Казахстана, Кыргызстана и Узбекистана. Тогда стороны договорились о поставках электроэнергии в Кыргызстан. Тема станет ключевой на очередном заседании Межправительственной комиссии по двустороннему сотрудничеству, которое запланировано на май.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'UZB', None, None, None, D(2025, 5, 1), 'month', [])]),
    ('Қазақстан мен Өзбекстан су кестесін келісті. 2024 жылғы тамызда Қазақстан, Қырғызстан және Өзбекстан министрлерінің үшжақты кездесуі өтті. Сол кезде тараптар Қырғызстанға электр энергиясын жеткізу туралы келісті. Бұл мәселе мамырда өтетін екіжақты ынтымақтастық жөніндегі үкіметаралық комиссияның кезекті отырысында қаралады.',
     D(2025, 3, 14),
     [('council', 'planned', 'KAZ', 'UZB', None, None, None, D(2025, 5, 1), 'month', [])]),
    # what was agreed at talks told before keeps its own times: 'following the talks it was agreed that from April ...' is no new meeting
    ('The Kazakh minister held talks in Tashkent with his Uzbek counterpart on 13 March. Following the talks, it was agreed that from April to September 2025 Kazakhstan will receive 4.2 billion cubic metres of water.',
     D(2025, 3, 14),
     [('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 13), 'day', [])]),
    ('Министр Казахстана 13 марта провел переговоры в Ташкенте с министром Узбекистана. По итогам переговоров согласовано, что в апреле–сентябре 2025 года в Казахстан поступит не менее 4,2 млрд кубометров воды.',
     D(2025, 3, 14),
     [('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 13), 'day', [])]),
    # ... but a time in the clause of the reference itself is the meeting's: a new meeting when it is not the one told
    ('The Kazakh minister held talks in Tashkent with his Uzbek counterpart on 13 March. At the talks in April, the sides agreed on new water supplies.',
     D(2025, 5, 14),
     [('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 13), 'day', []),
      ('talks', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 4, 1), 'month', [])]),
    # firms signing, with no official in the clause, make a company deal, not a signing between the states
    ("Kazakhstan's grid operator KEGOC and Uzbekistan's National Electric Grid signed an agreement in Tashkent on Jan. 14 on joint dispatching.",
     D(2025, 1, 16),
     []),
    ('АО «КТЖ» и Узбекские железные дороги 14 января в Ташкенте подписали соглашение о совместных перевозках.',
     D(2025, 1, 16),
     []),
    ('«ҚТЖ» ұлттық компаниясы мен «Өзбекстан темір жолдары» АҚ 14 қаңтарда Ташкентте бірлескен тасымал туралы келісімге қол қойды.',
     D(2025, 1, 16),
     []),
    # the three countries signing are a group, not a pair
    ("Kazakhstan's energy minister held talks with Uzbekistan's minister in Astana on 15 January. The three countries signed an intergovernmental agreement on Kambarata-1 in July 2024.",
     D(2025, 1, 16),
     [('talks', 'held', 'KAZ', 'UZB', None, 'KAZ', 'Astana', D(2025, 1, 15), 'day', [])]),
    ('Министр энергетики Казахстана 15 января провел в Астане переговоры с министром Узбекистана. Три страны подписали межправительственное соглашение о Камбаратинской ГЭС-1 в июле 2024 года.',
     D(2025, 1, 16),
     [('talks', 'held', 'KAZ', 'UZB', None, 'KAZ', 'Astana', D(2025, 1, 15), 'day', [])]),
    # controls: ministers signing, and the governments, are a signing between the states
    ('Kazakh Energy Minister Almasadam Satkaliyev and Uzbek Energy Minister Jurabek Mirzamakhmudov signed an agreement in Tashkent on Jan. 14.',
     D(2025, 1, 16),
     [('signing', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 1, 14), 'day', ['Almasadam Satkaliyev', 'Jurabek Mirzamakhmudov'])]),
    ('Правительства Казахстана и Узбекистана 14 января в Ташкенте подписали соглашение о совместных перевозках.',
     D(2025, 1, 16),
     [('signing', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 1, 14), 'day', [])]),
    # a commission named by the pair, and a session of a commission, are a council session
    ('On April 16-17, the 33rd meeting of the Kyrgyz-Kazakh Commission on the Use of Interstate Water Facilities on the Chu and Talas Rivers was held in Bishkek.',
     D(2025, 4, 18),
     [('council', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 4, 16), 'day', [])]),
    ('16–17 апреля в Бишкеке прошло 33-е заседание Кыргызско-казахстанской комиссии по использованию водохозяйственных сооружений на реках Чу и Талас.',
     D(2025, 4, 18),
     [('council', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 4, 16), 'day', [])]),
    ('16–17 сәуірде Бішкекте Қазақстан-Қырғызстан су шаруашылығы комиссиясының 33-отырысы өтті.',
     D(2025, 4, 18),
     [('council', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 4, 16), 'day', [])]),
    ("Kazakh Water Minister Nurzhan Nurzhigitov held talks in Bishkek with Kyrgyzstan's minister. The previous, 32nd meeting of the Chu-Talas commission took place in Taraz in December 2024.",
     D(2025, 4, 18),
     [('talks', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 4, 1), 'month', ['Nurzhan Nurzhigitov']),
      ('council', 'held', 'KAZ', 'KGZ', None, 'KAZ', 'Taraz', D(2024, 12, 1), 'month', [])]),
    ('Министр водных ресурсов Казахстана провел переговоры в Бишкеке с министром Кыргызстана. Предыдущее, 32-е заседание Чу-Таласской комиссии прошло в Таразе в декабре 2024 года.',
     D(2025, 4, 18),
     [('talks', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 4, 1), 'month', []),
      ('council', 'held', 'KAZ', 'KGZ', None, 'KAZ', 'Taraz', D(2024, 12, 1), 'month', [])]),
    # controls: a business council named by the pair is a forum; the co-chairs of a commission do not make a session
    ('The Kazakh-Chinese Business Council met in Beijing on 10 June.',
     D(2025, 6, 12),
     [('forum', 'held', 'KAZ', 'CHN', None, 'CHN', 'Beijing', D(2025, 6, 10), 'day', [])]),
    ('Заседание провели сопредседатели комиссии – вице-премьеры Казахстана и Азербайджана.',
     D(2025, 6, 12),
     []),
    # a session of a committee or subcommittee of the pair is a council session too
    ('Kazakh and Chinese officials held talks in Horgos on 4 November. The next meeting of the subcommittee will be held in Kazakhstan next year.',
     D(2024, 11, 6),
     [('talks', 'held', 'KAZ', 'CHN', None, None, None, D(2024, 11, 4), 'day', []),
      ('council', 'planned', 'KAZ', 'CHN', None, None, None, D(2025, 1, 1), 'year', [])]),
    ('4 ноября в Хоргосе прошли переговоры представителей Казахстана и Китая. Следующее заседание подкомитета пройдет в Казахстане в следующем году.',
     D(2024, 11, 6),
     [('talks', 'held', 'KAZ', 'CHN', None, 'KAZ', 'Khorgos', D(2024, 11, 4), 'day', []),
      ('council', 'planned', 'KAZ', 'CHN', None, None, None, D(2025, 1, 1), 'year', [])]),
    ('4 қарашада Қорғаста Қазақстан мен Қытай өкілдері келіссөз жүргізді. Кіші комитетінің келесі отырысы келесі жылы Қазақстанда өтеді.',
     D(2024, 11, 6),
     [('talks', 'held', 'KAZ', 'CHN', None, 'KAZ', 'Khorgos', D(2024, 11, 4), 'day', []),
      ('council', 'planned', 'KAZ', 'CHN', None, None, None, D(2025, 1, 1), 'year', [])]),
    # talks with an official who is not one of the session's, though the text gives no country for him, are a meeting of their own
    ('Political consultations between the foreign ministries of Kazakhstan and Kyrgyzstan were held in Bishkek on September 11, led by Deputy Foreign Minister of Kazakhstan Alibek Bakayev and Deputy Foreign Minister of Kyrgyzstan Almaz Imangaziev. On the same day, Bakayev was received by Minister of Foreign Affairs Jeenbek Kulubaev.',
     D(2025, 9, 12),
     [('consultations', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Alibek Bakayev', 'Almaz Imangaziev']),
      ('talks', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Alibek Bakayev', 'Jeenbek Kulubaev'])]),
    ('11 сентября в Бишкеке прошли политические консультации между МИД Казахстана и Кыргызстана под руководством заместителя министра иностранных дел Казахстана Алибека Бакаева и заместителя министра иностранных дел Кыргызстана Алмаза Имангазиева. В тот же день Бакаева принял министр иностранных дел Жээнбек Кулубаев.',
     D(2025, 9, 12),
     [('consultations', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Алибек Бакаев', 'Алмаз Имангазиев']),
      ('talks', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Алибек Бакаев', 'Жээнбек Кулубаев'])]),
    ('11 қыркүйекте Бішкекте Қазақстан Сыртқы істер министрінің орынбасары Әлібек Бакаев пен Қырғызстан Сыртқы істер министрінің орынбасары Алмаз Имангазиев бастаған Қазақстан мен Қырғызстан сыртқы істер министрліктері арасындағы саяси консультациялар өтті. Сол күні Бакаевты Сыртқы істер министрі Жээнбек Кулубаев қабылдады.',
     D(2025, 9, 12),
     [('consultations', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Әлібек Бакаев', 'Алмаз Имангазиев']),
      ('talks', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Әлібек Бакаев', 'Жээнбек Кулубаев'])]),
    # controls: talks of the session's own co-chair are the session
    ('Political consultations between the foreign ministries of Kazakhstan and Kyrgyzstan were held in Bishkek on September 11, led by Deputy Foreign Minister of Kazakhstan Alibek Bakayev and Deputy Foreign Minister of Kyrgyzstan Almaz Imangaziev. During the talks, Bakayev and Imangaziev discussed the border.',
     D(2025, 9, 12),
     [('consultations', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Alibek Bakayev', 'Almaz Imangaziev'])]),
    ('11 сентября в Бишкеке прошли политические консультации между МИД Казахстана и Кыргызстана под руководством заместителя министра иностранных дел Казахстана Алибека Бакаева и заместителя министра иностранных дел Кыргызстана Алмаза Имангазиева. В ходе переговоров Бакаев и Имангазиев обсудили вопросы границы.',
     D(2025, 9, 12),
     [('consultations', 'held', 'KAZ', 'KGZ', None, 'KGZ', 'Bishkek', D(2025, 9, 11), 'day', ['Алибек Бакаев', 'Алмаз Имангазиев'])]),
    # a lone trigger takes the day its sentence tells, however far before it (Kazakh tells the time first and the verb last)
    ('18 наурызда Ташкентте Қазақстан Республикасы Сауда және интеграция министрінің орынбасары Айжан Бижанова мен Өзбекстан Республикасы Инвестициялар, өнеркәсіп және сауда министрінің орынбасары Бадриддин Абидов төрағалық еткен, екі елдің көлік, энергетика, ауыл шаруашылығы және су ресурстары министрліктерінің өкілдері қатысқан Қазақстан-Өзбекстан үкіметаралық комиссиясының кезекті отырысы өтті.',
     D(2025, 3, 20),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 18), 'day', ['Айжан Бижанова', 'Бадриддин Абидов'])]),
    ('18 марта в Ташкенте под председательством заместителя министра торговли и интеграции Республики Казахстан Айжан Бижановой и заместителя министра инвестиций, промышленности и торговли Республики Узбекистан Бадриддина Абидова, при участии представителей министерств транспорта, энергетики, сельского хозяйства и водных ресурсов двух стран, состоялось очередное заседание казахстанско-узбекской межправительственной комиссии.',
     D(2025, 3, 20),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 18), 'day', ['Айжан Бижанова', 'Бадриддин Абидов'])]),
    ('On March 18 in Tashkent, chaired by Deputy Minister of Trade and Integration of Kazakhstan Aizhan Bizhanova and Deputy Minister of Investment, Industry and Trade of Uzbekistan Badriddin Abidov, and attended by officials of the transport, energy, agriculture and water ministries of both countries, the regular meeting of the Kazakh-Uzbek intergovernmental commission took place.',
     D(2025, 3, 20),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2025, 3, 18), 'day', ['Aizhan Bizhanova', 'Badriddin Abidov'])]),
    # a call of a round of calls with a group's leaders, told with its own counterpart, is a call of the pair; a holiday 'upcoming' is no plan; the head of state told after the partner's name is our own
    ('Head of State holds telephone conversations with leaders of Central Asian states\n\nToday President Kassym-Jomart Tokayev held a series of telephone conversations with the heads of neighbouring states. During a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev, the Head of State congratulated him on the upcoming spring holiday. Tokayev then spoke by phone with President of Kyrgyzstan Sadyr Japarov. The Head of State also had a telephone conversation with President of Turkmenistan Serdar Berdimuhamedov.',
     D(2024, 3, 20),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2024, 3, 20), 'day', ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev']),
      ('phone_call', 'held', 'KAZ', 'KGZ', None, None, None, D(2024, 3, 20), 'day', ['Kassym-Jomart Tokayev', 'Sadyr Japarov']),
      ('phone_call', 'held', 'KAZ', 'TKM', None, None, None, D(2024, 3, 20), 'day', ['Serdar Berdimuhamedov', 'Kassym-Jomart Tokayev'])]),
    ('Глава государства провел телефонные разговоры с лидерами государств Центральной Азии\n\nСегодня Президент Касым-Жомарт Токаев провел серию телефонных разговоров с главами соседних государств. В ходе телефонного разговора с Президентом Узбекистана Шавкатом Мирзиёевым Глава государства поздравил его с предстоящим праздником Наурыз. Затем Токаев провел телефонный разговор с Президентом Кыргызстана Садыром Жапаровым. Также Глава государства провел телефонный разговор с Президентом Туркменистана Сердаром Бердымухамедовым.',
     D(2024, 3, 20),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2024, 3, 1), 'month', ['Шавкат Мирзиёев', 'Касым-Жомарт Токаев']),
      ('phone_call', 'held', 'KAZ', 'KGZ', None, None, None, D(2024, 3, 20), 'day', ['Касым-Жомарт Токаев', 'Садыр Жапаров']),
      ('phone_call', 'held', 'KAZ', 'TKM', None, None, None, D(2024, 3, 20), 'day', ['Сердар Бердымухамедов', 'Касым-Жомарт Токаев'])]),
    ('Мемлекет басшысы Орталық Азия мемлекеттерінің көшбасшыларымен телефон арқылы сөйлесті\n\nБүгін Президент Қасым-Жомарт Тоқаев көрші мемлекеттердің басшыларымен телефон арқылы сөйлесті. Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесу барысында Мемлекет басшысы оны алдағы Наурыз мерекесімен құттықтады. Содан кейін Тоқаев Қырғызстан Президенті Садыр Жапаровпен телефон арқылы сөйлесті. Мемлекет басшысы Түрікменстан Президенті Сердар Бердімұхамедовпен де телефон арқылы сөйлесті.',
     D(2024, 3, 20),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2024, 3, 1), 'month', ['Шавкат Мирзиёев', 'Қасым-Жомарт Тоқаев']),
      ('phone_call', 'held', 'KAZ', 'KGZ', None, None, None, D(2024, 3, 20), 'day', ['Қасым-Жомарт Тоқаев', 'Садыр Жапаров']),
      ('phone_call', 'held', 'KAZ', 'TKM', None, None, None, D(2024, 3, 20), 'day', ['Сердар Бердімұхамедов'])]),
    # control: a call still to come is planned
    ('Tokayev will hold a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev next week.',
     D(2024, 3, 20),
     [('phone_call', 'planned', 'KAZ', 'UZB', None, None, None, D(2024, 3, 25), 'day', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'])]),
    # an intergovernmental council and a forum told together are two events, not a business council's forum
    ('Тараптар маусым айында Астанада өтетін Қазақстан-Қырғызстан үкіметаралық кеңесінің кезекті отырысына, сондай-ақ қыркүйекте Ош қаласында ұйымдастырылатын үшінші өңіраралық форумға дайындықты талқылады.',
     D(2026, 4, 5),
     [('council', 'planned', 'KAZ', 'KGZ', None, 'KAZ', 'Astana', D(2026, 6, 1), 'month', []),
      ('forum', 'planned', 'KAZ', 'KGZ', None, 'KGZ', 'Osh', D(2026, 9, 1), 'month', [])]),
    ('Стороны обсудили подготовку к очередному заседанию Межправительственного совета Казахстана и Кыргызстана в июне в Астане, а также к третьему межрегиональному форуму в сентябре в Оше.',
     D(2026, 4, 5),
     [('council', 'planned', 'KAZ', 'KGZ', None, 'KAZ', 'Astana', D(2026, 6, 1), 'month', []),
      ('forum', 'planned', 'KAZ', 'KGZ', None, 'KGZ', 'Osh', D(2026, 9, 1), 'month', [])]),
    ('The sides discussed preparations for the next meeting of the Kazakhstan-Kyrgyzstan Intergovernmental Council in Astana in June, as well as for the third interregional forum to be held in Osh in September.',
     D(2026, 4, 5),
     [('council', 'planned', 'KAZ', 'KGZ', None, 'KAZ', 'Astana', D(2026, 6, 1), 'month', []),
      ('forum', 'planned', 'KAZ', 'KGZ', None, 'KGZ', 'Osh', D(2026, 9, 1), 'month', [])]),
    # control: a business council's forum is one event
    ('Қазақстан-Түркия іскерлік кеңесінің форумы Анкарада өтті.',
     D(2026, 4, 5),
     [('forum', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2026, 4, 1), 'month', [])]),
    # a session of 'the commission' told in the genitive, its ordinal glued to it
    ('Қазақстан мен Ресей арасындағы үкіметаралық комиссияның 27-отырысы бүгін Орынборда өтті. Комиссияның келесі, 28-отырысы 2026 жылы Қазақстанда өтеді.',
     D(2025, 9, 5),
     [('council', 'held', 'KAZ', 'RUS', None, 'RUS', 'Orenburg', D(2025, 9, 5), 'day', []),
      ('council', 'planned', 'KAZ', 'RUS', None, None, None, D(2026, 1, 1), 'year', [])]),
    ('Сегодня в Оренбурге прошло 27-е заседание межправительственной комиссии Казахстана и России. Следующее, 28-е заседание комиссии пройдет в 2026 году в Казахстане.',
     D(2025, 9, 5),
     [('council', 'held', 'KAZ', 'RUS', None, 'RUS', 'Orenburg', D(2025, 9, 5), 'day', []),
      ('council', 'planned', 'KAZ', 'RUS', None, None, None, D(2026, 1, 1), 'year', [])]),
    ('The 27th meeting of the Kazakhstan-Russia intergovernmental commission was held in Orenburg today. The next, 28th meeting of the commission will take place in Kazakhstan in 2026.',
     D(2025, 9, 5),
     [('council', 'held', 'KAZ', 'RUS', None, 'RUS', 'Orenburg', D(2025, 9, 5), 'day', []),
      ('council', 'planned', 'KAZ', 'RUS', None, None, None, D(2026, 1, 1), 'year', [])]),
    # a meeting named with its own counterpart after a group's meeting is the pair's, as a call is
    ('The Head of State took part in the consultative meeting of the heads of Central Asian states in Dushanbe. During the meeting with President of Uzbekistan Shavkat Mirziyoyev, Tokayev discussed water cooperation.',
     D(2025, 9, 15),
     [('talks', 'held', 'KAZ', 'UZB', None, 'TJK', 'Dushanbe', D(2025, 9, 1), 'month', ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'])]),
    ('Глава государства принял участие в Консультативной встрече глав государств Центральной Азии в Душанбе. В ходе встречи с Президентом Узбекистана Шавкатом Мирзиёевым Токаев обсудил водное сотрудничество.',
     D(2025, 9, 15),
     [('talks', 'held', 'KAZ', 'UZB', None, 'TJK', 'Dushanbe', D(2025, 9, 1), 'month', ['Шавкат Мирзиёев'])]),
    # the year the pair's relations were established dates no event: a visit named again beside it is the same visit
    ('Foreign Minister of Malaysia Mohamad Hasan arrived in Astana on an official visit on Tuesday. He said the visit would deepen the friendship that has grown since the establishment of diplomatic relations in 1992.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Mohamad Hasan'])]),
    ('Во вторник министр иностранных дел Малайзии Мохамад Хасан прибыл в Астану с официальным визитом. По его словам, визит углубит дружбу, которая крепнет с момента установления дипломатических отношений в 1992 году.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Мохамад Хасан'])]),
    ('Сейсенбіде Малайзияның Сыртқы істер министрі Мохамад Хасан Астанаға ресми сапармен келді. Оның айтуынша, сапар 1992 жылы дипломатиялық қатынастар орнатылғаннан бері нығайып келе жатқан достықты тереңдетеді.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', 'Astana', D(2025, 6, 1), 'month', ['Мохамад Хасан'])]),
    # control: a year in the same sentence that dates the visit itself still does
    ('Foreign Minister of Malaysia Mohamad Hasan first visited Kazakhstan in 2019 and met the prime minister.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', None, D(2019, 1, 1), 'year', ['Mohamad Hasan'])]),
    # a business council being set up is a body created, not a meeting held
    ('Foreign Minister of Malaysia Mohamad Hasan first visited Kazakhstan in 2019, and the two countries established a business council.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', None, D(2019, 1, 1), 'year', ['Mohamad Hasan'])]),
    ('Министр иностранных дел Малайзии Мохамад Хасан впервые посетил Казахстан в 2019 году, тогда же был создан казахстанско-малайзийский деловой совет.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', None, D(2019, 1, 1), 'year', ['Мохамад Хасан'])]),
    ('Малайзияның Сыртқы істер министрі Мохамад Хасан Қазақстанға алғаш рет 2019 жылы келді, сол жылы қазақстан-малайзия іскерлік кеңесі құрылды.',
     D(2025, 6, 12),
     [('visit', 'held', 'KAZ', 'MYS', 'MYS', 'KAZ', None, D(2019, 1, 1), 'year', ['Мохамад Хасан'])]),
    # control: a session of the business council is held
    ('The Kazakhstan-Malaysia business council met in Kuala Lumpur on Tuesday.',
     D(2025, 6, 12),
     [('forum', 'held', 'KAZ', 'MYS', None, 'MYS', 'Kuala Lumpur', D(2025, 6, 1), 'month', [])]),
    # a wire dateline naming the city and its country dates the news to its day
    ('Баку, Азербайджан, 22 мая. /Trend/\nПремьер-министр Казахстана Олжас Бектенов провел переговоры с премьер-министром Азербайджана Али Асадовым в Баку.',
     D(2024, 5, 22),
     [('talks', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 5, 22), 'day', ['Олжас Бектенов', 'Али Асадов'])]),
    ('BAKU, Azerbaijan, May 22. /Trend/\nPrime Minister of Kazakhstan Olzhas Bektenov held talks with Prime Minister of Azerbaijan Ali Asadov in Baku.',
     D(2024, 5, 22),
     [('talks', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 5, 22), 'day', ['Olzhas Bektenov', 'Ali Asadov'])]),
    ('Баку, Әзербайжан, 22 мамыр. /Trend/\nҚазақстан Премьер-министрі Олжас Бектенов Бакуде Әзербайжан Премьер-министрі Әли Асадовпен келіссөз жүргізді.',
     D(2024, 5, 22),
     [('talks', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 5, 22), 'day', ['Олжас Бектенов', 'Әли Асадов'])]),
    # control: a person's name before a day and month that go on as a sentence is no dateline
    ('Олжас Бектенов 22 мая планирует провести переговоры с премьер-министром Азербайджана Али Асадовым в Баку.',
     D(2024, 5, 20),
     [('talks', 'planned', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2024, 5, 22), 'day', ['Олжас Бектенов', 'Али Асадов'])]),
    # a delegation visiting a zone, a terminal or a laboratory is no trip between the countries
    ('A Kazakh delegation visited the Gaziantep Organized Industrial Zone in Turkey on Wednesday.',
     D(2024, 4, 18),
     []),
    ('Казахстанская делегация в среду посетила свободную экономическую зону Газиантепа в Турции.',
     D(2024, 4, 18),
     []),
    # control: visiting a country is a trip
    ('A Kazakh delegation visited Turkey on Wednesday.',
     D(2024, 4, 18),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, D(2024, 4, 1), 'month', [])]),
    # two meetings of other officials on each side, each told with its day, are two meetings
    ('Deputy Chairman of the Mazhilis Albert Rau today met Ambassador of Mongolia Ganbold Dambajav in Astana. Earlier today, Chairman of the Central Election Commission of Kazakhstan Nurlan Abdirov met Chairman of the General Election Commission of Mongolia Purevdorj Bayarsaikhan.',
     D(2025, 3, 4),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 4), 'day', ['Albert Rau', 'Ganbold Dambajav']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 3, 4), 'day', ['Nurlan Abdirov', 'Purevdorj Bayarsaikhan'])]),
    ('Сегодня заместитель председателя Мажилиса Альберт Рау встретился с послом Монголии Ганболдом Дамбажавом в Астане. Также сегодня председатель Центральной избирательной комиссии Казахстана Нурлан Абдиров встретился с председателем Генеральной избирательной комиссии Монголии Пурэвдоржем Баярсайханом.',
     D(2025, 3, 4),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 4), 'day', ['Альберт Рау', 'Ганболд Дамбажав']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 3, 4), 'day', ['Нурлан Абдиров', 'Пурэвдорж Баярсайхан'])]),
    ('Бүгін Мәжіліс Төрағасының орынбасары Альберт Рау Астанада Моңғолия елшісі Ганболд Дамбажавпен кездесті. Сондай-ақ бүгін Қазақстанның Орталық сайлау комиссиясының төрағасы Нұрлан Әбдіров Моңғолияның Бас сайлау комиссиясының төрағасы Пүрэвдорж Баярсайханмен кездесті.',
     D(2025, 3, 4),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 4), 'day', ['Альберт Рау', 'Ганболд Дамбажав']),
      ('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2025, 3, 4), 'day', ['Нұрлан Әбдіров', 'Пүрэвдорж Баярсайхан'])]),
    # control: the same two presidents named again in the same day's talks are one meeting
    ('President Tokayev today held talks with President of Mongolia Ukhnaagiin Khurelsukh in Astana. The talks of Tokayev and Khurelsukh continued in an extended format today.',
     D(2025, 3, 4),
     [('talks', 'held', 'KAZ', 'MNG', None, 'KAZ', 'Astana', D(2025, 3, 4), 'day', ['Kassym-Jomart Tokayev', 'Ukhnaagiin Khurelsukh'])]),
    # agreements reached at an event tell that it was held, whatever is planned beside it
    ('Стороны обсудили ход выполнения договоренностей, достигнутых лидерами Казахстана и Азербайджана во время телефонного разговора 22 мая, а также подготовку к заседанию совета, которое планируется провести в Астане.',
     D(2024, 6, 10),
     [('phone_call', 'held', 'KAZ', 'AZE', None, None, None, D(2024, 5, 22), 'day', [])]),
    ('The sides reviewed the agreements reached by the leaders of Kazakhstan and Azerbaijan during the telephone conversation on May 22, as well as the preparations for the council meeting planned in Astana.',
     D(2024, 6, 10),
     [('phone_call', 'held', 'KAZ', 'AZE', None, None, None, D(2024, 5, 22), 'day', [])]),
    ('Тараптар Қазақстан мен Әзербайжан басшыларының 22 мамырдағы телефон арқылы сөйлесуі барысында қол жеткізілген уағдаластықтардың орындалуын, сондай-ақ Астанада өтетін кеңес отырысына дайындықты талқылады.',
     D(2024, 6, 10),
     [('phone_call', 'held', 'KAZ', 'AZE', None, None, None, D(2024, 5, 22), 'day', [])]),
    # control: an agreement reached now about a coming session leaves the session planned
    ('Министры отметили значение казахстанско-грузинской межправительственной комиссии и достигнута договоренность, что ее следующее заседание пройдет этой осенью в Тбилиси.',
     D(2024, 6, 10),
     [('council', 'planned', 'KAZ', 'GEO', None, 'GEO', 'Tbilisi', D(2024, 9, 1), 'month', [])]),
    # tourists visiting a country make no visit between the countries
    ('The number of Vietnamese tourists visiting Kazakhstan has grown 2.5 times over the past year.',
     D(2025, 9, 4),
     []),
    ('Число вьетнамских туристов, посетивших Казахстан, за год выросло в 2,5 раза.',
     D(2025, 9, 4),
     []),
    ('Қазақстанға келген вьетнамдық туристер саны бір жылда 2,5 есе өсті.',
     D(2025, 9, 4),
     []),
    # control: a minister visiting the country is a visit
    ('Vietnamese Foreign Minister Bui Thanh Son visiting Kazakhstan met President Tokayev on Tuesday.',
     D(2025, 9, 4),
     [('visit', 'held', 'KAZ', 'VNM', 'VNM', 'KAZ', None, D(2025, 9, 1), 'month', ['Bui Thanh Son', 'Kassym-Jomart Tokayev'])]),
    # a visit told once for a list of years is one visit per year; the officials named in each item go with it
    ('Ранее президент Казахстана посещал Японию с официальными визитами в 1994, 1999 и 2008 годах.',
     D(2016, 11, 7),
     [('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(1994, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(1999, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(2008, 1, 1), 'year', [])]),
    ('President Tokayev visited China in 2019 and 2023.',
     D(2025, 1, 1),
     [('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2019, 1, 1), 'year', ['Kassym-Jomart Tokayev']),
      ('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2023, 1, 1), 'year', ['Kassym-Jomart Tokayev'])]),
    ('Президент Тоқаев 2019, 2022 және 2024 жылдары Қытайға мемлекеттік сапармен барды.',
     D(2025, 1, 1),
     [('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2019, 1, 1), 'year', ['Қасым-Жомарт Тоқаев']),
      ('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2022, 1, 1), 'year', ['Қасым-Жомарт Тоқаев']),
      ('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2024, 1, 1), 'year', ['Қасым-Жомарт Тоқаев'])]),
    ('Премьер-министры Японии побывали в Казахстане дважды: в августе 2006 года и в октябре 2015 года.',
     D(2016, 11, 7),
     [('visit', 'held', 'KAZ', 'JPN', 'JPN', 'KAZ', None, D(2006, 8, 1), 'month', []),
      ('visit', 'held', 'KAZ', 'JPN', 'JPN', 'KAZ', None, D(2015, 10, 1), 'month', [])]),
    # control: a year of figures after the visit's year is not one of its times
    ('Токаев посетил Китай в 2019 году, товарооборот в 2020 и 2021 годах рос.',
     D(2025, 1, 1),
     [('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2019, 1, 1), 'year', ['Касым-Жомарт Токаев'])]),
    ('Tokayev visited China in 2019, and trade grew in 2020 and 2021.',
     D(2025, 1, 1),
     [('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2019, 1, 1), 'year', ['Kassym-Jomart Tokayev'])]),
    ('Тоқаев 2019 жылы Қытайға барды, ал тауар айналымы 2020 және 2021 жылдары өсті.',
     D(2025, 1, 1),
     [('visit', 'held', 'KAZ', 'CHN', 'KAZ', 'CHN', None, D(2019, 1, 1), 'year', ['Қасым-Жомарт Тоқаев'])]),
    # a relative clause of another noun further on tells that noun's time, not the event's; one agreeing with the event's noun tells its time
    ('Визит Президента Казахстана в Японию проходит в канун 25-летия установления дипломатических отношений, которое страны отметят в январе будущего года.',
     D(2016, 11, 7),
     [('visit', 'held', 'KAZ', 'JPN', 'KAZ', 'JPN', None, D(2016, 11, 7), 'day', [])]),
    ('Стороны обсудили подготовку государственного визита Президента Узбекистана в Казахстан, который намечен на декабрь.',
     D(2021, 11, 9),
     [('visit', 'planned', 'KAZ', 'UZB', 'UZB', 'KAZ', None, D(2021, 12, 1), 'month', [])]),
    # "the same year" after an event dated in the sentence before is that event's year
    ('Президент Узбекистана посетил Астану с государственным визитом в марте 2017 года. В сентябре того же года с ответным визитом Ташкент посетил Президент Казахстана.',
     D(2023, 5, 16),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', []),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', [])]),
    ('The President of Uzbekistan paid a state visit to Astana in March 2017. In September that same year, the President of Kazakhstan paid a return visit to Tashkent.',
     D(2023, 5, 16),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', []),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', [])]),
    ('Өзбекстан Президенті 2017 жылғы наурызда Астанаға мемлекеттік сапармен келді. Сол жылы қыркүйекте Қазақстан Президенті Ташкентке жауап сапарымен барды.',
     D(2023, 5, 16),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', []),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', [])]),
    # a day told past a contrast ("..., а 22 декабря ...") is the next clause's event's, not the trip's before it
    ('В апреле 2019 года в Ташкенте с государственным визитом побывал Президент Казахстана, а 22 декабря прошлого года в Ташкенте прошло первое заседание Высшего межгосударственного совета.',
     D(2023, 5, 16),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2019, 4, 1), 'month', []),
      ('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2022, 12, 22), 'day', [])]),
    ('The President of Kazakhstan paid a state visit to Tashkent in April 2019, while on December 22 last year the first meeting of the Supreme Interstate Council was held in Tashkent.',
     D(2023, 5, 16),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2019, 4, 1), 'month', []),
      ('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2022, 12, 22), 'day', [])]),
    # a Kazakh verbal noun with "мүмкін" (may), "ықтимал" (likely) or "тиіс" (due) tells an event not yet held, as "может состояться" and "could take place" do
    ('Бразилия Президентінің Қазақстанға сапары биыл өтуі мүмкін.',
     D(2025, 4, 9),
     [('visit', 'planned', 'KAZ', 'BRA', 'BRA', 'KAZ', None, D(2025, 1, 1), 'year', [])]),
    ('Визит президента Бразилии в Казахстан может состояться в этом году.',
     D(2025, 4, 9),
     [('visit', 'planned', 'KAZ', 'BRA', 'BRA', 'KAZ', None, D(2025, 1, 1), 'year', [])]),
    ("The Brazilian President's visit to Kazakhstan could take place this year.",
     D(2025, 4, 9),
     [('visit', 'planned', 'KAZ', 'BRA', 'BRA', 'KAZ', None, D(2025, 1, 1), 'year', [])]),
    # control: the same visit told as held
    ('Бразилия Президентінің Қазақстанға сапары наурызда өтті.',
     D(2025, 4, 9),
     [('visit', 'held', 'KAZ', 'BRA', 'BRA', 'KAZ', None, D(2025, 3, 1), 'month', [])]),
    # "upcoming" said of another noun (the contacts, the agenda) leaves a meeting held; said of the event, it is planned
    ('17 қарашада Қазақстанның Венгриядағы елшісі Венгрия Сыртқы істер министрлігінің мемлекеттік хатшысымен кездесіп, алдағы байланыстардың кестесін талқылады.',
     D(2020, 11, 19),
     [('talks', 'held', 'KAZ', 'HUN', None, None, None, D(2020, 11, 17), 'day', [])]),
    ('17 ноября посол Казахстана в Венгрии встретился с государственным секретарем МИД Венгрии и обсудил график предстоящих контактов.',
     D(2020, 11, 19),
     [('talks', 'held', 'KAZ', 'HUN', None, None, None, D(2020, 11, 17), 'day', [])]),
    ("On November 17, the Kazakh ambassador to Hungary met the Hungarian foreign ministry's state secretary to discuss the schedule of upcoming contacts.",
     D(2020, 11, 19),
     [('talks', 'held', 'KAZ', 'HUN', None, None, None, D(2020, 11, 17), 'day', [])]),
    ('Тараптар Венгрия Сыртқы істер министрінің алдағы сапарының бағдарламасын талқылады.',
     D(2020, 11, 19),
     [('visit', 'planned', 'KAZ', 'HUN', None, None, None, None, None, [])]),
    # a Kazakh conditional of motion ("келсе", "барса") tells the first of two trips told side by side; after "егер" (if) it tells none
    ('2004 жылғы қыркүйекте Корея Президенті Астанаға келсе, 2009 жылғы мамырда Корея Президенті Қазақстанда мемлекеттік сапармен болды.',
     D(2022, 1, 28),
     [('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2004, 9, 1), 'month', []),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', None, D(2009, 5, 1), 'month', [])]),
    ('2015 жылы Қазақстан Президенті Сеулге барса, 2019 жылы Корея Президенті Астанаға келді.',
     D(2022, 1, 28),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2015, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 1, 1), 'year', [])]),
    ('Егер Корея Президенті Астанаға келсе, келісімге қол қойылады.',
     D(2022, 1, 28),
     []),
    # two trips joined by "а также" / "as well as" each keep their own places
    ('Были вспомнены визиты президента Казахстана в Каир в 1993 и 2007 годах, а также государственный визит президента Египта в Астану в сентябре 2016 года.',
     D(2022, 11, 23),
     [('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(1993, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(2007, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2016, 9, 1), 'month', [])]),
    ('They recalled the visit of the President of Kazakhstan to Cairo in 2007, as well as the state visit of the President of Egypt to Astana in September 2016.',
     D(2022, 11, 23),
     [('visit', 'held', 'KAZ', 'EGY', 'KAZ', 'EGY', 'Cairo', D(2007, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'EGY', 'EGY', 'KAZ', 'Astana', D(2016, 9, 1), 'month', [])]),
    # a phone call told with no time of its own was made the day it is reported
    ('Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті.',
     D(2025, 3, 14),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 3, 14), 'day', ['Қасым-Жомарт Тоқаев', 'Шавкат Мирзиёев'])]),
    ('Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.',
     D(2025, 3, 14),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 3, 14), 'day', ['Касым-Жомарт Токаев', 'Шавкат Мирзиёев'])]),
    ('President Kassym-Jomart Tokayev held a phone conversation with President of Uzbekistan Shavkat Mirziyoyev.',
     D(2025, 3, 14),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 3, 14), 'day', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'])]),
    # a day told is kept; a month told is kept
    ('Вчера Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.',
     D(2025, 3, 14),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 3, 13), 'day', ['Касым-Жомарт Токаев', 'Шавкат Мирзиёев'])]),
    ('President Kassym-Jomart Tokayev held a phone conversation with President of Uzbekistan Shavkat Mirziyoyev in February.',
     D(2025, 3, 14),
     [('phone_call', 'held', 'KAZ', 'UZB', None, None, None, D(2025, 2, 1), 'month', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'])]),
    # a call to come stays undated
    ('Тоқаев пен Мирзиёев алдағы уақытта телефон арқылы сөйлеседі.',
     D(2025, 3, 14),
     [('phone_call', 'planned', 'KAZ', 'UZB', None, None, None, None, None, ['Қасым-Жомарт Тоқаев', 'Шавкат Мирзиёев'])]),
    # a trip that came next ('was followed by', 'а затем', 'одан кейін ... жауап сапары') is a trip of its own, with its own places and officials; a month told with no year goes on in the year of the sentence
    ("Shavkat Mirziyoyev's state visit to Astana in March 2017 was followed by Nursultan Nazarbayev's trip to Tashkent in September.",
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Shavkat Mirziyoyev']),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', ['Nursultan Nazarbayev'])]),
    ('Государственный визит Шавката Мирзиёева в Астану в марте 2017 года, а затем визит Нурсултана Назарбаева в Ташкент в сентябре открыли новый этап.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Шавкат Мирзиёев']),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', ['Нурсултан Назарбаев'])]),
    ('2017 жылы наурызда Шавкат Мирзиёев Астанаға мемлекеттік сапармен келді, одан кейін қыркүйекте Нұрсұлтан Назарбаев Ташкентке жауап сапарымен барды.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Шавкат Мирзиёев']),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2017, 9, 1), 'month', ['Нұрсұлтан Назарбаев'])]),
    # control: a relative year keeps its own
    ('Мирзиёев посетил Астану в марте 2017 года, а в сентябре прошлого года Токаев побывал в Ташкенте.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Шавкат Мирзиёев']),
      ('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2022, 9, 1), 'month', ['Касым-Жомарт Токаев'])]),
    # control: one trip told twice
    ('President Mirziyoyev arrived in Astana on a state visit on March 22.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2023, 3, 22), 'day', ['Shavkat Mirziyoyev'])]),
    # 'of that year', 'того года', 'сол жылдың' mean the year the text told last, even in a sentence of no event
    ('The turning point came in 2017. Shavkat Mirziyoyev paid a state visit to Astana in March of that year.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Shavkat Mirziyoyev'])]),
    ('Переломным стал 2017 год. В марте того года Шавкат Мирзиёев посетил Астану с государственным визитом.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Шавкат Мирзиёев'])]),
    ('Бетбұрыс 2017 жылы болды. Сол жылдың наурызында Шавкат Мирзиёев Астанаға мемлекеттік сапармен келді.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana', D(2017, 3, 1), 'month', ['Шавкат Мирзиёев'])]),
    # a season with its year told is that season's months, in every language
    ('Ресей мен Қазақстанның өңіраралық ынтымақтастық форумы 2026 жылдың күзінде Оралда өтеді.',
     D(2025, 11, 12),
     [('forum', 'planned', 'KAZ', 'RUS', None, 'KAZ', 'Uralsk', D(2026, 9, 1), 'month', [])]),
    ('Форум межрегионального сотрудничества России и Казахстана состоится в Уральске осенью 2026 года.',
     D(2025, 11, 12),
     [('forum', 'planned', 'KAZ', 'RUS', None, 'KAZ', 'Uralsk', D(2026, 9, 1), 'month', [])]),
    ('The Russia-Kazakhstan Interregional Cooperation Forum will take place in Uralsk in the autumn of 2026.',
     D(2025, 11, 12),
     [('forum', 'planned', 'KAZ', 'RUS', None, 'KAZ', 'Uralsk', D(2026, 9, 1), 'month', [])]),
    # a day a saying is told by is the event's when the saying was made at it
    ('Trade Minister Ömer Bolat said on Wednesday as he co-chaired the 12th meeting of the Türkiye-Kazakhstan Joint Economic Commission in Ankara.',
     D(2024, 10, 17),
     [('council', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2024, 10, 1), 'month', [])]),
    ('Об этом в среду заявил министр торговли Турции Омер Болат на 12-м заседании турецко-казахстанской межправительственной комиссии в Анкаре.',
     D(2024, 10, 17),
     [('council', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2024, 10, 1), 'month', ['Омер Болат'])]),
    ('The figures were announced in Tashkent on Thursday at the 16th meeting of the Uzbek-Kazakh Intergovernmental Commission.',
     D(2018, 10, 5),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2018, 10, 1), 'month', [])]),
    # control: a report's own day is not the event's
    ('The agency reported on Wednesday that the Kazakh-Turkish commission had met in Ankara on October 10.',
     D(2024, 10, 17),
     [('council', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2024, 10, 10), 'day', [])]),
    ('Бұл туралы сәрсенбі күні Анкарада Түркия-Қазақстан үкіметаралық комиссиясының 12-отырысында Түркия Сауда министрі Өмер Болат мәлімдеді.',
     D(2024, 10, 17),
     [('council', 'held', 'KAZ', 'TUR', None, 'TUR', 'Ankara', D(2024, 10, 1), 'month', ['Өмер Болат'])]),
    # one trip picked out of many is a trip
    ('In April 2019 Kassym-Jomart Tokayev chose Uzbekistan for one of his first state visits abroad.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2019, 4, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('В апреле 2019 года Касым-Жомарт Токаев посетил Узбекистан с одним из первых своих государственных визитов.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2019, 4, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('2019 жылғы сәуірде Қасым-Жомарт Тоқаевтың Өзбекстанға сапары оның алғашқы шетелдік сапарларының бірі болды.',
     D(2023, 6, 12),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2019, 4, 1), 'month', ['Қасым-Жомарт Тоқаев'])]),
    # control: visits exchanged are many, none dated
    ('The presidents noted the regular exchange of visits between Kazakhstan and Uzbekistan.',
     D(2023, 6, 12),
     []),
    # a state or official visit paid beside a summit is a visit between the two; a trip to attend the summit is not
    ('Chinese President Xi Jinping arrived in Astana on Tuesday for a state visit to Kazakhstan and the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organization.',
     D(2024, 7, 2),
     [('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2024, 7, 1), 'month', ['Xi Jinping'])]),
    ('Председатель КНР Си Цзиньпин во вторник прибыл в Астану с государственным визитом и для участия в саммите ШОС.',
     D(2024, 7, 2),
     [('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2024, 7, 1), 'month', ['Си Цзиньпин'])]),
    ('Қытай Төрағасы Си Цзиньпин сейсенбі күні Астанаға мемлекеттік сапармен және ШЫҰ саммитіне қатысу үшін келді.',
     D(2024, 7, 2),
     [('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2024, 7, 1), 'month', ['Си Цзиньпин'])]),
    ('President Tokayev arrived in Dushanbe on a working visit to attend the CIS summit.',
     D(2024, 7, 2),
     []),
    # two trip words with two years told are two trips; one year, one trip
    ('Chinese President Xi Jinping returned to Astana in June 2017 for a state visit, and in September 2022 chose Nur-Sultan for his first trip abroad.',
     D(2024, 7, 2),
     [('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2017, 6, 1), 'month', ['Xi Jinping']),
      ('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2022, 9, 1), 'month', ['Xi Jinping'])]),
    ('Chinese President Xi Jinping arrived in Astana on March 3, 2017 for an official visit.',
     D(2024, 7, 2),
     [('visit', 'held', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2017, 3, 3), 'day', ['Xi Jinping'])]),
    # who took part, listed in the sentences after the event, side by side (ru/kk; en below): each official of the pair joins it
    ('21 ноября в Ташкенте состоялось заседание межправительственной комиссии Казахстана и Узбекистана. Заседание провели первый вице-премьер Казахстана Роман Скляр и вице-премьер Узбекистана Жамшид Ходжаев. С казахстанской стороны в заседании приняли участие вице-министр торговли Айжан Бижанова и посол Казахстана в Узбекистане Ерлан Жумагулов. Узбекскую сторону представляли заместитель министра энергетики Улугбек Мухаммадиев и хоким Ташкентской области Зойир Мирзаев.',
     D(2024, 11, 22),
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', D(2024, 11, 21), 'day', ['Роман Скляр', 'Жамшид Ходжаев', 'Айжан Бижанова', 'Ерлан Жумагулов', 'Улугбек Мухаммадиев', 'Зойир Мирзаев'])]),
    ('Астанада Қазақстан мен Венгрия арасындағы үкіметаралық комиссияның отырысы өтті. Отырысқа Қазақстан Премьер-министрінің орынбасары Серік Жұманғарин мен Венгрия Сыртқы істер министрі Петер Сийярто төрағалық етті. Қазақстан делегациясының құрамында Энергетика вице-министрі Ерлан Аккенженов болды.',
     D(2024, 5, 6),
     [('council', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2024, 5, 1), 'month', ['Серік Жұманғарин', 'Петер Сийярто', 'Ерлан Аккенженов'])]),
    # the side word left out: "..., с казахстанской – ..."
    ('В Баку прошло заседание межправительственной комиссии Азербайджана и Казахстана. Заседание провели вице-премьер Азербайджана Шахин Мустафаев и вице-премьер Казахстана Серик Жумангарин. С азербайджанской стороны в заседании участвовал министр цифрового развития и транспорта Рашад Набиев, с казахстанской – вице-министр иностранных дел Алибек Бакаев.',
     D(2025, 5, 20),
     [('council', 'held', 'KAZ', 'AZE', None, 'AZE', 'Baku', D(2025, 5, 1), 'month', ['Шахин Мустафаев', 'Серик Жумангарин', 'Рашад Набиев', 'Алибек Бакаев'])]),
    # who took part in a summit named in the sentence is not listed for the event before
    ('Президент Германии Франк-Вальтер Штайнмайер Қазақстанға мемлекеттік сапар жасады. Канцлер Олаф Шольц «Орталық Азия – Германия» саммитіне қатысты.',
     D(2023, 6, 21),
     [('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', None, D(2023, 6, 1), 'month', ['Франк-Вальтер Штайнмайер'])]),
    # the verb "co-chaired the commission" tells a session; "the co-chairs of the commission" is a title
    ('Deputy Prime Minister of Kazakhstan Serik Zhumangarin and Hungarian Foreign Minister Péter Szijjártó co-chaired the intergovernmental commission in Budapest on May 5. The Kazakh delegation also included Vice Minister of Energy Yerlan Akkenzhenov and Ambassador Nurbakh Rustemov.',
     D(2024, 5, 6),
     [('council', 'held', 'KAZ', 'HUN', None, 'HUN', 'Budapest', D(2024, 5, 5), 'day', ['Serik Zhumangarin', 'Péter Szijjártó', 'Yerlan Akkenzhenov', 'Nurbakh Rustemov'])]),
    ('The co-chairs of the intergovernmental commission, Serik Zhumangarin and Péter Szijjártó, held talks on trade between Kazakhstan and Hungary in Astana on May 5.',
     D(2024, 5, 6),
     [('talks', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2024, 5, 5), 'day', ['Serik Zhumangarin', 'Péter Szijjártó'])]),
    # the one official told with a trip, of no country by title, is its traveller (kk/ru/en); not one who tells of it
    ("Kazakhstan and Germany mark 32 years of diplomatic relations. The minister recalled that ties received a strong boost after Chancellor Angela Merkel's visit to Astana in July 2010.",
     D(2024, 3, 1),
     [('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', 'Astana', D(2010, 7, 1), 'month', ['Angela Merkel'])]),
    ('Қазақстан мен Германия арасындағы дипломатиялық қатынастарға 32 жыл толды. 2010 жылғы шілдеде Федералдық канцлер Ангела Меркель Астанаға сапармен келді.',
     D(2024, 3, 1),
     [('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', 'Astana', D(2010, 7, 1), 'month', ['Ангела Меркель'])]),
    ('Казахстан и Германия отмечают 32 года дипломатических отношений. В июле 2010 года федеральный канцлер Ангела Меркель посетила Астану с визитом.',
     D(2024, 3, 1),
     [('visit', 'held', 'KAZ', 'DEU', 'DEU', 'KAZ', 'Astana', D(2010, 7, 1), 'month', ['Ангела Меркель'])]),
    ('Agriculture Minister Asylzhan Mamytbekov told reporters that a delegation of Iran will visit Astana in December.',
     D(2011, 11, 20),
     [('visit', 'planned', 'KAZ', 'IRN', 'IRN', 'KAZ', 'Astana', D(2011, 12, 1), 'month', [])]),
    # talks with one partner during a summit abroad are bilateral; with no city of its own the meeting is where the report was filed (en/ru/kk)
    ('NEW YORK – On 25 September, Foreign Minister of Kazakhstan Mukhtar Tileuberdi, during the high-level week of the UN General Assembly, held talks with Foreign Minister of Brazil Ernesto Araújo.',
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'BRA', None, 'USA', 'New York', D(2019, 9, 25), 'day', ['Mukhtar Tileuberdi', 'Ernesto Araújo'])]),
    ('Нью-Йорк, 25 сентября. В ходе сессии Генеральной Ассамблеи ООН министр иностранных дел Казахстана Мухтар Тлеуберди провел переговоры с министром иностранных дел Бразилии Эрнесто Араухо.',
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'BRA', None, 'USA', 'New York', D(2019, 9, 25), 'day', ['Мухтар Тлеуберди', 'Эрнесто Араухо'])]),
    ('Нью-Йорк, 25 қыркүйек. БҰҰ Бас Ассамблеясының сессиясы кезінде Қазақстан Сыртқы істер министрі Мұхтар Тілеуберді Бразилия Сыртқы істер министрі Эрнесто Араухомен келіссөздер жүргізді.',
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'BRA', None, 'USA', 'New York', D(2019, 9, 25), 'day', ['Мұхтар Тілеуберді', 'Эрнесто Араухо'])]),
    # a forum named by no country, not told before, is where the talks were held (en/ru/kk); one named by the pair is an event of its own
    ('On Thursday, 26 January, Kazakh Prime Minister Karim Massimov met on the margins of the forum with Swiss President Eveline Widmer-Schlumpf.',
     D(2012, 1, 27),
     [('talks', 'held', 'KAZ', 'CHE', None, None, None, D(2012, 1, 26), 'day', ['Karim Massimov', 'Eveline Widmer-Schlumpf'])]),
    ('На полях форума премьер-министр Казахстана Карим Масимов встретился с президентом Швейцарии Эвелин Видмер-Шлумпф.',
     D(2012, 1, 27),
     [('talks', 'held', 'KAZ', 'CHE', None, None, None, D(2012, 1, 1), 'month', ['Карим Масимов', 'Эвелин Видмер-Шлумпф'])]),
    ('Форум аясында Қазақстан Премьер-министрі Кәрім Мәсімов Швейцария Президенті Эвелин Видмер-Шлумпфпен кездесті.',
     D(2012, 1, 27),
     [('talks', 'held', 'KAZ', 'CHE', None, None, None, D(2012, 1, 1), 'month', ['Кәрім Мәсімов', 'Эвелин Видмер-Шлумпф'])]),
    ('На полях казахстанско-швейцарского бизнес-форума премьер-министр Казахстана Карим Масимов встретился с президентом Швейцарии Эвелин Видмер-Шлумпф.',
     D(2012, 1, 27),
     [('forum', 'held', 'KAZ', 'CHE', None, None, None, D(2012, 1, 1), 'month', ['Карим Масимов', 'Эвелин Видмер-Шлумпф'])]),
    # a trip to a forum of many countries is no visit to its host (en/kk); a state or official visit beside it is
    ('Prime Minister Karim Massimov used his trip to the World Economic Forum in Davos to lobby for more Swiss investment in Kazakhstan.',
     D(2012, 1, 27),
     []),
    ('Премьер-министр Кәрім Мәсімов Давостағы Дүниежүзілік экономикалық форумға сапармен барды.',
     D(2012, 1, 27),
     []),
    ('Kazakh Prime Minister Karim Massimov paid an official visit to Switzerland and attended the World Economic Forum in Davos.',
     D(2012, 1, 27),
     [('visit', 'held', 'KAZ', 'CHE', 'KAZ', 'CHE', None, D(2012, 1, 1), 'month', ['Karim Massimov'])]),
    # after a summit trip, "the visit" with an earlier year of its own is another trip
    ('Prime Minister Karim Massimov used his trip to the World Economic Forum in Davos to lobby for Swiss investment. Relations with Switzerland gained momentum after the visit of President Doris Leuthard to Astana in 2010.',
     D(2012, 1, 27),
     [('visit', 'held', 'KAZ', 'CHE', 'CHE', 'KAZ', 'Astana', D(2010, 1, 1), 'year', ['Doris Leuthard'])]),
    # a trip told as to come while a meeting within it, on one of its days, is told as held: under way
    ('Мәжіліс Төрағасы Ерлан Қошанов бастаған делегация 11-14 наурыз аралығында Түркияда ресми сапармен болады. Сапар аясында 12 наурызда Ерлан Қошанов Түркия Ұлы Ұлттық Мәжілісінің Төрағасы Нуман Куртулмушпен кездесті.',
     None,
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, None, None, ['Ерлан Қошанов', 'Нуман Куртулмуш'])]),
    ('Делегация во главе с председателем Мажилиса Ерланом Кошановым с 11 по 14 марта будет находиться с официальным визитом в Турции. В рамках визита 12 марта Ерлан Кошанов встретился с председателем Великого национального собрания Турции Нуманом Куртулмушем.',
     None,
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, None, None, ['Ерлан Кошанов', 'Нуман Куртулмуш'])]),
    ('Mazhilis Chairman Yerlan Koshanov will be in Turkey on an official visit from 11 to 14 March. As part of the visit, on 12 March Koshanov met Grand National Assembly Speaker Numan Kurtulmus.',
     None,
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', None, None, None, ['Yerlan Koshanov', 'Numan Kurtulmus'])]),
    # a meeting before the trip's first day leaves it to come
    ('Мәжіліс Төрағасы Ерлан Қошанов 11-14 наурыз аралығында Түркияға ресми сапармен барады. Сапар аясында 20 ақпанда Ерлан Қошанов Түркия елшісімен кездесті.',
     None,
     [('visit', 'planned', 'KAZ', 'TUR', 'KAZ', 'TUR', None, None, None, ['Ерлан Қошанов']),
      ('talks', 'held', 'KAZ', 'TUR', None, 'TUR', None, None, None, ['Ерлан Қошанов'])]),
    # the tense cue nearest the trigger's word, counted from its end: "консультациялардың келесі раундын" is still to come
    ('Кездесу соңында тараптар Қазақстан мен Мысыр консультацияларының келесі раундын 2023 жылы Астанада өткізуге уағдаласты.',
     None,
     [('consultations', 'planned', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2023, 1, 1), 'year', [])]),
    ('At the end of the meeting the sides agreed on the next round of Kazakh-Egyptian consultations, in Astana in 2023.',
     None,
     [('consultations', 'planned', 'KAZ', 'EGY', None, 'KAZ', 'Astana', D(2023, 1, 1), 'year', [])]),
    # an agreement or proposal to hold ("договоренность о проведении") plans; the noun "проведении" tells no past
    ('Достигнута договоренность о проведении первого раунда политических консультаций между МИД Казахстана и Бразилии в первой половине 2013 года в Астане.',
     None,
     [('consultations', 'planned', 'KAZ', 'BRA', None, 'KAZ', 'Astana', D(2013, 1, 1), 'month', [])]),
    ('При проведении консультаций Казахстана и Бразилии в Астане стороны обсудили торговлю.',
     None,
     [('consultations', 'held', 'KAZ', 'BRA', None, 'KAZ', 'Astana', None, None, [])]),
    # a strategic dialogue between the foreign ministries is their consultations
    ('В Вашингтоне состоялось очередное заседание казахстанско-американского Диалога по расширенному стратегическому партнерству.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 1), 'month', [])]),
    ('The United States and Kazakhstan held the annual session of their Enhanced Strategic Partnership Dialogue in Washington on December 6.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 6), 'day', [])]),
    ('Вашингтонда Қазақстан мен АҚШ арасындағы Кеңейтілген стратегиялық әріптестік диалогының кезекті отырысы өтті.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 1), 'month', [])]),
    # a dialogue praised is no meeting
    ('Стороны подчеркнули важность стратегического диалога между Казахстаном и США.',
     D(2022, 12, 7),
     []),
    ('The ministers praised the strategic dialogue between Kazakhstan and the United States.',
     D(2022, 12, 7),
     []),
    # one session of a yearly series, held, is one event; sessions held every year are none
    ('Kazakhstan and the US held the annual session of their Strategic Partnership Dialogue in Washington on December 6.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 6), 'day', [])]),
    ('Қазақстан мен АҚШ стратегиялық диалогының жыл сайынғы отырысы 6 желтоқсанда Вашингтонда өтті.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 6), 'day', [])]),
    ('Ежегодное заседание казахстанско-американского стратегического диалога состоялось 6 декабря в Вашингтоне.',
     D(2022, 12, 7),
     [('consultations', 'held', 'KAZ', 'USA', None, 'USA', 'Washington', D(2022, 12, 6), 'day', [])]),
    ('Заседания казахстанско-американского стратегического диалога проводятся ежегодно.',
     D(2022, 12, 7),
     []),
    # the two sides named by their number are the story's pair, not a third country beside them
    ('Бразилия Қазақстанға сапар жасады. Араужу мырза Орталық Азия мен Қытай нарықтарына шығуға мүдделі екенін айтып, екі елдің сыртқы істер министрліктері арасындағы консультациялардың келесі раундын Бразилиада өткізу туралы ұсынысты құптады.',
     D(2019, 9, 26),
     [('visit', 'held', 'KAZ', 'BRA', 'BRA', 'KAZ', None, D(2019, 9, 1), 'month', []),
      ('consultations', 'planned', 'KAZ', 'BRA', None, 'BRA', 'Brasília', None, None, [])]),
    ('Бразилия направила делегацию в Казахстан. Араужу заявил о заинтересованности в выходе на рынки Центральной Азии и Китая и поддержал предложение провести следующий раунд консультаций между МИД двух стран в Бразилиа.',
     D(2019, 9, 26),
     [('consultations', 'planned', 'KAZ', 'BRA', None, 'BRA', 'Brasília', None, None, [])]),
    ('Brazil sent a delegation to Kazakhstan. Araújo said Brazil wanted to reach the markets of Central Asia and China, and welcomed the proposal to hold the next round of consultations between the two foreign ministries in Brasília.',
     D(2019, 9, 26),
     [('consultations', 'planned', 'KAZ', 'BRA', None, 'BRA', 'Brasília', None, None, [])]),
    # a third country's consultations with the story's partner are theirs
    ('Brazil sent a delegation to Kazakhstan. Kazakhstan welcomed the proposal to hold consultations with China in Beijing.',
     D(2019, 9, 26),
     [('consultations', 'planned', 'KAZ', 'CHN', None, 'CHN', 'Beijing', None, None, [])]),
    # a trip told with a time of its own after another ("..., following X's visit to Seoul in August 2021") is a trip of its own
    ("President Yoon Suk Yeol is also expected to make a state visit to Kazakhstan later this year, following Kazakh President Kassym-Jomart Tokayev's state visit to Seoul in August 2021.",
     D(2024, 5, 10),
     [('visit', 'planned', 'KAZ', 'KOR', 'KOR', 'KAZ', None, D(2024, 1, 1), 'year', ['Yoon Suk Yeol']),
      ('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 1), 'month', ['Kassym-Jomart Tokayev'])]),
    ('Президент Южной Кореи совершит государственный визит в Казахстан в этом году, после государственного визита Касым-Жомарта Токаева в Сеул в августе 2021 года.',
     D(2024, 5, 10),
     [('visit', 'planned', 'KAZ', 'KOR', 'KOR', 'KAZ', None, D(2024, 1, 1), 'year', []),
      ('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 1), 'month', ['Касым-Жомарт Токаев'])]),
    ('Қасым-Жомарт Тоқаевтың 2021 жылғы тамыздағы Сеулге мемлекеттік сапарынан кейін Оңтүстік Корея Президенті биыл Қазақстанға мемлекеттік сапармен келеді.',
     D(2024, 5, 10),
     [('visit', 'held', 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul', D(2021, 8, 1), 'month', ['Қасым-Жомарт Тоқаев']),
      ('visit', 'planned', 'KAZ', 'KOR', 'KOR', 'KAZ', None, D(2024, 1, 1), 'year', [])]),
    # with no time of its own, the trip after "following" is the same one
    ('President Yoon Suk Yeol arrived in Astana on a state visit on Monday, following an invitation to visit Kazakhstan.',
     D(2024, 5, 10),
     [('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2024, 5, 1), 'month', ['Yoon Suk Yeol'])]),
    # a month told with one trip and a year with the next: two trips
    ("The visit follows Vice President Dick Cheney's trip to Astana in May, and Nazarbayev's previous visit to Washington in December 2001.",
     D(2006, 9, 27),
     [('visit', 'held', 'KAZ', 'USA', 'USA', 'KAZ', 'Astana', D(2006, 5, 1), 'month', ['Dick Cheney']),
      ('visit', 'held', 'KAZ', 'USA', 'KAZ', 'USA', 'Washington', D(2001, 12, 1), 'month', ['Nursultan Nazarbayev'])]),
    ('Визит следует за поездкой вице-президента Дика Чейни в Астану в мае и предыдущим визитом Назарбаева в Вашингтон в декабре 2001 года.',
     D(2006, 9, 27),
     [('visit', 'held', 'KAZ', 'USA', 'USA', 'KAZ', 'Astana', D(2006, 5, 1), 'month', ['Дик Чейни']),
      ('visit', 'held', 'KAZ', 'USA', 'KAZ', 'USA', 'Washington', D(2001, 12, 1), 'month', ['Нурсултан Назарбаев'])]),
    # one month and one year in one phrase: one trip
    ('Nazarbayev arrived in Washington in December 2001 for an official visit.',
     D(2006, 9, 27),
     [('visit', 'held', 'KAZ', 'USA', 'KAZ', 'USA', 'Washington', D(2001, 12, 1), 'month', ['Nursultan Nazarbayev'])]),
    # in an undated report, a meeting told "yesterday" is not the session told "today": two events (the session in
    # "Өзбекстан астанасында", the capital of Uzbekistan)
    ('Ташкент, 5 маусым. Бүгін Өзбекстан астанасында Қазақстан-Өзбекстан үкіметаралық комиссиясының отырысы өтті. Отырыс қарсаңында, кеше, Қазақстан делегациясын Өзбекстан Премьер-министрі Абдулла Арипов қабылдады.',
     None,
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, []),
      ('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, ['Абдулла Арипов'])]),
    ('ТАШКЕНТ, 5 июня. Сегодня в Ташкенте состоялось заседание казахстанско-узбекской межправительственной комиссии. Накануне заседания, вчера, казахстанскую делегацию принял премьер-министр Узбекистана Абдулла Арипов.',
     None,
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, []),
      ('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, ['Абдулла Арипов'])]),
    ('TASHKENT, June 5 – The Kazakh-Uzbek intergovernmental commission held its session in Tashkent today. On the eve of the session, yesterday, Uzbek Prime Minister Abdulla Aripov received the Kazakh delegation.',
     None,
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, []),
      ('talks', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, ['Abdulla Aripov'])]),
    # told the same day, the meeting is part of the session
    ('ТАШКЕНТ, 5 июня. Сегодня в Ташкенте состоялось заседание казахстанско-узбекской межправительственной комиссии. Сегодня же казахстанскую делегацию принял премьер-министр Узбекистана Абдулла Арипов.',
     None,
     [('council', 'held', 'KAZ', 'UZB', None, 'UZB', 'Tashkent', None, None, ['Абдулла Арипов'])]),
    # a joint committee of the pair is its commission
    ('The two sides agreed to convene the 17th session of the Korea-Kazakhstan joint committee on economic cooperation in Astana in the second half of the year.',
     D(2026, 2, 12),
     [('council', 'planned', 'KAZ', 'KOR', None, 'KAZ', 'Astana', D(2026, 7, 1), 'month', [])]),
    ('Стороны договорились провести 17-е заседание казахстанско-корейского совместного комитета по экономическому сотрудничеству в Астане во втором полугодии.',
     D(2026, 2, 12),
     [('council', 'planned', 'KAZ', 'KOR', None, 'KAZ', 'Astana', D(2026, 7, 1), 'month', [])]),
    ('Тараптар Қазақстан-Корея бірлескен комитетінің 17-отырысын жылдың екінші жартысында Астанада өткізуге уағдаласты.',
     D(2026, 2, 12),
     [('council', 'planned', 'KAZ', 'KOR', None, 'KAZ', 'Astana', D(2026, 7, 1), 'month', [])]),
    # the body named as a mechanism is no session
    ('The ministers agreed to establish a Korea-Kazakhstan joint committee on economic cooperation.',
     D(2026, 2, 12),
     []),
    # what a traveller said in a clause of its own ("..., saying", ", заявив") tells another trip, and "wrapped up" is past
    ('NUR-SULTAN, Nov 4 (Reuters) - Hungarian Foreign Minister Peter Szijjarto wrapped up a two-day visit to Kazakhstan on Monday, saying Prime Minister Viktor Orban is set to visit the country next year.',
     D(2019, 11, 4),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana', D(2019, 11, 3), 'day', ['Peter Szijjarto']),
      ('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2020, 1, 1), 'year', ['Viktor Orban'])]),
    ('Министр иностранных дел Венгрии Петер Сийярто завершил визит в Казахстан, заявив, что премьер-министр Виктор Орбан посетит Казахстан в следующем году.',
     D(2019, 11, 4),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2019, 11, 1), 'month', ['Петер Сийярто']),
      ('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2020, 1, 1), 'year', ['Виктор Орбан'])]),
    ('Венгрия Сыртқы істер министрі Петер Сийярто Қазақстанға сапарын аяқтады. Ол Премьер-министр Виктор Орбанның келесі жылы Қазақстанға келетінін айтты.',
     D(2019, 11, 4),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2019, 11, 1), 'month', ['Петер Сийярто']),
      ('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2020, 1, 1), 'year', ['Виктор Орбан'])]),
    ("Hungary's Szijjarto wraps up Kazakhstan trip, says Orban to visit next year",
     D(2019, 11, 4),
     [('visit', 'held', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2019, 11, 1), 'month', ['Péter Szijjártó']),
      ('visit', 'planned', 'KAZ', 'HUN', 'HUN', 'KAZ', None, D(2020, 1, 1), 'year', ['Viktor Orbán'])]),
    # an event noun's own participle phrase tells its day by the event before: "held the same day", "состоявшийся на следующий день"
    ('Kazakhstan and Poland held the fifth session of their intergovernmental commission in Warsaw on 14 May. A Kazakh-Polish business forum held the same day drew 200 companies.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    ('Пятое заседание казахстанско-польской межправительственной комиссии прошло в Варшаве 14 мая. Казахстанско-польский бизнес-форум, состоявшийся на следующий день, собрал 200 компаний.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, None, None, D(2024, 5, 15), 'day', [])]),
    ('Қазақстан-Польша үкіметаралық комиссиясының бесінші отырысы 14 мамырда Варшавада өтті. Сол күні өткен қазақ-поляк бизнес-форумына 200 компания қатысты.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    # control: a day of its own in the participle phrase
    ('Kazakhstan and Poland held the fifth session of their intergovernmental commission in Warsaw on 14 May. A Kazakh-Polish business forum held in Krakow on 16 May drew 200 companies.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, None, None, D(2024, 5, 16), 'day', [])]),
    # a session dated only by the report's month takes the day a next sentence gives its noun with a participle of holding
    ('Варшавада Қазақстан мен Польша арасындағы үкіметаралық комиссияның бесінші отырысы өтті. Бұл туралы министрлік хабарлады. 14 мамырда өткен отырыста тараптар көлік пен логистиканы талқылады.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    ('В Варшаве прошло пятое заседание казахстанско-польской межправительственной комиссии. На заседании, состоявшемся 14 мая, стороны обсудили транспорт и логистику.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    ('The fifth session of the Kazakhstan-Poland intergovernmental commission took place in Warsaw. At the session, held on 14 May, the sides discussed transport and logistics.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    # control: a day a next sentence gives with no noun of the event
    ('В Варшаве прошло пятое заседание казахстанско-польской межправительственной комиссии. 14 мая в Гданьске открылся новый терминал.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 1), 'month', [])]),
    # a forum held on the sidelines of the session told before takes its day (and, from 0.35.0, its place)
    ('Kazakhstan and Poland held the fifth session of their intergovernmental commission in Warsaw on 14 May. A Kazakh-Polish business forum, held on the sidelines of the commission, drew 200 companies.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    ('Пятое заседание казахстанско-польской межправительственной комиссии прошло в Варшаве 14 мая. На полях заседания прошел казахстанско-польский бизнес-форум.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    ('Қазақстан-Польша үкіметаралық комиссиясының бесінші отырысы 14 мамырда Варшавада өтті. Комиссия отырысы аясында қазақ-поляк бизнес-форумы өтті.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', [])]),
    # the next day told as a past: "келесі күні", "the following day"
    ('Қазақстан-Польша үкіметаралық комиссиясының бесінші отырысы 14 мамырда Варшавада өтті. Келесі күні қазақ-поляк бизнес-форумы өтті.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, None, None, D(2024, 5, 15), 'day', [])]),
    ('Kazakhstan and Poland held the fifth session of their intergovernmental commission in Warsaw on 14 May. A Kazakh-Polish business forum held the following day drew 200 companies.',
     D(2024, 5, 20),
     [('council', 'held', 'KAZ', 'POL', None, 'POL', 'Warsaw', D(2024, 5, 14), 'day', []),
      ('forum', 'held', 'KAZ', 'POL', None, None, None, D(2024, 5, 15), 'day', [])]),
    # a trip said to begin or end with an event dates the event by the trip's first or last day
    ('Сауда министрі 12-14 наурызда Бразилияға жұмыс сапарымен барды. Сапар Сан-Паулуда өткен қазақ-бразил бизнес-форумынан басталды.',
     D(2026, 3, 16),
     [('visit', 'held', 'KAZ', 'BRA', 'KAZ', 'BRA', None, D(2026, 3, 12), 'day', []),
      ('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2026, 3, 12), 'day', [])]),
    ('Министр торговли 12-14 марта находился в Бразилии с рабочим визитом. Визит начался с казахстанско-бразильского бизнес-форума в Сан-Паулу.',
     D(2026, 3, 16),
     [('visit', 'held', 'KAZ', 'BRA', 'KAZ', 'BRA', None, D(2026, 3, 12), 'day', []),
      ('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2026, 3, 12), 'day', [])]),
    ("Kazakhstan's trade minister paid a working visit to Brazil on March 12-14. The visit ended with a Kazakh-Brazilian business forum in Sao Paulo.",
     D(2026, 3, 16),
     [('visit', 'held', 'KAZ', 'BRA', 'KAZ', 'BRA', None, D(2026, 3, 12), 'day', []),
      ('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2026, 3, 14), 'day', [])]),
    # control: the trip began with another event of the sentence
    ("Kazakhstan's trade minister paid a working visit to Brazil on March 12-14. The visit began in Sao Paulo, and a Kazakh-Brazilian business forum was held in Brasilia.",
     D(2026, 3, 16),
     [('visit', 'held', 'KAZ', 'BRA', 'KAZ', 'BRA', None, D(2026, 3, 12), 'day', []),
      ('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'Brasília', D(2026, 3, 12), 'day', [])]),
    # a name of short syllables named again whole, its last word in a case ("Мун Чжэ Иннің", "Мун Чжэ Ин" after "Мун Чжэ Ином")
    ('Тоқаев Корея Президенті Мун Чжэ Инмен телефон арқылы сөйлесті. Ал 2019 жылғы сәуірде Мун Чжэ Иннің Нұр-Сұлтанға мемлекеттік сапары екіжақты ынтымақтастыққа жаңа серпін берді.',
     D(2022, 1, 28),
     [('phone_call', 'held', 'KAZ', 'KOR', None, None, None, D(2022, 1, 28), 'day', ['Қасым-Жомарт Тоқаев', 'Мун Чжэ Ин']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', ['Мун Чжэ Ин'])]),
    ('Токаев провел телефонный разговор с Президентом Республики Корея Мун Чжэ Ином. Мун Чжэ Ин напомнил о своем государственном визите в Нур-Султан в апреле 2019 года.',
     D(2022, 1, 28),
     [('phone_call', 'held', 'KAZ', 'KOR', None, None, None, D(2022, 1, 28), 'day', ['Касым-Жомарт Токаев', 'Мун Чжэ Ином']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', ['Мун Чжэ Ином'])]),
    ('Tokayev held a phone call with President of the Republic of Korea Moon Jae In. Moon Jae In recalled his state visit to Nur-Sultan in April 2019.',
     D(2022, 1, 28),
     [('phone_call', 'held', 'KAZ', 'KOR', None, None, None, D(2022, 1, 28), 'day', ['Kassym-Jomart Tokayev', 'Moon Jae In']),
      ('visit', 'held', 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana', D(2019, 4, 1), 'month', ['Moon Jae In'])]),
    # the head of state named by title before a body's letters ("Мемлекет басшысы ШЫҰ саммиті аясында"), the article's own
    ('Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Моңғолия Президентімен кездесті. Айта кетейік, кеше Мемлекет басшысы ШЫҰ саммиті аясында Түркия Президенті Реджеп Тайып Ердоғанмен кездесу өткізген болатын.',
     D(2024, 7, 4),
     [('talks', 'held', 'KAZ', 'MNG', None, None, None, D(2024, 7, 4), 'day', ['Қасым-Жомарт Тоқаев']),
      ('talks', 'held', 'KAZ', 'TUR', None, None, None, D(2024, 7, 3), 'day', ['Реджеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев'])]),
    # a visit to come that its sentence tells being prepared: the one preparing it is not in it
    ('Тоқаев Қытай Сыртқы істер министрі Ван Иді қабылдады. Ван И Астанада Си Цзиньпиннің шілдеге жоспарланған мемлекеттік сапарын дайындау үшін жүр.',
     D(2024, 6, 5),
     [('talks', 'held', 'KAZ', 'CHN', None, 'KAZ', None, D(2024, 6, 1), 'month', ['Қасым-Жомарт Тоқаев', 'Ван И']),
      ('visit', 'planned', 'KAZ', 'CHN', 'CHN', 'KAZ', 'Astana', D(2024, 7, 1), 'month', ['Си Цзиньпин'])]),
    # a forum named again after a saying: the saying's times and plans are not the forum's
    ('A Kazakhstan-Brazil business forum was held in Sao Paulo on Tuesday. "The task is to reach $500 million a year by 2015," Rau told the forum.',
     D(2013, 9, 26),
     [('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2013, 9, 1), 'month', [])]),
    ('В среду в Сан-Паулу прошел казахстанско-бразильский бизнес-форум. «Задача – довести товарооборот до 500 млн долларов к 2015 году», – сказал Рау участникам форума.',
     D(2013, 9, 26),
     [('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2013, 9, 1), 'month', [])]),
    ('Сәрсенбіде Сан-Паулуда қазақ-бразил бизнес-форумы өтті. «Міндет – 2015 жылға қарай тауар айналымын 500 млн долларға жеткізу», – деді Рау форумда.',
     D(2013, 9, 26),
     [('forum', 'held', 'KAZ', 'BRA', None, 'BRA', 'São Paulo', D(2013, 9, 1), 'month', [])]),
    # the weekend just gone: its Saturday and Sunday before the report's day
    ('ТАШКЕНТ, 18 мая 2021 года. В минувшие выходные Председатель Сената Парламента Казахстана Маулен Ашимбаев находился в Узбекистане с официальным визитом.',
     D(2021, 5, 18),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', 'Tashkent', D(2021, 5, 15), 'day', ['Маулен Ашимбаев'])]),
    ('Kazakh Senate Speaker Maulen Ashimbayev paid an official visit to Uzbekistan last weekend.',
     D(2021, 5, 18),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2021, 5, 15), 'day', ['Maulen Ashimbayev'])]),
    ('Сенат Төрағасы Мәулен Әшімбаев өткен демалыс күндері Өзбекстанға ресми сапармен барды.',
     D(2021, 5, 18),
     [('visit', 'held', 'KAZ', 'UZB', 'KAZ', 'UZB', None, D(2021, 5, 15), 'day', ['Мәулен Әшімбаев'])]),
    # control: a weekend to come
    ('Kazakh Senate Speaker Maulen Ashimbayev will pay an official visit to Uzbekistan next weekend.',
     D(2021, 5, 18),
     [('visit', 'planned', 'KAZ', 'UZB', 'KAZ', 'UZB', None, None, None, ['Maulen Ashimbayev'])]),
    # a trip told right after the meeting held in it, with no time of its own, took place on the meeting's day
    ('В среду в Анкаре состоялись переговоры министра иностранных дел Казахстана Бейбута Атамкулова с министром иностранных дел Турции Мевлютом Чавушоглу. Глава казахстанского внешнеполитического ведомства находился в Турции с рабочим визитом.',
     D(2019, 12, 2),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', 'Ankara', D(2019, 11, 1), 'month', ['Бейбут Атамкулов', 'Мевлют Чавушоглу'])]),
    ('On Wednesday Kazakh Foreign Minister Beibut Atamkulov held talks in Ankara with Turkish Foreign Minister Mevlut Cavusoglu. The Kazakh minister was in Türkiye on a working visit.',
     D(2019, 12, 2),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', 'Ankara', D(2019, 11, 1), 'month', ['Beibut Atamkulov', 'Mevlut Cavusoglu'])]),
    ('Сәрсенбіде Анкарада Қазақстан Сыртқы істер министрі Бейбіт Атамқұлов пен Түркия Сыртқы істер министрі Мевлют Чавушоғлу келіссөздер жүргізді. Қазақстан министрі Түркияда жұмыс сапарымен болды.',
     D(2019, 12, 2),
     [('visit', 'held', 'KAZ', 'TUR', 'KAZ', 'TUR', 'Ankara', D(2019, 11, 1), 'month', ['Бейбіт Атамқұлов', 'Мевлют Чавушоғлу'])]),    # the one official named is not the traveller when the other side's official is told by title ("Моңғолия
    # Президентінің сапары ... Тоқаевтың қабылдаған"): the direction is not guessed from him
    ('Моңғолия Президентінің 3-5 маусым аралығындағы сапары Қасым-Жомарт Тоқаевтың биыл қабылдаған үшінші мемлекеттік сапары болды.',
     D(2024, 6, 5),
     [('visit', 'held', 'KAZ', 'MNG', None, None, None, D(2024, 6, 3), 'day', ['Қасым-Жомарт Тоқаев'])]),
    ("The Mongolian President's visit on June 3-5 was the third state visit Kassym-Jomart Tokayev has hosted this year.",
     D(2024, 6, 5),
     [('visit', 'held', 'KAZ', 'MNG', 'MNG', 'KAZ', None, D(2024, 6, 3), 'day', ['Kassym-Jomart Tokayev'])]),
    ('Визит Президента Монголии 3-5 июня стал третьим государственным визитом, который принял Касым-Жомарт Токаев в этом году.',
     D(2024, 6, 5),
     [('visit', 'held', 'KAZ', 'MNG', None, None, None, D(2024, 6, 3), 'day', ['Касым-Жомарт Токаев'])]),    # the lead's summit or series of meetings in a city is where the meetings told after it took place
    ('Министр иностранных дел Казахстана провел в Нью-Йорке ряд двусторонних встреч. 24 сентября состоялась встреча с Министром иностранных дел Венгрии Петером Сийярто.',
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'HUN', None, 'USA', 'New York', D(2019, 9, 24), 'day', ['Петер Сийярто'])]),
    ("Kazakhstan's Foreign Minister held a series of bilateral meetings in New York. On September 24 he met Hungarian Foreign Minister Peter Szijjarto.",
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'HUN', None, 'USA', 'New York', D(2019, 9, 24), 'day', ['Peter Szijjarto'])]),
    ('Қазақстан Сыртқы істер министрі Нью-Йоркте бірқатар екіжақты кездесулер өткізді. 24 қыркүйекте ол Венгрия Сыртқы істер министрі Петер Сийяртомен кездесті.',
     D(2019, 9, 26),
     [('talks', 'held', 'KAZ', 'HUN', None, 'USA', 'New York', D(2019, 9, 24), 'day', ['Петер Сийярто'])]),
    # a host receiving all of a gathering's guests holds no talks with one of them; the gathering told in the lead
    # with its day and city dates and places the bilateral meeting held that day ("в тот же день", "On the same day")
    ('Участников совещания министров иностранных дел «Центральная Азия плюс Япония» принял Премьер-министр Японии Дзюнъитиро Коидзуми.',
     D(2006, 6, 6), []),
    ("Japanese Prime Minister Junichiro Koizumi received the participants of the Central Asia plus Japan foreign ministers' meeting.",
     D(2006, 6, 6), []),
    ('Жапония Премьер-министрі Дзюнъитиро Коидзуми «Орталық Азия плюс Жапония» министрлер кеңесінің қатысушыларын қабылдады.',
     D(2006, 6, 6), []),
    ('Министр иностранных дел Казахстана принял участие в совещании министров в рамках диалога «Центральная Азия плюс Япония», которое состоялось 5 июня в Токио. Участников совещания принял Премьер-министр Японии Дзюнъитиро Коидзуми. В тот же день состоялась двусторонняя встреча министра с Министром иностранных дел Японии Таро Асо.',
     D(2006, 6, 6),
     [('talks', 'held', 'KAZ', 'JPN', None, 'JPN', 'Tokyo', D(2006, 6, 5), 'day', ['Таро Асо'])]),
    ("Kazakhstan's Foreign Minister took part in the Central Asia plus Japan foreign ministers' meeting held in Tokyo on June 5. Japanese Prime Minister Junichiro Koizumi received the participants of the meeting. On the same day, the minister held a bilateral meeting with Japanese Foreign Minister Taro Aso.",
     D(2006, 6, 6),
     [('talks', 'held', 'KAZ', 'JPN', None, 'JPN', 'Tokyo', D(2006, 6, 5), 'day', ['Taro Aso'])]),
    # control: a gathering recalled after the report's own events is no venue of theirs
    ('Сенат Төрағасы Әшімбаев Астанада Венгрия Парламентінің Төрағасымен кездесті. Спикерлер 2024 жылдың қарашасында Бакуде өткен COP29 конференциясы аясындағы уағдаластықтарды атап өтті. Венгр қонағы Мәжіліс Төрағасымен де кездесті.',
     D(2026, 2, 12),
     [('talks', 'held', 'KAZ', 'HUN', None, 'KAZ', 'Astana', D(2026, 2, 1), 'month', ['Мәулен Әшімбаев'])]),
]


@pytest.mark.parametrize("text,published,expected", ARTICLE_GRAMMAR)
def test_article_grammar(text, published, expected):
    got = [(e.event_type, e.status, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3, e.host_iso3, e.location,
            e.date_start, e.date_precision, [p.name for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# the days an event spans: a trip of a stated length from the one day given, two consecutive days joined by "and"
EVENT_DAYS = [
    ("ASTANA, March 12 – Vietnamese Foreign Minister Bui Thanh Son wrapped up a two-day official visit to Kazakhstan "
     "on Wednesday.", D(2025, 3, 12), (D(2025, 3, 11), D(2025, 3, 12))),
    ("Министр иностранных дел Вьетнама Буй Тхань Шон 11 марта прибыл в Астану с двухдневным официальным визитом.",
     D(2025, 3, 12), (D(2025, 3, 11), D(2025, 3, 12))),
    ("Вьетнамның Сыртқы істер министрі Буй Тхань Шон 11 наурызда Астанаға екі күндік ресми сапармен келді.",
     D(2025, 3, 12), (D(2025, 3, 11), D(2025, 3, 12))),
    ("Kazakhstan's Foreign Minister will arrive in Islamabad on Monday on a three-day official visit.",
     D(2024, 8, 24), (D(2024, 8, 26), D(2024, 8, 28))),
    ("В Исламабаде 2 и 3 апреля состоялись казахстанско-пакистанские политические консультации.", D(2025, 4, 4),
     (D(2025, 4, 2), D(2025, 4, 3))),
    ("Kazakh-Pakistani political consultations were held in Islamabad on April 2 and 3.", D(2025, 4, 4),
     (D(2025, 4, 2), D(2025, 4, 3))),
    ("Исламабадта 2 және 3 сәуірде қазақстан-пәкістан саяси консультациялары өтті.", D(2025, 4, 4),
     (D(2025, 4, 2), D(2025, 4, 3))),
    # two days apart are no span
    ("Казахстанско-пакистанские политические консультации прошли в Исламабаде 5 и 20 марта.", D(2025, 4, 4),
     (D(2025, 3, 5), D(2025, 3, 5))),
    # a length without the day it began or ended leaves the day as it is
    ("Pakistani Foreign Minister paid a two-day visit to Astana on March 5.", D(2025, 4, 4),
     (D(2025, 3, 5), D(2025, 3, 5))),
    # a trip told as ended, with only the day it began: it ended on the report's day (within ten days)
    ("Президент Казахстана завершил государственный визит во Вьетнам, который начался 10 марта.", D(2025, 3, 12),
     (D(2025, 3, 10), D(2025, 3, 12))),
    ("President Tokayev wrapped up his state visit to Vietnam, which began on March 10.", D(2025, 3, 12),
     (D(2025, 3, 10), D(2025, 3, 12))),
    ("Президент 10 наурызда басталған Вьетнамға мемлекеттік сапарын аяқтады.", D(2025, 3, 12),
     (D(2025, 3, 10), D(2025, 3, 12))),
    ("Президент Казахстана завершил государственный визит во Вьетнам, который начался 10 марта.", D(2025, 4, 12),
     (D(2025, 3, 10), D(2025, 3, 10))),
    # a trip of a told length that ended on the report's day keeps its days when its talks tell one of them
    ("ASTANA, March 13 – Kazakhstan and Vietnam agreed to open a direct flight. The decision came as Vietnam's "
     "Foreign Minister Bui Thanh Son wrapped up a two-day visit to Astana. On Wednesday, he held talks with Murat "
     "Nurtleu.", D(2025, 3, 13), (D(2025, 3, 12), D(2025, 3, 13))),
    ("АСТАНА, 13 марта. КАЗИНФОРМ – Казахстан и Вьетнам договорились открыть прямой авиарейс. Министр иностранных дел "
     "Вьетнама Буй Тхань Шон завершил двухдневный визит в Астану. В среду он провел переговоры с Муратом Нуртлеу.",
     D(2025, 3, 13), (D(2025, 3, 12), D(2025, 3, 13))),
    ("АСТАНА, 13 наурыз. ҚазАқпарат – Қазақстан мен Вьетнам тікелей әуе рейсін ашуға келісті. Вьетнамның Сыртқы істер "
     "министрі Буй Тхань Шон Астанаға екі күндік сапарын аяқтады. Сәрсенбі күні ол Мұрат Нұртілеумен келіссөз жүргізді.",
     D(2025, 3, 13), (D(2025, 3, 12), D(2025, 3, 13))),
    # with no day of the report (only its date), the talks' day dates the trip
    ("Vietnam's Foreign Minister Bui Thanh Son wrapped up a two-day visit to Astana. "
     "On Wednesday, he held talks with Murat Nurtleu.", D(2025, 3, 13), (D(2025, 3, 1), D(2025, 3, 31))),  # a weekday: its month
    # the day a trip lasts until ends it: told in the sentence of its start or in one of its own
    ("Президент Эквадора прибыл сегодня в Астану, где до 9 ноября пробудет с официальным визитом.",
     D(2016, 11, 7), (D(2016, 11, 7), D(2016, 11, 9))),
    ("The Vietnamese delegation arrived in Astana yesterday on an official visit. The visit will last until November 9.",
     D(2016, 11, 7), (D(2016, 11, 6), D(2016, 11, 9))),
    ("Эквадор делегациясы Астанаға кеше ресми сапармен келді. Сапар 9 қарашаға дейін жалғасады.",
     D(2016, 11, 7), (D(2016, 11, 6), D(2016, 11, 9))),
    ("Делегация Эквадора, которая пробудет в Казахстане до 9 ноября, прибыла в Астану вчера с официальным визитом.",
     D(2016, 11, 7), (D(2016, 11, 6), D(2016, 11, 9))),
    ("The President of Ecuador will visit Kazakhstan from November 7 until November 9.",
     D(2016, 11, 1), (D(2016, 11, 7), D(2016, 11, 9))),
    # control: a span of its own ("с 7 по 9 ноября") is read as before
    ("Президент Эквадора посетит Казахстан с 7 по 9 ноября.", D(2016, 11, 1), (D(2016, 11, 7), D(2016, 11, 9))),
    # a trip of a stated length opened on a day: "opened a three-day visit", "үш күндік сапарын бастады", "начал трехдневный визит"
    ("Kenya's Foreign Minister opened a three-day working visit to Kazakhstan in Almaty on Monday.",
     D(2011, 10, 17), (D(2011, 10, 17), D(2011, 10, 19))),
    ("Кения Сыртқы істер министрі дүйсенбіде Алматыда Қазақстанға үш күндік жұмыс сапарын бастады.",
     D(2011, 10, 17), (D(2011, 10, 17), D(2011, 10, 19))),
    ("Министр иностранных дел Кении в понедельник начал в Алматы трехдневный рабочий визит в Казахстан.",
     D(2011, 10, 17), (D(2011, 10, 17), D(2011, 10, 19))),
    # a forum or session of a stated length, told before its name, that opened (or closed) on the day given
    ("TURKISTAN. The two-day Kazakh-Uzbek Interregional Cooperation Forum opened in Turkistan today.",
     D(2026, 3, 19), (D(2026, 3, 19), D(2026, 3, 20))),
    ("Двухдневный казахстанско-узбекский форум межрегионального сотрудничества открылся сегодня в Туркестане.",
     D(2026, 3, 19), (D(2026, 3, 19), D(2026, 3, 20))),
    ("Түркістанда бүгін екі күндік қазақ-өзбек өңіраралық ынтымақтастық форумы ашылды.",
     D(2026, 3, 19), (D(2026, 3, 19), D(2026, 3, 20))),
    ("The three-day Kazakh-Uzbek Interregional Cooperation Forum closed in Turkistan on March 21.",
     D(2026, 3, 22), (D(2026, 3, 19), D(2026, 3, 21))),
    ("Трехдневный казахстанско-узбекский форум межрегионального сотрудничества завершился в Туркестане 21 марта.",
     D(2026, 3, 22), (D(2026, 3, 19), D(2026, 3, 21))),
    ("Түркістанда 21 наурызда үш күндік қазақ-өзбек өңіраралық ынтымақтастық форумы аяқталды.",
     D(2026, 3, 22), (D(2026, 3, 19), D(2026, 3, 21))),
    # control: a length told of no session's name leaves its day as it is
    ("The Kazakh-Uzbek Interregional Cooperation Forum opened in Turkistan today, after a two-day exhibition of crafts.",
     D(2026, 3, 19), (D(2026, 3, 19), D(2026, 3, 19))),
    # control: an exhibition opened during a trip does not begin it
    ("During his two-day visit to Kazakhstan, Kenya's Foreign Minister opened an exhibition of Kenyan art in Almaty on Monday.",
     D(2011, 10, 17), (D(2011, 10, 1), D(2011, 10, 31))),  # a weekday: its month
]


# a forum told in the sentence right after the one giving a trip's first day goes on with that day, and that place
FORUM_AFTER_TRIP_START = [
    "Kenya's Foreign Minister opened a three-day working visit to Kazakhstan in Almaty on Monday. "
    "He addressed about 300 participants at the Kazakhstan-Kenya Business Forum.",
    "Министр иностранных дел Кении в понедельник начал в Алматы трехдневный рабочий визит в Казахстан. "
    "Он выступил перед 300 участниками казахстанско-кенийского бизнес-форума.",
    "Кения Сыртқы істер министрі дүйсенбіде Алматыда Қазақстанға үш күндік жұмыс сапарын бастады. "
    "Ол қазақ-кениялық бизнес-форумның 300 қатысушысы алдында сөз сөйледі.",
]


@pytest.mark.parametrize("text", FORUM_AFTER_TRIP_START)
def test_a_forum_told_after_a_trip_began_takes_its_first_day(text):
    got = [(e.event_type, e.date_start, e.date_end, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2011, 10, 17)))]
    assert got == [("visit", D(2011, 10, 17), D(2011, 10, 19), "Almaty"), ("forum", D(2011, 10, 17), D(2011, 10, 17), "Almaty")]


@pytest.mark.parametrize("text,published,days", EVENT_DAYS)
def test_event_days(text, published, days):
    (event,) = extract_events(article_from_text(text, "case.txt", published_on=published))
    assert (event.date_start, event.date_end) == days


# the year of a yearless day in an undated article
MONTH_YEARS = [
    # in an undated article, a yearless day takes the year its month is told with ("с 10 по 15 ноября 2025 года"), not the latest year named
    ('Заместитель министра иностранных дел Казахстана Алибек Бакаев с 10 по 15 ноября 2025 года совершил турне по странам Персидского залива, готовя контакты на высшем уровне в 2026 году. 12 ноября Бакаев прибыл в Эль-Кувейт с визитом.',
     D(2025, 11, 12)),
    ('Kazakh Deputy Foreign Minister Alibek Bakayev toured the Gulf from November 10 to 15, 2025, preparing top-level contacts in 2026. On November 12, Bakayev arrived in Kuwait City on a visit.',
     D(2025, 11, 12)),
    ('Қазақстан Сыртқы істер министрінің орынбасары Әлібек Бақаев 2025 жылғы 10-15 қарашада Парсы шығанағы елдерін аралап, 2026 жылғы жоғары деңгейдегі байланыстарды дайындады. 12 қарашада Бақаев Кувейтке сапармен келді.',
     D(2025, 11, 12)),
    # a month told with two years lends neither: the latest year named
    ('Бакаев посетил Эр-Рияд 3 ноября 2024 года и Маскат 5 ноября 2025 года, готовя контакты в 2026 году. 12 ноября Бакаев прибыл в Эль-Кувейт с визитом.',
     D(2026, 11, 12)),
]


@pytest.mark.parametrize("text,day", MONTH_YEARS)
def test_a_yearless_day_takes_the_year_of_its_month(text, day):
    (event,) = [e for e in extract_events(article_from_text(text, "case.txt")) if e.country_b_iso3 == "KWT"]
    assert (event.date_start, event.date_year_inferred) == (day, True)


# in an undated article, a yearless day takes the one year its month was told with before it, even a bare month
# ("В июле 2023 года ... 19 июля"), not the latest year named; a day told in the sentence of its month and year is
# that day ("В начале декабря 2023 года ... 1 декабря провел переговоры")
MONTH_TOLD_BEFORE = [
    ('В июле 2023 года Токаев принял участие в саммите в Джидде. Его отдельная встреча с наследным принцем Саудовской '
     'Аравии Мухаммедом бен Сальманом состоялась 19 июля. В 2024 году товарооборот вырос.', "SAU", D(2023, 7, 19), True),
    ('In July 2023, Tokayev attended the summit in Jeddah. His separate meeting with Saudi Crown Prince Mohammed bin '
     'Salman took place on July 19. Trade grew in 2024.', "SAU", D(2023, 7, 19), True),
    ('2023 жылғы шілдеде Тоқаев Жиддадағы саммитке қатысты. Оның Сауд Арабиясының тақ мұрагері Мұхаммед бин Салманмен '
     'жеке кездесуі 19 шілдеде өтті. 2024 жылы тауар айналымы өсті.', "SAU", D(2023, 7, 19), True),
    ('В начале декабря 2023 года Токаев 1 декабря провел переговоры с президентом ОАЭ. В 2024 году товарооборот вырос.',
     "ARE", D(2023, 12, 1), False),
    ('In early December 2023, Tokayev held talks with the UAE President on December 1. Trade grew in 2024.',
     "ARE", D(2023, 12, 1), False),
]


@pytest.mark.parametrize("text,iso,day,inferred", MONTH_TOLD_BEFORE)
def test_a_yearless_day_takes_the_year_its_month_was_told_with(text, iso, day, inferred):
    (event,) = [e for e in extract_events(article_from_text(text, "case.txt")) if e.country_b_iso3 == iso]
    assert (event.date_start, event.date_end, event.date_year_inferred) == (day, day, inferred)


# who travels with a delegation ("еріп жүр", "сопровождает", "accompanied by", "делегация құрамында", "в состав делегации
# вошел", "the delegation included") is of the visitor's side, and no second traveller: the trip and the talks during it
# stay one event; talks dated by an undated report's dateline are none of a visit the text recalls from another month
DELEGATIONS = [
    ("Мемлекет басшысы Нұрсұлтан Назарбаевтың АҚШ-қа ресми сапары 28 қыркүйекте басталып, 1 қазанға дейін созылады. "
     "Президентпен бірге сапарға Энергетика министрі Бақытжан Ізмұхамбетов еріп жүр.", D(2006, 9, 30),
     [("visit", D(2006, 9, 28), [("Нұрсұлтан Назарбаев", "KAZ"), ("Бақытжан Ізмұхамбетов", "KAZ")])]),
    ("Официальный визит Президента Казахстана Нурсултана Назарбаева в США продлится с 28 сентября по 1 октября. "
     "Президента сопровождает министр энергетики Бахытжан Измухамбетов.", D(2006, 9, 30),
     [("visit", D(2006, 9, 28), [("Нурсултан Назарбаев", "KAZ"), ("Бахытжан Измухамбетов", "KAZ")])]),
    ("Kazakh President Nursultan Nazarbayev's official visit to the United States runs from September 28 to October 1. "
     "He is accompanied by Energy Minister Bakhytzhan Izmukhambetov.", D(2006, 9, 30),
     [("visit", D(2006, 9, 28), [("Nursultan Nazarbayev", "KAZ"), ("Bakhytzhan Izmukhambetov", "KAZ")])]),
    ("Мәжіліс Төрағасы Нұрлан Нығматулин бастаған делегация 27-29 мамыр аралығында Польшада ресми сапармен жүр. Бүгін "
     "Варшавада Мәжіліс Төрағасы Польша Сеймінің Маршалы Эва Копачпен келіссөздер жүргізді. Делегация құрамында Мәжіліс "
     "депутаты Ерлан Сайыров бар.", D(2012, 5, 28),
     [("visit", D(2012, 5, 27), [("Нұрлан Нығматулин", "KAZ"), ("Ерлан Сайыров", "KAZ"), ("Эва Копач", "POL")])]),
    ("Делегация во главе с Председателем Мажилиса Нурланом Нигматулиным находится в Польше с официальным визитом 27-29 мая. "
     "Сегодня в Варшаве Председатель Мажилиса провел переговоры с маршалом Сейма Польши Эвой Копач. В состав делегации "
     "вошел депутат Мажилиса Ерлан Саиров.", D(2012, 5, 28),
     [("visit", D(2012, 5, 27), [("Нурлан Нигматулин", "KAZ"), ("Ерлан Саиров", "KAZ"), ("Эва Копач", "POL")])]),
    ("A delegation led by Mazhilis Chairman Nurlan Nigmatulin is on an official visit to Poland on May 27-29. Today in "
     "Warsaw the Mazhilis Chairman held talks with Sejm Marshal Ewa Kopacz. The delegation included Mazhilis deputy "
     "Yerlan Sayyrov.", D(2012, 5, 28),
     [("visit", D(2012, 5, 27), [("Nurlan Nigmatulin", "KAZ"), ("Yerlan Sayyrov", "KAZ"), ("Ewa Kopacz", "POL")])]),
    ("АСТАНА, 12 марта. КАЗИНФОРМ – Министр торговли и интеграции Казахстана Арман Шаккалиев принял сегодня посла Польши "
     "Кшиштофа Ясинского. По итогам 2024 года товарооборот вырос на 9%. Посол напомнил, что импульс сотрудничеству придал "
     "визит Президента Польши Анджея Дуды в Астану в августе 2016 года.", None,
     [("talks", D(2025, 3, 12), [("Арман Шаккалиев", "KAZ"), ("Кшиштоф Ясинский", "POL")]),
      ("visit", D(2016, 8, 1), [("Анджей Дуда", "POL")])]),
    ("АСТАНА, 12 наурыз. ҚазАқпарат – Сауда және интеграция министрі Арман Шаққалиев бүгін Польшаның Елшісі Кшиштоф "
     "Ясинскийді қабылдады. 2024 жылы тауар айналымы 9%-ға өсті. Елші 2016 жылғы тамызда Польша Президенті Анджей "
     "Дуданың Астанаға сапары ынтымақтастыққа серпін бергенін еске салды.", None,
     [("talks", D(2024, 3, 12), [("Арман Шаққалиев", "KAZ"), ("Кшиштоф Ясинский", "POL")]),
      ("visit", D(2016, 8, 1), [("Анджей Дуда", "POL")])]),
    # an invitation to visit delivered is no visit ("сапармен келу туралы шақыруын жеткізуді өтінді")
    ("Кездесу соңында Қ.Тоқаев Польша Сенатының маршалы Богдан Борусевичке Қазақстанға сапармен келу туралы шақыруын "
     "жеткізуді өтінді.", D(2008, 10, 22),
     [("talks", D(2008, 10, 1), [])]),
]


@pytest.mark.parametrize("text,published,expected", DELEGATIONS)
def test_delegations(text, published, expected):
    got = [(e.event_type, e.date_start, [(p.name, p.country_iso3) for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# "last spring", "прошлой весной", "өткен көктемде" told in January: the spring of the year before (a held event's
# season not begun yet at the report is last year's); an event told on the eve of another is the day before it
LAST_SEASON = [
    ('ABU DHABI, 14 January 2026 (WAM) – UAE Foreign Minister Sheikh Abdullah bin Zayed today received Murat Nurtleu. Nurtleu recalled the productive visit of Sheikh Abdullah bin Zayed to Astana last spring.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('visit', 'held', D(2025, 3, 1), D(2025, 5, 31))]),
    ('АБУ-ДАБИ, 14 января 2026 года – Министр иностранных дел ОАЭ шейх Абдалла бен Заид сегодня принял Мурата Нуртлеу. Нуртлеу напомнил о визите шейха Абдаллы бен Заида в Астану прошлой весной.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('visit', 'held', D(2025, 3, 1), D(2025, 5, 31))]),
    ('ӘБУ-ДАБИ, 2026 жылғы 14 қаңтар – БАӘ Сыртқы істер министрі шейх Абдулла бин Зайд бүгін Мұрат Нұртілеуді қабылдады. Нұртілеу шейх Абдулла бин Зайдтың өткен көктемде Астанаға жасаған сапарын еске алды.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('visit', 'held', D(2025, 3, 1), D(2025, 5, 31))]),
    # "On the eve of the meeting", "Накануне встречи", "Кездесу қарсаңында": the day before the meeting told before,
    # and that meeting no second one
    ('ABU DHABI, 14 January 2026 (WAM) – UAE Foreign Minister Sheikh Abdullah bin Zayed today received Kazakh Foreign Minister Murat Nurtleu in Abu Dhabi. On the eve of the meeting, Nurtleu opened the UAE-Kazakhstan Business Forum in Dubai.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('forum', 'held', D(2026, 1, 13), D(2026, 1, 13))]),
    ('АБУ-ДАБИ, 14 января 2026 года – Министр иностранных дел ОАЭ шейх Абдалла бен Заид сегодня принял в Абу-Даби министра иностранных дел Казахстана Мурата Нуртлеу. Накануне встречи Нуртлеу открыл в Дубае казахстанско-эмиратский бизнес-форум.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('forum', 'held', D(2026, 1, 13), D(2026, 1, 13))]),
    ('ӘБУ-ДАБИ, 2026 жылғы 14 қаңтар – БАӘ Сыртқы істер министрі шейх Абдулла бин Зайд бүгін Әбу-Дабиде Қазақстан Сыртқы істер министрі Мұрат Нұртілеуді қабылдады. Кездесу қарсаңында Нұртілеу Дубайда қазақ-эмират бизнес-форумын ашты.',
     D(2026, 1, 14),
     [('talks', 'held', D(2026, 1, 14), D(2026, 1, 14)), ('forum', 'held', D(2026, 1, 13), D(2026, 1, 13))]),
    # a Kazakh visit's year told as its attribute far before the noun ("2009 жылғы мамырда Корея Президенті Ли Мён Бактың
    # Қазақстанға мемлекеттік сапары кезінде") makes it a recalled visit of its own, not the trip under way (ru/en beside;
    # the talks of that trip, in an undated report, still take the recalled visit's month: a known miss)
    ('Сапар аясында Әсет Исекешев Кореяның Білім экономикасы министрі Чхве Гён Хванмен кездесті. Келіссөздерге Қазақстанның Корея Республикасындағы елшісі Дүйсен Бекболатов қатысты. Тараптар 2009 жылғы мамырда Корея Президенті Ли Мён Бактың Қазақстанға мемлекеттік сапары кезінде қол жеткізілген уағдаластықтарды іске асыру мәселесін қарады.',
     None,
     [('visit', 'held', D(2009, 5, 1), D(2009, 5, 31)), ('talks', 'held', D(2009, 5, 1), D(2009, 5, 31))]),
    ('В рамках визита Асет Исекешев встретился с министром экономики знаний Кореи Чхве Гён Хваном. В переговорах принял участие посол Казахстана в Республике Корея Дуйсен Бекболатов. Стороны рассмотрели реализацию договоренностей, достигнутых в ходе государственного визита Президента Кореи Ли Мён Бака в Казахстан в мае 2009 года.',
     None,
     [('visit', 'held', D(2009, 5, 1), D(2009, 5, 31)), ('talks', 'held', D(2009, 5, 1), D(2009, 5, 31))]),
    ('During the visit, Asset Issekeshev met Korean Minister of Knowledge Economy Choi Kyung-hwan. Kazakh Ambassador to Korea Duisen Bekbolatov took part in the talks. The sides reviewed the implementation of agreements reached during the state visit of Korean President Lee Myung-bak to Kazakhstan in May 2009.',
     None,
     [('visit', 'held', D(2009, 5, 1), D(2009, 5, 31)), ('talks', 'held', D(2009, 5, 1), D(2009, 5, 31))]),
    # a trip that "began the day before" (начался накануне, кеше басталды) runs from that day, and "on the same day"
    # after it is that day (ru/kk; in English the same day after a trip's beginning is not read yet)
    ('Премьер-министр Казахстана Алихан Смаилов, находящийся с официальным визитом в Венгрии, провел сегодня в Будапеште переговоры с Премьер-министром Венгрии Виктором Орбаном. Визит начался накануне. В тот же день в Будапеште прошел казахстанско-венгерский бизнес-форум.',
     D(2023, 9, 27),
     [('visit', 'held', D(2023, 9, 26), D(2023, 9, 27)), ('forum', 'held', D(2023, 9, 26), D(2023, 9, 26))]),
    ('Венгрияда ресми сапармен жүрген Қазақстан Премьер-министрі Әлихан Смайылов бүгін Будапештте Венгрия Премьер-министрі Виктор Орбанмен келіссөз жүргізді. Сапар кеше басталды. Сол күні Будапештте қазақ-венгр бизнес-форумы өтті.',
     D(2023, 9, 27),
     [('visit', 'held', D(2023, 9, 26), D(2023, 9, 27)), ('forum', 'held', D(2023, 9, 26), D(2023, 9, 26))]),
    ('Prime Minister of Kazakhstan Alikhan Smailov, who is on an official visit to Hungary, held talks today in Budapest with Hungarian Prime Minister Viktor Orbán. The visit began yesterday.',
     D(2023, 9, 27),
     [('visit', 'held', D(2023, 9, 26), D(2023, 9, 27))]),
    ('Prime Minister of Kazakhstan Alikhan Smailov, who is on an official visit to Hungary, held talks today in Budapest with Hungarian Prime Minister Viktor Orbán. The visit began the day before.',
     D(2023, 9, 27),
     [('visit', 'held', D(2023, 9, 26), D(2023, 9, 27))]),
]


@pytest.mark.parametrize("text,published,expected", LAST_SEASON)
def test_last_season(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# a business round table ("business roundtable", "деловой круглый стол", "іскерлік дөңгелек үстел") is a forum; a
# commission that met is a council session
ROUND_TABLES = [
    ('SEOUL, March 3 (Yonhap) -- Mazhilis Chairman Kabibulla Dzhakupov held talks today with South Korean Speaker Chung Ui-hwa. On Wednesday, Dzhakupov is scheduled to attend a business roundtable with South Korean companies.',
     D(2015, 3, 3),
     [('talks', 'held', D(2015, 3, 3), D(2015, 3, 3)), ('forum', 'planned', D(2015, 3, 1), D(2015, 3, 31))]),
    ('СЕУЛ, 3 марта. Председатель Мажилиса Кабибулла Джакупов сегодня провел переговоры со спикером парламента Южной Кореи Чон Ый Хва. В среду Джакупов примет участие в деловом круглом столе с южнокорейскими компаниями.',
     D(2015, 3, 3),
     [('talks', 'held', D(2015, 3, 3), D(2015, 3, 3)), ('forum', 'planned', D(2015, 3, 1), D(2015, 3, 31))]),
    ('СЕУЛ, 3 наурыз. Мәжіліс Төрағасы Қабиболла Жақыпов бүгін Оңтүстік Корея парламентінің спикері Чон Ый Хвамен келіссөз жүргізді. Сәрсенбі күні Жақыпов оңтүстіккорейлік компаниялармен іскерлік дөңгелек үстелге қатысады.',
     D(2015, 3, 3),
     [('talks', 'held', D(2015, 3, 3), D(2015, 3, 3)), ('forum', 'planned', D(2015, 3, 1), D(2015, 3, 31))]),
    # a commission that "met" is a session of it, not talks
    ('The third session of the Kazakh-Egyptian intergovernmental commission took place in Cairo this week. The commission had previously met in Astana in 2005.',
     D(2007, 3, 9),
     [('council', 'held', D(2007, 3, 5), D(2007, 3, 11)), ('council', 'held', D(2005, 1, 1), D(2005, 12, 31))]),
    ('На этой неделе в Каире состоялось третье заседание казахстанско-египетской межправительственной комиссии. Ранее комиссия встречалась в Астане в 2005 году.',
     D(2007, 3, 9),
     [('council', 'held', D(2007, 3, 5), D(2007, 3, 11)), ('council', 'held', D(2005, 1, 1), D(2005, 12, 31))]),
    ('Осы аптада Каирде қазақ-египет үкіметаралық комиссиясының үшінші отырысы өтті. Бұған дейін комиссия 2005 жылы Астанада кездескен.',
     D(2007, 3, 9),
     [('council', 'held', D(2007, 3, 5), D(2007, 3, 11)), ('council', 'held', D(2005, 1, 1), D(2005, 12, 31))]),
    # agreements signed "at the session" (на заседании, отырыста) are the session's own act, not a signing event
    ('ASTANA, June 5, 2024 – Hungarian Foreign Minister Péter Szijjártó and Kazakh Deputy Prime Minister Serik Zhumangarin co-chaired the ninth session of the Hungarian-Kazakh intergovernmental commission in Astana today. At the session the two sides also signed agreements on water management.',
     D(2024, 6, 5),
     [('council', 'held', D(2024, 6, 5), D(2024, 6, 5))]),
    ('АСТАНА, 5 июня 2024 года – Министр иностранных дел Венгрии Петер Сийярто и вице-премьер Казахстана Серик Жумангарин сегодня провели в Астане девятое заседание казахстанско-венгерской межправительственной комиссии. На заседании стороны также подписали соглашения о водном хозяйстве.',
     D(2024, 6, 5),
     [('council', 'held', D(2024, 6, 5), D(2024, 6, 5))]),
    ('АСТАНА, 2024 жылғы 5 маусым – Венгрия Сыртқы істер министрі Петер Сийярто мен Қазақстан Премьер-министрінің орынбасары Серік Жұманғарин бүгін Астанада қазақ-венгр үкіметаралық комиссиясының тоғызыншы отырысын өткізді. Отырыста тараптар су шаруашылығы туралы келісімдерге де қол қойды.',
     D(2024, 6, 5),
     [('council', 'held', D(2024, 6, 5), D(2024, 6, 5))]),
]


@pytest.mark.parametrize("text,published,expected", ROUND_TABLES)
def test_round_tables(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# who took part in a visit beyond its talks (kk/ru/en): a delegation's list told after the forum of the visit's day
# is the visit's travellers; ministers who signed during the visit took part in it, the one named beside "his
# Uzbek counterpart" or joined by "and" to an Uzbek signatory being the other side's; two surnames that only begin
# alike (Мирзаев, Мирзамахмудов) are two people
VISIT_PARTY = [
    ('Премьер-министр Узбекистана Абдулла Арипов прибыл в Астану с рабочим визитом 14 марта. В тот же день прошел казахстанско-узбекский бизнес-форум. В состав узбекской делегации также вошли министр сельского хозяйства Иброхим Абдурахмонов и хоким Ташкентской области Зоир Мирзаев.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Иброхим Абдурахмонов', 'UZB'), ('Зоир Мирзаев', 'UZB')]), ('forum', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Иброхим Абдурахмонов', 'UZB'), ('Зоир Мирзаев', 'UZB')])]),
    ('Prime Minister of Uzbekistan Abdulla Aripov arrived in Astana on a working visit on March 14. The Kazakh-Uzbek business forum was held on the same day. The Uzbek delegation also included Minister of Agriculture Ibrokhim Abdurakhmonov and Governor of Tashkent Region Zoyir Mirzayev.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Abdulla Aripov', 'UZB'), ('Ibrokhim Abdurakhmonov', 'UZB'), ('Zoyir Mirzayev', 'UZB')]), ('forum', D(2024, 3, 14), [('Abdulla Aripov', 'UZB'), ('Ibrokhim Abdurakhmonov', 'UZB'), ('Zoyir Mirzayev', 'UZB')])]),
    ('Өзбекстан Премьер-министрі Абдулла Арипов 14 наурызда Астанаға жұмыс сапарымен келді. Сол күні қазақ-өзбек бизнес-форумы өтті. Өзбек делегациясы құрамында Ауыл шаруашылығы министрі Иброхим Абдурахмонов пен Ташкент облысының хокимі Зоир Мирзаев бар.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Иброхим Абдурахмонов', 'UZB'), ('Зоир Мирзаев', 'UZB')]), ('forum', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Иброхим Абдурахмонов', 'UZB'), ('Зоир Мирзаев', 'UZB')])]),
    ('Prime Minister of Kazakhstan Olzhas Bektenov held talks in Astana on March 14 with Prime Minister of Uzbekistan Abdulla Aripov, who arrived on a working visit. In the presence of the two prime ministers, Minister of Transport Marat Karabayev and his Uzbek counterpart Ilkhom Makhkamov signed an agreement on roads.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Abdulla Aripov', 'UZB'), ('Marat Karabayev', 'KAZ'), ('Ilkhom Makhkamov', 'UZB'), ('Olzhas Bektenov', 'KAZ')])]),
    ('Премьер-министр Казахстана Олжас Бектенов 14 марта провел в Астане переговоры с Премьер-министром Узбекистана Абдуллой Ариповым, прибывшим с рабочим визитом. В присутствии глав правительств министр транспорта Марат Карабаев и его узбекский коллега Ильхом Махкамов подписали соглашение о дорогах.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Марат Карабаев', 'KAZ'), ('Ильхом Махкамов', 'UZB'), ('Олжас Бектенов', 'KAZ')])]),
    ('Қазақстан Премьер-министрі Олжас Бектенов 14 наурызда Астанада жұмыс сапарымен келген Өзбекстан Премьер-министрі Абдулла Ариповпен келіссөз жүргізді. Келіссөздер қорытындысы бойынша Көлік министрі Марат Қарабаев пен Өзбекстанның Көлік министрі Ильхом Махкамов жолдар туралы келісімге қол қойды.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Олжас Бектенов', 'KAZ'), ('Абдулла Арипов', 'UZB'), ('Марат Қарабаев', 'KAZ'), ('Ильхом Махкамов', 'UZB')])]),
    ("Prime Minister of Uzbekistan Abdulla Aripov arrived in Astana on a working visit on March 14. Energy Minister Almasadam Satkaliyev and Uzbekistan's Minister of Energy Jurabek Mirzamakhmudov signed a memorandum on energy. The Uzbek delegation also included Governor of Tashkent Region Zoyir Mirzayev.",
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Abdulla Aripov', 'UZB'), ('Zoyir Mirzayev', 'UZB'), ('Almasadam Satkaliyev', 'KAZ'), ('Jurabek Mirzamakhmudov', 'UZB')]), ('signing', D(2024, 3, 14), [('Almasadam Satkaliyev', 'KAZ'), ('Jurabek Mirzamakhmudov', 'UZB'), ('Abdulla Aripov', 'UZB')])]),
    ('Премьер-министр Узбекистана Абдулла Арипов прибыл в Астану с рабочим визитом 14 марта. Министр энергетики РК Алмасадам Саткалиев и министр энергетики Узбекистана Журабек Мирзамахмудов подписали меморандум об энергетике. В состав узбекской делегации также вошел хоким Ташкентской области Зоир Мирзаев.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Зоир Мирзаев', 'UZB'), ('Алмасадам Саткалиев', 'KAZ'), ('Журабек Мирзамахмудов', 'UZB')]), ('signing', D(2024, 3, 14), [('Алмасадам Саткалиев', 'KAZ'), ('Журабек Мирзамахмудов', 'UZB')])]),
    ('Өзбекстан Премьер-министрі Абдулла Арипов 14 наурызда Астанаға жұмыс сапарымен келді. ҚР Энергетика министрі Алмасадам Сәтқалиев пен Өзбекстанның Энергетика министрі Журабек Мирзамахмудов энергетика туралы меморандумға қол қойды. Өзбек делегациясы құрамында Ташкент облысының хокимі Зоир Мирзаев бар.',
     D(2024, 3, 15),
     [('visit', D(2024, 3, 14), [('Абдулла Арипов', 'UZB'), ('Зоир Мирзаев', 'UZB'), ('Алмасадам Сәтқалиев', 'KAZ'), ('Журабек Мирзамахмудов', 'UZB')]), ('signing', D(2024, 3, 14), [('Алмасадам Сәтқалиев', 'KAZ'), ('Журабек Мирзамахмудов', 'UZB')])]),
    # a courtesy call on the prime minister during the visit is a meeting of it; "the delegation includes" lists its
    # travellers; the chairman of the Mazhilis is Kazakhstan's in English word order too
    ('SEOUL, March 3 (Yonhap) -- Mazhilis Chairman Kabibulla Dzhakupov arrived in Seoul on Monday for a four-day official visit. Earlier in the day, Dzhakupov paid a courtesy call on Prime Minister Lee Wan-koo. The Kazakh delegation includes Mazhilis Deputy Chairman Sergey Dyachenko.',
     D(2015, 3, 3),
     [('visit', D(2015, 3, 2), [('Kabibulla Dzhakupov', 'KAZ'), ('Sergey Dyachenko', 'KAZ'), ('Lee Wan-koo', 'KOR')])]),
    ('СЕУЛ, 3 марта. Председатель Мажилиса Кабибулла Джакупов прибыл в Сеул в понедельник с четырехдневным официальным визитом. Ранее в тот же день Джакупов нанес визит вежливости премьер-министру Республики Корея Ли Ван Гу. В состав казахстанской делегации входит заместитель Председателя Мажилиса Сергей Дьяченко.',
     D(2015, 3, 3),
     [('visit', D(2015, 3, 2), [('Кабибулла Джакупов', 'KAZ'), ('Ли Ван Гу', 'KOR'), ('Сергей Дьяченко', 'KAZ')])]),
    ('СЕУЛ, 3 наурыз. Мәжіліс Төрағасы Қабиболла Жақыпов дүйсенбі күні Сеулге төрт күндік ресми сапармен келді. Сол күні Жақыпов Корея Премьер-министрі Ли Ван Гумен кездесті. Қазақстан делегациясының құрамында Мәжіліс Төрағасының орынбасары Сергей Дьяченко бар.',
     D(2015, 3, 3),
     [('visit', D(2015, 3, 2), [('Қабиболла Жақыпов', 'KAZ'), ('Сергей Дьяченко', 'KAZ'), ('Ли Ван Гу', 'KOR')])]),
    # a co-chair of no country named beside the other side's minister who "signed the protocol" stays the session's
    ("Polish and Kazakh officials met in Warsaw on Tuesday, May 22, for the seventh session of the intergovernmental commission. The session was co-chaired by Deputy Minister of Entrepreneurship Marek Niedźwiecki and Kazakhstan's Minister for Investment and Development Zhenis Kassymbek, who signed the final protocol.",
     D(2018, 5, 24),
     [('council', D(2018, 5, 22), [('Zhenis Kassymbek', 'KAZ'), ('Marek Niedźwiecki', 'POL')])]),
    ('Во вторник, 22 мая, в Варшаве состоялось седьмое заседание казахстанско-польской межправительственной комиссии. Заседание провели заместитель министра предпринимательства Марек Недзвецкий и министр по инвестициям и развитию Казахстана Женис Касымбек, которые подписали итоговый протокол.',
     D(2018, 5, 24),
     [('council', D(2018, 5, 22), [('Марек Недзвецкий', 'POL'), ('Женис Касымбек', 'KAZ')])]),
    ('22 мамырда Варшавада Қазақстан-Польша үкіметаралық комиссиясының жетінші отырысы өтті. Отырысқа кәсіпкерлік министрінің орынбасары Марек Недзвецкий мен Қазақстанның Инвестициялар және даму министрі Женіс Қасымбек төрағалық етіп, қорытынды хаттамаға қол қойды.',
     D(2018, 5, 24),
     [('council', D(2018, 5, 22), [('Марек Недзвецкий', 'POL'), ('Женіс Қасымбек', 'KAZ')])]),
    # the official who welcomes a guest at the airport is the host's: the welcome is that visit, not one the other way
    ('Премьер-министр Казахстана Алихан Смаилов прибыл в Венгрию с официальным визитом. В аэропорту главу казахстанского правительства встретил министр иностранных дел Венгрии Петер Сийярто.',
     D(2018, 5, 24),
     [('visit', D(2018, 5, 1), [('Алихан Смаилов', 'KAZ'), ('Петер Сийярто', 'HUN')])]),
    ('Prime Minister of Kazakhstan Alikhan Smailov arrived in Hungary on an official visit. At the airport, the head of the Kazakh government was met by Hungarian Foreign Minister Péter Szijjártó.',
     D(2018, 5, 24),
     [('visit', D(2018, 5, 1), [('Alikhan Smailov', 'KAZ'), ('Péter Szijjártó', 'HUN')])]),
    ('Қазақстан Премьер-министрі Әлихан Смайылов Венгрияға ресми сапармен келді. Әуежайда Қазақстан Үкіметінің басшысын Венгрия Сыртқы істер министрі Петер Сийярто қарсы алды.',
     D(2018, 5, 24),
     [('visit', D(2018, 5, 1), [('Әлихан Смайылов', 'KAZ'), ('Петер Сийярто', 'HUN')])]),
    # talks named as a trip's purpose ("for talks with", "для переговоров с", "келіссөздер жүргізу үшін") are the trip's:
    # its host's minister takes part in the visit, not in talks of their own with the presidents told before
    ('BRASÍLIA, 15 March 2024 – President Luiz Inácio Lula da Silva spoke by phone on Tuesday with Kazakh President Kassym-Jomart Tokayev. Tokayev invited Lula to visit Kazakhstan. The presidents agreed that Kazakh Foreign Minister Murat Nurtleu will travel to Brasília next month for talks with Foreign Minister Mauro Vieira to prepare a road map for cooperation.',
     D(2024, 3, 15),
     [('phone_call', D(2024, 3, 1), [('Luiz Inácio Lula da Silva', 'BRA'), ('Kassym-Jomart Tokayev', 'KAZ')]), ('visit', D(2024, 4, 1), [('Murat Nurtleu', 'KAZ'), ('Mauro Vieira', 'BRA')])]),
    ('БРАЗИЛИА, 15 марта 2024 года – Президент Луис Инасиу Лула да Силва во вторник провел телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым. Токаев пригласил Лулу посетить Казахстан. Президенты договорились, что министр иностранных дел Казахстана Мурат Нуртлеу в следующем месяце посетит Бразилиа для переговоров с министром иностранных дел Мауро Виейрой.',
     D(2024, 3, 15),
     [('phone_call', D(2024, 3, 1), [('Луис Инасиу Лула', 'BRA'), ('Касым-Жомарт Токаев', 'KAZ')]), ('visit', D(2024, 4, 1), [('Мурат Нуртлеу', 'KAZ'), ('Мауро Виейра', 'BRA')])]),
    ('БРАЗИЛИА, 2024 жылғы 15 наурыз – Бразилия Президенті Луис Инасиу Лула да Силва сейсенбі күні Қазақстан Президенті Қасым-Жомарт Тоқаевпен телефон арқылы сөйлесті. Тоқаев Луланы Қазақстанға сапармен келуге шақырды. Президенттер Қазақстан Сыртқы істер министрі Мұрат Нұртілеу келесі айда Сыртқы істер министрі Мауро Виейрамен келіссөздер жүргізу үшін Бразилиаға баратынын келісті.',
     D(2024, 3, 15),
     [('phone_call', D(2024, 3, 1), [('Луис Инасиу Лула', 'BRA'), ('Қасым-Жомарт Тоқаев', 'KAZ')]), ('visit', D(2024, 4, 1), [('Мұрат Нұртілеу', 'KAZ'), ('Мауро Виейра', 'BRA'), ('Қасым-Жомарт Тоқаев', 'KAZ'), ('Луис Инасиу Лула', 'BRA')])]),
    # "the Egyptian leader", "египетскому лидеру": the head of state the article names takes part in the call recalled
    # (kk: "Египет министрі Президент ..." chains two titles; the President among them is the head of state)
    ('Today, Head of State Kassym-Jomart Tokayev received Egyptian Foreign Minister Badr Abdelatty, who is in Astana on an official visit. The Egyptian minister conveyed warm greetings from President Abdel Fattah el-Sisi. In turn, the President of Kazakhstan asked to pass on his best wishes to the Egyptian leader and recalled their telephone conversation in January.',
     D(2025, 5, 20),
     [('visit', D(2025, 5, 20), [('Badr Abdelatty', 'EGY'), ('Kassym-Jomart Tokayev', 'KAZ')]), ('phone_call', D(2025, 1, 1), [('Kassym-Jomart Tokayev', 'KAZ'), ('Abdel Fattah el-Sisi', 'EGY')])]),
    ('Сегодня Глава государства Касым-Жомарт Токаев принял министра иностранных дел Египта Бадра Абдельатти, находящегося в Астане с официальным визитом. Египетский министр передал теплые приветствия от Президента Абдель Фаттаха ас-Сиси. В свою очередь Президент Казахстана попросил передать наилучшие пожелания египетскому лидеру и напомнил об их телефонном разговоре в январе.',
     D(2025, 5, 20),
     [('visit', D(2025, 5, 20), [('Бадр Абдельатти', 'EGY'), ('Касым-Жомарт Токаев', 'KAZ')]), ('phone_call', D(2025, 1, 1), [('Касым-Жомарт Токаев', 'KAZ'), ('Абдель Фаттах ас-Сиси', 'EGY')])]),
    ('Бүгін Мемлекет басшысы Қасым-Жомарт Тоқаев Астанаға ресми сапармен келген Египет Сыртқы істер министрі Бадр Абдельаттиді қабылдады. Египет министрі Президент Абдель Фаттах әс-Сисидің сәлемін жеткізді. Өз кезегінде Қазақстан Президенті Египет көшбасшысына ізгі тілектерін жеткізуді сұрап, олардың қаңтардағы телефон арқылы сөйлесуін еске алды.',
     D(2025, 5, 20),
     [('visit', D(2025, 5, 20), [('Қасым-Жомарт Тоқаев', 'KAZ'), ('Бадр Абдельатти', 'EGY')]), ('phone_call', D(2025, 1, 1), [('Қасым-Жомарт Тоқаев', 'KAZ'), ('Абдель Фаттах әс-Сиси', 'EGY')])]),
    # the traveller named with the trip ("Duda's visit", "Дуданың ... сапары", "визита Президента Анджея Дуды") is the
    # visitor's official, whoever else the sentence names
    ("Polish and Kazakh officials met in Warsaw on Tuesday. Relations have gathered pace since President Andrzej Duda's visit to Astana in 2016, which Deputy Minister Marek Niedźwiecki called a signal to Polish business.",
     D(2018, 5, 24),
     [('talks', D(2018, 5, 1), []), ('visit', D(2016, 1, 1), [('Andrzej Duda', 'POL')])]),
    ('Польские и казахстанские официальные лица встретились во вторник в Варшаве. Отношения ускорились после визита Президента Анджея Дуды в Астану в 2016 году, который заместитель министра Марек Недзвецкий назвал сигналом для польского бизнеса.',
     D(2018, 5, 24),
     [('talks', D(2018, 5, 1), []), ('visit', D(2016, 1, 1), [('Анджей Дуда', 'POL')])]),
    ('Сейсенбі күні Варшавада Польша мен Қазақстан шенеуніктері кездесті. Президент Анджей Дуданың 2016 жылы Астанаға жасаған сапарынан кейін қарым-қатынас жанданды, оны министрдің орынбасары Марек Недзвецкий поляк бизнесіне белгі деп атады.',
     D(2018, 5, 24),
     [('talks', D(2018, 5, 1), []), ('visit', D(2016, 1, 1), [('Анджей Дуда', 'POL')])]),
    # a delegation's list a few sentences after a commission session (no visit told) is the session's
    ('The 21st meeting of the Kazakh-Uzbek intergovernmental commission, co-chaired by Deputy Prime Minister Roman Sklyar and Uzbek Deputy Prime Minister Jamshid Khodjaev, was held in Astana on May 11. The sides discussed industrial cooperation and transit. They also reviewed water and energy issues. The Uzbek delegation included Minister of Investment, Industry and Trade Laziz Kudratov.',
     D(2023, 5, 12),
     [('council', D(2023, 5, 11), [('Roman Sklyar', 'KAZ'), ('Jamshid Khodjaev', 'UZB'), ('Laziz Kudratov', 'UZB')])]),
    ('11 мая в Астане под председательством вице-премьера Романа Скляра и вице-премьера Узбекистана Жамшида Ходжаева состоялось 21-е заседание казахстанско-узбекской межправительственной комиссии. Стороны обсудили промышленную кооперацию и транзит. Также были рассмотрены вопросы водно-энергетического сектора. В состав узбекской делегации вошел министр инвестиций, промышленности и торговли Лазиз Кудратов.',
     D(2023, 5, 12),
     [('council', D(2023, 5, 11), [('Роман Скляр', 'KAZ'), ('Жамшид Ходжаев', 'UZB'), ('Лазиз Кудратов', 'UZB')])]),
    ('11 мамырда Астанада Премьер-министрдің орынбасары Роман Скляр мен Өзбекстан Премьер-министрінің орынбасары Жамшид Қожаевтың төрағалығымен қазақ-өзбек үкіметаралық комиссиясының 21-отырысы өтті. Тараптар өнеркәсіптік кооперация мен транзитті талқылады. Сондай-ақ су-энергетика мәселелері қаралды. Өзбекстан делегациясының құрамында Инвестициялар, өнеркәсіп және сауда министрі Лазиз Құдратов болды.',
     D(2023, 5, 12),
     [('council', D(2023, 5, 11), [('Роман Скляр', 'KAZ'), ('Жамшид Қожаев', 'UZB'), ('Лазиз Құдратов', 'UZB')])]),
]


@pytest.mark.parametrize("text,published,expected", VISIT_PARTY)
def test_visit_party(text, published, expected):
    got = [(e.event_type, e.date_start, [(p.name, p.country_iso3) for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# the Kazakh trip told by its noun, then its destination and verb ("ресми сапармен Астанаға келген ... министрімен"): the
# guest travelled; a visit whose possibility is discussed is to come (kk/en/ru); a delegation's list after a visit to come
# belongs to the trip under way (kk/ru/en), its head the delegation's side
GUESTS_AND_LISTS = [
    ("Бүгін Сыртқы істер министрі Мұрат Нұртілеу ресми сапармен Астанаға келген Египет Сыртқы істер министрі Бадр Абдель "
     "Атымен келіссөздер жүргізді.", D(2025, 2, 3),
     [("visit", "held", "EGY", "KAZ", "Astana", D(2025, 2, 3), [("Мұрат Нұртілеу", "KAZ"), ("Бадр Абдель Аты", "EGY")])]),
    ("Сондай-ақ Египет Президенті Әбдел Фаттах әс-Сисидің Қазақстанға сапары мүмкіндігі талқыланды.", D(2025, 2, 3),
     [("visit", "planned", "EGY", "KAZ", None, None, [("Әбдел Фаттах әс-Сиси", "EGY")])]),
    ("They also discussed the possibility of a visit by Egyptian President Abdel Fattah el-Sisi to Kazakhstan.", D(2025, 2, 3),
     [("visit", "planned", "EGY", "KAZ", None, None, [("Abdel Fattah el-Sisi", "EGY")])]),
    ("Также обсуждалась возможность визита Президента Египта Абдель Фаттаха ас-Сиси в Казахстан.", D(2025, 2, 3),
     [("visit", "planned", "EGY", "KAZ", None, None, [("Абдель Фаттах ас-Сиси", "EGY")])]),
    ("Министр иностранных дел Казахстана Марат Тажин находится в Германии с рабочим визитом 5–6 марта. Министры обсудили "
     "подготовку визита Президента Казахстана Нурсултана Назарбаева в Германию, который может состояться до конца года. "
     "В составе казахстанской делегации – заместитель министра индустрии и торговли Асхат Нургалиев.", D(2008, 3, 6),
     [("visit", "held", "KAZ", "DEU", None, D(2008, 3, 5), [("Марат Тажин", "KAZ"), ("Асхат Нургалиев", "KAZ")]),
      ("visit", "planned", "KAZ", "DEU", None, D(2008, 1, 1), [("Нурсултан Назарбаев", "KAZ")])]),
    ("Kazakh Foreign Minister Marat Tazhin is on a working visit to Germany on March 5-6. The ministers discussed "
     "preparations for President Nursultan Nazarbayev's visit to Germany, which may take place before the end of the year. "
     "The Kazakh delegation included Deputy Minister of Industry and Trade Askhat Nurgaliyev.", D(2008, 3, 6),
     [("visit", "held", "KAZ", "DEU", None, D(2008, 3, 5), [("Marat Tazhin", "KAZ"), ("Askhat Nurgaliyev", "KAZ")]),
      ("visit", "planned", "KAZ", "DEU", None, None, [("Nursultan Nazarbayev", "KAZ")])]),
    ("Сыртқы істер министрі Марат Тәжин 5-6 наурызда Германияда жұмыс сапарымен жүр. Министрлер Президент Нұрсұлтан "
     "Назарбаевтың Германияға жыл соңына дейін өтуі мүмкін сапарына дайындықты талқылады. Қазақстан делегациясы құрамында "
     "Индустрия және сауда вице-министрі Асхат Нұрғалиев бар.", D(2008, 3, 6),
     [("visit", "held", "KAZ", "DEU", None, D(2008, 3, 5), [("Марат Тәжин", "KAZ"), ("Асхат Нұрғалиев", "KAZ")]),
      ("visit", "planned", "KAZ", "DEU", None, D(2008, 1, 1), [("Нұрсұлтан Назарбаев", "KAZ")])]),
]


@pytest.mark.parametrize("text,published,expected", GUESTS_AND_LISTS)
def test_guests_and_lists(text, published, expected):
    got = [(e.event_type, e.status, e.visitor_iso3, e.host_iso3, e.location, e.date_start,
            [(p.name, p.country_iso3) for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# a weekday names no day of the month: the engine reads the day it falls on (the last one for what was held, the next
# for what is planned) to date and join events, the warehouse gets that day's month, as analysts date such events
@pytest.mark.parametrize("word,status,day", [
    ("Tuesday", "held", D(2025, 4, 15)), ("вторник", "held", D(2025, 4, 15)), ("сейсенбі", "held", D(2025, 4, 15)),
    ("Friday", "planned", D(2025, 4, 18)), ("пятницу", "planned", D(2025, 4, 18)), ("жұма", "planned", D(2025, 4, 18)),
    ("Wednesday", "held", D(2025, 4, 16)), ("Wednesday", "planned", D(2025, 4, 16)),  # the report's own day
])
def test_a_weekday_is_the_day_it_falls_on(word, status, day):
    from elshi.events import weekday_date
    assert weekday_date(word, D(2025, 4, 16), status) == day


@pytest.mark.parametrize("text", [
    "Kazakh Foreign Minister Murat Nurtleu held talks with his Hungarian counterpart Péter Szijjártó in Budapest on Monday.",
    "В понедельник министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с главой МИД Венгрии Петером Сийярто в Будапеште.",
    "Дүйсенбі күні Сыртқы істер министрі Мұрат Нұртілеу Будапештте Венгрия Сыртқы істер министрі Петер Сийяртомен келіссөздер жүргізді.",
])
def test_an_event_dated_by_a_weekday_is_dated_by_its_month(text):
    (event,) = extract_events(article_from_text(text, "case.txt", published_on=D(2025, 4, 16)))
    assert (event.date_start, event.date_end, event.date_precision) == (D(2025, 4, 1), D(2025, 4, 30), "month")


# a trip told in the future tense over days that hold the report's day, after its arrival was told, is under way:
# one held visit over those days; a session it holds, told with no day of its own, is dated by the report's day
@pytest.mark.parametrize("text,names", [
    ("Венгрия Сыртқы істер министрі Петер Сийярто кеше Нұр-Сұлтанға келді. Оның Қазақстанға ресми сапары 14-16 қазан "
     "аралығында өтеді. Күннің екінші жартысында қазақ-венгр үкіметаралық комиссиясының отырысы өтті.", ["Петер Сийярто"]),
    ("Министр иностранных дел Венгрии Петер Сийярто прибыл вчера в Нур-Султан. Его официальный визит в Казахстан пройдет "
     "с 14 по 16 октября. Во второй половине дня состоялось заседание казахстанско-венгерской межправительственной "
     "комиссии.", ["Петер Сийярто"]),
    ("Hungarian Foreign Minister Peter Szijjarto arrived in Nur-Sultan yesterday. His official visit to Kazakhstan will "
     "take place from 14 to 16 October. In the afternoon, the Kazakh-Hungarian intergovernmental commission held its "
     "session.", ["Peter Szijjarto"]),
])
def test_a_trip_told_to_come_over_the_reports_day_is_under_way(text, names):
    got = [(e.event_type, e.status, e.date_start, e.date_end, [p.name for p in e.participants])
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2019, 10, 15)))]
    assert got == [("visit", "held", D(2019, 10, 14), D(2019, 10, 16), names),
                   ("council", "held", D(2019, 10, 15), D(2019, 10, 15), names)]


# the next sentence naming the event by its noun with its days ("The session, held on October 16-17") dates an event
# told only by its week ("last week") or month
@pytest.mark.parametrize("text", [
    "Last week the Kazakh-Saudi intergovernmental commission met in Riyadh. The session, held on October 16-17, was the "
    "first in almost a year.",
    "На прошлой неделе в Эр-Рияде прошло заседание казахстанско-саудовской межправительственной комиссии. Заседание, "
    "состоявшееся 16–17 октября, стало первым за почти год.",
    "Өткен аптада Эр-Риядта қазақ-сауд үкіметаралық комиссиясының отырысы өтті. 16-17 қазанда өткен отырыс бір жылдағы "
    "алғашқы отырыс болды.",
])
def test_the_next_sentence_tells_the_days_of_an_event_told_by_its_week(text):
    got = [(e.event_type, e.date_start, e.date_end, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2023, 10, 23)))]
    assert got == [("council", D(2023, 10, 16), D(2023, 10, 17), "Riyadh")]


# a headline's visit dated only by the report ("results of the Koizumi visit", 4 September) is the visit its body dates
# a few days before the report, by the same traveller
@pytest.mark.parametrize("text", [
    "Japanese breakthrough: results of the Koizumi visit\n\nThe visit of Japanese Prime Minister Junichiro Koizumi to "
    "Astana on August 28 was the first ever by a Japanese head of government to Kazakhstan.",
    "Японский прорыв: итоги визита Коидзуми\n\nВизит премьер-министра Японии Дзюнъитиро Коидзуми в Астану, "
    "состоявшийся 28 августа, стал первым в истории посещением Казахстана главой японского правительства.",
    "Жапондық серпіліс: Коидзуми сапарының қорытындысы\n\nЖапония Премьер-министрі Дзюнъитиро Коидзумидің 28 тамызда "
    "Астанаға жасаған сапары жапон үкімет басшысының Қазақстанға алғашқы сапары болды.",
])
def test_a_headlines_visit_is_the_one_its_body_dates_days_before(text):
    got = [(e.event_type, e.date_start, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2006, 9, 4)))]
    assert got == [("visit", D(2006, 8, 28), "Astana")]


# a wire dateline dates the report: "yesterday" after it is the day before ("TASHKENT, 22 August 2019 (UzA) – ... held
# yesterday"), and the dateline's year does not stand for the event's date
@pytest.mark.parametrize("text", [
    "TASHKENT, 22 August 2019 (UzA) – A regular meeting of the Uzbek-Kazakh intergovernmental commission was held in "
    "Tashkent yesterday.",
    "ТАШКЕНТ, 22 августа 2019 года (УзА) – Вчера в Ташкенте состоялось очередное заседание узбекско-казахстанской "
    "межправительственной комиссии.",
    "ТАШКЕНТ, 2019 жылғы 22 тамыз (УзА) – Кеше Ташкентте өзбек-қазақ үкіметаралық комиссиясының кезекті отырысы өтті.",
])
def test_yesterday_after_a_dateline_is_the_day_before_it(text):
    got = [(e.event_type, e.date_start, e.date_end)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2019, 8, 22)))]
    assert got == [("council", D(2019, 8, 21), D(2019, 8, 21))]


# "tomorrow" dates a forum, a session or talks to come by the day after the report's; a visit told for tomorrow is
# a leg of the trip under way ("Ертең ... Семей қаласына барады"), and "the day after tomorrow" is not tomorrow
@pytest.mark.parametrize("text,expected", [
    ("Tomorrow the Kazakh-Vietnamese business forum will be held in Hanoi.", [("forum", D(2025, 6, 4))]),
    ("Завтра в Ханое пройдет казахстанско-вьетнамский бизнес-форум.", [("forum", D(2025, 6, 4))]),
    ("Ертең Ханойда қазақ-вьетнам бизнес-форумы өтеді.", [("forum", D(2025, 6, 4))]),
    ("Послезавтра в Ханое пройдет казахстанско-вьетнамский бизнес-форум.", [("forum", None)]),
    ("Kazakh Prime Minister Olzhas Bektenov arrived in Hanoi today on an official visit. Tomorrow he will travel to "
     "Ho Chi Minh City on the final day of the visit.", [("visit", D(2025, 6, 3))]),
    ("Премьер-министр Казахстана Олжас Бектенов сегодня прибыл в Ханой с официальным визитом. Завтра, в заключительный "
     "день визита, он примет участие в казахстанско-вьетнамском бизнес-форуме в Ханое.",
     [("visit", D(2025, 6, 3)), ("forum", D(2025, 6, 4))]),
    ("Премьер-министр Олжас Бектенов бүгін Ханойға ресми сапармен келді. Ертең ол Хошимин қаласына барады.",
     [("visit", D(2025, 6, 3))]),
])
def test_tomorrow_dates_what_is_to_come_but_no_visit_under_way(text, expected):
    got = [(e.event_type, e.date_start) for e in extract_events(article_from_text(text, "case.txt", published_on=D(2025, 6, 3)))]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Kazakh Foreign Minister Murat Nurtleu held talks with his Hungarian counterpart Péter Szijjártó in Budapest on Monday, April 14.",
    "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с главой МИД Венгрии Петером Сийярто в Будапеште 14 апреля (в понедельник).",
    "Сыртқы істер министрі Мұрат Нұртілеу 14 сәуір, дүйсенбі күні Будапештте Венгрия Сыртқы істер министрі Петер Сийяртомен келіссөздер жүргізді.",
])
def test_a_weekday_told_beside_its_day_leaves_the_day(text):
    (event,) = extract_events(article_from_text(text, "case.txt", published_on=D(2025, 4, 16)))
    assert (event.date_start, event.date_end, event.date_precision) == (D(2025, 4, 14), D(2025, 4, 14), "day")


# a country set aside ("beyond China", "помимо Китая", "Қытайдан басқа") is no side of the talks; investors sought after
# the trigger's clause are not the ones met; a person's relative clause ("who took office in September") dates no event
@pytest.mark.parametrize("text,expected", [
    ("Kazakhstan's Prime Minister Serik Akhmetov held talks with Crown Prince Sheikh Mohammed bin Zayed al-Nahyan in Abu "
     "Dhabi, as the nation seeks capital beyond China and the West.", ("talks", "KAZ", "ARE", D(2012, 11, 1))),
    ("Премьер-министр Казахстана Серик Ахметов провел переговоры с наследным принцем Мухаммедом бен Заидом в Абу-Даби: "
     "страна ищет инвесторов помимо Китая.", ("talks", "KAZ", "ARE", D(2012, 11, 1))),
    ("Премьер-министр Серік Ахметов Әбу-Дабиде мұрагер ханзада Мұхаммед бен Заидпен келіссөздер жүргізді, ел Қытайдан "
     "басқа инвесторлар іздеуде.", ("talks", "KAZ", "ARE", D(2012, 11, 1))),
    ("Kazakh Prime Minister Serik Akhmetov, who took office in September, is on a two-day visit to the United Arab Emirates.",
     ("visit", "KAZ", "ARE", D(2012, 11, 1))),
])
def test_asides_name_no_side_and_no_time(text, expected):
    (event,) = extract_events(article_from_text(text, "case.txt", published_on=D(2012, 11, 14)))
    assert (event.event_type, event.country_a_iso3, event.country_b_iso3, event.date_start) == expected


# "the capital" of a named country is its capital city ("в столице Бразилии", "Кения астанасында", "the Kenyan capital",
# "in the capital of Kenya"); a city after "В" opening a sentence is no dateline; two capitals joined stand for their states
@pytest.mark.parametrize("text,expected", [
    ("Сегодня в столице Бразилии состоялся шестой раунд казахстанско-бразильских политических консультаций.",
     ("consultations", "BRA", "Brasília")),
    ("Кения астанасында Қазақстан мен Кения сыртқы істер министрліктері арасындағы саяси консультациялардың екінші раунды өтті.",
     ("consultations", "KEN", "Nairobi")),
    ("The second round of Kazakhstan-Kenya political consultations was held in the Kenyan capital.",
     ("consultations", "KEN", "Nairobi")),
    ("The second round of Kazakhstan-Kenya political consultations was held in the capital of Kenya.",
     ("consultations", "KEN", "Nairobi")),
    ("Министр иностранных дел Казахстана прибыл в столицу Бразилии с официальным визитом.", ("visit", "BRA", "Brasília")),
    ("Қазақстан Сыртқы істер министрі Кения астанасына ресми сапармен барды.", ("visit", "KEN", "Nairobi")),
    ("В Абу-Даби 17 мая состоялось девятое заседание межправительственной комиссии между Казахстаном и ОАЭ.",
     ("council", "ARE", "Abu Dhabi")),
    ("Астана мен Вашингтон Кеңейтілген стратегиялық әріптестік диалогының кезекті отырысын өткізді.",
     ("consultations", None, None)),
    ("Astana and Washington held another round of the Enhanced Strategic Partnership Dialogue.", ("consultations", None, None)),
])
def test_capitals_named_by_their_country(text, expected):
    (event,) = extract_events(article_from_text(text, "case.txt", published_on=D(2025, 8, 14)))
    assert (event.event_type, event.host_iso3, event.location) == expected


# "следующего года" is next year (ru genitive, beside "в следующем году"); a month after an event dated relative to the
# report keeps its own year; "жылдың соңында" (the year's end) is a time, not "кездесу соңында"; a working group
# ("жұмыс тобы") is a council in Kazakh too
@pytest.mark.parametrize("text,published,expected", [
    ("Следующее заседание комиссии пройдет в Баку в первом полугодии следующего года.", D(2019, 6, 5),
     [("council", "planned", D(2020, 1, 1), D(2020, 6, 30))]),
    ("Комиссияның келесі отырысы келесі жылдың бірінші жартысында Бакуде өтеді.", D(2019, 6, 5),
     [("council", "planned", D(2020, 1, 1), D(2020, 6, 30))]),
    ("The next session of the Kazakh-Hungarian commission will be held in Astana in the first half of next year, while a "
     "business forum is scheduled for October.", D(2019, 6, 5),
     [("council", "planned", D(2020, 1, 1), D(2020, 6, 30)), ("forum", "planned", D(2019, 10, 1), D(2019, 10, 31))]),
    ("Тараптар Қазақстан-Корея үкіметаралық комиссиясының кезекті отырысын биылғы жылдың соңында Астанада өткізуге келісті.",
     D(2016, 4, 22), [("council", "planned", D(2016, 1, 1), D(2016, 12, 31))]),
    ("Неміс тарапы былтыр желтоқсанда Астанада өткен Қазақстан-Германия үкіметаралық жұмыс тобының 17-ші отырысының "
     "нәтижелерін жоғары бағалады.", D(2016, 4, 22), [("council", "held", D(2015, 12, 1), D(2015, 12, 31))]),
])
def test_relative_years_and_ends(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# a side told by a bare title ("Президент ... свой визит", "The President recalled his visit") is the one official of that
# side the article names with it
@pytest.mark.parametrize("text,name", [
    ("Касым-Жомарт Токаев принял министра инвестиций ОАЭ в Астане. Президент с теплотой вспомнил свой визит в Абу-Даби в "
     "январе 2023 года.", "Касым-Жомарт Токаев"),
    ("Қасым-Жомарт Тоқаев Астанада БАӘ инвестиция министрін қабылдады. Президент 2023 жылғы қаңтарда Әбу-Дабиге жасаған "
     "сапарын жылы еске алды.", "Қасым-Жомарт Тоқаев"),
    ("Kassym-Jomart Tokayev received the UAE investment minister in Astana. The President warmly recalled his visit to Abu "
     "Dhabi in January 2023.", "Kassym-Jomart Tokayev"),
])
def test_a_bare_title_is_the_one_official_named_with_it(text, name):
    events = extract_events(article_from_text(text, "case.txt", published_on=D(2026, 2, 10)))
    (visit,) = [e for e in events if e.event_type == "visit"]
    assert (visit.date_start, [(p.name, p.country_iso3) for p in visit.participants]) == (D(2023, 1, 1), [(name, "KAZ")])


# days of a trip, hopes, seasons, stays and topics (kk/ru/en)
DAYS_HOPES_STAYS = [
    # a trip's day told as its k-th ("Сапардың екінші күні, 11 мамырда", "На второй день визита, 11 мая", "On the second
    # day of the visit, 11 May"): the trip began k - 1 days before it
    ('АНКАРА – Қазақстан Президенті Қасым-Жомарт Тоқаев екі күндік ресми сапармен Түркияда жүр. Түркия Президенті Режеп Тайып Ердоған 10 мамырда Анкарада қазақстандық әріптесін ресми рәсіммен қарсы алды. Одан соң Тоқаев пен Ердоған Жоғары деңгейдегі стратегиялық ынтымақтастық кеңесінің кезекті отырысына төрағалық етті. Сапардың екінші күні, 11 мамырда, Қасым-Жомарт Тоқаев Анкарада өткен Қазақстан – Түркия бизнес-форумына қатысты.',
     D(2022, 5, 11),
     [('visit', 'held', D(2022, 5, 10), D(2022, 5, 11), ['Режеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев']), ('council', 'held', D(2022, 5, 10), D(2022, 5, 10), ['Режеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев']), ('forum', 'held', D(2022, 5, 11), D(2022, 5, 11), ['Режеп Тайып Ердоған', 'Қасым-Жомарт Тоқаев'])]),
    ('ANKARA – Kazakh President Kassym-Jomart Tokayev is on a two-day official visit to Turkey. Turkish President Recep Tayyip Erdogan welcomed his Kazakh counterpart in Ankara on 10 May. Then Tokayev and Erdogan chaired a meeting of the High-Level Strategic Cooperation Council. On the second day of the visit, 11 May, Tokayev attended the Kazakhstan-Turkey business forum in Ankara.',
     D(2022, 5, 11),
     [('visit', 'held', D(2022, 5, 10), D(2022, 5, 11), ['Kassym-Jomart Tokayev', 'Recep Tayyip Erdogan']), ('council', 'held', D(2022, 5, 10), D(2022, 5, 10), ['Kassym-Jomart Tokayev', 'Recep Tayyip Erdogan']), ('forum', 'held', D(2022, 5, 11), D(2022, 5, 11), ['Kassym-Jomart Tokayev', 'Recep Tayyip Erdogan'])]),
    ('АНКАРА – Президент Казахстана Касым-Жомарт Токаев находится в Турции с двухдневным официальным визитом. Президент Турции Реджеп Тайип Эрдоган 10 мая встретил казахстанского коллегу в Анкаре. Затем Токаев и Эрдоган провели заседание Совета стратегического сотрудничества высшего уровня. На второй день визита, 11 мая, Токаев принял участие в казахстанско-турецком бизнес-форуме в Анкаре.',
     D(2022, 5, 11),
     [('visit', 'held', D(2022, 5, 10), D(2022, 5, 11), ['Касым-Жомарт Токаев', 'Реджеп Тайип Эрдоган']), ('council', 'held', D(2022, 5, 10), D(2022, 5, 10), ['Касым-Жомарт Токаев', 'Реджеп Тайип Эрдоган']), ('forum', 'held', D(2022, 5, 11), D(2022, 5, 11), ['Касым-Жомарт Токаев'])]),
    # a meeting told with the trip's span of days and "today" beside it is on that day; a Kazakh participle of the trip
    # ("сапарымен жүрген ... министрі") makes the one it tells of the traveller
    ('БУДАПЕШТ. ҚАЗАҚПАРАТ – 4–5 маусымда Венгрияда жұмыс сапарымен жүрген Қазақстан Сыртқы істер министрі Мұрат Нұртлеу бүгін Венгрия Сыртқы істер министрі Петер Сийяртомен келіссөздер жүргізді. Келіссөздерден кейін министрлер Қазақстан-Венгрия үкіметаралық комиссиясының тоғызыншы отырысын өткізді.',
     D(2025, 6, 5),
     [('visit', 'held', D(2025, 6, 4), D(2025, 6, 5), ['Мұрат Нұртлеу', 'Петер Сийярто']), ('council', 'held', D(2025, 6, 5), D(2025, 6, 5), ['Мұрат Нұртлеу', 'Петер Сийярто'])]),
    ('BUDAPEST. KAZINFORM – Kazakh Foreign Minister Murat Nurtleu, who is on a working visit to Hungary on 4–5 June, today held talks with Hungarian Foreign Minister Péter Szijjártó. After the talks, the ministers held the ninth meeting of the Kazakh-Hungarian intergovernmental commission.',
     D(2025, 6, 5),
     [('visit', 'held', D(2025, 6, 4), D(2025, 6, 5), ['Murat Nurtleu', 'Péter Szijjártó']), ('council', 'held', D(2025, 6, 5), D(2025, 6, 5), ['Murat Nurtleu', 'Péter Szijjártó'])]),
    ('БУДАПЕШТ. КАЗИНФОРМ – Министр иностранных дел Казахстана Мурат Нуртлеу, находящийся 4–5 июня с рабочим визитом в Венгрии, сегодня провел переговоры с министром иностранных дел Венгрии Петером Сийярто. После переговоров министры провели девятое заседание Казахстанско-венгерской межправительственной комиссии.',
     D(2025, 6, 5),
     [('visit', 'held', D(2025, 6, 4), D(2025, 6, 5), ['Мурат Нуртлеу', 'Петер Сийярто']), ('council', 'held', D(2025, 6, 5), D(2025, 6, 5), ['Мурат Нуртлеу', 'Петер Сийярто'])]),
    # a visit only hoped for ("сенім білдірді", "выразил уверенность, что визит", "expressed confidence that a visit") is
    # no event; a planned or coming one hoped to go well stays
    ('АСТАНА, 14 наурыз. ҚазАқпарат – Сенат Төрағасы Мәулен Әшімбаев бүгін Бразилия Сенаты төрағасының бірінші орынбасары Эдуарду Гимарайнс бастаған делегацияны қабылдады. Сондай-ақ ол Бразилия Президенті Луис Инасиу Лула да Силваның Қазақстанға сапары екіжақты ынтымақтастықтың жаңа кезеңін ашатынына сенім білдірді.',
     D(2025, 3, 14),
     [('talks', 'held', D(2025, 3, 14), D(2025, 3, 14), ['Мәулен Әшімбаев', 'Эдуарду Гимарайнс'])]),
    ('ASTANA, 14 March. Kazinform – Senate Chairman Maulen Ashimbayev today received a delegation led by Eduardo Guimarães, First Vice-President of the Brazilian Senate. He also expressed confidence that a visit by President Luiz Inacio Lula da Silva to Kazakhstan would open a new stage of cooperation.',
     D(2025, 3, 14),
     [('talks', 'held', D(2025, 3, 14), D(2025, 3, 14), ['Maulen Ashimbayev'])]),
    ('АСТАНА, 14 марта. Казинформ – Председатель Сената Маулен Ашимбаев сегодня принял делегацию во главе с первым вице-президентом Сената Бразилии Эдуарду Гимарайнсом. Он также выразил уверенность, что визит Президента Бразилии Луиса Инасиу Лулы да Силвы в Казахстан откроет новый этап сотрудничества.',
     D(2025, 3, 14),
     [('talks', 'held', D(2025, 3, 14), D(2025, 3, 14), ['Маулен Ашимбаев', 'Эдуарду Гимарайнс'])]),
    ('Тараптар алдағы аптада Нұр-Сұлтанда өтетін Қазақстан-Түрікменстан бизнес-форумына қолдау білдіріп, оның практикалық нәтиже беретініне сенім білдірді.',
     D(2021, 6, 3),
     [('forum', 'planned', None, None, [])]),
    ('Эрдоган выразил уверенность в том, что планируемое в Анкаре заседание Совета стратегического сотрудничества высокого уровня пройдет успешно.',
     D(2022, 5, 11),
     [('council', 'planned', None, None, ['Реджеп Тайип Эрдоган'])]),
    # "last spring" said while a spring is under way (or before it) is the spring of the year before
    ('Дипломаты обсудили ход выполнения договоренностей, достигнутых в ходе государственного визита Эмира Катара в Астану прошлой весной.',
     D(2024, 4, 18),
     [('visit', 'held', D(2023, 3, 1), D(2023, 5, 31), [])]),
    ("The diplomats reviewed the agreements reached during the Emir of Qatar's state visit to Astana last spring.",
     D(2024, 4, 18),
     [('visit', 'held', D(2023, 3, 1), D(2023, 5, 31), [])]),
    ('Дипломаттар Катар Әмірінің өткен көктемде Астанаға жасаған мемлекеттік сапары барысында қол жеткізілген уағдаластықтарды талқылады.',
     D(2024, 4, 18),
     [('visit', 'held', D(2023, 3, 1), D(2023, 5, 31), [])]),
    ("The diplomats reviewed the agreements reached during the Emir of Qatar's state visit to Astana last spring.",
     D(2024, 9, 18),
     [('visit', 'held', D(2024, 3, 1), D(2024, 5, 31), [])]),
    # a Kazakh stay told by the converb ("Астанада болып, ... кездескен") is a visit; a meeting "Астанада болған" is not
    ('Былтыр көктемде Вьетнам Ұлттық жиналысы Төрағасының орынбасары Фунг Куок Хиен Астанада болып, Сенат басшылығымен кездескен болатын.',
     D(2019, 6, 5),
     [('visit', 'held', D(2018, 3, 1), D(2018, 5, 31), ['Фунг Куок Хиен'])]),
    ('В прошлом году вице-председатель Национального собрания Вьетнама Фунг Куок Хиен побывал в Астане и встретился с руководством Сената.',
     D(2019, 6, 5),
     [('visit', 'held', D(2018, 1, 1), D(2018, 12, 31), ['Фунг Куок Хиен'])]),
    ('Last year, Vice Chairman of the Vietnamese National Assembly Phung Quoc Hien was in Astana and met the Senate leadership.',
     D(2019, 6, 5),
     [('visit', 'held', D(2018, 1, 1), D(2018, 12, 31), ['Phung Quoc Hien'])]),
    ('Астанада болған кездесуде тараптар Вьетнаммен сауданы талқылады.',
     D(2019, 6, 5),
     [('talks', 'held', D(2019, 6, 1), D(2019, 6, 30), [])]),
    # a trip that began ("басталған", "начавшегося") on a weekday, of a stated length, runs that many days (in English
    # "On the last day of the three-day visit that began on Monday" is not read yet: a known miss)
    ('ХАНОЙ – Мәжіліс Төрағасы Нұрлан Нығматулин Вьетнамға ресми сапарын аяқтады. Дүйсенбі күні басталған үш күндік сапардың соңғы күні, бүгін, ол Вьетнам Ұлттық жиналысының Төрағасы Нгуен Тхи Ким Нганмен келіссөздер жүргізді.',
     D(2019, 6, 5),
     [('visit', 'held', D(2019, 6, 3), D(2019, 6, 5), ['Нгуен Тхи Ким Нган', 'Нұрлан Нығматулин'])]),
    ('ХАНОЙ – Председатель Мажилиса Нурлан Нигматулин завершил официальный визит во Вьетнам. В последний день трехдневного визита, начавшегося в понедельник, сегодня он провел переговоры с Председателем Национального собрания Вьетнама Нгуен Тхи Ким Нган.',
     D(2019, 6, 5),
     [('visit', 'held', D(2019, 6, 3), D(2019, 6, 5), ['Нгуен Тхи Ким Нган', 'Нурлан Нигматулин'])]),
    # a country named second after "the situation in" is a topic, not a side of the talks
    ('Сегодня в Дохе состоялись политические консультации между МИД Казахстана и Катара. В завершение консультаций стороны обменялись мнениями по актуальным вопросам региональной повестки, включая ситуацию на Ближнем Востоке и в Афганистане.',
     D(2024, 4, 18),
     [('consultations', 'held', D(2024, 4, 18), D(2024, 4, 18), [])]),
    ('Political consultations between the foreign ministries of Kazakhstan and Qatar were held in Doha today. At the end of the consultations, the sides exchanged views on the situation in the Middle East and in Afghanistan.',
     D(2024, 4, 18),
     [('consultations', 'held', D(2024, 4, 18), D(2024, 4, 18), [])]),
    # another country's full name holding "United States" ("Мексика Біріккен Штаттары") is that country
    ('НЬЮ-ЙОРК, 23 қыркүйек. Ержан Қазыханов Мексика Біріккен Штаттарының Сыртқы істер министрі Патрисия Эспиносамен кездесті.',
     D(2011, 9, 24),
     [('talks', 'held', D(2011, 9, 23), D(2011, 9, 23), ['Патрисия Эспиноса'])]),
    # what is still to come in Kazakh's aorist ("сөз сөйлейді", "ашылады") and in Russian's perfective future ("завершится")
    ('Сапар Ташкентте өтетін Қазақстан-Өзбекстан бизнес-форумымен аяқталады. Үкімет басшылары форумның пленарлық отырысында сөз сөйлейді.',
     D(2018, 11, 15),
     [('visit', 'planned', None, None, []), ('forum', 'planned', None, None, [])]),
    ('Қазақстан-Өзбекстан бизнес-форумы Ташкентте ашылады.',
     D(2018, 11, 15),
     [('forum', 'planned', None, None, [])]),
    ('Визит завершится казахстанско-узбекским бизнес-форумом в Ташкенте. Главы правительств выступят на пленарном заседании форума.',
     D(2018, 11, 15),
     [('visit', 'planned', None, None, []), ('forum', 'planned', None, None, [])]),
    ('Визит завершился казахстанско-узбекским бизнес-форумом в Ташкенте.',
     D(2018, 11, 15),
     [('visit', 'held', D(2018, 11, 1), D(2018, 11, 30), []), ('forum', 'held', D(2018, 11, 1), D(2018, 11, 30), [])]),
    ("The visit will end with the Kazakhstan-Uzbekistan business forum in Tashkent. The heads of government will speak at the forum's plenary session.",
     D(2018, 11, 15),
     [('visit', 'planned', None, None, []), ('forum', 'planned', None, None, [])]),
]


# a session told during a trip of several days, on one of its days, is held where the trip went, however many
# sentences later; the traveller who arrived "yesterday" began the trip then ("Прибывший вчера ..., сегодня провел")
SESSION_IN_TRIP = [
    'ТАШКЕНТ – Кеше Өзбекстанға екі күндік ресми сапармен келген Қазақстан Премьер-министрі Бақытжан Сағынтаев бүгін Өзбекстан Премьер-министрі Абдулла Ариповпен келіссөздер жүргізді. Тараптар сауда мәселелерін талқылады. Экспорт өсті. Келіссөздерден кейін Қазақстан-Өзбекстан үкіметаралық комиссиясының 16-шы отырысы өтті.',
    'ТАШКЕНТ – Прибывший вчера в Узбекистан с двухдневным официальным визитом Премьер-министр Казахстана Бакытжан Сагинтаев сегодня провел переговоры с Премьер-министром Узбекистана Абдуллой Ариповым. Стороны обсудили вопросы торговли. Экспорт вырос. После переговоров состоялось 16-е заседание казахстанско-узбекской межправительственной комиссии.',
    'TASHKENT – Kazakh Prime Minister Bakytzhan Sagintayev, who arrived in Uzbekistan yesterday on a two-day official visit, held talks today with Uzbek Prime Minister Abdulla Aripov. The sides discussed trade. Exports grew. After the talks, the 16th meeting of the Kazakh-Uzbek intergovernmental commission was held.',
]


@pytest.mark.parametrize("text", SESSION_IN_TRIP)
def test_a_session_on_a_day_of_a_trip_is_where_the_trip_went(text):
    got = [(e.event_type, e.date_start, e.date_end, e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2018, 11, 15)))]
    assert got == [("visit", D(2018, 11, 14), D(2018, 11, 15), "UZB", "Tashkent"),
                   ("council", D(2018, 11, 15), D(2018, 11, 15), "UZB", "Tashkent")]


# a second holder of an office Kazakhstan has one of (the Senate's chairman), at the same event, whose title only
# defaulted to Kazakhstan, is the other side's; the guest received, told before the host, owns no host's title
SECOND_HOLDER = [
    ("Ранее в Олий Мажлисе состоялись переговоры Председателя Сената Казахстана Маулена Ашимбаева с Председателем Сената "
     "Танзилой Нарбаевой. Казахстанского гостя также принял Спикер Законодательной палаты Узбекистана Нуриддинжон Исмоилов.",
     [("Маулен Ашимбаев", "KAZ"), ("Танзила Нарбаева", "UZB"), ("Нуриддинжон Исмоилов", "UZB")]),
    ("Бұған дейін Ташкентте Қазақстан Сенатының Төрағасы Мәулен Әшімбаев Сенат Төрағасы Танзила Нарбаевамен келіссөздер жүргізді.",
     [("Мәулен Әшімбаев", "KAZ"), ("Танзила Нарбаева", "UZB")]),
    ("Earlier in Tashkent, Kazakh Senate Chairman Maulen Ashimbayev held talks with Senate Chairperson Tanzila Narbayeva.",
     [("Maulen Ashimbayev", "KAZ"), ("Tanzila Narbayeva", "UZB")]),
]


@pytest.mark.parametrize("text,expected", SECOND_HOLDER)
def test_a_second_holder_of_a_kazakh_office_is_the_other_sides(text, expected):
    (talks,) = extract_events(article_from_text(text, "case.txt", published_on=D(2023, 3, 16)))
    assert [(p.name, p.country_iso3) for p in talks.participants] == expected


# two events in two clauses of one sentence (", и договорились", "and agreed", "атап өтіп,"): the consultations held
# and the commission to come each keep their time; who "took part in the meeting" ("Во встрече приняли участие") joins it
TWO_CLAUSES_AND_TOOK_PART = [
    ('Собеседники отметили итоги первого раунда политических консультаций между министерствами иностранных дел Казахстана и Кении, состоявшегося в мае 2024 года в Астане, и договорились провести в 2025 году в Алматы первое заседание Совместной комиссии по сотрудничеству.',
     D(2025, 2, 10),
     [('consultations', 'held', D(2024, 5, 1), D(2024, 5, 31), []),
      ('council', 'planned', D(2025, 1, 1), D(2025, 12, 31), [])]),
    ('The sides noted the results of the first round of political consultations between the foreign ministries of Kazakhstan and Kenya, held in May 2024 in Astana, and agreed to hold the first meeting of the Joint Commission in Almaty in 2025.',
     D(2025, 2, 10),
     [('consultations', 'held', D(2024, 5, 1), D(2024, 5, 31), []),
      ('council', 'planned', D(2025, 1, 1), D(2025, 12, 31), [])]),
    ('Тараптар 2024 жылғы мамырда Астанада өткен Қазақстан мен Кения сыртқы істер министрліктері арасындағы саяси консультациялардың бірінші раундының қорытындысын атап өтіп, 2025 жылы Алматыда Бірлескен комиссияның бірінші отырысын өткізуге уағдаласты.',
     D(2025, 2, 10),
     [('consultations', 'held', D(2024, 5, 1), D(2024, 5, 31), []),
      ('council', 'planned', D(2025, 1, 1), D(2025, 12, 31), [])]),
    ('Глава государства Касым-Жомарт Токаев принял в Астане специального посланника Президента Республики Корея Пак Чон Хуна. Во встрече приняли участие посол Казахстана в Республике Корея Нурлан Байсаков и посол Республики Корея в Казахстане Ким Чон Ёль.',
     D(2025, 7, 9),
     [('talks', 'held', D(2025, 7, 1), D(2025, 7, 31), ['Касым-Жомарт Токаев', 'Ким Чон Ёль', 'Нурлан Байсаков', 'Пак Чон Хун'])]),
    ('Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада Корея Республикасы Президентінің арнайы өкілі Пак Чон Хунды қабылдады. Кездесуге Қазақстанның Корея Республикасындағы елшісі Нұрлан Байсақов пен Корея Республикасының Қазақстандағы елшісі Ким Чон Ёль қатысты.',
     D(2025, 7, 9),
     [('talks', 'held', D(2025, 7, 1), D(2025, 7, 31), ['Ким Чон Ёль', 'Нұрлан Байсақов', 'Қасым-Жомарт Тоқаев'])]),
    ('President Kassym-Jomart Tokayev received Special Envoy of the President of the Republic of Korea Park Jong-hoon in Astana. The meeting was attended by Kazakh Ambassador to Korea Nurlan Baisakov and Korean Ambassador to Kazakhstan Kim Jong-yeol.',
     D(2025, 7, 9),
     [('talks', 'held', D(2025, 7, 1), D(2025, 7, 31), ['Kassym-Jomart Tokayev', 'Kim Jong-yeol', 'Nurlan Baisakov', 'Park Jong-hoon'])]),
]


@pytest.mark.parametrize("text,published,expected", DAYS_HOPES_STAYS + TWO_CLAUSES_AND_TOOK_PART)
def test_days_hopes_stays_and_clauses(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, sorted(p.name for p in e.participants))
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# "on the eve," told alone is the day before the report; a forum to come "tomorrow", on a day of a trip under way, is
# held where the trip went
EVE_AND_TOMORROW_IN_TRIP = [
    'ULAANBAATAR – Prime Minister of Kazakhstan Karim Massimov arrived in Ulaanbaatar today on a two-day official visit to Mongolia. The ground for the visit was prepared on the eve, when the 7th meeting of the Kazakh-Mongolian Intergovernmental Commission was held. Tomorrow the two prime ministers are expected to attend a Kazakh-Mongolian business forum.',
    'УЛАН-БАТОР – Премьер-министр Казахстана Карим Масимов прибыл сегодня в Улан-Батор с двухдневным официальным визитом в Монголию. Накануне, 13 сентября, состоялось 7-е заседание казахстанско-монгольской межправительственной комиссии. Завтра премьер-министры примут участие в казахстанско-монгольском бизнес-форуме.',
    'ҰЛАНБАТЫР – Қазақстан Премьер-министрі Кәрім Мәсімов бүгін Моңғолияға екі күндік ресми сапармен Ұланбатырға келді. Кеше, 13 қыркүйекте, қазақ-моңғол үкіметаралық комиссиясының 7-отырысы өтті. Ертең премьер-министрлер қазақ-моңғол бизнес-форумына қатысады.',
]


@pytest.mark.parametrize("text", EVE_AND_TOMORROW_IN_TRIP)
def test_the_eve_and_tomorrow_of_a_trip_under_way(text):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2010, 9, 14)))]
    assert got == [("visit", "held", D(2010, 9, 14), D(2010, 9, 15), "MNG", "Ulaanbaatar"),
                   ("council", "held", D(2010, 9, 13), D(2010, 9, 13), None, None),
                   ("forum", "planned", D(2010, 9, 15), D(2010, 9, 15), "MNG", "Ulaanbaatar")]


# a headline's infinitive is its future: "Koizumi to make first Japanese PM trip" (ru/kk futures beside)
@pytest.mark.parametrize("text", ["Koizumi to make first Japanese PM trip to Kazakhstan",
                                  "Коидзуми совершит первый визит японского премьера в Казахстан",
                                  "Коидзуми Қазақстанға Жапония премьерінің алғашқы сапарын жасамақ"])
def test_a_headlines_infinitive_is_a_trip_to_come(text):
    got = [(e.event_type, e.status, e.date_start) for e in extract_events(article_from_text(text, "case.txt",
                                                                                               published_on=D(2006, 8, 25)))]
    assert got == [("visit", "planned", None)]


# a part of the month told by its distance ("осы айдың соңында", "в конце этого месяца", "at the end of the month") dates a
# trip to come by that month, so it no longer folds into a trip recalled from years before
@pytest.mark.parametrize("text", [
    "Тараптар Қазақстан Президенті Нұрсұлтан Назарбаевтың осы айдың соңында АҚШ-қа жасайтын ресми сапарына дайындық барысын талқылады.",
    "Стороны обсудили подготовку к официальному визиту Президента Казахстана Нурсултана Назарбаева в США в конце этого месяца.",
    "The sides discussed preparations for Kazakh President Nursultan Nazarbayev's official visit to the United States at the end of the month.",
])
def test_the_end_of_this_month(text):
    got = [(e.event_type, e.status, e.date_start, e.date_end)
           for e in extract_events(article_from_text(text, "case.txt", published_on=D(2006, 9, 20)))]
    assert got == [("visit", "planned", D(2006, 9, 1), D(2006, 9, 30))]


# engine 0.33.0, each rule in kk, ru and en with sentences that must stay as they were: a guest received by someone
# is that one's guest; an invitation accepted is no meeting; co-chairs who hold a session tell it; a recalled event takes
# no day from a yearless dateline, nor does a meeting told today fold into a trip recalled with a year; a working
# group's next meeting is a session; a third country's trip is not Kazakhstan's; a venue city of the two sides' meeting
# makes no side; a signing placed by the dateline is the one the text places; the next day after a yearless day; a
# body's work is no session (unless a session of it is told); a forum named as the setting of what is still to come is
# the one held; a session prepared during a trip takes none of the trip's days or city; a past trip told with a plan
# for something else was held (unless still ahead then); "телефон арқылы болған әңгіме"; "Форумға ... қатысты" and
# "Участники консультаций" name the event told before; "мартовский визит"; "в первый день визита" with no day of its
# own is the visit told; talks held to prepare a session are talks of their own; two trips apart across a semicolon
EVENTS_0_33 = [
    ('Министр иностранных дел Казахстана Мурат Нуртлеу находится в Венгрии с трехдневным официальным визитом, который начался в понедельник. Накануне, в первый день визита, глава казахстанского внешнеполитического ведомства был принят председателем Государственного собрания Венгрии Ласло Кёвером.',
     D(2023, 6, 6),
     [('visit', 'held', D(2023, 6, 5), D(2023, 6, 7), 'KAZ', 'HUN', 'KAZ', 'HUN', None)]),
    ('The Kazakh foreign minister began an official visit to Hungary on Monday. During the visit, the Kazakh minister was received by Hungarian Speaker László Kövér.',
     D(2023, 6, 6),
     [('visit', 'held', D(2023, 6, 1), D(2023, 6, 30), 'KAZ', 'HUN', 'KAZ', 'HUN', None)]),
    ('Сапар барысында Қазақстан Сыртқы істер министрі Венгрия Парламентінің төрағасы Ласло Кёвердің қабылдауында болды.',
     D(2023, 6, 6),
     [('visit', 'held', D(2023, 6, 1), D(2023, 6, 30), 'KAZ', 'HUN', 'KAZ', 'HUN', None)]),
    ('Во время визита министр иностранных дел Венгрии был принят Президентом Казахстана Касым-Жомартом Токаевым.',
     D(2023, 6, 6),
     [('visit', 'held', D(2023, 6, 1), D(2023, 6, 30), 'KAZ', 'HUN', 'HUN', 'KAZ', None)]),
    ('В тот же день Петер Сийярто провел переговоры с министром иностранных дел Казахстана Мухтаром Тлеуберди, после чего министры в качестве сопредседателей провели шестое заседание Межправительственного совета по экономическому сотрудничеству.',
     D(2021, 11, 2),
     [('council', 'held', D(2021, 11, 1), D(2021, 11, 30), 'KAZ', 'HUN', None, None, None)]),
    ('Президент Казахстана передал приветствие премьер-министру Венгрии Виктору Орбану и принял приглашение посетить Венгрию с официальным визитом.',
     D(2021, 11, 2),
     []),
    ('Қазақстан Президенті Венгрия Премьер-министрі Виктор Орбанның Венгрияға ресми сапармен баруға шақыруын қабылдады.',
     D(2021, 11, 2),
     []),
    ('President Tokayev received an invitation from Prime Minister Orbán to visit Hungary.',
     D(2021, 11, 2),
     []),
    ('Президент Казахстана принял министра иностранных дел Венгрии Петера Сийярто.',
     D(2021, 11, 2),
     [('talks', 'held', D(2021, 11, 1), D(2021, 11, 30), 'KAZ', 'HUN', None, None, None)]),
    ("DOHA, 11 February (QNA) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani met today with Kazakhstan's Deputy Prime Minister Murat Nurtleu.\n\nThe two sides recalled the outcomes of the state visit of the Amir of Qatar to Astana and the Qatari-Kazakh business forum that was held on its sidelines.",
     None,
     [('talks', 'held', None, None, 'KAZ', 'QAT', None, 'QAT', 'Doha'),
      ('visit', 'held', None, None, 'KAZ', 'QAT', 'QAT', 'KAZ', 'Astana'),
      ('forum', 'held', None, None, 'KAZ', 'QAT', None, 'KAZ', 'Astana')]),
    ('ДОХА, 11 февраля – Премьер-министр Катара шейх Мухаммед бин Абдулрахман Аль Тани встретился сегодня с заместителем премьер-министра Казахстана Муратом Нуртлеу.\n\nСтороны напомнили об итогах государственного визита эмира Катара в Астану и о катарско-казахстанском бизнес-форуме, прошедшем в его рамках.',
     None,
     [('talks', 'held', None, None, 'KAZ', 'QAT', None, 'QAT', 'Doha'),
      ('visit', 'held', None, None, 'KAZ', 'QAT', 'QAT', 'KAZ', 'Astana'),
      ('forum', 'held', None, None, 'KAZ', 'QAT', None, 'KAZ', 'Astana')]),
    ('The next meeting of the working group is due to be held in Astana in 2018, Kazakhstan and Germany agreed.',
     D(2017, 10, 5),
     [('council', 'planned', D(2018, 1, 1), D(2018, 12, 31), 'KAZ', 'DEU', None, 'KAZ', 'Astana')]),
    ('Следующее заседание рабочей группы Казахстана и Германии пройдет в Астане в 2018 году.',
     D(2017, 10, 5),
     [('council', 'planned', D(2018, 1, 1), D(2018, 12, 31), 'KAZ', 'DEU', None, 'KAZ', 'Astana')]),
    ('Қазақстан мен Германия жұмыс тобының келесі отырысы 2018 жылы Астанада өтеді.',
     D(2017, 10, 5),
     [('council', 'planned', D(2018, 1, 1), D(2018, 12, 31), 'KAZ', 'DEU', None, 'KAZ', 'Astana')]),
    ('Казахстан и Германия обсудили в рамках заседаний рабочих групп вопросы энергетики.',
     D(2017, 10, 5),
     []),
    ('South Korean President Yoon Suk Yeol will then pay a state visit to Uzbekistan.',
     D(2024, 6, 12),
     []),
    ('Президент Южной Кореи Юн Сок Ёль затем совершит государственный визит в Узбекистан.',
     D(2024, 6, 12),
     []),
    ('Корея Президенті Юн Сок Ёль одан кейін Өзбекстанға мемлекеттік сапармен барады.',
     D(2024, 6, 12),
     []),
    ('South Korean President Yoon Suk Yeol will pay a state visit to Kazakhstan.',
     D(2024, 6, 12),
     [('visit', 'planned', None, None, 'KAZ', 'KOR', 'KOR', 'KAZ', None)]),
    ('BISHKEK, 23 August (AA) - Turkish President Abdullah Gül met Kazakh President Nursultan Nazarbayev today on the sidelines of the Turkic Council summit in the Kyrgyz capital. Gül also held a bilateral meeting with Kyrgyz President Almazbek Atambayev before the summit session.',
     None,
     [('talks', 'held', None, None, 'KAZ', 'TUR', None, 'KGZ', 'Bishkek')]),
    ("ASTANA, 10 May – Kazakhstan's foreign minister met Kenya's foreign minister in Astana to discuss trade. The ambassador recalled the meeting of the two countries' foreign ministers in New York.",
     None,
     [('talks', 'held', None, None, 'KAZ', 'KEN', None, 'KAZ', 'Astana'),
      ('talks', 'held', None, None, 'KAZ', 'KEN', None, 'USA', 'New York')]),
    ('АСТАНА, 10 мая – Министр иностранных дел Казахстана встретился в Астане с министром иностранных дел Кении. Посол напомнил о встрече министров иностранных дел двух стран в Нью-Йорке.',
     None,
     [('talks', 'held', None, None, 'KAZ', 'KEN', None, 'KAZ', 'Astana'),
      ('talks', 'held', None, None, 'KAZ', 'KEN', None, 'USA', 'New York')]),
    ('ASTANA. November 18. KAZINFORM – Kazakhstan and Kenya have signed a memorandum of understanding on cooperation in agriculture.\n\nThe document was signed in Nairobi on November 16 by the Ambassador of Kazakhstan to Kenya Galym Sadvakassov. The next day, the Kazakh embassy held the first Kazakhstan-Kenya business forum in Nairobi.',
     None,
     [('signing', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi'),
      ('forum', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi')]),
    ('АСТАНА, 18 ноября. КАЗИНФОРМ – Казахстан и Кения подписали меморандум о сотрудничестве в сельском хозяйстве.\n\nДокумент был подписан в Найроби 16 ноября послом Казахстана в Кении Галымом Садвакасовым. На следующий день посольство провело первый казахстанско-кенийский бизнес-форум в Найроби.',
     None,
     [('signing', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi'),
      ('forum', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi')]),
    ('АСТАНА, 18 қараша. ҚазАқпарат – Қазақстан мен Кения ауыл шаруашылығы саласындағы ынтымақтастық туралы меморандумға қол қойды.\n\nҚұжатқа 16 қарашада Найробиде Қазақстанның Кениядағы елшісі Ғалым Садуақасов қол қойды. Келесі күні Найробиде алғашқы Қазақстан-Кения бизнес-форумы өтті.',
     None,
     [('signing', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi'),
      ('forum', 'held', None, None, 'KAZ', 'KEN', None, 'KEN', 'Nairobi')]),
    ('Тараптар сауда көлемін 500 млн долларға жеткізу үшін Қазақстан-Венгрия үкіметаралық комиссиясының жұмысын жандандыруға келісті.',
     D(2024, 2, 15),
     []),
    ('Стороны договорились активизировать работу казахстанско-венгерской межправительственной комиссии.',
     D(2024, 2, 15),
     []),
    ('The sides agreed to intensify the work of the Kazakh-Hungarian intergovernmental commission.',
     D(2024, 2, 15),
     []),
    ('The sides agreed to step up the work of the Kazakh-Hungarian intergovernmental commission, which last met in Astana in 2014.',
     D(2024, 2, 15),
     [('council', 'held', D(2014, 1, 1), D(2014, 12, 31), 'KAZ', 'HUN', None, 'KAZ', 'Astana')]),
    ('Стороны договорились активизировать работу по формированию казахстанско-венгерской межправительственной комиссии, первое заседание которой планируется провести в Будапеште.',
     D(2024, 2, 15),
     [('council', 'planned', None, None, 'KAZ', 'HUN', None, 'HUN', 'Budapest')]),
    ('ТАШКЕНТ, 21 қараша. ҚазАқпарат – Бүгін Ташкентте Қазақстан-Өзбекстан өңіраралық ынтымақтастық форумы ашылды.\n\nФорум аясында екі елдің компаниялары арасында 40-тан астам келісімге қол қойылады деп күтілуде.',
     None,
     [('forum', 'held', None, None, 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('ТАШКЕНТ, 21 ноября – Сегодня в Ташкенте открылся казахстанско-узбекский форум межрегионального сотрудничества.\n\nВ рамках форума ожидается подписание более 40 соглашений между компаниями двух стран.',
     None,
     [('forum', 'held', None, None, 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('TASHKENT, 21 November – The Kazakhstan-Uzbekistan Interregional Forum opened in Tashkent today.\n\nOn the sidelines of the forum, more than 40 agreements between companies of the two countries are expected to be signed.',
     None,
     [('forum', 'held', None, None, 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('В ходе визита в Эр-Рияд 27-28 ноября С.Жумангарин встретился с министром торговли Саудовской Аравии Маджидом аль-Касаби и обсудил подготовку к очередному заседанию межправительственной комиссии.',
     D(2023, 11, 29),
     [('visit', 'held', D(2023, 11, 27), D(2023, 11, 28), 'KAZ', 'SAU', 'KAZ', 'SAU', 'Riyadh'),
      ('council', 'planned', None, None, 'KAZ', 'SAU', None, None, None)]),
    ('During his visit to Riyadh on November 27-28, Zhumangarin met Saudi Commerce Minister Majid al-Qasabi and discussed preparations for the next meeting of the intergovernmental commission.',
     D(2023, 11, 29),
     [('visit', 'held', D(2023, 11, 27), D(2023, 11, 28), 'KAZ', 'SAU', 'KAZ', 'SAU', 'Riyadh'),
      ('council', 'planned', None, None, 'KAZ', 'SAU', None, None, None)]),
    ('Эр-Риядқа 27-28 қарашадағы сапары аясында С.Жұманғарин Сауд Арабиясының Сауда министрі Мажид әл-Қасабимен кездесіп, үкіметаралық комиссияның келесі отырысына дайындықты талқылады.',
     D(2023, 11, 29),
     [('visit', 'held', D(2023, 11, 27), D(2023, 11, 28), 'KAZ', 'SAU', 'KAZ', 'SAU', 'Riyadh'),
      ('council', 'planned', None, None, 'KAZ', 'SAU', None, None, None)]),
    ('Сапар қарсаңында, 25 қыркүйекте, ҚР Сыртқы істер министрі Қасымжомарт Тоқаев Корея Республикасының Қазақстандағы Елшісі Пэк Чжу Хёнды қабылдап, алдағы сапардың бағдарламасын талқылаған еді.',
     D(2006, 9, 29),
     [('visit', 'planned', D(2006, 9, 25), D(2006, 9, 25), 'KAZ', 'KOR', None, None, None),
      ('talks', 'held', D(2006, 9, 25), D(2006, 9, 25), 'KAZ', 'KOR', None, 'KAZ', None)]),
    ('Мемлекет басшысы өткен жылғы қарашада Бразилия Президенті Лула да Силвамен телефон арқылы болған сындарлы әңгімені еске алды.',
     D(2025, 6, 12),
     [('phone_call', 'held', D(2024, 11, 1), D(2024, 11, 30), 'KAZ', 'BRA', None, None, None)]),
    ('Министрлер өткен жылғы желтоқсанда Токиода өткен Қазақстан-Жапония бизнес-форумының нәтижелеріне оң баға берді. Форумға Қазақстан тарапынан Премьер-министрдің бірінші орынбасары Роман Скляр қатысты.',
     D(2024, 2, 2),
     [('forum', 'held', D(2023, 12, 1), D(2023, 12, 31), 'KAZ', 'JPN', None, 'JPN', 'Tokyo')]),
    ('АСТАНА, 12 марта. КАЗИНФОРМ – Председатель Сената Маулен Ашимбаев сегодня принял Посла Египта в Казахстане Аймана Мансура.\n\nМаулен Ашимбаев напомнил, что основы диалога двух стран были заложены в ходе официального визита Президента Казахстана в Египет в 2007 году.',
     None,
     [('talks', 'held', D(2007, 3, 12), D(2007, 3, 12), 'KAZ', 'EGY', None, 'KAZ', 'Astana'),
      ('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ("ASTANA, 12 March – Senate Chairman Maulen Ashimbayev today received Egypt's Ambassador to Kazakhstan Ayman Mansour.\n\nAshimbayev recalled that the foundations of the dialogue were laid during the Kazakh President's official visit to Egypt in 2007.",
     None,
     [('talks', 'held', D(2007, 3, 12), D(2007, 3, 12), 'KAZ', 'EGY', None, 'KAZ', 'Astana'),
      ('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ('Интерес Эр-Рияда к республике подогрел и мартовский визит в Астану министра инвестиций Саудовской Аравии Халида аль-Фалиха.',
     D(2024, 9, 17),
     [('visit', 'held', D(2024, 3, 1), D(2024, 3, 31), 'KAZ', 'SAU', 'SAU', 'KAZ', None)]),
    ('В ходе декабрьского визита Президента Казахстана в Японию стороны подписали 10 документов.',
     D(2024, 9, 17),
     [('visit', 'held', D(2023, 12, 1), D(2023, 12, 31), 'KAZ', 'JPN', 'KAZ', 'JPN', None)]),
    ('Министр торговли Казахстана Арман Шаккалиев 10-12 сентября находился с рабочим визитом в Саудовской Аравии. В первый день визита министры обсудили доступ казахстанского зерна на саудовский рынок и создание в Казахстане распределительных хабов.',
     D(2024, 9, 17),
     [('visit', 'held', D(2024, 9, 10), D(2024, 9, 12), 'KAZ', 'SAU', 'KAZ', 'SAU', None)]),
    ("Kazakhstan's trade minister Arman Shakkaliyev was on a working visit to Saudi Arabia on 10-12 September. On the first day of the visit, the ministers discussed access for Kazakh grain to the Saudi market and distribution hubs in Kazakhstan.",
     D(2024, 9, 17),
     [('visit', 'held', D(2024, 9, 10), D(2024, 9, 12), 'KAZ', 'SAU', 'KAZ', 'SAU', None)]),
    ('Вчера в Астане прошли казахстанско-бразильские политические консультации. Участники консультаций подчеркнули значение визита Президента Казахстана в Бразилию в 2007 году.',
     D(2007, 4, 16),
     [('consultations', 'held', D(2007, 4, 15), D(2007, 4, 15), 'KAZ', 'BRA', None, 'KAZ', 'Astana'),
      ('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ("Political consultations between Kazakhstan and Brazil were held in Astana yesterday. Participants in the consultations stressed the importance of the Kazakh President's visit to Brazil earlier this year.",
     D(2007, 4, 16),
     [('consultations', 'held', D(2007, 4, 15), D(2007, 4, 15), 'KAZ', 'BRA', None, 'KAZ', 'Astana'),
      ('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ('Кеше Астанада қазақ-бразилия саяси консультациялары өтті. Консультацияға қатысушылар Қазақстан Президентінің 2007 жылғы Бразилияға сапарының маңызын атап өтті.',
     D(2007, 4, 16),
     [('consultations', 'held', D(2007, 4, 15), D(2007, 4, 15), 'KAZ', 'BRA', None, 'KAZ', 'Astana'),
      ('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ('During his stay in Cairo, Bakayev also met with Deputy Minister of Trade of Egypt Ibrahim El-Sigini to discuss preparations for the eighth meeting of the Kazakh-Egyptian Intergovernmental Commission, which the parties agreed to hold in Astana next year.',
     D(2023, 11, 10),
     [('talks', 'held', D(2023, 11, 1), D(2023, 11, 30), 'KAZ', 'EGY', None, 'EGY', 'Cairo'),
      ('council', 'planned', D(2024, 1, 1), D(2024, 12, 31), 'KAZ', 'EGY', None, 'KAZ', 'Astana')]),
    ('В Каире Бакаев также встретился с заместителем министра торговли Египта Ибрагимом аль-Сигини и обсудил подготовку к восьмому заседанию казахстанско-египетской межправительственной комиссии, которое решено провести в Астане в следующем году.',
     D(2023, 11, 10),
     [('talks', 'held', D(2023, 11, 1), D(2023, 11, 30), 'KAZ', 'EGY', None, 'EGY', 'Cairo'),
      ('council', 'planned', D(2024, 1, 1), D(2024, 12, 31), 'KAZ', 'EGY', None, 'KAZ', 'Astana')]),
    ('Каирде Бақаев Мысыр Сауда министрінің орынбасарымен кездесіп, үкіметаралық комиссияның келесі жылы Астанада өтетін сегізінші отырысына дайындықты талқылады.',
     D(2023, 11, 10),
     [('talks', 'held', D(2023, 11, 1), D(2023, 11, 30), 'KAZ', 'EGY', None, 'EGY', 'Cairo'),
      ('council', 'planned', D(2024, 1, 1), D(2024, 12, 31), 'KAZ', 'EGY', None, 'KAZ', 'Astana')]),
    ("Kazakh President Nursultan Nazarbayev arrives in New Delhi today on a four-day state visit to India. This will be Nazarbayev's third visit to India; he last visited the country in February 2002.",
     D(2009, 1, 24),
     [('visit', 'held', D(2009, 1, 24), D(2009, 1, 27), 'KAZ', 'IND', 'KAZ', 'IND', 'New Delhi'),
      ('visit', 'held', D(2002, 2, 1), D(2002, 2, 28), 'KAZ', 'IND', 'KAZ', 'IND', None)]),
    ('Президент Казахстана Нурсултан Назарбаев сегодня прибывает в Нью-Дели с государственным визитом. Это будет третий визит Назарбаева в Индию; в последний раз он посетил страну в феврале 2002 года.',
     D(2009, 1, 24),
     [('visit', 'held', D(2009, 1, 24), D(2009, 1, 24), 'KAZ', 'IND', 'KAZ', 'IND', 'New Delhi'),
      ('visit', 'held', D(2002, 2, 1), D(2002, 2, 28), 'KAZ', 'IND', 'KAZ', 'IND', None)]),
]


@pytest.mark.parametrize("text,published,expected", EVENTS_0_33)
def test_events_0_33(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
            e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# engine 0.34.0: the one who receives a guest hosts the meeting, named before the verb (in Kazakh the one nearest it,
# not in the accusative), wherever the report was filed; a passive with an adverb ("was also received by") names
# the host after it; Kazakhstan's receiver keeps the dateline's city
EVENTS_0_34 = [
    ('ASTANA. June 7. KAZINFORM - On June 6, President of Turkmenistan Gurbanguly Berdimuhamedov received the Kazakh delegation headed by Deputy Prime Minister Yerbol Orynbayev.',
     D(2012, 6, 7),
     [('talks', 'held', D(2012, 6, 6), D(2012, 6, 6), 'KAZ', 'TKM', None, 'TKM', None)]),
    ('АСТАНА. 7 июня. КАЗИНФОРМ - 6 июня Президент Туркменистана Гурбангулы Бердымухамедов принял казахстанскую делегацию во главе с вице-премьером Ерболом Орынбаевым.',
     D(2012, 6, 7),
     [('talks', 'held', D(2012, 6, 6), D(2012, 6, 6), 'KAZ', 'TKM', None, 'TKM', None)]),
    ('АСТАНА. 7 маусым. ҚАЗАҚПАРАТ - 6 маусымда Түрікменстан Президенті Гурбангулы Бердімұхамедов Премьер-министрдің орынбасары Ербол Орынбаев бастаған қазақстандық делегацияны қабылдады.',
     D(2012, 6, 7),
     [('talks', 'held', D(2012, 6, 6), D(2012, 6, 6), 'KAZ', 'TKM', None, 'TKM', None)]),
    ('АСТАНА. 7 маусым. ҚАЗАҚПАРАТ - 6 маусымда Премьер-министрдің орынбасары Ербол Орынбаевты Түрікменстан Президенті Гурбангулы Бердімұхамедов қабылдады.',
     D(2012, 6, 7),
     [('talks', 'held', D(2012, 6, 6), D(2012, 6, 6), 'KAZ', 'TKM', None, 'TKM', None)]),
    ('ASTANA. June 7. KAZINFORM - On June 6, Deputy Prime Minister Yerbol Orynbayev was also received by President of Turkmenistan Gurbanguly Berdimuhamedov.',
     D(2012, 6, 7),
     [('talks', 'held', D(2012, 6, 6), D(2012, 6, 6), 'KAZ', 'TKM', None, 'TKM', None)]),
    ('АСТАНА, 30 мая - Министр торговли Арман Шаккалиев принял Чрезвычайного и Полномочного Посла Канады Майкла Дюпона.',
     D(2025, 5, 30),
     [('talks', 'held', D(2025, 5, 30), D(2025, 5, 30), 'KAZ', 'CAN', None, 'KAZ', 'Astana')]),
    ('ASTANA, May 30 - Trade Minister Arman Shakkaliyev received Canadian Ambassador Michael Dupont.',
     D(2025, 5, 30),
     [('talks', 'held', D(2025, 5, 30), D(2025, 5, 30), 'KAZ', 'CAN', None, 'KAZ', 'Astana')]),
    ('АСТАНА, 30 мамыр - Сауда министрі Арман Шаққалиев Канаданың Елшісі Майкл Дюпонды қабылдады.',
     D(2025, 5, 30),
     [('talks', 'held', D(2025, 5, 30), D(2025, 5, 30), 'KAZ', 'CAN', None, 'KAZ', 'Astana')]),
]


@pytest.mark.parametrize("text,published,expected", EVENTS_0_34)
def test_events_0_34(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
            e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


# engine 0.35.0: "would travel to" and a Russian verb of setting off to a place ("отправится в Астану") tell a trip;
# "here" in a wire report places the event in the dateline's city; a hope for "the time to come" ("алдағы уақытта")
# is still a hope; the new dates of an event told before ("сапардың жаңа мерзімін", "новые сроки визита") are that
# event's; a session to come named again by its bare noun at the head of the next sentence takes the time and place
# told there; a forum within a session is where the session is; two trips joined by ", and" each with its own
# traveller are two; "этого года" is not "того года"
EVENTS_0_35 = [
    # "would travel to": a trip to come
    ('Hungarian Foreign Minister Péter Szijjártó confirmed that he would travel to Astana at the end of October to prepare the meeting of Kazakhstan and Hungary.',
     D(2024, 6, 6),
     [('visit', 'planned', D(2024, 10, 1), D(2024, 10, 31), 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    ('Министр иностранных дел Венгрии Петер Сийярто подтвердил, что в конце октября отправится в Астану для подготовки встречи Казахстана и Венгрии.',
     D(2024, 6, 6),
     [('visit', 'planned', D(2024, 10, 1), D(2024, 10, 31), 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    ('Венгрия Сыртқы істер министрі Петер Сийярто қазан айының соңында Астанаға баратынын растады.',
     D(2024, 6, 6),
     [('visit', 'planned', D(2024, 10, 1), D(2024, 10, 31), 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    # a Russian verb of setting off is a trip only to a place
    ('В понедельник министр иностранных дел Венгрии Петер Сийярто направился в Астану на переговоры с казахстанским коллегой.',
     D(2024, 6, 6),
     [('visit', 'held', D(2024, 6, 1), D(2024, 6, 30), 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    ('Министр иностранных дел Венгрии заявил, что сотрудничество Казахстана и Венгрии направится в новое русло.',
     D(2024, 6, 6),
     []),
    # "here" in a wire report: the dateline's city
    ('ADDIS ABABA, May 14, 2025 (ENA) -- Ethiopia and Kazakhstan today held the first round of political consultations between their foreign ministries here.',
     D(2025, 5, 14),
     [('consultations', 'held', D(2025, 5, 14), D(2025, 5, 14), 'KAZ', 'ETH', None, 'ETH', 'Addis Ababa')]),
    ('АДДИС-АБЕБА, 14 мая. Эфиопия и Казахстан сегодня провели здесь первый раунд политических консультаций между министерствами иностранных дел.',
     D(2025, 5, 14),
     [('consultations', 'held', D(2025, 5, 14), D(2025, 5, 14), 'KAZ', 'ETH', None, 'ETH', 'Addis Ababa')]),
    ('АДДИС-АБЕБА, 14 мамыр. Бүгін осында Эфиопия мен Қазақстан сыртқы істер министрліктері арасындағы саяси консультациялардың алғашқы раунды өтті.',
     D(2025, 5, 14),
     [('consultations', 'held', D(2025, 5, 14), D(2025, 5, 14), 'KAZ', 'ETH', None, 'ETH', 'Addis Ababa')]),
    # without "here" consultations keep no place from the dateline
    ('АДДИС-АБЕБА, 14 мамыр. Бүгін Эфиопия мен Қазақстан сыртқы істер министрліктері арасындағы саяси консультациялардың алғашқы раунды өтті.',
     D(2025, 5, 14),
     [('consultations', 'held', D(2025, 5, 14), D(2025, 5, 14), 'KAZ', 'ETH', None, None, None)]),
    # a hope for "the time to come" is still only a hope
    ('Тараптар Венгрия Премьер-министрі Виктор Орбанның Қазақстанға сапары алдағы уақытта жүзеге асады деген үміт білдірді.',
     D(2017, 5, 19),
     []),
    ('Стороны выразили надежду, что визит Премьер-министра Венгрии Виктора Орбана в Казахстан состоится в ближайшее время.',
     D(2017, 5, 19),
     []),
    ("The sides expressed hope that Hungarian Prime Minister Viktor Orbán's visit to Kazakhstan would take place in the near future.",
     D(2017, 5, 19),
     []),
    # ... but the upcoming visit hoped to go well is planned
    ('Тараптар Венгрия Премьер-министрі Виктор Орбанның алдағы сапары сәтті өтеді деген үміт білдірді.',
     D(2017, 5, 19),
     [('visit', 'planned', None, None, 'KAZ', 'HUN', None, None, None)]),
    # the new dates of an event told before are that event's
    ('Сондай-ақ Қазақстан Президентінің Мысырға 2020 жылдың көктеміне жоспарланған, бірақ коронавирус пандемиясына байланысты кейінге қалдырылған мемлекеттік сапарына қатысты мәселе қозғалды. Тараптар сапардың жаңа мерзімін дипломатиялық арналар арқылы келісуге уағдаласты.',
     D(2021, 4, 12),
     [('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ('Также был затронут вопрос о запланированном на весну 2020 года, но отложенном из-за пандемии государственном визите Президента Казахстана в Египет. Стороны договорились согласовать новые сроки визита по дипломатическим каналам.',
     D(2021, 4, 12),
     [('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ('The sides also touched upon the state visit of the President of Kazakhstan to Egypt, planned for spring 2020 but postponed because of the pandemic. They agreed to set new dates for the visit through diplomatic channels.',
     D(2021, 4, 12),
     [('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    # a session to come named again by its bare noun: its time and place
    ('Тараптар қазақстан-вьетнам үкіметаралық комиссиясының 9-отырысына дайындық мәселелерін де пысықтады. Отырысты 2020 жылдың бірінші жартысында Ханойда өткізу жоспарланып отыр.',
     D(2019, 10, 22),
     [('council', 'planned', D(2020, 1, 1), D(2020, 6, 30), 'KAZ', 'VNM', None, 'VNM', 'Hanoi')]),
    ('Стороны также обсудили подготовку к 9-му заседанию казахстанско-вьетнамской межправительственной комиссии. Заседание планируется провести в первом полугодии 2020 года в Ханое.',
     D(2019, 10, 22),
     [('council', 'planned', D(2020, 1, 1), D(2020, 6, 30), 'KAZ', 'VNM', None, 'VNM', 'Hanoi')]),
    ('The sides also discussed preparations for the 9th meeting of the Kazakh-Vietnamese intergovernmental commission. The meeting is planned for the first half of 2020 in Hanoi.',
     D(2019, 10, 22),
     [('council', 'planned', D(2020, 1, 1), D(2020, 6, 30), 'KAZ', 'VNM', None, 'VNM', 'Hanoi')]),
    # ... not a date the session no longer has
    ('The prime ministers also discussed preparations for the seventh meeting of the Kazakh-Azerbaijani intergovernmental commission. The session had been expected in September but has been put off until next year.',
     D(2008, 10, 22),
     [('council', 'planned', None, None, 'KAZ', 'AZE', None, None, None)]),
    # a forum within the session is where the session is
    ('Будапешт, 18 мамыр. Венгрия астанасында Қазақстан мен Венгрия арасындағы үкіметаралық комиссияның 7-отырысы өтті. Комиссия отырысы аясында Венгрия Сауда-өнеркәсіп палатасының ғимаратында қазақ-венгр бизнес-форумы өтті.',
     D(2017, 5, 19),
     [('council', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest'),
      ('forum', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest')]),
    ('Будапешт, 18 мая. В столице Венгрии прошло 7-е заседание межправительственной комиссии Казахстана и Венгрии. В рамках заседания комиссии в здании Торгово-промышленной палаты Венгрии прошел казахстанско-венгерский бизнес-форум.',
     D(2017, 5, 19),
     [('council', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest'),
      ('forum', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest')]),
    ('BUDAPEST, May 18. The 7th meeting of the Kazakh-Hungarian intergovernmental commission was held in the Hungarian capital. On the sidelines of the commission meeting, a Kazakh-Hungarian business forum took place at the Hungarian Chamber of Commerce.',
     D(2017, 5, 19),
     [('council', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest'),
      ('forum', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest')]),
    # ... not where a session recalled from years before was
    ('Будапешт, 18 мамыр. Венгрия астанасында Қазақстан мен Венгрия арасындағы үкіметаралық комиссияның 7-отырысы өтті. Комиссияның алдыңғы, алтыншы отырысы 2015 жылы Астанада өткен болатын. Комиссия отырысы аясында Венгрия Сауда-өнеркәсіп палатасының ғимаратында қазақ-венгр бизнес-форумы өтті.',
     D(2017, 5, 19),
     [('council', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest'),
      ('council', 'held', D(2015, 1, 1), D(2015, 12, 31), 'KAZ', 'HUN', None, 'KAZ', 'Astana'),
      ('forum', 'held', D(2017, 5, 18), D(2017, 5, 18), 'KAZ', 'HUN', None, 'HUN', 'Budapest')]),
    # two trips in one sentence, each with its own traveller, joined by ", and"
    ('Brazilian Foreign Minister Mauro Vieira visited Astana last spring, and President Kassym-Jomart Tokayev is scheduled to pay an official visit to Brazil in the second half of this year.',
     D(2026, 2, 10),
     [('visit', 'held', D(2025, 3, 1), D(2025, 5, 31), 'KAZ', 'BRA', 'BRA', 'KAZ', 'Astana'),
      ('visit', 'planned', D(2026, 7, 1), D(2026, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ('Министр иностранных дел Бразилии Мауру Виейра посетил Астану прошлой весной, а Президент Касым-Жомарт Токаев совершит официальный визит в Бразилию во втором полугодии этого года.',
     D(2026, 2, 10),
     [('visit', 'held', D(2025, 3, 1), D(2025, 5, 31), 'KAZ', 'BRA', 'BRA', 'KAZ', 'Astana'),
      ('visit', 'planned', D(2026, 7, 1), D(2026, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ('Бразилия Сыртқы істер министрі Мауру Виейра өткен көктемде Астанаға сапармен келді, ал Президент Қасым-Жомарт Тоқаев биылғы жылдың екінші жартысында Бразилияға ресми сапармен барады.',
     D(2026, 2, 10),
     [('visit', 'held', D(2025, 3, 1), D(2025, 5, 31), 'KAZ', 'BRA', 'BRA', 'KAZ', 'Astana'),
      ('visit', 'planned', D(2026, 7, 1), D(2026, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    # one traveller's one trip told twice stays one
    ('Brazilian Foreign Minister Mauro Vieira arrived in Astana on Monday, and he is on an official visit until Wednesday.',
     D(2026, 2, 10),
     [('visit', 'held', D(2026, 2, 1), D(2026, 2, 28), 'KAZ', 'BRA', 'BRA', 'KAZ', 'Astana')]),
    # "этого года" is this year, not "того года" (that year)
    ('Президент Касым-Жомарт Токаев совершит официальный визит в Бразилию во втором полугодии этого года.',
     D(2026, 2, 10),
     [('visit', 'planned', D(2026, 7, 1), D(2026, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
]


@pytest.mark.parametrize("text,published,expected", EVENTS_0_35)
def test_events_0_35(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
            e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


EVENTS_0_36 = [
    # an undated wire report: the visit on the dateline's day is not the visit recalled in another month
    ('АСТАНА, 5 июня. Президент Казахстана принял в Акорде министра промышленности ОАЭ Султана Аль Джабера, прибывшего в Астану с рабочим визитом. Президент вспомнил государственный визит Президента ОАЭ в Астану в октябре 2022 года.',
     None,
     [('visit', 'held', D(2022, 6, 5), D(2022, 6, 5), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana'),
      ('visit', 'held', D(2022, 10, 1), D(2022, 10, 31), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana')]),
    ("ASTANA, June 5. The President of Kazakhstan received UAE Industry Minister Sultan Al Jaber, who arrived in Astana on a working visit. The President recalled the UAE President's state visit to Astana in October 2022.",
     None,
     [('visit', 'held', D(2022, 6, 5), D(2022, 6, 5), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana'),
      ('visit', 'held', D(2022, 10, 1), D(2022, 10, 31), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana')]),
    ('АСТАНА, 5 маусым. Қазақстан Президенті Астанаға жұмыс сапарымен келген БАӘ өнеркәсіп министрі Сұлтан Әл Джаберді қабылдады. Президент БАӘ Президентінің 2022 жылғы қазандағы Астанаға мемлекеттік сапарын еске алды.',
     None,
     [('visit', 'held', D(2022, 6, 5), D(2022, 6, 5), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana'),
      ('visit', 'held', D(2022, 10, 1), D(2022, 10, 31), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana')]),
    # the possibility of a visit is a visit to come, to the place after the visit word (not where it is discussed)
    ('Бразильский дипломат сообщил, что в Бразилиа с интересом рассматривают возможность визита Президента Бразилии Луиса Инасиу Лулы да Силвы в Казахстан.',
     D(2009, 4, 16),
     [('visit', 'planned', None, None, 'KAZ', 'BRA', 'BRA', 'KAZ', None)]),
    ('The Brazilian diplomat said that in Brasília they are considering the possibility of a visit by Brazilian President Luiz Inácio Lula da Silva to Kazakhstan.',
     D(2009, 4, 16),
     [('visit', 'planned', None, None, 'KAZ', 'BRA', 'BRA', 'KAZ', None)]),
    ('Бразилия дипломаты Бразилиада Бразилия Президенті Луис Инасиу Лула да Силваның Қазақстанға сапары мүмкіндігі қарастырылып жатқанын айтты.',
     D(2009, 4, 16),
     [('visit', 'planned', None, None, 'KAZ', 'BRA', 'BRA', 'KAZ', None)]),
    # ... and the place before the visit word is still the destination when none follows it
    ('В Бразилию с официальным визитом прибыл Президент Казахстана Нурсултан Назарбаев.',
     D(2009, 4, 16),
     [('visit', 'held', D(2009, 4, 1), D(2009, 4, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    # a call that discussed the upcoming visit: the visit is one to come, not dated by the call's day
    ('Стороны обсудили договоренности, достигнутые в ходе телефонного разговора министров иностранных дел 3 марта, а также подготовку к предстоящему официальному визиту Президента Казахстана Касым-Жомарта Токаева в Египет.',
     D(2025, 4, 18),
     [('phone_call', 'held', D(2025, 3, 3), D(2025, 3, 3), 'KAZ', 'EGY', None, None, None),
      ('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ('The sides reviewed the agreements reached during the phone call of the foreign ministers on 3 March, as well as preparations for the upcoming official visit of President Kassym-Jomart Tokayev to Egypt.',
     D(2025, 4, 18),
     [('phone_call', 'held', D(2025, 3, 3), D(2025, 3, 3), 'KAZ', 'EGY', None, None, None),
      ('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    ('Тараптар 3 наурызда сыртқы істер министрлерінің телефон арқылы сөйлесуі барысында қол жеткізілген уағдаластықтарды, сондай-ақ Президент Қасым-Жомарт Тоқаевтың Египетке алдағы ресми сапарына дайындықты талқылады.',
     D(2025, 4, 18),
     [('phone_call', 'held', D(2025, 3, 3), D(2025, 3, 3), 'KAZ', 'EGY', None, None, None),
      ('visit', 'planned', None, None, 'KAZ', 'EGY', 'KAZ', 'EGY', None)]),
    # ... a call about a visit with no "upcoming" keeps only the call
    ('В ходе телефонного разговора президенты обсудили визит Президента Казахстана в Египет.',
     D(2025, 4, 18),
     [('phone_call', 'held', D(2025, 4, 18), D(2025, 4, 18), 'KAZ', 'EGY', None, None, None)]),
    # "the same day" is the day of the story, not of a call recalled in passing
    ('18 апреля 2025 года в Каире состоялись политические консультации Казахстана и Египта. Казахстанскую делегацию возглавил заместитель министра Алибек Бакаев, египетскую – посол Ахмед Шахин. Стороны обсудили выполнение договоренностей, достигнутых в ходе телефонного разговора министров 3 марта. В тот же день А.Бакаев провел встречу с министром инвестиций Египта Хасаном аль-Хатибом.',
     D(2025, 4, 18),
     [('consultations', 'held', D(2025, 4, 18), D(2025, 4, 18), 'KAZ', 'EGY', None, 'EGY', 'Cairo'),
      ('phone_call', 'held', D(2025, 3, 3), D(2025, 3, 3), 'KAZ', 'EGY', None, None, None),
      ('talks', 'held', D(2025, 4, 18), D(2025, 4, 18), 'KAZ', 'EGY', None, 'EGY', 'Cairo')]),
    # a hope voiced after a visit recalled in Russian or English is about something else
    ('Президент Кореи Ли Мён Бак вспомнил свой визит в Астану в мае 2009 года и выразил надежду на скорейшую реализацию проекта Балхашской ТЭС.',
     D(2010, 4, 8),
     [('visit', 'held', D(2009, 5, 1), D(2009, 5, 31), 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana')]),
    ('Korean President Lee Myung-bak recalled his visit to Astana in May 2009 and expressed hope for the early implementation of the Balkhash power plant project.',
     D(2010, 4, 8),
     [('visit', 'held', D(2009, 5, 1), D(2009, 5, 31), 'KAZ', 'KOR', 'KOR', 'KAZ', 'Astana')]),
    # ... a Kazakh hope follows its event
    ('Тараптар Корея Президентінің Қазақстанға сапары жақын арада жүзеге асады деп үміттенеді.',
     D(2010, 4, 8),
     []),
    # two cities a route joins are not where a meeting was
    ('В завершение встречи Председатель Сената Казахстана выразил надежду, что открытие прямого авиасообщения между Алматы и Каиром придаст импульс развитию туризма.',
     D(2007, 3, 12),
     [('talks', 'held', D(2007, 3, 1), D(2007, 3, 31), 'KAZ', 'EGY', None, None, None)]),
    ('At the end of the meeting the Chairman of the Senate of Kazakhstan said that direct flights between Almaty and Cairo would give a boost to tourism.',
     D(2007, 3, 12),
     [('talks', 'held', D(2007, 3, 1), D(2007, 3, 31), 'KAZ', 'EGY', None, None, None)]),
    ('Кездесуде Алматы мен Каир арасындағы тікелей әуе қатынасын ашу мәселесі талқыланды.',
     D(2007, 3, 12),
     [('talks', 'held', D(2007, 3, 1), D(2007, 3, 31), 'KAZ', 'EGY', None, None, None)]),
    # ... a city told as the place of a meeting still is
    ('Встреча министров иностранных дел Казахстана и Египта прошла в Каире.',
     D(2007, 3, 12),
     [('talks', 'held', D(2007, 3, 1), D(2007, 3, 31), 'KAZ', 'EGY', None, 'EGY', 'Cairo')]),
    # deals signed at the event told before belong to it; commercial agreements are the companies'
    ('12 февраля в Катовице прошел польско-казахстанский экономический форум. В мероприятии приняли участие более 120 представителей деловых кругов двух стран, было подписано 7 соглашений.',
     D(2025, 2, 12),
     [('forum', 'held', D(2025, 2, 12), D(2025, 2, 12), 'KAZ', 'POL', None, None, None)]),
    ('On 12 February a Polish-Kazakh economic forum was held in Katowice. At the event, more than 120 business representatives took part and seven agreements were signed.',
     D(2025, 2, 12),
     [('forum', 'held', D(2025, 2, 12), D(2025, 2, 12), 'KAZ', 'POL', None, None, None)]),
    ('12 ақпанда Катовицеде Польша-Қазақстан экономикалық форумы өтті. Іс-шарада екі елдің 120-дан астам кәсіпкері бас қосып, 7 келісімге қол қойылды.',
     D(2025, 2, 12),
     [('forum', 'held', D(2025, 2, 12), D(2025, 2, 12), 'KAZ', 'POL', None, None, None)]),
    ('Казахстанские и польские компании подписали 7 коммерческих соглашений.',
     D(2025, 2, 12),
     []),
    ('Kazakh and Polish companies signed seven commercial agreements.',
     D(2025, 2, 12),
     []),
    # ... an agreement between the governments is still a signing
    ('Министры Казахстана и Польши подписали соглашение о сотрудничестве в области транспорта.',
     D(2025, 2, 12),
     [('signing', 'held', D(2025, 2, 1), D(2025, 2, 28), 'KAZ', 'POL', None, None, None)]),
    # "at the end of October" is a time, not a verb of holding
    ('Қазақстан-Түрікменстан үкіметаралық комиссиясының кезекті отырысы қазан айының соңында Ашхабадта өтеді.',
     D(2026, 4, 8),
     [('council', 'planned', D(2026, 10, 1), D(2026, 10, 31), 'KAZ', 'TKM', None, 'TKM', 'Ashgabat')]),
    ('Очередное заседание казахстанско-туркменской межправительственной комиссии пройдет в конце октября в Ашхабаде.',
     D(2026, 4, 8),
     [('council', 'planned', D(2026, 10, 1), D(2026, 10, 31), 'KAZ', 'TKM', None, 'TKM', 'Ashgabat')]),
    # ... "at the end of the session" still tells one held
    ('Отырыс соңында Қазақстан мен Түрікменстан министрлері хаттамаға қол қойды.',
     D(2026, 4, 8),
     [('signing', 'held', D(2026, 4, 1), D(2026, 4, 30), 'KAZ', 'TKM', None, None, None)]),
    # the importance of the visit told: the visit already reported
    ('Түрікменстан Президенті Астанаға мемлекеттік сапармен келді. Қасым-Жомарт Тоқаев мемлекеттік сапардың екіжақты қатынастар тарихындағы маңызын атап өтті.',
     D(2026, 4, 8),
     [('visit', 'held', D(2026, 4, 1), D(2026, 4, 30), 'KAZ', 'TKM', 'TKM', 'KAZ', 'Astana')]),
    ('Президент Туркменистана прибыл в Астану с государственным визитом. Касым-Жомарт Токаев отметил значение государственного визита для двусторонних отношений.',
     D(2026, 4, 8),
     [('visit', 'held', D(2026, 4, 1), D(2026, 4, 30), 'KAZ', 'TKM', 'TKM', 'KAZ', 'Astana')]),
    ('The President of Turkmenistan arrived in Astana on a state visit. Kassym-Jomart Tokayev stressed the importance of the state visit for bilateral relations.',
     D(2026, 4, 8),
     [('visit', 'held', D(2026, 4, 1), D(2026, 4, 30), 'KAZ', 'TKM', 'TKM', 'KAZ', 'Astana')]),
    # a Kazakh time that a participle ties to the visit is the visit's, not the talks'
    ('Түрікменстан Президентінің дүйсенбі күні басталған мемлекеттік сапары аясында бүгін Ақордада екі ел басшыларының келіссөздері өтті.',
     D(2026, 4, 8),
     [('visit', 'held', D(2026, 4, 6), D(2026, 4, 8), 'KAZ', 'TKM', 'TKM', 'KAZ', 'Astana')]),
    # ... a time that opens the clause is the talks' own
    ('Премьер-министр Олжас Бектенов 11 тамызда Куала-Лумпурға ресми сапармен келді. 12 тамызда Путраджаяда сапар аясында Малайзия Премьер-министрі Анвар Ибрахиммен келіссөз жүргізді.',
     D(2025, 8, 12),
     [('visit', 'held', D(2025, 8, 11), D(2025, 8, 12), 'KAZ', 'MYS', 'KAZ', 'MYS', 'Kuala Lumpur')]),
    # a minister's trip held is not the President's visit to come
    ('Осы аптаның басында Сауда министрі Арман Шаққалиев бастаған қазақстандық делегация Катарда болды. Кездесулерде Қазақстан Президентінің Катарға алдағы ресми сапарына дайындық мәселелері де қаралды.',
     D(2023, 10, 6),
     [('visit', 'held', D(2023, 10, 2), D(2023, 10, 8), 'KAZ', 'QAT', 'KAZ', 'QAT', None),
      ('visit', 'planned', None, None, 'KAZ', 'QAT', 'KAZ', 'QAT', None)]),
    ("Earlier this week, a Kazakh delegation led by Trade Minister Arman Shakkaliyev was in Qatar. The meetings also discussed preparations for the President of Kazakhstan's upcoming official visit to Qatar.",
     D(2023, 10, 6),
     [('visit', 'held', D(2023, 10, 2), D(2023, 10, 8), 'KAZ', 'QAT', 'KAZ', 'QAT', None),
      ('visit', 'planned', None, None, 'KAZ', 'QAT', 'KAZ', 'QAT', None)]),
    ('В начале недели казахстанская делегация во главе с министром торговли Арманом Шаккалиевым находилась в Катаре. На встречах обсуждалась подготовка к предстоящему официальному визиту Президента Казахстана в Катар.',
     D(2023, 10, 6),
     [('visit', 'held', D(2023, 10, 1), D(2023, 10, 31), 'KAZ', 'QAT', 'KAZ', 'QAT', None),
      ('visit', 'planned', None, None, 'KAZ', 'QAT', 'KAZ', 'QAT', None)]),
    # "this was his first trip": the trip told before, described
    ('Еске салайық, Қазақстан Президенті Нұрсұлтан Назарбаев Бразилияға 2007 жылы ресми сапармен барған еді. Бұл Қазақстан басшысының Латын Америкасы еліне жасаған алғашқы сапары болатын.',
     D(2012, 9, 12),
     [('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    ('Напомним, Президент Казахстана Нурсултан Назарбаев посетил Бразилию с официальным визитом в 2007 году. Это был первый визит главы Казахстана в страну Латинской Америки.',
     D(2012, 9, 12),
     [('visit', 'held', D(2007, 1, 1), D(2007, 12, 31), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    # ... "болатын" before its noun is still a time to come
    ('Мемлекет басшысы Бразилияда болатын Қазақстан-Бразилия бизнес-форумына қатысады.',
     D(2012, 9, 12),
     [('forum', 'planned', None, None, 'KAZ', 'BRA', None, None, None)]),
    # "on the eve of the meeting": the meeting told last, whatever its time
    ('Былтыр жыл соңында ҚР Премьер-министрі Кәрім Мәсімов Берлинге жұмыс сапарымен барып, Ангела Меркельмен кездескен болатын. Кездесу қарсаңында Берлинде Қазақстан-Германия іскерлік кеңесінің отырысы өткен еді.',
     D(2010, 2, 3),
     [('visit', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'DEU', 'KAZ', 'DEU', 'Berlin'),
      ('forum', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'DEU', None, 'DEU', 'Berlin')]),
    ('At the end of last year, Prime Minister Karim Massimov went to Berlin on a working visit and met Angela Merkel. On the eve of the meeting, the Kazakh-German Business Council met in Berlin.',
     D(2010, 2, 3),
     [('visit', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'DEU', 'KAZ', 'DEU', 'Berlin'),
      ('forum', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'DEU', None, 'DEU', 'Berlin')]),
    # ... "on the eve of the session": the session, not a trip recalled since
    ('On 14 March 2018 the Kazakh-Uzbek intergovernmental commission met in Tashkent. President Mirziyoyev visited Astana in September 2017. On the eve of the session, the co-chairs addressed a Kazakh-Uzbek business forum in Tashkent.',
     D(2018, 3, 15),
     [('council', 'held', D(2018, 3, 14), D(2018, 3, 14), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('visit', 'held', D(2017, 9, 1), D(2017, 9, 30), 'KAZ', 'UZB', 'UZB', 'KAZ', 'Astana'),
      ('forum', 'held', D(2018, 3, 13), D(2018, 3, 13), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    # an undated report: a forum "here on Tuesday" is the dateline's day, not the period of a figure in its sentence
    ('ALMATY, July 15 (Xinhua) -- Trade between China and Kazakhstan reached 151.2 billion yuan in the first half of 2025, Chinese officials said at a business forum here on Tuesday.',
     None,
     [('forum', 'held', D(2025, 7, 15), D(2025, 7, 15), 'KAZ', 'CHN', None, 'KAZ', 'Almaty')]),
    ('АЛМАТЫ, 15 июля (Синьхуа) -- Товарооборот Китая и Казахстана в первом полугодии 2025 года достиг 151,2 млрд юаней, сообщили китайские официальные лица на бизнес-форуме во вторник.',
     None,
     [('forum', 'held', D(2025, 7, 15), D(2025, 7, 15), 'KAZ', 'CHN', None, None, None)]),
    # the commission's previous session, and the previous round, are sessions of their own
    ("The eighth meeting of the Kazakh-Turkish Joint Intergovernmental Commission was held in Astana on Monday. The parties reviewed the implementation of the decisions taken at the commission's previous session, held in Ankara in 2009.",
     D(2011, 10, 18),
     [('council', 'held', D(2011, 10, 1), D(2011, 10, 31), 'KAZ', 'TUR', None, 'KAZ', 'Astana'),
      ('council', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'TUR', None, 'TUR', 'Ankara')]),
    ('Қазақстан-Түркия үкіметаралық комиссиясының сегізінші отырысы дүйсенбіде Астанада өтті. Тараптар комиссияның 2009 жылы Анкарада өткен алдыңғы отырысының шешімдерінің орындалуын қарады.',
     D(2011, 10, 18),
     [('council', 'held', D(2011, 10, 1), D(2011, 10, 31), 'KAZ', 'TUR', None, 'KAZ', 'Astana'),
      ('council', 'held', D(2009, 1, 1), D(2009, 12, 31), 'KAZ', 'TUR', None, 'TUR', 'Ankara')]),
    ('South Korea and Kazakhstan held vice-ministerial policy consultations in Seoul on Monday. The previous round took place in Astana in 2022.',
     D(2024, 3, 3),
     [('consultations', 'held', D(2024, 2, 1), D(2024, 2, 29), 'KAZ', 'KOR', None, 'KOR', 'Seoul'),
      ('consultations', 'held', D(2022, 1, 1), D(2022, 12, 31), 'KAZ', 'KOR', None, 'KAZ', 'Astana')]),
    ('В понедельник в Сеуле прошли политические консультации Казахстана и Кореи. Предыдущий раунд состоялся в Астане в 2022 году.',
     D(2024, 3, 3),
     [('consultations', 'held', D(2024, 2, 1), D(2024, 2, 29), 'KAZ', 'KOR', None, 'KOR', 'Seoul'),
      ('consultations', 'held', D(2022, 1, 1), D(2022, 12, 31), 'KAZ', 'KOR', None, 'KAZ', 'Astana')]),
    ('Дүйсенбіде Сеулде Қазақстан мен Корея арасындағы саяси консультациялар өтті. Консультациялардың алдыңғы раунды 2022 жылы Астанада өткен.',
     D(2024, 3, 3),
     [('consultations', 'held', D(2024, 2, 1), D(2024, 2, 29), 'KAZ', 'KOR', None, 'KOR', 'Seoul'),
      ('consultations', 'held', D(2022, 1, 1), D(2022, 12, 31), 'KAZ', 'KOR', None, 'KAZ', 'Astana')]),
    # ... and the first round named alone is another than the second held
    ('The ministers agreed to hold the second round of political consultations between Kazakhstan and Brazil in Nur-Sultan in 2021. The first round took place in Brasília in 2017.',
     D(2020, 11, 18),
     [('consultations', 'planned', D(2021, 1, 1), D(2021, 12, 31), 'KAZ', 'BRA', None, 'KAZ', 'Astana'),
      ('consultations', 'held', D(2017, 1, 1), D(2017, 12, 31), 'KAZ', 'BRA', None, 'BRA', 'Brasília')]),
    # the year a series began is not the year of its round
    ("Kazakh Deputy Foreign Minister Alibek Bakayev and Korea's Second Vice Foreign Minister Kim Jin-dong co-chaired the 12th round of the consultations since they were launched in 2004.",
     D(2024, 3, 3),
     [('consultations', 'held', D(2024, 3, 1), D(2024, 3, 31), 'KAZ', 'KOR', None, None, None)]),
    # a video call is a meeting with no venue
    ('BRASÍLIA, 18 November 2020 (Agência Brasil) – Foreign Minister Ernesto Araújo held a video call on Tuesday with his Kazakh counterpart, Mukhtar Tileuberdi, to discuss trade.',
     D(2020, 11, 18),
     [('talks', 'held', D(2020, 11, 1), D(2020, 11, 30), 'KAZ', 'BRA', None, None, None)]),
    ('Министр иностранных дел Бразилии Эрнесту Араужу провел во вторник видеоконференцию с казахстанским коллегой Мухтаром Тлеуберди.',
     D(2020, 11, 18),
     [('talks', 'held', D(2020, 11, 1), D(2020, 11, 30), 'KAZ', 'BRA', None, None, None)]),
    ('Бразилия Сыртқы істер министрі Эрнесту Араужу сейсенбіде қазақстандық әріптесі Мұхтар Тілеубердімен бейнебайланыс арқылы келіссөз жүргізді.',
     D(2020, 11, 18),
     [('talks', 'held', D(2020, 11, 1), D(2020, 11, 30), 'KAZ', 'BRA', None, None, None)]),
    # ... a session held by videoconference has no host
    ('Қазақстан-Венгрия үкіметаралық комиссиясының 18-отырысы бейнеконференция форматында өтті.',
     D(2020, 11, 18),
     [('council', 'held', D(2020, 11, 1), D(2020, 11, 30), 'KAZ', 'HUN', None, None, None)]),
    # a meeting at a WTO conference is held where the conference is
    ("ABU DHABI, 27 February 2024 – On the margins of the 13th WTO Ministerial Conference, Kazakhstan's Trade Minister Arman Shakkaliyev held a meeting with India's Minister of Commerce Piyush Goyal.",
     D(2024, 2, 27),
     [('talks', 'held', D(2024, 2, 27), D(2024, 2, 27), 'KAZ', 'IND', None, 'ARE', 'Abu Dhabi')]),
    # a forum held within the session takes the session's day
    ('Сегодня в Нур-Султане состоялось десятое заседание казахстанско-турецкой межправительственной комиссии. В рамках заседания состоялся казахстанско-турецкий бизнес-форум.',
     D(2019, 10, 17),
     [('council', 'held', D(2019, 10, 17), D(2019, 10, 17), 'KAZ', 'TUR', None, 'KAZ', 'Astana'),
      ('forum', 'held', D(2019, 10, 17), D(2019, 10, 17), 'KAZ', 'TUR', None, 'KAZ', 'Astana')]),
    ('The tenth meeting of the Kazakh-Turkish intergovernmental commission was held in Nur-Sultan today. Within the framework of the meeting, a Kazakh-Turkish business forum took place.',
     D(2019, 10, 17),
     [('council', 'held', D(2019, 10, 17), D(2019, 10, 17), 'KAZ', 'TUR', None, 'KAZ', 'Astana'),
      ('forum', 'held', D(2019, 10, 17), D(2019, 10, 17), 'KAZ', 'TUR', None, 'KAZ', 'Astana')]),
    # "we count on the visit to give impetus": an expectation, no event of its own
    ('Визит федерального канцлера Германии Ангелы Меркель в Астану намечен на 18 июля. «Мы рассчитываем, что визит канцлера даст импульс новым проектам», – сказал министр.',
     D(2010, 7, 14),
     [('visit', 'planned', D(2010, 7, 18), D(2010, 7, 18), 'KAZ', 'DEU', 'DEU', 'KAZ', 'Astana')]),
    # what the talks "should" yield is still to come
    ('Визит федерального канцлера Германии Ангелы Меркель в Астану намечен на 18 июля. Главным итогом переговоров с Президентом Нурсултаном Назарбаевым должно стать соглашение о партнерстве.',
     D(2010, 7, 14),
     [('visit', 'planned', D(2010, 7, 18), D(2010, 7, 18), 'KAZ', 'DEU', 'DEU', 'KAZ', 'Astana')]),
    # a guest "staying in Astana on a visit" is on it the day of the report
    ('Касым-Жомарт Токаев принял министра внешней торговли ОАЭ Тани бин Ахмеда Аль Зейуди, находящегося в Астане с рабочим визитом.',
     D(2023, 11, 14),
     [('visit', 'held', D(2023, 11, 14), D(2023, 11, 14), 'KAZ', 'ARE', 'ARE', 'KAZ', 'Astana')]),
    # a meeting of two officials within the session is a meeting of its own, on the session's day and in its city
    ('Кеше Абу-Дабиде Қазақстан мен БАӘ үкіметаралық комиссиясының бесінші отырысы өтті, оған Энергетика министрі Жеңіс Қасымбек төрағалық етті. Комиссия отырысының шеңберінде Жеңіс Қасымбек БАӘ Энергетика министрі Сухейль әл-Мазруимен кездесті.',
     D(2017, 11, 22),
     [('council', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi'),
      ('talks', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi')]),
    ('Вчера в Абу-Даби состоялось пятое заседание казахстанско-эмиратской межправительственной комиссии под председательством министра энергетики Казахстана Жениса Касымбека. В рамках заседания Женис Касымбек встретился с министром энергетики ОАЭ Сухейлем аль-Мазруи.',
     D(2017, 11, 22),
     [('council', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi'),
      ('talks', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi')]),
    ('The fifth meeting of the Kazakh-Emirati intergovernmental commission was held in Abu Dhabi yesterday, chaired by Kazakh Energy Minister Zhenis Kassymbek. On the sidelines of the session, Kassymbek met UAE Energy Minister Suhail Al Mazrouei.',
     D(2017, 11, 22),
     [('council', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi'),
      ('talks', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi')]),
    # ... what the session itself discussed is no meeting
    ('The fifth meeting of the Kazakh-Emirati intergovernmental commission was held in Abu Dhabi yesterday. During the session, the sides discussed energy projects.',
     D(2017, 11, 22),
     [('council', 'held', D(2017, 11, 21), D(2017, 11, 21), 'KAZ', 'ARE', None, 'ARE', 'Abu Dhabi')]),
    # a speech opening the sentence: the years of the data told after its comma are not the forum's
    ('В Алматы в среду прошел казахстанско-турецкий бизнес-форум. Выступая на форуме, министр экономики Турции Зафер Чаглаян привел данные: экспорт Турции в Казахстан в 2011 году составил 1,2 млрд долларов.',
     D(2012, 6, 7),
     [('forum', 'held', D(2012, 6, 1), D(2012, 6, 30), 'KAZ', 'TUR', None, 'KAZ', 'Almaty')]),
    ("A Kazakh-Turkish business forum was held in Almaty on Wednesday. Speaking at the forum, Turkish Economy Minister Zafer Çağlayan said Turkey's exports to Kazakhstan reached $1.2 billion in 2011.",
     D(2012, 6, 7),
     [('forum', 'held', D(2012, 6, 1), D(2012, 6, 30), 'KAZ', 'TUR', None, 'KAZ', 'Almaty')]),
    # a Russian event noun opening its sentence is the one just told, and where it was
    ('В Алматы в среду прошел казахстанско-турецкий бизнес-форум. Форум собрал более 300 предпринимателей двух стран.',
     D(2012, 6, 7),
     [('forum', 'held', D(2012, 6, 1), D(2012, 6, 30), 'KAZ', 'TUR', None, 'KAZ', 'Almaty')]),
    ('Казахстан и Польша провели политические консультации. Консультации прошли в Варшаве в среду.',
     D(2025, 5, 15),
     [('consultations', 'held', D(2025, 5, 1), D(2025, 5, 31), 'KAZ', 'POL', None, 'POL', 'Warsaw')]),
    # a month told for an event to come is not in the year of the trip recalled before it
    ("Çiçek said relations between Turkey and Kazakhstan had reached the level of strategic partnership since President Nursultan Nazarbayev's visit to Ankara in October 2009, and that the High-Level Strategic Cooperation Council would hold its first meeting in Almaty in October.",
     D(2012, 6, 5),
     [('visit', 'held', D(2009, 10, 1), D(2009, 10, 31), 'KAZ', 'TUR', 'KAZ', 'TUR', 'Ankara'),
      ('council', 'planned', D(2012, 10, 1), D(2012, 10, 31), 'KAZ', 'TUR', None, 'KAZ', 'Almaty')]),
    # "the first visit since ...": the visit now, and the trip it counts from
    ("Foreign Minister Antonio Patriota received his Kazakh counterpart, Yerlan Idrissov, at the Itamaraty Palace on Monday for talks. It was the first visit by a Kazakh foreign minister to Brazil since President Nursultan Nazarbayev's trip to Brasília in September 2007.",
     D(2013, 4, 16),
     [('visit', 'held', D(2013, 4, 1), D(2013, 4, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', None),
      ('visit', 'held', D(2007, 9, 1), D(2007, 9, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', 'Brasília')]),
    ('Министр иностранных дел Бразилии Антонио Патриота принял в понедельник казахстанского коллегу Ерлана Идрисова. Это первый визит главы МИД Казахстана в Бразилию с момента визита Президента Нурсултана Назарбаева в Бразилиа в сентябре 2007 года.',
     D(2013, 4, 16),
     [('visit', 'held', D(2013, 4, 1), D(2013, 4, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', None),
      ('visit', 'held', D(2007, 9, 1), D(2007, 9, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', 'Brasília')]),
    ('Бразилия Сыртқы істер министрі Антонио Патриота дүйсенбіде қазақстандық әріптесі Ерлан Ыдырысовты қабылдады. Бұл Президент Нұрсұлтан Назарбаевтың 2007 жылғы қыркүйектегі Бразилиаға сапарынан бері Қазақстан сыртқы істер министрінің Бразилияға алғашқы сапары.',
     D(2013, 4, 16),
     [('visit', 'held', D(2007, 9, 1), D(2007, 9, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', 'Brasília'),
      ('visit', 'held', D(2013, 4, 1), D(2013, 4, 30), 'KAZ', 'BRA', 'KAZ', 'BRA', None)]),
    # the years inside a quote are the saying's, not the meeting's after which it was said
    ('Foreign Minister Antonio Patriota received his Kazakh counterpart, Yerlan Idrissov, in Brasília on Monday for talks. "According to our statistics, last year\'s trade between Kazakhstan and Brazil was about 200 million dollars," the minister told reporters after the meeting.',
     D(2013, 4, 16),
     [('talks', 'held', D(2013, 4, 1), D(2013, 4, 30), 'KAZ', 'BRA', None, 'BRA', 'Brasília')]),
    # "принял сегодня участие" is taking part, no reception
    ('АБУ-ДАБИ. Министр торговли Казахстана Арман Шаккалиев, находящийся с рабочим визитом в ОАЭ, принял сегодня участие в казахстанско-эмиратском бизнес-форуме.',
     D(2024, 6, 5),
     [('visit', 'held', D(2024, 6, 5), D(2024, 6, 5), 'KAZ', 'ARE', 'KAZ', 'ARE', 'Abu Dhabi'),
      ('forum', 'held', D(2024, 6, 5), D(2024, 6, 5), 'KAZ', 'ARE', None, None, None)]),
    # ... "принял сегодня министра" still is
    ('Президент Казахстана принял сегодня министра иностранных дел Египта.',
     D(2024, 6, 5),
     [('talks', 'held', D(2024, 6, 5), D(2024, 6, 5), 'KAZ', 'EGY', None, None, None)]),
    # an undated wire report: a trip "last autumn" is not the visit on the dateline's day
    ('АСТАНА, 14 марта. Министр иностранных дел Казахстана Мурат Нуртлеу провел сегодня переговоры с министром иностранных дел Венгрии Петером Сийярто, прибывшим в Астану накануне с визитом. Министр напомнил, что новый импульс отношениям придал официальный визит премьер-министра Венгрии Виктора Орбана в Казахстан прошлой осенью.',
     None,
     [('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana'),
      ('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    ("ASTANA, March 14. Kazakh Foreign Minister Murat Nurtleu today held talks with Hungarian Foreign Minister Péter Szijjártó, who arrived in Astana yesterday on a visit. The minister recalled that Hungarian Prime Minister Viktor Orbán's official visit to Kazakhstan last autumn gave new impetus to relations.",
     None,
     [('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana'),
      ('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
    ('АСТАНА, 14 наурыз. Қазақстан Сыртқы істер министрі Мұрат Нұртлеу бүгін кеше Астанаға сапармен келген Венгрия Сыртқы істер министрі Петер Сийяртомен келіссөздер жүргізді. Министр Венгрия Премьер-министрі Виктор Орбанның былтыр күзде Қазақстанға жасаған ресми сапары қатынастарға жаңа серпін бергенін атап өтті.',
     None,
     [('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana'),
      ('visit', 'held', None, None, 'KAZ', 'HUN', 'HUN', 'KAZ', 'Astana')]),
]


@pytest.mark.parametrize("text,published,expected", EVENTS_0_36)
def test_events_0_36(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
            e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected


EVENTS_0_37 = [
    # a session only prepared for is the one the article reports held; the envoy's meeting on a day of its own stays apart
    ('Бүгін Ташкентте Қазақстан-Өзбекстан үкіметаралық комиссиясының 21-отырысы өтті. Бұған дейін, 17 ақпанда, Қазақстанның Өзбекстандағы елшісі Ерлан Құлымбетов Өзбекстан Сыртқы істер министрі Бахтиёр Саидовпен кездесіп, комиссия отырысына дайындықты талқылаған болатын.',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('talks', 'held', D(2026, 2, 17), D(2026, 2, 17), 'KAZ', 'UZB', None, None, None)]),
    ('Сегодня в Ташкенте прошло 21-е заседание межправкомиссии Казахстана и Узбекистана. Ранее, 17 февраля, посол Казахстана в Узбекистане Ерлан Кулымбетов встретился с министром иностранных дел Узбекистана Бахтиёром Саидовым и обсудил подготовку к заседанию комиссии.',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('talks', 'held', D(2026, 2, 17), D(2026, 2, 17), 'KAZ', 'UZB', None, None, None)]),
    ('Today the 21st meeting of the Kazakhstan-Uzbekistan intergovernmental commission was held in Tashkent. Earlier, on 17 February, Kazakh Ambassador Yerlan Kulymbetov met Uzbek Foreign Minister Bakhtiyor Saidov to discuss preparations for the commission meeting.',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('talks', 'held', D(2026, 2, 17), D(2026, 2, 17), 'KAZ', 'UZB', None, None, None)]),
    ('Today the 21st meeting of the Kazakhstan-Uzbekistan intergovernmental commission was held in Tashkent. The sides discussed preparations for the next meeting of the commission, due in Astana in 2027.',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('council', 'planned', D(2027, 1, 1), D(2027, 12, 31), 'KAZ', 'UZB', None, 'KAZ', 'Astana')]),
    ('Бүгін Ташкентте Қазақстан-Өзбекстан үкіметаралық комиссиясының 21-отырысы өтті. Сапар аясында Қазақстан Премьер-министрінің бірінші орынбасары Роман Скляр Өзбекстан Президенті Шавкат Мирзиёевтің қабылдауында болды. Бұған дейін, 17 ақпанда, Қазақстанның Өзбекстандағы елшісі Ерлан Құлымбетов Өзбекстан Сыртқы істер министрі Бахтиёр Саидовпен кездесті.',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent'),
      ('visit', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', 'KAZ', 'UZB', None),
      ('talks', 'held', D(2026, 2, 17), D(2026, 2, 17), 'KAZ', 'UZB', None, None, None)]),
    # what was noted at the session told before: the years after are what was said, not the session's
    ('Бүгін Ташкентте Қазақстан-Өзбекстан үкіметаралық комиссиясының 21-отырысы өтті. Комиссия отырысында атап өтілгендей, 2025 жылдың қорытындысы бойынша екі ел арасындағы тауар айналымы 4,9 млрд долларды құрап, 2024 жылмен салыстырғанда 11,4%-ға өсті (2024 жылы – 4,4 млрд доллар).',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('Сегодня в Ташкенте прошло 21-е заседание межправкомиссии Казахстана и Узбекистана. Как отмечалось на заседании, по итогам 2025 года товарооборот двух стран составил 4,9 млрд долларов, увеличившись на 11,4% (в 2024 году – 4,4 млрд долларов).',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('The 21st meeting of the Kazakhstan-Uzbekistan intergovernmental commission was held in Tashkent today. As noted at the meeting, trade between the two countries reached $4.9 billion in 2025, up 11.4% ($4.4 billion in 2024).',
     D(2026, 2, 20),
     [('council', 'held', D(2026, 2, 20), D(2026, 2, 20), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    # an invitation conveyed with a long name before the visit it asks for is no visit announced
    ('Он передал приглашение министра иностранных дел Омана Бадра бен Хамада аль-Бусаиди главе МИД Казахстана Мурату Нуртлеу посетить Султанат в удобное для сторон время.',
     D(2024, 10, 15),
     []),
    ("He conveyed the invitation of Oman's Foreign Minister Badr bin Hamad Al Busaidi to Kazakh Foreign Minister Murat Nurtleu to visit the Sultanate at a mutually convenient time.",
     D(2024, 10, 15),
     []),
    ('Ол Оман Сыртқы істер министрі Бадр бен Хамад әл-Бусаидидің Қазақстан Сыртқы істер министрі Мұрат Нұртлеуге Сұлтанатқа өзара ыңғайлы уақытта сапармен келу туралы шақыруын жеткізді.',
     D(2024, 10, 15),
     []),
    # thanks for the invitation to visit: the guest received is on that visit
    ('АСТАНА, 18 февраля 2025. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел Кении Мусалию Мудавади. Гость поблагодарил за приглашение посетить Казахстан.',
     D(2025, 2, 18),
     [('visit', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', 'KEN', 'KAZ', 'Astana')]),
    ('ASTANA, 18 February 2025 (Kazinform) – President Kassym-Jomart Tokayev received Kenyan Foreign Minister Musalia Mudavadi at the Akorda. The guest thanked the President for the invitation to visit Kazakhstan.',
     D(2025, 2, 18),
     [('visit', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', 'KEN', 'KAZ', 'Astana')]),
    ('АСТАНА, 18 ақпан 2025. ҚазАқпарат – Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Кения Сыртқы істер министрі Мусалия Мудавадиді қабылдады. Қонақ Қазақстанға сапармен келуге шақырғаны үшін алғыс айтты.',
     D(2025, 2, 18),
     [('visit', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', 'KEN', 'KAZ', 'Astana')]),
    # ... an invitation to visit elsewhere still announces nothing
    ('АСТАНА, 18 февраля 2025. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел Кении Мусалию Мудавади. Гость передал приглашение Президента Кении посетить Кению.',
     D(2025, 2, 18),
     [('talks', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', None, 'KAZ', 'Astana')]),
    # a memorandum on holding consultations names no consultations held
    ('Сегодня в Астане министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Кении Мусалией Мудавади. По итогам переговоров министры подписали меморандум о проведении политических консультаций между внешнеполитическими ведомствами.',
     D(2025, 2, 18),
     [('talks', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', None, 'KAZ', 'Astana')]),
    ('Today in Astana Kazakh Foreign Minister Murat Nurtleu held talks with Kenyan Foreign Minister Musalia Mudavadi. Following the talks the ministers signed a memorandum on political consultations between the foreign ministries.',
     D(2025, 2, 18),
     [('talks', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', None, 'KAZ', 'Astana')]),
    ('Бүгін Астанада Қазақстан Сыртқы істер министрі Мұрат Нұртлеу Кения Сыртқы істер министрі Мусалия Мудавадимен келіссөздер жүргізді. Келіссөз қорытындысы бойынша министрлер сыртқы істер ведомстволары арасында саяси консультациялар өткізу туралы меморандумға қол қойды.',
     D(2025, 2, 18),
     [('talks', 'held', D(2025, 2, 18), D(2025, 2, 18), 'KAZ', 'KEN', None, 'KAZ', 'Astana')]),
    # what a visit is to hold refers to the visit told before: "Практическое наполнение визита", "the agenda of the visit"
    ('Президенты обсудили подготовку к государственному визиту Президента Казахстана в Сеул, который намечен на август. Практическое наполнение визита обсуждается и на министерском уровне. 4 июня министр торговли Казахстана Бахыт Султанов и министр торговли Кореи Ё Хан Гу провели переговоры в формате видеоконференции.',
     D(2021, 6, 9),
     [('visit', 'planned', D(2021, 8, 1), D(2021, 8, 31), 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul'),
      ('talks', 'held', D(2021, 6, 4), D(2021, 6, 4), 'KAZ', 'KOR', None, None, None)]),
    ("The presidents discussed preparations for the Kazakh President's state visit to Seoul, scheduled for August. The agenda of the visit is also being discussed at ministerial level. On June 4, Kazakh Trade Minister Bakhyt Sultanov and Korean Trade Minister Yeo Han-koo held talks by videoconference.",
     D(2021, 6, 9),
     [('visit', 'planned', D(2021, 8, 1), D(2021, 8, 31), 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul'),
      ('talks', 'held', D(2021, 6, 4), D(2021, 6, 4), 'KAZ', 'KOR', None, None, None)]),
    ('Президенттер Қазақстан Президентінің тамызға жоспарланған Сеулге мемлекеттік сапарына дайындықты талқылады. Сапардың нақты мазмұны министрлер деңгейінде де талқылануда. 4 маусымда Қазақстанның сауда министрі Бахыт Сұлтанов пен Корея сауда министрі Ё Хан Гу бейнеконференция форматында келіссөздер жүргізді.',
     D(2021, 6, 9),
     [('visit', 'planned', D(2021, 8, 1), D(2021, 8, 31), 'KAZ', 'KOR', 'KAZ', 'KOR', 'Seoul'),
      ('talks', 'held', D(2021, 6, 4), D(2021, 6, 4), 'KAZ', 'KOR', None, None, None)]),
    # a session put off and now only hoped for is no event announced
    ('Председатель Мажилиса выразил надежду, что первое заседание казахстанско-бразильской межправительственной комиссии, перенесенное в прошлом году по просьбе бразильской стороны, удастся провести до конца 2017 года.',
     D(2017, 5, 24),
     []),
    ("The Mazhilis Chairman expressed hope that the first meeting of the Kazakh-Brazilian intergovernmental commission, postponed last year at Brazil's request, could be held before the end of 2017.",
     D(2017, 5, 24),
     []),
    ('Мәжіліс Төрағасы былтыр Бразилия тарапының өтінішімен кейінге шегерілген қазақстан-бразилия үкіметаралық комиссиясының алғашқы отырысын 2017 жылдың соңына дейін өткізуге болатынына үміт білдірді.',
     D(2017, 5, 24),
     []),
    # who chairs a commission is told of the body, not of a session
    ('Межправкомиссию с российской стороны возглавляет первый вице-премьер Игорь Шувалов, с казахстанской — первый заместитель премьер-министра Умирзак Шукеев.',
     D(2010, 5, 19),
     []),
    ('The Kazakh-Russian intergovernmental commission is co-chaired by First Deputy Prime Minister Igor Shuvalov and First Deputy Prime Minister Umirzak Shukeyev.',
     D(2010, 5, 19),
     []),
    ('Үкіметаралық комиссияны Ресей тарапынан бірінші вице-премьер Игорь Шувалов, Қазақстан тарапынан Премьер-министрдің бірінші орынбасары Өмірзақ Шөкеев басқарады.',
     D(2010, 5, 19),
     []),
    ('Бүгін Астанада Қазақстан-Ресей үкіметаралық комиссиясының отырысы өтті. Оны бірінші вице-премьер Игорь Шувалов пен Премьер-министрдің бірінші орынбасары Өмірзақ Шөкеев басқарды.',
     D(2010, 5, 19),
     [('council', 'held', D(2010, 5, 19), D(2010, 5, 19), 'KAZ', 'RUS', None, 'KAZ', 'Astana')]),
    # documents signed "following the meeting" belong to that meeting
    ('Today the prime ministers of Kazakhstan and Uzbekistan took part in the 16th meeting of the Kazakh-Uzbek intergovernmental commission in Tashkent. More than 20 documents were signed following the meeting.',
     D(2019, 3, 15),
     [('council', 'held', D(2019, 3, 15), D(2019, 3, 15), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    ('Сегодня премьер-министры Казахстана и Узбекистана приняли участие в 16-м заседании казахстанско-узбекской межправкомиссии в Ташкенте. Более 20 документов было подписано по итогам заседания.',
     D(2019, 3, 15),
     [('council', 'held', D(2019, 3, 15), D(2019, 3, 15), 'KAZ', 'UZB', None, 'UZB', 'Tashkent')]),
    # ... and a session of a body told with who chairs it stays a session
    ('Заседание межправкомиссии Казахстана и России, которую возглавляют первые вице-премьеры, прошло вчера в Астане.',
     D(2010, 5, 19),
     [('council', 'held', D(2010, 5, 18), D(2010, 5, 18), 'KAZ', 'RUS', None, 'KAZ', 'Astana')]),
]


@pytest.mark.parametrize("text,published,expected", EVENTS_0_37)
def test_events_0_37(text, published, expected):
    got = [(e.event_type, e.status, e.date_start, e.date_end, e.country_a_iso3, e.country_b_iso3, e.visitor_iso3,
            e.host_iso3, e.location)
           for e in extract_events(article_from_text(text, "case.txt", published_on=published))]
    assert got == expected
