"""Bilateral trade and investment figures (rows of core.trade_facts).

A sentence is laid out as a row of items (flow keywords, money amounts, changes, time expressions,
parentheses) and cut into clauses, one per flow keyword. Each amount of a clause gets

* a role: a level ("составил 5 млрд"), a change ("вырос на 1 млрд": skipped), a comparison base
  ("up from $2 bn", "против 4 млрд"), a deal value ("контракты на сумму ...": skipped);
* the countries its clause binds to it (:mod:`elshi.roles`): a pair ("между X и Y",
  "X мен Y арасындағы", "X-Y"), a partner ("с Y", "Y-мен", "with Y"), a direction ("из/from/-дан",
  "в/to/-ға"), an owner ("экспорт X", "X's", "X-тың", an adjective), or a list item ("Турцией – 4,9 млрд");
* a measure: target when an intention governs it ("довести до", "aim to raise ... to",
  "жеткізуді көздейді"), else actual;
* a period: its clause's time, else the sentence's, else the figure context of earlier sentences;
* a growth: the change stated in its clause.

Precision first: a figure is bilateral only when Kazakhstan and one foreign country are bound to
it by its clause, or, for a clause naming no country, by the pair the article is discussing. A
country's total trade, the partner's trade with a third country, aggregates, regions, products
and deal values are not bilateral figures.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from elshi import numbers, periods
from elshi.doc import HOME, Doc, SentenceView
from elshi.model import Article, TradeFact
from elshi.morph import KK_AFTER_VOWEL, KK_GENITIVE
from elshi.roles import DEST, LOC, ORIGIN, OWNER, PAIR, WITH, topic_place
from elshi.text import CI, KeywordGate, BLANKS_RE, DIGIT_RE, NON_BLANKS_RE, STOP_RE

# ---------------------------------------------------------------- lexicon

FLOW_PATTERNS = (
    ("turnover", r"тауар\s*айналым\w*|сауда\s*айналым\w*|сауда[-\s]саттық\w*|сауда\s+көлем\w*|өзара\s+сауда\w*|"
                 r"екіжақты\s+сауда\w*|алыс[-\s]беріс\w*|сыртқы\s+сауда\w*|саудас\w*|"
                 # bare "сауда" (trade) with a case ending after a vowel, not "саудагер" (trader) or "сауда-экономикалық";
                 # "айналым" (turnover) with its endings: "Мексикамен сауда 110 млн", "Индонезиямен айналым 300 млн"
                 rf"сауда(?:{'|'.join(KK_AFTER_VOWEL)})?(?![-‐\w])|айналым\w*|"
                 r"товарооборот\w*|торговл\w*|"
                 r"внешнеторгов\w+\s+оборот\w*|оборот\w*|turnover|trade\b|trading\s+volume"),
    ("export", r"эк?спорт\w*|export(?:s|ed|ing)?\b|sales(?=\s+to\b)|отправил\w*\s+(?:в\s+\w+\s+\w+\s+)?товар\w*|поставил\w*\s+товар\w*|"
               r"shipped|жөнелтіл\w*"),
    ("import", r"импорт\w*|import(?:s|ed|ing)?\b|ввез\w*|завез\w*|әкелін\w*"),
    ("investment", r"инвест\w*|вложени\w*|вложил\w*|invest\w*|\bFDI\b|тартыл\w*|привлечен\w*|attracted|капитал\s+салым\w*"),
)
FLOW_RE = CI("(?<!\\w)(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in FLOW_PATTERNS) + ")")
FLOW_GATE = KeywordGate(("тауар", "сауда", "алыс", "айналым", "оборот", "торгов", "turnover", "trade", "trading", "кспорт", "sales",
                         "спорт", "export", "отправил", "поставил", "shipped", "жөнелтіл", "импорт", "import", "ввез", "завез", "әкелін",
                         "инвест", "вложени", "вложил", "invest", "fdi", "тартыл", "привлечен", "attracted", "капитал"))
# a trade word that is not the figure's subject: "сауда серіктесі" (trade partner), "Trade Mission"
NOT_FLOW_AFTER_RE = CI(  # matched at the trade word's offset (so no "^", which matches only at 0)
    r"(?i)(?:trade\s+(?:and\s+economic\s+(?:mission|cooperation|relations|ties|commission|council)|partners?|relations|"
    r"ties|cooperation|war|mission|delegation|house|houses|route|routes|representative|representation|office|centre|center|"
    r"fair|policy|minister|ministry|agreement|organization|organisation|barriers?|zone|union|hub|council|commission)|"
    r"торговл\w*\s+партн|торговл\w*[-\s]экономическ|торговл\w*\s+и\s+(?:интеграц|инвестиц|экономик)|торговл\w+\s+дом|"
    r"сауда\s+(?:серіктес|үй|өкіл|палата|миссия|орталы|саясат|министр|келісім|жол|маршрут|дәліз|ұйым|аймағ|мекеме|нүкте|"
    r"желі|кеңес|комиссия|делегация|бөлім|өкілдіг|экономикалық|және\s+(?:экономика|инвестиция|интеграция))|"
    r"саудас\w*\s+(?:серіктес)|"
    r"инвестиционн|инвестициялық|investment\s+(?:climate|projects?|cooperation|potential|attractiveness|opportunit|fund|bank|"
    r"agreement|treaty|forum|policy|headquarters|committee|council|ombudsman)|инвестиц\w*\s+(?:проект|климат|привлекательн|"
    r"потенциал|возможност|фонд|банк|соглашени|договор|форум|политик|штаб|комитет|совет)|"
    r"оборот\w*\s+(?:грузов|контейнер)|экспорттаушы|импорттаушы|экспортер\w*|exporters?\b|importers?\b|импортер\w*)"
)
NOT_FLOW_BEFORE_RE = CI(
    # (a Russian minister's portfolio follows the title, "министр торговли"; a Kazakh one precedes it, "Сауда министрі",
    # so what follows "министрі" is no portfolio: "Египет министрі Қазақстанмен тауар айналымын ...")
    r"(?i)(?:cargo|freight|container|passenger|transit|грузо|пассажиро|жүк\w*|ақша|құжат\w*|министр(?![іл])\w*|ministry\s+of|minister\s+of|"
    r"министерств\w*|палат\w*|world|всемирн\w*|дүниежүзілік|по\s+вопросам)\s+(?:\w+\s+){0,2}$"
)
FAMILY = {"turnover": "trade", "export": "trade", "import": "trade", "investment": "investment"}

# A statement of one country's trade with everybody: not a bilateral figure without a partner bound.
TOTAL_RE = CI(
    r"(внешн\w+\s+торгов\w*|внешнеторгов\w*|foreign\s+trade|external\s+trade|сыртқы\s+сауда\w*|со\s+всеми\s+стран\w*|"
    r"with\s+all\s+countries|"
    r"with\s+the\s+(?:rest\s+of\s+the\s+)?world|с\s+миром|барлық\s+елдер\w*|все\w*\s+стран\w*\s+мира|"
    r"стран\w*\s+мира|елдерімен|countries\s+of\s+the\s+world|\d+\s+(?:стран\w*|countries|елмен|елге))"
)
# a country's whole flow, said of a named country: "Kazakhstan's total exports", "общий экспорт Казахстана",
# "Қазақстанның жалпы экспорты", "общий объем турецкого экспорта" (with no country named, "общий объем экспорта" is the
# pair's under discussion; "казахстанско-турецкого товарооборота" is the pair's)
WHOLE_FLOW_RE = CI(
    r"((?:total|overall|aggregate)\s+(?:\w+\s+)?(?:exports?|imports?|trade|turnover|investments?)|"
    r"(?:общ|совокупн|суммарн)\w+\s+(?:объ[её]м\w*\s+)?(?:[^\W\d]+(?:ого|его)\s+)?(?:экспорт|импорт|товарооборот|внешн|инвестиц)\w*|"
    r"жалпы\s+(?:көлем\w*\s+)?(?:экспорт|импорт|инвестиция)\w*)"
)
# a figure told of a country's whole trade in a share's sentence: "Kazakhstan accounted for 9.6% of Uzbekistan's
# total foreign trade, which reached $47.1 billion", "на долю Казахстана пришлось 9,6% внешнеторгового оборота
# Узбекистана, который составил 47,1 млрд"; in Kazakh the participle comes before the whole: "47,1 млрд долларға
# жеткен сыртқы саудасының 9,6%-ы"
WHOLE_WHICH_RE = CI(rf"(?:{TOTAL_RE.pattern}|{WHOLE_FLOW_RE.pattern})[^\d,;.]{{0,30}},?\s*(?:which|that|котор\w+)\b[^,;%]{{0,60}}$")
KK_WHOLE_AFTER_RE = CI(rf"\S*\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:ған|ген|қан|кен)\s+(?:[^\W\d]+\s+)?(?:{TOTAL_RE.pattern}|{WHOLE_FLOW_RE.pattern})")
# a flow with the world outside one country: "foreign direct investment", "иностранных инвестиций",
# "шетелдік инвестиция", "в зарубежные страны" (a total when no foreign country is named in the clause)
FOREIGN_TOTAL_RE = CI(
    r"(foreign\s+(?:direct\s+)?investment\w*|\bFDI\b|иностранн\w+\s+(?:прям\w+\s+)?инвестиц\w*|"
    r"прям\w+\s+иностранн\w+\s+инвестиц\w*|шетелдік\s+(?:тікелей\s+)?инвестиция\w*|тікелей\s+шетелдік\s+инвестиция\w*|"
    r"(?:тікелей\s+)?шетел\s+инвестиция\w*|"  # the noun before the noun: "тікелей шетел инвестициясы"
    r"зарубежн\w+\s+стран\w*|foreign\s+countries|countries\s+abroad|шет\s*елдер\w*|за\s+рубеж\w*|abroad)"
)
# the inflow of investment into Kazakhstan with no country it comes from: "приток прямых инвестиций в Казахстан"
INFLOW_TOTAL_RE = CI(r"(?:валов\w+\s+)?приток\w*\s+(?:прям\w+\s+)?инвестиц\w*|(?:gross\s+)?(?:inflow|influx)\s+of\s+"
                     r"(?:direct\s+)?investments?|(?:тікелей\s+)?инвестициялар\w*\s+(?:жалпы\s+)?(?:ағын|келу)\w*")
# "двусторонний", "mutual", "екі ел арасындағы": the figure is the pair the article is about
BILATERAL_RE = CI(r"(двусторонн\w*|взаимн\w*|bilateral|mutual|екіжақты|екі\s+жақты|өзара|между\s+(?:нашими\s+|двумя\s+)?"
                  r"странами|двух\s+(?:стран|государств)|between\s+(?:the\s+two|our\s+two|both)|both\s+countries|"
                  r"екі\s+ел\w*|two\s+countries|обе\w*\s+стран)")
# "the sides" as the subject of a goal: the pair the article is about, whatever was discussed just before
SIDES_RE = CI(r"(?<!\w)стороны\s+(?:постав|договор|намерен|услов|согласи)\w*|the\s+(?:two\s+)?sides\s+(?:set|agreed|aim|intend|plan)\w*|"
              r"both\s+sides|(?<!\w)тараптар(?:\s|\w)|"
              # the pair's common goal, said by one of its officials: "Наша общая задача – довести товарооборот до",
              # "our common goal is", "ортақ мақсатымыз"
              r"(?<!\w)общ(?:ая|ую|ей)\s+(?:задач|цел)\w*|\bour\s+(?:common|shared|joint)\s+(?:goal|task|target|aim|objective)|"
              r"(?<!\w)ортақ\s+(?:мақсат|міндет)\w*")

SUBNATIONAL_RE = CI(
    r"(?<!\w)(облыс\w*|област\w*|өңір\w*|\bregion\b|regional|province|провинци\w*|автономн\w+\s+район\w*|autonomous|"
    # (a state's style is no region: "the State of Qatar", "the State of Kuwait")
    r"\bштат\w*|(?<!of\s)\bstate\s+of\b(?!\s+(?:qatar|kuwait|israel|palestine|eritrea|bolivia|libya)\b)|қаласы\w*|\bгород\w*|\bcity\b|аудан\w*|район\w*|krai|край\w*|республик\w+\s+татарстан|"
    r"синьцзян\w*|xinjiang|шыңжаң\w*|татарстан\w*|tatarstan|башкорт\w*|bashkort\w*|"
    # the border regions of the two: "приграничных регионов", "border regions", "шекаралас өңірлер"
    r"приграничн\w*|border\s+(?:regions|areas|territories)|шекаралас\w*|шекара\s+маңы\w*)"
)
# a flow owned by the noun before it through a relative word: "области, товарооборот которой с ФРГ", "the region,
# whose trade with Germany" (its owner is then read before the comma)
REGION_WHOSE_RE = CI(r"(?i),\s*(?:(?:товарооборот|торгов\w*|экспорт|импорт|оборот)\w*\s+котор(?:ой|ого|ых)|"
                     r"whose\s+(?:\w+\s+)?(?:trade|turnover|exports?|imports?))(?!\w)")
# a deal, a project portfolio or a contract is not trade
DEAL_RE = CI(
    r"(проект\w*|жоба\w*|project\w*|соглашени\w*|келісім\w*|agreement\w*|контракт\w*|contract\w*|договор\w*|"
    r"портфел\w*|portfolio|меморандум\w*|memorand\w*|\bMoU\w*|сделк\w*|\bdeals?\b|құжат\w*|documents?\b|"
    r"kelisim\w*|joba\w*|документ\w*|"
    # a credit line or a loan is money lent, not a flow: "a $200 million credit line", "кредитная линия", "несие желісі"
    r"кредит\w*|credit\s+lines?|loans?\b|займ\w*|заём\w*|несие\w*|"
    # a joint fund set up is a commitment, not money that moved: "$100 m joint fund", "бірлескен қор"
    r"бірлескен\s+(?:инвестициялық\s+)?қор\w*|совместн\w+\s+(?:инвестиционн\w+\s+)?фонд\w*|joint\s+(?:investment\s+)?fund\w*)"
)
# product-level flows: "экспорт зерна", "grain exports", "бидай экспорты", "өнімдердің экспорты"
PRODUCT_RE = CI(
    r"(?<!\w)(?:зерн[аоу]\w*|пшениц\w*|мук[аиу]|нефт[иью]\w*|нефтепродукт\w*|газа|газом|природного\s+газа|уран\w*|угл[яеюь]|"
    r"металл\w*|мяс[ао]\w*|хлоп\w*|сахар\w*|электроэнерги\w*|удобрени\w*|бидай\w*|астық\w*|ұн\b|ұнды|мұнай\w*|"
    r"көмір\w*|еттің|grain|wheat|flour|oil|gas|uranium|coal|metals?|meat|cotton|sugar|electricity|fertili[sz]er\w*|"
    r"crops?|agri-food|агропродукци\w*|сельскохозяйственн\w*|ауыл\s+шаруашылығ\w*|продовольств\w*|азық-түлік\w*|"
    r"rice|tea|fruits?|vegetables?|textiles?|pharmaceuticals?|medicines?|steel|copper|zinc|alumin(?:i)?um|ferroalloys?|"
    r"wool|beef|fish|potato(?:es)?|риса|рис|чая|чай|фрукт\w*|овощ\w*|текстил\w*|лекарств\w*|фармацевтическ\w*|стали|"
    r"меди|цинка|алюмини\w*|ферросплав\w*|шерст\w*|говядин\w*|рыб[аыу]\w*|картофел\w*|күріш\w*|жеміс\w*|көкөніс\w*|"
    r"дәрі-дәрмек\w*|болат\w*|мырыш\w*|ферроқорытпа\w*|балық\w*|картоп\w*|"
    # machines: "exports of machinery", "продукции машиностроения", "машина жасау өнімдерін"
    r"machinery|machine-building|машиностроени\w*|машина\s+жасау\w*|"
    # vehicles: "shipments of Korean cars", "поставки корейских автомобилей", "автокөліктер"
    r"cars|vehicles|автомобил\w*|автомашин\w*|автокөлік\w*)(?!\w)"
)
# the goods a Russian flow names after it: "экспорт продукции машиностроения", "поставки товаров легкой промышленности"
GOODS_OF_RE = CI(r"(?i)^\s+(?:продукци\w*|товар\w*|изделий)\s+(\w+)(?:\s+(\w+))?")
# the Kazakh product in the accusative before a verbal noun of flow: "машина жасау өнімдерін экспорттауы"
KK_ACCUSATIVE_GOODS_RE = CI(r"(?i)(\w+(?:ды|ді|ты|ті|ны|ні|н))\s+$")
KK_VERBAL_FLOW_RE = CI(r"(?i)(?:экспорттау|импорттау|жеткізу|тасымалдау)\w*")

# what a flow is made of: "Основу экспорта составляют ...", "в структуре импорта", "в импорте преобладают",
# "на нефть пришлось", "the bulk of exports", "accounted for", "экспорттың негізін ... құрайды", "құрылымында"
COMPOSITION_RE = CI(
    r"(?<!\w)(?:основ\w*\s+(?:\w+\s+){0,2}(?:экспорт|импорт|товарооборот|поставок|ввоз|вывоз)\w*|"
    r"в\s+структур\w+\s+(?:\w+\s+)?(?:экспорт|импорт|поставок|ввоз|вывоз)\w*|"
    r"в\s+(?:экспорте|импорте)|преоблада\w*|лидиру\w*|пришлось|приходится|на\s+долю|"
    r"structure\s+of\s+(?:\w+\s+)?(?:exports?|imports?|shipments|supplies)|the\s+bulk\s+of|accounted\s+for|accounts\s+for|"
    r"account\s+for|accounting\s+for|dominated\s+by|made\s+up\s+of|main\s+(?:export|import)\s+(?:items|goods|products|commodities)|"
    r"(?:экспорт|импорт)\w*\s+(?:құрылым|негіз)\w*|негіз\w*\s+(?:\w+\s+){0,3}құрай\w*|үлес\w*|"
    # a part of the flow: "импорттың едәуір бөлігі", "оның басым бөлігін", "большая часть экспорта", "the bulk/most of imports"
    r"(?:басым|едәуір|негізгі|үлкен|көп|зор)\s+бөліг\w*|"
    r"(?:больш\w+|значительн\w+|основн\w+|львин\w+)\s+(?:часть|част\w+|дол\w+)|"
    r"(?:large|major|significant|bigger|larger|greater)\s+(?:part|share|portion)\s+of|\bmost\s+of\s+(?:the\s+)?(?:exports?|imports?|shipments|supplies))(?!\w)"
)
COMPOSITION_GATE = KeywordGate(("основ", "структур", "экспорте", "импорте", "преоблад", "лидиру", "пришлось", "приходится",
                                "долю", "structure", "bulk", "account", "dominated", "made up", "main export", "main import",
                                "құрылым", "негіз", "үлес", "бөліг", "част", "доля", "part", "share", "portion", "most of"))
SHARE_MARKER_RE = CI(r"(?i)(?:пришлось|приходится|на\s+долю|account\w*|үлес\w*)")
# what opens an aside describing a flow's goods: "imports, mostly sugar, poultry and machinery, ..."
MOSTLY = (r"(?:mostly|mainly|chiefly|primarily|largely|overwhelmingly|predominantly|в\s+основном|главным\s+образом|"
          r"преимущественно|по\s+большей\s+части|негізінен|көбінесе)\b")
APPOSITION_RE = CI(rf"(?i),\s*{MOSTLY}(?:[^.;]*,\s*$|[^,]*,)")  # a list of goods runs to the last comma before the marker
# "$2 billion worth of grain": the product follows the amount
PRODUCT_WORTH_RE = CI(r"(?i)\s*worth\s+of\s+(?:\w+\s+){0,2}?(?:grain|wheat|flour|oil|gas|uranium|coal|metals?|meat|"
                              r"cotton|sugar|electricity|fertili[sz]er\w*|crops?|agri-food)\b")
GOODS_WORTH_RE = CI(r"(?i)\s*worth\s+of\s+(?:\w+\s+)?(?:goods|products|commodities|merchandise|exports?|imports?)\b")
# a flow said by a finite verb, and the conjunction that joins it to the clause before (its subject elided)
FLOW_VERB_RE = CI(r"(?i)(?:exported|imported|экспортировал\w*|импортировал\w*|ввез\w*|вывез\w*|"
                          r"экспорттады|импорттады|экспорттаған|импорттаған)")
CONJ_BEFORE_VERB_RE = CI(r"(?i)(?:\band|\bи|\bа|\bал|\bжәне)\s+(?:also\s+|также\s+|тақ\s+)?$")
# a multiplier said of a goal: "екі есе арттыруға" (kk dative verbal noun), "удвоить"/"увеличить в два раза"
# (ru infinitive), "to double"/"to triple", "to increase threefold"
GOAL_CHANGE_AFTER_RE = CI(r"(?i)^\s*(?:\w+\s+){0,1}\w+(?:уға|уге|юға|юге)(?!\w)")  # kk dative verbal noun
GOAL_CHANGE_BEFORE_RE = CI(r"(?i)(?:\bto\s+(?:increase|raise|boost|grow|expand|lift|bring|multiply)\s+(?:\w+\s+){0,3}|"
                                   r"(?<!\w)[а-яё]{3,}(?:ить|ать|ять|еть)\s+(?:\w+\s+){0,3}(?:в\s+)?)$")  # ru infinitive
GOAL_CHANGE_RE = CI(r"(?i)(?<!\w)[а-яё]+(?:ить|ать|ять|еть)(?!\w)")  # "удвоить", "утроить"
COMMA_RE = re.compile(r"[,;](?!\d)")
CITY_ECONOMY_RE = CI(r"(?i)(экономик\w*|economy|экономикасы\w*)")
HYPOTHETICAL_RE = CI(r"(?i)(мечта\w*|dream\w*|арман\w*)")
# verbs that state a level reached ("составил", "reached", "жетті") and those that state a change
LEVEL_VERB_RE = CI(
    r"(?i)(составил\w*|составля\w*|достиг\w*|превысил\w*|превыша\w*|перевалил\w*|был\w*|stood|amount\w*|total\w*|reach\w*|"
    r"hit|exceed\w*|was|were|came\s+to|жетті|жетіп|құрады|құрап|құраған|болды|асты|асып|асқан|болған)"
)
CHANGE_STEM_RU_EN = r"(?:увелич\w*|вырос\w*|возрос\w*|подрос\w*|сократ\w*|снизи\w*|снизил\w*|уменьши\w*|упал\w*|прибави\w*|" \
                    r"рост\w*|прирост\w*|снижени\w*|выше|ниже|больше|меньше|increas\w*|rose|risen|grew|grown|gain\w*|" \
                    r"jump\w*|declin\w*|decreas\w*|fell|fallen|drop\w*|up|down|higher|lower|more|less)"
DELTA_BEFORE_RE = CI(rf"(?i){CHANGE_STEM_RU_EN}(?:\s+[^\s$€]+){{0,10}}?\s+(?:на|by)\s*[$€]?\s*$")
KK_CHANGE_AFTER_RE = CI(r"(?i)^\s*(?:арт|өс|көбей|ұлғай|азай|қысқар|төмендe|төмендеді|кеміді|кеми)")
KK_DATIVE_GLUE_RE = CI(r"(?i)(?:-?(?:ға|ге|қа|ке)|[ао]?ға|е)$")

GROWTH_UP_RE = CI(r"(?i)((?<!\w)(?:өс\w*|арт\w*|жоғары|көп|ұлғай\w*|көбей\w*|рост\w*|прирост\w*|вырос\w*|возрос\w*|"
                          r"подрос\w*|увелич\w*|больше|выше)|increase\w*|rose|grew|grow\w*|\bup\b|more|higher|surge\w*|jump\w*|gain\w*|"
                          r"boost\w*|rise|rising|growth|доб[ао]ви\w*|прибави\w*|expand\w*|soar\w*|climb\w*)")
GROWTH_DOWN_RE = CI(r"(?i)((?<!\w)(?:кем\w*|төмен\w*|азай\w*|қысқар\w*|сниз\w*|сократ\w*|уменьш\w*|упал\w*|падени\w*|меньше|ниже)|"
                            r"declin\w*|decreas\w*|fell|\bdown\b|drop\w*|less|lower|shrank|shrunk|contract\w*|slump\w*|fall)")
SHARE_RE = CI(r"(?i)(үлес\w*|дол[яиюе]\w*|share|занима\w*|accounted\s+for|accounting\s+for|represent\w*|of\s+it|"
                      r"приходит\w*|құрайды\s+\S+\s+пайыз|ВВП|GDP|ЖІӨ|от\s+общ\w*|of\s+(?:the\s+)?(?:total|all|overall)|"
                      r"жалпы\s+(?:сауда\s+|тауар\s+)?(?:көлем|айналым|экспорт|импорт)\w*(?:ның|нің|дағы|дегі|да|де)\b)")
# a percentage of a base period's level, an index: "132,4% к уровню аналогичного периода", "к соответствующему
# периоду", "132.4% of the level of January-July 2016", "өткен жылғы деңгейдің 132,4%-ы" is told before
INDEX_OF_BASE_RE = CI(r"(?i)\s*(?:к\s+(?:уровню|соответствующему|аналогичному|показателю)|от\s+уровня|"
                              r"of\s+(?:the\s+)?(?:level|(?:previous|last)\s+year'?s?\s+level))(?!\w)")
# "на 27% к аналогичному периоду", "by 27% on the level of": a change by the percent, not an index
CHANGE_BY_BEFORE_RE = CI(r"(?i)(?<!\w)(?:на|by)\s*$")
GROWTH_INDEX_RE = CI(r"(?i)((өсу|өсім)\s+(?:қарқын|индекс)\w*|темп\w*\s+роста|индекс\w*\s+роста|growth\s+index)")
COMPARE_WORD_RE = CI(r"(?i)(?<!\w)(салыстырғанда|қарағанда|по\s+сравнению|в\s+сравнении|compared|up\s+from|down\s+from|"
                             r"\bбыло\b|against|против|from\s+the\s+level|"
                             # "up 17.3% on the same period of 2018 ($1.3 billion)": a change told on a time
                             r"(?<=%)\s+(?:on|over)\b|(?:percent|per\s+cent)\s+(?:on|over)\b)")
# a change standing alone in its sentence refers back only when it is a comparison
THIS_IS_RE = CI(r"(?i)^\W*(?:это|this\s+is|this\s+was|that\s+is|бұл(?!\s+(?:ретте|орайда|жолы)))\b")
STANDALONE_GROWTH_RE = CI(r"(?i)(салыстырғанда|қарағанда|по\s+сравнению|в\s+сравнении|compared|year[-\s]on[-\s]year|"
                                  r"өсу\s+қарқын|өсім\s+қарқын|темп\w*\s+роста|рост\s+составил|growth\s+(?:was|of|amounted)|"
                                  r"(?:больше|меньше|выше|ниже)\w*,?\s+чем|\b(?:more|less|higher|lower)\s+than|same\s+period|"
                                  r"аналогичн\w+\s+период|так\w*\s+же\s+(?:временн\w+\s+)?(?:период|промежут)\w*|осы\s+кезең)")

# intention: the amount is a goal ("довести до", "aim to raise ... to", "жеткізуді көздейді")
TARGET_BEFORE_RE = CI(
    r"(?i)(?<!\w)(довести|доведени\w*|выход\w*\s+на|нарастить|наращивани\w*|увеличить|поднять|вывести|достичь|достижени\w*|выйти\s+на|"
    r"планиру\w*|планов\w*|план\b|намерен\w*|намерева\w*|цел[ьию]\w*|целев\w*|задач\w*|рассчитыва\w*|надеемся|надеются|"
    r"надеюсь|стрем\w*|прогноз\w*|предполага\w*|перспектив\w*|потенциал\w*|нацелен\w*|договорились|решили|призвал\w*|"
    r"\baims?\b|\baimed\b|\bgoals?\b|\btargets?\b|\bplans?\b|\bplanned\b|intend\w*|seek\w*|wants?\b|hopes?\b|hoping|"
    r"expect\w*|potential|ambitions?|call(?:ed|s|ing)?\s+for|commit(?:s|ted|ting|ments?)?\b|(?:need\w*|has|have|set)\s+to\b|must\b|"
    # a headline's goal: "Set Sights on $50 Billion Trade", "eye $1bn trade", "нацелились на"
    r"sights?\s+on|\beye(?:s|ing|d)?\b|нацели\w*|(?:set|sets|setting)\s+(?:a\s+)?course\s+(?:for|to|towards?)|"
    r"взя\w*\s+курс\s+на|"
    r"(?:opportunit\w*|chance|possibilit\w*)\s+(?:to|of)\s+(?:reach|hit|achiev|bring|rais)\w*|"  # "every opportunity to reach"
    r"strive\w*|envisag\w*|agreed\s+to\b|pledg\w*|objective|insist\w*|forecast\w*|project(?:ed|ion)|"
    r"(?:on|for|at|about|to|towards?)\s+(?:rais|boost|increas|bring|doubl|lift|build|expand|grow|tak)\w*(?:-up)?|\btasks?\b|"
    r"\bof\s+(?:raising|boosting|increasing|bringing|doubling|lifting)\b|"
    r"\b(?:propos|suggest|recommend|urg)\w*\s+(?:raising|boosting|increasing|bringing|doubling|lifting)\b|"
    r"(?:пут(?:и|ей|ях)|способ\w*)\s+(?:\w+\s+)?(?:увеличени|наращивани|расширени)\w*|"  # "пути увеличения товарооборота"
    r"\bto\s+(?:raise|boost|increase|bring|double|lift|take)\b|decid\w*|решени\w*|"
    r"\b(?:should|shall|will|would|could|can)\s+(?:\w+\s+){0,2}(?:raise|boost|increase|bring|double|lift|take|push)\b|"
    r"мақсат\w*|межес\w*|межеге|жоспар\w*|ниет\w*|міндет\w*)"
)
# the amount named as a goal by the noun it qualifies: "the $10 billion bilateral trade target", "a $5bn goal",
# "рубеж в 10 млрд долларов" is told before ("рубеж", "цель")
TARGET_NOUN_AFTER_RE = CI(r"(?i)\s*(?:(?:bilateral|mutual|annual|trade|turnover)\s+){0,3}(?:target|goal|benchmark)s?\b|"
                          r"\s*(?:mark|bar|level|threshold)\s+(?:set|agreed|targeted)\s+by\b")  # "the $10 bn mark set by the presidents"
# a modal or a future form right before a verb of reaching: "could reach", "может достичь", "превысит"
TARGET_MODAL_RE = CI(
    r"(?i)(?:\b(?:could|can|may|might|will|would|should|shall)\s+(?:\w+\s+){0,2}(?:reach|exceed|hit|amount|total|be|grow|rise|"
    r"surpass|top|double|increase)\w*|(?:может|могут|сможет|смогут|должен|должна|должно|должны|будет|будут)\s+(?:\w+\s+){0,2}"
    r"(?:достичь|превысить|составить|вырасти|увеличиться|дойти|выйти|быть)\w*|достигнет|превысит|составит|вырастет|"
    r"увеличится\s+до)(?:\s+\S+){0,4}?\s*(?:до|to|уровня|of)?\s*(?:более|свыше|over|more\s+than|around|about|около)?\s*[$€]?\s*$"
)
TARGET_AFTER_KK_RE = CI(
    r"(?i)^[^.;]{0,60}?(жеткізу\w*|арттыру\w*|көтеру\w*|ұлғайту\w*|асыру\w*|жеткізуді|көздеп|көздейді|көзделуде|"
    r"көзделген|жоспарлан\w*|мақсат\w*|меже\w*|жету\s+үшін|жетуі\s+(?:мүмкін|тиіс)|жетеді|жете\s+алады|болжан\w*|күтілуде|тиіс)"
)
KK_REACH_STEM = r"(?:жеткіз|арттыр|көтер|ұлғайт|өсір|асыр|кеңейт|еселе)"  # bring to, raise, grow, multiply
KK_VERB_AFTER_RE = CI(
    r"(?i)(?<!\w)(?:(?P<actual>құра(?:ды|п|ған|йды)|жет(?:ті|іп|кен)|бол(?:ды|ған|ып)|ас(?:ты|ып|қан)|арт(?:ты|ып|қан)|"
    r"өс(?:ті|іп|кен)|ұлғай(?:ды|ып|ған)|көбей(?:ді|іп|ген)|азай(?:ды|ып|ған)|қысқар(?:ды|ып|ған)|төмендe\w*|тең|"
    r"quraı\w*|jetti|boldy)(?!\w)|(?P<target>жеткізу\w*|арттыру\w*|көтеру\w*|ұлғайту\w*|асыру\w*|көзде\w*|жоспарла\w*|"
    # the intention future and "can bring": "жеткізбек", "арттырмақ", "жеткізе аламыз", "арттыра алады"
    rf"{KK_REACH_STEM}(?:бек|мек|пек|бақ|мақ|пақ)\w*|{KK_REACH_STEM}[аеы]\s+ал\w*|"
    r"мақсат\w*|меже\w*|жету\s+үшін|жетуі\s+(?:мүмкін|тиіс)|жетеді|жете\s+алады|болжа\w*|күтілуде|тиіс))"
)
# what may follow a figure whose verb comes after the next one's ("3 млрд долларға, ал ..."): its currency
KK_ELLIPSIS_MAX = 12
# "жетеді" (reaches, will reach) tells the present before a stock or a "now": "инвестицияларының жинақталған
# көлемі 295 млн долларға жетеді", "қазіргі уақытта ... жетеді"
KK_REACHES = "жетеді"
KK_PRESENT_STATE_RE = CI(r"(?i)(?<!\w)(?:жинақталған|қазір|қазіргі\s+(?:уақытта|таңда|кезде)|бүгінде|бүгінгі\s+(?:күні|таңда))(?!\w)")
# past levels block a target reading: "в прошлом году составил", "reached", "жетті"
# (not a goal that "будет достигнута", "может быть достигнута": still to come)
ACHIEVED_RE = CI(r"(?i)(қол\s+жеткіз(?:ілді|ді|дік|ілген)|(?<!будет\s)(?<!будут\s)(?<!быть\s)достигнут\w*|was\s+achieved|"
                 r"has\s+been\s+achieved|were\s+achieved)")
HEDGE_BEFORE_RE = CI(r"(?i)(?<!\w)(около|почти|более|свыше|порядка|примерно|приблизительно|не\s+менее|превыша\w*|превысил\w*|"
                             r"шамамен|шамасы|about|around|almost|nearly|over|more\s+than|approximately|roughly|some|"
                             r"in\s+excess\s+of|exceed\w*|upwards\s+of|almost|tops?|topped|topping|surpass\w*|"
                             r"перевалил\w*|перевалив\w*)\s*[$€]?\s*$")
HEDGE_AFTER_RE = CI(r"(?i)^\S*\s*(жуық\w*|ас\w*|астам|артық|шамасында|с\s+лишним|plus)")
ANAPHOR_RE = CI(r"(?i)(?<!\w)(\bол\b|оның|бұл\s+көрсеткіш|аталған\s+көрсеткіш|показател\w*|\bit\b|this\s+figure|the\s+figure|"
                        r"this\s+indicator|осы\s+кезең\w*|этот\s+период|this\s+period|the\s+period|(?:его|её|ее)\s+объ[её]м|"
                        r"этот\s+объ[её]м|its\s+volume|this\s+volume|the\s+volume)")
STAT_SOURCE_RE = CI(r"(ұлттық\s+статистика\s+бюро\w*|бюро\w*\s+национальной\s+статистики|bureau\s+of\s+national\s+statistics|"
                    r"national\s+statistics\s+bureau|статистик\w*|статистическ\w*|нацстатком\w*|статком\w*|statistic\w*|таможен\w*|customs|кеден\w*|"
                    r"белстат\w*|belstat|росстат\w*|rosstat|внешн\w+\s+торговл\w*|сыртқы\s+сауда\w*|foreign\s+trade)")
# "foreign trade" in an official's title is no source ("Министр иностранных дел и внешней торговли Венгрии",
# "Сыртқы сауда істері жөніндегі мемлекеттік министрі", "Minister of Foreign Trade")
FOREIGN_TRADE_WORD_RE = CI(r"(?i)внешн\w+\s+торговл\w*|сыртқы\s+сауда\w*|foreign\s+trade")
MINISTER_AFTER_RE = CI(r"(?i)\s+(?:(?:істері|мәселелері)\s+)?(?:жөніндегі\s+)?(?:(?:мемлекеттік|вице-?)\s*)?(?:министр|minister|министерств)")
MINISTER_BEFORE_RE = CI(r"(?i)(?:министр\w*|министерств\w*|minist\w+|вице-министр\w*|secretary)\s+(?:[\w-]+,?\s+){0,4}(?:и|and|of|және)?\s*$")
# Kazakhstan's Bureau of National Statistics, named as the source: the figures are the home country's
HOME_BUREAU_RE = CI(r"(?i)ұлттық\s+статистика\s+бюро\w*|бюро\w*\s+национальной\s+статистики|"
                            r"bureau\s+of\s+national\s+statistics|national\s+statistics\s+bureau")
STAT_SOURCE_GATE = KeywordGate(("статист", "статком", "statist", "таможен", "customs", "кеден", "белстат", "belstat",
                                "росстат", "rosstat", "внешн", "сыртқы", "foreign trade"))
SUBNATIONAL_GATE = KeywordGate(("облыс", "област", "өңір", "region", "province", "провинци", "автономн", "autonomous", "штат",
                                "state of", "қала", "город", "city", "аудан", "район", "krai", "край", "татарстан", "синьцзян",
                                "xinjiang", "шыңжаң", "tatarstan", "башкорт", "bashkort", "приграничн", "border",
                                "шекара"))
CLAUSE_BREAK_RE = CI(r"(?i)(;|,\s*(?:а|ал|while|whereas|but|но|однако|бірақ|алайда)\s|\s(?:while|whereas)\s)")
# what an adjective of a country must qualify to own a flow: "Kazakh exports", "японских инвестиций",
# "казахстанской продукции", "Turkish direct foreign investments", "қазақстандық компаниялар"
ADJECTIVE_HEAD_RE = CI(
    r"[\s-]+(?:(?:\w+\s+){0,2}?)(?:эк?спорт\w*|импорт\w*|инвест\w*|товарооборот\w*|торгов\w*|оборот\w*|вложени\w*|"
    r"продукци\w*|товар\w*|капитал\w*|компани\w*|бизнес\w*|предприят\w*|exports?|imports?|invest\w*|trade|turnover|goods|"
    r"products?|capital|compan\w*|business\w*|firms?|FDI|тауар\w*|сауда\w*|өнім\w*|компания\w*|кәсіпорын\w*|"
    r"инвестиция\w*|экспорт\w*|импорт\w*|капитал\w*|бизнес\w*|[\w-]*(?:ский|ская|ское|ские|ского|ской|ских|ским)\b)"
)
# an adjective of a country qualifying the goods, not the flow: "imports of Turkish goods",
# "импорт турецких товаров", "түрік тауарларының импорты" (the goods' origin, whoever imports them)
GOODS_HEAD_RE = CI(r"[\s-]+(?:\w+\s+)?(?:товар\w*|продукци\w*|goods|products?|тауар\w*|өнім\w*)")
ITEM_GAP_RE = CI(r"(?i)^\s*(?:[-–—:]|\()\s*(?:(?:около|почти|более|свыше|almost|nearly|over|about|around)\s+)?[$€]?\s*$")
# every number written in words that a figure or a change may carry (numbers.MULTIPLIER_RE, FRACTION_RE, ...)
NUMBER_WORD_GATE = KeywordGate(("жарты", "пол", "half", "вдвое", "втрое", "double", "triple", "trebled", "удво", "утро",
                                "есе", "раз", "times", "fold", "треть", "third", "миллиард", "billion", "million", "миллион",
                                "quarter", "четверть", "төрттен", "үштен"))
INHERIT_WINDOW = 4  # sentences over which a period / figure context carries
WINDOW_BACK = 200  # characters a clause reaches back before its keyword or figure
WINDOW_AFTER = 40  # and forward past its last figure


# ---------------------------------------------------------------- data

@dataclass
class _Item:
    kind: str  # amount | change | flow | open | close | time
    start: int
    end: int
    value: object = None


@dataclass
class _Change:
    start: int
    end: int
    value: float  # percent change
    goal: bool = False  # a change aimed at ("to double trade"): a target, never one that happened


@dataclass
class _Clause:
    flow: str | None
    depth: int
    time: periods.TimeExpr | None = None
    kw: tuple[int, int] | None = None
    amounts: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    parent: "_Clause | None" = None
    own_time: bool = False  # the time was written in this clause, not carried from the one before
    part: bool = False  # a part of the figure before ("оның 15,9 млрд доллары ...", "of which"): its own flow may follow


@dataclass
class _Binding:
    """Who a clause's flow goes between: origin/destination where the grammar says, owners, a pair."""

    origin: str | None = None
    dest: str | None = None
    owner: str | None = None
    partners: list = field(default_factory=list)  # countries bound without a direction (pair, with)
    aggregate: bool = False
    subnational: bool = False
    total: bool = False
    third: bool = False  # two foreign countries bound, no Kazakhstan
    share: bool = False  # the figure is a country's share ("доля", "share", "accounted for")
    whole: bool = False  # the figure is the whole a share is of ("9.6% of its total trade, which reached $47 bn")
    bilateral: bool = False  # "двусторонний", "between the two countries": the pair under discussion
    sides: bool = False  # "стороны поставили цель", "the two sides agreed": the article's pair
    owners: list = field(default_factory=list)  # partners told as owners too: "Қазақстанның ..., Өзбекстандікі ..."

    def isos(self) -> set[str]:
        return {x for x in (self.origin, self.dest, self.owner, *self.partners) if x}


@dataclass
class _Context:
    """What earlier sentences of the article established."""

    partner: str | None = None  # the foreign side of the pair under discussion
    dominant: str | None = None  # the article's partner (its headline's, or the one it names most)
    group_story: bool = False  # the headline is about a group of countries ("EAEU mutual trade up 6%")
    blocked: bool = False  # the last thing discussed was an aggregate, a list or a third pair
    flow: str | None = None
    flow_age: int = 99
    flow_blocked: bool = False
    last_facts: list = field(default_factory=list)
    recent_facts: list = field(default_factory=list)
    recent_age: int = 99
    period: dict = field(default_factory=dict)  # family -> (period, age)
    currency: str | None = None
    merged: set = field(default_factory=set)
    inherited: set = field(default_factory=set)  # ids of facts whose period came from earlier sentences
    bases: set = field(default_factory=set)  # ids of comparison-base facts
    sided: set = field(default_factory=set)  # ids of facts whose sentence names whose count they are
    history: list = field(default_factory=list)  # the last sentences read ("тогда", "then" point back to them)
    main_period: tuple | None = None  # the period of the article's first stated figure ("the reporting period")
    headline_period: tuple | None = None  # the one period the headline names ("Қаңтар-тамыз 2025: ...")
    ranking: "_Ranking | None" = None  # a ranking of partners whose lines or clauses may follow


@dataclass
class _Ranking:
    """A ranking's header ("Ірі сауда серіктестері (2024 жыл; тауар айналымы)"): what its items are figures of."""

    flow: str
    owner: str  # whose partners are ranked (Kazakhstan, unless a country in the header owns them: _owns_ranking)
    period: tuple | None
    age: int = 0  # sentences since the header or the last item


# ---------------------------------------------------------------- article

def _headline_period(doc: Doc) -> tuple | None:
    """The one period a headline names ("Қаңтар-тамыз 2025: Малайзиямен сауда өсті", "Egypt-Kazakhstan trade up
    31% in 2024"): the period of the figures below that state none."""
    title = (doc.article.title or "").strip()
    if not title:
        return None
    first = doc.sentences[0] if doc.sentences else None
    times = first.times if first is not None and first.text == title else periods.find_times(title, doc.ref)
    spans = {(x.period_start, x.period_end) for x in times
             if x.kind == "span" and x.resolved and x.period_start is not None and x.period_end is not None
             and (x.period_start.year, x.period_start.month) != (x.period_end.year, x.period_end.month)}  # not a dateline's month
    return next(iter(spans)) if len(spans) == 1 else None


def extract_trade(article: Article, doc: Doc | None = None) -> list[TradeFact]:
    doc = doc or Doc(article)
    reporter, since, until = _article_reporter(doc)
    title = (article.title or "").strip()
    ctx = _Context(partner=doc.dominant_partner, dominant=doc.dominant_partner, headline_period=_headline_period(doc),
                   group_story=doc.group_story)
    facts: list[TradeFact] = []
    for sv in doc.sentences:
        own = reporter if since <= sv.start < until or (title and sv.text.strip() in title) else None
        facts.extend(_sentence_facts(doc, sv, ctx, own))
    facts = _consolidate([f for f in facts if id(f) not in ctx.merged], ctx.inherited, ctx.sided)
    return [f for f in facts if not _beyond_any_pair(f)]  # after the scale misprints are mended


# Kazakhstan's whole foreign trade is about $140 bn a year and all foreign investment since independence
# about $450 bn: a figure above this is no pair's ("a rounding error in India's $1.1 trillion goods trade")
MAX_BILATERAL_USD = 300e9


def _beyond_any_pair(f: TradeFact) -> bool:
    return f.value_usd is not None and f.value_usd > MAX_BILATERAL_USD


# a country named as the way goods go, not as the other side: "transit through Afghanistan", "через Грузию",
# "Әзербайжан арқылы"
ROUTE_BEFORE_RE = CI(r"(?i)(?:through|via|across|через|транзит\w*\s+через)\s+(?:the\s+)?(?:territory\s+of\s+|территори\w+\s+)?$")
ROUTE_AFTER_RE = CI(r"(?i)\s*(?:(?:аумағы|территориясы)\s+)?арқылы(?!\w)")


def _situation_in(t: str, places, countries) -> bool:
    """Every country of the sentence is told as a topic ("the situation in the Middle East and Afghanistan",
    "Ауғанстандағы жағдай"), not as the pair under discussion."""
    return all(topic_place(t, p) for p in places if p.iso3 in countries)


# a country told in an apposition that describes the one before it: "trade with Uzbekistan, Kazakhstan's neighbour,
# grew", "с Узбекистаном, соседом Казахстана,", "Өзбекстанмен, Қазақстанның көршісімен,"
APPOSITION_AFTER_RE = CI(r"(?i)(?:(?:['’]s)?\s+(?:\w+\s+)?(?:neighbou?r|partner|ally)|\w*\s+(?:көрші|серіктес)\w*)\s*,")
APPOSITION_BEFORE_RE = CI(r"(?i),\s*(?:\w+\s+)?(?:сосед|партн[её]р|союзник)\w*\s+$")


APPOSITION_GAP_RE = re.compile(r"\s*,\s*(?:\w+\s+){0,2}")


def _describes_neighbour(t: str, p, places) -> bool:
    """The country is told, in an apposition right after another, as that one's neighbour or partner."""
    before = [q for q in places if q.end <= p.start]
    if not before or not APPOSITION_GAP_RE.fullmatch(t, before[-1].end, p.start):
        return False
    return bool(APPOSITION_AFTER_RE.match(t, p.end) or APPOSITION_BEFORE_RE.search(t, before[-1].end, p.start))


def _route_only(t: str, places) -> bool:
    """Every foreign country of the sentence is named as a route of transit."""
    foreign = [p for p in places if p.iso3 != HOME and p.kind != "city"]
    return bool(foreign) and all(ROUTE_BEFORE_RE.search(t, max(0, p.start - 40), p.start) or ROUTE_AFTER_RE.match(t, p.end)
                                 for p in foreign)


def _article_reporter(doc: Doc) -> tuple[str | None, int, int]:
    """A foreign statistics source: the country the source word governs ("Өзбекстанның статистика
    агенттігі", "таможенной службы Армении", "Uzbek State Statistics Agency"), not one named as a
    partner ("с Казахстаном"); and the offset its count starts at: a source quoted beside a figure of its
    own counts from its paragraph on, so the figures of the paragraphs above (the headline aside) are
    Kazakhstan's ("Reference: In 2024 ... $312.4 million. ... According to the Hungarian Central Statistical
    Office, trade ... was about €265 million."); and the offset it ends at: the end of the text, or of the source's
    paragraph when a Kazakh outlet quotes the partner's figures."""
    found = _foreign_source(doc)
    if found is None:
        return None, 0, 0
    iso3, sv = found
    end = len(doc.text)
    if not (sv.amounts or ((sv.percents or sv.multipliers) and ATTRIBUTION_RE.search(sv.text))):
        return iso3, 0, end  # no figure of its own ("a growth by its data" is one): it counts them all
    if HOME_OUTLET_RE.search(doc.text[:400]):
        # a Kazakh outlet quoting the partner's figures ("Посол привел данные ... ОАЭ, согласно которым ..."): its
        # paragraph is theirs, the report goes on in its own count after it
        nl = doc.text.find("\n", sv.end)
        end = nl if nl >= 0 else end
    if _stated_side(sv) == iso3:
        return iso3, sv.start, end  # "German statistics give their own figures: ...": the figures before are not theirs
    return iso3, doc.text.rfind("\n", 0, sv.start) + 1, end


ATTRIBUTION_RE = CI(r"(?i)мәліметінше|мәліметі\s+бойынша|деректер\w*\s+(?:бойынша|сәйкес)|деректеріне|по\s+данным|"
                            r"согласно|according\s+to|data\s+from|figures\s+from")


PHRASE_BREAK_RE = re.compile(r"[:;!?–—]")


def _total_told(t: str) -> bool:
    """A country's whole trade is told in ``t``: "foreign trade", "со всеми странами"; not "foreign trade" in
    a ministry's or an official's name ("Министерства развития, промышленности и внешней торговли Бразилии",
    "Даму, өнеркәсіп және сыртқы сауда министрлігінің деректері бойынша")."""
    return any(not _in_official_name(t, m) for m in TOTAL_RE.finditer(t))


def _in_official_name(t: str, m: re.Match) -> bool:
    """"Foreign trade" within a ministry's or an official's name ("сыртқы сауда министрлігі", "Министерства ... и
    внешней торговли", "Minister of Foreign Trade")."""
    return bool(FOREIGN_TRADE_WORD_RE.fullmatch(m.group()) and (
        MINISTER_AFTER_RE.match(t, m.end()) or MINISTER_BEFORE_RE.search(t, max(0, m.start() - 60), m.start())))


def _foreign_source(doc: Doc):
    unowned = None
    for sv in doc.sentences:
        if not STAT_SOURCE_GATE.may_match(sv.low) or not STAT_SOURCE_RE.search(sv.text):
            continue
        for m in STAT_SOURCE_RE.finditer(sv.text):
            if _in_official_name(sv.text, m):
                continue  # "Катардың Сыртқы сауда істері жөніндегі мемлекеттік министрі": an official's title, no source
            if HOME_BUREAU_RE.fullmatch(m.group()):
                return None  # "Ұлттық статистика бюросының деректеріне сәйкес": Kazakhstan's own statistics
            # the agency's country within a few words of the same phrase, not past a colon or a dash
            # ("Foreign trade in the first half: China overtakes Russia" names no source)
            owners = [r.place for r in sv.roles if (r.role == OWNER or _adjective_of(r.place, m)) and r.place.kind != "city"
                      and (0 <= m.start() - r.place.end < 40 and not PHRASE_BREAK_RE.search(sv.text, r.place.end, m.start())
                           or 0 <= r.place.start - m.end() < 40 and not PHRASE_BREAK_RE.search(sv.text, m.end(), r.place.start))]
            if owners:
                nearest = min(owners, key=lambda p: min(abs(p.start - m.end()), abs(m.start() - p.end)))
                if nearest.iso3 != HOME:
                    return nearest.iso3, sv
                return None
            if unowned is None and AGENCY_RE.search(sv.text) is not None:
                unowned = sv
    # "According to the General Department of Customs" in a report filed from Hanoi by a Vietnamese outlet:
    # the agency is the country's own
    line = doc.dateline
    if unowned is not None and line is not None and line.iso3 != HOME \
            and not HOME_OUTLET_RE.search(doc.text[:400]):
        return line.iso3, unowned
    return None


# "по данным казахстанской стороны", "according to the Kazakh side", "қазақстандық тараптың деректері бойынша":
# whose count a sentence's figures are, whatever the article's source
SIDE_SOURCE_RE = CI(r"(?:по\s+данным|согласно\s+данным|по\s+информации|по\s+подсч[её]там|according\s+to(?:\s+(?:data|figures)\s+"
                    r"(?:of|from))?|as\s+reported\s+by)\s+(?:the\s+)?([\w-]+)\s+(?:стороны|side|statistics|статистики|data|"
                    r"figures|authorities|властей)\b|"
                    r"([\w-]+)\s+(?:тараптың|тарапының|статистикасының)\s+(?:деректер\w*|мәлімет\w*)|"
                    # "по казахстанским данным", "қазақстандық деректер бойынша"
                    r"(?<!\w)по\s+([\w-]+)\s+данным|([\w-]+)\s+(?:деректер|мәліметтер)\s+(?:бойынша|негізінде)")


SIDE_SOURCE_GATE = KeywordGate(("стороны", "side", "statistics", "статистики", "data", "figures", "authorities", "властей",
                                "тарап", "статистикасының", "данным", "деректер", "мәліметтер", "бюро", "статистик", "customs",
                                "таможен", "кеден"))


def _adjective_of(p, m: re.Match) -> bool:
    """The country's adjective right before the source word: "германской статистики", "Kazakh customs"."""
    return p.kind == "adjective" and 0 <= m.start() - p.end <= 2


def _stated_side(sv: SentenceView) -> str | None:
    """The country a sentence names as the source of its figures ("по данным казахстанской стороны"), if any."""
    if not SIDE_SOURCE_GATE.may_match(sv.low):
        return None
    m = SIDE_SOURCE_RE.search(sv.text)
    if m is None:
        # Kazakhstan's own bureau named in the sentence, not another country's ("Қазақстан Ұлттық статистика бюросының
        # есебі біршама өзгеше: ... 4,4 млрд доллар")
        b = HOME_BUREAU_RE.search(sv.text)
        if b is not None and not any(p.iso3 != HOME and 0 <= b.start() - p.end < 30 for p in sv.places):
            return HOME
        # a country's statistics by its adjective: "Казахстанская статистика дает свои цифры: ...", "German statistics"
        return next((p.iso3 for b in STAT_SOURCE_RE.finditer(sv.text) if not _in_official_name(sv.text, b)
                     for p in sv.places if _adjective_of(p, b)), None)
    g = next(i for i in range(1, 5) if m.group(i))
    return next((p.iso3 for p in sv.places if m.start(g) <= p.start < m.end(g) and p.kind != "city"), None)


# a statistics or customs agency (not "foreign trade"), and Kazakhstan's outlets filing from abroad
AGENCY_RE = CI(r"(?i)статисти|статком|statist|белстат|belstat|росстат|rosstat|таможн[яиюе]|"
                       r"таможенн\w+\s+(?:служб|комитет|управлен|данн|статистик|орган)|"
                       r"customs\s+(?:office|service|department|administration|authorit|data|figures|statistics)|"
                       r"(?:department|administration|office|service|bureau)\s+of\s+customs|"
                       r"кеден\w*\s+(?:қызмет|комитет|статистик|дерек|орган)")
HOME_OUTLET_RE = CI(r"(?i)kazinform|казинформ|qazinform|қазақпарат|kazakparat|kazpravda|казправда|kaztag|казтаг|tengri|inbusiness|"
                            r"kapital|интерфакс-казахстан|interfax-kazakhstan|khabar|хабар|24\.kz|astana\s+times|egemen|егемен|"
                            r"zakon\.kz|kursiv|курсив|baq\.kz|aikyn|айқын|ult\.kz|el\.kz")


# ---------------------------------------------------------------- one sentence

def _sentence_facts(doc: Doc, sv: SentenceView, ctx: _Context, reporter) -> list[TradeFact]:
    t = sv.text
    has_number = DIGIT_RE.search(t) is not None or NUMBER_WORD_GATE.may_match(sv.low)
    amounts = [a for a in sv.amounts] if has_number else []
    if amounts and RANKED_AFTER_GATE.may_match(sv.low):
        amounts = [a for a in amounts if not _ahead_in_ranking(t, a, sv.places)]
    changes = _changes(sv) if has_number else []
    flows = _flows(t, sv.low)
    places = [p for p in sv.places if not any(a.start <= p.start < a.end for a in amounts)]
    if len(places) > 1:
        places = [p for p in places if not _describes_neighbour(t, p, places)]
    foreign = {p.iso3 for p in places if p.iso3 != HOME}
    countries = {p.iso3 for p in places if p.iso3 != HOME and p.kind != "city"}
    side = _stated_side(sv) if amounts else None
    if side is not None:
        reporter = None if side == HOME else side  # "по данным казахстанской стороны": this sentence's count
        countries.discard(side)
        foreign.discard(side)
        if side != HOME and not countries:
            ctx.partner = side  # "Немецкая статистика приводит собственные данные: ... двусторонней торговли": its trade with us
    ctx.recent_age += 1
    for fam in list(ctx.period):
        period, age = ctx.period[fam]
        ctx.period[fam] = (period, age + 1)
    facts: list[TradeFact] = []
    ranked: dict = {}  # figures each led by its own country, as the items of a ranking above

    def finish(blocked: bool = False) -> list[TradeFact]:
        _follow_ranking(ctx, sv, flows, places, facts, bool(ranked))
        if side is not None:
            ctx.sided.update(id(f) for f in facts)
        aside = COMPARISON_ASIDE_RE.match(t)  # "Для сравнения, товарооборот с Кыргызстаном ...": the pair stays
        if aside and ctx.partner and not any(p.iso3 == HOME for p in places):
            # whose trade with Kyrgyzstan is compared is the other side's of the pair under discussion, not Kazakhstan's
            facts[:] = [f for f in facts if ctx.partner in (f.reporter_iso3, f.partner_iso3)]
        if facts:
            if not aside:
                ctx.partner = next(f.partner_iso3 if f.reporter_iso3 == HOME else f.reporter_iso3 for f in facts)
            ctx.blocked = False
        elif len(foreign) > 2 or ((amounts or changes) and (sv.aggregates or (not foreign and _total_told(t)))) \
                or blocked or sv.index in doc.group_asides:  # "Total foreign trade fell to $139.8 bn. Exports dropped ...": the totals go on
            ctx.blocked = True
            if len(foreign) > 2 or sv.index in doc.group_asides:
                ctx.partner = None  # a meeting of three countries: none of them is the pair under discussion
        elif len(countries) == 1 and not aside and not _route_only(t, places) and not _situation_in(t, places, countries):
            # the country under discussion; a city is where something happened ("Нью-Йоркте ... кездесу"), no partner
            ctx.partner, ctx.blocked = next(iter(countries)), False
        ctx.flow_age += 1
        if flows:
            named = {f for f, _, _ in flows}
            # exports and imports both named: a figure with no flow after them is their sum, the turnover
            # ("Экспорттың басында – бидай, импорттың негізін – жемістер. I тоқсан – 118,7 млн доллар")
            ctx.flow, ctx.flow_age = "turnover" if {"export", "import"} <= named else flows[0][0], 0
            # the flow speaks of something else: a group, a total, or other countries than the pair under discussion
            ctx.flow_blocked = not facts and (blocked or bool(sv.aggregates) or _total_told(t)
                                              or bool(foreign - {ctx.partner, None}))
        elif facts:
            ctx.flow_age = 0
        ctx.last_facts = facts
        if facts:
            ctx.recent_facts, ctx.recent_age = facts, 0
        if ctx.main_period is None:
            ctx.main_period = next(((f.period_start, f.period_end) for f in facts if f.measure == "actual" and f.period_start
                                    and id(f) not in ctx.bases and id(f) not in ctx.inherited), None)
        for fam in {FAMILY[f] for f, _, _ in flows}:
            # the latest period of the sentence's own figures, not one compared with ("(2023 жылғы 8 айда – 920,6 млн)")
            told = [f for f in facts if id(f) not in ctx.bases and f.measure == "actual" and f.period_start and f.period_end
                    and FAMILY[_fact_flow(f)] == fam]
            own = [x for x in sv.times if x.kind == "span" and x.resolved and not any(_then_time(t, x, a) for a in amounts)]
            if told:
                latest = max(told, key=lambda f: f.period_end)
                ctx.period[fam] = ((latest.period_start, latest.period_end), 0)
            elif own:
                ctx.period[fam] = ((own[-1].period_start, own[-1].period_end), 0)
        for a in amounts:
            if a.currency:
                ctx.currency = a.currency
        ctx.history = (ctx.history + [sv])[-THEN_REACH:]
        return facts

    if not amounts and not changes:
        return finish()

    if changes and not flows and ctx.last_facts and THIS_IS_RE.match(t) and STANDALONE_GROWTH_RE.search(t):
        # "Это на 18% больше, чем в январе–июне 2024 года": the figure just given, its growth and period
        target = ctx.last_facts[-1]
        if target.value_original is not None and target.growth_pct is None and target.measure == "actual":
            target.growth_pct = changes[0].value
            later = _year_after_compared_span(sv.times)
            if target.period_start is None and target.period_end is None and later is not None:
                target.period_start, target.period_end = later
                ctx.period[FAMILY[_fact_flow(target)]] = (later, 0)  # the figures that follow are of it too
        return finish()

    # a change alone, right after a figure: "2016 жылмен салыстырғанда өсім 32 пайыз"
    if not amounts and not flows:
        if changes and ctx.last_facts and STANDALONE_GROWTH_RE.search(t):
            target = ctx.last_facts[-1]
            if target.growth_pct is None and target.value_original is not None:
                target.growth_pct = changes[0].value
        return finish()

    inherited_flow = None
    first_figure = min([a.start for a in amounts] + [c.start for c in changes])
    # "this indicator", "it", "оның көлемі": the flow of the last figure; else a flow named just before
    figure_flow = _fact_flow(ctx.recent_facts[-1]) if ctx.recent_facts and ctx.recent_age <= INHERIT_WINDOW else None
    just_named = ctx.flow if ctx.flow_age == 0 else None  # a flow named in the sentence before
    anaphor_flow = None if (ctx.flow_blocked and just_named) else (just_named or figure_flow)
    place_in_ranking = not flows and RANK_PLACE_RE.search(t) is not None
    if place_in_ranking and ctx.ranking is None:  # "На втором месте Россия — 21,7 млрд", "Russia came second with $20.7 bn"
        flow = ctx.flow if ctx.flow is not None and ctx.flow_age <= INHERIT_WINDOW else "turnover"  # the flow ranked
        ctx.ranking = _Ranking(flow, HOME, _inherited_period(ctx, flow) or ctx.main_period)
    if not flows and ctx.ranking is not None:
        ranked = _ranked_items(t, amounts, places, place_in_ranking)
    if not flows:
        if ranked:
            inherited_flow = ctx.ranking.flow  # "1. Қытай – 43,8 млрд $", "China is first with $43.8 billion"
        elif ANAPHOR_RE.search(t) and anaphor_flow and not ctx.blocked:
            inherited_flow = anaphor_flow
        elif just_named and not ctx.flow_blocked and ctx.recent_age <= INHERIT_WINDOW \
                and not PRODUCT_RE.search(t, 0, first_figure):
            inherited_flow = just_named  # (not "Shipments of Korean cars alone were worth $1.6 billion": the goods')
        else:
            return finish()
    elif flows[0][1] > first_figure and anaphor_flow and not ctx.blocked and ANAPHOR_RE.search(t, 0, first_figure):
        inherited_flow = anaphor_flow  # "доведению данного показателя до 10 млрд за счет ... импорта"

    clauses = _clauses(t, amounts, changes, flows, sv.times, inherited_flow)
    components: set[int] = set()  # amounts that are parts of a flow (goods, shares)
    may_compose = COMPOSITION_GATE.may_match(sv.low)
    sentence_binding: _Binding | None = None
    previous: _Binding | None = None
    previous_flow: str | None = None
    totals_only = False  # a figure here was a foreign country's total trade: what follows with no country goes on with it
    own_times = [x for x in sv.times if x.kind != "compare"]
    others = foreign - ({ctx.partner} if ctx.partner else set())
    for ci, cl in enumerate(clauses):
        if cl.flow is None or not (cl.amounts or cl.changes):
            continue
        lo, hi = _window(t, cl, clauses, amounts, flows)
        if cl.kw is not None and _product_level(sv, cl.kw):
            continue
        if _quantity_clause(t, lo, hi):
            continue  # "(5,9 млн долларға 29,3 тонна)": a commodity shipment counted in tonnes
        binding = _bind(sv, places, lo, hi, cl)
        led = _parenthesis_of(t, cl, places)
        if led is not None and not binding.isos():
            # "partners were China ($31.5 bn), Russia ($26 bn)": the country it follows, with the owner of the
            # clause around it ("Uzbekistan's main partners were China (...), Kazakhstan (...)")
            outer = _bind(sv, places, *_window(t, cl, clauses, amounts, flows, outer=True), cl)
            owner = outer.owner if outer.owner != led else None
            binding = _Binding(owner=owner, partners=[led], third=owner not in (None, HOME) and led != HOME)
        elif not binding.isos() and cl.depth > 0:  # "(valued at $21.7bn)": the countries of the clause around it
            lo, hi = _window(t, cl, clauses, amounts, flows, outer=True)
            binding = _bind(sv, places, lo, hi, cl)
            if _quantity_clause(t, lo, hi):
                continue
        if inherited_flow is not None and cl.kw is None and cl.amounts and not ranked \
                and PRODUCT_RE.search(t, lo, cl.amounts[0].start):
            continue  # "Тәжікстанға ұн мен бидай жеткізу 212 млн": a product's supplies, after the pair's trade
        if cl.flow in ("export", "import") and cl.kw is not None \
                and PRODUCT_RE.search(t, max(lo, t.rfind(",", lo, cl.kw[0]) + 1), cl.kw[0]):
            continue  # "Қазақстанның бидайы ... экспортталған", "grain exports": a product's flow (not the goods listed
            # of the figure before: "$187 million, mostly sugar, poultry and machinery, and imports of $112 million")
        if cl.flow in ("export", "import") and cl.kw is not None and cl.amounts and (
                (cl.kw[1] < cl.amounts[0].start and _product_between(t, cl.kw[1], cl.amounts[0].start))
                or PRODUCT_WORTH_RE.match(t, cl.amounts[0].end)):
            continue  # "экспортировал в Китай зерна на 2 млрд", "exported $2 billion worth of grain"
        if not ranked and not (binding.partners or binding.origin or binding.dest) and binding.owner != HOME:
            named = _with_it(t, cl, places, lo)
            if named is not None and binding.owner in (None, named):
                # "ең ірі серіктес – Италия: онымен сауда көлемі ...": trade with the country just named, not its own
                binding = _Binding(partners=[named])
        if ranked:
            own = {a: iso for a, iso in ranked.items() if a in cl.amounts
                   and (ctx.ranking.owner == HOME or iso == HOME)}  # another country's partners: only Kazakhstan's line
            if not own:
                continue
            binding = _Binding(owner=None if ctx.ranking.owner == HOME else ctx.ranking.owner, partners=[next(iter(own.values()))])
        elif not binding.isos() and previous is not None:
            binding = _elided(previous, binding, previous_flow == cl.flow == "investment")  # "экспорт ... составил X, импорт - Y": the same sides
        elif binding.owner is None and previous is not None and previous.owner and previous.owner not in binding.isos():
            # "товарооборот Азербайджана с Турцией ..., (товарооборот) с Казахстаном ...": the owner carries
            binding.owner = previous.owner
            foreign = {x for x in binding.isos() if x != HOME}
            binding.third = HOME not in binding.isos() and len(foreign) >= 2
        previous, previous_flow = binding, cl.flow
        if binding.third and binding.owner is None and not ranked and not binding.origin and not binding.dest \
                and _list_items(t, cl, places):
            binding.third = False  # "с Таиландом – 189 млн, с Филиппинами – 57,8 млн": each its own partner's line
        if binding.subnational or binding.aggregate or binding.third:
            continue
        if not binding.isos() and others and sentence_binding is None:
            continue  # no country of its own, and the sentence names another: not the pair under discussion
        items = own if ranked else _list_items(t, cl, places)
        levels = [a for a in cl.amounts if _amount_role(t, a, cl, lo, doc.lang) == "level"
                  and not (may_compose and _component(t, a, lo, places, cl.kw, amounts, components))]
        bases = [a for a in cl.amounts if _amount_role(t, a, cl, lo, doc.lang) == "base"]
        for a in levels + bases:
            is_base = a in bases
            if ranked and a not in items:
                continue  # another country's line in a ranking of a foreign country's partners
            b = binding
            if items and a in items:
                # the lines of several countries' totals ("внешнеторговый оборот Казахстана ... 104,6 млрд, Узбекистана –
                # 48,3 млрд"), not a list of partners ("с Таиландом – 189 млн, с Филиппинами – 57,8 млн")
                parallel = binding.total and items[a] in {binding.owner, *binding.owners}
                b = dataclasses.replace(binding, partners=[items[a]], origin=binding.origin if binding.origin != items[a] else None,
                                        dest=binding.dest if binding.dest != items[a] else None, total=parallel)
                if binding.owner == items[a]:
                    b.owner = None
            pair = _pair(b, sentence_binding, ctx, reporter, t)
            if pair is None:
                totals_only = totals_only or _partner_total(b)
                continue
            r, p, flow = _direction(cl.flow, b, pair, reporter)
            cur = a.currency or _currency_near(amounts, a) or ctx.currency or "USD"
            inherited_here = earlier = False
            measure = "actual" if is_base else _measure(t, a, lo, hi, doc.lang)
            in_reach = [x for x in sv.times if (measure == "actual" or lo <= x.start < hi)
                        and not any(y is not a and _qualifies(t, x, y) for y in amounts)]
            # a time within a part named after the figure is the part's ("4,4 млрд долларды құрады, оның ішінде
            # төртінші тоқсанда 1,3 млрд доллар", "including $1.3 billion in the fourth quarter")
            in_reach = [x for x in in_reach if not _in_part_after(t, a, x)]
            other = p if r == HOME else r
            fig_cl = cl
            if cl.time is not None and _in_part_after(t, a, cl.time):
                fig_cl = dataclasses.replace(cl, time=None)
            period = _period_for(a.start, fig_cl, in_reach, measure, doc.ref, other, t)
            used = _time_of(a.start, fig_cl, in_reach, t) if measure == "actual" else None
            if used is not None and used.fiscal and period is not None and r == HOME:
                r, p, flow = other, HOME, FLIPPED.get(flow, flow)  # a fiscal year's figure is the partner's statistic
            # the times of other figures, or of a part named after this one, are not its own: with none of its own,
            # it takes the period under discussion
            mine = [x for x in own_times if not _another_figures(t, x, a, amounts) and not _in_part_after(t, a, x)]
            if period is None and measure == "actual" and not mine and periods.THEN_RE.match(t):
                period = _time_spoken_of(ctx.history)  # "Тогда Таджикистан импортировал ... 400 млн": the time just named
            if period is None and measure == "actual" and not mine and not is_base:
                period = _year_after_compared_span(sv.times)  # "на 18% больше, чем в январе–июне 2024 года"
            if measure == "actual" and THIS_PERIOD_RE.search(t) and (
                    period is None and not mine or cl.time is None and THIS_PERIOD_RE.search(t, lo, a.start)):
                # "за этот период": the one just named, also when the sentence goes on to another year ("Египетский
                # экспорт ... за этот период достиг 31 млн, а по итогам 2017 года ...")
                period = _period_spoken_of(ctx.history, years=bool(THESE_YEARS_RE.search(t))) or period
            if period is None and measure == "actual" and not mine and ctx.main_period and REPORTING_PERIOD_RE.search(t):
                period = ctx.main_period  # "Есепті кезеңде", "за отчетный период", "in the period under review"
            if period is None and measure == "actual" and not mine and ranked:
                period = ctx.ranking.period  # the ranking's header's
            if period is None and measure == "actual" and not mine and _year_earlier_before(t, a.start):
                period = _year_before(_inherited_period(ctx, cl.flow))  # "Годом ранее показатель превышал ...": the year before
                inherited_here = earlier = period is not None  # a figure to compare with, as a base is
            if period is None and measure == "actual" and not mine:
                period = _inherited_period(ctx, cl.flow) or _period_after_comparison(ctx, sv.times)
                if period is not None:
                    ctx.period[FAMILY[cl.flow]] = (period, 0)  # the figures keep coming: the period keeps carrying
                    inherited_here = True
            if period is None and measure == "actual" and not is_base and used is not None and used.yearless:
                period = _in_year_told(used.yearless, ctx, cl.flow)  # "за январь-сентябрь 2019 года ... за девять месяцев"
            if period is None and measure == "actual" and not mine and not is_base and ctx.headline_period:
                period = ctx.headline_period  # "Қаңтар-тамыз 2025: ..." above figures that state no period
                inherited_here = True
            if is_base:
                own = next((x for x in sv.times if x.kind == "span" and (x.resolved or x.fiscal)
                            and (0 <= a.start - x.end <= 3 or _then_time(t, x, a) or _time_follows(t, a.end, x.start))), None)
                if own is not None and not own.resolved:  # "up from $114.2 million in FY23": the partner's fiscal year
                    span = periods.fiscal_span(own.fiscal, other)
                    own = periods.TimeExpr(own.start, own.end, "span", *span) if span else None
                period = (own.period_start, own.period_end) if own else _base_period(clauses, sv.times, period)
                if period is None:
                    continue
            growth = None if is_base else _growth_for(a, cl, levels)
            facts.append(_fact(doc.article, sv, r, p, flow, measure, period, a.value if cur == "USD" else None,
                               a.value, cur, growth, _approximate(t, a)))
            if inherited_here:
                ctx.inherited.add(id(facts[-1]))
            if is_base or earlier:
                ctx.bases.add(id(facts[-1]))
            if sentence_binding is None and not items:
                sentence_binding = b
        if not levels and cl.changes and not _quantity_clause(t, lo, len(t)):
            pair = _pair(binding, sentence_binding, ctx, reporter, t)
            if pair is None and not binding.isos() and facts:
                # "put bilateral turnover at $214 million last year, ... and that in the first quarter trade grew 1.4
                # times": a change with no country of its own goes on with the pair of the sentence's figure
                other = next((x for x in (facts[-1].reporter_iso3, facts[-1].partner_iso3) if x != HOME), None)
                pair = (HOME, other) if other is not None else None
            if pair is None:
                continue
            told = [f for f in facts if id(f) not in ctx.bases and f.value_original is not None and f.growth_pct is None
                    and f.measure == "actual" and _fact_flow(f) == cl.flow]
            if told and not cl.changes[0].goal and (bases or not any(lo <= x.start < hi and not any(
                    _time_follows(t, y.end, x.start) for y in amounts) for x in own_times)):
                # "reached $187.3m in 2024, compared to $142.6m in 2023, an increase of 31.3%": a change beside the base
                # (or with no time of its own) after a figure is the figure's
                told[-1].growth_pct = cl.changes[0].value
                continue
            # "екі есе арттыру туралы уағдаластық", "agreed to double trade": a goal, not a change that happened
            measure = "target" if cl.changes[0].goal else _measure(t, cl.changes[0], lo, hi, doc.lang)
            before = [f for f in ctx.last_facts if id(f) not in ctx.bases and f.value_original is not None
                      and f.growth_pct is None and f.measure == "actual" and _fact_flow(f) == cl.flow
                      and {f.reporter_iso3, f.partner_iso3} == set(pair)]
            if before and not own_times and measure == "actual" and not facts and STANDALONE_GROWTH_RE.search(t):
                # "... reached $3.2 billion in January-September. The turnover grew by 7.9% compared with the same
                # period last year": the figure just told (a change that compares with nothing may be of another time)
                before[-1].growth_pct = cl.changes[0].value
                continue
            period = _period_for(cl.changes[0].start, cl, sv.times, measure, doc.article.published_on)
            inherited_here = False
            if period is None and not own_times and measure == "actual":
                period = _inherited_period(ctx, cl.flow) or ctx.headline_period
                inherited_here = period is not None
            r, p, flow = _direction(cl.flow, binding, pair, reporter)
            facts.append(_fact(doc.article, sv, r, p, flow, measure, period, None, None, None, cl.changes[0].value, False))
            if inherited_here:
                ctx.inherited.add(id(facts[-1]))
            if sentence_binding is None:
                sentence_binding = binding
    # a growth-only figure followed by its value in the next sentence ("возрос на 32%. ... стало 90 миллионов")
    if ctx.last_facts and facts and not flows:
        g_only = [f for f in ctx.last_facts if f.value_original is None and f.growth_pct is not None]
        valued = [f for f in facts if f.value_original is not None and f.growth_pct is None and id(f) not in ctx.bases
                  and f.measure == "actual"]
        if g_only and valued:
            valued[-1].growth_pct = g_only[-1].growth_pct
            if valued[-1].period_start is None and g_only[-1].period_start is not None:
                valued[-1].period_start, valued[-1].period_end = g_only[-1].period_start, g_only[-1].period_end
            ctx.merged.add(id(g_only[-1]))
    return finish(blocked=totals_only and not facts)


def _follow_ranking(ctx: _Context, sv: SentenceView, flows, places, facts, was_item: bool) -> None:
    """Open a ranking at a header that names partners, with or without a figure of its own ("Ең ірі серіктес –
    Италия: онымен сауда ..."); keep it open while its items follow (a question or a remark may stand between
    the header and the first item); a sentence of another flow, or two that are no items, close it."""
    if not was_item and RANKING_GATE.may_match(sv.low) and RANKING_RE.search(sv.text):
        named = {p.iso3 for p in places if p.kind != "city"}
        owners = {p.iso3 for p in places if p.kind != "city" and _owns_ranking(sv.text, p)}
        if HOME in named or not named:
            owner = HOME
        elif len(owners) == 1:
            owner = next(iter(owners))  # "Өзбекстанның негізгі экспорттық серіктестері", "партнеры Узбекистана"
        elif not owners and len(named) == 1:
            owner = HOME  # "Ең ірі серіктес – Италия": Italy is ranked, not ranking
        else:
            ctx.ranking = None
            return
        flow = flows[0][0] if flows else "turnover"
        own = [x for x in sv.times if x.kind == "span" and x.resolved]
        period = (own[-1].period_start, own[-1].period_end) if own else _inherited_period(ctx, flow) or ctx.main_period
        ctx.ranking = _Ranking(flow, owner, period)
    elif ctx.ranking is not None:
        ctx.ranking.age = 0 if was_item else ctx.ranking.age + 1
        if ctx.ranking.age > RANKING_REACH or (flows and not was_item):
            ctx.ranking = None


# "with it" standing for the country named just before: "Италия: онымен сауда", "Италия, торговля с ней", "Italy: trade with it"
WITH_IT_RE = CI(r"(?i)(?<!\w)(?:онымен|с\s+ней|с\s+ним|with\s+it)(?!\w)")


def _with_it(t: str, cl: _Clause, places, lo: int) -> str | None:
    """The one foreign country named before "with it" in the clause's sentence, if the pronoun stands in the clause."""
    end = cl.amounts[0].start if cl.amounts else (cl.kw[1] if cl.kw is not None else None)
    if end is None:
        return None
    m = next((x for x in WITH_IT_RE.finditer(t, max(0, lo - 40), end)), None)
    if m is None:
        return None
    before = {p.iso3 for p in places if p.end <= m.start() and p.kind != "city" and p.iso3 != HOME}
    return next(iter(before)) if len(before) == 1 else None


OWNER_AFTER_RANKING_RE = CI(r"(?i)(?:партн[её]р\w*|partners\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}$")


def _owns_ranking(t: str, p) -> bool:
    """A country whose partners a header ranks: in the genitive ("Өзбекстанның", "Uzbekistan's") or governed by the
    partner word ("партнеры Узбекистана", "partners of Uzbekistan")."""
    return (p.ending in KK_GENITIVE or p.ending in ("'s", "’s") or t[p.end:p.end + 2] in ("'s", "’s")
            or OWNER_AFTER_RANKING_RE.search(t, max(0, p.start - 40), p.start) is not None)


def _ranked_items(t: str, amounts, places, placed: bool = False) -> dict:
    """Figures in money each led by its own country and nothing else: a ranking's line ("1. Қытай – 43,8 млрд $ –
    31,0%", "Ресей: 27,6 млрд") or clauses ("China is first with $43.8 billion, Russia is second with $27.9 billion")."""
    money = [a for a in amounts if a.currency]
    countries = [p for p in places if p.kind != "city"]
    if not money or not countries:
        return {}
    out = {}
    prev_end = 0
    for a in money:
        led = [p for p in countries if prev_end <= p.start and p.end <= a.start]
        if len(led) != 1 or a.start - led[0].end > ITEM_REACH or STOP_RE.search(t[led[0].end:a.start]):
            return {}
        out[a] = led[0].iso3
        prev_end = a.end
    if len(set(out.values())) != len(out) or len(countries) != len(out) or any(p.kind not in ("name", "abbrev") for p in countries):
        return {}
    if len(out) == 1 and countries[0].start != ITEM_OPEN_RE.match(t).end() and not placed:
        return {}  # a lone figure is an item only as a line opening with its country, or told with its place
    return out


def _partner_total(b: _Binding) -> bool:
    """A figure bound to one foreign country as its owner and to no other side: that country's total trade
    ("Внешнеторговый оборот Узбекистана составил", "Malaysia's total trade reached", "Өзбекстанның сыртқы саудасы")."""
    return bool(b.owner) and b.owner != HOME and not (b.partners or b.origin or b.dest)


def _flows(t: str, low: str | None = None) -> list[tuple[str, int, int]]:
    out = []
    if not FLOW_GATE.may_match(low if low is not None else t.lower()):
        return out
    for m in FLOW_RE.finditer(t):
        if NOT_FLOW_AFTER_RE.match(t, m.start()) or NOT_FLOW_BEFORE_RE.search(t[max(0, m.start() - 40):m.start()]):
            continue
        out.append((next(k for k, v in m.groupdict().items() if v), m.start(), m.end()))
    for m in PARTNERS_RE.finditer(t):
        if PARTNER_ITEMS_RE.search(t, m.end()) and not any(s <= m.start() < e for _, s, e in out):
            out.append(("turnover", m.start(), m.end()))  # "main trading partners were China ($31.5 bn), Russia (...)"
            out.sort(key=lambda x: x[1])
    return out


# a ranking of partners: "main trading partners", "ТОП-10 сауда серіктесі", "первая пятерка", "the top five";
# the lines or clauses that follow it, each a country and its figure, are that country's trade with the ranking's owner
RANKING_RE = CI(r"(?i)(?<!\w)(?:партн[её]р(?!ств)\w*|серіктес(?!тік)\w*|partners?(?!\w)|top[-\s]?(?:three|five|ten|\d{1,2})(?!\w)|"
                        r"топ[-\s]?\d{1,2}(?!\w)|(?:перв|лидирующ)\w*\s+(?:тройк|пят[её]рк|десятк)\w*|"
                        r"(?:алғашқы|үздік)\s+(?:үштік|бестік|ондық)\w*)")
RANKING_GATE = KeywordGate(("партн", "серіктес", "partner", "top", "топ", "тройк", "пятерк", "пятёрк", "десятк", "үштік",
                            "бестік", "ондық"))
# a partner's place in a ranking: "Первое место ... Китай", "на втором месте", "третью строчку", "came second",
# "kept third place", "екінші орында", "3-орын"
# (the ordinal grammar is numbers.ORDINAL_RE's; Kazakh also writes the ordinal as a digit and a hyphen: "3-орын")
RANK_PLACE_RE = CI(rf"(?i)(?:{numbers.ORDINAL_RE.pattern}|(?<![\w-])\d{{1,2}}-(?=орын))[\s-]*"
                           r"(?:мест\w*|строчк\w*|позици\w*|place|position|spot|орын\w*)(?!\w)|"
                           rf"(?<!\w)(?:came|ranked|was|is|remained|finished)\s+(?:{'|'.join(numbers.EN_ORDINALS)})"
                           r"(?=\s*(?:with\b|at\b|[,(—–-]))")  # "came second with", not "was first signed"
# the countries a partner ranks behind, each with its figure in brackets: "Kazakhstan is Uzbekistan's third largest
# partner after China ($1.9 bn) and Russia ($1.8 bn)", "занимает третье место ... после Китая (7,9 млрд долларов) и
# России", "Қытай (7,9 млрд доллар) мен Ресейден (7,1 млрд доллар) кейін": those are the ranking country's figures with
# them, no figure of the pair
RANKED_AFTER_GATE = KeywordGate(("after", "после", "кейін", "behind", "following"))
RANK_WORD_RE = CI(r"(?i)(?<!\w)(?:партн[её]р\w*|partners?|серіктес\w*|мест\w*|place|position|ranks?|ranked|"
                          r"орын\w*|largest|крупнейш\w*|ең\s+ірі)(?!\w)")
AHEAD_BEFORE_RE = CI(r"(?i)(?<!\w)(?:after|после|behind|following)\s(?:[^.;]|\.(?=\d))*$")
AHEAD_REACH = 90
AHEAD_AFTER_RE = CI(r"(?i)^(?:[^.;]|\.(?=\d)){0,80}?(?<!\w)кейін(?!\w)")
BRACKET_AFTER_PLACE = 3  # characters between a country's name and the bracket its figure opens


def _ahead_in_ranking(t: str, a, places) -> bool:
    """The amount stands in brackets after a country that the sentence ranks ahead of its partner."""
    if not RANK_WORD_RE.search(t):
        return False
    before = t.rfind("(", 0, a.start)
    if before < 0 or ")" in t[before:a.start]:
        return False
    place = next((p for p in places if p.kind != "city" and 0 <= before - p.end <= BRACKET_AFTER_PLACE), None)
    if place is None:
        return False
    # "after China (...) and Russia (...)": the cue before the first country of the list, or "... кейін" after it
    return bool(AHEAD_BEFORE_RE.search(t, max(0, place.start - AHEAD_REACH), place.start) or AHEAD_AFTER_RE.search(t[a.end:]))


RANKING_REACH = 1  # sentences a ranking's header reaches past (a question, a remark) to its first item
ITEM_OPEN_RE = CI(r"(?i)\s*(?:\d{1,2}\s*[.)]|[-–—•*·])?\s*(?:the\s+)?")  # "1.", "2)", "–", "•" opening a ranking's line
ITEM_REACH = 40  # characters from an item's country to its figure
# trading partners named with their figures in parentheses: each figure is that partner's turnover
PARTNERS_RE = CI(r"(?i)(?:trad(?:e|ing)\s+partners|торгов\w+\s+партн[её]р\w*|сауда\s+серіктес\w*)")
PARTNER_ITEMS_RE = re.compile(r"[^\W\d_][\w-]*\s*\((?:[^()]*\d[^()]*)\)[^.;]*?[^\W\d_][\w-]*\s*\((?:[^()]*\d[^()]*)\)")


def _fact_flow(f: TradeFact) -> str:
    return "investment" if f.flow.startswith("investment") else f.flow


def _fact(article, sv, r, p, flow, measure, period, usd, original, cur, growth, approx) -> TradeFact:
    ps, pe = period if period else (None, None)
    return TradeFact(
        article_id=article.article_id, reporter_iso3=r, partner_iso3=p, flow=flow, measure=measure,
        period_start=ps, period_end=pe, value_usd=usd, value_original=original, currency=cur,
        growth_pct=growth, approximate=approx, evidence=sv.text, char_start=sv.start, char_end=sv.end,
    )


# ---------------------------------------------------------------- changes (growth)

# a change told as a multiple: "2 есе", "threefold", "doubled", "вдвое"
MULTIPLE_RE = CI(r"(?i)есе|fold|doubled|tripled|вдвое|втрое")


def _changes(sv: SentenceView) -> list[_Change]:
    t = sv.text
    out = []
    for p in sv.percents:
        before = t[max(0, p.start - (80 if ")" in t[max(0, p.start - 14):p.start] else 60)):p.start]
        after = t[p.end:p.end + 45]
        if SHARE_RE.search(before[-30:] + " " + after[:30]):
            continue
        value = p.value
        if GROWTH_INDEX_RE.search(before) and value >= 100 \
                or INDEX_OF_BASE_RE.match(after) and not p.signed and not CHANGE_BY_BEFORE_RE.search(before):
            value = round(value - 100, 4)  # "темп роста 149,5%", "132,4% (92,4%) к уровню января–июля 2016 года": +32.4 (-7.6)
        elif p.signed:
            pass
        else:
            down = _nearest(GROWTH_DOWN_RE, before, after)
            up = _nearest(GROWTH_UP_RE, before, after)
            if down is None and up is None and not GROWTH_INDEX_RE.search(before + after):
                continue
            if down is not None and (up is None or down < up):
                value = -abs(value)
        out.append(_Change(p.start, p.end, value))
    for m in sv.multipliers:
        before, after = t[max(0, m.start - 40):m.start], t[m.end:m.end + 40]
        if GOAL_CHANGE_AFTER_RE.match(after) or GOAL_CHANGE_BEFORE_RE.search(before) or GOAL_CHANGE_RE.search(t, m.start, m.end) \
                or t[m.start:m.end].lower() in ("double", "triple"):
            # "екі есе арттыруға ниетті", "to double", "удвоить": a goal, not a change that happened
            out.append(_Change(m.start, m.end, round((m.factor - 1) * 100, 4), goal=True))
            continue
        down = _nearest(GROWTH_DOWN_RE, before, after)
        up = _nearest(GROWTH_UP_RE, before, after)
        if down is not None and (up is None or down < up):
            value = round((1 / m.factor - 1) * 100, 4)
        elif up is not None or MULTIPLE_RE.search(t[m.start:m.end]):
            value = round((m.factor - 1) * 100, 4)
        else:
            continue
        out.append(_Change(m.start, m.end, value))
    out.sort(key=lambda c: c.start)
    return out


# a bracketed base just before the figure: "по сравнению с 2023 годом ($131,6 млн)"
BASE_IN_BRACKETS_RE = re.compile(r"\([^()]{0,40}\)(?=[^()]{0,12}$)")
# what cuts the stretch before a figure: a semicolon, a bracket, another figure with its scale or "%"
CLAUSE_CUT_BEFORE_RE = re.compile(r"[;()]|\d[\d.,]*\s*(?:%|млрд|млн|bn|billion|million)")
# what cuts the stretch after a figure: a semicolon, a bracket or a digit
CLAUSE_CUT_AFTER_RE = re.compile(r"[;()]|\d")


def _nearest(rx: re.Pattern, before: str, after: str) -> int | None:
    """Distance in characters from the figure to the nearest cue of ``rx`` in its clause, or None."""
    # a bracketed base just before the figure does not cut its verb off: "увеличившись по сравнению с 2023 годом
    # ($131,6 млн) на 39,2%"
    before = BASE_IN_BRACKETS_RE.sub(" ", before)
    before = CLAUSE_CUT_BEFORE_RE.split(before)[-1]
    after = CLAUSE_CUT_AFTER_RE.split(after)[0]
    best = None
    for m in rx.finditer(before):
        d = len(before) - m.end()
        best = d if best is None else min(best, d)
    m = rx.search(after)
    if m:
        best = m.start() if best is None else min(best, m.start())
    return best


# ---------------------------------------------------------------- clauses

# a Kazakh time in the attributive form ("2023 жылғы", "өткен жылғы", "қаңтар-наурыздағы") qualifies the noun after it
KK_ATTRIBUTIVE_TIME_RE = CI(r"(?i)(?:ғы|гі|қы|кі|дағы|дегі|тағы|тегі)$")


def _qualifies(t: str, x, a) -> bool:
    """The time ``x`` is the attribute of the figure ``a`` written right after it ("2023 жылғы 142,6 млн"): that
    figure's time alone, no other figure's nor the clause's."""
    return 0 <= a.start - x.end <= 3 and KK_ATTRIBUTIVE_TIME_RE.search(t, x.start, x.end) is not None or _then_time(t, x, a)


def _base_time(t: str, x, a) -> bool:
    """The time ``x`` is told right after the base ``a`` ("up from $419.3 million in 2024, with imports ... $468.2
    million"): the base's year, not that of the figures after it (the clause still ends there)."""
    return 0 <= x.start - a.end <= 4 and BASE_BEFORE_RE.search(t, max(0, a.start - 70), a.start) is not None


def _then_time(t: str, x, a) -> bool:
    """The time ``x`` opens an earlier value told of the figure just given: "2023 жылы ол [131,5 млн]", "in 2023 it
    was [$131.5m]"."""
    if not 0 <= a.start - x.end <= 40:
        return False
    m = THEN_IT_WAS_RE.search(t, max(0, x.start - 3), a.start)
    return m is not None and m.start() <= x.start + 3  # the phrase opens with this time, not a later one


# an opening or closing bracket
BRACKET_RE = re.compile(r"[()]")
# a comma, a semicolon or a colon between two figures
CLAUSE_PUNCT_RE = re.compile(r"[,;:]")


def _clauses(t, amounts, changes, flows, times, inherited_flow) -> list[_Clause]:
    items: list[_Item] = []
    items += [_Item("amount", a.start, a.end, a) for a in amounts]
    items += [_Item("change", c.start, c.end, c) for c in changes]
    items += [_Item("flow", s, e, name) for name, s, e in flows]
    for m in BRACKET_RE.finditer(t):
        items.append(_Item("open" if m.group() == "(" else "close", m.start(), m.end()))
    for x in times:
        if x.kind != "compare":
            items.append(_Item("time", x.start, x.end, x))
    for m in CLAUSE_BREAK_RE.finditer(t):
        items.append(_Item("break", m.start(), m.end()))
    for m in PART_MARK_RE.finditer(t):
        items.append(_Item("part", m.start(), m.end()))
    order = {"break": 0, "part": 0, "time": 0, "flow": 1, "open": 2, "close": 2, "amount": 3, "change": 4}
    items.sort(key=lambda i: (i.start, order[i.kind]))
    first_flow = next((i for i in items if i.kind == "flow"), None)
    first_amount = amounts[0].end if amounts else len(t)
    initial, kw = None, None
    if first_flow is None:
        initial = inherited_flow
    elif first_amount <= first_flow.start <= first_amount + 25:
        initial, kw = first_flow.value, (first_flow.start, first_flow.end)  # "9,4 млрд доллары – Қазақстанның экспорты"
    elif inherited_flow:
        initial = inherited_flow
    cur = _Clause(initial, 0, None, kw)
    out: list[_Clause] = [cur]
    stack: list[_Clause] = []
    depth = 0
    last_time = None
    for it in items:
        if it.kind == "flow":
            if cur.amounts and it.start - cur.amounts[-1].end <= (PART_FLOW_REACH if cur.part else 25) \
                    and (cur.flow in (None, it.value) or cur.part and cur.kw is None) \
                    and not CLAUSE_PUNCT_RE.search(t[cur.amounts[-1].end:it.start]):
                cur.flow = it.value  # "$1,3 млрд инвестиция": the keyword names the amount before it
                cur.kw = cur.kw or (it.start, it.end)
                continue
            last_fig = max([x.end for x in cur.amounts] + [x.end for x in cur.changes] + [-1])
            near = last_fig < 0 or (0 <= it.start - last_fig <= 25 and not CLAUSE_PUNCT_RE.search(t[last_fig:it.start]))
            if cur.kw is None and ((cur.flow is None and near) or
                                   (not cur.amounts and not cur.changes and cur.flow in (it.value, inherited_flow))):
                cur.flow, cur.kw = it.value, (it.start, it.end)  # "13% trade growth", "9,4 млрд доллары – Қазақстанның экспорты"
                continue
            cur = _Clause(it.value, depth, last_time, (it.start, it.end), parent=stack[-1] if stack else None)
            out.append(cur)
        elif it.kind == "part":
            if cur.amounts or cur.changes:  # "17,2 млрд долларды құрады, оның 15,9 млрд доллары Қазақстан экспортына тиесілі"
                cur = _Clause(cur.flow, depth, cur.time, parent=cur.parent, part=True)
                out.append(cur)
        elif it.kind == "break":
            if cur.amounts or cur.changes:  # "Turkey invested $3.5 bn in Kazakhstan, while Kazakhstan channeled $1 bn"
                cur = _Clause(cur.flow, depth, cur.time, parent=cur.parent)
                out.append(cur)
        elif it.kind == "time":
            if any(_qualifies(t, it.value, a) for a in amounts):
                continue  # "2023 жылғы 142,6 млн доллармен салыстырғанда": the time of that figure alone
            if not (cur.amounts and _base_time(t, it.value, cur.amounts[-1])):
                last_time = it.value  # not "up from $419.3 million in 2024": the figures after it keep the clause's year
            if cur.amounts and not cur.own_time and _time_follows(t, cur.amounts[-1].end, it.start):
                cur.time, cur.own_time = it.value, True  # "hit $6.4 billion last year": the time of the figure before it
            elif cur.amounts:  # "в 2022 году X, в 2023 году Y"; a change keeps its clause: "grew 13% in 7 months, reaching $757 m"
                cur = _Clause(cur.flow, depth, last_time, parent=cur.parent)
                out.append(cur)
            else:
                cur.time, cur.own_time = last_time, True
        elif it.kind == "open":
            stack.append(cur)
            depth += 1
            cur = _Clause(cur.flow, depth, cur.time, parent=stack[-1])
            out.append(cur)
        elif it.kind == "close":
            if stack:
                cur = stack.pop()
                depth -= 1
        elif it.kind == "amount":
            cur.amounts.append(it.value)
        elif it.kind == "change":
            # a change in parentheses right after an amount belongs to that amount's clause
            if cur.depth > 0 and not cur.amounts and stack and stack[-1].amounts:
                stack[-1].changes.append(it.value)
            else:
                cur.changes.append(it.value)
    for c in out:  # "(valued at $21.7bn) of Kazakhstan's foreign trade": the keyword came after the parenthesis
        if c.flow is None and c.parent is not None:
            c.flow = c.parent.flow
    return out


def _window(t, cl: _Clause, clauses, amounts, flows, outer: bool = False) -> tuple[int, int]:
    """The stretch of the sentence whose countries belong to this clause: not before the previous
    figure nor a clause break ("..., а импорт", "; ", ", while"), not into the next flow's clause.
    A clause in parentheses is the parenthesis; ``outer`` reads the clause around it instead."""
    anchors = [x for x in ([cl.kw[0]] if cl.kw else []) + [a.start for a in cl.amounts] + [c.start for c in cl.changes]]
    ends = [x for x in ([cl.kw[1]] if cl.kw else []) + [a.end for a in cl.amounts] + [c.end for c in cl.changes]]
    first, last = min(anchors), max(ends)
    if outer:
        op, cp = t.rfind("(", 0, first), t.find(")", last)
        first, last = (op if op >= 0 else first), (cp + 1 if cp >= 0 else last)
    back = max(0, first - WINDOW_BACK)
    if back:
        space = t.find(" ", back)
        back = space + 1 if 0 <= space < first else back
    floor = max([a.end for a in amounts if a.end <= first and a not in cl.amounts] + [back])
    brk = [m.end() for m in CLAUSE_BREAK_RE.finditer(t, 0, first)]
    if brk:
        floor = max(floor, brk[-1])
    if cl.kw and FLOW_VERB_RE.fullmatch(t, cl.kw[0], cl.kw[1]):
        conj = CONJ_BEFORE_VERB_RE.search(t, floor, cl.kw[0])
        if conj:  # "Georgia exported $45 million to Kazakhstan and imported $120 million": the subject is elided
            floor = conj.end()
    kws = [s for _, s, _ in flows if s > last]
    ceiling = min(kws + [len(t)])
    nxt = CLAUSE_BREAK_RE.search(t, last)
    if nxt:
        ceiling = min(ceiling, nxt.start())
    # past the last figure only up to the comma closing the clause: a Kazakh modifier before the next
    # keyword belongs to it ("..., Әзербайжаннан жасалатын импорт")
    comma = COMMA_RE.search(t, last)
    ceiling = min(ceiling, last + WINDOW_AFTER, comma.start() if comma else len(t))
    if cl.depth > 0 and not outer:  # inside parentheses: the parenthesis
        op = t.rfind("(", 0, first)
        cp = t.find(")", last)
        floor = max(floor, op + 1) if op >= 0 else floor
        ceiling = min(ceiling, cp if cp >= 0 else len(t))
    return floor, ceiling


# ---------------------------------------------------------------- amounts

# "сумма", "worth", "value" right before a figure: its size, not a change
SUM_WORD_RE = CI(r"(?i)сумм|worth|value")
# Kazakh "дейін" (up to) right after a figure
KK_UNTIL_AFTER_RE = CI(r"(?i)^\s*дейін")
# a number closing the text: "12 contracts worth"
NUMBER_END_RE = re.compile(r"\d+\s*$")
# "worth", "құны", "стоимостью" right after the goods
WORTH_AFTER_RE = CI(r"(?i)^\s*(?:worth|құны|стоимостью)")
# "worth $", "стоимостью", "құны", "на общую сумму", "total value of" right before the figure
WORTH_BEFORE_RE = CI(r"(?i)(?:worth|стоимостью|құны|на\s+(?:общую\s+)?сумму|(?:total\s+)?value\s+of)\s*(?:(?:около|почти|более|свыше|порядка|примерно|about|around|almost|"
                    r"nearly|over|more\s+than|some|roughly|шамамен)\s*)?[$€]?\s*$")  # "стоимостью около 1,4 млрд"
# how far before its worth the deal may be named: "контракты на поставку ... тракторов, грузовых автомобилей и
# лифтового оборудования на общую сумму около $60 млн"
WORTH_DEAL_REACH = 160
# a flow named between the deal word and the worth makes the worth the flow's ("Согласно соглашению, ... экспортировал
# товаров на общую сумму 200 млн")
TRADE_NAMED_RE = CI(r"(?i)экспорт|импорт|export|import|товарооборот|turnover|айналым")
# Kazakh "құны", "сомасы" (its value, its sum) right before the figure
KK_VALUE_BEFORE_RE = CI(r"(?i)(?:құны|сомасы)\s*$")


# the gap between two counts of one figure: "расходятся почти на сто миллионов", "differ by almost $100 million",
# "айырмашылығы 100 млн доллар"
DISCREPANCY_BEFORE_RE = CI(r"(?i)(?:расход(?:ятся|ится|ились)|различа(?:ются|ются)|differ(?:s|ed)?|discrepancy\s+of|gap\s+of|"
                           r"айырмашылығ\w*|айырма\w*)\s+(?:\w+\s+){0,2}?(?:на\s+|by\s+)?(?:\w+\s+)?$")


def _amount_role(t: str, a, cl: _Clause, lo: int, lang: str) -> str:
    """level | change | base | deal."""
    before = t[max(lo, a.start - 90):a.start]
    after = t[a.end:a.end + 40]
    if DELTA_BEFORE_RE.search(before) and not SUM_WORD_RE.search(before[-25:]):
        return "change"  # "увеличился на $769,5 млн", "increased by $324 million"
    if lang == "kk" and KK_CHANGE_AFTER_RE.match(after) and KK_DATIVE_GLUE_RE.search(t[a.start:a.end]) \
            and not KK_UNTIL_AFTER_RE.match(after):
        return "change"  # "500 млн долларға артты"
    if HYPOTHETICAL_RE.search(t, max(lo, a.start - 40), a.start):
        return "deal"  # "мечтали о 5 млрд": a wish, not a figure
    if DISCREPANCY_BEFORE_RE.search(before):
        return "change"  # "в цифрах они расходятся почти на сто миллионов долларов": a gap between two counts
    if _is_comparison_base(t, a, cl):
        return "base"
    balances = list(BALANCE_RE.finditer(t, max(lo, a.start - 60), a.start))
    if balances and not BALANCE_END_RE.search(t, balances[-1].end(), a.start):
        return "deal"  # "a trade deficit of almost $10 billion", "сальдо торговли составило", "сауда тапшылығы": no flow
    deals = list(DEAL_RE.finditer(t, max(lo, a.start - 70), a.start))
    deal_before = deals[-1] if deals else None  # the nearest: "Портфель Kazakh Invest – 263 проекта на $58 млрд"
    if deal_before and not FLOW_RE.search(t[deal_before.end():a.start]):
        return "deal"
    if deal_before and NUMBER_END_RE.search(t[max(lo, deal_before.start() - 12):deal_before.start()]):
        return "deal"  # "93 проекта с общим объёмом инвестиций 18,3 млрд": a counted project portfolio
    if DEAL_RE.match(t[a.end:a.end + 30].lstrip(" ,.-–")) or (
            WORTH_AFTER_RE.match(after) and not GOODS_WORTH_RE.match(after)):
        return "deal"  # "$2 bn worth of deals", not "exported $300 million worth of goods"
    if WORTH_BEFORE_RE.search(before):
        deals = list(DEAL_RE.finditer(t, max(lo, a.start - WORTH_DEAL_REACH), a.start))
        if deals and not TRADE_NAMED_RE.search(t, deals[-1].end(), a.start):
            return "deal"  # not "Согласно соглашению, ... экспортировал товаров на сумму": the exports' worth
    if KK_VALUE_BEFORE_RE.search(before) and DEAL_RE.search(t, a.end, min(len(t), a.end + 60)):
        return "deal"  # "жалпы құны 4,8 млрд долларды құрайтын 12 жоба": the Kazakh deal noun follows its value
    if lang == "kk" and KK_DATIVE_GLUE_RE.search(t[a.start:a.end]) and KK_WORTH_DEAL_RE.match(t, a.end):
        return "deal"  # "1,1 млрд долларға 27 экспорттық келісімшартқа қол қойылды": contracts worth the amount
    return "level"


# the difference of exports and imports is no flow of goods: "a trade deficit of $10 billion", "профицит", "сауда тапшылығы"
BALANCE_RE = CI(r"(?<!\w)(дефицит\w*|профицит\w*|сальдо|deficit\w*|surplus\w*|balance\w*|баланс\w*|тапшылы\w*)")
# a flow named in full (or a sentence's end) between the balance word and the amount: "дефицит ... , а экспорт
# составил" is the exports'
BALANCE_END_RE = CI(r"(?i)экспорт|импорт|export|import|товарооборот|turnover|айналым|[.;]")


# the deal an amount in the dative is the worth of: "долларға 27 экспорттық келісімшарт", "долларға жоба"
KK_WORTH_DEAL_RE = CI(r"\s+(?:\d+\s+)?(?:[^\W\d_]+\s+){0,2}?" + DEAL_RE.pattern)


# the figure of the compared time, told in a "when" clause
WHEN_IT_WAS_RE = CI(r"(?i)(?:,\s*когда|,\s*when)\s+(?:\w+\s+){0,2}(?:составлял\w*|был\w*|достигал\w*|оценивал\w*\s+в|stood\s+at|was|"
                            r"amounted\s+to|totall?ed|reached|(?:was\s+)?(?:estimated|valued)\s+at)\s*(?:около\s+|about\s+)?[$€]?\s*$")


# an earlier year's value told after the figure with a pronoun for it: "2023 жылы ол 131,5 млн доллар еді",
# "в 2023 году он составлял 131,5 млн", "a year earlier it stood at $131.5 million"
YEAR_EARLIER = r"годом\s+(?:ранее|раньше)|a\s+year\s+(?:earlier|before)|the\s+year\s+before|бір\s+жыл\s+бұрын"
THEN_IT_WAS_RE = CI(rf"(?i)(?:(?<!\d)(?:19|20)\d\d\s*(?:жылы|году|г\.)|\bin\s+(?:19|20)\d\d|{YEAR_EARLIER}|"
                            r"былтыр)[,\s]+(?:ол|он|она|оно|it|this)\s+"
                            r"(?:составлял\w*|был\w*|was|stood\s+at|amounted\s+to|totall?ed)?\s*(?:US)?[$€]?\s*$")
# an amount named as what a figure is compared with
COMPARED_WITH_RE = CI(r"(?i)(?:compared\s+(?:to|with)|as\s+against|\bagainst|\bversus|\bvs\.?|"
                              r"по\s+сравнению\s+со?|в\s+сравнении\s+со?)\s*(?:about|around|some|около|примерно)?\s*(?:US)?[$€]?\s*$")
# "...доллармен салыстырғанда": the instrumental ending glued to the amount's currency word, or written after it
KK_COMPARED_WITH_RE = CI(r"(?i)(?<=мен|пен|бен)\s+(?:салыстырғанда|қарағанда)|-?(?:мен|пен|бен)\s+(?:салыстырғанда|қарағанда)")


# the compared time's figure in a bracket right after it: "больше, чем в 2024 году (1,85 млрд)", "more than in the
# same period last year ($1.85 billion)"
THAN_BRACKET_RE = CI(r"(?i)(?<!\w)(?:чем|than)\s[^()\d%]{0,60}(?:\d{4}[^()\d%]{0,15})?\(\s*(?:US)?[$€]?\s*$")


# the same period of another year named in the bracket before the figure
SAME_PERIOD_PHRASE = rf"(?:{periods.SAME_PERIOD_WORDS})\s+(?:период\w*|period|кезең\w*)"
SAME_PERIOD_IN_BRACKET_RE = CI(rf"(?i)\((?:[^()]*\s)?{SAME_PERIOD_PHRASE}[^()]*$")
# ... or after it, closing the bracket: "($195 million in the same period of 2018)"
SAME_PERIOD_CLOSES_BRACKET_RE = CI(rf"(?i)[^()]{{0,12}}?{SAME_PERIOD_PHRASE}[^()]{{0,25}}\)")
# a sentence set aside for comparison: "Для сравнения, ...", "For comparison, ...", "Салыстыру үшін: ..."
COMPARISON_ASIDE_RE = CI(r"(?i)^\W*(?:для\s+сравнения|by\s+comparison|for\s+comparison|in\s+comparison|салыстыру\s+үшін)")
# a base figure's cue: "up from $", "up 30.6% from $" (the change is the figure's), "было", "против", "previous year ... was"
BASE_BEFORE_RE = CI(r"(?i)(up|down)\s+from\s*[$€]?\s*$|\d\s*(?:%|percent|per\s+cent)\s+from\s*[$€]?\s*$|\bбыло\s*$|против\s*$|previous\s+year[^.]{0,30}(?:was|stood\s+at)\s*[$€]?\s*$")
# "с", "from" right before the figure: a range's first end
FROM_BEFORE_RE = CI(r"(?i)(?:^|\s)(?:с|from)\s*[$€]?\s*$")
# "до рекордных 5,1 млрд долларов с", "to $5.1 billion from" before it: the range's second end came first
TO_FIGURE_BEFORE_RE = CI(r"(?i)(?<!\w)(?:до|to)\s+(?:[^\W\d]+\s+){0,2}[$€]?\s*\d(?:[^.;:]|\.(?=\d)){0,40}?\s(?:с|from)\s*[$€]?\s*$")
# "до 5", "to $5" after it: the range's second end
TO_FIGURE_AFTER_RE = CI(r"(?i)^[^.;]{0,30}?\s(?:до|to)\s*[$€]?\s*\d")
# a Kazakh ablative ending on the figure's last word: "3 млрд-тан", "500 млн-нан", "668 млн доллардан"
KK_ABLATIVE_END_RE = CI(r"(?i)(?:тан|тен|дан|ден|нан|нен)$")
WORD_TAIL_RE = re.compile(r"\S*$")
# "... 5 млрд-қа дейін": the range's second end
KK_UNTIL_FIGURE_AFTER_RE = CI(r"(?i)^[^.;]{0,40}?\d[^.;]{0,40}?дейін")
# "... 30,6%-ға өсіп, 872,4 млн долларға жетті": grew from it to the next figure
KK_GREW_TO_FIGURE_AFTER_RE = CI(r"(?i)^[^.;\d]{0,20}(?:\d[\d,.]*\s*%?-?\S{0,4}\s+)?(?:өс|арт|ұлғай|көбей|кеміп|азай|қысқар|төмендеп)\w*"
                                r"[^.;]{0,25}?\d[^.;]{0,30}?(?:ға|ге|қа|ке)\s+(?:жетті|жетіп|дейін)")
# a bracket closing before "салыстырғанда" / "қарағанда": a base compared against
KK_COMPARED_IN_BRACKETS_RE = CI(r"(?i)^[^()]{0,20}\)\s*(?:салыстырғанда|қарағанда)")


def _is_comparison_base(t: str, a, cl: _Clause) -> bool:
    """The amount a figure is compared with: "up from $0.9 billion", "было 67 миллионов", "с 1,2 млрд до ...",
    "from $X to $Y", "X-тан ... Y-ға дейін", or a bare "(1,1 млрд.)" after a comparison phrase."""
    before = t[max(0, a.start - 70):a.start]
    after = t[a.end:a.end + 60]
    if BASE_BEFORE_RE.search(before):
        return True
    if COMPARED_WITH_RE.search(before) or KK_COMPARED_WITH_RE.match(t, a.end):
        return True  # "compared to $151.2m", "по сравнению с 151,2 млн долларов", "151,2 млн доллармен салыстырғанда"
    if WHEN_IT_WAS_RE.search(before):
        return True  # "на 18% больше, чем в январе–июне 2024 года, когда показатель составлял $434,2 млн"
    then = THEN_IT_WAS_RE.search(before)
    if then and DIGIT_RE.search(t, 0, a.start - len(before) + then.start()):
        return True  # "84,3 млн долларды құрады, 2023 жылы ол 131,5 млн доллар еді", "in 2023 it was $131.5m"
    if FROM_BEFORE_RE.search(before) and (TO_FIGURE_AFTER_RE.match(after) or TO_FIGURE_BEFORE_RE.search(before)):
        return True  # "с 1,2 млрд до 1,5 млрд", "from $1.2 bn to $1.5 bn", "вырос до 5,1 млрд с 4,3 млрд"
    word = WORD_TAIL_RE.search(t, max(0, a.end - 30), a.end).group() + NON_BLANKS_RE.match(t, a.end).group()
    if KK_ABLATIVE_END_RE.search(word.rstrip(",.;:")) \
            and (KK_UNTIL_FIGURE_AFTER_RE.match(after) or KK_GREW_TO_FIGURE_AFTER_RE.match(after)):
        return True  # "738 млн доллардан 1 млрд долларға дейін", "668 млн доллардан 30,6%-ға өсіп, 872,4 млн долларға жетті"
    if cl.depth > 0 and KK_COMPARED_IN_BRACKETS_RE.match(after):
        return True  # "2023 жылмен (131,6 млн долл.) салыстырғанда": the Kazakh comparison closes after the bracket
    if cl.depth > 0 and THAN_BRACKET_RE.search(before):
        return True  # "на 15,6% больше, чем за соответствующий период прошлого года (1,85 млрд долларов)"
    if cl.depth > 0 and (COMPARE_WORD_RE.search(before) or SAME_PERIOD_IN_BRACKET_RE.search(before)
                         or SAME_PERIOD_CLOSES_BRACKET_RE.match(after)):
        # "(по сравнению с ...)", and "(за аналогичный период 2018 года – 195 млн)", "(2018 жылдың сәйкес кезеңінде –
        # 195 млн)", "(in the same period of 2018, $195 million)": the figure of the period compared with
        inner = t[t.rfind("(", 0, a.start) + 1:a.start] if "(" in t[:a.start] else ""
        if not FLOW_RE.search(inner):
            return True
    return False


def _currency_near(amounts, a) -> str | None:
    prev = [x for x in amounts if x.end <= a.start and x.currency]
    if prev:
        return prev[-1].currency
    nxt = [x for x in amounts if x.start >= a.end and x.currency]
    return nxt[0].currency if nxt else None


# a Kazakh hedge: "астам" (over), "жуық" (nearly), "шамасында" (about)
KK_HEDGE_RE = CI(r"(?i)(астам|жуық|шамасында)")


def _approximate(t: str, a) -> bool:
    return bool(HEDGE_BEFORE_RE.search(t[max(0, a.start - 30):a.start]) or HEDGE_AFTER_RE.match(t[a.end:a.end + 20])
                or KK_HEDGE_RE.search(t[a.start:a.end]))


# an aside after the flow word, closed before the figure's verb: ", dominated by crude oil,", "– pharmaceuticals, tea –"
# a comma aside, or one opened by "mostly" that lists goods: "imports, mostly sugar, poultry and machinery, totalled"
# what opens an aside listing a flow's goods: "основу которого составляют", "led by", "consisting mainly of", "including"
ASIDE_OPENER = (r"(?:основ\w*\s+котор\w+\s+(?:составля\w*|состав\w*)|в\s+котор\w+\s+преоблада\w*|led\s+by|"
                r"consisting\s+(?:\w+\s+)?of|made\s+up\s+(?:\w+\s+)?of|dominated\s+by|including|включая|соның\s+ішінде)\b")
ASIDE_RE = CI(rf"(?i),\s*(?:{MOSTLY}|{ASIDE_OPENER})[^–—()]*,|,[^,–—()]*,|\s[–—][^–—()]*[–—]\s|\([^()]*\)")
# between the flow word and its aside only the flow's direction (after its owner): "exports to Kazakhstan, ...",
# "импорт из Китая, ...", "импорт Казахстана из Бразилии, ...", "импорт бразильской продукции в Казахстан, ..."
ASIDE_LEAD_RE = CI(r"(?i)\s*(?:(?:[^\W\d]+\s+){1,2}(?=(?:в|во|из|с|со)\s))?(?:(?:to|from|with|of|в|во|из|с|со)\s+[^\s,]+(?:\s+[^\s,]+)?)?\s*")


# a comma, a dash or a bracket between an aside and the figure
ASIDE_CUT_RE = re.compile(r"[,–—()]")


def _aside(t: str, kw_end: int, amount_start: int) -> tuple[int, int] | None:
    """The aside that describes the flow, whose size follows it: "imports, dominated by crude oil, totaled $908
    million", "импорт, в котором преобладают машины, составил ...". None when the figure is inside or before it."""
    for m in ASIDE_RE.finditer(t, kw_end, amount_start):
        # (a dash may stand for the verb after it: "импорт из Казахстана, основу которого составляет уран, – 1,3 млрд")
        if ASIDE_CUT_RE.search(t[m.end():amount_start].lstrip(" \u00a0–—")) is None and not DIGIT_RE.search(m.group()) \
                and ASIDE_LEAD_RE.fullmatch(t, kw_end, m.start()):
            return m.start(), m.end()
    return None


def _describes_flow(t: str, kw_end: int, m: re.Match, amount_start: int) -> bool:
    aside = _aside(t, kw_end, amount_start)
    return aside is not None and aside[0] <= m.start() and m.end() <= aside[1]


# the gap from a flow word to its bracketed figure: "импорт (128,9 млн"
OPEN_BRACKET_RE = re.compile(r"\w*\s*\(\s*")
# up to 60 characters without a full stop, a semicolon or a colon
SHORT_CLAUSE_RE = re.compile(r"[^.;:]{0,60}")
# an action noun closing the stretch: "processing", "производство", "потребления"
ACTION_NOUN_END_RE = CI(r"(?i)\w+(?:ing|ение|ения)\s*$")


def _component(t: str, a, lo: int, places, kw, amounts, components: set) -> bool:
    """The amount is a part of a flow (its goods, their shares), not the flow's size: "Основу экспорта составляют
    нефть ($1,2 млрд)", "в импорте преобладают машины ($187 млн)", "oil accounting for about $480 million". A
    country as the part ("на долю Китая пришлось", "China accounted for") is a partner's figure and stays, and so
    does a flow as the part ("exports to Kazakhstan, mostly cars, accounted for $4.1 bn of the total")."""
    # the amount's own stretch: after the figure before it (which may close the clause before), else its clause
    before = max((b for b in amounts if b is not a and a.start - 100 <= b.end <= a.start), key=lambda b: b.end, default=None)
    start = before.end if before is not None else max(lo, a.start - 100)
    if before is not None and id(before) in components and not FLOW_RE.search(t[start:a.start]) \
            and SHORT_CLAUSE_RE.fullmatch(t[start:a.start]):
        components.add(id(a))
        return True  # "машины ($187 млн), фармацевтика ($64 млн)": the list of parts goes on
    if kw is not None and 0 <= kw[0] - a.end <= 40:
        return False  # "оның басым бөлігі – 9,4 млрд доллары – Қазақстанның экспорты": the part is a flow, named after it
    for m in COMPOSITION_RE.finditer(t, start, a.start):
        if SHARE_MARKER_RE.match(m.group()) and any(
                p.kind != "city" and (m.end() <= p.start <= m.end() + 12 or p.end <= m.start() <= p.end + 12) for p in places):
            continue
        if kw is not None and kw[1] <= m.start() and _describes_flow(t, kw[1], m, a.start):
            continue
        if kw is not None and m.end() <= kw[0] <= m.end() + 40 and not _product_between(t, kw[1], a.start):
            continue  # "Оның басым бөлігі қазақстандық экспортқа тиесілі – 297 млн": the part is the flow named after it
        named = FLOW_RE.search(t, m.end(), min(a.start, m.end() + 40)) if kw is None else None
        if named is not None and (DASH_RE.search(t, m.end(), named.start()) or OPEN_BRACKET_RE.fullmatch(t, named.end(), a.start)) \
                and not _product_between(t, named.end(), a.start):
            # "Оның басым бөлігі – Бразилиядан әкелінген импорт (149,6 млн доллар)", "оның басым бөлігі Бразилиядан импорт
            # (128,9 млн доллар)": the flow, its figure bracketed
            continue
        if kw is not None and kw[1] <= m.start() and m.start() - kw[1] < 120:
            aside = _aside(t, kw[1], a.start)  # "exports, led by cars and machinery, accounted for $4.1 bn": the
            # goods in the aside describe the flow, which is the part
            between = APPOSITION_RE.sub(" ", t[kw[1]:aside[0]] + " " + t[aside[1]:m.start()]
                                        if aside is not None and aside[1] <= m.start() else t[kw[1]:m.start()])
            if not PRODUCT_RE.search(between) and not ACTION_NOUN_END_RE.search(between):
                continue
        components.add(id(a))
        return True
    return False


DASH_RE = re.compile(r"[–—]")


def _product_between(t: str, kw_end: int, amount_start: int) -> bool:
    """A product between the flow word and its figure, not in an aside describing the flow: "экспортировал в Китай
    зерна на 2 млрд" is the grain's figure; "imports, dominated by crude oil, totaled $908 million" is the imports'."""
    aside = _aside(t, kw_end, amount_start)
    return any(not (aside and aside[0] <= m.start() and m.end() <= aside[1])
               for m in PRODUCT_RE.finditer(t, kw_end, amount_start))


# a physical unit: tonnes, barrels, cubic metres
QUANTITY_UNIT_RE = CI(r"(?i)(тонн\w*|\btons?\b|tonnes?|баррел\w*|barrels?|куб\w*|cubic|тонна\w*)")


def _quantity_clause(t: str, lo: int, hi: int) -> bool:
    """The clause counts goods in physical units: its changes are of tonnage, not value."""
    return bool(QUANTITY_UNIT_RE.search(t[lo:hi]))


# ---------------------------------------------------------------- countries

# the word right before the flow noun
LAST_WORD_RE = re.compile(r"(\w+)\s+$")
# "non-" before it: "non-oil trade"
NON_BEFORE_RE = CI(r"(?i)\bnon[-\s]$")
# the word right after the flow noun
FIRST_WORD_RE = re.compile(r"^\s+(\w+)")
# "of" and the word after the flow noun: "exports of grain"
OF_WORD_AFTER_RE = re.compile(r"^\s+of\s+(\w+)")
# a Kazakh noun in the genitive right before the flow noun: "өнімдердің экспорты"
KK_GENITIVE_WORD_RE = re.compile(r"(\w+)(?:дың|дің|тың|тің|ның|нің)\s+$")
# Kazakh genitives that name no product: "елдің", "екі жақтың", "біздің", "тараптың"
KK_NOT_PRODUCT_RE = CI(r"(?i)(ел|елдер|екі|біздің|олардың|оның|жақ|тарап)")


def _product_level(sv: SentenceView, kw: tuple[int, int]) -> bool:
    """A product's flow: "экспорт пшеницы", "grain exports", "бидай экспорты", "өнімдердің экспорты"."""
    t = sv.text
    before = t[max(0, kw[0] - 30):kw[0]]
    after = t[kw[1]:kw[1] + 30]
    m = LAST_WORD_RE.search(before)
    if m and PRODUCT_RE.fullmatch(m.group(1)) and not NON_BEFORE_RE.search(before[:m.start()]):
        return True  # "oil exports"; not "non-oil trade", the whole trade but one good (the UAE's headline measure)
    m = FIRST_WORD_RE.match(after)
    if m and PRODUCT_RE.fullmatch(m.group(1)) and sv.doc.lang == "ru":
        return True
    m = GOODS_OF_RE.match(after)
    if m and any(w and PRODUCT_RE.fullmatch(w) for w in m.groups()):
        return True  # "экспорт продукции машиностроения" (not "экспорт казахстанской продукции", the whole)
    m = KK_ACCUSATIVE_GOODS_RE.search(before)
    if m and KK_VERBAL_FLOW_RE.match(t, kw[0]) \
            and not any(p.start <= kw[0] - len(before) + m.start() < p.end + 1 for p in sv.places):
        return True  # "машина жасау өнімдерін экспорттауы": exporting machinery products
    m = OF_WORD_AFTER_RE.match(after)
    if m and PRODUCT_RE.fullmatch(m.group(1)):
        return True
    m = KK_GENITIVE_WORD_RE.search(before)  # Kazakh genitive noun that is not a country
    if m and not any(p.start <= kw[0] - len(before) + m.start() < p.end + 1 for p in sv.places) \
            and not KK_NOT_PRODUCT_RE.match(m.group(1)) \
            and not _country_goods(sv, kw[0] - len(before) + m.start(), m.group(1)):
        return True
    return False


# Kazakh "тауар" (goods)
KK_GOODS_RE = CI(r"(?i)тауар")


def _country_goods(sv: SentenceView, start: int, noun: str) -> bool:
    """"түрік тауарларының импорты": the goods of a country (its adjective before them), not a product."""
    return KK_GOODS_RE.match(noun) is not None and any(
        p.kind == "adjective" and BLANKS_RE.fullmatch(sv.text[p.end:start]) for p in sv.places)


# "в", "in", "at" before a region: a place of work, not an owner
IN_BEFORE_RE = CI(r"(?i)(в|in|at)\s+\S*\s*$")


def _bind(sv: SentenceView, places, lo: int, hi: int, cl: _Clause) -> _Binding:
    """The countries the clause's grammar ties to its flow."""
    t = sv.text
    b = _Binding()
    roles = [r for r in sv.roles if lo <= r.place.start < hi and r.place in places]
    wt = t[lo:hi]
    for r in roles:
        p = r.place
        if p.kind == "city" and (not p.capital or r.role == DEST and CITY_ECONOMY_RE.search(t, max(0, p.start - 25), p.end + 25)):
            b.subnational = True  # "Товарооборот Алматы с Бишкеком", "в экономику Москвы"
            continue
        iso = p.iso3
        if r.role == PAIR:
            if iso not in b.partners:
                b.partners.append(iso)
        elif r.role == WITH:
            if iso not in b.partners:
                b.partners.append(iso)
        elif r.role == ORIGIN:
            b.origin = b.origin or iso
        elif r.role in (DEST,):
            b.dest = b.dest or iso
        elif r.role == LOC:
            if cl.flow == "investment":
                b.dest = b.dest or iso
        elif r.role == OWNER:
            if p.kind in ("adjective", "demonym") and not ADJECTIVE_HEAD_RE.match(t, p.end):
                continue  # "the Russian leader", "Kazakh media": the adjective is not the flow's
            if p.kind == "adjective" and GOODS_HEAD_RE.match(t, p.end):
                b.origin = b.origin or iso  # "imports of Turkish goods": the goods' country is where they come from
                continue
            if b.owner is None:
                b.owner = iso
            elif b.owner != iso and iso not in b.partners:
                b.partners.append(iso)
                b.owners.append(iso)
    # an aggregate as the other side: "со странами ЕАЭС", "Орталық Азия елдерімен", "with the EU"
    first_figure = min([a.start for a in cl.amounts] + [c.start for c in cl.changes] + [hi])
    for s, e in sv.aggregates:
        if lo <= s < first_figure:
            b.aggregate = True
    owner_region = SUBNATIONAL_RE.search(wt) if SUBNATIONAL_GATE.may_match(wt.lower()) else None
    if (rel := REGION_WHOSE_RE.search(t, max(0, lo - 20), hi)) is not None \
            and SUBNATIONAL_RE.search(t, max(0, rel.start() - 40), rel.start()):
        b.subnational = True  # "в Карагандинской области, товарооборот которой с ФРГ ...", "the region, whose trade with"
    if owner_region:
        # a region owning the flow ("товарооборот области", "Xinjiang's trade"), not one named as a place of work
        if not IN_BEFORE_RE.search(wt[:owner_region.start()]):
            b.subnational = True
    isos = b.isos()
    if isos and HOME not in isos and len(isos) >= 2:
        b.third = True
    if _total_told(wt) and not (set(b.partners) - set(b.owners) or (b.origin and b.dest)):
        b.total = True  # "Қазақстанның жалпы сыртқы сауда айналымы ..., Өзбекстандікі ...": each country's own
    if WHOLE_FLOW_RE.search(wt) and b.owner and not (b.partners or b.origin or b.dest):
        b.total = True
    if not any(x != HOME for x in b.isos()):
        brk = CLAUSE_BREAK_RE.search(t, hi)
        if FOREIGN_TOTAL_RE.search(t, lo, max(hi, brk.start() if brk else len(t))):
            b.total = True  # "Kazakhstan attracted $28 bn of foreign direct investment": no partner in it
        elif b.origin != HOME and INFLOW_TOTAL_RE.search(t, lo, max(hi, brk.start() if brk else len(t))):
            b.total = True  # "Приток прямых инвестиций в Казахстан сократился на 9%" (not "приток из Казахстана")
    b.share = bool(SHARE_RE.search(wt))
    if b.share and cl.amounts:
        a = cl.amounts[0]
        b.whole = bool(WHOLE_WHICH_RE.search(t, lo, a.start) or KK_WHOLE_AFTER_RE.match(t, a.end))
    b.bilateral = bool(BILATERAL_RE.search(wt))
    b.sides = bool(SIDES_RE.search(wt))
    return b


def _parenthesis_of(t: str, cl: _Clause, places) -> str | None:
    """The country a parenthesised figure follows: "China ($31.5 billion)", "Италией (15 млрд долларов)"."""
    if cl.depth == 0 or not cl.amounts:
        return None
    op = t.rfind("(", 0, cl.amounts[0].start)
    if op < 0 or not ITEM_GAP_RE.match(t[op:cl.amounts[0].start]):
        return None
    before = [p for p in places if p.end <= op and p.kind != "city" and BLANKS_RE.fullmatch(t[p.end:op])]
    return before[-1].iso3 if before else None


def _elided(previous: _Binding, own: _Binding, same_way: bool = False) -> _Binding:
    """A clause with no country of its own continues the previous one: its owner (the side whose
    flows these are) and the other side; the blocks (aggregate, total, region) carry too. Investment
    after investment keeps its way as well ("қазақстандық компаниялар Қырғызстан экономикасына $1,3 млрд
    инвестиция салса, өткен жылы $200 млн құйылды": from Kazakhstan both times); an export's sides are not
    an import's, so other flows carry no origin or destination."""
    if same_way:
        others = [x for x in previous.isos() if x not in (previous.owner, previous.origin, previous.dest)]
        return _Binding(owner=previous.owner, origin=previous.origin, dest=previous.dest, partners=others,
                        aggregate=previous.aggregate or own.aggregate, subnational=previous.subnational or own.subnational,
                        total=previous.total or own.total, third=previous.third)
    others = [x for x in previous.isos() if x != previous.owner]
    return _Binding(owner=previous.owner, partners=others, aggregate=previous.aggregate or own.aggregate,
                    subnational=previous.subnational or own.subnational, total=previous.total or own.total,
                    third=previous.third)


def _list_items(t: str, cl: _Clause, places) -> dict:
    """Amounts each led by its own country: "с Узбекистаном – 4,3 млрд, Турцией – 4,9 млрд", "Турция (842 млн)",
    "с Кыргызстаном увеличился в два раза и достиг 40 млн, с Казахстаном вырос в 3,8 раза и составил 517 млн"."""
    out = {}
    prev_end = 0
    for a in cl.amounts:
        led = [p for p in places if prev_end <= p.start and p.end <= a.start and p.kind != "city"]
        if led and (ITEM_GAP_RE.match(t[led[-1].end:a.start]) or not STOP_RE.search(t[led[-1].end:a.start])):
            out[a] = led[-1].iso3
        prev_end = a.end
    if len(out) != len(cl.amounts) or len(set(out.values())) < 2:
        return {}
    return out


def _pair(b: _Binding, sentence_b: _Binding | None, ctx: _Context, reporter, t: str) -> tuple[str, str] | None:
    """(home, partner) of a clause, or None when its figure is not Kazakhstan's bilateral one."""
    isos = b.isos()
    foreign = [x for x in isos if x != HOME]
    if len(foreign) > 1 or b.whole:
        return None
    if foreign:
        partner = foreign[0]
        if b.total and b.owners and set(b.partners) <= set(b.owners) and not (b.origin or b.dest or b.share or b.bilateral):
            return None  # "Қазақстанның жалпы сыртқы сауда айналымы ..., Өзбекстандікі ...": each country's total
        if HOME in isos:
            return HOME, partner
        # one foreign country bound: its trade with us, unless it is its total trade
        if b.owner == partner and not (b.partners or b.origin or b.dest):
            if b.share:
                return HOME, partner  # "China accounted for a 21.3% share ($21.7bn)", "доля России"
            if b.total or not (BILATERAL_RE.search(t) or ctx.partner == partner and not ctx.blocked):
                return None  # "экспорт Узбекистана составил ...": the partner's total
            if reporter not in (None, HOME, partner):
                return None
        if reporter and reporter not in (HOME, partner) and not (b.owner == HOME):
            return None  # the reporter's trade with a third country
        return HOME, partner
    if HOME in isos:
        # only Kazakhstan bound: bilateral with the pair under discussion, unless it is a total
        if b.total:
            return None
        if b.origin and b.dest:
            return None
        if b.owner != HOME and reporter and reporter != HOME:
            return HOME, reporter  # "- с Казахстаном товарооборот ...", "экспорт в Казахстан" in the partner's statistics
        other = _context_partner(sentence_b, ctx, reporter, b.bilateral, b.sides)
        return (HOME, other) if other else None
    if b.total:
        return None
    other = _context_partner(sentence_b, ctx, reporter, b.bilateral, b.sides)
    return (HOME, other) if other else None


def _context_partner(sentence_b: _Binding | None, ctx: _Context, reporter, bilateral: bool = False,
                     sides: bool = False) -> str | None:
    if sentence_b is not None:
        foreign = [x for x in sentence_b.isos() if x != HOME]
        if len(foreign) == 1:
            return foreign[0]
    if bilateral and ctx.group_story:
        return None  # "mutual trade" in a story about a group ("EAEU mutual trade up 6%"): the group's
    if ctx.blocked and (bilateral or sides) and not ctx.partner and ctx.dominant and ctx.dominant != HOME:
        # "взаимная торговля ...", "стороны поставили цель ..." after a list of the partner's own partners: the article's pair
        return ctx.dominant
    if ctx.blocked and not ((bilateral or sides) and ctx.partner):
        return None
    if ctx.partner and ctx.partner != HOME:
        return ctx.partner
    if reporter and reporter != HOME:
        return reporter
    return None


def _direction(flow: str, b: _Binding, pair: tuple[str, str], reporter):
    """(reporter, partner, flow): who sends and who receives, from the clause's roles; the owner
    fills the side the prepositions and case endings leave open."""
    kaz, partner = pair
    other = {kaz: partner, partner: kaz}
    default_rep = reporter if reporter in pair else kaz
    origin = b.origin if b.origin in pair else None
    dest = b.dest if b.dest in pair else None
    owner = b.owner if b.owner in pair else None
    if flow == "turnover":
        side = b.owner if b.owner in pair and not b.share else default_rep  # "товарооборот Грузии с Казахстаном"
        return side, other[side], "turnover"
    if owner is not None:
        if flow == "import":
            if dest is None and owner != origin:
                dest = owner  # "Қазақстан импорты": the importer owns the imports
            elif origin is None and owner != dest:
                origin = owner  # "импорт казахстанской продукции в Россию"
        else:
            if origin is None and owner != dest:
                origin = owner
            elif dest is None and owner != origin:
                dest = owner
    if flow == "investment":
        if origin == kaz or (dest and dest != kaz):
            return kaz, partner, "investment_out"
        return kaz, partner, "investment_in"
    if flow == "export":
        exporter = origin or (other[dest] if dest else default_rep)
        return exporter, other[exporter], "export"
    importer = dest or (other[origin] if origin else default_rep)
    return importer, other[importer], "import"


# ---------------------------------------------------------------- measure, period, growth

# "amounted to", "came to", "totalled to": a level's own "to"
LEVEL_TO_RE = CI(r"(?i)\b(?:amount\w*|came|total\w*)\s+to\b")
# a goal's verb or preposition: "достичь", "reach", "exceed", "превысить", "to", "до"
GOAL_WORD_RE = CI(r"(?i)(достичь|reach\b|to\s+reach|exceed\b|превысить|составить|\bto\b|\bдо\b)")


def _measure(t: str, a, lo: int, hi: int, lang: str) -> str:
    before = t[max(lo, a.start - 160):a.start]
    after = t[a.end:min(hi, a.end + 80)] if lang == "kk" else t[a.end:a.end + 40]
    if ACHIEVED_RE.search(after[:60]) or ACHIEVED_RE.search(before[-25:]):
        return "actual"  # "... $1 млрд-қа көтеру мақсатына қол жеткізілді": the goal was reached
    if lang == "kk":
        # verb-final: the first verb after the figure (past level vs. intention), across coordinated figures
        # in the figure's own clause ("235 млн доллар инвестиция салған, ал ... 295 млн долларға жетеді"), or in
        # the next when its own tells nothing past the figure, which shares the verb told after the other
        # ("тауар айналымын биыл 3 млрд долларға, ал 2020 жылға таман 5 млрд долларға жеткізуді көздеп отыр")
        brk = CLAUSE_BREAK_RE.search(t, a.end)
        shared = brk is None or len(t[a.end:brk.start()].strip()) <= KK_ELLIPSIS_MAX
        verb = KK_VERB_AFTER_RE.search(t, a.end, len(t) if shared else brk.start())
        if verb is not None:
            if verb.group().lower() == KK_REACHES and KK_PRESENT_STATE_RE.search(before):
                return "actual"  # "жинақталған көлемі 295 млн долларға жетеді": a stock that reaches it now
            return "target" if verb.group("target") else "actual"
    if TARGET_MODAL_RE.search(before) or (lang != "kk" and TARGET_NOUN_AFTER_RE.match(after)):
        return "target"  # "could reach $5 bn", "reach the $10 billion bilateral trade target"
    cue = None
    for m in TARGET_BEFORE_RE.finditer(before):
        cue = m
    if cue is None:
        return "actual"
    # a past level verb between the intention and the amount states what was reached
    between = before[cue.end():]
    # "amounted to", "came to" are a level's own "to", not the "to" of a goal ("to bring it to $5 bn")
    plain = LEVEL_TO_RE.sub("", between)
    if LEVEL_VERB_RE.search(between) and not GOAL_WORD_RE.search(plain):
        return "actual"  # "intend to double their trade, which amounted to $600 million last year"
    return "target"


FLIPPED = {"export": "import", "import": "export", "investment_in": "investment_out", "investment_out": "investment_in"}


def _period_for(pos: int, cl: _Clause, times, measure, ref=None, foreign: str | None = None, t: str | None = None):
    """The period of a figure: its clause's time, else the last one before it, else the first after it. A fiscal
    year named without months is the fiscal year of the partner (Kazakhstan keeps the calendar year)."""
    if measure == "target":
        by = [x for x in times if x.kind == "by"]
        if by:
            return (None, by[0].period_end)
        span = cl.time if (cl.time is not None and cl.time.kind == "span" and cl.time.resolved and cl.time.year_only) else None
        if span and ref is not None and span.period_end < ref:
            return None  # "reached $6.4 bn last year, and the sides aim to raise it to $10 bn": a goal has no past year
        return (span.period_start, span.period_end) if span else None
    x = _time_of(pos, cl, times, t)
    if x is None:
        return None
    if not x.resolved:
        return periods.fiscal_span(x.fiscal, foreign) if x.fiscal else None
    if x.period_start and x.period_end and x.period_end.day == 1 \
            and (x.period_start.year, x.period_start.month) != (x.period_end.year, x.period_end.month):
        # "from 2005 to 1 April 2023", "с 2005 года по 1 апреля": a count as of that day runs through the day before
        return (x.period_start, x.period_end - dt.timedelta(days=1))
    return (x.period_start, x.period_end)


# the period the report is about, named without its dates: the article's first stated figure's
REPORTING_PERIOD_RE = CI(r"(?i)есепті\s+кезең\w*|отч[её]тн\w+\s+период\w*|рассматриваем\w+\s+период\w*|"
                                 r"(?:reporting|reported|review)\s+period|period\s+under\s+review")


# where a part of the figure before begins: "оның 15,9 млрд доллары ... экспортына тиесілі", "of which $15.9 billion
# was Kazakh exports", "из которых 131 млн пришлось на экспорт"
PART_WORDS = r"of\s+which|в\s+том\s+числе|из\s+(?:них|которых)"
PART_MARK_RE = CI(rf"(?i)(?<!\w)(?:{PART_WORDS}|оның(?:\s+ішінде)?)(?!\w)")
PART_FLOW_REACH = 40  # "15,9 млрд долларов пришлось на казахстанский экспорт": the part's flow told after its figure
# a part of the figure before, named after it: "including", "of which", "в том числе", "оның ішінде"
PART_OF_RE = CI(rf"(?i)(?<!\w)(?:including|{PART_WORDS}|(?:с)?оның\s+ішінде)(?!\w)")


def _another_figures(t: str, x, a, amounts) -> bool:
    """The time ``x`` is written right after another figure than ``a`` ("$4.4 billion, including $1.3 billion in the
    fourth quarter alone"): it is that figure's."""
    return any(b is not a and _time_follows(t, b.end, x.start) for b in amounts)


def _in_part_after(t: str, a, x) -> bool:
    """The time ``x`` stands in a part named after the figure ``a`` ("... $4.4 billion, including $1.3 billion in
    the fourth quarter"): it is the part's time, not the figure's."""
    return x.start >= a.end and PART_OF_RE.search(t, a.end, x.start) is not None


# what separates one coordinated figure's time from the next figure's: "$6.4 bn last year and $4.9 bn in ..."
COORDINATION_GAP_RE = CI(r"(?i)[,;]|(?<!\w)(?:and|while|whereas|but|и|а|но|ал|және)(?!\w)")


def _time_follows(t: str, figure_end: int, time_start: int) -> bool:
    """A time written right after a figure, with no comma or coordinator between, is that figure's:
    "hit $6.4 billion last year and ...", "составил $1 млрд в 2023 году"."""
    return 0 <= time_start - figure_end <= 25 and not COORDINATION_GAP_RE.search(t, figure_end, time_start)


def _time_of(pos: int, cl: _Clause, times, t: str | None = None):
    """The time of the figure at ``pos``: with several figures in one clause, the time right after it
    ("hit $6.4 billion last year and amounted to $4.9 billion in the first eight months of this year") or else
    the nearest one before it since the previous figure ("2023 жылы 1 млрд, 2024 жылы 1,2 млрд"); otherwise
    the clause's time, the last one before it, the first one after it."""
    if t is not None and len(cl.amounts) >= 2:
        a = next((x for x in cl.amounts if x.start == pos), None)
        if a is not None:
            spans = [x for x in times if x.kind in ("span", "since")]
            following = min((x.start for x in cl.amounts if x.start > a.start), default=len(t))
            previous = max((x.end for x in cl.amounts if x.end <= a.start), default=0)
            after = [x for x in spans if x.start < following and _time_follows(t, a.end, x.start)]
            if after:
                return after[0]
            before = [x for x in spans if previous <= x.start and x.end <= a.start]
            if before:
                return before[-1]
            # a time written right after another figure of the clause is that figure's, not this one's
            theirs = {x.start for x in spans if _another_figures(t, x, a, cl.amounts)}
            times = [x for x in times if x.start not in theirs]
            if cl.time is not None and cl.time.start in theirs:
                cl = dataclasses.replace(cl, time=None)
    own = [x for x in times if x.kind in ("span", "since") and x.end <= pos]
    if cl.time is not None and cl.time.kind in ("span", "since"):
        return cl.time
    if own:
        return own[-1]
    return next((x for x in times if x.kind in ("span", "since") and x.start >= pos), None)


def _year_after_compared_span(times):
    """A figure with no time of its own compared with a part of a year ("18% more than in January-June 2024",
    "на 18% больше, чем в январе–июне 2024 года") is of the same part of the year after."""
    comp = [x for x in times if x.kind == "compare" and x.resolved and not x.year_only and x.period_start is not None]
    if len(comp) != 1:
        return None
    a, b = comp[0].period_start, comp[0].period_end
    try:
        return a.replace(year=a.year + 1), periods.month_end(b.year + 1, b.month)
    except ValueError:
        return None


def _period_after_comparison(ctx: _Context, times):
    """"up 4.8 times from the level of 2017" with no period of its own: the period under discussion
    (any flow) when it is the year after the compared one."""
    comp = [x for x in times if x.kind == "compare" and x.resolved and x.year_only]
    if not comp:
        return None
    for period, age in ctx.period.values():
        if age <= INHERIT_WINDOW and period[0] is not None and period[0].year == comp[-1].period_start.year + 1:
            return period
    return None


THEN_REACH = 5


def _time_spoken_of(history: list) -> tuple | None:
    """The period the sentence before named: its own span, else a compared year ("такого же периода
    2021 года") as the latest period named before it, moved to that year."""
    if not history:
        return None
    spans = [[x for x in sv.times if x.kind == "span" and x.resolved and x.period_start and x.period_end] for sv in history]
    if spans[-1]:
        return (spans[-1][-1].period_start, spans[-1][-1].period_end)
    comp = [x for x in history[-1].times if x.kind == "compare" and x.resolved and x.year_only]
    if not comp:
        return None
    year = comp[-1].period_start.year
    earlier = next((own[-1] for own in reversed(spans[:-1]) if own), None)
    if earlier is None:
        return (comp[-1].period_start, comp[-1].period_end)
    try:
        return (earlier.period_start.replace(year=year),
                earlier.period_end.replace(year=year + earlier.period_end.year - earlier.period_start.year))
    except ValueError:
        return None


# "this period": the period the sentence before named, a span or an open one ("с 2005 года")
# "these years": the span of years named last ("с 2005 года ... За эти годы ...")
THESE_YEARS = (r"(?<!\w)(?:за|в)\s+(?:эти|те)\s+годы|\b(?:over|during|in)\s+(?:these|those)\s+years\b|"
               r"(?<!\w)(?:осы|сол)\s+жылдар\w*")
THESE_YEARS_RE = CI("(?i)" + THESE_YEARS)
THIS_PERIOD_RE = CI(r"(?i)(?<!\w)(?:за|в|на)\s+(?:этот|тот|данный|указанный)(?:\s+же)?\s+период|"
                            r"\b(?:over|during|in|for)\s+(?:this|that|the\s+same)\s+period\b|"
                            r"(?<!\w)(?:осы|аталған|сол)\s+(?:кезең|уақыт)\w*|" + THESE_YEARS)
# a part of the figure before it, for a period of its own: "2,3 млрд, в том числе 46,8 млн – за 2024 год"
INCLUDING_RE = CI(r"(?i)(?<!\w)(?:в\s+том\s+числе|из\s+них|including|of\s+which|оның\s+ішінде|оның)(?!\w)")


def _period_spoken_of(history: list, years: bool = False) -> tuple | None:
    """The last period (a span or an open "since") the sentence before named. Unlike "then" (``_time_spoken_of``)
    never a compared year: "осы кезеңде" after "compared with the same period of last year" is this year's.
    Not the period of a part told after the whole ("с 2005 года – 2,3 млрд, в том числе 46,8 млн за 2024 год").
    "These years" (``years``) are the last span of several years named in the sentences before."""
    for sv in reversed(history if years else history[-1:]):
        told = [x for x in sv.times if x.kind in ("span", "since") and x.resolved and x.period_start]
        whole = [x for i, x in enumerate(told)
                 if not INCLUDING_RE.search(sv.text, told[i - 1].end if i else 0, x.start)]
        told = whole or told
        if years:
            told = [x for x in told if x.period_end is None or x.period_end.year > x.period_start.year]
        if told:
            return told[-1].period_start, told[-1].period_end
    return None


# "a year earlier": the period under discussion, a year back
YEAR_EARLIER_RE = CI(rf"(?i)(?<!\w)(?:{YEAR_EARLIER})(?!\w)")


def _year_earlier_before(t: str, figure_start: int) -> bool:
    """"Годом ранее показатель превышал 1,5 млрд", "A year earlier, trade stood at": the figure's time is a year back
    (not "на 27% больше, чем годом ранее", "up from $153.4 million a year earlier": a comparison)."""
    m = YEAR_EARLIER_RE.search(t, 0, figure_start)
    return m is not None and not EARLIER_COMPARED_RE.search(t, max(0, m.start() - 25), m.start())


EARLIER_COMPARED_RE = CI(r"(?i)(?<!\w)(?:чем|than|from|против|against|compared\s+(?:to|with)|по\s+сравнению\s+с|"
                                 r"[\d%]\S*)\s*(?:\S+\s+){0,2}$")


def _year_before(period):
    if period is None or period[0] is None or period[1] is None:
        return None
    return tuple(d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day)) for d in period)


def _in_year_told(months: tuple[int, int], ctx: _Context, flow: str | None):
    """Months told without a year ("за девять месяцев", "in January-September") in an undated report: those
    months of the year of the part of a year under discussion ("за январь-сентябрь 2019 года", "over the first
    nine months of 2021"); not after a whole year, which may as well be the year before."""
    told = _inherited_period(ctx, flow) or ctx.main_period or _time_spoken_of(ctx.history)
    if told is None or told[0] is None or told[1] is None or told[0].year != told[1].year \
            or (told[0].month, told[0].day, told[1].month, told[1].day) == (1, 1, 12, 31):
        return None
    y = told[0].year
    return dt.date(y, months[0], 1), periods.month_end(y, months[1])


def _inherited_period(ctx: _Context, flow: str | None):
    if flow is None:
        return None
    hit = ctx.period.get(FAMILY[flow])
    if hit and hit[1] <= INHERIT_WINDOW:
        return hit[0]
    return None


def _base_period(clauses, times, period):
    """The comparison period: the main figure's period moved to the compared year (default: a year back)."""
    main = None
    for c in clauses:
        if c.depth == 0 and c.amounts and c.time is not None and c.time.resolved and c.time.kind == "span":
            main = c.time
    if main is None:
        if not period or period[0] is None or period[1] is None:
            return None
        main = periods.TimeExpr(0, 0, "span", period[0], period[1])
    comp = [x for x in times if x.kind == "compare" and x.resolved and x.year_only]
    years_back = 1
    if comp:
        years_back = main.period_start.year - comp[-1].period_start.year
        if years_back <= 0:
            return None
    try:
        return (main.period_start.replace(year=main.period_start.year - years_back),
                main.period_end.replace(year=main.period_end.year - years_back))
    except ValueError:
        return None


def _growth_for(a, cl: _Clause, levels) -> float | None:
    """The change of the clause nearest to the amount (its own figure when the clause has several)."""
    if not cl.changes:
        return None
    mine = [x for x in levels if x in cl.amounts]
    best, best_d = None, None
    for g in cl.changes:
        if g.goal:
            continue  # "intend to double their trade, which amounted to $600 million": no growth of that figure
        owner = min(mine, key=lambda x: min(abs(g.start - x.end), abs(x.start - g.end))) if mine else None
        if owner is a:
            d = min(abs(g.start - a.end), abs(a.start - g.end))
            if best_d is None or d < best_d:
                best, best_d = g.value, d
    return best


# ---------------------------------------------------------------- article-level consolidation

def _consolidate(facts: list[TradeFact], inherited: set = frozenset(), sided: set = frozenset()) -> list[TradeFact]:
    """One row per statistic: repeated statements (headline and body) collapse; a repeat that knows
    the period or the growth lends it to the first statement. Two sides' counts stay apart when a sentence
    names whose count its figure is ("қазақстандық деректер бойынша 4,4 млрд" after Uzbekistan's 4,36 млрд)."""
    out: list[TradeFact] = []
    for f in facts:
        twin = next((g for g in out if _same_statistic(g, f, inherited)
                     and not (g.reporter_iso3 != f.reporter_iso3 and (id(g) in sided or id(f) in sided))), None)
        if twin is None:
            out.append(f)
            continue
        if (twin.period_start is None and twin.period_end is None and (f.period_start or f.period_end)) or \
                _since_covers((twin.period_start, twin.period_end), (f.period_start, f.period_end)):
            twin.period_start, twin.period_end = f.period_start, f.period_end  # the more precise statement
        if twin.growth_pct is None and f.growth_pct is not None:
            twin.growth_pct = f.growth_pct
        if f.value_original is not None and (twin.value_original is None or _rounded_of(twin.value_original, f.value_original)
                                             or twin.approximate and not f.approximate):
            # the figure, or the precise one for a headline's round one ("exceeds $1.2 bln" / "1.27 billion")
            twin.value_usd, twin.value_original, twin.currency = f.value_usd, f.value_original, f.currency
            twin.approximate = f.approximate
    # a goal told by its multiple and again by its amount is one goal: "aim to double trade" in the headline, "to bring
    # trade to $100 million by 2010" in the body
    valued = {(frozenset((f.reporter_iso3, f.partner_iso3)), f.flow) for f in out
              if f.measure == "target" and f.value_original is not None}
    out = [f for f in out if not (f.measure == "target" and f.value_original is None and f.growth_pct is not None
                                  and (frozenset((f.reporter_iso3, f.partner_iso3)), f.flow) in valued)]
    _fix_scale_misprints(out)
    return [dataclasses.replace(f, fact_id="") for f in out]  # new ids: attributes may have been joined


def _fix_scale_misprints(facts: list[TradeFact]) -> None:
    """"turnover 3.496 billion (export 2.595 billion, import 901 billion)": an export or import above
    the turnover it is part of (same sentence, pair and period) is read a scale lower (901 million)."""
    for f in facts:
        if f.flow not in ("export", "import") or f.value_original is None:
            continue
        whole = next((g for g in facts if g.flow == "turnover" and g.char_start == f.char_start and g.value_original
                      and {g.reporter_iso3, g.partner_iso3} == {f.reporter_iso3, f.partner_iso3}
                      and (g.period_start, g.period_end) == (f.period_start, f.period_end)), None)
        if whole and f.value_original > whole.value_original and f.value_original / 1000 < whole.value_original:
            f.value_original /= 1000
            if f.value_usd is not None:
                f.value_usd /= 1000


def _since_covers(open_period, period) -> bool:
    """"с начала года" (since 1 January, open) and "за 10 месяцев" (January-October) state one figure."""
    return open_period[1] is None and open_period[0] is not None and open_period[0] == period[0]


def _canon(f: TradeFact) -> tuple:
    if f.flow == "turnover":
        return ("turnover", frozenset((f.reporter_iso3, f.partner_iso3)))
    if f.flow in ("export", "import"):
        origin, dest = (f.reporter_iso3, f.partner_iso3) if f.flow == "export" else (f.partner_iso3, f.reporter_iso3)
        return ("goods", origin, dest)
    origin, dest = (f.reporter_iso3, f.partner_iso3) if f.flow == "investment_out" else (f.partner_iso3, f.reporter_iso3)
    return ("investment", origin, dest)


def _unit(x: float) -> float:
    """The last written digit's place of a figure: 2.1e9 -> 1e8, 2.14e9 -> 1e7."""
    unit = 1.0
    while unit * 10 <= x and abs(x / (unit * 10) - round(x / (unit * 10))) < 1e-6:
        unit *= 10
    return unit


def _rounded_of(rough: float, precise: float) -> bool:
    """A headline's round figure and the body's precise one: "превысил 2,1 млрд" and "2 млрд 140 млн" (two
    significant digits at most, less than one of its last digit apart)."""
    unit = _unit(rough)
    return rough >= 10 * unit and rough / unit < 100 and _unit(precise) < unit and abs(rough - precise) < unit


EXACT_SAME = 0.015  # two statements of one figure differ by rounding at most
APPROXIMATE_SAME = 0.05  # a hedged one ("over", "tops", "около", "астам") by a little more


def _same_statistic(a: TradeFact, b: TradeFact, inherited: set = frozenset()) -> bool:
    if _canon(a) != _canon(b) or a.measure != b.measure:
        return False
    pa, pb = (a.period_start, a.period_end), (b.period_start, b.period_end)
    if pa != pb and pa != (None, None) and pb != (None, None) and not _since_covers(pa, pb) and not _since_covers(pb, pa):
        return False
    if a.value_original is not None and b.value_original is not None:
        if a.currency != b.currency:
            return False
        close = APPROXIMATE_SAME if a.approximate or b.approximate else EXACT_SAME  # "tops $3 billion" / "$3.05 billion"
        return abs(a.value_original - b.value_original) <= close * max(a.value_original, b.value_original) \
            or _rounded_of(a.value_original, b.value_original) or _rounded_of(b.value_original, a.value_original)
    ga, gb = a.growth_pct, b.growth_pct
    if a.value_original is None and b.value_original is None:
        return ga is not None and gb is not None and abs(ga - gb) <= 1.0
    # a change stated alone and a figure with the same change; a figure without one only when both
    # state the same period themselves ("вырос на 20% в 2019 году" / "в 2019 году составил 120 млн")
    if ga is not None and gb is not None:
        return abs(ga - gb) <= 1.0
    return pa == pb and pa != (None, None) and id(a) not in inherited and id(b) not in inherited

