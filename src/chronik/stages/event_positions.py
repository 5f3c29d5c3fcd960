"""Roles of stances and positions that word order alone misreads: object relatives, noun-owned and refused
infinitives, a bare "Beide", generic act nouns, and the conjunct a modal reaches.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):

* a verb trigger in a relative clause opened by an object relative pronoun ("…, den Paris loswerden will
  und Moskau stützt", "…, dem Russland Waffen liefert") acts on the noun before the comma; its subject is
  the clause's own actor nearest before the verb (Moskau supports Assad, France does not support Russia);
* a zu-infinitive after a comma that completes a noun with an owner ("die Entscheidung von US-Präsident
  Trump, Jerusalem als Hauptstadt Israels anzuerkennen") is the owner's act, not the sentence subject's;
* a bare "Beide" opening the clause is its subject: the last two persons named before;
* a refusal whose object is a zu-infinitive ("lehnte es ab, sich für den Abschuss des russischen Kampfjets
  zu entschuldigen") is addressed to the party that infinitive names;
* a criticism or rejection of a generic act noun that refers back ("Beide kritisierten den Schritt") is
  aimed at the author of the latest act of the sentence before.

:func:`conjunct_start` also limits the modality and standing-relation checks to the trigger's own conjunct
of a subordinate clause (", weil Teheran selbst Partei sei und Milizen unterstütze").

(A dative pronoun as the addressee, "Das habe ihm Präsident Assad zugesichert", is
:func:`chronik.stages.event_references.object_pronoun_roles`.)

The code knows no German words: the cue lists (``object_relatives``,
``infinitive_markers``, ``owner_preps``, ``genitive_determiners``, ``act_nouns``, ``dual_words``) come from
``events.yaml`` through :class:`EventLexicon`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_hearsay import denies_content
from chronik.stages.event_place import host_state
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, governing_preposition, opens_subordinate
from chronik.stages.event_stance import clause_passive

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon
    from chronik.stages.event_slots import Slot

_clause_span = partial(clause_span, breaks=CLAUSE_BREAKS)
_Roles = tuple[list[Mention], list[Mention]]
#: Mention kinds that stand for a whole sector of a state: on the refuser's side when they share its state and sector.
_COLLECTIVE_KINDS = frozenset({"GROUP", "STATE"})
#: Reactions that a generic act noun ("den Schritt") points at the author of the act before.
_REFERRING = frozenset({"ACCUSE", "REJECT"})
#: Stances a state adjective on their object may address (:func:`adjective_addressee`).
_STANCES = _REFERRING | {"SUPPORT"}
_REFUSAL = "REJECT"
#: Sectors of parties and the opposition: refusing one of one's own country refuses a rival, not oneself.
_PARTY_SECTORS = frozenset({"PTY", "OPP"})


def position_roles(frame: Frame, slots: list[Slot]) -> _Roles | None:
    """Source and target mentions of a verb frame whose clause is an object relative clause, a noun-owned
    zu-infinitive or opens with a bare "Beide" (see the module docstring); None
    when no rule applies (the ordinary rules then
    decide).  Requires the frame's actor slots in sentence order; never applies to nouns or passives."""
    if frame.kind == "noun" or clause_passive(frame):
        return None
    return (_relative_object_roles(frame, slots) or _infinitive_owner_roles(frame, slots)
            or _dual_subject_roles(frame, slots))


def _dual_subject_roles(frame: Frame, slots: list[Slot]) -> _Roles | None:
    """"Beide kritisierten den Schritt": a bare ``dual_words`` word (no noun after it) opening the trigger's
    clause is its subject, the last two persons named before the sentence; the target is the clause's first
    free actor after the trigger, or the author of the act a generic act noun refers to (:func:`act_referent`).
    None when the clause has a free actor before the trigger, there is no pair or no target."""
    words = frame.words
    start = _clause_span(words, frame.index)[0]
    if start >= frame.index or words[start].lower() not in frame.lexicon.dual_words or words[start + 1][:1].isupper():
        return None
    if any(s.prep is None and start <= s.index < frame.index for s in slots):
        return None
    pair = _last_two_persons(frame)
    if not pair:
        return None
    after = [s.mention for s in slots if s.prep is None and s.index > frame.index and s.mention.actor_id not in
             {m.actor_id for m in pair}]
    if not after and not act_referent(frame):
        return None  # "Beide hätten sich für eine politische Lösung ausgesprochen": no one else is addressed
    return pair, after[:1]


def _last_two_persons(frame: Frame) -> list[Mention]:
    """The pair "beide" refers to: the two persons of the latest meeting (CONSULT) of the sentence before,
    else the last two distinct persons (resolved PER mentions) named before the frame's sentence; [] if
    there is no such pair."""
    persons: dict[str, Mention] = {}
    for mention in frame.article.mentions:
        if mention.start >= frame.sentence.start:
            break
        if mention.kind == "PER" and mention.actor_id:
            persons.pop(mention.actor_id, None)
            persons[mention.actor_id] = mention
    meeting = next((e for e in reversed(frame.earlier) if e.type == "CONSULT"
                    and e.sentence == frame.sentence.index - 1 and len(e.source) == 1 and len(e.target) == 1), None)
    if meeting is not None and all(a.id in persons for a in meeting.source + meeting.target):
        return [persons[meeting.source[0].id], persons[meeting.target[0].id]]
    pair = list(persons.values())[-2:]
    return pair if len(pair) == 2 else []


def _relative_object_roles(frame: Frame, slots: list[Slot]) -> _Roles | None:
    """", den Paris loswerden will und Moskau stützt": the antecedent (the actor that ends right before the
    comma, a separated particle apart: "lehnt Assad ab, dem …") is the target, the free actor of the
    relative clause nearest before the verb the source.  None unless the clause opens with an
    ``object_relatives`` word after a comma and both actors exist."""
    words = frame.words
    start = _clause_span(words, frame.index)[0]
    if start < 2 or words[start - 1] != "," or words[start].lower() not in frame.lexicon.object_relatives:
        return None
    antecedent = [s for s in slots if _last_word(frame, s.mention) == start - 2 or (
        _last_word(frame, s.mention) == start - 3 and _particle(frame, words[start - 2]))]
    subjects = [s for s in slots if s.prep is None and start < s.index < frame.index]
    if not antecedent or not subjects:
        return None
    return [subjects[-1].mention], [antecedent[-1].mention]


def _infinitive_owner_roles(frame: Frame, slots: list[Slot]) -> _Roles | None:
    """"die Entscheidung von Trump, Jerusalem als Hauptstadt Israels anzuerkennen": a zu-infinitive whose
    clause follows a comma right after an actor that owns a noun (``owner_preps`` "von", or a genitive
    determiner after a noun) acts for that owner; the target is the clause's first other actor.
    None unless all of this holds."""
    words = frame.words
    start = _clause_span(words, frame.index)[0]
    if start < 2 or words[start - 1] != "," or not _zu_infinitive(frame):
        return None
    owner = [s for s in slots if _last_word(frame, s.mention) == start - 2 and _owns_noun(frame, s)]
    if not owner:
        return None
    objects = [s for s in slots if start <= s.index < frame.index and s.mention.actor_id != owner[-1].mention.actor_id]
    return [owner[-1].mention], [s.mention for s in objects[:1]]


def _zu_infinitive(frame: Frame) -> bool:
    """The trigger is a zu-infinitive: "zu" before it, or "zu" after a known particle ("anzuerkennen")."""
    return _zu_infinitive_at(frame, frame.index)


def _owns_noun(frame: Frame, slot: Slot) -> bool:
    """``slot`` completes a noun: governed by an ``owner_preps`` preposition ("Entscheidung von Trump"),
    or a genitive determiner right after a common noun ("die Entscheidung der USA")."""
    if slot.prep is not None:
        return slot.prep in frame.lexicon.owner_preps
    k = slot.index
    return k >= 2 and frame.words[k - 1].lower() in frame.lexicon.genitive_determiners \
        and frame.words[k - 2][:1].isupper() and not _in_actor(frame, k - 2)


def act_referent(frame: Frame) -> list[Actor]:
    """"Beide kritisierten den Schritt": the author(s) of the latest act of the sentence before, for an
    ACCUSE or REJECT verb whose clause has an ``act_nouns`` noun (as written) right after a determiner that
    refers back and governed by no preposition.  A state's forces come back as the state; [] otherwise."""
    if frame.trigger.type not in _REFERRING or frame.kind == "noun":
        return []
    start, end = _clause_span(frame.words, frame.index)
    lex = frame.lexicon
    if not any(frame.words[k] in lex.act_nouns and frame.words[k - 1].lower() in lex.anaphoric_determiners
               and governing_preposition(frame, k) is None for k in range(max(start, 1), end)):
        return []
    before = [e for e in frame.earlier if e.sentence == frame.sentence.index - 1 and e.source]
    if not before:
        return []
    return [a.as_addressee() for a in before[-1].source]


def adjective_addressee(frame: Frame) -> list[Actor]:
    """The party a state adjective names on the object of a stance verb that names no other: before a
    ``report_nouns`` noun (as written) of an ACCUSE or REJECT, that state's media ("Die EU-Kommission hat einen
    britischen Pressebericht zurückgewiesen"; a report's named author is an actor of its own: "einen Bericht der
    New York Times"); before a ``policy_nouns`` noun (or a compound ending in one of six letters or more) of an
    ACCUSE, REJECT or SUPPORT, that state's government ("Merkel kritisierte die österreichische
    Flüchtlingspolitik", "Juncker lobte die griechische Haltung").  Only objects no preposition governs, or the
    policy noun of a light verb itself ("warnte vor der österreichischen Obergrenze"); a state named after the
    policy noun and a locative preposition counts like its adjective ("kritisierte die Flüchtlingspolitik in
    Ungarn"); [] otherwise."""
    kind = frame.trigger.type
    if kind not in _STANCES or frame.kind == "noun":
        return []
    start, end = _clause_span(frame.words, frame.index)
    lex = frame.lexicon
    for k in range(max(start, 1), end):
        warned = frame.kind == "light" and k == frame.index  # "warnte vor der österreichischen Obergrenze"
        if governing_preposition(frame, k) is not None and not warned:
            continue
        country = frame.state_adjective(k - 1) or _policy_state(frame, k)
        if not country:
            continue
        if frame.words[k] in lex.report_nouns and kind in _REFERRING:
            return [Actor.group(country, "MED")]
        if _policy_noun(frame.words[k], lex.policy_nouns):
            return [Actor.group(country, "GOV")]
    return []


def _policy_state(frame: Frame, k: int) -> str | None:
    """The state named right after a ``policy_nouns`` noun at ``k`` and a ``locative_preps`` word ("die
    Flüchtlingspolitik in Ungarn"): the policy pursued there is its government's.  None otherwise."""
    words, lex = frame.words, frame.lexicon
    if k + 2 >= len(words) or not _policy_noun(words[k], lex.policy_nouns) or words[k + 1].lower() not in lex.locative_preps:
        return None
    return next((m.country for m in frame.mentions if m.kind == "STATE" and frame.word_index(m.start) == k + 2), None)


def _policy_noun(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is one of the (lower-cased) ``nouns`` or a capitalised compound ending in one of six letters or
    more ("Flüchtlingspolitik" after "politik")."""
    lower = word.lower()
    return word[:1].isupper() and (lower in nouns or any(len(n) >= 6 and lower.endswith(n) for n in nouns))


def conjunct_start(frame: Frame, start: int) -> int:
    """Where the trigger's own conjunct begins within its clause (which begins at ``start``): in a
    subordinate clause, after a coordinator that follows the finite auxiliary or modal closing the first
    conjunct and opens with an actor of its own (", den Paris loswerden will und Moskau stützt", ", weil
    Teheran selbst Partei sei und Milizen unterstütze": "will" and "sei" are not the second verb's).
    ``start`` otherwise: in a main clause a shared auxiliary reaches on ("will Truppen schicken und Assad
    unterstützen"), and coordinated subjects ("Frankreich und Russland wollen …") do not split a clause."""
    words, lex = frame.words, frame.lexicon
    if not opens_subordinate(words, start, lex):
        return start
    finite = lex.future | lex.news_of_the_day | lex.background_tense | lex.passive_auxiliaries
    for j in range(frame.index - 1, start + 1, -1):
        if words[j].lower() not in lex.coordinators or words[j] == "," or words[j - 1].lower() not in finite:
            continue
        k = j + 1
        while k < frame.index and (words[k].lower() in lex.determiners
                                   or (words[k].islower() and words[k].endswith(lex.adjective_endings))):
            k += 1
        if k < frame.index and _in_actor(frame, k):
            return j + 1
    return start


def _in_actor(frame: Frame, j: int) -> bool:
    """Word ``j`` belongs to an actor mention (one resolved to an actor or a group with a country)."""
    if j < 0:
        return False
    offset = frame.sentence.tokens[j].start
    return any(m.start <= offset < m.end and (m.actor_id or m.country) and m.kind != "LOC" for m in frame.mentions)


def _particle(frame: Frame, word: str) -> bool:
    """``word`` is a separated verb particle the lexicon knows ("lehnt Assad ab, dem …")."""
    lex = frame.lexicon
    return word.lower() in lex.reporting_particles or any(
        word.lower() == particle for entries in lex.particles.values() for particle, _ in entries)


def _last_word(frame: Frame, mention: Mention) -> int:
    """Index of the last word of ``mention`` in the frame's sentence."""
    return frame.word_index(mention.end - 1)


def refused_party(frame: Frame, source: list[Mention]) -> Actor | None:
    """The party a refusal is addressed to: the partner of a refused meeting, agreement or cooperation in
    its own clause (:func:`_refused_partner`), the host of a refused visit (:func:`_refused_visit`), else, for "Erdogan lehnte es ab, sich für den Abschuss des
    russischen Kampfjets zu entschuldigen", the party the zu-infinitive clause after its own names (see
    :func:`_named_party`).  None for other types, without such a clause or party."""
    words = frame.words
    if frame.trigger.type != _REFUSAL or frame.kind == "noun":
        return None
    end = _clause_span(words, frame.index)[1]
    if (partner := _refused_partner(frame, source) or _refused_visit(frame, source)) is not None:
        return partner
    if end >= len(words) - 1 or words[end] != ",":
        return None
    start, stop = _clause_span(words, end + 1)
    if not any(_zu_infinitive_at(frame, k) for k in range(start, stop)) or denies_content(frame, start):
        return None  # "bestreitet, Zivilisten bombardiert zu haben": what is denied (event_hearsay.py)
    return _named_party(frame, start, stop, {m.country for m in source if m.country}, _parties(source))


def _refused_partner(frame: Frame, source: list[Mention]) -> Actor | None:
    """"Russland lehnte Gespräche mit der Ukraine ab", "Die Taliban haben Friedensgespräche mit der
    afghanischen Regierung abgelehnt", "Die CHP lehnte eine Koalition mit der AKP ab": the first actor after the
    own preposition of a symmetric act noun (a meeting, agreement or cooperation) or a tie noun
    (:func:`_partner_preps`) in the refusal's clause that is not on the ``source``'s side (same
    actor, or same country and sector); None when the clause holds no such noun and actor."""
    words, lex = frame.words, frame.lexicon
    start, end = _clause_span(words, frame.index)
    sides = {m.actor_id for m in source} | {(m.country, m.sector) for m in source}
    for k in range(start, end - 1):
        if words[k + 1].lower() not in _partner_preps(lex, words[k]) or _genitive_attribute(words, k, lex):
            continue
        for m in frame.mentions:
            if k + 1 < frame.word_index(m.start) < end and m.actor_id and m.kind != "LOC" and m.actor_id not in sides \
                    and (m.kind not in _COLLECTIVE_KINDS or (m.country, m.sector) not in sides):  # two parties: "ÖVP", "FPÖ"
                return Actor.of_mention(m, frame.article.actors)
        return None
    return None


def _refused_visit(frame: Frame, source: list[Mention]) -> Actor | None:
    """"Erdogan sagte seinen Besuch in Moskau ab": the government of the place (or capital) named right after a
    visit noun (a trigger noun of mode visit) in the refusal's clause, when it is not the refuser's own state;
    None otherwise, and None when the clause gives a cause ("Wegen des Nebels musste Faymann seinen Besuch in
    Skopje absagen": weather or a threat cancels a visit, no refusal of the host)."""
    words = frame.words
    start, end = _clause_span(words, frame.index)
    if any(words[j].lower() in frame.lexicon.cause_preps and not _visit_noun(frame, words[j - 1])
           for j in range(start, end)):
        return None  # "nach" after the visit noun is its destination ("Reise nach Ankara"), no cause
    own = {m.country for m in source}
    for k in range(start, end):
        if not _visit_noun(frame, words[k]):
            continue
        for m in frame.mentions:
            j = frame.word_index(m.start)
            country = frame.named_state(m)
            if k < j <= k + 3 and j < end and country and country not in own:
                return host_state(frame, country)
    return None


def _visit_noun(frame: Frame, word: str) -> bool:
    """``word`` is a trigger noun of mode visit ("Besuch", "Reise")."""
    noun = frame.lexicon.nouns.get(word)
    return noun is not None and noun.mode == "visit"


def _partner_preps(lex: EventLexicon, word: str) -> frozenset[str]:
    """The prepositions that name the partner of ``word`` as a refused tie: the target prepositions of a
    symmetric act noun ("Gespräche mit"), "mit" (``instrument_preps``) after a capitalised ``relation_heads``
    noun or compound ("eine Koalition mit der AKP", "Regierungszusammenarbeit mit"); empty otherwise."""
    noun = lex.nouns.get(word)
    if noun is not None and noun.symmetric:
        return noun.target_preps
    return lex.instrument_preps if word[:1].isupper() and word.lower().endswith(lex.relation_heads) else frozenset()


def _genitive_attribute(words: list[str], k: int, lex: EventLexicon) -> bool:
    """The noun at ``k`` is the genitive attribute of a noun before it ("die Flüchtlingspolitik der Koalition mit
    der SPD"): a ``genitive_determiners`` word, adjectives apart, right after a capitalised word."""
    j = k - 1
    while j > 0 and words[j][:1].islower() and words[j].lower().endswith(lex.adjective_endings) \
            and words[j].lower() not in lex.determiners:
        j -= 1
    return j > 0 and words[j].lower() in lex.genitive_determiners and words[j - 1][:1].isupper()


def _parties(source: list[Mention]) -> set[str]:
    """The actor ids of ``source``, and the country/sector pairs of its unnamed groups: a party of these is no
    rival (two named parties of one country are two sides)."""
    return {m.actor_id for m in source if m.actor_id} | {f"{m.country}/{m.sector}" for m in source if m.kind == "GROUP"}


def _named_party(frame: Frame, start: int, stop: int, sides: set[str], parties: set[str] | None = None) -> Actor | None:
    """The first actor of words [start, stop) of no country in ``sides`` (a state's forces as the state:
    "des russischen Kampfjets"), or a party or the opposition of the refuser's own country that is not the
    refuser (``parties``, :func:`_parties`: "Podemos weigerte sich, mit der PSOE zu verhandeln", "Assad lehnte es
    ab, mit der Opposition zu sprechen"), else the state of the first state adjective there; None if neither.  A
    state after a place or origin preposition is none ("Flüchtlinge aus Syrien aufzunehmen")."""
    for m in frame.mentions:
        rival = parties is not None and m.sector in _PARTY_SECTORS and not {m.actor_id, f"{m.country}/{m.sector}"} & parties
        if not (start <= frame.word_index(m.start) < stop and (m.actor_id or m.country) and (m.country not in sides or rival)
                and m.kind != "LOC"):
            continue
        if m.kind == "STATE" and _place_or_origin(frame, frame.word_index(m.start)):
            continue  # "weigerte sich, Flüchtlinge aus Syrien aufzunehmen": where they come from, no party
        if m.sector == "MIL" and m.country:
            return host_state(frame, m.country)
        if m.actor_id:
            return Actor.of_mention(m, frame.article.actors)
    words = frame.words[start:stop]
    country = next((c for w in words if (c := frame.adjectives.get(w.lower())) and c not in sides), None)
    return host_state(frame, country) if country else None


def _place_or_origin(frame: Frame, k: int) -> bool:
    """The state at word ``k`` is a place ("die Kurden in Syrien": a ``place_preps`` word governs it) or the origin
    of people ("Flüchtlinge aus Syrien": an ``origin_preps`` word right after an ``origin_people`` noun)."""
    cues, prep = frame.lexicon.refusal_cues, governing_preposition(frame, k)
    if prep in cues.get("place_preps", ()):
        return True
    if prep not in frame.lexicon.origin_preps:
        return False
    j = next((j for j in range(k - 1, max(k - 5, 0), -1) if frame.words[j].lower() == prep), None)
    return j is not None and frame.words[j - 1].lower() in cues.get("origin_people", ())


def _zu_infinitive_at(frame: Frame, k: int) -> bool:
    """Word ``k`` is a zu-infinitive ("zu entschuldigen", "anzuerkennen")."""
    lex, word = frame.lexicon, frame.words[k].lower()
    if k > 0 and frame.words[k - 1].lower() in lex.infinitive_markers and word.isalpha() and frame.words[k].islower() \
            and word not in lex.determiners:  # "zu einem Hearing geladen": a preposition
        return True
    particles = {p for entries in lex.particles.values() for p, _ in entries}
    return any(word.startswith(p + m) and len(word) > len(p + m) + 3 for p in particles for m in lex.infinitive_markers)
