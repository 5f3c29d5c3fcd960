"""Trigger spotting for the ``events`` stage: which words of a sentence are event triggers (verbs, nouns,
particle verbs split across the clause, light-verb constructions), one per PLOVER type unless verbs of one
type stand in different conjuncts.  The words come from ``lang/<xx>/events.yaml``; the code knows none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from chronik.stages.event_causes import background_noun
from chronik.stages.event_claims import claimed_attack
from chronik.stages.event_enumeration import CLAUSE_MARKS
from chronik.stages.event_lexicon import EventLexicon, Trigger
from chronik.stages.event_military import other_conjunct
from chronik.stages.event_precision import attributive_participle, foreign_particle
from chronik.stages.event_requests import instigation
from chronik.stages.event_senses import sense_kept
from chronik.stages.event_slots import clause_span
from chronik.stages.event_stance import labelled
from chronik.stages.event_talks import jointly_issued, partnered_setting, protest_setting
from chronik.stages.event_threats import across_condition
from chronik.stages.event_triggers import further_acts
from chronik.stages.event_withdrawal import apologised_act, opens_conjunct

_clause_span = partial(clause_span, breaks=CLAUSE_MARKS)
_BRACKETS = frozenset({"(", ")"})
_QUOTES = frozenset({'"', "„", "“", "»", "«"})  # a quoted phrase inside a clause: "warf Russland „ethnische Säuberungen“ vor"


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found at word ``index`` (``end`` for the particle of a split verb)."""

    index: int
    trigger: Trigger
    kind: str  # verb, noun, particle, light
    end: int


def with_claimed(words: list[str], hits: list[Hit], lexicon: EventLexicon) -> list[Hit]:
    """A claimed attack noun ("bekannte sich zu den Anschlägen, bei denen … getötet wurden") is the
    sentence's act of its type, whatever verb of that type the sentence has (event_claims.py)."""
    claim = claimed_attack(words, lexicon)
    if claim is None:
        return hits
    k, trigger = claim
    kept = [h for h in hits if h.trigger.type != trigger.type]
    return sorted(kept + [Hit(k, trigger, "noun", k + 1)], key=lambda h: h.index)


def hit_sense_kept(words: list[str], hit: Hit, senses) -> bool:
    """Whether ``hit`` keeps its political sense (event_senses.py); a bracket is an aside within the clause
    ("vor einer Gefahr … wie dem Islamischen Staat (IS) gewarnt")."""
    clause = clause_span(words, hit.index, CLAUSE_MARKS - _BRACKETS)
    return sense_kept(words, hit.index, hit.trigger.id, clause, senses, hit.kind)


def sentence_triggers(words: list[str], lexicon: EventLexicon, spare: list[Hit] | None = None, kept=None) -> list[Hit]:
    """The triggers of one sentence: one per PLOVER type (verbs before nouns), more only for verbs in
    different conjuncts (event_triggers.py); the others of a type go to ``spare`` when given.  ``kept``
    (a hit predicate: the trigger's sense) filters the hits before a noun yields to a verb."""
    hits: list[Hit] = []
    bracketed = _bracketed(words)
    for k, word in enumerate(words):
        hit = None if k in bracketed else _trigger_at(words, k, lexicon, kept)
        hits += _other_lights(words, k, lexicon, kept, hit)
        if hit and not (hit.kind == "verb" and (_attributive(words, k, lexicon)
                                                or attributive_participle(words, k, lexicon.particle_cues, lexicon)
                                                or foreign_particle(words, k, lexicon.particle_cues, lexicon))):  # "räumte … ein"
            hits.append(hit)
    hits = [h for h in hits if (kept is None or kept(h)) and not _yields(words, h, hits, lexicon)]
    hits = [h for h in hits if not _light_support(words, h, hits, lexicon)]  # "militärisch unterstützen": AID only
    verbal = [h for h in hits if h.kind != "noun"]
    found = hits  # a noun that qualifies a verb stays in reserve for it ("bei einem Luftangriff … getötet")
    # a noun near a verb trigger qualifies it ("forderte einen Waffenstillstand"): the verb gives the type
    hits = [h for h in hits if h.kind != "noun" or instigation(words, h.index, lexicon) or labelled(words, h.index, lexicon)
            or partnered_setting(words, h.index, lexicon)  # "In einem Telefonat mit Erdogan forderte Merkel …"
            or (protest_setting(words, h.index, lexicon) and not any(v.trigger.type == "PROTEST" for v in verbal))
            or not any(
        abs(v.index - h.index) <= 6 and not other_conjunct(words, v.index, h.index, h.trigger.type, lexicon.coordinators)
        and not across_condition(words, v.index, h.index, lexicon)  # event_threats.py
        and not opens_conjunct(words, v.index, h.index, h.trigger.type, lexicon) for v in verbal)
        or apologised_act(words, h.index, lexicon)]  # event_withdrawal.py
    best: dict[str, Hit] = {}
    rank = {"verb": 0, "particle": 0, "light": 1, "noun": 2}
    for hit in hits:  # a noun named as a cause ("Nach vier Jahren Kämpfen …") yields to one of the clause (event_causes.py)
        known = best.get(hit.trigger.type)
        # a demand verb before a reported obligation: "Russland müsse mehr tun, forderte Steinmeier" names its speaker
        if known is None or (rank[hit.kind], background_noun(words, hit.index, lexicon), hit.trigger.subject_is_target) \
                < (rank[known.kind], background_noun(words, known.index, lexicon), known.trigger.subject_is_target):
            best[hit.trigger.type] = hit
    # two verbs of a type in different conjuncts may be two acts ("hatte Cameron empfangen und Obama getroffen")
    kept = list(best.values()) + further_acts(words, hits, list(best.values()), lexicon)
    if spare is not None:
        spare.extend(h for h in found if h not in kept)
    return sorted(kept, key=lambda h: h.index)


def _light_support(words: list[str], hit: Hit, hits: list[Hit], lexicon: EventLexicon) -> bool:
    """A verb hit that is the support verb of a light-verb hit of another trigger in its clause is part of
    that construction, not an act of its own ("will Frankreich militärisch unterstützen" is military aid, no
    verbal SUPPORT; "sprachen am Telefon" is a phone call; "luden Montenegro zum Beitritt ein" is no invitation
    to talks).  Requires ``hits`` of one sentence; only verb and particle-verb hits can be consumed."""
    if hit.kind not in ("verb", "particle"):
        return False
    clause = range(*_clause_span(words, hit.index))
    return any(h.kind == "light" and h.index in clause and h.trigger is not hit.trigger
               and any(t is h.trigger and words[hit.index].lower() in verbs for verbs, t in lexicon.light.get(words[h.index], []))
               for h in hits)


def _bracketed(words: list[str]) -> set[int]:
    """Indices of the words inside round brackets: asides ("(die Organisation ist … verboten)")."""
    inside, depth = set(), 0
    for k, word in enumerate(words):
        depth += (word == "(") - (word == ")")
        if depth > 0 and word != "(":
            inside.add(k)
    return inside


def _attributive(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """A verb form used as an adjective between a determiner and its noun ("den dort stationierten
    Soldaten", "die vereinbarte Waffenruhe") describes, it does not report an act."""
    before = [w.lower() for w in words[max(0, k - 2) : k]]
    if _after_preposition(before, words[k - 2 : k], lexicon) and words[k + 1 : k + 2] and words[k + 1][:1].isupper() \
            and words[k].lower().endswith(lexicon.adjective_endings):
        return True  # "im besetzten Westjordanland", "nach gescheiterten Gesprächen": no verb follows a preposition
    if not before or not (before[-1] in lexicon.determiners or (len(before) == 2 and before[0] in lexicon.determiners
                                                               and not words[k - 1][:1].isupper())):
        return False
    after = words[k + 1 : k + 3]
    return bool(after) and (after[0][:1].isupper() or (
        len(after) == 2 and after[0].lower().endswith(lexicon.adjective_endings) and after[0].lower() not in lexicon.determiners
        and after[1][:1].isupper()))  # "Beide verurteilten die Angriffe": a determiner opens the object


def _after_preposition(before: list[str], written: list[str], lexicon: EventLexicon) -> bool:
    """The word before is a preposition that opens a phrase: a contraction ("im"), or one not closing a
    circumposition after a noun ("Von Hmeimim aus reiste Putin …" goes on with a verb)."""
    if not before or before[-1] not in lexicon.prepositions:
        return False
    return before[-1] in lexicon.article_contractions or len(written) < 2 or not written[0][:1].isupper()


def _yields(words: list[str], hit: Hit, hits: list[Hit], lexicon: EventLexicon) -> bool:
    """A verb whose subject is an event noun of a type it yields to reads otherwise: "trafen die ersten
    Angriffe Orte", "Angriffe …, die … treffen" are hitting, not meeting.  The noun must share the verb's
    clause or come before it, and not sit in a prepositional phrase ("nach den Angriffen traf Putin …")."""
    if hit.kind == "noun" or not hit.trigger.yields_to:
        return False
    clause = set(range(*_clause_span(words, hit.index)))
    return any(h.kind == "noun" and (h.index < hit.index or h.index in clause) and h.trigger.type in hit.trigger.yields_to
               and not _governed(words, h.index, lexicon) for h in hits)


def _governed(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` sits in a prepositional phrase ("Nach den Angriffen"), determiners and adjectives apart."""
    j = k - 1
    while j >= 0 and (words[j].lower() in lexicon.determiners
                      or (not words[j][:1].isupper() and words[j].lower().endswith(lexicon.adjective_endings))):
        if words[j].lower() in lexicon.prepositions:
            return True
        j -= 1
    return j >= 0 and words[j].lower() in lexicon.prepositions


def _trigger_at(words: list[str], k: int, lexicon: EventLexicon, kept=None) -> Hit | None:
    """The trigger at word ``k``; of several light-verb triggers of a noun, the first whose sense ``kept``
    accepts ("feuerte zwei Raketen auf Israel": shelling, not a weapons test)."""
    word = words[k]
    lower = word.lower()
    for particle, trigger in lexicon.particles.get(lower, []):
        end = _particle_in_clause(words, k, particle, lexicon.coordinators)
        if end is not None:
            return Hit(k, trigger, "particle", end)
    lights = [Hit(k, trigger, "light", k + 1) for verbs, trigger in lexicon.light.get(word, [])
              if any(words[j].lower() in verbs and not _later_conjunct(words, k, j, lexicon.coordinators)
                     for j in range(*_clause_span(words, k)))]
    if lights:
        return next((h for h in lights if kept is None or kept(h)), lights[0])
    if word in lexicon.nouns and jointly_issued(words, k, lexicon.nouns[word], lexicon):
        return Hit(k, lexicon.nouns[word], "noun", k + 1)
    if lower in lexicon.verbs and (not word[:1].isupper() or k == 0):
        return Hit(k, lexicon.verbs[lower], "verb", k + 1)
    return None


def _other_lights(words: list[str], k: int, lexicon: EventLexicon, kept, hit: Hit | None) -> list[Hit]:
    """The light-verb readings at word ``k`` of other types than ``hit``'s light one ("sich für Jeremic
    einsetzen": backing the person, beside campaigning for a thing), one per type, each kept by its sense;
    the frame decides which has its sides.  [] when ``hit`` is no light verb."""
    if hit is None or hit.kind != "light":
        return []
    others: dict[str, Hit] = {}
    for verbs, trigger in lexicon.light.get(words[k], []):
        other = Hit(k, trigger, "light", k + 1)
        if trigger.type != hit.trigger.type and trigger.type not in others and (kept is None or kept(other)) \
                and any(words[j].lower() in verbs and not _later_conjunct(words, k, j, lexicon.coordinators)
                        for j in range(*_clause_span(words, k))):
            others[trigger.type] = other
    return list(others.values())


def _later_conjunct(words: list[str], noun: int, verb: int, coordinators: frozenset[str]) -> bool:
    """The verb at ``verb`` opens a conjunct after the one of the noun at ``noun``: a word coordinator between
    them follows a lower-case word, the verb or particle closing the noun's conjunct ("führte Grenzkontrollen
    ein und verstärkte die Zusammenarbeit": the controls are not strengthened); "die Kontrollen an den Grenzen
    zu Österreich und Tschechien wurden verschärft" joins two nouns.  Requires word indices of one sentence."""
    return noun < verb and any(words[j].lower() in coordinators and words[j] != "," and words[j - 1][:1].islower()
                               for j in range(noun + 1, verb))


def _particle_in_clause(words: list[str], k: int, particle: str, coordinators: frozenset[str]) -> int | None:
    """Index after the separated ``particle`` that closes the clause of ``words[k]`` ("zog … ab"), or
    that closes it before a coordinated clause ("marschierten in Damaskus ein und verkündeten …"); quotation
    marks do not close it ("warf Russland „ethnische Säuberungen“ vor")."""
    j = k + 1
    while j < len(words) and (words[j] not in CLAUSE_MARKS or words[j] in _QUOTES) and words[j] != ".":
        if j - 1 > k and words[j - 1].lower() == particle and words[j].lower() in coordinators:
            return j
        j += 1
    if j - 1 > k and particle in (words[j - 1].lower(), words[j - 2].lower() if words[j - 1] in _QUOTES else None):
        return j - (words[j - 1] in _QUOTES)  # also before a closing quote: "„Russland muss mit Konsequenzen rechnen“, sagte Erdogan"
    return None
