"""Property tests: any Unicode text gives in-bounds quotes and never raises."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peacetalks.quote_marks import quote_spans
from peacetalks.quotes import extract_quotes

sys.path.insert(0, str(Path(__file__).parent))
from _position_fakes import PlainRegistry  # noqa: E402


REG = PlainRegistry()

# Text biased towards what breaks quote parsers: marks of every style, cues, names, paragraph breaks.
PIECES = st.sampled_from(['"', "“", "”", "«", "»", "‘", "’", "'", "''", "„", "*", "\n", "\n\n", "\r\n", " ", ",",
                          ".", ":", " said ", " told ", " according to ", "Peskov", " he ", " the Kremlin ",
                          "that ", "talks", " — ", "(", ")", "Mr.", "U.S."])
TEXT = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join))


def _check(text, quotes):
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start:q.end]
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        assert q.kind in ("direct", "mixed", "indirect")
        assert 0.0 <= q.confidence <= 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_in_bounds_quotes(text):
    _check(text, extract_quotes(text, article_id="p", registry=REG))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quote_spans_in_bounds(text):
    for s in quote_spans(text):
        assert 0 <= s.start <= s.inner_start <= s.inner_end <= s.end <= len(text)
        assert s.start < s.end


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_default_registry_never_raises(text):
    _check(text, extract_quotes(text, article_id="p", published="2023-01-17"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé_7 .'-’\n"), max_size=12), st.data())
def test_word_bounded_is_a_regex_word_boundary_at_both_ends(text, data):
    """Review 17: the pair scans' shared boundary test is regex ``\\b`` at the span's start and end."""
    import re

    from peacetalks.quotes._speakers import _word_bounded

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    boundary = re.compile(r"\b")
    assert _word_bounded(text, start, end) == bool(boundary.match(text, start) and boundary.match(text, end))
