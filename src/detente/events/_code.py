"""The dependency-based CAMEO coder (``rules.v1``).

For every verb (or predicative adjective) whose lemma has patterns in verbs.tsv, the
most specific matching pattern gives the CAMEO code; the subject (propagated over
coordinated verbs, control verbs and participle clauses) gives the source, the
pattern's slots (direct object, a preposition's object) give the target; passives
swap them. Flags come from the verb's own auxiliaries and negation and from the
verbs it hangs under; the speaker from the reporting verb it hangs under.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from detente.actors import place_actor
from detente.events._conventions import (
    ACCUSER_FREE_CODES,
    ADDRESSED_ROOTS,
    CLAUSE_TARGET_CODES,
    CLAUSE_TARGET_ROOTS,
    PLACE_TARGET_CODES,
    PLACE_TARGET_ROOTS,
    TWO_PARTY_ROOTS,
    UNADDRESSED_ROOTS,
    UNTARGETED_CODES,
    VERBAL_ROOTS,
    aid_kind,
    dedupe,
    is_joint,
    is_unnamed,
    same_side,
)
from detente.events._dictionary import NO_EVENT, Pattern, code_info, read_nouns, read_patterns
from detente.events._modality import (
    IRREALIS_NOUNS,
    REPORTING_VERBS,
    has_aux,
    inside_another_act,
    intent_code,
    is_hypothetical,
    is_negated,
    refusal_code,
)
from detente.events._syntax import SUBJECT_DEPS, is_predicate, nearby_lemmas, noun_phrase
from detente.records import Actor, ActorMention, Event

CODER = "rules.v1"
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"it", "they", "them", "its", "their"}
# Nouns that name an earlier act, and the verbs that report such acts: "welcomed the ruling"
# points at whoever ruled, "spurned the proposal" at whoever proposed.
ACT_NOUNS = {
    "ruling": {"rule", "find"}, "verdict": {"rule", "find", "convict"}, "judgment": {"rule", "find"},
    "award": {"rule", "award"}, "decision": {"rule", "decide", "find"},
    "offer": {"offer", "propose"}, "proposal": {"propose", "offer", "suggest"},
    "expulsion": {"expel", "order"}, "seizure": {"seize", "capture"}, "arrest": {"arrest", "detain"},
    "detention": {"arrest", "detain"}, "attack": {"attack", "strike", "bomb", "fire"},
    "strike": {"strike", "attack", "bomb", "fire", "launch"}, "sanction": {"impose", "sanction"},
    "accusation": {"accuse", "blame"}, "allegation": {"accuse", "allege", "blame"},
}
# Verbs that carry an event told as their object's noun (events/data/nouns.tsv);
# "stag" is how the small model lemmatises "staged".
LIGHT_VERBS = {"hold", "stage", "stag", "launch", "begin", "start", "open", "conduct", "carry", "complete", "resume",
               "renew", "mount", "organize", "organise", "wrap", "kick", "order", "announce", "impose",
               "declare", "file", "bring", "reach", "conclude", "continue", "intensify", "step", "escalate",
               "call", "host", "make", "pay", "undertake", "initiate", "wage", "lodge"}
# Verbs that characterise something ("terming the vote a farce", "describing the raid as lawful").
NAMING_VERBS = {"call", "describe", "term", "brand", "label", "dub"}
FORCE_ROOTS = {"18", "19", "20"}
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "assault",
                "operation", "offensive", "ambush"}
# Clauses that tell their own event: a party named only there is not the trigger's.
CLAUSE_DEPS = {"relcl", "conj", "parataxis"}
PARTICLES = {"for", "on", "to", "with", "against", "from", "by", "in", "into", "out", "up", "down", "off", "over",
             "behind", "about", "away", "back"}
MEASURE_NOUNS = {"week", "day", "month", "series", "round", "wave", "spate", "string", "number", "couple", "set"}
# Mention kinds that name a body able to make a statement.
SPEAKING_KINDS = {"role_noun", "role_context", "institution", "igo", "seat"}
# Heads whose owner acts for them: "the Japanese side said", "Syrian government aircraft bombed".
AGENTIVE_NOUNS = {"side", "government", "delegation", "team", "camp", "authority", "authorities", "force",
                  "forces", "aircraft", "jet", "warplane", "warship", "drone", "navy", "military", "army",
                  "troop", "leadership", "regime", "administration", "negotiator", "officials", "official",
                  "movement", "group", "militia", "coalition", "alliance", "organisation", "organization",
                  "party", "faction", "branch", "wing", "bloc"}
# "The group said", "the bloc agreed": a bare definite body noun refers back to the last
# international body, institution or armed group named.
BODY_NOUNS = {"group", "movement", "militia", "bloc", "alliance", "organisation", "organization", "council",
              "coalition", "agency", "court", "tribunal", "commission", "body", "union"}
# Dependency labels of a verb's objects ("called Trump a criminal" parses Trump as oprd).
OBJECT_DEPS = {"dobj": {"dobj", "oprd"}, "iobj": {"dative", "iobj"}}
# Prepositions whose object is the target when the pattern's own slots find none.
GENERIC_TARGET_PREPOSITIONS = ("with", "on", "against", "to", "at", "into", "toward", "towards", "for", "over", "by")


def code_sentences(doc: Doc, mentions: list[ActorMention], *, article_id: str) -> list[Event]:
    """Code the events of every sentence of ``doc``."""
    coder = _Coder(doc, mentions, article_id)
    events: list[Event] = []
    for sentence in doc.sents:
        events.extend(dedupe(list(coder.code_sentence(sentence))))
    return events


def _one_per_country(actors: list[Actor | None]) -> list[Actor | None]:
    """The first-named actor of each country (a null actor stays)."""
    seen: set[str | None] = set()
    kept = []
    for actor in actors:
        if actor is None or actor.country not in seen:
            kept.append(actor)
        if actor is not None:
            seen.add(actor.country)
    return kept


class _Coder:
    def __init__(self, doc: Doc, mentions: list[ActorMention], article_id: str) -> None:
        self.doc = doc
        self.article_id = article_id
        self.patterns = read_patterns()
        self.nouns = read_nouns()
        self.acts: list[tuple[str, Actor]] = []  # (trigger lemma, source) of the events coded so far
        self.mentions = mentions
        self.by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            if mention.start is None:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                self.by_token[token.i] = mention

    def code_sentence(self, sentence: Span) -> Iterator[Event]:
        matched = {token.i: pattern for token in sentence if (pattern := self._match(token)) is not None}
        coded: list[tuple[str, Actor]] = []
        for i, pattern in matched.items():
            if inside_another_act(self.doc[i], matched):
                continue  # "urged Qatar to sit down", "demanded that Ankara free him": the outer act is the event
            if self._elaborates(self.doc[i], matched):
                continue
            doers = []
            for event in self._events(sentence, self.doc[i], pattern):
                if event.source is not None:
                    doers.append(event.source)
                yield event
            if doers:  # several doers acting together: the first-named stands for them
                coded.append((self.doc[i].lemma_.lower(), doers[0]))
        self.acts.extend(coded)  # after the sentence: an act refers back to earlier sentences only

    def _elaborates(self, token: Token, matched: dict[int, Pattern]) -> bool:
        """ "dismissed the report, branding it propaganda", "shelled the market, wounding dozens":
        a trailing participle that names the act or tells its outcome is part of the coded act
        before it; after an act that did not happen ("may recall its consul, describing ...") it
        is the act. Other participles are acts of their own ("closed the border, blaming Minsk")."""
        head = token.head
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i < head.i or head.i not in matched:
            return False
        naming = token.lemma_.lower() in NAMING_VERBS
        outcome = {matched[token.i].cameo[:2], matched[head.i].cameo[:2]} <= FORCE_ROOTS
        return (naming or outcome) and not (is_negated(head) or is_hypothetical(head, matched[head.i]))

    # --- matching ------------------------------------------------------------
    def _match(self, token: Token) -> Pattern | None:
        if not is_predicate(token):
            return None
        candidates = self.patterns.get(token.lemma_.lower()) or self.patterns.get(token.lower_) or ()
        words = nearby_lemmas(token)
        # a particle or preposition must hang on the verb itself: "called the truce fragile for
        # a week" is no "call for"
        transitive = any(c.dep_ == "dobj" for c in token.children)
        fitting = [p for p in candidates
                   if all(word in words and (word not in PARTICLES or words[word] == 1) for word in p.requires)
                   and not (transitive and "intransitive" in p.flags)]
        # the most specific row; among as specific ones, the one whose words sit closest
        verbal = min(fitting, key=lambda p: (-len(p.requires), sum(words[w] for w in p.requires)), default=None)
        if verbal is not None and verbal.requires:
            return None if verbal.cameo == NO_EVENT else verbal
        # "held talks with", "staged a rally against": the event is the light verb's object
        return self._nominal(token) or verbal

    def _nominal(self, verb: Token) -> Pattern | None:
        if verb.lemma_.lower() not in LIGHT_VERBS or any(c.dep_ == "oprd" for c in verb.children):
            return None  # "called the raid a crime" names the raid; it does not stage one
        for noun in verb.children:
            if noun.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if noun.lemma_.lower() in MEASURE_NOUNS:  # "a month of exercises", "a new round of talks"
                noun = next((g for c in noun.children if c.lower_ == "of" for g in c.children), noun)
            modifiers = {c.lemma_.lower() for c in noun.children}
            for required, pattern in self.nouns.get(noun.lemma_.lower(), ()):
                if all(word in modifiers for word in required):
                    return pattern
        return None

    # --- events --------------------------------------------------------------
    def _events(self, sentence: Span, trigger: Token, pattern: Pattern) -> Iterator[Event]:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)
        subject = self._subject(trigger)
        subjects = self._actors(subject)
        # "termed the detentions an insult to Polish law": an object naming an earlier act
        # points at its doer before any actor named further along the phrase
        if pattern.cameo[:3] in ACCUSER_FREE_CODES:
            targets = self._accuser(trigger)
        else:
            targets = self._earlier_act_source(trigger, bare=True) or \
                self._target_actors(trigger, pattern, fallback=len(subjects) < 2 or not is_joint(pattern))
        if passive:
            agent = self._agent(trigger)
            if "swap" not in pattern.flags:
                subjects, targets = self._actors(agent), (self._actors(subject, loose=True) or targets)
                if agent is None:
                    subjects = self._attacker(trigger)
                if not subjects and targets and (agent is None or is_unnamed(agent)):
                    subjects = [None]  # agentless passive: "sailors were detained" has no named source
        elif "swap" in pattern.flags:
            subjects, targets = targets, subjects
        if len(subjects) >= 2 and not targets and (self._is_group(subject) or is_joint(pattern)):
            subjects, targets = subjects[:1], subjects[1:2]  # "the two sides met", "Chile and Peru signed"
        if not targets and pattern.cameo[:3] not in ACCUSER_FREE_CODES:
            targets = self._target_actors(trigger, pattern)
        if pattern.cameo in UNTARGETED_CODES:
            targets = []
        elif not targets and (pattern.cameo[:2] in PLACE_TARGET_ROOTS or pattern.cameo in PLACE_TARGET_CODES):
            targets = self._place_target(trigger)
        if not targets and pattern.cameo[:3] not in ACCUSER_FREE_CODES:
            targets = self._earlier_act_source(trigger)
        if not subjects and subject is not None and is_unnamed(subject) and targets:
            subjects = [None]  # "Drones struck the plant", "gunmen killed": the text names no agent
        if not subjects and not passive:
            # a subject naming no actor is often a misparse: "the deal as Blinken met Wang"
            subjects = [a for a in self._actors(self._actor_before(trigger)) if a not in targets]
        if not subjects:
            return
        negated = is_negated(trigger) and "negative" not in pattern.flags
        hypothetical = is_hypothetical(trigger, pattern)
        cameo = intent_code(pattern.cameo) if hypothetical and not negated else pattern.cameo
        cameo = aid_kind(cameo, nearby_lemmas(trigger))
        refusal = refusal_code(cameo)
        pending = any(c.lower_ == "yet" for c in trigger.children)  # "have not yet withdrawn" is no refusal
        if negated and refusal and not pending and (not hypothetical or has_aux(trigger, {"can", "could", "ca"})):
            # "is not happy with Hanoi" is disapproval, "did not accept the verdict" a rejection,
            # "could not agree to ease the embargo" a refusal: CAMEO codes the negative act itself
            cameo, negated, hypothetical = refusal, False, False
        info = code_info(cameo)
        speaker = self._speaker(trigger)
        # "the navy and the coast guard of Peru searched", "fined a Danish firm and two Danish
        # managers": one act of one state, on one state
        subjects, targets = _one_per_country(subjects), _one_per_country(targets)
        for source in subjects:
            # An actor acting on itself is no target ("Lima denied rumours of Peruvian
            # involvement"); police arresting dissidents of their own country stays.
            others = [t for t in targets if not same_side(source, t)]
            if not others and info.root not in UNADDRESSED_ROOTS and cameo not in ACCUSER_FREE_CODES | UNTARGETED_CODES:
                others = self._sentence_party(trigger, source)
            if not others and pattern.cameo[:2] in TWO_PARTY_ROOTS:
                continue  # "Brazil will host next year's games": no guest, no consultation
            for target in others or [None]:
                spoken = speaker
                if spoken is None and info.root in VERBAL_ROOTS and source and self._is_person(source):
                    spoken = source.name  # a person's own statement: "Biden condemned the killing"
                yield Event(
                    article_id=self.article_id, sentence=sentence.text.strip(), start=sentence.start_char,
                    end=sentence.end_char, source=source, target=target,
                    cameo=cameo, root=info.root, quad=info.quad, goldstein=info.goldstein,
                    negated=negated, hypothetical=hypothetical, speaker=spoken, trigger=trigger.text, coder=CODER,
                )

    def _sentence_party(self, trigger: Token, source: Actor | None) -> list[Actor]:
        """The party a sentence names beside an act whose parse tied no target to it: the first
        one after the trigger (objects follow verbs), else the last one before it. Whole-
        sentence context only; earlier sentences guessed worse than leaving the target out."""
        sentence = trigger.sent
        before: list[Actor] = []
        for mention in self.mentions:
            if mention.start is None or not sentence.start_char <= mention.start < sentence.end_char:
                continue
            if mention.members or mention.kind == "demonym" or not mention.actor.country:
                continue  # a bare adjective ("Syrian territory") names no party
            if source is not None and mention.actor.country == source.country:
                continue
            last = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")[-1]
            if not self._in_clause_of(last, trigger):
                continue
            if mention.start >= trigger.idx:
                return [mention.actor]
            before.append(mention.actor)
        return before[-1:]

    def _in_clause_of(self, token: Token, trigger: Token) -> bool:
        """Whether ``token`` sits in the trigger's clause or a clause above it, not in a relative or
        coordinated clause of its own ("deplored the ambush, which struck near a Dutch patrol",
        "deplored the ambush and said Oslo would send medics")."""
        ancestors = {trigger.i, *(a.i for a in trigger.ancestors)}
        current = token
        while current.head.i != current.i:
            if current.i in ancestors:
                return True
            if current.dep_ in CLAUSE_DEPS and current.pos_ in {"VERB", "AUX"}:
                return False
            current = current.head
        return current.i in ancestors

    def _is_group(self, token: Token | None) -> bool:
        mention = self.by_token.get(token.i) if token is not None else None
        return mention is not None and bool(mention.members)

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject, following coordination, control and participle clauses upward."""
        current = verb
        for _ in range(6):
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS:
                    if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                        return current.head  # "the envoy, who arrived on Monday, met ..." -> the envoy
                    return child
            if current.dep_ in {"conj", "xcomp", "advcl", "acl", "pcomp", "acomp", "attr", "oprd"} \
                    and current.head.i != current.i:
                if current.dep_ == "acl" and current.head.lemma_.lower() in IRREALIS_NOUNS \
                        and current.head.dep_ in {"dobj", "attr"} \
                        and not any(c.dep_ == "poss" for c in current.head.children):
                    current = current.head.head  # "Chile has no intention to extradite": whoever has it
                    continue
                if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN"}:
                    return current.head  # "Russia, seeking to ..." -> Russia
                if current.dep_ == "pcomp":  # "choice not to send" hangs under a preposition
                    current = current.head.head
                    continue
                current = current.head
                continue
            if current.dep_ == "relcl":
                return None
            break
        # "its choice not to send troops": the possessor of the governing noun acts
        if current.dep_ in {"acl"} and current.head.pos_ == "NOUN":
            for child in current.head.children:
                if child.dep_ == "poss":
                    return child
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

    def _agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _accuser(self, trigger: Token) -> list[Actor]:
        """A denial's target is only an accuser named as such: "rejected an accusation by Lima"
        (devset README, convention 14); "denied the Peruvian claims" names none."""
        for obj in trigger.children:
            if obj.dep_ == "dobj":
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                        return self._actors(next((g for g in prep.children if g.dep_ == "pobj"), None))
        return []

    def _attacker(self, verb: Token) -> list[Actor]:
        """ "three guards were wounded in an Israeli raid": an agentless passive names its
        agent in the attack it sits in."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ATTACK_NOUNS:
                        return self._actors(pobj, loose=True)
        return []

    def _target_actors(self, trigger: Token, pattern: Pattern, *, fallback: bool = True) -> list[Actor]:
        """The target: first from the pattern's slots, then (``fallback``) from where news
        language puts it. A slot's whole noun phrase counts, so "expelled North Korea's
        ambassador" targets North Korea.
        """
        hosts = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "xcomp"} and c.pos_ != "ADP"]
        # "promised to deepen trade with Laos": the object of a complement verb holds the target too
        hosts += [g for c in hosts[1:] if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
        if any(c.dep_ in {"prt", "prep"} and not list(c.children) for c in trigger.children):
            # "shot at and sank a smuggling dhow": a stranded preposition shares the next verb's object
            hosts += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # "the loans Kenya obtained": the noun a relative clause hangs on is its object
        relative_object = self._actors(trigger.head, loose=True) if trigger.dep_ == "relcl" else []
        slots = pattern.target
        if fallback:
            # "expelled Russian diplomats", "shelled positions on the Syrian side",
            # "ready for talks with Serbia", "endorsed the raid by Paris"
            slots = (*slots, "dobj", *GENERIC_TARGET_PREPOSITIONS)
        for k, slot in enumerate(slots):
            if slot == "dobj" and k < len(pattern.target) and relative_object:
                return relative_object  # after the pattern's own slots: "the unrest Quito pinned on X"
            for host in hosts:
                for child in host.children:
                    # "allowed inspectors to visit": the subject of the complement is the object
                    controlled = host is not trigger and child.dep_ == "nsubj" and slot == "dobj"
                    if slot in {"dobj", "iobj"} and (child.dep_ in OBJECT_DEPS[slot] or controlled):
                        if actors := self._actors(child, loose=True):
                            return actors
                    if child.dep_ in {"prep", "dative"} and child.lower_ == slot:
                        pobj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
                        if actors := self._actors(pobj, loose=True):
                            return actors
        if fallback and (pattern.cameo[:3] in CLAUSE_TARGET_CODES or pattern.cameo[:2] in CLAUSE_TARGET_ROOTS):
            # "was hopeful Oslo and Bogota can revive talks": a comment, intent or threat is about
            # the actors of its clause; the first two, since the speaker's own side is often
            # named first (and then skipped)
            for child in trigger.children:
                if child.dep_ in {"ccomp", "xcomp"}:
                    found = [self.by_token[t.i].actor for t in child.subtree if t.i in self.by_token]
                    if found:
                        return list(dict.fromkeys(found))[:2]
        if fallback and pattern.cameo[:2] in ADDRESSED_ROOTS:
            # "demanded that Ankara lift the ban": the demand is addressed to Ankara
            for child in trigger.children:
                if child.dep_ == "ccomp":
                    subject = next((g for g in child.children if g.dep_ in SUBJECT_DEPS), None)
                    if actors := self._actors(subject):
                        return actors
        return []

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
        # As a target, "it" and "them" are mostly things ("called it a one-time shot"); people are not.
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
            return self._joint_modifiers(token, actors) + [a for a in self._owners(token) if a not in actors]
        if not loose and token.lemma_.lower() not in AGENTIVE_NOUNS:
            return self._owners(token) or self._body_antecedent(token)
        if not loose and (found := self._body_antecedent(token)):
            return found
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

    def _earlier_act_source(self, trigger: Token, *, bare: bool = False) -> list[Actor]:
        """ "Lima welcomed the verdict", "she spurned the proposal": an object that names an
        earlier act (a ruling, an offer, the expulsions) points at whoever did it. ``bare``:
        only an object with nothing but a determiner ("the seizure")."""
        for child in trigger.children:
            if child.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if bare and any(c.dep_ != "det" for c in child.children):
                continue
            verbs = ACT_NOUNS.get(child.lemma_.lower())
            if verbs and not any(c.dep_ == "poss" or c.i in self.by_token for c in child.subtree if c is not child):
                for lemma, source in reversed(self.acts):
                    if lemma in verbs:
                        return [source]
        return []

    def _place_target(self, trigger: Token) -> list[Actor]:
        """The state of a place named after "in"/"to"/"on" under the trigger or its object."""
        hosts = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        for host in hosts:
            for token in noun_phrase(host) if host is not trigger else trigger.subtree:
                if token.dep_ == "pobj" and token.head.lower_ in {"in", "to", "on", "into", "over"}:
                    if (actor := place_actor(token)) is not None:
                        return [actor]
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
        best = None
        for mention in self.mentions:
            if mention.start is None:
                continue
            if mention.start >= pronoun.idx:
                break
            if mention.person == want_person and mention.kind != "group":
                best = mention
        return best

    def _speaker(self, trigger: Token) -> str | None:
        current = trigger
        while current.head.i != current.i:
            parent = current.head
            if parent.lemma_ in REPORTING_VERBS and current.dep_ in {"ccomp", "conj", "advcl", "parataxis", "xcomp"}:
                subject = self._subject(parent)  # "..., saying Tehran had refused": the sayer of the clause above
                if subject is None:
                    return None
                mention = self.by_token.get(subject.i)
                if mention is None and subject.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
                    mention = self._antecedent(subject, person=subject.lower_ in PRONOUNS_PERSON)
                if mention is not None and mention.person:
                    return mention.actor.name or mention.mention
                return self._speaking_body(subject, mention)
            current = parent
        return None

    def _speaking_body(self, subject: Token, mention: ActorMention | None) -> str | None:
        """A named body that reports ("the foreign ministry said"); not a bare state or capital
        (devset README, convention 12)."""
        if mention is None:
            mention = self.by_token.get(subject.i)
        if mention is not None and not mention.person and mention.kind in SPEAKING_KINDS \
                and mention.actor.role != "CVL":  # police and ministries speak; "analysts" are no named body
            return mention.mention
        return None

    def _is_person(self, actor: Actor) -> bool:
        return any(m.person and m.actor == actor for m in self.mentions)


