"""Cleaning rules: what must go (with the right rule) and what must stay."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peacetalks.clean import clean_text, load_rules

BODY = "Peskov said on Wednesday that the ferry talks had made no progress."
END = "Russia and Ukraine held talks in Istanbul in late March."

# (case id, input text, rules expected in the removals (sorted, unique), substrings that must be gone)
REMOVE = [
    ("copyright caption", f"{BODY}\n\nUS President Joe Biden welcomes Zelensky. © AFP / Olivier Douliery\n\n{END}",
     ["photo_credit"], ["Olivier Douliery"]),
    ("getty credit", f"{BODY}\n\nMoscow, Kremlin Gettyimages.ru © Hans Neleman\n\n{END}", ["photo_credit"], ["Neleman"]),
    ("slash credit", f"{BODY}\n\nMaxim Guchek / BELTA / TASS\n\n{END}", ["photo_credit"], ["BELTA"]),
    ("guardian caption", f"{BODY}\n\nSmoke rises over Mariupol. Photograph: Evgeniy Maloletka/AP\n\n{END}",
     ["photo_credit"], ["Maloletka"]),
    ("ap inline credit", f"{BODY} Workers repair a ferry ramp, Monday, May 3, 2021. (AP Photo/Jane Doe) {END}",
     ["photo_credit"], ["AP Photo"]),
    ("read more line", f"{BODY}\n\nRead more New meeting with CIA's Burns 'possible' – Russian spy chief\n\n{END}",
     ["read_more_teaser"], ["CIA's Burns"]),
    ("read more bracket", f"{BODY}\n\n[READ MORE: Ukraine reveals date for ‘peace summit’ without Russia](#)\n\n{END}",
     ["read_more_teaser"], ["READ MORE"]),
    ("read more bare", f"{BODY}\n\nAFP contributed reporting.\n\nRead more", ["contributed_reporting", "read_more_teaser"],
     ["AFP contributed", "Read more"]),
    ("related link", f"{BODY}\n\nRelated: Odesa ferry strike: the story so far on day 12\n\n{END}",
     ["read_more_teaser"], ["day 12"]),
    ("read more glued", f"{BODY}\n\nRead more here Dutch ferry crews are asked to sail slower.\n\n{END}",
     ["read_more_teaser"], ["Read more here"]),
    ("read more inline", f"{BODY} Read more about why the two countries are moving towards Nato. {END}",
     ["read_more_teaser"], ["moving towards Nato"]),
    ("donation banner", f"Support The Moscow Times!\n\n{END}", ["donation_banner"], ["Support The Moscow Times"]),
    ("donation appeal", f"{BODY}\n\nPlease support our journalism with a donation today.\n\n{END}", ["donation_banner"],
     ["support our journalism"]),
    ("syndication stub and lede", "Ukraine cannot negotiate, the deputy FM has said Read Full Article at RT.com\n"
     f"Ukraine cannot negotiate, the deputy FM has said\n{BODY}", ["syndication_stub"], ["Read Full Article"]),
    ("syndication stub alone", f"{BODY} Read Full Article at RT.com", ["syndication_stub"], ["Read Full Article"]),
    ("telegram plug", f"{BODY}\n\nDue to censorship and blocking of all media, stay tuned to our Telegram channel",
     ["channel_plug"], ["Telegram"]),
    ("join us plug", f"{BODY}\n\nJOIN US ON TELEGRAM! Get our harbour reports first on @harbour_daily.\n\n{END}",
     ["channel_plug"], ["JOIN US"]),
    ("twitter plug inline", f"{BODY} Follow him on Twitter @jamesclayton5.", ["channel_plug"], ["@jamesclayton5"]),
    ("newsletter", f"{BODY}\n\nSign up to Morning Harbour, the free newsletter sent each weekday at 6am\n\n{END}",
     ["newsletter_promo"], ["Morning Harbour"]),
    ("contributed inline", f"{BODY} ___ Ada Okafor in Lagos contributed to this report.",
     ["contributed_reporting"], ["Ada Okafor"]),
    ("reporting by", f"{BODY}\n\nReporting by Jane Doe; Editing by John Roe", ["contributed_reporting"], ["Jane Doe"]),
    ("bbc footer", f"{BODY} © 2021 Harbour Times. The Harbour Times is not responsible for the content of external "
     "sites. Read about our approach to external linking.", ["copyright_notice"], ["external linking"]),
    ("advertisement", f"{BODY}\n\nADVERTISEMENT\n\n{END}", ["site_furniture"], ["ADVERTISEMENT"]),
    ("duplicated headline", f"Why the West refuses dialogue with Russia\n\n{BODY}\n\nWhy the West refuses dialogue "
     "with Russia\n\nMore text follows here.", ["duplicate_line"], []),
    ("trailing byline", f"{BODY}\n\nAlexander Karpov, Alena Medvedeva, RT", ["byline"], ["Karpov"]),
    ("sentence split by teaser", "Earlier this week, the head of the Second CIS\n\n[READ MORE: A headline](#)\n\n"
     "(Commonwealth of Independent States) Department said so.", ["read_more_teaser", "rejoin_split_sentence"],
     ["READ MORE"]),
]

# text where nothing may be removed
KEEP = [
    ("plain news", f"{BODY}\n\nRussia and Ukraine held talks in Istanbul in late March."),
    ("read more in prose", "Voters want to read more about the talks, the pollster said in a statement on Monday."),
    ("read more in quote", f"“People should read more history before they judge,” Lavrov said.\n\n{BODY}"),
    ("telegram in news", f"Peskov wrote on his Telegram channel that Kyiv had rejected the offer.\n\n{BODY}"),
    ("telegram news short", f"{BODY}\n\nThe governor said on Telegram that two people were wounded."),
    ("afp in news", f"AFP reported that the delegation had left Istanbul.\n\n{BODY}"),
    ("afp journalist", f"An AFP journalist saw columns of tanks near the border on Sunday.\n\n{BODY}"),
    ("support in news", f"{BODY}\n\nSupport for the peace plan grew among EU members."),
    ("support quote", f"{BODY}\n\n“Support us however you can, just do not look away,” Okafor said."),
    ("member in news", f"{BODY}\n\nPortugal supports Moldova’s hope to become a full member of the bloc."),
    ("sign up verb", f"{BODY}\n\nMost harbour towns have yet to sign up to join the regional ferry safety pact."),
    ("contributed in news", f"{BODY}\n\nThe US contributed more than $40bn in military aid, officials said."),
    ("slash in prose", f"{BODY}\n\nThe Russia/Ukraine talks stalled in May, according to officials in both capitals."),
    ("copyright in prose", f"{BODY}\n\nThe lawsuit claims the broadcaster breached copyright by airing the footage."),
    ("one-line article", BODY),
    ("name as last line of long text", f"{BODY}\n\nThe summit ended without a deal.\n\nIt was held in Geneva."),
]


@pytest.mark.parametrize("case,text,rules,gone", REMOVE, ids=[c[0] for c in REMOVE])
def test_rule_removes(case, text, rules, gone):
    cleaned = clean_text(text)
    assert sorted({r.rule for r in cleaned.removals}) == rules
    for fragment in gone:
        assert fragment not in cleaned.text
    assert any(keep in cleaned.text for keep in ("Peskov", "Istanbul", "Earlier this week"))
    for removal in cleaned.removals:  # offsets point into the input
        assert text[removal.start:removal.end] == removal.text
        assert removal.reason


@pytest.mark.parametrize("case,text", KEEP, ids=[c[0] for c in KEEP])
def test_nothing_removed(case, text):
    cleaned = clean_text(text)
    assert cleaned.removals == []
    assert cleaned.text.split() == text.split()


def test_byline_moved_and_lede_kept_once():
    stub = "Ukraine cannot negotiate, the deputy FM has said"
    cleaned = clean_text(f"{stub} Read Full Article at RT.com\n{stub}\n{BODY}\n\nJane Roe, John Doe, RT")
    assert cleaned.text.count(stub) == 1
    assert cleaned.byline == "Jane Roe, John Doe, RT"
    assert cleaned.text.endswith(BODY)


def test_rejoined_sentence_reads_through():
    cleaned = clean_text("He signed a decree that banned him from talking\n\nto his Russian counterpart.")
    assert cleaned.text == "He signed a decree that banned him from talking to his Russian counterpart."


def test_rules_table_is_valid():
    rules = load_rules()
    assert {r.scope for r in rules} == {"line", "inline", "structural"}
    assert all(r.reason for r in rules)
    assert all(r.max_chars > 0 for r in rules if r.scope == "line")


def test_bad_rules_table_raises(tmp_path):
    bad = tmp_path / "rules.csv"
    bad.write_text("rule,scope,pattern,flags,max_chars,reason,example,source\nx,sideways,a,,10,r,,s\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown scope"):
        load_rules(bad)


@pytest.mark.parametrize("text,expected", [
    (f"{BODY}\n\nRead more here Dutch homes are asked to save gas.", f"{BODY}\n\nDutch homes are asked to save gas."),
    (f"{BODY} Read more here Dutch homes are asked to save gas.", f"{BODY} Dutch homes are asked to save gas."),
    (f"{BODY} Read more here. {END}", f"{BODY} {END}"),
    (f"{BODY} Read more here about the firms that left. {END}", f"{BODY} {END}"),
])
def test_glued_teaser_keeps_its_sentence(text, expected):
    assert clean_text(text).text == expected


LINES = st.sampled_from(["Read more", "© AFP / X", "Support The Moscow Times!", "AFP contributed reporting.", BODY, END,
                         "and the talks", "(Commonwealth)", "Jane Roe, John Doe, RT", "", " ", "«Да»", "\u2029"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), LINES), max_size=12), st.sampled_from(["\n", "\n\n", "\r\n", " "]))
def test_any_text_cleans_without_error(pieces, sep):
    text = sep.join(pieces)
    cleaned = clean_text(text)
    for removal in cleaned.removals:
        assert 0 <= removal.start <= removal.end <= len(text)
        assert text[removal.start:removal.end] == removal.text
    assert clean_text(text) == cleaned  # pure
    assert cleaned.text == cleaned.text.strip()
