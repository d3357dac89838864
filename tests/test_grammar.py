"""The engine's grammar pieces alone: amounts, percents, periods, places, sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from elshi import geo, numbers, periods
from elshi.lexicon import month_number
from elshi.text import sentences

D = dt.date


@pytest.mark.parametrize("text,decimal_comma,expected", [
    ("4,2 млрд. АҚШ долл.", True, [(4.2e9, "USD")]),
    ("$1,3 млрд", True, [(1.3e9, "USD")]),
    ("30 млрд долларов", True, [(30e9, "USD")]),
    ("1 миллиард 450 миллион долларға", True, [(1.45e9, "USD")]),
    ("$200 млн-ға жуық", True, [(200e6, "USD")]),
    ("612,4 mıllıon dollar", True, [(612.4e6, "USD")]),
    ("$2.046 billion", False, [(2.046e9, "USD")]),
    ("$318.55 million", False, [(318.55e6, "USD")]),
    ("1.2 trillion roubles", False, [(1.2e12, "RUB")]),
    ("19,1 мллрд. долл.", True, [(19.1e9, "USD")]),
    ("3 млрд доллардан", True, [(3e9, "USD")]),
    ("жарты миллиард долларға", True, [(0.5e9, "USD")]),
    # a figure in another currency with its dollar value in brackets is one dollar figure
    ("1.9 trillion tenge ($4.2 billion)", False, [(4.2e9, "USD")]),
    ("RM1.52 billion (USD333.4 million)", False, [(333.4e6, "USD")]),
    ("1,27 млрд ринггитов (около 273,5 млн долларов)", True, [(273.5e6, "USD")]),
    ("3 трлн теңге (шамамен 6,5 млрд доллар)", True, [(6.5e9, "USD")]),
    ("$333 million (RM1.5 billion)", False, [(333e6, "USD")]),
    # ... but two figures of two flows stay two
    ("экспорт 2 млрд долларов, импорт 500 млн евро", True, [(2e9, "USD"), (500e6, "EUR")]),
    # partners' currencies are no dollars
    ("118 млрд иен", True, [(118e9, "JPY")]),
    ("30 млрд сомов", True, [(30e9, "KGS")]),
    ("€1.2 billion and 450 billion won", False, [(1.2e9, "EUR"), (450e9, "KRW")]),
    ("50-60 миллион доллар", True, [(50e6, "USD"), (60e6, "USD")]),
    ("3 млрд.", True, [(3e9, None)]),
    ("1\u00a0450 млн евро", True, [(1450e6, "EUR")]),
    ("12,5 мыңға жуық жұмыс орны", True, []),
    ("USD 468.56", False, []),
    ("импорт 60", True, []),
    # physical quantities are not money
    ("2,4 млн тонн пшеницы", True, []),
    ("15,8 миллион тоннаны құрады", True, []),
    ("4 million tonnes of grain", False, []),
    ("1 миллиона этнических поляков", True, []),
    ("3 million people", False, []),
    # amounts written in words
    ("до двух миллиардов долларов", True, [(2e9, "USD")]),
    ("бір миллиард долларға", True, [(1e9, "USD")]),
    ("a billion dollars", False, [(1e9, "USD")]),
    ("полтора миллиарда долларов США", True, [(1.5e9, "USD")]),
    ("250 миллионов американских долларов", True, [(250e6, "USD")]),
    # compound number words: units, tens, hundreds, halves, and a second scale written in words
    ("екі миллиард үш жүз миллион доллар", True, [(2.3e9, "USD")]),
    ("два миллиарда триста миллионов долларов", True, [(2.3e9, "USD")]),
    ("two billion three hundred million dollars", False, [(2.3e9, "USD")]),
    ("екі жүз елу миллион АҚШ доллары", True, [(250e6, "USD")]),
    ("до двухсот пятидесяти миллионов долларов", True, [(250e6, "USD")]),
    ("two hundred and fifty million dollars", False, [(250e6, "USD")]),
    ("twenty-five million dollars", False, [(25e6, "USD")]),
    ("жиырма бес миллион доллар", True, [(25e6, "USD")]),
    ("a hundred million dollars", False, [(100e6, "USD")]),
    ("семьсот миллионов долларов", True, [(700e6, "USD")]),
    ("екі жарым миллиард доллар", True, [(2.5e9, "USD")]),
    ("два с половиной миллиарда долларов", True, [(2.5e9, "USD")]),
    ("two and a half billion dollars", False, [(2.5e9, "USD")]),
    ("1 миллиард четыреста миллионов долларов", True, [(1.4e9, "USD")]),
    # number words that count something else stay out
    ("пять миллионов туристов", True, []),
    ("seven hundred million people", False, []),
    # a Kazakh hedge between scale and currency
    ("2 млрд-тан астам долларды", True, [(2e9, "USD")]),
    # a decimal comma in English above any plausible bilateral figure
    ("$2,450 billion", False, [(2.45e9, "USD")]),
    ("$2,450 million", False, [(2.45e9, "USD")]),
    # "m" glued to a figure after a currency sign is millions; without the sign it may be metres or tonnes
    ("reached $187.3m in 2024", False, [(187.3e6, "USD")]),
    ("€40m and US$12.5M", False, [(40e6, "EUR"), (12.5e6, "USD")]),
    ("1.5m tonnes of wheat", False, []),
    ("a 20m-long bridge", False, []),
    # thousands grouped by commas before a decimal point, by dots before a decimal comma, or by two commas and more
    ("$1,034.6 million", False, [(1034.6e6, "USD")]),
    ("1,034.6 млн АҚШ доллары", True, [(1034.6e6, "USD")]),
    ("1.234,5 млн долларов", True, [(1234.5e6, "USD")]),
    ("US$12,345,678", False, [(12345678, "USD")]),
    ("12.03.2025 ж. 5 млн доллар", True, [(5e6, "USD")]),
    # a second scale joins the first figure ("1 млрд 200 млн"), unless the first stands in a Kazakh case: two figures
    ("1 млрд 200 млн долларға жетті", True, [(1.2e9, "USD")]),
    ("668 млн-нан 872,4 млн долларға дейін өсті", True, [(872.4e6, "USD")]),
    ("1 млрд-тан 1 млрд 300 млн долларға дейін", True, [(1.3e9, "USD")]),
    # other dollars are no US dollars
    ("C$187 million", False, [(187e6, "CAD")]),
    ("187 million Canadian dollars", False, [(187e6, "CAD")]),
    ("300 млн канадских долларов", True, [(300e6, "CAD")]),
    ("A$2.5 billion", False, [(2.5e9, "AUD")]),
    ("US$3 billion", False, [(3e9, "USD")]),
])
def test_amounts(text, decimal_comma, expected):
    got = [(round(a.value, 2), a.currency) for a in numbers.find_amounts(text, decimal_comma)]
    assert got == [(round(v, 2), c) for v, c in expected]


def test_percents_and_multipliers():
    assert [(p.value, p.signed) for p in numbers.find_percents("7,7% жоғары, 6%-ға, (+10,2%), 32 пайыз, -3%")] == [
        (7.7, False), (6.0, False), (10.2, True), (32.0, False), (-3.0, True)]
    assert [m.factor for m in numbers.find_multipliers("2,5 есеге көп, рост в 2,1 раза, doubled")] == [2.5, 2.1, 2.0]
    assert [m.factor for m in numbers.find_multipliers("вырос втрое; exports tripled; үш есе өсті; в полтора раза")] == \
        [3.0, 3.0, 3.0, 1.5]
    assert [p.value for p in numbers.find_fractions("увеличился на треть; grew by a quarter; үштен бірге өсті")] == \
        [33.3, 25.0, 33.3]


@pytest.mark.parametrize("text,ref,expected", [
    ("2024 жылғы қаңтар-наурыз айларында", None, [("span", D(2024, 1, 1), D(2024, 3, 31))]),
    ("за январь–сентябрь 2023 года", None, [("span", D(2023, 1, 1), D(2023, 9, 30))]),
    ("in the first half of 2022", None, [("span", D(2022, 1, 1), D(2022, 6, 30))]),
    ("за 8 месяцев 2021 года", None, [("span", D(2021, 1, 1), D(2021, 8, 31))]),
    ("бірінші тоқсанда 2020 жылы", None, [("span", D(2020, 1, 1), D(2020, 3, 31))]),
    ("2005 жылдан бастап", None, [("since", D(2005, 1, 1), None)]),
    ("since 1993", None, [("since", D(1993, 1, 1), None)]),
    ("к 2027 году", None, [("by", None, D(2027, 12, 31))]),
    ("by 2028", None, [("by", None, D(2028, 12, 31))]),
    ("өткен жылы", D(2023, 9, 23), [("span", D(2022, 1, 1), D(2022, 12, 31))]),
    ("в прошлом году", None, [("span", None, None)]),
    ("this year", D(2025, 2, 1), [("span", D(2025, 1, 1), D(2025, 12, 31))]),
    ("по сравнению с 2022 годом", None, [("compare", D(2022, 1, 1), D(2022, 12, 31))]),
    # a year of "the same period" is the comparison, whichever side the phrase stands on
    ("в первом квартале 2021 года, что выше аналогичного периода 2020 года", None,
     [("span", D(2021, 1, 1), D(2021, 3, 31)), ("compare", D(2020, 1, 1), D(2020, 12, 31))]),
    ("up 12% from the same period of 2019", None, [("compare", D(2019, 1, 1), D(2019, 12, 31))]),
    ("(up 9% from the level of 2016)", None, [("compare", D(2016, 1, 1), D(2016, 12, 31))]),
    ("өткен жылдың осы кезеңінде", D(2024, 6, 1), [("compare", D(2023, 1, 1), D(2023, 12, 31))]),
    ("в 2,3 раза по сравнению с 2015 г.", None, [("compare", D(2015, 1, 1), D(2015, 12, 31))]),
    # a lone year and a lone sub-year period of one sentence combine
    ("This year, exports grew by 8% to $90 million in five months", D(2021, 7, 1),
     [("span", D(2021, 1, 1), D(2021, 5, 31))]),
    # ... but a year after the sub-year piece's figure is a figure's own year
    ("Инвестиции за девять месяцев составили $14,2 млн, а за весь 2024 год – $9,8 млн.", D(2025, 12, 3),
     [("span", D(2025, 1, 1), D(2025, 9, 30)), ("span", D(2024, 1, 1), D(2024, 12, 31))]),
    ("Investment reached $14.2 million in nine months, against $9.8 million in the whole of 2024.", D(2025, 12, 3),
     [("span", D(2025, 1, 1), D(2025, 9, 30)), ("span", D(2024, 1, 1), D(2024, 12, 31))]),
    ("Инвестиция тоғыз айда 14,2 млн доллар болды, ал 2024 жылы 9,8 млн доллар еді.", D(2025, 12, 3),
     [("span", D(2025, 1, 1), D(2025, 9, 30)), ("span", D(2024, 1, 1), D(2024, 12, 31))]),
    ("2025 жылға таман", None, [("by", None, D(2025, 12, 31))]),
    # a decade is no year, a span ending in a round year is
    ("present in Kazakhstan since the 1990s, it has invested $1.6 billion since 2005", None, [("since", D(2005, 1, 1), None)]),
    ("работает в Казахстане с 1990-х годов и с 2005 года вложила 1,6 млрд долларов", None, [("since", D(2005, 1, 1), None)]),
    ("1990 жылдары келген компания 2005 жылдан бері 1,6 млрд доллар салды", None, [("since", D(2005, 1, 1), None)]),
    ("2010-2020 жылдары", None, [("span", D(2010, 1, 1), D(2020, 12, 31))]),
    # "these years" is no "this year"
    ("За эти годы компании вложили 640 млн долларов", D(2025, 8, 12), []),
    ("Осы жылдар ішінде компаниялар 640 млн доллар салды", D(2025, 8, 12), []),
    ("в этом году", D(2025, 8, 12), [("span", D(2025, 1, 1), D(2025, 12, 31))]),
    ("осы жылы", D(2025, 8, 12), [("span", D(2025, 1, 1), D(2025, 12, 31))]),
    # month ranges in words
    ("С января по июнь 2022-го", None, [("span", D(2022, 1, 1), D(2022, 6, 30))]),
    ("between January and June 2022", None, [("span", D(2022, 1, 1), D(2022, 6, 30))]),
    ("2022 жылдың қаңтарынан маусымына дейін", None, [("span", D(2022, 1, 1), D(2022, 6, 30))]),
    ("меньше такого же временного промежутка в 2021-м", None, [("compare", D(2021, 1, 1), D(2021, 12, 31))]),
    # a sub-year period whose only year is the compared one is of the year after it
    ("In January-September, trade reached $15 billion, up 9% against the same period of 2022.", D(2024, 5, 15),
     [("span", D(2023, 1, 1), D(2023, 9, 30)), ("compare", D(2022, 1, 1), D(2022, 12, 31))]),
    ("За девять месяцев товарооборот вырос на 9% по сравнению с аналогичным периодом 2022 года.", D(2024, 5, 15),
     [("span", D(2023, 1, 1), D(2023, 9, 30)), ("compare", D(2022, 1, 1), D(2022, 12, 31))]),
    ("Қаңтар-қыркүйек айларында тауар айналымы 15 млрд долларды құрады, бұл 2022 жылдың сәйкес кезеңімен "
     "салыстырғанда 9%-ға артық.", D(2024, 5, 15),
     [("span", D(2023, 1, 1), D(2023, 9, 30)), ("compare", D(2022, 1, 1), D(2022, 12, 31))]),
    ("за первый квартал вырос в 3 раза по сравнению с прошлым годом", D(2024, 5, 15),
     [("span", D(2024, 1, 1), D(2024, 3, 31)), ("compare", D(2023, 1, 1), D(2023, 12, 31))]),
    # ... but not of the year after another compared year
    ("за первый квартал вырос в 3 раза по сравнению с 2015 годом", D(2024, 5, 15),
     [("span", D(2024, 1, 1), D(2024, 3, 31)), ("compare", D(2015, 1, 1), D(2015, 12, 31))]),
    # a month range needs no "from" before a year or after "the period of"
    ("For the period of January to September 2024, trade reached", None, [("span", D(2024, 1, 1), D(2024, 9, 30))]),
    ("visits in March and May 2023", None, [("span", D(2023, 5, 1), D(2023, 5, 31))]),
    # a fiscal year spans the months given beside it, across the turn of the year; without them it is unknown
    ("trade in fiscal year 2024-25 (April-March) stood at", None, [("span", D(2024, 4, 1), D(2025, 3, 31))]),
    ("в 2023/24 финансовом году (июль-июнь)", None, [("span", D(2023, 7, 1), D(2024, 6, 30))]),
    ("2024-2025 қаржы жылында (сәуір-наурыз)", None, [("span", D(2024, 4, 1), D(2025, 3, 31))]),
    ("in FY2023/24 exports grew", D(2025, 1, 1), [("span", None, None)]),
    # a month range that turns the year
    ("October-March 2024", None, [("span", D(2024, 10, 1), D(2025, 3, 31))]),
    # the business press's abbreviations: "9M 2023", "(9M) of 2023", "1H 2024", "9 мес. 2023 г.", "1 кв. 2024 г."
    ("rose to $197.4m in 9M 2023", None, [("span", D(2023, 1, 1), D(2023, 9, 30))]),
    ("in the first nine months (9M) of 2023", None, [("span", D(2023, 1, 1), D(2023, 9, 30))]),
    ("reached $61m in 1H 2024", None, [("span", D(2024, 1, 1), D(2024, 6, 30))]),
    ("за 9 мес. 2023 г.", None, [("span", D(2023, 1, 1), D(2023, 9, 30))]),
    ("во 2-м кв. 2024 г.", None, [("span", D(2024, 4, 1), D(2024, 6, 30))]),
    ("reached $9m 2023 was", None, [("span", D(2023, 1, 1), D(2023, 12, 31))]),
    ("площадь 120 кв. м в 2023 году", None, [("span", D(2023, 1, 1), D(2023, 12, 31))]),
    # Roman numerals typed with the Kazakh letter І
    ("2024 жылғы І тоқсанда", None, [("span", D(2024, 1, 1), D(2024, 3, 31))]),
    ("2024 жылғы ІІІ тоқсанда", None, [("span", D(2024, 7, 1), D(2024, 9, 30))]),
    ("2024 жылғы І жартыжылдықта", None, [("span", D(2024, 1, 1), D(2024, 6, 30))]),
    # a quarter or half whose noun is left out after one named in full: same kind, same year
    ("в первом квартале 2025 года – 118,7 млн долларов, во втором – 131,2 млн долларов", None,
     [("span", D(2025, 1, 1), D(2025, 3, 31)), ("span", D(2025, 4, 1), D(2025, 6, 30))]),
    ("in the first quarter of 2025 $118.7 million and in the second $131.2 million", None,
     [("span", D(2025, 1, 1), D(2025, 3, 31)), ("span", D(2025, 4, 1), D(2025, 6, 30))]),
    ("2025 жылдың бірінші тоқсанында 118,7 млн доллар, екіншісінде 131,2 млн доллар", None,
     [("span", D(2025, 1, 1), D(2025, 3, 31)), ("span", D(2025, 4, 1), D(2025, 6, 30))]),
    ("в первом полугодии 2024 года – 1 млрд, во втором – 1,2 млрд", None,
     [("span", D(2024, 1, 1), D(2024, 6, 30)), ("span", D(2024, 7, 1), D(2024, 12, 31))]),
    # ... and no ordinal alone is a period without one
    ("во втором туре, в 2025 году", None, [("span", D(2025, 1, 1), D(2025, 12, 31))]),
    ("in the second, 2024", None, [("span", D(2024, 1, 1), D(2024, 12, 31))]),
])
def test_periods(text, ref, expected):
    assert [(t.kind, t.period_start, t.period_end) for t in periods.find_times(text, ref)] == expected


def test_relative_period_without_publication_date_is_unresolved():
    (t,) = periods.find_times("өткен жылы", None)
    assert t.resolved is False


@pytest.mark.parametrize("word,month", [("қарашадағы", 11), ("қыркүйекте", 9), ("марте", 3), ("Nov.", 11), ("тамыз", 8),
                                        ("қыркүйегінде", 9), ("мамырында", 5), ("қарашасында", 11), ("маусымындағы", 6)])
def test_month_words(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("text,expected", [
    ("Қырғыз Республикасына", [("KGZ", "name")]),
    ("Ресейден Қазақстанға", [("RUS", "name"), ("KAZ", "name")]),
    ("Ресейдегі қазақстандық инвестиция", [("RUS", "name"), ("KAZ", "name")]),
    ("российско-казахстанский", [("RUS", "adjective"), ("KAZ", "adjective")]),
    ("Kazakh-Korean ties", [("KAZ", "adjective"), ("KOR", "adjective")]),
    ("между Киргизией и Казахстаном", [("KGZ", "name"), ("KAZ", "name")]),
    ("Шолпан-Ата қаласындағы", [("KGZ", "city")]),
    ("в Москве и Сочиде", [("RUS", "city"), ("RUS", "city")]),
    ("ел қатарына кірді", []),  # "қатар" (row) is not Qatar
    # every word of a Russian country name declines, adjectives and plurals too
    ("с Саудовской Аравией", [("SAU", "name")]),
    ("послом Объединенных Арабских Эмиратов", [("ARE", "name")]),
    ("Соединенных Штатов Америки", [("USA", "name")]),
    # Latin diacritics are no part of the key: Vietnamese, Portuguese and Turkish spellings
    ("HÀ NỘI — Việt Nam and Kazakhstan", [("VNM", "city"), ("VNM", "name"), ("KAZ", "name")]),
    ("from São Paulo to Brasília", [("BRA", "city"), ("BRA", "city")]),
    # a part of the world named like a country is none ("America" in it is not the United States)
    ("Латын Америкасы елдерімен, соның ішінде Чилимен", [("CHL", "name")]),
    ("латын америкалық әріптестер", []),
    ("со странами Латинской Америки, прежде всего с Перу и Чили", [("PER", "name"), ("CHL", "name")]),
    ("Latin American partners such as Chile; South America and North America", [("CHL", "name")]),
    ("Американың және Оңтүстік Кореяның", [("USA", "name"), ("KOR", "name")]),
    ("перец чили", []),  # the pepper, written small
    # less-common partners by their adjectives and case forms, and their cities
    ("the Ivorian side in Abidjan", [("CIV", "adjective"), ("CIV", "city")]),
    ("с Кубой и Брунеем, в Северной Македонии", [("CUB", "name"), ("BRN", "name"), ("MKD", "name")]),
    ("Кувейт қаласында және Бандар-Сери-Бегаванда", [("KWT", "city"), ("BRN", "city")]),
    ("Nepalese, Laotian and Montenegrin envoys", [("NPL", "adjective"), ("LAO", "adjective"), ("MNE", "adjective")]),
    ("американдық және британдық компаниялар", [("USA", "adjective"), ("GBR", "adjective")]),
    # Russian adjectives of partners the English list had alone
    ("мексиканской стороны, с кувейтскими и иракскими партнерами", [("MEX", "adjective"), ("KWT", "adjective"), ("IRQ", "adjective")]),
    ("южноафриканская делегация в Южно-Африканской Республике", [("ZAF", "adjective"), ("ZAF", "name")]),
    ("эфиопских, кенийских и аргентинских компаний", [("ETH", "adjective"), ("KEN", "adjective"), ("ARG", "adjective")]),
    # another country's full name that holds "United States" names that country, not the USA
    ("Мексика Біріккен Штаттарының Сыртқы істер министрі", [("MEX", "name")]),
    ("министром иностранных дел Мексиканских Соединённых Штатов", [("MEX", "name")]),
    ("Secretary of Foreign Affairs of the United Mexican States", [("MEX", "adjective")]),
    ("Қазақстан Құрама Штаттармен келісімге қол қойды", [("KAZ", "name"), ("USA", "name")]),
    ("Казахстан и Соединённые Штаты", [("KAZ", "name"), ("USA", "name")]),
    ("Қазақстан мен Біріккен Штаттар", [("KAZ", "name"), ("USA", "name")]),
])
def test_places(text, expected):
    assert [(p.iso3, p.kind) for p in geo.find_places(text)] == expected


def test_aggregates():
    assert geo.aggregate_spans("со странами Центральной Азии") != []
    assert geo.aggregate_spans("Қазақстан мен Франция") == []
    # a group named as a party to a treaty owns no figure
    assert geo.aggregate_spans("use of the Vietnam-Eurasian Economic Union (EAEU) Free Trade Agreement to bring") == []
    assert geo.aggregate_spans("соглашение о свободной торговле между Вьетнамом и ЕАЭС") == []
    assert geo.aggregate_spans("trade with the EAEU reached $5 bn") == [(15, 19)]
    # the group's leading country is part of its name
    assert geo.aggregate_spans("members of the Russia-led Eurasian Economic Union") == [(15, 49)]


def test_sentences_keep_offsets_and_abbreviations():
    text = "Айналым 4,2 млрд. АҚШ долл. жетті. Р. Василенко атап өтті.\nЕкінші жол $374 млн. По данным статкома."
    got = sentences(text)
    assert [s.text for s in got] == [
        "Айналым 4,2 млрд. АҚШ долл. жетті.", "Р. Василенко атап өтті.", "Екінші жол $374 млн.", "По данным статкома."]
    assert all(text[s.start:s.end] == s.text for s in got)


def test_a_sentence_opening_with_its_year_after_a_money_abbreviation_is_a_new_one():
    assert [s.text for s in sentences("Импорт – 1,4 млрд долл. 2023 жылдың қорытындысы бойынша айналым өсті.")] == [
        "Импорт – 1,4 млрд долл.", "2023 жылдың қорытындысы бойынша айналым өсті."]
    assert [s.text for s in sentences("Импорт – 1,4 млрд долл. 2023 год завершился ростом.")] == [
        "Импорт – 1,4 млрд долл.", "2023 год завершился ростом."]
    assert [s.text for s in sentences("Imports were 1.4 bn. 2023 year-end trade grew.")] == [
        "Imports were 1.4 bn.", "2023 year-end trade grew."]
    # control: a figure after the abbreviation goes on
    assert [s.text for s in sentences("Айналым 4,2 млрд. 2023 ж. деректері бойынша.")] == [
        "Айналым 4,2 млрд. 2023 ж. деректері бойынша."]


def test_group_acronyms_and_pairs_of_countries_are_told_apart():
    assert geo.aggregate_spans("объем торговли стран ОТГ") != []
    assert geo.aggregate_spans("trade of the countries of the GCC") != []
    assert geo.aggregate_spans("ТМҰ елдерімен сауда") != []
    assert geo.aggregate_spans("товарооборот между нашими странами") == []  # the pair, not a group
    assert geo.aggregate_spans("between the two countries") == []


def test_sentences_end_at_a_glued_period_but_not_at_a_possessive_or_initials():
    assert [s.text for s in sentences("Келіссөз өтті.Тараптар келісті.")] == ["Келіссөз өтті.", "Тараптар келісті."]
    assert [s.text for s in sentences("Prices differ from Kazakhstan’s. According to the envoy, trade grew.")] == [
        "Prices differ from Kazakhstan’s.", "According to the envoy, trade grew."]
    assert [s.text for s in sentences("The U.S. Treasury said so.")] == ["The U.S. Treasury said so."]


@pytest.mark.parametrize("text,lang,expected", [
    # pairs: "между X и Y", "X мен Y арасындағы", "between X and Y", "X-Y", two subjects
    ("товарооборот между Казахстаном и Арменией", "ru", [("KAZ", "pair"), ("ARM", "pair")]),
    ("Қазақстан мен Моңғолия арасындағы сауда", "kk", [("KAZ", "pair"), ("MNG", "pair")]),
    ("trade between Kazakhstan and Vietnam", "en", [("KAZ", "pair"), ("VNM", "pair")]),
    ("Kazakhstan-Poland trade", "en", [("KAZ", "pair"), ("POL", "pair")]),
    ("Казахстан и Сербия договорились", "ru", [("KAZ", "pair"), ("SRB", "pair")]),
    # a list of three is not a pair
    ("Kazakhstan, Uzbekistan and China", "en", [("KAZ", "owner"), ("UZB", "owner"), ("CHN", "owner")]),
    # partner, direction, owner
    ("торговля Казахстана с Латвией", "ru", [("KAZ", "owner"), ("LVA", "with")]),
    ("Қазақстанның Финляндиямен саудасы", "kk", [("KAZ", "owner"), ("FIN", "with")]),
    ("exports from Kazakhstan to Greece", "en", [("KAZ", "origin"), ("GRC", "dest")]),
    ("экспорт из Казахстана в Чехию", "ru", [("KAZ", "origin"), ("CZE", "dest")]),
    ("Қазақстаннан Испанияға экспорт", "kk", [("KAZ", "origin"), ("ESP", "dest")]),
    ("инвестиции в экономику Казахстана", "ru", [("KAZ", "dest")]),
    ("Қазақстан экономикасына салынған", "kk", [("KAZ", "dest")]),
    ("Norway's investment in Kazakhstan", "en", [("NOR", "owner"), ("KAZ", "loc")]),
    ("компании работают в Казахстане", "ru", [("KAZ", "loc")]),
    ("According to the Dutch side", "en", [("NLD", "owner")]),  # not "to" a destination
])
def test_place_roles(text, lang, expected):
    from elshi.roles import place_roles
    places = geo.find_places(text)
    assert [(r.place.iso3, r.role) for r in place_roles(text, places, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("кеңестің жетінші отырысы", [7]), ("он екінші отырысы", [12]), ("7-ші отырыс", [7]), ("жиырмасыншы", [20]),
    ("седьмое заседание", [7]), ("двадцать первого заседания", [21]), ("XII заседание", [12]), ("7-го заседания", [7]),
    ("третьего", [3]), ("the seventh meeting", [7]), ("the twenty-first session", [21]), ("the 18th session", [18]),
    # no ordinals: a pronoun, a year span, a clock time, a Roman numeral without a following word
    ("I think so", []), ("2025-2027 жылдарға", []), ("в 7 часов", []), ("Chapter XII.", []),
])
def test_ordinals(text, expected):
    assert [v for _, _, v in numbers.find_ordinals(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the latest year spoken of; horizons and the ends of plans do not count
    ("2026 жылы кешен іске қосылады. Тауар айналымы 2030 жылға дейін 5 млрд-қа жетеді.", 2026),
    ("Trade can reach $100 billion by 2030. In 2022 the turnover rose.", 2022),
    ("Программа на 2021-2025 годы. Товарооборот до 2030 года вырастет.", 2021),
    # a year whose results are reported, or that is called last year, is over
    ("2024 жылдың қорытындысы бойынша тауар айналымы 1,7 млрд долларды құрады.", 2025),
    ("Товарооборот по итогам 2017 года приблизился к 5 млрд евро.", 2018),
    ("Напомним, прошлогодний визит состоялся в июле 2019 года.", 2020),
    # but a figure compared with the same period last year is this year's
    ("In January-July 2025 trade amounted to $1 billion, up 7.4% compared with the same period last year.", 2025),
    ("Товарооборот за январь-июль 2025 года вырос на 7% по сравнению с аналогичным периодом прошлого года.", 2025),
    ("2025 жылғы қаңтар-шілдеде тауар айналымы өткен жылдың осы кезеңімен салыстырғанда 7%-ға өсті.", 2025),
    ("No year at all.", None),
])
def test_the_year_an_undated_article_speaks_of(text, expected):
    assert periods.latest_stated_year(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tokayev received the minister in the Akorda.", ["Astana"]),
    ("Мемлекет басшысы Ақордада министрді қабылдады.", ["Astana"]),
    ("Президент принял министра в Акорде.", ["Astana"]),
    # the presidential office that speaks is no place
    ("Фото распространила Акорда.", []), ("Ақорда хабарлады.", []), ("according to Akorda", []),
    ("сообщает Kazpravda.kz со ссылкой на Акорду", []),
])
def test_the_residence_is_its_city_only_as_a_place(text, expected):
    assert [p.city for p in geo.find_places(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a Russian city in -а/-я declines with its ending; its bare stem is another word ("Лим Чонг Вэй", a name)
    ("Почетным консулом назначен предприниматель Лим Чонг Вэй.", []),
    ("Переговоры прошли в Лиме.", ["Lima"]), ("Делегация прибыла из Лимы.", ["Lima"]), ("Визит в Лима.", ["Lima"]),
    ("Министр прилетел в Доху.", ["Doha"]), ("Анкара и Рига.", ["Ankara", "Riga"]),
])
def test_a_city_stem_needs_its_ending(text, expected):
    assert [p.city for p in geo.find_places(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a city's name as a first name before an Arabic family particle ("Рим әл-Хашими", Reem Al Hashimy) is no city
    ("Тоқаев министр Рим әл-Хашимиді қабылдады.", []),
    ("Токаев принял министра Рим аль-Хашими.", []),
    ("Tokayev received Minister of State Reem Al Hashimy.", []),
    ("Переговоры прошли в Риме, аль-Хашими прибыла вчера.", ["Rome"]),
    ("Делегация Римге барды.", ["Rome"]), ("They met in Rome.", ["Rome"]),
    ("Астана бен Ташкент арасындағы рейстер көбейді.", ["Astana", "Tashkent"]),
])
def test_a_first_name_before_a_family_particle_is_no_city(text, expected):
    assert [p.city for p in geo.find_places(text)] == expected
