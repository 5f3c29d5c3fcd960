"""Several acts of one PLOVER type in one sentence.

The events stage keeps one trigger per type and sentence, because a verb and its own noun, light-verb
construction or split particle report one act ("traf … zusammen", "forderte einen Waffenstillstand").
Two verbs of one type in different clauses or conjuncts are two acts when their participants differ:
"Zuvor hatte er in Paris Cameron empfangen und in Washington Obama getroffen" (two CONSULTs).
:func:`further_acts` finds such second verbs; :func:`repeats_act` drops the event of one that turns
out to have the participants of an earlier event of its type in the sentence (one act told twice:
"trafen sich und berieten"); :func:`conjunct_mentions` gives each such verb the actors of its own
conjunct.  The code knows no German words: coordinators and determiners come from the lexicon.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention, Mention, Sentence, group_id
from chronik.stages.event_clauses import bare_opening, clause_mentions
from chronik.stages.event_slots import word_at

if TYPE_CHECKING:
    from chronik.stages.event_hits import Hit
    from chronik.stages.event_lexicon import EventLexicon

_VERBAL = frozenset({"verb", "particle"})


def further_acts(words: list[str], hits: list[Hit], kept: list[Hit], lexicon: EventLexicon) -> list[Hit]:
    """The verb (or split particle verb) triggers of ``hits`` not in ``kept`` whose type a kept verbal
    trigger has, each in another conjunct than every chosen trigger of its type (a word coordinator that
    does not join two nouns lies between them, see :func:`conjunct_boundary`).  Nouns and light-verb nouns
    never count (they name the act of a verb near them or a topic).  Requires hits of one sentence's
    ``words``; returns them in text order."""
    chosen = list(kept)
    extra: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.index):
        if hit in chosen or hit.kind not in _VERBAL:
            continue
        same = [h for h in chosen if h.trigger.type == hit.trigger.type]
        if same and all(h.kind in _VERBAL and _apart(words, h, hit, lexicon) for h in same):
            chosen.append(hit)
            extra.append(hit)
    return extra


def _apart(words: list[str], a: Hit, b: Hit, lexicon: EventLexicon) -> bool:
    """The two triggers stand in different conjuncts."""
    first, second = (a, b) if a.index < b.index else (b, a)
    return conjunct_boundary(words, first, second, lexicon) is not None


def conjunct_boundary(words: list[str], first: Hit, second: Hit, lexicon: EventLexicon) -> int | None:
    """Index of the first word coordinator ("und", "sowie", "oder") after trigger ``first`` (after its
    particle, if split) and before ``second`` that joins clauses, not two nouns ("Cameron und Merkel
    empfangen und in Washington Obama getroffen": the second "und"); None when there is none."""
    for j in range(first.end, second.index):
        if words[j].isalpha() and words[j].lower() in lexicon.coordinators \
                and (not _joins_nouns(words, j, lexicon) or bare_opening(words, j, lexicon)):
            return j  # "empfing Kerry in Jerusalem und Abbas traf Mogherini": a main clause of its own
    return None


def _joins_nouns(words: list[str], j: int, lexicon: EventLexicon) -> bool:
    """The coordinator at ``j`` stands between two capitalised words (determiners after it apart):
    "Cameron und Bundeskanzlerin Merkel", "Waffen und die Munition"."""
    after = j + 1
    while after < len(words) and words[after].lower() in lexicon.determiners:
        after += 1
    return j > 0 and words[j - 1][:1].isupper() and after < len(words) and words[after][:1].isupper()


def conjunct_mentions(sentence: Sentence, words: list[str], hit: Hit, hits: list[Hit],
                      mentions: list[Mention], found: list[EventMention], lexicon: EventLexicon) -> list[Mention]:
    """The mentions a trigger of a sentence with several verbs of its type may take roles from: those of
    its own conjunct, and for a later conjunct that opens with no subject of its own ("und hatte am
    Dienstag Obama besucht", "und in Washington Obama getroffen") also the source mentions of the
    earlier conjunct's event.  All ``mentions`` when ``hit`` is the only verb of its type."""
    mentions = clause_mentions(sentence, words, hit.index, mentions, lexicon)  # ", und die USA kritisieren …"
    same = sorted((h for h in hits if h.trigger.type == hit.trigger.type and h.kind in _VERBAL), key=lambda h: h.index)
    if len(same) < 2 or hit not in same:
        return mentions
    k = same.index(hit)
    start = conjunct_boundary(words, same[k - 1], hit, lexicon) + 1 if k else 0
    end = conjunct_boundary(words, hit, same[k + 1], lexicon) if k + 1 < len(same) else len(words)
    at = partial(word_at, sentence)
    own = [m for m in mentions if start <= at(m.start) < end]
    if k and not any(at(m.start) == start for m in own) and _no_subject(words, start, lexicon):
        earlier = [e for e in found if e.sentence == sentence.index and e.type == hit.trigger.type][-1:]
        ids = {a.id for e in earlier for a in e.source}
        own = [m for m in mentions if at(m.start) < start and _actor_id(m) in ids] + own
    return own


def _no_subject(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """A conjunct opening at ``k`` with a lower-case word that is no determiner (a verb, a preposition,
    an adverb) shares the subject of the conjunct before it."""
    return k < len(words) and not words[k][:1].isupper() and words[k].lower() not in lexicon.determiners


def _actor_id(mention: Mention) -> str:
    """The id the event actor of ``mention`` gets (see event_agents.event_actor)."""
    return mention.actor_id or group_id(mention.country, mention.sector)


def repeats_act(event: EventMention, found: list[EventMention]) -> bool:
    """``event`` repeats an event of ``found`` of its type and sentence: the sources overlap and the
    targets are not disjoint non-empty sets ("besuchte Damaskus und traf dort Assad": one visit; actors
    overlap by id or state).  False when no such earlier event exists."""
    for other in found:
        if other.sentence != event.sentence or other.type != event.type:
            continue
        if _overlap(event.source, other.source) and not (event.target and other.target
                                                           and not _overlap(event.target, other.target)):
            return True
    return False


def _overlap(a: list[Actor], b: list[Actor]) -> bool:
    """Some actor of ``a`` is one of ``b`` or of its state, or both are empty."""
    if not a and not b:
        return True
    keys = {x.id for x in b} | {x.country for x in b if x.country}
    return any(x.id in keys or x.country in keys for x in a)
