"""Direct quotations and who said them."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.events._mentions import SPEAKING_KINDS
from detente.records import ActorMention, Quote

# Straight or curly double quotes around at least one character, on one line; a quote
# mark right after a digit is an inch mark (22" long), not an opening quote.
QUOTE_RE = re.compile(r'(?<!\d)["“]([^"“”\n]{1,1000}?)["”]')
SPEECH_VERBS = {"say", "tell", "add", "state", "note", "call", "describe", "insist", "stress", "warn",
                "write", "declare", "emphasize", "emphasise", "argue", "vow", "pledge", "accuse", "urge",
                "announce", "reply", "respond", "ask", "deny", "brand", "dismiss", "condemn", "label", "tweet",
                # verbs of judging that frame a quoted phrase: "hailed the 'quiet courage' of X"
                "denounce", "praise", "hail", "criticize", "criticise", "slam", "demand", "term", "dub",
                "claim", "admit", "acknowledge", "promise", "threaten", "reject"}
# Nouns of speech whose owner or "by" phrase is the speaker: "an accusation by X that '...'".
SPEECH_NOUNS = {"accusation", "allegation", "statement", "remark", "remarks", "comment", "comments",
                "warning", "claim", "assertion", "description", "criticism", "charge", "denial", "pledge",
                "promise", "threat", "appeal", "call", "demand"}
# People who speak for someone the phrase names: "a spokesman for X", "a senior X official".
# The text names them by that phrase, not by the person they speak for.
PROXY_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides",
               "adviser", "advisers", "advisor", "advisors", "source", "sources", "representative",
               "envoy", "diplomat", "diplomats"}
PRONOUNS = {"he", "she", "they", "it"}
NOBODY: tuple[str | None, str | None] = (None, None)


def find_quotes(doc: Doc, mentions: list[ActorMention], *, article_id: str) -> list[Quote]:
    """Every quoted passage with its speaker: the subject of the speech verb of its
    sentence (a person or a named body), else the speaker of the sentence before, else the
    person last named before it."""
    by_token: dict[int, ActorMention] = {}
    for mention in mentions:
        if mention.start is None:
            continue  # byline-only reporters say nothing in the text
        for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
            by_token[token.i] = mention
    quotes = []
    token_starts = [t.idx for t in doc]
    for match in QUOTE_RE.finditer(doc.text):
        start, end = match.span(1)
        first = doc[max(bisect.bisect_right(token_starts, start) - 1, 0)]  # quotes may open on a space
        name, country = _speaker(doc, by_token, first)
        quotes.append(Quote(article_id, name, country, match.group(1), start, end))
    return quotes


def _speaker(doc: Doc, by_token: dict[int, ActorMention], first: Token) -> tuple[str | None, str | None]:
    sentence = first.sent
    if (found := _sentence_speaker(sentence, by_token, near=first)) != NOBODY:
        return found
    # A quote in a sentence with no speech verb goes on with the speech of the sentence before
    # ('The agency warned of delays. "We will not wait."').
    if not _speech_verbs(sentence) and sentence.start > 0:
        before = doc[sentence.start - 1].sent
        if (found := _sentence_speaker(before, by_token, near=before[-1])) != NOBODY:
            return found
    return _last_person(by_token, sentence.start)


def _speech_verbs(sentence: Span) -> list[Token]:
    """Speech verbs that head a clause: not "so-called", not the noun "state"."""
    return [t for t in sentence if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" and t.dep_ != "amod"]


def _sentence_speaker(sentence: Span, by_token: dict[int, ActorMention], *, near: Token) -> tuple[str | None, str | None]:
    """The named speaker of the speech word nearest to ``near``, trying farther ones in turn."""
    doc = sentence.doc
    nouns = [t for t in sentence if t.lower_ in SPEECH_NOUNS and t.pos_ == "NOUN"]
    for word in sorted(_speech_verbs(sentence) + nouns, key=lambda t: abs(t.i - near.i)):
        if word in nouns:
            if not _frames(word, near):
                continue  # "dismissed X's comments as 'noise'": the quote describes the comments
            owner = _owner(word)
            if owner is not None and (found := _named(owner, by_token, doc)) != NOBODY:
                return found
            continue
        subject = _subject(word)
        if subject is not None and (found := _named(subject, by_token, doc)) != NOBODY:
            return found
        if subject is None and (found := _last_person(by_token, word.i, since=sentence.start)) != NOBODY:
            return found  # "In Nairobi, the UN envoy praised ..., saying": the parse lost the subject
    return NOBODY


def _frames(noun: Token, token: Token) -> bool:
    """Whether ``token`` lies in the clause a speech noun introduces ("a claim that ...")."""
    while token.head != token:
        if token.head == noun:
            return token.dep_ in {"acl", "ccomp"}
        token = token.head
    return False


def _owner(noun: Token) -> Token | None:
    """Who a speech noun belongs to: its possessor ("X's warning") or "by" object ("a claim by X")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The speech verb's subject; "..., asking a reporter" and "and added" take their head's."""
    for _ in range(3):
        if (by_object := _passive_agent(verb)) is not None:
            return by_object  # "was called 'reckless' by X": the describer, not the thing described
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # In "the deal, which X branded ..." the parse gives the verb two subjects; the
        # relative pronoun is the thing described. Alone ("X, who said") the verb counts as
        # subjectless, and the person named before it in the sentence speaks.
        named = [s for s in subjects if s.tag_ not in {"WDT", "WP"}]
        if named:
            return named[0]
        if verb.dep_ == "acl":
            # "X, deputy to Y on trade, called it ...": after an appositive the parse may hang the verb
            # on its subject (or on the appositive) as if it were "a group called X".
            noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
            if any(c.dep_ == "appos" and c.i < verb.i for c in noun.children):
                return noun
        if verb.dep_ not in {"advcl", "conj", "xcomp"}:
            return None
        if verb.dep_ == "conj" and verb.head.pos_ in {"PROPN", "NOUN"}:
            return verb.head  # "X, deputy to Y, called ... and said": the parse tied the verb to its subject
        verb = verb.head
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The "by" object of a passive verb: its own agent, else a "by" the parse hung on the
    quoted words, but never one inside a quotation ('was termed "a gift by X" by Y' is Y's)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    agents += [t for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"agent", "prep"} and t not in agents]
    by = next((t for t in agents if not _in_quote(t)), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _in_quote(token: Token) -> bool:
    """Whether ``token`` lies between the marks of a quotation."""
    return any(match.start(1) <= token.idx < match.end(1) for match in QUOTE_RE.finditer(token.doc.text))


def _named(subject: Token, by_token: dict[int, ActorMention], doc: Doc) -> tuple[str | None, str | None]:
    """Who a subject names as speaker and their country, or NOBODY (a state, "the plan")."""
    if subject.lower_ in PRONOUNS:
        if subject.lower_ in {"he", "she"}:
            return _last_person(by_token, subject.i)
        return _last_body(by_token, subject.i)  # "it said", "they added": a ministry, an agency
    head = by_token.get(subject.i)
    if head is not None and head.person:
        return _full_name(head), head.actor.country
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        # "the minister, X, said", "Y's aide X said": the name beside the title speaks.
        if (mention := by_token.get(appos.i)) is not None and mention.person:
            return _full_name(mention), mention.actor.country
        if appos.i not in by_token and (name := _unknown_name(appos)):
            return name, _country(subject.subtree, by_token)
    if head is None and (name := _unknown_name(subject)):
        # Checked before the names inside the phrase: in "X's spokesman Y said", Y speaks, not X.
        return name, _country(subject.subtree, by_token)
    if subject.lower_ in PROXY_NOUNS and (found := _proxy(subject, by_token)) != NOBODY:
        return found
    is_role = head is None or head.kind in {"role_noun", "role_context"}  # not "the Foreign Ministry"
    if is_role and _is_bare_title(subject) and (found := _titled_person(subject, by_token, doc)) != NOBODY:
        return found
    phrase = [t for t in subject.subtree if t.dep_ not in {"relcl", "appos"} and t.i <= subject.i]
    people = [by_token[t.i] for t in phrase if t.i in by_token and by_token[t.i].person]
    if people:
        mention = people[-1]
        return _full_name(mention), mention.actor.country
    bodies = [by_token[t.i] for t in phrase if t.i in by_token and by_token[t.i].kind in SPEAKING_KINDS]
    if bodies:
        return bodies[-1].mention, bodies[-1].actor.country
    return NOBODY


def _unknown_name(subject: Token) -> str | None:
    """The name of a person the actors stage did not know: a proper noun tagged as a person,
    or untagged but described by an appositive ("X, a senior aide, said")."""
    if subject.pos_ != "PROPN":
        return None
    if subject.ent_type_ == "PERSON":
        return next(ent.text for ent in subject.doc.ents if ent.start <= subject.i < ent.end)
    if subject.ent_type_ or not any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in subject.children):
        return None
    # The name's words run left from the head: title-case words and the hyphens inside them.
    start = subject.i
    while start > 0 and (left := subject.doc[start - 1]).head == subject and (
            left.is_title or (left.text == "-" and not left.whitespace_)):
        start -= 1
    return subject.doc[start:subject.i + 1].text


def _proxy(subject: Token, by_token: dict[int, ActorMention]) -> tuple[str | None, str | None]:
    """ "A spokesman for X", "a senior X official": the phrase as the text gives it, with the
    country of whoever it names."""
    words = [t for t in subject.subtree if t.dep_ != "punct" and not _in_clause(t, subject)]
    if not any(t.i in by_token for t in words):
        return NOBODY  # "a spokesman said": nobody named, leave it to the fallbacks
    while words and words[0].dep_ == "det":
        words = words[1:]
    text = subject.doc[words[0].i:words[-1].i + 1].text
    return text, _country(words, by_token)


def _in_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` lies in a relative, participle or appositive clause under ``head``."""
    while token != head:
        if token.dep_ in {"relcl", "appos", "acl"}:
            return True
        token = token.head
    return False


def _is_bare_title(subject: Token) -> bool:
    """ "The minister", "the president": a title after "the" with no name of its own."""
    return (subject.pos_ in {"NOUN", "PROPN"} and subject.ent_type_ != "PERSON"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children))


def _titled_person(subject: Token, by_token: dict[int, ActorMention], doc: Doc) -> tuple[str | None, str | None]:
    """The last person named before ``subject`` under its title word: "the minister" after
    "Foreign Minister X" or "X, the minister," is X, by the full name the text gave."""
    i = subject.i - 1
    while i >= 0:
        mention = by_token.get(i)
        if mention is None or not mention.person:
            i -= 1
            continue
        first = i
        while first > 0 and by_token.get(first - 1) is mention:
            first -= 1
        # The title is the word right before the name or the head of its appositive.
        titles = {doc[first - 1].lower_} if first > 0 else set()
        titles |= {c.lower_ for c in doc[i].children if c.dep_ == "appos"}
        if subject.lower_ in titles:
            return _full_name(mention), mention.actor.country
        i = first - 1
    return NOBODY


def _country(tokens: Iterable[Token], by_token: dict[int, ActorMention]) -> str | None:
    """The first country of a mention among ``tokens``."""
    return next((by_token[t.i].actor.country for t in tokens if t.i in by_token and by_token[t.i].actor.country), None)


def _last_person(by_token: dict[int, ActorMention], before: int, *, since: int = 0) -> tuple[str | None, str | None]:
    people = [m for i, m in sorted(by_token.items()) if since <= i < before and m.person]
    return (_full_name(people[-1]), people[-1].actor.country) if people else NOBODY


def _last_body(by_token: dict[int, ActorMention], before: int) -> tuple[str | None, str | None]:
    """The named body last mentioned before a pronoun: states are no speakers (convention 12)."""
    bodies = [m for i, m in sorted(by_token.items()) if i < before and not m.person and m.kind in SPEAKING_KINDS]
    return (bodies[-1].mention, bodies[-1].actor.country) if bodies else NOBODY


def _full_name(mention: ActorMention) -> str:
    return mention.actor.name or mention.mention
