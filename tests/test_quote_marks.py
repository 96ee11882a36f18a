"""Quote-mark pairing (peacetalks.quote_marks): table-driven cases with invented texts, including texts that must
give no quote, and property checks on texts built from well-formed quotes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peacetalks.quote_marks import quote_spans
from peacetalks.quotes import extract_quotes

sys.path.insert(0, str(Path(__file__).parent))
from _position_fakes import PlainRegistry  # noqa: E402


def outer(text: str) -> list[str]:
    """The depth-0 quoted spans of ``text``, marks included."""
    return [text[s.start:s.end] for s in quote_spans(text) if s.depth == 0]


def outer_flags(text: str) -> list[frozenset[str]]:
    return [s.flags for s in quote_spans(text) if s.depth == 0]


NARRATION = " The port reopened at noon after a long night and the crews went home to rest. "

# (text, expected depth-0 spans): paragraphs whose breaks were lost in scraping re-open a quote after a sentence
# end ("‘A. ‘B.’"); that is one quote, never a nested one that shifts the pairing of every later mark
REOPENED = [
    ("Ann Lee said: ‘The ferries run late. ‘We have asked for more crews.’" + NARRATION + "Tom Brown added: ‘Crews "
     "are tired.’",
     ["‘The ferries run late. ‘We have asked for more crews.’", "‘Crews are tired.’"]),
    ('Ann Lee said: "The ferries run late. "We have asked for more crews."' + NARRATION + 'Tom Brown added: "Crews '
     'are tired."',
     ['"The ferries run late. "We have asked for more crews."', '"Crews are tired."']),
    ("Ann Lee said: “The ferries run late. “We asked for crews. “None came.”" + NARRATION + "Okafor added: “They "
     "will.”",
     ["“The ferries run late. “We asked for crews. “None came.”", "“They will.”"]),
    ("Ann Lee said: 'The ferries run late. 'We have asked for more crews.'" + NARRATION + "Tom Brown added: 'Crews "
     "are tired.'",
     ["'The ferries run late. 'We have asked for more crews.'", "'Crews are tired.'"]),
    ("Ann Lee said: «The ferries run late. «We have asked for more crews.»" + NARRATION + "Okafor added: «Soon.»",
     ["«The ferries run late. «We have asked for more crews.»", "«Soon.»"]),
    # a straight opener re-opened with a typographic one; the reverse is a stray “ inside a straight quote
    ('Jane Doe asked: "Why did the ferries stop? “In the end, nobody came,” she said.' + NARRATION,
     ['"Why did the ferries stop? “In the end, nobody came,”']),
    ('They said: "The envoys left. The talks were the “main event. "Nobody stayed."' + NARRATION,
     ['"The envoys left. The talks were the “main event. "Nobody stayed."']),
]


@pytest.mark.parametrize("text,expected", REOPENED)
def test_reopened_quote_in_a_merged_paragraph_is_one_quote(text, expected):
    assert outer(text) == expected


# an opener whose closer was lost: the quote ends at its first sentence end (after its last re-opener), flagged
# unclosed, and the narration and quotes after it keep their own pairing
LOST_CLOSER = [
    ("One driver said: 'Fuel takes a third of our income. Another said: 'We barely get by.' The talks resume today.",
     ["'Fuel takes a third of our income.", "'We barely get by.'"], [True, False]),
    ("Jane Doe said: “The envoy left early. “He will not return. Tom Brown said: “He will.” The port is shut.",
     ["“The envoy left early. “He will not return.", "“He will.”"], [True, False]),
    ('Okafor said: "The ferry is late again. The crew is tired. Jane Doe added: "We know."',
     ['"The ferry is late again.', '"We know."'], [True, False]),
]


@pytest.mark.parametrize("text,expected,unclosed", LOST_CLOSER)
def test_lost_closer_before_a_cue_colon_ends_at_a_sentence(text, expected, unclosed):
    assert outer(text) == expected
    flags = outer_flags(text)
    assert ["unclosed" in f for f in flags] == unclosed
    assert all("unbalanced" in f for f in flags)  # the whole paragraph is low confidence


def test_stale_opener_never_swallows_narration_and_later_quotes():
    narration = "The ministers met again at the port and talked about ferries, fuel and envoys for hours. " * 12
    text = ("Critics called it a 'red line. " + narration + "Jane Doe said: 'We will wait.' " + narration +
            "Nothing changed for the crews' families")
    spans = outer(text)
    assert "'We will wait.'" in spans
    assert all(len(s) < 200 for s in spans)
    assert all("unbalanced" in f for f in outer_flags(text))


# texts whose pairing must not change: real nesting, a real multi-paragraph quote, a writer's extra opener
KEPT = [
    ("“He told me: ‘Go home.’ I did,” Okafor said.", ["“He told me: ‘Go home.’ I did,”"]),
    ("“@ferrywatch: “Ports stay shut.” – Jane Doe”", ["“@ferrywatch: “Ports stay shut.” – Jane Doe”"]),
    ("“No, the situation “on the ground,” the envoy said.", ["“No, the situation “on the ground,”"]),
    ('"The first part of the statement runs on for a while here.\n"The second part ends it," Okafor said.',
     ['"The first part of the statement runs on for a while here.\n"The second part ends it,"']),
    ("“The ferries from the north port run late every single day.\n\n“We asked the ministry for more crews and "
     "more fuel.\n\n“None came,” Jane Doe said.",
     ["“The ferries from the north port run late every single day.\n\n“We asked the ministry for more crews and "
      "more fuel.\n\n“None came,”"]),
    ('"We cannot keep prices down,´´ she said. "Nobody can,´´ he said.',
     ['"We cannot keep prices down,´´', '"Nobody can,´´']),
    ("She said 'yes'. He said 'no'. 'Maybe,' Tom Brown said.", ["'yes'", "'no'", "'Maybe,'"]),
]


@pytest.mark.parametrize("text,expected", KEPT)
def test_real_quotes_keep_their_pairing(text, expected):
    assert outer(text) == expected


def test_multi_paragraph_quote_is_flagged_continued_not_defective():
    text = KEPT[3][0]  # a multi-paragraph quote: re-opened, not unclosed
    (flags,) = outer_flags(text)
    assert "continued" in flags and "unbalanced" not in flags


NOTHING = [
    "The ports' owners and the ferries' crews met in the '90s and again in the 2000s.",
    "In ‘23, and again in ’24. the ferries ran; the 1990s were the ports' best years.",
    "The 6' 2\" envoy and the 5' 10\" skipper shook hands.",
    "The ministers didn't meet; the envoys' talks ended.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_apostrophes_and_primes_are_not_quotes(text):
    assert outer(text) == []


# property checks: a text built from well-formed quotes (each one or more sentences, re-opened after a sentence
# end as in merged paragraphs) and narration gets exactly those quotes back, in any mark style
STYLES = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»")]
WORD = st.sampled_from(["ferries", "ports", "envoys", "crews", "talks", "fuel", "late", "again", "today", "run",
                        "wait", "stop", "north", "south", "Okafor", "Jane", "Doe"])
SENTENCE = st.lists(WORD, min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
NARR = st.lists(WORD, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
QUOTE = st.lists(SENTENCE, min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(STYLES), st.lists(st.tuples(NARR, QUOTE), min_size=1, max_size=6))
def test_built_texts_give_back_their_quotes(style, pieces):
    op, cl = style
    text, expected = "", []
    for narration, sentences in pieces:
        text += narration + " Okafor said: "
        start = len(text)
        text += " ".join(op + s for s in sentences) + cl
        expected.append(text[start:])
        text += " "
    assert outer(text) == expected


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(STYLES), st.lists(st.tuples(NARR, QUOTE, st.booleans()), min_size=1, max_size=6))
def test_lost_closers_never_make_a_quote_longer_than_its_text(style, pieces):
    """Dropping closers at random never yields a quote that runs past the next quote's opener or into narration."""
    op, cl = style
    text, allowed = "", []
    for narration, sentences, closed in pieces:
        text += narration + " Okafor said: "
        start = len(text)
        text += " ".join(op + s for s in sentences) + (cl if closed else "")
        allowed.append((start, len(text)))
        text += " "
    for s in quote_spans(text):
        assert any(a <= s.start and s.end <= b for a, b in allowed), text[s.start:s.end]
    for q in extract_quotes(text, article_id="p", registry=PlainRegistry()):
        assert 0 <= q.start < q.end <= len(text)
