"""Wire structure: each format seen on real pages, the guards against
over-stripping, the seeds, and the wrapping property."""

import datetime

import pytest
import regex
from checks import check_once
from hypothesis import given
from hypothesis import strategies as st
from strategies import articles, paragraphs

import normcorp
from normcorp import Dateline, Normalizer
from normcorp.wire import AGENCIES, Wire

D = datetime.date
BODY = "Officials said the talks will resume next week.\n\nHe added that both sides agreed.\n"


def wire_rules(doc: normcorp.Document) -> set[str]:
    return {p for e in doc.edits for p in e.rule.split("+") if p.startswith(("wire.", "dates."))}


# -- datelines ---------------------------------------------------------------

DATELINES = [
    ("Damascus, SANA- ", Dateline("Damascus", "SANA")),
    ("Damascus ,SANA \u2013 ", Dateline("Damascus", "SANA")),
    ("New York, SANA-", Dateline("New York", "SANA")),
    ("Occupied Jerusalem, SANA-", Dateline("Occupied Jerusalem", "SANA")),
    ("Khartoum, Nov. (SUNA) - ", Dateline("Khartoum", "SUNA")),
    ("RIYADH: ", Dateline("Riyadh", None)),
    ("DUBAI: ", Dateline("Dubai", None)),
    ("ABU DHABI: ", Dateline("Abu Dhabi", None)),
    ("MOSCOW, February 24. /TASS/. ", Dateline("Moscow", "TASS")),
    ("WASHINGTON (AP) \u2014 ", Dateline("Washington", "AP")),
    ("BEIRUT, March 3 (Reuters) - ", Dateline("Beirut", "Reuters")),
    ("Tehran, IRNA -- ", Dateline("Tehran", "IRNA")),
    ("Beijing, Feb. 24 (Xinhua) -- ", Dateline("Beijing", "Xinhua")),
    ("ANKARA (AA) - ", Dateline("Ankara", "Anadolu")),
    ("Havana, Feb 24 (Prensa Latina) ", Dateline("Havana", "Prensa Latina")),
    ("DEIR EZ-ZOR, (SANA) - ", Dateline("Deir ez-Zor", "SANA")),
    ("Kuwait City, KUNA -- ", Dateline("Kuwait City", "KUNA")),
    # AP's style names the state or country; Reuters joins cities with "/".
    ("SPRINGFIELD, Ill. (AP) \u2014 ", Dateline("Springfield, Ill.", "AP")),
    ("ALBANY, N.Y. (AP) \u2014 ", Dateline("Albany, N.Y.", "AP")),
    ("DAMASCUS, Syria (AP) - ", Dateline("Damascus, Syria", "AP")),
    ("KYIV/MOSCOW, Feb 24 (Reuters) - ", Dateline("Kyiv/Moscow", "Reuters")),
    ("Damascus, Feb 24, SANA - ", Dateline("Damascus", "SANA")),
    # with the year: SPA's and WAM's
    ("Riyadh, Feb 24, 2022, SPA -- ", Dateline("Riyadh", "SPA")),
    ("ABU DHABI, 24th February, 2022 (WAM) -- ", Dateline("Abu Dhabi", "WAM")),
    ("TOKYO, Feb. 24 Kyodo - ", Dateline("Tokyo", "Kyodo")),
    # a comma and the agency after a date, with no dash
    ("Baku, February 24, AZERTAC ", Dateline("Baku", "Azertac")),
    ("YEREVAN, FEBRUARY 24, ARMENPRESS. ", Dateline("Yerevan", "Armenpress")),
    # a known city and a dash, in copies of SANA's stories
    ("Damascus- ", Dateline("Damascus", None)),
    ("DAMASCUS, (ST) - ", Dateline("Damascus", "Syria Times")),
    ("New York- ", Dateline("New York", None)),
    # a copy that dropped the place (Reuters' stories on portals)
    ("(Reuters) - ", Dateline(None, "Reuters")),
    ("Feb 24 (Reuters) - ", Dateline(None, "Reuters")),
    ("(AP) \u2014 ", Dateline(None, "AP")),
    ("(AFP) -- ", Dateline(None, "AFP")),
    # MENAFN's syndication names its source, listed or not
    ("(MENAFN- AzerNews) ", Dateline(None, "AzerNews")),
    ("(MENAFN- Jordan News Agency) ", Dateline(None, "Jordan News Agency")),
    ("(MENAFN- Xinhua) ", Dateline(None, "Xinhua")),
]
# A city and a dash before another city is a road, not a dateline.
ROADS = [
    "Army advances in Homs\n\nDamascus- Homs highway was reopened on Monday, officials said.\n",
    "Aleppo- Hama road was reopened.\n",
    "Talks\n\nDamascus- Abu Dhabi flights resumed on Monday.\n",
    "Talks\n\nAleppo- Damascus International Highway reopened on Monday.\n",
    "Damascus- Homs international highway was reopened on Monday.\n",
    "Aleppo- Damascus M5 highway was reopened.\n",
]


@pytest.mark.parametrize(
    "story",
    [
        "Damascus Governor said the roads are open.\n",
        "Damascus has called on the UN to act.\n",
        "Homs road is open, the governor said.\n",  # the same city
    ],
)
def test_a_city_dateline_over_a_story_that_opens_with_a_city(story):
    city = "Homs" if story.startswith("Homs") else "New York"
    doc = normcorp.normalize(f"Talks\n\n{city}- {story}")
    assert doc.dateline == Dateline(city, None)
    assert doc.text == "Talks\n\n" + story


@pytest.mark.parametrize("text", ROADS)
def test_a_road_between_two_cities_is_no_dateline(text):
    doc = normcorp.normalize(text)
    assert doc.dateline is None
    assert doc.text == text


# An agency's dateline under a page's chrome, a headline, its deck or a caption
# (TASS, Armenpress, Mehr, Xinhua copies): the lines above stay, the dateline goes.
UNDER_TOP = [
    (
        "All news\n\nSpokesman dismisses speculation\n\nInformation about the arrival was "
        "distributed by several channels\n\nMOSCOW, June 26. /TASS/. ",
        Dateline("Moscow", "TASS"),
    ),
    ("Society\n\nYEREVAN, JUNE 7, ARMENPRESS. ", Dateline("Yerevan", "Armenpress")),
    ("1. Politics\n\nTalks to resume\n\nTEHRAN, Aug. 05 (MNA) - ", Dateline("Tehran", "Mehr")),
    (
        "Talks to resume\n\nMembers attend a meeting in Damascus (Xinhua)\n\n"
        "DAMASCUS, May 15 (Xinhua) -- ",
        Dateline("Damascus", "Xinhua"),
    ),
]


@pytest.mark.parametrize(("top", "dateline"), UNDER_TOP)
def test_agency_dateline_under_the_top_lines(top, dateline):
    head, prefix = top.rsplit("\n\n", 1)
    doc = normcorp.normalize(top + BODY)
    assert doc.dateline == dateline
    assert doc.text.endswith("\n\n" + BODY)
    assert prefix not in doc.text
    assert head.rsplit("\n", 1)[-1] in doc.text  # the line over the dateline stays
    assert doc.restore() == top + BODY


# Not under a sentence, nor too far down, nor without an agency.
NOT_UNDER_TOP = [
    "Talks\n\nThe envoy arrived on Monday.\n\nMOSCOW, June 26. /TASS/. The talks went on.\n",
    "".join(f"Line {i}\n\n" for i in range(9)) + "MOSCOW, June 26. /TASS/. The talks went on.\n",
    "Society\n\nTalks to resume\n\nRIYADH: The talks went on.\n",
]


@pytest.mark.parametrize("text", NOT_UNDER_TOP)
def test_no_dateline_far_under_the_top(text):
    doc = normcorp.normalize(text)
    assert doc.dateline is None
    assert doc.text.endswith("The talks went on.\n")


# A dateline without a separator, over a story that starts with a figure.
DATELINES_NO_SEPARATOR = ["LONDON (Reuters) $5 billion was pledged.\n"]


@pytest.mark.parametrize(("prefix", "dateline"), DATELINES)
def test_datelines(prefix, dateline):
    title = "Talks to resume next week\n\n"
    doc = normcorp.normalize(title + prefix + BODY)
    assert doc.dateline == dateline
    assert doc.text == title + BODY
    assert doc.title == "Talks to resume next week"
    assert doc.restore() == title + prefix + BODY


# An agency in brackets with no place is a dateline only with its separator,
# at the top, and with the story after it on its line;
NOT_PLACELESS_DATELINES = [
    # nor is a word and a dash, but a known city's before a story
    "Update- The talks resumed.\n",
    "Provinces- The talks resumed.\n",
    "Damascus- the talks resumed.\n",
    # nor an agency after a date that a verb follows
    "Baku, February 24, AZERTAC reported that talks resumed.\n",
    "(AFP) Russian forces attacked.\n",
    "(Reuters) -\nRussian forces attacked.\n",
    "Talks resumed.\n\nIt said (Reuters) - that the talks resumed.\n",
    "Talks resumed on Monday.\n\nMore talks.\n\n(Reuters) - Russian forces attacked.\n",
]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("RIYADH: KUWAIT: Talks resumed.\n", Dateline("Riyadh", None)),
        ("Damascus- Aleppo- Talks resumed.\n", Dateline("Damascus", None)),
        (
            "RIYADH: DUBAI: By Jane Doe | 24 February 2022\n\nTalks resumed.\n",
            Dateline("Riyadh", None),
        ),
    ],
)
def test_places_one_after_another_on_a_line_are_one_dateline(text, dateline):
    assert check_once(text, "Talks resumed.\n").dateline == dateline


@pytest.mark.parametrize("text", NOT_PLACELESS_DATELINES)
def test_no_placeless_dateline(text):
    doc = normcorp.normalize(text)
    assert doc.dateline is None
    assert doc.text == text


def test_placeless_dateline_date_takes_the_year_of_the_stamp():
    doc = normcorp.normalize(" date 2022-02-26 Feb 24 (Reuters) - " + BODY)
    assert doc.dateline == Dateline(None, "Reuters")
    assert doc.date == D(2022, 2, 24)
    assert doc.text == BODY


@pytest.mark.parametrize("text", DATELINES_NO_SEPARATOR)
def test_dateline_without_separator_before_a_figure(text):
    assert normcorp.normalize(text).dateline is not None


def test_dateline_without_space_before_the_story():
    doc = normcorp.normalize("Occupied Jerusalem, SANA-13 Palestinians were martyred.\n")
    assert doc.dateline == Dateline("Occupied Jerusalem", "SANA")
    assert doc.text == "13 Palestinians were martyred.\n"


def test_dateline_month_and_day_take_the_stamp_year():
    doc = normcorp.normalize(" date 2022-02-26 BEIRUT, Feb 24 (Reuters) - Talks resumed.\n")
    assert doc.date == D(2022, 2, 24)
    doc = normcorp.normalize(" date 2023-01-02 BEIRUT, Dec. 31 (Reuters) - Talks resumed.\n")
    assert doc.date == D(2022, 12, 31)
    doc = normcorp.normalize("BEIRUT, Feb 24 (Reuters) - Talks resumed.\n")
    assert doc.date is None  # no year anywhere
    doc = normcorp.normalize("ABU DHABI, 24th February, 2022 (WAM) -- Talks resumed.\n")
    assert doc.date == D(2022, 2, 24)  # its own
    # the nearest year, whichever side of the stamp
    doc = normcorp.normalize(" date 2022-02-24 BEIRUT, Feb 27 (Reuters) - Talks resumed.\n")
    assert doc.date == D(2022, 2, 27)
    doc = normcorp.normalize(" date 2022-12-30 BEIRUT, Jan 2 (Reuters) - Talks resumed.\n")
    assert doc.date == D(2023, 1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Damascus, the capital, is calm.\n",
        "In Damascus, SANA reported that the talks resumed.\n",
        "UPDATE: Talks resumed on Monday.\n",
        "Washington (AP) reported nothing new.\n",
        "The talks, held in Moscow, SANA- ended.\n",
        "Talks resumed\n\nMembers of the council met in Damascus, SANA- said.\n",
        # one letter is no place
        "S(UPI) talks resumed.\n",
        "A (AA) - report said talks resumed.\n",
        "The minister, Faisal Mekdad (SANA) said talks resumed.\n",
        # a region is a state or a country, and a story follows
        "Faisal Mekdad, Foreign Minister (SANA) - talks resumed.\n",
        "BEIRUT, Monday (AFP) - Talks resumed.\n",
        "ANKARA: the city was calm on Monday.\n",
    ],
)
def test_prose_is_never_a_dateline(text):
    doc = normcorp.normalize(text)
    assert doc.dateline is None
    assert doc.text == text


def test_only_an_agency_that_signs_so_has_an_editor_line():
    text = "GAZA CITY, Feb 24 (AFP) - An air strike killed one person.\n\nAhmad Abu Salah\n"
    doc = normcorp.normalize(text)
    assert doc.bylines == ()
    assert doc.text.endswith("\n\nAhmad Abu Salah\n")
    doc = Normalizer(wire=Wire(editor_agencies={"SANA", "AFP"}))(text)
    assert doc.bylines == ("Ahmad Abu Salah",)


def test_extending_the_agency_table():
    n = Normalizer(wire=Wire(agencies={**AGENCIES, "Kabar": "Kabar"}))
    doc = n("BISHKEK, Kabar - Talks resumed.\n")
    assert doc.dateline == Dateline("Bishkek", "Kabar")
    assert normcorp.normalize("BISHKEK, Kabar - Talks resumed.\n").dateline is None


# -- stamps and date lines ------------------------------------------------------


def test_crawler_stamp():
    doc = normcorp.normalize(" date 2022-02-24 Faisal Mekdad affirmed the relations.\n")
    assert doc.date == D(2022, 2, 24)
    assert doc.text == "Faisal Mekdad affirmed the relations.\n"
    assert wire_rules(doc) == {"wire.stamp"}


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("3 November 2020\n\n", D(2020, 11, 3)),
        ("Talks resume\n\nNovember 3, 2020\n\n", D(2020, 11, 3)),
        ("Talks resume\nNov. 3, 2020\n\n", D(2020, 11, 3)),
        ("Tuesday, 3 November 2020\n\n", D(2020, 11, 3)),
        ("03/11/2020\n\n", D(2020, 11, 3)),
        ("2020-11-03T10:15:00Z\n\n", D(2020, 11, 3)),
        ("Published: 3 November 2020\n\n", D(2020, 11, 3)),
        ("Posted on November 3, 2020\n\n", D(2020, 11, 3)),
        ("Feb 24, 2022 - 10:15 GMT\n\n", D(2022, 2, 24)),
        ("24 Feb 2022 | 10:15\n\n", D(2022, 2, 24)),
        ("Updated 21 July 2020\n\n", D(2020, 7, 21)),
        # An update does not override the publication date.
        ("Published 3 November 2020\nUpdated 21 July 2021\n\n", D(2020, 11, 3)),
        ("Updated 21 July 2021\n\nPublished 3 November 2020\n\n", D(2020, 11, 3)),
        # a label alone on its line over the date (BBC)
        ("Talks\n\nPublished\n3 November 2020\n\n", D(2020, 11, 3)),
        ("Talks\n\nPublished:\n3 November 2020\n\n", D(2020, 11, 3)),
        ("Talks\n\nUpdated\n\n4 November 2020\n\n", D(2020, 11, 4)),
        ("Talks\n\nUpdated\n4 November 2020\nPublished\n3 November 2020\n\n", D(2020, 11, 3)),
    ],
)
def test_date_lines(top, date):
    doc = normcorp.normalize(top + BODY)
    assert doc.date == date
    assert "2020" not in doc.text and "2021" not in doc.text and "2022" not in doc.text
    assert not regex.search(r"(?i)published|updated|posted", doc.text)
    assert BODY in doc.text


def test_us_agency_reads_numeric_dates_month_first():
    doc = normcorp.normalize("03/11/2020\n\nWASHINGTON (AP) - Talks resumed.\n")
    assert doc.date == D(2020, 3, 11)


def test_a_date_inside_the_story_stays():
    prose = " ".join(["The first paragraph of the story is long enough to be prose."] * 3)
    text = "\n\n".join([prose] * 12) + "\n\n3 November 2020\n\nThe end of it.\n"
    assert normcorp.normalize(text).text == text


# -- trailers -------------------------------------------------------------------

TRAILERS = [
    "Check Also\n\n13 Palestinians martyred on the 286th day of the aggression on Gaza Strip\n\n"
    "Occupied Jerusalem, SANA-13 Palestinians were martyred and other injured on Thursday "
    "at dawn in the \u2026",
    "Related:\n\nSyria, Russia sign deal\n\nLavrov meets Mekdad in Moscow",
    "Read more: Syria and Russia sign a trade deal",
    "Also read\n\nSyria and Russia sign a trade deal",
    "Tags: Syria, Russia, NATO",
    "News Code 148490",
    "Add Comment",
    # WordPress.com's comment form
    "Leave a Reply\n\nFill in your details below or click an icon to log in:\n\n"
    "WordPress.com Logo\n\nYou are commenting using your WordPress.com account. "
    "Log Out /  Change )\n\nTwitter picture\n\nYou are commenting using your Twitter "
    "account. Log Out /  Change )\n\nConnecting to %s",
    "Share this:\n\nTwitter\nFacebook",
    "Follow us on Twitter and Telegram",
    "Subscribe to our newsletter",
    "\u00a9 2022 SANA. All rights reserved.",
    "SANA 2022. All rights reserved",
    "Leave a Reply\n\nPlease enter your comment!\n\nPlease enter your name here",
    "0 comment",
    "You must be logged in to post a comment.",
    "Tags Marib, Adel al-Jubeir, Nasrullah",
    "Related Articles\n\nSyria and Russia sign a trade deal",
    "Photo credit: SANA",
    "Photo by Jane Doe",
    "SHARE",
    "Enditem",
    "Source link",
    "Photo courtesy of the ministry",
    "Sign up for our daily newsletter to get the latest news from the region delivered to you",
    "(END)",
    "(end)\nab.gb",
    # end marks that are shapes: AFP's and Prensa Latina's initials, IRNA's, WAFA's
    "gj/laf",
    "burs-dl/sst",
    "bur-jj/pbt",
    "ehd/wpg/npr",
    "8545**8694",
    "**1416",
    "==Kyodo",
    "More on this story\n\nTalks to resume",
]


@pytest.mark.parametrize("trailer", TRAILERS)
def test_trailers(trailer):
    doc = normcorp.normalize(BODY + "\n" + trailer + "\n")
    assert doc.text == BODY
    assert wire_rules(doc) == {"wire.trailer"}


@pytest.mark.parametrize(
    "text",
    [
        BODY + "\nWe will check also the figures before the vote.\n",
        BODY + "\nHe added that talks will resume.\n",
        "Read more about the talks in our report, officials said on Monday.\n\n" + BODY,
        BODY + "\nTags: the officials stressed that the talks will continue tomorrow.\n\n"
        "The council met again on Tuesday and agreed to continue the talks, officials said.\n",
        # A scrape cut off mid-sentence, and the last items of lists and poems.
        BODY + "\nSources close to the negotiations said the two delegations remained far "
        "apart on the timetable for elections, and that a further round would be\n",
        "Events this weekend.\n\nJazz concert in the park\n\nPhoto exhibition at the "
        "city library\n\nFood festival on Main Street\n",
        BODY + "\nSubscribe to a local paper\n\nDonate to a nonprofit newsroom\n",
        BODY + "\nShare the bread, my brother\nThe night is long\n",
        BODY + "\nTags were attached to the birds before release\n",
        # end marks are whole lines of their shape
        BODY + "\nThe price is 30 km/h or less\n",
        # a line of the paragraph above, wrapped: no end mark
        BODY + "\nThe talks will be held in Washington,\nD.C.\n",
        BODY + "\nThe talks open on Tuesday at 10\nA.M.\n",
        # a letter's signature
        "Sir, the council must act on the potholes on Main Street.\n\nJ.S.\n",
        BODY + "\nSee section A.B of the annex\n",
        BODY + "\nVoters said yes/no/maybe to the ballot: a third said maybe.\n",
        # a credit's word and colon over the story's last clause, its full stop lost
        BODY + "\nSource: a military source told SANA that 40 terrorists were killed\n",
        BODY + "\nPhoto: smoke rises over the old city as the army shells the hills\n",
        # under a heading, the story's last paragraph with its full stop lost
        BODY + "\nLatest News\n\nThe governor later said the town was safe and that 40 "
        "families had returned home\n",
        BODY + "\nRelated\n\nThe governor told reporters the town was safe\n",
        BODY + "\nSource: A military source told SANA.\n",
        BODY + "\nSource: Syrian Arab News Agency reported the attack.\n",
        # what follows a headline alone is the story, under any heading
        "Talks to resume\n\nCheck Also\n\nTalks resumed on Monday between the two countries.\n",
    ],
)
def test_prose_is_never_a_trailer(text):
    assert normcorp.normalize(text).text == text


def test_a_teaser_under_a_colon_that_lost_its_photos_goes():
    # SANA's photo stories: the photos the colon announces are not in the text.
    story = "Talks resumed.\n\nSANA's camera captured the following photos:\n"
    teaser = "\nCheck Also\n\nInterior Minister: the roads are open\n"
    assert normcorp.normalize(story + teaser).text == story
    steps = "Talks resumed.\n\nThe steps:\n\nRelated\n\nStep one\n"
    assert normcorp.normalize(steps).text == steps


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # KUNA signs the story's last line
        ("He was received by the Emir. --KUNA", "He was received by the Emir."),
        ("He was received by the Emir. \u2013 KUNA", "He was received by the Emir."),
        ("He was received by the Emir. - Reuters", "He was received by the Emir."),
        # not after a sentence's end, nor without a dash
        ("He was received by the Emir - KUNA", None),
        ("He told KUNA", None),
        ("He was received by the Emir. KUNA", None),
    ],
)
def test_an_agency_signing_the_last_line(last, kept):
    if kept:  # signed, the line is a sentence: no trailer under a credit above it
        text = BODY + "\nSource: Xinhua\n\n" + last + "\n"
        assert normcorp.normalize(text).text == BODY + "\nSource: Xinhua\n\n" + kept + "\n"
    doc = normcorp.normalize(BODY + "\n" + last + "\n")
    assert doc.text == BODY + "\n" + (kept or last) + "\n"
    doc = normcorp.normalize(BODY + "\n" + last + "\n\nTags: Kuwait\n")
    assert doc.text == BODY + "\n" + (kept or last) + "\n"


# -- chrome -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        "Home GLOBAL AFFAIRS Syria\n",
        "Home ARTS & CULTURE\n",
        "Home > News > Middle East\n",
        "Home \u00bb Politics\n",
        "You are here: Home / News\n",
        # labels alone on their line
        "Breaking News\n\n",
        "All news\n\n",
        "Save\nShare\n\n",
        "1 minute read\n\n",
        "NEWS ARCHIVE\n",
        "Story Code : 567610\n\n",
        "\u00a9 Provided by The Canadian Press\n\n",
    ],
)
def test_top_chrome(chrome):
    text = chrome + "Talks to resume\n\n" + BODY
    doc = normcorp.normalize(text)
    assert doc.text == "Talks to resume\n\n" + BODY
    assert doc.title == "Talks to resume"


@pytest.mark.parametrize(
    "text",
    [
        "Sputnik\n\nThe satellite was launched in 1957, officials said.\n",
        "Talks\n\nPetra\n\nThe city was carved into rock, officials said.\n",
    ],
)
def test_a_headline_named_like_an_agency_stays(text):
    assert normcorp.normalize(text).text == text


def test_only_an_agency_with_a_post_goes_under_a_byline():
    doc = normcorp.normalize("Talks\n\nBy Jane Doe\nSputnik Vaccine Approved\n\n" + BODY)
    assert doc.text == "Talks\n\nSputnik Vaccine Approved\n\n" + BODY
    doc = normcorp.normalize("Talks\n\nBy Jane Doe\nAP Diplomatic Writer\n\n" + BODY)
    assert doc.text == "Talks\n\n" + BODY


def test_a_label_with_more_on_its_line_is_a_headline():
    text = "Breaking News: Army takes the town\n\n" + BODY
    doc = normcorp.normalize(text)
    assert doc.text == text
    assert doc.title == "Breaking News: Army takes the town"


def test_a_headline_opening_with_home_is_no_breadcrumb():
    text = "Home COVID PCR tests to be scrapped\n\n" + BODY
    assert normcorp.normalize(text).text == text


def test_a_headline_copy_respelt_by_the_names_rules_goes_in_the_same_run():
    text = "Mikdad affirms support\n\nMekdad affirms support\n\n" + BODY
    once = normcorp.normalize(text)
    assert once.text == "Mekdad affirms support\n\n" + BODY
    assert normcorp.normalize(once.text).text == once.text


def test_one_word_in_capitals_is_no_title():
    assert normcorp.normalize("ANKARA\n\n" + BODY).title is None
    assert normcorp.normalize("Talks\n\n" + BODY).title == "Talks"


def test_repeated_headline():
    doc = normcorp.normalize("Talks to resume\n\nTalks to resume\n\n" + BODY)
    assert doc.text == "Talks to resume\n\n" + BODY
    assert doc.title == "Talks to resume"


# -- chrome between paragraphs -----------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "READ MORE: Syria and Russia sign a trade deal",
        "Also read: Lavrov meets Mekdad in Moscow",
        "See also: Talks to resume",
    ],
)
def test_inline_chrome(chrome):
    doc = normcorp.normalize(PARAS + "\n\n" + chrome + "\n\n" + BODY)
    assert doc.text == PARAS + "\n\n" + BODY
    assert wire_rules(doc) == {"wire.inline"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related:",  # may head a part of the story
        "Related talks were held in Geneva.",
        "Read more: " + "word " * 25,
        "Advertisement revenue fell by half, the company said.",
    ],
)
def test_paragraphs_like_inline_chrome_stay(paragraph):
    text = PARAS + "\n\n" + paragraph.strip() + "\n\n" + BODY
    assert normcorp.normalize(text).text == text


# -- bylines --------------------------------------------------------------------------

BYLINES = [
    ("By Jane Doe\n\n" + BODY, ("Jane Doe",)),
    ("Talks to resume\n\nBy Jane Doe and John Roe\n\n" + BODY, ("Jane Doe", "John Roe")),
    ("Written by Hala Zain\n\n" + BODY, ("Hala Zain",)),
    ("By Jane Doe, Reuters\n\n" + BODY, ("Jane Doe",)),
    (BODY + "\n(Reporting by Jane Doe in Beirut; Editing by John Roe)\n", ("Jane Doe", "John Roe")),
    (BODY + "\nReporting by Jane Doe; Editing by John Roe\n", ("Jane Doe", "John Roe")),
    (
        BODY + "\n(Reporting by Jane Doe; additional reporting by Tom Roe; Editing by John Roe)\n",
        ("Jane Doe", "Tom Roe", "John Roe"),
    ),
    # a unit's credit names no person
    (
        BODY + "\n(Reporting by Reuters Television; Writing by Jane Doe; Editing by John Roe)\n",
        ("Jane Doe", "John Roe"),
    ),
    # a line break where the semicolon was
    (BODY + "\n(Reporting by Jane Doe in Beirut\nEditing by John Roe)\n", ("Jane Doe", "John Roe")),
    (
        BODY + "\n(Reporting by Jane Doe in Beirut;\nEditing by John Roe).\n",
        ("Jane Doe", "John Roe"),
    ),
    # SANA: the editor's name alone on the last line of an agency's story.
    ("Damascus, SANA- " + BODY + "\nRuaa al-Jazaeri\n", ("Ruaa al-Jazaeri",)),
    ("Damascus, SANA- " + BODY + "\nMHD Ibrahim/ Mazen Eyon\n", ("MHD Ibrahim", "Mazen Eyon")),
    ("Damascus, SANA- " + BODY + "\nHala Zain\n\nCheck Also\n\nAnother story\n", ("Hala Zain",)),
    # Bylines add up: top, credits and editor.
    (
        "By Jane Doe\n\nDamascus, SANA- " + BODY + "\nHala Zain\n\n(Reporting by Tom Roe)\n",
        ("Jane Doe", "Tom Roe", "Hala Zain"),
    ),
    (BODY + "\n(Reporting by Jane Doe)\n(Editing by John Roe)\n", ("Jane Doe", "John Roe")),
    (BODY + "\nReporting by Jane Doe; Editing by John Roe.\n", ("Jane Doe", "John Roe")),
    (BODY + "\n(Reporting by Jane Doe; Editing by J. R.)\n", ("Jane Doe", "J. R.")),
    ("By Sean McDonald and Ryan O'Neill\n\n" + BODY, ("Sean McDonald", "Ryan O'Neill")),
    ("By: Jane Doe\n\n" + BODY, ("Jane Doe",)),
    # AP's contributors, under its rule
    (
        BODY
        + "\n___\n\nAssociated Press writer Jane Doe in Kyiv, Ukraine, "
        + "contributed to this report.\n",
        ("Jane Doe",),
    ),
    (BODY + "\nAP writers Jane Doe and John Roe contributed.\n", ("Jane Doe", "John Roe")),
    ("By JOHN MCDONALD\nAssociated Press\n\n" + BODY, ("John McDonald",)),
    ("By RYAN O'NEILL, AP\n\n" + BODY, ("Ryan O'Neill",)),
    ("BY MHD ALI\n\n" + BODY, ("MHD ALI",)),
    ("By Jude Law\n\n" + BODY, ("Jude Law",)),
    (BODY + "\n(Reporting By Jane Doe; Editing By John Roe)\n", ("Jane Doe", "John Roe")),
    # A post after a comma; AP's names in capitals, and its name on the next line.
    ("By Jane Doe, Staff Writer\n\n" + BODY, ("Jane Doe",)),
    ("By Jane Doe, John Roe, Staff Writers\n\n" + BODY, ("Jane Doe", "John Roe")),
    ("By JOHN SMITH and JANE DOE, Associated Press\n\n" + BODY, ("John Smith", "Jane Doe")),
    ("By RUAA AL-JAZAERI\nAssociated Press\n\n" + BODY, ("Ruaa al-Jazaeri",)),
    ("By Jane Doe\nAFP Correspondent\n\n" + BODY, ("Jane Doe",)),
    ("Talks to resume\n\nBy Jane Doe\n\nAFP\n\n" + BODY, ("Jane Doe",)),
    # An agency's credit names no person.
    ("Talks to resume\n\nBy The Associated Press\n\n" + BODY, ()),
    ("Talks to resume\n\nBy Reuters Staff\n\n" + BODY, ()),
]


@pytest.mark.parametrize(("text", "bylines"), BYLINES)
def test_bylines(text, bylines):
    doc = normcorp.normalize(text)
    assert set(doc.bylines) == set(bylines)
    assert doc.text.replace("Talks to resume\n\n", "") == BODY


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | November 3, 2020",
        "By Jane Doe - Nov. 3, 2020 10:15 GMT",
        "By Jane Doe \u2022 November 3, 2020",
        "By Jane Doe / November 3, 2020",
        "By Jane Doe on November 3, 2020",
        "Posted by Jane Doe on November 3, 2020",
        "Posted on November 3, 2020 by Jane Doe",
        "November 3, 2020 | By Jane Doe",
        "By Jane Doe, Reuters \u2013 3 November 2020",
        "Jane Doe  | 03.11.2020 - Update : 04.11.2020",
    ],
)
def test_by_line_with_a_date(line):
    doc = normcorp.normalize("Talks to resume\n\n" + line + "\n\n" + BODY)
    assert doc.bylines == ("Jane Doe",)
    assert doc.date == D(2020, 11, 3)
    assert doc.text == "Talks to resume\n\n" + BODY


@pytest.mark.parametrize(
    "line",
    [
        "Posted by admin on November 3, 2020",
        "Posted by Admin on November 3, 2020",
        "Posted on November 3, 2020 by editor_2",
    ],
)
def test_dated_by_line_of_a_site_account(line):
    doc = normcorp.normalize("Talks to resume\n\n" + line + "\n\n" + BODY)
    assert doc.bylines == ()
    assert doc.date == D(2020, 11, 3)
    assert doc.text == "Talks to resume\n\n" + BODY


def test_by_line_updated_date_leaves_a_stamp():
    text = " date 2020-11-01 Talks to resume\n\nBy Jane Doe | Updated November 4, 2020\n\n"
    assert normcorp.normalize(text + BODY).date == D(2020, 11, 1)
    assert normcorp.normalize(
        "Talks\n\nBy Jane Doe | Updated November 4, 2020\n\n" + BODY
    ).date == D(2020, 11, 4)


@pytest.mark.parametrize(
    ("label", "kind_wins_over_stamp"),
    [("Posted\n", False), ("Published:\n\n", False), ("Updated\n", True)],
)
def test_date_label_over_a_dated_by_line_goes_with_it(label, kind_wins_over_stamp):
    line = "By Jane Doe | November 3, 2020\n\n"
    doc = normcorp.normalize("Talks to resume\n\n" + label + line + BODY)
    assert doc.text == "Talks to resume\n\n" + BODY
    assert doc.bylines == ("Jane Doe",)
    assert doc.date == D(2020, 11, 3)
    # the label says the by-line's date is an update: a stamp's date stays
    stamped = normcorp.normalize(" date 2020-11-01 Talks to resume\n\n" + label + line + BODY)
    assert stamped.date == (D(2020, 11, 1) if kind_wins_over_stamp else D(2020, 11, 3))


def test_wrapped_initials_stay_when_a_trailer_goes():
    story = BODY + "\nThe talks open on Tuesday at 10\nA.M.\n"
    assert normcorp.normalize(story + "\nTags: Syria, Russia\n").text == story


def test_stacked_dated_by_lines_go_in_one_run():
    text = "Talks\n\n" + "By Jane Doe | 3 Nov 2020\n" * 500 + "\n" + BODY
    doc = normcorp.normalize(text)
    assert doc.text == "Talks\n\n" + BODY
    assert normcorp.normalize(doc.text).text == doc.text


def test_by_line_date_leaves_a_published_date():
    doc = normcorp.normalize(
        "Talks\n\nPublished: 2 November 2020\n\nBy Jane Doe | 3 November 2020\n\n" + BODY
    )
    assert doc.date == D(2020, 11, 2)
    assert doc.bylines == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "By November 3, 2020, the talks will have resumed",
        "By Monday, November 3, 2020",
        "Jane Doe | November 3, 2020",
        # never a comma between the two: it ends the phrase of a sentence
        "By Christmas Eve, December 24, 2020",
        "By Jane Doe, November 3, 2020",
        "Posted by Site Admin on November 3, 2020",
        "Posted by the ministry on November 3, 2020",
    ],
)
def test_lines_like_a_by_line_with_a_date_stay(line):
    text = "Talks to resume\n\n" + line + "\n\n" + BODY
    doc = normcorp.normalize(text)
    assert doc.bylines == ()
    assert line in doc.text


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, the talks will resume.\n\n" + BODY,
        BODY + "\nHe added that talks will resume.\n",
        BODY + "\nForeign Ministry\n",
        BODY + "\nDamascus\n",
        BODY + "\nRuaa al-Jazaeri\n",  # no agency dateline: maybe the story's own line
        BODY + "\n(Editors' note: the talks resume\nEditing by John Roe)\n",
        "Damascus, SANA- It is signed simply:\n\nYour Mother\n",
        "Damascus, SANA- The winners were:\n\nMaria Lopez\n",
        "Damascus, SANA- The victims.\n\nMaria Lopez\n\nJohn Smith\n",
        "By Land Or Sea\n\n" + BODY,
        "BY THE NUMBERS\n\n" + BODY,
        "BY POPULAR DEMAND\n\n" + BODY,
        "By Popular Demand\n\n" + BODY,
        "By Royal Decree\n\n" + BODY,
        # capitals are a name only beside an agency
        "Talks\n\nBy SPECIAL ARRANGEMENT\n\n" + BODY,
        "By Reuters' count, the talks will resume.\n\n" + BODY,
        "By The Minister, Jane Doe\n\n" + BODY,
        BODY + "\nReporting by Human Rights Watch found abuses in three camps.\n",
        BODY + "\nTranslated by Jane Doe, the poem was read at the ceremony.\n",
        BODY + "\nThe Red Cross contributed to this report.\n",
    ],
)
def test_prose_is_never_a_byline(text):
    doc = normcorp.normalize(text)
    assert doc.bylines == ()
    assert doc.text.endswith(text[-20:])
    assert "Maria" not in text or "Maria Lopez" in doc.text


# -- titles -------------------------------------------------------------------------


def test_title_stays_in_the_text():
    doc = normcorp.normalize("Talks to resume\n\n" + BODY)
    assert doc.title == "Talks to resume"
    assert doc.text.startswith("Talks to resume\n\n")
    assert doc.edits == ()


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "Talks to resume.\n\n" + BODY,
        "Talks to resume\n",
        "Talks\nresume\n\n" + BODY,
        "(This story has been refiled to fix a typo in the headline)\n\n" + BODY,
    ],
)
def test_no_title(text):
    assert normcorp.normalize(text).title is None


# -- the seeds ------------------------------------------------------------------------


def test_seed_sana(seeds):
    doc = normcorp.normalize(seeds[0])
    assert doc.dateline == Dateline("Damascus", "SANA")
    assert doc.bylines == ("Ruaa al-Jazaeri",)
    assert doc.title == "Syrian-Russian coordination strategic and continuous, Mekdad affirms"
    assert doc.text.startswith(doc.title + "\n\nForeign and Expatriates Minister, Dr.")
    assert "Check Also" not in doc.text and "Palestinians" not in doc.text
    assert "Ruaa" not in doc.text
    assert doc.text.endswith('will be determined," Mekdad said.\n')
    assert doc.restore() == seeds[0]


def test_seed_crawled(seeds):
    doc = normcorp.normalize(seeds[1])
    assert doc.date == D(2022, 2, 24)
    assert doc.text.startswith("Faisal Mekdad affirmed that")
    assert "date 2022" not in doc.text
    assert doc.restore() == seeds[1]


# -- properties ---------------------------------------------------------------------------

STAMPS = [(" date 2022-02-24 ", D(2022, 2, 24)), (" date 2019-12-31 ", D(2019, 12, 31))]
# Datelines with a month and day give their own date: tested above.
WRAP_DATELINES = [(p, d) for p, d in DATELINES if not regex.search(r"(?i:Nov|Feb|March)", p)]
WRAP_BYLINES = [  # the editor's line needs an agency dateline: see test_bylines
    ("By Jane Doe", ("Jane Doe",), "top", None),
    ("Written by Hala Zain", ("Hala Zain",), "top", None),
    ("Posted by Jane Doe on 3 November 2020", ("Jane Doe",), "top", D(2020, 11, 3)),
    ("November 3, 2020 | By Hala Zain", ("Hala Zain",), "top", D(2020, 11, 3)),
    ("Hala Zain | 03.11.2020 - Update : 04.11.2020", ("Hala Zain",), "top", D(2020, 11, 3)),
    ("(Reporting by Jane Doe; Editing by John Roe)", ("Jane Doe", "John Roe"), "end", None),
    (
        "(Reporting by Jane Doe in Beirut\nEditing by John Roe)",
        ("Jane Doe", "John Roe"),
        "end",
        None,
    ),
]
CHROME = ["Home > News > Middle East", "You are here: Home / News"]


@given(
    articles(min_paragraphs=2),
    st.none() | st.sampled_from(STAMPS),
    st.none() | st.sampled_from(WRAP_DATELINES),
    st.none() | st.sampled_from(WRAP_BYLINES),
    st.none() | st.sampled_from(CHROME),
    st.none() | st.sampled_from(TRAILERS),
    st.none() | paragraphs.filter(lambda p: len(p.split()) <= 20).map(lambda p: p.rstrip(".!?")),
)
def test_wrapped_content_comes_out_alone(content, stamp, dateline, byline, chrome, trailer, title):
    text = content
    if dateline:
        text = dateline[0] + text
    top = []
    if chrome:
        top.append(chrome + "\n")
    if title:
        top.append(title + "\n\n")
    if byline and byline[2] == "top":
        top.append(byline[0] + "\n\n")
    text = "".join(top) + text
    if byline and byline[2] == "end":
        text += "\n" + byline[0] + "\n"
    if trailer:
        text += "\n" + trailer + "\n"
    if stamp:
        text = stamp[0] + text
    doc = normcorp.normalize(text)
    expected = (title + "\n\n" if title else "") + content
    assert doc.text == expected
    assert doc.title == title
    assert doc.dateline == (dateline[1] if dateline else None)
    assert doc.bylines == (byline[1] if byline else ())
    if byline and byline[3]:
        assert doc.date == byline[3]  # a by-line's date ranks above a stamp's
    elif stamp:
        assert doc.date == stamp[1]
    assert doc.restore() == text
    assert normcorp.normalize(doc.text).text == doc.text


@given(articles())
def test_content_alone_has_no_wire_edits(content):
    assert not wire_rules(normcorp.normalize(content))


# -- regressions: prose that looks like boilerplate ---------------------------------

PARAS = "\n\n".join(
    [
        "The council met on Monday and agreed to continue the talks, officials said.",
        "Both sides said the next round would take place in Geneva next month.",
        "Diplomats said the agreement could be signed before the end of the year.",
    ]
)
LOOKALIKES = [
    # a subhead in mid-article is no trailer heading
    "Talks resume\n\nFirst paragraph of the story.\n\nComments\n\n" + PARAS + "\n",
    "Talks resume\n\nFirst paragraph of the story.\n\nRelated:\n\n" + PARAS + "\n",
    "Talks resume\n\nFirst paragraph of the story.\n\nLATEST NEWS\n\n" + PARAS + "\n",
    # trailer-line words starting real last sentences
    PARAS + "\n\nTags are sold at the counter for five dollars.\n",
    PARAS + "\n\nSubscribers will pay more from January, the company said.\n",
    PARAS + "\n\nCopyright law reform is expected to pass next year, analysts said.\n",
    PARAS + "\n\nNo comments were made by the ministry on Monday.\n",
    PARAS + "\n\nRead more, the teacher told them.\n",
    PARAS + "\n\n12 comments were received by the committee.\n",
    PARAS + "\n\nThe steps:\n\nSign up for an account on the portal\n\nEnter the code\n",
    # speaker labels and kickers are no datelines
    "PUTIN: Russia will respond.\n",
    "QUESTION: Will the talks resume?\n",
    "JUST IN: The talks resumed.\n",
    "SANA: The talks resumed.\n",
    # headlines and sentences that start like chrome
    'Home "unsafe" for thousands of refugees, UN says\n\n' + PARAS + "\n",
    "Home NHS tests to be scrapped\n\n" + PARAS + "\n",
    "Home GP visits rose 20 percent in 2021, the NHS said.\n\n" + PARAS + "\n",
    "You are here because you chose to be, the coach told the team.\n\n" + PARAS + "\n",
    # dates that are the story's own
    "February 24, 2022\nRussia launches invasion\n\nMarch 2, 2022\nKherson falls\n\n"
    "March 16, 2022\nMariupol theatre struck\n",
    "The timeline of the conflict:\n\n24 February 2022\n\nRussian troops crossed the border.\n",
    "Key dates\n\nFebruary 24, 2022\nRussia invades Ukraine\n\nMarch 2, 2022\nKherson falls\n\n"
    + PARAS
    + "\n",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay(text):
    doc = normcorp.normalize(text)
    assert doc.text == text
    assert not wire_rules(doc)
    assert doc.dateline is None and doc.bylines == ()


def test_neighbouring_removed_lines_leave_a_canonical_layout():
    text = (
        "Talks\n\nPublished: 3 November 2020\nUpdated: 4 November 2020\n\n"
        "MOSCOW (TASS) - Talks resumed.\n"
    )
    doc = normcorp.normalize(text)
    assert doc.text == "Talks\n\nTalks resumed.\n"
    assert doc.date == D(2020, 11, 3)
    assert doc.dateline == Dateline("Moscow", "TASS")
    assert normcorp.normalize(doc.text).text == doc.text


def test_date_line_with_two_dates():
    doc = normcorp.normalize("Published: 3 November 2020 | Updated: 4 November 2020\n\n" + BODY)
    assert doc.date == D(2020, 11, 3)
    assert doc.text == BODY


def test_date_label_without_a_date_stays():
    text = "Talks\n\nPublished\n\n" + BODY
    assert normcorp.normalize(text).text == text


def test_labelled_publication_date_wins_over_a_date_alone():
    doc = normcorp.normalize("September 11, 2001\n\nPublished: 11 September 2021\n\n" + BODY)
    assert doc.date == D(2021, 9, 11)
    assert normcorp.normalize(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "Concert for Gaza\n\nDate: 12 March 2021\nVenue: Town Hall, Leeds\n\n" + BODY,
        "Concert\n\nTime: 7 pm\nDate: 12 March 2021\n\n" + BODY,
    ],
)
def test_an_events_date_stays(text):
    doc = normcorp.normalize(text)
    assert doc.text == text
    assert doc.date is None


def test_date_line_with_fields_of_the_page():
    top = "Source: Xinhua| 2022-02-24 18:25:31|Editor: huaxia\n\n"
    doc = normcorp.normalize(top + BODY)
    assert doc.date == D(2022, 2, 24)
    assert doc.text == BODY
    # no date, no date line; and a field must be the whole part
    for top in (
        "Source: Xinhua | Editor: huaxia\n\n",
        "Source: Xinhua, the talks | 2022-02-24\n\n",
        "Editor: huaxia 2022-02-24\n\n",
    ):
        assert normcorp.normalize(top + BODY).text == top + BODY


@pytest.mark.parametrize(
    ("prefix", "dateline"),
    [
        ("MOSCOW, February 24 /TASS/ - ", Dateline("Moscow", "TASS")),
        ("Madrid, Feb 24 (EFE).- ", Dateline("Madrid", "EFE")),
    ],
)
def test_separators_after_the_agency(prefix, dateline):
    doc = normcorp.normalize(prefix + BODY)
    assert doc.dateline == dateline
    assert doc.text == BODY


def test_comment_form_and_sign_off_lines():
    for tail in ["Like this:\n\nLike Loading...", "Source: SANA", "Advertisement"]:
        assert normcorp.normalize(BODY + "\n" + tail + "\n").text == BODY


def test_footers_and_credit_order():
    for tail in [
        "Copyright 2022 SANA",
        "\u00a9 SANA",
        "(c) 2022 SANA",
        "Your email address will not be published. Required fields are marked *",
    ]:
        assert normcorp.normalize(BODY + "\n" + tail + "\n").text == BODY
    doc = normcorp.normalize(BODY + "\n(Reporting by Jane Doe)\n(Editing by John Roe)\n")
    assert doc.bylines == ("Jane Doe", "John Roe")


def test_labelled_dates_that_differ_are_the_pages():
    text = "Talks\n\nPublished: 25 February 2022\nFirst published: 24 February 2022\n\n" + BODY
    doc = normcorp.normalize(text)
    assert doc.text == "Talks\n\n" + BODY
    assert doc.date == D(2022, 2, 25)


def test_dateline_day_never_after_the_stamp():
    doc = normcorp.normalize(" date 2022-09-01 BEIRUT, Feb 24 (Reuters) - Talks resumed.\n")
    assert doc.date == D(2022, 2, 24)


def test_a_short_sentence_ends_the_top():
    doc = normcorp.normalize("Officials met.\n\n3 November 2020\n\nThe talks resumed today.\n")
    assert doc.date is None and "3 November 2020" in doc.text


def test_check_also_takes_a_teaser_written_in_full_sentences():
    teaser = (
        "Check Also\n\nSyria and Iraq discuss border security\n\n"
        "Baghdad, SANA- Syria and Iraq discussed border security on Monday. The two "
        "sides agreed to meet again next month.\n"
    )
    assert normcorp.normalize(BODY + "\n" + teaser).text == BODY


def test_a_teaser_heading_above_a_long_ending_is_no_trailer():
    text = BODY + "\nRead Also\n\n" + PARAS + "\n"  # three real paragraphs follow it
    assert normcorp.normalize(text).text == text


def test_a_second_dateline_under_a_headline_left_behind_goes_in_the_same_run():
    """Without the first dateline, "U.S.-made" reads as a headline over a
    dateline that a second run would lift; the first run lifts both."""
    once = normcorp.normalize("Damascus, SANA- U.S.-made\n\nDamascus, SANA- U.S.")
    assert once.text == "U.S.-made\n\nUS.\n"
    assert once.dateline == Dateline("Damascus", "SANA")
    assert normcorp.normalize(once.text).text == once.text


def test_stacked_stamps_go_at_once():
    """A page may repeat the crawler's stamp more often than a stage has rounds."""
    once = normcorp.normalize(" date 2022-02-24 " * 70 + "Faisal said.")
    assert once.text == "Faisal said.\n"
    assert once.date == datetime.date(2022, 2, 24)
    assert normcorp.normalize(once.text).text == once.text


def test_stacked_bylines_and_breadcrumbs_go_at_once():
    """A page may stack more bylines and breadcrumbs than the top window holds,
    and more than a stage has rounds to take a window at a time."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"Jan{letters[i % 26]} Do{letters[i // 26 % 26]}" for i in range(600)]
    lines = [f"By {n}" if i % 2 else f"Home > News > {n}" for i, n in enumerate(names)]
    once = normcorp.normalize("Headline here\n\n" + "\n".join(lines) + "\n\n" + BODY)
    assert once.text == "Headline here\n\n" + BODY
    assert once.bylines == tuple(names[1::2])
    assert normcorp.normalize(once.text).text == once.text


def test_a_byline_past_the_top_window_stays_unless_it_goes_on_a_stack():
    """Past the first lines, a byline is read as one only under another."""
    short = "\n".join(f"Item number {w}" for w in "abcdefgh")
    text = "Headline here\n\n" + short + "\nBy Jane Doe\n\n" + BODY
    assert normcorp.normalize(text).bylines == ()


def test_a_dateline_left_opening_the_story_goes_and_the_first_stays():
    """Once the byline between them is gone, the second dateline opens the
    story; a second run would lift it, so the first does, and the story
    keeps the first dateline."""
    once = normcorp.normalize("RIYADH: By Jane Doe\nRIYADH: The talks went well.")
    assert once.text == "The talks went well.\n"
    assert once.dateline == Dateline("Riyadh", None)
    assert once.bylines == ("Jane Doe",)
    assert normcorp.normalize(once.text).text == once.text


def test_a_second_dateline_of_the_same_place_goes_without_its_agency():
    once = normcorp.normalize("Riyadh, SPA - date 2022-02-24 RIYADH: The talks went well.")
    assert once.text == "The talks went well.\n"
    assert once.dateline == Dateline("Riyadh", "SPA")


def test_a_second_place_without_an_agency_stays():
    """In a roundup the second place says whose figures follow: it is no copy
    of the dateline, and precision comes before recall."""
    text = (
        "DUBAI: By Jane Doe\n\nThe ministry reported 1,200 new cases.\n\nKUWAIT: 800 new cases.\n"
    )
    once = normcorp.normalize(text)
    assert once.text == "The ministry reported 1,200 new cases.\n\nKUWAIT: 800 new cases.\n"
    assert once.dateline == Dateline("Dubai", None)
    assert normcorp.normalize(once.text).text == once.text


def test_a_roundup_opens_with_no_dateline():
    """Lines that each open with another place with no agency are a roundup's rows."""
    for text in [
        "Cases\n\nKUWAIT: 1,200 new cases and 3 deaths\nBAHRAIN: 800 new cases\n",
        "Results\n\nPARIS: PSG 3 Lyon 1\n\nROME: Roma 1 Lazio 1\n",
        "DUBAI: By Jane Doe\nKUWAIT: 1,200 new cases were reported on Monday.\n",
        # rows a paragraph apart: once taken for a dateline, which left the
        # second row to open the text as a dateline in the next run
        "DUBAI: By Jane Doe\n\nKUWAIT: 1,200 new cases were reported on Monday.\n",
        # a known city before a dash is a row too
        "Aleppo- 800 new cases\n\nKUWAIT: 1,200 new cases.\n",
        "Cases\n\nDamascus- 1,200 new cases\nAleppo- 800 new cases\n",
    ]:
        once = normcorp.normalize(text)
        assert once.text == text
        assert once.dateline is None


@pytest.mark.parametrize(
    "text",
    ["ALCOHOLICS ANONYMOUS (AA) meetings will resume.\n", "PREMIER LEAGUE (PL) clubs voted.\n"],
)
def test_a_dateline_without_a_separator_needs_a_story_start_after_it(text):
    assert normcorp.normalize(text).dateline is None
    assert normcorp.normalize("BEIRUT (Reuters) 13 people died.\n").dateline is not None


def test_a_second_agency_dateline_under_what_reads_as_a_headline_goes():
    once = normcorp.normalize("Damascus, SANA- U.S.-made\n\nBeirut, SANA- U.S.")
    assert once.text == "U.S.-made\n\nUS.\n"
    assert once.dateline == Dateline("Damascus", "SANA")
    assert normcorp.normalize(once.text).text == once.text


def test_lines_cut_a_paragraph_apart_through_the_end_leave_the_layout_canonical():
    once = normcorp.normalize("Talks\n\nBy Jane Doe\n\nBy John Roe")
    assert once.text == "Talks\n"
    assert once.bylines == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names rules respell a dateline's place into one the rule takes
        ("TEHERAN: Talks resumed on Monday.", "Talks resumed on Monday.\n"),
        ("el-Fasher, SANA- Talks resumed.", "Talks resumed.\n"),
        ("Gaza strip, SANA- Talks resumed.", "Talks resumed.\n"),
        # ... or a byline's or credit line's name
        ("By Djibouti city\n\nTalks resumed.", "Talks resumed.\n"),
        ("Talks resumed.\n\n(Reporting by Afar region)", "Talks resumed.\n"),
        # removing a byline brings the halves of a hyphenated word together
        ("Talks re-\nBy Jane Doe\nsumed the talks.", "Talks resumed the talks.\n"),
    ],
)
def test_what_a_later_stage_uncovers_goes_in_the_same_run(text, expected):
    check_once(text, expected)
