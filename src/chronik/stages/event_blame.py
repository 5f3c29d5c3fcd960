"""Blame that names the author of an attack reported without one.

Part of the ``events`` stage (see :mod:`chronik.stages.events`).  News often report a killing in an
agentless passive and name the attacker only in the blame that follows: "…, die vergangene Woche bei
einem Luftangriff in Idlib getötet worden waren.  Die Türkei macht die syrische Armee dafür
verantwortlich."  An accusation by a ``blame_cues`` trigger whose clause refers back to the attack (a
``references`` word, "dafür", or a ``preps`` phrase with an anaphoric determiner and an attack noun:
"für den Anschlag") makes the blamed side the author of the latest attack of its own sentence (before
the blame) or of the sentence before that names no author, and that attack's victims its target.  The
blame is then the attack's attribution, not an act of its own (as a claim of responsibility reports the
attack itself, event_claims.py).  An attack whose author the text names keeps it, and the accusation
stays an ACCUSE.  The cue words come from ``events.yaml`` (``blame_cues``); the code knows no words.

A claim of responsibility for an attack noun after an anaphoric determiner ("Bei einem Anschlag in Kairo
wurden sechs Polizisten getötet.  Zu dem Anschlag bekannte sich die Terrormiliz IS") names the author
of that same authorless attack the same way (:func:`claimed_earlier`), the claimant as its author; an
attack reported shortly before with unnamed attackers ("Eine Gruppe bewaffneter Männer hatte … angegriffen")
takes the claimant beside them (:func:`claimed_unnamed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import Actor, EventMention
from chronik.stages.event_slots import CLAUSE_BREAKS, before_modifiers, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_ATTACK = "ASSAULT"
_ACCUSATION = "ACCUSE"
_KEYS = ("triggers", "references", "preps")


def blame_cues(data: dict) -> dict[str, frozenset[str]]:
    """The ``blame_cues`` of the ``events.yaml`` data, lower-cased (missing keys: empty)."""
    cues = data.get("blame_cues") or {}
    return {key: frozenset(w.lower() for w in cues.get(key) or []) for key in _KEYS}


def blamed_attack(frame: Frame, event: EventMention, build: Callable[[Frame], EventMention | None]) -> EventMention:
    """The attack that the accusation ``event`` of ``frame`` names the author of (see the module
    docstring), built by ``build`` (event_frame.build_event) with the blamed side as its author and the
    accuser as its attribution; ``event`` itself when it is no such blame or no authorless attack is found."""
    cues = frame.lexicon.blame_cues
    if event.type != _ACCUSATION or frame.trigger.id not in cues.get("triggers", ()) or not event.target \
            or not _refers_back(frame):
        return event
    for attack in _attack_frames(frame):
        if any(e.sentence == attack.sentence.index and e.type == _ATTACK for e in frame.earlier):
            return event  # the sentence's attack has its author already
        if build(attack) is not None:
            continue  # an attack with an author of its own: not the one blamed
        found = build(replace(attack, author=_forces(event.target[0])))
        if found is not None and _political(found):
            return replace(found, mode=found.mode or _clause_mode(attack),
                           attribution=event.source[0].name if event.source else None)
    return event


def claimed_earlier(frame: Frame, event: EventMention | None, claimant: Actor | None,
                    build: Callable[[Frame], EventMention | None]) -> EventMention | None:
    """The authorless attack of the sentence before (or of the claim's own sentence before its clause) that
    the claimed attack noun of ``frame`` refers back to ("Zu dem Anschlag bekannte sich der IS"), built by
    ``build`` with ``claimant`` as its author.  Requires ``frame`` to be a claimed attack noun whose own
    ``event`` names no target (None when it names one, when the noun has no anaphoric determiner, when
    there is no claimant or no such attack, or when the attack's sentence has an authored attack already)."""
    if claimant is None or (event is not None and event.target) or not _anaphoric_noun(frame):
        return None
    for attack in _attack_frames(frame):
        if any(e.sentence == attack.sentence.index and e.type == _ATTACK for e in frame.earlier):
            return None  # that sentence's attack has its author already
        if build(attack) is not None:
            continue
        found = build(replace(attack, author=claimant))
        if found is not None and _political(found) and not _fighters_fell(found):
            return replace(found, mode=found.mode or frame.trigger.mode or _clause_mode(attack))
    return None


#: How many sentences back a claim may name the author of an attack by unnamed attackers.
_CLAIM_REACH = 3


def claimed_unnamed(frame: Frame, claimant: Actor | None) -> tuple[int, EventMention] | None:
    """(index in ``frame.earlier``, the attack with ``claimant`` added to its source) for the latest attack of
    the ``_CLAIM_REACH`` sentences before whose attackers are all unnamed armed groups ("Eine Gruppe bewaffneter
    Männer hatte … angegriffen. … Zu den Angriffen bekannte sich die IS-Miliz").  Requires ``frame`` to be
    a claimed attack noun after an anaphoric determiner; None otherwise or when no such attack is found."""
    if claimant is None or not _anaphoric_noun(frame):
        return None
    for i in range(len(frame.earlier) - 1, -1, -1):
        event = frame.earlier[i]
        if event.sentence < frame.sentence.index - _CLAIM_REACH:
            return None
        if event.type == _ATTACK and event.source and all(a.kind == "group" and a.sector == "REB" for a in event.source):
            known = any(a.id == claimant.id for a in event.source)  # "die Terrorgruppe": the same unnamed group
            return None if known else (i, replace(event, source=[claimant, *event.source]))
    return None


def _fighters_fell(attack: EventMention) -> bool:
    """Every victim of ``attack`` is an armed group ("Fünf Angreifer … wurden bei Schusswechseln mit der
    Polizei getötet"): the attackers' own deaths, not the attack that was claimed."""
    return bool(attack.target) and all(a.sector == "REB" for a in attack.target)


def _anaphoric_noun(frame: Frame) -> bool:
    """The noun trigger of ``frame`` follows an anaphoric determiner, adjectives apart ("zu dem Anschlag",
    "zu diesem Attentat")."""
    j = before_modifiers(frame.words, frame.index, frame.lexicon)
    return 0 <= j + 1 < frame.index and frame.words[j + 1].lower() in frame.lexicon.anaphoric_determiners


def _political(attack: EventMention) -> bool:
    """The attack stays in the chronicle (as events.py keeps acts): a political actor on a side or a terror
    attack; else the blame stays an accusation."""
    return attack.mode == "terror" or any(a.sector in POLITICAL_SECTORS for a in attack.source + attack.target)


def _forces(actor: Actor) -> Actor:
    """The blamed side as the author of an attack: a state's government acts by its forces ("macht
    Russland dafür verantwortlich": RUS MIL); other actors as they are."""
    return replace(actor, sector="MIL") if actor.kind == "state" and actor.sector == "GOV" else actor


def _clause_mode(attack: Frame) -> str | None:
    """The mode of an attack noun in the clause of the attack trigger ("bei einem Selbstmordanschlag …
    getötet": terror), the nearest first; None when none has one."""
    start, end = clause_span(attack.words, attack.index, CLAUSE_BREAKS)
    nouns = [attack.lexicon.nouns.get(w) for w in attack.words[start:end]]
    modes = [(abs(start + j - attack.index), t.mode) for j, t in enumerate(nouns) if t and t.type == _ATTACK and t.mode]
    return min(modes)[1] if modes else None


def _refers_back(frame: Frame) -> bool:
    """The blame's clause holds a ``references`` word ("dafür") or a ``preps`` word governing an attack
    noun after an anaphoric determiner ("für den Anschlag", adjectives apart)."""
    lex, words = frame.lexicon, frame.words
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    for k in range(start, end):
        if words[k].lower() in lex.blame_cues.get("references", ()):
            return True
        trigger = lex.nouns.get(words[k])
        if trigger is not None and trigger.type == _ATTACK and _anaphoric_object(words, k, lex):
            return True
    return False


def _anaphoric_object(words: list[str], k: int, lex: EventLexicon) -> bool:
    """The noun at ``k`` follows a ``preps`` word and an anaphoric determiner ("für den Anschlag",
    "für diese Angriffe"), or a ``preps`` contraction ("am Anschlag"), adjectives apart."""
    j = before_modifiers(words, k, lex)
    prep = words[j].lower() if j >= 0 else ""
    return prep in lex.blame_cues.get("preps", ()) and (
        prep in lex.article_contractions or words[j + 1].lower() in lex.anaphoric_determiners)


def _attack_frames(frame: Frame) -> list[Frame]:
    """Frames of the attack triggers the blame may refer to: those of its own sentence before its clause,
    latest first, then those of the sentence before, latest first (verbs before nouns in each)."""
    start, _ = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    own = _sentence_attacks(frame, frame.sentence.index, start)
    previous = _sentence_attacks(frame, frame.sentence.index - 1, None) if frame.sentence.index > 0 else []
    return own + previous


def _sentence_attacks(frame: Frame, index: int, limit: int | None) -> list[Frame]:
    """Frames of the attack verbs, then nouns, of sentence ``index``, with its actors (before word ``limit``
    when given: the blame's own clause names no victim)."""
    sentence = frame.article.sentences[index]
    words = [frame.article.text[t.start : t.end] for t in sentence.tokens]
    lex, end = frame.lexicon, len(words) if limit is None else limit
    verbs = [k for k, w in enumerate(words) if (k == 0 or not w[:1].isupper()) and w.lower() in lex.verbs]
    nouns = [k for k, w in enumerate(words[:end]) if w in lex.nouns]
    governors = [(k, lex.verbs[words[k].lower()].type) for k in verbs]
    verbs = [k for k in verbs if k < end]
    bound = sentence.tokens[end].start if end < len(words) else sentence.end  # not the blame's own actors
    mentions = [m for m in frame.article.mentions if m.sentence == index and m.start < bound]
    hits = [(k, lex.verbs[words[k].lower()], "verb") for k in reversed(verbs)] \
        + [(k, lex.nouns[words[k]], "noun") for k in reversed(nouns)]
    return [replace(frame, sentence=sentence, words=words, index=k, end=k + 1, kind=kind, trigger=trigger,
                    mentions=mentions, governors=governors)
            for k, trigger, kind in hits if trigger.type == _ATTACK]
