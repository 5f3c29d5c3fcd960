"""Stances that clause structure alone misreads: labels, demanded concessions, answers to pressure.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):

* a passive auxiliary counts for the trigger only in its own clause, or in another clause when neither
  is subordinate ("dass die EU Sanktionen verhängen könnte, falls die Vereinbarungen nicht umgesetzt
  werden": the EU acts);
* a concession under an obligation modal is a demand on someone else, not a concession ("Diejenigen,
  die den Luftraum verletzt hätten, müssten sich entschuldigen, sagte er");
* an accusing or threatening noun that a verb of speaking or announcing introduces is its subject's act
  ("Putin sprach von einem Stoß in den Rücken, versetzt von Helfershelfern der Terroristen",
  "Russland hat … Vergeltung angekündigt");
* an accusation or concession that names nobody answers the latest act against the speaker's side
  ("Erdogan bedauerte den Abschuss": Russia, which had just imposed sanctions on Turkey);
* an appeal to one's own population ("rief die Bevölkerung auf, Ruhe zu bewahren") addresses no other
  actor.

The code knows no German words: cue lists come from ``events.yaml`` through :class:`EventLexicon`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_passive import elliptic_passive
from chronik.stages.event_pledges import demanded_halt
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    before_modifiers,
    clause_span,
    governing_preposition,
    in_mention,
    opens_subordinate,
)

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon
    from chronik.stages.event_slots import Slot

_clause_span = partial(clause_span, breaks=CLAUSE_BREAKS)
#: Noun triggers a speaker utters: their source is whoever speaks.
_UTTERED = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST"})
#: Acts against a side that its accusation or concession without addressee answers, by the answering type.
_ANSWERED = {
    "ACCUSE": frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"}),
    "CONCEDE": frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REQUEST"}),
}
_CIVILIANS = "CVL"
_UNNAMED_GROUP = "GROUP"


def clause_passive(frame: Frame) -> bool:
    """A passive auxiliary of the sentence counts for the trigger unless it stands in another clause that
    is subordinate ("dass die EU Sanktionen verhängen könnte, falls die Vereinbarungen nicht umgesetzt
    werden"); one split from its participle by an inserted clause still counts ("Die Stadt wurde, wie Sana
    meldete, bombardiert").  (A main-clause auxiliary still counts for a trigger in a subordinate clause:
    without it "Der Besuch wurde bekanntgegeben, nachdem Assad in Damaskus eingetroffen war" reads as a
    visit home.)  An auxiliary of a later clause does not count: after a preposed condition it is the main
    clause's future ("Wenn Russland die Ukraine angreift, wird die Nato reagieren").  Nor does a future
    auxiliary with the trigger's infinitive ("Putin wird Assad treffen"), unless the clause names an agent
    ("Assad wird von Putin empfangen": the infinitive is also the participle).  A split particle verb
    ("machte die PKK dafür verantwortlich", "griff … an") is a finite active verb: never passive, whatever
    another clause holds ("Bei dem Anschlag wurden 37 Menschen getötet; Erdogan machte die PKK …").  A light
    verb whose support verb of its clause is a ``suffering_light_verbs`` word is one ("kamen ums Leben"; not
    "wird nach Österreich kommen und Gespräche führen")."""
    if frame.kind == "particle":
        return False
    lex = frame.lexicon
    own = _clause_span(frame.words, frame.index)
    if frame.kind == "light" and _suffering(frame, own):
        return True
    infinitive = (frame.kind == "verb" and frame.words[frame.index].lower() in lex.infinitives
                  or _light_infinitive(frame, own)) \
        and not _agent_phrase(frame, own)  # "wird von Putin empfangen"
    for k, word in enumerate(frame.words):
        if word.lower() not in lex.passive_auxiliaries or (infinitive and word.lower() in lex.future_auxiliaries):
            continue  # "Putin wird Assad treffen": the future
        span = _clause_span(frame.words, k)
        if span == own or (k < frame.index and not opens_subordinate(frame.words, span[0], lex)):
            return True
    return elliptic_passive(frame)  # "Sechs Oppositionelle freigelassen" (event_passive.py)


def _suffering(frame: Frame, own: tuple[int, int]) -> bool:
    """A ``suffering_light_verbs`` word of the clause [own) is a support verb of the frame's light noun."""
    lex = frame.lexicon
    support = {v for verbs, _ in lex.light.get(frame.words[frame.index], []) for v in verbs} & lex.suffering_light_verbs
    return any(w.lower() in support for w in frame.words[own[0] : own[1]])


def _agent_phrase(frame: Frame, span: tuple[int, int]) -> bool:
    """A word of the trigger's ``source_preps`` in the clause ``span`` that may open an agent ("wird von Putin
    empfangen", "wird in Moskau von Putin empfangen"): not right after a noun that is no mention, whose attribute it opens ("die Kandidatur von Jeremic nicht
    unterstützen würde", "den Vorschlag von Juncker")."""
    words = frame.words
    return any(words[j].lower() in frame.trigger.source_preps
               and not (j > span[0] and words[j - 1][:1].isupper() and not in_mention(frame, j - 1))
               for j in range(span[0], span[1]))


def _light_infinitive(frame: Frame, own: tuple[int, int]) -> bool:
    """A light-verb frame whose support verb in its clause is an infinitive ("Die EU wird Sanktionen
    verhängen", "Die ÖVP wird gegen den Antrag stimmen"): a ``plural_verb_endings`` form that matches no
    ``participle_patterns`` ("verhängt", "gegeben" are participles of a passive)."""
    if frame.kind != "light":
        return False
    lex = frame.lexicon
    support = {form for forms, trigger in lex.light.get(frame.words[frame.index], []) if trigger is frame.trigger
               for form in forms}
    return any(w.lower() in support and w.endswith(tuple(lex.plural_verb_endings))
               and not any(p.match(w.lower()) for p in lex.participle_patterns)
               for w in frame.words[own[0] : own[1]])


def demanded_concession(frame: Frame) -> bool:
    """A concession under an obligation modal of its clause ("müssten sich entschuldigen"): what the
    speaker asks of others, not a concession of anybody; a pledge to stop an attack only under a demand verb of
    its sentence ("forderte, Russland solle keine Rebellen mehr angreifen")."""
    if frame.trigger.type != "CONCEDE":
        return False
    if frame.trigger.halts:  # "Russische Kampfflugzeuge sollten keine Gruppen mehr angreifen": a pledge reported,
        # "Kerry sagte, Russland solle … nicht mehr angreifen": a demand (event_pledges.py)
        return demanded_halt(frame.words, frame.index, frame.lexicon) or any(kind == "REQUEST" for _, kind in frame.governors) and any(
            w.lower() in frame.lexicon.obligation_modals for w in frame.words[slice(*_clause_span(frame.words, frame.index))])
    start, end = _clause_span(frame.words, frame.index)
    return any(w.lower() in frame.lexicon.obligation_modals for w in frame.words[start:end])


def speaking_subject(frame: Frame, usable: list[Slot]) -> list[Mention]:
    """The source of an uttered noun trigger with no actor of its own: the subject of the nearest verb of
    speaking or announcing before it (``speech_object_verbs``) whose object it is, in its clause or
    through a ``label_preps`` preposition ("sprach … von einem Stoß in den Rücken, versetzt von
    Helfershelfern der Terroristen").  The subject is the first free actor of the verb's clause before
    it, else the one right after it ("In Ankara sprach Putin von …").  [] when none applies."""
    if frame.kind != "noun" or frame.trigger.type not in _UTTERED:
        return []
    verb = _speech_verb(frame)
    if verb is None:
        return []
    start = _clause_span(frame.words, verb)[0]
    free = [s for s in usable if s.prep is None]
    before = [s for s in free if start <= s.index < verb]
    after = [s for s in free if verb < s.index <= verb + 3]
    return [(before or after)[0].mention] if before or after else []


def labelled(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is an uttered noun trigger in a ``label_preps`` phrase of a verb of speaking a few words
    before ("sprach von Barbarei", "sprach am Samstag von einer Provokation"): the speaker's own act, not a
    qualifier of that verb (which may be a trigger of its own: "sprach mit")."""
    trigger = lexicon.nouns.get(words[k])
    if trigger is None or trigger.type not in _UTTERED:
        return False
    j = before_modifiers(words, k, lexicon)
    return j > 0 and words[j].lower() in lexicon.label_preps \
        and any(w.lower() in lexicon.speech_object_verbs for w in words[max(0, j - 6) : j])


def _speech_verb(frame: Frame) -> int | None:
    """Index of the ``speech_object_verbs`` verb nearest the trigger in its clause ("hat Vergeltung
    angekündigt"), else of the nearest one before it in the sentence when a ``label_preps`` preposition
    governs the trigger ("sprach …, versetzt von Helfershelfern")."""
    lex = frame.lexicon
    start, end = _clause_span(frame.words, frame.index)
    if governing_preposition(frame, frame.index) in lex.label_preps:
        start = 0
    verbs = [k for k in range(start, end) if frame.words[k].lower() in lex.speech_object_verbs and k != frame.index]
    return min(verbs, key=lambda k: (abs(k - frame.index), k)) if verbs else None


def answering_target(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of an accusation or concession that names none (requires ``frame.earlier`` in text
    order): the author of the latest earlier act of the article against the source's side (``_ANSWERED``)
    — "Erdogan bedauerte den Abschuss" after Russia's sanctions against Turkey.  A country's forces come
    back as its government: a stance addresses the state ("Helfershelfer der Terroristen" after the
    Turkish air force's shooting).  None for other types or without such an act."""
    answered = _ANSWERED.get(frame.trigger.type)
    if answered is None or not source:
        return None
    sides = {m.country for m in source if m.country}
    act = next((e for e in reversed(frame.earlier) if e.type in answered and e.source
                and any(a.country in sides for a in e.target) and not any(a.country in sides for a in e.source)),
               None)
    if act is None:
        return None
    author = act.source[0]
    return author.as_addressee()


def own_people(frame: Frame, mention: Mention, source: list[Mention]) -> bool:
    """``mention`` is the civilian population of the source's own country addressed by a speech act ("Der
    ukrainische Präsident … rief die Bevölkerung auf"): a government speaking to its people, no
    interaction of two actors.  A named civil body or person ("kritisierte die Arbeiterkammer", "Leitl") is
    a side of its own."""
    return frame.trigger.type in _UTTERED and mention.sector == _CIVILIANS and mention.country is not None \
        and mention.kind == _UNNAMED_GROUP \
        and any(m.country == mention.country and m.sector != _CIVILIANS for m in source)
