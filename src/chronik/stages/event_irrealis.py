"""Acts that did not happen: intended, proposed, offered, demanded, conditional, prevented or feared.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`).
Requires a :class:`~chronik.stages.event_frame.Frame` whose lexicon carries ``irrealis_cues`` (from
``events.yaml``, see :func:`irrealis_cues`) and the sentence's verb triggers in ``frame.governors``.
Guarantees: :func:`irrealis_modality` returns the modality the event must take, or None when the
sentence reports no act for the trigger at all; it never turns a non-asserted modality into "asserted".

* An event noun that is the object of a preventing or fearing verb of its clause ("eine Blockade
  verhindern", "ein Anschlag wird befürchtet") or of a coordinating one ("ihre Luftangriffe aufeinander
  abstimmen": the coordination is the act) or hangs on a fear, risk or demand noun ("Angst vor
  Angriffen", "Gefahr eines Anschlags", "Forderung nach einer Waffenruhe") or on a link preposition in
  the clause of a warning verb ("warnte Ankara vor einer Bodenoffensive") is dropped.
* A zu-infinitive trigger ("zu entsenden", "abzuziehen", "Sanktionen zu verhängen") governed by a
  REQUEST verb is a demanded act: dropped (the REQUEST is the event).  Governed by an intention noun
  or verb ("die Absicht, …", "bereiterklärt, …"), a THREATEN, AGREE or COOPERATE verb ("arbeitet mit dem IWF
  dabei zusammen, Reformen zu fordern") or opened after a comma by a purpose word ("…, um den IS
  anzugreifen", ``purpose_openers``; not after a call or meeting, which does what it is for: "rief Putin an,
  um ihm zu kondolieren") it is future; by a
  possibility noun hypothetical; under a refusal verb ("weigerte sich, … zu entschuldigen") negated; negated when a negation stands with the governor ("Es gab niemals die
  Absicht, …") or a REJECT verb governs it ("lehnte ab, …", "Den Vorschlag, …, lehnte X ab").  A "dass"
  clause right after a clause with such a verb but a REJECT one fares alike ("forderte, dass Russland …
  einstellt"; denials are event_hearsay.py's).
* An act forbidden by a reported demand ("…, Russland solle die Opposition nicht angreifen") is dropped.
* An act in a clause opened by a conditional word ("…, wenn die EU … ausverhandeln", "ob …", verb-first
  "sollte …") is hypothetical, and so is one that is only considered, favoured or allowed
  (:mod:`chronik.stages.event_attitude`: "erwägt Luftangriffe", "zeigte sich offen dafür, dass …").

The code knows no German words: every cue comes from ``events.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_attitude import attitude_content, considered_noun, governing_clause, possible_noun
from chronik.stages.event_counterfactual import counterfactual
from chronik.stages.event_forecast import forecast
from chronik.stages.event_negation import called_off, ended_act, outside_negation
from chronik.stages.event_pledges import conditional_beside, halt_modality, stop_modality, stopped_at
from chronik.stages.event_slots import CLAUSE_BREAKS, before_modifiers, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Cue lists compared case-sensitively (nouns as written); the others are lower-cased.
_AS_WRITTEN = ("intention_nouns", "possibility_nouns", "unrealised_nouns", "ending_nouns")
_LOWER = ("intention_verbs", "conditional_openers", "preventing_verbs", "unrealised_links", "warning_verbs",
          "attitude_cues", "attitude_links", "possibility_adjectives", "negation_exceptions", "negation_predicates",
          "negating_openers", "negating_adjectives",
          "existence_verbs", "coordinating_verbs", "refusal_verbs", "cancel_verbs", "postpone_verbs",
          "postpone_middles", "purpose_openers", "realising_verbs",
          "counterfactual_auxiliaries", "modal_infinitives", "halt_words", "halt_pledges", "halt_obligations", "prohibitive_modals", "stop_verbs",
          "halt_comparisons")
#: The parts of ``attitude_exceptions`` (event_attitude.py), loaded as "attitude_<part>".
_EXCEPTIONS = ("topics", "possible", "realisers", "judging")
#: Governing verb types and what they make of the act in their zu-infinitive (None: no act reported).
_GOVERNOR_TYPES = {"REQUEST": None, "REJECT": "negated", "THREATEN": "future", "AGREE": "future",
                   "COOPERATE": "future"}  # "arbeitet mit dem IWF dabei zusammen, Reformen zu fordern": the aim
_DROP = "drop"
#: Types of a main clause's act that carries out the act of its purpose clause (a call made to condole).
_REALISING_TYPES = frozenset({"CONSULT"})
#: Types of a purpose clause's act that a meeting only aims at, whose outcome it does not tell ("traf Kerry, um
#: eine Waffenruhe zu vereinbaren").
_OUTCOME_TYPES = frozenset({"AGREE"})
#: How far back (words) before its own clause a governor of a zu-infinitive may stand.
_REACH = 25


def irrealis_cues(data: dict) -> dict[str, frozenset[str]]:
    """The cue lists of this module from the ``events.yaml`` data (missing keys give empty sets)."""
    cues = {key: frozenset(data.get(key) or []) for key in _AS_WRITTEN}
    exceptions = data.get("attitude_exceptions") or {}
    cues |= {f"attitude_{key}": frozenset(w.lower() for w in exceptions.get(key) or []) for key in _EXCEPTIONS}
    return cues | {key: frozenset(w.lower() for w in data.get(key) or []) for key in _LOWER}


#: Verb types whose "dass" clause, favoured, is the stance's content, no act of its own.
_STANCE_TYPES = frozenset({"SUPPORT", "REQUEST"})


def irrealis_modality(frame: Frame, modality: str) -> str | None:
    """The modality of the frame's event given the cue-window ``modality`` (event_evidence.py), or None
    when the act is only prevented, feared or demanded (see the module docstring)."""
    if frame.kind == "noun" and _unrealised_noun(frame):
        return None
    if frame.kind == "verb" and (stop := stopped_at(frame.words, frame.index, frame.lexicon)) is not None:
        # "hat aufgehört, die Opposition anzugreifen": the attack is stopped, a ceasefire; another act is no event
        if frame.trigger.mode != "ceasefire":
            return None
        stopped = stop_modality(frame.words, stop, frame.lexicon)
        opener = frame.words[clause_span(frame.words, stop, CLAUSE_BREAKS)[0]].lower()
        if stopped == "asserted" and opener in frame.lexicon.irrealis_cues["conditional_openers"]:
            return "hypothetical"  # "Wenn Russland aufhört, Aleppo zu bombardieren, …": a condition, no act
        # a stop asserted keeps the window's reading of its report ("…, behauptete Riad": claimed)
        return modality if stopped == "asserted" and modality == "claimed" else stopped
    if frame.trigger.halts:  # "sollten keine Gruppen mehr angreifen": the negation is the halt (event_pledges.py)
        return halt_modality(_conditional_clause(frame) or conditional_beside(
            frame.words, frame.index, frame.lexicon.irrealis_cues["conditional_openers"]))  # "…, wenn er zurücktrete"
    governed = _governed_infinitive(frame) or _governed_content(frame)
    if governed == _DROP:
        return None
    if considered_noun(frame) or possible_noun(frame) or counterfactual(frame):  # "wäre gestürzt worden"
        return "hypothetical"  # event_attitude.py; also "schloss … nicht aus": not ruled out, not done
    if modality == "negated" and _forbidden(frame):
        return None  # "Russland solle die Opposition nicht angreifen": an abstention demanded, no act
    if modality == "negated" and ended_act(frame):
        modality = "asserted"  # "Ein Ende der Kämpfe ist nicht abzusehen": the end is negated (event_negation.py)
    elif modality == "negated" or outside_negation(frame):  # event_negation.py: "ohne … zu", "wird es nicht geben"
        return "negated"
    if (off := called_off(frame)) is not None:
        return off  # "Das Treffen wurde abgesagt / verschoben" (event_negation.py)
    if governed is not None:
        return governed
    if _conditional_clause(frame):
        return "hypothetical"
    if attitude_content(frame, (infinitive := infinitive_marker(frame) is not None)):
        return None if not infinitive and _endorsed_content(frame) else "hypothetical"
    if modality == "asserted" and frame.trigger.planned and frame.kind != "noun":
        return "future"  # "hat Erdogan zu einem Gipfel nach Sotschi eingeladen": the summit lies ahead
    return None if forecast(frame, modality) else modality  # "laut Experten": an opinion (event_forecast.py)


def _forbidden(frame: Frame) -> bool:
    """A demand made by a ``prohibitive_modals`` word (a REQUEST verb trigger) stands before the trigger in its clause:
    with a negation the act is forbidden ("Kerry sagte, Russland solle sich nicht zurückziehen")."""
    start = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[0]
    modals = frame.lexicon.irrealis_cues["prohibitive_modals"]
    return any(t == "REQUEST" and start <= i < frame.index and frame.words[i].lower() in modals for i, t in frame.governors)


def _unrealised_noun(frame: Frame) -> bool:
    """The noun trigger is the object of a preventing verb of its clause, or hangs on an unrealised noun
    through a link preposition or a genitive ("Angst vor Angriffen", "Gefahr eines Anschlags")."""
    cues, words, k = frame.lexicon.irrealis_cues, frame.words, frame.index
    j = before_modifiers(words, k, frame.lexicon)
    if j >= 0 and words[j] in cues["unrealised_nouns"] and j < k - 1:  # a genitive: a determiner between
        return True
    if j >= 0 and words[j].lower() in cues["unrealised_links"]:
        head = before_modifiers(words, j, frame.lexicon)
        return (head >= 0 and words[head] in cues["unrealised_nouns"]) or _warned_of(frame, j)
    genitive = j > 0 and words[j][:1].isupper() and words[j + 1].lower() in frame.lexicon.genitive_determiners
    if j > 0 and (words[j].lower() in frame.lexicon.prepositions or genitive):
        return False  # "mit Angriffen verhindern": a means; "eine Blockade des Abkommens": the other noun's attribute
    start, end = clause_span(words, k, CLAUSE_BREAKS)
    last = max((j for j in range(start, end) if words[j].isalpha()), default=k)
    # its object: after the verb ("verhinderte eine Blockade") or before the verb closing the clause
    # ("eine Blockade verhindern können"); a noun before a finite verb is its subject ("Angriffe verhinderten …")
    verbs = cues["preventing_verbs"] | cues["coordinating_verbs"]  # "ihre Luftangriffe aufeinander abstimmen"
    return any(words[v].lower() in verbs and (v < k or v >= last - 1) for v in range(start, end))


def _warned_of(frame: Frame, link: int) -> bool:
    """A warning verb stands in the clause of the link preposition at word ``link`` ("warnte Ankara vor
    einer Bodenoffensive", "vor Angriffen gewarnt"): the noun after the link is the act warned of."""
    start, end = clause_span(frame.words, link, CLAUSE_BREAKS)
    return any(frame.words[v].lower() in frame.lexicon.irrealis_cues["warning_verbs"] for v in range(start, end))


def _governed_infinitive(frame: Frame) -> str | None:
    """What governs the trigger as a zu-infinitive: "drop", a modality, or None when it is not one or
    nothing in the cue lists governs it."""
    marker = infinitive_marker(frame)
    if marker is None:
        return None
    governor = _governor(frame, marker)
    if governor is None:
        return None
    at, modality = governor
    if modality in (_DROP, "negated"):
        return modality
    start, end = clause_span(frame.words, at, CLAUSE_BREAKS)
    negated = any(w.lower() in frame.lexicon.negation for w in frame.words[start:end])  # "niemals die Absicht"
    rejected = any(t == "REJECT" and i > marker for i, t in frame.governors)  # "Den Vorschlag, …, lehnte X ab"
    return "negated" if negated or rejected else modality


def _governed_content(frame: Frame) -> str | None:
    """What a verb trigger of the clause right before the trigger's "dass" clause makes of it, as for a
    zu-infinitive (``_GOVERNOR_TYPES`` but REJECT: "forderte, dass Russland die Luftangriffe einstellt" drops the act,
    "stimmte zu, dass … koordinieren" makes it future); None when no such verb governs it."""
    span = governing_clause(frame, False)
    if span is None:
        return None
    # a denial's content is left to event_hearsay.py ("dementierte Berichte, wonach …" stays a claim)
    kinds = [kind for j, kind in frame.governors if span[0] <= j < span[1] and kind in _GOVERNOR_TYPES
             and kind != "REJECT"]
    return (_GOVERNOR_TYPES[kinds[-1]] or _DROP) if kinds else None


def _endorsed_content(frame: Frame) -> bool:
    """The trigger's "dass" clause is the content of an endorsement, a verb trigger of a stance type
    (``_STANCE_TYPES``) in the clause before it ("zeigten sich dafür offen, dass die Ukraine … angreift",
    "sprach sich dafür aus, dass die EU Sanktionen verhängt"): the stance is the event, the act is none."""
    span = governing_clause(frame, False)
    return span is not None and any(span[0] <= j < span[1] and kind in _STANCE_TYPES for j, kind in frame.governors)


def _governor(frame: Frame, marker: int) -> tuple[int, str] | None:
    """(index, modality or "drop") of the nearest governor before the zu-infinitive at ``marker``: in the
    clause right before its own (at most ``_REACH`` words back; "Nachdem Diplomaten versucht hatten, …,
    begann die Türkei, Kurden anzugreifen" is no attempt of the attack) any cue; in its own clause ("ist bereit mit
    den USA zu kooperieren") only an intention verb, the words there being the infinitive's objects."""
    cues, words = frame.lexicon.irrealis_cues, frame.words
    own = clause_span(words, marker, CLAUSE_BREAKS)[0]
    before = clause_span(words, own - 2, CLAUSE_BREAKS)[0] if own > 1 else own  # the clause right before
    verbs = dict(frame.governors)
    if own > 0 and words[own].lower() in cues["purpose_openers"] and not _carried_out(frame, verbs, before, own):
        return own, "future"  # "…, um den IS anzugreifen": the aim of the main clause's act, not an act done
    for j in range(marker - 1, max(0, before, own - _REACH) - 1, -1):
        if words[j].lower() in cues["intention_verbs"]:
            return j, "future"
        if words[j].lower() in cues["refusal_verbs"]:
            return j, "negated"  # "weigerte sich, sich bei Russland zu entschuldigen"
        if j >= own or j == frame.index:
            continue
        if verbs.get(j) in _GOVERNOR_TYPES:
            return j, _GOVERNOR_TYPES[verbs[j]] or _DROP
        if words[j] in cues["intention_nouns"]:
            return j, "future"
        if words[j] in cues["possibility_nouns"]:
            return j, "hypothetical"
    return None


def _carried_out(frame: Frame, verbs: dict[int, str], before: int, own: int) -> bool:
    """The main clause (words [before, own)) is a call or meeting that does what its purpose clause says ("rief
    Putin an, um ihm zu kondolieren"), unless the purpose is an outcome the meeting only aims at
    (:data:`_OUTCOME_TYPES`); ``verbs`` maps word indices to the types of the sentence's triggers."""
    realising = frame.lexicon.irrealis_cues["realising_verbs"]
    return frame.trigger.type not in _OUTCOME_TYPES and any(
        verbs.get(j) in _REALISING_TYPES or frame.words[j].lower() in realising for j in range(before, own))


def infinitive_marker(frame: Frame) -> int | None:
    """Index of the zu-infinitive the trigger forms: the marker before a verb ("zu entsenden"), the verb
    itself with the marker inside ("abzuziehen"), or for a light verb the marker before its verb later
    in the clause ("Sanktionen zu verhängen"); None when the trigger is no zu-infinitive."""
    lex, words, k = frame.lexicon, frame.words, frame.index
    if frame.kind == "verb":
        if k > 0 and words[k - 1].lower() in lex.infinitive_markers:
            return k - 1
        return k if _infix_marker(frame, words[k].lower()) else None
    if frame.kind == "light":
        end = clause_span(words, k, CLAUSE_BREAKS)[1]
        hits = [j for j in range(k + 1, end - 1) if words[j].lower() in lex.infinitive_markers and words[j + 1].islower()
                and words[j + 1].isalpha() and words[j + 1].lower() not in lex.determiners]
        return hits[0] if hits else None
    return None


def _infix_marker(frame: Frame, word: str) -> bool:
    """``word`` is a verb trigger form with the marker after its particle ("abzuziehen" next to "abziehen")."""
    for marker in frame.lexicon.infinitive_markers:
        at = word.find(marker, 2)
        if at > 0 and word[:at] + word[at + len(marker):] in frame.lexicon.verbs:
            return True
    return False


def _conditional_clause(frame: Frame) -> bool:
    """The trigger's clause opens with a conditional word, or with a coordinator and one ("und wenn …")."""
    words, lex = frame.words, frame.lexicon
    start = clause_span(words, frame.index, CLAUSE_BREAKS)[0]
    opener = words[start].lower() if start < len(words) else ""
    if opener in lex.coordinators and start + 1 < len(words):
        opener = words[start + 1].lower()
    return opener in lex.irrealis_cues["conditional_openers"]
