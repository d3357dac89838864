"""Bilateral visits, talks and other diplomatic events (rows of core.visit_events / event_participants).

Per sentence, event triggers (kk/ru/en) are found and each gets its clause. A trigger is an event
mention when it names one event, not many ("exchange of visits", "өзара сапарлар", "ежегодно
проводятся заседания"), and not a body ("the commission is an effective mechanism", "agreed to
establish a council"). A definite reference to an event already reported ("during the meeting",
"кездесу барысында", "the talks") adds its officials to that event instead of making a new one.

Each mention gets a pair (Kazakhstan and one foreign country: from its clause, its officials, or the
article's context; groups and summits are not bilateral), a status (the tense cue nearest to it:
"will visit", "состоится", "өтеді" vs "held", "прибыл", "өтті"; invitations are planned, postponed
visits keep only their new date), a date (the date expression nearest to it, a dateline day, or
the publication month for held news), a place and, for visits, who travels. Mentions of one event
in an article are merged (dates that contain each other, days of one trip); talks during a visit,
a commission session or a round of consultations fold into it.
"""
from __future__ import annotations

import calendar
import contextlib
import dataclasses
import functools
import datetime as dt
import os
import re
from dataclasses import dataclass, field

from elshi import geo, numbers, people
from elshi.doc import COUNTED_COUNTRIES, HOME, SEVERAL_SIDES, Doc, SentenceView, dateline_city, is_dateline
from elshi.lexicon import month_headings, month_number
from elshi.model import Article, Participant, VisitEvent
from elshi.numbers import find_ordinals
from elshi.morph import KK_DATIVE_RE, KK_LOCATIVE_RE
from elshi.periods import (HALF_ORDINAL, MONTH_ANY_RE, MONTH_WORD, NUM, NUM_WORDS, QUARTER_NUMBERS, QUARTER_ORDINAL, THEN_RE, THEN_WORDS,
                           YEAR_IN_RE, is_horizon, rel_year_delta)
from elshi.roles import TOPIC_GATE, topic_place
from elshi.text import CI, KeywordGate, BLANKS_RE, DIGIT_RE, LETTER_RE, NEXT_WORD_RE, NON_BLANKS_RE, STOP_RE

# ---------------------------------------------------------------- lexicon

# what makes a commission or council one between states: "intergovernmental", "межгосударственный", "үкіметаралық"
STATE_BODY = r"межправительственн|межгосударственн|intergovernmental|inter-governmental|interstate|үкіметаралық|мемлекетаралық"
STATE_BODY_RE = CI(f"(?i){STATE_BODY}")
# a commission named in full, matched from its own name: its state word, "joint"/"совместная", or the pair's names
NAMED_BODY_AHEAD = (rf"(?!(?:[\w-]+\s+){{0,3}}?(?:{STATE_BODY}|joint|совместн|\w+[-–](?:kazakh|казахстанск)|"
                    r"(?:kazakh\w*|казахстанско)[-–]))")
COUNCIL = (
    rf"(?:{STATE_BODY}|"
    r"joint\s+(?:economic|intergovernmental|trade)|совместн\w+\s+(?:экономическ|межправительствен))\w*\W+(?:[\w-]+\W+){0,5}?"
    r"(?:комисси\w*|совет\w*|commission|council|кеңес\w*|комиссия\w*|комитет\w*|committee|working\s+group|рабоч\w+\s+групп\w*|"
    r"жұмыс\s+тоб\w*)"
    r"|(?:совет\w*|council|кеңес\w*)\W+(?:[\w-]+\W+){0,3}?(?:стратегическ\w*|strategic|стратегиялық)\W+(?:\w+\W+){0,2}?"
    r"(?:сотрудничеств\w*|cooperation|ынтымақтастық\w*)|(?:high[-\s]level\s+)?strategic\s+cooperation\s+council|"
    r"стратегиялық\s+ынтымақтастық\s+кеңес\w*|межправкомисси\w*|\bМПК\b|\bIGC\b|\bМПС\b|ҮАК|"
    r"cooperation\s+(?:council|committee)|комитет\w*\s+(?:по\s+)?сотрудничеств\w*|ынтымақтастық\s+(?:жөніндегі\s+)?(?:комитет|кеңес)\w*|"
    r"joint\s+(?:[\w-]+\s+){0,2}?(?:commission|committee)\b|совместн\w+\s+(?:[\w-]+\s+){0,2}?(?:комисси|комитет)\w*|бірлескен\s+(?:[\w-]+\s+){0,2}?комиссия\w*|"
    # a commission named by the pair: "the Kyrgyz-Kazakh Commission on ... the Chu and Talas Rivers", "казахстанско-
    # кыргызской комиссии по ...", "Қазақстан-Қырғызстан су комиссиясы" (Kazakhstan second: matched from after the
    # dash, so that no word of a text is scanned for a dash that never comes)
    r"(?:(?<=\w[-–])(?:казахстанск|kazakh|қазақ)\w*|(?:казахстанско|kazakh\w*|қазақстан)[-–]\w+)\s+"
    rf"(?!(?:[\w-]+\s+){{0,2}}?(?:{STATE_BODY}))(?:[\w-]+\s+){{0,2}}?(?:commission|committee\b|комисси\w*|комиссия\w*|комитет\w*)|"
    # a session of a commission or (sub)committee: "the 32nd meeting of the Chu-Talas commission", "заседание
    # Чу-Таласской комиссии", "подкомитета", "Шу-Талас комиссиясының отырысы" (one named in full is matched from its name)
    # (and of a working group: "the next meeting of the working group", "заседание рабочей группы")
    rf"(?:meeting|session)\s+of\s+the\s+{NAMED_BODY_AHEAD}(?:[\w-]+\s+){{0,3}}?(?:commission|(?:sub)?committee|working\s+group)\b|"
    rf"заседани\w+\s+{NAMED_BODY_AHEAD}(?:[\w-]+(?:ой|ей|ого|его|их|ых)\s+){{0,3}}?(?:(?:под)?комисси\w*|(?:под)?комитет\w*|"
    r"рабочей\s+группы)|"  # one working group (not "в рамках заседаний рабочих групп": parts of another meeting)
    r"(?:комиссиясының|комиссияның|комитетінің|комитеттің|жұмыс\s+тобының)\s+(?:[\w-]+,?\s+){0,2}?(?:\d+-)?отырыс\w*"
)
BUSINESS_COUNCIL = r"(?:іскерлік|деловой|деловом|делового|business)\s+(?:кеңес\w*|совет\w*|council)|іскерлік\s+жиын\w*|бизнес-форум\w*"
# a business round table is a business forum: "business roundtable", "деловой круглый стол", "іскерлік дөңгелек үстел"
BUSINESS_ROUND_TABLE = (r"business\s+round\s?-?tables?|(?:делов\w+|бизнес)\s+кругл\w+\s+стол\w*|"
                        r"кругл\w+\s+стол\w*\s+(?:с\s+)?(?:представител\w+\s+)?(?:бизнес|делов)\w*|"
                        r"(?:іскерлік|бизнес)\s+дөңгелек\s+үстел\w*")
# the kind of body a council trigger names: a commission (committee) or a council (interstate, strategic)
COUNCIL_WORD_RE = CI(r"(?i)кеңес|совет|council")
COMMISSION_WORD_RE = CI(r"(?i)комисси|commission|комитет|committee|(?<![\w])(?:МПК|ҮАК|JEC|IGC|JIC)(?!\w)")
# the Kazakh conditional of motion joining two trips told side by side: "Астанаға келсе, ... Қазақстанда сапармен болды"
KK_CONDITIONAL = r"келсе|барса"


def _presence(en_capital: str, ru_capital: str) -> str:
    """An official's presence in a place, told as a trip by a preposition and the place's name right after it:
    "the UAE minister is in Astana", "находится в Пекине" (the name's capital letter as given)."""
    return (rf"(?:is|was)\s+(?:currently\s+|now\s+|also\s+|already\s+)?in(?=\s+{en_capital}[a-z])|"
            rf"находи(?:тся|лся|лась)\s+в(?=\s+{ru_capital})")


PRESENCE_RE = CI(f"(?i){_presence('(?-i:[A-Z])', '(?-i:[А-ЯЁ])')}")
# the trigger runs on lower-cased text, where no capital can be seen: it reads any small word after the preposition,
# and _triggers checks the capital on the text as written
PRESENCE_TRIGGER = _presence("[a-z]", "[а-яё]")
PRESENCE_TRIGGER_RE = CI(f"(?i){PRESENCE_TRIGGER}")
# the Kazakh presence has the place in the locative right before it: "Әс-Сиси Астанада болды"
KK_PRESENCE = r"(?<=[дт][ае]\s)(?:болды(?!\w)|болып(?=\s*,))"  # "Астанада болып, ... кездескен": the converb too
# a meeting by video link, with no venue: "held a video call", "видеоконференция", "бейнебайланыс арқылы"
VIDEO = (r"video[\s-]*(?:call|conference|link)\w*|videoconferenc\w*|видеозвон\w*|видео[\s-]*(?:конференц|связ)\w*|"
         r"бейне[\s-]*(?:конференц|байланыс)\w*")
VIDEO_RE = CI(rf"(?i)(?<!\w)(?:{VIDEO})")
TRIGGERS = (
    ("phone_call", r"телефон\s+арқылы\s+(?:сөйлес|әңгімелес|байланыс)\w*|телефонмен\s+сөйлес\w*|телефон\w*\s+(?:разговор|переговор)\w*|"
                   r"по\s+телефону|позвонил\w*|созвонил\w*|(?:tele)?phone\s+(?:call|conversation|talks)|"
                   r"(?:spoke|talked|conversed|exchanged\s+views|conferred|held\s+talks)\s+(?:by|over\s+the)\s+(?:tele)?phone|"
                   # "телефон арқылы болған сындарлы әңгімені еске алды": the talk by phone, told with its participle
                   r"телефон\s+арқылы\s+(?:болған\s+|өткен\s+)?(?:[\w-]+\s+)?әңгіме\w*"),
    ("consultations", r"консультаци\w*|consultations?\b|кеңестер\w*|"
                      # a strategic dialogue between the foreign ministries: "Диалог по расширенному стратегическому
                      # партнерству", "the Enhanced Strategic Partnership Dialogue", "стратегиялық диалог"
                      r"(?:стратегическ|стратегиялық|strategic)\w*\s+(?:[\w-]+\s+){0,2}?(?:диалог|dialogue)\w*|"
                      r"(?:диалог|dialogue)\w*\s+(?:по|on)\s+(?:[\w-]+\s+){0,1}?(?:стратегическ|strategic)\w*"),
    ("forum", rf"{BUSINESS_COUNCIL}|{BUSINESS_ROUND_TABLE}|форум(?!дар|ах\b|ов\b)\w*|forum(?!s)"),
    ("council", COUNCIL),
    ("visit", r"сапар(?!ов|ова|ев|бай|бек|әлі|али)\w*|(?:отправи|направи)(?:тся|лся|лась|лись)(?=\s+в\s)|поедет(?=\s+в\s)|барды|барып|келді|келеді|келіп|қонды|визит\w*|прибыл\w*|прибыв\w*|прибудет|прибудут|прибыть|посети(?!тел)\w*|посещ\w*|"
              r"visit(?!ors?\b)\w*|arriv(?!als\b)\w*|trip\b|landed|travel(?:l)?ed\s+to|travel(?:l)?ing\s+to|(?:will|would|shall)\s+travel\s+to|побывал\w*|барады|баратын|бармақ|келмек|келетін|барған|келген|келуі|баруы|"
              + PRESENCE_TRIGGER + "|" + KK_PRESENCE + "|" + KK_CONDITIONAL),
    ("talks", r"кездесу\w*|кездес\w*|жүздес\w*|келіссөз\w*|басқосу\w*|переговор\w*|встреч(?!н)\w*|встрет\w*|talks\b|\bmet\b|meetings?\b|meet\b|"
              r"negotiat\w*|қабылдады|қабылдап|қабылдайды|принял(?!\w*\s+(?:\w+\s+)?(?:участие|решение|закон|меры))\w*|примет(?!\w)(?!\s+(?:\w+\s+)?(?:участие|решение|закон|меры))|\breceived\b|\bhosted\b|"
              r"sat\s+down\s+with|courtesy\s+call|" + VIDEO),
    ("signing", r"қол\s+қо[йю]\w*|подписал\w*|подписани\w*|подписан\w*|подпишут|\bsigned\b|signing\b|\bsign\b|\binked\b"),
)
TRIGGER_RE = CI("(?<!\\w)(?:" + "|".join(f"(?P<{n}>{p})" for n, p in TRIGGERS) + ")")
# a council's abbreviation introduced after its name: "High-Level Strategic Cooperation Council (HLSCC)"
ABBR_IN_PARENS_RE = re.compile(r"\(\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,8}\s*\)")
COUNCIL_ALIAS_RE = re.compile(rf"(?i:{COUNCIL})\s*\(\s*(?P<abbr>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{{2,8}})\s*\)")
# every trigger contains one of these stems (checked before the long pattern runs)
TRIGGER_GATE = KeywordGate((
    "телефон", "phone", "позвон", "созвон", "консультац", "consultation", "кеңес", "диалог", "dialogue", "форум", "forum", "іскерлік",
    "делов", "business", "комисси", "совет", "commission", "council", "комитет", "committee", "working group", "рабоч", "жұмыс тоб",
    "межправ", "мпк", "igc", "мпс", "үак", "сапар", "бар", "кел", "қонды", "визит", "прибы", "прибуд", "посети", "посещ",
    "отправи", "направи", "поедет",
    "visit", "arriv", "trip", "landed", "travel", "побывал", "кездес", "жүздес", "келіссөз", "басқосу", "переговор", "встреч", "встрет", "talks", "met",
    "meet", "negotiat", "is in", "was in", "находи", "болды", "қабылда", "принял", "примет", "received", "hosted", "sat down", "courtesy call", "round", "кругл", "дөңгелек", "қол", "подпис", "sign", "inked",
    "қарсы ал", "күтіп ал", "welcomed", "greeted", "заседани", "сесси", "session", "отырыс", "мәжіліс", "раунд", "video",
    "видео", "бейне",
))

MULTILATERAL_RE = CI(
    r"(саммит\w*|summit|самит\w*|еуразиялық|евразийск\w*|eurasian|\bЕАЭО|\bЕАЭС|\bEAEU\b|\bШОС\b|\bШЫҰ\b|\bSCO\b|\bСНГ\b|\bТМД\b|\bCIS\b|"
    r"\bОДКБ|\bCSTO\b|\bҰҚШҰ|\bCOP\d*|General\s+Assembly|\bUNGA\b|Генеральн\w+\s+Ассамбле\w*|Бас\s+Ассамблея\w*|Conference\s+of\s+the\s+Parties|\bООН\b|\bБҰҰ\b|\bUN\b|\bG20\b|\bБРИКС|\bBRICS\b|\bСПЕКА|\bSPECA\b|"
    r"Орталық\s+Азия\s*(?:[-–+]|плюс)|Central\s+Asia\s*(?:[-–+]|plus\b)|Центральн\w+\s+Ази\w*\s*(?:[-–+]|плюс)|C5\+|\bОТГ\b|\bТМҰ\b|\bOTS\b|\bАӨСШК\b|\bСВМДА\b|\bCICA\b|"
    r"межпарламентск\w+\s+ассамбле\w*|inter-parliamentary\s+assembly|глав\w*\s+государств\w*\s+Центральной\s+Азии|"
    r"heads\s+of\s+state\s+of\s+Central\s+Asia|консультативн\w+\s+встреч\w*|consultative\s+meeting|пленарн\w+|plenary|"
    # the World Trade Organization's conferences (its Cyrillic acronyms "ВТО", "ДСҰ" are words' parts once lower-cased:
    # "второй", so the names are spelt out)
    r"\bWTO\b|Ministerial\s+Conference|министерск\w+\s+конференци\w*|министрлер\s+конференция\w*|"
    r"Всемирн\w+\s+торгов\w+\s+организаци\w*|Дүниежүзілік\s+сауда\s+ұйым\w*|"
    # a meeting of three or four: "trilateral meeting", "трехсторонняя встреча", "үшжақты кездесу", "the three countries"
    rf"{SEVERAL_SIDES}|{COUNTED_COUNTRIES})"
)
# a dialogue format of Central Asia with one partner: "Central Asia + Japan", "Орталық Азия – Қытай", "C5+1"
FORMAT_RE = CI(r"(?:Орталық\s+Азия|Central\s+Asia|Центральн\w+\s+Ази\w*|C5)\s*[-–+]\s*[«\"]?([\w-]+)")
MULTILATERAL_STEMS = ("wto", "ministerial conference", "министерск", "министрлер конференция", "всемирн", "дүниежүзілік сауда",
                      "саммит", "summit", "самит", "еуразиял", "евразийск", "eurasian", "еаэ", "eaeu", "одкб", "csto", "ұқшұ",
                      "conference of the parties", "брикс", "brics", "спека", "speca", "орталық азия", "central asia",
                      "центральн", "аөсшк", "свмда", "cica", "межпарламентск", "inter-parliamentary", "глав государств",
                      "heads of state", "general assembly", "unga", "генеральн", "бас ассамблея", "консультативн", "consultative", "пленарн", "plenary",
                      "trilateral", "three-way", "трехсторон", "трёхсторон", "үшжақты", "үш жақты", "quadrilateral", "четырехсторон",
                      "четырёхсторон", "төртжақты", "төрт жақты", "трех стран", "трёх стран", "три страны", "three countries",
                      "four countries", "четырех стран", "четырёх стран", "үш ел", "төрт ел")
MULTILATERAL_ACRONYMS = ("UN", "ШОС", "ШЫҰ", "SCO", "СНГ", "CIS", "ТМД", "COP", "G20", "C5", "ОТГ", "ТМҰ", "OTS", "ООН", "БҰҰ",
                         "ЕАЭ", "EAEU")


def _may_be_multilateral(t: str, low: str) -> bool:
    return any(s in low for s in MULTILATERAL_STEMS) or any(a in t for a in MULTILATERAL_ACRONYMS)


# the Kazakh aorist (present-future) of the verbs events are told with: stem (+ passive -ыл/-іл/-н) + the
# vowel -а/-е/-й + -ды/-ді ("өтеді", "барады", "қатысады", "қабылдайды", "өткізіледі", "қол қойылады"); the
# past has no vowel there ("өтті", "барды", "қабылдады")
KK_AORIST_RE = CI(r"(?i)(?<![\w-])(?:өт|бар|кел|бол|кездес|сөйлес|қатыс|жүргіз|өткіз|қабылда|қой|қо|талқыла|"
                          r"ұйымдастыр|аттан|сөйле|аш)(?:ыл|іл|н)?(?:а|е|я|й)(?:ды|ді)(?!\w)")  # "сөз сөйлейді", "ашылады"
KK_FUTURE_RE = re.compile(r"(?<![\w-])[a-zа-яәғқңөұүһі][\w]{2,}(?:мақ|мек|пақ|пек)(?:шы|ші)?(?!\w)")
KK_PAST_RE = re.compile(r"(?<![\w-])[a-zа-яәғқңөұүһі]\w{2,}(?:ылған|ілген|лған|лген|ған|ген|қан|кен)(?:ын|ін|нан|нен|да|де|дағы|дегі)?(?!\w)")
# nouns and adjectives that end like those verb forms
KK_NOT_VERBS = frozenset(("тамақ", "бармақ", "қамақ", "жұмақ", "шамақ", "құрмақ", "ұрпақ", "қонақ", "бәсеке", "келешек",
                          "жаңаған", "қорған", "заман", "туған", "басқан", "дүкен", "өткен",
                          # participles turned adjective or postposition: "бірлескен комиссия" (joint), "форумға арналған"
                          "бірлескен", "арналған"))
SIDELINES_RE = CI(r"(?i)(аясында|шеңберінде|кезінде|на\s+полях|в\s+рамках|в\s+ходе|on\s+the\s+sidelines|on\s+the\s+margins|"
                          r"кездесу\w*|кездесті|кездеседі|встреч\w*|встрет\w*|\bmet\b|\bmeets?\b|meeting\s+with|bilateral|двусторонн\w*|екіжақты|"
                          # "during the UN General Assembly, held talks with the Brazilian minister"
                          r"\bduring\b|\btalks\s+with\b|переговор\w*\s+с(?!\w))")
SUMMIT_PURPOSE_RE = CI(r"(?i)(саммит\w*|summit|самит\w*|заседани\w+\s+(?:ЕАЭС|ШОС|СНГ)|пленарн\w+|plenary|"
                               r"консультативн\w+\s+встреч\w*|consultative\s+meeting|ассамбле\w*|assembly)")

SEVERAL_SIDES_RE = CI(rf"(?i){SEVERAL_SIDES}")
MEETING_OF_GROUP_REACH = 25

# tense and mood around a trigger
KK_MAY_OR_MUST = r"\w{2,}(?:уы|уі|у|ю)\s+(?:мүмкін\w*|ықтимал\w*|тиіс\w*)|"
PLANNED_RE = CI(
    r"(жоспарлан\w*|жоспарлап|жоспарда|өткізбек|алдағы|келесі(?!\s+күні)|дайындық\w*|дайындау\w*|дайындалып\s+жатқан|"
    # a trip being prepared, one to be made: "сапары дайындалып жатыр", "қарашада жасайтын сапары"
    r"дайындалып\s+жатыр|дайындалуда|жасайтын|жасалатын|өткізілетін|ұйымдастырылатын|"
    r"қарсаңында|күтілуде|предстоящ\w*|планиру\w*|запланирован\w*|состоится|состоятся|пройдет|пройдёт|пройдут|"
    r"будет|будут|совершит|намечен\w*|ожида\w*|подготовк\w*|в\s+ближайшее\s+время|следующ\w*(?!\s+д(?:ень|ня|н[её]м))|\bwill\b|scheduled|upcoming|"
    r"\bnext\s+(?:round|meeting|session|sitting)\b|"
    r"expected|slated|is\s+to\s+visit|plans?\s+to|planned|preparations?\s+(?:for|of)|preparing\s+for|to\s+visit\b|next\s+(?:week|month|year)|postponed|отложен\w*|"
    r"кейінге\s+қалдыр\w*|посетит|посетят|прибудет|прибудут|примет(?!\w)|примут(?!\w)|отправится|направится|проведет|проведут|встретится|встретятся|"
    r"примет\s+участие|откроется|завершится|завершатся|начн[её]тся|продлится|выступ(?:ит|ят)(?!\w)|өтетін|(?<!ған\s)(?<!ген\s)(?<!қан\s)(?<!кен\s)болатын(?!\s*(?:[.!?»]|$))|келетін|баратын|"
    r"подпишут|is\s+to\b|are\s+to\b|is\s+set\s+to|set\s+to|(?:will|would|shall)\s+travel|to\s+travel\s+to|перенес\w*|перенос\w*|"
    r"were\s+to|was\s+to|was\s+supposed|is\s+supposed|приглаш\w*|пригласил\w*|invit\w*|шақыр\w*|"
    # a visit whose possibility is discussed: "сапары мүмкіндігі талқыланды", "the possibility of a visit"
    r"(?<=сапары\s)мүмкіндіг\w*|(?<=сапарының\s)мүмкіндіг\w*|possibility\s+of\b|"
    r"возможност\w*(?=\s+(?:[\w-]+\s+)?(?:визит|посещени|приезд|поездк|проведени)\w*)|"
    r"to\s+(?:hold|meet|sign|attend|take\s+part|take\s+place|convene|organi[sz]e|host|resume|co-chair|chair|participate)\b|to\s+be\s+(?:held|signed|organi[sz]ed|convened|hosted)\b|"
    r"would\b|intend\w*|намерен\w*|ниет\w*|"
    r"(?<!\w)ертең|завтра|tomorrow|қатыспақ|қатысатын|провести\b|созвать\b|"
    # an agreement, proposal or decision to hold: "достигнута договоренность о проведении", "предложение о проведении"
    r"(?:договор[её]нност\w*|договорились|соглаш\w*|решени\w*|предложени\w*|предложил\w*)\s+о\s+проведении|"
    # kk verbal noun of holding or planning, agreed on: "отырысын Астанада өткізу туралы уағдаласты"
    # kk possibility or obligation of a verbal noun: "сапары биыл өтуі мүмкін", "өткізу мүмкіндігі", "өтуі тиіс болған"
    + KK_MAY_OR_MUST +
    r"мож(?:ет|ут)\s+(?:состояться|пройти|быть\s+проведен\w*)|(?:could|may|might)\s+(?:take\s+place|be\s+held|visit|come|travel)\b|"
    r"(?:өткізу|жоспарлау|ұйымдастыру)(?:ды|ді|ге|ға|\s+туралы|\s+мәселе\w*|\s+жөнінде|\s+көзделуде|\s+көзделіп|\s+жоспарлан\w*|\s+қажет\w*)|"
    r"intention\s+to\s+(?:pay|visit|hold|meet|travel|come)|to\s+pay\s+(?:an?\s+)?(?:\w+\s+)?visit|"
    r"to\s+make\s+(?:[\w-]+\s+){0,4}?(?:trip|visit)\b|"  # a headline's future: "Koizumi to make first Japanese PM trip"
    r"намерени\w*\s+(?:\w+\s+)?(?:посетить|провести|совершить|приехать|прибыть)|"
    # what is due, must or is to be done: "is due to arrive", "is due in Astana", "должен прибыть", "должна пройти"
    r"(?:is|are|was|were)\s+due\s+(?:to|in)\b|долж(?:ен|на|но|ны)\s+(?:\w+\s+)?(?:прибыть|посетить|пройти|состояться|"
    r"провести|подписать|приехать|стать))",
    # the Kazakh verbal noun starts with any letter, which would keep the whole pattern from its filter
    rare=(KK_MAY_OR_MUST, ("мүмкін", "ықтимал", "тиіс")),
)
HELD_RE = CI(
    r"(состоял\w*|состоявш\w+|достигнут(?:ых|ые|ой|ую|ого|ым)(?!\w)|(?<=agreements\s)reached|(?<=agreed\s)upon|прош[её]л|прошла|прошли|прошло(?!\w)|прошедш\w+|провел\w*|провёл|проведен(?!и[еяюйи])\w*|встретил\w*|прибыл\w*|посетил\w*|подписал\w*|"
    r"обсудил\w*|обменял\w*|побывал\w*|(?:отправи|направи)(?:лся|лась|лись)|собрал(?:ись|ась|ся)|convened|жиналды|находил\w*|находится|завершил\w*|прибывш\w*|\bheld\b|\bmet\b|visited|arrived|"
    r"signed|discussed|took\s+place|was\s+held|were\s+held|wrap(?:ped|s)?\s+up|paid(?=\s+(?:a|an|his|her|their|the|official|state|working)\b)|completed|concluded|welcomed|received|hosted|"
    r"(?<=he\s|ey\s|ho\s)co-?chaired|(?<=he\s|ey\s|ho\s)chaired|сопредседательствовал\w*|председательствовал\w*|төрағалық\s+етті|"
    r"has\s+been|have\s+been|is\s+paying|is\s+visiting|is\s+on\s+(?:a|an)\s+\w+\s+visit|(?<!атап\s)өтті|өткізді|кездесті|келді|барды|"
    r"қол\s+қойды|қол\s+қойылды|талқылады|қабылдады|сөйлесті|болды|жүргізді|ұйымдастырылды|қонды|аяқтады|бастады|"
    r"алмасты|келген|барған|өткен\s+\w+\s+(?:кездесу|отырыс)|қатысты|қатысып|күтіп\s+алды|today|бүгін|сегодня|"
    # "кездесу соңында" (at the end of the meeting), not "жылдың соңында" (at the end of the year, a time)
    r"following|по\s+итогам|по\s+результатам|қорытындысы\s+бойынша|(?<!жылдың\s)(?<!айдың\s)(?<!аптаның\s)(?<!жылының\s)(?<!айының\s)(?<!аптасының\s)соңында|"
    r"after\s+the|после\s+(?:встреч|переговор|заседани))"
)
DISCUSSED_VISIT_RE = CI(r"(?i)(обсуди\w*|обсужда\w*|discuss\w*|талқыла\w*|подготовк\w*|preparations?\s+(?:for|of)|preparing\s+for|"
                                r"дайындық\w*)\s+(?:[\w-]+\s+){0,3}(?:визит|visit|сапар)\w*|(?:визит|visit|сапар)\w*\s+(?:[\w-]+\s+){0,3}"
                                r"(?:талқыла\w*|дайында\w*)")
POSTPONED_RE = CI(r"(?i)(postponed|rescheduled|put\s+off|(?:moved|shifted|pushed\s+back)\s+to\b|отложен\w*|перенес[её]н\w*|перенесли|"
                          r"кейінге\s+қалдыр\w*|шегеріл\w*|(?<=айына\s)ауыстырыл\w*|(?<=жылға\s)ауыстырыл\w*|"
                          r"(?<=күнге\s)ауыстырыл\w*|(?<=мерзімге\s)ауыстырыл\w*)")  # moved to a time, not "елші ауыстырылды"
# the new date of a moved event, said in Kazakh before the verb: "мамыр айына ауыстырылды", "2026 жылға шегерілді"
KK_NEW_DATE_BEFORE_RE = CI(r"(?i)(?:(\d{4})\s*жылғы?\s+)?([^\W\d_]{3,9})\s+айына\s+(?:\w+\s+)?$|(\d{4})\s*жылға\s+(?:\w+\s+)?$")
CANCELLED_RE = CI(r"(?i)(cancel\w*|call(?:ed)?\s+off|отмен\w*|передумал\w*|не\s+состоится|тоқтатыл\w*|болмайды)")
# a future said of what an event brings, not of the event taking place: "the visit will contribute to",
# "визит будет способствовать", "will give a new impetus"
EFFECT_FUTURE_RE = CI(r"(?i)(?:will|would|будет|будут)\s+(?:\w+\s+){0,2}?(?:contribut\w*|give|gives|strengthen\w*|"
                              r"serve|help|boost|promote|deepen|mark|allow|provide|play|bring|lead|open|become|"
                              r"способствова\w*|служить|содействова\w*|укрепл\w*|открыва\w*|давать|являться)\b")
# what is coming is a holiday or a season, not the event: "congratulated him on the upcoming spring holiday",
# "поздравил с предстоящим праздником Наурыз", "алдағы Наурыз мерекесімен құттықтады"
COMING_DAY_RE = CI(r"(?i)(?:upcoming|предстоящ\w*|алдағы)\s+(?:[\w-]+\s+){0,2}?(?:holidays?|праздник\w*|мереке\w*|"
                           r"seasons?|сезон\w*|new\s+year|нов\w+\s+год\w*|жаңа\s+жыл\w*|elections?|выбор\w*|сайлау\w*|"
                           r"festival\w*|фестивал\w*|anniversary|юбиле\w*|мерейтой\w*)")
# preparing is said of the event prepared ("обсудили подготовку визита по телефону"): no tense of a call or a meeting
PREPARATION_RE = CI(r"(?i)подготовк\w*|preparations?\s+(?:for|of)|preparing\s+for|дайындық\w*|дайындау\w*")


def _prepares_other(t: str, cue: tuple, typ: str, m: re.Match) -> bool:
    """The preparation cue is about another event: the first one named right after it (ru/en: "подготовку
    визита", "preparations for the visit") or last right before it (kk: "сапарға дайындық") is not this
    trigger ("preparations for the fifth meeting of the Council" prepare the council)."""
    start, end, _ = cue
    kk = t[start:end].lower().startswith("дайындық")
    lo, hi = (max(0, start - 40), start) if kk else (end, min(len(t), end + 30))
    found = list(TRIGGER_RE.finditer(t, lo, hi))
    if not found:
        return False
    prepared = found[-1] if kk else found[0]
    if prepared.start() <= m.start() < prepared.end() + 40 and typ in ("council", "forum", "consultations"):
        return False  # "meeting of the Council": the council's own name
    if prepared.start() == m.start():
        return False
    return next(k for k, v in prepared.groupdict().items() if v) != typ


# a telephone used to talk to the press, not between the two sides
BY_PHONE_RE = CI(r"(?i)по\s+телефону|телефон\s+арқылы\s+\w+|(?:\w+\s+)+(?:by|over\s+the)\s+(?:tele)?phone")
# verbs of telling, right after who tells: "сообщил по телефону корреспонденту", "X told reporters that ..."
SAY_VERB = (r"(?:told|said|says|noted|announced|stated|хабарла\w*|айтты|айтқан|мәлімде\w*|атап\s+өтті|сообщил\w*|"
            r"рассказал\w*|заявил\w*|отметил\w*|отмечает|сказал\w*)\b")
SAID_AFTER_RE = CI(rf"(?i)\s*(?:\w+\s+){{0,1}}{SAY_VERB}")
# who tells of a trip, not who makes it: "Agriculture Minister X told reporters that a delegation ... will visit"
TELLS_AFTER_RE = CI(rf"(?i)[\s,]*(?:\w+\s+){{0,1}}{SAY_VERB}")
SAID_BEFORE_RE = CI(r"(?i)(?:сообщил\w*|рассказал\w*|заявил\w*|пояснил\w*|уточнил\w*|ответил\w*|told|said|"
                            r"хабарлады|айтты|мәлімдеді)\s+(?:\w+\s+){0,2}$")
PRESS_RE = CI(r"(?i)(корреспондент\w*|журналист\w*|редакци\w*|изданию|агентству|reporters?\b|correspondent\w*|"
                      r"journalists?\b|тілші\w*|редакция\w*|басылым\w*)")
# a cancellation said of the whole sentence, past a participle clause ("The visit, planned for May, was cancelled")
CANCELLED_PREDICATE_RE = CI(r"(?i)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancel\w*|called\s+off)|"
                                    r"(?<!\w)отмен(?:[её]н|ена|ено|ены|или|ил|ила)(?!\w)|"
                                    r"(?<!\w)(?:тоқтатылды|болмай\s+қалды|өтпейтін\s+болды|жойылды|өтпеді|өткізілмеді)(?!\w)|"
                                    # what was to be held and was not: "did not take place", "не состоялась"
                                    r"\b(?:did\s+not|didn['’]t|never)\s+take\s+place|\bnever\s+took\s+place|"
                                    r"(?<!\w)не\s+состоял(?:ся|ась|ось|ись)(?!\w)")
INVITATION_RE = CI(r"(?i)(invit\w*|приглаш\w*|пригласил\w*|шақыр\w*)")
# a visit made "at the invitation of" (or thanks for one): the invitation is not the visit's tense
INVITED_BY_RE = CI(r"(?i)(по\s+приглашению|at\s+the\s+invitation|шақыруымен|thanked|поблагодарил|алғыс)")

# a trigger naming many events or a body, not one event
GENERIC_RE = CI(
    r"(exchange\w*\s+of\s+visits|mutual\s+visits|reciprocal\s+visits|visits\s+(?:at|on)\s+the\s+highest|high-level\s+(?:exchanges|visits|"
    r"meetings|contacts)|(?:regular|frequent|numerous|several|series\s+of|a\s+number\s+of)\s+(?:\w+\s+)?(?:visits|meetings|consultations)|"
    r"meetings\s+at\s+the\s+highest|обмен\w*\s+визитами|взаимн\w+\s+визит\w*|визит\w*\s+на\s+высш\w+|встреч\w*\s+на\s+высш\w+|"
    r"регулярн\w+\s+(?:встреч|визит|консультац|контакт)\w*|ряд\s+(?:\w+\s+)?(?:визитов|встреч)|(?:многочисленн|част)\w+\s+(?:визит|встреч)\w*|"
    r"серии\s+(?:визитов|встреч)|өзара\s+сапар\w*|сапарлар\w*|сапар\s+алмас\w*|жоғары\s+деңгейдегі\s+(?:сапар|кездесу)\w*|"
    r"өзара\s+кездесу\w*|(?:бірқатар|бірнеше)\s+(?:\w+\s+)?кездесу\w*|несколько\s+(?:\w+\s+)?встреч\w*|"
    # met a count of sides, each told after: "төрт әріптесімен кездесті", "met four counterparts", "встретился с четырьмя коллегами"
    r"(?:екі|үш|төрт|бес|алты|two|three|four|five|six|двумя|тремя|четырьмя|пятью|шестью)\s+(?:\w+\s+)?"
    r"(?:әріптес\w*|counterparts|коллегами|лидерами|leaders|басшы\w*)(?:\s+\w+){0,2}?\s+(?:кездес\w*|met\b|встретил\w*)|"
    r"кездесулер\w*(?!\s+(?:өткізді|өткізіп|өтті))|тұрақты\s+кездесу\w*|визиты\b|визитов\b|визитами\b|visits\b|meetings\b(?!\s+(?:with|of)\b)|"
    r"ежегодн\w*|annual(?:ly)?\b|every\s+year|жыл\s+сайын|регулярно|traditionally|дәстүрлі\s+түрде|"
    # held as a habit, not once: "тұрақты түрде өткізу", "на регулярной основе", "on a regular basis", "regularly"
    r"тұрақты\s+(?:түрде|негізде)|на\s+регулярной\s+основе|on\s+a\s+regular\s+basis|regularly|"
    # a count of events: "ten rounds of consultations", "десять раундов", "он раунды", "12 заседаний"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|двух|трех|трёх|четырех|пяти|шести|семи|восьми|"
    r"девяти|десяти|два|три|четыре|пять|шесть|семь|восемь|девять|десять|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
    r"\s+(?:rounds|раунд\w*|заседани[йя]|встреч\b|визит(?:а|ов)\b|meetings|sessions|visits|отырыс|кездесу|сапар)|"
    r"консультациялардың\s+(?:\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+раунд\w*)"
)
BODY_RE = CI(r"(?i)(establish\w*|create\w*|creation|setting\s+up|создат\w*|создани\w*|создан[аоы]?\b|учред\w*|құру\w*|"
                     r"құрылды|құрылған|is\s+an?\s+(?:effective|important)|is\s+the\s+(?:\w+\s+){0,2}(?:body|mechanism|platform|"
                     r"format|instrument)|является|болып\s+табылады|mechanism|механизм\w*)")
# who chairs a body named without a session word: "Межправкомиссию с российской стороны возглавляет ...", "The
# commission is co-chaired by ...", "Үкіметаралық комиссияны ... басқарады" (not "Заседание комиссии, которую
# возглавляют вице-премьеры, прошло вчера": a session)
CHAIRED_BODY_AFTER_RE = CI(r"(?i)[^.;]{0,30}?(?<!\w)(?:возглавля(?:ет|ют)|(?:is|are)\s+(?:co-)?(?:chaired|headed)\s+by)(?!\w)")
KK_BODY_OBJECT_RE = CI(r"(?i)(?:комиссия|кеңес|комитет)(?:ны|ні|ті)$")
KK_CHAIRS_NOW_RE = CI(r"(?i)(?<!\w)(?:басқарады|төрағалық\s+етеді)(?!\w)")
SESSION_WORD_RE = CI(r"(?i)заседани|сесси|отырыс|мәжіліс|session|meeting|round|раунд")
# a body's work, not a session of it: "активизировать работу межправкомиссии", "intensify the work of the
# commission", "үкіметаралық комиссияның жұмысын жандандыру" (no session word between)
WORK_OF_BODY_BEFORE_RE = CI(r"(?i)(?<!\w)(?:работ[уы]|деятельност[ьи]|(?:the\s+)?work\s+of|activities\s+of)\s+(?:the\s+)?"
                            r"(?:(?!(?:заседани|сесси|session|meeting|round|раунд)\w*\s)[\w-]+\s+){0,2}$")
KK_WORK_OF_BODY_AFTER_RE = CI(r"(?i)\w*\s+(?:жұмысын|жұмысы|қызметін)(?!\w)")
# (but a session of it told in a clause of its own: "the commission, which last met in Astana in 2014", "комиссии,
# которая в последний раз собиралась в 2014 году")
BODY_MET_AFTER_RE = CI(r"(?i)(?:which|that|котор\w+)\s+(?:[\w-]+\s+){0,3}?(?:met|convened|gathered|held|собирал\w*|заседал\w*|"
                       r"прош\w+|состоял\w*)(?!\w)|"
                       # or its session named after it: "первое заседание которой планируется", "whose first meeting"
                       r"(?:заседани\w*|сесси\w*)\s+котор\w+|whose\s+(?:[\w-]+\s+)?(?:meeting|session)")
# the gathering something happened at: "on the sidelines of", "на полях", "в кулуарах"; "аясында", "кулуарында"
SETTING_BEFORE = r"on\s+the\s+(?:sidelines|margins)\s+of|на\s+полях|в\s+кулуарах"
SETTING_AFTER = r"аясында|кулуарында|шеңберінде"
SETTING_RE = CI(rf"(?i)(?<!\w)(?:{SETTING_BEFORE}|{SETTING_AFTER})(?!\w)")
# a reference to an event already reported: "during the meeting", "кездесу барысында", "the talks", "в кулуарах форума"
REFERENCE_BEFORE_RE = CI(
    rf"(?i)(?<!\w)(?:в\s+ходе|в\s+рамках|{SETTING_BEFORE}|открывая|закрывая|opening|closing|as\s+part\s+of|во\s+время|по\s+итогам|по\s+результатам|после|на|following|during|after|at|in\s+the\s+course\s+of|"
    r"upon\s+the\s+end\s+of|the|this|that|its|эт\w+|данн\w+|указанн\w+|сегодняшн\w+|бұл|осы|аталған|сол|бүгінгі|"
    # what belongs to the event: "«дорожная карта» визита", "программа визита", "the programme of the visit"
    r"карт[аыу]»?|программ\w*|programme\s+of|program\s+of|roadmap\s+(?:of|for)|"
    # what it is to hold: "Практическое наполнение визита", "повестка визита", "the agenda of the visit"
    r"наполнени[еяю]|содержани[еяю]|повестк[аиуе]|(?:agenda|substance|content)\s+(?:of|for)|"
    # those who took part in it: "Участники консультаций", "participants in the talks"
    r"участник\w*|participants\s+(?:in|of)|"
    # its dates: "согласовать новые сроки визита", "дата визита"
    r"срок(?:и|ов|ах|ам)?|дат[аыу]|"
    # what it means: "отметил значение визита", "the importance of the visit"
    r"значени[еяю]|важност[ьи]|(?:importance|significance)\s+of)\s+(?:[\w-]+\s+)?$"
)
KK_LOCATIVE_END_RE = CI(r"(?i)[а-яәғқңөұүһі](?:да|де|та|те)$")  # an event noun in the locative: "at the forum"
# an event noun in the dative opening its sentence, with a verb of taking part: "Форумға ... қатысты" (took part in the
# forum told before)
KK_DATIVE_END_RE = CI(r"(?i)[а-яәғқңөұүһі](?:ға|ге|қа|ке|на|не)$")
KK_TOOK_PART_RE = CI(r"(?i)(?<!\w)қатыс\w*")
REFERENCE_AFTER_RE = CI(rf"(?i)^\w*\s+(?:{SETTING_AFTER}|барысында|кезінде|ашып|ашқан|ашылуында|қорытындысы|соңында|барысындағы|кезіндегі|"
                                r"қатысушылар\w*|"  # "консультацияға қатысушылар": those who took part in it
                                r"(?:жаңа\s+)?мерзім\w*|"  # "сапардың жаңа мерзімін": its dates
                                r"(?:іс\s+жүзіндегі\s+|нақты\s+)?(?:мазмұн|күн\s+тәртіб)\w*|"  # "сапардың мазмұны": what it holds
                                r"нәтижесінде|нәтижесі|қорытындысында)")
# the event in the genitive, what it means a few words on: "сапардың екіжақты қатынастар тарихындағы маңызын"
KK_GENITIVE_REFERENCE_RE = CI(r"(?i)(?<=дың|дің|тың|тің|ның|нің)\w*\s+(?:[\w-]+\s+){0,3}(?:маңыз|мән[іи])\w*")

# a visit of the ranks only one country pays another (a summit's guests come on working visits, if any)
BILATERAL_LEVEL_RE = CI(r"(?i)мемлекеттік\s+сапар|государственн\w+\s+визит|state\s+visit|ресми\s+(?:іс-)?сапар|"
                                r"официальн\w+\s+визит|official\s+visit")
VISIT_LEVEL = (
    ("state", r"(?i)(мемлекеттік\s+сапар|государственн\w+\s+визит|state\s+visit)"),
    ("official", r"(?i)(ресми\s+(?:іс-)?сапар|официальн\w+\s+визит|official\s+visit)"),
    ("working", r"(?i)(жұмыс\s+сапар|рабоч\w+\s+визит|working\s+visit)"),
)
VISIT_LEVEL_RES = tuple((level, CI(rx)) for level, rx in VISIT_LEVEL)  # compiled once
# what "received" takes when it is no guest: an indefinite thing or a quantity ("received a further boost", "received
# an invitation", "received new impetus"); a guest is a named or titled person, or "a delegation"
THING_RECEIVED_RE = CI(r"(?i)\s+(?:(?:a|an)\s+(?!(?:[\w-]+\s+){0,2}?(?:delegation|group|team|guests?|visitors?)\b)|"
                               r"(?:further|new|fresh|strong|significant|additional|more|much|great)\s)")
RECEPTION_RE = CI(r"(?i)қабылдады|қабылдап|қабылдайды|принял\w*|примет|received|hosted")
# what is accepted is an invitation (or a proposal), not a guest: "принял приглашение", "received an invitation",
# "шақыруын қабылдады", "ұсынысын қабылдап"
INVITATION_AFTER_RE = CI(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:приглашени\w*|предложени\w*|invitation\w*|proposal\w*)")
INVITATION_BEFORE_RE = CI(r"(?i)(?<!\w)(?:шақыру\w*|ұсыныс\w*)\s+(?:[\w-]+\s+)?$")
KK_CONDITIONAL_RE = CI(f"(?i){KK_CONDITIONAL}")
BARE_MOTION_RE = CI(rf"(?i)барды|барып|келді|келеді|келіп|қонды|landed|барады|баратын|бармақ|келмек|келетін|барған|келген|келуі|баруы|{KK_CONDITIONAL}")
# a Russian verb of setting off ("отправится в", "направился в", "поедет в") is a trip only to a place named right
# after it, with Kazakhstan the place or the one setting off (see _sets_off_with_home)
RU_SET_OFF_RE = CI(r"(?i)(?:отправи|направи)(?:тся|лся|лась|лись)|поедет")
AGREEMENT_RE = CI(r"(?i)(?<!\w)(келісім\w*|шарт\w*|хаттама\w*|меморандум\w*|құжат\w*|жоспар\w*|бағдарлама\w*|жол\s+карта\w*|соглашени\w*|"
                          r"договор\w*|документ\w*|протокол\w*|план\w*|программ\w*|дорожн\w+\s+карт\w*|деклараци\w*|декларация\w*|"
                          r"agreement\w*|memorand\w*|treat\w*|documents?|accords?|plan\b|programme|program\b|roadmap|declaration\w*|MoUs?)")
# a signing named only as an attribute of what was signed: "былтыр қол қойылған бағдарлама",
# "соглашений, подписанных в ходе прошлогоднего визита", "the agreements signed in 2019"
RU_SIGNED_ATTRIBUTE_RE = CI(r"(?i)подписанн\w+|подписавш\w+")
KK_SIGNED_PARTICIPLE_RE = CI(r"(?i)қол\s+қой(?:ыл)?ған\b")
KK_AUXILIARY_RE = CI(r"(?i)\s*(?:еді|болатын|болды|болған\s+еді|болып\s+табылады|екен)\b")
EN_SIGNED_ATTRIBUTE_RE = CI(r"(?i)(?:agreements?|documents?|memorand\w+|MoUs?|deals?|contracts?|accords?|treat\w+|"
                                    r"declarations?|plans?|programmes?|roadmaps?)\s+$")


# who is met when a meeting is not one between two states: business, students, scholars, the diaspora, the press
NON_STATE_SIDE_RE = CI(r"(?i)(корпораци\w*|компани\w*|деловых\s+кругов|бизнесмен\w*|предпринимател\w*|кәсіпкер\w*|"
                               r"business\s+(?:community|leaders|circles|people)|companies|corporations|CEOs?\b|investors|"
                               r"инвестор\w*|бизнес-?қауымдастығы\w*|іскер\s+топ\w*|студент\w*|students?\b|журналист\w*|"
                               r"journalists|диаспор\w*|diaspora|соотечественник\w*|compatriots|отандас\w*|ғалым\w*|"
                               r"учены\w*|scholars|scientists|общественност\w*|общин\w*|қауымдастығ\w*|(?:local|ethnic|Kazakh|\w+an)\s+community|"
                               r"жастар\w*|молод[её]ж\w*|youth\b|преподавател\w*|оқытушы\w*|teachers|эксперт\w*|experts|"
                               r"think[-\s]tanks?|аналитическ\w+\s+центр\w*|сарапшылар\w*|талдау\s+орталық\w*)")


# people counted in thousands or by head, the travellers of a tourist flow ("Венгрию посетили около 21 тыс.
# казахстанцев", "fewer than 9,000 Vietnamese visited Kazakhstan", "Вьетнамға 158 мың қазақстандық барды"): a number,
# maybe its scale and one adjective, then people (a nationality's plural in English), not a delegation
# people travelling for themselves: "tourists", "путешественники", "паломники", "саяхатшылар"
TRAVELLERS = r"путешественник\w*|паломник\w*|отдыхающ\w*|travell?ers|holidaymakers|pilgrims|саяхатшы\w*"
COUNTED_PEOPLE_RE = re.compile(
    r"(?<![\w$€£¥₸.,])\d[\d\s ,.]*(?:\s*(?:тыс\.|тысяч\w*|млн\.?|миллион\w*|thousand|million|мың|мыңнан|мыңға|миллионнан))?"
    r"\s+(?:(?:астам|асқан|более|свыше|около|over|more\s+than)\s+)?(?:[^\W\d_]+\s+)?"
    rf"(?:{numbers.PEOPLE_UNITS}|{TRAVELLERS}|казахстанц\w*|граждан\w*|иностранц\w*|"
    r"citizens|nationals|Kazakhstanis|Kazakhs|[A-Z][a-z]+(?:ese|ians|ans|is)\b|азамат\w*|қазақстандық\w*)")


DELEGATION_RE = CI(r"(?i)делегаци\w*|delegation\w*|құрам\w*")  # "a delegation of 30 people"


def _tourist_flow(t: str, m, lo: int, hi: int) -> bool:
    """A visit verb whose clause counts the people travelling: tourists, not a delegation."""
    cs, ce = _clause_of(t, m.start(), lo, hi)
    if TOURISTS_BEFORE_RE.search(t, max(0, m.start() - 40), m.start()):
        return True  # "the number of Vietnamese tourists visiting Kazakhstan", "туристов, посетивших Казахстан"
    return COUNTED_PEOPLE_RE.search(t, cs, ce) is not None and not DELEGATION_RE.search(t, cs, ce)


# travellers as the ones visiting: "tourists visiting", "туристов, посетивших", "Қазақстанға келген туристер" (after)
TOURISTS_BEFORE_RE = CI(rf"(?i)(?:турист\w*|tourists|visitors|{TRAVELLERS})\s*,?\s+(?:\w+\s+)?$")


# firms as the ones signing: "grid operator KEGOC and Uzbekistan's National Electric Grid signed", "the companies'
# management boards", "АО «КТЖ» и ... подписали", "ҚТЖ ұлттық компаниясы ... қол қойды"
COMPANY_RE = CI(r"(?i)(?<!\w)(?:operators?|compan(?:y|ies)|corporations?|firms?|banks?|holdings?|"
                        r"оператор\w*|компани\w*|корпораци\w*|холдинг\w*|банк\w*|предприяти\w*|кәсіпорн\w*|кәсіпорын\w*)(?!\w)|"
                        r"(?<![\w-])(?-i:АО|ТОО|ПАО|ООО|АҚ|ЖШС|JSC|LLP|PJSC)(?![\w-])")  # the legal forms in capitals ("Сондай-ақ" is none)


def _firms_sign(t: str, m, lo: int, hi: int) -> bool:
    """A signing whose clause names firms and no official: a company deal, not one between the states."""
    cs, ce = _clause_of(t, m.start(), lo, hi)
    return COMPANY_RE.search(t, cs, ce) is not None and not people.title_spans(t[cs:ce])


def _non_state_counterpart(t: str, m, lo: int, hi: int) -> bool:
    """The one met is a company, business people, students, scholars, the diaspora or the press,
    named right after the trigger (before it in Kazakh), with no official's title in between."""
    stop = CLAUSE_BREAK_RE.search(t, m.end(), min(hi, m.end() + 80))  # not "келіссөздер жүргізді, ел ... инвесторлар іздеуде"
    after = NON_STATE_SIDE_RE.search(t, m.end(), stop.start() if stop else min(hi, m.end() + 80))
    if after and not people.title_spans(t[m.end():after.start()]):
        return True
    before = [b for b in NON_STATE_SIDE_RE.finditer(t, max(lo, m.start() - 60), m.start())]
    return bool(before) and not people.title_spans(t[before[-1].end():m.start()])


# a host receiving all of a gathering's guests: "Участников совещания принял Премьер-министр", "received the heads of
# delegations", "hosted a reception for the participants", "кеңес қатысушыларын ... қабылдады"
_GUESTS = (r"(?:участник\w*|глав\w*\s+(?:других\s+)?делегаций|руководител\w*\s+делегаций|participants|heads\s+of\s+(?:the\s+)?"
           r"delegations|қатысушылар\w*|делегация(?:лар)?\s+басшылар\w*)")
GROUP_RECEIVED_RE = CI(rf"(?i)(?<!\w)(?:принял\w*|принимал\w*|received|hosted|welcomed|қабылдады)\s+(?:[\w-]+\s+){{0,4}}?{_GUESTS}|"
                               rf"(?<!\w){_GUESTS}\s+(?:[\w-]+\s+){{0,4}}?(?:принял\w*|принимал\w*|қабылдады)")


DEAL_VALUE_RE = CI(r"(?i)(құны|worth|стоимост\w*|на\s+(?:общую\s+)?сумму|на\s+(?:\$|€|US\$|\d[\d\s,.]*\s*(?:млрд|млн|миллиард|миллион))|total\s+(?:value|amount)|valued\s+at|amounting\s+to|жалпы\s+сомасы)")


SIGNED_WHEN_RE = CI(r"(?i)\s+(?:in|on|at|during|by|between|last|earlier|back|under|within)\b")


# nothing but the clause's end after the participle: a full stop, "!", "?", ";" or the text's end
CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[.!?;]|$)")
# a comma right before "signed"
COMMA_BEFORE_RE = re.compile(r",\s*$")
# a passive's auxiliary right before "signed": "was signed", "were signed"
EN_PASSIVE_AUX_BEFORE_RE = CI(r"(?i)\b(?:were|was|been|be|being|are|is)\s+$")


def _signed_as_attribute(t: str, m) -> bool:
    if RU_SIGNED_ATTRIBUTE_RE.fullmatch(m.group()):
        return True
    if KK_SIGNED_PARTICIPLE_RE.fullmatch(m.group()):
        rest = t[m.end():m.end() + 40]
        return not (KK_AUXILIARY_RE.match(rest) or CLAUSE_END_AFTER_RE.match(rest))
    if m.group().lower() == "signed":
        if COMMA_BEFORE_RE.search(t[max(0, m.start() - 3):m.start()]) and SIGNED_WHEN_RE.match(t, m.end()):
            return True  # "The agreement between ..., signed in 1994, remains in force": a reduced relative clause
        before = t[max(0, m.start() - 40):m.start()]
        return bool(EN_SIGNED_ATTRIBUTE_RE.search(before)) and not EN_PASSIVE_AUX_BEFORE_RE.search(before)
    return False


SIGHTSEEING_RE = re.compile(r"\s+(?:(?:also|the|a|an|также|тоже)\s+)*(?!to\b|in\b|with\b|on\b|at\b|by\b|the\b|с\b|в\b|во\b|на\b|по\b)"
                            r"[a-zа-яёA-ZА-ЯЁ][\w&'’.-]+\s+(?:[\w&'’.-]+\s+){0,3}?(?i:places|sites|museum\w*|factor\w*|plants?\b|exhibition\w*|zones?\b|"
                            r"terminals?\b|laborator\w*|institut\w*|mosques?\b|"
                            r"памятник\w*|музе\w*|завод\w*|выставк\w*|предприяти\w*|объект\w*|мест\w*|зон[уыа]\b|терминал\w*|"
                            r"лаборатори\w*|институт\w*|мечет\w*)|"
                            r"\s+(?:the\s+)?(?:выставк|завод|музе|предприяти|объект|памятник|мемориал|exhibition|museum|plant|factory|memorial)\w*|"
                            r"(?i:\s+(?:the\s+)?(?:(?!(?:in|and|to|on|at|of|with|и|в|на|с)\b)[\w-]+\s+){0,4}?(?:cent(?:re|er)|park|universit\w+|"
                            r"центр\w*|парк\w*|университет\w*)\b)")
# a session of "the commission" / "the council" once the article has named which one
BARE_SESSION_RE = CI(r"(?i)(?:заседани\w*|сесси\w*)\s+(?:\w+\s+)?(?:комисси\w*|совет\w*|комитет\w*|МПК)|"
                             r"(?:meeting|session)\s+of\s+the\s+(?:\w+\s+)?(?:commission|council|committee)|"
                             r"\b(?:commission|council|committee)['’]s\s+(?:\w+\s+)?(?:meeting|session)|"
                             r"\b(?:the|its)\s+(?:commission|council|committee)\s+(?:\w+\s+)?(?:convened|met|sat|gathered)\b|"
                             r"(?:комиссия|совет|комитет)\s+(?:\w+\s+)?(?:собрал\w*|заседал\w*)|"
                             # (the genitive may stand words before its session: "комиссияның 2009 жылы Анкарада өткен
                             # алдыңғы отырысы")
                             r"(?:комиссия|кеңес|комитет)\w*\s+(?:[\w-]+\s+){0,5}?(?:\d{1,2}\s*[-‐]\s*)?(?:отырыс|мәжіліс)\w*")
# another session of the council, or round of consultations, the sentence or the article names, told by its
# number or as the next one: "второе заседание", "следующий раунд", "келесі отырысы", "the next session"
_NEXT_WHICH = (rf"(?:{numbers.ORDINAL_RE.pattern}|(?<![\w-])(?:следующ|очередн|предстоящ|next|upcoming|келесі|кезекті|"
               # or the one before: "The previous round took place in Astana in 2022", "предыдущее заседание"
               r"алдағы|previous|предыдущ|алдыңғы)\w*)\s+(?:[\w-]+\s+)?")
NEXT_SESSION_RE = CI(rf"(?i){_NEXT_WHICH}(?:заседани\w*|сесси\w*|отырыс\w*|мәжіліс\w*|session)(?!\w)|"
                             r"\bits\s+(?:next|following|regular)\s+meeting\b")  # "The committee agreed to hold its next meeting"
NEXT_ROUND_RE = CI(rf"(?i){_NEXT_WHICH}(?:раунд\w*|round)(?!\w)")
NEXT_OF = {"council": NEXT_SESSION_RE, "consultations": NEXT_ROUND_RE}
NEXT_REGEXES = (NEXT_SESSION_RE, NEXT_ROUND_RE)
NEXT_SESSION_GATE = KeywordGate(("заседани", "сесси", "отырыс", "мәжіліс", "session", "раунд", "round", "its next", "its following",
                                 "its regular"))
# where the clause of a later session begins: "..., and agreed that the next session", "..., тараптар келесі отырысты"
SESSION_BREAK_RE = CI(r"(?i)[;,]\s|\s(?:and|и|және|а|ал|but|но)\s")


def _next_session(t: str, low: str, after: int, rx: re.Pattern = NEXT_SESSION_RE, own_clause: bool = True) -> re.Match | None:
    """A later session (round) told after ``after`` (not the first one), in a clause of its own unless the
    earlier one only names the time ("По итогам консультаций условлено провести следующий раунд")."""
    if not NEXT_SESSION_GATE.may_match(low):
        return None
    for x in rx.finditer(t, after):
        if after and any(v == 1 for _, _, v in find_ordinals(x.group())):
            continue  # "the first session" is the one the sentence already tells
        if after and own_clause and not SESSION_BREAK_RE.search(t, after, x.start()):
            continue  # "the commission's second session": the same session
        return x
    return None


def _names_the_time(t: str, m: re.Match) -> bool:
    """The event is named as the time of what the clause tells: "after the consultations", "по итогам заседания",
    "консультациялар соңында"."""
    return bool(AFTER_EVENT_BEFORE_RE.search(t, max(0, m.start() - 25), m.start()) or AFTER_EVENT_AFTER_RE.match(t, m.end()))


WELCOME_WORDS = r"қарсы\s+ал\w*|күтіп\s+ал\w*|welcomed|greeted"
WELCOME_RE = CI(rf"(?i)({WELCOME_WORDS}|was\s+met|were\s+met)")
AIRPORT_RE = CI(r"(?i)(аэропорт\w*|airport|әуежай\w*)")
# a welcome at the airport: its subject is the host ("встретил", "was met by", "welcomed", "қарсы алды", "күтіп алды")
WELCOME_VERB_RE = CI(rf"(?i)(?<!\w)(?:{WELCOME_WORDS}|встрети\w*|встречал\w*|met)(?!\w)")
# a guest received by someone named after the verb: "был принят председателем Государственного собрания Венгрии",
# "was received by President Mirziyoyev", "Венгрия Парламенті төрағасының қабылдауында болды" (was at the Speaker's
# reception; the host is named before): who receives is the host
RECEIVED_BY_RE = CI(r"(?i)(?<!\w)(?:(?:был|была|были)\s+(?:\w+\s+)?принят\w*|(?:was|were|had\s+been)\s+(?:\w+\s+)?received\s+by)(?!\w)")
KK_RECEPTION_OF_RE = CI(r"(?i)(?<!\w)қабылдауында\s+бол\w*")
# a clause's end: where the one received by stops
RECEIVER_CUT_RE = re.compile(r"[;.:!?()]|,\s+(?:где|and|а|и|which|который|которая|после)\s")
# "сопредседатель межправкомиссии", "co-chairs of the commission": a title, not a session (but the verb "co-chaired the
# commission", "сопредседательствовали на ..." tells the session, and so do co-chairs who hold one: "министры в
# качестве сопредседателей провели шестое заседание совета", "the two, as co-chairs, opened the session of the council")
CO_CHAIR_RE = CI(r"(?i)(сопредседател(?!ьствова)\w*|co-?chair(?!ed|ing)\w*|тең\s+төрағ\w*)\s+"
                 r"(?:(?!(?:провел|провод|открыл|held|hold|opened|open|өткіз|ашт|ашып)\w*\s)[\w-]+\s+){0,3}$")
AMBASSADOR_RE = CI(r"(?i)(посол|послом|посла|ambassador|елші\w*|поверенн\w+|chargé|консул\w*|consul\w*|дипломат\w*)")
REL_MONTH_RE = CI(r"(?i)(өткен\s+айда|келесі\s+айда|келер\s+айда|осы\s+айда|в\s+прошлом\s+месяце|в\s+следующем\s+месяце|"
                          r"в\s+этом\s+месяце|last\s+month|next\s+month|this\s+month|coming\s+month|previous\s+month|"
                          # a part of a month told by its distance: "осы айдың соңында", "в конце этого месяца", "at the end of
                          # the month"
                          r"(?:өткен|келесі|келер|осы|ағымдағы)\s+айдың\s+(?:соңында|басында|ортасында|аяғында)|"
                          r"в\s+(?:конце|начале|середине)\s+(?:этого|текущего|прошлого|следующего)\s+месяца|"
                          r"(?:at\s+the\s+(?:end|beginning|start)|in\s+the\s+middle)\s+of\s+(?:the|this|next|last)\s+month)")
# "на прошлой неделе", "last week", "өткен аптада" (-1); "на этой неделе", "this week", "осы аптада" (0); next (+1)
REL_WEEK_RE = CI(r"(?i)на\s+(?:прошлой|этой|следующей|будущей)\s+неделе|(?:last|this|next)\s+week(?!end)|"
                         r"(?:өткен|осы|ағымдағы|келесі)\s+апта\w*")
TODAY_RE = CI(r"(?i)(бүгін|сегодня|\btoday\b)")
YESTERDAY_RE = CI(r"(?i)(кеше\b|вчера|yesterday|накануне(?=\s*[,.]|\s+[А-ЯЁA-Z])|"  # not "накануне визита"
                  r"(?:the\s+day\s+before|a\s+day\s+earlier|on\s+the\s+eve)(?=\s*[,.;]|\s*$))")  # not "the day before the
# talks", "on the eve of the visit"
# the day after the report's: "завтра", "tomorrow", "ертең" (not "послезавтра", "the day after tomorrow", the future of
# "ертеңгі күн", "завтрашний день")
TOMORROW_RE = CI(r"(?i)(?<!\w)(?<!after\s)(?:завтра|tomorrow|ертең)(?!\w)")
YEAR_END_RE = CI(r"(?i)(by\s+the\s+end\s+of\s+the\s+year|до\s+конца\s+(?:этого\s+|текущего\s+)?года|жыл\s+соңына\s+дейін)")
REL_YEAR_RE = CI(r"(?i)(өткен\s+жыл\w*|былтыр\w*|прошл\w+\s+год\w*|last\s+year|биыл\w*|в\s+этом\s+году|this\s+year|"
                         r"(?:этого|нынешнего|сего)\s+года|"
                         r"текущ\w+\s+год\w*|келесі\s+жыл\w*|келер\s+жыл\w*|next\s+year|the\s+coming\s+year|в\s+следующем\s+году|на\s+следующий\s+год|"
                         r"следующего\s+года|"
                         r"будущ\w+\s+год\w*|минувш\w+\s+год\w*)")
# "21 мая", "21-23 мая 2023", "с 21 по 23 мая", "21 to 23 May"; "May 21", "June 3-4, 2024", "from May 21 to 23"
DAY_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:по|до|to|and|until|through|и|және)\s+)"
DAY_MONTH_RE = re.compile(rf"(?<![\d.])(\d{{1,2}})(?:-(?:го|е|ого)|st|nd|rd|th)?(?:{DAY_RANGE_SEP}(\d{{1,2}})(?:-(?:го|е|ого)|st|nd|rd|th)?)?\s+(?:of\s+)?"
                          rf"([^\W\d_]{{3,12}}\.?)(?:[,\s]+(\d{{4}})(?!\d))?")
# the year a Kazakh date opens with: "2022 жылғы 10 мамырда", "2024 ж. 5 наурызда"
KK_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(\d{4})\s*(?:жылғы|жылы|ж\.)\s*$")
# a day of the month the article is in, or of the one before: "осы айдың 12-сінде", "12-го числа текущего месяца"
KK_THIS_MONTH_DAY_RE = CI(r"(?i)(осы|ағымдағы|биылғы|өткен)\s+айдың\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*[-‐]?\s*(?:і|ы|сі|сы|ші|шы)")
RU_THIS_MONTH_DAY_RE = CI(r"(?i)(\d{1,2})(?:-(?:го|е))?\s+числа\s+(текущего|этого|нынешнего|прошлого)\s+месяца")
# a day of the month named alone, the month the report's ("On the 14th, the prime ministers spoke by phone",
# "14-го числа", "14-і күні"): this month, or the last one for a day still to come in it (the next one if planned)
BARE_DAY_RE = CI(r"(?i)(?:\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|anniversary|session|meeting|round|"
                         r"century|plenary|congress|summit|forum|floor|edition|convocation|sitting)\b)|"
                         r"(?<![\d.])(\d{1,2})-?(?:го|е)\s+числа(?!\s+(?:текущего|этого|нынешнего|прошлого)\s+месяца)|"
                         r"(?<![\d.])(\d{1,2})\s*[-‐]\s*(?:і|ы|сі|сы|ші|шы)(?:нде|нда)?\s+күні)")
MONTH_DAY_RE = re.compile(rf"\b([A-Z][a-z]{{2,8}}\.?)\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:{DAY_RANGE_SEP}(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?)?"
                          r"(?:,?\s+(\d{4})(?!\d))?")
# Kazakh "мамырдың 21-і(нде)", "2023 жылғы мамырдың 21-23-і аралығында": the month in the genitive, then the day
KK_GEN_DAY_RE = re.compile(r"(?<=(?:дың|дің|ның|нің|тың|тің)\s)(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*[-‐]?\s*(?:і|ы|сі|сы|ші|шы)")
KK_GEN_MONTH_BEFORE_RE = CI(r"(?i)(?:(\d{4})\s*жыл(?:ғы|дың)\s+)?([^\W\d_]{3,12})\s$")
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
# a day of the week, the one around the report's date: "on Tuesday", "во вторник", "сейсенбі күні", "дүйсенбіде"
WEEKDAYS = (
    (0, r"Monday|понедельник|дүйсенбі"), (1, r"Tuesday|вторник|сейсенбі"), (2, r"Wednesday|среду|сәрсенбі"),
    (3, r"Thursday|четверг|бейсенбі"), (4, r"Friday|пятницу|жұма"), (5, r"Saturday|субботу|сенбі"),
    (6, r"Sunday|воскресенье|жексенбі"),
)
WEEKDAY_RES = tuple((n, re.compile(f"(?i:{pat})")) for n, pat in WEEKDAYS)  # compiled once
WEEKDAY_RE = re.compile(
    r"(?:\b(?i:on|last|this|next)\s+(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?<!\w)(?i:во?)\s+(?:(?i:минувш|прошл|эт|следующ|ближайш)\w+\s+)?(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|"
    r"воскресенье)(?!\w)|"
    r"(?<!\w)(?P<kk>(?i:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі))(?:\s+күні|(?<!жұма)де(?!\w)))"
)


# the weekend just gone: "в минувшие выходные", "last weekend", "over the weekend", "өткен демалыс күндері"
PAST_WEEKEND_RE = CI(r"(?i)(?<!\w)(?:в\s+(?:минувшие|прошедшие|прошлые)\s+выходные|(?:last|this\s+past|over\s+the)\s+weekend|"
                             r"өткен\s+демалыс\s+күндері)(?!\w)")
WEEKDAY_GATE = KeywordGate(("day", "выходн", "weekend", "демалыс", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
                            "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"))


class WeekdayDate(tuple):
    """(day, day, "day") read from a weekday alone ("on Tuesday", "во вторник", "сейсенбі күні"): the engine dates
    and joins events by that day, the warehouse gets its month, as analysts date them (a weekday names no day
    of the month)."""
    __slots__ = ()


def weekday_date(word: str, ref: dt.date, status: str) -> dt.date:
    """The day a weekday names, seen from the report's date: the last one (today included) for what was
    held, the next one for what is planned."""
    wd = next(n for n, rx in WEEKDAY_RES if rx.fullmatch(word))
    if status == "planned":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
QUARTER_RE = CI(QUARTER_ORDINAL)  # "в первом квартале", "үшінші тоқсанда": the planned event's months
HALF_RE = CI(HALF_ORDINAL)
CAPITAL_WORD_RE = CI(r"(?i)(елорда(?:ға|да|мызға|мызда|ға\s+келді)|Ақордада|в\s+Акорде|at\s+Akorda|in\s+Akorda|"
                             r"в\s+столиц\w+\s+Казахстана|Қазақстан\s+астанасы\w*|in\s+the\s+Kazakh\s+capital)")
CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s|[,.!?][»”\"]\s|\s[-–—]\s|\s(?:while|whereas|but|а|но|ал)\s")
# a clause set against the one before it: its own subject, its own trip ("а также", "а именно" go on)
CONTRAST_BREAK_RE = CI(r"(?i)(?:;|,)\s+(?:а(?!\s+(?:также|именно|то))|но|ал|while|whereas|but)\s")
# what tells a second trip after a first: "was followed by ... trip", "а затем ... посетил", "с ответным визитом",
# "return visit", "жауап сапары"
NEXT_TRIP_RE = CI(r"(?i)(?<!\w)(?:(?:was\s+)?followed\s+by|and\s+then|after\s+which|return(?:ed)?|reciprocal|"
                          r"затем|вслед\s+за|после\s+чего|ответн\w+|содан\s+(?:кейін|соң)|одан\s+кейін|жауап(?=\s+сапар))(?!\w)")
# a relative clause ("..., которое отметят в январе", "..., which falls in January"): beyond a few words after an event
# noun it tells of another noun (kk relative clauses are participles before the noun, with no pronoun)
FAR_RELATIVE_RE = CI(r"(?i),\s*(?:в\s+|на\s+|с\s+|о\s+|по\s+|к\s+)?(?:котор\w+|which|whose|whom)(?!\w)")
RELATIVE_REACH = 25


# the gender (or plural) of a Russian event noun and of the relative pronoun: "визит ..., который намечен на декабрь"
# agrees (the visit's time); "визит ... 25-летия, которое отметят в январе" does not (forms shared by two genders,
# "которого", "котором", say nothing)
NOUN_GENDERS = ((CI(r"(?i)визит(?:а|у|ом|е)?$|форум\w*|совет(?:а|у|ом|е)?$"), "m"),
                (CI(r"(?i)встреч\w*|комисси\w*|сесси\w*"), "f"),
                (CI(r"(?i)заседани\w*|совещани\w*"), "n"),
                (CI(r"(?i)переговор\w*|консультаци\w*|визиты|визитов|визитами"), "p"))
PRONOUN_GENDERS = {"который": "m", "которая": "f", "которую": "f", "которое": "n", "которые": "p", "которых": "p",
                   "которыми": "p"}


def _relative_cut(t: str, m: re.Match, hi: int) -> int:
    """Where the event's own words end: before a relative clause of another noun further on ("Визит проходит в
    канун 25-летия отношений, которое страны отметят в январе": January is the anniversary's), else ``hi``."""
    far = FAR_RELATIVE_RE.search(t, m.end() + RELATIVE_REACH, hi)
    if far is None:
        return hi
    noun = next((g for rx, g in NOUN_GENDERS if rx.fullmatch(m.group())), None)
    pronoun = PRONOUN_GENDERS.get(far.group().split()[-1].lower())
    return far.start() if noun and pronoun and noun != pronoun else hi


# a clause saying what was agreed or said, whose times are its own: ", что в апреле ...", ", that from May ..."
COMPLEMENT_RE = CI(r"(?i),\s*(?:что|чтобы|that)\s|\b(?:agreed|decided|noted|said|stated|announced|confirmed)\s+that\s")
DATE_WINDOW = 220  # characters around a trigger in which its date is looked for
# a date governed by a reporting verb dates the report, not the event
REPORT_DATE_RE = CI(r"(?i)(report\w*|releas\w*|publish\w*|said|told|announc\w*|сообщ\w*|заяви\w*|передает|"
                            r"хабарла\w*|мәлімде\w*|жариял\w*)\s+(?:\w+\s+){0,3}(?:on|в|от)?\s*$")
# what ties a saying to the event it was said at or right after: "said on Wednesday as he co-chaired the meeting",
# "were announced on Thursday at the 16th meeting", "said on Wednesday after co-chairing the session", "заявил в
# среду на заседании", "заявил в среду после переговоров", "сәрсенбі күні отырыста мәлімдеді"
SPAN_BEFORE_AFTER_RE = CI(r"(?i)(?:week|day|month|year|недел|дн|месяц|год|лет)\w*\s+(?:after|following|после)$")
SAID_AT_EVENT_RE = CI(r"(?i)^[^.;]{0,40}?(?<!\w)(?:as|while|when|at|during|after|following|в\s+ходе|во\s+время|на|"
                              r"выступая\s+на|после)(?!\w)")


# what was said to an event named again: "Rau told the forum", "сказал участникам форума", "заявил, выступая на форуме"
SPOKEN_TO_RE = CI(r"(?i)(?<!\w)(?:told|addressed|сказал\w*\s+участникам|выступая\s+на)\s+(?:the\s+|this\s+)?$")
# what was said at the event told before: "Комиссия отырысында атап өтілгендей, 2025 жылдың ...", "как отмечалось на
# заседании, в 2025 году ...", "as noted at the session, in 2025 ...": the times after are what was said, not the event's
NOTED_AT_AFTER_RE = CI(r"(?i)\s*(?:атап\s+өтілгендей|айтылғандай|мәлімделгендей|көрсетілгендей|отмечалось|было\s+отмечено|"
                               r"прозвучал\w*|сообщалось|говорилось|it\s+was\s+(?:noted|said|reported)|participants\s+heard)")
NOTED_AT_BEFORE_RE = CI(r"(?i)(?:as\s+(?:was\s+)?(?:noted|said|stated|reported|heard)\s+at|как\s+(?:было\s+)?(?:отмечено|"
                                r"отмечалось|сообщалось|говорилось|прозвучало)\s+на)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# a sentence opened by a speech at the event told before: "Выступая на форуме, ...", "Speaking at the forum, ..."
OPENING_SPEECH_RE = CI(r"(?i)^\W*(?:выступая|выступив|speaking|addressing)\s+(?:на|at|to|перед)?\s*(?:the\s+)?")


def _said_at_event(t: str, x: tuple, m: re.Match) -> bool:
    """The day a saying is told by is the event's too: the event follows in the saying's own clause, joined
    to it as its occasion ("said on Wednesday as he co-chaired the 12th meeting")."""
    if m.start() <= x[1] or STOP_RE.search(t[x[1]:m.start()]):
        return False
    tie = SAID_AT_EVENT_RE.match(t[x[1]:m.start()])
    return tie is not None and not SPAN_BEFORE_AFTER_RE.search(tie.group())  # not "said on Wednesday, a week after the session"


# an event going on as the report is written
ONGOING_RE = CI(r"(?i)(өтіп\s+жат\w*|жүріп\s+жат\w*|болып\s+жат\w*|проходит|проходят|идут|"
                        # "находится с визитом", "находящегося в Астане с рабочим визитом"
                        r"(?:находится|находящ\w+)\s+(?:в\s+\w+\s+)?с\s+\w*\s*визит\w*|"
                        r"is\s+paying|is\s+taking\s+place|is\s+underway|are\s+underway|is\s+being\s+held|is\s+visiting|is\s+on\s+an?\s+\w+\s+visit|"
                        # a visit going on: "continues his working visit", "продолжает визит", "сапарын жалғастыруда"
                        r"continues\s+(?:his|her|its|their|the)\s+(?:\w+\s+){0,2}visit|продолжа\w+\s+(?:свой\s+)?(?:\w+\s+){0,2}визит|"
                        r"сапар\w*\s+жалғаст\w*)")
# an earlier event recalled in passing: no publication-month date for it
RECALLED_RE = CI(r"(?i)(last\s+visit|previous\s+visit|earlier|ранее|прошл\w+\s+визит|предыдущ\w+|өткен\s+сапар\w*|"
                         r"бұрынғы|алдыңғы\s+сапар\w*|напомним|напомнил\w*|recall\w*|еске\s+сал\w*|еске\s+алд\w*)")


@dataclass
class _Mention:
    type: str
    level: str | None
    status: str
    pair: tuple[str, str]
    visitor: str | None
    host: str | None
    location: str | None
    date: tuple | None  # (start, end, precision)
    start: int
    end: int
    evidence: str
    people: list = field(default_factory=list)
    postponed: bool = False
    index: int = 0  # sentence index
    date_default: bool = False  # dated by the publication (month, stamp, dateline), not by the text
    month_day: tuple | None = None  # (month, day) of a date whose year is unknown: kept apart, not output
    wire_md: tuple | None = None  # (month, day) an undated report's yearless dateline lends, when nothing else dates it
    report: dt.date | None = None  # the day the article was published
    wire_md_told: bool = False  # that day counted from the dateline by a word of the text ("кеше", "today")
    title_rank: str | None = None  # "head" / "other": the highest title written beside a visit ("Мемлекет басшысының сапары")
    ordinal: int | None = None  # "the 7th meeting of the council", "жетінші отырысы"
    document_of: bool = False  # "кеңестің жетінші отырысының шешімі": the meeting only names a document
    in_visit: bool = False  # "в рамках визита", "сапар аясында", "as part of the visit": held where the visit is
    dateline_place: bool = False  # placed by the report's dateline, not by the text
    recalled: bool = False  # dated over a month before the report: an earlier event recalled in passing
    visit_day: int | None = None  # "on the second day of the visit": 2 (-1 for the last day)
    at: int = 0  # the trigger's offset in its sentence
    body: str | None = None  # a council's kind of body: "commission" or "council" (an interstate, strategic ... council)
    seen: list = field(default_factory=list)  # sentence indices of the mentions joined into this one
    told: tuple | None = None  # the date its own sentence tells (or "the second day of the visit"), not one lent
    headed: bool = False  # dated only by the month heading its paragraph ("Октябрь: государственный визит")
    until: dt.date | None = None  # the day a trip lasts until, told with no day it began ("Визит продлится до 22 марта")
    listed_at: int = -1  # the last sentence that listed who took part in it ("Узбекскую сторону представляли ...")
    companions: set = field(default_factory=set)  # people keys of those told as travelling with it ("еріп жүр")
    thanked: bool = False  # held because its guest thanked for the invitation to it (so far as the guest is met there)


# ---------------------------------------------------------------- article

# a visit told by arriving: "посетил", "visited", "arrived", "прибыл", "барды", "келді"
ARRIVAL_VERB_RE = CI(r"(?i)посети|посещ|visited|arriv|прибыл|барды|барып|келді|келіп")
# "по приглашению", "at the invitation", "шақыруымен"
AT_INVITATION_RE = CI(r"(?i)(по\s+приглашению|at\s+the\s+invitation|шақыруымен)")


def extract_events(article: Article, doc: Doc | None = None) -> list[VisitEvent]:
    doc = doc or Doc(article)
    ref = article.published_on
    all_people = _ArticlePeople(doc)
    dateline = doc.dateline
    wire_day = _wire_day(doc) or _stamp_day(doc)
    wire_md = _wire_month_day(doc)  # "ТАШКЕНТ, 18 қазан. ҚазАқпарат –" in an undated report: a day with no year
    host_hint = _host_hint(doc)
    ctx_partner = doc.dominant_partner
    mentions: list[_Mention] = []
    told_in = None  # the sentence before, when it reported no event
    dropped: set[str] = set()  # types of triggers seen but not bilateral (summits, group forums)
    regional = False  # a meeting of regions was told: untitled meetings after it are that one
    aliases = _council_aliases(doc)
    lead: list[SentenceView] = []  # sentences before the first event: their officials (a delegation) join it
    month_section = None  # a review told month by month: the month heading the paragraphs ("Қаңтар. ...", "March:")
    venue = None  # the city where the lead tells a summit or a series of meetings: the place of the talks after it
    for sv in doc.sentences:
        t = sv.text
        told_venue = _venue_of_meetings(sv, ref) if len({x.index for x in mentions}) <= 1 else None
        if told_venue is not None:
            venue = told_venue  # the lead (after a headline) frames the report: "провел в Нью-Йорке ряд встреч"
        elif venue is not None and MULTILATERAL_RE.search(t) \
                and any(p.kind == "city" and p.city != venue[0] for p in sv.named_places):
            venue = None  # "прибыв в Дубай на климатическую конференцию COP28" after the summit in Jeddah: another one
        if ref is not None and (sv.start == 0 or doc.text[sv.start - 1] == "\n"):
            section = _section_dateline(sv, ref)
            if section is not None:  # a digest's section filed from elsewhere: "РИЯД, 5 қыркүйек. ..."
                dateline, wire_day = section
            month_section = _month_section(sv.text, ref) or month_section
        places = sv.named_places
        if places and TOPIC_GATE.may_match(sv.low):
            places = [p for p in places if not topic_place(t, p)]  # "the situation in Afghanistan" is no side
        foreign = {p.iso3 for p in places if p.iso3 != HOME}
        trip_dropped = "visit" in dropped
        triggers = _triggers(sv, places, mentions, dropped, aliases)
        if not triggers and len(foreign) == 1 and sv.index not in doc.group_asides:
            ctx_partner = next(iter(foreign))  # not "Тогда стороны договорились о поставках ... в Кыргызстан" after a trilateral meeting
        if mentions and _session_again(sv, mentions[-1], ref, triggers):
            triggers = []  # the session told before, named again: no event of its own
        if not triggers:
            if not mentions:
                if trip_dropped or "visit" not in dropped:  # not "Massimov used his trip to Davos ...": a trip of its own
                    lead.append(sv)
            else:
                _continue_last(sv, _delegation_trip(sv, mentions) or mentions[-1], all_people, ref)
            told_in = sv  # a sentence of no event: the day it tells may date the next sentence's event
            continue
        told = told_in if told_in is not None and ref is not None and told_in.index == sv.index - 1 \
            and "\n" not in doc.text[told_in.end:sv.start] else None
        told_in = None
        sent_people = all_people.of(sv)
        setting = None  # an event already reported that this sentence refers back to ("в кулуарах форума")
        eve_of = EVE_OF_TOLD_RE.search(t) if mentions else None
        for k, (typ, m) in enumerate(triggers):
            if eve_of is not None and eve_of.start() <= m.start() < eve_of.end():
                continue  # "On the eve of the meeting": the meeting told before, not one more
            lo, hi = _trigger_window(sv, triggers, k, doc.lang)
            w_places = [p for p in places if lo <= p.start < hi]
            w_people = _window_people(sv, triggers, k, lo, hi, sent_people, doc.lang)
            _add_people(w_people, _title_refs(t, lo, hi, w_places, all_people))
            trip = next((x for x in reversed(mentions) if x.index == sv.index and x.type == "visit"), None) \
                if typ == "talks" and (TALKS_PURPOSE_BEFORE_RE.search(t, max(0, m.start() - 20), m.start())
                                       or TALKS_PURPOSE_AFTER_RE.match(t, m.end())) else None
            if trip is not None:
                # "will travel to Brasília next month for talks with Foreign Minister Vieira", "прибудет в Астану для
                # переговоров с ...", "келіссөз жүргізу үшін барады": the trip's purpose, its talks
                _add_people(trip.people, [p for p in w_people if p.iso3 in trip.pair or p.iso3 is None])
                continue
            ref_kind = _reference(t, m, typ, mentions, lo, hi, doc.lang)
            if ref_kind == "referent":
                target = _referent(mentions, typ)
                # the time told in another trigger's clause is that one's ("Открывая форум, аким напомнил, что в
                # феврале ... с визитом побывал ...": February is the visit's, not the forum's)
                own = _clause_of(t, m.start(), lo, hi)
                others = [_clause_of(t, x.start(), lo, hi) for _, x in triggers if x is not m]
                a = max([lo] + [ce for cs, ce in others if ce <= own[0]])
                b = min([hi] + [cs for cs, ce in others if cs >= own[1]])
                agreed = COMPLEMENT_RE.search(t, m.end(), b)
                if agreed is not None:  # "По итогам переговоров согласовано, что в апреле–сентябре ... поступит": what was agreed
                    b = agreed.start()
                b = _relative_cut(t, m, b)
                if SPOKEN_TO_RE.search(t, max(0, m.start() - 30), m.start()):
                    a = m.start()  # "«... by 2015», Rau told the forum": the times before are the saying's, not the forum's
                if NOTED_AT_AFTER_RE.match(t, m.end()) or NOTED_AT_BEFORE_RE.search(t, max(0, m.start() - 40), m.start()):
                    b = m.end()  # "Комиссия отырысында атап өтілгендей, 2025 жылдың қорытындысы бойынша ...": what was said
                quoted = [x.end() for x in QUOTE_CLOSE_RE.finditer(t, a, m.start())]
                if quoted:  # "«... last year's trade was about 200 million ...», the minister told reporters after the
                    a = quoted[-1]  # meeting": the quote's times are the saying's
                if (speech := OPENING_SPEECH_RE.match(t)) is not None and speech.end() >= m.start():
                    comma = t.find(",", m.end())
                    if comma != -1:  # "Выступая на форуме, Чаглаян привел данные ... за 2011 год": the data's years
                        b = min(b, comma)
                day = _date_near(t, m, target.status, ref, None, a, b, len(triggers) > 1, default=False, lang=doc.lang)
                if _copula_reference(t, m):
                    day = None  # "Это будет первая встреча ... после выборов 2022 года": a description, its years compare
                if day is not None and target.date is not None \
                        and not _dates_compatible(target.date, day, True) and not _dates_compatible(day, target.date, True):
                    ref_kind = None  # "заключенных в прошлом году в рамках визита Президента": an earlier one
                elif day is not None and target.date is None and target.status == "planned" and ref is not None \
                        and day[1] < ref:
                    ref_kind = None  # "2023 жылғы желтоқсанда ... сапары барысында" after a trip being prepared: a past one
            if ref_kind == "referent":
                _add_people(target.people, [p for p in w_people if p.iso3 in target.pair or p.iso3 is None])
                if target.location is None and target.type not in ("visit", "phone_call") and _bare_opening(t, m, doc.lang):
                    city = _event_city(t, [p for p in w_places if a <= p.start < b and p.iso3 in target.pair])
                    if city is not None:  # "Консультации прошли в Варшаве в среду": where the one told before was
                        target.location, target.host = city.city, city.iso3
                if wire_md is not None and target.date is None and target.month_day is None and target.status == "held" \
                        and (TODAY_RE.search(t, a, b) or YESTERDAY_RE.search(t, a, b)):
                    # "АСТАНА, 14 ақпан – ... консультациялар өтті. Кеше өткен кездесуде ...": the day the reference tells
                    target.wire_md, target.wire_md_told = _wire_relative(t[a:b], wire_md) or target.wire_md, True
                if day and day[2] == "day" and target.type == "visit" and target.date is not None and target.date[2] == "day" \
                        and 0 < (target.date[0] - day[0]).days <= TRIP_UNTIL_DAYS and TRIP_BEGAN_RE.search(t, m.end(), b):
                    # "The visit began yesterday", "Визит начался накануне", "Сапар кеше басталды": it runs from that day
                    target.date, target.date_default = (day[0], target.date[1], "day"), False
                elif day and target.date is not None and _finer(day, target.date) and _dates_compatible(target.date, day, True):
                    target.date = day  # "during the meeting ... on May 14": the visit's day
                elif day and day[2] == "day" and target.date_default and target.date is not None \
                        and abs((day[0] - target.date[0]).days) <= 7:
                    if target.type == "visit" and day[0] < target.date[0] and ONGOING_RE.search(target.evidence):
                        # "continues his visit" (today), "Yesterday, within the framework of the visit, ...": both days
                        target.date, target.date_default = (day[0], target.date[1], "day"), False
                    else:
                        # a headline dated by the wire's day ("BAKU, March 11"), the body by the text ("held ... on March 10")
                        target.date, target.date_default = day, False
                setting = target
                continue
            if ref_kind == "orphan":
                continue  # "Бұл кездесудің маңыздылығы ...": this meeting is none we report
            if typ == "visit" and ARRIVAL_VERB_RE.match(m.group()) \
                    and AMBASSADOR_RE.search(t, max(lo, m.start() - 80), m.start()) and not AT_INVITATION_RE.search(t[max(lo, m.start() - 80):m.start()]):
                continue  # "посол Канады посетил Карагандинскую область": an envoy inside the country of posting
            if typ == "signing" and _firms_sign(t, m, lo, hi):
                continue  # "grid operator KEGOC and Uzbekistan's National Electric Grid signed an agreement": a company deal
            if typ == "visit" and _tourist_flow(t, m, lo, hi):
                continue  # "В 2023 году Венгрию посетили около 21 тыс. казахстанцев": a tourist flow
            if typ in dropped and _reference(t, m, typ, [], lang=doc.lang) == "definite" \
                    and not (typ in ("phone_call", "talks") and any(p.iso3 not in (None, HOME) for p in w_people)) \
                    and not (typ == "visit" and _earlier_year_told(t, lo, hi, ref)):
                continue  # "The forum is scheduled ..." after a group's forum: the same, not bilateral; but a call or a
                # meeting names the one it was with ("During a telephone conversation with President of Uzbekistan"
                # after a round of calls with a group's leaders): that one's
            if typ == "talks" and GROUP_RECEIVED_RE.search(t, lo, hi):
                continue  # "Участников совещания принял Премьер-министр Японии": all the gathering's guests, no two sides
            if typ in ("talks", "consultations") and _non_state_counterpart(t, m, lo, hi) \
                    and not any(p.iso3 not in (None, HOME) for p in w_people):
                continue  # "met with the heads of Korean corporations", "встретился со студентами": not talks between states
            if typ == "talks" and setting is None and _regions_meet(t, lo, hi):
                dropped.add("talks")
                regional = True
                continue  # "облыс әкімі ... провинциясының губернаторымен кездесті": regions meet, not states
            if typ == "talks" and regional and not people.title_spans(t[lo:hi]) \
                    and not any(x.type == "talks" for x in mentions):
                continue  # "Кездесу облыстық әкімдік ғимаратында өтті": that meeting of regions again
            pair = _pair(typ, t, m, places, w_places, w_people, ctx_partner, sv)
            if pair is None:
                if sv.aggregates or MULTILATERAL_RE.search(t):
                    dropped.add(typ)
                continue
            window_people = w_people
            w_people = [p for p in w_people if p.iso3 in pair or p.iso3 is None]
            status, postponed = _status(t, m, typ, lo, hi)
            if status is None:
                continue  # cancelled
            if status == "planned" and typ == "visit":
                w_people = _not_preparers(t, m, sv.start, w_people)
            mention = _Mention(typ, None, status, pair, None, None, None, None, sv.start, sv.end, t, w_people,
                               postponed, sv.index)
            mention.at, mention.report = m.start(), ref
            _place(mention, sv, m, w_places, places, dateline, doc.lang, lo, hi)
            if typ == "visit":
                mention.thanked = status == "held" and _thanked_for(t, m, lo)
                mention.level = next((lvl for lvl, rx in VISIT_LEVEL_RES if rx.search(t)), None)
                roles = [role for _, _, role, _ in people.title_spans(t[lo:hi])]
                mention.title_rank = "head" if any(r in HEAD_ROLES for r in roles) else "other" if roles else None
            if typ != "visit":
                mention.in_visit = bool(IN_VISIT_RE.search(t))
                mention.visit_day = _visit_day(t)
            if typ == "council":
                mention.body = "commission" if COMMISSION_WORD_RE.search(m.group()) else \
                    "council" if COUNCIL_WORD_RE.search(m.group()) else None  # "the next session": either
            if typ in NUMBERED_TYPES:
                mention.ordinal = _ordinal(t, m, lo, hi)
                mention.document_of = _document_of(t, m, lo, hi)
            dhi = _relative_cut(t, m, hi)
            until = _until_day(t, lo, dhi, ref, status)  # the day a trip lasts until dates no event
            td = t if until is None else t[:until[0]] + " " * (until[1] - until[0]) + t[until[1]:]  # its start, not its end
            mention.date = _date_near(td, m, status, ref, wire_day, lo, dhi, len(triggers) > 1, default=False, lang=doc.lang)
            mention.date = _not_tomorrows_visit(typ, mention.date, t, ref)
            if typ != "visit":
                mention.date = _day_of_span(t, m, lo, dhi, mention.date, ref)
            same = SAME_YEAR_RE.search(t, lo, dhi)
            if same and not YEAR_IN_RE.search(t, 0, same.start()):
                # "В сентябре того же года ... посетил" after a visit "в марте 2017 года", "The turning point came in
                # 2017. ... in March of that year": the last year the paragraph told (else the event's told before)
                year = _year_told_before(doc.text, sv.start)
                if year is None and mentions and mentions[-1].date is not None and not mentions[-1].date_default \
                        and mentions[-1].date[2] in ("day", "month", "year"):
                    year = mentions[-1].date[0].year
                if year is not None:
                    mention.date = _date(_name_the_year(t[lo:dhi], year), ref, status, default=False) or mention.date
            prior = mentions[-1] if k and mentions and mentions[-1].index == sv.index else None
            if prior is not None and mention.date is not None and mention.date[2] == "month" and prior.date is not None \
                    and prior.status == status and not prior.date_default and prior.date[2] in ("day", "month") \
                    and prior.date[0].year != mention.date[0].year and prior.date[0].month <= mention.date[0].month \
                    and not YEAR_IN_RE.search(t, lo, dhi) and not REL_YEAR_RE.search(t, lo, dhi) and not REL_YEAR_RE.search(t, 0, lo):
                # (a year not told relative to the report: not "in the first half of next year, while a forum is
                # scheduled for October", whose October is the coming one)
                # "Mirziyoyev's visit in March 2017 was followed by Nazarbayev's trip in September", "2017 жылы
                # наурызда ..., одан кейін қыркүйекте": a month told with no year goes on in the year of the sentence's
                y, mth = prior.date[0].year, mention.date[0].month
                mention.date = (dt.date(y, mth, 1), dt.date(y, mth, calendar.monthrange(y, mth)[1]), "month")
            if mention.date is None:
                mention.month_day = _yearless_day(td, m, lo, dhi, len(triggers) > 1)
            elif mention.date[2] == "month" and not mention.date_default and ref is None:
                md = _yearless_day(td, m, lo, dhi, len(triggers) > 1)
                if md is not None and md[0] == mention.date[0].month:  # "В начале декабря 2023 года ... 1 декабря провел"
                    with contextlib.suppress(ValueError):
                        day = dt.date(mention.date[0].year, *md)
                        mention.date = (day, day, "day")
            if mention.date is None and mention.month_day is None and month_section is not None and status == "held":
                mention.date, mention.headed = month_section, True  # "Қыркүйек. Германия канцлері ... келді."
            if mention.date is None and mention.month_day is None:
                mention.date = _not_tomorrows_visit(typ, _date_near(td, m, status, ref, wire_day, lo, dhi, len(triggers) > 1,
                                                                    lang=doc.lang), t, ref)
                mention.date_default = mention.date is not None
                if mention.date is None and wire_md is not None and status == "held" and not RECALLED_RE.search(t):
                    # (not an event recalled: "The two sides recalled ... the business forum held on its sidelines")
                    line = WIRE_DAY_RE.match(t)  # the dateline itself is no time the text tells
                    seg = t[max(lo, line.end() if line else 0):dhi]
                    mention.wire_md = _wire_relative(seg, wire_md)
                    mention.wire_md_told = bool(TODAY_RE.search(seg) or YESTERDAY_RE.search(seg))
                if typ == "phone_call" and status == "held" and ref is not None and mention.date == _month_of(ref) \
                        and not RECALLED_RE.search(t):
                    mention.date = (ref, ref, "day")  # a call is reported the day it is made: the report's day, still a default
            day = _told_day(told, ref) if told is not None and mention.date_default and status == "held" \
                and not RECALLED_RE.search(t) else None
            if day is not None:  # "Just last week, on January 14, Oman's minister was in Astana. He co-chaired ..."
                mention.date, mention.date_default = day, False
                cities = {(p.city, p.iso3) for p in told.named_places if p.kind == "city" and p.iso3 in pair}
                if mention.location is None and len(cities) == 1 and typ != "visit" and not WIRE_DAY_RE.match(told.text):
                    mention.location, mention.host = next(iter(cities))  # "... was in Astana": there
            before = mentions[-1] if mentions else None
            if before is not None and mention.date_default and status == "held" and before.index == sv.index - 1 \
                    and typ in ("talks", "signing") and before.pair == pair and before.status == "held" \
                    and before.date is not None and before.date[2] != "day" \
                    and not before.date_default and before.type in ("visit", "council", "forum") \
                    and "\n" not in doc.text[before.end:sv.start]:
                # the narrative goes on in the same paragraph: "В апреле Астану с визитом посетил Президент Египта.
                # Переговоры ... завершились подписанием 12 документов": the visit's month, not the report's (a day
                # told looking back, "Кеше, 10 наурызда", dates its own event only)
                mention.date, mention.date_default = before.date, False
            if before is not None and mention.date_default and status == "held" and typ == "visit" and len(triggers) == 1 \
                    and before.index == sv.index - 1 and before.type in ("talks", "consultations", "council") \
                    and before.pair == pair and before.status == "held" and before.date is not None \
                    and not before.date_default and before.date[2] == "day" and _agree(before.host, mention.host) \
                    and "\n" not in doc.text[before.end:sv.start]:
                # "В среду в Анкаре состоялись переговоры ... Глава МИД находился в Турции с рабочим визитом": the
                # trip the meeting just told took place in, its day
                mention.date, mention.date_default = before.date, False
            if mentions and (mention.date_default or mention.date is None) and AFTER_THAT_RE.match(t) \
                    and mentions[-1].pair == pair and mentions[-1].status == status == "held" and mentions[-1].date is not None \
                    and mentions[-1].date[2] == "day" and not mentions[-1].date_default:
                # "Вслед за этим ... провели заседание", "After that, they co-chaired": the same day as the one before
                mention.date, mention.date_default = (mentions[-1].date[1], mentions[-1].date[1], "day"), False
            then = None  # "Тогда стороны подписали ...": at that time
            if (mention.date_default or mention.date is None) and (THEN_RE.match(t) or THEN_WITHIN_RE.search(t, lo, hi)):
                if mentions and mentions[-1].pair == pair and mentions[-1].date is not None and not mentions[-1].date_default \
                        and (mentions[-1].status == status or mentions[-1].type == typ):
                    then = mentions[-1].date  # the event told before
                    if mentions[-1].status == "held" and status == "planned" and not postponed:
                        # "Сол сапар барысында ... келісімдерге қол қойылғаны белгілі": that trip, as told (the
                        # future participle "болатын" of the deals' worth is no plan)
                        status = mention.status = "held"
                elif told is not None and mention.date_default:
                    # "Напомним, в октябре 2022 года Президент Монголии приезжал в Астану на саммит. Тогда же на полях
                    # саммита состоялась встреча": the time the sentence before (of no event) told
                    then = _date_near(told.text, NON_BLANKS_RE.match(told.text), status, ref, None, 0, len(told.text), False,
                                      default=False, lang=doc.lang)
            if then is not None:
                mention.date, mention.date_default = then, False
                if dateline is not None and mention.location == dateline.city and mention.type != "visit":
                    mention.location = mention.host = None  # the dateline is where the report was filed, not then
            lent = False  # the time of the event it took place at, not one its own sentence tells
            if setting is not None and (mention.date_default or mention.date is None) and typ in ("talks", "signing") \
                    and setting.pair == pair and setting.status == status and setting.date is not None and not setting.date_default \
                    and not (mention.date is not None and _dates_compatible(setting.date, mention.date, False)):
                # "в кулуарах форума провел встречу" (the forum last week, the report's stamp today): the forum's time
                mention.date, mention.date_default = setting.date, False
                lent = True
            minutes = _session_minutes(t, lo, hi, sv.index, mentions, pair, status) if typ == "signing" else None
            if minutes is not None:
                _add_people(minutes.people, mention.people)
                continue  # "По итогам заседания подписан протокол": the session's own act, not an event of its own
            if typ == "signing" and (mention.date_default or mention.date is None) and not lent:
                session = _signed_after(t, m, mentions, pair, status)
                if session is not None:  # "По итогам заседания подписан пакет документов": that session's day
                    mention.date, mention.date_default, lent = session.told, False, True
                    if mention.location is None and session.location is not None:
                        mention.host, mention.location = session.host, session.location
            bound = TRIP_BOUND_RE.search(t) if typ != "visit" and (mention.date_default or mention.date is None) else None
            trip = next((x for x in reversed(mentions) if x.type == "visit" and x.pair == pair and x.status == status
                         and not x.date_default and x.date is not None and x.date[2] == "day" and x.date[0] < x.date[1]),
                        None) if bound is not None and _bound_event(t, bound, m) else None
            if trip is not None:
                # "Сапар ... бизнес-форумынан басталды", "The visit ended with talks": the trip's first or last day
                d = trip.date[1] if bound.group("end") else trip.date[0]
                mention.date, mention.date_default = (d, d, "day"), False
            if typ == "forum" and mentions and (mention.date_default or mention.date is None):
                # (or "В рамках заседания состоялся бизнес-форум": the session it was held within)
                session = _setting_referent(t, m, mentions) or _framing_session(t, m, mentions, pair, status)
                if session is not None and session.pair == pair and session.status == status and session.date is not None \
                        and session.date[2] == "day" and not session.date_default:
                    # "A business forum, held on the sidelines of the commission, brought together ...": its day
                    mention.date, mention.date_default = session.date, False
            if typ == "talks" and mentions and (mention.date_default or mention.date is None):
                session = _framing_session(t, m, mentions, pair, status)
                if session is not None and session.date is not None and not session.date_default:
                    mention.date, mention.date_default = session.date, False  # "Комиссия отырысының шеңберінде ... кездесті"
            if typ in ("forum", "talks") and mention.location is None and mentions:
                session = _framing_session(t, m, mentions, pair, status)
                if session is not None:
                    # "Комиссия отырысы аясында ... бизнес-форумы өтті", "В рамках заседания комиссии прошел бизнес-
                    # форум", "... шеңберінде ... кездесті": where the session was, when the sentence names no city
                    mention.location, mention.host = session.location, session.host
            if mentions and (mention.date_default or mention.date is None) \
                    and (NEXT_DAY_RE.search(t, 0, m.start()) or _held_then(t, m, NEXT_DAY_RE)):
                day = next((x for x in reversed(mentions) if x.date is not None and not x.date_default and x.date[2] == "day"
                            and x.status == status and x.index < sv.index), None)
                if day is not None:  # "The following day the forum took place", "на следующий день", "келесі күні"
                    d = day.date[0] + dt.timedelta(days=1)
                    mention.date, mention.date_default = (d, d, "day"), False
                elif mention.date is None and mention.month_day is None:
                    md = next((x.month_day for x in reversed(mentions) if x.month_day is not None and x.status == status
                               and x.index < sv.index), None)
                    if md is not None:  # the day after a day told with no year: "on November 16 ... The next day"
                        d = dt.date(2000, *md) + dt.timedelta(days=1)
                        mention.month_day, mention.wire_md = (d.month, d.day), None
            eve = EVE_OF_TOLD_RE.search(t, 0, hi) if mentions and status == "held" else None
            if eve is not None:
                # the event told last before ("... Меркельмен кездескен болатын. Кездесу қарсаңында ..."), not one further back
                kinds = _eve_kinds(eve.group())
                last = next((x for x in reversed(mentions) if x.status == status and x.pair == pair and x.type != typ
                             and x.type in kinds and x.index < sv.index and x.date is not None and not x.date_default
                             and (x.type != "visit" or MET_RE.search(x.evidence))), None)
                day = last if last is not None and last.date[2] == "day" and last.date[0] == last.date[1] else None
                if day is not None and (mention.date_default or mention.date is None or mention.date == day.date):
                    # "On the eve of the meeting, Nurtleu ... opened the Business Forum in Dubai": the day before it
                    d = day.date[0] - dt.timedelta(days=1)
                    mention.date, mention.date_default = (d, d, "day"), False
                elif last is not None and day is None and (mention.date_default or mention.date is None):
                    mention.date, mention.date_default = last.date, False  # "at the end of last year ... on its eve"
            if mentions and (mention.date_default or mention.date is None) \
                    and (SAME_DAY_RE.search(t, 0, m.start()) or _held_then(t, m, SAME_DAY_RE)):
                days = [x for x in reversed(mentions) if x.date is not None and not x.date_default and x.date[2] == "day"
                        and x.date[0] == x.date[1] and (x.type != "visit" or x.index >= sv.index - 2)
                        and x.status == status]  # a meeting's day, or the one day a trip told just before
                # ("Визит начался накануне. В тот же день ... прошел бизнес-форум"); the day of the story, not of a call
                # recalled in passing ("договоренностей, достигнутых в ходе телефонного разговора ... 3 марта")
                day = next((x for x in days if not x.recalled), days[0] if days else None)
                if day is not None:  # "В тот же день он провел переговоры", "Later in the day ... met": that day
                    mention.date, mention.date_default = day.date, False
                    if mention.location is None and day.location is not None and "phone_call" not in (typ, day.type):
                        mention.host, mention.location = day.host, day.location  # and that day's place
                else:  # a day told without its year: "held consultations on May 14 ... On the same day, he met"
                    earlier = next((x for x in reversed(mentions) if x.status == status and x.type != "visit"
                                    and (x.date is not None and not x.date_default or x.month_day is not None)), None)
                    if earlier is not None and earlier.date is None:
                        mention.date, mention.month_day = None, earlier.month_day
            if typ == "visit" and mention.host is None and host_hint in pair:
                mention.host = host_hint  # "Nazarbayev complimented ... roads in Belarus": the story's place
                mention.visitor = pair[0] if host_hint == pair[1] else pair[1]
            if until is not None and typ == "visit":
                if mention.date is not None and mention.date[2] == "day" \
                        and 0 <= (until[2] - mention.date[0]).days <= TRIP_UNTIL_DAYS:
                    mention.date, mention.date_default = (mention.date[0], until[2], "day"), False  # "прибыл сегодня, где до 9 ноября пробудет"
                else:
                    mention.date, mention.date_default, mention.until = None, False, until[2]  # "Визит продлится до 22 марта"
            if typ == "visit" and ref is not None and mention.date == (ref, ref, "day") and ARRIVED_YESTERDAY_RE.search(t, lo, hi):
                mention.date = (ref - dt.timedelta(days=1),) * 2 + ("day",)  # "Прибывший вчера ..., сегодня провел переговоры"
            if typ == "visit" and mention.date is not None and mention.date[2] == "day" and mention.date[0] == mention.date[1]:
                mention.date = _trip_days(t, lo, hi, mention.date)  # "wrapped up a two-day visit" on the 12th: 11-12
                if mention.date[0] == mention.date[1] and not mention.date_default:
                    mention.date = _counted_day(t, m, mention.date, ref, status)  # "Сапардың екінші күні, 11 мамырда": 10-11
                if mention.date[0] == mention.date[1] and not mention.date_default and status == "held":
                    mention.date = _ended_today(t, lo, hi, mention.date, ref)
            elif typ in SESSION_TYPES and mention.date is not None and mention.date[2] == "day" \
                    and mention.date[0] == mention.date[1]:
                mention.date = _session_days(t, m, lo, hi, mention.date)  # "the two-day forum opened today"
            if postponed and status == "planned":
                mention.date = _postponed_date(t, m, ref)
            if status == "planned" and ref is not None and mention.date is not None and mention.date[1] < ref \
                    and _told_upcoming(t, m):
                mention.date, mention.date_default = None, False  # "the upcoming visit" is none of the days told before it
            mention.recalled = ref is not None and mention.date is not None and not mention.date_default \
                and mention.date[1] < ref - dt.timedelta(days=31)
            if typ == "visit" and mention.status == "held" and mention.location is None and not mention.recalled \
                    and dateline is not None and mention.host == dateline.iso3:
                mention.location, mention.dateline_place = dateline.city, True  # "ASTANA – ... arrived on a visit"
            if typ == "talks" and mention.host is None and mention.status == "held" and venue is not None \
                    and not mention.recalled and (mention.date is None or mention.date_default or mention.date[2] == "day"):
                # "провел в Нью-Йорке ряд двусторонних встреч ... 24 сентября состоялась встреча с ...": there
                mention.location, mention.host = venue[:2]
                if venue[2] is not None and (mention.date is None or mention.date_default) \
                        and (SETTING_RE.search(t, lo, hi) or SAME_DAY_RE.search(t, 0, m.start())):
                    mention.date, mention.date_default = venue[2], False  # "На полях совещания ... провел встречу"
            if status == "planned" and not postponed and mention.recalled and not PLAN_WORD_RE.search(t, lo, hi):
                mention.status = "held"  # "since Tokayev's visit to Budapest in October 2023 gave ...": a past event recalled
            if typ == "visit" and status == "planned" and mention.date is None and mention.month_day is None \
                    and _invitation(t, m, lo, hi):
                continue  # "invited him to visit at a convenient time": an invitation, no visit announced yet
            # the list is the trigger's own: not one told before or after another trigger of the sentence
            ia = max(lo, m.start()) if k else lo  # years between two triggers are the first one's
            ib = min([dhi] + [x.start() for _, x in triggers[k + 1:]])
            items = _dated_items(t, ia, ib) if mention.date is not None and not lent else []
            more = _each_time(mention, t, items, ref, window_people) if items else []
            if not mentions and lead:
                _add_people(mention.people, [q for s in lead for q in all_people.of(s) if q.iso3 in pair])
            _add_people(mention.people, _collective_people(t, m, lo, hi, mention, mentions, sv.low, doc.lang))
            if mention.date is not None and not mention.date_default and not lent:
                mention.told = mention.date
            mention.companions = _companions(t, sv.start, mention.people)
            mentions.append(mention)
            mentions.extend(more)
            ctx_partner = pair[1]  # the pair under discussion
            if typ == "talks" and pair[0] == HOME and SEVERAL_MEETINGS_RE.search(t, max(lo, m.start() - 40), min(hi, m.end() + 40)):
                mentions.extend(_one_by_one(mention, window_people))
        _share_sentence_time(mentions, sv.index, t, ref)
    return _merge(article, mentions, all_people, doc.stated_year if doc.ref is None else None)


# a summit or a series of meetings told with its city: "провел в Нью-Йорке ряд двусторонних встреч", "в рамках
# заседания ... ШОС в Астане провел встречи с лидерами", "held a series of bilateral meetings in Astana", "Астанада
# өткен ШЫҰ саммиті аясында бірқатар кездесулер өткізді"
MEETINGS_SERIES_RE = CI(r"(?i)(?<!\w)(?:ряд|серию|серия|несколько)\s+(?:\w+\s+)?встреч|встречи\s+с\s+(?:\w+\s+){0,2}"
                                r"(?:лидерами|коллегами|главами|руководителями)|(?:series|number|round)\s+of\s+(?:\w+\s+)?"
                                r"(?:meetings|talks)|(?:met|meetings)\s+with\s+(?:\w+\s+){0,2}(?:leaders|counterparts|colleagues)|"
                                r"бірқатар\s+(?:\w+\s+)?кездесу\w*|кездесулер\w*")


def _venue_of_meetings(sv: SentenceView, ref) -> tuple | None:
    """(city, country, day) of a summit or a series of meetings its sentence tells in one city (the day when it
    tells one), not one recalled from months before the report ("2024 жылдың қарашасында Бакуде өткен COP29 ...")."""
    if not (MULTILATERAL_RE.search(sv.text) or MEETINGS_SERIES_RE.search(sv.text)):
        return None
    days = {d for _, _, d in _day_dates(sv.text, ref, "held")} if ref is not None else set()
    if ref is not None and any(d is not None and d[1] < ref - dt.timedelta(days=31)
                               for d in days | {_date(sv.text, ref, "held", default=False)}):
        return None
    # where it is or whither its guests go: "в Токио" (indeclinable), "прибыв в Дубай на конференцию COP28"
    cities = {(r.place.city, r.place.iso3) for r in sv.roles if r.place.kind == "city" and r.role in ("loc", "dest")}
    if len(cities) != 1:
        return None
    return (*next(iter(cities)), days.pop() if len(days) == 1 else None)  # "которое состоялось 5 июня в Токио": that day


# meetings held one by one with several sides, told by the plural of the meeting held or by "one by one": "held
# bilateral meetings with", "провел встречи с", "встречами", "кездесулер өткізді", "separately", "отдельно", "жеке-жеке"
# ("в ходе встречи с ...", the genitive singular, is one meeting)
SEVERAL_MEETINGS_RE = CI(r"(?i)(?<!\w)(?:meetings|(?:провел\w*|провёл|состоял\w*|прошли)\s+(?:\w+\s+){0,2}?встречи|"
                                 r"встречами|кездесулер\w*|separate(?:ly)?|отдельн\w+|жеке-жеке)(?!\w)")


def _one_by_one(mention: _Mention, window_people) -> list[_Mention]:
    """The same meeting with each further side whose officials the sentence lists ("held bilateral meetings with
    the foreign ministers of Oman, Serbia and Indonesia"): one meeting per country, each with its officials."""
    sides = list(dict.fromkeys(p.iso3 for p in window_people if p.iso3 not in (None, HOME, mention.pair[1])))
    away = mention.host == mention.pair[1]  # a venue in the first side's country is not the others'
    out = []
    for iso in sides:
        out.append(dataclasses.replace(
            mention, pair=(HOME, iso), people=[p for p in window_people if p.iso3 in (HOME, iso)], seen=[],
            host=None if away else mention.host, location=None if away else mention.location))
    return out


# an event told once for a list of times: "посещал Японию с официальными визитами в 1994, 1999 и 2008 годах",
# "visited China in 2015 and 2019", "2014, 2017 және 2019 жылдары сапармен барды", "дважды побывали в Казахстане:
# Коидзуми — в августе 2006 года, Абэ — в октябре 2015 года": one event per time
LIST_YEAR_RE = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)")
ITEM_GAP_RE = CI(r"(?i)^[^.!?]{0,60}$")
# what may stand between two times of one list: year words, prepositions, a month, a dash, and names ("Абэ —")
ITEM_FILLER_RE = CI(r"(?i)(?<!\w)(?:год\w*|гг?|жыл\w*|жж|years?|в|во|in|on|and|и|а|также|және|мен|as|well)(?!\w)|"
                            r"(?<!\w)(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]*|[\W\d_]")
LIST_SEPARATOR_RE = CI(r"(?i)[,;]|\s(?:и|and|және|мен|а\s+также|as\s+well\s+as)\s")
# two years joined as a span, not a list: "2019-2021", "с 2019 по 2021", "from 2019 to 2021", "2019 бен 2021 жылдар аралығында"
SPAN_GAP_RE = CI(r"(?i)^\s*(?:[-–—]|/|по|до|to|until|till|through|дейін|бен|пен)\s*$")
SPAN_BEFORE_RE = CI(r"(?i)(?:\bс|\bfrom|\bbetween|между|since|с\s+момента)\s+(?:\w+\s+){0,2}$")
SPAN_AFTER_RE = CI(r"(?i)^\s*(?:жж\.?|жылдар(?:ы)?)?\s*аралығ")


def _dated_items(t: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """The list of years an event is told for, as (item start, year start, year end), or [] when the
    clause tells one time (or a span, "2019–2021", "с 2019 по 2021 год")."""
    years = [y for y in LIST_YEAR_RE.finditer(t, lo, hi) if not _after_figure(t, y.start())
             and not SINCE_BEFORE_RE.search(t, max(0, y.start() - 12), y.start())
             and not _relations_year(t, y)]
    if len(years) < 2 or len({y.group() for y in years}) < 2:
        return []
    items, start = [], lo
    for k, y in enumerate(years):
        if k:
            gap = t[years[k - 1].end():y.start()]
            if not ITEM_GAP_RE.match(gap) or not LIST_SEPARATOR_RE.search(gap) or SPAN_GAP_RE.match(gap) \
                    or ITEM_FILLER_RE.sub("", "".join(gap[a:b] for a, b in _outside(gap, MONTH_ANY_RE))).strip():
                break
            start = years[k - 1].end()
        elif SPAN_BEFORE_RE.search(t, max(0, y.start() - 30), y.start()):
            return []
        items.append((max(start, y.start() - 30), y.start(), y.end()))
    if len(items) < 2 or SPAN_AFTER_RE.match(t[items[-1][2]:items[-1][2] + 30]):
        return []
    return items


def _outside(text: str, rx) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the matches of ``rx``."""
    out, at = [], 0
    for x in rx.finditer(text):
        out.append((at, x.start()))
        at = x.end()
    return out + [(at, len(text))]


def _item_date(t: str, item: tuple[int, int, int], ref, status) -> tuple:
    """An item's own time: its month if one stands before the year ("в августе 2006 года"), else its year."""
    s, ys, ye = item
    y = int(t[ys:ye])
    d = _date(t[s:ye] + " года", ref, status, default=False)
    if d is not None and d[0].year == y and d[2] == "month":
        return d
    return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def _each_time(mention: _Mention, t: str, items, ref, window_people) -> list[_Mention]:
    """The event again for every further time of its list, each with the officials named in its item
    ("Коидзуми — в августе 2006 года, Абэ — в октябре 2015 года"), else the clause's."""
    def named(k):  # by surname: a person named earlier in the article carries that first mention's offsets
        piece = t[items[k][0] if k else 0:items[k][2]]
        own = [p for p in window_people if p.iso3 in mention.pair + (None,) and p.name.split()[-1][:5] in piece]
        return own or [p for p in mention.people]
    out = []
    for k in range(len(items)):
        date = _item_date(t, items[k], ref, mention.status)
        recalled = ref is not None and date[1] < ref - dt.timedelta(days=31)
        if k == 0:
            mention.date, mention.date_default, mention.month_day, mention.recalled = date, False, None, recalled
            mention.people = named(0)
            continue
        out.append(dataclasses.replace(mention, date=date, told=date, people=named(k), seen=[], recalled=recalled))
    return out


# a time between two events of a sentence sets them apart: "then, less than a year later", "содан кейін",
# "спустя год", "бір жылға жетпей"
SEQUENCE_RE = CI(r"(?i)(?<!\w)(?:then|later|after\w*|next|following|ago|year|month|week|day|затем|потом|после|спустя|"
                         r"через|год\w*|лет|месяц\w*|недел\w*|дн\w*|кейін\w*|соң\w*|жыл\w*|былтыр\w*|биыл\w*|ай\w*|апта\w*|күн\w*)(?!\w)")


def _share_sentence_time(mentions, index: int, t: str, ref) -> None:
    """A sentence's one time told dates its other events of the same pair and status that tell none ("in
    October 2024, when Szijjártó visited Astana to co-chair the 9th meeting of the council": the meeting too),
    unless a time word stands between the two ("..., содан кейін бір жылға жетпей ... сапарымен")."""
    siblings = [x for x in mentions if x.index == index]
    dated = {x.date for x in siblings if x.date is not None and not x.date_default}
    if len(siblings) < 2 or len(dated) != 1:
        return
    for x in siblings:
        if (x.date_default or x.date is None and x.month_day is None) and not x.postponed:
            told = next((y for y in siblings if y.date in dated and y.status == x.status and y.pair == x.pair
                         and not SEQUENCE_RE.search(t, min(x.at, y.at), max(x.at, y.at))
                         and not SINCE_WORD_RE.search(t, min(x.at, y.at), max(x.at, y.at))), None)
            if told is not None and _not_tomorrows_visit(x.type, told.date, t, ref) is not None:
                x.date, x.date_default = told.date, False
                x.recalled = ref is not None and x.date[1] < ref - dt.timedelta(days=31)


class _ArticlePeople:
    """Officials of an article, read per sentence only when an event needs them (article offsets)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._by_sentence: dict[int, list] = {}
        self._again: dict[int, list] = {}
        self._everyone: list | None = None

    def _own(self, sv: SentenceView) -> list:
        """Officials named with a title (or known by name) in this sentence."""
        if sv.index not in self._by_sentence:
            self._by_sentence[sv.index] = [dataclasses.replace(p, start=p.start + sv.start, end=p.end + sv.start)
                                           for p in sv.people if p.role != "Spokesperson"]  # who announces, not who meets
        return self._by_sentence[sv.index]

    def of(self, sv: SentenceView) -> list:
        """This sentence's officials, with those the article introduced elsewhere and names here again."""
        if sv.index not in self._again:
            own = self._own(sv)
            here = [dataclasses.replace(p, start=p.start - sv.start, end=p.end - sv.start) for p in own]
            more = people.again(sv.text, self.everyone(), here, sv.places)
            self._again[sv.index] = sorted(own + [dataclasses.replace(p, start=p.start + sv.start, end=p.end + sv.start)
                                                  for p in more], key=lambda p: p.start)
        return self._again[sv.index]

    def everyone(self) -> list:
        """Every official of the article named with a title or known by name, in text order (read once, then kept)."""
        if self._everyone is None:
            self._everyone = [p for sv in self.doc.sentences
                              if sv.index in self._by_sentence or people.mentions_someone(sv.text) for p in self._own(sv)]
            self._by_country: dict[str | None, list] = {}
            self._by_key: dict[str, list] = {}
            for p in self._everyone:
                self._by_country.setdefault(p.iso3, []).append(p)
                self._by_key.setdefault(people_key(p), []).append(p)
        return self._everyone

    def __iter__(self):
        return iter(self.everyone())

    def of_country(self, iso: str | None) -> list:
        self.everyone()
        return self._by_country.get(iso, [])

    def named(self, key: str) -> list:
        """Every mention of the person with this name key (see :func:`people_key`)."""
        self.everyone()
        return self._by_key.get(key, [])


# ---------------------------------------------------------------- triggers

def _council_aliases(doc: Doc) -> re.Pattern | None:
    """The abbreviations an article gives its councils ("HLSCC", "МПК"), as one pattern."""
    text = doc.article.text
    abbrs = set()
    for p in ABBR_IN_PARENS_RE.finditer(text):  # cheap first: a capitalised abbreviation in parentheses
        m = COUNCIL_ALIAS_RE.search(text, max(0, p.start() - 160), p.end())
        if m and m.end() == p.end():
            abbrs.add(m.group("abbr"))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(abbrs))) + r")(?!\w)") if abbrs else None


# the plan itself is told (a visit once planned for a past date): "запланированный на май 2023 года визит"
PLAN_WORD_RE = CI(r"(?i)(?:запланирован\w*|планировал\w*|намечал\w*|was\s+(?:planned|scheduled|expected)|"
                          r"жоспарланған|жоспарланды|көзделген)")


# a clause of its own: "Orbán will pay a visit next year, since Tokayev's visit in October 2023 gave ..."
SUBORDINATE_RE = CI(r"(?i),\s*(?:since|because|as|after|так\s+как|поскольку|потому\s+что|после\s+того\s+как|"
                            # not "when" / "когда": that clause shares the time of the one before; what the traveller
                            # said is a clause of its own: "wrapped up a visit, saying Orban is set to visit next year",
                            # "завершил визит, заявив, что ..."
                            r"өйткені|себебі|saying|adding|says|said|заявив|сообщив|отметив)[\s,]")


# punctuation that ends an event's own phrase: commas, stops, brackets, dashes
PHRASE_CUT_RE = re.compile(r"[,;:.!?()—–]")


# a clause joined by a comma and a coordinator: "..., and President Tokayev is to pay ...", "..., а Президент ..."
CLAUSE_AND_RE = CI(r"(?i),\s*(?:and|while|but|а|и|но)\s")


def _another_traveller(sv: SentenceView, first: re.Match, second: re.Match) -> bool:
    """A second trip word in a clause of its own with an official of its own ("Vieira visited Astana last spring,
    and President Tokayev is to pay an official visit to Brazil"): another trip."""
    cut = CLAUSE_AND_RE.search(sv.text, first.end(), second.start())
    return cut is not None and any(cut.end() <= p.start < second.start() for p in sv.people)


def _another_year(t: str, first: re.Match, second: re.Match, lang: str) -> bool:
    """A year told between two trip words differs from the one told with the first: "returned to Astana in June
    2017 for a state visit, and in September 2022 chose Nur-Sultan for his first trip"), or each trip word has its own
    ("visit in March 2017 and Tokayev's visit to Tashkent in April this year"); not "arrived on March 3, 2017 for an
    official visit": one year, one trip."""
    if lang == "kk":  # Kazakh tells each trip's time before its noun: "2017 жылғы наурыздағы ... сапарынан
        # және биылғы сәуірдегі ... сапарынан"
        before = PHRASE_CUT_RE.split(t[max(0, first.start() - OWN_PHRASE_REACH):first.start()])[-1]
        between = t[first.end():second.start()]
        timed = [YEAR_IN_RE.search(x) or REL_YEAR_RE.search(x) for x in (before, between)]
        if all(timed):
            return True
    between = set(YEAR_IN_RE.findall(t, first.end(), second.start()))
    relative = REL_YEAR_RE.search(t, first.end(), second.start())  # "a state visit to Kazakhstan later this year"
    own = OWN_PHRASE_END_RE.split(t[second.end():second.end() + OWN_PHRASE_REACH], 1)[0]
    if not between and not relative:
        # "Cheney's trip to Astana in May, and Nazarbayev's previous visit to Washington in December 2001": a month
        # told with the first trip, a year with the second's
        return bool(MONTH_IN_RE.search(t, first.end(), second.start())) and bool(YEAR_IN_RE.search(own))
    if YEAR_IN_RE.search(own) or REL_YEAR_RE.search(own) and between:
        return True  # "Mirziyoyev's state visit in March 2017 and Tokayev's visit to Tashkent in April this year": each its time
    if not between:
        return False
    start = max(t.rfind(",", 0, first.start()), t.rfind(";", 0, first.start()), 0)
    told = set(YEAR_IN_RE.findall(t, start, first.end()))
    return bool(told) and bool(between - told)


def _earlier_year_told(t: str, lo: int, hi: int, ref) -> bool:
    """A year before the report's in the trigger's reach: "the visit of then-President Leuthard to Astana in 2010" is
    a trip of its own, not the summit trip the report told before."""
    return ref is not None and any(int(y) < ref.year for y in YEAR_IN_RE.findall(t, lo, hi))


# "visit", "посетил", "посещение"
VISIT_VERB_RE = CI(r"(?i)visit|посети|посещ")
# "встреча", "meeting", "кездесу" right before the co-chairs: the co-chairs met
MEETING_BEFORE_RE = CI(r"(?i)(встреч\w*|meeting|кездесу\w*)\s+(?:\w+\s+)?$")
# Kazakh "егер" (if)
KK_IF_RE = CI(r"(?i)(?<!\w)егер(?!\w)")
# a closing bracket next
CLOSING_BRACKET_RE = re.compile(r"\s*\)")
# "форум ЕАЭС", "форум ШОС": a bloc's forum
FORUM_OF_BLOC_RE = CI(r"(?i)форум\w*\s+(?:ЕАЭС|ШОС)")
# "bilateral", "двусторонний", "екіжақты"
BILATERAL_RE = CI(r"(?i)(bilateral|двусторонн\w*|екіжақты)")
# "сапар", "визит", "visit"
VISIT_WORD_RE = CI(r"(?i)(сапар|визит|visit)")


# a commission or council as the subject of a meeting verb: "The commission had previously met in Astana",
# "Комиссия последний раз встречалась в 2019 году", "Комиссия соңғы рет 2019 жылы кездесті": a session of it
BODY_MET_RE = CI(r"(?i)met|meet|встреча\w*|встрети\w*|кездесті|кездескен")
BODY_SUBJECT_BEFORE_RE = CI(r"(?i)(?<!\w)(?:commission|committee|council|комисси[яи]|комитет|совет|комиссия(?:сы)?|"
                            r"кеңес(?:і)?)\s+(?:[\w-]+\s+){0,4}$")
BODY_SUBJECT_REACH = 50  # characters from the body's noun to its verb
CAPITALISED_WORD_RE = re.compile(r"[^\W\d_][\w-]*")  # a word, tested for a capital: a name between is an official's


# two clauses of one sentence: ", и договорились", ", and agreed"; a Kazakh converb and a comma ("атап өтіп,")
CLAUSE_JOINT_RE = CI(r"(?i),\s*(?:и|а|and|but|while)\s+[^\W\d_]+|[^\W\d_]{2,}(?:ып|іп|[аеяюуүұ]п),\s")


# a session named as what a meeting prepared: "met ... to discuss preparations for the eighth meeting of the
# commission", "обсудили подготовку к очередному заседанию", "отырысына дайындықты талқылады"
PREPARATION_BEFORE_RE = CI(r"(?i)(?:preparations?\s+for|prepar\w+\s+for|подготовк\w+\s+к|подготовк\w+)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$")
KK_PREPARATION_AFTER_RE = CI(r"(?i)\w*\s+(?:[\w-]+\s+){0,6}?дайындық\w*")


def _prepared_only(m) -> bool:
    """The session is named only as what was prepared for ("подготовку к заседанию комиссии", "отырысына
    дайындықты"), not as another one ("к очередному заседанию", "келесі отырысына")."""
    t, at = m.evidence, m.at
    if any(rx.search(t, max(0, at - 40), min(len(t), at + 90)) for rx in NEXT_REGEXES):
        return False
    return bool(PREPARATION_BEFORE_RE.search(t, max(0, at - 60), at) or KK_PREPARATION_AFTER_RE.match(t, at))


def _talks_to_prepare(t: str, found) -> bool:
    """Talks held, and the council after them only what they prepared: two events."""
    talks = next((m for n, m in found if n == "talks"), None)
    council = next((m for n, m in found if n == "council"), None)
    return talks is not None and council is not None and talks.end() <= council.start() \
        and not TALKS_WORD_OF_SESSION_RE.search(t, talks.end(), council.start()) \
        and bool(PREPARATION_BEFORE_RE.search(t, max(0, council.start() - 60), council.start())
                 or KK_PREPARATION_AFTER_RE.match(t, council.end()))


# the talks are the session's own: "переговоры в рамках заседания", "talks at the session of"
TALKS_WORD_OF_SESSION_RE = CI(r"(?i)(?:в\s+рамках|на\s+полях|within|at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?\S+\s*$")


def _clauses_apart(t: str, found, a: str, b: str) -> bool:
    """The first trigger of type ``a`` and of type ``b`` stand in two clauses joined after a comma."""
    ma = next((m for n, m in found if n == a), None)
    mb = next((m for n, m in found if n == b), None)
    if ma is None or mb is None:
        return False
    lo, hi = sorted((ma, mb), key=lambda m: m.start())
    return bool(CLAUSE_JOINT_RE.search(t, lo.end(), hi.start()))


def _triggers(sv: SentenceView, places, mentions, dropped: set | None = None,
              aliases: re.Pattern | None = None) -> list[tuple[str, re.Match]]:
    """Event triggers of a sentence, one per clause and type, without the ones that name no event."""
    t = sv.text
    found = []
    if not TRIGGER_GATE.may_match(sv.low):
        return []
    gone: set[tuple[int, int]] = set()  # triggers already read as part of another (a trip to an international forum)
    for m in TRIGGER_RE.finditer(t):
        if (m.start(), m.end()) in gone:
            continue
        name = next(k for k, v in m.groupdict().items() if v)
        if name == "visit" and BARE_MOTION_RE.fullmatch(m.group()) and not _has_destination(t, m.start(), places):
            continue  # "дамып келеді" (has been developing) is not a trip
        if name == "visit" and RU_SET_OFF_RE.fullmatch(m.group()) and not _sets_off_with_home(sv, m, places):
            continue  # "направится в будущее": no place, no trip; "Коидзуми отправится в Узбекистан": not ours
        if name == "visit" and _is_presence(PRESENCE_TRIGGER_RE, t, m) \
                and not (_is_presence(PRESENCE_RE, t, m) and _present_in(t, m, places)):
            continue  # "Kazakhstan is in Central Asia", "находится в стадии": no official, no place of a trip
        if name == "signing" and not AGREEMENT_RE.search(t) and not any(x.type == "signing" for x in mentions):
            continue
        if name == "signing" and _signed_as_attribute(t, m):
            continue  # what was signed (at some time), not a signing the article reports
        if name == "signing" and mentions and (SIGNED_AT_EVENT_RE.search(t, 0, m.start()) or _signed_at_after(t, m)):
            continue  # "По итогам переговоров подписан ряд документов", "Following the talks, ... signed": part of those talks
        if name == "signing" and sv.amounts and DEAL_VALUE_RE.search(t):
            continue  # "құны 1,7 млрд доллар болатын 34 құжат", "deals worth $2 bn": commercial contracts
        if name == "signing" and COMMERCIAL_RE.search(t):
            continue  # "было подписано 7 коммерческих соглашений", "commercial contracts were signed": between companies
        if name in ("consultations", "council", "forum") and (
                DOCUMENT_SUBJECT_BEFORE_RE.search(t, max(0, m.start() - 70), m.start())
                or KK_DOCUMENT_SUBJECT_AFTER_RE.match(t, m.end())):
            continue  # "подписали меморандум о проведении политических консультаций": what a document is about
        if name == "phone_call" and BY_PHONE_RE.fullmatch(m.group()) and (
                SAID_BEFORE_RE.search(t, max(0, m.start() - 25), m.start()) or SAID_AFTER_RE.match(t, m.end())
                or PRESS_RE.search(t, max(0, m.start() - 40), min(len(t), m.end() + 40))):
            continue  # "сообщил по телефону корреспонденту", "тілшісіне телефон арқылы айтты": an interview
        if name == "talks" and RECEPTION_RE.fullmatch(m.group()) and not people.title_spans(t):
            continue  # "received a letter", "принял закон": a reception needs an official
        if name == "talks" and RECEPTION_RE.fullmatch(m.group()) and (
                INVITATION_AFTER_RE.match(t, m.end()) or INVITATION_BEFORE_RE.search(t, max(0, m.start() - 40), m.start())):
            continue  # "принял приглашение посетить", "шақыруын қабылдады": an invitation accepted is no meeting
        if name == "talks" and THING_RECEIVED_RE.match(t, m.end()) and m.group().lower() == "received":
            continue  # "ties received a further boost from President Park's visit": a thing received, not a guest
        if _generic(t, m, name):
            continue
        if name == "visit" and SIGHTSEEING_RE.match(t, m.end()) and VISIT_VERB_RE.match(m.group()):
            continue  # "will also visit historical places", "посетил выставку": not a trip between countries
        if name == "talks" and AIRPORT_RE.search(t):
            name = "visit"  # "в аэропорту его встретил вице-премьер": the welcome of an arriving official
        if name == "talks" and BODY_MET_RE.fullmatch(m.group()):
            body = BODY_SUBJECT_BEFORE_RE.search(t, max(0, m.start() - BODY_SUBJECT_REACH), m.start())
            if body is not None and not any(w.group()[0].isupper() and not any(p.start <= w.start() < p.end for p in places)
                                            for w in list(CAPITALISED_WORD_RE.finditer(t, body.start(), m.start()))[1:]):
                name = "council"  # "The commission had previously met in Astana in 2005": a session of it (not "Chairman
                # of the Election Commission ... Abdirov met": an official's title)
        if name == "forum" and _many_countries_forum(t, m, places):
            if dropped is not None:
                dropped.add("forum")
            # "used his trip to the World Economic Forum in Davos", "Дүниежүзілік экономикалық форумға сапары": the trip
            # is to a gathering of many countries, not to its host (but "a state visit, and the forum")
            trips = [x for n2, x in found if n2 == "visit" and 0 <= m.start() - x.end() <= TRIP_TO_FORUM_REACH]
            trips += [x for x in TRIGGER_RE.finditer(t, m.end(), m.end() + TRIP_TO_FORUM_REACH) if x.group("visit")]
            if trips and not BILATERAL_LEVEL_RE.search(t):
                found = [(n2, x) for n2, x in found if x not in trips]
                gone |= {(x.start(), x.end()) for x in trips}  # and the Kazakh trip word after it: "форумға сапармен барды"
                if dropped is not None:
                    dropped.add("visit")
            continue  # "Astana International Forum", "форум с участием представителей 50 стран"
        if (name == "council" or (name == "forum" and COUNCIL_WORD_RE.search(m.group()))) \
                and (BODY_RE.search(t, max(0, m.start() - 40), m.start()) or BODY_RE.search(t, m.end(), m.end() + 40)
                     or not SESSION_WORD_RE.search(t, max(0, m.start() - 25), m.end()) and (
                         CHAIRED_BODY_AFTER_RE.match(t, m.end())
                         or KK_BODY_OBJECT_RE.search(m.group()) and KK_CHAIRS_NOW_RE.search(t, m.end()))):
            continue  # "agreed to establish the Council", "the Commission is an effective mechanism", "created a business council"
        if name == "council" and (WORK_OF_BODY_BEFORE_RE.search(t, max(0, m.start() - 50), m.start())
                                  or KK_WORK_OF_BODY_AFTER_RE.match(t, m.end())) \
                and not BODY_MET_AFTER_RE.search(t, m.end(), m.end() + 90):
            continue  # "активизировать работу межправкомиссии", "комиссияның жұмысын жандандыру": the body's work, no session
        if name == "consultations" and DIALOGUE_RE.search(m.group()) and not _dialogue_held(t, m):
            continue  # "подчеркнули важность стратегического диалога": the dialogue praised, no session of it
        if name == "council" and CO_CHAIR_RE.search(t, max(0, m.start() - 60), m.start()):
            if MEETING_BEFORE_RE.search(t[max(0, m.start() - 60):m.start()].split("сопредседател")[0].split("co-chair")[0] + " "):
                found.append(("talks", m))  # "после встречи сопредседателей комиссии": the co-chairs met
            continue  # "сопредседатель межправкомиссии": a title, not a session
        if name == "visit" and KK_CONDITIONAL_RE.fullmatch(m.group()) and KK_IF_RE.search(t[:m.start()]):
            continue  # "Егер ... Астанаға келсе": if he comes, no trip told
        if found and found[-1][0] == name and name == "visit" and m.start() - found[-1][1].end() < 90 \
                and not KK_CONDITIONAL_RE.fullmatch(found[-1][1].group()) \
                and len({p.iso3 for p in places if found[-1][1].end() <= p.start < m.start()}) <= 1 \
                and not CONTRAST_BREAK_RE.search(t, found[-1][1].end(), m.start()) \
                and ";" not in t[found[-1][1].end():m.start()] \
                and not SUBORDINATE_RE.search(t, found[-1][1].end(), m.start()) \
                and not NEXT_TRIP_RE.search(t, found[-1][1].end(), m.end()) \
                and not SINCE_WORD_RE.search(t, found[-1][1].end(), m.start()) \
                and not _another_year(t, found[-1][1], m, sv.doc.lang) \
                and not _another_traveller(sv, found[-1][1], m):
            continue  # "ресми сапармен келді", "посетит Минск с рабочим визитом": one trip
        found.append((name, m))
    if aliases is not None and not any(n == "council" for n, _ in found):
        for a in aliases.finditer(t):
            if not CLOSING_BRACKET_RE.match(t[a.end():]) and not BODY_RE.search(t, max(0, a.start() - 40), a.start()) \
                    and not BODY_RE.search(t, a.end(), a.end() + 40):
                found.append(("council", a))  # "The next HLSCC meeting", "очередное заседание МПК"
                break
    if not any(n == "council" for n, _ in found) and any(x.type == "council" for x in mentions):
        bare = BARE_SESSION_RE.search(t)
        if bare and not _generic(t, bare, "council") and not BODY_RE.search(t):
            # "Следующее заседание комиссии пройдет в Минске": the commission the article is about
            found.append(("council", bare))
    for typ, rx in NEXT_OF.items():
        own = next((m for n, m in found if n == typ), None)
        if own is None and any(x.type == typ for x in mentions):
            later = _next_session(t, sv.low, 0, rx)
            if later and not _generic(t, later, typ) and not BODY_RE.search(t):
                # "Келесі отырыс Астанада өтеді", "The next round will be held in Astana": of the commission or
                # consultations the article is about
                found.append((typ, later))
        elif own is not None:
            timed = _names_the_time(t, own)
            later = _next_session(t, sv.low, own.end(), rx, own_clause=not timed)
            if later and not any(m.start() >= later.start() for _, m in found):
                if timed:  # "По итогам консультаций условлено провести следующий раунд": only the next round
                    found.remove((typ, own))
                # "the first session was held in Havana, and the second will take place in Astana": two sessions
                found.append((typ, later))
    if not any(n == "visit" for n, _ in found) and AIRPORT_RE.search(t):
        welcome = WELCOME_RE.search(t)
        if welcome and people.title_spans(t):
            found.append(("visit", welcome))  # "Астана әуежайында ... қарсы алды", "was welcomed at the airport by"
    if not found:
        return []
    multilateral = MULTILATERAL_RE.search(t) if _may_be_multilateral(t, sv.low) else None
    drop: set[str] = set()
    if multilateral and FORMAT_RE.search(t):
        named = [(x.start(1), x.end(1)) for x in FORMAT_RE.finditer(t)]
        own = [p for p in places if p.iso3 != HOME and not any(a <= p.start < b for a, b in named)]
        if not own:
            return []  # "«Орталық Азия + Жапония» кездесуі", "the C5+1 meeting": the partner is in the format's name
    if multilateral:  # a summit's council, forum and the trip to it are not bilateral; talks on its sidelines are
        if (SUMMIT_PURPOSE_RE.search(t) or geo.aggregate_spans(t)) and not BILATERAL_LEVEL_RE.search(t):
            drop.add("visit")  # a trip to the summit; not "arrived for a state visit to Kazakhstan and the SCO summit"
        # "a trilateral meeting with": the meeting it names is the group's, so the span runs on over it
        multi_spans = [(x.start(), x.end() + (MEETING_OF_GROUP_REACH if SEVERAL_SIDES_RE.fullmatch(x.group()) else 0))
                       for x in MULTILATERAL_RE.finditer(t)]
        if not any(not any(a <= x.start() < b for a, b in multi_spans) for x in SIDELINES_RE.finditer(t)):
            drop.add("talks")  # "консультативная встреча глав государств": the meeting is the multilateral one
        if any(n == "council" and any(a - 60 <= x.start() <= b + 40 for a, b in multi_spans) for n, x in found):
            drop.add("council")  # "the OTS Council of Heads of State"; not "within the OTS, preparations for the HLSCC"
        if FORUM_OF_BLOC_RE.search(t):
            drop.add("forum")
        if not any(p.kind != "city" and p.iso3 != HOME for p in places) and not BILATERAL_RE.search(t):
            drop.add("signing")  # "At the end of the summit, the heads of state signed the Bishkek Declaration"
    if any(n == "talks" for n, _ in found):
        for n, m in found:
            if n in ("council", "consultations", "forum") and (AFTER_EVENT_BEFORE_RE.search(t, max(0, m.start() - 25), m.start())
                                                               or AFTER_EVENT_AFTER_RE.match(t, m.end())):
                drop.add(n)  # "Консультациялардан кейін ... кездесіп", "after the session ... met": the time of the talks
    types = {n for n, _ in found} - drop
    if "council" in types and "forum" in types and not _contrasted(sv, sorted(found, key=lambda x: x[1].start())) \
            and not any(n == "council" and STATE_BODY_RE.search(m.group()) for n, m in found) \
            and not _coordinated(t, [m for n, m in found if n in ("council", "forum")]):
        # "the business council's forum"; not "the commission meets in 2026, and the forum in autumn", nor "the
        # intergovernmental council in June, and (сондай-ақ) the interregional forum in September": two events
        drop.add("council")
    if "consultations" in types and "council" in types and not _clauses_apart(t, found, "consultations", "council"):
        drop.add("consultations")  # (not "noted the results of the consultations held in May, and agreed to hold the
        # commission's first meeting in 2025": two events, each in its clause)
    frames = [x.span() for x in FRAMING_SESSION_RE.finditer(t)] if "talks" in types and mentions else []
    framed = [(n, m) for n, m in found if n in ("council", "consultations")
              and any(m.start() < b and a < m.end() for a, b in frames)]
    if framed and any(x.type in {n for n, _ in framed} for x in mentions) \
            and any(n == "talks" and not any(a <= m.start() < b for a, b in frames) for n, m in found):
        # "Комиссия отырысының шеңберінде Қасымбек ... әл-Мазруимен кездесті", "On the sidelines of the session, X met
        # Y": the session told before is the frame of a meeting of its own
        drop |= {n for n, _ in framed}
        types -= {n for n, _ in framed}
    if ("council" in types or "consultations" in types or "phone_call" in types) and "council" not in drop \
            and not _talks_to_prepare(t, found):
        drop.add("talks")
    if ("council" in types or "forum" in types or "consultations" in types) and not VISIT_WORD_RE.search(t):
        drop.add("visit")
    if "phone_call" in types:
        drop |= {"consultations"}
        if not any(n == "visit" and _told_upcoming(t, m) for n, m in found):
            drop.add("visit")  # the trip a call speaks of, not "the upcoming visit" it discussed too
    if types & {"visit", "forum", "council"} and not any(x.type == "signing" for x in mentions):
        drop.add("signing")  # documents signed during a visit or forum belong to it
    settings = _setting_spans(t) if len(found) > 1 and not any(x.type == "forum" for x in mentions) else ()
    if settings:
        # "met on the margins of the forum with the Swiss President", "На полях форума ... встретился": a forum named
        # by no country and not reported before is where the talks were held, not a bilateral event of its own (but
        # "на полях казахстанско-германского форума": it is)
        found = [(n, m) for n, m in found if n != "forum" or not any(
            a <= m.start() < b and not any(p.kind != "city" and a <= p.start < m.end() for p in places)
            and any(n2 == "talks" and (m2.start() >= m.end() or not a <= m2.start() < b) for n2, m2 in found)
            for a, b in settings)]
    if len(found) > 1 and len({n for n, _ in found}) < len(found):
        # "үшжақты кездесуі аясында ... Байрамовпен кездесті": the meeting named as the setting is not the one held
        settings = _setting_spans(t)
        inside = [(n, m) for n, m in found if any(a <= m.start() < b for a, b in settings)]
        found = [(n, m) for n, m in found if (n, m) not in inside
                 or not any(n2 == n and (n2, m2) not in inside for n2, m2 in found)]
    seen: set[str] = set()
    out = []
    for n, m in found:
        if n in drop and multilateral and dropped is not None:
            dropped.add(n)
        if n in drop or (n != "visit" and n in seen and m.re not in NEXT_REGEXES):
            continue
        seen.add(n)
        out.append((n, m))
    return sorted(out, key=lambda x: x[1].start())  # the clauses are cut in the order of the text


# an event named as the time of another: "after the consultations", "после заседания", "консультациялардан кейін",
# "on the eve of the consultations", "накануне консультаций", "консультациялар қарсаңында"
# the outcome of an event, told by a phrase before it ("по итогам переговоров") or, in Kazakh, after it
# ("келіссөздер қорытындысы бойынша"): one list for the time of talks after a session and for a signing's occasion
OUTCOME_BEFORE = r"по\s+итогам|по\s+результатам|по\s+завершении|по\s+окончании"
OUTCOME_AFTER_KK = r"қорытындысы\s+бойынша|нәтижесінде|соңында"
AFTER_EVENT_BEFORE_RE = CI(rf"(?i)(?:\bafter\s+the|\bfollowing\s+the|\bпосле|{OUTCOME_BEFORE}|at\s+the\s+end\s+of\s+the|"
                                   r"\bon\s+the\s+eve\s+of\s+the|\bahead\s+of\s+the|\bнакануне|\bв\s+преддверии)\s+(?:[\w-]+\s+){0,2}$")
AFTER_EVENT_AFTER_RE = CI(rf"(?i)\w*\s+(?:кейін|соң|қарсаңында|алдында|{OUTCOME_AFTER_KK})\b")


# a signing told as the outcome or part of an event already reported: "По итогам переговоров", "в ходе заседания",
# "в присутствии глав правительств", "Following the talks", "During the session", "in the presence of the presidents",
# "Келіссөздер қорытындысы бойынша", "Отырыс барысында", "мемлекет басшыларының қатысуымен" (the event's record holds it)
EVENT_NOUN = (r"(?:переговор|заседани|встреч|визит|консультаци|сесси|глав|президент|премьер|министр|форум|talks|meeting|"
              r"session|visit|forum|consultations|leaders|presidents|prime\s+ministers|ministers|келіссөз|кездесу|отырыс|сапар|"
              r"басшы)\w*")
# (the event named after a bare "at"/"на": "At the session", "на заседании", not "at the ministry")
SESSION_NOUN = (r"(?:переговор|заседани|встреч|консультаци|сесси|форум|talks|meeting|session|forum|consultations|"
                r"келіссөз|кездесу|отырыс)\w*")
# what companies sign, not the states: "коммерческих соглашений", "commercial agreements", "коммерциялық келісімшарт"
COMMERCIAL_RE = CI(r"(?i)(?<!\w)(?:коммерческ\w+|коммерциялық)\s+(?:соглашени|контракт|договор|келісім)\w*|"
                   r"\bcommercial\s+(?:agreements?|contracts?|deals?)\b")


def _signed_at_after(t: str, m: re.Match) -> bool:
    """The event the signing belongs to told right after it: "More than 20 documents were signed following the
    meeting", "подписано по итогам заседания"."""
    x = SIGNED_AT_EVENT_RE.search(t, m.end(), min(len(t), m.end() + 60))
    return x is not None and not t[m.end():x.start()].strip(" ,")


SIGNED_AT_EVENT_RE = CI(
    rf"(?i)(?<!\w)(?:{OUTCOME_BEFORE}|в\s+ходе|в\s+рамках|в\s+присутствии|на\s+полях|following|after|"
    rf"during|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of|in\s+the\s+presence\s+of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{EVENT_NOUN}|(?<!\w)(?:at|на)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{SESSION_NOUN}|"
    rf"(?<!\w){EVENT_NOUN}\s+(?:{OUTCOME_AFTER_KK}|барысында|аясында|қатысуымен)|"
    rf"(?<!\w)(?:отырыс|кездесу|келіссөзде|келіссөз)(?:та|те|да|де)(?!\w)|"
    # the event just reported, by its general noun: "В мероприятии приняли участие ..., было подписано", "at the event",
    # "іс-шарада"
    rf"(?<!\w)(?:в|на|во\s+время)\s+(?:этом\s+|данном\s+)?мероприяти\w*|\b(?:at|during)\s+the\s+event\b|(?<!\w)іс-шара(?:да|сында)|"
    rf"\bwitnessed\s+the\s+signing")


INTERNATIONAL_BEFORE_RE = CI(r"(?i)(?:international|международн\w*|халықаралық|global|глобальн\w*|world|всемирн\w*|"
                                     r"әлемдік|дүниежүзілік)\s+(?:[\w-]+\s+){0,3}$")
MANY_COUNTRIES_RE = CI(r"(?i)(?:\d+|нескольк\w+|десятк\w+|ондаған|бірнеше|many|several|dozens\s+of)\s+"
                               r"(?:стран\w*|countries|елд\w*|мемлекет\w*|государств\w*)")


TRIP_TO_FORUM_REACH = 40  # characters from a trip word to the international forum it went to


def _many_countries_forum(t: str, m, places) -> bool:
    """A forum of many countries: named international (world, global) or with delegations of many
    countries, unless it is named after the pair ("Kazakh-Hungarian business forum")."""
    before = t[max(0, m.start() - 50):m.start()]
    named_pair = len({p.iso3 for p in places if m.start() - 50 <= p.start < m.start()}) >= 2 \
        or len({p.iso3 for p in places if m.end() <= p.start < m.end() + 30}) >= 2
    if named_pair:
        return False
    return bool(INTERNATIONAL_BEFORE_RE.search(before) or MANY_COUNTRIES_RE.search(t))


@functools.lru_cache(maxsize=1024)
def _generic_spans(t: str) -> tuple:
    return tuple((g.start(), g.end(), g.group()) for g in GENERIC_RE.finditer(t))


DIALOGUE_RE = CI(r"(?i)диалог|dialogue")
# a dialogue is an event only as a session of it or with a verb of its holding: "заседание Диалога", "диалогының
# отырысы", "the Strategic Dialogue was held", "провели стратегический диалог"
DIALOGUE_SESSION_BEFORE_RE = CI(r"(?i)(?:заседани|раунд|сесси|session|round|meeting|sitting)\w*\s+(?:[\w.-]+\s+){0,4}$")
DIALOGUE_SESSION_AFTER_RE = CI(r"(?i)^\w*\s+(?:[\w-]+\s+){0,2}(?:отырыс|кездесу|раунд|заседани|session|round|meeting)")
DIALOGUE_HELD_RE = CI(r"(?i)(?<!\w)(?:состоял\w*|прош[её]л|прошла|прошло|пройд[её]т|провел\w*|провести|held|hold|"
                              r"took\s+place|convened|өтті|өтеді|өткізді|өткізу\w*)(?!\w)")


def _dialogue_held(t: str, m: re.Match) -> bool:
    return bool(DIALOGUE_SESSION_BEFORE_RE.search(t, max(0, m.start() - 70), m.start())
                or DIALOGUE_SESSION_AFTER_RE.search(t[m.end():m.end() + 40])
                or DIALOGUE_HELD_RE.search(t, max(0, m.start() - 40), min(len(t), m.end() + 40)))


# "the annual session", "ежегодное заседание", "жыл сайынғы отырысы": one session of a yearly series
ANNUAL_ONE_RE = CI(r"(?i)annual|ежегодн(?:ое|ая|ый|ого|ой|ом|ую)|жыл\s+сайын")
ONE_SESSION_AFTER_RE = CI(r"(?i)(?:ғы|гі)?\s+(?:session|meeting|round|summit|forum|заседани[еяю]|встреч[аиу]|"
                                  r"раунд[аеу]?|сесси[июя]|отырыс\w*|кездесу\w*|форум\w*)(?!\w)")
PLAIN_PLURAL_RE = CI(r"(?i)визиты|визитов|визитами|visits|сапарлар\w*")
# one trip picked out of many: "one of his first state visits", "одним из первых визитов", "алғашқы сапарларының бірі"
ONE_OF_BEFORE_RE = CI(r"(?i)(?<!\w)(?:one\s+of|одн\w+\s+из)\s+(?:[\w-]+\s+){0,4}$")
ONE_OF_AFTER_RE = CI(r"(?i)\s+бірі\w*(?!\w)")
COUNTED_EVENTS_RE = CI(r"(?i)^(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|дв|тр|четыр|пят|шест|сем|восьм|"
                               r"девят|десят|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он\b|консультациялардың)")


# "consultations", "talks" alone
BARE_PLURAL_RE = CI(r"(?i)consultations|talks")
# a regular event: "ежегодный", "annual", "every year", "жыл сайын", "regular", "тұрақты", "traditionally"
REGULAR_RE = CI(r"(?i)ежегодн|annual|every\s+year|жыл\s+сайын|регулярн|regular|тұрақты|traditionally|дәстүрлі")


def _generic(t: str, m: re.Match, name: str) -> bool:
    """"exchange of visits", "өзара сапарлар", "ежегодно проводятся заседания": many events, none dated."""
    for gs, ge, gtext in _generic_spans(t):
        if gs <= m.end() + 30 and ge >= m.start() - 30:
            if PLAIN_PLURAL_RE.fullmatch(gtext) and _dated_items(t, 0, len(t)):
                continue  # "с официальными визитами в 1994, 1999 и 2008 годах": one event per year told
            if PLAIN_PLURAL_RE.fullmatch(gtext) and (ONE_OF_BEFORE_RE.search(t, max(0, gs - 50), gs) or ONE_OF_AFTER_RE.match(t, ge)):
                continue  # "chose Uzbekistan for one of his first state visits", "алғашқы сапарларының бірі": one of them
            if COUNTED_EVENTS_RE.search(gtext):
                return True  # "ten rounds of political consultations": a count of events
            if name in ("talks", "consultations") and BARE_PLURAL_RE.fullmatch(m.group()):
                continue
            if name in ("council", "forum", "consultations") and not REGULAR_RE.search(gtext):
                continue
            if ANNUAL_ONE_RE.fullmatch(gtext) and ONE_SESSION_AFTER_RE.match(t, ge) and HELD_RE.search(t):
                continue  # "held the annual session of their dialogue", "жыл сайынғы отырысы өтті": one session held
            return True
    return False


# "делегация", "delegation", "ұшақ" (a plane): officials travelling
TRAVELLING_PARTY_RE = CI(r"(?i)(делегаци\w*|delegation|ұшақ)")
# Kazakh "елордаға", "елімізге", "астанасына", "қаласына": to the capital, to our country
KK_CAPITAL_DATIVE_RE = CI(r"(?i)(елорда\w*ға|елімізге|астанасына|қаласына)")


def _sets_off_with_home(sv: SentenceView, m: re.Match, places) -> bool:
    """A Russian verb of setting off goes to a place named right after it, and Kazakhstan is the place or the one
    who sets off ("Сийярто отправится в Астану", "Токаев направился в Каир")."""
    dest = next((p for p in places if 0 <= p.start - m.end() <= 4), None)
    if dest is None:
        return False
    return dest.iso3 == HOME or any(p.iso3 == HOME and p.start < m.start() for p in sv.people) \
        or any(p.iso3 == HOME and p.end <= m.start() for p in places)


def _has_destination(t, pos, places) -> bool:
    """A bare motion verb is a visit only with a destination in the dative before it ("Қазақстанға ... келді",
    "Қазақстан астанасына ... келіп қонды") and an official travelling (a title or a name), not goods."""
    clause = t[max(0, pos - 120):pos]
    if not (people.mentions_someone(clause) or TRAVELLING_PARTY_RE.search(clause)):
        return False
    return any(0 <= pos - p.end <= 100 and KK_DATIVE_RE.match(p.ending) for p in places) or bool(
        KK_CAPITAL_DATIVE_RE.search(t[max(0, pos - 100):pos]))


def _is_presence(rx, t: str, m) -> bool:
    """Is the trigger a presence ("is in", "находится в") as read by this pattern?"""
    p = rx.match(t, m.start())
    return p is not None and p.end() == m.end()


def _present_in(t: str, m: re.Match, places) -> bool:
    """An official is in a place named right after the preposition ("is in Astana", "находится в Пекине")."""
    if not people.mentions_someone(t[max(0, m.start() - 120):m.start()]):
        return False
    return any(0 <= p.start - m.end() <= 2 for p in places)


# "это первая встреча", "Это был первый за два десятилетия визит", "this was the first visit in 20 years" (not
# "it was recalled that the previous visit": a clause of its own, an earlier event)
COPULA_REFERENCE_RE = CI(r"(?i)(?:(?<!\w)это|\bthis\s+(?:is|was|will\s+be)|\bit\s+(?:is|was|will\s+be)|(?<!\w)бұл)"
                                 r"\s+(?:(?!(?:that|что|previous|предыдущ|прошл|last|earlier|өткен|алдыңғы)\w*\s)[\w-]+\s+){0,5}$")
COPULA_REACH = 50
# the Kazakh predicate nominal: "Бұл ... Қазақстанға алғашқы сапары болды" (the copula after the noun)
KK_COPULA_RE = CI(r"(?i)^\S*\s+(?:болды|болмақ|болады|болатын|еді|болып\s+табыл\w*)(?!\w)")
KK_THIS_OPENS_RE = CI(r"(?i)^\W*бұл\s[^.;:]*$")


def _copula_reference(t: str, m: re.Match) -> bool:
    """The trigger is the predicate of "this is/was": the event just told, described."""
    return bool(COPULA_REFERENCE_RE.search(t, max(0, m.start() - COPULA_REACH), m.start())
                or KK_COPULA_RE.match(t[m.end():]) and KK_THIS_OPENS_RE.match(t[:m.start()]))


# the end of an event noun's own phrase: a clause break, or the relative word opening a clause about it
OWN_PHRASE_END_RE = CI(r"(?i)[,;:.!?()—–]|\s(?:когда|где|который|которая|which|when|where|that|who|since)\s|"
                       r"\s\S+(?:ған|ген|қан|кен)\s")
OWN_PHRASE_REACH = 70
# a Kazakh noun phrase puts its attributes before the noun, the traveller and the destination among them: "2009 жылғы
# мамырда Корея Президенті Ли Мён Бактың Қазақстанға мемлекеттік сапары"
KK_ATTRIBUTE_REACH = 110
KK_YEAR_ATTRIBUTE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:жылғы|ж\.)\s")  # "2022 жылғы ... сапары": of that year


QUOTE_CLOSE_RE = re.compile(r"[»”]|[,.!?]\"")  # a closing quote (a straight one after the saying's last mark)


# an ordinal ("the 12th", "12-ші"), a count before the end, a year, or "first", "next", "очередной", "кезекті"
NEW_EVENT_MARK_RE = re.compile(r"\d+\s*-?(?:st|nd|rd|th|й|го|ое|ая|ий|е|ші|шы|сі|сы|і|ы)(?!\w)|(?<![\d.,])\d{1,3}\s+\S+\s*$|"
                               r"(?<!\d)(?:19|20)\d\d(?!\d)|"
                               r"(?i:first|second|third|next|regular|очередн|перв|втор|nth|кезекті|алғашқы|"
                               # the one before: "the commission's previous session", "предыдущего заседания"
                               r"previous|предыдущ|алдыңғы)")
# "this", "that", "это", "данный", "бұл", "осы" right before the event: the one just told
THIS_BEFORE_RE = CI(r"(?i)(?:^|\s)(?:this|that|these|эт\w+|данн\w+|указанн\w+|бұл|осы|аталған|сол)\s+(?:[\w-]+\s+)?$")


def _reference(t: str, m: re.Match, typ: str, mentions, lo: int = 0, hi: int | None = None, lang: str = "") -> str | None:
    """"В ходе встречи", "during the visit", "кездесу барысында", "the talks": an event already reported
    ("referent"); "бұл кездесу", "this meeting" with none reported yet names no bilateral event ("orphan")."""
    hi = len(t) if hi is None else hi
    before = t[max(0, m.start() - 30):m.start()]
    if mentions and _referent(mentions, typ) is not None and _copula_reference(t, m):
        return "referent"  # "это первая встреча глав наших государств": the meeting just reported, described
    # "В первый день визита министры обсудили", "On the first day of the visit, ...": a day of the trip told, whose
    # ordinal is the day's (a sentence that tells the day itself dates the trip by its k-th day: see _counted_day;
    # the Kazakh "сапардың бірінші күні" is read there only)
    day = VISIT_DAY_RE.search(t, max(0, m.start() - 40), min(len(t), m.end() + 30)) if typ == "visit" else None
    of_trip = day is not None and day.group(3) is None and day.start() <= m.start() < day.end() and not _tells_a_day(t)
    src = t[:day.start()] + " " * (day.end() - day.start()) + t[day.end():] if of_trip else t
    own = src[max(0, m.start() - 45):m.end()] + NON_BLANKS_RE.match(t[m.end():]).group()
    own = QUOTE_CLOSE_RE.split(own)[-1]  # «... by 2015», Rau told the forum": the saying's year is not the forum's
    own = BARE_DAY_RE.sub(" ", own)  # "On the 16th, two days after the call": a day, no ordinal of the event
    # an ordinal ("the 12th meeting", "12-ші отырысы") or a year ("in August 2024, during the state visit": a dated one)
    # tells a new event; a count does not ("200-ден астам компания қатысып, форум аясында")
    if NEW_EVENT_MARK_RE.search(own):
        return None  # "the 12th meeting", "очередное заседание": a new event is described (not "visit, the 12th meeting")
    if lang != "kk" and \
            YEAR_IN_RE.search(OWN_PHRASE_END_RE.split(t[m.end():m.end() + OWN_PHRASE_REACH], 1)[0]):
        return None  # "в ходе визита Токаева в Узбекистан в декабре 2022 года", "during the visit to Seoul in 2019": a dated one
    if KK_YEAR_ATTRIBUTE_RE.search(PHRASE_CUT_RE.split(t[max(0, m.start() - KK_ATTRIBUTE_REACH):m.start()])[-1]):
        return None  # "Тоқаевтың 2022 жылғы желтоқсандағы Өзбекстанға мемлекеттік сапары барысында": the year's attribute
    is_ref = REFERENCE_BEFORE_RE.search(before) or REFERENCE_AFTER_RE.match(t[m.end():m.end() + 30]) \
        or KK_GENITIVE_REFERENCE_RE.match(t, m.end() + len(NON_BLANKS_RE.match(t, m.end()).group())) \
        or (KK_LOCATIVE_END_RE.search(m.group()) and not t[:m.start()].strip(" «\"'")) \
        or (KK_DATIVE_END_RE.search(m.group()) and not t[:m.start()].strip(" «\"'") and KK_TOOK_PART_RE.search(t, m.end())) \
        or (IN_BEFORE_RE.search(before) and TOOK_PART_AFTER_RE.match(t, m.end())) \
        or _bare_opening(t, m, lang) \
        or of_trip
    # ("Во встрече приняли участие послы"; "Форумға ... қатысты"; "В первый день визита министры обсудили")
    if not is_ref:
        return None
    if mentions and _referent(mentions, typ) is not None:
        target = _referent(mentions, typ)
        city = _venue_after(t, m.end())
        if city is not None and target.location and city.city != target.location:
            return None  # "the 11th meeting of the IGC, held in Ashgabat": another event
        if target.status == "held" and _own_clause_planned(t, m, lo, hi) \
                and not (target.type in ("forum", "council") and not target.recalled and _as_setting(t, m)):
            # (but "Форум аясында ... қол қойылады деп күтілуде": what is still to come happens within the forum held)
            return None  # "to prepare the state visit of Xi Jinping scheduled for July": one still to come
        return "referent"
    if typ == "talks" and THIS_BEFORE_RE.search(before):
        return "orphan"
    return "definite"


# a Russian event noun alone opening its sentence, with no article to say so: "Форум стал завершающим мероприятием
# визита", "Заседание прошло в деловой атмосфере" (the one just told; not "Встреча с министром ...", a meeting named
# by whom it was with, nor "Визит начался накануне", which dates the trip)
RU_BARE_EVENT_NOUN_RE = CI(r"(?i)(?:форум|заседание|консультации)")


def _bare_opening(t: str, m: re.Match, lang: str) -> bool:
    """The trigger is a Russian session noun alone at the head of its sentence."""
    return lang == "ru" and not t[:m.start()].strip(" «\"'") and RU_BARE_EVENT_NOUN_RE.fullmatch(m.group()) is not None


def _tells_a_day(t: str) -> bool:
    """The sentence names a day: a date, a weekday, today or yesterday."""
    return bool(DAY_MONTH_RE.search(t) or MONTH_DAY_RE.search(t) or ANY_WEEKDAY_RE.search(t) or TODAY_RE.search(t)
                or YESTERDAY_RE.search(t))


def _as_setting(t: str, m: re.Match) -> bool:
    """The event is named as the gathering something else happens at: "Форум аясында", "в рамках форума", "on the
    sidelines of the forum"."""
    after = m.end() + len(NON_BLANKS_RE.match(t[m.end():]).group()) + 1  # past the noun's closing quote and a blank
    return bool(SETTING_RE.match(t, after) or SETTING_IN_FRAME_BEFORE_RE.search(t, max(0, m.start() - 40), m.start()))


# "в рамках форума", "within the framework of the forum", "on the sidelines of the session"
# the frame something took place in, said before it: the gathering's sidelines, "в рамках", "as part of"
FRAME_BEFORE = rf"{SETTING_BEFORE}|в\s+рамках|within\s+the\s+framework\s+of|as\s+part\s+of"
SETTING_IN_FRAME_BEFORE_RE = CI(rf"(?i)(?:{FRAME_BEFORE})\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}$")


KK_LOCATIVE_ENDING_RE = re.compile(r"^(?:[ндт][ае]|ында|інде)$")  # "Римде", "Ашхабадта"
KK_ATTRIBUTIVE_ENDING_RE = re.compile(r"^[ндт][ае][ғгқк][ыі]$")  # "Ашхабадтағы", "Шымкенттегі": of the noun after it
IN_BEFORE_RE = CI(r"(?i)(?:\bв|\bво|\bin|\bat)\s+$")
# who took part in the event told before: "Во встрече приняли участие ...", "В переговорах участвовали ..."
TOOK_PART_AFTER_RE = CI(r"(?i)\w*\s+(?:[\w-]+\s+)?(?:приня\w*\s+участие|участвова\w*)(?!\w)")


def _venue_after(t: str, pos: int):
    """A city named as a venue just after an event noun: "held in Ashgabat", "Ашхабадта өткен", "Ашхабадтағы
    отырыс"; not one that qualifies another noun ("Шымкенттегі аймақтарда": the zones in Shymkent)."""
    after = t[pos:pos + 60]
    for c in geo.find_places(after):
        if c.kind != "city":
            continue
        if KK_LOCATIVE_ENDING_RE.match(c.ending) or IN_BEFORE_RE.search(after[max(0, c.start - 5):c.start]):
            return c
        if KK_ATTRIBUTIVE_ENDING_RE.match(c.ending) and TRIGGER_RE.match(after, c.end + 1):
            return c
    return None


def _own_clause_planned(t: str, m, lo: int, hi: int) -> bool:
    """The trigger's own clause speaks of the future and not of the past."""
    cs, ce = _clause_of(t, m.start(), lo, hi)
    return any(cs <= x[0] < ce for x in _cue_spans(t, True)) and not any(cs <= x[0] < ce for x in _cue_spans(t, False))


def _referent(mentions, typ: str):
    """The event "the talks", "the visit", "встреча" refers back to: the last of its kind, else (for a
    meeting) the last visit, session or consultations. An earlier event recalled in passing ("recalled
    their meeting at COP27 in November 2022") is passed over when the story's own event is there."""
    for current in (True, False):
        same = next((x for x in reversed(mentions) if x.type == typ and (x.recalled is False or not current)), None)
        if same is not None:
            return same
        if typ == "talks":  # "the meeting" of a visit, a commission, consultations (a phone call is no meeting)
            host = next((x for x in reversed(mentions) if x.type in ("visit", "council", "consultations", "forum")
                         and (x.recalled is False or not current)), None)
            if host is not None:
                return host
    return None


# what a commission's session signs: "хаттамаға қол қою", "подписан протокол", "signed the protocol"
PROTOCOL_RE = CI(r"(?i)(?<!\w)(?:хаттама\w*|протокол\w*|protocol)(?!\w)")
# the events each plain noun names: a session is a commission's, talks and a meeting are talks (or a session)
EVENT_NOUNS = (
    (r"заседани\w*|отырыс\w*|session\w*|sitting", ("council", "consultations")),
    (r"переговор\w*|келіссөз\w*|talks|negotiations", ("talks",)),
    (r"встреч\w*|кездесу\w*|meeting", ("talks", "council")),
    (r"консультаци\w*|consultations", ("consultations",)),
    (r"форум\w*|forum", ("forum",)),
)
EVENT_NOUN_RES = tuple((CI(rf"(?i){pattern}"), types) for pattern, types in EVENT_NOUNS)
EVENT_NOUN_RE = CI(r"(?i)(?<!\w)(?:" + "|".join(pattern for pattern, _ in EVENT_NOUNS) + r")(?!\w)")


def _noun_kinds(noun: str) -> tuple:
    """The event types a plain noun names ("заседания": council or consultations), none if it names none."""
    return next((types for rx, types in EVENT_NOUN_RES if rx.fullmatch(noun)), ())


def _names_kind(t: str, typ: str) -> bool:
    """The sentence names an event of this kind by its noun ("the session", "отырысқа", "на встрече")."""
    return any(typ in _noun_kinds(n.group()) for n in EVENT_NOUN_RE.finditer(t))


def _signed_after(t: str, m: re.Match, mentions, pair, status):
    """The event a signing's sentence says it followed ("По итогам заседания подписан протокол"), or the
    session whose protocol it signed: the latest one of that kind told before (not one recalled from long
    ago) whose own sentence dated it to a day, a month or a year, not a trip's span."""
    # the event named as the signing's time, as a trigger's is ("По итогам заседания", "Отырыс қорытындысы бойынша")
    timed = [n for n in EVENT_NOUN_RE.finditer(t, 0, m.start()) if _names_the_time(t, n)]
    types = _noun_kinds(timed[-1].group()) if timed else ()
    if not types and PROTOCOL_RE.search(t):
        types = ("council", "consultations")  # "хаттамаға қол қою рәсімінде": a protocol is a session's
    if not types and ALSO_RE.search(t, 0, m.start()) and mentions:
        last = mentions[-1]  # "The two sides also signed agreements", "Стороны также подписали": on the occasion just told
        if last.pair == pair and last.status == status and last.type != "signing" and not last.recalled \
                and last.told is not None and last.told[2] == "day" and last.told[0] == last.told[1]:
            return last
    if not types:
        return None
    last = next((x for x in reversed(mentions) if x.type in types and x.pair == pair and x.status == status
                 and not x.recalled and x.told is not None), None)
    if last is None or last.told[2] == "day" and last.told[0] != last.told[1]:
        return None  # a trip's days are not the session's
    return last


def _session_minutes(t: str, lo: int, hi: int, index: int, mentions, pair, status):
    """The commission session or consultations whose protocol (its minutes) the sentence signs: the last
    one of the pair told in this sentence or the few before it ("По итогам заседания подписали протокол",
    "Отырыс қорытындысы бойынша хаттамаға қол қойылды", "signed the protocol of the meeting"). A protocol
    "on" something ("Протокол о внесении изменений", "a protocol on", "... туралы хаттама") is a treaty,
    signed as one."""
    if not any(not TREATY_PROTOCOL_RE.match(t, p.end()) and not KK_TREATY_PROTOCOL_RE.search(t, max(lo, p.start() - 40), p.start())
               for p in PROTOCOL_RE.finditer(t, lo, hi)):
        return None
    # the sentence names the meeting as its time ("По итогам заседания", "Отырыс соңында", "Following the talks") or
    # the protocol as a session's ("the protocol of the meeting", "комиссия хаттамасына"): the last session told;
    # else one told in this sentence or the few before it
    named = any(_names_the_time(t, n) for n in EVENT_NOUN_RE.finditer(t, lo, hi)) or SESSION_PROTOCOL_RE.search(t, lo, hi)
    return next((x for x in reversed(mentions) if x.type in ("council", "consultations") and x.pair == pair
                 and x.status == status and (named or index - x.index <= MINUTES_SENTENCES)), None)


MINUTES_SENTENCES = 2  # how far back a bare "подписан протокол" looks for its session
# a protocol named as a session's: "protocol of the meeting", "протокол заседания", "отырыс хаттамасы", "комиссия хаттамасына"
SESSION_PROTOCOL_RE = CI(r"(?i)(?:protocol\s+of\s+the\s+(?:\w+\s+)?(?:meeting|session|sitting|commission|consultations)|"
                                 r"протокол\w*\s+(?:\w+\s+)?(?:заседани|комисси|консультаци)\w*|"
                                 r"(?:отырыс|комиссия|консультация)\w*\s+хаттама\w*)")
# a protocol that is a treaty of its own: "Протокол о внесении изменений", "a protocol on", "protocol amending"
TREATY_PROTOCOL_RE = CI(r"(?i)\s*(?:«|\"|')?\s*(?:о|об|к|on|to|amending|between|между)(?!\w)")
KK_TREATY_PROTOCOL_RE = CI(r"(?i)(?:туралы|енгізу\s+жөніндегі)\s*(?:»|\"|')?\s*$")


# the additive particle that ties a signing to the occasion told just before
ALSO_RE = CI(r"(?i)(?<!\w)(?:also|также|тоже|сондай-ақ|сонымен\s+қатар)(?!\w)")


AFTER_VERB_ASIDE_RE = re.compile(r"\s*\([^()]{1,40}\)")
# a Kazakh trip told by its noun in the instrumental, its destination and motion verb after it: "ресми сапармен
# Астанаға келген", "мемлекеттік сапармен Ташкентке барды" (the clause ends with the verb, not the noun)
KK_TRIP_VERB_AFTER_RE = CI(r"(?i)(?<=мен|пен)(?:\s+[\w-]+){1,3}?\s+(?:кел|бар)(?:ген|ді|іп|ед|ды|ған|ып|а)\w*")


# what follows the event told before, opening the sentence: "Вслед за этим", "После этого", "After that", "Содан кейін"
AFTER_THAT_RE = CI(r"(?i)^\W*(?:вслед\s+за\s+этим|после\s+этого|сразу\s+после\s+этого|after\s+that|afterwards|"
                           r"содан\s+кейін|осыдан\s+кейін|одан\s+кейін|затем|потом|subsequently|кейіннен)(?!\w)")  # "Then" is periods.THEN_RE's
THEN_WITHIN_RE = CI(rf"(?i)(?<!\w)(?:{THEN_WORDS})(?!\w)")  # "прошедшее тогда же в Астане", "held at that time"
# the sides named together as the subject of an event's clause: who they are was told with an earlier event of the
# pair ("The two leaders last spoke by phone on Aug. 12", "Главы двух государств встречались в сентябре",
# "Тараптар ... кездесуде қол жеткізілген уағдаластықтарды"); each group keeps only the officials it names
COLLECTIVE_GROUPS = (
    ("leaders", r"(?:the\s+)?(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state)|лидеры|президенты|"
                r"главы\s+(?:двух\s+|обоих\s+)?государств|мемлекет\s+басшылары|екі\s+ел(?:дің)?\s+басшылары|"
                r"президенттер|көшбасшылар"),
    ("government", r"(?:the\s+)?(?:two\s+)?(?:prime\s+ministers|premiers|heads\s+of\s+government)|премьер-министры|"
                   r"главы\s+(?:двух\s+)?правительств|премьер-министрлер|үкімет\s+басшылары"),
    ("ministers", r"(?:the\s+)?(?:two\s+)?(?:foreign\s+)?ministers|министры|главы\s+(?:внешнеполитических\s+ведомств|МИД)|"
                  r"министрлер"),
    ("sides", r"(?:the\s+)?(?:two\s+|both\s+)?(?:sides|parties|interlocutors|counterparts)|(?<!со\s)(?<!с\s)(?:обе\s+)?стороны|"
              r"собеседники|тараптар|екі\s+тарап|әңгімелесушілер"),
)
COLLECTIVE_RE = CI("(?i)(?<![\\w-])(?:" + "|".join(f"(?P<{n}>{p})" for n, p in COLLECTIVE_GROUPS) + ")(?![\\w-])")
COLLECTIVE_GATE = KeywordGate(("leaders", "presidents", "heads of", "ministers", "premiers", "sides", "parties",
                               "interlocutors", "counterparts", "лидеры", "президенты", "главы", "министры", "стороны",
                               "собеседники", "басшылары", "президенттер", "көшбасшылар", "министрлер", "тарап",
                               "әңгімелесушілер"))
# what the sides do to another event when it is only their topic: "exchanged views on the topics discussed at the
# 11th meeting", "обсудили подготовку к заседанию", "agreed to hold the next round"
TOPIC_VERB_RE = CI(r"(?i)(?<!\w)(?:discuss|exchang|review|consider|not(?:ed|ing)|stress|emphasi|agree|prepar|recall|"
                           r"обсу[дж]|обмен|рассм[ао]тр|отмет|подчерк|догов|соглас|подгот|вспомн|напомн|"
                           r"талқыла|дайында|пікір|атап|келісті|келісілді|уағдалас)")
COLLECTIVE_TYPES = frozenset(("talks", "phone_call", "consultations", "council"))
GOVERNMENT_ROLES = frozenset(("Prime Minister", "Chairman of the Government"))


def _collective_people(t: str, m: re.Match, lo: int, hi: int, mention, mentions, low: str, lang: str) -> list:
    """The officials of an earlier event of the pair that a plural subject of this event's clause stands for."""
    if mention.type not in COLLECTIVE_TYPES or not COLLECTIVE_GATE.may_match(low):
        return []
    if {p.iso3 for p in mention.people} >= set(mention.pair):
        return []  # both sides named here
    c = next((c for c in COLLECTIVE_RE.finditer(t, lo, m.start())), None)
    if c is None or TOPIC_VERB_RE.search(t, c.end(), m.start()) \
            or lang == "kk" and TOPIC_VERB_RE.search(t, m.end(), _clause_of(t, m.start(), lo, hi)[1]):
        return []  # "the sides discussed preparations for the session", "... отырысын өткізуге уағдаласты": their topic
    donor = next((x.people for x in reversed(mentions) if x.pair == mention.pair
                  and {p.iso3 for p in x.people} >= set(mention.pair)), None)
    if donor is None:  # the sides named with different mentions of the event ("прибыл", "встретил")
        donor = [p for x in mentions if x.pair == mention.pair for p in x.people]
    donor = [p for p in donor if p.iso3 in mention.pair]
    group = c.lastgroup
    if group == "leaders":
        chosen = [p for p in donor if p.role in HEAD_ROLES]
        if {p.iso3 for p in chosen} < set(mention.pair):  # "his Kazakh counterpart": the leaders the event named
            chosen = donor
    elif group == "government":
        chosen = [p for p in donor if p.role in GOVERNMENT_ROLES]
    elif group == "ministers":
        chosen = [p for p in donor if p.role and "Minister" in p.role and p.role not in GOVERNMENT_ROLES]
    else:
        chosen = donor
    return chosen if {p.iso3 for p in chosen} >= set(mention.pair) else []


# officials of a region or city; with an envoy they still make a meeting of regions (sub-national, no event)
SUBNATIONAL_ROLES = frozenset(("Akim", "Governor", "Mayor"))
ENVOY_ROLES = frozenset(("Ambassador", "Chargé d'affaires", "Counterpart", "Head", "Director", "Deputy Chairman"))


def _regions_meet(t: str, lo: int, hi: int) -> bool:
    """A meeting whose officials are an akim or governor and others of a region or an envoy: "Түркістан облысының
    әкімі Ташкент облысының хокимімен кездесті", "the Aktobe region governor met the Korean ambassador"."""
    roles = {role for _, _, role, _ in people.title_spans(t[lo:hi])}
    return bool(roles & SUBNATIONAL_ROLES) and roles <= SUBNATIONAL_ROLES | ENVOY_ROLES


def _trigger_window(sv: SentenceView, triggers, k: int, lang: str) -> tuple[int, int]:
    """The stretch of the sentence that belongs to trigger k: Kazakh clauses end with their verb,
    Russian and English ones start with theirs. A contrastive break between two triggers ("..., а
    Макрон посетил Казахстан с ответным визитом", "..., while Macron came to Astana") closes the
    earlier clause and opens the later one whatever the language."""
    t = sv.text
    m = triggers[k][1]
    if len(triggers) == 1:  # a semicolon joins two statements: "Межправкомиссия собралась ...; очередное заседание пройдет"
        end = t.find(";", m.end())
        return t.rfind(";", 0, m.start()) + 1, end if end >= 0 else len(t)
    prev_end = triggers[k - 1][1].end() if k else 0
    next_start = triggers[k + 1][1].start() if k < len(triggers) - 1 else len(t)
    if lang == "kk":  # a parenthesis right after the verb is still its clause: "сөйлесті (2025 жылғы қазан), ..."
        if k:
            aside = AFTER_VERB_ASIDE_RE.match(t, prev_end)
            prev_end = aside.end() if aside else prev_end
        aside = AFTER_VERB_ASIDE_RE.match(t, m.end()) or KK_TRIP_VERB_AFTER_RE.match(t, m.end())
        lo, hi = prev_end, ((aside.end() if aside else m.end()) if k < len(triggers) - 1 else len(t))
    else:
        lo, hi = prev_end, next_start
    before = sorted(b.end() for rx in (CONTRAST_BREAK_RE, SUBORDINATE_RE) for b in rx.finditer(t, prev_end, m.start())) if k else []
    after = min((b for rx in (CONTRAST_BREAK_RE, SUBORDINATE_RE) for b in [rx.search(t, m.end(), next_start)] if b),
                key=lambda b: b.start(), default=None) if k < len(triggers) - 1 else None
    if lang != "kk":  # events of two kinds joined by "а также" / "as well as": each keeps its own phrase; so do two
        # trips ("визиты ... в Каир ..., а также государственный визит ... в Астану": each its own places)
        # "was followed by Nazarbayev's trip to Tashkent": a trip that came next is told in a phrase of its own
        two_trips = (COORDINATION_RE, NEXT_TRIP_RE) if triggers[k][0] == "visit" else (COORDINATION_RE, CLAUSE_JOINT_RE)
        if k and not before and (triggers[k - 1][0] != triggers[k][0] or triggers[k][0] == "visit"):
            before = sorted(b.end() for rx in two_trips for b in rx.finditer(t, prev_end, m.start()))
            if not before and triggers[k][0] == triggers[k - 1][0] == "visit" and _another_year(t, triggers[k - 1][1], m, lang):
                # "Mirziyoyev's visit to Kazakhstan in March 2017 and President Tokayev's visit to Tashkent in April":
                # two trips, each with its time, joined by a bare "and"
                before = sorted(b.end() for b in AND_RE.finditer(t, prev_end, m.start()))
        if k < len(triggers) - 1 and after is None and (triggers[k + 1][0] != triggers[k][0] or triggers[k][0] == "visit"):
            after = min((b for rx in two_trips for b in [rx.search(t, m.end(), next_start)] if b),
                        key=lambda b: b.start(), default=None)
            if after is None and triggers[k][0] == triggers[k + 1][0] == "visit" and _another_year(t, m, triggers[k + 1][1], lang):
                after = AND_RE.search(t, m.end(), next_start)
    if k < len(triggers) - 1 and triggers[k + 1][1].re in NEXT_REGEXES:  # the clause of the next session
        # the first break after which no number is told before the next session ("held in Havana, on May 13,
        # and the sides agreed that the second session"): the agreement's clause belongs to the next session
        cut = [b.start() for b in SESSION_BREAK_RE.finditer(t, m.end(), next_start)
               if not DIGIT_RE.search(t[b.end():next_start])]
        return (before[-1] if before else lo), (cut[0] if cut else hi)
    if k and m.re in NEXT_REGEXES:
        cut = [b.end() for b in SESSION_BREAK_RE.finditer(t, prev_end, m.start()) if not DIGIT_RE.search(t[b.end():m.start()])]
        return (cut[0] if cut else lo), len(t) if k == len(triggers) - 1 else (after.start() if after else hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


# a month told as a time: "in May", "в мае" (not the modal "may")
MONTH_IN_RE = CI(rf"(?i)(?<!\w)(?:in|в|во)\s+{MONTH_WORD}")
AND_RE = CI(r"(?i)\s(?:and|и)\s|,\s*(?=(?:following|after|since|после|вслед\s+за)\s)")  # or "..., following X's visit in 2021"


def _coordinated(t: str, ms) -> bool:
    """Two triggers joined as two things: "..., а также", "as well as", "сондай-ақ", ";" between them."""
    ms = sorted(ms, key=lambda m: m.start())
    return any(COORDINATION_RE.search(t, a.end(), b.start()) for a, b in zip(ms, ms[1:]))


def _contrasted(sv: SentenceView, triggers) -> bool:
    """Consecutive triggers stand in clauses set against each other (see _trigger_window)."""
    return any(rx.search(sv.text, a[1].end(), b[1].start()) for a, b in zip(triggers, triggers[1:])
               for rx in ((CONTRAST_BREAK_RE, SUBORDINATE_RE, NEXT_TRIP_RE) if a[0] == b[0] == "visit"
                          else (CONTRAST_BREAK_RE, SUBORDINATE_RE)))


# preparing a visit: "to prepare the state visit", "для подготовки визита", "сапарды дайындау"
PREPARES_VISIT_RE = CI(rf"(?i)(?<!\w)(?:to\s+prepare|preparing|подготов\w*|дайында\w*|{PREPARATION_RE.pattern[4:]})"
                               r"\s+(?:[\w-]+\s+){0,3}?(?:visit|визит|сапар)\w*")
PREPARES_REACH = 60


def _not_preparers(t: str, m: re.Match, offset: int, w_people: list) -> list:
    """A visit to come that the sentence tells being prepared by its subject ("Wang Yi is in Astana to prepare
    the state visit of Xi Jinping"): its officials are those named after the preparing, not the one preparing."""
    prep = PREPARES_VISIT_RE.search(t, max(0, m.start() - PREPARES_REACH), m.end() + PREPARES_REACH)
    if prep is None:
        return w_people
    after = [p for p in w_people if p.start - offset >= prep.start()]
    return after if after else w_people


# offices one person holds in Kazakhstan at a time: a second holder at the same event, whose title only defaulted to
# Kazakhstan, is the other side's ("переговоры Маулена Ашимбаева с Председателем Сената Танзилой Нарбаевой")
HOME_ONE_HOLDER_ROLES = frozenset(("Chairman of the Senate", "Chairman of the Mazhilis", "Speaker", "President",
                                   "Prime Minister", "Minister of Foreign Affairs"))


def _second_holder(p, event_people: list) -> bool:
    """``p`` is Kazakhstan's by the title alone while the event has Kazakhstan's holder of that office already: one
    known by name, or one told earlier."""
    if p.iso3 != HOME or p.role not in HOME_ONE_HOLDER_ROLES or people.known_iso(p.name) == HOME:
        return False
    key = people_key(p)
    return any(q.iso3 == HOME and q.role == p.role and people_key(q) != key
               and (people.known_iso(q.name) == HOME or q.start < p.start) for q in event_people)


# a Kazakh visit told in a participle before its traveller: "жұмыс сапарымен жүрген (Қазақстан Сыртқы істер министрі
# Мұрат Нұртлеу)", "ресми сапармен келген", "сапармен барған"
KK_VISIT_PARTICIPLE_RE = CI(r"(?i)\s+(?:[\w-]+\s+)?(?:жүр|кел|бар|бол)(?:ген|ған)(?!\w)")
KK_PARTICIPLE_REACH = 60


def _window_people(sv, triggers, k, lo, hi, sent_people, lang) -> list:
    """Officials of the trigger's clause. Kazakh clauses end with their verb, so officials belong to
    their clause; in Russian and English a participle ("прибывший с визитом премьер-министр") sits
    inside the phrase, so officials of the sentence are shared unless the triggers differ in type, or are trips
    each told with its own time ("Mirziyoyev's visit in March 2017 and Tokayev's visit in April")."""
    names = {n for n, _ in triggers}
    own_times = len(triggers) > 1 and names == {"visit"} and any(_another_year(sv.text, a[1], b[1], lang)
                                                                  or _another_traveller(sv, a[1], b[1])
                                                                  or SINCE_WORD_RE.search(sv.text, a[1].end(), b[1].start())
                                                                  for a, b in zip(triggers, triggers[1:]))
    split = len(triggers) > 1 and (lang == "kk" or len(names) == len(triggers) or _contrasted(sv, triggers) or own_times)
    if split and k < len(triggers) - 1 and (cut := SINCE_WORD_RE.search(sv.text, triggers[k][1].end(), hi)) is not None:
        hi = cut.start()  # "the first visit by a Kazakh minister since President Nazarbayev's trip": his is the trip's
    out = [p for p in sent_people if lo <= p.start - sv.start < hi] if split else list(sent_people)
    if lang == "kk" and split and triggers[k][0] == "visit":
        part = KK_VISIT_PARTICIPLE_RE.match(sv.text, triggers[k][1].end())
        subject = next((p for p in sent_people if part and 0 <= p.start - sv.start - part.end() <= KK_PARTICIPLE_REACH), None)
        if subject is not None and subject not in out:  # "... сапарымен жүрген ... министрі Мұрат Нұртлеу бүгін ...
            out.append(subject)  # келіссөздер жүргізді": the one the participle tells of is the traveller
    if not out and own_times and lang != "kk":  # "Xi returned to Astana in June 2017 ..., and in September 2022 chose
        since = triggers[k - 2][1].end() if k >= 2 else 0  # Nur-Sultan for his first trip": the subject of the trip
        out = [p for p in sent_people if since <= p.start - sv.start < lo]  # before goes on
    return list({people_key(p): p for p in reversed(out)}.values())[::-1]


YEAR_AFTER_RE = re.compile(r"\s*(19[5-9]\d|20[0-4]\d)(?!\d)")


ABBREVIATION_RE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}")  # "ШЫҰ", "ОДКБ", "UNGA", "ТМҰ"


# a name word next: "министр Иванов"
NAME_AFTER_RE = re.compile(r"\s*" + people.NAME_WORD)


def _title_refs(t, w_start, w_end, w_places, all_people) -> list:
    """Officials named only by title here ("Франция Президентінің", "президентом России", "Мемлекет
    басшысы") resolved to the person with that title and country named elsewhere in the article."""
    out = []
    wt = t[w_start:w_end]
    for s, e, role, home in people.title_spans(wt):
        s, e = s + w_start, e + w_start
        if NAME_AFTER_RE.match(t[e:e + 40]):
            nxt = NEXT_WORD_RE.match(t, e)
            if nxt and not any(p.start == nxt.start(1) for p in w_places) and not ABBREVIATION_RE.fullmatch(nxt.group(1)):
                continue  # a name follows: find_people has it (not "Мемлекет басшысы ШЫҰ саммиті аясында": a body's letters)
        near = [p for p in w_places if p.kind != "city" and (0 <= s - p.end <= 25 and not _name_between(t, p.end, s, w_places)
                                                             or 0 <= p.start - e <= 12)]
        iso = near[0].iso3 if near else home
        if iso is None:
            continue
        for person in all_people.of_country(iso):
            if person.role and role.split()[-1] in person.role:
                out.append(person)
                break
    for lm in LEADER_REF_RE.finditer(t, w_start, w_end):
        # "the Egyptian leader", "египетскому лидеру", "Египет көшбасшысы": the head of state the article names
        near = [p for p in w_places if p.kind != "city" and 0 <= lm.start() - p.end <= 3]
        if near:
            heads = [q for q in all_people.of_country(near[-1].iso3)
                     if q.role and HEAD_OF_STATE_ROLES.intersection(q.role.split(" - "))]
            if len({people_key(q) for q in heads}) == 1:
                out.append(heads[0])
    return out


# the traveller named right before the trip's noun: "Duda's visit", "Duda's 2016 state visit"; in Kazakh the name is
# read with its genitive, the year, destination and kind of trip between: "Дуданың 2016 жылы Астанаға жасаған сапары"
POSSESSOR_GAP_RE = CI(r"(?i)['’]s\s+(?:(?:\d{4}|state|official|working|first|recent|last)\s+){0,3}")
KK_GENITIVE_NAME_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")  # the name read with its genitive: "Дуданың"
KK_ATTRIBUTES_GAP_RE = re.compile(r"\s+(?:[\w-]+\s+){0,4}")  # "2016 жылы Астанаға жасаған"
# ... or right after it in the Russian genitive, behind a title: "визита Президента Анджея Дуды"
RU_GENITIVE_GAP_RE = CI(r"(?i)\w*\s+(?:[а-яё-]+[ая]\s+){1,3}")


# a head of state told as the country's leader: "the Egyptian leader", "египетский лидер", "Египет көшбасшысы"
LEADER_REF_RE = CI(r"(?i)(?<!\w)(?:leader|лидер\w*|көшбасшы\w*)(?!\w)", needs=("leader", "лидер", "көшбасшы"))
HEAD_OF_STATE_ROLES = frozenset(("President", "Emir", "Amir", "King", "Sultan"))


def _titled_official(t: str, at: int, others_at: list, side: str, all_people) -> list:
    """The one official of ``side`` the article names with the title this sentence gives bare before the event's
    trigger (at ``at``), with no country, no name and no other event's trigger between ("Президент с теплотой вспомнил
    свой визит", "Глава государства провел переговоры"); none if the article names several with that title."""
    places = geo.find_places(t)
    for s, e, role, home in people.title_spans(t):
        if e > at or any(e <= x < at for x in others_at):
            continue  # after the trigger, or another event's ("Мемлекет басшысының Парижге сапарымен, содан кейін ...
            # Франция Президентінің жауап сапарымен")
        if home not in (None, side) or NAME_AFTER_RE.match(t[e:e + 40]) and not any(
                p.start >= e and BLANKS_RE.fullmatch(t[e:p.start]) for p in places):
            continue  # a title of another side, or one a name follows (find_people has that one)
        if any(p.kind != "city" and (0 <= s - p.end <= 25 or 0 <= p.start - e <= 12) for p in places):
            continue  # "Президентом ОАЭ", "Қазақстан Президенті": the country is told, _title_refs reads it
        found = {people_key(q): q for q in all_people.of_country(side) if q.role == role}
        if len(found) == 1:
            return list(found.values())
    return []


# a name word
NAME_WORD_RE = re.compile(people.NAME_WORD)


def _name_between(t: str, a: int, b: int, places) -> bool:
    """A capitalised word between a country and a title that is no place: a person's name ("of Kazakhstan Nurlan
    Abdirov met Chairman ..."), so the country is not the title's ("Қазақстан мен Италия президенттері" is)."""
    return any(not any(p.start <= a + w.start() < p.end for p in places) for w in NAME_WORD_RE.finditer(t[a:b]))


# ---------------------------------------------------------------- pair, status, place

# two words joined by a hyphen or a dash: "Kazakhstan-Türkiye", "казахстанско-турецкий"
HYPHENED_PAIR_RE = re.compile(r"\w[-–]\w")


def _named_by_pair(t: str, m, places) -> bool:
    """The event's name carries the pair: "Kazakhstan-Türkiye council", "казахстанско-турецкий форум"."""
    near = [p for p in places if m.start() - 45 <= p.start < m.start()]
    return any(p.iso3 == HOME for p in near) and any(p.iso3 != HOME for p in near) \
        and HYPHENED_PAIR_RE.search(t[max(0, m.start() - 45):m.start()]) is not None


OF_GROUP_RE = CI(r"(?i)\s+(?:of\s+(?:the\s+)?)?[«\"]?")  # "meeting of the SCO", "заседание ШОС"
GROUP_NAME_GAP_RE = CI(r"(?i)[»\"]?\s*(?:plus|\+|плюс)?[»\"]?\s+")  # "SCO Plus" meeting, "ШЫҰ кездесуі"


def _pair(typ, t, m, places, w_places, w_people, ctx_partner, sv) -> tuple[str, str] | None:
    """Kazakhstan and the foreign side: countries of the trigger's clause (its destination first for a
    visit), else of the sentence, else its officials' countries, else the article's context. A group
    named with the event makes it multilateral; a region or a company is not a country."""
    if ctx_partner and TWO_SIDES_RE.search(t, max(0, m.start() - TWO_SIDES_REACH), min(len(t), m.end() + TWO_SIDES_REACH)) \
            and (any(p.iso3 == ctx_partner for p in list(places) + list(w_people))
                 or not any(p.kind != "city" and p.iso3 != HOME for p in places)
                 and not any(p.iso3 not in (None, HOME) for p in w_people)):
        # "consultations between the two foreign ministries" beside "the markets of Central Asia and China"; "the
        # meeting of the two countries' foreign ministers in New York": a venue, the sides are the story's
        return HOME, ctx_partner
    aggr = [s for s, e in sv.aggregates if abs(s - m.start()) < 80]
    if aggr and _named_by_pair(t, m, places):
        aggr = []  # "within the OTS ... the Kazakhstan-Türkiye Strategic Cooperation Council": the pair's own body
    cs, ce = _clause_of(t, m.start(), 0, len(t))
    if typ == "talks" and any(0 <= s - m.end() <= 12 and OF_GROUP_RE.fullmatch(t, m.end(), s)
                              or 0 <= m.start() - e <= 12 and GROUP_NAME_GAP_RE.fullmatch(t, e, m.start())
                              for s, e in sv.aggregates):
        return None  # "the SCO Plus meeting", "meeting of the Shanghai Cooperation Organization": the group's meeting
    if aggr and typ in ("forum", "council", "consultations", "signing") and not (typ == "signing" and _pair_signs(t, places)):
        return None  # "CA-EU Investor Forum", "ЕАЭС форумы"; not "on the sidelines of the SCO summit, Kazakhstan and China signed"
    if typ != "visit" and _joint_with_home(t, [p for p in w_places if not _in_setting(t, p, m)]):
        return None  # "the leaders of Kazakhstan, Russia and Belarus met": a meeting of three or more
    foreign_officials = {p.iso3 for p in w_people if p.iso3 not in (None, HOME)}
    if len(foreign_officials) >= 2 and not any(p.iso3 == HOME for p in w_people) \
            and not any(p.iso3 == HOME for p in w_places) \
            and not any(home == HOME for _, _, _, home in people.title_spans(t[cs:ce])):
        return None  # "Putin met Xi Jinping in Beijing": two other countries
    if typ in ("talks", "phone_call", "consultations") and _between_others(t, places, w_people, cs, ce):
        return None  # "Hungary's foreign minister held talks with his Chinese counterpart"
    own = [p for p in places if cs <= p.start < ce]
    if own and all(p.iso3 == HOME for p in own) and ctx_partner and not [p for p in w_people if p.iso3 not in (None, HOME)]:
        return HOME, ctx_partner  # "was supposed to visit Kazakhstan, but ... due to the situation in Baghdad"
    if typ == "talks" and ctx_partner and own and all(p.kind == "city" for p in own if p.iso3 != HOME) \
            and not any(p.iso3 not in (None, HOME) for p in w_people) and MULTILATERAL_RE.search(t):
        return HOME, ctx_partner  # "met his Kazakh counterpart on the sidelines of the UN General Assembly in New York"
    if typ == "phone_call" and ctx_partner and any(p.iso3 != HOME for p in places) \
            and all(p.kind == "city" for p in places if p.iso3 != HOME) \
            and not any(p.iso3 not in (None, HOME) for p in w_people):
        return HOME, ctx_partner  # a call has no venue: "spoke by phone ... discussed preparations for the Gabala summit"
    if typ == "visit" and _third_countrys_trip(t, w_places, w_people, sv.doc.lang):
        return None  # "South Korean President Yoon will then pay a state visit to Uzbekistan": not Kazakhstan's
    for cands in (w_places, places):
        countries = [p for p in cands if p.kind != "city"]
        foreign = list(dict.fromkeys([p.iso3 for p in countries if p.iso3 != HOME]
                                     or [p.iso3 for p in cands if p.iso3 != HOME]))
        officials = [p.iso3 for p in w_people if p.iso3 and p.iso3 != HOME]
        reached = typ == "visit" and len(foreign) == 1 and any(p.iso3 == foreign[0] and _arrived_at(t, m, p)
                                                                for p in cands)
        if reached and officials and foreign[0] not in officials and not any(p.iso3 == HOME for p in w_people):
            return None  # "Erdogan, who arrived in Gabala on Monday": a third country's trip
        if len(foreign) == 1 and officials and foreign[0] not in officials and typ in ("visit", "talks", "phone_call") \
                and ctx_partner in officials and not reached:
            return HOME, ctx_partner  # "Pompeo's visit was postponed due to the situation in Baghdad"
        if len(foreign) == 1 and typ == "talks" and len(set(officials)) == 1 and foreign[0] not in officials \
                and not any(p.iso3 != HOME for p in countries):
            return HOME, officials[0]  # "Tokayev met Erdogan in Bishkek": the one met, not the city's country
        if len(foreign) == 1:
            return HOME, foreign[0]
        if len(foreign) > 1:
            officials = [p.iso3 for p in w_people if p.iso3 in foreign]
            if officials:
                return HOME, officials[0]
            if ctx_partner in foreign:
                return HOME, ctx_partner
            nearest = min((p for p in cands if p.iso3 != HOME), key=lambda p: abs(p.start - m.start()))
            return HOME, nearest.iso3
    officials = list(dict.fromkeys(p.iso3 for p in w_people if p.iso3 and p.iso3 != HOME))
    if len(officials) == 1:
        return HOME, officials[0]
    if ctx_partner:
        return HOME, ctx_partner
    return None


def _third_countrys_trip(t: str, w_places, w_people, lang: str) -> bool:
    """A trip told with no Kazakh place or official, whose destination is one foreign country and whose
    travellers are officials of another: "South Korean President Yoon ... a state visit to Uzbekistan"."""
    if any(p.iso3 == HOME for p in w_places) or any(p.iso3 == HOME for p in w_people):
        return False
    officials = {p.iso3 for p in w_people if p.iso3 is not None}
    foreign = tuple(dict.fromkeys(p.iso3 for p in w_places))
    if not officials or len(foreign) < 2:
        return False
    dest = _visit_host(t, w_places, foreign, lang)
    return dest is not None and dest not in officials


# the two sides the story is about, named by their number: "between the two foreign ministries", "между МИД двух стран",
# "екі елдің сыртқы істер министрліктері арасындағы"
TWO_SIDES_RE = CI(r"(?i)(?:between|of)\s+the\s+two\s+(?:countries|sides|states|nations|governments|(?:foreign\s+)?ministries)\b|"
                          r"(?<!\w)(?:двух|обеих)\s+(?:стран|государств|сторон|министерств)(?!\w)|"
                          r"(?<!\w)екі\s+(?:ел\w*|мемлекет\w*|тарап\w*)\s+(?:[\w-]+\s+){0,3}?арасында\w*")
TWO_SIDES_REACH = 60
LIST_GAP_RE = CI(r"(?i)\s*,\s*(?:(?:and|и|және|also)\s+)?|\s+(?:and|и|және|мен|пен|бен|along\s+with)\s+")


# the place a trip reached: "arrived in Gabala", "прибыл в Габалу", "Габалаға келді"
ARRIVED_AT_RE = CI(r"(?i)(?:arriv\w*|travell?ed|flew|came|прибыл\w*|прибыв\w*|прилетел\w*|приехал\w*)\s+(?:\w+\s+){0,3}?"
                           r"(?:in|at|to|в|во)\s+$")


def _arrived_at(t: str, m: re.Match, p) -> bool:
    """The motion trigger ``m`` reached place ``p``: "arrived in Gabala", "прибыл в Габалу", "Габалаға келді"."""
    if p.start >= m.end():
        return bool(ARRIVED_AT_RE.search(t, m.start(), p.start)) and p.start - m.end() <= 40
    return KK_DATIVE_RE.match(p.ending) is not None and m.start() - p.end <= 60 and BARE_MOTION_RE.fullmatch(m.group()) is not None


def _pair_signs(t: str, places) -> bool:
    """Kazakhstan and one other country coordinated as the ones who sign ("Kazakhstan and China signed",
    "Казахстан и Китай подписали", "Қазақстан мен Қытай ... қол қойды"), whatever summit it was at."""
    countries = [p for p in places if p.kind != "city"]
    pairs = [(a, b) for a, b in zip(countries, countries[1:]) if HOME in (a.iso3, b.iso3) and a.iso3 != b.iso3
             and LIST_GAP_RE.fullmatch(t, a.end, b.start)]
    return len(pairs) == 1 and len({p.iso3 for p in countries}) == 2


# the gathering a meeting took place at: "on the sidelines of the trilateral meeting of Azerbaijan, Kazakhstan and
# Uzbekistan", "на полях саммита ...", "Қазақстан, Әзербайжан және Өзбекстан ... кездесуі аясында"
SETTING_BEFORE_RE = CI(rf"(?i)(?:{SETTING_BEFORE})\b")
SETTING_AFTER_RE = CI(rf"(?i)\b(?:{SETTING_AFTER})\b")
SETTING_GATE = KeywordGate(("sidelines", "margins", "полях", "кулуар", "аясында", "шеңберінде"))
SETTING_REACH = 120  # characters a setting phrase runs on, within its clause
SETTING_STOP_RE = re.compile(r"[;.]")


@functools.lru_cache(maxsize=1024)
def _setting_spans(t: str) -> tuple:
    """Spans of the phrases naming the gathering something happened at, cut at ";" and "."."""
    if not SETTING_GATE.may_match(t.lower()):
        return ()
    out = []
    for x in SETTING_BEFORE_RE.finditer(t):
        stop = SETTING_STOP_RE.search(t, x.end(), x.end() + SETTING_REACH)
        out.append((x.start(), stop.start() if stop else min(len(t), x.end() + SETTING_REACH)))
    for x in SETTING_AFTER_RE.finditer(t):
        lo = max(0, x.start() - SETTING_REACH)
        cut = max(t.rfind(";", lo, x.start()), t.rfind(".", lo, x.start()))
        out.append((cut + 1 if cut >= 0 else lo, x.end()))
    return tuple(out)


def _setting_referent(t: str, m: re.Match, mentions):
    """The event told before that the trigger's sentence names by its noun as the gathering it took place at
    ("a business forum, held on the sidelines of the commission", "отырыс аясында ... бизнес-форум өтті")."""
    for a, b in _setting_spans(t):
        if a <= m.start() < b:
            b = m.start()  # "На полях заседания прошел бизнес-форум": the phrase before the trigger
        kinds = {k for n in EVENT_NOUN_RE.finditer(t, a, b) for k in _noun_kinds(n.group())}
        if COMMISSION_WORD_RE.search(t, a, b):
            kinds.add("council")  # "on the sidelines of the commission", "МПК аясында"
        told = next((x for x in reversed(mentions) if x.type in kinds and x.type != "forum"), None)
        if told is not None:
            return told
    return None


# a session named as the frame of what the sentence tells: "on the sidelines of the commission meeting", "в рамках
# заседания комиссии", "during the session", "Комиссия отырысы аясында", "отырыс барысында"
FRAMING_SESSION_RE = CI(rf"(?i)(?:{FRAME_BEFORE}|в\s+ходе|during)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?"
                        r"(?P<n>заседани\w*|session|meeting|sitting)(?!\w)|"
                        rf"(?<!\w)(?P<k>отырыс\w*)\s+(?:{SETTING_AFTER}|барысында|кезінде)(?!\w)")


def _framing_session(t: str, m: re.Match, mentions, pair, status):
    """The placed session (commission or consultations) told before that the sentence names, before the trigger,
    as the frame the trigger's event took place in."""
    for x in FRAMING_SESSION_RE.finditer(t, 0, m.start()):
        kinds = set(_noun_kinds(x.group("n") or x.group("k"))) & {"council", "consultations"}
        # the session the story is about, not one recalled ("the previous, sixth session was held in Astana in 2015")
        told = next((y for y in reversed(mentions) if y.type in kinds and not y.recalled), None)
        if told is not None and told.pair == pair and told.status == status and told.location is not None:
            return told
    told = _setting_referent(t, m, mentions)  # "A business forum, held on the sidelines of the commission"
    if told is not None and not told.recalled and told.pair == pair and told.status == status and told.location is not None:
        return told
    return None


def _in_setting(t: str, p, m) -> bool:
    """The place names the gathering a trigger happened at, not a side of it (the trigger outside that phrase)."""
    return any(a <= p.start < b and not a <= m.start() < b for a, b in _setting_spans(t))


def _joint_with_home(t: str, w_places) -> bool:
    """Kazakhstan in a coordinated list of three or more countries ("Kazakhstan, Russia and Belarus",
    "Президенты Казахстана, России и Беларуси", "Қазақстан, Ресей және Беларусь"): a joint meeting."""
    countries = [p for p in w_places if p.kind != "city"]
    run = [countries[0]] if countries else []
    for a, b in zip(countries, countries[1:]):
        if LIST_GAP_RE.fullmatch(t, a.end, b.start):
            run.append(b)
            if len({p.iso3 for p in run}) >= 3 and any(p.iso3 == HOME for p in run):
                return True
        else:
            run = [b]
    return False


def _between_others(t: str, places, w_people, cs: int, ce: int) -> bool:
    """The trigger's clause sets two foreign countries face to face and says nothing of Kazakhstan
    (no place, official or Kazakh title in it)."""
    own = [p for p in places if cs <= p.start < ce]
    foreign = {p.iso3 for p in own if p.kind != "city" and p.iso3 != HOME}
    return len(foreign) >= 2 and not any(p.iso3 == HOME for p in own) \
        and not any(p.iso3 == HOME and cs <= p.start < ce for p in w_people) \
        and not any(home == HOME for _, _, _, home in people.title_spans(t[cs:ce]))


def _clause_of(t: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    starts = [b.end() for b in CLAUSE_BREAK_RE.finditer(t, lo, pos)]
    end = CLAUSE_BREAK_RE.search(t, pos, hi)
    return (starts[-1] if starts else lo), (end.start() if end else hi)


def _invitation(t: str, m: re.Match, lo: int, hi: int) -> bool:
    """The visit is one someone was invited to make ("invited him to visit Kazakhstan", "пригласил
    посетить", "сапармен келуге шақырды"), not one made "at the invitation of"."""
    invited_by = INVITED_BY_RE.search(t, max(lo, m.start() - 80), min(hi, m.end() + 80))
    # the invitation may stand a long name before the visit it asks for: "передал приглашение министра иностранных дел
    # Омана Бадра бен Хамада аль-Бусаиди главе МИД Казахстана Мурату Нуртлеу посетить Султанат"
    start = max(_clause_of(t, m.start(), lo, hi)[0], m.start() - 150)
    return not invited_by and bool(INVITATION_RE.search(t, start, m.start())
                                   or INVITATION_RE.match(t, m.end() + 1) or KK_INVITED_TO_RE.match(t, m.end()))


# thanks for the invitation to the visit the guest is making: "поблагодарил за приглашение посетить Казахстан", "thanked
# ... for the invitation to visit Kazakhstan", "Қазақстанға сапармен келуге шақырғаны үшін алғыс айтты"
THANKED_FOR_INVITATION_RE = CI(r"(?i)(?:поблагодари\w*|благодар\w*|thank\w*|grateful|gratitude)\s+(?:[\w-]+\s+){0,5}?"
                               r"(?:за\s+|for\s+)(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?(?:приглашени\w*|invitation)"
                               r"\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?$")
KK_THANKED_FOR_INVITATION_RE = CI(r"(?i)\w*\s+(?:[\w-]+\s+)?шақырғаны\s+үшін\s+(?:[\w-]+\s+)?(?:алғыс|ризашылық)")
THANKS_WORD_RE = CI(r"(?i)поблагодари|благодар|thank|grateful|gratitude|алғыс|ризашылық")


def _thanked_there(m) -> bool:
    """The thanks are told where they were said, in the visit's city: "In Rome, Tokayev thanked ... for the
    invitation to visit Italy" (not "... за приглашение посетить Будапешт", the city asked to)."""
    word = THANKS_WORD_RE.search(m.evidence)
    return m.location is not None and word is not None and any(
        p.city == m.location and p.start < word.start() for p in geo.find_places(m.evidence))


def _thanked_for(t: str, m: re.Match, lo: int) -> bool:
    """The visit is one someone thanked for being invited to ("thanked for the invitation to visit Kazakhstan")."""
    return bool(THANKED_FOR_INVITATION_RE.search(t, max(lo, m.start() - 90), m.start())
                or KK_THANKED_FOR_INVITATION_RE.match(t, m.end()))


# the Kazakh invitation told after the visit it names: "сапармен келуге шақырды", "сапармен келу туралы шақыруын"
KK_INVITED_TO_RE = CI(r"(?i)(?:\s+\w+){0,2}\s+шақыр")


KK_CONVERB_TRIGGER_RE = CI(r"(?i)\w+(?:ып|іп|п)")  # "кездесіп", "барып", "сөйлесіп"
KK_COMMA_AFTER_RE = re.compile(r"\s*,")


def _status(t: str, m: re.Match, typ: str, lo: int, hi: int) -> tuple[str | None, bool]:
    """(held | planned | None for cancelled, postponed?) from the tense cue nearest the trigger,
    its own clause first."""
    cs, ce = _clause_of(t, m.start(), lo, hi)
    clause = t[cs:ce]
    if (CANCELLED_RE.search(clause) or CANCELLED_PREDICATE_RE.search(t, lo, hi)) and not POSTPONED_RE.search(t[lo:hi]):
        return None, False  # "Визит ..., запланированный на май, отменен": the cancelled one is no event
    if _hoped_for(t, m, lo, hi):
        return None, False  # "выразил уверенность, что визит Президента Бразилии откроет новый этап": only a hope, and
        # "выразил надежду, что первое заседание ..., перенесенное в прошлом году, удастся провести": one put off, hoped for
    postponed = bool(POSTPONED_RE.search(t[lo:hi]))
    if postponed:
        return "planned", True
    invited_by = INVITED_BY_RE.search(t, max(lo, m.start() - 80), min(hi, m.end() + 80))  # "visit at the invitation of": neutral
    if typ == "visit" and _thanked_for(t, m, lo):
        return "held", False  # "поблагодарил за приглашение посетить Казахстан": the guest is on that visit (if met there)
    if typ == "visit" and _invitation(t, m, lo, hi):
        return "planned", False  # "invited him to visit Kazakhstan", "пригласил посетить"
    if typ == "visit" and DISCUSSED_VISIT_RE.search(t, max(lo, m.start() - 60), m.end()):
        return "planned", False  # "обсудил визит правительства в Казахстан": a visit being prepared
    def cues(rx, a, b):
        return [(_gap(x, m), x) for x in _cue_spans(t, rx is PLANNED_RE) if a <= x[0] < b
                if not (invited_by and (INVITATION_RE.match(x[2]) or x[2].lower() == "to visit"))
                and not (rx is PLANNED_RE and PREPARATION_RE.fullmatch(x[2]) and _prepares_other(t, x, typ, m))
                and not (rx is PLANNED_RE and _upcoming_other(t, x, m))
                and not (rx is PLANNED_RE and _eve_of_other(t, x, m))]

    planned, held = cues(PLANNED_RE, cs, ce), cues(HELD_RE, cs, ce)
    held = [h for h in held if not any(p[1][0] == h[1][0] for p in planned)]  # "жоспарланған": a participle of planning
    if planned and not held:
        return "planned", False
    if held and not planned:
        return "held", False
    if not planned and not held:
        planned, held = cues(PLANNED_RE, 0, len(t)), cues(HELD_RE, 0, len(t))
        held = [h for h in held if not any(p[1][0] == h[1][0] for p in planned)]
        if planned and held and KK_CONVERB_TRIGGER_RE.fullmatch(m.group()) and KK_COMMA_AFTER_RE.match(t, m.end()):
            # a Kazakh converb takes the tense of the sentence's last verb: "кездесіп, ... отырысына дайындықты
            # талқылады" (met, and discussed the preparations for the session to come)
            last = max(planned + held, key=lambda x: x[1][0])
            return ("held" if last in held else "planned"), False
        if not planned:
            return "held", False
        if not held:
            return "planned", False
    return ("planned" if min(planned, key=lambda x: x[0])[0] < min(held, key=lambda x: x[0])[0] else "held"), False


# a hope or a confidence voiced of an event, which makes it no event (ru/en: the hope told before the event;
# kk: after it, "... сапары ... ашатынына сенім білдірді")
HOPE_RE = CI(r"(?i)(?<!\w)(?:выразил\w*|выража\w*)\s+(?:\w+\s+)?(?:надежд\w*|уверенност\w*)|(?<!\w)надее(?:тся|мся|тесь)|"
             r"(?<!\w)рассчитыва(?:ем|ет|ют)\s+на\s+то|(?<!\w)рассчитыва(?:ем|ет|ют)(?=,?\s+что)|"  # "Мы рассчитываем, что визит даст"
             r"(?<!\w)(?:expressed|voiced)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:hope|confidence)|\bhop(?:es|ed)\s+that\b|"
             r"(?<!\w)(?:үміт|сенім)\s+(?:білдір|арт)\w*|(?<!\w)үміттен\w*")
HOPE_REACH = 160
KK_HOPE_RE = CI(r"(?i)үміт|сенім")  # only a Kazakh hope follows its event ("вспомнил свой визит ... и выразил надежду на ...")
# what makes a hoped-for event a planned (or a held) one all the same: "the upcoming visit", "планируемое заседание",
# "the current visit", "осы сапар" (not "алдағы уақытта": in time to come, a hope's time)
HOPE_KEEPS_RE = CI(r"(?i)(?<!\w)(?:алдағы(?!\s+(?:уақыт|кез)\w*)|жоспарлан\w*|келесі|осы|бүгінгі|өтетін|өткізілетін|болатын|предстоящ\w*|"
                   r"планируем\w*|запланирован\w*|следующ\w*|нынешн\w*|текущ\w*|этот|этого|upcoming|planned|scheduled|next|"
                   r"this|current|present)(?!\w)")


def _hoped_for(t: str, m: re.Match, lo: int, hi: int) -> bool:
    """The event is only hoped for: a hope voiced right before it (ru, en) or right after it (kk), with no word
    that plans it or makes it the one under way."""
    for h in HOPE_RE.finditer(t, lo, hi):
        if h.end() <= m.start() and m.start() - h.end() <= HOPE_REACH and "." not in t[h.end():m.start()]:
            return not HOPE_KEEPS_RE.search(t, h.end(), m.end())
        if m.end() <= h.start() and h.start() - m.end() <= HOPE_REACH and KK_HOPE_RE.match(h.group()):
            return not HOPE_KEEPS_RE.search(t, lo, h.start())
    return False


def _gap(cue: tuple, m: re.Match) -> int:
    """Characters between a tense cue and the trigger: "консультациялардың келесі раундын" is one word after it."""
    return cue[0] - m.end() if cue[0] >= m.end() else m.start() - cue[1] if cue[1] <= m.start() else 0


# "upcoming" said of a noun: of the event only when the event's word follows it ("алдағы сапар", "предстоящего
# визита", "the upcoming visit"); "кездесіп, алдағы байланыстардың кестесін талқылады" (met and discussed the
# schedule of coming contacts) is a meeting held; "алдағы аптада" (next week) is a time, kept
UPCOMING_RE = CI(r"(?i)алдағы|предстоящ\w*|upcoming")
UPCOMING_TIME_RE = CI(r"(?i)\s+(?:жыл|ай|апта|күн|год|месяц|недел|week|month|year|days)")
UPCOMING_REACH = 40


def _upcoming_other(t: str, cue: tuple, m: re.Match) -> bool:
    """An "upcoming" that qualifies some other noun, not the trigger's event."""
    if not UPCOMING_RE.fullmatch(cue[2]) or UPCOMING_TIME_RE.match(t, cue[1]):
        return False
    return not (cue[1] <= m.start() <= cue[1] + UPCOMING_REACH)


UPCOMING_BEFORE_RE = CI(rf"(?i)(?:{UPCOMING_RE.pattern.removeprefix('(?i)')})\s+(?:[\w-]+\s+){{0,2}}$")


def _told_upcoming(t: str, m: re.Match) -> bool:
    """An event word with "upcoming" just before it: "подготовку к предстоящему официальному визиту", "the upcoming
    state visit", "алдағы ресми сапары"."""
    return UPCOMING_BEFORE_RE.search(t, max(0, m.start() - 45), m.start()) is not None


# the purpose of a trip made takes its tense: "посетил Астану, чтобы провести заседание", "visited Astana to attend
# the session" (an infinitive of purpose is no future; "went over the agenda of the upcoming visit" keeps its adjective)
PURPOSE_BEFORE_RE = CI(r"(?i)(?:\bчтобы|\bin\s+order|\b(?:visited|arrived|came|travell?ed|flew|went)\b[^.;:]{0,60})\s+$")


# a stay under way and its purpose: "is in Astana to co-chair", "находится в Астане, чтобы провести", "для участия в";
# Kazakh "... төрағалық ету үшін Астанада жүр" (the purpose before the present of being)
PRESENT_PURPOSE_RE = CI(
    r"(?i)\b(?:находится|находятся|пребывает|is\s+(?:currently\s+|now\s+)?in|are\s+in|is\s+visiting|is\s+on\s+(?:an?\s+)?(?:\w+\s+)?visit)"
    r"\b[^.;]{0,80}?(?P<p>\bчтобы|\bдля\s+участия|\bдля\s+проведения|\bto\s+(?:co-chair|chair|attend|hold|take\s+part))|"
    r"(?P<kk>\S+\s+үшін)(?=\s+[^.;]{0,60}?\sжүр(?!\w))",  # "жүр" (is staying), not the progressive "жатыр"
    needs=("чтобы", "для", "chair", "attend", "hold", "take", "үшін"))


# an infinitive after an ordinal describes who did it, it plans nothing: "the first Japanese prime minister to visit
# the country", "the only foreign leader to attend"
ORDINAL_INFINITIVE_RE = CI(r"(?i)\b(?:first|second|third|last|only|latest)\s+(?!(?:year|month|week|time)\b)(?:[\w-]+\s+){0,5}$")


# "a forum hosted by KITA", "organized by DEIK": who holds an event, told of one to come as of one past (not
# "the agreements reached by the leaders": that participle is a past)
PASSIVE_BY_RE = CI(r"(?i)\s+by\b")
HOST_VERB_RE = CI(r"(?i)hosted|organi[sz]ed|(?:co-)?chaired|sponsored")
# "Комиссия отырысы қарсаңында" (on the eve of the session): a time told by another event, not a plan
EVE_OF_EVENT_RE = CI(r"(?i)(?:отырыс|сапар|саммит|форум|кездесу|келіссөз|консультация|кеңес)\w*\s+$")


def _eve_of_other(t: str, cue: tuple, m: re.Match) -> bool:
    """"Комиссия отырысы қарсаңында, ... форумы өтті": on the eve of another event is a time, not the trigger's plan
    (but "сапар қарсаңында" is the eve of that visit, still to come)."""
    return cue[2].lower().startswith("қарсаң") and bool(EVE_OF_EVENT_RE.search(t, max(0, cue[0] - 40), cue[0])) \
        and not 0 <= cue[0] - m.end() <= 12


# an English participle after "be" or "to" is no past: "is expected to be received", "will be hosted", "to be signed"
INFINITIVE_BEFORE_RE = CI(r"(?i)\b(?:be|to)\s+$")


@functools.lru_cache(maxsize=1024)
def _cue_spans(t: str, planned: bool) -> tuple:
    """(start, end, text) of the planned (or held) tense cues of a sentence, scanned once. Kazakh verbs
    also by their endings: the future of intention "-мақ/-мек" ("көтерілмек", "кеңейтпек") and the past
    participle "-ған/-ген" ("шығарылған", "өткен") and past "-ды/-ді" of verbs ("өткізді")."""
    spans = [(x.start(), x.end(), x.group()) for x in (PLANNED_RE if planned else HELD_RE).finditer(t)
             if not (planned and (EFFECT_FUTURE_RE.match(t, x.start()) or COMING_DAY_RE.match(t, x.start())
                                  or x.group().lower().startswith("to ")
                                  and ORDINAL_INFINITIVE_RE.search(t, max(0, x.start() - 60), x.start())
                                  or (PURPOSE_BEFORE_RE.search(t, max(0, x.start() - 90), x.start())
                                      and not UPCOMING_RE.fullmatch(x.group()))))
             and not (not planned and INFINITIVE_BEFORE_RE.search(t, max(0, x.start() - 12), x.start()))
             and not (not planned and HOST_VERB_RE.fullmatch(x.group()) and PASSIVE_BY_RE.match(t, x.end()))]
    rx = KK_FUTURE_RE if planned else KK_PAST_RE
    spans += [(x.start(), x.end(), x.group()) for x in rx.finditer(t) if x.group().lower() not in KK_NOT_VERBS]
    if planned:  # the purpose of a stay under way is still to come: "находится в Астане, чтобы провести заседание"
        spans += [(x.start(x.lastgroup), x.end(x.lastgroup), x.group(x.lastgroup)) for x in PRESENT_PURPOSE_RE.finditer(t)]
    if planned:
        spans += [(x.start(), x.end(), x.group()) for x in KK_AORIST_RE.finditer(t)]
    return tuple(sorted(spans))


# the place the report was filed from, told by the text: "held consultations here", "здесь", "осында"
HERE_RE = CI(r"(?i)(?<!\w)(?:here|здесь|осында)(?!\w)")


def _place(mention: _Mention, sv: SentenceView, m, w_places, places, dateline, lang, lo, hi) -> None:
    t = sv.text
    if mention.type != "visit" and VIDEO_RE.search(t, lo, hi):
        return  # "held a video call", "бейнеконференция форматында өтті": no venue, no host
    pair = mention.pair
    wt = t[lo:hi]
    if mention.type == "visit":
        # the destination told after the visit word comes first ("в Бразилиа рассматривают возможность визита ... в
        # Казахстан": the place before is where it is discussed)
        host = _destination_told_after(t, m, w_places, pair, lang) or _visit_host(t, w_places, pair, lang)
        dest_cities = [c for c in w_places if c.kind == "city" and c.iso3 in pair and not is_dateline(t, c)
                       and (-40 <= m.start() - c.end <= 120 or _destination_after(t, m, c, lang))]
        airport = AIRPORT_RE.search(t, lo, hi)
        landed = [c for c in w_places if airport and c.kind == "city" and c.iso3 in pair
                  and (0 <= airport.start() - c.end <= 25 or 0 <= c.start - airport.end() <= 25)]
        if landed and (host is None or landed[0].iso3 == host):
            mention.location, host = landed[0].city, landed[0].iso3  # "Астана әуежайында", "в аэропорту Астаны"
        elif dest_cities and (host is None or dest_cities[0].iso3 == host):
            mention.location, host = dest_cities[0].city, dest_cities[0].iso3
        elif CAPITAL_WORD_RE.search(wt) and host in (None, HOME):
            mention.location, host = "Astana", HOME
        elif (capital := _named_capital(t, w_places, lo, hi)) is not None and capital[1] in pair \
                and host in (None, capital[1]):
            mention.location, host = capital  # "прибыл в столицу Бразилии", "arrived in the Kenyan capital"
        if host is None and airport and WELCOME_VERB_RE.search(t, lo, hi):
            # "В аэропорту главу казахстанского правительства встретил П.Сийярто": the one who welcomes is the host
            welcomers = {p.iso3 for p in mention.people if p.iso3 in pair}
            if len(welcomers) == 1:
                host = next(iter(welcomers))
        if host is None:
            host = _receiver_country(t, mention.pair, sv, lo, hi)
        if host is None:
            # travelling officials tell the direction: the visitor's officials are named, the host's country is not
            travellers = {p.iso3 for p in mention.people if p.iso3 in pair and not AMBASSADOR_RE.search(p.role or "")}
            named = [r.place.iso3 for r in sv.roles if lo <= r.place.start < hi and r.place.iso3 in pair]
            titled = {p.iso3 for p in w_places if p.iso3 in pair and _titled_place(t, p, lo, hi)}
            if len(travellers) == 1 and (any(c not in travellers for c in named) or not named) and not titled - travellers:
                host = next(iter(set(pair) - travellers))
        mention.host = host
        if host:
            mention.visitor = pair[0] if host == pair[1] else pair[1]
    elif mention.type != "phone_call":  # a call has no venue: the cities of its sentence are its topics
        # a session to come is held where its own words say, after it ("met X in Cairo to discuss preparations for
        # the commission, which the parties agreed to hold in Astana")
        city = (_event_city(t, [p for p in w_places if p.start >= m.end()]) if mention.status == "planned" else None) \
            or _event_city(t, w_places)
        if city is not None:
            mention.location, mention.host = city.city, city.iso3
        elif CAPITAL_WORD_RE.search(wt):
            mention.location, mention.host = "Astana", HOME
        elif (capital := _named_capital(t, w_places, lo, hi)) is not None and capital[1] in pair:
            mention.location, mention.host = capital  # "Сегодня в столице Бразилии состоялся шестой раунд консультаций"
        else:
            mention.host = _mfa_host(t, places, pair) or _receiver_country(t, pair, sv, lo, hi) \
                or _receiving_side(t, m, sv, pair, lang)
    # the dateline places what the text does not, and a meeting whose receiver is of the dateline's country
    received_home = mention.type == "talks" and mention.location is None and dateline is not None \
        and mention.host == dateline.iso3
    if (mention.host is None or received_home) and mention.status == "held" and dateline is not None and dateline.iso3 in pair \
            and (mention.type in ("visit", "signing", "talks") or HERE_RE.search(t, lo, hi)):
        mention.location, mention.host = dateline.city, dateline.iso3  # "Тегеран, 27 апреля /Синьхуа/ -- ..."
        mention.dateline_place = True
        if mention.type == "visit":
            mention.visitor = pair[0] if mention.host == pair[1] else pair[1]
    elif mention.host is None and mention.status == "held" and mention.type == "talks" and dateline is not None \
            and dateline.iso3 not in pair and MULTILATERAL_RE.search(t):
        # "NEW YORK – ... during the UN General Assembly, held talks with ...": a meeting at a summit abroad, where the
        # report was filed from
        mention.location, mention.host, mention.dateline_place = dateline.city, dateline.iso3, True


def _receiver_country(t: str, pair: tuple, sv: SentenceView, lo: int, hi: int) -> str | None:
    """The country of the one a guest was received by ("был принят председателем ... Ласло Кёвером", "was received
    by President X"), or in Kazakh at whose reception the guest was ("X-тің қабылдауында болды"), when one side's
    (the verb in the event's words or just after them)."""
    named = [p for p in sv.people if p.iso3 in pair]
    if not named:
        return None
    for x in RECEIVED_BY_RE.finditer(t, lo, min(len(t), hi + 60)):
        cut = RECEIVER_CUT_RE.search(t, x.end())
        stop = min(cut.start() if cut else len(t), x.end() + 150)
        sides = {p.iso3 for p in named if x.end() <= p.start < stop}
        if len(sides) == 1:
            return next(iter(sides))
    for x in KK_RECEPTION_OF_RE.finditer(t, lo, min(len(t), hi + 60)):
        start = max(0, x.start() - 150)
        for cut in RECEIVER_CUT_RE.finditer(t, start, x.start()):
            start = cut.end()
        sides = {p.iso3 for p in named if start <= p.start < x.start()}
        if len(sides) == 1:
            return next(iter(sides))
    return None


def _receiving_side(t: str, m, sv: SentenceView, pair: tuple, lang: str) -> str | None:
    """The side of the one who receives, named before the verb in its clause ("President of Turkmenistan Gurbanguly
    Berdimuhamedov received the Kazakh delegation", "Президент Туркменистана ... принял казахстанскую делегацию"); in
    Kazakh the one nearest the verb that is neither in the accusative nor heading the guests ("Түрікменстан Президенті
    Г.Бердімұхамедов Орынбаев бастаған делегацияны қабылдады"): the host, wherever the report was filed. None for a
    passive, or a Russian name in an oblique case before the verb (the one received, told first)."""
    if not RECEPTION_RE.fullmatch(m.group()) or PASSIVE_RECEIVED_RE.search(t, max(0, m.start() - 30), m.start()) \
            or BY_AFTER_RE.match(t, m.end()):
        return None
    start = max(0, m.start() - 200)
    for cut in RECEIVER_CUT_RE.finditer(t, start, m.start()):
        start = cut.end()
    before = [p for p in sv.people if p.iso3 in pair and start <= p.start < m.start()]
    if lang == "kk":  # the one nearest the verb, not the one received ("Нығматулинді") nor one who heads it ("X бастаған")
        before = [p for p in before if not KK_ACCUSATIVE_NAME_RE.search(t, p.start, p.end + 3)
                  and not KK_HEADED_BY_RE.match(t, p.end)][-1:]
    elif lang == "ru" and before and RU_OBLIQUE_NAME_RE.search(t, before[-1].start, before[-1].end):
        return None  # "Накануне Смаилова принял федеральный министр ...": the one received comes first
    sides = {p.iso3 for p in before}
    return next(iter(sides)) if len(sides) == 1 else None


# a Russian surname in the accusative or genitive, told last in its span: "Смаилова", "Орынбаева", "Ивановой"
RU_OBLIQUE_NAME_RE = CI(r"(?i)(?:ова|ева|ёва|ина|ына|ого|ой)$")
# the verb's passive, an adverb apart: "was received", "was also received", "will be received"
PASSIVE_RECEIVED_RE = CI(r"(?i)(?<!\w)(?:was|were|be|been|being|is|are)\s+(?:\w+\s+)?$")
BY_AFTER_RE = CI(r"(?i)\s+by\b")
# a Kazakh name in the accusative: "Хакан Фиданды", "Нұрлан Нығматулинді", "Е.Көшербаевты"
KK_ACCUSATIVE_NAME_RE = re.compile(r"\w(?:ды|ді|ты|ті|ны|ні)(?!\w)")
# one who heads the guests: "Орынбаев бастаған делегацияны"
KK_HEADED_BY_RE = CI(r"(?i)[\w-]*\s+(?:бастаған|басқарған)(?!\w)")


def _titled_place(t: str, p, lo: int, hi: int) -> bool:
    """A country told with an official's title beside it ("Корея басшысының", "Президента Кореи", "the Korean
    President's"): that side has an official in the sentence, named or not."""
    return any(-3 <= s + lo - p.end <= 2 or 0 <= p.start - (e + lo) <= 2 for s, e, _, _ in people.title_spans(t[lo:hi]))


# a semicolon, a full stop or a colon
CLAUSE_STOP_RE = re.compile(r"[;.:]")
# "в", "во", "to" right before the country
TO_BEFORE_RE = CI(r"(?i)(?:\bв|\bво|\bto)\s+$")


def _destination_after(t: str, m, c, lang: str) -> bool:
    """"визиту Министра иностранных дел Саудовской Аравии принца Фейсала бен Фархана Аль Сауда в Астану", "visit
    by the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan, to Astana": the visit's destination after
    a long name of its visitor."""
    return lang != "kk" and m.end() < c.start <= m.end() + 130 and not CLAUSE_STOP_RE.search(t[m.end():c.start]) \
        and TO_BEFORE_RE.search(t[max(0, c.start - 4):c.start]) is not None


# Kazakh "астанасына", "қаласына", "елордасына" after the country: to its capital
KK_CAPITAL_AFTER_RE = CI(r"(?i)\s*(астанасына|қаласына|елордасына)")
# "в", "на", "к", "посетил", "приедет", "прибыл" before the country (up to two words between)
RU_VISIT_TO_BEFORE_RE = CI(r"(?i)(?:\bв|\bво|\bна|\bк|посети\w*|посещ\w*|приедет|прибыл\w*)\s+(?:[А-ЯЁа-яё-]+\s+){0,2}$")
# "посетит", "посетил" after the country
RU_VISITS_AFTER_RE = CI(r"(?i)\s*посети\w*")
# "to", "in", "into", "welcomed in", "arrived in" before the country (up to three words between)
EN_TO_BEFORE_RE = CI(r"(?i)(?:\bto|\bin|\binto|welcomed\s+in|arrived\s+in)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}$")
# "visit", "visited", "visiting" right before the country
EN_VISIT_BEFORE_RE = CI(r"(?i)\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$")
# "from", "according to" before the country: not the host
EN_FROM_BEFORE_RE = CI(r"(?i)(?:from|according)\s+(?:\w+\s+){0,2}$")


# "в", "во", "to", "into" right before the place
DIRECTION_BEFORE_RE = CI(r"(?i)(?<!\w)(?:в|во|to|into)\s+(?:the\s+)?$")


def _destination_told_after(t: str, m, places, pair, lang) -> str | None:
    """The destination told right after the visit word, with a preposition of direction ("визита ... Лулы да Силвы в
    Казахстан", "visit by President Lula to Kazakhstan") or a Kazakh dative: before any place told earlier ("в
    Бразилиа рассматривают возможность визита": where it is discussed)."""
    for p in places:
        if p.iso3 not in pair or p.start < m.end() or p.kind not in ("name", "city", "abbrev") \
                or CLAUSE_STOP_RE.search(t, m.end(), p.start):
            continue
        if lang == "kk":
            if KK_DATIVE_RE.match(p.ending):
                return p.iso3
        elif DIRECTION_BEFORE_RE.search(t, max(0, p.start - 10), p.start) and (lang == "en" or p.ending in ("", "у", "ю")):
            return p.iso3
    return None


def _visit_host(t, places, pair, lang) -> str | None:
    """The destination: Kazakh dative ("Қырғыз Республикасына", "Парижге"); Russian "в/во/на X"
    ("в Исламскую Республику Пакистан") or "посетил X"; English "to/in/visit X"."""
    for p in places:
        if p.iso3 not in pair:
            continue
        before = t[max(0, p.start - 40):p.start]
        if lang == "kk" and KK_DATIVE_RE.match(p.ending) and p.kind in ("name", "city", "abbrev"):
            return p.iso3
        if lang == "kk" and p.kind in ("name", "abbrev") and KK_CAPITAL_AFTER_RE.match(t[p.end:p.end + 15]):
            return p.iso3  # "Қазақстан астанасына"
        if lang == "ru" and p.kind in ("name", "city", "abbrev") and p.ending in ("", "у", "ю", "е", "и") and (
                RU_VISIT_TO_BEFORE_RE.search(before)
                or (p.ending in ("", "у", "ю") and RU_VISITS_AFTER_RE.match(t[p.end:p.end + 12]))):
            return p.iso3  # "посетит Украину", "в Исламскую Республику Пакистан", "Астану посетил"
        if lang == "en" and (EN_TO_BEFORE_RE.search(before)
                             or EN_VISIT_BEFORE_RE.search(before)) \
                and p.kind in ("name", "city", "abbrev") and not EN_FROM_BEFORE_RE.search(before):
            return p.iso3
    for p in places:  # "Қазақстанда мемлекеттік сапармен жүр": where the one on a visit is
        if lang == "kk" and p.iso3 in pair and KK_LOCATIVE_RE.match(p.ending) and p.kind in ("name", "city", "abbrev"):
            return p.iso3
    return None


WIRE_DAY_RE = re.compile(r"^\W{0,3}(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+[.,]?\s+){0,2}(?:\d{4}\s*(?:жылғы|ж\.)\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,12}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                         r"(?:,?\s+\d{4}(?:\s*(?:года|г\.|жылы|жыл|ж\.))?)?\s*(?:\(|/|[-–—]|\.\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|\.?\s*$)")


def _wire_day(doc: Doc):
    """The day of a wire dateline ("Sept 25 (Interfax) -", "ASTANA, March 3 -", "Тегеран, 27 апреля /Синьхуа/",
    "Баку, Азербайджан, 22 мая. /Trend/": a city and its country)."""
    if doc.ref is None:
        return None
    return next((d for d in (_dateline_day(sv.text, doc.ref) for sv in doc.sentences[:5]) if d is not None), None)


def _wire_month_day(doc: Doc):
    """(month, day) of a wire dateline with no year in a report with no publication date ("ТАШКЕНТ, 18
    қазан. ҚазАқпарат –", "MOSCOW, December 9. /TASS/.", "АСТАНА, 16 апреля. КАЗИНФОРМ –")."""
    if doc.ref is not None:
        return None
    for sv in doc.sentences[:5]:
        m = WIRE_DAY_RE.match(sv.text)
        if m is None or YEAR_IN_RE.search(m.group()):
            continue
        d = m.group("date")
        x = DAY_MONTH_RE.match(d)
        if x and month_number(x.group(3)):
            return month_number(x.group(3)), int(x.group(1))
        x = MONTH_DAY_RE.match(d)
        if x and month_number(x.group(1)):
            return month_number(x.group(1)), int(x.group(2))
    return None


# a weekday however told ("arrived here Monday", "в пятницу", "жұма күні"): a day a wire report's date cannot fix
ANY_WEEKDAY_RE = CI(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<!\w)(?:понедельник|"
                            r"вторник|в\s+среду|четверг|пятниц|суббот|воскресень|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|"
                            r"жұма\s+күні|сенбі|жексенбі)")


def _not_tomorrows_visit(typ: str, date, t: str, ref):
    """No visit is dated by "tomorrow" alone: "Ертең ... Семей қаласына барады", "Завтра, в заключительный день визита"
    tell a leg of the trip under way (forums, sessions and talks told for tomorrow keep the day)."""
    if typ == "visit" and date is not None and ref is not None and date[0] == ref + dt.timedelta(days=1) \
            and TOMORROW_RE.search(t):
        return None
    return date


def _wire_relative(t: str, md: tuple) -> tuple | None:
    """The yearless day a held event of an undated wire report took place: the dateline's day, the day before it
    for "вчера", "кеше", "yesterday", "накануне"; none when the text tells another time (a year, a month, a
    week, a weekday) or recalls the event."""
    if RECALLED_RE.search(t) or REL_YEAR_RE.search(t) or REL_MONTH_RE.search(t) or REL_WEEK_RE.search(t) \
            or ANY_WEEKDAY_RE.search(t) or any(month_number(x.group()) and (x.group().lower() != "may" or _may_is_month(t, x))
                                               for x in MONTH_ANY_RE.finditer(t)):
        return None
    if YESTERDAY_RE.search(t):
        day = dt.date(2001, *md) - dt.timedelta(days=1)  # 2001: no 29 February before 1 March
        return day.month, day.day
    return md


def _dateline_day(t: str, ref):
    m = WIRE_DAY_RE.match(t)
    days = _day_dates(m.group("date"), ref, "held") if m else []
    return days[0][2][0] if days else None


def _told_day(sv, ref):
    """The one past day a sentence of no event tells (none if it speaks of plans)."""
    if PLANNED_RE.search(sv.text):
        return None
    days = _day_dates(sv.text, ref, "held")
    return days[0][2] if len(days) == 1 and days[0][2][1] <= ref else None


# a month heading a paragraph of a review told month by month: "Қаңтар. Жыл ... басталды", "Ақпан: Сийярто
# Астанада", "Март. ...", "September 2024:"; the month's name alone (not "Қаңтарда", a date in a sentence),
# closed by a full stop, a colon or the line's end (not a dash: "Қазан – Татарстан астанасы" is the city)
MONTH_SECTION_RE = re.compile(r"^\s*(?P<m>[^\W\d_]{3,9})(?:\s+(?P<y>(?:19|20)\d\d))?\s*(?:[.:]|$)", re.M)


def _month_section(t: str, ref):
    """The month (of its year, else the latest before the report) that a line or paragraph opens with."""
    m = MONTH_SECTION_RE.match(t)
    if m is None:
        return None
    mm = month_headings().get(m.group("m").lower())
    if mm is None or m.group("m") == "may":
        return None
    year = int(m.group("y")) if m.group("y") else ref.year if mm <= ref.month else ref.year - 1
    return dt.date(year, mm, 1), dt.date(year, mm, calendar.monthrange(year, mm)[1]), "month"


def _section_dateline(sv, ref):
    """A paragraph opening with a city and a day ("АСТАНА, 7 қыркүйек.", "RIYADH, Sept 5 -"): a digest's
    section, filed from that city on that day."""
    day = _dateline_day(sv.text, ref)
    city = dateline_city(sv.text) if day is not None else None
    return (city, day) if city is not None else None


STAMP_TIME_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


# "обновлено:", "updated", "жаңартылды" before a time: the page's stamp
UPDATED_BEFORE_RE = CI(r"(?i)(обновлен\w*|updated|жаңартыл\w*)\s*:?\s*\S*\s*$")


def _stamp_day(doc: Doc):
    """A printed publication stamp with a time of day ("27.11.2024 14:25", "25 там, 2022 сағат 23:33"), or a
    feed of one day's posts (the page's date, then each post's time on a line of its own): the report is a
    same-day news item, so undated held events take its day. "00:00" is a date only."""
    ref = doc.ref
    if ref is None:
        return None
    for sv in doc.sentences:
        for t in STAMP_TIME_RE.finditer(sv.text):
            if t.group() in ("00:00", "0:00") or UPDATED_BEFORE_RE.search(sv.text[max(0, t.start() - 40):t.start()]):
                continue
            if _printed(sv.text[max(0, t.start() - 30):t.end() + 30], ref):
                return ref
    if any(_post_time(sv.text) for sv in doc.sentences) and any(
            _printed(sv.text, ref) for sv in doc.sentences[:HEADER_SENTENCES]):
        return ref  # a feed of posts of one day: "Date: 15.10.2024", then "10:14", "13:37" over each post
    return None


POST_TIME_RE = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d\W*$")
HEADER_SENTENCES = 5
POST_LINE_MAX = 25


def _post_time(t: str) -> bool:
    """A post's time of day on a line of its own, maybe after its view counter: "10:14", "👁 5,3K · 09:15"."""
    return len(t) <= POST_LINE_MAX and POST_TIME_RE.search(t) is not None and len(LETTER_RE.findall(t)) <= 2


def _printed(t: str, ref) -> bool:
    """The page prints the report's own date."""
    return ref.strftime("%d.%m.%Y") in t or ref.strftime("%d/%m/%Y") in t or ref.isoformat() in t \
        or any(d[2][0] == ref for d in _day_dates(t, ref, "held"))


def _host_hint(doc: Doc) -> str | None:
    """Where the story happens, from the headline or lead: "roads in Belarus", "в Минске"."""
    for sv in doc.sentences[:3]:
        for r in sv.roles:
            if r.role == "loc" and r.place.iso3 != HOME:
                return r.place.iso3
    return None


def _event_city(t: str, places):
    """Where a meeting took place: a city (any country, e.g. a third-country summit venue) in the
    locative ("Римде", "в Минске", "in New York"), else any city that is not a dateline."""
    cities = [p for p in places if p.kind == "city" and not is_dateline(t, p)]
    # two capitals joined stand for their states, not a place: "Астана мен Вашингтон диалогы", "Astana and Washington agreed"
    joined = {id(x) for a, b in zip(cities, cities[1:]) if a.capital and b.capital and a.iso3 != b.iso3
              and LIST_GAP_RE.fullmatch(t, a.end, b.start) for x in (a, b)}
    # two cities a route joins: "авиасообщения между Алматы и Каиром", "flights between Almaty and Cairo", "Алматы мен
    # Каир арасындағы рейс", "из Алматы в Каир"
    joined |= {id(x) for a, b in zip(cities, cities[1:]) if a.iso3 != b.iso3 and (
        LIST_GAP_RE.fullmatch(t, a.end, b.start) and (BETWEEN_BEFORE_RE.search(t, max(0, a.start - 12), a.start)
                                                     or KK_BETWEEN_AFTER_RE.match(t, b.end))
        or ROUTE_GAP_RE.fullmatch(t, a.end, b.start) and FROM_BEFORE_RE.search(t, max(0, a.start - 6), a.start))
        for x in (a, b)}
    cities = [c for c in cities if id(c) not in joined]
    for c in cities:
        before = t[max(0, c.start - 6):c.start]
        if KK_LOCATIVE_ENDING_RE.match(c.ending) or KK_ATTRIBUTIVE_ENDING_RE.match(c.ending) or IN_BEFORE_RE.search(before):
            return c
    return cities[0] if cities else None


BETWEEN_BEFORE_RE = CI(r"(?i)(?<!\w)(?:между|between)\s+$")
KK_BETWEEN_AFTER_RE = CI(r"(?i)\s+арасында\w*")
ROUTE_GAP_RE = CI(r"(?i)\s+(?:в|во|до|to)\s+")
FROM_BEFORE_RE = CI(r"(?i)(?<!\w)(?:из|от|from)\s+$")


# "the capital" of a named country: "в столице Бразилии", "Кения астанасында", "in the capital of Kenya", "the Kenyan
# capital" (the country right after the Russian and English words, right before the Kazakh ones)
CAPITAL_BEFORE_RE = CI(r"(?i)(?:(?<!\w)(?:в|во)\s+столиц[еуыа]|\b(?:in|to)\s+the\s+capital(?:\s+city)?(?:\s+of)?)\s+(?:the\s+)?$")
CAPITAL_AFTER_RE = CI(r"(?i)(?:['’]s)?\s+(?:астана(?:сында|сына|сы|сынан)|елорда(?:сында|сына|сы)|capital\b|столиц\w*)")


def _named_capital(t: str, places, lo: int, hi: int):
    """(city, country) of "the capital" told with its country in the stretch lo..hi; None if none is told."""
    for p in places:
        if not lo <= p.start < hi or p.kind == "city":
            continue
        if CAPITAL_BEFORE_RE.search(t, max(0, p.start - 40), p.start) or CAPITAL_AFTER_RE.match(t, p.end):
            city = geo.capital_of(p.iso3)
            if city is not None:
                return city, p.iso3
    return None


# at the foreign ministry: "Сыртқы істер министрлігінде", "в МИД", "at the (foreign) ministry"
MFA_PLACE_RE = CI(r"(?i)(сыртқы\s+істер\s+министрлігінде|в\s+МИД\w*|at\s+the\s+(?:foreign\s+)?ministry)")


def _mfa_host(t, places, pair) -> str | None:
    m = MFA_PLACE_RE.search(t)
    if not m:
        return None
    before = [p for p in places if p.end <= m.start() and p.iso3 in pair]
    after = [p for p in places if p.start >= m.end() and p.iso3 in pair]
    if before and m.start() - before[-1].end < 40:
        return before[-1].iso3
    if after and after[0].start - m.end() < 20:
        return after[0].iso3
    return None


# a sentence that lists who took part in the event just told: "С казахстанской стороны в заседании приняли
# участие ...", "В состав делегации вошли ...", "Делегация құрамында ... болды", "The delegation included ..."
TOOK_PART_RE = CI(
    r"(?i)(?:приня\w*\s+участие|участвова\w*|в\s+состав\w*\s+(?:[\w-]+\s+){0,3}делегаци\w*|делегаци\w*\s+(?:[\w-]+\s+){0,2}"
    r"(?:вошл\w*|входил\w*|составил\w*)|(?:сторону|делегацию)\s+представля\w*|сопровожда\w*|присутствова\w*|"
    r"қатыс(?:ты|қан|ушы|ып)\w*|құрамын(?:да|а)\b|сүйемелде\w*|"
    r"took\s+part|participat\w*|attended|sat\s+in\s+on|delegation\s+(?:[\w-]+\s+){0,3}(?:include[sd]|comprise[sd]|"
    r"consist(?:s|ed)|was\s+made\s+up)|"
    r"accompanied\s+by|(?:side|delegation)\s+was\s+represented\s+by|joined\s+by)")


# the officials who signed, in a sentence telling a signing as part of the event just told ("In the presence of the
# two prime ministers, Minister X and his Uzbek counterpart Y signed an agreement", "министры ... подписали меморандум",
# "министрлер ... келісімге қол қойды"): they took part in it
SIGNED_BY_RE = CI(r"(?i)(?<!\w)(?:signed|подписали|подписал|қол\s+қойды|қол\s+қойған|қол\s+қойысты)(?!\w)",
                  needs=("signed", "подписал", "қол"))


# "his Uzbek counterpart", "его узбекский коллега": the official named right before is of the other side
COUNTERPART_REACH = 40  # characters from the end of one name to the counterpart's


# two signatories joined: "X and Uzbekistan's Minister of Energy Y signed", "X и министр ... Венгрии Y подписали",
# "X пен ... Y қол қойды": one of each side
SIGNATORIES_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|и|және|мен|пен|бен)\s", re.I)


SIGNED_REACH = 80  # characters from the second signatory's name to "signed" ("... келісімге қол қойды")


def _counterparts_sided(found: list, pair, text: str | None = None) -> list:
    """Officials of no country named right before a counterpart of one side of the pair take the other side; so does
    one joined by "and" to an official of one side when "signed" follows them (``text``: the document's text, the
    officials' offsets into it)."""
    out = []
    for p in found:
        if p.iso3 is None:
            cp = next((q for q in found if q.iso3 in pair and 0 < q.start - p.end <= COUNTERPART_REACH
                       and (q.role == "Counterpart" or text is not None and SIGNATORIES_JOIN_RE.match(text, p.end)
                            and SIGNED_BY_RE.search(text, q.end, q.end + SIGNED_REACH) is not None)), None)
            if cp is not None:
                p = dataclasses.replace(p, iso3=pair[1] if cp.iso3 == pair[0] else pair[0])
        out.append(p)
    return out


# a clause naming who travels with a delegation: "Делегация құрамында ... бар", "сапарға ... еріп жүр", "в составе
# делегации", "в сопровождении", "делегацию ... вошли", "accompanied by", "the delegation included"
TRAVELS_WITH_RE = CI(
    r"(?i)(?:делегация\w*\s+құрамын(?:да|а)\b|еріп\s+(?:жүр|кел|бар)\w*|сүйемелде\w*|"
    r"в\s+состав\w*\s+(?:[\w-]+\s+){0,3}делегаци\w*|делегаци\w*\s+(?:[\w-]+\s+){0,2}(?:вошл|входил|составил)\w*|сопровожд\w*|"
    r"accompanied\s+by|accompanying|delegation\s+(?:[\w-]+\s+){0,3}(?:include[sd]|comprise[sd]|consist(?:s|ed)|was\s+made\s+up)|"
    r"members\s+of\s+the\s+delegation)", needs=("делегац", "еріп", "сүйемелде", "сопровожд", "accompan", "delegation"))


def _companions(t: str, offset: int, found) -> set:
    """People keys of those a sentence tells as travelling with a delegation: named after "accompanied by", "в составе
    делегации", "делегация құрамында", or before the Kazakh "еріп жүр" (not the head: "Nurtleu was accompanied by")."""
    cue = TRAVELS_WITH_RE.search(t)
    if cue is None:
        return set()
    before = cue.group().lower().startswith("еріп")
    return {people_key(p) for p in found if (p.start - offset < cue.start()) == before}


def _in_delegation(doc, p) -> bool:
    """Is this official named in a sentence telling who travels with a delegation?"""
    sv = next((x for x in doc.sentences if x.start <= p.start < x.end), None)
    return sv is not None and TRAVELS_WITH_RE.search(sv.text) is not None


def _delegation_side(e) -> str | None:
    """The side whose delegation an event's travellers are: a visit's visitor; for a session or forum held in one
    of the pair, the other."""
    if e.type == "visit":
        return e.visitor
    if e.host in e.pair:
        return e.pair[1] if e.host == e.pair[0] else e.pair[0]
    return None


def _delegation_trip(sv: SentenceView, mentions: list) -> _Mention | None:
    """The trip a delegation's list belongs to when the event told last is one to come ("В составе казахстанской
    делегации – ..." after "the ministers discussed the President's visit, which may take place this year"): the
    first trip of the pair told as held, not one recalled from another year."""
    last = mentions[-1]
    if not TRAVELS_WITH_RE.search(sv.text) or not people.mentions_someone(sv.text):
        return None
    if last.status == "held":
        # "Besides Kudratov ..., the Uzbek delegation included ..." told after the forum or session of a visit: the
        # travellers of that visit (a trip told the same days, not one recalled)
        if last.type == "visit" or last.recalled:
            return None
        return next((x for x in mentions if x.type == "visit" and x.status == "held" and x.pair == last.pair and x.visitor
                     and not x.recalled and _dates_compatible(x.date, last.date, True)), None)
    trips = [x for x in mentions if x.type == "visit" and x.status == "held" and x.pair == last.pair and x.visitor
             and not x.recalled]
    return trips[0] if trips else None


# "оно состоится", "it will be held", "ол өтеді": the last planned event goes on
WILL_BE_HELD_RE = CI(r"(?i)\b(оно|она|он|it|ол)\b[^.]{0,30}(состоится|пройдет|пройдёт|will\s+be\s+held|will\s+take\s+place|өтеді)")


# a session to come named again by its bare noun at the head of the next sentence, which tells when and where:
# "... preparations for the 9th meeting of the commission. The meeting is planned for the first half of 2020 in Hanoi",
# "Заседание планируется провести ...", "Отырысты 2020 жылдың бірінші жартысында Ханойда өткізу жоспарланып отыр"
SESSION_AGAIN_RE = CI(r"(?i)^\W*(?:(?:the|this|that|its)\s+(?:next\s+)?(?P<en>meeting|session|sitting|forum|consultations)|"
                      r"(?:это\s+|данное\s+|указанное\s+)?(?P<ru>заседание|форум|консультации)|"
                      r"(?:бұл\s+|аталған\s+)?(?P<kk>отырыс(?:ты|ы)?|форум(?:ды|ы)?|консультациялар(?:ды|ы)?))(?!\w)")


def _session_again(sv: SentenceView, last: _Mention, ref, triggers) -> bool:
    """The sentence names the session to come that the one before told, by its bare noun, and gives it the time and
    the place it lacked (not one it has: "The meeting will be held in Astana" after a session already placed elsewhere
    is another)."""
    t = sv.text
    m = SESSION_AGAIN_RE.match(t)
    if m is None or last.status != "planned" or last.index != sv.index - 1 \
            or last.type not in _noun_kinds(m.group(m.lastgroup)) or not PLANNED_RE.search(t, m.end()) \
            or POSTPONED_RE.search(t, m.end()) or CANCELLED_RE.search(t, m.end()):
        return False  # (not "The session had been expected in September but has been put off": a date no longer)
    if any(x[1].start() > m.end() for x in triggers):
        return False  # the sentence goes on to tell another event
    cities = [p for p in sv.named_places if p.kind == "city" and p.iso3 in last.pair and not is_dateline(t, p)]
    if last.location is not None and cities and cities[0].city != last.location:
        return False
    if last.date is None:
        days = _day_dates(t, ref, "planned")
        last.date = days[0][2] if days else _date(t, ref, "planned")
    if last.location is None and cities:
        last.location, last.host = cities[0].city, cities[0].iso3
    elif last.host is None:
        lands = {p.iso3 for p in sv.named_places if p.kind == "country" and p.iso3 in last.pair}
        if len(lands) == 1:
            last.host = next(iter(lands))  # "Следующее заседание решено провести в Беларуси"
    return True


# sentences after a session within which a delegation's list, or one naming the session ("отырысқа ... қатысты"), is
# still of it
SESSION_LIST_REACH = 4


def _add_lone_official(last: _Mention, found: list) -> None:
    """With one side of the event still without an official, the first titled official of no country joins it
    ("co-chaired by Deputy Minister X and Kazakhstan's Minister Y": X is the other side's)."""
    open_sides = set(last.pair) - {q.iso3 for q in last.people}
    if len(open_sides) == 1:
        _add_people(last.people, [p for p in found if p.iso3 is None and p.role and not AMBASSADOR_RE.search(p.role)][:1])


def _continue_last(sv: SentenceView, last: _Mention, all_people, ref) -> None:
    """A sentence without a trigger that goes on about the last event: its officials of a side not
    named yet join it, and all its officials of the pair when it tells who took part right after the
    event ("С казахстанской стороны приняли участие ..."); "оно состоится 6-7 октября в Гомеле" gives a
    planned event its date, and "Сейсенбі күні өткен отырысқа ..." right after a session told with no day
    gives it that day."""
    sides = {q.iso3 for q in last.people if q.iso3}
    signed = SIGNED_BY_RE.search(sv.text) is not None
    signed_there = signed and SIGNED_AT_EVENT_RE.search(sv.text) is not None
    if (sv.index - max(last.index, last.listed_at) <= 2 or signed_there or last.status == "held" and last.type == "visit"
            and TRAVELS_WITH_RE.search(sv.text) or last.status == "held" and last.type in ("council", "consultations", "forum")
            and sv.index - max(last.index, last.listed_at) <= SESSION_LIST_REACH
            and (TRAVELS_WITH_RE.search(sv.text) or _names_kind(sv.text, last.type))) \
            and (signed or TOOK_PART_RE.search(sv.text)) \
            and people.mentions_someone(sv.text) and not MULTILATERAL_RE.search(sv.text):
        # (not "... саммитіне қатысты": who took part in a summit, not in this event)
        side = _delegation_side(last) if TRAVELS_WITH_RE.search(sv.text) else None
        found = _counterparts_sided(all_people.of(sv), last.pair, all_people.doc.text)
        listed = [p if p.iso3 else dataclasses.replace(p, iso3=side) for p in found
                  if p.iso3 in last.pair or p.iso3 is None and side is not None]  # "Делегация құрамында ..."
        if side is not None:  # "Nurtleu was accompanied by ...": those listed, not the head already told
            last.companions |= _companions(sv.text, sv.start, listed) - {people_key(p) for p in last.people}
        _add_people(last.people, listed)
        last.listed_at = sv.index  # the other side's list may follow: "С казахстанской стороны ... . Узбекскую сторону ..."
        if side is None:
            _add_lone_official(last, found)
    elif len(sides & set(last.pair)) < 2 and people.mentions_someone(sv.text):
        found = all_people.of(sv)
        _add_people(last.people, [p for p in found if p.iso3 in last.pair and p.iso3 not in sides])
        _add_lone_official(last, found)
    if (last.date is None or last.date_default) and last.status == "held" and ref is not None \
            and last.index == sv.index - 1 and _names_kind(sv.text, last.type):
        day = _told_day(sv, ref)
        if day is not None and day[0] == day[1]:  # "Сейсенбі күні өткен отырысқа ... төрағалық етті": that day
            last.date, last.date_default, last.told = day, False, day
    elif last.date is not None and last.date[2] in ("week", "month") and not last.date_default and last.status == "held" \
            and last.index == sv.index - 1 and _names_kind(sv.text, last.type):
        days = [d for _, _, d in _day_dates(sv.text, ref, "held") if not isinstance(d, WeekdayDate)]
        if len(days) == 1 and _dates_compatible(last.date, days[0], False):
            last.date = days[0]  # "на прошлой неделе ... заседание комиссии. Заседание, состоявшееся 16–17 октября, ...": those days
    if last.date is None and last.status == "planned" and WILL_BE_HELD_RE.search(sv.text):
        days = _day_dates(sv.text, ref, "planned")
        last.date = days[0][2] if days else _date(sv.text, ref, "planned")


# ---------------------------------------------------------------- dates

SEASONS = ((3, r"көктем\w*|весной|spring"), (6, r"жаз\w*|летом|summer"), (9, r"күз\w*|осенью|autumn|fall"),
           (12, r"қыс\w*|зимой|winter"))
SEASON_RES = tuple((first, re.compile(pat)) for first, pat in SEASONS)  # compiled once
SEASON_RE = CI(r"(?i)(?P<s>көктем(?:де|ге|гі|інде)|жаз(?:да|ға|ында)|күз(?:де|ге|гі|інде)|қыс(?:та|қа|ында)|"
                       r"весной|летом|осенью|зимой|"
                       r"(?:(?<=this\s)|(?<=next\s)|(?<=the\s)|(?<=last\s))(?:spring|summer|autumn|fall|winter)\b(?!\s+(?:session|semester|school|in\b)))"
                       r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?")  # "in the fall of 2024", "this autumn", not "a fall in trade"
# the season gone by: "last spring", "прошлой весной", "өткен көктемде" (the latest one begun before the report)
LAST_SEASON_BEFORE_RE = CI(r"(?i)(?<!\w)(?:last|прошл(?:ой|ым|ого)|минувш(?:ей|им|ого)|өткен)\s+$")
# the year told right before a season: "2026 жылдың күзінде", "2026 жылы күзде"
SEASON_YEAR_BEFORE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:жылдың|жылы|жылғы)?\s*$")


def _season_span(season: re.Match, y: int) -> tuple:
    """The months of a season of year ``y``: spring March-May, ..., winter December-February."""
    first = next(f for f, rx in SEASON_RES if rx.fullmatch(season.group("s").lower()))
    end_y, end_m = (y + 1, 2) if first == 12 else (y, first + 2)
    return (dt.date(y, first, 1), dt.date(end_y, end_m, calendar.monthrange(end_y, end_m)[1]), "month")


def _season_year(t: str, season: re.Match) -> int | None:
    """The year told with a season: "осенью 2026 года", "in the autumn of 2026", "2026 жылдың күзінде"."""
    if season.group("y"):
        return int(season.group("y"))
    before = SEASON_YEAR_BEFORE_RE.search(t, max(0, season.start() - 20), season.start())
    return int(before.group(1)) if before else None


RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:who|which|кото\w+|кто)\b[^,;]*(?:,|\.?$)")


def _resolve_year(month: int, day: int | None, ref, status) -> int | None:
    if ref is None:
        return None
    y = ref.year
    d = dt.date(y, month, min(day or 1, 28))
    if status == "held" and d > ref + dt.timedelta(days=31):
        y -= 1
    elif status == "planned" and d < ref - dt.timedelta(days=180):
        y += 1
    return y


def _date_near(t: str, m: re.Match, status, ref, wire_day, lo: int, hi: int, several: bool, default: bool = True,
               lang: str = ""):
    """The date of the trigger: the nearest day date within its reach (not one a report is dated
    by: "released an article on Feb. 19 about the meeting on Feb. 16"), else a month, quarter, year or
    relative expression, else an ongoing event's publication day, a wire dateline's day, or the
    publication month for held news."""
    if ref is None and _own_phrase_day(t, m, lang, lo):
        return None  # "officials said at a business forum here on Tuesday": the undated report's dateline day, not
        # "in the first half of 2025" the trade figure before it was told for
    a, b = max(0, m.start() - DATE_WINDOW), min(len(t), m.end() + DATE_WINDOW)
    if not several:  # a lone trigger's window is its sentence, up to a semicolon, however long ("11 қыркүйекте
        a, b = lo, hi  # Бішкекте ... бастаған ... консультациялар өтті": Kazakh tells the time first, the verb last)
    spans = [x for x in _day_dates(t, ref, status) if a <= x[0] < b and not (
        REPORT_DATE_RE.search(t, max(0, x[0] - 35), x[0]) and not _said_at_event(t, x, m))]
    line = WIRE_DAY_RE.match(t) if ref is not None else None
    relative = line is not None and bool(YESTERDAY_RE.search(t, line.end(), b) or TOMORROW_RE.search(t, line.end(), b))
    if relative:  # "TASHKENT, 22 August 2019 (UzA) – ... was held in Tashkent yesterday": the dateline dates the report
        lo, a = max(lo, line.end()), max(a, line.end())
        spans = [x for x in spans if x[0] >= line.end()]
    own = _own_phrase_time(t, m, ref, status, lang, lo)
    if own is not None and not any(own[0] <= x[0] < own[1] for x in spans):
        return own[2]  # "was received on Tuesday by el-Sisi, who recalled the leader's visit to Cairo in 2007": the visit's year
    if several:  # another trigger's own date is not this one's
        if m.re in NEXT_REGEXES:  # "held on May 13, and agreed that the next session ...": that day is not the next's
            spans = [x for x in spans if lo <= x[0] < hi]
        spans = [x for x in spans if lo - 40 <= x[0] < hi + 40] or spans
        # "побывал ... Токаев, а 22 декабря прошлого года ... прошло заседание": a day past a contrast is the next clause's
        spans = [x for x in spans if not (x[0] >= hi and CONTRAST_BREAK_RE.search(t, max(lo, hi - 5), x[0]))] or \
            [x for x in spans if x[0] < hi]
        # "The ministers, who last spoke by phone on February 4, also reviewed ... the Council": the call's day
        theirs = [(x.start(), x.end()) for x in RELATIVE_CLAUSE_RE.finditer(t)
                  if not x.start() <= m.start() < x.end() and TRIGGER_RE.search(t, x.start(), x.end())]
        spans = [x for x in spans if not any(a <= x[0] < b for a, b in theirs)]
        if lang == "kk":  # a time a participle ties to another event noun before this one is that event's: "дүйсенбі
            # күні басталған ... сапары аясында бүгін ... келіссөздері өтті" (the visit that began on Monday), not
            # "12 тамызда Путраджаяда сапар аясында ... келіссөз жүргізді"
            spans = [x for x in spans if not (x[1] <= m.start() and _participle_to_other(t, x[1], m.start()))]
    if status == "held":  # "held talks ... and is scheduled to visit the plant on Wednesday": that day is the plan's
        spans = [x for x in spans if not _planned_aside(t, m, x)]
    if len(spans) > 1:  # "Erdoğan, who addressed the Assembly on Tuesday, is to meet ... on Wednesday"
        rel = [(x.start(), x.end()) for x in RELATIVE_CLAUSE_RE.finditer(t) if not x.start() <= m.start() < x.end()]
        spans = [x for x in spans if not any(a <= x[0] < b for a, b in rel)] or spans
    if spans:
        pos = m.start()
        return min(spans, key=lambda x: (abs(x[0] - pos) if x[0] >= pos else abs(x[0] - pos) + 15))[2]
    if status == "held" and not several and not relative:
        line = WIRE_DAY_RE.match(t)  # "Ханой, 2024 жылғы 14 мамыр – ... өткізді": the dateline's day, however far
        days = _day_dates(line.group(), ref, status) if line else []
        if days:
            return days[0][2]
    d = _own_month(t, m, ref, status, lo, hi) if several else None
    if d is None and several and SAME_YEAR_RE.search(t, lo, hi):
        earlier = YEAR_IN_RE.findall(t, 0, lo)
        if earlier:  # "заседание пройдет в 2026 году, а осенью того же года ... форум": the year named before
            d = _date(_name_the_year(t[lo:hi], earlier[-1]), ref, status, default=False)
    if d is None:
        d = _date(_without_relatives(t, m, lo, hi), ref, status, default=False)
    if d is None and several and not REL_YEAR_RE.search(t, lo, hi):  # "өзінің былтырғы Дохаға сапары": its own time
        cs, _ = _clause_of(t, m.start(), 0, len(t))
        if cs < lo and not SINCE_WORD_RE.search(t, cs, m.start()):
            # "Qatar Chamber yesterday hosted the Qatari-Kazakh Business Forum": the clause's time, told first (not the
            # time of a trip it counts from: "2007 жылғы ... сапарынан бері ... алғашқы сапары")
            d = _date(t[cs:lo], ref, status, default=False)
    if d is None and several:
        opener = TIME_OPENER_RE.match(t)
        if opener and opener.end() <= lo:  # "Yesterday, within the framework of the visit, ... consultations were held"
            d = _date(opener.group(1), ref, status, default=False)
    if d is not None:
        return d
    if not default:
        return None
    if status == "held" and ref is not None and ONGOING_RE.search(t):
        return (ref, ref, "day")  # "өтіп жатқан", "проходит", "is paying a visit": on the day of the report
    if status == "held" and wire_day is not None and not RECALLED_RE.search(t):
        return (wire_day, wire_day, "day")  # "ASTANA, Sept 25 (Interfax) -"
    return _date(_without_relatives(t, m, lo, hi), ref, status)


# "the first visit ... since President Nazarbayev's trip in 2007", "первый визит ... с момента визита": the trip it
# counts from is another
SINCE_WORD_RE = CI(r"(?i)\bsince\b|(?<!\w)с\s+момента|(?<!\w)после\s+(?=\w*\s*визит)|(?<=н\s|н,)бері(?!\w)")
SINCE_CLAUSE_RE = CI(r"(?i)\bsince\b[^,;]*|"  # "... since they were launched in 2004", "the first visit since ... 2007"
                     r"(?<!\w)с\s+момента\s+(?:их\s+|его\s+)?\w+[^,;.]*")
PERSON_RELATIVE_RE = re.compile(r",\s*who\b[^,;]*(?:,|\.?$)")


def _without_relatives(t: str, m: re.Match, lo: int, hi: int) -> str:
    """The trigger's window with the relative clauses of a person that do not hold it blanked out: "Akhmetov, who took
    office in September, is on a two-day visit" (September is when he took office, not when he visits)."""
    window = t[lo:hi]
    for x in SINCE_CLAUSE_RE.finditer(t, lo, hi):  # "the 12th round of the consultations since they were launched in
        if not x.start() <= m.start() < x.end():  # 2004": when the series began, not when this round was held
            a, b = x.start() - lo, x.end() - lo
            window = window[:a] + " " * (b - a) + window[b:]
    for x in PERSON_RELATIVE_RE.finditer(t, lo, hi):  # not "заседание, которое пройдет в декабре": the event's own
        if not x.start() <= m.start() < x.end():
            a, b = x.start() - lo, x.end() - lo
            window = window[:a] + " " * (b - a) + window[b:]
    return window


# a break between coordinated predicates: "held talks ... and is scheduled to", "провел ... и в среду посетит"
PREDICATE_BREAK_RE = CI(r"(?i),\s|;|\s(?:and|и|а|но|but|while|ал|және)\s")


REL_YEAR_GATE = KeywordGate(("year", "год", "жыл", "былтыр", "биыл"))


# a Russian letter (the text is Russian)
CYRILLIC_LETTER_RE = CI(r"[а-яё]")


def _own_phrase_time(t: str, m: re.Match, ref, status, lang: str, lo: int = 0) -> tuple | None:
    """(start, end, date) of a year told in the trigger's own phrase: after it ("visit to Cairo in 2007", "визита в
    Бразилию в сентябре 2007 года") or, in Kazakh, as the attribute before it ("2007 жылғы ... сапары")."""
    if lang != "kk":  # Russian and English put the time after the noun
        after = t[m.end():m.end() + OWN_PHRASE_REACH]
        if not DIGIT_RE.search(after) and not REL_YEAR_GATE.may_match(after.lower()):
            return None
        after = OWN_PHRASE_END_RE.split(after, 1)[0]
        y = YEAR_IN_RE.search(after) or REL_YEAR_RE.search(after)
        if y is None:
            return None
        d = _date(after[:y.end()] + (" года" if YEAR_IN_RE.fullmatch(y.group()) and CYRILLIC_LETTER_RE.search(after) else ""),
                  ref, status, default=False)
        return (m.end(), m.end() + len(after), d) if d is not None else None
    start = max(lo, m.start() - OWN_PHRASE_REACH)  # Kazakh before it, as its attribute (not past the trigger before)
    before = PHRASE_CUT_RE.split(t[start:m.start()])[-1]
    k = KK_YEAR_ATTRIBUTE_RE.search(before)
    if k is not None:
        at = m.start() - len(before) + k.start()
        d = _date(t[at:m.end()], ref, status, default=False)
        return (at, m.end(), d) if d is not None else None
    return None


KK_PARTICIPLE_RE = CI(r"(?i)[^\W\d]+(?:ған|ген|қан|кен)(?!\w)")


def _participle_to_other(t: str, a: int, b: int) -> bool:
    """Between a and b a Kazakh participle leads on to another event noun: "[дүйсенбі күні] басталған ... сапары"."""
    other = TRIGGER_RE.search(t, a, b)
    return other is not None and KK_PARTICIPLE_RE.search(t, a, other.start()) is not None


def _own_phrase_day(t: str, m: re.Match, lang: str, lo: int = 0) -> bool:
    """The trigger's own phrase tells a weekday, today or yesterday: after it ("at a business forum here on Tuesday",
    "на форуме во вторник") or, in Kazakh, before it ("сейсенбі күні өткен форумда")."""
    if lang != "kk":
        phrase = OWN_PHRASE_END_RE.split(t[m.end():m.end() + OWN_PHRASE_REACH], 1)[0]
    else:
        phrase = PHRASE_CUT_RE.split(t[max(lo, m.start() - OWN_PHRASE_REACH):m.start()])[-1]
    return bool(ANY_WEEKDAY_RE.search(phrase) or TODAY_RE.search(phrase) or YESTERDAY_RE.search(phrase))


def _planned_aside(t: str, m: re.Match, x: tuple) -> bool:
    """The day ``x`` is told after the trigger in a coordinated predicate of its own whose tense is a plan
    ("He held talks ... and is scheduled to visit Hyundai's plant on Wednesday", "провел переговоры ... и в
    среду посетит завод", "келіссөз жүргізіп, сәрсенбіде зауытқа барады"): it is not the day of what was held."""
    if x[0] < m.end():
        return False
    breaks = list(PREDICATE_BREAK_RE.finditer(t, m.end(), x[0]))
    if not breaks:
        return False
    end = PREDICATE_BREAK_RE.search(t, x[1])
    a, b = breaks[-1].end(), (end.start() if end else len(t))
    return any(a <= c[0] < b for c in _cue_spans(t, True)) and not any(a <= c[0] < b for c in _cue_spans(t, False))


# a time opening the sentence, set off by a comma, scopes over all of it: "Yesterday, ...", "Вчера, ...", "Кеше, ..."
TIME_OPENER_RE = re.compile(r"\W*([^,;.]{2,30}),\s")


# the day of the event told just before: "в тот же день", "later in the day", "сол күні"
SAME_DAY_RE = CI(r"(?i)(?:в\s+тот\s+же\s+день|в\s+этот\s+же\s+день|тем\s+же\s+дн[её]м|позже\s+в\s+тот\s+день|"
                         r"(?:later|earlier)\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+day|сол\s+күні|осы\s+күні|"
                         r"(?<!\w)(?:вечером|(?:later\s+)?in\s+the\s+evening|that\s+evening|кешке|кешкісін)(?!\s+(?:\d|дейін))"
                         r")")  # the evening closes the day told last


# the day before the event told before, named by its noun: "On the eve of the meeting", "Накануне встречи",
# "Кездесу қарсаңында"
# the kinds of event the noun of an "eve" names: a meeting or talks (held within a trip too), a session, consultations
EVE_NOUN_KINDS = ((CI(r"(?i)session|заседани|отырыс"), ("council",)),
                  (CI(r"(?i)consultation|консультаци"), ("consultations",)),
                  (CI(r"(?i)meeting|talks|встреч|переговор|кездесу|келіссөз"), ("talks", "visit")))
# a meeting told in a trip's sentence (the trip's mention holds it): "Берлинге барып, ... Меркельмен кездескен"
MET_RE = CI(r"(?i)\bmet\b|\bmeeting|встретил|встреч|переговор|кездес|келіссөз")


def _eve_kinds(words: str) -> tuple:
    return next((kinds for rx, kinds in EVE_NOUN_KINDS if rx.search(words)), ())


EVE_OF_TOLD_RE = CI(r"(?i)(?<!\w)(?:on\s+the\s+eve\s+of\s+(?:the|their|this|that)\s+(?:\w+\s+)?(?:meeting|talks|session|"
                     r"consultations)|накануне\s+(?:\w+\s+)?(?:встречи|переговоров|заседания|консультаций)|"
                     r"(?:кездесу|келіссөз|отырыс|консультация)\w*\s+қарсаңында)(?!\w)")


# talks named as a trip's purpose, after its verb: "for talks with", "для переговоров", "на переговоры с", "келіссөз
# жүргізу үшін"
TALKS_PURPOSE_BEFORE_RE = CI(r"(?i)(?<!\w)(?:for|для|на)\s+(?:[\w-]+\s+)?$")
TALKS_PURPOSE_AFTER_RE = CI(r"(?i)\s+(?:жүргізу|өткізу)\s+(?:үшін|мақсатында)")


# the verbs of a trip's beginning: "басталды", "начался", "began", "started"
BEGAN_WORDS = r"басталды|начал(?:ся|ась)|began|started"
# a trip told to have begun: "The visit began yesterday", "Визит начался накануне", "Сапар кеше басталды"
TRIP_BEGAN_RE = CI(rf"(?i)(?<!\w)(?:{BEGAN_WORDS}|басталған)(?!\w)")


# the day after the event told before: "the following day", "на следующий день", "келесі күні", "ертесіне"
NEXT_DAY_RE = CI(r"(?i)(?:the\s+(?:following|next)\s+day|a\s+day\s+later|на\s+следующий\s+день|на\s+другой\s+день|"
                         r"дн[её]м\s+позже|спустя\s+день|келесі\s+күні|ертесі\s+күні|ертесіне|бір\s+күннен\s+кейін)")


# a trip said to begin or end with an event: "Сапар ... бизнес-форумынан басталды", "Визит начался с бизнес-форума",
# "The visit ended with talks"
TRIP_BOUND_RE = CI(r"(?i)(?<!\w)(?:сапар\w*|визит\w*|visit|trip|tour)\W+(?:[\w-]+\W+){0,8}?(?:(?P<start>"
                   rf"{BEGAN_WORDS}|opened|kicked\s+off)|(?P<end>аяқталды|завершил(?:ся|ась)|"
                           r"закончил(?:ся|ась)|ended|concluded|wrapped\s+up))(?!\w)")


TRIP_BOUND_REACH = 40  # characters from "began with" to the event's noun


# a comma, a semicolon or a full stop
COMMA_OR_STOP_RE = re.compile(r"[,;.]")


def _bound_event(t: str, bound: re.Match, m: re.Match) -> bool:
    """The trigger is what the trip began or ended with: before the verb ("бизнес-форумынан басталды") or just
    after it, in its clause ("начался с бизнес-форума", "ended with a business forum")."""
    if bound.start() < m.start() < bound.end():
        return True
    return 0 <= m.start() - bound.end() <= TRIP_BOUND_REACH and not COMMA_OR_STOP_RE.search(t[bound.end():m.start()])


# the participles of holding an event, after its noun in Russian and English
HOLDING_PARTICIPLE = r"held|took\s+place|состоявш\w+|прошедш\w+|проведенн\w+"
# the participle that opens an event noun's own phrase after it: "a business forum held the same day", "форум,
# состоявшийся на следующий день"
HELD_PARTICIPLE_RE = CI(rf"(?i),?\s*(?:(?:which|that)\s+(?:was\s+)?)?(?:{HOLDING_PARTICIPLE}|organi[sz]ed|"
                                r"организованн\w+)\s+")


def _held_then(t: str, m: re.Match, rx: re.Pattern) -> bool:
    """The trigger's own participle phrase tells its day by the event told before ("a business forum held the
    same day", "форум, состоявшийся на следующий день"); Kazakh puts it before the noun ("сол күні өткен")."""
    x = HELD_PARTICIPLE_RE.match(t, m.end())
    return x is not None and rx.match(t, x.end()) is not None


# joins two events' phrases: a date before it belongs to the phrase before ("телефонный разговор (октябрь 2025
# года), а также заседание комиссии, состоявшееся в апреле")
COORDINATION_RE = CI(r"(?i)(?:,\s*а\s+также|\bа\s+также|\bas\s+well\s+as|,\s*and\s|;|,\s*сондай-ақ|\bсондай-ақ)")


def _own_month(t: str, m, ref, status, lo: int, hi: int):
    """The month of one of several triggers in a sentence when its stretch names more than one, or one that a
    coordination ties to the trigger ahead: the nearest month not before such a coordination."""
    named = [x for x in MONTH_ANY_RE.finditer(t, lo, hi) if month_number(x.group())]
    months = [x for x in named if not (x.end() <= m.start() and COORDINATION_RE.search(t, x.end(), m.start()))]
    if not months or (len(named) < 2 and months == named):
        return None
    near = min(months, key=lambda x: abs(x.start() - m.start()) + (0 if x.start() >= m.start() else 15))
    start = max([lo, near.start() - 25] + [x.end() for x in named if x.end() <= near.start()])
    return _date(t[start:min(hi, near.end() + 30)], ref, status, default=False)


def _yearless_day(t: str, m, lo: int, hi: int, several: bool) -> tuple | None:
    """(month, day) of "29 марта", "Nov. 12" when no year can be known."""
    a, b = (lo, hi) if several else (max(0, m.start() - DATE_WINDOW), min(len(t), m.end() + DATE_WINDOW))
    best = None
    for d in KK_GEN_DAY_RE.finditer(t, a, b):  # "мамырдың 21-інде"
        before = KK_GEN_MONTH_BEFORE_RE.search(t, max(0, d.start() - 30), d.start())
        mon = month_number(before.group(2)) if before and not before.group(1) else None
        if mon:
            dist = abs(before.start() - m.start())
            if best is None or dist < best[0]:
                best = (dist, (mon, int(d.group(1))), d.start())
    for mm, (day1, month) in [(x, (1, 3)) for x in DAY_MONTH_RE.finditer(t, a, b)] + [(x, (2, 1)) for x in MONTH_DAY_RE.finditer(t, a, b)]:
        mon = month_number(mm.group(month))
        if mon and not mm.group(4) and not REPORT_DATE_RE.search(t, max(0, mm.start() - 35), mm.start()):
            d = abs(mm.start() - m.start())
            if best is None or d < best[0]:
                best = (d, (mon, int(mm.group(day1))), mm.start())
    if best is None:
        return None
    line = WIRE_DAY_RE.match(t)
    if line and best[2] < line.end() and YESTERDAY_RE.search(t, line.end(), b):
        return _wire_relative(t[line.end():b], best[1]) or best[1]  # "ASTANA, March 1 – Yesterday ...": the day before the dateline's
    return best[1]


def _day_dates(t: str, ref, status) -> list[tuple[int, int, tuple]]:
    """Dates with a day: "12.03.2024", "2 июля", "8-9 октября 2019", "Nov. 12", "June 3-4, 2024"."""
    if not DIGIT_RE.search(t) and (ref is None or not WEEKDAY_GATE.may_match(t.lower())
                                   or not WEEKDAY_RE.search(t) and not PAST_WEEKEND_RE.search(t)):
        return []
    return list(_day_dates_cached(t, ref, status))


# "and", "и", "және" between two days
AND_BETWEEN_RE = CI(r"(?i)\s(?:and|и|және)\s")


@functools.lru_cache(maxsize=1024)
def _day_dates_cached(t: str, ref, status) -> tuple:
    out = []
    for m in NUMERIC_DATE_RE.finditer(t):
        try:
            d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            out.append((m.start(), m.end(), (d, d, "day")))
        except ValueError:
            pass
    if ref is not None:
        # days of a month named by its relation to the report's ("осы айдың 12-сінде", "12-го числа прошлого
        # месяца"), or not named at all ("On the 14th", "14-го числа", "14-і күні")
        for m, which, d1, d2 in [(m, m.group(1), m.group(2), m.group(3)) for m in KK_THIS_MONTH_DAY_RE.finditer(t)] + \
                [(m, m.group(2), m.group(1), None) for m in RU_THIS_MONTH_DAY_RE.finditer(t)] + \
                [(m, None, m.group(1) or m.group(2) or m.group(3), None) for m in BARE_DAY_RE.finditer(t)]:
            first = _report_month(ref, which, int(d1), status)
            try:
                out.append((m.start(), m.end(), (first.replace(day=int(d1)), first.replace(day=int(d2 or d1)), "day")))
            except ValueError:
                pass
        for m in WEEKDAY_RE.finditer(t):
            d = weekday_date(m.group("en") or m.group("ru") or m.group("kk"), ref, status)
            out.append((m.start(), m.end(), WeekdayDate((d, d, "day"))))
        if status == "held":
            for m in PAST_WEEKEND_RE.finditer(t):  # the Saturday and Sunday last gone before the report's day
                sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7 or 7)
                out.append((m.start(), m.end(), (sunday - dt.timedelta(days=1), sunday, "day")))
    for d in KK_GEN_DAY_RE.finditer(t):  # "мамырдың 21-інде", "2023 жылғы мамырдың 21-23-і"
        if any(s <= d.start() < e for s, e, _ in out):
            continue
        before = KK_GEN_MONTH_BEFORE_RE.search(t, max(0, d.start() - 30), d.start())
        mon = month_number(before.group(2)) if before else None
        if not mon:
            continue
        y = int(before.group(1)) if before.group(1) else _resolve_year(mon, int(d.group(1)), ref, status)
        try:
            if y is not None:
                out.append((before.start(), d.end(), (dt.date(y, mon, int(d.group(1))), dt.date(y, mon, int(d.group(2) or d.group(1))), "day")))
        except ValueError:
            pass
    for m, (day1, day2, month, year) in [(m, (1, 2, 3, 4)) for m in DAY_MONTH_RE.finditer(t)] + \
            [(m, (2, 3, 1, 4)) for m in MONTH_DAY_RE.finditer(t)]:
        mon = month_number(m.group(month))
        if not mon or any(s <= m.start() < e for s, e, _ in out):
            continue
        if m.group(month).lower() == "may" and not m.group(year) and month == 1 and not DIGIT_RE.match(m.group(2) or ""):
            continue
        d1, d2 = int(m.group(day1)), int(m.group(day2) or m.group(day1))
        if d2 != d1 + 1 and AND_BETWEEN_RE.search(m.group()):
            d2 = d1  # "2 и 3 апреля" are the days of one event; "5 и 20 мая" are two days, the first taken
        start = m.start()
        if not m.group(year) and month == 3:  # day-month order
            before = KK_YEAR_BEFORE_RE.search(t, max(0, start - 16), start)
            if before:  # "2022 жылғы 10-11 мамырда": the Kazakh year stands before the day
                start, y = before.start(), int(before.group(1))
        if start == m.start():
            y = int(m.group(year)) if m.group(year) else _resolve_year(mon, d1, ref, status)
        if y is None:
            continue
        try:
            out.append((start, m.end(), (dt.date(y, mon, d1), dt.date(y, mon, d2), "day")))
        except ValueError:
            continue
    # "on Monday, March 3", "в понедельник, 3 марта": the weekday only names the day told beside it
    told = [(s, e) for s, e, d in out if not isinstance(d, WeekdayDate)]
    return tuple(x for x in out if not isinstance(x[2], WeekdayDate)
                 or not any(WEEKDAY_BESIDE_RE.fullmatch(t, x[1], s) or WEEKDAY_BESIDE_RE.fullmatch(t, e, x[0]) for s, e in told))


WEEKDAY_BESIDE_RE = re.compile(r"[\s,()]{0,3}")


def _report_month(ref: dt.date, which: str | None, day: int, status) -> dt.date:
    """The first day of the month a day of the month is in: the report's, the one before ("өткен айдың",
    "прошлого месяца"), or, with the month not named, the one before for a held event on a day still to
    come and the next one for a planned event on a day gone by."""
    first = ref.replace(day=1)
    if which is not None and which.lower() in ("өткен", "прошлого") or which is None and status == "held" and day > ref.day:
        return (first - dt.timedelta(days=1)).replace(day=1)
    if which is None and status == "planned" and day < ref.day:
        return (first + dt.timedelta(days=32)).replace(day=1)
    return first


def _month_of(ref: dt.date) -> tuple:
    """The report's month as a date: what a held event with no time of its own is dated by."""
    return (dt.date(ref.year, ref.month, 1), dt.date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1]), "month")


REL_MONTH_REACH = 30  # how far a relative year ("last year", "өткен жылғы") may stand from the month it dates


# a day number after the month: "мая 15"
DAY_AFTER_RE = re.compile(r"\s*\d{1,2}(?!\d)")
# a day number before the month: "15 мая"
DAY_BEFORE_RE = re.compile(r"\d{1,2}\s*$")
# a year right before the month: "2024 жылғы мамыр", "2024 года"
YEAR_BEFORE_RE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*(?:жылғы|жылы|жылдың|года|г\.)?\s*$")


@functools.lru_cache(maxsize=2048)
def _date(t, ref, status, default: bool = True):
    """Month, quarter, year and relative dates of a text (no day given); with ``default``, the
    publication month for held news."""
    rel = next((x for x in REL_YEAR_RE.finditer(t) if not _after_figure(t, x.start())
                and not SPAN_FOR_BEFORE_RE.search(t, max(0, x.start() - 10), x.start())), None)
    for m in MONTH_ANY_RE.finditer(t):
        mon = month_number(m.group())
        if not mon or (m.group().lower() == "may" and not _may_is_month(t, m)):
            continue
        if DAY_AFTER_RE.match(t[m.end():m.end() + 4]) or DAY_BEFORE_RE.search(t[max(0, m.start() - 4):m.start()]):
            continue  # a day date without a year we could not resolve
        yb = YEAR_BEFORE_RE.search(t[max(0, m.start() - 20):m.start()])
        ya = YEAR_AFTER_RE.match(t, m.end())
        if yb or ya:
            y = int((yb or ya).group(1))
        elif rel and ref and (rel.end() >= m.start() - REL_MONTH_REACH and rel.start() <= m.end() + REL_MONTH_REACH):
            y = ref.year + rel_year_delta(rel.group())  # "в декабре прошлого года", "last year in December"; not "visit to
            # Astana last year and discussed preparations for the commission due in December": another phrase's year
        elif ref:
            y = _resolve_year(mon, None, ref, status)  # "in October" beside a dated article
        else:
            continue
        return (dt.date(y, mon, 1), dt.date(y, mon, calendar.monthrange(y, mon)[1]), "month")
    for rx, size in ((QUARTER_RE, 3), (HALF_RE, 6)):
        q = rx.search(t)
        if q:
            word = q.group(1).lower()
            n = next((k for r, k in QUARTER_NUMBERS if r.match(word)), None)
            y = _year_near(t, q, ref, rel)
            if n and not y and status == "planned" and ref is not None:  # "во втором полугодии": the coming one
                y = ref.year if n * size >= ref.month else ref.year + 1
            if n and y:
                first = (n - 1) * size + 1
                return (dt.date(y, first, 1), dt.date(y, first + size - 1, calendar.monthrange(y, first + size - 1)[1]), "month")
    season = SEASON_RE.search(t)
    told = _season_year(t, season) if season else None
    if told is not None:  # "осенью 2026 года", "in the autumn of 2026", "2026 жылдың күзінде": that season's months
        return _season_span(season, told)
    y_m = next((y for y in YEAR_DATE_RE.finditer(t)
                if not is_horizon(t, y) and not _after_figure(t, y.start(1) if y.group(1) else y.start(2))
                and not SINCE_BEFORE_RE.search(t, max(0, y.start() - 12), y.start()) and not _relations_year(t, y)), None)
    if y_m:
        y = int(y_m.group(1) or y_m.group(2))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if ref is None:
        return None
    if season:  # "биылғы күзде", "осенью этого года", "this autumn": the months of that season
        y = ref.year + (rel_year_delta(rel.group()) if rel else 0)
        start, end, prec = _season_span(season, y)
        if not rel and status == "planned" and end < ref:  # "in the spring", said in the autumn: the next one
            start, end, prec = _season_span(season, y + 1)
        elif not rel and (start > ref and status == "held"
                          or end >= ref and LAST_SEASON_BEFORE_RE.search(t, max(0, season.start() - 12), season.start())):
            # "last spring", said in January or in April: the last spring over, the year before's
            start, end, prec = _season_span(season, y - 1)
        return (start, end, prec)
    if TODAY_RE.search(t):
        return (ref, ref, "day")
    if YESTERDAY_RE.search(t):
        d = ref - dt.timedelta(days=1)
        return (d, d, "day")
    if status == "planned" and TOMORROW_RE.search(t):
        d = ref + dt.timedelta(days=1)
        return (d, d, "day")
    if rel:
        y = ref.year + rel_year_delta(rel.group())
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    rel_month = REL_MONTH_RE.search(t)
    if rel_month:
        y, mth = ref.year, ref.month + rel_year_delta(rel_month.group())
        if mth == 0:
            y, mth = y - 1, 12
        elif mth == 13:
            y, mth = y + 1, 1
        return (dt.date(y, mth, 1), dt.date(y, mth, calendar.monthrange(y, mth)[1]), "month")
    if YEAR_END_RE.search(t):
        return (dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), "year")
    week = REL_WEEK_RE.search(t)
    if week:  # that week's days, Monday to Sunday (finer than a month, coarser than a day told: "week" until output)
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=rel_year_delta(week.group()))
        return (monday, monday + dt.timedelta(days=6), "week")
    if status == "held" and default and not RECALLED_RE.search(t):
        return _month_of(ref)
    return None


# a year named by reference to one told before: "того же года", "того года", "that same year", "of that year",
# "сол жылы", "сол жылдың"
SAME_YEAR_RE = CI(r"(?i)(?P<ru>(?<!\w)того\s+(?:же\s+)?года)|(?P<en>(?:of\s+)?(?:the\s+|that\s+)same\s+year|"
                          r"of\s+that\s+year)|(?P<kk>сол\s+жыл(?P<kk_case>ы|дың|ғы))")
YEAR_BACK_REACH = 600  # how far back "that year" looks for the year it means


def _name_the_year(t: str, year) -> str:
    """The text with "того же года", "of that year", "сол жылдың" told as the year itself, in each language's
    own form ("2017 года", "2017", "2017 жылдың"), so the dates of the text read as usual."""
    def repl(m: re.Match) -> str:
        if m.group("kk"):
            return f"{year} жыл{m.group('kk_case')}"
        return f"{year} года" if m.group("ru") else f"{year}"
    return SAME_YEAR_RE.sub(repl, t)


def _year_told_before(text: str, pos: int) -> int | None:
    """The last year the text told before ``pos`` in its paragraph (within YEAR_BACK_REACH characters)."""
    a = max(text.rfind("\n", 0, pos) + 1, pos - YEAR_BACK_REACH)
    years = YEAR_IN_RE.findall(text, a, pos)
    return int(years[-1]) if years else None


# a time right after a figure is the figure's period, not an event's: "Hold Consultations as Trade Hits
# $1.36 Billion in 2024", "товарооборот достиг 1,4 млрд долларов в 2024 году", "cited $312.5 million last year"
FIGURE_TIME_GAP_RE = CI(r"(?i)\s*(?:(?:in|в|за)\s+)?")


@functools.lru_cache(maxsize=1024)
def _figure_ends(t: str) -> tuple[int, ...]:
    return tuple(sorted({a.end for a in numbers.find_amounts(t)} | {p.end for p in numbers.find_percents(t)}))


def _after_figure(t: str, pos: int) -> bool:
    """Does the time at ``pos`` follow a figure (an amount or a percent, as numbers.py reads them)?"""
    if not DIGIT_RE.search(t, max(0, pos - 45), pos):
        return False  # no figure can end right before it (the amounts are read only when one might)
    return any(e <= pos and FIGURE_TIME_GAP_RE.fullmatch(t, e, pos) for e in _figure_ends(t))


# the start of a span, never an event's date: "с 2005 года валовой приток ...", "начиная с 2019 года"
SINCE_BEFORE_RE = CI(r"(?i)(?<!\w)(?:с|со|since)\s+$")
# the year diplomatic relations were established dates no event: "since the establishment of diplomatic
# ties in 1992", "с момента установления дипломатических отношений в 1992 году", "1992 жылы орнатылған"
RELATIONS_SET_BEFORE_RE = CI(r"(?i)(?:establish\w*|set\s+up|установлени\w*|установлен\w*|установил\w*|орнат\w*)"
                                     r"[^.;:]{0,45}$")
RELATIONS_SET_AFTER_RE = CI(r"(?i)^\s*(?:жылы|жылдан|году|года)?[^.;:]{0,40}?(?<!\w)орнат\w*")
RELATIONS_WORD_RE = CI(r"(?i)(?<!\w)(?:relations|ties|отношени\w*|(?:қарым-)?қатынас\w*)(?!\w)")


def _relations_year(t: str, y: re.Match) -> bool:
    """Is the year at ``y`` the one the pair's (diplomatic) relations were established in?"""
    before, after = t[max(0, y.start() - 60):y.start()], t[y.end():y.end() + 50]
    if RELATIONS_SET_BEFORE_RE.search(before):
        return bool(RELATIONS_WORD_RE.search(before))
    return bool(RELATIONS_SET_AFTER_RE.search(after) and RELATIONS_WORD_RE.search(before[-40:] + after))


# the span a figure covers, never an event's date: "только за прошлый год – $62 млн"
SPAN_FOR_BEFORE_RE = CI(r"(?i)(?<!\w)за\s+(?:весь\s+)?$")
# a year dating an event ("программа сотрудничества до 2028 года" is a horizon: periods.is_horizon)
YEAR_DATE_RE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*(?:жылы|жылғы|году|года|г\.|year)|(?i:\bin\s+)(19[5-9]\d|20[0-4]\d)(?![\d-])")


# "May" as a verb: "may be", "may have", "may also", "may organize"
EN_MAY_VERB_AFTER_RE = re.compile(r"\s+(?:be|have|not|also|well|still|[a-z]+(?:e|ize|ise)\b)")


def _may_is_month(t: str, m) -> bool:
    """English "May" the month ("Rahmon's May visit", "in May", "May 5") vs the modal "may"."""
    if DIGIT_RE.search(t[max(0, m.start() - 12):m.end() + 8]):
        return True
    return t[m.start():m.end()] == "May" and m.start() > 0 and not EN_MAY_VERB_AFTER_RE.match(t[m.end():m.end() + 12])


# a year from 1950 to 2049
YEAR_NUMBER_RE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
# "текущего года", "this year", "биылғы жыл", "осы жыл"
THIS_YEAR_RE = CI(r"(?i)(текущего|этого|нынешнего|this|current|биылғы|ағымдағы|осы)\s+(?:года|year|жыл)")


def _year_near(t, m, ref, rel) -> int | None:
    y = YEAR_NUMBER_RE.search(t[m.end():m.end() + 30]) or \
        YEAR_NUMBER_RE.search(t[max(0, m.start() - 30):m.start()])
    if y:
        return int(y.group(1))
    if rel and ref:
        return ref.year + rel_year_delta(rel.group())
    if THIS_YEAR_RE.search(t) and ref:
        return ref.year
    if ref and (THE_YEAR_AFTER_RE.match(t, m.end()) or THE_YEAR_BEFORE_RE.search(t, max(0, m.start() - 12), m.start())):
        return ref.year  # "in the second half of the year", "во второй половине года", "жылдың екінші жартысында"
    return None


# the year named by no number is the report's: "of the year", "года", "жылдың"
THE_YEAR_AFTER_RE = CI(r"(?i)\s+(?:of\s+the\s+year|года)(?!\w)")
THE_YEAR_BEFORE_RE = CI(r"(?i)(?<!\w)жылдың\s+$")


# "следующий год", "next year", "келесі жыл"
NEXT_YEAR_RE = CI(r"(?i)(следующий\s+год|next\s+year|келесі\s+жыл)")
# the first word after a postponement that may be a month (group 1), with its year (group 2)
MONTH_HEAD_RE = CI(r"(?i)\s*(?:(?:to|until|till|на|до)\s+)?(?:\w+\s+){0,2}?([^\W\d_]{3,10})(?:\s+(\d{4}))?")


def _postponed_date(t: str, m, ref):
    """A postponed visit is dated by its new date only: "отложен на следующий год", "postponed to May"."""
    pm = POSTPONED_RE.search(t)
    if pm is None or ref is None:
        return None
    kk = KK_NEW_DATE_BEFORE_RE.search(t, max(0, pm.start() - 40), pm.start())
    if kk and kk.group(3):
        y = int(kk.group(3))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if kk and month_number(kk.group(2)):
        mon = month_number(kk.group(2))
        y = int(kk.group(1)) if kk.group(1) else _resolve_year(mon, None, ref, "planned")
        return (dt.date(y, mon, 1), dt.date(y, mon, calendar.monthrange(y, mon)[1]), "month")
    after = t[pm.end():]
    if not after:
        return None
    if NEXT_YEAR_RE.search(after):
        y = ref.year + 1
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    days = _day_dates(after, ref, "planned")
    if days:
        return days[0][2]
    head = MONTH_HEAD_RE.match(after)
    if head and month_number(head.group(1)):
        mon = month_number(head.group(1))
        y = int(head.group(2)) if head.group(2) else _resolve_year(mon, None, ref, "planned")
        return (dt.date(y, mon, 1), dt.date(y, mon, calendar.monthrange(y, mon)[1]), "month")
    return None


# ---------------------------------------------------------------- merging

def _surname(p) -> str:
    """The last word of a name, initials joined to it cut off ("Қ.Жақыпов": "жақыпов")."""
    return p.name.split()[-1].rsplit(".", 1)[-1].lower()


def people_key(p) -> str:
    """A person by surname: "Қабиболла Жақыпов" and "Қ.Жақыпов" (initials joined to it) are one."""
    return _surname(p)[:5]


CASE_ENDING_MAX = 5  # letters a case ending adds to a surname ("Жақыпов|ымен", "Зайончковск|ого")


def same_surname(a: str, b: str) -> bool:
    """One surname in two forms ("Жақыпов", "Жақыповпен"; "Мирзаева", "Мирзаевой"; "Зайончковский", "Зайончковского"):
    past their common beginning, the shorter keeps two letters at most and the longer a case ending's length; not two
    surnames that only begin alike ("Мирзаев", "Мирзамахмудов")."""
    n = len(os.path.commonprefix((a, b)))
    short, long_ = sorted((a, b), key=len)
    return len(short) - n <= 2 and len(long_) - n <= CASE_ENDING_MAX


def _add_people(into: list, new) -> None:
    """Append the officials of ``new`` not named in ``into`` yet (by surname)."""
    known: dict[str, list[str]] = {}
    for q in into:
        known.setdefault(people_key(q), []).append(_surname(q))
    for p in new:
        key, name = people_key(p), _surname(p)
        if not any(same_surname(name, n) for n in known.get(key, ())):
            into.append(p)
            known.setdefault(key, []).append(name)


def _dates_compatible(a, b, trip: bool) -> bool:
    if a is None or b is None:
        return True
    (s1, e1, p1), (s2, e2, p2) = a, b
    if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2):
        return True  # one inside the other ("November" and "21 November")
    if "week" in (p1, p2) and s1 <= e2 and s2 <= e1:
        return True  # "next week" and "in early February": the week runs into the month
    if trip and p1 == p2 == "day" and abs((s1 - s2).days) <= 3:
        return True  # "arrived on 14 October", "visiting today (15 October)": days of one trip
    return False


def _reported_later(lent: _Mention, told: _Mention) -> bool:
    """A mention dated only by its report ("held a phone call", the headline) and one the text dates a few
    days before it ("on 11 April"): the report of that event, not another one."""
    if not lent.date_default or told.date_default or lent.date is None or told.date is None or told.date[2] != "day":
        return False
    if lent.date[2] == "day":
        return 0 <= (lent.date[0] - told.date[1]).days <= 7
    # a headline dated by the report's month ("итоги визита Коидзуми", 4 September) and the visit of 28 August
    return lent.type == "visit" and lent.report is not None and 0 <= (lent.report - told.date[1]).days <= 7 \
        and bool({people_key(p) for p in lent.people} & _travellers(told, told.visitor))


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.type != b.type or a.pair != b.pair:
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False  # the 7th and the 8th meeting of a council
    if a.body and b.body and a.body != b.body:
        return False  # "the Supreme Interstate Council" and "the intergovernmental commission" are two bodies
    if a.status != b.status and not (a.ordinal and a.ordinal == b.ordinal and (a.document_of or b.document_of)):
        return False
    if a.visitor and b.visitor and a.visitor != b.visitor:
        return False
    # a signing placed by the dateline yields to the place the text tells ("ASTANA. November 18 – ... have signed a
    # memorandum" and "The document was signed in Nairobi on November 16")
    placed = a.type != "signing" or not (a.dateline_place or b.dateline_place)
    if a.host and b.host and a.host != b.host and placed:
        return False
    if a.location and b.location and a.location != b.location and not _one_trip(a, b) and placed:
        return False
    if not _dates_compatible(a.date, b.date, a.type == "visit" or a.date_default or b.date_default) \
            and not _reported_later(a, b) and not _reported_later(b, a) and not _trip_in_report_month(a, b) \
            and not _trip_in_report_month(b, a):
        return False
    if not _month_days_agree(a, b) or _wire_day_outside(a, b) or _wire_day_outside(b, a):
        return False
    # two different travelling officials make two visits
    va, vb = _travellers(a, a.visitor), _travellers(b, b.visitor)
    if va and vb and not (va & vb):
        return False
    if a.type == "talks" and _two_meetings(a, b):
        return False
    return True


def _trip_in_report_month(lent: _Mention, trip: _Mention) -> bool:
    """A visit dated only by the report's month ("the ministers accompany the President on the trip") and one the
    text dates by days that run into the next month ("28 September to 1 October"): the same trip."""
    return lent.type == "visit" and lent.date_default and lent.date is not None and lent.date[2] == "month" \
        and trip.date is not None and not trip.date_default and trip.date[0] <= lent.date[1] and lent.date[0] <= trip.date[1]


def _reported_days_after(e: _Mention, v: _Mention) -> bool:
    """Talks dated only by the report ("also met with the Prime Minister") a few days after a trip the text dates
    ("wrapped up a two-day visit on Thursday"): the report came after the trip, the talks were part of it."""
    return e.date_default and e.date is not None and v.date is not None and not v.date_default \
        and 0 <= (e.date[0] - v.date[1]).days <= 7 and abs(v.index - e.index) <= 3


def _one_trip(a: _Mention, b: _Mention) -> bool:
    """A visit told in two cities of its host within the same few days ("arrived in Kuala Lumpur on Monday" ...
    "talks in Putrajaya on Tuesday") is one trip."""
    return a.type == "visit" and a.host is not None and _agree(a.host, b.host) and a.date is not None and b.date is not None \
        and a.date[2] == b.date[2] == "day" and not (a.date_default or b.date_default) \
        and abs((a.date[0] - b.date[0]).days) <= 3


def _two_meetings(a: _Mention, b: _Mention) -> bool:
    """Both name one official of each side, one side's the same and the other's not: "Тоқаев Папуашвилиді қабылдады" and
    "Папуашвили Мәжіліс Төрағасы Ерлан Қошановпен де кездесті" are two meetings."""
    sides = [([p for p in a.people if p.iso3 == s], [p for p in b.people if p.iso3 == s]) for s in a.pair]
    if not all(len(x) == len(y) == 1 for x, y in sides):
        return False  # a delegation named at one of them: the talks in their extended format
    words = [[{w[:5].lower() for w in q[0].name.split() if len(w) > 2} for q in side] for side in sides]
    same = [bool(x & y) for x, y in words]  # "Abdel Fattah" is "Abdel Fattah el-Sisi"
    if not any(same):  # both new: the extended format's ministers, unless each meeting is told with its own day
        return _told_day_each(a, b)  # "today X met the ambassador ... Earlier in the day, Y met the delegation"
    return not all(same)  # the same guest, another host


def _told_day_each(a: _Mention, b: _Mention) -> bool:
    return all(x.date is not None and x.date[2] == "day" and not x.date_default for x in (a, b))


def _join(e: _Mention, m: _Mention) -> None:
    e.seen += [m.index] + m.seen
    e.companions |= m.companions
    e.told = e.told or m.told
    if e.document_of and not m.document_of:
        e.status, e.document_of = m.status, False  # the meeting's own mention tells whether it was held
    e.ordinal = e.ordinal or m.ordinal
    e.visitor = e.visitor or m.visitor
    if e.type == "signing" and e.dateline_place and m.host and not m.dateline_place:
        e.host, e.location, e.dateline_place = m.host, m.location, False  # where the text says, not the dateline
    e.host = e.host or m.host
    e.location = e.location or m.location
    e.level = e.level or m.level
    if e.date is None and e.month_day is None:
        e.month_day = m.month_day  # a headline's event and the body's "on May 14" in an undated article
    if m.wire_md and (e.wire_md is None or m.wire_md_told and not e.wire_md_told):
        e.wire_md, e.wire_md_told = m.wire_md, m.wire_md_told  # "... консультациялар өтті. Кеше өткен кездесуде": yesterday
    if m.date and e.date and e.date_default != m.date_default:
        if e.date_default:  # a date the text gives beats one the publication lends
            e.date, e.date_default = m.date, False
    elif m.date and e.date and m.date[2] == e.date[2] == "day" and m.date[:2] != e.date[:2] and e.type == "visit":
        e.date = (min(e.date[0], m.date[0]), max(e.date[1], m.date[1]), "day")  # days of one trip
    elif m.date and (not e.date or _finer(m.date, e.date)):
        e.date, e.date_default = m.date, m.date_default
    _add_people(e.people, m.people)


def _month_day(m: _Mention) -> tuple | None:
    """The (month, day) a mention tells, with or without its year."""
    if m.date is not None and not m.date_default and m.date[2] == "day":
        return (m.date[0].month, m.date[0].day)
    return m.month_day


def _day_of_trip(trip: _Mention, m: _Mention) -> bool:
    """A meeting told within a trip ("As part of the visit, on 12 March") on a day of the days after it began."""
    a, b = _month_day(trip), _month_day(m)
    if not (m.in_visit and m.pair == trip.pair and a and b):
        return False
    try:
        days = (dt.date(2000, *b) - dt.date(2000, *a)).days  # a leap year holds every day
    except ValueError:
        return False
    return 0 <= days <= NARRATIVE_TRIP_DAYS


def _under_way_in(trip: _Mention, m: _Mention) -> bool:
    """A meeting told as held within a trip told as to come, on a day of it: the trip is under way ("will be in
    Turkey from 11 to 14 March ... As part of the visit, on 12 March he met")."""
    return m.status == "held" and _day_of_trip(trip, m)


REPORTED_WITHIN_DAYS = 7  # days an undated report's dateline may come after the day the text tells


def _wire_days_agree(a: _Mention, b: _Mention) -> bool:
    """Days counted from an undated report's dateline ("кеше", "бүгін") tell two events apart: the meeting "on the eve
    of the session, yesterday" is not the session held today, nor one dated in another month."""
    for x, y in ((a, b), (b, a)):
        if x.wire_md is None:
            continue
        if y.month_day is not None and y.wire_md is None and not x.wire_md_told \
                and 0 <= (dt.date(2000, *x.wire_md) - dt.date(2000, *y.month_day)).days <= REPORTED_WITHIN_DAYS:
            continue  # "ASTANA. November 18 – ... have signed" and "signed in Nairobi on November 16": reported later
        if (y.wire_md or y.month_day) is not None and (y.wire_md or y.month_day) != x.wire_md:
            return False
        if _told_outside(x.wire_md, y):
            return False
    return True


def _told_outside(wire_md: tuple, m: _Mention) -> bool:
    """The mention's own told day or month does not hold an undated report's (month, day)."""
    return m.date is not None and not m.date_default and m.date[2] in ("day", "month") \
        and not (m.date[0].month, m.date[0].day if m.date[2] == "day" else 1) <= wire_md <= (m.date[1].month, m.date[1].day)


def _wire_day_outside(a: _Mention, b: _Mention) -> bool:
    """An event dated only by an undated report's dateline ("АСТАНА, 5 июня – ... прибывшего с рабочим визитом") is
    not one the text dates in another month ("его государственный визит в Астану в октябре 2022 года")."""
    if a.wire_md is not None and b.date is None and b.month_day is None and b.wire_md is None \
            and PAST_SEASON_RE.search(b.evidence, max(0, b.at - OWN_PHRASE_REACH), b.at + OWN_PHRASE_REACH):
        return True  # "визит ... Орбана в Казахстан прошлой осенью" in a report dated "АСТАНА, 14 марта": another trip
    return a.wire_md is not None and _told_outside(a.wire_md, b)


# a time of last year with no year to date it in an undated report: "прошлой осенью", "last autumn", "былтыр күзде"
PAST_SEASON_RE = CI(r"(?i)(?:прошл\w+|last|былтыр\w*|өткен)\s+(?:\w+\s+)?(?:год\w*|осен\w*|весн\w*|зим\w*|лет\w*|year|"
                    r"autumn|fall|spring|winter|summer|жыл\w*|күз\w*|көктем\w*|қыс\w*|жаз\w*)|былтыр\w*")


def _wire_month_in_trip(m: _Mention, trip: _Mention) -> bool:
    """A meeting dated only by an undated report's dateline ("АСТАНА, 12 марта ... принял сегодня") is none of a trip
    the text dates in other months ("the President's visit in August 2016")."""
    if m.wire_md is not None and m.wire_md_told and trip.date is not None and not trip.date_default \
            and trip.date[2] == "year":
        return False  # "АСТАНА, 12 марта – ... сегодня принял посла" beside "визита ... в Египет в 2007 году": recalled
    if m.wire_md is None or trip.date is None or trip.date_default or trip.date[2] not in ("day", "month") \
            or trip.date[0].year != trip.date[1].year:
        return True
    return trip.date[0].month <= m.wire_md[0] <= trip.date[1].month


def _within_trip(date: tuple, trip: _Mention) -> bool:
    """A day inside the days a trip of a told length spans back from the report ("wrapped up a two-day visit")."""
    return trip.type == "visit" and trip.date is not None and trip.date[2] == date[2] == "day" and trip.date[0] < trip.date[1] \
        and trip.date[0] <= date[0] and date[1] <= trip.date[1]


def _other_foreign_side(session: _Mention, talks: _Mention) -> bool:
    """Talks with another foreign official than the session's ("the same day Bakayev met Minister Al-Mashat" after
    consultations with Deputy Minister Seifeddin): a meeting of their own, not part of the session."""
    theirs = {people_key(p) for p in session.people if p.iso3 not in (None, HOME)}
    met = {people_key(p) for p in talks.people if p.iso3 != HOME}  # a side the text gives no country is not Kazakh either
    others = met - {people_key(p) for p in session.people}
    return bool(theirs) and bool(others) and not theirs & met


# a day told may be the next one when the report is filed across midnight or ahead of a time zone
REPORT_DAY_SLACK = dt.timedelta(days=1)


def _after_report(date: tuple, ref: dt.date) -> bool:
    """Does an event's time lie wholly after the report's date (a month or year after its month, a day
    after the next)? Such an event cannot have been held when it was reported."""
    start, _, prec = date
    return start > ref + REPORT_DAY_SLACK if prec in ("day", "week") else start > ref


# the time before a trip: "Сапар қарсаңында", "накануне визита", "ahead of the visit", "in the run-up to the visit"
AHEAD_OF_TRIP_RE = CI(r"(?i)қарсаңында|алдында|накануне|в\s+преддверии|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|"
                      r"before\s+the")


def _ends_in_past(t: str) -> bool:
    """The sentence's last tense cue is a past one ("... кездесіп, ... дайындықты талқылады")."""
    held, planned = _cue_spans(t, False), _cue_spans(t, True)
    return bool(held) and (not planned or held[-1][0] > planned[-1][0])


def _unlend_past_times(mentions: list[_Mention], ref: dt.date | None) -> None:
    """A trip dated before the report and told in a sentence whose last verb is past was held, whatever plan the
    sentence tells beside it (not one still ahead then: "алдағы сапар", "Сапар қарсаңында"). A session still to come
    told in the sentence of a trip held ("During his visit to Riyadh on November 27-28 ... discussed preparations for
    the next meeting of the commission"): the trip's days and city are the trip's, a past time is none of the session
    to come."""
    if ref is None:
        return
    for m in mentions:
        if m.type == "visit" and m.status == "planned" and not m.postponed and m.date is not None and not m.date_default \
                and m.date[1] < ref and _ends_in_past(m.evidence) \
                and not UPCOMING_RE.search(m.evidence, max(0, m.at - UPCOMING_REACH), m.at + 12) \
                and not AHEAD_OF_TRIP_RE.search(m.evidence, max(0, m.at - 30), m.at + 30):
            # (not "алдағы сапардың бағдарламасын талқылаған еді", "Сапар қарсаңында, 25 қыркүйекте": the trip was still
            # to come then)
            m.status = "held"  # "Эр-Риядқа 27-28 қарашадағы сапары аясында ... келесі отырысына дайындықты талқылады"
    for m in mentions:
        if m.status != "planned" or m.type == "visit" or m.date is None or m.date_default or m.date[1] >= ref:
            continue
        trip = next((x for x in mentions if x.index == m.index and x is not m and x.status == "held" and x.date == m.date
                     and x.at < m.at), None)
        if trip is None:
            continue
        m.date, m.told, m.in_visit = None, None, False
        if m.location is not None and (m.location == trip.location or m.host == trip.host):
            m.location = m.host = None  # (the trip's city, or one in its host country)


def _merge(article: Article, mentions: list[_Mention], all_people, stated_year: int | None = None) -> list[VisitEvent]:
    ref = article.published_on
    mentions = _lasts_until(mentions)
    for m in mentions:
        if m.status == "held" and ref is not None and m.date is not None and _after_report(m.date, ref):
            m.status = "planned"  # "обсудили проведение заседания, которое пройдет в декабре": not yet held when reported
    _unlend_past_times(mentions, ref)
    # a planned mention of a visit that the article reports as held ("during the upcoming visit")
    held_visits = [m for m in mentions if m.type == "visit" and m.status == "held"]
    for m in mentions:
        if m.type == "visit" and m.status == "planned" and not m.postponed and (m.date is None or m.date[2] == "month"):
            twins = [h for h in held_visits if h.pair == m.pair and (m.visitor is None or m.visitor == h.visitor)
                     and _dates_compatible(h.date, m.date, True) and _same_travellers(h, m)]
            own = _travellers(m, m.visitor)
            if own and any(_travellers(h, m.visitor) for h in held_visits if h.pair == m.pair):
                # the trip held names its travellers: a visit to come of others is another ("the minister's delegation
                # was in Qatar ... preparations for the President's upcoming visit to Qatar were discussed")
                twins = [h for h in twins if own & _travellers(h, m.visitor)]
            twin = twins[0] if twins else None
            if twin is not None:
                m.status = "held"
                if m.host == twin.host and m.location != twin.location:
                    m.location = None  # "Завтра делегация посетит Шушу" during the visit to Baku: a leg of that trip
    # thanks for the invitation to a visit tell it is under way only where the guest is met (or is told to be: "In Rome,
    # Tokayev thanked ..."): "Токаев поблагодарил Мирзиёева за приглашение посетить Узбекистан" in a call is one to come
    for m in mentions:
        if m.thanked and not _thanked_there(m) and not any(
                x is not m and x.status == "held" and x.type != "phone_call" and x.pair == m.pair and not x.recalled
                and x.host is not None and x.host == m.host for x in mentions):
            m.status = "planned"
            if m.date_default:
                m.date, m.date_default = None, False  # the report's month was lent to a visit held
    # a session only prepared for, undated and not named as another ("next", "21st"), is the one the article tells
    # held: "Бұған дейін, 17 ақпанда, елші ... комиссия отырысына дайындықты талқылаған болатын" beside "Бүгін ... отырысы өтті"
    held_sessions = {(m.type, m.pair) for m in mentions if m.type in ("council", "consultations") and m.status == "held"}
    for m in mentions:
        if (m.type, m.pair) in held_sessions and m.status == "planned" and m.date is None and not m.postponed \
                and m.ordinal is None and _prepared_only(m):
            m.status = "held"
    ref = article.published_on
    for m in mentions:
        if m.type == "visit" and m.status == "planned" and not m.postponed and ref is not None and m.date is not None \
                and m.date[2] == "day" and m.date[0] <= ref <= m.date[1]:
            # "кеше Нұр-Сұлтанға келді. ... сапары 14-16 қазан аралығында өтеді" told on the 15th: the trip under way
            twin = next((h for h in held_visits if h.pair == m.pair and (m.visitor is None or m.visitor == h.visitor)
                         and h.date is not None and m.date[0] <= h.date[0] <= m.date[1]), None)
            if twin is not None:
                m.status = "held"
    for m in mentions:
        if m.type == "visit" and m.status == "planned" and not m.postponed \
                and any(_under_way_in(m, x) for x in mentions if 0 < x.index - m.index <= 2):
            m.status = "held"  # "11-14 наурыз аралығында сапармен болады. Сапар аясында 12 наурызда ... кездесті": under way
    merged: list[_Mention] = []
    for m in mentions:
        for e in merged:
            if _compatible(e, m):
                _join(e, m)
                break
        else:
            merged.append(m)
    # a postponed visit and its rescheduled announcement are one planned visit
    out_m = []
    for e in merged:
        if e.type == "visit" and e.postponed:
            twin = next((v for v in merged if v is not e and v.type == "visit" and v.pair == e.pair and v.status == "planned"
                         and (e.visitor is None or v.visitor in (None, e.visitor))), None)
            if twin is not None:
                _add_people(twin.people, e.people)
                continue
        out_m.append(e)
    merged = out_m
    for e in merged:
        if e.dateline_place and e.type != "visit":
            # "ASTANA – ... talks in Abu Dhabi during the state visit ... The sides signed 15 documents": the
            # report was filed at home, the meeting and the signing were where the visit of those days went
            trip = next((v for v in merged if v.type == "visit" and v.pair == e.pair and v.status == e.status and v.host
                         and v.host != e.host and not v.dateline_place
                         and (v.date, v.month_day, v.wire_md) != (None, None, None)  # not a trip recalled with no time
                         and (_dates_compatible(v.date, e.date, True) or _reported_days_after(e, v))
                         and _month_days_agree(v, e) and _wire_month_in_trip(e, v)), None)
            if trip is not None:
                e.host, e.location = trip.host, trip.location
    _date_trips_by_sessions(merged)  # before their talks fold in and date them by a single day
    # talks held during a visit, a commission session or consultations of the same pair are part of them
    out_m = []
    for e in merged:
        if e.type == "talks":
            hosts = [v for v in merged if v.type in ("council", "consultations", "forum") and v.pair == e.pair
                     and v.status == e.status and _agree(e.host, v.host) and _agree(e.location, v.location)
                     and _dates_compatible(v.date, e.date, False)
                     and not _other_foreign_side(v, e) and (v.date is not None or e.date is None)
                     and _month_days_agree(v, e) and _wire_days_agree(v, e)
                     and not _met_within_session(e)]
            visits = [v for v in merged if v.type == "visit" and v.pair == e.pair and _agree(e.host, v.host)
                      and (_agree(e.location, v.location) or e.host is not None and e.in_visit)  # "in Putrajaya, during the visit"
                      and (_month_days_agree(v, e) or _day_of_trip(v, e)) and _wire_month_in_trip(e, v) and _share_officials(v, e)
                      and not _envoy_meeting_apart(v, e)
                      and (v.status == e.status or e.status == "planned")
                      and (_dates_compatible(v.date, e.date, True) or _reported_days_after(e, v))]
            cands = hosts + visits
            shared = [v for v in cands if {people_key(p) for p in v.people} & {people_key(p) for p in e.people}]
            shared = [v for v in shared if v.type == "visit"] or shared  # a trip's talks, not its forum's
            pool = shared or (visits if e.in_visit and visits else cands)  # "during the visit": the visit
            # the event sharing its officials, else a commission/consultations it belongs to, else the nearest visit
            # (a visit told in the talks' own sentence comes first: "recalled his state visit and the talks in Astana")
            host_event = next((v for v in pool if v in hosts), None) \
                if not shared and not any(v.index == e.index for v in visits) else None
            visit = min(pool, key=lambda v: abs(v.index - e.index)) if pool else None
            target = (shared and visit) or host_event or visit
            if target is not None:
                if target.location is None and e.location is not None:
                    target.location = e.location
                    if target.type != "visit" and target.host is None:
                        target.host = e.host  # the place and its country go together
                if target.type == "visit" and target.host is None and e.host in target.pair:
                    target.host = e.host  # "talks in Astana" during "last year's visit": the visit was to Kazakhstan
                    target.visitor = target.pair[0] if e.host == target.pair[1] else target.pair[1]
                if e.date and target.date_default and not e.date_default and _within_trip(e.date, target):
                    target.date_default = False  # "wrapped up a two-day visit" on the report's day, talks "on Wednesday"
                elif e.date and (target.status == e.status or target.date is None) and (
                        target.date is None or _finer(e.date, target.date) or (target.date_default and not e.date_default)):
                    # "during the meeting on May 14": the visit's day (not a meeting still to come in a visit under way)
                    target.date, target.date_default = e.date, e.date_default
                elif target.type == "visit" and _one_trip(target, e) and target.date[0] == target.date[1] < e.date[1]:
                    target.date = (target.date[0], e.date[1], "day")  # arrived on the 11th, talks on the 12th: 11-12
                _add_people(target.people, e.people)
                continue
        out_m.append(e)
    # a commission, consultations or forum held during a visit: the visit's officials took part
    for e in out_m:
        if e.type in ("council", "consultations", "forum") and len({p.iso3 for p in e.people}) < 2:
            trip = next((v for v in out_m if v.type == "visit" and v.pair == e.pair and v.status == e.status
                         and _agree(e.host, v.host) and _dates_compatible(v.date, e.date, True)
                         and _month_days_agree(v, e)), None)
            if trip is not None:
                _add_people(e.people, trip.people)
    # the officials who signed documents during a visit took part in it ("Министр энергетики РК ... и министр ...
    # Венгрии ... подписали меморандум" on the day of the talks in Budapest)
    for e in out_m:
        if e.type == "signing" and e.status == "held" and e.people:
            trip = next((v for v in out_m if v.type == "visit" and v.pair == e.pair and v.status == "held"
                         and _agree(e.host, v.host) and _dates_compatible(v.date, e.date, True)
                         and _month_days_agree(v, e) and not v.recalled), None)
            if trip is not None:
                _add_people(trip.people, [p for p in _counterparts_sided(e.people, e.pair, all_people.doc.text)
                                          if p.iso3 in e.pair])
    _date_trips_by_sessions(out_m)  # and again, now that sessions name the travellers
    for v in out_m:
        if v.type == "visit" and v.visitor and v.host:
            # the hosts who co-chaired a commission or consultations with the visitors took part in the visit
            for c in out_m:
                if c.type in ("council", "consultations") and c.pair == v.pair and c.status == v.status \
                        and _agree(c.host, v.host) and c.date is not None and v.date is not None \
                        and _dates_compatible(v.date, c.date, True) and _month_days_agree(v, c) \
                        and _session_of_travellers(v, c) and {people_key(p) for p in v.people if p.iso3 == v.visitor} \
                        & {people_key(p) for p in c.people if p.iso3 == v.visitor}:
                    named = any(p.iso3 == v.host for p in c.people)  # else an official of no country is the host's
                    _add_people(v.people, [p if p.iso3 else dataclasses.replace(p, iso3=v.host) for p in c.people
                                           if p.iso3 == v.host or p.iso3 is None and not named])
    for e in out_m:
        if e.type != "visit" and (e.date_default or e.headed) and e.date is not None and e.status == "held":
            # a signing or forum of the days of a visit, dated only by the publication month: the visit's days
            trip = next((v for v in out_m if v.type == "visit" and v.pair == e.pair and v.status == "held"
                         and not v.date_default and v.date is not None and v.date[2] == "day"
                         and _dates_compatible(e.date, v.date, False) and _agree(e.host, v.host)
                         and _agree(e.location, v.location) and abs(v.index - e.index) <= 3), None)
            if trip is not None:
                # the sentence right after the one telling the trip's first day goes on with that day ("opened a
                # three-day visit in Houston on Monday ... He addressed the business forum")
                e.date = (trip.date[0], trip.date[0], "day") if e.index == trip.index + 1 and trip.told is not None \
                    and trip.told[0] == trip.date[0] else trip.date
    for e in out_m:
        if e.in_visit:
            # "в ходе визита ... заседание совета": the visit reported last before it (else the next one)
            trips = [v for v in out_m if v.type == "visit" and v.pair == e.pair and v.host and _agree(e.host, v.host)]
            trip = max((v for v in trips if v.index <= e.index), key=lambda v: v.index, default=None) \
                or min(trips, key=lambda v: v.index, default=None)
            if trip is not None:
                if e.host is None:
                    e.host, e.location = trip.host, e.location or trip.location
                if (e.date is None and e.month_day is None or (e.date_default or e.headed) and not trip.date_default) \
                        and trip.status == e.status and trip.date is not None:
                    # "сол сапар барысында ... отырысы өтті", a session planned during a planned visit: the visit's days
                    e.date, e.date_default = trip.date, False
    for e in out_m:
        if e.type in ("council", "consultations", "forum") and e.host is None and e.location is None and (
                e.status == "held" or article.published_on is not None and e.date is not None
                and e.date[0] > article.published_on):
            # "Oman's minister was in Astana on January 14. With Shakkaliyev he co-chaired the commission": the session
            # told next by the traveller of a trip of that day is held where the trip went
            # (and one still to come on a day of a trip under way: "Tomorrow the prime ministers will attend the forum")
            trip = next((v for v in out_m if v.type == "visit" and v.pair == e.pair and v.status == "held" and v.host
                         and 0 < e.index - v.index and v.date is not None and e.date is not None and v.date[2] == "day"
                         and e.date[2] == "day" and v.date[0] <= e.date[0] and e.date[1] <= v.date[1]
                         and (e.index - v.index <= 1 and _share_officials(v, e) or v.date[0] < v.date[1])), None)
            if trip is not None:
                # (the city too, unless the trip went on to another of the host's cities told since: "arrived in Kuala
                # Lumpur ... talks in Putrajaya ... addressed the forum")
                cities = {p.city for sv in all_people.doc.sentences[trip.index + 1:e.index + 1] for p in sv.places
                          if p.kind == "city" and p.iso3 == trip.host}
                e.host, e.location = trip.host, trip.location if cities <= {trip.location} else None
    for e in out_m:
        if e.visit_day is not None and e.type != "visit":
            # "on the second day of his visit ... addressed the forum": the visit's days, counted
            trip = next((v for v in out_m if v.type == "visit" and v.pair == e.pair and v.status == e.status
                         and v.date is not None and v.date[2] == "day" and not v.date_default), None)
            if trip is not None:
                day = trip.date[1] if e.visit_day < 0 else trip.date[0] + dt.timedelta(days=e.visit_day - 1)
                if trip.date[0] <= day <= trip.date[1]:
                    e.date, e.date_default, e.told = (day, day, "day"), False, (day, day, "day")
    _narrative_days(out_m, mentions, all_people.doc, article.published_on)
    _gathering_days(out_m, all_people.doc, article.published_on)
    _days_told_again(out_m, mentions, all_people.doc, article.published_on)
    filed = all_people.doc.dateline
    filed_from = filed.iso3 if filed is not None and filed.iso3 != HOME else None  # a report from the partner's city
    month_years = _month_years(article.text) if stated_year else {}
    events = []
    for e in out_m:
        parts = []
        others_at = [x.at for x in mentions if x.index == e.index and x.at != e.at]
        for side in e.pair:  # "Президент с теплотой вспомнил свой визит в Абу-Даби": the side's one President named elsewhere
            if not any(q.iso3 == side for q in e.people):
                _add_people(e.people, _titled_official(e.evidence, e.at, others_at, side, all_people))
        # the sides with no official of their own named (those travelling with a delegation are none: its head is)
        bare = [side for side in e.pair if not any(q.iso3 == side and people_key(q) not in e.companions for q in e.people)]
        lone = [q for q in e.people if q.iso3 is None]
        if len(bare) == 2 and e.type == "visit" and e.visitor and len(lone) == 1 \
                and not TELLS_AFTER_RE.match(all_people.doc.text, lone[0].end):
            bare = [e.visitor]  # "after Chancellor Angela Merkel's visit to Astana": the one official of a trip is its traveller
        for p in _counterparts_sided(e.people, e.pair, all_people.doc.text):
            if _second_holder(p, e.people) and HOME in e.pair:
                p = dataclasses.replace(p, iso3=e.pair[0] if e.pair[1] == HOME else e.pair[1])
            if p.iso3 is None and e.type == "visit" and e.visitor in e.pair and (
                    POSSESSOR_GAP_RE.fullmatch(all_people.doc.text, p.end, e.start + e.at)
                    or KK_GENITIVE_NAME_RE.search(all_people.doc.text, p.start, p.end)
                    and KK_ATTRIBUTES_GAP_RE.fullmatch(all_people.doc.text, p.end, e.start + e.at)
                    or all_people.doc.lang == "ru" and RU_GENITIVE_GAP_RE.fullmatch(all_people.doc.text, e.start + e.at, p.start)):
                # "President Andrzej Duda's visit to Astana", "Дуданың ... сапары", "визита Президента Анджея Дуды":
                # the traveller
                p = dataclasses.replace(p, iso3=e.visitor)
            if p.iso3 is None and (side := _delegation_side(e)) is not None and _in_delegation(all_people.doc, p):
                p = dataclasses.replace(p, iso3=side)  # "Президентпен бірге сапарға ... министр Бақытжан Ізмұхамбетов еріп жүр"
            iso = p.iso3 or (bare[0] if len(bare) == 1 else None)  # "премьер-министр Аскар Мамин встретился с президентом Туркменистана"
            if iso is None and p.role and not bare and filed_from in e.pair:
                iso = filed_from  # "ABU DHABI (WAM) -- ... attended by Dr. Al Zeyoudi, Minister of State": the outlet's own official
            if iso not in e.pair:
                continue
            role = p.role
            if role == "Counterpart":  # "his Turkish counterpart Hakan Fidan": the same office on the other side
                role = next((q.role for q in e.people if q.iso3 and q.iso3 != iso and q.role != "Counterpart"), None)
            parts.append(Participant(_full_name(p, all_people, article.language), iso, role))
        if e.type == "signing" and e.status == "planned":
            continue  # "documents will be signed during the visit": an agreement to come is mentioned, nothing was signed
        if e.type == "visit" and e.visitor and all(AMBASSADOR_RE.search(p.role or "") for p in e.people if p.iso3 == e.visitor) \
                and any(p.iso3 == e.visitor for p in e.people):
            continue  # an ambassador travelling inside the country of posting is not a visit between the two
        ds, de, prec = e.date if e.date else (None, None, None)
        if isinstance(e.date, WeekdayDate):  # "on Tuesday": that day's month
            ds, de, prec = ds.replace(day=1), de.replace(day=calendar.monthrange(de.year, de.month)[1]), "month"
        prec = "day" if prec == "week" else prec  # a week is a span of days
        inferred = False
        month_day = e.month_day or e.wire_md
        year = (_month_year_before(article.text, e.end, month_day[0]) or month_years.get(month_day[0]) or stated_year) \
            if month_day else None
        if e.date is None and month_day and year:
            try:  # "2 тамыз күні" in an undated article: the day with the year the article speaks of, flagged (the
                # year of a span told with it first: "с 10 по 15 ноября 2025 года совершил турне ... 10 ноября")
                ds = de = dt.date(year, *month_day)
                prec, inferred = "day", True
            except ValueError:
                pass
        a, b = e.pair
        events.append(VisitEvent(
            article_id=article.article_id, event_type=e.type, visit_level=e.level if e.type == "visit" else None,
            status=e.status, country_a_iso3=a, country_b_iso3=b, visitor_iso3=e.visitor if e.type == "visit" else None,
            host_iso3=e.host, location=e.location, date_start=ds, date_end=de, date_precision=prec,
            date_year_inferred=inferred, evidence=e.evidence, char_start=e.start, char_end=e.end, participants=parts,
        ))
    return events


# a day of a month told with its year: "с 10 по 15 ноября 2025 года", "November 3, 2025", "2025 жылғы 10-15 қарашада"
# (a bare month with a year is often an earlier event's: "2012 жылғы ақпанда ... сапары")
_MW = MONTH_WORD
MONTH_YEAR_RE = CI(rf"(?i)(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MW})\s*,?\s*(?P<y1>(?:19|20)\d\d)(?!\d)|"
                           rf"(?P<m2>{_MW})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to)\s*\d{{1,2}})?\s*,?\s*(?P<y2>(?:19|20)\d\d)(?!\d)|"
                           rf"(?<!\d)(?P<y3>(?:19|20)\d\d)\s*жылғы\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s*(?P<m3>{_MW})")


# a bare month told with its year: "В июле 2023 года", "in July 2023", "2023 жылы шілдеде" (with a day: MONTH_YEAR_RE)
BARE_MONTH_YEAR_RE = CI(rf"(?i)(?P<m1>{_MW})\s*,?\s*(?P<y1>(?:19|20)\d\d)(?!\d)|"
                                rf"(?<!\d)(?P<y2>(?:19|20)\d\d)\s*(?:жылғы|жылы|жылдың)\s+(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?(?P<m2>{_MW})")


def _one_year_each(rxs, text: str, end: int) -> dict[int, int]:
    """The year each month is told with by the patterns (groups m1.., y1..) before ``end``, when it is one year only."""
    seen: dict[int, set] = {}
    for rx in rxs:
        for m in rx.finditer(text, 0, end):
            found = m.groupdict()
            mon = month_number(next(v for k, v in found.items() if k[0] == "m" and v))
            if mon:
                seen.setdefault(mon, set()).add(int(next(v for k, v in found.items() if k[0] == "y" and v)))
    return {mon: years.pop() for mon, years in seen.items() if len(years) == 1}


def _month_year_before(text: str, pos: int, month: int) -> int | None:
    """The one year the month of a yearless day was told with before it (or in its sentence) in an undated
    article, bare months included: "В июле 2023 года ... саммит ... отдельная встреча президента 19 июля" (told
    with two, neither)."""
    return _one_year_each((MONTH_YEAR_RE, BARE_MONTH_YEAR_RE), text, pos).get(month)


def _month_years(text: str) -> dict[int, int]:
    """The year each month is told with beside a day in an undated article, when it is told with one year only:
    the year of "10 ноября" in an article that says "с 10 по 15 ноября 2025 года совершил турне"."""
    return _one_year_each((MONTH_YEAR_RE,), text, len(text))


# a report of a trip of several days tells its days in order: what follows "22 сәуір күні таңертең ... қонды"
# happened that day, until "Сапардың екінші күні", "On the second day", "On April 23" moves it on
NARRATIVE_TRIP_DAYS = 10  # a longer span is a tour or a season, not days told one after another
LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
DATE_LINE_WORDS = 5  # "23.04.2025 19:40", "Жарияланған күні: 10 қараша 2023": the page's date line, not the story's
# a day told looking back from the narrative's own ("Накануне, 11 июня", "the day before", "earlier"): it
# dates that event, not what follows it
FLASHBACK_RE = CI(r"(?i)(?<!\w)(?:накануне|вчера|ранее|днем\s+ранее|on\s+the\s+eve|the\s+day\s+before|"
                          r"a\s+day\s+earlier|earlier|yesterday|кеше|бұған\s+дейін|алдыңғы\s+күні|бір\s+күн\s+бұрын|"
                          # the past before the past: "had visited", "барған болатын", "келген еді"
                          r"had\s+(?:\w+ed|met|held|been|made|paid|spoken)|\w+(?:ған|ген|қан|кен)\s+(?:болатын|еді))(?!\w)")


def _narrative_days(events: list[_Mention], mentions: list[_Mention], doc, ref) -> None:
    """Events of a held trip of several days that tell no day of their own take the day the report is
    telling where they are told: the last day of the trip told before them (else the first one told after
    them). With no day told, one given the trip's whole span takes its first day and one dated by the
    report keeps the report's day. The trip's own mentions tell its bounds ("began on Monday"), not the
    narrative's day. A trip under way when reported counts only its days told so far (up to the report's)."""
    for trip in events:
        if trip.type != "visit" or trip.status != "held" or trip.date is None or trip.date_default \
                or trip.date[2] != "day" or not 0 < (trip.date[1] - trip.date[0]).days <= NARRATIVE_TRIP_DAYS \
                or ref is None or trip.date[0] > ref:
            continue
        start, end = trip.date[0], min(trip.date[1], ref)  # a trip under way: its days told so far
        todo = [e for e in events if e.type != "visit" and e.status == "held" and e.pair == trip.pair
                and e.month_day is None and e.told is None and (e.date is None or e.date_default or e.date == trip.date)
                and _dates_compatible(e.date, trip.date, False) and _agree(e.host, trip.host)
                and _agree(e.location, trip.location)]
        if not todo:
            continue
        marks = [(m.index, m.told[0]) for m in mentions if m.pair == trip.pair and m.status == "held" and m.type != "visit"
                 and m.told is not None and m.told[2] == "day" and start <= m.told[0] == m.told[1] <= end
                 and not FLASHBACK_RE.search(m.evidence)]
        quiet = {m.index for m in mentions}
        for sv in doc.sentences[:max(e.index for e in todo) + 1]:
            if sv.index not in quiet and not FLASHBACK_RE.search(sv.text) and len(LETTER_WORD_RE.findall(sv.text)) > DATE_LINE_WORDS:
                day = _told_day(sv, ref)
                if day is not None and day[0] == day[1] and start <= day[0] <= end:
                    marks.append((sv.index, day[0]))
        opening = min((m.index for m in mentions if m.type == "visit" and m.pair == trip.pair and m.told is not None
                       or m is trip), default=trip.index)  # where the body starts telling the trip's days
        for e in todo:
            at = min((i for i in [e.index] + e.seen if i >= opening), default=e.index)  # its telling, not the headline
            before = [(i, d) for i, d in marks if i <= at]
            after = [(i, d) for i, d in marks if i > at]
            spanned = e.date is None or e.date == trip.date and not e.date_default  # else dated by the report
            day = max(before)[1] if before else min(after)[1] if after else start if spanned \
                else ref if start <= ref <= end else None
            if day is not None:
                e.date, e.date_default = (day, day, "day"), False


# the participle of holding that ties a day to an event's noun told again: "26 қазанда өткен отырыста", "на
# заседании, состоявшемся 26 октября", "At the session, held on 26 October"
HELD_AGAIN_RE = CI(rf"(?i)(?<!\w)(?:өткен|болған|өткізілген|{HOLDING_PARTICIPLE})(?!\w)")
TOLD_AGAIN_SENTENCES = 3  # sentences after an event's own that may tell its day that way
TOLD_AGAIN_REACH = 60  # characters between the day, the participle and the noun


def _days_told_again(events: list[_Mention], mentions: list[_Mention], doc, ref) -> None:
    """A held event dated only by the report's month takes the one past day that one of the next sentences,
    telling no event of its own, gives its noun with a participle of holding ("Комиссияның отырысы өтті. 26
    қазанда өткен отырыста тараптар ... талқылады", "На заседании, состоявшемся 26 октября, стороны ...")."""
    if ref is None:
        return
    busy = {m.index for m in mentions}
    for e in events:
        if e.type == "visit" or e.status != "held" or not e.date_default or e.date is None or e.date[2] != "month" \
                or e.month_day is not None or e.told is not None:
            continue
        for sv in doc.sentences[e.index + 1:e.index + 1 + TOLD_AGAIN_SENTENCES]:
            if sv.index in busy:
                break  # the story has moved on to another event
            days = _day_dates(sv.text, ref, "held")
            if len(days) != 1 or not 0 <= (ref - days[0][2][0]).days <= 31 or days[0][2][0] != days[0][2][1]:
                continue
            a, b = max(0, days[0][0] - TOLD_AGAIN_REACH), days[0][1] + TOLD_AGAIN_REACH
            near = sv.text[a:b]
            if HELD_AGAIN_RE.search(near) and _names_kind(near, e.type) and not PLANNED_RE.search(sv.text) \
                    and not any(x is not e and x.type == e.type and x.pair == e.pair and x.date == days[0][2] for x in events):
                e.date, e.date_default = days[0][2], False
                break


# a multilateral gathering named as an occasion: "саммиті өтті", "the SCO summit opened", "сессия Генассамблеи"
GATHERING_RE = CI(r"(?i)(?<!\w)(?:саммит\w*|самит\w*|summit|ассамбле\w*|assembly|COP\d*|конференци\w*|conference|"
                          r"форум\w*|forum|отырыс\w*|заседани\w*|session|meeting|кеңес\w*|совет\w*|council)(?!\w)")


def _gathering_days(events: list[_Mention], doc, ref) -> None:
    """Talks held on the sidelines of a multilateral gathering that tell no day of their own (or only a year
    holding it) take the day the article told for the gathering before them ("Бүгін Бішкекте ТМҰ
    саммиті өтті. ... Саммит кулуарында Тоқаев Әлиевпен кездесті"), and its city, with that city's country as
    host, when they name no place. Only a gathering of one day, and not for a pair whose trip the article
    reports then (its own days tell the talks')."""
    if ref is None:
        return
    todo = [e for e in events if e.type == "talks" and e.status == "held" and e.month_day is None
            and (e.told is None and (e.date is None or e.date_default) or e.location is None and e.host is None
                 or e.date is not None and e.date[2] == "year")]
    if not todo:
        return
    gatherings = []
    wire_day = _wire_day(doc)
    for sv in doc.sentences[:max(max([e.index] + e.seen) for e in todo)]:
        if not MULTILATERAL_RE.search(sv.text) or not GATHERING_RE.search(sv.text):
            continue  # (its day told as "yesterday" is its day: the report is not telling a trip's days here)
        day = _told_day(sv, ref)
        if day is None and not PLANNED_RE.search(sv.text) and not _day_dates(sv.text, ref, "held"):
            day = _date(sv.text, ref, "held", default=False)  # "Бүгін Бішкекте ... саммиті өтті", "Today the summit opened"
            if day is None and wire_day is not None and HELD_RE.search(sv.text) and not RECALLED_RE.search(sv.text):
                day = (wire_day, wire_day, "day")  # "Алматы, 6 ақпан. Kazinform – Алматыда ... кеңестің отырысы өтті"
        if day is not None and day[2] == "day" and day[0] == day[1] <= ref:
            cities = [p for p in sv.named_places if p.kind == "city"]
            gatherings.append((sv.index, day, cities[0] if len({c.city for c in cities}) == 1 else None))
    for e in todo:
        told = [g for g in gatherings if g[0] < max([e.index] + e.seen)]  # where the body tells it, not the headline
        if not told:
            continue
        _, day, city = told[-1]
        if any(v.type == "visit" and v.pair == e.pair and v.status == "held" and not v.date_default
               and v.date is not None and v.date[0] <= day[0] <= v.date[1] for v in events):
            continue  # the pair's own trip then: its days are the talks'
        untold = e.told is None and (e.date is None or e.date_default)
        near = e.date is None or (e.date[0].year, e.date[0].month) == (day[0].year, day[0].month)  # a report's day too
        coarse = e.date is not None and e.date[2] == "year" and e.date[0] <= day[0] <= e.date[1]  # "this year": the day in it
        if untold and near or coarse or e.date == day:  # or dated by the gathering's sentence
            e.date, e.date_default = day, False
            if e.location is None and e.host is None and city is not None:
                e.location, e.host = city.city, city.iso3  # where the gathering met, a third country's city too


def _full_name(p, all_people, lang: str) -> str:
    """A surname alone ("Лукашенко") takes the fullest form of that name in the article, else the
    gazetteer's form in the article's script ("Александр Лукашенко")."""
    if len(p.name.split()) > 1:
        return p.name
    key = people_key(p)
    fuller = [q.name for q in all_people.named(key) if len(q.name.split()) > 1]
    if fuller:
        return max(fuller, key=lambda n: len(n.split()))
    known = people.known_full_name(p.name, lang)
    return known or p.name


def _month_days_agree(a: _Mention, b: _Mention) -> bool:
    """Two yearless days, or a yearless day and a dated event, must name the same day (or a span of it)."""
    for x, y in ((a, b), (b, a)):
        if x.month_day is None:
            continue
        if y.month_day is not None and y.month_day != x.month_day:
            return False
        if y.date is not None and not y.date_default and y.date[2] != "year":
            if not (y.date[0].month, y.date[0].day) <= x.month_day <= (y.date[1].month, y.date[1].day):
                return False
        if y.date is not None and y.date[2] == "year":
            return False  # "29 марта" and "in 2012": not knowably the same
    return True


def _date_trips_by_sessions(events: list) -> None:
    """A trip dated only by its report, made for a commission or forum the text dates ("the 12th meeting of the
    commission, held in Astana on 12-13 May" ... "on the second day of his visit"): that session's days."""
    for v in events:
        if v.type == "visit" and v.status == "held" and v.date_default and v.visitor:
            session = next((c for c in events if c.type in ("council", "consultations", "forum") and c.pair == v.pair
                            and c.status == "held" and c.date is not None and not c.date_default and c.date[2] == "day"
                            and _dates_compatible(v.date, c.date, True) and _agree(c.host, v.host)
                            and _session_of_travellers(v, c)), None)
            if session is not None:
                v.date, v.date_default = session.date, False


def _session_of_travellers(visit: _Mention, session: _Mention) -> bool:
    """The session names an official of the visiting side that the visit names too, or the visit names none."""
    kv = {people_key(p) for p in visit.people if p.iso3 == visit.visitor}
    ks = {people_key(p) for p in session.people if p.iso3 == visit.visitor}
    return bool(ks) and (not kv or bool(kv & ks))


def _share_officials(visit: _Mention, talks: _Mention) -> bool:
    """Talks belong to a visit unless both name the visiting side's officials and they differ."""
    return not (kv := _travellers(visit, visit.visitor)) or not (kt := _travellers(talks, visit.visitor)) or bool(kv & kt)


def _envoy_meeting_apart(visit: _Mention, talks: _Mention) -> bool:
    """The visiting side's ambassador met the hosts on a day before the trip's ("Бұған дейін, 17 ақпанда, елші ...
    Саидовпен кездесіп" before the session of the 20th): a meeting of the envoy, not of the trip."""
    envoys = [p for p in talks.people if p.iso3 == visit.visitor]
    if talks.in_visit or not envoys or not all(AMBASSADOR_RE.search(p.role or "") for p in envoys):
        return False
    a, b = visit.date, talks.date
    return a is not None and b is not None and a[2] == b[2] == "day" and not visit.date_default and not talks.date_default \
        and b[1] < a[0]


def _travellers(e: _Mention, side: str | None) -> set:
    """People keys of a side's officials heading a mention: not those told as travelling with them, nor the
    side's ambassador (posted where the visit goes, not travelling)."""
    return {people_key(p) for p in e.people if side and p.iso3 == side and not AMBASSADOR_RE.search(p.role or "")} \
        - e.companions


IN_VISIT_RE = CI(r"(?i)(?:в\s+рамках|в\s+ходе|во\s+время)\s+(?:\w+\s+)?визит\w*|сапар\w*\s+(?:аясында|барысында|кезінде|шеңберінде)|"
                         r"(?:as\s+part\s+of|during|in\s+the\s+framework\s+of)\s+(?:the|his|her|this|that|its|their)\s+(?:\w+\s+)?visit")
# "on the second day of his visit", "во второй день визита", "сапарының екінші күні", "on the last day of the visit"
VISIT_DAY_RE = CI(r"(?i)\b([\w-]+)\s+day\s+of\s+(?:his|her|the|their|this)\s+(?:\w+\s+)?visit|"
                          r"(?<!\w)(?:во|в|на)\s+([\w-]+)\s+день\s+(?:\w+\s+)?визита|сапар\w*\s+([\w-]+)\s+күн")
LAST_DAY_RE = CI(r"(?i)last|final|последн\w*|заключительн\w*|соңғы")


# a trip's length and the end of it a day is: "a two-day visit that began on Monday", "wrapped up a two-day visit",
# "с двухдневным визитом прибыл", "екі күндік сапармен келді"
TRIP_LENGTH_RE = CI(rf"(?i)(?<!\w)(?P<n>{NUM})(?:[-\s]day\b|дневн\w*|\s+күндік)")
TRIP_START_RE = CI(r"(?i)arriv\w*|began|begins|begin|start\w*|opened(?=\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?\w+[-\s]day)|"
                           r"прибыл\w*|прибывш\w*|прибуд\w*|прибыва\w*|начал\w*|начавш\w*|келді|келеді|келмек|басталды|басталады|басталған|"
                           r"(?<=сапарын\s)бастады")  # "opened a three-day visit", "үш күндік сапарын бастады"
TRIP_END_RE = CI(r"(?i)wrapp\w*\s+up|conclud\w*|ended|завершил\w*|заверши\w*|аяқтады|аяқтап")


def _trip_days(t: str, lo: int, hi: int, date: tuple) -> tuple:
    """The days of a trip of a stated length from the one day given: the first day when it began or the
    visitor arrived then, the last when it ended then."""
    m = TRIP_LENGTH_RE.search(t, lo, hi)
    if m is None:
        return date
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUM_WORDS[word]
    if TRIP_END_RE.search(t, lo, hi):
        return (date[0] - dt.timedelta(days=n - 1), date[1], "day")
    if TRIP_START_RE.search(t, lo, hi):
        return (date[0], date[1] + dt.timedelta(days=n - 1), "day")
    return date


# a forum's or a session's own length, told just before its name: "The two-day Kazakh-Uzbek forum opened today",
# "Двухдневный бизнес-форум открылся", "екі күндік бизнес-форумы ашылды" (a length told of a visit is the visit's)
SESSION_TYPES = ("forum", "council", "consultations")
SESSION_LENGTH_BEFORE_RE = CI(rf"(?i)(?<!\w)(?P<n>{NUM})(?:[-\s]day|дневн\w*|\s+күндік)(?:\s+[\w-]+){{0,4}}\s*$")
SESSION_START_RE = CI(r"(?i)(?<!\w)(?:opened|opens|began|begins|start\w*|kicked\s+off|got\s+under\s*way|"
                              r"открыл\w*|откро\w*|начал\w*|нача\w*|стартова\w*|старту\w*|"
                              r"ашылды|ашылады|ашылмақ|басталды|басталады|бастады|бастайды)(?!\w)")
SESSION_END_RE = CI(r"(?i)(?<!\w)(?:closed|ended|wrapp\w*\s+up|conclud\w*|закрыл\w*|заверши\w*|заверша\w*|"
                            r"завершил\w*|жабылды|аяқталды|аяқтады)(?!\w)")


def _session_days(t: str, m, lo: int, hi: int, date: tuple) -> tuple:
    """The days of a forum or session whose length is told before its name, from the one day given: the first
    day when it opened then, the last when it closed then."""
    n = SESSION_LENGTH_BEFORE_RE.search(t, max(lo, m.start() - 60), m.start())
    if n is None:
        return date
    word = n.group("n").lower()
    days = int(word) if word.isdigit() else NUM_WORDS[word]
    if not 1 < days <= 7:
        return date
    if SESSION_END_RE.search(t, lo, hi):
        return (date[0] - dt.timedelta(days=days - 1), date[1], "day")
    if SESSION_START_RE.search(t, lo, hi):
        return (date[0], date[1] + dt.timedelta(days=days - 1), "day")
    return date


# the day a trip lasts until: "визит продлится до 22 марта", "где до 9 ноября пробудет", "will stay until March 22",
# "the visit runs through Friday", "сапар 22 наурызға дейін жалғасады" ("с 19 по 22 марта" is a span of its own)
UNTIL_BEFORE_RE = CI(r"(?i)(?<!\w)(?:до|until|till|through)\s+(?:the\s+)?$")
UNTIL_AFTER_RE = CI(r"(?i)[^\W\d_]*\s+(?:дейін|шейін)(?!\w)")
TRIP_UNTIL_DAYS = 14  # the longest trip a day it lasts until may end


def _until_day(t: str, lo: int, hi: int, ref, status) -> tuple | None:
    """(start, end, day) of a single day the window says a trip lasts until."""
    for s, e, d in _day_dates(t, ref, status):
        if lo <= s < hi and d[0] == d[1] and (UNTIL_BEFORE_RE.search(t, max(0, s - 12), s) or UNTIL_AFTER_RE.match(t, e)) \
                and (status == "planned" or DIGIT_RE.search(t, s, e)):  # "until Friday" of a trip under way is to come
            return s, e, d[0]
    return None


def _lasts_until(mentions: list) -> list:
    """A trip said to last until a day ("Визит продлится до 22 марта") ends the visit of the pair that began a
    few days before it ("прибыла в Астану вчера")."""
    out = []
    for m in mentions:
        trip = next((v for v in mentions if m.until and v is not m and v.type == "visit" and v.pair == m.pair
                     and v.date is not None and v.date[2] == "day" and not v.date_default
                     and 0 <= (m.until - v.date[0]).days <= TRIP_UNTIL_DAYS), None)
        if trip is None:
            out.append(m)
            continue
        trip.date = (trip.date[0], max(trip.date[1], m.until), "day")
        _add_people(trip.people, [p for p in m.people if m.start <= p.start < m.end])  # its own, not the next sentences'
    return out


# the day a trip began, told in a clause of its end: "завершил визит, который начался 11 марта", "wrapped up a visit
# that began on March 11", "11 наурызда басталған сапарын аяқтады"
BEGAN_CLAUSE_RE = CI(r"(?i)(?<!\w)(?:котор\w+\s+начал\w*|начавш\w*|(?:which|that)\s+(?:began|started)|"
                             r"басталған)(?!\w)")


def _ended_today(t: str, lo: int, hi: int, date: tuple, ref) -> tuple:
    """A trip told as ended, with only the day it began: it ended on the day of the report."""
    if ref is None or not TRIP_END_RE.search(t, lo, hi) or not BEGAN_CLAUSE_RE.search(t, lo, hi) \
            or not 0 < (ref - date[0]).days <= NARRATIVE_TRIP_DAYS:
        return date
    return (date[0], ref, "day")


# the arrival told yesterday, in a report of what the traveller did today: the trip began the day before
ARRIVED = r"(?:прибыв\w*|прибыл\w*|arrived|келген|келді)"
YESTERDAY_WORD = r"(?:вчера|yesterday|кеше)"
ARRIVED_YESTERDAY_RE = CI(rf"(?i)(?<!\w){ARRIVED}\s+(?:[\w-]+\s+){{0,3}}?{YESTERDAY_WORD}(?!\w)|"
                          rf"(?<!\w){YESTERDAY_WORD}\s+(?:[\w-]+\s+){{0,3}}?{ARRIVED}(?!\w)")
DAY_WORD_REACH = 70  # "сегодня провел переговоры", "бүгін ... келіссөздер жүргізді": the day word of the verb


def _relative_days(t: str, a: int, b: int, ref) -> list:
    """The days "today" and "yesterday" in t[a:b] name, today's first."""
    if ref is None:
        return []
    return [d for rx, d in ((TODAY_RE, ref), (YESTERDAY_RE, ref - dt.timedelta(days=1))) if rx.search(t, a, b)]


def _day_of_span(t: str, m, lo: int, hi: int, date: tuple | None, ref) -> tuple | None:
    """A meeting told with a trip's span of days and "today" or "yesterday" beside it ("Нуртлеу, находящийся 4–5 июня
    с рабочим визитом в Венгрии, сегодня провел переговоры"): the one day of the span the word names."""
    if date is None or ref is None or date[2] != "day" or date[0] == date[1]:
        return date
    days = _relative_days(t, max(lo, m.start() - DAY_WORD_REACH), min(hi, m.end() + DAY_WORD_REACH), ref)
    return (days[0], days[0], "day") if days and date[0] <= days[0] <= date[1] else date


COUNTED_DAY_REACH = 25  # between "the second day of the visit" and the day it is


def _counted_day(t: str, m, date: tuple, ref, status) -> tuple:
    """A trip's day told as its k-th ("On the second day of the visit, 11 May", "Сапардың екінші күні, 11 мамырда",
    "во второй день визита, 11 мая", "сапардың екінші күні, кеше"): the trip ran from k - 1 days before it to that day
    (not when the trip's date is another day the sentence tells: "began on Monday")."""
    v = VISIT_DAY_RE.search(t)
    if v is None or not v.start() <= m.start() < v.end():
        return date
    k = _visit_day(t, v)
    if k is None or not 1 < k <= NARRATIVE_TRIP_DAYS:
        return date
    a, b = max(0, v.start() - COUNTED_DAY_REACH), v.end() + COUNTED_DAY_REACH
    days = [d[0] for s, e, d in _day_dates(t, ref, status) if a <= s < b and d[0] == d[1]] + _relative_days(t, a, b, ref)
    if date[0] not in days:
        return date
    return (date[0] - dt.timedelta(days=k - 1), date[1], "day")


def _visit_day(t: str, m=None) -> int | None:
    """Which day of a visit the sentence speaks of (-1 for the last), by the ordinal before "day" (``m``: the
    sentence's VISIT_DAY_RE match, when found already)."""
    m = m or VISIT_DAY_RE.search(t)
    if m is None:
        return None
    word = next(w for w in m.groups() if w)
    if LAST_DAY_RE.fullmatch(word):
        return -1
    ords = find_ordinals(word)
    return ords[0][2] if ords and ords[0][:2] == (0, len(word)) else None


NUMBERED_TYPES = frozenset(("council", "forum", "consultations"))
ORDINAL_WINDOW = 40
# the sessions a document provides for: "меморандум о проведении политических консультаций", "a memorandum on political
# consultations", "саяси консультациялар өткізу туралы меморандум"
DOCUMENT_SUBJECT_BEFORE_RE = CI(r"(?i)(?:меморандум\w*|соглашени\w*|протокол\w*|договор(?:а|у|ом|е|ы|ов)?|memorand\w*|agreements?|"
                                r"protocols?)"
                                r"\s+(?:о|об|on)\s+(?:(?:проведении|создании|учреждении|holding|establishing|setting\s+up|the\s+"
                                r"establishment\s+of)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$")
KK_DOCUMENT_SUBJECT_AFTER_RE = CI(r"(?i)\s+(?:өткізу|құру)\s+туралы\s+(?:[\w-]+\s+)?(?:меморандум|келісім|хаттама|құжат)")
# the document of a meeting: "отырысының шешімі", "решение заседания", "the draft decision of the meeting"
DOCUMENT_AFTER_RE = CI(r"(?i)(?:\s+(?:[\w-]+(?:ның|нің|дың|дің|тың|тің)|[\w-]+(?:ыншы|інші|ншы|нші)|\d+-ші))*\s*"
                               r"(?:«[^»]{0,200}»\s*|\"[^\"]{0,200}\"\s*)?(?:шешім\w*|жоба\w*|хаттама\w*|күн\s+тәртіб\w*)")
DOCUMENT_BEFORE_RE = CI(r"(?i)(?:решени\w*|проект\w*|протокол\w*|повестк\w*|decision\w*|draft|protocol|agenda)"
                                r"\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _ordinal(t: str, m, lo: int, hi: int) -> int | None:
    """The number of a council's or forum's meeting written beside its trigger."""
    a, b = max(lo, m.start() - ORDINAL_WINDOW), min(hi, m.end() + ORDINAL_WINDOW)
    found = [(min(abs(s - m.end()), abs(e - m.start())), v) for s, e, v in find_ordinals(t[a:b]) for s, e in [(s + a, e + a)]
             if not PERIOD_AFTER_ORDINAL_RE.match(t, e)]
    return min(found)[1] if found else None


# "екінші жартысында", "во втором квартале", "in the second half": a part of the year, not a meeting's number
PERIOD_AFTER_ORDINAL_RE = CI(r"(?i)\s+(?:жарты\w*|тоқсан\w*|квартал\w*|полугод\w*|половин\w*|half|quarter)")


# a Kazakh genitive ending
KK_GENITIVE_END_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\s*$")


def _document_of(t: str, m, lo: int, hi: int) -> bool:
    """The trigger only names whose document it is ("кеңестің жетінші отырысының шешімін дәйектеді",
    "парафировали проект решения заседания совета"): it does not tell whether the meeting was held."""
    return bool(DOCUMENT_AFTER_RE.match(t, m.end(), hi) and KK_GENITIVE_END_RE.search(m.group())
                or DOCUMENT_BEFORE_RE.search(t, lo, m.start()))


HEAD_ROLES = frozenset(("President", "King", "Emir", "Emperor", "Sultan", "Queen", "Crown Prince", "Head of State"))


def _rank(m: _Mention) -> str | None:
    """"head" when a head of state travels (a state visit, a president named or titled beside the
    trigger), "other" when only other officials are, None when the article does not say."""
    side = [p for p in m.people if m.visitor and p.iso3 == m.visitor]
    if m.level == "state" or any(p.role in HEAD_ROLES for p in side) or (m.title_rank == "head" and not side):
        return "head"
    return "other" if side or m.title_rank else None


def _met_within_session(talks: _Mention) -> bool:
    """A meeting of two named officials told as held within the session ("Комиссия отырысының шеңберінде Қасымбек ...
    әл-Мазруимен кездесті", "On the sidelines of the session, X met Y"): a bilateral meeting of its own."""
    return FRAMING_SESSION_RE.search(talks.evidence) is not None and len({people_key(p) for p in talks.people}) >= 2


def _same_travellers(a: _Mention, b: _Mention) -> bool:
    """Two visit mentions may be one trip: their named travellers overlap (or one side names none),
    and neither is a head of state's trip while the other is a minister's."""
    ra, rb = _rank(a), _rank(b)
    return _share_officials(a, b) and (ra is None or rb is None or ra == rb)


def _agree(a, b) -> bool:
    return a is None or b is None or a == b


def _finer(a, b) -> bool:
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    return order[a[2]] < order[b[2]]
