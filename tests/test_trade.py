"""Trade extraction, table-driven per language: sentence(s) in, exact facts out.

Each row: language, publication date, text, and the facts as
(reporter, partner, flow, measure, period_start, period_end, value_usd, currency, growth_pct, approximate).
"""
from __future__ import annotations

import datetime as dt

import pytest

from elshi.ingest import article_from_text
from elshi.trade import extract_trade

D = dt.date
B = 1e9
M = 1e6


def facts(text: str, published_on=None):
    a = article_from_text(text, "case.txt", published_on=published_on)
    out = []
    for f in extract_trade(a):
        assert a.text[f.char_start:f.char_end] == f.evidence
        out.append((f.reporter_iso3, f.partner_iso3, f.flow, f.measure, f.period_start, f.period_end,
                    f.value_usd, f.currency, f.growth_pct, f.approximate))
    return out


KAZAKH = [
    ("2022 жылы Қазақстан мен Түркия арасындағы тауар айналымы 6,3 млрд АҚШ долларын құрады, "
     "бұл алдыңғы жылмен салыстырғанда 25%-ға жоғары.", None,
     [("KAZ", "TUR", "turnover", "actual", D(2022, 1, 1), D(2022, 12, 31), 6.3 * B, "USD", 25.0, False)]),
    ("Былтыр Қазақстан мен Қытай арасындағы сауда көлемі 31,5 млрд долларға жетті.", D(2024, 5, 10),
     [("KAZ", "CHN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 31.5 * B, "USD", None, False)]),
    ("Былтыр Қазақстан мен Қытай арасындағы сауда көлемі 31,5 млрд долларға жетті.", None,
     [("KAZ", "CHN", "turnover", "actual", None, None, 31.5 * B, "USD", None, False)]),
    ("2023 жылдың қаңтар-маусым айларында Қазақстанның Германияға экспорты 1,2 млрд доллар болды.", None,
     [("KAZ", "DEU", "export", "actual", D(2023, 1, 1), D(2023, 6, 30), 1.2 * B, "USD", None, False)]),
    ("Оңтүстік Кореяның Қазақстан экономикасына салған тікелей инвестициясы 2005 жылдан бері 8 млрд доллардан асты.", None,
     [("KAZ", "KOR", "investment_in", "actual", D(2005, 1, 1), None, 8 * B, "USD", None, True)]),
    ("Өткен жылы Қазақстанға Ресейден импорт 13 млрд доллар болды, ал Ресейге экспорт 9 млрд долларға жетті.", D(2025, 1, 20),
     [("KAZ", "RUS", "import", "actual", D(2024, 1, 1), D(2024, 12, 31), 13 * B, "USD", None, False),
      ("KAZ", "RUS", "export", "actual", D(2024, 1, 1), D(2024, 12, 31), 9 * B, "USD", None, False)]),
    ("Ұлыбританияның Қазақстанға салған инвестициясы 2023 жылы 1,5 млрд долларды құрады.", None,
     [("KAZ", "GBR", "investment_in", "actual", D(2023, 1, 1), D(2023, 12, 31), 1.5 * B, "USD", None, False)]),
    ("Қазақстан мен Моңғолия тауар айналымын 2030 жылға қарай 1 миллиард 450 миллион долларға жеткізуді көздейді.", None,
     [("KAZ", "MNG", "turnover", "target", None, D(2030, 12, 31), 1.45 * B, "USD", None, False)]),
    ("Қазақстан мен Өзбекстан арасындағы тауар айналымы 2024 жылы 4,4 млрд долларды құрап, 2,5 есеге өсті.", None,
     [("KAZ", "UZB", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, "USD", 150.0, False)]),
]

RUSSIAN = [
    ("В прошлом году товарооборот между Казахстаном и Францией составил около 5 млрд долларов, увеличившись на 12,5%.",
     D(2023, 3, 1),
     [("KAZ", "FRA", "turnover", "actual", D(2022, 1, 1), D(2022, 12, 31), 5 * B, "USD", 12.5, True)]),
    ("За январь-сентябрь 2024 года экспорт из Казахстана в Китай вырос в 1,5 раза и достиг $12,1 млрд.", None,
     [("KAZ", "CHN", "export", "actual", D(2024, 1, 1), D(2024, 9, 30), 12.1 * B, "USD", 50.0, False)]),
    ("Казахстан и Венгрия договорились довести объем взаимной торговли до 5 млрд долларов к 2027 году.", None,
     [("KAZ", "HUN", "turnover", "target", None, D(2027, 12, 31), 5 * B, "USD", None, False)]),
    ("Импорт казахстанской продукции в Россию сократился на 3,2% и составил 8,7 млрд долларов в 2023 году.", None,
     [("RUS", "KAZ", "import", "actual", D(2023, 1, 1), D(2023, 12, 31), 8.7 * B, "USD", -3.2, False)]),
    ("Объем японских инвестиций в экономику Казахстана с 1993 года составил 7,8 млрд долларов США.", None,
     [("KAZ", "JPN", "investment_in", "actual", D(1993, 1, 1), None, 7.8 * B, "USD", None, False)]),
    ("Товарооборот Казахстана с Турцией за 8 месяцев 2024 года составил 3,9 млрд долларов (рост на 4%).", None,
     [("KAZ", "TUR", "turnover", "actual", D(2024, 1, 1), D(2024, 8, 31), 3.9 * B, "USD", 4.0, False)]),
    ("Казахстанские компании инвестировали в экономику Кыргызстана 1,3 млрд долларов.", None,
     [("KAZ", "KGZ", "investment_out", "actual", None, None, 1.3 * B, "USD", None, False)]),
    ("Товарооборот между Казахстаном и Россией в 2023 году достиг 1,2 трлн рублей.", None,
     [("KAZ", "RUS", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), None, "RUB", None, False)]),
    ("Инвестиции Китая в Казахстан за 2005-2023 годы составили 25 млрд долларов.", None,
     [("KAZ", "CHN", "investment_in", "actual", D(2005, 1, 1), D(2023, 12, 31), 25 * B, "USD", None, False)]),
    ("В 2023 году Казахстан экспортировал в Китай товаров на 15 млрд долларов.", None,
     [("KAZ", "CHN", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 15 * B, "USD", None, False)]),
]

ENGLISH = [
    ("Last year, trade turnover between Kazakhstan and the United Kingdom reached $2.046 billion, up 19% from 2022.",
     D(2024, 2, 1),
     [("KAZ", "GBR", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 2.046 * B, "USD", 19.0, False)]),
    ("Kazakhstan and Hungary aim to raise bilateral trade to $1 billion by 2026.", None,
     [("KAZ", "HUN", "turnover", "target", None, D(2026, 12, 31), 1 * B, "USD", None, False)]),
    ("In the first half of 2023, Kazakh exports to Italy totaled $6.8 billion, while imports from Italy amounted to $1.1 billion.",
     None,
     [("KAZ", "ITA", "export", "actual", D(2023, 1, 1), D(2023, 6, 30), 6.8 * B, "USD", None, False),
      ("KAZ", "ITA", "import", "actual", D(2023, 1, 1), D(2023, 6, 30), 1.1 * B, "USD", None, False)]),
    ("Bilateral trade between Kazakhstan and Germany rose to $3.1 billion in 2021, up from $2.2 billion in 2020.", None,
     [("KAZ", "DEU", "turnover", "actual", D(2021, 1, 1), D(2021, 12, 31), 3.1 * B, "USD", None, False),
      ("KAZ", "DEU", "turnover", "actual", D(2020, 1, 1), D(2020, 12, 31), 2.2 * B, "USD", None, False)]),
    ("Kazakhstan's exports to China in Q1 2024 were $3.5 billion.", None,
     [("KAZ", "CHN", "export", "actual", D(2024, 1, 1), D(2024, 3, 31), 3.5 * B, "USD", None, False)]),
    ("Kazakhstan-China trade hit a record $41 billion in 2023.", None,
     [("KAZ", "CHN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 41 * B, "USD", None, False)]),
    ("Trade between Kazakhstan and Georgia amounted to $318.55 million.", None,
     [("KAZ", "GEO", "turnover", "actual", None, None, 318.55 * M, "USD", None, False)]),
]

# sentences that must yield nothing: multilateral aggregates, third countries, no figure, deal values
NOTHING = [
    ("Орталық Азия елдерімен сауда көлемі 12 млрд долларды құрады.", None),
    ("Қазақстан мен Әзірбайжан арасындағы мәдени байланыстар нығайып келеді.", None),
    ("Товарооборот между Россией и Китаем в 2023 году превысил 240 млрд долларов.", None),
    ("Trade between Central Asian countries grew by 10% last year.", None),
    ("The Kazakh delegation visited the new plant built for 1.2 trillion tenge.", None),
    ("Стороны подписали 12 соглашений на сумму свыше 2 млрд долларов между Казахстаном и Францией.", None),
    ("Взаимная торговля стран ЕАЭС выросла на 10% и составила 90 млрд долларов, сообщил Казахстан.", None),
    ("В Казахстане с участием японского капитала работают 60 компаний, в которых занято 12 тысяч человек.", None),
    ("Товарооборот Алматы с Бишкеком составил 500 млн долларов.", None),
    ("Товарооборот Алматинской области с Китаем составил 900 млн долларов.", None),
    ("Товарооборот Казахстана с Евросоюзом в 2023 году составил 40 млрд долларов.", None),
    ("Доля России во внешней торговле Казахстана составила 20%.", None),
]


def _approx_equal(got, want):
    assert len(got) == len(want), got
    for g, w in zip(got, want):
        assert g[:6] == w[:6]
        assert (g[6] is None) == (w[6] is None) and (g[6] is None or abs(g[6] - w[6]) < 1), (g, w)
        assert g[7:] == w[7:], (g, w)


@pytest.mark.parametrize("text,published,expected", KAZAKH)
def test_kazakh(text, published, expected):
    _approx_equal(facts(text, published), expected)


@pytest.mark.parametrize("text,published,expected", RUSSIAN)
def test_russian(text, published, expected):
    _approx_equal(facts(text, published), expected)


@pytest.mark.parametrize("text,published,expected", ENGLISH)
def test_english(text, published, expected):
    _approx_equal(facts(text, published), expected)


@pytest.mark.parametrize("text,published", NOTHING)
def test_yields_nothing(text, published):
    assert facts(text, published) == []


def test_a_customs_office_without_a_country_in_a_report_filed_abroad_is_the_partners():
    # "HÀ NỘI —" dateline, "the General Department of Customs": Vietnam's statistic; the same words under an
    # Astana dateline, or from Kazinform's correspondent in Hanoi, are Kazakhstan's
    text = ("HÀ NỘI — Việt Nam and Kazakhstan met. According to the General Department of Customs, bilateral trade "
            "reached $918 million in 2024.")
    assert [f[:3] for f in facts(text, D(2025, 10, 9))] == [("VNM", "KAZ", "turnover")]
    assert [f[:3] for f in facts(text.replace("HÀ NỘI", "ASTANA"), D(2025, 10, 9))] == [("KAZ", "VNM", "turnover")]
    assert [f[:3] for f in facts(text.replace("HÀ NỘI", "HANOI. KAZINFORM"), D(2025, 10, 9))] == [("KAZ", "VNM", "turnover")]


def test_context_carries_partner_and_period_to_the_next_sentences():
    text = ("Товарооборот между Киргизией и Казахстаном за пять месяцев 2012 года составил $374 млн. "
            "По данным Нацстаткома Киргизии, экспорт составил $178,4 млн (рост в 2,1 раза), импорт - $196,5 млн.")
    got = facts(text)
    assert [(r, p, fl, ps, pe, g) for r, p, fl, _, ps, pe, _, _, g, _ in got] == [
        ("KGZ", "KAZ", "turnover", D(2012, 1, 1), D(2012, 5, 31), None),
        ("KGZ", "KAZ", "export", D(2012, 1, 1), D(2012, 5, 31), 110.0),
        ("KGZ", "KAZ", "import", D(2012, 1, 1), D(2012, 5, 31), None),
    ]


def test_growth_stated_in_the_next_sentence_joins_the_figure():
    text = ("Былтыр Қазақстан мен Тәжікстан арасындағы тауар айналымы 900 млн долларға жетті. "
            "2022 жылмен салыстырғанда өсім 15 пайыз.")
    assert facts(text, D(2024, 4, 1)) == [
        ("KAZ", "TJK", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 900 * M, "USD", 15.0, False)]


def test_headline_restating_a_growth_is_not_a_second_fact():
    text = ("Товарооборот Казахстана и Грузии в 2019 году вырос на 20%\n"
            "Товарооборот между Казахстаном и Грузией в 2019 году составил 120 млн долларов, увеличившись на 20%.")
    assert facts(text) == [
        ("KAZ", "GEO", "turnover", "actual", D(2019, 1, 1), D(2019, 12, 31), 120 * M, "USD", 20.0, False)]


# a headline's hedged round figure ("tops $3 billion", "превысил 3 млрд", "3 млрд доллардан асты") and the body's
# precise one are one statistic: the precise figure stays
@pytest.mark.parametrize("text", [
    "Uzbekistan's trade with Kazakhstan tops $3 billion in ten months\n"
    "Trade between Uzbekistan and Kazakhstan amounted to $3.05 billion in January-October 2021, up 18.4%.",
    "Товарооборот Узбекистана и Казахстана за десять месяцев превысил 3 млрд долларов\n"
    "Товарооборот между Узбекистаном и Казахстаном за январь-октябрь 2021 года составил 3,05 млрд долларов, увеличившись на 18,4%.",
    "Өзбекстан мен Қазақстанның тауар айналымы он айда 3 млрд доллардан асты\n"
    "2021 жылғы қаңтар-қазанда Өзбекстан мен Қазақстан арасындағы тауар айналымы 3,05 млрд долларды құрап, 18,4%-ға өсті.",
])
def test_a_headlines_hedged_round_figure_is_the_bodys_precise_one(text):
    assert [(f[4], f[5], f[6], f[8]) for f in facts(text, D(2021, 11, 26))] == [(D(2021, 1, 1), D(2021, 10, 31), 3.05 * B, 18.4)]


# ---------------------------------------------------------------- rules of the clause reader
# Each row: (text, publication date, facts as in the tables above). Invented sentences.

TOTALS_AND_THIRD_PARTIES = [
    # a country's total foreign trade is not a bilateral figure, even with partners named nearby
    ("Kazakhstan's foreign trade rose to $61 bn; Italy, China and Russia remain its main partners.", None),
    ("Сыртқы сауда айналымы 2023 жылы 139 млрд долларға жетті, негізгі серіктестер – Италия мен Қытай.", None),
    ("По данным статистики, объем внешней торговли Таджикистана составил $8 млрд, основные партнеры – Россия и Казахстан.", None),
    # the partner's trade with a third country
    ("Товарооборот Азербайджана с Грузией составил 1,1 млрд долларов.", None),
    ("Uzbek exports to China totalled $2.1bn.", None),
    # a group as the other side, named by its acronym
    ("Объем взаимной торговли стран ОТГ превысил 12 млрд долларов.", None),
    # a change of a figure is not the figure
    ("Товарооборот Казахстана с Польшей увеличился на $120 млн.", None),
    ("Trade between Kazakhstan and Latvia increased by $45 million.", None),
    # a city's economy and a region's trade are not the country's
    ("В 2020 году Казахстан инвестировал в экономику Санкт-Петербурга $300 млн.", None),
    ("Внешнеторговый оборот Костанайской области с Канадой составил 20 миллионов долларов.", None),
    # wishes, deals, shipments counted in tonnes, products
    ("Если раньше мы мечтали о 2 млрд товарооборота с Венгрией, то теперь это реальность.", None),
    ("Kazakhstan and Egypt signed contracts worth $500 million.", None),
    ("Қазақстанның бидайы Түркияға (12 млн долларға 40 мың тонна) экспортталған.", None),
    ("Export volume to China grew by 20%, from 300,000 tons to 360,000 tons.", None),
    ("Экспорт пшеницы из Казахстана в Иран составил 150 млн долларов.", None),
    ("Казахстан экспортировал в Китай зерна на 2 млрд долларов.", None),
    ("Kazakhstan exported $2 billion worth of grain to China last year.", None),
    # a counted portfolio of projects is a deal value
    ("Казахстан и Венгрия реализуют 93 проекта с общим объемом инвестиций 18,3 млрд долларов.", None),
    # a named country's whole flow after the pair's figure ("total", "общий", "жалпы"; "Overall, ..." is no share)
    ("Kazakh-Georgian talks were held. Kazakhstan's total exports grew by 5% to $78 billion.", D(2024, 5, 15)),
    ("Прошли казахстанско-грузинские переговоры. Общий экспорт Казахстана вырос на 5% до 78 млрд долларов.", D(2024, 5, 15)),
    ("Қазақ-грузин келіссөздері өтті. Қазақстанның жалпы экспорты 5%-ға өсіп, 78 млрд долларды құрады.", D(2024, 5, 15)),
    ("Қазақ-грузин келіссөздері өтті. Жалпы Грузияның сыртқы сауда айналымы 20 млрд долларға жетті.", D(2024, 5, 15)),
    # the border regions' trade is sub-national
    ("The volume of trade between Kazakhstan and Russia's border regions exceeded $8 billion.", None),
    ("Товарооборот приграничных регионов Казахстана и России превысил 8 млрд долларов.", None),
    ("Қазақстан мен Ресейдің шекаралас өңірлерінің тауар айналымы 8 млрд доллардан асты.", None),
    # foreign investment with no partner named is the country's total
    ("Georgian PM visited Astana. Kazakhstan attracted $28 billion of foreign direct investment last year.", D(2024, 5, 15)),
    ("Премьер Грузии посетил Астану. В прошлом году в экономику Казахстана привлечено 28 млрд долларов прямых "
     "иностранных инвестиций.", D(2024, 5, 15)),
    ("Грузия премьері Астанаға келді. Былтыр Қазақстан экономикасына 28 млрд доллар тікелей шетелдік инвестиция тартылды.",
     D(2024, 5, 15)),
    ("Казахстан и Грузия обсудили транзит. Объем инвестиций Казахстана в зарубежные страны составил 5 млрд долларов.", None),
    # the totals go on in the next sentence ("Exports dropped ..."); a group led by a country is no country (en/ru/kk)
    ("Total foreign trade turnover of Kazakhstan fell 2.1% to $139.8 billion in 2023. Exports dropped 7.9% to $78.7 "
     "billion, while imports rose 6.6% to $61.1 billion. Trade with fellow members of the Russia-led Eurasian Economic "
     "Union rose 3.4% to $28.3 billion.", D(2024, 2, 15)),
    ("Внешнеторговый оборот Казахстана в 2023 году снизился на 2,1% до $139,8 млрд. Экспорт сократился на 7,9% до "
     "$78,7 млрд, импорт вырос на 6,6% до $61,1 млрд. Товарооборот со странами возглавляемого Россией Евразийского "
     "экономического союза вырос на 3,4% до $28,3 млрд.", D(2024, 2, 15)),
    ("2023 жылы Қазақстанның сыртқы сауда айналымы 2,1%-ға азайып, 139,8 млрд долларды құрады. Экспорт 7,9%-ға "
     "қысқарып, 78,7 млрд долларға жетті, импорт 6,6%-ға өсіп, 61,1 млрд доллар болды. Еуразиялық экономикалық одақ "
     "елдерімен сауда 3,4%-ға өсіп, 28,3 млрд долларды құрады.", D(2024, 2, 15)),
    # a trade word naming something else ("free trade agreement", "importers", "trade partners") is no flow
    ("The free trade agreement between Vietnam and Kazakhstan, in force since 2016, has cut tariffs on more than "
     "90 per cent of tariff lines.", D(2025, 3, 1)),
    ("Эксимбанк Венгрии готов расширить кредитную линию для казахстанских импортеров венгерской продукции до $500 млн.",
     D(2025, 3, 1)),
    ("Венгрия Эксимбанкі қазақстандық импорттаушыларға арналған несие желісін 500 млн долларға дейін кеңейтуге дайын.",
     D(2025, 3, 1)),
    # a Kazakh deal noun after its value: "жалпы құны (сомасы) X ... жоба / келісімшарт"
    ("Катар инвесторларының қатысуымен Қазақстанда жалпы құны 17 млрд доллардан асатын 14 жобаның портфелі "
     "қалыптасқан.", D(2025, 3, 1)),
    ("Форумда қазақстандық экспорттаушылар мен пәкістандық импорттаушылар арасында жалпы сомасы 54,5 млн долларды "
     "құрайтын 17 келісімшартқа қол қойылды.", D(2025, 3, 1)),
    # two countries' totals side by side ("Өзбекстандікі", "Uzbekistan's", "Узбекистана –"): neither is the pair's
    ("Салыстыру үшін, Қазақстанның жалпы сыртқы сауда айналымы қаңтар-қыркүйекте 104,6 млрд долларды, Өзбекстандікі "
     "48,3 млрд долларды құрады.", D(2024, 11, 14)),
    ("For comparison, Kazakhstan's total foreign trade reached $104.6 billion in January-September, and Uzbekistan's "
     "$48.3 billion.", D(2024, 11, 14)),
    ("Для сравнения, внешнеторговый оборот Казахстана за январь-сентябрь составил 104,6 млрд долларов, Узбекистана – "
     "48,3 млрд долларов.", D(2024, 11, 14)),
    # a machine-building product's flow (kk accusative before the verbal noun, ru "продукции машиностроения", en "of machinery")
    ("Қазақстанның Өзбекстанға машина жасау өнімдерін экспорттауы 2,3 есе өсті.", D(2024, 11, 14)),
    ("Экспорт продукции машиностроения из Казахстана в Узбекистан вырос в 2,3 раза.", D(2024, 11, 14)),
    ("Kazakhstan's exports of machinery to Uzbekistan grew 2.3 times.", D(2024, 11, 14)),
    # an ordinal told of something else than a partner's place: "was first signed" ranks nobody
    ("Kazakhstan's foreign trade reached $100 billion in 2024. The deal was first signed in Rome, Italy at $16.9 billion.", D(2025, 2, 1)),
]


@pytest.mark.parametrize("text,published", TOTALS_AND_THIRD_PARTIES)
def test_totals_third_parties_changes_regions_deals_yield_nothing(text, published):
    assert facts(text, published) == []


RULES = [
    # list items: each figure led by its own partner (ru, kk, en)
    ("Наибольший товарооборот Казахстана в 2024 году зафиксирован с Китаем – 20 млрд долларов, "
     "Италией – 15 млрд долларов и Россией – почти 27 млрд долларов.", None,
     [("KAZ", "CHN", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 20 * B, "USD", None, False),
      ("KAZ", "ITA", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 15 * B, "USD", None, False),
      ("KAZ", "RUS", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 27 * B, "USD", None, True)]),
    ("В 2022 году товарооборот Грузии с Арменией вырос на 5% и составил 1 млрд долларов, с Казахстаном "
     "увеличился в 1,2 раза и достиг 300 млн долларов.", None,
     [("GEO", "KAZ", "turnover", "actual", D(2022, 1, 1), D(2022, 12, 31), 300 * M, "USD", 20.0, False)]),
    # trading partners with their figures in parentheses: each figure is the turnover with the country it follows
    ("Kazakhstan's main trading partners in 2023 were China ($31.5 billion), Russia ($26 billion) and Italy "
     "($16.1 billion).", None,
     [("KAZ", "CHN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 31.5 * B, "USD", None, False),
      ("KAZ", "RUS", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 26 * B, "USD", None, False),
      ("KAZ", "ITA", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 16.1 * B, "USD", None, False)]),
    ("Основными торговыми партнерами Узбекистана в 2023 году стали Китай (10 млрд долларов), Россия (9 млрд "
     "долларов) и Казахстан (4 млрд долларов).", None,
     [("UZB", "KAZ", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 4 * B, "USD", None, False)]),
    ("2023 жылы Қазақстанның негізгі сауда серіктестері Қытай (31,5 млрд доллар) және Италия (16,1 млрд доллар) "
     "болды.", None,
     [("KAZ", "CHN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 31.5 * B, "USD", None, False),
      ("KAZ", "ITA", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 16.1 * B, "USD", None, False)]),
    # a goal's multiplier is no growth of the figure beside it; "which amounted to" is the level reached
    # (in English the aim stands in a clause of its own: a target of +100% beside the level)
    ("Kazakhstan and Hungary intend to double their trade turnover, which amounted to $600 million last year.",
     D(2024, 5, 15),
     [("KAZ", "HUN", "turnover", "target", None, None, None, None, 100.0, False),
      ("KAZ", "HUN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 600 * M, "USD", None, False)]),
    ("Казахстан и Венгрия намерены удвоить товарооборот, который в прошлом году составил 600 млн долларов.",
     D(2024, 5, 15),
     [("KAZ", "HUN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 600 * M, "USD", None, False)]),
    ("Қазақстан мен Венгрия өткен жылы 600 млн долларды құраған тауар айналымын екі есе арттыруға ниетті.",
     D(2024, 5, 15),
     [("KAZ", "HUN", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 600 * M, "USD", None, False)]),
    # an elided clause keeps the sides of the one before it
    ("Belarus' exports to Kazakhstan were $700 million in 2021, imports reached $150 million.", None,
     [("BLR", "KAZ", "export", "actual", D(2021, 1, 1), D(2021, 12, 31), 700 * M, "USD", None, False),
      ("BLR", "KAZ", "import", "actual", D(2021, 1, 1), D(2021, 12, 31), 150 * M, "USD", None, False)]),
    ("Туркменистан инвестировал в Казахстан $90 млн, а Казахстан вложил $40 млн.", None,
     [("KAZ", "TKM", "investment_in", "actual", None, None, 90 * M, "USD", None, False),
      ("KAZ", "TKM", "investment_out", "actual", None, None, 40 * M, "USD", None, False)]),
    # Kazakhstan named as the partner in the partner's statistics
    ("По данным таможенной службы Армении, с Казахстаном товарооборот в 2023 году составил $250 млн.", None,
     [("ARM", "KAZ", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 250 * M, "USD", None, False)]),
    # a share of Kazakhstan's trade is the bilateral figure
    ("In 2024, Germany accounted for a 3% share (worth $4.1bn) of Kazakhstan's foreign trade.", None,
     [("KAZ", "DEU", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 4.1 * B, "USD", None, False)]),
    # targets: intention, modal + verb of reaching, Kazakh final verb governing coordinated figures
    ("Пакистан и Казахстан планируют нарастить товарооборот до $1 млрд.", None,
     [("KAZ", "PAK", "turnover", "target", None, None, 1 * B, "USD", None, False)]),
    ("Trade between Kazakhstan and Oman could reach $500 million.", None,
     [("KAZ", "OMN", "turnover", "target", None, None, 500 * M, "USD", None, False)]),
    ("Екі ел тауар айналымын биыл 2 млрд долларға, ал 2030 жылға таман 4 млрд долларға жеткізуді көздеп отыр. "
     "Қазақстан мен Әзірбайжан арасындағы сауда өсуде.", None,
     [("KAZ", "AZE", "turnover", "target", None, None, 2 * B, "USD", None, False),
      ("KAZ", "AZE", "turnover", "target", None, D(2030, 12, 31), 4 * B, "USD", None, False)]),
    # a goal in the sentence of last year's figure has no period of its own
    ("Trade between Kazakhstan and Türkiye reached $6.4 billion last year, and the two sides aim to increase it to "
     "$10 billion.", D(2024, 11, 6),
     [("KAZ", "TUR", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 6.4 * B, "USD", None, False),
      ("KAZ", "TUR", "turnover", "target", None, None, 10 * B, "USD", None, False)]),
    ("В прошлом году товарооборот Казахстана и Турции достиг 6,4 млрд долларов, стороны намерены довести его до "
     "10 млрд долларов.", D(2024, 11, 6),
     [("KAZ", "TUR", "turnover", "actual", D(2023, 1, 1), D(2023, 12, 31), 6.4 * B, "USD", None, False),
      ("KAZ", "TUR", "turnover", "target", None, None, 10 * B, "USD", None, False)]),
    # ... and not targets: a result infinitive, "it should be noted"
    ("It should be noted that trade between Kazakhstan and Qatar in 2019 amounted to $40 million.", None,
     [("KAZ", "QAT", "turnover", "actual", D(2019, 1, 1), D(2019, 12, 31), 40 * M, "USD", None, False)]),
    ("Investment from Japan to Kazakhstan doubled to reach $900 million in 2022.", None,
     [("KAZ", "JPN", "investment_in", "actual", D(2022, 1, 1), D(2022, 12, 31), 900 * M, "USD", 100.0, False)]),
    # a year of "the same period" is the comparison; the figure keeps its own period and growth
    ("В первом полугодии 2019 года товарооборот между Казахстаном и Латвией составил 80 млн долларов, что ниже "
     "показателя аналогичного периода 2018 года на 12 процентов.", None,
     [("KAZ", "LVA", "turnover", "actual", D(2019, 1, 1), D(2019, 6, 30), 80 * M, "USD", -12.0, False)]),
    # ... and a sub-year period whose only year is the compared one is of the year after it
    ("За девять месяцев товарооборот Казахстана и Италии вырос на 9% по сравнению с аналогичным периодом 2022 года "
     "и составил 15 млрд долларов.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2023, 1, 1), D(2023, 9, 30), 15 * B, "USD", 9.0, False)]),
    ("In January-September, trade between Kazakhstan and Italy reached $15 billion, up 9% against the same period "
     "of 2022.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2023, 1, 1), D(2023, 9, 30), 15 * B, "USD", 9.0, False)]),
    ("Қаңтар-қыркүйек айларында Қазақстан мен Италия арасындағы тауар айналымы 15 млрд долларды құрады, бұл 2022 "
     "жылдың сәйкес кезеңімен салыстырғанда 9%-ға артық.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2023, 1, 1), D(2023, 9, 30), 15 * B, "USD", 9.0, False)]),
    # with no country named, "the total volume of exports" is the pair's under discussion
    ("Товарооборот между Киргизией и Казахстаном за 2012 год составил $374 млн. По данным Нацстаткома, общий объем "
     "экспорта составил $178,4 млн.", None,
     [("KAZ", "KGZ", "turnover", "actual", D(2012, 1, 1), D(2012, 12, 31), 374 * M, "USD", None, False),
      ("KAZ", "KGZ", "export", "actual", D(2012, 1, 1), D(2012, 12, 31), 178.4 * M, "USD", None, False)]),
    # "$X worth of goods" is the flow's value, not a deal's
    ("Kazakhstan exported $300 million worth of goods to Georgia in 2023.", None,
     [("KAZ", "GEO", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 300 * M, "USD", None, False)]),
    # a flow verb joined by "and" keeps the elided subject of the clause before it
    ("In 2023, Georgia exported goods worth $45 million to Kazakhstan and imported $120 million.", None,
     [("GEO", "KAZ", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 45 * M, "USD", None, False),
      ("GEO", "KAZ", "import", "actual", D(2023, 1, 1), D(2023, 12, 31), 120 * M, "USD", None, False)]),
    ("В 2023 году Грузия экспортировала в Казахстан товаров на 45 млн долларов и импортировала на 120 млн долларов.", None,
     [("GEO", "KAZ", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 45 * M, "USD", None, False),
      ("GEO", "KAZ", "import", "actual", D(2023, 1, 1), D(2023, 12, 31), 120 * M, "USD", None, False)]),
    ("2023 жылы Қазақстан Грузияға 120 млн долларлық тауар экспорттады, ал Грузиядан 45 млн долларлық тауар импорттады.", None,
     [("KAZ", "GEO", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 120 * M, "USD", None, False),
      ("GEO", "KAZ", "export", "actual", D(2023, 1, 1), D(2023, 12, 31), 45 * M, "USD", None, False)]),
    # the Kazakh passive "әкелінді" (was brought in) is an import
    ("2023 жылы Грузиядан Қазақстанға 45 млн долларлық тауар әкелінді.", None,
     [("KAZ", "GEO", "import", "actual", D(2023, 1, 1), D(2023, 12, 31), 45 * M, "USD", None, False)]),
    # a growth alone, its multiplier in words
    ("В первом квартале товарооборот Казахстана и Италии вырос в три раза.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2024, 1, 1), D(2024, 3, 31), None, None, 200.0, False)]),
    ("Бірінші тоқсанда Қазақстан мен Италия арасындағы тауар айналымы үш есе өсті.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2024, 1, 1), D(2024, 3, 31), None, None, 200.0, False)]),
    ("Trade between Kazakhstan and Italy grew threefold in the first quarter.", D(2024, 5, 15),
     [("KAZ", "ITA", "turnover", "actual", D(2024, 1, 1), D(2024, 3, 31), None, None, 200.0, False)]),
    # the growth of a clause whose change comes before its keyword
    ("Kazakhstan, Mongolia see 20% trade growth from Jan-May to $60 mln", D(2022, 6, 20),
     [("KAZ", "MNG", "turnover", "actual", D(2022, 1, 1), D(2022, 5, 31), 60 * M, "USD", 20.0, False)]),
    # a change after a comma is the change of the figure just stated, even after a group's figure (en/ru/kk)
    ("Vietnam's total trade with the EAEU member states reached $7.4 billion last year. Bilateral trade between Kazakhstan and Vietnam reached $918 million in the first eight months of 2025, up 32.6 per cent year-on-year.", D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 918 * M, 'USD', 32.6, False)]),
    ('Товарооборот Вьетнама со странами ЕАЭС в прошлом году составил $7,4 млрд. Товарооборот Казахстана и Вьетнама за восемь месяцев 2025 года составил $918 млн, увеличившись на 32,6%.', D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 918 * M, 'USD', 32.6, False)]),
    ('Вьетнамның ЕАЭО елдерімен тауар айналымы былтыр 7,4 млрд долларды құрады. Қазақстан мен Вьетнам арасындағы тауар айналымы 2025 жылдың сегіз айында 918 млн долларды құрап, 32,6%-ға өсті.', D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 918 * M, 'USD', 32.6, False)]),
    # a change of a later period stays its own fact
    ('По данным Нацбанка, японские инвестиции в Казахстан с 2005 года составили $7,9 млрд, однако в первом полугодии текущего года приток сократился на 40%.', D(2025, 10, 9),
     [('KAZ', 'JPN', 'investment_in', 'actual', D(2005, 1, 1), None, 7.9 * B, 'USD', None, False),
      ('KAZ', 'JPN', 'investment_in', 'actual', D(2025, 1, 1), D(2025, 6, 30), None, None, -40.0, False)]),
    # coordinated figures each take the time written beside them (en/ru/kk)
    ('Trade between Kazakhstan and Türkiye hit $6.4 billion last year and amounted to $4.9 billion in the first eight months of this year, up 11% from the same period of 2024.', D(2025, 10, 9),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 4.9 * B, 'USD', 11.0, False)]),
    ('Товарооборот Казахстана и Турции достиг $6,4 млрд в прошлом году и $4,9 млрд за восемь месяцев этого года.', D(2025, 10, 9),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 4.9 * B, 'USD', None, False)]),
    ('Қазақстан мен Түркия арасындағы тауар айналымы былтыр 6,4 млрд доллар, биылғы сегіз айда 4,9 млрд доллар болды.', D(2025, 10, 9),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 4.9 * B, 'USD', None, False)]),
    # a group named in a treaty's name owns no figure; 'should bring ... to' is a goal (en/ru)
    ('Việt Nam and Kazakhstan should make full use of the Việt Nam-Eurasian Economic Union (EAEU) Free Trade Agreement to bring two-way trade to US$2 billion by 2030.', D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'target', None, D(2030, 12, 31), 2 * B, 'USD', None, False)]),
    ('Вьетнам и Казахстан должны использовать соглашение о свободной торговле между Вьетнамом и ЕАЭС, чтобы довести товарооборот до $2 млрд к 2030 году.', D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'target', None, D(2030, 12, 31), 2 * B, 'USD', None, False)]),
    ('Vietnam and Kazakhstan should bring two-way trade to US$2 billion.', D(2025, 10, 9),
     [('KAZ', 'VNM', 'turnover', 'target', None, None, 2 * B, 'USD', None, False)]),
    # a compared year with its figure in brackets is the base, and the next sentence keeps the stated year (kk/ru/en)
    ('2024 жылы Қазақстан мен Египет арасындағы тауар айналымы 183,2 млн АҚШ долларын құрап, 2023 жылмен (131,6 млн долл.) салыстырғанда 39,2%-ға өсті. Қазақстанның Египетке экспорты 151,4 млн долл. жетті.', D(2025, 3, 6),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 183.2 * M, 'USD', 39.2, False),
      ('KAZ', 'EGY', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.6 * M, 'USD', None, False),
      ('KAZ', 'EGY', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 151.4 * M, 'USD', None, False)]),
    ('В 2024 году товарооборот Казахстана и Египта составил $183,2 млн, увеличившись по сравнению с 2023 годом ($131,6 млн) на 39,2%. Экспорт Казахстана в Египет достиг $151,4 млн.', D(2025, 3, 6),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 183.2 * M, 'USD', 39.2, False),
      ('KAZ', 'EGY', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.6 * M, 'USD', None, False),
      ('KAZ', 'EGY', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 151.4 * M, 'USD', None, False)]),
    ("In 2024 trade between Kazakhstan and Egypt reached $183.2 million, up 39.2% compared to 2023 ($131.6 million). Kazakhstan's exports to Egypt reached $151.4 million.", D(2025, 3, 6),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 183.2 * M, 'USD', 39.2, False),
      ('KAZ', 'EGY', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.6 * M, 'USD', None, False),
      ('KAZ', 'EGY', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 151.4 * M, 'USD', None, False)]),
    # a city where something happened is no partner of 'the two countries' (kk/ru/en)
    ('Бразилия Сыртқы істер министрі Астанаға келді. Қыркүйекте Нью-Йоркте президенттер кездесті. Биылғы тоғыз айда екі ел арасындағы тауар айналымы 40 пайызға өсті.', D(2023, 11, 8),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), None, None, 40.0, False)]),
    ('Министр иностранных дел Бразилии прибыл в Астану. В сентябре президенты встретились в Нью-Йорке. За девять месяцев этого года товарооборот двух стран вырос на 40%.', D(2023, 11, 8),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), None, None, 40.0, False)]),
    ("Brazil's foreign minister arrived in Astana. In September the presidents met in New York. In the first nine months of this year trade between the two countries grew by 40%.", D(2023, 11, 8),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), None, None, 40.0, False)]),
    # a part of a flow ('едәуір бөлігі', 'большая часть', 'a large part of') is a product's figure, unless the part is a flow
    ('2025 жылғы қаңтар-тамызда Қазақстанның Малайзиядан импорты 316,3 млн долларға бағаланды. Импорттың едәуір бөлігі пальма майына (шамамен 121 млн доллар) тиесілі.', D(2025, 10, 14),
     [('KAZ', 'MYS', 'import', 'actual', D(2025, 1, 1), D(2025, 8, 31), 316.3 * M, 'USD', None, False)]),
    ('В январе–августе 2025 года импорт Казахстана из Малайзии составил $316,3 млн. Большая часть импорта пришлась на пальмовое масло ($121 млн).', D(2025, 10, 14),
     [('KAZ', 'MYS', 'import', 'actual', D(2025, 1, 1), D(2025, 8, 31), 316.3 * M, 'USD', None, False)]),
    ("In January-August 2025 Kazakhstan's imports from Malaysia were valued at $316.3 million. A large part of imports was palm oil ($121 million).", D(2025, 10, 14),
     [('KAZ', 'MYS', 'import', 'actual', D(2025, 1, 1), D(2025, 8, 31), 316.3 * M, 'USD', None, False)]),
    ('Биыл 6 айда Қазақстан мен Италия арасындағы сауда айналымы 10 млрд доллардан асқан. Ал оның басым бөлігі, 9,4 млрд доллары – Қазақстанның экспорты.', D(2025, 7, 20),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 10 * B, 'USD', None, True),
      ('KAZ', 'ITA', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 9.4 * B, 'USD', None, False)]),
    # 'the reporting period' is the period of the report's first figure, not the base just recalled (kk/ru/en)
    ('Қазақстан мен Малайзия арасындағы тауар айналымы 2025 жылғы қаңтар-тамыз айларында 412,6 млн АҚШ долларын құрады. Былтырғы қаңтар-тамызда сауда көлемі 348,5 млн долларды құраған. Есепті кезеңде Қазақстанның Малайзияға экспорты 96,3 млн долларға жетті.', D(2025, 10, 14),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 412.6 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 8, 31), 348.5 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2025, 1, 1), D(2025, 8, 31), 96.3 * M, 'USD', None, False)]),
    ('Товарооборот Казахстана и Малайзии в январе–августе 2025 года составил $412,6 млн. В январе–августе прошлого года он составлял $348,5 млн. За отчетный период экспорт Казахстана в Малайзию достиг $96,3 млн.', D(2025, 10, 14),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 412.6 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 8, 31), 348.5 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2025, 1, 1), D(2025, 8, 31), 96.3 * M, 'USD', None, False)]),
    ("Trade between Kazakhstan and Malaysia reached $412.6 million in January-August 2025. In January-August last year it stood at $348.5 million. In the reporting period Kazakhstan's exports to Malaysia reached $96.3 million.", D(2025, 10, 14),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 412.6 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 8, 31), 348.5 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2025, 1, 1), D(2025, 8, 31), 96.3 * M, 'USD', None, False)]),
    # "2023 жылғы көрсеткіштен" (than the 2023 figure) is the compared year: the change is the figure's (kk/ru)
    ("2024 жылы Қазақстан мен Оман арасындағы тауар айналымы 21,4 млн долларды құрап, 2023 жылғы көрсеткіштен екі есе өсті.",
     D(2025, 3, 6),
     [("KAZ", "OMN", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 21.4 * M, "USD", 100.0, False)]),
    ("В 2024 году товарооборот Казахстана и Омана составил $21,4 млн, что вдвое больше показателя 2023 года.", D(2025, 3, 6),
     [("KAZ", "OMN", "turnover", "actual", D(2024, 1, 1), D(2024, 12, 31), 21.4 * M, "USD", 100.0, False)]),
    # the amount a figure is compared with is the base, and a change after it is the figure's (en/ru/kk)
    ('Trade between Kazakhstan and Oman reached $187.3m in 2024, compared to $142.6m in 2023, an increase of 31.3%.', D(2025, 6, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 187.3 * M, 'USD', 31.3, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 142.6 * M, 'USD', None, False)]),
    ('Товарооборот между Казахстаном и Оманом в 2024 году составил 187,3 млн долларов по сравнению со 142,6 млн долларов в 2023 году, увеличившись на 31,3%.', D(2025, 6, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 187.3 * M, 'USD', 31.3, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 142.6 * M, 'USD', None, False)]),
    ('2024 жылы Қазақстан мен Оман арасындағы тауар айналымы 2023 жылғы 142,6 млн доллармен салыстырғанда 31,3 пайызға өсіп, 187,3 млн долларды құрады.', D(2025, 6, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 187.3 * M, 'USD', 31.3, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 142.6 * M, 'USD', None, False)]),
    # a change with a time of its own after the base stays its own fact
    ('Trade between Kazakhstan and Oman reached $187.3m in 2024, up from $142.6m in 2023, while in the first quarter of 2025 it grew by 12%.', D(2025, 6, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 187.3 * M, 'USD', None, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 142.6 * M, 'USD', None, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 3, 31), None, None, 12.0, False)]),
    # the business press's period abbreviations: '9M 2023', '1H 2024', '9 мес.'
    ('Kazakhstan-Oman trade rose to $97.4m in 9M 2023.', D(2023, 11, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 97.4 * M, 'USD', None, False)]),
    ('Kazakhstan-Oman trade reached $61.2m in 1H 2024.', D(2024, 8, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 6, 30), 61.2 * M, 'USD', None, False)]),
    ('Товарооборот Казахстана и Омана за 9 мес. 2023 г. составил 97,4 млн долларов.', D(2023, 11, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 97.4 * M, 'USD', None, False)]),
    ('Товарооборот Казахстана и Омана за 1 кв. 2024 г. составил 31,2 млн долларов.', D(2024, 5, 17),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 3, 31), 31.2 * M, 'USD', None, False)]),
    # Kazakhstan's statistics bureau named as the source keeps the figures Kazakhstan's, though the partner's own foreign trade is quoted after (kk/ru/en)
    ('Ұлттық статистика бюросының деректеріне сәйкес, Қазақстан мен Малайзия арасындағы тауар айналымы 2024 жылы 246,8 млн долларды құрады. Малайзияның сыртқы сауда айналымы 2024 жылы 2,9 трлн ринггиттен асты.', D(2025, 3, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 246.8 * M, 'USD', None, False)]),
    ('По данным Бюро национальной статистики, товарооборот между Казахстаном и Малайзией в 2024 году составил 246,8 млн долларов. Объем внешней торговли Малайзии в 2024 году превысил 2,9 трлн ринггитов.', D(2025, 3, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 246.8 * M, 'USD', None, False)]),
    ("According to the Bureau of National Statistics, trade between Kazakhstan and Malaysia reached $246.8 million in 2024. Malaysia's foreign trade exceeded 2.9 trillion ringgit in 2024.", D(2025, 3, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 246.8 * M, 'USD', None, False)]),
    # a minister of foreign trade is an official, not a source of figures (kk/ru/en)
    ('Премьер-министр Катардың Сыртқы сауда істері жөніндегі мемлекеттік министрімен кездесті. Қазақстан мен Катар арасындағы тауар айналымы 2024 жылы 42 млн долларды құрады.', D(2025, 3, 16),
     [('KAZ', 'QAT', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 42 * M, 'USD', None, False)]),
    ('Премьер-министр встретился с министром иностранных дел и внешней торговли Венгрии. Товарооборот Казахстана и Венгрии в 2024 году составил 420 млн долларов.', D(2025, 3, 16),
     [('KAZ', 'HUN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 420 * M, 'USD', None, False)]),
    ("The Prime Minister met Qatar's Minister of State for Foreign Trade. Trade between Kazakhstan and Qatar reached $42 million in 2024.", D(2025, 3, 16),
     [('KAZ', 'QAT', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 42 * M, 'USD', None, False)]),
    # the one period of the headline is the period of figures below that state none (kk/ru/en)
    ('Қаңтар-тамыз 2025: Малайзиямен сауда өсті\nЕсепті кезеңде Қазақстан мен Малайзия арасындағы тауар айналымы 246,8 млн долларды құрады.', D(2025, 10, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 246.8 * M, 'USD', None, False)]),
    ('Январь-август 2025: торговля с Малайзией выросла\nТоварооборот Казахстана и Малайзии составил 246,8 млн долларов.', D(2025, 10, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 246.8 * M, 'USD', None, False)]),
    ('January-August 2025: trade with Malaysia grows\nTrade between Kazakhstan and Malaysia reached $246.8 million.', D(2025, 10, 16),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 246.8 * M, 'USD', None, False)]),
    # a joint fund set up is a commitment, not an investment made (kk/ru/en)
    ('Оман инвестициялық басқармасы мен Қазақстанның «Бәйтерек» холдингі 100 млн долларлық бірлескен қор құру жөнінде келісті.', D(2026, 1, 23),
     []),
    ('Инвестиционное управление Омана и казахстанский холдинг «Байтерек» договорились создать совместный фонд на 100 млн долларов.', D(2026, 1, 23),
     []),
    ("The Oman Investment Authority and Kazakhstan's Baiterek agreed to set up a $100 million joint investment fund.", D(2026, 1, 23),
     []),
    # a comparison base after 'чем за' / 'than for': the figure is the later span, not the base's
    ('Товарооборот Казахстана с Узбекистаном за январь-сентябрь 2025 года вырос. Товарооборот с Узбекистаном составил $3,4 млрд, что на 9,2% больше, чем за январь-сентябрь 2024 года.',
     None,
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 9, 30), 3.4 * B, 'USD', 9.2, False)]),
    ("Kazakhstan's trade with Malaysia grew again. Trade with Malaysia reached $400 million, 12% more than for January-June 2024.",
     None,
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 400 * M, 'USD', 12.0, False)]),
    ('Малайзиямен тауар айналымы 400 млн долларға жетті, бұл 2024 жылғы қаңтар-маусыммен салыстырғанда 12%-ға көп.',
     None,
     [('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 400 * M, 'USD', 12.0, False)]),
    # a foreign country's total trade, then figures with no country: they go on with the total, not the pair
    ('Экспорт Узбекистана в Казахстан вырос. Внешнеторговый оборот Узбекистана за 2024 год составил $60 млрд. Экспорт составил $25 млрд, импорт – $35 млрд.',
     None,
     []),
    ("Malaysia's exports to Kazakhstan grew. Malaysia's total trade in 2024 reached $600 billion. Exports came to $320 billion and imports to $280 billion.",
     None,
     []),
    ('Өзбекстанның Қазақстанға экспорты өсті. 2024 жылы Өзбекстанның сыртқы сауда айналымы 60 млрд доллар болды. Экспорт 25 млрд долларды, импорт 35 млрд долларды құрады.',
     None,
     []),
    # the side a sentence names as its source counts the figure, whatever the article's source
    ('По данным Национального комитета по статистике Узбекистана, товарооборот с Казахстаном в 2024 году составил $4 млрд. По данным казахстанской стороны, взаимная торговля за 2024 год составила $4,4 млрд.',
     None,
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    ("Uzbekistan's statistics agency put trade with Kazakhstan at $4 billion in 2024. According to the Kazakh side, trade between the two countries reached $4.4 billion in 2024.",
     None,
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    ('Өзбекстанның статистика агенттігінің мәліметінше, 2024 жылы Қазақстанмен тауар айналымы 4 млрд доллар болды. Қазақстан тарапының деректері бойынша, 2024 жылы екі ел арасындағы тауар айналымы 4,4 млрд доллар болды.',
     None,
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    # bare Kazakh "сауда" (trade) and "айналым" (turnover) name the flow; "сауда-экономикалық", "Сауда ... министрі",
    # "құжат айналымы" do not
    ('2024 жылы Қазақстан мен Индонезия арасындағы сауда 300 млн доллардан асты.',
     D(2025, 4, 21),
     [('KAZ', 'IDN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 300 * M, 'USD', None, True)]),
    ('Қазақстанның Индонезиямен айналымы 2024 жылы 300 млн долларға жуықтады.',
     D(2025, 4, 21),
     [('KAZ', 'IDN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 300 * M, 'USD', None, True)]),
    ('Сауда және интеграция министрі Индонезияда 300 млн долларлық жобаны таныстырды.', D(2025, 4, 21), []),
    ('Қазақстан мен Индонезия арасындағы сауда-экономикалық ынтымақтастық туралы келісімге сәйкес 300 млн доллар бөлінді.',
     D(2025, 4, 21), []),
    ('Индонезиямен электронды құжат айналымы жүйесіне 3 млн доллар жұмсалды.', D(2025, 4, 21), []),
    # "over" before a span shorter than a year is how long, not what is compared with; before a year it is the base
    ('Over eight months of 2025 trade between Kazakhstan and Oman amounted to $118.4 million, 2.3 times more than in the same period of last year.',
     D(2025, 10, 8),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 118.4 * M, 'USD', 130.0, False)]),
    ('Over the first half of this year, trade between Kazakhstan and Oman grew by 12% to $40 million.',
     D(2025, 10, 8),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 40 * M, 'USD', 12.0, False)]),
    ('Trade between Kazakhstan and Oman reached $40 million in 2025, up 12% over 2024.',
     D(2026, 2, 8),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 40 * M, 'USD', 12.0, False)]),
    ('За восемь месяцев 2025 года товарооборот Казахстана и Омана составил $118,4 млн, что в 2,3 раза больше, чем за аналогичный период прошлого года.',
     D(2025, 10, 8),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 118.4 * M, 'USD', 130.0, False)]),
    ('2025 жылдың сегіз айында Қазақстан мен Оман арасындағы тауар айналымы 118,4 млн долларды құрады, бұл өткен жылдың осы кезеңімен салыстырғанда 2,3 есе көп.',
     D(2025, 10, 8),
     [('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 8, 31), 118.4 * M, 'USD', 130.0, False)]),
    # сауданы (trade, accusative) is no district (ауданы); a Kazakh aim in -мақ/-бек or 'can bring' is a target
    ('Қазақстан мен Моңғолия өзара сауданы 500 млн долларға дейін арттырмақ.',
     D(2025, 5, 1),
     [('KAZ', 'MNG', 'turnover', 'target', None, None, 500 * M, 'USD', None, False)]),
    ('Қазақстан мен Пәкістан сауданы 1 млрд долларға жеткізбек.',
     D(2025, 5, 1),
     [('KAZ', 'PAK', 'turnover', 'target', None, None, 1 * B, 'USD', None, False)]),
    ('Алдағы бес жылда Қазақстан мен Нигерия өзара сауданы жарты миллиард долларға жеткізе аламыз.',
     D(2025, 5, 1),
     [('KAZ', 'NGA', 'turnover', 'target', None, None, 500 * M, 'USD', None, False)]),
    ('Өзбекстан мен Қазақстан арасындағы тауар айналымы тоғыз айда 3,3 млрд долларға жетті. Алдымызда өзара сауданы 10 млрд долларға жеткізу міндеті тұр.',
     D(2025, 10, 20),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 9, 30), 3.3 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'target', None, None, 10 * B, 'USD', None, False)]),
    ('Ауданы 3 мың гектар болатын индустриялық аймақта Қазақстан мен Қытай 500 млн долларлық жобаны іске асырады.',
     D(2025, 5, 1),
     []),
    # a growth told as an aim is a target
    ('Қазақстан мен Пәкістан арасындағы сауданы үш есеге арттыру жолдарын талқылады.',
     D(2025, 5, 1),
     [('KAZ', 'PAK', 'turnover', 'target', None, None, None, None, 200.0, False)]),
    ('Казахстан и Пакистан обсудили пути увеличения товарооборота в три раза.',
     D(2025, 5, 1),
     [('KAZ', 'PAK', 'turnover', 'target', None, None, None, None, 200.0, False)]),
    ('Kazakhstan and Pakistan discussed ways to increase their trade threefold.',
     D(2025, 5, 1),
     [('KAZ', 'PAK', 'turnover', 'target', None, None, None, None, 200.0, False)]),
    ('Товарооборот Казахстана и Пакистана в 2024 году вырос в три раза.',
     D(2025, 5, 1),
     [('KAZ', 'PAK', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), None, None, 200.0, False)]),
    # an intention cue is a whole word: 'Mustafayev' holds no 'must', 'committee' no 'commit'
    ("Shahin Mustafayev noted that Azerbaijan's exports to Kazakhstan increased by 30 percent last year.",
     D(2025, 5, 1),
     [('AZE', 'KAZ', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), None, None, 30.0, False)]),
    ('The Kazakhstan-Korea committee said bilateral trade reached $6.4 billion in 2024.',
     D(2025, 5, 1),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, False)]),
    ('"The heads of our states have set the task of bringing mutual trade between Kazakhstan and Uzbekistan to 10 billion dollars," the ministry noted.',
     D(2025, 5, 1),
     [('KAZ', 'UZB', 'turnover', 'target', None, None, 10 * B, 'USD', None, False)]),
    # a hedge is a whole word: 'turnover' holds no 'over'
    ('Kazakhstan-Korea trade turnover 6.4 billion dollars in 2024 was a record.',
     D(2025, 3, 12),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, False)]),
    ('Kazakhstan-Korea trade turnover over 6.4 billion dollars in 2024 was a record.',
     D(2025, 3, 12),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6.4 * B, 'USD', None, True)]),
    # an adjective of a country qualifying the goods names their origin, whoever imports them
    ("Kazakhstan's exports to Türkiye totalled $3.02 billion, while imports of Turkish goods reached $1.85 billion in 2024.",
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 3.02 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.85 * B, 'USD', None, False)]),
    ('Экспорт в Турцию составил 3,02 млрд долларов, а импорт турецких товаров в Казахстан – 1,85 млрд долларов в 2024 году.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 3.02 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.85 * B, 'USD', None, False)]),
    ('2024 жылы Қазақстанның Түркияға экспорты 3,02 млрд доллар болды, ал түрік тауарларының импорты 1,85 млрд доллар болды.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 3.02 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.85 * B, 'USD', None, False)]),
    ('Exports of Kazakh goods to Türkiye totalled $3.02 billion in 2024.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 3.02 * B, 'USD', None, False)]),
    # a product's goods stay a product's figure
    ('Қазақстанның Түркияға азық-түлік тауарларының экспорты 2024 жылы 300 млн доллар болды.',
     D(2025, 2, 18),
     []),
    # a span from a year's start to a month of a later year
    ('The gross inflow of direct investment from Türkiye to Kazakhstan in 2005 – September 2024 reached $5.3 billion.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 9, 30), 5.3 * B, 'USD', None, False)]),
    ('С 2005 года по сентябрь 2024 года валовый приток прямых инвестиций из Турции в Казахстан составил 5,3 млрд долларов.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 9, 30), 5.3 * B, 'USD', None, False)]),
    ('2005 жылдан 2024 жылғы қыркүйекке дейін Түркиядан Қазақстанға тартылған тікелей инвестициялардың жалпы ағыны 5,3 млрд долларды құрады.',
     D(2025, 2, 18),
     [('KAZ', 'TUR', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 9, 30), 5.3 * B, 'USD', None, False)]),
    ('From 2005 to the end of June 2025, Korea invested $9.1 billion in Kazakhstan.',
     D(2025, 8, 1),
     [('KAZ', 'KOR', 'investment_in', 'actual', D(2005, 1, 1), D(2025, 6, 30), 9.1 * B, 'USD', None, False)]),
    # an aside opened by 'mostly' may list several goods; the figure after it is the flow's
    ("Kazakhstan's imports from Brazil, mostly raw cane sugar, poultry and agricultural machinery, totalled $275.2 million in January-September 2023.",
     D(2023, 11, 15),
     [('KAZ', 'BRA', 'import', 'actual', D(2023, 1, 1), D(2023, 9, 30), 275.2 * M, 'USD', None, False)]),
    ('Импорт Казахстана из Бразилии, в основном сахар-сырец, мясо птицы и сельхозтехника, составил 275,2 млн долларов за январь-сентябрь 2023 года.',
     D(2023, 11, 15),
     [('KAZ', 'BRA', 'import', 'actual', D(2023, 1, 1), D(2023, 9, 30), 275.2 * M, 'USD', None, False)]),
    ('Қазақстанның Бразилиядан импорты, негізінен шикі қант, құс еті және ауыл шаруашылығы техникасы, 2023 жылғы қаңтар-қыркүйекте 275,2 млн долларды құрады.',
     D(2023, 11, 15),
     [('KAZ', 'BRA', 'import', 'actual', D(2023, 1, 1), D(2023, 9, 30), 275.2 * M, 'USD', None, False)]),
    # the goods' own figure stays a part
    ("Kazakhstan's exports to Brazil were $12 million in 2023, sugar, poultry and machinery accounted for $275.2 million of imports.",
     D(2023, 11, 15),
     [('KAZ', 'BRA', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 12 * M, 'USD', None, False)]),
    # 'FY24' is the fiscal year ending in 2024, of the partner's calendar; 'up from ... in FY23' keeps its own year
    ("According to the State Bank of Pakistan, Pakistan's exports to Kazakhstan stood at $165.3 million in FY24, up from $114.2 million in FY23.",
     D(2025, 3, 4),
     [('PAK', 'KAZ', 'export', 'actual', D(2023, 7, 1), D(2024, 6, 30), 165.3 * M, 'USD', None, False),
      ('PAK', 'KAZ', 'export', 'actual', D(2022, 7, 1), D(2023, 6, 30), 114.2 * M, 'USD', None, False)]),
    # a topic before a colon names no statistics source: the ranking stays Kazakhstan's
    ('Foreign trade in the first half: Egypt overtakes Oman\n\nThe leading partners of Kazakhstan in January-June 2025:\n\nEgypt – $310 million\nOman – $250 million',
     D(2025, 8, 12),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 310 * M, 'USD', None, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 250 * M, 'USD', None, False)]),
    ('Внешняя торговля в первом полугодии: Египет обошел Оман\n\nОсновные торговые партнеры Казахстана в январе-июне 2025 года:\n\nЕгипет – 310 млн долларов\nОман – 250 млн долларов',
     D(2025, 8, 12),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 310 * M, 'USD', None, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 250 * M, 'USD', None, False)]),
    ('Сыртқы сауда бірінші жартыжылдықта: Мысыр Оманды басып озды\n\n2025 жылғы қаңтар-маусымда Қазақстанның негізгі сауда серіктестері:\n\nМысыр – 310 млн доллар\nОман – 250 млн доллар',
     D(2025, 8, 12),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 310 * M, 'USD', None, False),
      ('KAZ', 'OMN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 250 * M, 'USD', None, False)]),
    # a country named as a transit route is not the partner under discussion
    ("Pakistan's exports to Kazakhstan stood at $165.3 million in 2024. Cargo goes by transit through Afghanistan. Imports from Kazakhstan amounted to $41.8 million in 2024.",
     D(2025, 3, 4),
     [('PAK', 'KAZ', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 165.3 * M, 'USD', None, False),
      ('PAK', 'KAZ', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 41.8 * M, 'USD', None, False)]),
    ('Экспорт Пакистана в Казахстан в 2024 году составил 165,3 млн долларов. Грузы идут транзитом через Афганистан. Импорт из Казахстана составил 41,8 млн долларов в 2024 году.',
     D(2025, 3, 4),
     [('PAK', 'KAZ', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 165.3 * M, 'USD', None, False),
      ('PAK', 'KAZ', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 41.8 * M, 'USD', None, False)]),
    ('2024 жылы Пәкістанның Қазақстанға экспорты 165,3 млн доллар болды. Жүктер Ауғанстан арқылы тасымалданады. Қазақстаннан импорт 2024 жылы 41,8 млн долларды құрады.',
     D(2025, 3, 4),
     [('PAK', 'KAZ', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 165.3 * M, 'USD', None, False),
      ('PAK', 'KAZ', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 41.8 * M, 'USD', None, False)]),
    # a project portfolio's value is a deal's, even after a company name holding 'Invest'
    ('Direct investment from Kazakhstan in the Netherlands amounted to $1 billion in 2024. The portfolio of Kazakh Invest today is 263 projects worth $58 billion.',
     D(2024, 9, 25),
     [('KAZ', 'NLD', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1 * B, 'USD', None, False)]),
    ('Прямые инвестиции Казахстана в Нидерланды за 2024 год составили 1 млрд долларов. Портфель Kazakh Invest сегодня – 263 проекта на 58 млрд долларов.',
     D(2024, 9, 25),
     [('KAZ', 'NLD', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1 * B, 'USD', None, False)]),
    ('2024 жылы Қазақстанның Нидерландыға тікелей инвестициясы 1 млрд доллар болды. Kazakh Invest портфелінде бүгін 58 млрд долларлық 263 жоба бар.',
     D(2024, 9, 25),
     [('KAZ', 'NLD', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1 * B, 'USD', None, False)]),
    # 'over this period' is the period the sentence before named, an open one too
    ('Gross inflow of FDI into Kazakhstan since 2005 exceeded $430 billion. The largest investors over this period remain the Netherlands (about $124 billion) and Switzerland ($40 billion).',
     D(2024, 9, 25),
     [('KAZ', 'NLD', 'investment_in', 'actual', D(2005, 1, 1), None, 124 * B, 'USD', None, True),
      ('KAZ', 'CHE', 'investment_in', 'actual', D(2005, 1, 1), None, 40 * B, 'USD', None, False)]),
    ('Накопленный объем валового притока ПИИ в Казахстан с 2005 года превысил 430 млрд долларов. Крупнейшими инвесторами за этот период остаются Нидерланды (около 124 млрд долларов) и Швейцария (40 млрд долларов).',
     D(2024, 9, 25),
     [('KAZ', 'NLD', 'investment_in', 'actual', D(2005, 1, 1), None, 124 * B, 'USD', None, True),
      ('KAZ', 'CHE', 'investment_in', 'actual', D(2005, 1, 1), None, 40 * B, 'USD', None, False)]),
    ('2005 жылдан бері Қазақстанға тартылған тікелей шетелдік инвестиция 430 млрд доллардан асты. Осы кезеңде Қазақстанға ең ірі инвесторлар – Нидерланды (шамамен 124 млрд доллар) және Швейцария (40 млрд доллар).',
     D(2024, 9, 25),
     []),
    # the inflow of investment into Kazakhstan with no country it comes from is the total; from Kazakhstan it is the partner's
    ('The Netherlands remains the largest investor. Gross inflow of direct investment into Kazakhstan fell by 9% in 2024.',
     D(2024, 9, 25),
     []),
    ('Нидерланды остаются крупнейшим инвестором. Приток прямых инвестиций в Казахстан сократился на 9% в 2024 году.',
     D(2024, 9, 25),
     []),
    ('Нидерланды ең ірі инвестор болып қала береді. Қазақстанға тікелей инвестициялардың жалпы ағыны 2024 жылы 9%-ға қысқарды.',
     D(2024, 9, 25),
     []),
    ("Kyrgyzstan's minister spoke of the partners. In 2024 the inflow of direct investment from Kazakhstan to Kyrgyzstan was $143 million.",
     D(2025, 3, 1),
     [('KAZ', 'KGZ', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 143 * M, 'USD', None, False)]),
    ('Министр Кыргызстана рассказал о партнерах. В 2024 году приток прямых инвестиций из Казахстана в Кыргызстан составил 143 млн долларов.',
     D(2025, 3, 1),
     [('KAZ', 'KGZ', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 143 * M, 'USD', None, False)]),
    # a product's supplies told after the pair's trade, with no flow word of their own, are the product's
    ("In January-June 2025 Kazakhstan's trade with China reached $21.4 billion. Wheat and flour supplies to Tajikistan reached $212 million.",
     D(2025, 7, 20),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 21.4 * B, 'USD', None, False)]),
    ('В январе-июне 2025 года товарооборот Казахстана с Китаем составил 21,4 млрд долларов. Поставки пшеницы и муки в Таджикистан составили 212 млн долларов.',
     D(2025, 7, 20),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 21.4 * B, 'USD', None, False)]),
    ('2025 жылғы қаңтар-маусымда Қазақстанның Қытаймен тауар айналымы 21,4 млрд долларды құрады. Тәжікстанға ұн мен бидай жеткізу 212 млн долларды құрады.',
     D(2025, 7, 20),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 21.4 * B, 'USD', None, False)]),
    ('2025 жылғы қаңтар-маусымда Қазақстанның Қытаймен тауар айналымы 21,4 млрд долларды құрады. Тәжікстанмен 212 млн доллар болды.',
     D(2025, 7, 20),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 21.4 * B, 'USD', None, False),
      ('KAZ', 'TJK', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 212 * M, 'USD', None, False)]),
    # Kazakh contracts worth an amount in the dative are a deal, even export contracts
    ('2025 жылғы қаңтар-маусымда Қазақстанның Түркиямен тауар айналымы 2,9 млрд долларды құрады. Анкарада өткен бизнес-форумның нәтижесінде 1,1 млрд долларға 27 экспорттық келісімшартқа қол қойылды.',
     D(2025, 7, 20),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 2.9 * B, 'USD', None, False)]),
    ('2025 жылғы қаңтар-маусымда Қазақстанның Түркияға экспорты 1,1 млрд долларға жетті.',
     D(2025, 7, 20),
     [('KAZ', 'TUR', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 1.1 * B, 'USD', None, False)]),
    # 'X бағытында' is the direction of a Kazakh flow
    ('2025 жылғы қаңтар-маусымда Иран бағытында экспорт 1,7 есе артты.',
     D(2025, 7, 20),
     [('KAZ', 'IRN', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), None, None, 70.0, False)]),
    ('Иран бағытындағы экспорт 2025 жылғы бірінші жартыжылдықта 300 млн долларды құрады.',
     D(2025, 7, 20),
     [('KAZ', 'IRN', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 300 * M, 'USD', None, False)]),
    # 'this period' after a comparison with last year is the period under discussion, not the compared one
    ('In January-June 2025 trade between Kazakhstan and Korea reached $3.1 billion. This is 9.6% more than in the same period of last year. Over this period exports amounted to $1.02 billion.',
     D(2025, 8, 1),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 3.1 * B, 'USD', 9.6, False),
      ('KAZ', 'KOR', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 1.02 * B, 'USD', None, False)]),
    ('В январе-июне 2025 года товарооборот Казахстана и Кореи составил 3,1 млрд долларов. Это на 9,6% больше, чем за аналогичный период прошлого года. За этот период экспорт составил 1,02 млрд долларов.',
     D(2025, 8, 1),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 3.1 * B, 'USD', 9.6, False),
      ('KAZ', 'KOR', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 1.02 * B, 'USD', None, False)]),
    ('Биылғы қаңтар-маусымда Қазақстан мен Корея арасындағы тауар айналымы 3,1 млрд долларға жетті. Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 9,6%-ға көп. Осы кезеңде экспорт 1,02 млрд долларды құрады.',
     D(2025, 8, 1),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 3.1 * B, 'USD', 9.6, False),
      ('KAZ', 'KOR', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 1.02 * B, 'USD', None, False)]),
    # a figure with no flow after a sentence naming both exports and imports is their sum, the turnover
    ("In 2024 Kazakhstan's trade with Azerbaijan reached $504.6 million. Kazakhstan's exports to Azerbaijan are led by wheat and steel products, while imports are mostly fruit and beverages. In the first quarter of 2025 - $118.7 million, in the second - $131.2 million.",
     D(2025, 11, 17),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 504.6 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 1, 1), D(2025, 3, 31), 118.7 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 4, 1), D(2025, 6, 30), 131.2 * M, 'USD', None, False)]),
    ('В 2024 году товарооборот Казахстана с Азербайджаном составил 504,6 млн долларов. Основу экспорта Казахстана в Азербайджан составляют пшеница и металлопрокат, импорта – фрукты и напитки. В первом квартале 2025 года – 118,7 млн долларов, во втором – 131,2 млн долларов.',
     D(2025, 11, 17),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 504.6 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 1, 1), D(2025, 3, 31), 118.7 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 4, 1), D(2025, 6, 30), 131.2 * M, 'USD', None, False)]),
    ('2024 жылы Қазақстан мен Әзербайжан арасындағы тауар айналымы 504,6 млн доллар болды. Қазақстанның Әзербайжанға экспорт тізімінің басында – бидай мен металл бұйымдары, импорттың негізін жеміс пен сусындар құрайды. 2025 жылғы I тоқсан – 118,7 млн доллар, II тоқсан – 131,2 млн доллар.',
     D(2025, 11, 17),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 504.6 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 1, 1), D(2025, 3, 31), 118.7 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'turnover', 'actual', D(2025, 4, 1), D(2025, 6, 30), 131.2 * M, 'USD', None, False)]),
    ('В 2024 году товарооборот Казахстана с Азербайджаном составил 504,6 млн долларов. Основу экспорта Казахстана в Азербайджан составляют пшеница и металлопрокат. В первом квартале 2025 года – 118,7 млн долларов.',
     D(2025, 11, 17),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 504.6 * M, 'USD', None, False),
      ('KAZ', 'AZE', 'export', 'actual', D(2025, 1, 1), D(2025, 3, 31), 118.7 * M, 'USD', None, False)]),
    # 'the same period' after a whole and its part is the whole's period; 'these years' are the span of years named last
    ('Since 2005, gross direct investment from Malaysia into Kazakhstan has reached $2.3 billion, including $46.8 million in 2024. Kazakh direct investment in Malaysia over the same period is estimated at $9.3 million.',
     D(2025, 3, 18),
     [('KAZ', 'MYS', 'investment_in', 'actual', D(2005, 1, 1), None, 2.3 * B, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 46.8 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_out', 'actual', D(2005, 1, 1), None, 9.3 * M, 'USD', None, False)]),
    ('С 2005 года валовой приток прямых инвестиций из Малайзии в Казахстан составил 2,3 млрд долларов, в том числе 46,8 млн долларов – за 2024 год. Казахстанские прямые инвестиции в Малайзию за тот же период оцениваются в 9,3 млн долларов.',
     D(2025, 3, 18),
     [('KAZ', 'MYS', 'investment_in', 'actual', D(2005, 1, 1), None, 2.3 * B, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 46.8 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_out', 'actual', D(2005, 1, 1), None, 9.3 * M, 'USD', None, False)]),
    ('2005 жылдан бері Малайзиядан Қазақстанға 2,3 млрд доллар тікелей инвестиция келді, оның ішінде 2024 жылы 46,8 млн доллар. Осы кезеңде қазақстандық инвестициялар Малайзияға 9,3 млн долларды құрады.',
     D(2025, 3, 18),
     [('KAZ', 'MYS', 'investment_in', 'actual', D(2005, 1, 1), None, 2.3 * B, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 46.8 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'investment_out', 'actual', D(2005, 1, 1), None, 9.3 * M, 'USD', None, False)]),
    ('Since 2005, Uzbek direct investment in Kazakhstan has reached $310 million. Of this, $48.5 million came in 2024 alone. Over these years Kazakh companies have invested $640 million in Uzbekistan.',
     D(2025, 8, 12),
     [('KAZ', 'UZB', 'investment_in', 'actual', D(2005, 1, 1), None, 310 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 48.5 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_out', 'actual', D(2005, 1, 1), None, 640 * M, 'USD', None, False)]),
    ('С 2005 года прямые инвестиции из Узбекистана в Казахстан составили 310 млн долларов. Из них 48,5 млн долларов пришлись на 2024 год. За эти годы казахстанские компании вложили в Узбекистан 640 млн долларов.',
     D(2025, 8, 12),
     [('KAZ', 'UZB', 'investment_in', 'actual', D(2005, 1, 1), None, 310 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 48.5 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_out', 'actual', D(2005, 1, 1), None, 640 * M, 'USD', None, False)]),
    ('2005 жылдан бері Өзбекстаннан Қазақстанға келген тікелей инвестиция 310 млн долларға жетті. Оның 48,5 млн доллары тек 2024 жылы тартылған. Осы жылдар ішінде отандық компаниялар Өзбекстан экономикасына 640 млн доллар инвестиция салды.',
     D(2025, 8, 12),
     [('KAZ', 'UZB', 'investment_in', 'actual', D(2005, 1, 1), None, 310 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 12, 31), 48.5 * M, 'USD', None, False),
      ('KAZ', 'UZB', 'investment_out', 'actual', D(2005, 1, 1), None, 640 * M, 'USD', None, False)]),
    # a figure of the whole a share is of ('9.6% of its total trade, which reached $47.1 bn') is that country's total, not the pair's
    ("Kazakhstan accounted for 9.6% of Uzbekistan's total foreign trade, which reached $47.1 billion over the nine months of 2024.",
     D(2024, 10, 21),
     []),
    ('На долю Казахстана пришлось 9,6% внешнеторгового оборота Узбекистана, который за девять месяцев 2024 года составил 47,1 млрд долларов.',
     D(2024, 10, 21),
     []),
    ('2024 жылғы тоғыз айда 47,1 млрд долларға жеткен Өзбекстанның сыртқы саудасының 9,6 пайызы Қазақстанның үлесіне тиесілі.',
     D(2024, 10, 21),
     []),
    ("Kazakhstan accounted for 9.6% of Uzbekistan's total foreign trade in the nine months of 2024, with bilateral trade reaching $3.2 billion.",
     D(2024, 10, 21),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', None, False)]),
    ("China accounted for a 21.3% share ($21.7bn) of Kazakhstan's foreign trade in 2024.",
     D(2025, 2, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 21.7 * B, 'USD', None, False)]),
    # the compared time's figure in a bracket after 'than ...' is the base, of the compared period
    ("In January-June 2025 Kazakhstan's trade with Uzbekistan reached $2.14 billion, 15.6% more than in the same period last year ($1.85 billion).",
     D(2025, 7, 22),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 2.14 * B, 'USD', 15.6, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 6, 30), 1.85 * B, 'USD', None, False)]),
    ('В январе-июне 2025 года товарооборот Казахстана с Узбекистаном составил 2,14 млрд долларов, что на 15,6% больше, чем за соответствующий период прошлого года (1,85 млрд долларов).',
     D(2025, 7, 22),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 2.14 * B, 'USD', 15.6, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 6, 30), 1.85 * B, 'USD', None, False)]),
    ('2025 жылғы қаңтар-маусымда Қазақстан мен Өзбекстан арасындағы тауар айналымы 2,14 млрд долларды құрады, бұл өткен жылдың сәйкес кезеңімен (1,85 млрд доллар) салыстырғанда 15,6%-ға көп.',
     D(2025, 7, 22),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 2.14 * B, 'USD', 15.6, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 6, 30), 1.85 * B, 'USD', None, False)]),
    # a headline's round figure and the body's precise one of the same period are one statistic, with the precise value
    ("Kazakhstan's trade with the UAE exceeds $1.2 billion\n\nTrade between Kazakhstan and the United Arab Emirates reached 1.27 billion US dollars in 2024, growing by 34.2 percent.",
     D(2025, 3, 17),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.27 * B, 'USD', 34.2, False)]),
    ('Товарооборот Казахстана и ОАЭ превысил 1,2 млрд долларов\n\nВ 2024 году товарооборот Казахстана и ОАЭ составил 1,27 млрд долларов, увеличившись на 34,2%.',
     D(2025, 3, 17),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.27 * B, 'USD', 34.2, False)]),
    ('Қазақстан мен БАӘ тауар айналымы 1,2 млрд доллардан асты\n\n2024 жылы Қазақстан мен БАӘ арасындағы тауар айналымы 1,27 млрд доллар болып, 34,2%-ға өсті.',
     D(2025, 3, 17),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.27 * B, 'USD', 34.2, False)]),
    # ... but two figures a full digit apart are two
    ('Товарооборот Казахстана и ОАЭ превысил 1,2 млрд долларов\n\nВ 2024 году товарооборот Казахстана и ОАЭ составил 1,37 млрд долларов.',
     D(2025, 3, 17),
     [('KAZ', 'ARE', 'turnover', 'actual', None, None, 1.2 * B, 'USD', None, True),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1.37 * B, 'USD', None, False)]),
    # a change of the same flow in the next sentence, with no time of its own, is the figure's just told
    ("Uzbekistan's trade with Kazakhstan reached $3.2 billion in January-September 2024. The turnover grew by 7.9% compared with the same period last year.",
     D(2024, 10, 21),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', 7.9, False)]),
    ('Товарооборот Узбекистана с Казахстаном в январе-сентябре 2024 года достиг 3,2 млрд долларов. Товарооборот вырос на 7,9% по сравнению с аналогичным периодом прошлого года.',
     D(2024, 10, 21),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', 7.9, False)]),
    ('2024 жылғы қаңтар-қыркүйекте Өзбекстан мен Қазақстан арасындағы тауар айналымы 3,2 млрд долларға жетті. Тауар айналымы өткен жылдың сәйкес кезеңімен салыстырғанда 7,9%-ға өсті.',
     D(2024, 10, 21),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', 7.9, False)]),
    # ... but a change with a time of its own, or of another flow, is its own
    ("Uzbekistan's trade with Kazakhstan reached $3.2 billion in January-September 2024. In the third quarter alone the turnover grew by 7.9%.",
     D(2024, 11, 21),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 7, 1), D(2024, 9, 30), None, None, 7.9, False)]),
    ("Uzbekistan's trade with Kazakhstan reached $3.2 billion in January-September 2024. Exports grew by 7.9%.",
     D(2024, 10, 21),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 3.2 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'export', 'actual', D(2024, 1, 1), D(2024, 9, 30), None, None, 7.9, False)]),
    # a meeting of three countries and what goes on from it ('Then ...') name no pair under discussion: 'mutual trade' after it is the article's pair's
    ('Kazakhstan and Uzbekistan agreed on a water schedule. In August 2024 the ministers of Kazakhstan, Kyrgyzstan and Uzbekistan held a trilateral meeting. Then the parties agreed on electricity supplies to Kyrgyzstan. In 2024 mutual trade reached $4.4 billion.',
     D(2025, 3, 14),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    ('Казахстан и Узбекистан согласовали график попусков воды. В августе 2024 года состоялась трехсторонняя встреча министров Казахстана, Кыргызстана и Узбекистана. Тогда стороны договорились о поставках электроэнергии в Кыргызстан. По итогам 2024 года взаимный товарооборот достиг 4,4 млрд долларов.',
     D(2025, 3, 14),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    ('Қазақстан мен Өзбекстан су кестесін келісті. 2024 жылғы тамызда Қазақстан, Қырғызстан және Өзбекстан министрлерінің үшжақты кездесуі өтті. Сол кезде тараптар Қырғызстанға электр энергиясын жеткізу туралы келісті. 2024 жылы өзара тауар айналымы 4,4 млрд долларға жетті.',
     D(2025, 3, 14),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    # ... but a country told of on its own, with no meeting of three before, is
    ('Kazakhstan and Uzbekistan agreed on a water schedule. The minister also discussed electricity supplies to Kyrgyzstan. In 2024 mutual trade reached $4.4 billion.',
     D(2025, 3, 14),
     [('KAZ', 'KGZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    # a count of quarters is a period from January: 'the first three quarters', 'за три квартала', 'алғашқы үш тоқсанында'
    ('China-Kazakhstan trade totaled 32.1 billion U.S. dollars in the first three quarters of 2024, up 3.4 percent year on year.',
     D(2024, 11, 6),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 32.1 * B, 'USD', 3.4, False)]),
    ('Товарооборот Казахстана и Китая за первые три квартала 2024 года составил 32,1 млрд долларов.',
     D(2024, 11, 6),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 32.1 * B, 'USD', None, False)]),
    ('2024 жылдың алғашқы үш тоқсанында Қазақстан мен Қытай арасындағы тауар айналымы 32,1 млрд долларды құрады.',
     D(2024, 11, 6),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 32.1 * B, 'USD', None, False)]),
    ('Товарооборот Казахстана и Венгрии за два квартала текущего года вырос на 12%.',
     D(2024, 8, 6),
     [('KAZ', 'HUN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 6, 30), None, None, 12.0, False)]),
    # ... but a quarter's ordinal, and three quarters of a whole, are not
    ('Товарооборот Казахстана и Китая в третьем квартале 2024 года составил 11,2 млрд долларов.',
     D(2024, 11, 6),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 7, 1), D(2024, 9, 30), 11.2 * B, 'USD', None, False)]),
    ("Three quarters of Kazakhstan's exports to China, worth $10 billion in 2024, were metals.",
     D(2025, 2, 6),
     [('KAZ', 'CHN', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 10 * B, 'USD', None, False)]),
    # 'has totaled' is a level, not the 'has to' of a duty
    ('Since 2005, Chinese direct investment in Kazakhstan has totaled around $26 billion.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'investment_in', 'actual', D(2005, 1, 1), None, 26 * B, 'USD', None, True)]),
    ('Kazakhstan and China have to raise bilateral trade to $50 billion.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'target', None, None, 50 * B, 'USD', None, False)]),
    # a headline's goal: 'set sights on', 'eye', 'нацелились на', 'выход на', 'межеге жету'
    ('Kazakhstan, China set sights on $50 billion trade\n\nThe sides met in Beijing.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'target', None, None, 50 * B, 'USD', None, False)]),
    ('Azerbaijan, Kazakhstan eye $1bn trade as FMs meet in Baku\n\nThe ministers met on Monday.',
     D(2025, 6, 1),
     [('AZE', 'KAZ', 'turnover', 'target', None, None, 1 * B, 'USD', None, False)]),
    ('Казахстан и Китай нацелились на товарооборот в 50 млрд долларов\n\nСтороны встретились в Пекине.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'target', None, None, 50 * B, 'USD', None, False)]),
    ('Касымалиев и Бектенов обсудили выход на товарооборот между Кыргызстаном и Казахстаном в 3 млрд долларов',
     D(2025, 6, 1),
     [('KAZ', 'KGZ', 'turnover', 'target', None, None, 3 * B, 'USD', None, False)]),
    ('Қазақстан мен Ресей арасындағы тауар айналымы бойынша Мемлекет басшылары белгілеген 30 млрд долларлық межеге жету үшін өнеркәсіптік кооперацияны күшейту керек, бірақ былтыр ол 28 млрд доллар болды.',
     D(2025, 6, 1),
     [('KAZ', 'RUS', 'turnover', 'target', None, None, 30 * B, 'USD', None, False),
      ('KAZ', 'RUS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 28 * B, 'USD', None, False)]),
    # controls: a level reached stays actual
    ('Kazakhstan-China trade reached $43.8 billion in 2024.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 43.8 * B, 'USD', None, False)]),
    ('Товарооборот Казахстана и Китая в 2024 году составил 43,8 млрд долларов.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 43.8 * B, 'USD', None, False)]),
    ('2024 жылы Қазақстан мен Қытай арасындағы тауар айналымы 43,8 млрд долларды құрады.',
     D(2025, 6, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 43.8 * B, 'USD', None, False)]),
    # 'mutual trade' in a story about a group is the group's
    ("EAEU mutual trade up 6% in nine months\n\nChina remains the Union's largest external trading partner. Mutual trade in January-September 2023 amounted to $60.3 billion.",
     D(2023, 11, 21),
     []),
    ('Взаимная торговля стран ЕАЭС выросла на 6%\n\nКитай остается крупнейшим внешним партнером Союза. Взаимная торговля за январь-сентябрь 2023 года составила 60,3 млрд долларов.',
     D(2023, 11, 21),
     []),
    ('ЕАЭО елдерінің өзара саудасы 6 пайызға өсті\n\nҚытай Одақтың ең ірі сыртқы серіктесі болып қала береді. 2023 жылғы қаңтар-қыркүйекте өзара сауда 60,3 млрд долларды құрады.',
     D(2023, 11, 21),
     []),
    # controls: a pair's headline keeps its mutual trade
    ('Kazakhstan, China mutual trade up 6% in nine months\n\nMutual trade in January-September 2023 amounted to $30.1 billion.',
     D(2023, 11, 21),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 30.1 * B, 'USD', 6.0, False)]),
    ('Взаимная торговля Казахстана и Китая выросла на 6%\n\nВзаимная торговля за январь-сентябрь 2023 года составила 30,1 млрд долларов.',
     D(2023, 11, 21),
     [('KAZ', 'CHN', 'turnover', 'actual', None, None, None, None, 6.0, False),
      ('KAZ', 'CHN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 30.1 * B, 'USD', None, False)]),
    ('Қазақстан мен Қытайдың өзара саудасы 6 пайызға өсті\n\n2023 жылғы қаңтар-қыркүйекте өзара сауда 30,1 млрд долларды құрады.',
     D(2023, 11, 21),
     [('KAZ', 'CHN', 'turnover', 'actual', None, None, None, None, 6.0, False),
      ('KAZ', 'CHN', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 30.1 * B, 'USD', None, False)]),
    # a time told right after one figure is that figure's; the other takes the period under discussion
    ("Kazakhstan's trade with its main partners grew last year. Trade with Uzbekistan rose by 11.2% to $4.4 billion, including $1.3 billion in the fourth quarter alone.",
     D(2025, 2, 5),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', 11.2, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 10, 1), D(2024, 12, 31), 1.3 * B, 'USD', None, False)]),
    ('В прошлом году торговля Казахстана с основными партнерами выросла. Товарооборот с Узбекистаном вырос на 11,2% до 4,4 млрд долларов, в том числе 1,3 млрд долларов в четвертом квартале.',
     D(2025, 2, 5),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', 11.2, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 10, 1), D(2024, 12, 31), 1.3 * B, 'USD', None, False)]),
    ('Өткен жылы Қазақстанның негізгі серіктестерімен саудасы өсті. Өзбекстанмен тауар айналымы 11,2%-ға өсіп, 4,4 млрд долларды құрады, оның ішінде төртінші тоқсанда 1,3 млрд доллар.',
     D(2025, 2, 5),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', 11.2, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 10, 1), D(2024, 12, 31), 1.3 * B, 'USD', None, False)]),
    # a trade deficit, surplus or balance is no flow of goods
    ('Imports from Russia reached $18.8 billion in 2024, giving Kazakhstan a trade deficit of almost $10 billion.',
     D(2025, 2, 5),
     [('KAZ', 'RUS', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 18.8 * B, 'USD', None, False)]),
    ('Импорт из России в 2024 году составил 18,8 млрд долларов, а дефицит торговли достиг 10 млрд долларов.',
     D(2025, 2, 5),
     [('KAZ', 'RUS', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 18.8 * B, 'USD', None, False)]),
    ('2024 жылы Ресейден импорт 18,8 млрд доллар болды, сауда тапшылығы 10 млрд долларға жетті.',
     D(2025, 2, 5),
     [('KAZ', 'RUS', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 18.8 * B, 'USD', None, False)]),
    # control: a flow named after the balance word is that flow's
    ('The trade balance with China was positive in 2024: exports to China reached $14.8 billion.',
     D(2025, 2, 5),
     [('KAZ', 'CHN', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 14.8 * B, 'USD', None, False)]),
    # a list of partners each with its figure, the first in the flow's clause and the others elided, all foreign (ru, en, kk); a third country's list is not ours
    ('Товарооборот с Таиландом составил 189 млн долларов (+6,1%), с Филиппинами – 57,8 млн долларов, с Сингапуром – 44,2 млн долларов.',
     D(2025, 2, 14),
     [('KAZ', 'THA', 'turnover', 'actual', None, None, 189 * M, 'USD', 6.1, False),
      ('KAZ', 'PHL', 'turnover', 'actual', None, None, 57.8 * M, 'USD', None, False),
      ('KAZ', 'SGP', 'turnover', 'actual', None, None, 44.2 * M, 'USD', None, False)]),
    ('Trade with Thailand amounted to 189 million dollars, with the Philippines – 57.8 million dollars, with Singapore – 44.2 million dollars.',
     D(2025, 2, 14),
     [('KAZ', 'THA', 'turnover', 'actual', None, None, 189 * M, 'USD', None, False),
      ('KAZ', 'PHL', 'turnover', 'actual', None, None, 57.8 * M, 'USD', None, False),
      ('KAZ', 'SGP', 'turnover', 'actual', None, None, 44.2 * M, 'USD', None, False)]),
    ('Былтыр Қытаймен тауар айналымы 189 млн доллар болды, Үндістанмен – 57,8 млн доллар, Түркиямен – 44,2 млн доллар.',
     D(2025, 2, 14),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 189 * M, 'USD', None, False),
      ('KAZ', 'IND', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 57.8 * M, 'USD', None, False),
      ('KAZ', 'TUR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 44.2 * M, 'USD', None, False)]),
    ('Товарооборот Узбекистана с Таиландом составил 189 млн долларов, с Филиппинами – 57,8 млн долларов.',
     D(2025, 2, 14),
     []),
    # a partner's place in the ranking stands for the flow ranked, of the period under discussion (ru, en, kk); a city's place is no partner's
    ('Внешнеторговый оборот Казахстана в январе–октябре 2025 года составил 114,6 млрд долларов. На втором месте Россия — 21,7 млрд долларов (-4,0%), доля 18,9%.',
     D(2025, 12, 11),
     [('KAZ', 'RUS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 10, 31), 21.7 * B, 'USD', None, False)]),
    ("Kazakhstan's foreign trade turnover reached $116.4 billion in January-October 2025. Russia came second with $20.7 billion.",
     D(2025, 12, 11),
     [('KAZ', 'RUS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 10, 31), 20.7 * B, 'USD', None, False)]),
    ('Қазақстанның сыртқы сауда айналымы 2025 жылғы қаңтар-қазанда 114,6 млрд долларды құрады. Екінші орында – Ресей: 21,3 млрд доллар.',
     D(2025, 12, 11),
     [('KAZ', 'RUS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 10, 31), 21.3 * B, 'USD', None, False)]),
    ('Внешнеторговый оборот Казахстана в январе–октябре 2025 года составил 114,6 млрд долларов. На втором месте Алматы — 21,7 млрд долларов.',
     D(2025, 12, 11),
     []),
    # an earlier year's value told after the figure with a pronoun for it is the comparison base, dated by its own year (ru, en, kk)
    ('Экспорт Казахстана в Малайзию в 2024 году составил 84,3 млн долларов, в 2023 году он составлял 131,5 млн долларов.',
     D(2025, 2, 14),
     [('KAZ', 'MYS', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 84.3 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.5 * M, 'USD', None, False)]),
    ("Kazakhstan's exports to Malaysia amounted to $84.3 million in 2024; in 2023 it was $131.5 million.",
     D(2025, 2, 14),
     [('KAZ', 'MYS', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 84.3 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.5 * M, 'USD', None, False)]),
    ('Қазақстанның Малайзияға экспорты 2024 жылы 84,3 млн долларды құрады, 2023 жылы ол 131,5 млн доллар еді.',
     D(2025, 2, 14),
     [('KAZ', 'MYS', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 84.3 * M, 'USD', None, False),
      ('KAZ', 'MYS', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 131.5 * M, 'USD', None, False)]),
    # a growth 'к' a period compares with that period: the figure is of the period after it
    ('Приток инвестиций из США в Казахстан составил $1,37 млрд (+21% к первому полугодию прошлого года).',
     D(2024, 9, 25),
     [('KAZ', 'USA', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 6, 30), 1.37 * B, 'USD', 21.0, False)]),
    # an investor named by its country's adjective is where the money comes from, whoever "the republic" is
    ('Лидер Узбекистана сообщил, что объем инвестиций казахстанского бизнеса в экономику республики превысил $430 млн.',
     D(2021, 11, 9),
     [('KAZ', 'UZB', 'investment_out', 'actual', None, None, 430 * M, 'USD', None, True)]),
    ("The Uzbek leader said Kazakh businesses had invested over $430 million in the republic's economy.",
     D(2021, 11, 9),
     [('KAZ', 'UZB', 'investment_out', 'actual', None, None, 430 * M, 'USD', None, True)]),
    ('2005 жылдан бері американдық компаниялар республика экономикасына 66,7 млрд доллар тікелей инвестиция салған.',
     D(2025, 11, 1),
     [('KAZ', 'USA', 'investment_in', 'actual', D(2005, 1, 1), None, 66.7 * B, 'USD', None, False)]),
    # investment after investment keeps its way; control: an import after an export is the other way
    ('2005 жылдан бері қазақстандық компаниялар Қырғызстан экономикасына $1,3 млрд инвестиция салса, өткен жылы $200 млн инвестиция құйылды.',
     D(2025, 3, 1),
     [('KAZ', 'KGZ', 'investment_out', 'actual', D(2005, 1, 1), None, 1.3 * B, 'USD', None, False),
      ('KAZ', 'KGZ', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 200 * M, 'USD', None, False)]),
    ('С 2005 года казахстанские компании вложили в экономику Кыргызстана $1,3 млрд, а в прошлом году инвестиции составили $200 млн.',
     D(2025, 3, 1),
     [('KAZ', 'KGZ', 'investment_out', 'actual', D(2005, 1, 1), None, 1.3 * B, 'USD', None, False),
      ('KAZ', 'KGZ', 'investment_out', 'actual', D(2024, 1, 1), D(2024, 12, 31), 200 * M, 'USD', None, False)]),
    ('Экспорт из Казахстана в Китай в 2024 году составил $15 млрд, а импорт – $13 млрд.',
     D(2025, 3, 1),
     [('KAZ', 'CHN', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 15 * B, 'USD', None, False),
      ('KAZ', 'CHN', 'import', 'actual', D(2024, 1, 1), D(2024, 12, 31), 13 * B, 'USD', None, False)]),
    # a span from a year to a day of a later year ends on that day; Kazakh "X жылдан Y жылға дейін" spans the years
    ('2005 жылдан 2016 жылғы 30 маусымға дейінгі кезеңде Германиядан Қазақстанға келген тікелей инвестицияның жалпы ағыны 4,5 млрд долл. құрады.',
     D(2016, 11, 29),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2016, 6, 30), 4.5 * B, 'USD', None, False)]),
    ('С 2005 года по 30 июня 2016 года валовый приток прямых инвестиций из Германии в Казахстан составил 4,5 млрд долларов.',
     D(2016, 11, 29),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2016, 6, 30), 4.5 * B, 'USD', None, False)]),
    ('From 2005 to June 30, 2016, gross inflow of German direct investment into Kazakhstan totalled $4.5 billion.',
     D(2016, 11, 29),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2016, 6, 30), 4.5 * B, 'USD', None, False)]),
    ('2005 жылдан 2016 жылға дейінгі кезеңде Германиядан Қазақстанға келген тікелей инвестиция 4,5 млрд долл. құрады.',
     D(2016, 11, 29),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2016, 12, 31), 4.5 * B, 'USD', None, False)]),
    # a span from a year to a quarter or half of a later year ends with that part
    ('2005 жылдан 2024 жылдың бірінші жартыжылдығына дейін БАӘ-ден Қазақстанға 3,4 млрд доллар тікелей инвестиция келді.',
     D(2024, 10, 1),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 6, 30), 3.4 * B, 'USD', None, False)]),
    ('С 2005 года по третий квартал 2024 года приток прямых инвестиций из ОАЭ в Казахстан составил 3,4 млрд долларов.',
     D(2024, 12, 1),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 9, 30), 3.4 * B, 'USD', None, False)]),
    ('From 2005 to the first half of 2024, UAE direct investment into Kazakhstan totalled $3.4 billion.',
     D(2024, 10, 1),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), D(2024, 6, 30), 3.4 * B, 'USD', None, False)]),
    # control: a year and a half joined by "и" are two times, the figure the half's
    ('В 2023 году и первом полугодии 2024 года приток инвестиций из ОАЭ в Казахстан составил 3,4 млрд долларов.',
     D(2024, 12, 1),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2024, 1, 1), D(2024, 6, 30), 3.4 * B, 'USD', None, False)]),
    # an amount in brackets after a change told "on" or "over" a time is that time's figure, the comparison base
    ('Trade turnover between Uzbekistan and Kazakhstan in January-June 2019 amounted to $1.52 billion, up 17.3% on the same period of 2018 ($1.3 billion).',
     D(2019, 8, 22),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2019, 1, 1), D(2019, 6, 30), 1.52 * B, 'USD', 17.3, False),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2018, 1, 1), D(2018, 6, 30), 1.3 * B, 'USD', None, False)]),
    ('Trade between Kazakhstan and Turkey rose to $6.3 billion in 2022, up 25% over 2021 ($5 billion).',
     D(2023, 3, 1),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 6.3 * B, 'USD', 25.0, False),
      ('KAZ', 'TUR', 'turnover', 'actual', D(2021, 1, 1), D(2021, 12, 31), 5 * B, 'USD', None, False)]),
    # the countries a partner ranks behind, each with its figure in brackets, are the ranking country's partners
    ("Kazakhstan is Uzbekistan's third largest trading partner after China ($1.9 billion) and Russia ($1.8 billion).",
     D(2019, 8, 22), []),
    ('Казахстан занимает третье место среди крупнейших торговых партнеров республики после Китая (7,9 млрд долларов) и России (7,1 млрд долларов).',
     D(2023, 10, 20), []),
    ('Қазақстан Өзбекстанның ең ірі сауда серіктестері арасында Қытай (7,9 млрд доллар) мен Ресейден (7,1 млрд доллар) кейін үшінші орында.',
     D(2023, 10, 20), []),
    # control: figures in brackets after the partners of Kazakhstan's own trade
    ("Kazakhstan's trade with China ($41 billion) and Russia ($28 billion) grew last year.",
     D(2023, 10, 20),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 41 * B, 'USD', None, False),
      ('KAZ', 'RUS', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 28 * B, 'USD', None, False)]),
    # an abbreviation with a possessive is its country; 'US$' and 'U.S. dollars' are a currency; 'non-oil trade' is no product's
    ("Dr. Al Zeyoudi said the UAE's non-oil trade with Kazakhstan reached US$1.2 billion in the first nine months of 2025, an increase of 42 percent compared with the same period of 2024.",
     D(2026, 1, 20),
     [('ARE', 'KAZ', 'turnover', 'actual', D(2025, 1, 1), D(2025, 9, 30), 1.2 * B, 'USD', 42.0, False)]),
    ("According to China's General Administration of Customs, China-Kazakhstan trade reached a record 41.03 billion U.S. dollars in 2023.",
     D(2024, 7, 2),
     [('CHN', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 41.03 * B, 'USD', None, False)]),
    # control: a good's own exports
    ("Kazakhstan's oil exports to Italy reached $8 billion in 2025.", D(2026, 1, 20), []),
    # a percentage of a base period's level is an index: the change is its excess over 100
    ('Товарооборот Беларуси и Казахстана в январе–июле 2017 года составил $411,7 млн, или 132,4% к уровню аналогичного периода прошлого года.',
     D(2017, 9, 14),
     [('BLR', 'KAZ', 'turnover', 'actual', D(2017, 1, 1), D(2017, 7, 31), 411.7 * M, 'USD', 32.4, False)]),
    ('Товарооборот Беларуси и Казахстана в январе–июле 2017 года составил $411,7 млн, или 92,4% к соответствующему периоду 2016 года.',
     D(2017, 9, 14),
     [('BLR', 'KAZ', 'turnover', 'actual', D(2017, 1, 1), D(2017, 7, 31), 411.7 * M, 'USD', -7.6, False)]),
    ('Trade between Belarus and Kazakhstan reached $411.7 million in January-July 2017, or 132.4% of the level of the same period of 2016.',
     D(2017, 9, 14),
     [('KAZ', 'BLR', 'turnover', 'actual', D(2017, 1, 1), D(2017, 7, 31), 411.7 * M, 'USD', 32.4, False)]),
    # an amount qualifying the noun 'target' or 'goal' is a target
    ('Türkiye and Kazakhstan are determined to reach the $10 billion bilateral trade target set by their presidents.',
     D(2024, 10, 17),
     [('KAZ', 'TUR', 'turnover', 'target', None, None, 10 * B, 'USD', None, False)]),
    ('Trade between Kazakhstan and Turkey reached $6.4 billion last year, short of the $10 billion target.',
     D(2024, 10, 17),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 6.4 * B, 'USD', None, False),
      ('KAZ', 'TUR', 'turnover', 'target', None, None, 10 * B, 'USD', None, False)]),
    # a part of the figure before with its own flow told after it ("оның ... экспортына тиесілі", "of which ... was exports", "из которых ... пришлось на экспорт"); a country's adjective owns the flow it qualifies whatever governs it ("на бразильский экспорт в Казахстан")
    ('2013 жылы Қазақстан мен Италия арасындағы тауар айналымы 17,2 млрд долларды құрады, оның 15,9 млрд доллары Қазақстан экспортына тиесілі.', D(2014, 6, 12),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2013, 1, 1), D(2013, 12, 31), 17.2 * B, 'USD', None, False),
      ('KAZ', 'ITA', 'export', 'actual', D(2013, 1, 1), D(2013, 12, 31), 15.9 * B, 'USD', None, False)]),
    ('In 2013, trade between Kazakhstan and Italy amounted to $17.2 billion, of which $15.9 billion was Kazakh exports.', D(2014, 6, 12),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2013, 1, 1), D(2013, 12, 31), 17.2 * B, 'USD', None, False),
      ('KAZ', 'ITA', 'export', 'actual', D(2013, 1, 1), D(2013, 12, 31), 15.9 * B, 'USD', None, False)]),
    ('В 2013 году товарооборот между Казахстаном и Италией составил 17,2 млрд долларов, из которых 15,9 млрд долларов пришлось на казахстанский экспорт.', D(2014, 6, 12),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2013, 1, 1), D(2013, 12, 31), 17.2 * B, 'USD', None, False),
      ('KAZ', 'ITA', 'export', 'actual', D(2013, 1, 1), D(2013, 12, 31), 15.9 * B, 'USD', None, False)]),
    ('Товарооборот между Казахстаном и Бразилией в 2006 году составил около 140 млн долларов, из которых на бразильский экспорт в Казахстан пришлось 131 млн долларов.', D(2007, 9, 28),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2006, 1, 1), D(2006, 12, 31), 140000000.0, 'USD', None, True),
      ('BRA', 'KAZ', 'export', 'actual', D(2006, 1, 1), D(2006, 12, 31), 131000000.0, 'USD', None, False)]),
    ('Экспорт Казахстана на китайский рынок в 2023 году составил 10 млрд долларов.', D(2024, 1, 1),
     [('KAZ', 'CHN', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 10 * B, 'USD', None, False)]),
    # what follows a Kazakh "министрі" is no portfolio (a Kazakh one precedes it: "Сауда министрі"); the pair's common goal said by one side is the pair's target; "for this period" is the period just named, not the next clause's year
    ('Египет Сыртқы істер министрі Қазақстанмен тауар айналымын 500 млн долларға жеткізу міндеті қойылғанын атап өтті.', D(2026, 1, 1),
     [('EGY', 'KAZ', 'turnover', 'target', None, None, 0.5 * B, 'USD', None, False)]),
    ('Азербайджан и Казахстан обсудили экономику. Всего за семь месяцев внешнеторговый оборот Азербайджана составил 28,1 млрд долларов. «Наша общая задача – в ближайшее время довести товарооборот до 1 млрд долларов», – заявил вице-премьер.', D(2024, 8, 28),
     [('KAZ', 'AZE', 'turnover', 'target', None, None, 1 * B, 'USD', None, False)]),
    ('Azerbaijan and Kazakhstan discussed the economy. Azerbaijan\'s total foreign trade reached $28.1 billion in seven months. "Our common goal is to bring trade to $1 billion soon," the deputy prime minister said.', D(2024, 8, 28),
     [('AZE', 'KAZ', 'turnover', 'target', None, None, 1 * B, 'USD', None, False)]),
    ('Әзербайжан мен Қазақстан экономиканы талқылады. Жеті айда Әзербайжанның сыртқы сауда айналымы 28,1 млрд долларды құрады. «Тауар айналымын 1 млрд долларға жеткізу – ортақ мақсатымыз», – деді вице-премьер.', D(2024, 8, 28),
     [('AZE', 'KAZ', 'turnover', 'target', None, None, 1 * B, 'USD', None, False)]),
    ('По данным статистики Египта, в первом полугодии 2018 года объем двусторонней торговли между Египтом и Казахстаном составил 46,3 млн долларов. Египетский экспорт в Казахстан за этот период достиг 31 млн долларов, а по итогам 2017 года товарооборот составил 74 млн долларов.', D(2018, 10, 10),
     [('EGY', 'KAZ', 'turnover', 'actual', D(2018, 1, 1), D(2018, 6, 30), 46300000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'export', 'actual', D(2018, 1, 1), D(2018, 6, 30), 31000000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'turnover', 'actual', D(2017, 1, 1), D(2017, 12, 31), 74000000.0, 'USD', None, False)]),
    ('According to Egyptian statistics, trade between Egypt and Kazakhstan reached $46.3 million in the first half of 2018. Egyptian exports to Kazakhstan over this period reached $31 million, while in 2017 trade totalled $74 million.', D(2018, 10, 10),
     [('EGY', 'KAZ', 'turnover', 'actual', D(2018, 1, 1), D(2018, 6, 30), 46300000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'export', 'actual', D(2018, 1, 1), D(2018, 6, 30), 31000000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'turnover', 'actual', D(2017, 1, 1), D(2017, 12, 31), 74000000.0, 'USD', None, False)]),
    ('Египет статистикасы бойынша, 2018 жылдың бірінші жартыжылдығында Египет пен Қазақстан арасындағы тауар айналымы 46,3 млн долларды құрады. Осы кезеңде Египеттің Қазақстанға экспорты 31 млн долларға жетті, ал 2017 жылы тауар айналымы 74 млн долларды құрады.', D(2018, 10, 10),
     [('EGY', 'KAZ', 'turnover', 'actual', D(2018, 1, 1), D(2018, 6, 30), 46300000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'export', 'actual', D(2018, 1, 1), D(2018, 6, 30), 31000000.0, 'USD', None, False),
      ('EGY', 'KAZ', 'turnover', 'actual', D(2017, 1, 1), D(2017, 12, 31), 74000000.0, 'USD', None, False)]),
    # a proposal to raise trade is a target; "heads of state of" is no US state (the en rules; ru/kk say it with their
    # own verbs of intention, rows beside them)
    ('Massimov proposed raising bilateral trade between Kazakhstan and Korea to $3 billion by 2012.', D(2009, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'target', None, D(2012, 12, 31), 3 * B, 'USD', None, False)]),
    ('Масимов предложил довести товарооборот между Казахстаном и Кореей до 3 млрд долларов к 2012 году.', D(2009, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'target', None, D(2012, 12, 31), 3 * B, 'USD', None, False)]),
    ('Мәсімов Қазақстан мен Корея арасындағы тауар айналымын 2012 жылға қарай 3 млрд долларға жеткізуді ұсынды.', D(2009, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'target', None, D(2012, 12, 31), 3 * B, 'USD', None, False)]),
    ('They reaffirmed the goal set by the two heads of state of bringing trade between Kazakhstan and the UAE to $2 billion by 2030.',
     D(2024, 3, 13), [('KAZ', 'ARE', 'turnover', 'target', None, D(2030, 12, 31), 2 * B, 'USD', None, False)]),
    ("Trade between Kazakhstan and the state of Texas reached $2 billion in 2025.", D(2026, 3, 13), []),
    # "with Azerbaijan's exports to Kazakhstan at X and imports at Y": the possessive owns the flow the preposition
    # governs, and the imports told after it are Azerbaijan's too (en; ru/kk with their genitive, rows beside it)
    ("Trade between Azerbaijan and Kazakhstan in January-April 2023 amounted to $163.8 million, with Azerbaijan's "
     "exports to Kazakhstan at $38.4 million and imports at $125.4 million.", D(2023, 5, 26),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 4, 30), 163.8 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'export', 'actual', D(2023, 1, 1), D(2023, 4, 30), 38.4 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 4, 30), 125.4 * M, 'USD', None, False)]),
    ("Товарооборот Азербайджана и Казахстана в январе-апреле 2023 года составил 163,8 млн долларов, при этом экспорт "
     "Азербайджана в Казахстан составил 38,4 млн долларов, а импорт – 125,4 млн долларов.", D(2023, 5, 26),
     [('AZE', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 4, 30), 163.8 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'export', 'actual', D(2023, 1, 1), D(2023, 4, 30), 38.4 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 4, 30), 125.4 * M, 'USD', None, False)]),
    ("2023 жылғы қаңтар-сәуірде Әзербайжан мен Қазақстан арасындағы тауар айналымы 163,8 млн долларды құрады, оның "
     "ішінде Әзербайжанның Қазақстанға экспорты 38,4 млн доллар, ал импорты 125,4 млн доллар болды.", D(2023, 5, 26),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 4, 30), 163.8 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'export', 'actual', D(2023, 1, 1), D(2023, 4, 30), 38.4 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 4, 30), 125.4 * M, 'USD', None, False)]),
    # "every opportunity to reach the $10 billion mark set by the presidents" is a goal; "rose 9% to reach" is not
    ('Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. "We have every opportunity to reach the $10 '
     'billion mark set by our Presidents by 2030," Bektenov said.', D(2024, 3, 15),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 4.4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10 * B, 'USD', None, False)]),
    ('Trade between Kazakhstan and Uzbekistan could pass the $10 billion mark set by the presidents.', D(2024, 3, 15),
     [('KAZ', 'UZB', 'turnover', 'target', None, None, 10 * B, 'USD', None, False)]),
    ('Товарооборот Казахстана и Узбекистана в 2023 году достиг 4,4 млрд долларов. «У нас есть все возможности выйти на '
     'отметку в 10 млрд долларов к 2030 году», — сказал Бектенов.', D(2024, 3, 15),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 4.4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10 * B, 'USD', None, False)]),
    ('2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,4 млрд долларға жетті. «Президенттер белгілеген 10 '
     'млрд доллар межесіне 2030 жылға қарай шығуға мүмкіндігіміз бар», — деді Бектенов.', D(2024, 3, 15),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 4.4 * B, 'USD', None, False),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10 * B, 'USD', None, False)]),
    ('Trade between Kazakhstan and Uzbekistan rose 9% to reach $4.4 billion in 2023.', D(2024, 3, 15),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 4.4 * B, 'USD', 9.0, False)]),
    # the figure a change is counted from is the base, the change the new figure's: "up 30.6% from $668 million a year
    # earlier", "668 млн доллардан 30,6%-ға өсіп, 872,4 млн долларға жетті", "вырос на 30,6% – с 668 млн до 872,4 млн"
    ('Trade between Kazakhstan and the UAE reached $872.4 million in 2023, up 30.6% from $668 million a year earlier.',
     D(2024, 3, 1), [('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 872.4 * M, 'USD', 30.6, False),
                     ('KAZ', 'ARE', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 668 * M, 'USD', None, False)]),
    ('2023 жылы Қазақстан мен БАӘ арасындағы тауар айналымы 668 млн доллардан 30,6%-ға өсіп, 872,4 млн долларға жетті.',
     D(2024, 3, 1), [('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 872.4 * M, 'USD', 30.6, False),
                     ('KAZ', 'ARE', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 668 * M, 'USD', None, False)]),
    ('Товарооборот Казахстана и ОАЭ в 2023 году вырос на 30,6% – с 668 млн до 872,4 млн долларов.',
     D(2024, 3, 1), [('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 872.4 * M, 'USD', 30.6, False),
                     ('KAZ', 'ARE', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 668 * M, 'USD', None, False)]),
    # two years joined by a dash after a preposition of time are a span ("in 2005-2011 totalled"); ru/kk with their year word
    ('German direct investment into Kazakhstan in 2005-2011 totalled $2.6 billion.', D(2012, 5, 1),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2011, 12, 31), 2.6 * B, 'USD', None, False)]),
    ('Приток прямых инвестиций из Германии в Казахстан в 2005-2011 годах составил 2,6 млрд долларов.', D(2012, 5, 1),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2011, 12, 31), 2.6 * B, 'USD', None, False)]),
    ('2005-2011 жылдары Германиядан Қазақстанға тартылған тікелей инвестициялар 2,6 млрд долларды құрады.', D(2012, 5, 1),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2011, 12, 31), 2.6 * B, 'USD', None, False)]),
    # the year told right after a base is the base's: the figures after it keep the clause's year (and are no misprint
    # for being larger than the base); ru with "против ... в 2024 году" beside it
    ("According to Azerbaijan's customs, the country's trade with Kazakhstan in 2025 amounted to $541.7 million, up from "
     "$419.3 million in 2024, with imports from Kazakhstan, mostly wheat and metals, accounting for $468.2 million.", D(2026, 1, 20),
     [('AZE', 'KAZ', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 541.7 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 419.3 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'import', 'actual', D(2025, 1, 1), D(2025, 12, 31), 468.2 * M, 'USD', None, False)]),
    ("По данным таможни Азербайджана, товарооборот с Казахстаном в 2025 году составил 541,7 млн долларов против 419,3 млн "
     "в 2024 году, при этом импорт Азербайджана из Казахстана составил 468,2 млн долларов.", D(2026, 1, 20),
     [('AZE', 'KAZ', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 541.7 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 419.3 * M, 'USD', None, False),
      ('AZE', 'KAZ', 'import', 'actual', D(2025, 1, 1), D(2025, 12, 31), 468.2 * M, 'USD', None, False)]),
    # a base told after the new figure ("вырос до 5,1 млрд с 4,3 млрд годом ранее", "rose to $5.1 billion in 2022 from
    # $4.3 billion a year earlier") is dated a year back; kk "4,3 млрд доллардан 5,1 млрд долларға дейін" beside them
    ('По итогам 2022 года товарооборот Казахстана и Турции вырос до рекордных 5,1 млрд долларов с 4,3 млрд долларов годом ранее.',
     D(2023, 11, 4), [('KAZ', 'TUR', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 5.1 * B, 'USD', None, False),
                      ('KAZ', 'TUR', 'turnover', 'actual', D(2021, 1, 1), D(2021, 12, 31), 4.3 * B, 'USD', None, False)]),
    ('Trade between Turkey and Kazakhstan rose to a record $5.1 billion in 2022 from $4.3 billion a year earlier.',
     D(2023, 11, 4), [('KAZ', 'TUR', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 5.1 * B, 'USD', None, False),
                      ('KAZ', 'TUR', 'turnover', 'actual', D(2021, 1, 1), D(2021, 12, 31), 4.3 * B, 'USD', None, False)]),
    ('2022 жылы Түркия мен Қазақстан арасындағы тауар айналымы бір жыл бұрынғы 4,3 млрд доллардан 5,1 млрд долларға дейін өсті.',
     D(2023, 11, 4), [('KAZ', 'TUR', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 5.1 * B, 'USD', None, False),
                      ('KAZ', 'TUR', 'turnover', 'actual', D(2021, 1, 1), D(2021, 12, 31), 4.3 * B, 'USD', None, False)]),
    # one country's whole exports told with its adjective are no pair's ("общий объем турецкого экспорта"); the pair's
    # adjective is the pair's
    ('Для сравнения, общий объем турецкого экспорта за девять месяцев 2023 года составил 188 млрд долларов.', D(2023, 11, 4), []),
    ('Общий объем казахстанско-турецкого товарооборота за девять месяцев 2023 года составил 4,1 млрд долларов.', D(2023, 11, 4),
     [('KAZ', 'TUR', 'turnover', 'actual', D(2023, 1, 1), D(2023, 9, 30), 4.1 * B, 'USD', None, False)]),
    # "..., когда он оценивался в 3,27 млрд", "when it was estimated at": the base, in the year the change is counted
    # on ("прибавив 21% к 2022 году", "up 21% on 2022"); kk tells it as "2022 жылы ол ... болған"
    ('В 2023 году товарооборот Казахстана с Германией составил 3,96 млрд долларов, прибавив 21% к 2022 году, когда он '
     'оценивался в 3,27 млрд.', D(2024, 3, 1),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 3.96 * B, 'USD', 21.0, False),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 3.27 * B, 'USD', None, False)]),
    ('In 2023 trade between Kazakhstan and Germany reached $3.96 billion, up 21% on 2022, when it stood at '
     '$3.27 billion.', D(2024, 3, 1),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 3.96 * B, 'USD', 21.0, False),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 3.27 * B, 'USD', None, False)]),
    ('2023 жылы Қазақстан мен Германия арасындағы тауар айналымы 3,96 млрд долларды құрады, 2022 жылы ол 3,27 млрд '
     'доллар болған.', D(2024, 3, 1),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 3.96 * B, 'USD', None, False),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 3.27 * B, 'USD', None, False)]),
    # trade with a group named in kk, with a trade bloc of another continent, with the Gulf states: no pair
    ('Өткен жылы Қазақстан мен Еуропалық одақ арасындағы сауда көлемі 40 млрд долларды құрады.', D(2024, 3, 13), []),
    ('Товарооборот Казахстана со странами МЕРКОСУР в целом пока не превышает 170 млн долларов.', D(2024, 3, 13), []),
    ("Kazakhstan's trade with the Gulf Cooperation Council reached $3 billion last year.", D(2024, 3, 13), []),
]


@pytest.mark.parametrize("text,published,expected", RULES)
def test_clause_rules(text, published, expected):
    _approx_equal(facts(text, published), expected)


def test_period_carries_while_figures_keep_coming():
    text = ("В 2021 году товарооборот между Казахстаном и Таджикистаном составил $900 млн. "
            "Экспорт - $700 млн. Импорт - $200 млн. Инвестиции составили $30 млн.")
    got = facts(text)
    assert [(f[2], f[4], f[5], f[6]) for f in got] == [
        ("turnover", D(2021, 1, 1), D(2021, 12, 31), 900 * M), ("export", D(2021, 1, 1), D(2021, 12, 31), 700 * M),
        ("import", D(2021, 1, 1), D(2021, 12, 31), 200 * M), ("investment_in", None, None, 30 * M)]


def test_comparison_year_dates_a_figure_without_a_period():
    text = ("In 2019, bilateral trade between Kazakhstan and Moldova reached $50 million. "
            "Kazakhstan's investments to the Moldovan economy exceeded $6 million (up 2 times from the level of 2018).")
    got = facts(text)
    assert got[1][:6] == ("KAZ", "MDA", "investment_out", "actual", D(2019, 1, 1), D(2019, 12, 31))
    assert got[1][8] == 100.0


def test_headline_since_start_of_year_lends_nothing_and_takes_the_body_period():
    text = ("На 20% вырос товарооборот между Казахстаном и Египтом с начала года\n"
            "За 9 месяцев товарооборот между Казахстаном и Египтом вырос на 20% и составил 300 млн долларов.")
    assert facts(text, D(2023, 10, 20)) == [
        ("KAZ", "EGY", "turnover", "actual", D(2023, 1, 1), D(2023, 9, 30), 300 * M, "USD", 20.0, False)]


def test_a_part_above_its_whole_is_a_misprinted_scale():
    text = ("In 2015, trade between Kazakhstan and Italy amounted to 2.5 billion US dollars "
            "(export - 1.9 billion US dollars, import - 600 billion US dollars).")
    got = facts(text)
    assert [(f[2], f[6]) for f in got] == [("turnover", 2.5 * B), ("export", 1.9 * B), ("import", 600 * M)]


def test_a_growth_stated_alone_is_not_folded_into_a_figure_of_an_inherited_period():
    text = ("В 2020 году товарооборот между Казахстаном и Грузией составил $100 млн. "
            "По словам посла, объем товарооборота вырос на 5%.")
    got = facts(text)
    assert [(f[4], f[6], f[8]) for f in got] == [(D(2020, 1, 1), 100 * M, None), (D(2020, 1, 1), None, 5.0)]


@pytest.mark.parametrize("text", [
    "С января по июнь 2024 года экспорт Казахстана в Турцию составил 2 млрд долларов. Это на 5% больше, чем за "
    "такой же период 2023 года. Тогда экспорт составил 1,9 млрд долларов.",
    "From January to June 2024, Kazakhstan's exports to Turkey amounted to $2 billion. This is 5% more than in the "
    "same period of 2023. Then exports stood at $1.9 billion.",
    "2024 жылдың қаңтарынан маусымына дейін Қазақстанның Түркияға экспорты 2 млрд долларды құрады. Бұл 2023 жылдың "
    "осы кезеңімен салыстырғанда 5 пайызға көп. Сол кезде экспорт 1,9 млрд доллар болған.",
])
def test_then_points_to_the_compared_period(text):
    """A month range in words, a growth stated in the next sentence against "the same period", and
    "тогда"/"then"/"сол кезде": the figure of the compared period."""
    assert facts(text, D(2024, 7, 20)) == [
        ("KAZ", "TUR", "export", "actual", D(2024, 1, 1), D(2024, 6, 30), 2 * B, "USD", 5.0, False),
        ("KAZ", "TUR", "export", "actual", D(2023, 1, 1), D(2023, 6, 30), 1.9 * B, "USD", None, False),
    ]


# The parts of a flow (its goods, their shares) are not the flow: (text, publication day, facts)
COMPONENTS = [
    ('В 2024 году экспорт Казахстана в Германию составил 1,6 млрд долларов. Основу казахстанского экспорта в Германию составляют сырая нефть (около 1,2 млрд долларов) и ферросплавы.',
     D(2025, 3, 1),
     [('KAZ', 'DEU', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1600000000.0, 'USD', None, False)]),
    ('Импорт из Италии достиг $512 млн. В импорте преобладают машины и оборудование ($187 млн), фармацевтика ($64 млн), а также мебель ($23 млн).',
     D(2025, 3, 1),
     [('KAZ', 'ITA', 'import', 'actual', None, None, 512000000.0, 'USD', None, False)]),
    ("In January-August 2025 Kazakhstan's exports to Poland reached $612.5 million, with crude oil deliveries accounting for about $480 million.",
     D(2025, 10, 1),
     [('KAZ', 'POL', 'export', 'actual', D(2025, 1, 1), D(2025, 8, 31), 612500000.0, 'USD', None, False)]),
    ("Bilateral trade between Korea and Kazakhstan came to $6.7 billion last year. South Korea's exports to Kazakhstan, mostly cars and machinery, accounted for $4.1 billion of the total.",
     D(2025, 9, 18),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 6700000000.0, 'USD', None, False),
      ('KOR', 'KAZ', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4100000000.0, 'USD', None, False)]),
    ('2024 жылы Қазақстанның Жапонияға экспорты 800 млн долларды құрады. Экспорттың негізін уран (640 млн доллар) құрайды.',
     D(2025, 3, 1),
     [('KAZ', 'JPN', 'export', 'actual', D(2024, 1, 1), D(2024, 12, 31), 800000000.0, 'USD', None, False)]),
    ('На долю Китая пришлось 21,5 млрд долларов внешней торговли Казахстана в 2024 году.',
     D(2025, 3, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 21500000000.0, 'USD', None, False)]),
    # the goods named in an aside after the flow word describe the flow, whose size follows the aside
    ("Indian exports to Kazakhstan came to $412 million, while imports, dominated by crude oil and uranium, totaled $908 million.",
     D(2025, 10, 6),
     [('IND', 'KAZ', 'export', 'actual', None, None, 412000000.0, 'USD', None, False),
      ('IND', 'KAZ', 'import', 'actual', None, None, 908000000.0, 'USD', None, False)]),
    ('Экспорт Казахстана в Индию составил 412 млн долларов, а импорт, в котором преобладают лекарства, составил 908 млн долларов.',
     D(2025, 10, 6),
     [('KAZ', 'IND', 'export', 'actual', None, None, 412000000.0, 'USD', None, False),
      ('KAZ', 'IND', 'import', 'actual', None, None, 908000000.0, 'USD', None, False)]),
    ('Қазақстанның Үндістанға экспорты 412 млн долларды құрады, ал импорт – негізінен дәрі-дәрмек – 908 млн долларға жетті.',
     D(2025, 10, 6),
     [('KAZ', 'IND', 'export', 'actual', None, None, 412000000.0, 'USD', None, False),
      ('KAZ', 'IND', 'import', 'actual', None, None, 908000000.0, 'USD', None, False)]),
    # ... but a product between the flow and its figure, outside an aside, makes it the product's
    ('Казахстан экспортировал в Китай зерна на 2 млрд долларов.', D(2025, 3, 1), []),
    # a fiscal year with its months
    ("According to India's Ministry of Commerce, bilateral trade with Kazakhstan in fiscal year 2024-25 (April-March) stood at $1.32 billion.",
     D(2025, 10, 6),
     [('IND', 'KAZ', 'turnover', 'actual', D(2024, 4, 1), D(2025, 3, 31), 1320000000.0, 'USD', None, False)]),
    # a figure in the partner's currency with its dollar value in brackets is the dollar figure
    ("In 2023, Malaysia's total trade with Kazakhstan stood at RM1.52 billion (USD333.4 million), an increase of 14.8 per cent from 2022.",
     D(2024, 3, 1),
     [('MYS', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 333400000.0, 'USD', 14.8, False)]),
    ('В 2023 году товарооборот Малайзии с Казахстаном составил 1,52 млрд ринггитов (333,4 млн долларов), увеличившись на 14,8%.',
     D(2024, 3, 1),
     [('MYS', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 333400000.0, 'USD', 14.8, False)]),
    ('2023 жылы Малайзия мен Қазақстан арасындағы тауар айналымы 1,52 млрд ринггитті (333,4 млн доллар) құрап, 14,8 пайызға өсті.',
     D(2024, 3, 1),
     [('KAZ', 'MYS', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 333400000.0, 'USD', 14.8, False)]),
    # documents signed for a sum are a deal
    ('По итогам визита в Японию подписано 9 документов на общую сумму свыше 2,5 млрд долларов.', D(2024, 3, 1), []),
    # a figure no pair of Kazakhstan's can reach is a country's whole trade
    ("Trade between Kazakhstan and India reached $1.5 billion in 2024. The figure is a rounding error in India's $1.1 trillion goods trade.",
     D(2025, 10, 6),
     [('KAZ', 'IND', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 1500000000.0, 'USD', None, False)]),
]


@pytest.mark.parametrize("text,published,expected", COMPONENTS)
def test_parts_of_a_flow_are_not_the_flow(text, published, expected):
    assert facts(text, published) == expected


# A fiscal year named without its months is the partner's (Kazakhstan keeps the calendar year), by the partner's
# fiscal calendar (seeds/fiscal_years.csv), and its figure is the partner's statistic: (text, publication day, facts)
FISCAL_YEARS = [
    ("Bilateral trade between Pakistan and Kazakhstan during FY 2023-24 reached US$ 163.4 million, while Pakistan's "
     "rice exports to Kazakhstan were valued at US$ 21 million.",
     D(2024, 9, 18),
     [('PAK', 'KAZ', 'turnover', 'actual', D(2023, 7, 1), D(2024, 6, 30), 163400000.0, 'USD', None, False)]),
    ('Товарооборот между Индией и Казахстаном в 2024/25 финансовом году составил 1,32 млрд долларов.',
     D(2025, 9, 18),
     [('IND', 'KAZ', 'turnover', 'actual', D(2024, 4, 1), D(2025, 3, 31), 1320000000.0, 'USD', None, False)]),
    ('Жапония мен Қазақстан арасындағы тауар айналымы 2024 қаржы жылында 2,1 млрд долларды құрады.',
     D(2025, 9, 18),
     [('JPN', 'KAZ', 'turnover', 'actual', D(2024, 4, 1), D(2025, 3, 31), 2100000000.0, 'USD', None, False)]),
    ("Kazakhstan's exports to India in FY2024-25 reached $900 million.",
     D(2025, 9, 18),
     [('IND', 'KAZ', 'import', 'actual', D(2024, 4, 1), D(2025, 3, 31), 900000000.0, 'USD', None, False)]),
    # a partner with no fiscal calendar listed: the span stays unknown
    ('Trade between Kazakhstan and Turkey in fiscal year 2024-25 reached $6 billion.',
     D(2025, 9, 18),
     [('KAZ', 'TUR', 'turnover', 'actual', None, None, 6000000000.0, 'USD', None, False)]),
]


@pytest.mark.parametrize("text,published,expected", FISCAL_YEARS)
def test_a_fiscal_year_is_the_partners(text, published, expected):
    assert facts(text, published) == expected


# "Это на 18% больше, чем в январе–июне 2024 года": the figure just given takes the growth and the same part of the
# year after; "стороны" / "the two sides" / "тараптар" set a goal for the article's pair: (text, publication day, facts)
FOLLOW_UPS = [
    ('Товарооборот Казахстана и Вьетнама достиг $512,4 млн. Это на 18% больше, чем в январе–июне 2024 года, когда '
     'показатель составлял $434,2 млн. Экспорт составил $164,9 млн.',
     D(2025, 8, 1),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 512400000.0, 'USD', 18.0, False),
      ('KAZ', 'VNM', 'export', 'actual', D(2025, 1, 1), D(2025, 6, 30), 164900000.0, 'USD', None, False)]),
    ('Trade between Kazakhstan and Vietnam reached $512.4 million. This is 18% more than in January-June 2024, when it '
     'stood at $434.2 million.',
     D(2025, 8, 1),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 512400000.0, 'USD', 18.0, False)]),
    ('Қазақстан мен Вьетнам арасындағы тауар айналымы 512,4 млн долларға жетті. Бұл 2024 жылғы қаңтар-маусыммен '
     'салыстырғанда 18 пайызға көп.',
     D(2025, 8, 1),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 512400000.0, 'USD', 18.0, False)]),
    # "Бұл ретте" (in this regard) opens a sentence of its own figures
    ('2022 жылы Қазақстан мен Әзербайжан арасындағы тауар айналымы 461,9 млн долларды құрады. Бұл ретте Қазақстан '
     'экспорты 30,4%-ға өсіп, 375,3 млн долларды құрады.',
     D(2023, 3, 1),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 461900000.0, 'USD', None, False),
      ('KAZ', 'AZE', 'export', 'actual', D(2022, 1, 1), D(2022, 12, 31), 375300000.0, 'USD', 30.4, False)]),
    # a half-year without its ordinal is the first
    ('Товарооборот Казахстана и Вьетнама за полугодие вырос на 18% и составил $512,4 млн.',
     D(2025, 8, 1),
     [('KAZ', 'VNM', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 512400000.0, 'USD', 18.0, False)]),
    ('Казахстан и Вьетнам обсудили торговлю в Астане. Внешнеторговый оборот Вьетнама превысил $380 млрд, а основными '
     'партнерами Ханоя остаются Китай, США и Южная Корея. Стороны поставили цель довести товарооборот до $1 млрд.',
     D(2025, 8, 1),
     [('KAZ', 'VNM', 'turnover', 'target', None, None, 1000000000.0, 'USD', None, False)]),
]


@pytest.mark.parametrize("text,published,expected", FOLLOW_UPS)
def test_follow_up_sentences(text, published, expected):
    assert facts(text, published) == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan's exports to Oman reached $5.2m in 2024, compared to $4.1m in 2023, while imports from Oman grew by 10%.",
    "Экспорт Казахстана в Оман в 2024 году составил 5,2 млн долларов по сравнению с 4,1 млн долларов в 2023 году, "
    "а импорт из Омана вырос на 10%.",
])
def test_a_change_of_another_flow_after_a_base_is_not_the_figures(text):
    # the change after a base goes to the figure only when it is of the figure's own flow
    got = facts(text, D(2025, 6, 17))
    assert [(f[2], f[6], f[8]) for f in got if f[2] == "export"] == [("export", 5_200_000.0, None), ("export", 4_100_000.0, None)]
    assert [(f[2], f[6], f[8]) for f in got if f[2] == "import"] == [("import", None, 10.0)]


# A ranking of partners ("main trading partners", "ТОП-10 сауда серіктесі", "the top five") opens a list whose lines
# or clauses, each a country and its figure, are that country's trade with the ranking's owner in the header's period
RANKINGS = [
    ('Қазақстанның негізгі сауда серіктестері (2025 жылғы қаңтар-маусым, тауар айналымы):\n1. Қытай – 14,2 млрд доллар\n'
     '2. Ресей – 11,8 млрд доллар\n3. Малайзия – 0,6 млрд доллар',
     D(2025, 8, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 14.2 * B, 'USD', None, False),
      ('KAZ', 'RUS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 11.8 * B, 'USD', None, False),
      ('KAZ', 'MYS', 'turnover', 'actual', D(2025, 1, 1), D(2025, 6, 30), 0.6 * B, 'USD', None, False)]),
    ('Основными торговыми партнерами Казахстана в 2024 году остались Китай и Россия. Первое место занимает Китай с 43,8 '
     'млрд долларов, второе – Россия с 27,9 млрд долларов.',
     D(2025, 2, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 43.8 * B, 'USD', None, False),
      ('KAZ', 'RUS', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 27.9 * B, 'USD', None, False)]),
    # another country's partners: only Kazakhstan's line is a pair of ours, stated by that country
    ("Who are Uzbekistan's largest export partners in January-July 2023? Russia leads with $1.6 billion, Kazakhstan is "
     "fourth with $808 million.",
     D(2023, 8, 20),
     [('UZB', 'KAZ', 'export', 'actual', D(2023, 1, 1), D(2023, 7, 31), 808 * M, 'USD', None, False)]),
    ('Основные торговые партнеры Узбекистана в 2024 году:\nРоссия – 9,8 млрд долларов\nКитай – 8,1 млрд долларов\n'
     'Казахстан – 4,4 млрд долларов',
     D(2025, 2, 1),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4.4 * B, 'USD', None, False)]),
    # a line naming two countries is no one partner's
    ("Kazakhstan's main trading partners in 2024:\nRussia and Belarus – $29 billion\nChina – $43.8 billion",
     D(2025, 2, 1),
     [('KAZ', 'CHN', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 43.8 * B, 'USD', None, False)]),
    # no ranking of trade partners, or no money, or the header too far above: nothing
    ('Ірі инвесторлар:\nНидерланды – 4 млрд доллар\nАҚШ – 2 млрд доллар', D(2025, 2, 1), []),
    ("Kazakhstan's top five partners in tourism:\nRussia – 500,000 tourists\nUzbekistan – 300,000 tourists", D(2025, 2, 1), []),
    ("Kazakhstan's main trading partners in 2024 were China, Russia and Italy. Kazakhstan and Malaysia signed deals. "
     "The weather was fine in Astana. Italy – $3 billion.", D(2025, 2, 1), []),
    ('Сауда серіктестері туралы айтсақ, Қытай алда. Ресей мен Беларусь – 29 млрд доллар.', D(2025, 2, 1), []),
    # the top partner named in the header, its trade "with it" ("онымен", "с ней"), then the next one's line
    ('Ең ірі серіктес – Италия: 2025 жылы онымен сауда көлемі 15,9 млрд доллар болды. Нидерланды екінші орында – 6,1 '
     'млрд доллар.',
     D(2026, 3, 27),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 15.9 * B, 'USD', None, False),
      ('KAZ', 'NLD', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 6.1 * B, 'USD', None, False)]),
    ('Крупнейший партнер – Италия: в 2025 году товарооборот с ней составил 15,9 млрд долларов. Нидерланды на втором '
     'месте – 6,1 млрд долларов.',
     D(2026, 3, 27),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 15.9 * B, 'USD', None, False),
      ('KAZ', 'NLD', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 6.1 * B, 'USD', None, False)]),
    ('The largest partner is Italy: in 2025 trade with it reached $15.9 billion. The Netherlands is second – $6.1 billion.',
     D(2026, 3, 27),
     [('KAZ', 'ITA', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 15.9 * B, 'USD', None, False),
      ('KAZ', 'NLD', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 6.1 * B, 'USD', None, False)]),
    # a partnership is no ranking, and the partner's own total is no pair's
    ('Это подтверждает стратегическое партнерство Узбекистана и Китая. В Топ-10 также входят Турция (842 миллиона '
     'долларов), Казахстан (808 миллионов долларов).', D(2026, 3, 27), []),
    ('Италия – Қазақстанның маңызды серіктесі. 2025 жылы Италияның сыртқы саудасы 1,2 трлн долларды құрады.',
     D(2026, 3, 27), []),
]


@pytest.mark.parametrize("text,published,expected", RANKINGS)
def test_rankings_of_partners(text, published, expected):
    _approx_equal(facts(text, published), expected)


# A foreign statistics office quoted beside a figure of its own counts from its paragraph on: the paragraphs above
# are Kazakhstan's count; a source named after the figures, with none of its own, still counts them all
SOURCE_FROM_ITS_PARAGRAPH = [
    ("Reference: In 2024, trade between Kazakhstan and Hungary amounted to $312.4 million.\n\nAccording to the Hungarian "
     "Central Statistical Office, trade between the two countries in 2024 was $290 million.",
     [('KAZ', 'HUN', 312.4 * M), ('HUN', 'KAZ', 290 * M)]),
    ("В 2024 году товарооборот Казахстана и Венгрии составил 312,4 млн долларов.\n\nПо данным Центрального "
     "статистического управления Венгрии, товарооборот двух стран в 2024 году составил 290 млн долларов.",
     [('KAZ', 'HUN', 312.4 * M), ('HUN', 'KAZ', 290 * M)]),
    ("2024 жылы Қазақстан мен Венгрия арасындағы тауар айналымы 312,4 млн долларды құрады.\n\nВенгрияның Орталық "
     "статистика басқармасының деректері бойынша, 2024 жылы екі ел арасындағы тауар айналымы 290 млн доллар болды.",
     [('KAZ', 'HUN', 312.4 * M), ('HUN', 'KAZ', 290 * M)]),
    ("In 2024, trade between Kazakhstan and Hungary amounted to $312.4 million.\nThis is according to the Hungarian "
     "Central Statistical Office.",
     [('HUN', 'KAZ', 312.4 * M)]),
]


def test_a_foreign_source_beside_a_growth_of_its_own_counts_from_its_paragraph():
    got = facts("2025 жылы Қазақстан мен Польша арасындағы тауар айналымы 1,2 млрд долларды құрады.\n\nПольша статистика "
                "басқармасының мәліметінше, 2025 жылы Польшаның Қазақстанға экспорты 9 пайызға өсті.", D(2026, 3, 27))
    assert [(f[0], f[1], f[2], f[6], f[8]) for f in got] == [('KAZ', 'POL', 'turnover', 1.2 * B, None),
                                                            ('POL', 'KAZ', 'export', None, 9.0)]


@pytest.mark.parametrize("text,expected", SOURCE_FROM_ITS_PARAGRAPH)
def test_a_foreign_source_beside_its_own_figure_counts_from_its_paragraph(text, expected):
    got = facts(text, D(2025, 3, 12))
    assert [(f[0], f[1], f[6]) for f in got] == expected
    assert {(f[2], f[4], f[5]) for f in got} == {('turnover', D(2024, 1, 1), D(2024, 12, 31))}


# The period a sentence hands on is the latest of its own figures' (not a base's in brackets); "a year earlier"
# before a figure is the period under discussion a year back (after a comparison word it is the base's, as before)
PERIODS_HANDED_ON = [
    ("2024 жылдың қаңтар-тамыз айларында Қазақстан мен Вьетнам арасындағы тауар айналымы 1 034,7 млн долларды құрады "
     "(2023 жылғы 8 айда – 920,6 млн). Қазақстан экспорты 186,3 млн долларға жетті.",
     [('turnover', D(2024, 1, 1), D(2024, 8, 31), 1034.7 * M), ('turnover', D(2023, 1, 1), D(2023, 8, 31), 920.6 * M),
      ('export', D(2024, 1, 1), D(2024, 8, 31), 186.3 * M)]),
    ("За январь-август 2024 года товарооборот Казахстана и Вьетнама составил 1 034,7 млн долларов (за 8 месяцев 2023 "
     "года – 920,6 млн). Экспорт Казахстана достиг 186,3 млн долларов.",
     [('turnover', D(2024, 1, 1), D(2024, 8, 31), 1034.7 * M), ('turnover', D(2023, 1, 1), D(2023, 8, 31), 920.6 * M),
      ('export', D(2024, 1, 1), D(2024, 8, 31), 186.3 * M)]),
    ("In January-August 2024, trade between Kazakhstan and Vietnam reached $1,034.7 million (8 months of 2023: $920.6 "
     "million). Kazakh exports reached $186.3 million.",
     [('turnover', D(2024, 1, 1), D(2024, 8, 31), 1034.7 * M), ('turnover', D(2023, 1, 1), D(2023, 8, 31), 920.6 * M),
      ('export', D(2024, 1, 1), D(2024, 8, 31), 186.3 * M)]),
    ("В 2024 году товарооборот Казахстана и Кореи составил 1 335,7 млн долларов. Годом ранее показатель превышал "
     "полтора миллиарда долларов.",
     [('turnover', D(2024, 1, 1), D(2024, 12, 31), 1335.7 * M), ('turnover', D(2023, 1, 1), D(2023, 12, 31), 1.5 * B)]),
    ("In 2024, trade between Kazakhstan and Korea was $1.34 billion. A year earlier, it exceeded $1.5 billion.",
     [('turnover', D(2024, 1, 1), D(2024, 12, 31), 1.34 * B), ('turnover', D(2023, 1, 1), D(2023, 12, 31), 1.5 * B)]),
    ("2024 жылы Қазақстан мен Корея арасындағы тауар айналымы 1,34 млрд долларды құрады. Бір жыл бұрын бұл көрсеткіш "
     "1,5 млрд доллардан асқан.",
     [('turnover', D(2024, 1, 1), D(2024, 12, 31), 1.34 * B), ('turnover', D(2023, 1, 1), D(2023, 12, 31), 1.5 * B)]),
    ("В 2024 году товарооборот Казахстана и Малайзии составил $312,4 млн, что на 27,1% больше, чем годом ранее.",
     [('turnover', D(2024, 1, 1), D(2024, 12, 31), 312.4 * M)]),
]


# months told without a year in an undated report: those of the year of the part of a year just told (kk/ru/en);
# not after a whole year, which may as well be the year before
YEARLESS_MONTHS = [
    ("2019 жылғы қаңтар-қыркүйекте Қазақстан мен Өзбекстан арасындағы тауар айналымы 2,6 млрд долларды құрады. "
     "Тоғыз айда Қазақстанның Өзбекстанға экспорты 1,7 млрд долларға жетті.",
     [('turnover', D(2019, 1, 1), D(2019, 9, 30), 2.6 * B), ('export', D(2019, 1, 1), D(2019, 9, 30), 1.7 * B)]),
    ("За январь-сентябрь 2019 года товарооборот между Казахстаном и Узбекистаном составил 2,6 млрд долларов. "
     "Казахстанский экспорт в Узбекистан за девять месяцев достиг 1,7 млрд долларов, импорт – 920 млн долларов.",
     [('turnover', D(2019, 1, 1), D(2019, 9, 30), 2.6 * B), ('export', D(2019, 1, 1), D(2019, 9, 30), 1.7 * B),
      ('import', D(2019, 1, 1), D(2019, 9, 30), 920 * M)]),
    ("Trade between Kazakhstan and the United States recovered over the first nine months of 2021, speakers said. "
     "Census data show American exports to Kazakhstan rose to $725 million in January-September.",
     [('export', D(2021, 1, 1), D(2021, 9, 30), 725 * M)]),
    ("В 2018 году товарооборот Казахстана и Узбекистана составил 3 млрд долларов. За девять месяцев экспорт в "
     "Узбекистан достиг 1,7 млрд долларов.",
     [('turnover', D(2018, 1, 1), D(2018, 12, 31), 3 * B), ('export', None, None, 1.7 * B)]),
]


@pytest.mark.parametrize("text,expected", YEARLESS_MONTHS)
def test_yearless_months_take_the_year_told(text, expected):
    assert [(f[2], f[4], f[5], f[6]) for f in facts(text)] == [(flow, s, e, pytest.approx(v)) for flow, s, e, v in expected]


@pytest.mark.parametrize("text,expected", PERIODS_HANDED_ON)
def test_periods_handed_on(text, expected):
    assert [(f[2], f[4], f[5], f[6]) for f in facts(text, D(2025, 3, 27))] == [
        (flow, s, e, pytest.approx(v)) for flow, s, e, v in expected]

# one country described ("the Central Asian country", "Орталық Азия елінен") is no region's aggregate; goods told in an
# aside after "overwhelmingly" leave the flow its figure; "тікелей шетел инвестициясы" is the country's total, no pair's
DESCRIBED_AND_TOTALS = [
    ("Türkiye's exports to Kazakhstan stood at $1.4 billion last year, while imports from the Central Asian country reached $3.4 billion.",
     D(2022, 5, 12),
     [('TUR', 'KAZ', 'export', D(2021, 1, 1), 1400000000.0), ('TUR', 'KAZ', 'import', D(2021, 1, 1), 3400000000.0)]),
    ('Экспорт Турции в Казахстан в прошлом году составил 1,4 млрд долларов, а импорт из центральноазиатской республики достиг 3,4 млрд долларов.',
     D(2022, 5, 12),
     [('TUR', 'KAZ', 'export', D(2021, 1, 1), 1400000000.0), ('TUR', 'KAZ', 'import', D(2021, 1, 1), 3400000000.0)]),
    ('Өткен жылы Түркияның Қазақстанға экспорты 1,4 млрд долларды құрады, ал Орталық Азия елінен импорт 3,4 млрд долларға жетті.',
     D(2022, 5, 12),
     [('TUR', 'KAZ', 'export', D(2021, 1, 1), 1400000000.0), ('TUR', 'KAZ', 'import', D(2021, 1, 1), 3400000000.0)]),
    ("India's trade with the five Central Asian republics together remains below $600 million a year.",
     D(2022, 5, 12),
     []),
    ('For the whole of last year trade between Kazakhstan and Egypt stood at $112.3 million, of which Kazakh exports, overwhelmingly wheat and flour, accounted for $98.1 million.',
     D(2016, 11, 28),
     [('KAZ', 'EGY', 'turnover', D(2015, 1, 1), 112300000.0), ('KAZ', 'EGY', 'export', D(2015, 1, 1), 98100000.0)]),
    ('По итогам прошлого года товарооборот Казахстана и Египта составил 112,3 млн долларов, из которых на казахстанский экспорт, преимущественно пшеницу и муку, пришлось 98,1 млн долларов.',
     D(2016, 11, 28),
     [('KAZ', 'EGY', 'turnover', D(2015, 1, 1), 112300000.0), ('KAZ', 'EGY', 'export', D(2015, 1, 1), 98100000.0)]),
    ('Өткен жылы Қазақстан мен Египет арасындағы тауар айналымы 112,3 млн долларды құрады, оның ішінде қазақстандық экспорт, негізінен бидай мен ұн, 98,1 млн долларға жетті.',
     D(2016, 11, 28),
     [('KAZ', 'EGY', 'turnover', D(2015, 1, 1), 112300000.0), ('KAZ', 'EGY', 'export', D(2015, 1, 1), 98100000.0)]),
    ('1993 жылдан бері американдық компаниялар Қазақстан экономикасына 14 млрд доллардан астам тікелей инвестиция салды. Тәуелсіздік жылдарында Қазақстан экономикасына барлығы 50 млрд доллардан астам тікелей шетел инвестициясы тартылған.',
     D(2006, 9, 20),
     [('KAZ', 'USA', 'investment_in', D(1993, 1, 1), 14000000000.0)]),
    ('С 1993 года американские компании вложили в экономику Казахстана более 14 млрд долларов прямых инвестиций. За годы независимости в экономику Казахстана привлечено более 50 млрд долларов прямых иностранных инвестиций.',
     D(2006, 9, 20),
     [('KAZ', 'USA', 'investment_in', D(1993, 1, 1), 14000000000.0)]),
    ('US companies have invested more than $14 billion in Kazakhstan since 1993. Over the years of independence Kazakhstan has attracted more than $50 billion of foreign direct investment.',
     D(2006, 9, 20),
     [('KAZ', 'USA', 'investment_in', D(1993, 1, 1), 14000000000.0)]),
]


# an aside listing a flow's goods ("основу которого составляют ...", "главным образом ...", "led by ...", "consisting
# mainly of ...", "соның ішінде ...") leaves the flow its figure told after it
GOODS_ASIDES = [
    ('Товарооборот Казахстана и Бразилии в 2012 году составил 187 млн долларов. Импорт из Бразилии, основу которого составляют сахар-сырец, мясо птицы и говядина, составил 171,5 млн долларов, экспорт из Казахстана в Бразилию – 15,8 млн долларов.',
     D(2013, 5, 5),
     [('KAZ', 'BRA', 'turnover', D(2012, 1, 1), 187000000.0), ('KAZ', 'BRA', 'import', D(2012, 1, 1), 171500000.0), ('KAZ', 'BRA', 'export', D(2012, 1, 1), 15800000.0)]),
    ('Товарооборот Казахстана и Бразилии в 2010 году составил 150 млн долларов. При этом импорт бразильской продукции в Казахстан, главным образом сахара-сырца и мяса, составил 138 млн долларов США.',
     D(2011, 5, 5),
     [('KAZ', 'BRA', 'turnover', D(2010, 1, 1), 150000000.0), ('KAZ', 'BRA', 'import', D(2010, 1, 1), 138000000.0)]),
    ('Trade between Brazil and Kazakhstan reached $456 million in 2023. Brazilian exports, led by sugar, beef and machinery, reached US$119 million, while imports from Kazakhstan, mostly phosphate fertilisers and ferroalloys, amounted to US$337 million.',
     D(2024, 5, 5),
     [('KAZ', 'BRA', 'turnover', D(2023, 1, 1), 456000000.0), ('BRA', 'KAZ', 'export', D(2023, 1, 1), 119000000.0), ('BRA', 'KAZ', 'import', D(2023, 1, 1), 337000000.0)]),
    ('In 2013 Brazilian exports to Kazakhstan, consisting mainly of sugar, meat and machinery, totalled US$ 246 million, while imports from Kazakhstan amounted to US$ 66 million.',
     D(2014, 5, 5),
     [('BRA', 'KAZ', 'export', D(2013, 1, 1), 246000000.0), ('BRA', 'KAZ', 'import', D(2013, 1, 1), 66000000.0)]),
    ('2012 жылы Қазақстан мен Бразилия арасындағы тауар айналымы 187 млн долларды құрады. Бразилиядан импорт, соның ішінде қант, құс еті және сиыр еті, 171,5 млн долларға жетті.',
     D(2013, 5, 5),
     [('KAZ', 'BRA', 'turnover', D(2012, 1, 1), 187000000.0), ('KAZ', 'BRA', 'import', D(2012, 1, 1), 171500000.0)]),
]


@pytest.mark.parametrize("text,published,expected", DESCRIBED_AND_TOTALS + GOODS_ASIDES)
def test_described_countries_totals_and_asides_of_goods(text, published, expected):
    assert [(f[0], f[1], f[2], f[4], f[6]) for f in facts(text, published)] == expected


# a change aimed at ("to double trade", "удвоить", "екі есе арттыруға", "should at least double") is a target of +100%
# with no amount; a change that happened stays actual; told again by its amount, the goal is one
DOUBLING_GOALS = [
    ('The sides agreed to aim to double mutual trade between Kazakhstan and Hungary in the coming years.',
     D(2024, 5, 5),
     [('KAZ', 'HUN', 'turnover', 'target', None, None, 100.0)]),
    ('Лидеры Казахстана и Венгрии договорились удвоить объём взаимной торговли в ближайшие годы.',
     D(2024, 5, 5),
     [('KAZ', 'HUN', 'turnover', 'target', None, None, 100.0)]),
    ('Қазақстан мен Венгрия басшылары өзара сауда көлемін екі есе арттыруға уағдаласты.',
     D(2024, 5, 5),
     [('KAZ', 'HUN', 'turnover', 'target', None, None, 100.0)]),
    ('The task set by the heads of state of Kazakhstan and the UAE is clear: trade should at least double.',
     D(2024, 5, 5),
     [('KAZ', 'ARE', 'turnover', 'target', None, None, 100.0)]),
    ('Товарооборот между Казахстаном и Венгрией вырос в два раза.',
     D(2024, 5, 5),
     [('KAZ', 'HUN', 'turnover', 'actual', None, None, 100.0)]),
    ('Kazakhstan and Hungary signed an agreement on the avoidance of double taxation.',
     D(2024, 5, 5),
     []),
    ('Kazakhstan, Egypt aim to double trade as commission meets in Cairo\n\nWe see a real opportunity to bring trade between Kazakhstan and Egypt to $100 million by 2010, Yessimov said.',
     D(2007, 5, 5),
     [('KAZ', 'EGY', 'turnover', 'target', D(2010, 12, 31), 100000000.0, None)]),
]


@pytest.mark.parametrize("text,published,expected", DOUBLING_GOALS)
def test_doubling_goals(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[5], f[6], f[8]) for f in facts(text, published)] == expected


# engine 0.33.0: the Qatari riyal ("QR 287 million") and the Kazakh "еуро"; "the State of Qatar" is no region;
# goods in an aside leave the flow its part ("exports, led by cars, accounted for $4.1 bn of the total"); "foreign
# trade" in a ministry's name is no total; a region's trade told through "которой"/"whose"; a goal that "будет
# достигнута" is still a goal; a plant "стоимостью около" a sum is a deal; a Kazakh outlet quoting a partner's figures
# lends them its reporter for that paragraph only; a change with no country of its own goes on with the pair of its
# sentence's figure
TRADE_0_33 = [
    ('According to the National Planning Council, trade between the State of Qatar and the Republic of Kazakhstan amounted to about QR 287 million in 2024.',
     D(2025, 2, 11),
     [('KAZ', 'QAT', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), None, 'QAR', None)]),
    ('По данным Национального совета по планированию, товарооборот между Государством Катар и Казахстаном составил 287 млн катарских риалов в 2024 году.',
     D(2025, 2, 11),
     [('QAT', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), None, 'QAR', None)]),
    ('Trade between the State of Kuwait and Kazakhstan amounted to $287 million in 2024.',
     D(2025, 2, 11),
     [('KAZ', 'KWT', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 287000000.0, 'USD', None)]),
    ('Trade between the state of Texas and Kazakhstan amounted to $287 million in 2024.',
     D(2025, 2, 11),
     []),
    ("Bilateral trade between Korea and Kazakhstan reached $6.47 billion last year. South Korea's exports, led by automobiles and machinery, accounted for $4.1 billion of the total.",
     D(2024, 6, 12),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 6470000000.0, 'USD', None),
      ('KOR', 'KAZ', 'export', 'actual', D(2023, 1, 1), D(2023, 12, 31), 4100000000.0, 'USD', None)]),
    ("Cars and machinery accounted for $4.1 billion of South Korea's exports to Kazakhstan last year.",
     D(2024, 6, 12),
     []),
    ('Қазақстан мен Бразилия арасындағы байланыстар дамып келеді. Бразилия Даму, өнеркәсіп және сыртқы сауда министрлігінің деректері бойынша, 2010 жылы екі ел арасындағы сауда айналымы 301 млн долларды құрады.',
     D(2011, 9, 12),
     [('BRA', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 12, 31), 301000000.0, 'USD', None)]),
    ('Қазақстан мен Бразилия арасындағы байланыстар дамып келеді. По данным Министерства развития, промышленности и внешней торговли Бразилии, в 2010 году товарооборот между двумя странами составил 301 млн долларов.',
     D(2011, 9, 12),
     [('BRA', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 12, 31), 301000000.0, 'USD', None)]),
    ("Trade between Kazakhstan and Brazil is growing. According to Brazil's Ministry of Development, Industry and Foreign Trade, trade between the two countries reached $301 million in 2010.",
     D(2011, 9, 12),
     [('BRA', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 12, 31), 301000000.0, 'USD', None)]),
    ('Внешнеторговый оборот Бразилии в 2010 году составил 301 млрд долларов.',
     D(2011, 9, 12),
     []),
    ('Товарооборот Казахстана с ФРГ растет. Почти двести предприятий работают в Карагандинской области, товарооборот которой с ФРГ в прошлом году достиг 214 млн долларов.',
     D(2019, 5, 22),
     []),
    ('Trade between Kazakhstan and Germany is growing. Nearly two hundred of the firms are in the Karaganda region, whose trade with Germany reached $214 million last year.',
     D(2019, 5, 22),
     []),
    ('Товарооборот Казахстана с ФРГ, который в прошлом году достиг 2,6 млрд долларов, растет.',
     D(2019, 5, 22),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2018, 1, 1), D(2018, 12, 31), 2600000000.0, 'USD', None)]),
    ('Товарооборот Казахстана и ОАЭ вырос. Стороны уверены, что цель – довести объем взаимной торговли до 3 млрд долларов – будет достигнута.',
     D(2019, 5, 22),
     [('KAZ', 'ARE', 'turnover', 'target', None, None, 3000000000.0, 'USD', None)]),
    ('Товарооборот Казахстана и ОАЭ вырос. Цель довести товарооборот до 1 млрд долларов достигнута в прошлом году.',
     D(2019, 5, 22),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2018, 1, 1), D(2018, 12, 31), 1000000000.0, 'USD', None)]),
    ('С 2005 года валовой приток прямых инвестиций из ОАЭ в экономику Казахстана составил 2,8 млрд долларов. Дипломаты обсудили соглашение с компанией Masdar о строительстве ветровой электростанции стоимостью около 1,4 млрд долларов.',
     D(2019, 5, 22),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), None, 2800000000.0, 'USD', None)]),
    ('Қазақстан мен Германия арасындағы байланыстар дамып келеді. Германия Федералдық статистика ведомствосының деректері бойынша, 2009 жылы екі ел арасындағы тауар айналымы 4,2 млрд еуроны құрады.',
     D(2010, 5, 12),
     [('DEU', 'KAZ', 'turnover', 'actual', D(2009, 1, 1), D(2009, 12, 31), None, 'EUR', None)]),
    ('АСТАНА, 12 марта. КАЗИНФОРМ – Товарооборот между Казахстаном и ОАЭ вырос.\n\nПосол привел данные статистического центра ОАЭ, согласно которым торговля Эмиратов с Казахстаном достигла 3,4 млрд дирхамов.\n\nСтороны выразили уверенность, что цель – довести объем взаимной торговли до 3 млрд долларов – будет достигнута.',
     None,
     [('ARE', 'KAZ', 'turnover', 'actual', None, None, None, 'AED', None),
      ('KAZ', 'ARE', 'turnover', 'target', None, None, 3000000000.0, 'USD', None)]),
    ("Alckmin said trade between Brazil and Kazakhstan reached $186.3 million in 2024. Brazil's trade with the Eurasian Economic Union as a whole exceeded $12 billion. Koshanov noted that Kazakh statistics put bilateral turnover at $214 million last year, 27% more than in 2023, and that in the first quarter of 2025 trade grew 1.4 times year-on-year.",
     D(2025, 5, 14),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 186300000.0, 'USD', None),
      ('KAZ', 'BRA', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 214000000.0, 'USD', 27.0),
      ('KAZ', 'BRA', 'turnover', 'actual', D(2025, 1, 1), D(2025, 3, 31), None, None, 40.0)]),
    ('АСТАНА, 12 марта. КАЗИНФОРМ – Казахстан и ОАЭ расширяют сотрудничество.\n\nПосол привел данные статистического центра ОАЭ, согласно которым торговля Эмиратов с Казахстаном достигла 3,4 млрд дирхамов.\n\nПо итогам 2023 года товарооборот между Казахстаном и ОАЭ составил 1,2 млрд долларов.',
     None,
     [('ARE', 'KAZ', 'turnover', 'actual', None, None, None, 'AED', None),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 1200000000.0, 'USD', None)]),
]


@pytest.mark.parametrize("text,published,expected", TRADE_0_33)
def test_trade_0_33(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in facts(text, published)] == expected


# engine 0.34.0: a month told after its year, apart in the sentence, is of that year (a month told first is when
# someone spoke; a month with a day is an event's date); the greater part told before the flow named as the part
# ("Оның басым бөлігі ... экспортқа тиесілі – 297 млн") is that flow's figure; the Kazakh "бірақ"/"алайда" end a
# clause; a Kazakh figure's verb is its own clause's unless it tells nothing after the figure; "жетеді" after a stock
# or a "now" is a level reached
TRADE_0_34 = [
    ('Биыл да үрдіс сақталып отыр: Destatis мәліметінше, қаңтар айында Германияның Қазақстаннан импорты 40%-ға артқан.',
     D(2023, 3, 21),
     [('DEU', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 1, 31), None, None, 40.0)]),
    ('В этом году тенденция сохраняется: по данным Destatis, в январе импорт Германии из Казахстана вырос на 40%.',
     D(2023, 3, 21),
     [('DEU', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 1, 31), None, None, 40.0)]),
    ("This year the trend continues: according to Destatis, in January Germany's imports from Kazakhstan rose by 40%.",
     D(2023, 3, 21),
     [('DEU', 'KAZ', 'import', 'actual', D(2023, 1, 1), D(2023, 1, 31), None, None, 40.0)]),
    ('В марте министр заявил, что в этом году товарооборот Казахстана и Германии вырос на 40%.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, None, 40.0)]),
    ('In March the minister said that this year trade between Kazakhstan and Germany grew by 40%.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, None, 40.0)]),
    ('Наурызда министр биыл Қазақстан мен Германия арасындағы тауар айналымы 40%-ға өскенін айтты.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, None, 40.0)]),
    ('В январе этого года товарооборот Казахстана и Германии вырос на 40%.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 1, 31), None, None, 40.0)]),
    ('In January of this year trade between Kazakhstan and Germany grew by 40%.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 1, 31), None, None, 40.0)]),
    ('В этом году, по данным ведомства, 12 января товарооборот Казахстана и Германии вырос на 40%.',
     D(2023, 5, 21),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, None, 40.0)]),
    ('Былтыр Қазақстан мен Египет арасындағы тауар айналымы 318,6 млн АҚШ долларына жетті. Оның басым бөлігі қазақстандық экспортқа тиесілі – 297 млн доллар, ал Египеттен импорт 21,6 млн долларды құрады.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None),
      ('KAZ', 'EGY', 'export', 'actual', D(2025, 1, 1), D(2025, 12, 31), 297000000.0, 'USD', None),
      ('KAZ', 'EGY', 'import', 'actual', D(2025, 1, 1), D(2025, 12, 31), 21600000.0, 'USD', None)]),
    ('В прошлом году товарооборот Казахстана и Египта достиг 318,6 млн долларов. Львиная доля пришлась на казахстанский экспорт – 297 млн долларов.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None),
      ('KAZ', 'EGY', 'export', 'actual', D(2025, 1, 1), D(2025, 12, 31), 297000000.0, 'USD', None)]),
    ('Last year trade between Kazakhstan and Egypt reached $318.6 million. The bulk of it was Kazakh exports, at $297 million.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None),
      ('KAZ', 'EGY', 'export', 'actual', D(2025, 1, 1), D(2025, 12, 31), 297000000.0, 'USD', None)]),
    ('Last year trade between Kazakhstan and Egypt reached $318.6 million. The bulk of exports was oil, at $297 million.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None)]),
    ('В прошлом году товарооборот Казахстана и Египта достиг 318,6 млн долларов. Основная часть экспорта пришлась на пшеницу – 297 млн долларов.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None)]),
    ('Былтыр Қазақстан мен Египет арасындағы тауар айналымы 318,6 млн АҚШ долларына жетті. Экспорттың басым бөлігі бидайға тиесілі – 297 млн доллар.',
     D(2026, 2, 10),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 318600000.0, 'USD', None)]),
    ('Өткен жылы Қазақстан мен Әзербайжан арасындағы сауда 6,5%-ға төмендеген еді, бірақ биыл ол қалпына келді.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2020, 1, 1), D(2020, 12, 31), None, None, -6.5)]),
    ('Өткен жылы Қазақстан мен Әзербайжан арасындағы сауда 6,5%-ға төмендеген еді, алайда биыл ол қалпына келді.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2020, 1, 1), D(2020, 12, 31), None, None, -6.5)]),
    ('В прошлом году торговля Казахстана и Азербайджана упала на 6,5%, но в этом году мы её восстановили.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2020, 1, 1), D(2020, 12, 31), None, None, -6.5)]),
    ('Last year trade between Kazakhstan and Azerbaijan fell by 6.5%, but this year we have restored it.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2020, 1, 1), D(2020, 12, 31), None, None, -6.5)]),
    ('2005 жылдан бері Әзербайжан Қазақстан экономикасына 235 млн доллар инвестиция салған, ал Қазақстанның Әзербайжандағы инвестицияларының жинақталған көлемі 295 млн долларға жетеді.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'investment_in', 'actual', D(2005, 1, 1), None, 235000000.0, 'USD', None),
      ('KAZ', 'AZE', 'investment_out', 'actual', D(2005, 1, 1), None, 295000000.0, 'USD', None)]),
    ('Қазіргі уақытта Қазақстанның Әзербайжандағы инвестициялары 295 млн долларға жетеді.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'investment_out', 'actual', None, None, 295000000.0, 'USD', None)]),
    ('Қазақстан мен Әзербайжан арасындағы тауар айналымы былтыр 500 млн доллар болды, ал 2025 жылы 1 млрд долларға жетеді.',
     D(2021, 10, 15),
     [('KAZ', 'AZE', 'turnover', 'actual', D(2020, 1, 1), D(2020, 12, 31), 500000000.0, 'USD', None),
      ('KAZ', 'AZE', 'turnover', 'target', D(2025, 1, 1), D(2025, 12, 31), 1000000000.0, 'USD', None)]),
    ('Қазақстан мен Өзбекстан тауар айналымын биыл 3 млрд долларға, ал 2025 жылға таман 5 млрд долларға жеткізуді көздеп отыр.',
     D(2021, 10, 15),
     [('KAZ', 'UZB', 'turnover', 'target', D(2021, 1, 1), D(2021, 12, 31), 3000000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2025, 12, 31), 5000000000.0, 'USD', None)]),
]


@pytest.mark.parametrize("text,published,expected", TRADE_0_34)
def test_trade_0_34(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in facts(text, published)] == expected


# engine 0.35.0: a Kazakh year told before another year that a comparison word follows is the figure's own; "working
# towards raising ... to" is a goal; the worth ("на общую сумму", "total value of") of contracts named up to 160
# characters before is a deal, unless a flow is named between
TRADE_0_35 = [
    # a Kazakh year told before the compared one is the figure's
    ('Қазақстан мен Бразилия арасындағы тауар айналымы 2022 жылы 2021 жылмен салыстырғанда 37%-ға өсіп, 284,7 млн АҚШ долларына жетті, ал биылғы жылдың қаңтар-шілдесінде 196 млн долларды құрады.',
     D(2023, 9, 20),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 284700000.0, 'USD', 37.0),
      ('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 7, 31), 196000000.0, 'USD', None)]),
    ('Товарооборот Казахстана и Бразилии в 2022 году по сравнению с 2021 годом вырос на 37% и достиг 284,7 млн долларов, а в январе-июле текущего года составил 196 млн долларов.',
     D(2023, 9, 20),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 284700000.0, 'USD', 37.0),
      ('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 7, 31), 196000000.0, 'USD', None)]),
    ('Trade between Kazakhstan and Brazil grew by 37% in 2022 compared with 2021 to $284.7 million, and in January-July this year it amounted to $196 million.',
     D(2023, 9, 20),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2022, 1, 1), D(2022, 12, 31), 284700000.0, 'USD', 37.0),
      ('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 7, 31), 196000000.0, 'USD', None)]),
    # ... and the year before the comparison word still is the compared one
    ('2023 жылы Қазақстан мен Бразилия арасындағы тауар айналымы 2022 жылмен салыстырғанда 37%-ға өсіп, 284,7 млн АҚШ долларына жетті.',
     D(2024, 9, 20),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 284700000.0, 'USD', 37.0)]),
    # "working towards raising ... to": a goal
    ('He noted that the two countries were working towards raising the value of trade between the UAE and Kazakhstan to US$3 billion by 2030.',
     D(2024, 3, 12),
     [('KAZ', 'ARE', 'turnover', 'target', None, D(2030, 12, 31), 3000000000.0, 'USD', None)]),
    ('Он отметил, что две страны работают над тем, чтобы довести товарооборот между ОАЭ и Казахстаном до 3 млрд долларов к 2030 году.',
     D(2024, 3, 12),
     [('KAZ', 'ARE', 'turnover', 'target', None, D(2030, 12, 31), 3000000000.0, 'USD', None)]),
    ('Ол екі ел БАӘ мен Қазақстан арасындағы тауар айналымын 2030 жылға қарай 3 млрд долларға жеткізу бағытында жұмыс істеп жатқанын атап өтті.',
     D(2024, 3, 12),
     [('KAZ', 'ARE', 'turnover', 'target', None, D(2030, 12, 31), 3000000000.0, 'USD', None)]),
    # the worth of contracts named further back is no trade
    ('По итогам 2018 года взаимная торговля Беларуси и Казахстана достигла $855,1 млн. В ходе визита подписаны контракты на поставку в Казахстан белорусских тракторов, грузовых автомобилей и лифтового оборудования на общую сумму около $60 млн.',
     D(2019, 9, 6),
     [('BLR', 'KAZ', 'turnover', 'actual', D(2018, 1, 1), D(2018, 12, 31), 855100000.0, 'USD', None)]),
    ('Trade between Belarus and Kazakhstan reached $855.1 million in 2018. During the visit, contracts were signed for the supply of Belarusian tractors, trucks, lifts and farm machinery to Kazakhstan with a total value of $60 million.',
     D(2019, 9, 6),
     [('KAZ', 'BLR', 'turnover', 'actual', D(2018, 1, 1), D(2018, 12, 31), 855100000.0, 'USD', None)]),
    ('2018 жылы Беларусь пен Қазақстан арасындағы өзара сауда 855,1 млн долларға жетті. Сапар барысында Қазақстанға беларусь тракторларын, жүк көліктерін және лифт жабдықтарын жеткізуге арналған жалпы құны 60 млн доллар болатын келісімшарттарға қол қойылды.',
     D(2019, 9, 6),
     [('KAZ', 'BLR', 'turnover', 'actual', D(2018, 1, 1), D(2018, 12, 31), 855100000.0, 'USD', None)]),
    # ... but exports' worth after a deal word are exports
    ('Согласно соглашению, в 2018 году Казахстан экспортировал в Беларусь товаров на общую сумму 200 млн долларов.',
     D(2019, 9, 6),
     [('KAZ', 'BLR', 'export', 'actual', D(2018, 1, 1), D(2018, 12, 31), 200000000.0, 'USD', None)]),
]


@pytest.mark.parametrize("text,published,expected", TRADE_0_35)
def test_trade_0_35(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in facts(text, published)] == expected


TRADE_0_36 = [
    # a group named as the field of a ranking is no party to the figures
    ('Президент подчеркнул, что ОАЭ входят в число крупнейших инвесторов Казахстана среди государств Персидского залива: с 2005 года эмиратские компании вложили в казахстанскую экономику более 2,9 млрд долларов. По итогам 2023 года товарооборот вырос на 18% и составил 703 млн долларов.',
     D(2024, 6, 5),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), None, 2900000000.0, 'USD', None),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 703000000.0, 'USD', 18.0)]),
    ('The UAE is one of the largest investors in Kazakhstan among the Gulf states: since 2005 Emirati companies have invested over $2.9 billion in Kazakhstan. In 2023 trade grew by 18% to $703 million.',
     D(2024, 6, 5),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), None, 2900000000.0, 'USD', None),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 703000000.0, 'USD', 18.0)]),
    ('БАӘ Парсы шығанағы елдерінің ішінде Қазақстандағы ең ірі инвестор: 2005 жылдан бері эмираттық компаниялар Қазақстан экономикасына 2,9 млрд доллар салды. 2023 жылы тауар айналымы 18%-ға өсіп, 703 млн долларға жетті.',
     D(2024, 6, 5),
     [('KAZ', 'ARE', 'investment_in', 'actual', D(2005, 1, 1), None, 2900000000.0, 'USD', None),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 703000000.0, 'USD', 18.0)]),
    # ... the group's own trade stays the group's
    ('Взаимная торговля среди государств Персидского залива составила 100 млрд долларов, сообщил министр Казахстана.',
     D(2024, 6, 5),
     []),
    ("Kazakhstan's trade with the Gulf states reached $3 billion, and Kazakhstan is among the largest partners of the UAE.",
     D(2024, 6, 5),
     []),
    # "one and a half times", "two and a half times"
    ('Былтыр Қазақстанның Польшаға экспорты бір жарым есе артты.',
     D(2016, 9, 12),
     [('KAZ', 'POL', 'export', 'actual', D(2015, 1, 1), D(2015, 12, 31), None, None, 50.0)]),
    ("Last year Kazakhstan's exports to Poland grew one and a half times.",
     D(2016, 9, 12),
     [('KAZ', 'POL', 'export', 'actual', D(2015, 1, 1), D(2015, 12, 31), None, None, 50.0)]),
    ('В прошлом году товарооборот между Казахстаном и Польшей вырос в два с половиной раза.',
     D(2016, 9, 12),
     [('KAZ', 'POL', 'turnover', 'actual', D(2015, 1, 1), D(2015, 12, 31), None, None, 150.0)]),
    ('Былтыр Қазақстан мен Польша арасындағы тауар айналымы екі жарым есе өсті.',
     D(2016, 9, 12),
     [('KAZ', 'POL', 'turnover', 'actual', D(2015, 1, 1), D(2015, 12, 31), None, None, 150.0)]),
    # the gap between two counts of a figure is no figure
    ('Товарооборот Казахстана и Южной Кореи по итогам первого полугодия сократился, однако в цифрах статистики расходятся почти на сто миллионов долларов.',
     D(2014, 8, 20),
     []),
    ("Trade between Kazakhstan and South Korea fell in the first half, but the two countries' figures differ by almost $100 million.",
     D(2014, 8, 20),
     []),
    ('Қазақстан мен Корея арасындағы тауар айналымы бірінші жартыжылдықта азайды, бірақ екі елдің деректерінің айырмашылығы 100 млн долларға жуық.',
     D(2014, 8, 20),
     []),
    # ... the figure itself stays
    ('Товарооборот Казахстана и Южной Кореи в первом полугодии составил 614 млн долларов, а данные расходятся на 92 млн долларов.',
     D(2014, 8, 20),
     [('KAZ', 'KOR', 'turnover', 'actual', D(2014, 1, 1), D(2014, 6, 30), 614000000.0, 'USD', None)]),
    # an aside on the flow's goods, then a dash for the verb
    ('Канадский экспорт в Казахстан в 2013 году увеличился на 31% и достиг 412 млн канадских долларов, а импорт из Казахстана, основу которого составляет уран, – 1,3 млрд канадских долларов.',
     D(2014, 2, 14),
     [('CAN', 'KAZ', 'export', 'actual', D(2013, 1, 1), D(2013, 12, 31), None, 'CAD', 31.0),
      ('CAN', 'KAZ', 'import', 'actual', D(2013, 1, 1), D(2013, 12, 31), None, 'CAD', None)]),
    # the part named by its flow after a dash, its figure in brackets
    ('2023 жылы Қазақстан мен Бразилия арасындағы тауар айналымы 167,4 млн АҚШ долларын құрады. Оның басым бөлігі – Бразилиядан әкелінген импорт (149,6 млн доллар).',
     D(2024, 5, 14),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 167400000.0, 'USD', None),
      ('KAZ', 'BRA', 'import', 'actual', D(2023, 1, 1), D(2023, 12, 31), 149600000.0, 'USD', None)]),
    # ... the part of a flow that is a product stays none
    ('2023 жылы Қазақстан мен Бразилия арасындағы тауар айналымы 167,4 млн АҚШ долларын құрады. Оның басым бөлігі – астық (149,6 млн доллар).',
     D(2024, 5, 14),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), 167400000.0, 'USD', None)]),
    # a country where a situation is, a topic of talks, is not the pair under discussion
    ('Назарбаев АҚШ-қа ресми сапармен барды. Келіссөздер барысында Ауғанстандағы жағдай талқыланды. 2006 жылдың қаңтар-шілде айларында екі ел арасындағы тауар айналымы 1,2 млрд АҚШ долларын құрады.',
     D(2006, 9, 30),
     [('KAZ', 'USA', 'turnover', 'actual', D(2006, 1, 1), D(2006, 7, 31), 1200000000.0, 'USD', None)]),
    ('Назарбаев посетил США с официальным визитом. На переговорах обсуждалась ситуация в Афганистане. В январе-июле 2006 года товарооборот между двумя странами составил 1,2 млрд долларов.',
     D(2006, 9, 30),
     [('KAZ', 'USA', 'turnover', 'actual', D(2006, 1, 1), D(2006, 7, 31), 1200000000.0, 'USD', None)]),
    ('Nazarbayev paid an official visit to the United States. The talks covered the situation in Afghanistan. In January-July 2006, trade between the two countries reached $1.2 billion.',
     D(2006, 9, 30),
     [('KAZ', 'USA', 'turnover', 'actual', D(2006, 1, 1), D(2006, 7, 31), 1200000000.0, 'USD', None)]),
    # "over ten months of this year" is the time of the figure, not a time compared with
    ('Over ten months of this year, trade between Kazakhstan and Egypt amounted to $147.3 million, 1.8 times more than in the same period of 2018.',
     D(2019, 11, 21),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2019, 1, 1), D(2019, 10, 31), 147300000.0, 'USD', 80.0)]),
    ('Over eleven months of 2019, trade between Kazakhstan and Egypt amounted to $147.3 million.',
     D(2019, 12, 21),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2019, 1, 1), D(2019, 11, 30), 147300000.0, 'USD', None)]),
    # ... "over" a whole year is still the base
    ('Trade between Kazakhstan and Egypt grew 9% over 2018 to $147.3 million in 2019.',
     D(2020, 2, 21),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2019, 1, 1), D(2019, 12, 31), 147300000.0, 'USD', 9.0)]),
    # "set course for" is a goal
    ('Kazakhstan and Uzbekistan set course for $10 billion in trade by 2030',
     D(2024, 3, 3),
     [('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    ('Казахстан и Узбекистан взяли курс на 10 млрд долларов товарооборота к 2030 году',
     D(2024, 3, 3),
     [('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    ('Қазақстан мен Өзбекстан 2030 жылға қарай тауар айналымын 10 млрд долларға жеткізуге бағыт алды',
     D(2024, 3, 3),
     [('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    # the worth of one kind of goods, with no flow word of its own, is not the flow told before
    ('Trade between Kazakhstan and Korea reached $5 billion. Shipments of Korean cars alone were worth $1.6 billion.',
     D(2024, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'actual', None, None, 5000000000.0, 'USD', None)]),
    ('Товарооборот Казахстана и Кореи достиг 5 млрд долларов. Только поставки корейских автомобилей составили 1,6 млрд долларов.',
     D(2024, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'actual', None, None, 5000000000.0, 'USD', None)]),
    ('Қазақстан мен Корея арасындағы тауар айналымы 5 млрд долларға жетті. Корей автокөліктерінің жеткізілімі ғана 1,6 млрд доллар болды.',
     D(2024, 3, 3),
     [('KAZ', 'KOR', 'turnover', 'actual', None, None, 5000000000.0, 'USD', None)]),
    # a country told as the neighbour of another in an apposition is no party
    ("China's trade with the five Central Asian countries reached 94.8 billion dollars last year, while trade with Uzbekistan, Kazakhstan's neighbour, grew to 13.8 billion dollars.",
     D(2025, 1, 22),
     []),
    ('Товарооборот Китая со странами Центральной Азии достиг 94,8 млрд долларов, а торговля с Узбекистаном, соседом Казахстана, выросла до 13,8 млрд долларов.',
     D(2025, 1, 22),
     []),
    # ... "its neighbour" of the pair's own figure keeps it
    ('Trade between Kazakhstan and Uzbekistan, its neighbour, reached $4 billion.',
     D(2025, 1, 22),
     [('KAZ', 'UZB', 'turnover', 'actual', None, None, 4000000000.0, 'USD', None)]),
    # "sales to" a country are exports
    ('In the first quarter, Brazilian sales to Kazakhstan rose 31% compared with January-March 2012.',
     D(2013, 4, 16),
     [('BRA', 'KAZ', 'export', 'actual', D(2013, 1, 1), D(2013, 3, 31), None, None, 31.0)]),
]


@pytest.mark.parametrize("text,published,expected", TRADE_0_36)
def test_trade_0_36(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in facts(text, published)] == expected


TRADE_0_37 = [
    # a country the talks touched on ("the situation in the Middle East and Afghanistan") is not the pair the next figure is about
    ('Foreign Minister Ahmed Aboul Gheit held talks in Astana with his Kazakh counterpart. The ministers discussed the situation in the Middle East and Afghanistan. Tazhin said trade between the two countries had grown 2.3 times in January-August 2008, reaching 74.6 million dollars.',
     D(2008, 10, 21),
     [('KAZ', 'AFG', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 74600000.0, 'USD', 130.0)]),
    ('Министр иностранных дел Египта провел переговоры в Астане с казахстанским коллегой. Министры обсудили ситуацию на Ближнем Востоке и в Афганистане. Товарооборот между двумя странами за январь-август 2008 года вырос в 2,3 раза и достиг 74,6 млн долларов.',
     D(2008, 10, 21),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 74600000.0, 'USD', 130.0)]),
    ('Мысыр Сыртқы істер министрі Астанада қазақстандық әріптесімен келіссөз жүргізді. Министрлер Таяу Шығыс пен Ауғанстандағы жағдайды талқылады. 2008 жылғы қаңтар-тамызда екі ел арасындағы тауар айналымы 2,3 есе өсіп, 74,6 млн долларға жетті.',
     D(2008, 10, 21),
     [('KAZ', 'EGY', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 74600000.0, 'USD', 130.0)]),
    # a credit line or a loan is money lent, not the investment told before it
    ('2005 жылдан бері Венгриядан Қазақстан экономикасына келген тікелей инвестициялардың жалпы көлемі 265 млн долларды құрады. Венгрия Эксимбанкі ашқан 200 млн долларлық несие желісі аясындағы жобалар да талқыланды.',
     D(2024, 5, 16),
     [('KAZ', 'HUN', 'investment_in', 'actual', D(2005, 1, 1), None, 265000000.0, 'USD', None)]),
    ('С 2005 года объем прямых венгерских инвестиций в экономику Казахстана составил 265 млн долларов. Обсуждались и проекты в рамках кредитной линии Эксимбанка Венгрии на 200 млн долларов.',
     D(2024, 5, 16),
     [('KAZ', 'HUN', 'investment_in', 'actual', D(2005, 1, 1), None, 265000000.0, 'USD', None)]),
    ("Since 2005 Hungarian direct investment in Kazakhstan's economy has totalled $265 million. Projects under a $200 million credit line opened by Hungary's Eximbank were also discussed.",
     D(2024, 5, 16),
     [('KAZ', 'HUN', 'investment_in', 'actual', D(2005, 1, 1), None, 265000000.0, 'USD', None)]),
    ("Since 2005 Hungarian direct investment in Kazakhstan's economy has totalled $265 million. Hungary's Eximbank has also lent Kazakh companies $200 million in loans.",
     D(2024, 5, 16),
     [('KAZ', 'HUN', 'investment_in', 'actual', D(2005, 1, 1), None, 265000000.0, 'USD', None),
      ('KAZ', 'HUN', 'investment_out', 'actual', None, None, 200000000.0, 'USD', None)]),
    # a bracket with the same period of another year holds the figure compared with
    ('Ағымдағы жылдың он айында Қазақстан мен БАӘ арасындағы тауар айналымы 1,6 есе артып, 312 млн долларды құрады (2018 жылдың сәйкес кезеңінде – 195 млн доллар).',
     D(2019, 12, 12),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2019, 1, 1), D(2019, 10, 31), 312000000.0, 'USD', 60.0),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2018, 1, 1), D(2018, 10, 31), 195000000.0, 'USD', None)]),
    ('За десять месяцев текущего года товарооборот Казахстана и ОАЭ вырос в 1,6 раза и составил 312 млн долларов (за аналогичный период 2018 года – 195 млн долларов).',
     D(2019, 12, 12),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2019, 1, 1), D(2019, 10, 31), 312000000.0, 'USD', 60.0),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2018, 1, 1), D(2018, 10, 31), 195000000.0, 'USD', None)]),
    ('In the first ten months of this year trade between Kazakhstan and the UAE grew 1.6 times to $312 million (in the same period of 2018 – $195 million).',
     D(2019, 12, 12),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2019, 1, 1), D(2019, 10, 31), 312000000.0, 'USD', 60.0),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2018, 1, 1), D(2018, 10, 31), 195000000.0, 'USD', None)]),
    ('In the first ten months of this year trade between Kazakhstan and the UAE grew 1.6 times to $312 million ($195 million in the same period of 2018).',
     D(2019, 12, 12),
     [('KAZ', 'ARE', 'turnover', 'actual', D(2019, 1, 1), D(2019, 10, 31), 312000000.0, 'USD', 60.0),
      ('KAZ', 'ARE', 'turnover', 'actual', D(2018, 1, 1), D(2018, 10, 31), 195000000.0, 'USD', None)]),
    # a growth index ("өсу индексі 107,3%") is growth of 7.3%
    ('2024 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,4 млрд доллар болып, өсу индексі 107,3%-ды құрады.',
     D(2025, 2, 18),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4400000000.0, 'USD', 7.3)]),
    # Kazakhstan's own count after the partner's: a row of its own, not folded into the partner's rounded figure
    ('Өзбекстан Ұлттық статистика комитетінің мәліметінше, 2024 жылы Өзбекстан мен Қазақстан арасындағы сауда көлемі 4,36 млрд долларға жетті. Қазақстан Ұлттық статистика бюросының есебі біршама өзгеше: қазақстандық деректер бойынша 2024 жылы өзара тауар айналымы 4,4 млрд доллар болды.',
     D(2025, 2, 18),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4360000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4400000000.0, 'USD', None)]),
    ('По данным Национального комитета статистики Узбекистана, в 2024 году товарооборот Узбекистана и Казахстана достиг 4,36 млрд долларов. По казахстанским данным, взаимная торговля в 2024 году составила 4,4 млрд долларов.',
     D(2025, 2, 18),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4360000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4400000000.0, 'USD', None)]),
    ("According to Uzbekistan's National Statistics Committee, trade between Uzbekistan and Kazakhstan reached $4.36 billion in 2024. Kazakhstan's Bureau of National Statistics puts mutual trade in 2024 at $4.4 billion.",
     D(2025, 2, 18),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4360000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'actual', D(2024, 1, 1), D(2024, 12, 31), 4400000000.0, 'USD', None)]),
    # the part named by its flow keeps its bracketed figure, with or without a dash
    ('Биылғы қаңтар-тамызда Қазақстан мен Бразилия арасындағы тауар айналымы 147,6 млн долларға жетті. Алайда сауда құрылымы біржақты: оның басым бөлігі Бразилиядан импорт (128,9 млн доллар), ал Қазақстанның экспорты 18,7 млн доллармен шектелді.',
     D(2008, 10, 22),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 147600000.0, 'USD', None),
      ('KAZ', 'BRA', 'import', 'actual', D(2008, 1, 1), D(2008, 8, 31), 128900000.0, 'USD', None),
      ('KAZ', 'BRA', 'export', 'actual', D(2008, 1, 1), D(2008, 8, 31), 18700000.0, 'USD', None)]),
    ('Товарооборот Казахстана и Бразилии за январь-август достиг 147,6 млн долларов. Большая его часть – импорт из Бразилии (128,9 млн долларов), а экспорт Казахстана ограничился 18,7 млн долларов.',
     D(2008, 10, 22),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 147600000.0, 'USD', None),
      ('KAZ', 'BRA', 'import', 'actual', D(2008, 1, 1), D(2008, 8, 31), 128900000.0, 'USD', None),
      ('KAZ', 'BRA', 'export', 'actual', D(2008, 1, 1), D(2008, 8, 31), 18700000.0, 'USD', None)]),
    ("Trade between Kazakhstan and Brazil reached $147.6 million in January-August. But the structure is lopsided: most of it is imports from Brazil ($128.9 million), while Kazakhstan's exports were limited to $18.7 million.",
     D(2008, 10, 22),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 147600000.0, 'USD', None),
      ('KAZ', 'BRA', 'import', 'actual', D(2008, 1, 1), D(2008, 8, 31), 128900000.0, 'USD', None),
      ('KAZ', 'BRA', 'export', 'actual', D(2008, 1, 1), D(2008, 8, 31), 18700000.0, 'USD', None)]),
    ('Биылғы қаңтар-тамызда Қазақстан мен Бразилия арасындағы тауар айналымы 147,6 млн долларға жетті. Импорттың басым бөлігі шикі қант (62 млн доллар).',
     D(2008, 10, 22),
     [('KAZ', 'BRA', 'turnover', 'actual', D(2008, 1, 1), D(2008, 8, 31), 147600000.0, 'USD', None)]),
    # a count up to the 1st of a month runs through the day before
    ('2005 жылдан 2023 жылғы 1 сәуірге дейін Германиядан Қазақстанға келген тікелей инвестициялардың жалпы ағыны 6,7 млрд долларды құрады.',
     D(2023, 8, 25),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2023, 3, 31), 6700000000.0, 'USD', None)]),
    ('С 2005 года по 1 апреля 2023 года валовый приток прямых инвестиций из Германии в Казахстан составил 6,7 млрд долларов.',
     D(2023, 8, 25),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2023, 3, 31), 6700000000.0, 'USD', None)]),
    ('From 2005 to April 1, 2023 gross direct investment from Germany into Kazakhstan totalled $6.7 billion.',
     D(2023, 8, 25),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2023, 3, 31), 6700000000.0, 'USD', None)]),
    ('From 2005 to June 30, 2019 gross direct investment from Germany into Kazakhstan totalled $6.7 billion.',
     D(2023, 8, 25),
     [('KAZ', 'DEU', 'investment_in', 'actual', D(2005, 1, 1), D(2019, 6, 30), 6700000000.0, 'USD', None)]),
    # "на 27% к аналогичному периоду" is a change by 27%, not an index of 27%
    ('В январе – сентябре 2010 года товарооборот Казахстана и Германии составил 3,9 млрд евро, увеличившись на 27% к аналогичному периоду прошлого года.',
     D(2010, 11, 26),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', 27.0)]),
    ('В январе – сентябре 2010 года товарооборот Казахстана и Германии составил 3,9 млрд евро, или 127% к уровню аналогичного периода прошлого года.',
     D(2010, 11, 26),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', 27.0)]),
    ('In January-September 2010 trade between Kazakhstan and Germany rose by 27% on the level of the same period last year to 3.9 billion euros.',
     D(2010, 11, 26),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', 27.0)]),
    # a country's statistics named by its adjective is whose count the figures are
    ('Статс-секретарь Хайтцер привел данные германской статистики: в январе – сентябре 2010 года двусторонняя торговля составила 3,9 млрд евро. Казахстанская статистика дает свои цифры: по итогам 2009 года товарооборот двух стран составил 3,4 млрд долларов.',
     D(2010, 11, 26),
     [('DEU', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', None),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2009, 1, 1), D(2009, 12, 31), 3400000000.0, 'USD', None)]),
    ('State Secretary Heitzer quoted German statistics: in January-September 2010 bilateral trade reached 3.9 billion euros. Kazakh statistics give their own figures: in 2009 trade between the two countries was $3.4 billion.',
     D(2010, 11, 26),
     [('DEU', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', None),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2009, 1, 1), D(2009, 12, 31), 3400000000.0, 'USD', None)]),
    ('Статс-хатшы Хайтцер неміс статистикасының деректерін келтірді: 2010 жылғы қаңтар-қыркүйекте екіжақты сауда 3,9 млрд еуро болды. Қазақстан статистикасының өз деректері бар: 2009 жылы екі ел арасындағы тауар айналымы 3,4 млрд доллар болды.',
     D(2010, 11, 26),
     [('DEU', 'KAZ', 'turnover', 'actual', D(2010, 1, 1), D(2010, 9, 30), None, 'EUR', None),
      ('KAZ', 'DEU', 'turnover', 'actual', D(2009, 1, 1), D(2009, 12, 31), 3400000000.0, 'USD', None)]),
    # a sentence set aside for comparison does not change the pair under discussion
    ('По итогам 2025 года товарооборот Узбекистана с Казахстаном составил 4,6 млрд долларов. Для сравнения, товарооборот с Кыргызстаном за тот же период составил 1,2 млрд долларов. Главы правительств подтвердили задачу довести объем взаимной торговли до 10 млрд долларов к 2030 году.',
     D(2026, 1, 23),
     [('UZB', 'KAZ', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 4600000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    ('In 2025 trade between Uzbekistan and Kazakhstan reached $4.6 billion. For comparison, trade with Kyrgyzstan over the same period was $1.2 billion. The heads of government confirmed the goal of raising mutual trade to $10 billion by 2030.',
     D(2026, 1, 23),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 4600000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    ('2025 жылы Өзбекстан мен Қазақстан арасындағы тауар айналымы 4,6 млрд долларды құрады. Салыстыру үшін, Қырғызстанмен тауар айналымы сол кезеңде 1,2 млрд доллар болды. Үкімет басшылары 2030 жылға қарай өзара сауданы 10 млрд долларға жеткізу міндетін растады.',
     D(2026, 1, 23),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 4600000000.0, 'USD', None),
      ('KAZ', 'UZB', 'turnover', 'target', None, D(2030, 12, 31), 10000000000.0, 'USD', None)]),
    ('В 2025 году товарооборот Казахстана и Узбекистана составил 4,6 млрд долларов. Для сравнения, товарооборот Казахстана с Кыргызстаном за тот же период составил 1,2 млрд долларов.',
     D(2026, 1, 23),
     [('KAZ', 'UZB', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 4600000000.0, 'USD', None),
      ('KAZ', 'KGZ', 'turnover', 'actual', D(2025, 1, 1), D(2025, 12, 31), 1200000000.0, 'USD', None)]),
    # a side's own statistics of "bilateral trade" are its trade with Kazakhstan, whoever was named just before
    ('В январе–сентябре 2024 года товарооборот Казахстана с Германией составил 2,9 млрд долларов. Крупнейшим покупателем казахстанской нефти в Европе остается Италия. Немецкая статистика приводит собственные данные: за весь 2023 год объем двусторонней торговли составил 3,7 млрд евро.',
     D(2024, 10, 20),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 2900000000.0, 'USD', None),
      ('DEU', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, 'EUR', None)]),
    ('In January-September 2024 trade between Kazakhstan and Germany reached $2.9 billion. Italy remains the largest buyer of Kazakh oil in Europe. German statistics give their own figures: in 2023 as a whole bilateral trade was 3.7 billion euros.',
     D(2024, 10, 20),
     [('KAZ', 'DEU', 'turnover', 'actual', D(2024, 1, 1), D(2024, 9, 30), 2900000000.0, 'USD', None),
      ('DEU', 'KAZ', 'turnover', 'actual', D(2023, 1, 1), D(2023, 12, 31), None, 'EUR', None)]),
]


@pytest.mark.parametrize("text,published,expected", TRADE_0_37)
def test_trade_0_37(text, published, expected):
    assert [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in facts(text, published)] == expected
