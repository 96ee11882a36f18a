import pytest

from peacetalks.text import n_words, paragraphs, sentences

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
