"""Who acts and who speaks, for the coder: a verb's subject (followed over coordination,
control, participle and relative clauses), the agent of a passive, the state hosting an
envoy, and the speaker of reported speech. Part of the events stage."""
from __future__ import annotations

from spacy.tokens import Token

from detente.actors import place_actor
from detente.events._mentions import PRONOUNS_GROUP, PRONOUNS_PERSON, SPEAKING_KINDS
from detente.events._modality import IRREALIS_NOUNS, REPORTING_VERBS
from detente.events._syntax import SUBJECT_DEPS
from detente.events._targets import TargetFinder
from detente.records import Actor, ActorMention

# How a noun phrase the writer adds to a clause hangs on it ("..., a nod to its refusal").
ASIDE_DEPS = {"dep", "appos", "npadvmod"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "chargé", "charge", "commissioner", "representative"}


def _held_intention(noun: Token) -> bool:
    """A plan or intention that a verb has ("has no plans to"), not one a possessor owns ("its plan")."""
    return noun.lemma_.lower() in IRREALIS_NOUNS and noun.dep_ in {"dobj", "attr"} \
        and not any(c.dep_ == "poss" for c in noun.children)


class SourceFinder(TargetFinder):
    """Finds sources and speakers on top of the target finder."""

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject, following coordination, control and participle clauses upward."""
        current = verb
        for _ in range(6):
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS:
                    if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                        return current.head  # "the envoy, who arrived on Monday, met ..." -> the envoy
                    return child
            if current.dep_ == "advcl" and current.tag_ in {"VBD", "VBZ", "VBP"} \
                    and (before := self._actor_before(current)) is not None:
                return before  # a finite clause has a subject; the parser hung it elsewhere ("after Lima ordered")
            if current.dep_ in {"conj", "xcomp", "advcl", "acl", "pcomp", "acomp", "attr", "oprd"} \
                    and current.head.i != current.i:
                if current.dep_ == "xcomp" and (controller := next(
                        (c for c in current.head.children if c.dep_ == "dobj"), None)) is not None \
                        and controller.i in self.by_token:
                    return controller  # "prompting Israel to declare him ...": the object acts
                if current.dep_ == "acl" and _held_intention(current.head):
                    current = current.head.head  # "Chile has no intention to extradite": whoever has it
                    continue
                if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN"}:
                    # "Russia, seeking to ..." -> Russia; "its choice not to send troops" -> its
                    return next((c for c in current.head.children if c.dep_ == "poss"), current.head)
                if current.dep_ == "pcomp":  # "choice not to send" hangs under a preposition
                    current = current.head.head
                    if _held_intention(current):
                        current = current.head  # "Lima has no intention of sending": whoever has it
                    continue
                current = current.head
                continue
            if current.dep_ == "relcl":
                return None
            break
        if current.dep_ == "ROOT":
            return self._actor_before(current)
        return None

    def _actor_before(self, verb: Token) -> Token | None:
        """A main verb the parser left without a subject takes the actor just before it:
        after a fronted place ("In Nairobi, the UN envoy praised ...") the
        small model often hangs the real subject on the place name."""
        for token in reversed(verb.sent[: verb.i - verb.sent.start]):
            if token.pos_ in {"VERB", "AUX"}:
                return None
            if token.i in self.by_token:
                return token
        return None

    def _host(self, verb: Token, envoy: Token | None) -> list[Actor]:
        """ "Peru's ambassador to (or in) Quito was expelled", "the envoy was summoned to the foreign
        ministry": an envoy named with no agent is acted on by the state that hosts them."""
        if envoy is None or envoy.lemma_.lower() not in ENVOY_NOUNS:
            return []
        hosts = [c for c in envoy.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}]
        if verb.lemma_.lower() == "summon":
            hosts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        for prep in hosts:
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if place is not None and (actors := self._actors(place, loose=True) or [place_actor(place)]) \
                    and actors[0] is not None:
                return actors[:1]  # "in Seoul" is a place to the actor stage, a host here
        return []

    def _agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _speaker(self, trigger: Token) -> str | None:
        subject = self._sayer(trigger)
        if subject is None:
            return None
        mention = self.by_token.get(subject.i)
        if mention is None and subject.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            mention = self._antecedent(subject, person=subject.lower_ in PRONOUNS_PERSON)
        if mention is not None and mention.person:
            return mention.actor.name or mention.mention
        return self._holder(mention) or self._speaking_body(subject, mention)

    def _sayer(self, trigger: Token) -> Token | None:
        """The subject of the reporting verb the trigger's clause hangs under, if any."""
        current = trigger
        while current.head.i != current.i:
            parent = current.head
            if current.pos_ == "NOUN" and current.dep_ in ASIDE_DEPS and parent.pos_ in {"VERB", "AUX"}:
                return None  # "..., a clear nod to its choice not to ...": the writer's aside, not the sayer's
            if parent.lemma_ in REPORTING_VERBS and current.dep_ in {"ccomp", "conj", "advcl", "parataxis", "xcomp"}:
                return self._subject(parent)  # "..., saying Tehran had refused": the sayer of the clause above
            current = parent
        return None

    def _holder(self, mention: ActorMention | None) -> str | None:
        """The person a singular title stands for when the story names them with it elsewhere:
        a lede's "the country's top trade negotiator said" and a later "Trade Negotiator X"."""
        if mention is None or mention.person or not mention.rule.startswith("role:") or mention.start is None:
            return None
        if self.doc.char_span(mention.start, mention.end, alignment_mode="expand")[-1].tag_ == "NNS":
            return None  # "officials" stand for no one person
        role = mention.rule.removeprefix("role:").split("+")[0].removesuffix(" in context")
        holders = [m for m in self.mentions if m.person and m.start is not None
                   and m.actor.country == mention.actor.country
                   and any(part.startswith("title:") and part.removeprefix("title:").lower().endswith(role)
                           for part in m.rule.split("+"))]
        earlier = [m for m in holders if m.start < mention.start]
        holder = earlier[-1] if earlier else holders[0] if holders else None
        return holder.actor.name if holder is not None else None

    def _speaking_body(self, subject: Token, mention: ActorMention | None) -> str | None:
        """A named body that reports ("the foreign ministry said"); not a bare state or capital
        (devset README, convention 12)."""
        if mention is None:
            mention = self.by_token.get(subject.i)
        if mention is not None and not mention.person and mention.kind in SPEAKING_KINDS \
                and mention.actor.role != "CVL":  # police and ministries speak; "analysts" are no named body
            return mention.mention
        return None
