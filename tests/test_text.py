import pytest

from peacetalks.text import n_words, paragraphs, sentences, split_glued

CASES = [
    ("", [], []),
    ("   \n\n  ", [], []),
    ("One.", ["One."], ["One."]),
    ("Mr. Peskov spoke. The U.S. said no.\n\nSecond para.", ["Mr. Peskov spoke. The U.S. said no.", "Second para."],
     ["Mr. Peskov spoke.", "The U.S. said no.", "Second para."]),
    ("  lead space\nnext line", ["lead space", "next line"], ["lead space", "next line"]),
]


@pytest.mark.parametrize("text,paras,sents", CASES)
def test_segmentation_offsets(text, paras, sents):
    got_p = paragraphs(text)
    got_s = sentences(text)
    assert [p.text for p in got_p] == paras
    assert [s.text for s in got_s] == sents
    for span in [*got_p, *got_s]:
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("text,count", [("", 0), ("Kyiv’s talks, re-started", 3), ("a b  c", 3), ("—", 0)])
def test_n_words(text, count):
    assert n_words(text) == count


# statements: quotes plus the narration around them ------------------------------------------------------------
from peacetalks.records import Quote  # noqa: E402
from peacetalks.statements import statements  # noqa: E402

S_TEXT = "Peskov said talks were stalled, but Moscow is ready on its own terms. Kyiv declined to comment."


@pytest.mark.parametrize("quotes,narration", [
    ([], [S_TEXT[:69], "Kyiv declined to comment."]),
    # the quote covers its content and, in the same sentence, its speaker: only the outlet's remainder is narration
    ([Quote("q1", "a", 12, 30, S_TEXT[12:30], "indirect", speaker="Dmitry Peskov", speaker_start=0,
            speaker_end=6)], ["but Moscow is ready on its own terms.", "Kyiv declined to comment."]),
    # a remainder shorter than three words is not a statement
    ([Quote("q1", "a", 0, 60, S_TEXT[:60], "direct")], ["Kyiv declined to comment."]),
])
def test_statements_keep_uncovered_narration(quotes, narration):
    got = statements(S_TEXT, quotes, article_id="a", outlet="RT")
    assert [s.text for s in got if s.source == "narration"] == narration
    assert [s.quote_id for s in got if s.source == "quote"] == [q.quote_id for q in quotes]
    for s in got:
        assert S_TEXT[s.start:s.end] == s.text


def test_statements_first_person_author_is_no_actor():
    text = "I think the talks will fail. Kyiv declined to comment."
    quote = Quote("q1", "a", 8, 27, text[8:27], "indirect", speaker="I", speaker_start=0, speaker_end=1,
                  method="first-person")
    got = [s for s in statements(text, [quote], article_id="a", outlet="RT") if s.source == "quote"]
    assert [(s.speaker, s.actor_id, s.side) for s in got] == [(None, None, None)]


# --- a stance verb with an object: the statement starts at the verb ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Russia accused Kyiv of bad faith in the talks.", "accused Kyiv of bad faith in the talks"),
    ("Both sides admitted the talks were on hold, blaming each other for the impasse.",
     "blaming each other for the impasse"),
    # a plain report keeps its content as the statement
    ("Peskov said that the talks were on hold.", "the talks were on hold"),
])
def test_stance_statement_starts_at_its_verb(text, expected):
    from peacetalks.quotes import extract_quotes

    quotes = extract_quotes(text, article_id="t")
    got = [st.text for st in statements(text, quotes, article_id="t") if st.source == "quote"]
    assert got[-1] == expected, got


@pytest.mark.parametrize("para", [
    "The envoy left. Talks resume on Monday.",
    "Mr. Brown met Gen. Smith in the U.S. capital. Nothing was agreed.",
    "\u201cWe are ready.\u201d The minister smiled. (He left.) Then silence.",
    "Really?! Yes. \"Fine.\" 'Done.' [Note.] {End.}",
    "Prices rose 2.5 per cent in 2022. In 2023. . . they fell... again.  Next  one.",
    "J. R. Doe spoke -- briefly. e.g. this. No. 3 won.",
    "No break here", ".", "  . ! ?  ",
    "The port is shut.\x1cFerries wait.",  # an information separator: whitespace to ``re``, not to NLTK's regex
    # closing marks after a break, realigned into the sentence before (round 17: the pattern run by ``re``)
    'He said "stop." "Go," she said. (It ended.) Then {more.}\u201d Next.',
    "A \u2018quote.\u2019 Another \u00bbone.\u00ab\u00bb -- Next. It\u2019s done.'--fine.'  Last.\u201d",
    "Talks failed.\") \t Nobody came.' \u2018Why?\u2019",
])
def test_punkt_spans_match_nltk(para):
    """The memoised one-loop Punkt splits exactly like NLTK's own tokenizer with the same parameters."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from peacetalks.text import _sentence_tokenizer

    tok = _sentence_tokenizer()
    assert tok.spans(para) == list(PunktSentenceTokenizer(tok._params).span_tokenize(para))


@pytest.mark.parametrize("text,expected", [
    ("The ferry talks failed.The envoy left.", ["The ferry talks failed.", "The envoy left."]),
    ("Is it over?Nobody knows.", ["Is it over?", "Nobody knows."]),
    ("The port reopened in 2022.The ferries came back.", ["The port reopened in 2022.", "The ferries came back."]),
    # must stay one sentence: abbreviations, initials, domains, numbers, a lowercase next word
    ("The visit of Gen.Tom Brown was short.", ["The visit of Gen.Tom Brown was short."]),
    ("He wrote on rt.com about the U.S.Army plan.", ["He wrote on rt.com about the U.S.Army plan."]),
    ("Prices rose 2.5 percent.", ["Prices rose 2.5 percent."]),
    ("The visit of Gov.Tom Lane was short.", ["The visit of Gov.Tom Lane was short."]),
    ("?Who knows.", ["?Who knows."]),
    ("The file ferry.docx was shared.", ["The file ferry.docx was shared."]),
])
def test_split_glued_breaks_only_glued_sentence_ends(text, expected):
    got = split_glued(sentences(text))
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


@pytest.mark.parametrize("text", ['"', '") Next', "\u2019\u201d  x", "'--x", "\u00bb", "\")\n", "x\"", "", " \"",
                                  "\u201c\u201d--", "\"\u2028\"", "]}) \t\u00a0z"])
def test_realignment_pattern_matches_nltk(text):
    """Punkt's closing-punctuation realignment, compiled for ``re``, matches as NLTK's timeout-guarded one."""
    from peacetalks.text import _sentence_tokenizer

    tok = _sentence_tokenizer()
    ours, nltk = tok._realign.match(text), tok._lang_vars.re_boundary_realignment.match(text)
    assert (ours and ours.group(0)) == (nltk and nltk.group(0))
