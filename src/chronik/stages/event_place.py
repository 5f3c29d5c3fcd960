"""Where an event happened, and the state a visit or an act with no named target goes to: the place
nearest the trigger in its own clause (or the place a "wo" clause refers back to), and the government of
a place's country as the article names it.  Part of the ``events`` stage (event_frame.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Mention, Place
from chronik.stages.event_objects import statement_mark
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    SPEECH_ACTS,
    addressed_capital,
    before_modifiers,
    clause_span,
    governing_preposition,
    voiced_origin,
)

if TYPE_CHECKING:
    from chronik.kb.base import KnowledgeBase
    from chronik.kb.geo import GeoIndex
    from chronik.stages.event_frame import Frame


def visited_state(frame: Frame, location: Place | None) -> Actor | None:
    """"Staatsbesuch in Japan": a visit with no named host goes to the government of the place's country."""
    return host_state(frame, location.country) if location is not None else None


def host_state(frame: Frame, country: str | None) -> Actor | None:
    """The state actor of ``country`` (its government), as the article names it where it does."""
    if not country:
        return None
    host = next((a for a in frame.article.actors.values() if a.kind == "state" and a.country == country), None)
    if host is not None:
        return Actor(host.id, host.name, host.country, "GOV", list(host.aliases), "state")
    return Actor.group(country, "GOV")


def capital_places(kb: KnowledgeBase, geo: GeoIndex) -> dict[str, Place]:
    """A capital's name that the KB lists as a metonym of its state → the capital as a place ("Damaskus"
    → Damascus, SYR): its most populous namesake in that state."""
    found: dict[str, Place] = {}
    for phrase, forms in kb.phrases.items():
        states = [kb.entries[f.entry_id] for f in forms if f.how == "metonym" and kb.entries[f.entry_id].kind == "state"]
        towns = [p for p in geo.names.get(phrase, []) if states and p.country == states[0].extra.get("iso3")]
        if towns:
            best = towns[0]
            name = best.name if best.id.startswith("kb:") else " ".join(phrase)
            found[" ".join(phrase)] = Place(name, best.geonames_id, best.lat, best.lon, best.country, best.id)
    return found


def event_place(frame: Frame) -> Place | None:
    """Where the act happened: the resolved place nearest the trigger in its own clause; in a clause opened
    by a place relative ("auf dem Stützpunkt Hmeimim, wo er den Abzug anordnete, flog er nach Kairo") the
    last place before its comma; the capital a ``place_object`` trigger takes in a clause without a place
    (:func:`_taken_capital`) or a visit goes to (:func:`_visited_capital`); else the nearest in the sentence.
    A meeting never happens where its participants come from (:func:`_origin`).  None when the sentence
    names none."""
    places = frame.article.places
    located = [(frame.word_index(m.start), m) for m in frame.mentions if m.place_id and m.place_id in places]
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    taken = _taken_capital(frame, start, end) or _visited_capital(frame, start, end)
    if frame.trigger.type == "CONSULT":  # "Von Hmeimim aus reiste Putin nach Kairo": not where he came from
        located = [(k, m) for k, m in located if not _origin(frame, k, m) and not _seat(frame, k)
                   and not _in_topic(frame, k)]
    if frame.trigger.type in SPEECH_ACTS or frame.kind == "noun":  # "verurteilte den Anschlag in Ankara": where
        # the attack was; "bei einem Besuch in Baku die Luftangriffe Russlands": where the visit was
        located = [(k, m) for k, m in located if not of_another_act(frame, k, frame.kind != "noun")]
    # "protestierte bei Moskau", "die Kritik aus Wien": the capital is a party (event_slots.py), no place
    located = [(k, m) for k, m in located if not (addressed_capital(frame, m, k) or voiced_origin(frame, m, k))]
    if frame.trigger.sends_away:  # "schob 50 Afghanen nach Kabul ab": where they went, not where it was done
        located = [(k, m) for k, m in located if not destination(frame, k)]
    mark = statement_mark(frame)  # "Nach Blitzbesuch in Syrien: Putin in Kairo": not in Cairo
    located = [(k, m) for k, m in located if mark is None or k < mark]
    if not located or (taken is not None and not any(start <= k < end for k, _ in located)):
        return taken
    pool = [(k, m) for k, m in located if start <= k < end]
    if not pool and start > 1 and frame.words[start].lower() in frame.lexicon.place_relatives:
        pool = [(k, m) for k, m in located if k < start - 1][-1:]
    nearest = min(pool or located, key=lambda km: abs(km[0] - frame.index))[1]
    return places[nearest.place_id]


def destination(frame: Frame, k: int) -> bool:
    """The place or state at word ``k`` is where someone is sent: a ``destination_preps`` word governs it
    ("nach Kabul"), or a locative one before a ``directional_determiners`` word ("in die Türkei")."""
    lex = frame.lexicon
    if governing_preposition(frame, k) in lex.destination_preps:
        return True
    j = before_modifiers(frame.words, k, lex)
    return j >= 0 and frame.words[j].lower() in lex.locative_preps and frame.words[j + 1].lower() in lex.directional_determiners


def placed_country(frame: Frame, mention: Mention) -> str | None:
    """The country ``mention`` places an act in: a place's, or a state's right after a ``locative_preps`` word
    ("in Syrien"); else None."""
    places = frame.article.places
    if mention.place_id in places:
        return places[mention.place_id].country
    before = frame.article.text[max(0, mention.start - 20) : mention.start].split()[-1:]
    located = mention.kind == "STATE" and before and before[0].lower() in frame.lexicon.locative_preps
    return mention.country if located else None


def _visited_capital(frame: Frame, start: int, end: int) -> Place | None:
    """"reiste nach Kairo zu Gesprächen": the capital (a KB metonym) that a visit goes to, governed by a
    ``deployment_preps`` word in the clause [start, end); the one nearest the trigger, None for other
    triggers or when there is none."""
    if frame.trigger.mode != "visit":
        return None
    return _nearest_capital(frame, start, end, frame.lexicon.deployment_preps)


def _origin(frame: Frame, k: int, mention: Mention) -> bool:
    """The place mention at word ``k`` is where someone comes from: "aus Minsk", "von Hmeimim aus"
    (an ``origin_preps`` word before it, or after it where a ``leader_links`` word, "von", governs it: "in
    Genf aus Anlass der Gespräche" is no origin)."""
    after = frame.word_index(mention.end - 1) + 1
    origin, preposition = frame.lexicon.origin_preps, governing_preposition(frame, k)
    return preposition in origin or (preposition in frame.lexicon.leader_links and after < len(frame.words)
                                     and frame.words[after].lower() in origin)


def _in_topic(frame: Frame, k: int) -> bool:
    """The place at word ``k`` lies in the topic of the meeting: a ``topic_preps`` word stands between the trigger
    and it, also across the commas of an apposition ("verhandelt mit der neuen Führung über die Zukunft seiner
    Stützpunkte, des Luftwaffenstützpunkts Hmeimim" is not held at Hmeimim)."""
    return frame.index < k and any(w.lower() in frame.lexicon.topic_preps for w in frame.words[frame.index + 1 : k])


def _seat(frame: Frame, k: int) -> bool:
    """The place at word ``k`` is the seat of a government body named right before its ``locative_preps`` word
    ("das Präsidialamt in Damaskus bestätigte die Reise"): where a party sits, not where it met."""
    if k < 2 or frame.words[k - 1].lower() not in frame.lexicon.locative_preps:
        return False
    before = frame.sentence.tokens[k - 2]
    return any(m.end == before.end and m.kind == "GROUP" and m.sector == "GOV" for m in frame.mentions)


def of_another_act(frame: Frame, k: int, settings: bool = True) -> bool:
    """The place at word ``k`` belongs to an event noun other than the trigger: a preposition right before
    it (a determiner between them at most) follows that noun ("den Anschlag in Ankara", "die Kämpfe um
    Aleppo"), unless (with ``settings``) a ``setting_preps`` word governs the noun: then it is where the
    statement was made ("bei einem Besuch in Baku", "am Rande eines Treffens in Genf")."""
    words, lex = frame.words, frame.lexicon
    marks = lex.setting_preps | lex.setting_words if settings else frozenset()
    for prep in (k - 1, k - 2):
        if prep - 1 > 0 and prep - 1 != frame.index and words[prep].lower() in lex.prepositions:
            setting = any(w.lower() in marks for w in words[max(0, prep - 4) : prep - 1])
            return words[prep - 1] in lex.nouns and not setting
    return False


def _taken_capital(frame: Frame, start: int, end: int) -> Place | None:
    """"Rebellen nahmen Damaskus ein": a capital that stands for its state (a KB metonym) in the clause
    [start, end) of a ``place_object`` trigger (a place taken) is also where the act happened; the one
    nearest the trigger, None when the trigger takes no place or the clause names no capital."""
    if not frame.trigger.place_object:
        return None
    return _nearest_capital(frame, start, end)


def _nearest_capital(frame: Frame, start: int, end: int, preps: frozenset[str] | None = None) -> Place | None:
    """The capital (a KB metonym, mentioned as its state) in [start, end) nearest the trigger, as a place;
    with ``preps``, only one that one of them governs.  None when there is none."""
    capitals = [(abs(k - frame.index), frame.capitals[m.text]) for m in frame.mentions
                if m.kind == "STATE" and m.text in frame.capitals and start <= (k := frame.word_index(m.start)) < end
                and (preps is None or governing_preposition(frame, k) in preps)]
    return min(capitals, key=lambda pair: pair[0])[1] if capitals else None


#: Clause breaks without brackets: a bracket is an aside within the clause.
_ASIDE_BREAKS = CLAUSE_BREAKS - {"(", ")"}


def nearest_place_country(frame: Frame, apart: tuple[Mention, ...] = ()) -> str | None:
    """The country of the place or state mention of the trigger's clause nearest the trigger; a state governed
    by a preposition other than a locative one is a party, not the place ("mit Unterstützung der USA"), and a
    state among ``apart`` (the act's own sides) is none ("Russland annektierte die Halbinsel": no place named)."""
    places = frame.article.places
    start, end = clause_span(frame.words, frame.index, _ASIDE_BREAKS)
    located = [(frame.word_index(m.start), frame.mention_country(m)) for m in frame.mentions
               if m.place_id in places or (m.kind == "STATE" and m not in apart and _placing(frame, m))]
    located = [(k, c) for k, c in located if c and start <= k < end]
    return min(located, key=lambda kc: abs(kc[0] - frame.index))[1] if located else None


def place_taken(frame: Frame) -> bool:
    """The trigger's clause names a place it takes (:func:`nearest_place_country`); for a verb, not one after a
    target preposition of the trigger, which names whom it is taken from ("befreite Falludscha von der IS-Miliz";
    not "ein Kleinstädtchen von der Plage befreien"), and a city, not a state that may be the subject ("Die Türkei
    hat 20 Geiseln von der PKK befreit")."""
    if frame.kind == "noun":
        return nearest_place_country(frame) is not None
    start, end = clause_span(frame.words, frame.index, _ASIDE_BREAKS)
    return any((m.kind == "LOC" or m.how == "kb:metonym") and start <= (k := frame.word_index(m.start)) < end
               and governing_preposition(frame, k) not in frame.trigger.target_preps for m in frame.mentions)


def _placing(frame: Frame, state: Mention) -> bool:
    """The state mention may name a place: no preposition governs it, or a locative one ("in Syrien")."""
    prep = governing_preposition(frame, frame.word_index(state.start))
    return prep is None or prep in frame.lexicon.locative_preps
