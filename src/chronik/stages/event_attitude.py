"""Acts that are only what someone considers, favours or allows: hypothetical, not reported.

Part of the ``events`` stage (see :mod:`chronik.stages.event_irrealis`, which calls it).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries in ``irrealis_cues`` the lower-cased
``attitude_cues`` (phrases: every word of one must stand in a clause; "schloss aus" matches "schloss
… nicht aus") and ``attitude_links`` of ``events.yaml``, and in ``hearsay_cues`` the ``content_openers``.
Guarantees, with no German word in the code:

* :func:`considered_noun`: a noun or light-verb trigger whose noun no preposition governs, or only an
  ``attitude_links`` one, in a clause holding an attitude cue is considered, favoured or allowed, not
  done ("Die USA erwägen Luftangriffe auf den IS", "Erdogan schloss eine Bodenoffensive nicht aus",
  "sprach sich für Sanktionen aus"); not a possibility made real ("machte die Einigung möglich") nor a known
  act discussed ("diskutierte die russischen Luftangriffe", naming its agent; ``attitude_exceptions``); a
  possibility judged ("wurde als möglich bezeichnet", "für möglich gehalten") is no possibility made real.
* :func:`possible_noun`: a noun trigger with a ``possibility_adjectives`` word among its modifiers is only
  possible ("Ein mögliches Treffen zwischen Putin und Obama ist noch offen"), not a possible thing it hits
  ("Luftangriffe auf mögliche Stellungen des IS").
* :func:`attitude_content`: a trigger in a content clause ("…, dass die Ukraine … angreift") or a
  zu-infinitive right after a clause holding an attitude cue ("haben sich dafür offen gezeigt, dass …",
  "plädierte dafür, dass …", "ließ zu, dass …") or a preventing or fearing verb ("befürchtet, dass …") is
  the content of the attitude, not a reported act; :func:`governing_clause` finds that clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_enumeration import enumeration_commas, list_clause_span
from chronik.stages.event_slots import CLAUSE_BREAKS, attributive, before_modifiers, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def _holds_attitude(frame: Frame, start: int, end: int, noun: int | None = None) -> bool:
    """Some ``attitude_cues`` phrase has all its words among words [start, end) of the frame's sentence, and
    is no exception (``attitude_exceptions``): a possibility made or become real ("Erst die Vermittlung
    Russlands machte die Einigung möglich", "wurden erst durch die Waffenruhe möglich"), or, for the act noun
    at word ``noun``, a discussion of a known act ("Die Nato diskutierte die russischen Luftangriffe": an
    anaphoric determiner before it)."""
    cues = frame.lexicon.irrealis_cues
    clause = {w.lower() for w in frame.words[start:end]}
    held = [cue for cue in cues.get("attitude_cues", ()) if set(cue.split()) <= clause]
    if clause & cues.get("attitude_realisers", frozenset()) and not _judged_possible(frame, start, end):
        held = [cue for cue in held if cue not in cues["attitude_possible"]]
    if noun is not None and _known_act(frame, noun):
        held = [cue for cue in held if cue not in cues["attitude_topics"]]
    return bool(held)


def _judged_possible(frame: Frame, start: int, end: int) -> bool:
    """A ``possible`` word of words [start, end) has a ``judging`` word at most two words before it ("wurde
    als möglich bezeichnet", "wurde für durchaus möglich gehalten"): a possibility judged, not one made real."""
    cues, words = frame.lexicon.irrealis_cues, [w.lower() for w in frame.words]
    judging = cues.get("attitude_judging", frozenset())
    return any(words[k] in cues.get("attitude_possible", ()) and set(words[max(start, k - 2) : k]) & judging
               for k in range(start, end))


def discussed_act(frame: Frame) -> bool:
    """The frame's noun is a known act that a verb of discussion (``attitude_exceptions`` topics) of its clause
    takes as object ("Die Nato diskutierte am Montag die russischen Luftangriffe"): it happened before the
    discussion, whose time is not its own."""
    if frame.kind != "noun" or not _known_act(frame, frame.index):
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    topics = frame.lexicon.irrealis_cues.get("attitude_topics", frozenset())
    return any(w.lower() in topics for w in frame.words[start:end])


def _known_act(frame: Frame, noun: int) -> bool:
    """An anaphoric determiner (a definite article) opens the noun phrase of word ``noun`` and the phrase
    names the act's agent (:func:`_named_agent`): an act under way the reader knows, not one proposed ("die
    russischen Luftangriffe", not "eine Verstärkung der Truppen" nor "die Entsendung von Truppen")."""
    words, lex = frame.words, frame.lexicon
    j = noun - 1
    while j >= 0 and attributive(lex, words[j]) and words[j].lower() not in lex.determiners:
        j -= 1
    return j >= 0 and words[j].lower() in lex.anaphoric_determiners and _named_agent(frame, j + 1, noun)


def _named_agent(frame: Frame, first: int, noun: int) -> bool:
    """The noun at word ``noun``, whose modifiers begin at word ``first``, names an agent in its own phrase: a
    state adjective or an actor mention among its modifiers ("die russischen Luftangriffe") or an actor
    mention right after it, a genitive article apart ("die Luftangriffe Russlands", "… der Koalition")."""
    if any(frame.state_adjective(k) for k in range(first, noun)):
        return True
    after = noun + 1
    if after < len(frame.words) and frame.words[after].lower() in frame.lexicon.genitive_determiners:
        after += 1
        while after < len(frame.words) - 1 and attributive(frame.lexicon, frame.words[after]):
            after += 1
    starts = {frame.word_index(m.start) for m in frame.mentions if m.actor_id or m.country}
    return bool(starts & ({*range(first, noun)} | {noun + 1, after}))


def considered_noun(frame: Frame) -> bool:
    """The frame's noun (noun or light-verb trigger) is the object of an attitude cue of its clause (see the
    module docstring)."""
    cues = frame.lexicon.irrealis_cues.get("attitude_cues", ())
    if frame.kind not in ("noun", "light") or any(frame.words[frame.index].lower() in c.split() for c in cues):
        return False  # the attitude's own trigger ("zeigte sich offen"): it is held, not considered
    words, lex = frame.words, frame.lexicon
    j = before_modifiers(words, frame.index, lex)
    if j >= 0 and words[j].lower() in lex.prepositions \
            and words[j].lower() not in lex.irrealis_cues.get("attitude_links", ()):
        return False  # "erwägt nach den Anschlägen …": the noun is no object of the attitude
    return _holds_attitude(frame, *_listing_clause(frame), noun=frame.index)


def possible_noun(frame: Frame) -> bool:
    """The frame's noun trigger has a ``possibility_adjectives`` word among its modifiers (see the module
    docstring)."""
    if frame.kind != "noun":
        return False
    adjectives = frame.lexicon.irrealis_cues.get("possibility_adjectives", frozenset())
    first = before_modifiers(frame.words, frame.index, frame.lexicon) + 1
    return any(w.lower() in adjectives for w in frame.words[max(first, 0) : frame.index])


def _listing_clause(frame: Frame) -> tuple[int, int]:
    """[start, end) of the trigger's clause, where the commas of an enumeration of actors break none
    (event_enumeration.py, also a bare list): "Treffen Putin, Poroschenko und Merkel diese Woche möglich",
    "Treffen EU, Ukraine, Russland diese Woche möglich" are one clause each."""
    words = frame.words
    joined = enumeration_commas(frame.article, frame.sentence, words, frame.lexicon, closed=False)
    return list_clause_span(words, frame.index, joined) if joined else clause_span(words, frame.index, CLAUSE_BREAKS)


def governing_clause(frame: Frame, infinitive: bool) -> tuple[int, int] | None:
    """[start, end) of the clause right before the trigger's own, when the trigger's clause is a content
    clause (a ``content_openers`` word after a comma) or, with ``infinitive``, its zu-infinitive clause;
    None otherwise."""
    words = frame.words
    start, _ = clause_span(words, frame.index, CLAUSE_BREAKS)
    if start < 2 or words[start - 1] != ",":
        return None
    if not (infinitive or words[start].lower() in frame.lexicon.hearsay_cues.get("content_openers", ())):
        return None
    return clause_span(words, start - 2, CLAUSE_BREAKS)[0], start - 1


def attitude_content(frame: Frame, infinitive: bool) -> bool:
    """The clause governing the trigger's content or zu-infinitive clause (:func:`governing_clause`) holds an
    attitude cue or a preventing or fearing verb ("will verhindern, dass …", "befürchtet, dass …"): see the
    module docstring."""
    span = governing_clause(frame, infinitive)
    if span is None:
        return False
    preventing = frame.lexicon.irrealis_cues.get("preventing_verbs", frozenset())
    return _holds_attitude(frame, *span) or any(w.lower() in preventing for w in frame.words[span[0] : span[1]])
