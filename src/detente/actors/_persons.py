"""Rules for people: titles, appositions, the dated registry, bylines and lone surnames.
Part of the actors stage; the resolver (``_resolve._Resolver``) builds on it and provides
``doc``, ``article``, ``date``, ``mentions``, ``by_token``, ``people``, ``unknown_people``,
``role_actors``, ``entity_length``, ``_add`` and ``_context_country``."""
from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors._dictionaries import read_roles
from detente.actors._people import KIN_NOUNS, LEADER_NOUNS, name_start, origin_demonym, principal_tokens
from detente.actors._registry import registry_actor, surname_actor
from detente.records import Actor, ActorMention

# How far back (tokens) a country modifier may sit before a role noun in one noun phrase:
# "Brazil's outgoing chief climate negotiator" puts 4 tokens between; also how far an
# apposition after a name is read.
MAX_MODIFIER_GAP = 5
# Parts of speech inside an apposition after a name ("X, the bank's former chief economist,").
NOUN_PHRASE_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"}


class PersonRules:
    """How a person mention gets its actor, in order: a title with a country, an apposition,
    the registry, a demonym before the name, a title named earlier with its country, the
    sentence's place, the byline, an earlier full name, the registry by surname; else unknown."""

    def _add_person(self, ent: Span, titled: tuple[Actor, Span] | None) -> None:
        text = ent.text.removesuffix("'s").removesuffix("’s").strip()
        registry = registry_actor(ent.ent_id_.split("|")[3] if ent.ent_id_ else text, self.date, written=text)
        appositive = self._appositive_role(ent, registered=registry is not None)
        if titled is not None and titled[0].country:
            actor = Actor(titled[0].country, titled[0].role, text)
            kind, rule = "person_title", f"title:{titled[1].text}"
        elif appositive is not None:
            actor = Actor(appositive.country, appositive.role, text)
            kind, rule = "person_title", f"appositive:{appositive.name}"
        elif registry is not None:
            (actor, rule), kind = registry, "person_registry"
        elif (origin := origin_demonym(ent)) is not None:  # "the Ghanaian Kwame Mensah": a private person
            ent = self.doc[name_start(ent):ent.end]
            text = ent.text.removesuffix("'s").removesuffix("’s").strip()
            country = origin.ent_id_.split("|")[1]
            actor, kind, rule = Actor(country, "CVL", text), "person_title", f"demonym:{origin.text}"
        elif titled is not None and (composed := self.role_actors.get(titled[1].text.lower())) is not None:
            # "summoned Russia's ambassador ... called in Ambassador X": the title's last country
            actor = Actor(composed.country, titled[0].role, text)
            kind, rule = "person_title", f"title:{titled[1].text}+earlier:{composed.name}"
        elif titled is not None and text not in self.unknown_people \
                and (by_surname := surname_actor(text, self.date)) is not None \
                and by_surname[0].role == titled[0].role:
            (actor, rule), kind = by_surname, "person_registry"  # "President Yoon" in 2024, wherever the story is
        elif titled is not None and (place := self._context_country(ent)):
            actor = Actor(place.country, titled[0].role, text)  # "In Lima, Foreign Minister X"
            kind, rule = "person_title", f"title:{titled[1].text}+place:{place.name}"
        elif self._is_author(text) and self.article.outlet_country:
            actor = Actor(self.article.outlet_country, "MED", text)
            kind, rule = "author", f"author of {self.article.outlet or 'the article'}"
        elif (earlier := self._earlier_person(text)) is not None:
            actor, kind, rule = earlier.actor, "surname", f"surname:{earlier.mention}"
        elif text not in self.unknown_people and (by_surname := surname_actor(text, self.date)) is not None:
            (actor, rule), kind = by_surname, "person_registry"  # "Trump said" in 2019
        else:
            for part in text.replace("-", " ").split():
                self.unknown_people.add(part)
            return  # unknown people stay unknown: no guessing a country
        mention = self._add(ent, actor, kind, rule, person=True)
        if kind != "surname" and mention is not None:
            for part in text.replace("-", " ").split():
                self.people.setdefault(part, mention)
            self.people.setdefault(text, mention)

    def _appositive_role(self, ent: Span, *, registered: bool) -> Actor | None:
        """The actor an apposition gives a person: "Choi Mi-rae, Seoul's chief trade negotiator,
        arrived", "Jordan's king, Abdullah II, hosted", "Silva, an envoy of Lula". A role
        resolved only from context does not override the registry (``registered``)."""
        linked = [c for c in ent.root.children if c.dep_ == "appos"]
        if ent.root.dep_ == "appos":
            linked.append(head := ent.root.head)
            if head.dep_ == "pobj" and head.head.lower_ == "of":
                linked.append(head.head.head)  # "the chief of X's missile unit, Y": the parse ties Y to "unit"
        if ent.end + 1 < len(self.doc) and self.doc[ent.end].text == ",":
            # "Ana Silva, deputy chief of ...": the parse often misses the apposition
            for token in self.doc[ent.end + 1:ent.end + 1 + MAX_MODIFIER_GAP]:
                if token.pos_ not in NOUN_PHRASE_TAGS:
                    break  # the apposition ended: "X, in Lagos. Troops fired" has none
                if token.pos_ == "NOUN" and (token.lower_ in read_roles() or token.lower_ in KIN_NOUNS | LEADER_NOUNS):
                    linked.append(token)
                    break
        for token in linked:
            mention = self.by_token.get(token.i)
            if mention is not None and mention.kind == "role_noun":
                return mention.actor
            if mention is not None and mention.kind == "role_context" and not registered \
                    and mention.mention.lower() in self.role_actors:
                # "X, the ministry's deputy director,": the title was named with its country before;
                # a role given only the story's country ("X, a student,") is no evidence
                return mention.actor
            principal = self._principal(token)
            if principal is None:
                continue
            if token.lower_ in KIN_NOUNS:  # "X, the nephew of President Y": a private person
                return Actor(principal.country, "CVL", principal.name)
            if token.lower_ in LEADER_NOUNS:  # "X, the chief of Egypt's navy" holds the navy's role
                return Actor(principal.country, principal.role or "GOV", principal.name)
            if token.lower_ in read_roles():  # "X, an aide to President Y" keeps the aide's role
                role = read_roles()[token.lower_][0]
                if role == "GOV" and principal.role not in {None, "GOV"}:
                    role = principal.role  # a spokesman of an armed group speaks for rebels, not a government
                return Actor(principal.country, role, principal.name)
        return None

    def _principal(self, role: Token) -> Actor | None:
        """The person or body a role serves: "an envoy of Lula", "an adviser of Erdogan",
        "director of the Interior Ministry", "the chief of Egypt's navy"."""
        for token in principal_tokens(role):
            found = self.by_token.get(token.i)
            if found is not None and found.actor.country:
                return found.actor
            if token.pos_ == "PROPN" and (by_surname := surname_actor(token.text, self.date)) is not None:
                return by_surname[0]
        return None

    def _add_byline_authors(self) -> None:
        """Reporters named only in the byline are media actors of the outlet's country, with no span."""
        country = self.article.outlet_country
        named = {m.mention.lower() for m in self.mentions}
        for author in self.article.authors:
            if country and author.lower() not in named:
                self.mentions.append(ActorMention(self.article_id, author, None, None, Actor(country, "MED", author),
                                                  "author", f"byline of {self.article.outlet or 'the article'}", True))

    def _is_author(self, name: str) -> bool:
        return any(name.lower() == author.lower() for author in self.article.authors)

    def _add_missed_surnames(self) -> None:
        """The small NER model misses many lone surnames ("Marsudi said"); catch those of people named earlier."""
        for token in self.doc:
            if not (token.pos_ == "PROPN" or token.is_title and token.pos_ == "NOUN") \
                    or token.i in self.by_token or token.ent_id_ or self._in_full_name(token):
                continue
            earlier = self.people.get(token.text)
            if earlier is not None and earlier.start < token.idx:
                self._add(self.doc[token.i:token.i + 1], earlier.actor, "surname", f"surname:{earlier.mention}", person=True)
            elif self._stands_alone(token) and token.text not in self.unknown_people \
                    and (by_surname := surname_actor(token.text, self.date)):
                actor, rule = by_surname  # "called Trump a criminal" in 2018
                self._add(self.doc[token.i:token.i + 1], actor, "person_registry", rule, person=True)

    def _in_full_name(self, token: Token) -> bool:
        """A part of a longer name the person rules already judged: the "Kim" of an unknown
        "Kim Min-su" is not the Kim named earlier."""
        return token.ent_type_ == "PERSON" and self.entity_length.get(token.i, 0) > 1

    def _stands_alone(self, token: Token) -> bool:
        """A word that can be a lone surname: not a date, and not inside a longer name that is
        no person's ("the Rule of Law" is not a person named Law)."""
        if token.i > 0 and self.doc[token.i - 1].lower_ == "the":
            return False  # "the Rule of Law", "the Moon": a person is not "the Law"
        if token.ent_type_ in {"", "PERSON"}:
            return True
        if token.ent_type_ in {"DATE", "TIME"}:
            return False
        return self.entity_length.get(token.i, 1) == 1

    def _earlier_person(self, text: str) -> ActorMention | None:
        if text in self.people:
            return self.people[text]
        parts = text.split()
        if len(parts) == 1:
            return self.people.get(parts[0])
        return None
