"""Targets found through an event noun that refers back to an act already reported ("Scholz verurteilte
den Angriff": the attacker; "Moskau wies die Vorwürfe zurück": the accuser).  Part of the ``events``
stage; the nouns are the event nouns of ``events.yaml``, the code knows no words.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention
from chronik.stages.event_place import event_place, placed_country
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, governing_preposition
from chronik.stages.mention_groups import COMPOUND_AUTHOR

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Which side of the referred act a reaction is aimed at: a condemnation or a refusal at its author,
#: an apology or regret at its victim.
_SIDES = {"ACCUSE": ("source",), "REJECT": ("source",), "CONCEDE": ("target",)}
#: Acts whose sides are interchangeable: a reaction is aimed at all their parties ("kritisierte den Empfang").
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Acts a condemnation may be aimed at when the article names no author before it ("Ban verurteilte den
#: Angriff auf ein Krankenhaus in Aleppo"): their unnamed authors, coded by the state where they happened.
_UNNAMED_AUTHORS = frozenset({"ASSAULT"})


def referent_actors(frame: Frame) -> list[Actor]:
    """The actors a reaction is aimed at when its object is an event noun of an earlier act of the article
    ("verurteilte den Angriff", "bedauerte den Abschuss"): the matching side (``_SIDES``) of the latest
    earlier event of the noun's type, both sides of an act without a clear author (``_SYMMETRIC``).
    Requires ``frame.earlier`` in text order; returns [] for other types, when the clause has no such
    object noun or no such event exists.
    A state acting through its forces comes back as the state; an act with no earlier author gives
    :func:`unnamed_authors`."""
    sides = _SIDES.get(frame.trigger.type)
    if sides is None:
        return []
    noun = _object_noun(frame)
    kind = frame.lexicon.nouns[_head(frame, noun)].type if noun is not None else None
    if noun is not None and sides == ("source",) and kind not in _SYMMETRIC and (named := _named_author(frame, noun)):
        return [named]  # "kritisierte die russischen Luftangriffe", "die Bombardierung … durch die syrische Luftwaffe"
    act = _latest(frame.earlier, kind) if kind else None
    if act is None:
        return unnamed_authors(frame, kind, noun) if "source" in sides else []
    sides = ("source", "target") if kind in _SYMMETRIC else sides
    actors = [a for side in sides for a in getattr(act, side)]
    return [a.as_addressee() for a in actors]


def unnamed_authors(frame: Frame, kind: str | None, noun: int | None = None) -> list[Actor]:
    """The unnamed authors of a condemned act of a ``_UNNAMED_AUTHORS`` type that no earlier event of the
    article names ("Maas verurteilte den Anschlag", "Ban verurteilte die Angriffe"), as event data sets code
    unidentified attackers: a group of the state where the act happened (the place of the sentence, else the
    state the article has placed most often so far), sector unknown.  ``noun``: the index of the condemned
    act's noun, when known.  [] for other kinds or no place."""
    if kind not in _UNNAMED_AUTHORS:
        return []
    place = event_place(frame)
    country = _object_place(frame, frame.index if noun is None else noun) or (place.country if place is not None else _article_state(frame))
    return [Actor.group(country, None)] if country else []


def _object_place(frame: Frame, after: int) -> str | None:
    """The country of the first place named after word ``after`` (the verb, or the condemned act's noun) in
    the verb's clause ("verurteilte den Anschlag in Istanbul"): where the condemned act happened, not where
    its critic sits ("Das Außenministerium in Moskau verurteilte …", "verurteilte in Moskau den Anschlag in
    Istanbul"); None when the clause names no place there."""
    end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1]
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if m.kind == "LOC" and m.country and after < k < end and m.sentence == frame.sentence.index:
            return m.country
    return None


def _article_state(frame: Frame) -> str | None:
    """The state (ISO3) the article has placed most often up to the frame's sentence (ties: the latest): its
    place mentions and the states a ``locative_preps`` word governs ("In Bagdad sind …"); None when none."""
    countries = [c for m in frame.article.mentions if m.sentence <= frame.sentence.index
                 and (c := placed_country(frame, m))]
    if not countries:
        return None
    counts = Counter(countries)
    return max(reversed(countries), key=lambda c: counts[c])


def reacted_slots(frame: Frame, slots: list) -> list:
    """The ``slots`` before a noun trigger that is the referring object of a reaction verb trigger of its
    clause ("Ban hat den Angriff auf ein Krankenhaus verurteilt", "Moskau wies die Vorwürfe zurück"): the
    reaction's subject, who neither did nor suffered the act.  [] for verb frames and other nouns."""
    if frame.kind != "noun" or not _definite(frame, frame.index):
        return []
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    if not any(start <= k < end and kind in _SIDES and not _coordinated_away(frame, k)
               for k, kind in frame.governors):
        return []
    return [s for s in slots if start <= s.index < frame.index]


def _named_author(frame: Frame, k: int) -> Actor | None:
    """The author the object noun at word ``k`` names itself, as an addressee: a state adjective right before
    it ("die russischen Luftangriffe": Russia; for a terror noun or an ``individual_attacks`` one, "die
    palästinensischen Messerangriffe", that state's armed attackers), an organisation before its hyphen ("den
    PKK-Anschlag", mention_groups.COMPOUND_AUTHOR), else an actor after it in the clause that one of the noun's
    ``source_preps`` governs ("die Bombardierung des Konvois durch die syrische Luftwaffe").  None otherwise."""
    head = _head(frame, k)
    trigger = frame.lexicon.nouns[head]
    if (country := frame.state_adjective(k - 1)) is not None:
        # "die palästinensischen Messerangriffe", "der afghanische Anschlag": attackers of, not the state
        attackers = trigger.mode == "terror" or head in frame.lexicon.individual_attacks
        return Actor.group(country, "REB" if attackers else "GOV")
    start = frame.sentence.tokens[k].start
    if prefixed := [m for m in frame.article.mentions if m.start == start and m.how == COMPOUND_AUTHOR and m.actor_id]:
        return Actor.of_mention(prefixed[0], frame.article.actors).as_addressee()
    end = clause_span(frame.words, k, CLAUSE_BREAKS)[1]
    for m in frame.mentions:
        j = frame.word_index(m.start)
        if m.sentence == frame.sentence.index and k < j < end and m.actor_id and m.kind != "LOC" \
                and governing_preposition(frame, j) in trigger.source_preps:
            return Actor.of_mention(m, frame.article.actors).as_addressee()
    return None


def _object_noun(frame: Frame) -> int | None:
    """Index of the nearest event noun in the trigger's clause that no preposition governs
    ("verurteilte den Angriff", "hat den Abschuss bedauert"), other than the trigger itself, that no
    coordinator separates from the trigger ("die Angriffe verstärken und die Kräfte schonen") and that
    refers back (see :func:`_definite`)."""
    start, end = frame.index, frame.index
    while start > 0 and frame.words[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    while end < len(frame.words) and frame.words[end] not in CLAUSE_BREAKS:
        end += 1
    nouns = [k for k in range(start, end) if k != frame.index and _head(frame, k) in frame.lexicon.nouns
             and governing_preposition(frame, k) is None and not _coordinated_away(frame, k)
             and _definite(frame, k)]
    return min(nouns, key=lambda k: abs(k - frame.index)) if nouns else None


def _head(frame: Frame, k: int) -> str:
    """Word ``k``, or the part after its last hyphen when only that is an event noun ("den
    Handgranaten-Anschlag", "die IS-Anschläge")."""
    word = frame.words[k]
    return word if word in frame.lexicon.nouns else word.rsplit("-", 1)[-1]


def _definite(frame: Frame, k: int) -> bool:
    """The noun at ``k`` follows a definite determiner or a possessive, adjectives apart ("den Angriff",
    "den offiziellen Empfang"): it refers back; "eine geplante Reise" introduces an act of its own."""
    lex = frame.lexicon
    j = k - 1
    while j >= 0 and not frame.words[j][:1].isupper() and frame.words[j].lower().endswith(lex.adjective_endings) \
            and frame.words[j].lower() not in lex.anaphoric_determiners | lex.possessives:
        j -= 1
    return j >= 0 and frame.words[j].lower() in lex.anaphoric_determiners | lex.possessives


def _latest(events: list[EventMention], kind: str) -> EventMention | None:
    """The last of ``events`` of type ``kind`` that names a source."""
    return next((e for e in reversed(events) if e.type == kind and e.source), None)


def _coordinated_away(frame: Frame, k: int) -> bool:
    """A coordinator ("und", "sowie") lies between word ``k`` and the trigger: another verb's object."""
    low, high = sorted((k, frame.index))
    return any(w.lower() in frame.lexicon.coordinators for w in frame.words[low + 1 : high])
