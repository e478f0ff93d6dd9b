"""Resolve actor mentions in a parsed article.

Order of rules (each mention records the one that fired in ``rule``):
1. gazetteer entities from the EntityRuler (states, capitals, seats of power,
   institutions, international bodies, armed groups), except places ("in Seoul",
   "flew to Pyongyang") and names inside longer names ("South China Sea"); a possessive
   before an institution joins it ("Iran's Revolutionary Guards");
2. role nouns composed with a country modifier in their noun phrase ("Chinese Foreign
   Ministry", "South Korea's National Security Adviser", "troops of Mali"); bare domestic
   roles ("police", "the ministry") take the country they were last named with, the
   sentence's place, or the story's home country;
3. people: a title before the name, an apposition ("X, Jordan's king," / "an envoy of
   Lula" / "the nephew of Y"), the dated registry of office holders, a demonym before the
   name (a private person, see ``_people``), a byline, or an earlier full mention;
   a lone surname resolves through the registry only when one office holder has it;
4. context forms: "the North"/"the South" in a Korea story; group references ("the two
   sides") stand for the last pair named together, else the last two states;
5. reporters named only in the byline: media actors of the outlet's country, with no span.
Unknown people stay unknown.
"""
from __future__ import annotations

import functools
from collections import Counter

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from detente.actors._coordination import other_like_conjunct, shared_head_role
from detente.actors._dictionaries import read_roles
from detente.actors._people import SPOKES_NOUNS, after_ranks, match_counterparts
from detente.actors._persons import MAX_MODIFIER_GAP, PersonRules
from detente.records import Actor, ActorMention, Article

# Prepositions after which a state or capital names a place, not an actor ("in Seoul").
# ("at" is left out: "fired rockets at Israel" names the target.)
PLACE_PREPOSITIONS = {"in", "across", "near", "inside", "throughout", "around", "outside", "within", "through",
                      "into", "off"}
# After a word of movement these name a destination or origin, not an addressee:
# "flew to Pyongyang", "flights from Moscow", "a march on Moscow" (but "sent aid to Kyiv").
MOTION_PREPOSITIONS = {"to", "from", "on"}
MOTION_WORDS = {"fly", "flight", "travel", "trip", "journey", "return", "go", "come", "head", "arrive", "invite",
                "move", "sail", "drive", "march", "relocate", "flee", "evacuate", "visit"}
GROUP_PHRASES = {
    "two sides", "both sides", "two countries", "both countries", "two nations", "both nations",
    "two governments", "both governments", "two neighbours", "two neighbors", "two leaders",
    "both leaders", "two capitals", "two allies", "the pair", "two koreas", "both koreas",
}
# Group phrases whose members are fixed ("the two Koreas"), not the last pair named.
FIXED_PAIRS = {"koreas": (Actor("KOR", "GOV", "South Korea"), Actor("PRK", "GOV", "North Korea"))}
KOREA = ("KOR", "PRK")
WATERS = {"Gulf", "Sea", "Bay", "Strait", "Straits"}
# Words that make "American" a region's: "Latin American", "Central American" (but "Eastern
# Ukrainian" is still Ukraine's).
REGION_WORDS = {"Latin", "South", "North", "Central"}
BODIES = {"UNO", "NAT", "EUR", "IGO"}
# Roles that, with no country named, belong to the story's own country: police act at
# home, protesters march at home. Diplomats, armies and militants are named with theirs.
DOMESTIC_ROLES = {"COP", "OPP", "CVL", "JUD", "LEG"}
# Rebels fight their own state ("Rebels shelled the city"); militants often cross borders.
DOMESTIC_REBELS = {"rebel", "rebels", "separatist", "separatists", "insurgent", "insurgents", "guerrilla",
                   "guerrillas", "rebel leaders"}
# Bodies that, named bare ("the Foreign Ministry said"), are the story's own country's.
DOMESTIC_BODIES = ("ministry", "armed forces")
# How many earlier mentions to search for a pair named together ("X and Y ... the two sides").
PAIR_LOOKBACK = 12


def _regional(ent: Span) -> bool:
    """ "American" after a region word that is not part of its own name ("Latin American")."""
    kind = ent.ent_id_.split("|")[0]
    return kind == "demonym" and ent.text.startswith("American") and ent.start > 0 \
        and ent.doc[ent.start - 1].text in REGION_WORDS


@functools.cache
def _role_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = English().tokenizer
    for phrase in read_roles():
        matcher.add(phrase, [tokenizer(phrase)])
    for phrase in GROUP_PHRASES:
        matcher.add("GROUP:" + phrase, [tokenizer(phrase)])
    return matcher


def resolve(doc: Doc, article: Article) -> list[ActorMention]:
    """Resolve every actor mention in ``doc``; see the module docstring for the rules."""
    return _Resolver(doc, article).run()


class _Resolver(PersonRules):
    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.article_id = article.article_id
        self.date = (article.published or "")[:10]
        self.by_token: dict[int, ActorMention] = {}
        self.mentions: list[ActorMention] = []
        self.people: dict[str, ActorMention] = {}  # name part -> first full mention
        self.unknown_people: set[str] = set()  # name parts of people no rule could resolve
        self.places: dict[int, Actor] = {}  # sentence start -> country named as a place in it
        self.role_actors: dict[str, Actor] = {}  # role phrase -> the country it was last composed with
        # token -> length of the named entity it is in (doc.ents rebuilds its spans on every call)
        self.entity_length = {i: len(e) for e in doc.ents for i in range(e.start, e.end)}

    def run(self) -> list[ActorMention]:
        doc = self.doc
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        roles = self._role_spans()
        self._add_gazetteer()
        titled: dict[int, tuple[Actor, Span]] = {}
        for span, (role, _is_person) in roles:
            if any(t.i in self.by_token and self.by_token[t.i].kind != "demonym" for t in span):
                continue
            modifier = self._country_modifier(span)
            follower = self._person_after(span, persons)
            if modifier is not None:
                country, name = modifier.ent_id_.split("|")[1], modifier.ent_id_.split("|")[3]
                actor = Actor(country, self._composed_role(modifier, role, phrase=span.text.lower()), name)
                self.role_actors[span.text.lower()] = actor
            elif follower is not None:
                actor = Actor(None, role)  # the country comes from the person (registry) or context
            else:
                actor = self._unmodified_role(span, role)
            if follower is not None:
                titled[follower.start] = (actor, span)
            if modifier is not None:
                composed = self.doc[min(modifier.start, span.start):span.end]
                self._remove(composed)  # "China's navy" is CHN MIL, not CHN GOV plus a navy
                self._add(composed, actor, "role_noun", f"role:{span.text.lower()}+{modifier.text}")
            elif actor is not None and follower is None:
                self._add(span, actor, "role_context", f"role:{span.text.lower()} in context")
        self._share_conjoined_heads()
        for ent in persons:
            self._add_person(ent, titled.get(ent.start))
        self._add_missed_surnames()
        self._add_owned_roles(roles)
        self._add_context_forms(roles)
        self._add_byline_authors()
        self.mentions = match_counterparts(self.doc, self.mentions)  # last: it replaces mentions
        self.mentions.sort(key=lambda m: -1 if m.start is None else m.start)
        return self.mentions

    def _add_gazetteer(self) -> None:
        for ent in self.doc.ents:
            if not ent.ent_id_:
                continue
            kind, country, role, name = (ent.ent_id_.split("|") + ["", "", "", ""])[:4]
            if kind == "person":
                continue
            if kind in {"state", "capital"} and self._is_place(ent):
                self.places.setdefault(ent.sent.start, Actor(country, "GOV", name))
                continue
            if kind in {"capital", "state"} and self._inside_a_name(ent):
                continue  # part of a longer name: "Sofia Petrova", "Washington Post", "South China Sea"
            if kind == "demonym" and _regional(ent):
                continue  # "Latin American countries", "Central American migrants": a region, no state
            if kind == "demonym" and (ent.root.tag_ in {"NNPS", "NNS"} or ent.root.dep_ in {"nsubj", "dobj", "pobj"}):
                role = "CVL"  # "Malaysians", "Cubans", "the Rohingya": people of that country
            owner = self._possessor(ent) if kind in {"institution", "igo"} else None
            if owner is not None:  # "Iran's Revolutionary Guards" is one mention, the Guards' code
                owner_country = self.by_token[owner.start].actor.country
                if kind == "institution" and owner_country != country:
                    country = owner_country  # a name many states use: "South Korea's Democratic Party"
                self._remove(owner)
                ent = self.doc[owner.start:ent.end]
            # A lone demonym adjective has no role: "a Syrian air base" points at Syria, but
            # "the Russian invasion" is no actor; the coder uses such mentions only in targets.
            self._add(ent, Actor(country, role or None, name), kind, f"gazetteer:{kind}:{ent.text}")

    def _share_conjoined_heads(self) -> None:
        """A lone demonym takes the role of the phrase it is conjoined to ("Chadian and Nigerien troops")."""
        for ent in self.doc.ents:
            demonym = self.by_token.get(ent.start)
            if demonym is None or demonym.kind != "demonym" or demonym.actor.role:
                continue
            if (role := shared_head_role(demonym, ent, self.by_token)) is not None:
                self._remove(ent)
                self._add(ent, Actor(demonym.actor.country, role, demonym.actor.name), "demonym",
                          f"{demonym.rule}+conjunct")

    def _possessor(self, ent: Span) -> Span | None:
        """The state or capital that owns ``ent``: right before "'s" in front of it, or the
        possessor of its phrase ("South Korea's main opposition Democratic Party")."""
        if ent.start >= 2 and self.doc[ent.start - 1].text in {"'s", "’s"}:
            owner_end = self.doc[ent.start - 2]
        else:
            owner_end = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
            if owner_end is None:
                return None
        owner = next((m for m in self.mentions if m.end == owner_end.idx + len(owner_end)
                      and m.kind in {"state", "capital"}), None)
        return self.doc.char_span(owner.start, owner.end, alignment_mode="expand") if owner else None

    def _calls_the_north_the_north(self, states: list[ActorMention]) -> bool:
        """A story that calls North Korea "the North" is told from the South."""
        return any(m.actor.country in KOREA for m in states) and "the North" in self.doc.text

    def _inside_a_name(self, ent: Span) -> bool:
        """A capital followed by another capitalised word, a state name between such words, or a
        state after "Gulf of"/"Sea of", is part of a longer name, unless the neighbour is a title
        ("U.S. President")."""
        def name_word(token) -> bool:
            return token.pos_ == "PROPN" and not token.ent_id_ and token.lower_ not in read_roles()
        after = ent.end < len(self.doc) and name_word(self.doc[ent.end])
        before = ent.start > 0 and name_word(self.doc[ent.start - 1])
        if ent.start >= 2 and self.doc[ent.start - 1].lower_ == "of" \
                and self.doc[ent.start - 2].text in WATERS:
            return True  # "the Gulf of Oman", "the Sea of Japan": a sea named after a state
        kind = ent.ent_id_.split("|")[0]
        return after if kind == "capital" else (after or before)

    def _unmodified_role(self, span: Span, role: str) -> Actor | None:
        """A role noun with no country in its phrase: "the ministry", "police", "Foreign Secretary X".

        It takes the country it was last composed with ("the Chinese Foreign Ministry ...
        the ministry"), else the country named as a place in its sentence ("In Havana,
        police ..."), else the story's home country (dateline, outlet, else most named state).
        """
        phrase = span.text.lower()
        if any(c.lower_ in {"international", "multinational"} for c in span.root.children if c.dep_ == "amod"):
            # "an international tribunal", "international monitors": a body of no one state
            return Actor("IGO", role if role in {"JUD", "MIL"} else "IGO", None)
        if phrase in self.role_actors:
            return self.role_actors[phrase]
        if (like := other_like_conjunct(span, self.by_token)) is not None:  # "Hezbollah and other armed groups"
            return Actor(like.country, role, like.name)
        for mention in reversed(self.mentions):  # "Delhi police ... Police also said"
            if mention.start < span.start_char and not mention.person and mention.mention.lower().endswith(" " + phrase):
                return mention.actor
        if role not in DOMESTIC_ROLES and not any(word in phrase for word in DOMESTIC_BODIES) \
                and phrase not in DOMESTIC_REBELS:
            return None
        place = self._context_country(span)
        return Actor(place.country, role, place.name) if place else None

    def _context_country(self, span: Span) -> Actor | None:
        """The country a sentence is set in ("In Lima, ..."), else the story's home country."""
        return self.places.get(span.sent.start) or self._home_country()

    def _home_country(self) -> Actor | None:
        """The story's own country: its dateline's capital, else the outlet's country when the
        story names it (a Seoul paper's "the Defense Ministry"), else South Korea when the story
        calls Pyongyang "the North", else the state it names most."""
        dateline = (self.article.dateline or "").split(",")[0].strip().lower()
        states = [m for m in self.mentions if m.kind in {"state", "capital", "seat"} and m.actor.country not in BODIES]
        for mention in states:
            if mention.kind == "capital" and mention.mention.lower() == dateline:
                return mention.actor
        for mention in states:
            if mention.actor.country == self.article.outlet_country:
                return mention.actor
        if self._calls_the_north_the_north(states):
            return next((m.actor for m in states if m.actor.country == "KOR"), Actor("KOR", "GOV", "South Korea"))
        counts = Counter(m.actor.country for m in states)
        if not counts:
            return None
        country = counts.most_common(1)[0][0]
        return next(m.actor for m in states if m.actor.country == country)

    # --- rules -------------------------------------------------------------

    def _add_owned_roles(self, roles: list[tuple[Span, tuple[str, bool]]]) -> None:
        """ "Assad's forces", "Erdogan's spokesman": a role owned by a known person is of their country."""
        for span, (role, _is_person) in roles:
            if span.start < 2 or any(t.i in self.by_token for t in span) or self.doc[span.start - 1].text not in {"'s", "’s"}:
                continue
            owner = self.by_token.get(span.start - 2)
            if owner is not None and owner.person and owner.actor.country:
                self._add(span, Actor(owner.actor.country, role, owner.actor.name), "role_noun",
                          f"role:{span.text.lower()}+{owner.mention}'s")

    def _add_context_forms(self, roles: list[tuple[Span, tuple[str, bool]]]) -> None:
        doc = self.doc
        countries_seen = {m.actor.country for m in self.mentions}
        korea_story = any(c in countries_seen for c in KOREA)
        for token in doc:
            if token.i in self.by_token or token.text not in {"North", "South"} or not korea_story:
                continue
            previous = doc[token.i - 1].lower_ if token.i else ""
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if previous == "the" and (following is None or following.text in {"'s", "’s"} or following.pos_ not in {"PROPN", "NOUN"}):
                iso3 = "PRK" if token.text == "North" else "KOR"
                name = "North Korea" if iso3 == "PRK" else "South Korea"
                self._add(doc[token.i:token.i + 1], Actor(iso3, "GOV", name), "context", f"context:the {token.text} in a Korea story")
        for span in self._group_spans():
            members = FIXED_PAIRS.get(span[-1].lower_) or self._pair_before(span)
            if members:
                self._add(span, members[0], "group", f"group:{span.text.lower()}", members=tuple(members))

    # --- helpers -----------------------------------------------------------
    def _role_spans(self) -> list[tuple[Span, tuple[str, bool]]]:
        roles = read_roles()
        matches = _role_matcher(self.doc.vocab)(self.doc, as_spans=True)
        spans = [s for s in _longest(matches) if not s.label_.startswith("GROUP:")]
        return [(span, roles[span.label_]) for span in spans if span.label_ in roles]

    def _group_spans(self) -> list[Span]:
        matches = _role_matcher(self.doc.vocab)(self.doc, as_spans=True)
        return [s for s in _longest(matches) if s.label_.startswith("GROUP:")]

    def _country_modifier(self, span: Span) -> Span | None:
        doc = self.doc
        for ent in reversed(doc.ents):
            if ent.end > span.start or not ent.ent_id_ or ent.label_ == "PERSON" or _regional(ent):
                continue
            gap = doc[ent.end:span.start]
            if len(gap) > MAX_MODIFIER_GAP:
                break
            if all(t.text in {"'s", "’s", "-"} or t.pos_ in {"ADJ", "NOUN", "PROPN", "PART"} for t in gap) \
                    and not any(t.ent_type_ == "PERSON" for t in gap):
                return ent
            break
        # "the foreign minister of Japan"
        for child in span.root.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_id_:
                        return next(e for e in doc.ents if e.start <= pobj.i < e.end)
        return None

    def _person_after(self, span: Span, persons: list[Span]) -> Span | None:
        after = after_ranks(self.doc, span.end)  # "command spokesman Col. X": the rank is no break
        for ent in persons:
            if ent.start == after or (ent.start == span.end + 1 and self.doc[span.end].text in {",", "-"}):
                return ent
        return None

    @staticmethod
    def _composed_role(modifier: Span | None, role: str, *, phrase: str = "") -> str:
        """ "UN envoy" and "U.N. investigators" are IGO; "Taliban spokesman", "Hamas leader" and
        "Hezbollah commander" keep their group's role (REB); a military command's spokesman is MIL."""
        kind, _country, body_role, _name = (modifier.ent_id_.split("|") + ["", "", "", ""])[:4] if modifier else [""] * 4
        if kind == "igo" and (role in {"GOV", "COP"} or body_role == "REB"):
            return body_role or "IGO"  # "U.N. investigators" work for the UN; "Hamas fighters" are REB
        if kind == "institution" and (body_role in {"BUS", "MED"} or phrase in SPOKES_NOUNS):
            return body_role  # "a Lufthansa cargo plane" is the airline's, not an air force's
        return role

    def _is_place(self, ent: Span) -> bool:
        """ "in Seoul", "sank off Libya", "flew to Pyongyang", "flights from Moscow": a place."""
        preposition = ent.root.head
        if ent.root.dep_ != "pobj":
            return False
        mover = preposition.head
        return preposition.lower_ in PLACE_PREPOSITIONS or (
            preposition.lower_ in MOTION_PREPOSITIONS and mover.lemma_.lower() in MOTION_WORDS
            # "resumed flights to Qatar" names a partner: after a noun only "from" is an origin
            and (mover.pos_ == "VERB" or preposition.lower_ == "from"))

    def _pair_before(self, span: Span) -> list[Actor]:
        """The two parties "the two sides" stands for: the last pair named together ("Saudi
        Arabia and Iran"), else the last two states named; "the two leaders" may be people."""
        earlier = sorted((m for m in self.mentions if m.start is not None and m.start < span.start_char
                          and m.kind != "group"), key=lambda m: m.start, reverse=True)
        for mention in earlier[:PAIR_LOOKBACK]:
            token = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")[-1]
            partners = [self.by_token[c.i] for c in token.conjuncts if c.i in self.by_token and c.i > token.i]
            if partners and partners[0].actor.country != mention.actor.country and not mention.person:
                return [_government(mention.actor), _government(partners[0].actor)]
        return self._last_two_parties(earlier, people="leader" in span.text.lower())

    @staticmethod
    def _last_two_parties(earlier: list[ActorMention], *, people: bool) -> list[Actor]:
        found: list[Actor] = []
        for mention in earlier:
            if mention.person and not people:
                continue
            actor = _government(mention.actor)
            if actor.country and all(a.country != actor.country for a in found):
                found.append(actor)
            if len(found) == 2:
                break
        return list(reversed(found)) if len(found) == 2 else []

    def _remove(self, span: Span) -> None:
        doomed = {id(self.by_token[t.i]) for t in span if t.i in self.by_token}
        self.mentions = [m for m in self.mentions if id(m) not in doomed]
        self.by_token = {i: m for i, m in self.by_token.items() if id(m) not in doomed}

    def _add(self, span: Span, actor: Actor, kind: str, rule: str, *, person: bool = False,
             members: tuple[Actor, ...] = ()) -> ActorMention | None:
        if any(t.i in self.by_token for t in span):
            return None
        text = span.text
        for suffix in ("'s", "’s"):
            if text.endswith(suffix):
                text = text[: -len(suffix)]
        mention = ActorMention(self.article_id, text, span.start_char, span.start_char + len(text), actor,
                               kind, rule, person, members)
        self.mentions.append(mention)
        for token in span:
            self.by_token[token.i] = mention
        return mention


def _longest(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _government(actor: Actor) -> Actor:
    return Actor(actor.country, "GOV", actor.name)
