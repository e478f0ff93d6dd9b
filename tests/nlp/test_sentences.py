"""nlp: sentence boundaries, on real spaCy parses of text written for these tests."""
from detente.nlp import load_nlp, parse_texts


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in next(parse_texts([text])).sents]


def test_a_line_break_always_ends_a_sentence():
    assert _sentences("Border talks resume\n\nThe two ministers met in Oslo.") == [
        "Border talks resume", "The two ministers met in Oslo."]


def test_a_sentence_ends_only_after_closing_punctuation_within_a_line():
    nlp = load_nlp()
    doc = nlp.get_pipe("detente_paragraphs")(nlp.make_doc("Police named a suspect, the Thai national Somsak Wongsa. He denies it."))
    starts = {token.text: token.is_sent_start for token in doc}
    assert starts["Somsak"] is False and starts["Wongsa"] is False  # no break without punctuation
    assert starts["He"] is None  # after a full stop the parser decides


def test_a_hyphen_after_an_abbreviation_splits_it_from_the_next_word():
    doc = next(parse_texts(["U.S.-led and U.N.-backed forces met U.S.-China envoys."]))
    assert [t.text for t in doc][:7] == ["U.S.", "-", "led", "and", "U.N.", "-", "backed"]
    assert {t.text for t in doc} >= {"U.S.", "China"}
