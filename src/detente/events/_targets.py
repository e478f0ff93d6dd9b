"""Where an act's target is: the pattern's slots, objects and prepositions, clauses,
relative clauses, places, nouns of earlier acts, and the party its sentence names.
Part of the events stage; the coder builds on it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.actors import place_actor
from detente.events._conventions import (
    ADDRESSED_ROOTS,
    CLAUSE_TARGET_CODES,
    CLAUSE_TARGET_ROOTS,
    PLACE_TARGET_CODES,
    PLACE_TARGET_ROOTS,
)
from detente.events._dictionary import Pattern
from detente.events._mentions import MentionReader
from detente.events._modality import REPORTING_VERBS, is_purpose
from detente.events._syntax import SUBJECT_DEPS, noun_phrase, own_clause
from detente.records import Actor, ActorMention

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
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "assault",
                "operation", "offensive", "ambush"}
# Prepositions before a place where an act happens ("landed in", "a raid on").
PLACE_PREPOSITIONS = {"in", "to", "on", "into", "over", "inside"}
# Roles of a reporting body that watches rather than takes part: rights groups, media, agencies.
WATCHER_ROLES = {"CVL", "MED", "IGO"}
# Clauses that tell their own event: a party named only there is not the trigger's.
CLAUSE_DEPS = {"relcl", "conj", "parataxis"}
# Dependency labels of a verb's objects ("called Trump a criminal" parses Trump as oprd).
OBJECT_DEPS = {"dobj": {"dobj", "oprd"}, "iobj": {"dative", "iobj"}}
# Prepositions whose object is the target when the pattern's own slots find none.
GENERIC_TARGET_PREPOSITIONS = ("with", "on", "against", "to", "at", "into", "toward", "towards", "for", "over", "by")


class TargetFinder(MentionReader):
    """Finds targets; remembers the acts coded so far, whose nouns point back at their doers."""

    def __init__(self, doc: Doc, mentions: list[ActorMention]) -> None:
        super().__init__(doc, mentions)
        self.acts: list[tuple[str, Actor]] = []  # (trigger lemma, source) of the events coded so far

    def _fallback_targets(self, trigger: Token, pattern: Pattern) -> list[Actor]:
        """When the first search found none: every slot and fallback, then a place for visits
        and force, then the doer of an earlier act an object names."""
        targets = self._target_actors(trigger, pattern)
        if not targets and (pattern.cameo[:2] in PLACE_TARGET_ROOTS or pattern.cameo in PLACE_TARGET_CODES):
            targets = self._place_target(trigger)
        return targets or self._earlier_act_source(trigger)

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
        # "the loans Kenya obtained": the noun a relative clause hangs on is its object (but in
        # "soldiers who crossed the line" it is the subject)
        relative_object = self._actors(trigger.head, loose=True) if trigger.dep_ == "relcl" and not any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in {"WP", "WDT"} for c in trigger.children) else []
        slots = pattern.target
        if fallback:
            # "expelled Russian diplomats", "shelled positions on the Syrian side",
            # "ready for talks with Serbia", "endorsed the raid by Paris"
            slots = (*slots, "dobj", *GENERIC_TARGET_PREPOSITIONS)
        for k, slot in enumerate(slots):
            if slot == "dobj" and k < len(pattern.target) and relative_object:
                return relative_object  # after the pattern's own slots: "the riots Quito blamed on X"
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
            # named first (and then skipped). The clause may hang on the comment's noun:
            # "expressed hope that Lima would ..."
            clauses = [c for c in trigger.children if c.dep_ in {"ccomp", "xcomp"}] + \
                [c for o in trigger.children if o.dep_ == "dobj" for c in o.children
                 if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            for clause in clauses:
                found = [self.by_token[t.i].actor for t in clause.subtree if t.i in self.by_token]
                if found:
                    return list(dict.fromkeys(found))[:2]
        if fallback and pattern.cameo[:2] == "14":
            # "began a hunger strike to protest Assad's failure", "rallied in protest at the arrest
            # by police": a protest is against whoever its purpose or cause names
            for child in trigger.children:
                if is_purpose(child) or (child.dep_ == "prep" and child.lower_ in {"in", "over"}):
                    found = [self.by_token[t.i].actor for t in child.subtree
                             if t.i in self.by_token and self.by_token[t.i].kind != "demonym"]
                    if found:
                        return found[:1]
        if fallback and pattern.cameo[:2] in ADDRESSED_ROOTS:
            # "demanded that Ankara lift the ban": the demand is addressed to Ankara
            for child in trigger.children:
                if child.dep_ == "ccomp":
                    subject = next((g for g in child.children if g.dep_ in SUBJECT_DEPS), None)
                    if actors := self._actors(subject):
                        return actors
        return []

    def _sentence_party(self, trigger: Token, doers: list[Actor | None]) -> list[Actor]:
        """The party a sentence names beside an act whose parse tied no target to it: the first
        one after the trigger (objects follow verbs), else the last one before it, never one of
        the act's own doers ("Lima and Quito condemned the raid"). Whole-sentence context only;
        earlier sentences guessed worse than leaving the target out."""
        own = {doer.country for doer in doers if doer is not None}
        sentence = trigger.sent
        watchers = [mention for verb in trigger.ancestors if verb.lemma_ in REPORTING_VERBS
                    for subject in verb.children if subject.dep_ in SUBJECT_DEPS
                    if (mention := self.by_token.get(subject.i)) is not None and mention.actor.role in WATCHER_ROLES]
        before: list[Actor] = []
        for mention in self.mentions:
            if mention.start is None or not sentence.start_char <= mention.start < sentence.end_char:
                continue
            if mention.members or mention.kind == "demonym" or not mention.actor.country:
                continue  # a bare adjective ("Syrian territory") names no party
            if mention.actor.country in own:
                continue
            last = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")[-1]
            if not self._in_clause_of(last, trigger):
                continue
            if any(mention is watcher for watcher in watchers):
                continue  # "troops killed civilians, Amnesty said": a watchdog reports, it is not acted on
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
        """The state of a place named after "in"/"to"/"on" in the trigger's clause, or after
        "of" in its object ("a siege of Kyiv")."""
        for host in (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}):
            for token in noun_phrase(host):
                if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS | {"of"} \
                        and (actor := place_actor(token)):
                    return [actor]
        for token in own_clause(trigger):
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS and (actor := place_actor(token)):
                return [actor]
        return []
