"""events: who said each direct quotation, over real spaCy parses of sentences written for these tests."""
import pytest

from detente.actors import resolve_actors
from detente.events import code_events
from detente.nlp import parse_texts
from detente.records import Article


def _speakers(text: str, *, unknown: str = "") -> list[tuple]:
    """Speaker and country of each quote; ``unknown`` is a name the actors stage is made to miss."""
    doc = next(parse_texts([text]))
    article = Article(article_id="t", uri="t", text=text, published="2023-06-01")
    mentions = [m for m in resolve_actors(doc, article) if m.mention != unknown]
    _, quotes = code_events(doc, mentions, article_id="t")
    return [(q.speaker, q.speaker_country) for q in quotes]


def test_quotes_skip_speech_words_that_are_no_verbs():
    # The noun "state" and "so-called" are no reporting verbs; the one who said it is.
    text = ('White House spokeswoman Karine Jean-Pierre said President Joe Biden saw the vote as '
            '"an insult to a friendly state" and a mistake.')
    assert _speakers(text) == [("Karine Jean-Pierre", "USA")]


def test_quotes_skip_a_so_called_modifier():
    # "so-called" has no subject; without the rule the person named before it would speak.
    text = ('The Argentine foreign ministry denounced Chilean President Gabriel Boric\'s visit as a '
            '"show of so-called unity" with Lima.')
    assert _speakers(text) == [("Argentine foreign ministry", "ARG")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Australian Prime Minister Anthony Albanese praised New Zealand for its "steady hand" in the crisis.',
         ("Anthony Albanese", "AUS")),
        ('French President Emmanuel Macron demanded a halt to the "reckless bombing" of the port.',
         ("Emmanuel Macron", "FRA")),
    ],
)
def test_quotes_take_the_subject_of_a_verb_of_judging(text, speaker):
    assert _speakers(text) == [speaker]


def test_quotes_read_who_as_the_person_named_before_it():
    text = ('The envoy met Brazilian Foreign Minister Mauro Vieira, who said the talks had failed because '
            'Caracas had stalled and called the delay "deeply worrying."')
    assert _speakers(text) == [("Mauro Vieira", "BRA")]


def test_quotes_take_a_name_whose_verb_the_parse_hung_on_it():
    # After an appositive the parse reads "X, ..., called" like "a group called X".
    text = 'Park Min-seo, a chief secretary to Ruto, called Uganda\'s reply "quite hostile".'
    assert _speakers(text) == [("Park Min-seo", "KEN")]


def test_quotes_take_a_name_a_second_verb_was_tied_to():
    # Here the parse also ties "said" (nearest the quote) to the name as its conjunct.
    text = 'Park Min-seo, a chief secretary to Ruto, called Uganda\'s reply "quite hostile" and said Nairobi would wait.'
    assert _speakers(text) == [("Park Min-seo", "KEN")]


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ('Tomas Delacroix-Vane, a close aide to Kenyan President William Ruto, said the offer was "too little".',
         "Tomas Delacroix-Vane"),
        # a name spaCy does not tag as a person: its appositive says it is one
        ('Obi Nwachukwu-Eze, a senior aide to Kenyan President William Ruto, said the offer was "too little".',
         "Obi Nwachukwu-Eze"),
    ],
)
def test_quotes_take_an_unknown_name_described_by_an_appositive(text, unknown):
    assert _speakers(text, unknown=unknown) == [(unknown, "KEN")]


def test_quotes_prefer_an_unknown_name_to_the_body_in_its_title():
    text = ('Pentagon spokesman Lieutenant Colonel Daniel Hartwick said the drills ended on Friday, '
            'adding: "Nobody was hurt."')
    assert _speakers(text, unknown="Daniel Hartwick") == [("Daniel Hartwick", "USA")]


def test_quotes_take_the_known_name_beside_a_title():
    text = 'Brazil\'s foreign minister, Mauro Vieira, called the offer "far too little".'
    assert _speakers(text) == [("Mauro Vieira", "BRA")]


def test_quotes_take_the_unknown_name_beside_a_title_not_its_principal():
    text = 'Kenyan President William Ruto\'s aide Marta Oyelaran-Kowa called the offer "far too little".'
    assert _speakers(text, unknown="Marta Oyelaran-Kowa") == [("Marta Oyelaran-Kowa", "KEN")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A senior Kremlin official said Moscow had "no intention of withdrawing" from the region.',
         ("senior Kremlin official", "RUS")),
        ('A spokesman for Turkish President Recep Tayyip Erdogan said Ankara was "ready to mediate".',
         ("spokesman for Turkish President Recep Tayyip Erdogan", "TUR")),
    ],
)
def test_quotes_name_a_spokesman_by_the_phrase_not_the_principal(text, speaker):
    assert _speakers(text) == [speaker]


def test_quotes_take_the_owner_of_a_speech_noun():
    text = 'Kenya dismissed a claim by Ugandan President Yoweri Museveni that "foreign agents" were behind the unrest.'
    assert _speakers(text) == [("Yoweri Museveni", "UGA")]


def test_quotes_ignore_a_speech_noun_the_quote_only_describes():
    text = 'Brazilian Foreign Minister Mauro Vieira called Chilean President Gabriel Boric\'s remarks "unfortunate".'
    assert _speakers(text) == [("Mauro Vieira", "BRA")]


def test_quotes_report_a_bare_title_by_the_full_name_given_before():
    text = ('Senegalese President Macky Sall met Ghanaian President Nana Akufo-Addo. '
            'Brazilian Foreign Minister Mauro Vieira sent a letter. The president said it was "a good day."')
    assert _speakers(text) == [("Nana Akufo-Addo", "GHA")]


def test_quotes_give_it_to_the_body_last_named():
    text = 'The Argentine foreign ministry criticised the raid. Chile stayed silent. "We will not accept this," it said.'
    assert _speakers(text) == [("Argentine foreign ministry", "ARG")]


def test_quotes_continue_the_speech_of_the_sentence_before():
    text = ('Brazilian Foreign Minister Mauro Vieira met the envoy. The Argentine foreign ministry announced '
            'plans to recall its ambassador. "This cannot stand."')
    assert _speakers(text) == [("Argentine foreign ministry", "ARG")]


def test_quotes_take_the_agent_of_a_passive_speech_verb():
    text = 'The plan was described as "reckless" by German Chancellor Olaf Scholz.'
    assert _speakers(text) == [("Olaf Scholz", "DEU")]
