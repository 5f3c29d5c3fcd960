"""Negations outside the trigger's cue window: "ohne … zu", "ohne Einigung", "wird es nicht geben"; and
:func:`negated_window`, the negation test of a cue window (event_evidence) and of a reporting clause (event_hearsay).

Part of the ``events`` stage (called by :func:`chronik.stages.event_irrealis.irrealis_modality`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries in ``irrealis_cues`` the lower-cased
``negating_openers`` and ``existence_verbs`` of ``events.yaml``.  Guarantees, with no German word in the code:

* :func:`outside_negation`: True when the act is left undone by a negating word that opens its zu-infinitive
  clause ("Lawrow traf Kerry, ohne eine Einigung zu erzielen"; not "Ohne Zustimmung … griffen die USA … an") or governs the noun trigger ("Die Gespräche endeten
  ohne Einigung") or a negating adjective stands before it ("mangelnde Koordination"), or when a negation in the clause of a noun trigger no preposition governs stands right
  before a verb of existence or occurrence ("Ein Treffen zwischen Putin und Erdogan wird es nicht geben",
  "Das Treffen fand nicht statt"), which the cue window of event_evidence.py may not reach; not a noun that is
  the genitive of an end (:func:`ended_act`: "Ein Ende der Kämpfe ist nicht in Sicht": the fighting goes on).
* :func:`called_off`: a noun act cancelled ("Der Besuch wurde abgesagt": negated) or postponed ("Das Treffen wurde
  verschoben": future) in its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    before_modifiers,
    clause_span,
    genitive_attribute,
    marked_infinitive,
)

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

#: How many words after the negation the verb of existence may stand ("nicht mehr geben").
_EXISTENCE_REACH = 2


def outside_negation(frame: Frame) -> bool:
    """The frame's act is negated by a word outside its cue window (see the module docstring)."""
    words, lex = frame.words, frame.lexicon
    cues = lex.irrealis_cues
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    openers = cues.get("negating_openers", frozenset())
    if words[start].lower() in openers and _infinitive_clause(frame, start, end):
        return True  # "…, ohne eine Einigung zu erzielen"; not "Ohne Zustimmung des Sicherheitsrats griffen …"
    if frame.kind not in ("noun", "light"):
        return False
    j = before_modifiers(words, frame.index, lex)
    lacking = openers | cues.get("negating_adjectives", frozenset())
    if any(w.lower() in lacking for w in words[max(j, 0) : frame.index]):
        return True  # also where an opener reads as an adjective ending in "-e"; "mangelnde Koordination"
    if j >= 0 and words[j].lower() in lex.prepositions:
        return False  # "Bei dem Treffen gab es keine Einigung": the meeting happened
    if ended_act(frame):
        return False  # "Ein Ende der Kämpfe ist nicht in Sicht": the end is not, the fighting goes on
    lowered = [w.lower() for w in words[start:end]]
    existence = cues.get("existence_verbs", frozenset())
    return any(w in lex.negation and any(v in existence for v in lowered[k + 1 : k + 1 + _EXISTENCE_REACH])
               for k, w in enumerate(lowered))


def called_off(frame: Frame) -> str | None:
    """"negated" for a noun act whose clause holds every word of a ``cancel_verbs`` phrase ("Der geplante Besuch
    Erdogans in Moskau wurde abgesagt", "Mogherini sagte ihren Besuch ab"), "future" for one of a
    ``postpone_verbs`` phrase ("Das für Montag geplante Treffen wurde verschoben": it is planned anew); None
    otherwise, for a noun a preposition governs ("Nach dem Treffen sagte Lawrow seine Reise ab"), and for a
    postponing verb's active subject (:func:`_active_subject`)."""
    words, lex = frame.words, frame.lexicon
    if frame.kind not in ("noun", "light"):
        return None
    j = before_modifiers(words, frame.index, lex)
    if j >= 0 and words[j].lower() in lex.prepositions:
        return None
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    clause = {w.lower() for w in words[start:end]}
    held = lambda key: any(set(p.split()) <= clause for p in lex.irrealis_cues.get(key, ()))
    if held("cancel_verbs"):
        return "negated"
    return "future" if held("postpone_verbs") and not _active_subject(frame, j, start, clause) else None


def _active_subject(frame: Frame, j: int, start: int, clause: set[str]) -> bool:
    """The noun trigger's phrase (preceded by word ``j``) opens its clause ``clause`` (lower-cased words from
    ``start``), which holds no passive auxiliary nor ``postpone_middles`` word: the noun is the active subject
    of the clause's verb ("Die russischen Luftangriffe haben das Kräfteverhältnis verschoben": shifted, not
    postponed), not its object or passive subject ("Das Treffen wurde verschoben", "verschob sich")."""
    middles = frame.lexicon.irrealis_cues.get("postpone_middles", frozenset())
    return j < start and not clause & (frame.lexicon.passive_auxiliaries | middles)


def ended_act(frame: Frame) -> bool:
    """The noun trigger is the genitive attribute of an ``ending_nouns`` word ("Ein Ende der Kämpfe", "die
    Einstellung der Angriffe"): a negation of its clause denies the end, not the act, which goes on."""
    words, lex = frame.words, frame.lexicon
    if frame.kind != "noun" or not genitive_attribute(words, frame.index, lex):
        return False
    head = before_modifiers(words, frame.index, lex)  # the word before the genitive article and adjectives
    return head >= 0 and words[head] in lex.irrealis_cues.get("ending_nouns", frozenset())


def _infinitive_clause(frame: Frame, start: int, end: int) -> bool:
    """Words [start, end) hold a zu-infinitive: a marker before a lower-case verb ("zu erzielen") or inside
    the trigger word itself ("abzuziehen")."""
    words, lex = frame.words, frame.lexicon
    return marked_infinitive(words, start, end, lex) or any(m in words[frame.index][2:] for m in lex.infinitive_markers)


def negated_window(window: list[str], lex: EventLexicon) -> bool:
    """A negation stands in the lower-cased cue ``window``, not right before one of the ``negation_exceptions``
    (irrealis_cues) that make it negate nothing ("traf nicht nur Kerry, sondern auch …", "nicht zuletzt"), nor
    right after a ``negation_predicates`` word, where it negates a label ("als nicht hilfreich kritisiert")."""
    exceptions = lex.irrealis_cues.get("negation_exceptions", frozenset())
    predicates = lex.irrealis_cues.get("negation_predicates", frozenset())
    return any(w in lex.negation and (k + 1 == len(window) or window[k + 1] not in exceptions)
               and (k == 0 or window[k - 1] not in predicates) for k, w in enumerate(window))
