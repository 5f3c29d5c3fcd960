"""Sentence context of an event frame beyond its own roles: the place an act leaves ("zog Truppen aus
Damaskus ab") and the clause that is only the content of another act ("warf Russland vor, Gebiete
bombardiert zu haben").  Part of the ``events`` stage; the cue words come from ``events.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention, Mention, Place
from chronik.stages.event_causes import aim_head
from chronik.stages.event_irrealis import infinitive_marker
from chronik.stages.event_objects import noun_phrase_end
from chronik.stages.event_place import host_state
from chronik.stages.event_positions import conjunct_start
from chronik.stages.event_slots import Slot, clause_span, governing_preposition, in_timex
from chronik.stages.event_unnamed import locative_preposition
from chronik.stages.event_victims import attacked_sector, foreign_state_in
from chronik.stages.mention_group_country import PLACED_FORCE, PLACED_PEOPLE
from chronik.stages.mention_groups import COMPOUND_AUTHOR, COMPOUND_OBJECT

if TYPE_CHECKING:
    from chronik.kb.geo import GeoIndex
    from chronik.stages.event_frame import Frame

#: Acts whose complement clause states what is demanded, refused, alleged, threatened or agreed.
_CONTENT_TAKING = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"})
#: Of those, the types whose zu-infinitive is the speaker's own (promised) act: "sicherte zu, … zu schonen".
_COMMITTING = frozenset({"AGREE"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})
#: Material acts whose noun, as a bare object, belongs to the clause's subject ("ordnete den Abzug an");
#: a ceasefire is kept out: its subject watches, demands or breaks it ("überwachen die Feuerpause").
_OWNED_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT", "AID", "SANCTION"})
#: Acts against whoever holds a place: with no target named, the place's state is the target.
LOCATED_ACTS = frozenset({"ASSAULT", "COERCE"})
#: Acts besides attacks and coercion where refugees are the people of the place they are in: they protest there.
_CROWD_ACTS = frozenset({"PROTEST"})
#: The types of military acts: a state doing one acts through its military (MIL).
MILITARY_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
#: A city's adjective ("Pariser") places an act only for cities this large: small towns' adjectives are
#: rare in world news and more often clash with surnames and common words.
_PLACE_ADJECTIVE_MIN_POPULATION = 100_000


def attack_objects(mentions: list[Mention], act_type: str | None) -> list[Mention]:
    """``mentions`` without the owners of compound objects ("Hamas" of "Hamas-Trainingslager",
    mention_groups.COMPOUND_OBJECT) and without police and refugees placed by the article
    (mention_group_country.PLACED_FORCE, PLACED_PEOPLE) unless ``act_type`` is an attack or seizure
    (``LOCATED_ACTS``): only what such an act hits names its owner ("Israel greift Hamas-Trainingslager an";
    not "aus IS-Stellungen geflohen"), "die Polizei" alone is a side of arrests and violence, not of what it
    reports ("Wie die Polizei mitteilte, hatten die Opfer … verlassen") or of a list it stands in ("Polizei
    und Justiz unterwandert"), and refugees are the people of a place where they are hit, clash or protest
    (``_CROWD_ACTS``), not where a policy admits or refuses them ("Valls lehnt eine Aufnahme
    weiterer Flüchtlinge ab").  The author of an attack noun ("Taliban-Anschlag") is never a side: it names
    that attack's source only (event_military.adjective_source).  Keeps the order of ``mentions``."""
    mentions = [m for m in mentions if m.how != COMPOUND_AUTHOR]
    if act_type in LOCATED_ACTS:
        return mentions
    hidden = (COMPOUND_OBJECT, PLACED_FORCE) if act_type in _CROWD_ACTS else (COMPOUND_OBJECT, PLACED_FORCE, PLACED_PEOPLE)
    return [m for m in mentions if m.how not in hidden]


def object_as_source(event: EventMention | None, mentions: list[Mention]) -> bool:
    """``event`` has a source that ``mentions`` name only as the owner of an attacked thing
    (:func:`attack_objects`): "Die Armee eroberte IS-Stellungen" makes IS no attacker."""
    if event is None:
        return False
    objects = {m.actor_id for m in mentions if m.how == COMPOUND_OBJECT}
    named = {m.actor_id for m in mentions if m.how != COMPOUND_OBJECT}
    return any(a is not None and a.id in objects - named for a in event.source)


def place_target(frame: Frame, slots: list[Slot]) -> Mention | Place | None:
    """The place named by one of the trigger's ``place_target_preps`` ("Abzug aus Syrien", "evakuiert aus
    Damaskus"): a state (or capital) actor governed so, else a located place mention; None when absent.
    Requires ``slots`` of the frame's sentence; guarantees the result lies in that sentence."""
    preps = frame.trigger.place_target_preps
    if not preps:
        return None
    for slot in slots:
        if slot.prep in preps and slot.mention.kind in ("STATE", "LOC") and slot.index > frame.index - 8:
            return slot.mention
    places = frame.article.places
    for mention in frame.mentions:
        if mention.place_id in places and governing_preposition(frame, frame.word_index(mention.start)) in preps:
            return places[mention.place_id]
    return None


def content_clause(frame: Frame, governors: list[tuple[int, str]], slots: list[Slot]) -> bool:
    """The trigger only states the content of an earlier demand, refusal, accusation, threat or agreement
    in the sentence ("lehnte es ab, sich … zu entschuldigen", "warf Russland vor, Gebiete bombardiert zu
    haben"): a verb trigger of such a type stands before it, a clause break lies between, and the
    trigger's clause names no free actor of its own before the trigger.  A zu-infinitive has no subject of
    its own: actors before it are its objects ("warf Saudi-Arabien vor, die Hisbollah zu bekämpfen"), unless
    it is what the speaker commits to ("sicherte zu, die Opposition zu schonen": a promised act of its own).
    ``governors`` are the (index, type) of the sentence's verb triggers."""
    start = _clause_start(frame.words, frame.index)
    kinds = {kind for k, kind in governors if k < start and kind in _CONTENT_TAKING}
    if not kinds:
        return False
    if kinds - _COMMITTING and infinitive_marker(frame) is not None:
        return True
    return not any(start <= s.index < frame.index and s.prep is None for s in slots)


def _clause_start(words: list[str], k: int) -> int:
    return clause_span(words, k, _CLAUSE_BREAKS)[0]


def object_owner(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The subject of an event noun that is the bare object of its clause and names no actor of its own
    ("Putin hat den Abzug des Großteils der Streitkräfte angeordnet", "ordnete den Rückzug an") or its
    means ("Russland hat mit Luftangriffen begonnen", an ``instrument_preps`` phrase): the first free
    actor before the noun in the same clause.  Empty when the noun sits in another prepositional
    phrase ("Nach den Angriffen …"), when the clause reports speech ("Die Opposition meldete Angriffe")
    or when no such actor exists; only for material acts (``_OWNED_ACTS``), not speech acts ("hat keine
    Entschuldigung gehört") or ceasefires.  A state adjective right before the noun names its own actor
    ("Zivilisten sind Leidtragende der türkischen Offensive"): empty then too.  The aim of such a noun
    ("hat eine Offensive zur Rückeroberung von Mossul begonnen") has its owner.  Requires a noun frame;
    returns at most one slot."""
    if (head := aim_head(frame.words, frame.index, frame.lexicon)) is not None:
        return object_owner(replace(frame, index=head), slots)
    trigger = frame.trigger
    prep = governing_preposition(frame, frame.index)
    if trigger.type not in _OWNED_ACTS or trigger.mode == "ceasefire" or frame.state_adjective(frame.index - 1) or (
            prep is not None and prep not in frame.lexicon.instrument_preps):
        return []
    start = _clause_start(frame.words, frame.index)
    if any(w.lower() in frame.lexicon.reporting_verbs for w in _clause_words(frame.words, start)):
        return []
    before = [s for s in slots if start <= s.index < frame.index and s.prep is None]
    return before[:1]


def _clause_words(words: list[str], start: int) -> list[str]:
    end = start
    while end < len(words) and words[end] not in _CLAUSE_BREAKS:
        end += 1
    return words[start:end]


def own_forces(frame: Frame, source: list[Mention], target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """For a withdrawal (a trigger with ``place_target_preps``), targets of a source's own state are the
    forces withdrawn ("ordnete den Rückzug der russischen Truppen an"): they join the source.  Returns
    (source, target); other triggers come back unchanged."""
    if not frame.trigger.place_target_preps:
        return source, target
    countries = {m.country for m in source if m.country}
    own = [m for m in target if m.country in countries]
    return source + [m for m in own if m not in source], [m for m in target if m not in own]


def subordinate_scope(frame: Frame, slots: list[Slot]) -> list[Slot] | None:
    """The slots a verb trigger in a subordinate or relative clause may take its roles from ("…,
    nachdem Rebellen Damaskus eingenommen hatten": Rebellen, not the main clause's subject): the
    clause's own slots, led by the antecedent before the comma when a relative clause names no actor
    before its verb ("des Regimes von Assad, der das Land verlassen hatte").  None when the trigger
    is not a verb in such a clause.  Requires slots in text order."""
    if frame.kind == "noun":
        return None
    start = _clause_start(frame.words, frame.index)
    if start == 0 or frame.words[start - 1] != ",":
        return None
    opener = frame.words[start].lower()
    relative = _relative(frame, start)
    if opener not in frame.lexicon.subordinators and not relative:
        return None
    end = start + len(_clause_words(frame.words, start))
    own = [s for s in slots if start < s.index < end]
    if relative and not any(s.index < frame.index and s.prep is None for s in own):
        return [Slot(s.mention, start, None) for s in slots if _ends_before(s, _verb_end(frame.words, start - 1))][:1] + own
    return own


def in_later_subordinate(frame: Frame, slot: Slot) -> bool:
    """The slot lies after a verb trigger, past a comma and a ``subordinators`` word that follow the
    trigger ("hat es als berechtigt anerkannt, dass die EU-Kommission Deutschland verklagt hat"), or a relative
    pronoun (:func:`_relative`: "keine Gruppen mehr angreifen, die selbst gegen den IS kämpfen"): in a
    subordinate clause of its own, whose actors take no part in the trigger's act."""
    if frame.kind == "noun" or slot.index <= frame.index:
        return False
    words, lex = frame.words, frame.lexicon
    return any(words[k] == "," and (words[k + 1].lower() in lex.subordinators or _relative(frame, k + 1))
               for k in range(frame.index, slot.index - 1))


def _relative(frame: Frame, k: int) -> bool:
    """Word ``k`` is a relative pronoun, not an article: a following name, noun or adjective makes it
    an article ("…, die Türkei und der Iran", "…, die gemäßigte Opposition zu schonen"), unless the
    adjective opens a time expression ("…, die vergangene Woche … getötet worden waren": a time
    phrase needs no article, so the pronoun opens a relative clause)."""
    lex = frame.lexicon
    if frame.words[k].lower() not in lex.relative_pronouns or k + 1 >= len(frame.words):
        return False
    after = frame.words[k + 1]
    if after[:1].isupper():
        return False
    lower = after.lower()
    return lower in lex.determiners or lower in lex.prepositions or not lower.endswith(lex.adjective_endings) \
        or in_timex(frame, k + 1)


def _ends_before(slot: Slot, comma: int) -> bool:
    """The slot's mention ends right before word ``comma`` (the antecedent of a relative clause)."""
    return slot.index + len(slot.mention.text.split()) == comma


def _verb_end(words: list[str], comma: int) -> int:
    """Where the antecedent of a relative clause opened at ``comma`` ends: right before the comma, or
    before the verb-final words of its clause extraposed over ("sein Beileid zum Tod von 30 Soldaten
    ausgesprochen, die …": at most two lower-case words)."""
    j = comma
    while j > 0 and comma - j < 2 and words[j - 1][:1].islower() and words[j - 1].isalpha():
        j -= 1
    return j


def located_state(frame: Frame, own: set[str]) -> str | None:
    """The state (ISO3) an attack or seizure that names no target is aimed at ("Russland fliegt
    Luftangriffe in Syrien"): that of the place or state nearest the trigger in its clause that a
    ``locative_preps`` preposition governs, unless it is one of ``own`` (the acting side's countries:
    "Angriffe der syrischen Armee in Idlib" name no foreign target); a noun trigger's own phrase first
    ("bei einem Besuch in Baku die Luftangriffe Russlands in Syrien").  Only for ``LOCATED_ACTS``."""
    if frame.trigger.type not in LOCATED_ACTS:
        return None
    places = frame.article.places
    start = _clause_start(frame.words, frame.index)
    end = start + len(_clause_words(frame.words, start))
    located = [(frame.word_index(m.start), frame.mention_country(m))
               for m in frame.mentions if m.place_id in places or m.kind == "STATE"]
    located = [(k, country) for k, country in located if country and start <= k < end
               and locative_preposition(frame, k) in frame.lexicon.locative_preps]  # "im Norden von Mali"
    own_phrase = [(k, country) for k, country in located
                  if frame.kind == "noun" and frame.end <= k < noun_phrase_end(frame)]
    located = own_phrase or located  # "bei einem Besuch in Baku die Luftangriffe Russlands in Syrien"
    located += _adjective_place(frame)
    if not located:
        return None
    country = min(located, key=lambda kc: abs(kc[0] - frame.index))[1]
    return None if country in own else country


def located_victim(frame: Frame, country: str | None) -> Actor | None:
    """Who an attack or seizure placed in ``country`` (:func:`located_state`) is aimed at: the civilians or the
    forces of that state where the clause names a civilian or military thing as what the act hits
    ("eröffneten das Feuer auf Cafés, Bars und Restaurants in Paris", "griffen eine Luftwaffenbasis in Indien
    an"; event_victims.attacked_sector), else its government."""
    if not country:
        return None
    start, end = clause_span(frame.words, frame.index, _CLAUSE_BREAKS)
    sector = attacked_sector(frame, start, end)
    if sector == "MIL" and foreign_state_in(frame, start, end, country):
        sector = None  # "Russland griff einen Stützpunkt in Syrien an": whose base, the clause does not say
    return Actor.group(country, sector) if sector else host_state(frame, country)


def _adjective_place(frame: Frame) -> list[tuple[int, str]]:
    """[(index, ISO3)] of a city adjective right before a noun trigger, lower-case adjectives between
    ("die Pariser Anschläge", "den Moskauer blutigen Anschlag"); [] when there is none."""
    if frame.kind != "noun":
        return []
    k = frame.index - 1
    while k >= 0 and frame.words[k][:1].islower() and frame.words[k].endswith(frame.lexicon.adjective_endings):
        k -= 1
    country = frame.place_adjectives.get(frame.words[k]) if k >= 0 else None
    return [(k, country)] if country else []


def place_adjectives(geo: GeoIndex, suffixes: tuple[str, ...]) -> dict[str, str]:
    """City adjectives → ISO3 ("Pariser" → FRA): a one-word city name of more than
    ``_PLACE_ADJECTIVE_MIN_POPULATION`` people (or a KB place) with one of ``suffixes``, taking the most
    populous city of that name.  A form that is itself a place name is left out."""
    adjectives: dict[str, str] = {}
    for key, candidates in geo.names.items():
        best = candidates[0] if len(key) == 1 and candidates else None
        if best is None or not best.country or best.population < _PLACE_ADJECTIVE_MIN_POPULATION:
            continue
        for suffix in suffixes:
            form = key[0] + suffix
            if (form,) not in geo.names:
                adjectives.setdefault(form, best.country)
    return adjectives


def standing_relation(frame: Frame, modality: str) -> bool:
    """The trigger is a present ``relation_forms`` verb that describes an alignment, not an act ("Russland
    unterstützt Assad, die Türkei steht auf der Seite der Rebellen"): asserted, its clause has no time
    expression, the clause has no perfect auxiliary ("hat Assad unterstützt") and names no means after
    the trigger ("unterstützt mit seinen Luftschlägen eine Offensive" is an act).  A light-verb trigger
    whose support verb is such a form ("unterstützen Assad militärisch") describes the same alignment."""
    if modality != "asserted" or not relation_trigger(frame) or not undated_present(frame):
        return False
    start = conjunct_start(frame, _clause_start(frame.words, frame.index))  # event_positions.py
    clause = [w.lower() for w in _clause_words(frame.words, start)]
    return not any(w in frame.lexicon.instrument_preps for w in clause[frame.index - start + 1 :])


def undated_present(frame: Frame) -> bool:
    """The trigger's clause (its own conjunct) has no time expression ("Mitte November begannen die
    Regierungstruppen, …, die vom Iran unterstützt werden": not its time) and no perfect or news-of-the-day
    word ("hat Assad unterstützt" reports an act): a present that describes how things stand."""
    start = conjunct_start(frame, _clause_start(frame.words, frame.index))  # event_positions.py
    clause = [w.lower() for w in _clause_words(frame.words, start)]
    tokens = frame.sentence.tokens[start : start + len(clause)]
    if tokens and any(tokens[0].start <= t.start < tokens[-1].end for t in frame.article.timexes):
        return False
    lex = frame.lexicon
    return not any(w in lex.news_of_the_day or w in lex.background_tense for w in clause)


def relation_trigger(frame: Frame) -> bool:
    """The trigger is a ``relation_forms`` verb, or a light-verb trigger with one in its clause."""
    lex, words = frame.lexicon, frame.words
    if frame.kind == "verb":
        return words[frame.index].lower() in lex.relation_forms
    if frame.kind != "light":
        return False
    start = _clause_start(words, frame.index)
    return any(w.lower() in lex.relation_forms for w in _clause_words(words, start))
