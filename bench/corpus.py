"""Deterministic generator of scraped news-wire documents, for benchmarks.

Why: normcorp's throughput, and what its wire and names rules find, should be
measured on text shaped like the text it is built for: agency copy as
crawlers and scrapers deliver it. The two seeds are too few and too small for
that, and a downloaded corpus could not be committed or rebuilt. This script
builds such a corpus from a seed instead, so every run of a benchmark reads the
same bytes.

What: JSON Lines records `{"id", "url", "source", "text"}`, each text one
synthetic wire story in the style of the seeds and of other agencies (SANA,
Reuters, AFP, AP, Xinhua, Anadolu, IRNA, TASS, Prensa Latina, KUNA, WAFA,
Arab News and a dozen smaller agencies), with what pages and crawlers wrap
around it:

- headlines, datelines in the shapes normcorp recognises (`Damascus, SANA- `,
  `BEIRUT, Feb 24 (Reuters) - `, `Beijing, Feb. 24 (Xinhua) -- `, `RIYADH: `)
  and a few it does not (`DAMASCUS, Syria (AP) - `, WAFA's dateline with a
  year), crawler stamps (` date 2022-02-24 `), date lines, breadcrumbs;
- bylines, agency credit lines, a SANA editor's name on the last line,
  `Check Also` teasers, tags, share links, copyright lines, comment forms,
  and agency closers normcorp does not know (`Enditem`, `(end) ab.gta`);
- people and places spelled as news spells them (`Fayssal Mikdad`,
  `Deir Ezzor`, `Lugansk`: variants from normcorp's gazetteer, copied here),
  curly and straight quotes, `U.S.` and `U.N.`, dashes, ellipses, NBSP,
  and now and then mojibake (`â€™`), HTML entities, soft hyphens,
  zero-width spaces, CR LF line ends and hard-wrapped lines;
- some texts are copies of an earlier story of the corpus, rendered with other
  spellings and other page furniture, as the two seeds are copies of one story.

Texts are 500 to 20,000 characters, log-normal around a median of about
3,000. Sentences are canned agency phrases (none twice in a story) and
clauses put together from phrase pools and word lists, so the text does not
repeat itself: zlib compresses it about 4:1, a little more than real news
(about 3:1), and about 3% of paragraphs occur twice or more (comment forms,
stock agency sentences, copies of a story), so caches get no free ride.

Usage:

    python bench/corpus.py --mb 20 --seed 1 -o corpus.jsonl
    python bench/corpus.py --mb 2 | normcorp --jsonl | head

`--mb` is megabytes (10**6 bytes) of text: the UTF-8 size of the `text`
fields, the last document crossing the line. From a benchmark runner:

    sys.path.insert(0, "bench")
    import corpus
    for record in corpus.generate(mb=20, seed=1): ...

It uses the standard library only and must not import normcorp: the corpus
must not change when normcorp does. The same `--seed` and `--mb` give
byte-identical output, and a smaller `--mb` gives a prefix of a larger one:
document `i` depends only on the seed and `i` (`document(seed, i)`). All
draws come from `random.Random.random()`, seeded with a string, which Python
keeps stable across versions.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import math
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, TextIO, TypeVar

# A template compiled: (literal, slot name) pairs, the last slot name empty.
Parts = tuple[tuple[str, str], ...]
Item = str | Parts
T = TypeVar("T")

MIN_CHARS = 500
MAX_CHARS = 20_000
MEDIAN_STORY_CHARS = 2_650  # the page furniture brings the median to about 3,000
COPY_RATE = 0.07  # share of documents that copy an earlier story

_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")


def _compile(template: str) -> Item:
    """`"He said {claim}."` -> (("He said ", "claim"), (".", ""))."""
    pieces = _SLOT.split(template)
    if len(pieces) == 1:
        return template
    return tuple(zip(pieces[0::2], [*pieces[1::2], ""], strict=True))


def _vocab(block: str) -> tuple[Item, ...]:
    """One item a line (long ones go on after a backslash); runs of spaces become one."""
    return tuple(_compile(" ".join(s.split())) for s in block.strip().splitlines() if s.strip())


def _spaced(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items with a space in front, for slots that may also be empty."""
    return tuple(
        " " + item if type(item) is str else ((" " + item[0][0], item[0][1]), *item[1:])
        for item in items
    )


def _words(block: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in block.strip().splitlines() if s.strip())


# --------------------------------------------------------------------------
# People, places and organisations, with spellings from normcorp's gazetteer
# (normcorp/data/gazetteer.tsv, canonical first). "Full Name>Short" gives the
# short form of a spelling where it is not simply its last word.
# --------------------------------------------------------------------------


class Person(NamedTuple):
    region: str
    spellings: tuple[str, ...]  # canonical first
    female: bool
    role: str
    honorific: str


def _person(
    region: str, spellings: str, role: str, honorific: str = "", *, f: bool = False
) -> Person:
    return Person(region, tuple(spellings.split("|")), f, role, honorific)


PEOPLE: tuple[Person, ...] = (
    _person(
        "sy",
        "Faisal Mekdad|Fayssal Mikdad|Faisal al-Mekdad|Faisal Mikdad|Faisal al-Miqdad"
        "|Fayssal al-Mikdad|Faisal Meqdad|Fayssal Mekdad|Feisal Mekdad|Faisal Miqdad",
        "Foreign and Expatriates Minister",
        "Dr. ",
    ),
    _person(
        "sy",
        "Bashar al-Assad|Bashar Assad|Bashar al-Asad|Bashar el-Assad|Bachar al-Assad",
        "President",
    ),
    _person(
        "sy",
        "Walid Muallem|Walid al-Muallem|Walid al-Moallem|Walid Moallem|Walid al-Mouallem"
        "|Walid Mouallem",
        "Deputy Prime Minister and Foreign Minister",
    ),
    _person("sy", "Hussein Arnous|Hussein Arnus|Hussain Arnous", "Prime Minister", "Eng. "),
    _person("sy", "Imad Khamis|Emad Khamis", "Prime Minister", "Eng. "),
    _person(
        "sy",
        "Bouthaina Shaaban|Bouthaina Shaban|Buthaina Shaaban|Bouthayna Shaaban",
        "Political and Media Advisor at the Presidency",
        "Dr. ",
        f=True,
    ),
    _person(
        "sy",
        "Bashar Jaafari|Bashar al-Jaafari|Bashar Ja'afari|Bashar al-Jafari",
        "Deputy Foreign and Expatriates Minister",
        "Dr. ",
    ),
    _person("sy", "Ali Abdullah Ayyoub|Ali Abdallah Ayyoub", "Defense Minister", "General "),
    _person("lb", "Najib Mikati|Najib Miqati|Nagib Mikati", "Lebanese Prime Minister"),
    _person("lb", "Nabih Berri|Nabih Birri|Nabih Beri", "Lebanese Parliament Speaker"),
    _person(
        "lb",
        "Hassan Nasrallah|Hassan Nasrullah|Hasan Nasrallah|Hasan Nasrullah",
        "Hezbollah Secretary-General",
        "Sayyed ",
    ),
    _person("lb", "Gebran Bassil|Jebran Bassil|Gibran Bassil", "Free Patriotic Movement head"),
    _person(
        "iq",
        "Mohammed Shia' Al Sudani|Mohammed Shia al-Sudani|Mohamed Shia al-Sudani"
        "|Muhammad Shia al-Sudani|Mohammed Shia Al-Sudani",
        "Iraqi Prime Minister",
    ),
    _person(
        "iq",
        "Mustafa Al-Kadhimi|Mustafa al-Kadhimi|Mustafa Kadhimi|Mustafa al-Kazemi",
        "Iraqi Prime Minister",
    ),
    _person("iq", "Barham Salih|Barham Saleh", "Iraqi President"),
    _person(
        "iq", "Masoud Barzani|Massoud Barzani|Masud Barzani", "Kurdistan Democratic Party leader"
    ),
    _person(
        "iq",
        "Muqtada al-Sadr|Moqtada al-Sadr|Moqtada Sadr|Muqtada Sadr",
        "Shiite cleric",
    ),
    _person(
        "jo",
        "Ayman Safadi|Ayman al-Safadi|Ayman Al Safadi|Ayman Al-Safadi",
        "Jordanian Foreign Minister",
    ),
    _person(
        "eg",
        "Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|Abdel-Fattah el-Sissi|Abdel Fattah el-Sissi"
        "|Abdul Fattah al-Sisi",
        "Egyptian President",
    ),
    _person(
        "eg",
        "Sameh Shoukry|Sameh Shukri|Sameh Shukry|Sameh Shoukri",
        "Egyptian Foreign Minister",
    ),
    _person(
        "ly",
        "Khalifa Haftar|Khalifa Hifter|Khalifa Hafter",
        "commander of the Libyan National Army",
        "Field Marshal ",
    ),
    _person(
        "ly",
        "Abdul Hamid Dbeibeh|Abdul Hamid Dbeibah|Abdulhamid Dbeibah|Abdul Hamid Dbaiba",
        "Libyan Prime Minister",
    ),
    _person("tn", "Kais Saied|Kaïs Saïed|Kais Saeid|Qais Saied", "Tunisian President"),
    _person(
        "dz",
        "Abdelmadjid Tebboune|Abdelmajid Tebboune|Abdel Majid Tebboune",
        "Algerian President",
    ),
    _person("dz", "Ramtane Lamamra|Ramtan Lamamra", "Algerian Foreign Minister"),
    _person("ma", "Nasser Bourita|Naser Bourita|Nasser Burita", "Moroccan Foreign Minister"),
    _person(
        "sd",
        "Abdel Fattah al-Burhan|Abdel Fattah Burhan|Abdel-Fattah al-Burhan|Abdel Fattah el-Burhan",
        "head of Sudan's Sovereignty Council",
        "General ",
    ),
    _person(
        "sa",
        "Adel al-Jubeir|Adel Jubeir|Adel al-Jubair|Adel Al-Jubeir",
        "Saudi Minister of State for Foreign Affairs",
    ),
    _person(
        "ir",
        "Ebrahim Raisi|Ebrahim Raeisi|Ibrahim Raisi|Ebrahim Ra'isi",
        "Iranian President",
        "Sayyed ",
    ),
    _person(
        "ir",
        "Hossein Amir-Abdollahian|Hossein Amirabdollahian"
        "|Hossein Amir Abdollahian>Amir Abdollahian|Hussein Amir-Abdollahian",
        "Iranian Foreign Minister",
    ),
    _person(
        "tr",
        "Recep Tayyip Erdoğan>Erdogan|Recep Tayyip Erdogan|Tayyip Erdogan|Tayyip Erdoğan",
        "Turkish President",
    ),
    _person(
        "tr",
        "Mevlüt Çavuşoğlu>Cavusoglu|Mevlut Cavusoglu|Mevlüt Cavusoglu|Mevlut Çavuşoğlu",
        "Turkish Foreign Minister",
    ),
    _person("ps", "Mahmoud Abbas|Mahmud Abbas", "Palestinian President"),
    _person(
        "ps",
        "Ismail Haniyeh|Ismail Haniya|Ismail Haniyah|Ismael Haniyeh",
        "head of Hamas's political bureau",
    ),
    _person("ru", "Vladimir Putin|Vladimir V. Putin", "Russian President"),
    _person("ru", "Sergey Lavrov|Sergei Lavrov|Serguei Lavrov", "Russian Foreign Minister"),
    _person("ru", "Sergei Shoigu|Sergey Shoigu|Sergei Shoygu", "Russian Defense Minister"),
    _person("ru", "Dmitry Peskov|Dmitri Peskov|Dmitriy Peskov", "Kremlin spokesman"),
    _person(
        "ru",
        "Maria Zakharova|Mariya Zakharova",
        "Russian Foreign Ministry spokeswoman",
        f=True,
    ),
    _person(
        "ru",
        "Alexander Lavrentiev|Alexander Lavrentyev|Aleksandr Lavrentiev",
        "Russian Presidential Envoy to Syria",
    ),
    _person(
        "ua",
        "Volodymyr Zelenskyy|Volodymyr Zelensky|Volodymyr Zelenskiy|Vladimir Zelensky",
        "Ukrainian President",
    ),
    _person(
        "by",
        "Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Alexander Lukashenka",
        "Belarusian President",
    ),
)


class Named(NamedTuple):
    region: str
    spellings: tuple[str, ...]  # canonical first


def _named(block: str) -> tuple[Named, ...]:
    """`region Canonical|Variant|...`, one a line."""
    out = []
    for line in _words(block):
        region, _, spellings = line.partition(" ")
        out.append(Named(region, tuple(spellings.split("|"))))
    return tuple(out)


PLACES: tuple[Named, ...] = _named(
    """
    sy Damascus
    sy Aleppo
    sy Homs
    sy Hama|Hamah
    sy Idlib|Idleb|Edlib
    sy Latakia|Lattakia|Latakiya
    sy Tartus|Tartous
    sy Deir ez-Zor|Deir Ezzor|Deir al-Zour|Deir al-Zor|Deir el-Zour|Deir Ez-Zor|Dayr az-Zawr
    sy Raqqa|Raqqah|al-Raqqa|Al-Raqqa|Rakka
    sy Al-Hasakah|Hasaka|Hassakeh|Hasakeh|al-Hasakah|Hassaka
    sy Qamishli|Qamishlo|Kamishli|al-Qamishli
    sy Manbij|Menbij|Manbej
    sy Quneitra|Kuneitra|Al-Quneitra
    sy Abu Kamal|Albu Kamal|Al-Bukamal|Boukamal
    sy Al-Tanf|al-Tanf|At-Tanf
    sy Jableh|Jebleh|Jablah
    sy Palmyra
    sy As-Suwayda|Sweida|Al-Suwayda|Suweida
    sy Rukban|al-Rukban|Al-Rukban
    lb Beirut|Beyrouth
    lb Sidon|Saida
    lb Baalbek|Baalbeck|Ba'albek
    iq Mosul|Mawsil
    iq Kirkuk|Kerkuk
    iq Fallujah|Falluja|Fallouja
    iq Najaf|al-Najaf|An-Najaf
    iq Karbala|Kerbala
    iq Tikrit|Takrit
    ly Benghazi|Bengasi|Banghazi
    ly Misrata|Misurata|Misratah
    ly Sirte|Sirt
    ye Taiz|Ta'izz|Taizz
    ye Hodeidah|Hudaydah|Hodeida|Al Hudaydah
    ye Marib|Ma'rib|Mareb
    ps Nablus|Nabulus
    ps Jenin
    ps Hebron
    ps Gaza City
    ps Rafah
    ir Tehran|Teheran
    ir Hamadan|Hamedan
    ua Kyiv|Kiev
    ua Kharkiv|Kharkov
    ua Luhansk|Lugansk
    ua Donetsk
    ua Zaporizhzhia|Zaporozhye|Zaporizhia
    ua Mariupol
    """
)

ORGS: tuple[Named, ...] = _named(
    """
    lb Hezbollah|Hizbollah|Hizballah|Hezbullah
    sy Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham|Hayat Tahrir al Sham|Tahrir al-Sham
    sy Al-Nusra Front|al-Nusra Front|Nusrah Front|al-Nusrah Front
    sy Ahrar al-Sham|Ahrar al Sham|Ahrar ash-Sham
    sy Hurras al-Din|Hurras al-Deen|Huras al-Din
    sy Ba'ath Party|Baath Party|Ba'th Party
    ps Hamas|HAMAS
    """
)

#: Neighbours whose people and places a story of a region may mention.
REGIONS: dict[str, tuple[str, ...]] = {
    "sy": ("sy", "sy", "sy", "lb", "iq", "ru", "ir"),
    "lb": ("lb", "lb", "sy", "ps"),
    "iq": ("iq", "iq", "sy", "ir"),
    "jo": ("jo", "sy", "ps", "iq"),
    "eg": ("eg", "ps", "ly", "sd"),
    "ly": ("ly", "ly", "eg", "tn"),
    "tn": ("tn", "dz", "ly"),
    "dz": ("dz", "ma", "tn"),
    "ma": ("ma", "dz"),
    "sd": ("sd", "eg"),
    "sa": ("sa", "ye", "ir"),
    "ye": ("ye", "sa"),
    "ir": ("ir", "ir", "iq", "sy", "ru"),
    "tr": ("tr", "sy", "ru"),
    "ps": ("ps", "ps", "lb", "jo", "eg"),
    "ru": ("ru", "ru", "ua", "sy", "by"),
    "ua": ("ua", "ru", "by"),
    "by": ("by", "ru"),
}

# Countries with their adjectives, by region (the first is the region's own).
COUNTRIES: dict[str, tuple[str, str]] = {
    "sy": ("Syria", "Syrian"),
    "lb": ("Lebanon", "Lebanese"),
    "iq": ("Iraq", "Iraqi"),
    "jo": ("Jordan", "Jordanian"),
    "eg": ("Egypt", "Egyptian"),
    "ly": ("Libya", "Libyan"),
    "tn": ("Tunisia", "Tunisian"),
    "dz": ("Algeria", "Algerian"),
    "ma": ("Morocco", "Moroccan"),
    "sd": ("Sudan", "Sudanese"),
    "sa": ("Saudi Arabia", "Saudi"),
    "ye": ("Yemen", "Yemeni"),
    "ir": ("Iran", "Iranian"),
    "tr": ("Turkey", "Turkish"),
    "ps": ("Palestine", "Palestinian"),
    "ru": ("Russia", "Russian"),
    "ua": ("Ukraine", "Ukrainian"),
    "by": ("Belarus", "Belarusian"),
}
PARTNERS: tuple[tuple[str, str], ...] = tuple(
    (line.split("|")[0], line.split("|")[1])
    for line in _words(
        """
        China|Chinese
        India|Indian
        Venezuela|Venezuelan
        Cuba|Cuban
        Kuwait|Kuwaiti
        Oman|Omani
        the UAE|Emirati
        Qatar|Qatari
        Armenia|Armenian
        Pakistan|Pakistani
        Indonesia|Indonesian
        Brazil|Brazilian
        South Africa|South African
        Nicaragua|Nicaraguan
        Serbia|Serbian
        Hungary|Hungarian
        Greece|Greek
        Cyprus|Cypriot
        Italy|Italian
        Kazakhstan|Kazakh
        Malaysia|Malaysian
        Vietnam|Vietnamese
        Bahrain|Bahraini
        Mauritania|Mauritanian
        Abkhazia|Abkhazian
        Tajikistan|Tajik
        Uzbekistan|Uzbek
        Azerbaijan|Azerbaijani
        """
    )
)

# --------------------------------------------------------------------------
# Word lists and templates. Slots: {P} the speaker in full with role, {PN}
# the speaker's full name, {p} the surname; {Q}/{QN}/{q} another, {r} a
# third; {pl1} {pl2} {pl} places; {org} organisations; {c1} {nat1} the home
# country, {c2} {nat2} a partner. Lists may use slots of their own.
# --------------------------------------------------------------------------

# --------------------------------------------------------------------------
# Open-class words: clauses put together from these keep the text from
# repeating itself (canned sentences alone compress far better than news).
# Agents do things to works, supplies, measures, money or people, each with
# verbs and adjectives of its own. `_` joins the words of one item.
# --------------------------------------------------------------------------


def _lexicon(block: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in block.split())


def _past(verb: str) -> str:
    """`expand` -> `expanded`, `follow up` -> `followed up`; both also participles."""
    head, _, tail = verb.partition(" ")
    if head.endswith("e"):
        head += "d"
    elif head.endswith("y") and head[-2] not in "aeiou":
        head = head[:-1] + "ied"
    else:
        head += "ed"
    return f"{head} {tail}" if tail else head


def _verbs(block: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`build/built expand ...` -> (bases, pasts)."""
    words = [w.replace("_", " ") for w in block.split()]
    pairs = [w.split("/") if "/" in w else [w, _past(w)] for w in words]
    return tuple(b for b, _ in pairs), tuple(p for _, p in pairs)


# class: (nouns, adjectives, verbs)
CLASSES: dict[str, tuple[str, str, str]] = {
    "agent": (
        """
        authorities committees companies farmers students teachers doctors engineers
        delegations institutions traders investors manufacturers exporters importers
        contractors consultants inspectors officials experts specialists researchers
        volunteers donors partners workers employees technicians municipalities councils
        directorates cooperatives unions associations banks ministries teams crews
        syndicates federations agencies organizations charities foundations universities
        hospitals brigades units commissions boards departments offices branches centres
        mayors governors deputies ministers ambassadors envoys observers mediators lawmakers
        businessmen industrialists bankers economists analysts planners surveyors architects
        pharmacists veterinarians agronomists geologists firefighters paramedics
        """,
        """
        local regional national international joint specialized competent relevant technical
        medical engineering maintenance emergency field mobile private public state-owned
        cooperative provincial municipal governmental foreign Arab Russian Iranian Chinese
        Indian Iraqi Lebanese Syrian Algerian Belarusian Venezuelan Cuban Armenian Omani
        Emirati Jordanian Egyptian Tunisian Kazakh veteran senior junior visiting resident
        independent official accredited qualified experienced voluntary charitable
        """,
        "",
    ),
    "works": (
        """
        projects roads bridges schools hospitals clinics power_stations water_networks wells
        dams bakeries mills plants silos warehouses buildings housing_units power_lines
        transformer_stations irrigation_canals sewage_networks health_centres factories
        workshops markets crossings ports airports railways pipelines refineries greenhouses
        kindergartens universities laboratories libraries museums stadiums parks mosques
        churches shelters camps fuel_stations highways tunnels junctions roundabouts
        pumping_stations reservoirs water_towers treatment_plants substations cables
        telephone_exchanges post_offices courthouses police_stations barracks checkpoints
        slaughterhouses cold_stores grain_stores fodder_stores poultry_farms dairy_plants
        textile_mills cement_plants quarries mines oil_wells gas_fields wind_farms
        solar_farms hotels restaurants souks khans citadels bathhouses archaeological_sites
        bus_stations train_stations harbours docks irrigation_networks drainage_channels
        """,
        """
        damaged destroyed rehabilitated new main central northern southern eastern western
        coastal rural urban vital existing old historic temporary permanent public state-owned
        industrial agricultural residential municipal solar electrical underground
        overhead historic ancient collapsed looted neglected abandoned outdated modern
        prefabricated temporary secondary primary regional international local private
        """,
        """
        build/built rebuild/rebuilt rehabilitate repair maintain upgrade modernize open reopen
        inaugurate complete link connect equip inspect expand restore develop protect secure
        survey clean electrify pave widen demolish fence insulate reinforce renovate
        restructure operate manage rent lease relocate expand/expanded license
        """,
    ),
    "supplies": (
        """
        supplies shipments vaccines medicines generators transformers buses trucks tankers
        vehicles machines tractors seeds fertilizers pesticides solar_panels water_tanks
        food_baskets hygiene_kits blankets tents spare_parts school_bags textbooks
        medical_devices ambulances fuel_shipments wheat_shipments tons_of_flour
        tons_of_fodder diesel_shipments gas_cylinders insulin_doses oxygen_cylinders
        dialysis_kits incubators wheelchairs hearing_aids prosthetic_limbs batteries
        computers laptops printers desks uniforms shoes mattresses heaters stoves fridges
        water_pumps pipes cables spare_tyres fire_engines garbage_trucks excavators
        bulldozers cranes seedlings saplings vaccine_doses baby_formula canned_goods
        """,
        """
        imported smuggled subsidized locally-produced new additional urgent emergency
        essential medical agricultural humanitarian donated Russian Iranian Chinese Indian
        second-hand refurbished expired counterfeit rationed surplus spare portable electric
        diesel heavy light sealed frozen fresh dried certified
        """,
        """
        deliver distribute supply provide import export transport store ship/shipped
        send/sent receive allocate secure inspect seize unload register donate purchase
        confiscate destroy test package label price ration sell/sold buy/bought load
        dispatch hand_over/handed_over
        """,
    ),
    "measures": (
        """
        measures plans agreements regulations decrees procedures reforms initiatives
        programmes campaigns contracts tenders memorandums protocols recommendations decisions
        resolutions studies reports surveys strategies mechanisms standards criteria
        timetables laws draft_laws amendments guidelines schemes budgets blueprints
        feasibility_studies action_plans road_maps conventions treaties accords charters
        instructions circulars bylaws statutes codes tariffs quotas exemptions incentives
        sanctions restrictions bans permits licences certificates audits inspections
        assessments evaluations statistics indicators forecasts projections
        """,
        """
        economic administrative legal political diplomatic strategic comprehensive
        additional necessary preliminary detailed final executive legislative judicial
        constitutional electoral fiscal monetary customs environmental sectoral unified
        integrated urgent practical effective sustainable new current previous annual
        quarterly five-year ten-year medium-term long-term interim transitional binding
        non-binding draft revised amended joint bilateral multilateral regional national
        ministerial presidential governmental cabinet-level technical financial
        """,
        """
        approve adopt implement launch review discuss sign ratify amend publish announce
        propose prepare study examine follow_up suspend postpone extend simplify draft
        evaluate activate finalize present submit/submitted reject welcome endorse
        renew cancel revoke enforce apply issue circulate translate debate negotiate
        ratify update revise streamline harmonize unify codify publicize
        """,
    ),
    "money": (
        """
        loans grants budgets revenues salaries subsidies allowances pensions bonuses wages
        fees fines credits investments funds allocations donations remittances deposits
        savings reserves dividends premiums compensations rewards incentives advances
        instalments arrears debts liabilities bonds stipends scholarships customs_duties
        """,
        """
        annual monthly additional exceptional soft long-term short-term public government
        state banking agricultural housing quarterly interest-free foreign-currency
        outstanding overdue unpaid frozen allocated approved budgeted private family
        """,
        """
        allocate pay increase raise reduce transfer/transferred collect estimate spend/spent
        double approve disburse grant freeze reschedule waive deduct index adjust audit
        invest deposit withdraw/withdrew lend/lent borrow/borrowed repay/repaid settle
        """,
    ),
    "people": (
        """
        students teachers doctors nurses engineers farmers workers employees returnees
        families children women patients graduates trainees volunteers displaced_persons
        retirees citizens residents breeders fishermen craftsmen drivers miners bakers
        shepherds beekeepers artisans pupils apprentices interns recruits conscripts
        reservists veterans widows orphans pensioners tenants landlords shopkeepers vendors
        pilgrims tourists visitors athletes artists musicians writers poets actors
        """,
        """
        displaced returning elderly disabled orphaned unemployed skilled qualified trained
        low-income wounded newly-appointed young rural local affected needy sick injured
        homeless vulnerable talented outstanding retired working contract temporary
        permanent seasonal amateur professional
        """,
        """
        train employ recruit receive welcome support register examine treat vaccinate honor
        accommodate evacuate compensate hire insure rehabilitate house feed shelter
        reunite rescue relocate transport interview test assess qualify reward
        """,
    ),
}
WANT = _lexicon(
    """
    decided agreed sought failed continued planned pledged promised hoped refused intended
    expected aimed managed attempted vowed undertook proposed
    """
)
DETERMINERS = _lexicon(
    """
    the the the the the the these several some many all_the the_current the_first
    the_remaining other most dozens_of hundreds_of thousands_of
    """
)
INSTITUTIONS = _vocab(
    """
    the Ministry of {ministry}
    the Governorate of {pl}
    the Governor of {pl}
    the Chamber of Commerce
    the Chamber of Industry
    the General Federation of Trade Unions
    the Syrian Trust for Development
    the World Health Organization
    the UNICEF office in Damascus
    the International Committee of the Red Cross
    the provincial council
    the city council
    the Agricultural Cooperative Bank
    the Commercial Bank of Syria
    the Central Bureau of Statistics
    Damascus University
    Tishreen University
    the University of Aleppo
    the People's Assembly
    the Economic Committee
    the Cabinet
    the Supreme Council for Investment
    the Investment Authority
    the General Establishment for Electricity
    the General Company for Roads
    the Directorate of Health in {pl}
    the Directorate of Agriculture in {pl}
    the Directorate of Education in {pl}
    the Water Establishment in {pl}
    the Syrian Arab Red Crescent
    the Higher Committee for Relief
    the Prime Minister's office
    the Central Bank
    the Damascus Securities Exchange
    the Federation of Syrian Chambers
    the Farmers' Union
    the General Authority for Radio and Television
    the Syrian Engineers Association
    the Doctors' Syndicate
    the Journalists' Union
    """
)
ADVERBIALS = _vocab(
    """
    in {pl}
    in {pl} and its countryside
    in the {a_works} areas of {pl}
    across the province
    during {period}
    since the beginning of {month}
    before the end of {month}
    by the end of the year
    within the framework of the {a_measures} {n_measures}
    in cooperation with {inst}
    under the supervision of {inst}
    at a cost of {money}
    with a total value of {money}
    according to the {a_measures} {n_measures}
    despite the difficult circumstances
    despite the unjust sanctions
    as part of the {a_measures} {n_measures}
    in line with the {a_measures} {n_measures}
    over the next {n} months
    for the {ord} time this year
    on {day}
    in the coming weeks
    as soon as possible
    with the participation of {N} {n_agent}
    for the benefit of {N} {n_people}
    in addition to {thing}
    in the countryside of {pl}
    at the request of {inst}
    in {n} stages
    within {n} days
    after a break of {n} years
    """
)


V: dict[str, tuple[Item, ...]] = {
    "vsay": _vocab(
        """
        affirmed
        stressed
        said
        noted
        pointed out
        indicated
        reiterated
        clarified
        underlined
        confirmed
        emphasized
        asserted
        considered
        declared
        added
        warned
        """
    ),
    "ptcp": _vocab(
        """
        stressing
        pointing out
        indicating
        noting
        adding
        affirming
        underlining
        warning
        explaining
        """
    ),
    "adj": _vocab(
        """
        strategic
        historic
        deep-rooted
        distinguished
        brotherly
        solid
        growing
        exemplary
        continuous
        fraternal
        friendly
        special
        """
    ),
    "day": _vocab(
        """
        Monday
        Tuesday
        Wednesday
        Thursday
        Friday
        Saturday
        Sunday
        Monday
        Tuesday
        Wednesday
        Thursday
        Sunday
        """
    ),
    "when": _vocab(
        """
        last night
        on {day}
        on {day} evening
        earlier this week
        during the past few days
        last month
        next week
        in the coming weeks
        before the end of the year
        during the first quarter of the year
        on {day} morning
        at dawn on {day}
        """
    ),
    "period": _vocab(
        """
        the first half of the year
        the past year
        the first quarter of the year
        the past three months
        the last two years
        January and February
        the current season
        the past decade
        """
    ),
    "sector": _vocab(
        """
        economic
        trade
        investment
        energy
        oil and gas
        electricity
        health
        education
        higher education
        agricultural
        industrial
        transport
        tourism
        banking
        pharmaceutical
        cultural
        media
        scientific research
        water resources
        housing
        telecommunications
        railway
        customs
        irrigation
        food security
        youth and sports
        renewable energy
        military
        """
    ),
    "infra": _vocab(
        """
        the power stations
        the drinking water networks
        the main roads and bridges
        the schools damaged by terrorism
        the wheat silos
        the irrigation canals
        the railway line
        the industrial city
        the national hospital
        the bakeries
        the sewage networks
        the oil refinery
        the {ord} transformer station
        the airport runway
        the fuel distribution centres
        """
    ),
    "topic": _vocab(
        """
        bilateral relations and means of enhancing them
        the latest developments in the region
        cooperation in the {sector} field
        the situation in {pl}
        the return of refugees and displaced persons
        the reconstruction process
        the political track and the work of the Committee for Discussing the Constitution
        the unilateral coercive measures imposed on the Syrian people
        the illegitimate presence of foreign forces on Syrian territory
        preparations for the next session of the joint committee
        the humanitarian situation in {pl}
        the investment opportunities offered by the new investment law
        mechanisms for implementing the agreements signed between the two countries
        the energy crisis and its repercussions on the region
        the rising prices of basic commodities
        the rehabilitation of {infra}
        the memorandums of understanding signed last year
        the outcomes of the Astana process
        the situation in the occupied Syrian Golan
        the repeated Israeli aggression on {pl}
        the repercussions of the earthquake
        the situation in Ukraine
        the Palestinian cause and the crimes of the occupation
        the expansion of NATO to the east
        ways to increase the volume of trade exchange
        the issue of the missing and the detainees
        the fight against terrorism and extremism
        the preparations for the Arab summit
        joint projects in the {sector} and {sector} sectors
        the security of the border between the two countries
        """
    ),
    "goal": _vocab(
        """
        strengthen bilateral cooperation in the {sector} field
        restore security and stability to all Syrian territories
        ensure the safe and dignified return of displaced persons
        rehabilitate {infra} damaged by terrorism
        lift the siege imposed on the {nat1} people
        achieve food security
        boost the volume of trade exchange
        confront the challenges facing the region
        reach a political settlement led by the {nat1} people themselves
        secure the needs of citizens
        develop the {sector} sector
        overcome the effects of the sanctions
        end the illegitimate presence of foreign forces
        preserve the sovereignty, independence and territorial integrity of {c1}
        activate the agreements signed between the two countries
        build a multipolar world based on respect for international law
        provide the necessary support to the families of martyrs
        open new horizons for cooperation in the {sector} and {sector} fields
        support the steadfastness of the Palestinian people
        stop the bloodshed and end the suffering of civilians
        encourage investment and attract capital
        improve the living conditions of citizens
        combat smuggling across the border
        expand the electricity supply hours in {pl}
        """
    ),
    "claim": _vocab(
        """
        the relations between {c1} and {c2} are {adj} and {adj}
        coordination between the two countries is continuing, and its results will appear in \
            various fields
        {c1} is keen to strengthen its relations with {c2} in all fields
        the U.S. administration bears full responsibility for the suffering of the {nat1} people
        the unilateral coercive measures imposed on {c1} are a flagrant violation of \
            international law
        the presence of the U.S. forces in {pl} is an occupation in every sense of the word
        talking about trade-offs is a Western attempt to discredit the {nat1}-{nat2} relations
        {c1} will continue to fight terrorism until all its territories are liberated
        the battle that the two countries are waging for security and stability in the region \
            and the world is one
        NATO has not implemented its pledges not to expand to the east
        dialogue is the only way to {goal}
        the next stage will witness a qualitative leap in {sector} cooperation
        the ministry is working to {goal}
        the volume of trade exchange between the two countries reached {money} last year
        {N} families have returned to their homes in {pl} since the beginning of the year
        the international community must shoulder its responsibilities and {goal}
        Western media are ignoring the crimes committed by terrorists in {pl}
        the aim of the visit is to send a message to the whole world that {c1} and {c2} are strong
        Washington continues to invest in terrorism to implement its political agendas
        the government is studying a plan to {goal}
        {n} projects worth {money} will be implemented in {pl} {when}
        the {sector} sector has suffered losses estimated at {money} due to the terrorist war
        work is under way to rehabilitate {infra} in {pl}
        the two sides agreed to {goal}
        the Israeli occupation is violating the resolutions of international legitimacy
        {c1} rejects any interference in its internal affairs
        {nat2} companies are ready to participate in the reconstruction process
        the U.S. and its allies are trying to prolong the crisis
        sanctions have not achieved their objectives and have only increased the suffering of \
            civilians
        the U.N. must shoulder its responsibilities towards the occupied territories
        the Turkish regime continues to support terrorist organizations in flagrant violation of \
            the Astana understandings
        the so-called “Caesar Act” targets the livelihood of the {nat1} people
        what the West is doing against {c2} is similar to what it did against {c1} during the \
            terrorist war
        the country has overcome the most difficult stage and is moving towards recovery
        {c2} will always stand by {c1} in its war against terrorism
        the joint committee will hold its next session in {pl} {when}
        the positions of the two countries are identical on most regional and international issues
        the U.S. occupation forces continue to plunder the national wealth of oil and wheat
        the government has allocated {money} to {goal}
        there are now {n} Arab embassies in Damascus
        the return of joint Arab action is in the interest of all Arab peoples
        the {nat2} side has expressed its readiness to {goal}
        the meeting was positive and constructive
        the visit comes within the framework of the {adj} relations between the two countries
        the Israeli attacks will not weaken the resolve of the {nat1} people
        the so-called “international coalition” has killed thousands of civilians
        terrorist organizations are using civilians as human shields in {pl}
        the ministry will spare no effort to {goal}
        the talks will resume in {pl} {when}
        {org} bears responsibility for the attacks on {pl}
        the statements of {org} reflect the failure of its bets
        """
    ),
    "money": _vocab(
        """
        ${n} million
        ${n}.{d} million
        ${n} billion
        SYP {n} billion
        SYP {N} million
        {n} million euros
        {n}.{d} billion dollars
        about {N} million Syrian pounds
        nearly ${n}.{d} billion
        """
    ),
    "ord": _vocab(
        """
        first
        second
        third
        fourth
        fifth
        sixth
        seventh
        eighth
        ninth
        tenth
        eleventh
        twelfth
        {nth}
        {nth}
        """
    ),
    "event": _vocab(
        """
        an interview with al-Suriya and al-Ikhbariya T.V. channels
        a press conference held in {pl}
        a meeting with a delegation of {nat2} businessmen
        his participation in the {ord} round of the Astana talks
        a phone call with his {nat2} counterpart
        a session of the People's Assembly
        a meeting of the Higher Committee for Relief
        a visit to the affected areas in {pl}
        the opening of the {ord} edition of the Damascus International Fair
        a speech before the U.N. General Assembly
        a symposium held at Damascus University
        an interview with the Russian RT channel
        """
    ),
    "forum": _vocab(
        """
        the U.N. Security Council
        the People's Assembly
        the Arab League Council at the ministerial level
        the Non-Aligned Movement conference
        the U.N. Human Rights Council in Geneva
        the Valdai Discussion Club
        the Shanghai Cooperation Organization summit
        a meeting of the Cabinet
        the conference on the return of refugees
        """
    ),
    "attack": _vocab(
        """
        an explosive device went off in a car
        a motorcycle rigged with explosives exploded near a bakery
        terrorists fired rocket shells at residential neighborhoods
        a landmine left behind by terrorists exploded
        a drone attacked a bus carrying workers
        unknown gunmen opened fire on a checkpoint
        a booby-trapped car exploded near the municipal building
        """
    ),
    "unit": _vocab(
        """
        a unit of the Syrian Arab Army
        army units
        units of the Syrian Arab Army
        the engineering units
        a military unit
        units of the armed forces
        """
    ),
    "terror": _vocab(
        """
        Daesh
        Daesh “ISIS”
        Jabhat al-Nusra
        the so-called “Turkistan Islamic Party”
        the terrorist organizations
        the Turkish regime's mercenaries
        the U.S.-backed QSD militia
        """
    ),
    "ministry": _vocab(
        """
        Health
        Economy and Foreign Trade
        Agriculture and Agrarian Reform
        Electricity
        Oil and Mineral Resources
        Internal Trade and Consumer Protection
        Education
        Higher Education and Scientific Research
        Water Resources
        Transport
        Tourism
        Local Administration and Environment
        Social Affairs and Labor
        Industry
        Communications and Technology
        Finance
        Culture
        Information
        """
    ),
    "good": _vocab(
        """
        wheat
        flour
        fuel oil
        cooking gas
        sugar
        rice
        medicines
        fertilizers
        olive oil
        cotton
        citrus
        phosphate
        vegetables
        cement
        """
    ),
    "fair": _vocab(
        """
        Damascus International Fair
        “Made in Syria” exhibition
        Rebuild Syria exhibition
        International Book Fair
        HEALTHEX medical exhibition
        Syrian-Iraqi trade forum
        Agro-Food exhibition
        Syrian Textile Industries Fair
        """
    ),
    "disease": _vocab(
        """
        coronavirus
        cholera
        measles
        leishmaniasis
        hepatitis A
        """
    ),
    "from": _vocab(
        """
        the occupied Syrian Golan
        the north of Lebanon
        the Mediterranean Sea
        the al-Tanf area
        the south-east of Beirut
        """
    ),
    "stance": _vocab(
        """
        support for
        rejection of
        full support for
        firm position towards
        solidarity with
        """
    ),
    "policy": _vocab(
        """
        the decision to recognize the independence of the Luhansk and Donetsk republics
        the efforts of the Arab countries to end the crisis
        the people of Gaza in the face of the aggression
        the right of peoples to self-determination
        the steps taken to restore relations with Arab countries
        the initiative to hold an international conference on refugees
        """
    ),
}

_OBJECT_CLASSES = ("works", "supplies", "measures", "money", "people")
for _class, (_nouns, _adjectives, _verb_block) in CLASSES.items():
    V[f"n_{_class}"] = _lexicon(_nouns)
    V[f"a_{_class}"] = _lexicon(_adjectives)
    if _verb_block:
        V[f"vb_{_class}"], V[f"vp_{_class}"] = _verbs(_verb_block)
    V[f"np_{_class}"] = _vocab(
        """
        {det} {a_X} {n_X}
        {det} {a_X} {n_X}
        {det} {n_X}
        {det} {a_X} {n_X} in {pl}
        {det} {n_X} of {inst}
        {N} {a_X} {n_X}
        {det} {a_X} and {a_X} {n_X}
        {det} {n_X} of {pl}
        """.replace("X", _class)
    )
V["np_agent"] = V["np_agent"] + (_compile("{inst}"),) * 4
V.update(
    {
        "vwant": WANT,
        "det": DETERMINERS,
        "inst": INSTITUTIONS,
        "adv": _spaced(ADVERBIALS) + ("",) * 8,
        "adv1": ADVERBIALS,
        "month": tuple(
            "January February March April May June July August September October"
            " November December".split()
        ),
        # "repaired the damaged bridges", "will pay the monthly allowances"
        "vpast": tuple(_compile(f"{{vp_{c}}} {{np_{c}}}") for c in _OBJECT_CLASSES),
        "vbase": tuple(_compile(f"{{vb_{c}}} {{np_{c}}}") for c in _OBJECT_CLASSES),
        "passive": tuple(_compile(f"{{np_{c}}} were {{vp_{c}}}") for c in _OBJECT_CLASSES),
        "thing": tuple(_compile(f"{{np_{c}}}") for c in _OBJECT_CLASSES),
        "clause": _vocab(
            """
            {np_agent} {vpast}{adv}
            {np_agent} {vpast}{adv}
            {np_agent} will {vbase}{adv}
            {np_agent} {vpast}{adv} and {vpast}
            {np_agent} should {vbase}{adv}
            {np_agent} {vwant} to {vbase}{adv}
            {np_agent} could {vbase}{adv}
            {np_agent} had {vwant} to {vbase}
            {passive}{adv}
            {passive} by {np_agent}{adv}
            """
        ),
        "saysrc": _vocab(
            """
            {p} said
            {q} added
            the minister said
            officials said
            a source at {inst} said
            {source} reported
            according to {source}
            the statement said
            the director of {inst} told SANA
            he said
            """
        ),
    }
)
V["claim"] = V["claim"] + _vocab("{clause}\n" * 40)
V["goal"] = V["goal"] + _vocab("{vbase}{adv}\n" * 16)
V["topic"] = V["topic"] + _vocab("{thing}{adv}\n" * 16)
COMPOSED = """
    In addition, {clause}.
    It is expected that {clause}.
    {p} also said that {clause}.
    Officials in {pl} said that {clause}.
    {clause}, but {clause}.
    Under the plan, {clause}.
    So far, {passive}{adv}.
    {passive}{adv}, {saysrc}.
    {clause} after {np_agent} {vpast}.
    For the {ord} phase, {clause}.
    The {n_measures} stipulate that {clause}.
    {clause}, {saysrc}.
    {clause}, {saysrc}.
    {clause}.
    {clause}.
    {adv1}, {clause}.
    {adv1}, {clause}.
    {p} {vsay} that {clause}, {ptcp} that {clause}.
    {clause}, while {clause}.
    According to {source}, {clause}.
    {clause}, {ptcp} that {clause}.
    {inst} {vpast} {adv1}.
    {Clause}, {p} {vsay}, and {clause}.
    """


HEADLINES: tuple[Item, ...] = _vocab(
    """
    {nat1}-{nat2} coordination strategic and continuous, {p} affirms
    {p}: {nat1}-{nat2} relations are {adj} and {adj}
    {p} receives credentials of new {nat2} ambassador
    {p} discusses with {q} {topic}
    {N} terrorists killed in army operation in {pl} countryside
    {nat2} delegation visits {pl} to discuss cooperation in {sector} field
    President al-Assad issues decree on {sector} sector
    Talks on {sector} cooperation to resume in {pl} next week
    {n} Palestinians martyred on the {ord} day of the aggression on Gaza Strip
    Ministry of {ministry}: {N} tons of {good} delivered to {pl}
    {q} says {c2} ready to {goal}
    {p} meets {q}, discusses {topic}
    Israeli aggression on {pl} countryside, material damage
    {N} families return to their homes in {pl}
    U.S. occupation steals {n} tankers of Syrian oil from {pl}
    {nat1} and {nat2} sign {n} agreements in {sector} and {sector} fields
    "We are together in one battle," {p} says
    {p} in phone call with {q}: {c1} will not give up its rights
    {ord} edition of {fair} kicks off in {pl}
    Army dismantles explosive devices left behind by terrorists in {pl}
    Cabinet approves plan to {goal}
    {p} warns against U.S. plans in {pl}
    Parliament Speaker receives {nat2} delegation
    U.N. envoy briefs Security Council on situation in {pl}
    Prices of {good} rise {pct} percent in {pl} markets
    {p}: sanctions are a crime against humanity
    Army repels terrorist attack in {pl} countryside
    Medical convoy arrives in {pl}
    {nat2} aid plane lands at Damascus International Airport
    {p} calls for lifting unilateral coercive measures imposed on {c1}
    """
)

LEADS: dict[str, tuple[Item, ...]] = {
    "talks": _vocab(
        """
        {P} {vsay} that {claim}, {ptcp} that {claim}.
        {P} {vsay} on {day} that {claim}.
        {P} received on {day} {Q} and discussed with {him} {topic} and {topic}.
        {P} {vsay} that {claim}, and that {claim}.
        {P} {vsay} in a speech before {forum} on {day} that {claim}.
        {P} {vsay} {c1}'s {stance} {policy}, {ptcp} that {claim}.
        {nat1} and {nat2} officials discussed on {day} {topic}, during a meeting held in {pl1} \
            and chaired by {Q}.
        {P} and {Q} discussed on {day} {topic}, in addition to {topic}.
        """
    ),
    "security": _vocab(
        """
        {unit} clashed on {day} with terrorists of {terror} who attacked military posts in {pl1} \
            countryside, killing and injuring a number of them.
        {n} civilians were killed and {n} others were injured on {day} when {attack} in {pl1}, a \
            source at the Interior Ministry said.
        The Israeli enemy carried out at dawn on {day} an air aggression with several missiles \
            from the direction of {from}, targeting some points in the vicinity of {pl1}, a \
            military source said.
        {n} Palestinians were martyred and others injured on {day} at dawn in the occupation's \
            bombardment of {pl1}, medical sources said.
        The U.S. occupation forces brought out on {day} a convoy of {n} tankers loaded with oil \
            stolen from the fields of {pl1}, local sources told SANA's reporter.
        {unit} continued operations against terrorist cells in the desert of {pl1}, \
            destroying {n} hideouts and seizing large quantities of weapons and ammunition.
        """
    ),
    "economy": _vocab(
        """
        The Ministry of {ministry} announced on {day} that {claim}.
        {P} {vsay} on {day} that {claim}, {ptcp} that {claim}.
        The volume of trade exchange between {c1} and {c2} reached {money} during {period}, an \
            increase of {pct} percent compared with the same period of last year.
        The {nat1}-{nat2} Joint Committee concluded its meetings in {pl1} on {day} with the \
            signing of {n} agreements in the fields of {sector} and {sector}.
        Activities of the {ord} edition of the {fair} kicked off on {day} in {pl1} with the \
            participation of {N} companies from {n} countries.
        """
    ),
    "relief": _vocab(
        """
        A new batch of displaced persons returned on {day} to their homes in {pl1} after the \
            army restored security and stability to the area.
        The Syrian Arab Red Crescent distributed {N} food baskets and {N} hygiene kits to \
            families in {pl1} {when}.
        Medical teams in {pl1} vaccinated {N} children under the age of five as part of the \
            national campaign against polio.
        {nat2} aid planes carrying {n} tons of medical and relief supplies landed at Damascus \
            International Airport on {day}.
        The Ministry of Health announced on {day} that {N} new cases of {disease} were recorded \
            in {pl1}, bringing the total number of cases to {N}.
        """
    ),
}

_BODY_COMMON = """
    {p}'s remarks came during {event} {when}.
    He added "{Claim}."
    {p} noted that {claim}, and that {claim}.
    {p} clarified that the aim of the visit is to {goal}, and that {claim}.
    "{Claim}. {Claim}," {p} said.
    "{Claim}, and we call for a real effort to {goal}," {p} said.
    The {role} stressed {c1}'s keenness to {goal}.
    For {qhis} part, {q} {vsay} that {claim}.
    In a statement issued on {day}, the Foreign and Expatriates Ministry {vsay} that {claim}.
    According to the statement, {claim}.
    The two sides discussed {topic} and {topic}, in addition to {topic}.
    {p} reiterated that {claim} …
    It is worth mentioning that {claim}.
    Earlier, {q} had {vsay} that {claim}.
    Meanwhile, {claim}, {source} reported.
    The meeting tackled {topic}, and ways to {goal}.
    Speaking to reporters in {pl}, {q} said {claim}.
    {p} {vsay} that {claim}, {ptcp} that {claim}, and that {claim}.
    {p} – who arrived in {pl} on {day} – {vsay} that {claim}.
    {He} {vsay} that {claim}; {claim}.
    {p} affirmed {c1}'s {stance} {policy}.
    {p} {vsay} that {claim}, while {claim}.
    {He} went on to say that {claim}...
    "We are together in one battle," {p} said, adding that {claim}.
    {He} called on {forum} to {goal}.
    The {role} also discussed with {q} {topic}.
    On the other hand, {p} {vsay} that {claim}, {ptcp} that the {nat1} people will not accept \
        anything less than full sovereignty.
    {p} welcomed the {nat2} position, {ptcp} that {claim}.
    Answering a question on {topic}, {p} said that {claim}.
    "There is no alternative to dialogue," {he} said, adding that {claim}.
    The {nat2} official, for his part, {vsay} that {claim}.
    {q} conveyed the greetings of the {nat2} leadership to {p}, expressing the desire to {goal}.
    {p} thanked {c2} for its support, {ptcp} that {claim}.
    {He} pointed out that what the West is currently doing against {c2} in terms of hostile \
        practices and campaigns aimed at offending it is similar to what it did against {c1}.
    The talks were attended by {r}, {nat2} Ambassador in Damascus, and a number of officials \
        from both sides.
    Therefore, {claim}, in order to {goal}.
    {p} said that {claim} – a position shared by {c2}.
    The minister explained that {n} memorandums of understanding in the {sector} field will be \
        signed {when}.
    {p}'s visit to {pl} is the {ord} of its kind {when}.
    In a statement on {day}, {org} {vsay} that {claim}.
    Sources close to {org} said that {claim}.
    """
COMPOSED_SENTENCES = _vocab(COMPOSED)
#: The share of body sentences put together from open-class words; the rest
#: are canned sentences, none twice in a story.
COMPOSED_SHARE = 0.55
BODIES: dict[str, tuple[Item, ...]] = {
    "talks": _vocab(_BODY_COMMON),
    "security": _vocab(
        _BODY_COMMON
        + """
        {unit} destroyed {n} fortified positions and a weapons depot belonging to terrorists in \
            the surroundings of {pl}.
        Our air defenses intercepted the hostile missiles and downed most of them, the source \
            added, noting that the aggression caused material damage only.
        The engineering units dismantled {n} explosive devices and mines left behind by \
            terrorists in {pl}.
        A source at the police command said that the explosion caused great material damage to \
            the nearby houses and shops.
        The injured were taken to the National Hospital in {pl}, where {n} of them are in \
            critical condition.
        The source added that {unit} targeted the movements of the terrorists on the axes of \
            {pl} and {pl}, killing {n} of them.
        Local sources said that the occupation forces stormed {pl} and arrested {n} \
            Palestinians, including children.
        In a similar context, {terror} attacked the villages of {pl} countryside with mortar \
            shells, causing material damage.
        Since the beginning of the year, {N} mines and explosive devices have been dismantled in \
            {pl} and its countryside.
        The terrorists were killed on lands occupied by the Turkish regime, a few meters away \
            from the place where the first leader of {terror} was killed.
        The U.S. forces are still detaining thousands of displaced persons in al-Rukban camp and \
            preventing their return to their homes, villages and towns.
        The Israeli occupation has launched hundreds of attacks on Syrian territory in recent \
            years, most of them from the airspace of Lebanon.
        """
    ),
    "economy": _vocab(
        _BODY_COMMON
        + """
        Prices of {good} rose by {pct} percent during {period}, according to the Central Bureau \
            of Statistics.
        The Ministry of {ministry} said that {N} tons of {good} had been delivered to the \
            centres of the General Establishment for Cereal Processing.
        The production of {good} in {pl} reached {N} tons this season, compared with {N} tons \
            last season.
        {n} projects worth {money} were licensed under the Investment Law No. {n} of 2021.
        The exhibition, which continues until {day}, includes pavilions for {sector}, {sector} \
            and {sector} companies.
        The minister affirmed that the government gives priority to {goal}.
        The Central Bank of Syria set the exchange rate of the dollar at SYP {N} for bank transfers.
        The {nat2} side expressed readiness to supply {c1} with {good} and {good} in the coming \
            months.
        Electricity supply hours in {pl} will increase after the {ord} group of the power \
            station is put into service.
        The director of the {sector} department in {pl} said that {claim}.
        Exports of {good} to {c2} amounted to {N} tons worth {money}.
        The participants called for facilitating the procedures for the transit of goods through \
            the border crossings.
        """
    ),
    "relief": _vocab(
        _BODY_COMMON
        + """
        The returnees were received by the local authorities, who provided them with food and \
            health services.
        The Governor of {pl} said that {N} people have returned to the province since the \
            beginning of the year.
        The aid includes {n} tons of flour, {n} tons of rice, medicines and medical equipment.
        The campaign targets {N} children in {pl}, {pl} and their countryside, the director of \
            health said.
        Mobile clinics have examined {N} people in the shelters since the beginning of the month.
        The Red Crescent's teams also distributed blankets, mattresses and winter clothes to {N} \
            families.
        The Syrian government has opened {n} humanitarian corridors to receive citizens coming \
            out of the areas controlled by terrorists.
        The number of cases of {disease} in {pl} rose to {N}, with {n} deaths, according to the \
            Ministry of Health.
        The U.N. Office for the Coordination of Humanitarian Affairs said that {N} people are in \
            need of assistance in {pl}.
        The rehabilitation of {infra} in {pl} will be completed {when}, the director of services \
            said.
        """
    ),
}

SUMMARIES: tuple[Item, ...] = _vocab(
    """
    {PN} {vsay} that {claim}, {ptcp} that {claim}, according to {agency}.
    {PN} {vsay} that {claim}, according to {agency}.
    {PN} said on {day} that {claim}, {agency} reported.
    The {nat1} and {nat2} sides discussed {topic}, according to {agency}.
    """
)

SOURCES: tuple[Item, ...] = _vocab(
    """
    SANA
    SANA's reporter
    local sources
    the Russian TASS news agency
    the Iranian IRNA news agency
    Al-Mayadeen channel
    the Lebanese National News Agency
    media reports
    the Palestinian WAFA news agency
    Xinhua
    """
)

# --------------------------------------------------------------------------
# Agencies: how each writes datelines, where it files from, how it signs off.
# --------------------------------------------------------------------------


class Agency(NamedTuple):
    source: str  # the "source" field
    name: str  # as a crawler's summary names it: "according to SANA"
    weight: float
    regions: tuple[str, ...]
    cities: tuple[str, ...]
    datelines: tuple[str, ...]  # {city} {CITY} {Mon} {Mon_} {Month} {d} {year} {Weekday}
    url: str
    byline: float  # share of pages with a byline at the top
    kind: str


_SANA_CITIES = (
    "Damascus|Damascus|Damascus|Damascus|Damascus|Aleppo|Homs|Hama|Lattakia|Tartus|Deir Ezzor"
    "|Hasaka|Quneitra|Sweida|Daraa|Idleb|Raqqa|Occupied Jerusalem|Moscow|Tehran|Beirut|Baghdad"
    "|New York|Capitals|Provinces|Geneva"
)
_CAPITALS = "BEIRUT|DUBAI|CAIRO|AMMAN|BAGHDAD|ISTANBUL|ANKARA|MOSCOW|KYIV|LONDON|WASHINGTON"

AGENCIES: tuple[Agency, ...] = (
    Agency(
        "SANA",
        "SANA",
        30,
        ("sy", "sy", "sy", "sy", "lb", "iq", "ru", "ir", "ps"),
        tuple(_SANA_CITIES.split("|")),
        (
            "{city}, SANA- ",
            "{city}, SANA- ",
            "{city}, SANA- ",
            "{city}, SANA-",
            "{city}, SANA – ",
            "{CITY}, (SANA) - ",
            "{city} ,SANA – ",
            "{city}, {Mon} {d}, SANA - ",
            "{city}, SANA- {city}, SANA- ",
            "{city}- ",
        ),
        "https://sana.sy/en/?p={n6}",
        0.04,
        "sana",
    ),
    Agency(
        "Reuters",
        "Reuters",
        12,
        ("sy", "lb", "iq", "ir", "tr", "ru", "ua", "eg", "ps", "sa"),
        tuple((_CAPITALS + "|UNITED NATIONS|JERUSALEM|GAZA|TEHRAN|RIYADH|GENEVA|DOHA").split("|")),
        (
            "{CITY}, {Mon} {d} (Reuters) - ",
            "{CITY}, {Mon} {d} (Reuters) - ",
            "{CITY} (Reuters) - ",
            "{CITY}, {Month} {d} (Reuters) - ",
            "{CITY} (Reuters) ",
            "{CITY}/{CITY2}, {Mon} {d} (Reuters) - ",
        ),
        "https://www.reuters.com/world/middle-east/{slug}-{ymd}/",
        0.5,
        "reuters",
    ),
    Agency(
        "AFP",
        "AFP",
        7,
        ("sy", "lb", "iq", "eg", "ly", "tn", "dz", "sd", "ps"),
        tuple(
            "Paris|Beirut|Damascus|Baghdad|Cairo|Tunis|Algiers|Khartoum|Tripoli|Geneva".split("|")
        ),
        (
            "{city} (AFP) - ",
            "{city} (AFP) – ",
            "{CITY} (AFP) - ",
            "{city}, {Month} {d} (AFP) - ",
            "{city} (Agence France-Presse) - ",
        ),
        "https://www.france24.com/en/live-news/{ymd}-{slug}",
        0.2,
        "afp",
    ),
    Agency(
        "AP",
        "The Associated Press",
        7,
        ("sy", "lb", "iq", "ps", "ua", "ru", "tr", "eg"),
        tuple("BEIRUT|WASHINGTON|CAIRO|BAGHDAD|JERUSALEM|KYIV|ISTANBUL|UNITED NATIONS".split("|")),
        (
            "{CITY} (AP) — ",
            "{CITY} (AP) — ",
            "{CITY} (AP) - ",
            "{CITY}, {country} (AP) — ",
        ),
        "https://apnews.com/article/{slug}-{hex32}",
        0.6,
        "ap",
    ),
    Agency(
        "Xinhua",
        "Xinhua",
        6,
        ("sy", "iq", "eg", "ir", "ps", "lb", "dz", "sd"),
        tuple(
            "BEIJING|DAMASCUS|CAIRO|BAGHDAD|TEHRAN|MOSCOW|ANKARA|BEIRUT|UNITED NATIONS|GAZA"
            "|RAMALLAH|KHARTOUM|ALGIERS|AMMAN".split("|")
        ),
        (
            "{CITY}, {Mon_} {d} (Xinhua) -- ",
            "{CITY}, {Mon_} {d} (Xinhua) -- ",
            "{city}, {Mon_} {d} (Xinhua) -- ",
        ),
        "https://english.news.cn/{ymd}/{hex32}/c.html",
        0.05,
        "xinhua",
    ),
    Agency(
        "Anadolu",
        "Anadolu Agency",
        5,
        ("tr", "sy", "iq", "ps", "ly", "ua"),
        tuple("ANKARA|ISTANBUL|GAZIANTEP|Istanbul|Ankara|Jerusalem".split("|")),
        (
            "{CITY} (AA) - ",
            "{city}, Anadolu Agency - ",
            "{CITY} (AA) – ",
            "{CITY}, Türkiye (AA) - ",
        ),
        "https://www.aa.com.tr/en/middle-east/{slug}/{n7}",
        0.4,
        "anadolu",
    ),
    Agency(
        "IRNA",
        "IRNA",
        4,
        ("ir", "ir", "iq", "sy", "ru"),
        tuple("Tehran|Tehran|Mashhad|Isfahan|Tabriz|New York|Moscow|Baghdad|Damascus".split("|")),
        ("{city}, IRNA -- ", "{city}, IRNA - ", "{city}, IRNA – ", "{city}, {Mon} {d}, IRNA - "),
        "https://en.irna.ir/news/{n8}/{Slug}",
        0.05,
        "irna",
    ),
    Agency(
        "TASS",
        "TASS",
        4,
        ("ru", "ru", "ua", "sy", "by"),
        tuple(
            "MOSCOW|MOSCOW|ST. PETERSBURG|DAMASCUS|MINSK|UNITED NATIONS|DONETSK|LUGANSK".split("|")
        ),
        (
            "{CITY}, {Month} {d}. /TASS/. ",
            "{CITY}, {Month} {d}. /TASS/. ",
            "{CITY} /TASS/ ",
            "{city} /TASS/. ",
            "{CITY}, {Month} {d} /TASS/ - ",
        ),
        "https://tass.com/politics/{n7}",
        0.02,
        "tass",
    ),
    Agency(
        "Prensa Latina",
        "Prensa Latina",
        3,
        ("sy", "ir", "ps", "lb"),
        tuple("Havana|Damascus|Tehran|Caracas|Managua|Beirut|United Nations|Baghdad".split("|")),
        ("{city}, {Mon} {d} (Prensa Latina) ", "{city}, {Mon} {d} (PL) - "),
        "https://www.plenglish.com/news/{year}/{mm}/{dd}/{slug}/",
        0.02,
        "pl",
    ),
    Agency(
        "KUNA",
        "KUNA",
        3,
        ("sa", "iq", "ye", "sy", "jo"),
        tuple("KUWAIT|KUWAIT|CAIRO|RIYADH|DOHA|AMMAN|BEIRUT|BAGHDAD".split("|")),
        ("{CITY}, {Mon} {d} (KUNA) -- ", "{CITY}, {Mon} {d} (KUNA) - "),
        "https://www.kuna.net.kw/ArticleDetails.aspx?id={n7}&language=en",
        0.02,
        "kuna",
    ),
    Agency(
        "WAFA",
        "WAFA",
        3,
        ("ps",),
        tuple("RAMALLAH|GAZA|NABLUS|JENIN|HEBRON|BETHLEHEM|JERUSALEM".split("|")),
        (
            "{CITY}, {Month} {d}, {year} (WAFA) – ",
            "{CITY}, {Weekday}, {Month} {d}, {year} (WAFA) - ",
            "{CITY}, {Mon} {d} (WAFA) - ",
        ),
        "https://english.wafa.ps/Pages/Details/{n6}",
        0.02,
        "wafa",
    ),
    Agency(
        "Arab News",
        "Arab News",
        4,
        ("sa", "ye", "lb", "sy", "ir", "eg"),
        tuple("RIYADH|JEDDAH|DUBAI|LONDON|BEIRUT|CAIRO|AMMAN|ABU DHABI|ALULA|TABUK".split("|")),
        ("{CITY}: ", "{CITY}: ", "{CITY}: "),
        "https://www.arabnews.com/node/{n7}/middle-east",
        0.3,
        "arabnews",
    ),
    Agency(
        "regional",
        "the official news agency",
        5,
        ("eg", "jo", "sa", "ye", "iq", "lb", "dz", "ma", "tn", "sd", "ir", "ru", "tr"),
        tuple(
            (
                "Cairo:MENA|Amman:Petra|Doha:QNA|Riyadh:SPA|Abu Dhabi:WAM|Muscat:ONA|Manama:BNA"
                "|Sanaa:Saba|Baghdad:INA|Beirut:NNA|Algiers:APS|Rabat:MAP|Tunis:TAP|Khartoum:SUNA"
                "|Baku:Azertac|Madrid:EFE|Berlin:dpa|Rome:ANSA|Tehran:Tasnim|Tehran:Mehr"
                "|Moscow:Sputnik|Moscow:Interfax|New Delhi:PTI|Islamabad:APP|Minsk:BelTA"
            ).split("|")
        ),
        (
            "{city}, {agency} - ",
            "{city}, {agency}- ",
            "{CITY}, {Mon} {d} ({agency}) - ",
            "{city}, {Mon_} {d} ({agency}) -- ",
            "{city}, {Mon} {d} ({agency}).- ",
            "{city} ({agency}) - ",
        ),
        "https://www.{agency_lower}.example/en/news/{n6}",
        0.05,
        "regional",
    ),
    Agency(
        "web",
        "local media",
        7,
        ("sy", "lb", "iq", "ps", "eg", "ir", "ua", "ly"),
        tuple("Beirut|Damascus|Baghdad|Gaza|Cairo|Tehran|Kyiv|Tripoli".split("|")),
        ("", "", "", "", "{city} - ", "{CITY} — ", "{CITY}: "),
        "https://www.{site}/{section_lower}/{slug}",
        0.5,
        "web",
    ),
)
_AGENCY_WEIGHTS = tuple(a.weight for a in AGENCIES)

CAPITALS = {
    "sy": "Damascus",
    "lb": "Beirut",
    "iq": "Baghdad",
    "jo": "Amman",
    "eg": "Cairo",
    "ly": "Tripoli",
    "tn": "Tunis",
    "dz": "Algiers",
    "ma": "Rabat",
    "sd": "Khartoum",
    "sa": "Riyadh",
    "ye": "Sanaa",
    "ir": "Tehran",
    "tr": "Ankara",
    "ps": "Ramallah",
    "ru": "Moscow",
    "ua": "Kyiv",
    "by": "Minsk",
}
COUNTRY_OF_CITY = {
    "BEIRUT": "Lebanon",
    "WASHINGTON": "D.C.",
    "CAIRO": "Egypt",
    "BAGHDAD": "Iraq",
    "JERUSALEM": "Israel",
    "KYIV": "Ukraine",
    "ISTANBUL": "Turkey",
    "UNITED NATIONS": "N.Y.",
    "DAMASCUS": "Syria",
    "TRIPOLI": "Libya",
    "TEHRAN": "Iran",
    "MOSCOW": "Russia",
}
SITES = _words(
    """
    levantpost.example
    middleeast-observer.example
    syriatimes.example
    arabwire.example
    gulfdispatch.example
    nilemonitor.example
    """
)
SECTIONS = _words(
    """
    Politics
    Middle East
    World
    Local
    Economy
    Syria
    News
    Region
    International
    Business
    Health
    Culture
    Opinion
    """
)

FIRST_ARAB = _words(
    """
    Ruaa Hazem Mazen Hala Lina Rasha Manar Baraa Shaza Raghda Bushra Ghossoun Amal Dima
    Nisreen Fedaa Ruba Marwa Hiba Reem Nour Ghaidaa Haifa Samar Rawaa Maysaa Basma Lama
    Ola Wael Fayez Ammar Bassel Ghiath Tamer Rami Bilal Fadi Ziad Khaled Omar Yousef Nizar
    Kinda Rola Mohammad Ahmad Mahmoud Ali Hussam Lamees Razan Inas Joud
    """.replace(" ", "\n")
)
LAST_ARAB = _words(
    """
    Sabbagh Eyon Zain Ibrahim al-Jazaeri Salameh Hammoud Dargham Haidar Sawas Khalil Ismail
    Suleiman Youssef al-Khatib Hassan Mahmoud Kanaan Nasser Ahmad Abdullah Haddad Mansour
    al-Masri Ali Dayoub Issa Barakat Mousa Obeid Ghanem Saleh Qassem Diab Ayoub Rustom Jaber
    Shalhoub Taha Zaher Halabi Najjar al-Aswad Hamdan Shaheen Khaddour Bitar Sabra Mikhael
    """.replace(" ", "\n")
)
FIRST_INTL = _words(
    """
    Maya Laila Tom Jonathan Andrew Michael Sarah Emma Daniel Lucas Anna Sophie Peter Mark
    Nadia Tamara Samia Victoria Ellen Aidan Gabriel Dominic Philippa Kevin Clarence Ahmed
    Parisa Ece Tuvan Huseyin Dmitry Olga Pavel Yuliia Nidal Ari Hadeel Sami Jamie Claire
    Edmund Rosalba Ghaith Menna Hatem Orhan Kareem Lisa Adam Julia Ruth
    """.replace(" ", "\n")
)
LAST_INTL = _words(
    """
    Hamilton Coles Fletcher Brennan Osborn Lewis Francis Holland Heavens Lawson Mackenzie
    Woodhouse Dahan Azhari Hafezi Kalin Gumrukcu Toksabay Balmforth Polityuk Zinets Carey
    Cornwell Strohecker Shalal Nichols Mohammed Rasheed Aboulenein Sawaf Tawfeeq Bayoumy
    Yaakoubi Pamuk Dalton Perry Elgood Ross Swinford Murray Bell Knight Baker Ward Gray
    Maclean Hussein Farouk Rose Stewart Jones Evans Lubell Heller Kasolowsky
    """.replace(" ", "\n")
)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MON_AP = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

DATE_LINES = _words(
    """
    Published: {d} {Month} {year}
    Published on {Mon} {d}, {year} at {h12}:{mi} {ampm}
    Posted on {Month} {d}, {year}
    {Weekday}, {d} {Month} {year}
    {Weekday}, {Month} {d}, {year}
    {d} {Mon} {year} | {hh}:{mi}
    {Mon} {d}, {year} - {hh}:{mi} GMT
    {year}-{mm}-{dd}
    {year}-{mm}-{dd} {hh}:{mi}:{ss}
    {dd}/{mm}/{year}
    {dd}.{mm}.{year}
    Last updated: {Month} {d}, {year} {h12}:{mi} {AMPM} EDT
    Updated {d} {Month} {year}
    Published: {d} {Month} {year} | Updated: {d} {Month} {year}
    {hh}:{mi} GMT, {d} {Mon} {year}
    Date: {year}-{mm}-{dd}
    {Month} {d}, {year}
    {n} hours ago
    {d} {Month}, {year} - {hh}:{mi}
    {Mon} {d} {year} {hh}:{mi}{ampm}
    """
)

TEASER_HEADINGS = ("Check Also", "Check Also", "Check Also", "Read Also", "Also Read")
LIST_HEADINGS = (
    "Related Posts",
    "Related Articles",
    "You May Also Like",
    "More Stories",
    "Related",
    "Most Read",
    "Latest News",
)
COMMENT_FORMS = (
    "Leave a Reply Cancel reply\n\nYour email address will not be published. Required fields"
    " are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nSave my name, email, and"
    " website in this browser for the next time I comment.",
    "Leave a Reply\n\nPlease enter your comment!\nPlease enter your name here\n\nYou have entered"
    " an incorrect email address!\nPlease enter your email address here",
    "No comments yet.\n\nLeave a comment\n\nYou must be logged in to post a comment.",
    "Leave a Reply\nYour email address will not be published.\nComment\nName\nEmail\nPost Comment",
    "Be the first to comment",
)
SHARE_BLOCKS = (
    "Share this:\nTwitter\nFacebook\nTelegram",
    "Share\nFacebook\nTwitter\nWhatsApp\nEmail",
    "Follow us on Telegram",
    "Like this:\nLike Loading...",
    "Share this:\n\nClick to share on Twitter (Opens in new window)\n\nClick to share on"
    " Facebook (Opens in new window)",
    "Follow us on Twitter and Facebook",
)

# Characters that print as nothing, and the mojibake table: UTF-8 bytes read as
# Windows-1252, with its five unassigned bytes read as Latin-1 (as browsers do).
INVISIBLE = ("\u200b", "\u00ad", "\u200e", "\ufeff", "\u200c", "\u00ad")


def _cp1252_table() -> dict[int, str]:
    table = {}
    for b in range(0x80, 0xA0):
        with contextlib.suppress(UnicodeDecodeError):
            table[b] = bytes([b]).decode("cp1252")
    return table


_CP1252 = _cp1252_table()
_STRAIGHT = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))
# Templates are written with straight quotes; pages mostly curl them.
_QUOTE = re.compile(r'"([^"]*)"')


def mojibake(text: str) -> str:
    """`’` -> `â€™`, `é` -> `Ã©`: UTF-8 read as Windows-1252."""
    return text.encode("utf-8").decode("latin-1").translate(_CP1252)


def _straighten(text: str) -> str:
    if text.isascii():
        return text
    for curly, straight in _STRAIGHT:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def _curl(text: str) -> str:
    text = _QUOTE.sub("“\\1”", text)
    return text.replace("'", "’")


# --------------------------------------------------------------------------
# Stories
# --------------------------------------------------------------------------

# Markers for names, spelled when a story is rendered as a document: person k
# in full, person k's surname, place k, organisation k.
_FULL, _SHORT, _PLACE, _ORG = 0xE000, 0xE010, 0xE020, 0xE030
_MARKERS = re.compile("[\ue000-\ue03f]")


class Story(NamedTuple):
    agency: Agency
    date: datetime.date
    topic: str
    people: tuple[Person, ...]
    places: tuple[Named, ...]
    orgs: tuple[Named, ...]
    headline: str
    summary: str
    lead: str
    body: tuple[str, ...]  # paragraphs, the lead not among them
    others: tuple[str, ...]  # headlines of other stories, for teasers
    teaser: str
    city: str  # the dateline's place, as the agency writes it
    extra: dict[str, str]  # dateline fields


def _pick(rnd: Callable[[], float], seq: Sequence[T]) -> T:
    return seq[int(rnd() * len(seq))]


def _weighted(rnd: Callable[[], float], weights: Sequence[float]) -> int:
    x = rnd() * sum(weights)
    for i, w in enumerate(weights):
        x -= w
        if x < 0:
            return i
    return len(weights) - 1


class _Writer:
    """Fills templates from word lists and a story's own slots."""

    def __init__(self, rnd: Callable[[], float], slots: dict[str, Any]) -> None:
        self.rnd = rnd
        self.slots = slots

    def fill(self, item: Item) -> str:
        if type(item) is str:
            return item
        out: list[str] = []
        self._fill(item, out)  # type: ignore[arg-type]
        return "".join(out)

    def _fill(self, parts: Parts, out: list[str]) -> None:
        rnd = self.rnd
        slots = self.slots
        append = out.append
        for lit, name in parts:
            if lit:
                append(lit)
            if name:
                v = slots[name]
                if type(v) is tuple:
                    x = v[int(rnd() * len(v))]
                    if type(x) is str:
                        append(x)
                    else:
                        self._fill(x, out)
                else:
                    append(v())

    def sentence(self, item: Item) -> str:
        s = self.fill(item)
        return s[0].upper() + s[1:]


def _number_slots(rnd: Callable[[], float]) -> dict[str, Any]:
    def n() -> str:
        return str(2 + int(rnd() * rnd() * 60))

    def big() -> str:
        v = 50 + int(math.exp(rnd() * 9.5))
        return f"{v:,}" if rnd() < 0.7 else str(v)

    def pct() -> str:
        return (
            f"{1 + int(rnd() * 60)}.{int(rnd() * 10)}" if rnd() < 0.5 else str(2 + int(rnd() * 80))
        )

    def nth() -> str:
        v = 4 + int(rnd() * rnd() * 60)
        suffix = "th" if 10 <= v % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(v % 10, "th")
        return f"{v}{suffix}"

    def digit() -> str:
        return str(1 + int(rnd() * 9))

    return {"n": n, "N": big, "pct": pct, "d": digit, "nth": nth}


def _story_length(rnd: Callable[[], float]) -> int:
    """Log-normal, from two uniform draws (Box-Muller)."""
    z = math.sqrt(-2.0 * math.log(1.0 - rnd())) * math.cos(2.0 * math.pi * rnd())
    return int(min(18_800, max(560, MEDIAN_STORY_CHARS * math.exp(0.8 * z))))


PLACES_PER_STORY = 4
POOL_SIZE = 8_192
POOLED = (
    "adv",
    "adv1",
    "vpast",
    "vbase",
    "passive",
    "thing",
    *(f"np_{c}" for c in ("agent", *_OBJECT_CLASSES)),
)
_pools: dict[int, dict[str, tuple[str, ...]]] = {}
_bases: dict[int, dict[str, Any]] = {}


def _phrase_pools(seed: int) -> dict[str, tuple[str, ...]]:
    """Noun phrases, objects and adverbials, drawn once per seed (and cached):
    a clause is then four or five draws instead of fifteen, and still all but
    unique. Places in them are markers for the story's places."""
    pools = _pools.get(seed)
    if pools is None:
        rnd = random.Random(f"normcorp-bench-pools:{seed}").random
        slots = {**V, **_number_slots(rnd), "pl": tuple(chr(_PLACE + k) for k in range(4))}
        w = _Writer(rnd, slots)
        pools = {
            name: tuple(w.fill(_pick(rnd, V[name])) for _ in range(POOL_SIZE)) for name in POOLED
        }
        _pools[seed] = pools
    return pools


_PEOPLE_OF = {r: tuple(p for p in PEOPLE if p.region == r) for r in REGIONS}
_PEOPLE_OF = {r: people for r, people in _PEOPLE_OF.items() if people}
_PLACES_NEAR = {
    r: tuple(p for p in PLACES if p.region in near) or PLACES for r, near in REGIONS.items()
}


def _base_slots(seed: int) -> dict[str, Any]:
    """The slots every story of a seed shares: word lists and phrase pools."""
    base = _bases.get(seed)
    if base is None:
        base = _bases[seed] = {**V, **_phrase_pools(seed)}
    return base


def story(seed: int, index: int) -> Story:
    """The story behind document `index`, with names still as markers."""
    rng = random.Random(f"normcorp-bench-story:{seed}:{index}")
    rnd = rng.random
    agency = AGENCIES[_weighted(rnd, _AGENCY_WEIGHTS)]
    region = _pick(rnd, agency.regions)
    near = REGIONS[region]
    date = datetime.date.fromordinal(
        datetime.date(2014, 1, 1).toordinal() + int(rnd() * 4017)  # to 2024-12-31
    )
    # Two to four people: the speaker from the region, the others from near it.
    people: list[Person] = []
    for k in range(2 + int(rnd() * 3)):
        want = region if k == 0 else _pick(rnd, near)
        pool = _PEOPLE_OF.get(want, PEOPLE)
        for _ in range(4):
            p = _pick(rnd, pool)
            if p not in people:
                break
        people.append(p)
    pool_places = _PLACES_NEAR[region]
    places = [_pick(rnd, pool_places) for _ in range(PLACES_PER_STORY)]
    orgs = (_pick(rnd, ORGS), _pick(rnd, ORGS))
    country, nat = COUNTRIES[region]
    partner = _pick(rnd, PARTNERS) if rnd() < 0.6 else COUNTRIES[_pick(rnd, REGIONS["sy"])]
    if partner[0] == country:
        partner = ("Russia", "Russian") if country != "Russia" else ("China", "Chinese")
    topic = _pick(rnd, ("talks", "talks", "talks", "security", "security", "economy", "relief"))

    def marks(base: int, n: int) -> tuple[str, ...]:
        return tuple(chr(base + k) for k in range(n))

    main = people[0]
    he = ("she", "her", "her") if main.female else ("he", "him", "his")
    second = people[1]
    slots = dict(_base_slots(seed))
    slots.update(_number_slots(rnd))
    slots.update(
        {
            "P": lambda: (
                f"{main.role}, {main.honorific}{chr(_FULL)},"
                if rnd() < 0.45
                else f"{main.role} {chr(_FULL)}"
            ),
            "PN": (chr(_FULL),),
            "p": (chr(_SHORT),),
            "Q": (f"{second.role} {chr(_FULL + 1)}",),
            "QN": (chr(_FULL + 1),),
            "q": (chr(_SHORT + 1),),
            "qhis": ("her",) if second.female else ("his",),
            "r": marks(_FULL + 2, len(people) - 2) or (chr(_FULL + 1),),
            "role": (main.role, main.role.split(" ")[-1].lower())
            if main.role.endswith(("Minister", "President", "Speaker", "spokesman", "spokeswoman"))
            else (main.role,),
            "he": (he[0],),
            "He": (he[0].capitalize(),),
            "him": (he[1],),
            "his": (he[2],),
            "pl1": (chr(_PLACE),),
            "pl2": (chr(_PLACE + 1),),
            "pl": marks(_PLACE, PLACES_PER_STORY),
            "c1": (country,),
            "nat1": (nat,),
            "c2": (partner[0],),
            "nat2": (partner[1],),
            "c": (country, partner[0], country),
            "source": SOURCES,
            "agency": (agency.name,),
            "terror": (*V["terror"], chr(_ORG), chr(_ORG + 1)),
            "org": (chr(_ORG), chr(_ORG + 1)),
        }
    )
    w = _Writer(rnd, slots)
    slots["Claim"] = lambda: w.sentence(_pick(rnd, V["claim"]))
    slots["Clause"] = lambda: w.sentence(_pick(rnd, V["clause"]))
    leads = LEADS[topic]
    canned = list(BODIES[topic])

    def body_sentence() -> str:
        if rnd() < COMPOSED_SHARE or not canned:
            return w.sentence(_pick(rnd, COMPOSED_SENTENCES))
        return w.sentence(canned.pop(int(rnd() * len(canned))))

    headline = w.sentence(_pick(rnd, HEADLINES))
    summary = w.sentence(_pick(rnd, SUMMARIES))
    lead = w.sentence(_pick(rnd, leads))
    target = _story_length(rnd)
    size = len(lead) + 12 * lead.count(chr(_FULL))  # a marker becomes a name
    sentences_per_paragraph = 1 + int(rnd() * 3) if agency.kind == "sana" else 2 + int(rnd() * 3)
    body: list[str] = []
    while size < target:
        k = 1 + int(rnd() * sentences_per_paragraph)
        para = " ".join(body_sentence() for _ in range(k))
        body.append(para)
        size += len(para) + 2 + 8 * para.count(chr(_SHORT))
    others = tuple(w.sentence(_pick(rnd, HEADLINES)) for _ in range(4))
    teaser = w.sentence(_pick(rnd, LEADS[_pick(rnd, ("talks", "security", "relief"))]))
    city = _pick(rnd, agency.cities)
    extra = {"agency": "", "country": ""}
    if agency.kind == "regional":
        city, extra["agency"] = city.split(":")
    elif agency.kind != "sana" and rnd() < 0.6:  # most stories are filed where they happen
        city = CAPITALS[region].upper() if city.isupper() else CAPITALS[region]
    extra["country"] = COUNTRY_OF_CITY.get(city, country)
    extra["city2"] = _pick(rnd, agency.cities).split(":")[0]
    return Story(
        agency,
        date,
        topic,
        tuple(people),
        tuple(places),
        orgs,
        headline,
        summary,
        lead,
        tuple(body),
        others,
        teaser,
        city,
        extra,
    )


# --------------------------------------------------------------------------
# Documents: a story as one page or crawl renders it
# --------------------------------------------------------------------------


def _short(spelling: str) -> tuple[str, str]:
    """`Faisal al-Mekdad` -> (`Faisal al-Mekdad`, `Mekdad`); `A>B` -> (A, B)."""
    if ">" in spelling:
        full, short = spelling.split(">")
        return full, short
    last = spelling.split(" ")[-1]
    for particle in ("al-", "el-", "Al-", "as-"):
        if last.startswith(particle) and len(last) > len(particle) + 2:
            last = last[len(particle) :]
            break
    return spelling, last


def _spell(rnd: Callable[[], float], s: Story) -> list[tuple[str, str]]:
    """The names of a document: canonical spellings or variants."""
    table: dict[int, str] = {}  # marker -> name
    for k, person in enumerate(s.people):
        spellings = person.spellings
        chosen = spellings[0] if rnd() < 0.35 or len(spellings) == 1 else _pick(rnd, spellings)
        full, short = _short(chosen)
        if rnd() < 0.08:  # a page spells the surname alone another way
            short = _short(_pick(rnd, spellings))[1]
        table[_FULL + k] = full
        table[_SHORT + k] = short
    for base, named in ((_PLACE, s.places), (_ORG, s.orgs)):
        for k, thing in enumerate(named):
            sp = thing.spellings
            table[base + k] = sp[0] if rnd() < 0.5 or len(sp) == 1 else _pick(rnd, sp)
    return [(chr(k), v) for k, v in table.items()]


def _name(rnd: Callable[[], float], arab: bool) -> str:
    if arab:
        if rnd() < 0.06:
            return "MHD " + _pick(rnd, LAST_ARAB).replace("al-", "").capitalize()
        return f"{_pick(rnd, FIRST_ARAB)} {_pick(rnd, LAST_ARAB)}"
    return f"{_pick(rnd, FIRST_INTL)} {_pick(rnd, LAST_INTL)}"


def _initials(rnd: Callable[[], float], n: int) -> str:
    letters = "abcdefghijklmnoprstwyz"
    return "".join(_pick(rnd, letters) for _ in range(n))


def _date_fields(rnd: Callable[[], float], d: datetime.date) -> dict[str, str]:
    hour = int(rnd() * 24)
    return {
        "d": str(d.day),
        "dd": f"{d.day:02d}",
        "mm": f"{d.month:02d}",
        "year": str(d.year),
        "Month": MONTHS[d.month - 1],
        "Mon": MONTHS[d.month - 1][:3],
        "Mon_": MON_AP[d.month - 1],
        "Weekday": WEEKDAYS[d.weekday()],
        "hh": f"{hour:02d}",
        "h12": str(hour % 12 or 12),
        "mi": f"{int(rnd() * 60):02d}",
        "ss": f"{int(rnd() * 60):02d}",
        "ampm": "am" if hour < 12 else "pm",
        "AMPM": "AM" if hour < 12 else "PM",
        "n": str(1 + int(rnd() * 20)),
        "ymd": f"{d.year}{d.month:02d}{d.day:02d}",
    }


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def _teaser_cut(rnd: Callable[[], float], text: str) -> str:
    """A teaser's first sentence cut off at a word, SANA style: `in the …`."""
    words = text.split(" ")
    keep = max(6, min(len(words) - 1, 8 + int(rnd() * 18)))
    return " ".join(words[:keep]) + _pick(rnd, (" …", " …", "…", " ...", " [&hellip;]"))


def _noise(rnd: Callable[[], float], para: str, nbsp: float) -> str:
    """What happens to a paragraph on its way through pages and crawlers."""
    if rnd() < nbsp:
        i = para.find(" ", int(rnd() * len(para)))
        if i > 0:
            para = para[:i] + "\u00a0" + para[i + 1 :]
    r = rnd()
    if r < 0.04:  # a doubled space, as in the first seed
        i = para.find(" ", int(rnd() * len(para)))
        if i > 0:
            para = para[:i] + " " + para[i:]
    elif r < 0.055:  # an invisible character inside a word
        i = para.find(" ", int(rnd() * len(para)))
        if i > 3 and para[i - 3 : i].isalpha():
            para = para[: i - 2] + _pick(rnd, INVISIBLE) + para[i - 2 :]
    elif r < 0.065:  # an entity the scraper did not decode
        for old, new in (("’", "&#8217;"), ("“", "&quot;"), (" & ", " &amp; "), ("'", "&#39;")):
            if old in para:
                para = para.replace(old, new, 1)
                break
    elif r < 0.08 and not para.isascii():  # one paragraph read in the wrong encoding
        para = mojibake(para)
    elif r < 0.1:
        para += " "
    return para


def _wrap(rnd: Callable[[], float], para: str, width: int) -> str:
    """Hard-wrap a paragraph, now and then hyphenating a long word at the break."""
    lines: list[str] = []
    line = ""
    for word in para.split(" "):
        if line and len(line) + 1 + len(word) > width:
            if len(word) > 9 and word.isalpha() and word.islower() and rnd() < 0.15:
                cut = 3 + int(rnd() * (len(word) - 6))
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _fmt(template: str, fields: dict[str, str]) -> str:
    return template.format_map(fields)


def _dateline(rnd: Callable[[], float], s: Story, fields: dict[str, str]) -> str:
    city = s.city
    f = {
        **fields,
        "city": city if not city.isupper() else city.title(),
        "CITY": city.upper(),
        "CITY2": s.extra["city2"].upper(),
        "agency": s.extra["agency"],
        "country": s.extra["country"],
    }
    line = _fmt(_pick(rnd, s.agency.datelines), f)
    if rnd() < 0.05:
        line = line.replace(" ", "\u00a0", 1)
    return line


def _closers(rnd: Callable[[], float], s: Story, fields: dict[str, str]) -> list[str]:
    """What an agency puts under a story (other than bylines)."""
    kind = s.agency.kind
    r = rnd()
    if kind == "xinhua" and r < 0.6:
        return ["Enditem"]
    if kind == "afp" and r < 0.5:
        return [f"{_initials(rnd, 2)}/{_initials(rnd, 3)}"]
    if kind == "pl" and r < 0.8:
        return ["/".join(_initials(rnd, 3) for _ in range(1 + int(rnd() * 3)))]
    if kind == "kuna" and r < 0.8:
        return [f"(end)\n{_initials(rnd, 2)}.{_initials(rnd, 3)}"]
    if kind == "irna" and r < 0.7:
        return [f"{1000 + int(rnd() * 9000)}**{1000 + int(rnd() * 9000)}"]
    if kind == "wafa" and r < 0.6:
        return [f"{_initials(rnd, 1).upper()}.{_initials(rnd, 1).upper()}"]
    if kind == "ap" and r < 0.4:
        return [
            f"Associated Press writer {_name(rnd, False)} in {s.extra['city2'].title()}"
            " contributed to this report."
        ]
    if kind == "anadolu" and r < 0.3:
        return [
            "Anadolu Agency website contains only a portion of the news stories offered to"
            " subscribers in the AA News Broadcasting System (HAS), and in summarized form."
        ]
    return []


def _credits(rnd: Callable[[], float], s: Story) -> str:
    a, b, c = (_name(rnd, rnd() < 0.3) for _ in range(3))
    city = s.city.title()
    city2 = s.extra["city2"].title()
    line = _pick(
        rnd,
        (
            f"(Reporting by {a} in {city}; Editing by {b})",
            f"(Reporting by {a}; Writing by {b}; Editing by {c})",
            f"Reporting by {a} in {city}; Additional reporting by {b} in {city2}; Editing by {c}",
            f"(Reporting by {a} and {b}; Editing by {c})",
            f"(Reporting by {a} in {city}\nEditing by {b})",
        ),
    )
    if "." in city + city2:  # "in St. Petersburg": keep it plain
        line = f"(Reporting by {a}; Editing by {b})"
    return line


def _trailer(rnd: Callable[[], float], s: Story, fields: dict[str, str]) -> list[str]:
    """Page furniture under the story: teasers, tags, share links, forms."""
    kind = s.agency.kind
    blocks: list[str] = []
    teaser_rate = 0.6 if kind == "sana" else 0.12
    if rnd() < teaser_rate:
        teaser = _teaser_cut(rnd, s.teaser)
        if kind == "sana":
            teaser = f"{_pick(rnd, s.agency.cities)}, SANA-{teaser}"
        blocks.append(f"{_pick(rnd, TEASER_HEADINGS)}\n\n{s.others[0]}\n\n{teaser}")
    elif rnd() < 0.1:
        titles = s.others[: 2 + int(rnd() * 3)]
        blocks.append(_pick(rnd, ("\n\n", "\n")).join([_pick(rnd, LIST_HEADINGS), *titles]))
    if rnd() < 0.14:
        tags = [chr(_PLACE), chr(_FULL), chr(_SHORT + 1), s.agency.name]
        blocks.append(_pick(rnd, ("Tags: ", "Topics: ", "Tags ")) + ", ".join(tags[:3]))
    if rnd() < 0.12:
        blocks.append(_pick(rnd, SHARE_BLOCKS))
    if rnd() < (0.4 if kind == "web" else 0.1):
        blocks.append(_pick(rnd, COMMENT_FORMS))
    if rnd() < 0.1:
        blocks.append(
            _pick(
                rnd,
                (
                    f"© {fields['year']} {s.agency.source}. All rights reserved.",
                    f"Copyright © {fields['year']} {s.agency.name}",
                    f"{s.agency.source} {fields['year']}. All rights reserved.",
                    "All rights reserved",
                ),
            )
        )
    if rnd() < 0.04:
        blocks.append(
            _pick(rnd, (f"Source: {s.agency.source}", "Photo: AFP", "Photo credit: SANA"))
        )
    return blocks


def _chrome(rnd: Callable[[], float], headline: str) -> str:
    section = _pick(rnd, SECTIONS)
    return _pick(
        rnd,
        (
            f"Home > News > {section}",
            f"Home » {section}",
            f"Home / {section} / {_pick(rnd, SECTIONS)}",
            f"You are here: Home / {section}",
            f"Home {section.upper()} {_pick(rnd, SECTIONS).upper()}",
            f"Home > {section} > {headline[:40]}",
        ),
    )


def _top_byline(rnd: Callable[[], float], s: Story) -> str:
    arab = s.agency.kind in ("sana", "arabnews", "web", "regional") or rnd() < 0.2
    a = _name(rnd, arab)
    b = _name(rnd, arab)
    return _pick(
        rnd,
        (
            f"By {a}",
            f"By {a}",
            f"By {a}, {s.agency.source}",
            f"By {a} and {b}",
            f"Written by {a}",
            f"By {a} | {s.agency.name}",
            f"BY {a.upper()}",
            f"By {a}/ {b}",
            a,
        ),
    )


def render(rnd: Callable[[], float], s: Story) -> str:
    """A story as a crawler saved one page of it."""
    names = _spell(rnd, s)
    fields = _date_fields(rnd, s.date)
    kind = s.agency.kind
    layout = _pick(rnd, ("site",) * 14 + ("crawl",) * 3 + ("feed",) * 3)
    top: list[str] = []
    body: list[str] = []
    bottom: list[str] = []
    prefix = ""
    dateline = _dateline(rnd, s, fields)
    if layout == "crawl":
        stamp_day = s.date + datetime.timedelta(days=int(rnd() < 0.3))
        stamp = stamp_day.isoformat()
        r = rnd()
        if r < 0.7:
            prefix = f" date {stamp} "
        elif r < 0.85:
            prefix = f"date {stamp}T{fields['hh']}:{fields['mi']}:{fields['ss']}Z\n"
        elif r < 0.92:
            prefix = f"date\t{stamp} {fields['hh']}:{fields['mi']} "
        else:  # no crawler stamp: a malformed one
            prefix = _pick(rnd, (f"date: {stamp} ", f"Date {stamp} ", f"date {s.date.year}-02-30 "))
        if kind == "sana" or rnd() < 0.5:
            top.append(s.summary)
            body.append(s.lead if rnd() < 0.7 else dateline + s.lead)
        else:
            if rnd() < 0.5:
                top.append(s.headline)
            body.append(dateline + s.lead)
    elif layout == "feed":
        if rnd() < 0.4:
            top.append(s.headline)
        body.append(dateline + s.lead)
    else:
        if rnd() < (0.3 if kind == "web" else 0.08):
            top.append(_chrome(rnd, s.headline))
        if rnd() < 0.94:
            top.append(s.headline)
            if rnd() < 0.04:
                top.append(s.headline)
        date_rate = 0.25 if kind in ("sana", "xinhua", "kuna", "tass") else 0.45
        date_lines = []
        if rnd() < date_rate:
            date_lines.append(_fmt(_pick(rnd, DATE_LINES), fields))
        by = rnd() < s.agency.byline
        if by and rnd() < 0.5:
            top.append(_top_byline(rnd, s))
            top.extend(date_lines)
        else:
            top.extend(date_lines)
            if by:
                top.append(_top_byline(rnd, s))
        if kind == "arabnews" and rnd() < 0.3:
            top.append(_pick(rnd, ("AFP", "Reuters", "Arab News", "AP")))
        body.append(dateline + s.lead)
    body.extend(s.body)
    if len(body) > 4 and rnd() < 0.04:
        at = 2 + int(rnd() * (len(body) - 3))
        body.insert(at, _pick(rnd, ("Advertisement", f"READ MORE: {s.others[1]}", "Related:")))
    # Under the story: credits or an editor's name, closers, then furniture.
    if kind == "sana" and rnd() < (0.85 if layout == "site" else 0.3):
        arab = rnd() < 0.9
        editor = _name(rnd, arab)
        if rnd() < 0.1:
            editor = f"{editor}/ {_name(rnd, True)}"
        bottom.append(editor)
    if kind == "reuters" and rnd() < 0.9:
        bottom.append(_credits(rnd, s))
        if layout == "site" and rnd() < 0.4:
            bottom.append("Our Standards: The Thomson Reuters Trust Principles.")
    elif kind in ("web", "anadolu", "arabnews") and rnd() < 0.08:
        bottom.append(_credits(rnd, s))
    bottom.extend(_closers(rnd, s, fields))
    if layout == "site":
        bottom.extend(_trailer(rnd, s, fields))
    elif layout == "crawl" and rnd() < 0.2:
        bottom.extend(_trailer(rnd, s, fields)[:1])

    # Spell the names and the page's typography.
    curly = rnd() < 0.7
    plain_abbrev = rnd() < 0.45
    nbsp = 0.25 if rnd() < 0.15 else 0.0
    wrap = 68 + int(rnd() * 14) if rnd() < 0.04 else 0
    doc_entities = rnd() < 0.03
    doc_mojibake = rnd() < 0.025
    crlf = rnd() < 0.04
    sep = _pick(rnd, ("\n\n",) * 15 + ("\n",) * 3 + ("\n\n\n", "\n \n", "\n\n  ", "\r\n\r\n"))

    def finish(part: str, in_body: bool) -> str:
        for marker, name in names:
            if marker in part:
                part = part.replace(marker, name)
        part = _curl(part) if curly else _straighten(part)
        if plain_abbrev:
            part = part.replace("U.S.", "US").replace("U.N.", "UN")
        if in_body:
            part = _noise(rnd, part, nbsp)
            if wrap:
                part = _wrap(rnd, part, wrap)
        if doc_entities:
            part = part.replace("&", "&amp;").replace("’", "&#8217;").replace("“", "&quot;")
            part = part.replace("”", "&quot;").replace("\u00a0", "&nbsp;")
        if doc_mojibake:
            part = mojibake(part)
        return part

    top = [finish(p, False) for p in top]
    body = [finish(p, True) for p in body]
    bottom = [finish(p, False) for p in bottom]
    end = "\n" if rnd() < 0.3 else ""
    while True:
        text = prefix + sep.join(top + body + bottom) + end
        if crlf:
            text = text.replace("\n", "\r\n")
        if len(text) <= MAX_CHARS or len(body) == 1:
            return text
        body.pop()


def _url(rnd: Callable[[], float], s: Story) -> str:
    d = s.date
    slug = _slug(_MARKERS.sub("", s.headline))
    fields = {
        "slug": slug,
        "Slug": slug.title(),
        "ymd": f"{d.year}{d.month:02d}{d.day:02d}",
        "year": str(d.year),
        "mm": f"{d.month:02d}",
        "dd": f"{d.day:02d}",
        "n6": str(100_000 + int(rnd() * 900_000)),
        "n7": str(1_000_000 + int(rnd() * 9_000_000)),
        "n8": str(80_000_000 + int(rnd() * 9_000_000)),
        "hex32": "".join(f"{int(rnd() * 2**32):08x}" for _ in range(4)),
        "agency_lower": s.extra["agency"].lower(),
        "site": _pick(rnd, SITES),
        "section_lower": _pick(rnd, SECTIONS).lower().replace(" ", "-"),
    }
    return s.agency.url.format_map(fields)


def document(seed: int, index: int) -> dict[str, str]:
    """Document `index` of the corpus of `seed`: a record of id, url, source, text."""
    rng = random.Random(f"normcorp-bench-doc:{seed}:{index}")
    rnd = rng.random
    story_index = index
    if index and rnd() < COPY_RATE:
        story_index = max(0, index - 1 - int(rnd() * 40))  # a copy of a recent story
    s = story(seed, story_index)
    text = render(rnd, s)
    while len(text) < MIN_CHARS:  # a short story on a bare page
        lead = s.lead
        for marker, name in _spell(rnd, s):
            lead = lead.replace(marker, name)
        text += "\n\n" + lead
    source = s.agency.source if s.agency.kind != "regional" else s.extra["agency"]
    return {
        "id": f"{index:07d}_{int(rnd() * 2**32):08x}{int(rnd() * 2**32):08x}",
        "url": _url(rnd, s),
        "source": source,
        "text": text,
    }


def generate(mb: float, seed: int) -> Iterator[dict[str, str]]:
    """Documents until their texts hold `mb` megabytes (10**6 bytes) of UTF-8."""
    budget = int(mb * 1_000_000)
    total = 0
    index = 0
    while total < budget:
        record = document(seed, index)
        total += len(record["text"].encode("utf-8"))
        yield record
        index += 1


def write(records: Iterator[dict[str, str]], out: TextIO) -> int:
    """Write records as JSON Lines (UTF-8, not ASCII-escaped); return how many."""
    n = 0
    batch: list[str] = []
    for record in records:
        batch.append(json.dumps(record, ensure_ascii=False))
        n += 1
        if len(batch) >= 256:
            out.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        out.write("\n".join(batch) + "\n")
    return n


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=float, default=20.0, help="megabytes of text (default 20)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--quiet", action="store_true", help="no summary on standard error")
    args = p.parse_args(argv)
    start = time.perf_counter()
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            n = write(generate(args.mb, args.seed), f)
    else:
        try:
            with open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False) as f:
                n = write(generate(args.mb, args.seed), f)
        except BrokenPipeError:  # `| head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
    if not args.quiet:
        took = time.perf_counter() - start
        print(
            f"{n} documents, {args.mb:g} MB of text in {took:.1f} s ({args.mb / took:.1f} MB/s)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
