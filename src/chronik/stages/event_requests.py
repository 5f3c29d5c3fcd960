"""Roles of demands and of aid that the clause structure alone does not give.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):

* a demand that names no addressee is addressed to the state where the demanded thing is to happen
  ("forderte eine Waffenruhe in Syrien", "eine Lösung für den Syrien-Krieg"), else to the addressee
  of the same actor's demand in the sentence before ("Auf Drängen Frankreichs berät der
  UN-Sicherheitsrat … Paris dringt auf …");
* a demand verb marked ``home_addressee`` that names no addressee by anything else, made by a party,
  the opposition, civilians, a non-governmental or an armed group of one country ("HDP-Chef Demirtaş forderte, die Hälfte der
  Kabinettsposten solle mit Frauen besetzt werden"), is addressed to that country's government;
* a demand noun after an instigation preposition ("Auf Drängen Frankreichs berät der
  UN-Sicherheitsrat") is a demand of its genitive to whoever acts in the clause;
* aid received ("nachdem er in Russland Asyl erhalten hatte") has the subject as the receiver and the
  "von"/"in" party as the giver; aid decided ("Putin hat über Asyl für Assad entschieden") has the
  deciding subject as the giver.

The cue words come from ``events.yaml`` through :class:`EventLexicon`; the code knows no words.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_slots import CLAUSE_BREAKS, before_modifiers, clause_span, in_mention, in_timex

if TYPE_CHECKING:
    from chronik.kb.base import KnowledgeBase
    from chronik.model import EventMention
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon
    from chronik.stages.event_slots import Slot

_clause_span = partial(clause_span, breaks=CLAUSE_BREAKS)
_PLACE_KINDS = frozenset({"STATE", "LOC"})
#: The PLOVER mode of asylum: given by the state of the place of refuge ("Asyl in Russland").
_ASYLUM = "asylum"


def state_names(kb: KnowledgeBase) -> dict[str, str]:
    """One-word names of the knowledge base's states → ISO3 ("Syrien" → SYR), for compounds such as
    "Syrien-Krieg".  Requires the KB's phrase index; only forms found as a state's name."""
    names: dict[str, str] = {}
    for key, forms in kb.phrases.items():
        if len(key) != 1:
            continue
        for form in forms:
            entry = kb.entries[form.entry_id]
            if form.how == "name" and entry.kind == "state" and entry.extra.get("iso3"):
                names.setdefault(key[0], entry.extra["iso3"])
    return names


def instigation(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is a demand noun after an instigation preposition, determiners and adjectives apart ("Auf
    Drängen Frankreichs", "auf Antrag Russlands", "mit einer Bitte Assads begründet"): it reports a demand
    of its own even next to the verb of the act it caused."""
    trigger = lexicon.nouns.get(words[k])
    if trigger is None or trigger.type != "REQUEST":
        return False
    j = before_modifiers(words, k, lexicon)
    return j >= 0 and words[j].lower() in lexicon.instigation_preps


def demand_state(frame: Frame, own: set[str]) -> str | None:
    """The state (ISO3) a demand without addressee is aimed at: that of a place or state the demanded thing
    is to happen in ("eine Waffenruhe in ganz Syrien", "die Konfliktparteien in Libyen") or of a conflict
    it is to end ("eine Lösung für den Syrien-Krieg", "den syrischen Bürgerkrieg"), after the trigger in
    its clause (what comes before is the setting: "hatte nach dem Einmarsch in die Ukraine die Aufnahme
    beantragt"), unless one of ``own`` (the demanding side's countries).  None for other types."""
    if frame.trigger.type != "REQUEST":
        return None
    start, end = frame.index + 1, _clause_span(frame.words, frame.index)[1]
    found = [c for c in _located_objects(frame, start, end) + _conflicts(frame, start, end) if c not in own]
    return found[0] if found else next((c for c in _middle_field_objects(frame) if c not in own), None)


def _middle_field_objects(frame: Frame) -> list[str]:
    """For a verb that closes its clause ("Russland hat Wahlen in Syrien gefordert"), the countries of places
    before it that a locative preposition attaches to an object noun no preposition governs ("Wahlen in
    Syrien"; not the setting "nach dem Einmarsch in die Ukraine"); [] for a noun or a verb not last."""
    start, end = _clause_span(frame.words, frame.index)
    if frame.kind == "noun" or any(w[:1].isalpha() for w in frame.words[max(frame.end, frame.index + 1) : end]):
        return []
    return [c for c in _located_objects(frame, start, frame.index) if _object_noun(frame, c, start) is not None]


def _object_noun(frame: Frame, country: str, start: int) -> int | None:
    """Index of the noun a place of ``country`` in the clause completes, when no preposition governs the noun
    (an object); None otherwise."""
    lex = frame.lexicon
    for m in frame.mentions:
        k = frame.word_index(m.start)
        placed = frame.mention_country(m)
        if placed != country or not start <= k < frame.index:
            continue
        j = before_modifiers(frame.words, k, lex)
        noun = (before_modifiers(frame.words, j, lex) if _apposed(frame, j) else j) - 1
        before = before_modifiers(frame.words, noun, lex)
        if noun >= 0 and (before < 0 or frame.words[before].lower() not in lex.prepositions):
            return noun
    return None


def _located_objects(frame: Frame, start: int, end: int) -> list[str]:
    """Countries of places in [start, end) that a locative preposition attaches to a noun before it
    ("Waffenruhe in Syrien"), not to the verb ("forderte in Moskau") nor to a setting or cause phrase ("bei
    einem Treffen in Moskau", "nach dem Anschlag in Paris", "am Rande des Gipfels in Paris")."""
    places = frame.article.places
    found = []
    for m in frame.mentions:
        k = frame.word_index(m.start)
        country = places[m.place_id].country if m.place_id in places else (m.country if m.kind in _PLACE_KINDS else None)
        if country and start <= k < end and _noun_attribute(frame, k):
            found.append(country)
    return found


def _noun_attribute(frame: Frame, k: int) -> bool:
    """The name at word ``k`` follows a locative preposition (extent words such as "ganz" between, or a
    common noun in apposition: "im Bürgerkriegsland Syrien") that follows a common noun which no locative
    preposition governs itself."""
    lex = frame.lexicon
    j = before_modifiers(frame.words, k, lex)  # "in ganz Syrien", "in der gesamten Ukraine"
    if j >= 1 and _apposed(frame, j):  # "im Bürgerkriegsland Syrien": a common noun before the name
        j = before_modifiers(frame.words, j, lex)
    if j < 1 or frame.words[j].lower() not in lex.locative_preps:
        return False
    noun = j - 1
    word = frame.words[noun]
    if not word[:1].isupper() or in_mention(frame, noun) or in_timex(frame, noun):
        return False
    before = before_modifiers(frame.words, noun, lex)
    setting = lex.locative_preps | lex.cause_preps  # "bei einem Treffen in Moskau", "nach dem Anschlag in Paris"
    return before < 0 or frame.words[before].lower() not in setting and not _setting_attribute(frame, before)


def _setting_attribute(frame: Frame, before: int) -> bool:
    """The noun after word ``before`` is a genitive attribute of a noun that a preposition governs ("am
    Rande [des Gipfels] in Paris", "während eines Besuchs … "): it belongs to the setting phrase."""
    lex, words = frame.lexicon, frame.words
    if before + 1 >= len(words) or words[before + 1].lower() not in lex.genitive_determiners or not words[before][:1].isupper():
        return False
    head = before_modifiers(words, before, lex)
    return head >= 0 and words[head].lower() in lex.prepositions


def _apposed(frame: Frame, j: int) -> bool:
    """Word ``j`` is a common noun in apposition before a name ("Bürgerkriegsland" in "im Bürgerkriegsland
    Syrien"): capitalised, in no mention or time expression, after a locative preposition (modifiers apart)."""
    lex, word = frame.lexicon, frame.words[j]
    if not word[:1].isupper() or in_mention(frame, j) or in_timex(frame, j):
        return False
    i = before_modifiers(frame.words, j, lex)
    return i >= 0 and frame.words[i].lower() in lex.locative_preps


def _conflicts(frame: Frame, start: int, end: int) -> list[str]:
    """Countries of conflicts named in [start, end): a compound of a state's name and a conflict noun
    ("Syrien-Krieg") or a state adjective before one ("den syrischen Bürgerkrieg")."""
    lex = frame.lexicon
    found = []
    for k in range(start, end):
        head, _, tail = frame.words[k].partition("-")
        if tail in lex.conflict_nouns and head in frame.state_names:
            found.append(frame.state_names[head])
        elif frame.words[k] in lex.conflict_nouns and (country := frame.state_adjective(k - 1)):
            found.append(country)
    return found


def repeated_addressee(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of the same actor's demand in the sentence before, for a demand that names none
    ("Auf Drängen Frankreichs berät der UN-Sicherheitsrat … Paris dringt auf die Entsendung …"): the
    same country or actor demands again, and the earlier demand had a target (its first).  None otherwise."""
    if frame.trigger.type != "REQUEST" or not source:
        return None
    ids = {m.actor_id for m in source if m.actor_id} | {m.country for m in source if m.country}
    for event in reversed(frame.earlier):
        if event.sentence < frame.sentence.index - 1:
            break
        if event.type == "REQUEST" and event.sentence == frame.sentence.index - 1 and event.target and any(
                a.id in ids or a.country in ids for a in event.source):
            return event.target[0]
    return None


#: Sectors whose demands at home are addressed to their own government when they name no addressee (not
#: armed groups: at war with their government, they ask outsiders).
_DOMESTIC_DEMANDERS = frozenset({"PTY", "OPP", "CVL", "NGO"})


def domestic_addressee(frame: Frame, source: list[Mention]) -> Actor | None:
    """The government of the one country of a demand's non-state sources (``_DOMESTIC_DEMANDERS``), for a
    demand verb (``home_addressee``) that names no addressee (see the module docstring); None for other
    triggers or sources, for a call on an object (``addressee_particles``: "forderte die internationale
    Gemeinschaft zum Handeln auf"), when the clause names another country or an organisation ("mehr
    Unterstützung aus Brüssel") or when a nationality names the sources ("syrische Flüchtlinge in
    Griechenland": where they come from, not whom they ask)."""
    if not frame.trigger.home_addressee or frame.kind == "noun" or not source:
        return None
    countries = {m.country for m in source}
    if len(countries) != 1 or None in countries or any(m.sector not in _DOMESTIC_DEMANDERS for m in source):
        return None
    country = countries.pop()
    start, end = _clause_span(frame.words, frame.index)
    last = next((w for w in reversed(frame.words[frame.index + 1 : end]) if w[:1].isalpha()), "")
    if last.lower() in frame.lexicon.addressee_particles \
            or any((m.country or country) != country or m.sector == "IGO"
                   for m in frame.mentions if start <= frame.word_index(m.start) < end) \
            or any(frame.state_adjective(frame.word_index(m.start) - 1) for m in source if m.sector == "CVL"):
        return None
    return Actor.group(country, "GOV")  # the government, not the state he belongs to (event_positions_late.py)


def unnamed_addressee(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of a demand that names none by the clause's own rules: the demanders' own government
    (:func:`domestic_addressee`), else the other side of the talks they are at (:func:`talks_counterpart`)."""
    return domestic_addressee(frame, source) or talks_counterpart(frame, source)


#: How many sentences back talks may have been reported for a demand that names no addressee to be made at
#: them (a report of talks goes on with what the delegations said).
_TALKS_WINDOW = 5


def talks_counterpart(frame: Frame, source: list[Mention]) -> Actor | None:
    """The other side of the two-sided talks the article reported within ``_TALKS_WINDOW`` sentences before,
    for a demand verb (``home_addressee``: no reported "müsse", no appeal) that names no addressee and is
    made by one of their sides ("In Astana haben
    Gespräche zwischen der syrischen Regierung und den Rebellen begonnen. … Der Leiter der
    Rebellendelegation verlangte, die Waffenruhe müsse gefestigt werden": the government).  Requires the
    article's events found so far (``frame.earlier``); the talks are an asserted CONSULT with exactly two
    parties besides a mediator (the source of third-party talks), one of which the demander is (by id, or
    by country and sector where the party is an unnamed group).  None otherwise: at a summit of many the
    addressee is not known, and a demand told as background ("Zuvor hatte Kerry im Kongress … gefordert", a
    ``background_tense`` word in its sentence) was not made at the talks."""
    if not frame.trigger.home_addressee or frame.kind == "noun" or not source \
            or any(w.lower() in frame.lexicon.background_tense for w in frame.words):
        return None
    for event in reversed(frame.earlier):
        if event.sentence < frame.sentence.index - _TALKS_WINDOW:
            break
        if event.type != "CONSULT" or event.modality != "asserted" or _placed_elsewhere(frame, event):
            continue
        parties = event.target if event.mode == "third-party" else event.source + event.target
        if len(parties) != 2:
            continue
        mine = [a for a in parties if _stands_for(a, source)]
        if len(mine) == 1:
            return next(a for a in parties if a is not mine[0])
    return None


def _placed_elsewhere(frame: Frame, talks: EventMention) -> bool:
    """The demand's sentence names a place, none of them the place of the ``talks`` ("… verhandelten in
    Washington. Danach forderte Abbas in Ramallah …": made at home, not at the talks)."""
    places = {m.place_id for m in frame.mentions if m.place_id and frame.sentence.start <= m.start < frame.sentence.end}
    return bool(places) and (talks.location is None or talks.location.id not in places)


def _stands_for(actor: Actor, source: list[Mention]) -> bool:
    """``actor`` is one of the ``source`` mentions: the same id, or an unnamed group of their country and
    sector ("SYR REB" for a rebel leader)."""
    return any(m.actor_id == actor.id or (actor.kind == "group" and (m.country, m.sector) == (actor.country, actor.sector))
               for m in source)


def turned_roles(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention]
                 ) -> tuple[list[Mention], list[Mention]]:
    """Source and target where the clause turns the roles that clause structure gives: aid received or
    decided (see :func:`_aid_roles`), and a demand after an instigation preposition, which is addressed to
    whoever acts in the clause ("Der UN-Sicherheitsrat kam auf Antrag Russlands zusammen"); people sent back to
    the source's own state (:func:`_brought_home`) are no target of a deportation; backing a subject receives by a
    light verb ("genießt die Unterstützung Russlands") is given by its owner.  Requires
    the roles found by clause structure and ``slots`` of the sentence; returns (source, target)."""
    if frame.trigger.type == "AID":
        return _aid_roles(frame, slots, source, target)
    if frame.kind == "light" and frame.trigger.type == "SUPPORT" and _received(frame):
        return target, source  # "Assad genießt die Unterstützung Russlands": Russia backs Assad
    if frame.trigger.id in frame.lexicon.return_triggers and _brought_home(frame, slots, source):
        return source, []
    if frame.kind == "noun" and source and not target and instigation(frame.words, frame.index, frame.lexicon):
        actors = [s.mention for s in slots if s.prep is None and s.mention not in source]
        return source, actors[:1]
    return source, target


def _aid_roles(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention]
               ) -> tuple[list[Mention], list[Mention]]:
    """Source and target of an aid trigger whose clause turns the roles: a receiving verb ("er hat in
    Russland Asyl erhalten", "erhielt Waffen von den USA": the subject receives, the "von" party or the
    state of the place gives), asylum in a place ("dem … Assad Asyl in Russland zu gewähren": the place's
    state gives) or a passive grant in a place ("Moskau, wo ihm Asyl gewährt wurde").  A deciding subject
    gives what it decides on ("Putin hat über Asyl für Assad entschieden").  A lender (``creditors``) receiving
    from a giver is repaid: no receiver."""
    start, end = _clause_span(frame.words, frame.index)
    clause = [w.lower() for w in frame.words[start:end]]
    lex = frame.lexicon
    refuge = _givers(frame, slots, start, end) if frame.trigger.mode == _ASYLUM else []
    if any(w in lex.receiving_verbs for w in clause) or (refuge and refuge[0].country not in {m.country for m in source}):
        givers = refuge or _givers(frame, slots, start, end)
        subjects = [s.mention for s in slots if start <= s.index < end and s.prep is None]
        receivers = _without(source + target + subjects, givers)[:2]
        if givers and any(m.actor_id in lex.creditors for m in receivers):
            return givers, []  # "Der IWF erhielt von Griechenland 450 Millionen Euro": a debt repaid
        return givers, receivers
    if not source and any(w in lex.passive_auxiliaries for w in clause):
        return _givers(frame, slots, start, end), target
    if not source and any(w in lex.decision_verbs for w in clause):
        deciders = [s.mention for s in slots if start <= s.index < frame.index and s.prep is None]
        receivers = [s.mention for s in slots if start <= s.index < end and s.prep in frame.trigger.target_preps]
        return deciders[:1], target or receivers[:1]
    return source, target


def _received(frame: Frame) -> bool:
    """A ``receiving_verbs`` word stands in the trigger's clause: its subject receives the backing."""
    start, end = _clause_span(frame.words, frame.index)
    return any(w.lower() in frame.lexicon.receiving_verbs for w in frame.words[start:end])


def _brought_home(frame: Frame, slots: list[Slot], source: list[Mention]) -> bool:
    """A state or place of the source's own country follows a ``destination_preps`` word in the trigger's clause
    ("Russland brachte Hunderte Menschen aus Syrien nach Russland zurück"): its people are brought home."""
    start, end = _clause_span(frame.words, frame.index)
    own = {m.country for m in source if m.country}
    return any(start <= s.index < end and s.prep in frame.lexicon.destination_preps and s.mention.country in own
               for s in slots)


def _without(mentions: list[Mention], removed: list[Mention]) -> list[Mention]:
    """``mentions`` in order, each once, none of ``removed`` (mentions are not hashable)."""
    kept: list[Mention] = []
    for m in mentions:
        if m not in removed and m not in kept:
            kept.append(m)
    return kept


def _givers(frame: Frame, slots: list[Slot], start: int, end: int) -> list[Mention]:
    """Who gives in a clause of receiving or of a passive grant: an actor the trigger's source prepositions
    govern ("von den USA"), else a state or place a locative preposition governs ("in Russland"), else
    the place a "wo" clause refers back to ("nach Moskau, wo …")."""
    by = [s.mention for s in slots if start <= s.index < end and s.prep in frame.trigger.source_preps]
    if by:
        return by[:1]
    located = [s.mention for s in slots if start <= s.index < end and s.prep in frame.lexicon.locative_preps
               and s.mention.kind in _PLACE_KINDS]
    located += [m for m in frame.mentions if m.kind == "LOC" and m.country and start <= frame.word_index(m.start) < end
                and _governed_by(frame, frame.word_index(m.start), frame.lexicon.locative_preps)]
    if located:
        return located[:1]
    if start > 1 and frame.words[start].lower() in frame.lexicon.place_relatives:
        before = [m for m in frame.mentions if m.kind in _PLACE_KINDS and m.country
                  and frame.word_index(m.end - 1) == start - 2]
        return before[:1]
    return []


def _governed_by(frame: Frame, k: int, preps: frozenset[str]) -> bool:
    j = before_modifiers(frame.words, k, frame.lexicon)
    return j >= 0 and frame.words[j].lower() in preps
