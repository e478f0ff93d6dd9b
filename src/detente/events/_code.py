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
    TWO_PARTY_ROOTS,
    UNADDRESSED_ROOTS,
    UNTARGETED_CODES,
    VERBAL_ROOTS,
    aid_kind,
    appeal_code,
    dedupe,
    demand_code,
    is_joint,
    is_unnamed,
    same_side,
    threat_code,
)
from detente.events._dictionary import NO_EVENT, Pattern, code_info, read_nouns, read_patterns
from detente.events._modality import (
    REPORTING_VERBS,
    has_aux,
    inside_another_act,
    intent_code,
    is_denied,
    is_hypothetical,
    is_negated,
    refusal_code,
)
from detente.events._syntax import SUBJECT_DEPS, is_predicate, nearby_lemmas, own_clause
from detente.events._sources import SourceFinder
from detente.records import Actor, ActorMention, Event

CODER = "rules.v1"
# Verbs that carry an event told as their object's noun (events/data/nouns.tsv);
# "stag" is how the small model lemmatises "staged".
LIGHT_VERBS = {"hold", "stage", "stag", "launch", "begin", "start", "open", "conduct", "carry", "complete", "resume",
               "renew", "mount", "organize", "organise", "wrap", "kick", "order", "announce", "impose",
               "declare", "file", "bring", "reach", "conclude", "continue", "intensify", "step", "escalate",
               "call", "host", "make", "pay", "undertake", "initiate", "wage", "lodge"}
# Verbs that characterise something ("terming the vote a farce", "describing the raid as lawful").
NAMING_VERBS = {"call", "describe", "term", "brand", "label", "dub"}
FORCE_ROOTS = {"18", "19", "20"}
THREAT_ROOT = "13"
MEETING, VISIT, THIRD_PLACE_MEETING = "040", "042", "044"
GENERIC_INTENT, GENERIC_APPEAL, GENERIC_DEMAND, GENERIC_THREAT = "030", "020", "100", "130"
COOPERATION_ROOTS = {"04", "05", "06", "07", "08"}  # acts whose promise has its own intent code
PARTICLES = {"for", "on", "to", "with", "against", "from", "by", "in", "into", "out", "up", "down", "off", "over",
             "behind", "about", "away", "back"}
# Nouns that carry a request spelled out by a clause: demands (CAMEO 10) and appeals (02).
DEMAND_NOUNS = {"demand", "ultimatum", "insistence"}
REQUEST_NOUNS = DEMAND_NOUNS | {"call", "appeal", "request", "plea"}
# Verbs that report what another party must do.
OBLIGATION_REPORTERS = REPORTING_VERBS | {"declare", "conclude"}
MEASURE_NOUNS = {"week", "day", "month", "series", "round", "wave", "spate", "string", "number", "couple", "set"}


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


def _is_audience(source: Actor | None, target: Actor) -> bool:
    """The press, or the source's own public: who hears a statement rather than a party consulted."""
    return target.role == "MED" or (target.role == "CVL" and source is not None and target.country == source.country)


def _reporter_of_must(verb: Token) -> Token | None:
    """The reporting verb of a clause of obligation: "said (that) Peru must leave" or
    "Peru must leave, Chile said"."""
    if not any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_ in OBLIGATION_REPORTERS:
        return verb.head
    return next((c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ in OBLIGATION_REPORTERS),
                None)


def _request_noun(verb: Token) -> Token | None:
    """The demand or call a clause spells out: "its demand that Israel ease ...", "a call for
    Peru to free ..."; only a clause with a subject of its own names whom it asks."""
    noun = verb.head
    if verb.dep_ in {"acl", "advcl", "ccomp"} and noun.pos_ == "NOUN" and noun.lemma_.lower() in REQUEST_NOUNS \
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return noun
    return None


class _Coder(SourceFinder):
    def __init__(self, doc: Doc, mentions: list[ActorMention], article_id: str) -> None:
        super().__init__(doc, mentions)
        self.article_id = article_id
        self.patterns = read_patterns()
        self.nouns = read_nouns()

    def code_sentence(self, sentence: Span) -> Iterator[Event]:
        matched = {token.i: pattern for token in sentence if (pattern := self._match(token)) is not None}
        coded: list[tuple[str, Actor]] = []
        yield from self._requests(sentence, matched)
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

    def _requests(self, sentence: Span, matched: dict[int, Pattern]) -> Iterator[Event]:
        """Demands and appeals told as an obligation or a noun; the act asked for is their
        content, so it leaves ``matched``."""
        for token in sentence:
            if (reporter := _reporter_of_must(token)) is not None:
                demanded = matched.pop(token.i, None)
                yield from self._demands(sentence, token, self._actors(self._subject(reporter)), reporter,
                                         demand_code(demanded.cameo if demanded else ""))
            elif (noun := _request_noun(token)) is not None:
                asked = matched.pop(token.i, None)
                if "nominal" in getattr(matched.get(noun.head.i), "flags", ()):
                    del matched[noun.head.i]  # "renewed its call for ...": no phone call renewed
                code = demand_code if noun.lemma_.lower() in DEMAND_NOUNS else appeal_code
                yield from self._demands(sentence, token, self._owner_of(noun), noun,
                                         code(asked.cameo if asked else ""))

    def _demands(self, sentence: Span, clause: Token, sources: list[Actor], trigger: Token,
                 cameo: str) -> Iterator[Event]:
        """ "Chile told the envoy that Peru must withdraw its troops", "renewed its call for Peru
        to free the sailors": asking that another party act is a demand (CAMEO 10) or an appeal
        (02), of the kind the asked-for act gives; the party asked is the clause's subject."""
        targets = self._actors(next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None))
        if not targets:  # "told Lima's envoy that the raids must stop": the one told is asked
            targets = self._actors(next((c for c in trigger.children if c.dep_ in {"dobj", "dative"}), None),
                                   loose=True)
        speaker = self._speaker(clause)
        for source in _one_per_country(sources):
            for target in _one_per_country(targets):
                if source is not None and target is not None and not same_side(source, target):
                    yield self._event(sentence, trigger, source, target, cameo, speaker=speaker)

    def _event(self, sentence: Span, trigger: Token, source: Actor | None, target: Actor | None, cameo: str, *,
               negated: bool = False, hypothetical: bool = False, speaker: str | None = None) -> Event:
        info = code_info(cameo)
        return Event(
            article_id=self.article_id, sentence=sentence.text.strip(), start=sentence.start_char,
            end=sentence.end_char, source=source, target=target,
            cameo=cameo, root=info.root, quad=info.quad, goldstein=info.goldstein,
            negated=negated, hypothetical=hypothetical, speaker=speaker, trigger=trigger.text, coder=CODER,
        )

    def _owner_of(self, noun: Token) -> list[Actor]:
        """Who makes a demand told as a noun: its possessor or "from"/"by" phrase, else the
        subject of its verb."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (actors := self._actors(owner)):
            return actors
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                return self._actors(next((g for g in prep.children if g.dep_ == "pobj"), None))
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        return self._actors(self._subject(verb))

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
                   and not (transitive and "intransitive" in p.flags)
                   and ("when_negated" not in p.flags or is_denied(token))
                   # a use that is no event is read off the verb's own words: "fired the minister",
                   # but "fired at a minister" is an attack
                   and not (p.cameo == NO_EVENT and not PARTICLES & set(p.requires)
                            and any(words[word] > 1 for word in p.requires))]
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
        denial = pattern.cameo[:3] in ACCUSER_FREE_CODES  # targets only a named accuser
        if denial:
            targets = self._accuser(trigger)
        else:
            # "termed the detentions an insult to Polish law": an object naming an earlier act
            # points at its doer before any actor named further along the phrase
            targets = self._earlier_act_source(trigger, bare=True) or \
                self._target_actors(trigger, pattern, fallback=len(subjects) < 2 or not is_joint(pattern))
        if passive:
            agent = self._agent(trigger)
            if "swap" not in pattern.flags:
                subjects, targets = self._actors(agent), (self._actors(subject, loose=True) or targets)
                if agent is None:
                    subjects = self._attacker(trigger) or self._host(trigger, subject)
                if agent is None and pattern.cameo[:2] == "01" and not subjects:
                    # "X said ties are expected to improve": an expectation no one is named to hold is the sayer's
                    subjects = self._actors(self._sayer(trigger))
                if not subjects and targets and (agent is None or is_unnamed(agent)):
                    subjects = [None]  # agentless passive: "sailors were detained" has no named source
        elif "swap" in pattern.flags:
            subjects, targets = targets, subjects
        if len(subjects) >= 2 and not targets and (self._is_group(subject) or is_joint(pattern)):
            subjects, targets = subjects[:1], subjects[1:2]  # "the two sides met", "Chile and Peru signed"
        if pattern.cameo in UNTARGETED_CODES:
            targets = []
        elif not targets and not denial:
            targets = self._fallback_targets(trigger, pattern)
        if not subjects and subject is not None and is_unnamed(subject) and targets:
            subjects = [None]  # "Drones struck the plant", "gunmen killed": the text names no agent
        if not subjects and not passive:
            # a subject naming no actor is often a misparse: "the deal as Blinken met Wang"
            subjects = [a for a in self._actors(self._actor_before(trigger)) if a not in targets]
        if not subjects:
            return
        if "negative" in pattern.flags and is_denied(trigger):
            return  # "did not rule out sanctions", "has not rejected the offer": no refusal happened
        negated = is_negated(trigger) and not {"negative", "when_negated"} & pattern.flags
        # a threat or warning is a speech act that happened, even when told as "would not tolerate";
        # only one that may yet be made ("could threaten") is hypothetical
        hypothetical = is_hypothetical(trigger, pattern) and (
            pattern.cameo[:2] != THREAT_ROOT or has_aux(trigger, {"could", "may", "might", "can"}))
        cameo = intent_code(pattern.cameo) if hypothetical and not negated else pattern.cameo
        if not pattern.requires:  # a verb's default row: what it asks for or threatens tells the kind
            cameo = self._asked_kind(trigger, cameo)
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
            if not others and info.root not in UNADDRESSED_ROOTS and not denial and cameo not in UNTARGETED_CODES:
                others = self._sentence_party(trigger, subjects)
            if not others and pattern.cameo[:2] in TWO_PARTY_ROOTS:
                continue  # "Brazil will host next year's games": no guest, no consultation
            if info.root == "04" and others and all(_is_audience(source, t) for t in others):
                continue  # "speaking to supporters", "met reporters": addressing the public is no consultation
            for target in others or [None]:
                spoken = speaker
                if spoken is None and info.root in VERBAL_ROOTS and source and self._is_person(source):
                    spoken = source.name  # a person's own statement: "Biden condemned the killing"
                elif spoken is None and info.root in VERBAL_ROOTS and subject is not None:
                    spoken = self._holder(self.by_token.get(subject.i))  # "the defence minister warned"
                code = self._meeting_place(trigger, cameo, source, target)
                yield self._event(sentence, trigger, source, target, code,
                                  negated=negated, hypothetical=hypothetical, speaker=spoken)

    def _asked_kind(self, trigger: Token, cameo: str) -> str:
        """ "urged Qatar to negotiate" (026), "pressed Havana to allow more rights" (0243): a plain
        appeal or demand takes the kind of the act it asks for; a plain promise ("agreed to
        allow monitors in", 0355) the intent code of the cooperation it promises."""
        if cameo == GENERIC_THREAT:
            return self._threat_kind(trigger)
        kind = {GENERIC_APPEAL: appeal_code, GENERIC_DEMAND: demand_code, GENERIC_INTENT: intent_code}.get(cameo)
        if kind is None:
            return cameo
        for clause in (c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}):
            asked = self._match(clause)
            if asked is not None and asked.cameo != NO_EVENT \
                    and (cameo != GENERIC_INTENT or asked.cameo[:2] in COOPERATION_ROOTS):
                return kind(asked.cameo)
        return cameo

    def _threat_kind(self, trigger: Token) -> str:
        """ "warned that the alliance stood ready to impose sanctions" (1312), "threatened that its army
        would strike" (138): a plain threat takes the kind of the first act its clause names."""
        side = {a.country for a in self._actors(self._subject(trigger)) if a is not None}
        for clause in (c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}):
            for token in clause.subtree:
                act = self._match(token)
                if act is None or act.cameo == NO_EVENT or threat_code(act.cameo) == GENERIC_THREAT:
                    continue
                doers = {a.country for a in self._actors(self._subject(token)) if a is not None}
                if not doers or doers & side:  # "warned that Russia would seize its ships" threatens nothing
                    return threat_code(act.cameo)
        return GENERIC_THREAT

    def _meeting_place(self, trigger: Token, cameo: str, source: Actor | None, target: Actor | None) -> str:
        """A meeting where it is held (CAMEO): in the target's country it is the source's visit
        (042, "met Lavrov in Moscow"), in a third country a meeting at a third location (044,
        "met Zarif in Vienna")."""
        if cameo != MEETING or source is None or target is None:
            return cameo
        place = next((actor for token in own_clause(trigger)
                      if token.dep_ == "pobj" and token.head.lower_ in {"in", "at"}
                      and (actor := place_actor(token)) is not None), None)
        if place is None or place.country == source.country:
            return cameo
        return VISIT if place.country == target.country else THIRD_PLACE_MEETING
