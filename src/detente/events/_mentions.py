"""Which actors a noun phrase names, for the coder: mentions by token, conjuncts, owners
("a spokesman for X"), heads that act for their owner ("the Japanese side"), pronouns and
"the group". Part of the events stage."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.actors import place_actor
from detente.events._modality import REPORTING_VERBS
from detente.events._syntax import SUBJECT_DEPS, noun_phrase
from detente.records import Actor, ActorMention

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"it", "they", "them", "its", "their"}
# Heads whose owner acts for them: "the Japanese side said", "Syrian government aircraft bombed".
AGENTIVE_NOUNS = {"side", "government", "delegation", "team", "camp", "authority", "authorities", "force",
                  "forces", "aircraft", "jet", "warplane", "warship", "drone", "navy", "military", "army",
                  "troop", "leadership", "regime", "administration", "negotiator", "officials", "official",
                  "movement", "group", "militia", "coalition", "alliance", "organisation", "organization",
                  "party", "faction", "branch", "wing", "bloc", "inspector", "investigator", "monitor", "observer",
                  "peacekeeper", "soldier", "diplomat",
                  # weapons and strikes named with their side: "Russian missile strikes hit Kyiv"
                  "strike", "airstrike", "missile", "rocket", "shelling", "bombardment", "raid", "artillery"}
# "The group said", "the bloc agreed": a bare definite body noun refers back to the last
# international body, institution or armed group named.
BODY_NOUNS = {"group", "movement", "militia", "bloc", "alliance", "organisation", "organization", "council",
              "coalition", "agency", "court", "tribunal", "commission", "body", "union"}

# Kinds of mentions that name a body able to make a statement ("the foreign ministry"), not bare states.
SPEAKING_KINDS = {"role_noun", "role_context", "institution", "igo", "seat"}
COUNTRY_NOUNS = {"country", "nation"}
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "relationship"}

class MentionReader:
    """The resolved actor mentions of one parsed article, looked up by token."""

    def __init__(self, doc: Doc, mentions: list[ActorMention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            if mention.start is None:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                self.by_token[token.i] = mention

    def _actors(self, token: Token | None, *, loose: bool = False) -> list[Actor]:
        """Actors a noun phrase headed by ``token`` names, conjuncts included.

        Strict (subjects): the head itself, or the owner of an agentive head ("the
        Japanese side"). Loose (targets): also any actor modifying the head or
        named in its prepositional phrases ("a Syrian air base", "the island's coast").
        """
        if token is None:
            return []
        heads = [token] + [c for c in token.conjuncts if c.i > token.i]
        actors: list[Actor] = []
        for head in heads:
            for actor in self._actors_of(head, loose=loose):
                if actor not in actors:
                    actors.append(actor)
        return actors

    def _actors_of(self, token: Token, *, loose: bool) -> list[Actor]:
        mention = self.by_token.get(token.i)
        if mention is None and token.lower_ in {"them", "they"} and (group := self._conjoined_before(token)):
            return group  # "expelled envoys from Chile, Peru and Bolivia, accusing them"
        if mention is None and loose and token.lower_ in {"it", "them"} and (acted_on := self._acted_on_before(token)):
            return acted_on  # "filed a case against Myanmar, accusing it of ...": the party just acted on
        # As a target, "it" and "them" are mostly things ("termed it a stunt"); people are not.
        pronouns = PRONOUNS_PERSON | PRONOUNS_GROUP if not loose else PRONOUNS_PERSON
        if mention is None and token.lower_ in pronouns:
            mention = self._reporter(token) or self._antecedent(token)
        if mention is not None and mention.kind == "role_context":
            # "charged the two men, a Nigerian and a Ghanaian": the appositive is surer
            # than the country the story context gave the bare noun
            named = [self.by_token[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.by_token]
            mention = named[0] if named else mention
        if mention is not None:
            actors = list(mention.members) if mention.members else [mention.actor]
            if loose and mention.person:
                # "spoke to Minister A and Minister B" parsed as B with A inside its name: both are named
                before = [t for t in token.subtree if t.i < token.i]
                if any(t.dep_ == "cc" for t in before):
                    named = [self.by_token[t.i].actor for t in before if t.i in self.by_token
                             and self.by_token[t.i].person and self.by_token[t.i] is not mention]
                    actors = [a for a in dict.fromkeys(named) if a not in actors] + actors
            return self._joint_modifiers(token, actors) + [a for a in self._owners(token) if a not in actors]
        if not loose and token.lemma_.lower() not in AGENTIVE_NOUNS:
            return self._owners(token) or self._body_antecedent(token)
        if not loose and (found := self._body_antecedent(token)):
            return found
        if loose and (state := self._country_anaphor(token)) is not None:
            return [state]
        if loose and (pair := self._relation_pair(token)):
            return pair
        for child in noun_phrase(token):
            if child.i in self.by_token:
                found = self.by_token[child.i]
                return list(found.members) if found.members else [found.actor]
            # "its forces attacked": the owner acts; but in a target phrase "its withdrawal"
            # points back at the source itself, so possessive pronouns count for subjects only
            if not loose and child.dep_ == "poss" and child.lower_ in PRONOUNS_GROUP | PRONOUNS_PERSON:
                if (antecedent := self._antecedent(child)) is not None:
                    return [antecedent.actor]
        return []

    def _joint_modifiers(self, token: Token, actors: list[Actor]) -> list[Actor]:
        """ "Serbian and Croatian troops": every conjoined modifier names a party, in text order."""
        found: list[tuple[int, Actor]] = []
        head_mention = self.by_token.get(token.i)
        for child in token.children:
            if child.dep_ in {"amod", "compound"} and child.conjuncts:
                for other in (child, *child.conjuncts):
                    if other.i in self.by_token and self.by_token[other.i] is not head_mention:
                        actor = Actor(self.by_token[other.i].actor.country, actors[0].role, self.by_token[other.i].actor.name)
                        found.append((other.i, actor))
        if not found:
            return actors
        found.append((token.i, actors[0]))
        return [actor for _, actor in sorted(found, key=lambda pair: pair[0])] + actors[1:]

    def _acted_on_before(self, pronoun: Token) -> list[Actor]:
        """The object of the verb a participle clause trails ("expelled X's envoy, accusing him",
        "filed a case against X, accusing it"): the object, or the object of its "against"/"on"."""
        clause = pronoun.head
        if pronoun.dep_ != "dobj" or clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < clause.head.i:
            return []
        for child in clause.head.children:
            if child.dep_ == "dobj" and child.i in self.by_token:
                return self._actors(child, loose=True)
            for phrase in (child, *child.children):
                if phrase.dep_ == "prep" and phrase.lower_ in {"against", "on"}:
                    pobj = next((g for g in phrase.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.i in self.by_token:
                        return self._actors(pobj, loose=True)
        return []

    def _conjoined_before(self, pronoun: Token) -> list[Actor]:
        """The last conjunction of actors in the pronoun's sentence ("Chile, Peru and Bolivia")."""
        for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if token.i in self.by_token and token.dep_ != "conj":
                partners = [c for c in token.conjuncts if c.i in self.by_token]
                if partners:
                    return list(dict.fromkeys(self.by_token[t.i].actor for t in sorted([token, *partners])))
        return []

    def _body_antecedent(self, token: Token) -> list[Actor]:
        """ "the group" / "the bloc" with nothing else in its phrase: the last body named before it."""
        if token.lemma_.lower() not in BODY_NOUNS or [c.lower_ for c in token.children] != ["the"]:
            return []
        bodies = [m for m in self.mentions if m.start is not None and m.start < token.idx
                  and m.kind in {"igo", "institution"}]
        return [bodies[-1].actor] if bodies else []

    def _owners(self, token: Token) -> list[Actor]:
        """ "The leaders of Chile, Peru and Bolivia", "a spokesman for Jens Stoltenberg", "a truce between
        Sudan and Chad": the owners or parties act."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return []
        for child in token.children:
            # "a spokesman for Jens Stoltenberg", "a truce between Sudan and Chad held"
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "between"}:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.i in self.by_token:
                    return self._actors(pobj)
        return []

    def _reporter(self, pronoun: Token) -> ActorMention | None:
        """ "Qatar said it would send envoys": the subject of a reported clause is usually the reporter."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return self.by_token.get(subject.i) if subject is not None else None

    def _antecedent(self, pronoun: Token, *, person: bool | None = None) -> ActorMention | None:
        want_person = pronoun.lower_ in PRONOUNS_PERSON if person is None else person
        if pronoun.dep_ == "poss" and (owner := self._clause_subject(pronoun, want_person)) is not None:
            return owner
        best = None
        for mention in self.mentions:
            if mention.start is None:
                continue
            if mention.start >= pronoun.idx:
                break
            if mention.person == want_person and mention.kind != "group":
                best = mention
        return best

    def _country_anaphor(self, token: Token) -> Actor | None:
        """ "sent arms to the war-torn country": a definite "the ... country" (or nation) whose
        phrase names none refers to the last state named by its name before it, in its sentence
        or the one before; capitals and demonyms stand for governments and peoples, not the land."""
        determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
        if token.lemma_.lower() not in COUNTRY_NOUNS or determiners != ["the"] \
                or any(c.i in self.by_token or c.dep_ in {"poss", "prep"} for c in token.children):
            return None
        for earlier in reversed(self.doc[self._previous_sentence_start(token): token.i]):
            if earlier.ent_id_.startswith("state|"):
                return place_actor(earlier)
        return None

    def _relation_pair(self, token: Token) -> list[Actor]:
        """ "Lima's ties with Quito have frayed, but bilateral relations will recover": a relation
        noun whose phrase names no party refers to the last relation named with its parties, in its
        sentence or the one before."""
        if token.lemma_.lower() not in RELATION_NOUNS or any(c.i in self.by_token for c in noun_phrase(token)):
            return []
        for earlier in reversed(self.doc[self._previous_sentence_start(token): token.i]):
            if earlier.lemma_.lower() in RELATION_NOUNS:
                parties = [self.by_token[c.i].actor for c in noun_phrase(earlier) if c.i in self.by_token]
                if parties:
                    return list(dict.fromkeys(parties))
        return []

    def _previous_sentence_start(self, token: Token) -> int:
        sentence = token.sent
        return self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start

    def _clause_subject(self, pronoun: Token, person: bool) -> ActorMention | None:
        """ "Lima is aware of it, a nod to its choice to ...": a possessive pronoun refers to the
        subject of the clause it sits in ("its" = Lima), or to the object that controls an
        infinitive ("urged Quito to end its blockade": its = Quito), before the nearest name. Not
        inside that clause's own subject ("because its navy seized ...") or a gerund after a
        preposition ("accused X of moving its troops"): there the nearest name is surer."""
        clause = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"} or a.dep_ == "ROOT"), None)
        if clause is None or clause.dep_ == "pcomp":
            return None
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if any(pronoun in subject.subtree for subject in subjects):
            return None
        controller = [c for c in clause.head.children if c.dep_ == "dobj"] if clause.dep_ == "xcomp" else []
        for candidate in subjects + controller:
            mention = self.by_token.get(candidate.i)
            if mention is not None and mention.person == person and mention.kind != "group":
                return mention
        return None

    def _is_group(self, token: Token | None) -> bool:
        mention = self.by_token.get(token.i) if token is not None else None
        return mention is not None and bool(mention.members)

    def _is_person(self, actor: Actor) -> bool:
        return any(m.person and m.actor == actor for m in self.mentions)
