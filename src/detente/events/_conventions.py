"""The coding conventions the coder follows (devset README, "Coding conventions"): which
acts are joint, which have no target or a place as target, where comments, threats and
demands find theirs, who counts as an unnamed agent. Part of the events stage."""
from __future__ import annotations

from spacy.tokens import Token

from detente.events._dictionary import Pattern
from detente.records import Actor, Event

# Acts one side does to or for others: visiting, hosting, mediating; praising, defending,
# rallying support for, recognising, apologising to and forgiving someone.
ONE_SIDED_CODES = {"042", "043", "045", "051", "052", "053", "054", "055", "056"}
# A state's own missile tests and drills have no target (devset README, convention 14).
UNTARGETED_CODES = {"150"}
# Denials and admissions name no accuser unless the sentence does (convention 14), so an
# accusation mentioned earlier does not become their target.
ACCUSER_FREE_CODES = {"015", "016"}
# Visits take their host as target; force used on a place targets that place's state:
# "landed in Hanoi", "an air raid on a depot in Yemen".
PLACE_TARGET_ROOTS = {"18", "19", "20"}
PLACE_TARGET_CODES = {"042"}
# Comments and rulings about a clause take its actors as targets ("ruled that China has no
# basis"); denials and admissions do not (no named accuser: devset README, convention 14).
CLAUSE_TARGET_CODES = {"010", "012", "013", "014", "116"}
# Intents and threats are about the actors of their complement: "is willing to send troops to
# help defend Saudi Arabia", "warned that the union would cut aid to Minsk".
CLAUSE_TARGET_ROOTS = {"03", "13"}
# Appeals and demands are addressed to the subject of their complement clause.
ADDRESSED_ROOTS = {"02", "10"}
# Subjects that name no actor: the event has a null source (devset README, convention 4).
UNNAMED_AGENTS = {"drone", "gunman", "gunmen", "attacker", "assailant", "bomber", "bombing", "explosion",
                  "blast", "missile", "rocket", "shell", "airstrike", "strike", "mob", "sniper", "militant",
                  "device", "bomb", "mine", "grenade", "explosive", "shelling", "gunfire"}
# Statements, protests and force postures are often made to no one ("said it was hopeful",
# "protesters rallied", "put troops on alert"); every other act has an addressee, and when the
# parse ties none to it, the party the sentence names beside it is the one (convention 4:
# null targets only where the text names none).
UNADDRESSED_ROOTS = {"01", "14", "15"}
# Acts CAMEO defines between two parties: consulting, cooperating, aiding and cutting ties are
# always with someone. With no party named in the sentence there is no such event to report.
# (Appeals, intents and demands can be made to no one: "called for calm", "demanded an inquiry".)
TWO_PARTY_ROOTS = {"04", "05", "06", "07", "16"}
# Verbal roots (statements, appeals, intents, consultations, diplomatic cooperation,
# disapproval, rejection, threats) whose person source is also the speaker.
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}


# The kind of aid named beside a generic aid act gives its CAMEO sub-code ("received military
# support", "pledged humanitarian help"): generic code -> {modifier: sub-code}.
# Arms and munitions named as what is given make it military aid.
MATERIEL = ("weapon", "arm", "ammunition", "munition", "shell", "missile", "rocket", "artillery", "tank", "drone")
AID_KINDS = {
    "070": {"military": "072", "economic": "071", "financial": "071", "humanitarian": "073"}
    | dict.fromkeys(MATERIEL, "072"),
    "033": {"military": "0332", "economic": "0331", "financial": "0331", "humanitarian": "0333"}
    | dict.fromkeys(MATERIEL, "0332"),
    "023": {"military": "0232", "economic": "0231", "financial": "0231", "humanitarian": "0233"},
}


# What a party is told it must do gives the kind of demand (CAMEO 10x): the act's code or
# root -> the demand code; anything else is a demand not specified (100).
DEMAND_BY_CODE = {"0871": "107", "0872": "107", "0874": "106", "087": "1056", "081": "1051", "082": "1052",
                  "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044", "083": "104", "084": "1053",
                  "085": "1054", "086": "1055", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
                  "071": "1031", "072": "1032", "073": "1033", "074": "1034"}
DEMAND_BY_ROOT = {"04": "108", "05": "102", "06": "101", "07": "103", "08": "100", "09": "101"}


def demand_code(cameo: str) -> str:
    """The demand code for being told to do ``cameo`` (its own code, then its base, then its root)."""
    return DEMAND_BY_CODE.get(cameo) or DEMAND_BY_CODE.get(cameo[:3]) or DEMAND_BY_ROOT.get(cameo[:2], "100")


# The same for appeals (CAMEO 02x): being called on to do an act.
APPEAL_BY_CODE = {"0871": "0256", "0872": "0256", "0874": "0256", "087": "0256", "081": "0251", "082": "0252",
                  "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244", "083": "024", "084": "0253",
                  "085": "0254", "086": "0255", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
                  "071": "0231", "072": "0232", "073": "0233", "074": "0234", "045": "028", "037": "027"}
APPEAL_BY_ROOT = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}


# The same for threats (CAMEO 13x): the act threatened.
THREAT_BY_CODE = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                  "1621": "1311", "1622": "1311", "1623": "1311"}
THREAT_BY_ROOT = {"15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}


def threat_code(cameo: str) -> str:
    """The threat code for threatening ``cameo`` (its own code, its base, its root; else 130)."""
    return THREAT_BY_CODE.get(cameo) or THREAT_BY_CODE.get(cameo[:3]) or THREAT_BY_ROOT.get(cameo[:2], "130")


def appeal_code(cameo: str) -> str:
    """The appeal code for being called on to do ``cameo`` (its own code, its base, its root)."""
    return APPEAL_BY_CODE.get(cameo) or APPEAL_BY_CODE.get(cameo[:3]) or APPEAL_BY_ROOT.get(cameo[:2], "020")


def aid_kind(cameo: str, words: dict[str, int]) -> str:
    """The aid sub-code for the closest kind of aid named beside the trigger, else ``cameo``."""
    kinds = AID_KINDS.get(cameo, {})
    named = sorted((words[w], code) for w, code in kinds.items() if w in words)
    return named[0][1] if named else cameo


def same_side(source: Actor | None, target: Actor) -> bool:
    """Whether the target is the source itself (same country and role, or a bare country)."""
    return source == target or (source is not None and source.country == target.country
                                and (source.role == target.role or not target.role))


def is_joint(pattern: Pattern) -> bool:
    """Acts two parties do together: with no other target, the second party is the target."""
    if pattern.cameo[:3] in ONE_SIDED_CODES:
        return False
    return "symmetric" in pattern.flags or pattern.cameo[:2] in {"04", "05", "06"} or pattern.cameo == "0871"


def is_unnamed(token: Token) -> bool:
    """A subject or agent that names no actor: "drones", "a suicide bomber", "a squad of gunmen"."""
    words = {token.lemma_.lower()}
    words.update(g.lemma_.lower() for c in token.children if c.dep_ == "prep" for g in c.children)
    return bool(words & UNNAMED_AGENTS)


def dedupe(events: list[Event]) -> list[Event]:
    """One sentence, one truth: keep the first event per (source country, target country, code)."""
    seen: set[tuple] = set()
    unique = []
    for event in events:
        key = (event.source and event.source.country, event.target and event.target.country, event.cameo)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique
