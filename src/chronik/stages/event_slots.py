"""The actor slots of an event frame (the actors a sentence attributes its report to: event_attribution.py).

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):
each actor mention of the trigger's sentence becomes a :class:`Slot` with its word index and the
preposition that governs it; possessors, bracketed repeats and "beide …" pairs are settled here.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from chronik.model import Mention, Sentence
from chronik.stages.event_references import dual_pronoun_pairs, state_pairs

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_ACTOR_KINDS = frozenset({"PER", "ORG", "STATE", "DESC", "GROUP", "PRON"})


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor mention of the sentence and the preposition that governs it (if any)."""

    mention: Mention
    index: int
    prep: str | None


def actor_slots(frame: Frame) -> list[Slot]:
    """The actor mentions of the frame's sentence as slots, in order; a "beide …" pair gives two."""
    slots = []
    visit = frame.trigger.mode == "visit"
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if frame.kind == "light" and k == frame.index and frame.trigger.type in SPEECH_ACTS:
            continue  # a statement's own noun is what is said: "bezeichnete die Gläubiger als Terroristen"
        voiced = voiced_origin(frame, m, k)
        if m.kind in _ACTOR_KINDS and m.actor_id or (m.kind == "GROUP" and m.country) or (visit and m.kind == "LOC" and m.actor_id) \
                or voiced or addressed_capital(frame, m, k):
            persons = [m]
        else:
            persons = _pair(frame, m, k)
        prep = None if voiced else governing_preposition(frame, title_start(frame, m, k))
        slots.extend(Slot(person, k, prep) for person in persons)
    slots += [Slot(m, k, None) for m, k in dual_pronoun_pairs(frame)]  # "Beide wohnten … bei" (event_references.py)
    slots += [Slot(m, k, governing_preposition(frame, k)) for m, k in state_pairs(frame)]  # "Militärs beider Länder"
    slots = _coordinated_preps(frame, sorted(slots, key=lambda s: s.index))
    inside = _appositions(frame, slots)
    return [s for k, s in enumerate(slots)
            if not _possessor(frame, s, slots) and not _repeated(frame, slots, k) and s.index not in inside
            and not _description_owner(frame, slots, k)]


def addressed_capital(frame: Frame, m: Mention, k: int) -> bool:
    """"Ankara protestierte bei Moskau", "entschuldigte sich bei Ankara": a capital (a place standing for a
    government) that one of the trigger's target prepositions listed in ``addressee_place_preps`` governs
    is the government addressed.  Visits keep their own rule (the capital visited)."""
    prep = governing_preposition(frame, k) if m.kind == "LOC" and m.actor_id else None
    return prep is not None and prep in frame.lexicon.addressee_place_preps and prep in frame.trigger.target_preps \
        and frame.trigger.mode != "visit"


def voiced_origin(frame: Frame, m: Mention, k: int) -> bool:
    """"wies die Kritik aus Wien zurück", "die Vorwürfe aus der Türkei", "die Kritik aus Brüssel": a state, a
    capital standing for one, or an organisation (its seat: "Brüssel" for the EU) right after a ``voice_nouns``
    word and an ``origin_preps`` word (determiners and adjectives between) voiced it, like a genitive.  Requires
    ``k`` to be the word index of ``m``."""
    if not (m.actor_id and m.kind in ("STATE", "LOC", "ORG")):
        return False
    lex, j = frame.lexicon, k - 1
    while j > 0 and (frame.words[j].lower() in lex.determiners or _adjective(frame, frame.words[j])):
        j -= 1
    return j > 0 and frame.words[j].lower() in lex.origin_preps and frame.words[j - 1] in lex.voice_nouns


def _coordinated_preps(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """Conjuncts share their preposition: "gegen Assad-Kritiker und islamistische Milizen", "mit den USA,
    Großbritannien und Italien".  A comma joins only inside a list that an "und"/"sowie" closes, so that
    "nach dem Treffen mit Assad, Russland werde …" keeps Russland free.  Requires slots in text order;
    returns them with the inherited prepositions (same order, same length)."""
    joins = [_join(frame, slots[k - 1], slots[k]) if k else None for k in range(len(slots))]
    result = list(slots)
    for k in range(1, len(slots)):
        if result[k].prep is not None or result[k - 1].prep is None or joins[k] is None:
            continue
        if joins[k] == "," and not list_closes(frame, slots[k]):
            continue
        result[k] = Slot(slots[k].mention, slots[k].index, result[k - 1].prep)
    return result


def _join(frame: Frame, before: Slot, after: Slot) -> str | None:
    """The coordinator between two slots ("und", ",") when only determiners and adjectives follow it; the title
    that found the later person is part of it ("mit Merkel und seinem Amtskollegen Joachim Gauck")."""
    title = title_start(frame, after.mention, after.index)
    between = frame.words[before.index + len(before.mention.text.split()) : title]
    lex = frame.lexicon
    if not between or between[0].lower() not in lex.coordinators:
        return None
    if title < after.index and _own_verb(frame, before, after):
        return None  # "sprach mit Obama und Präsident Hollande kritisierte Putin": Hollande opens a main clause
    rest = between[1:]
    if len(rest) > 2 or not all(w.lower() in lex.determiners or _adjective(frame, w) for w in rest):
        return None
    return between[0].lower()


def _own_verb(frame: Frame, before: Slot, after: Slot) -> bool:
    """A finite verb of its own follows the later name, the clause's verb trigger having stood before the earlier
    slot ("Merkel telefonierte mit Putin und Präsident Poroschenko forderte neue Sanktionen"): a lower-case word
    (no preposition, coordinator, determiner) with words after it in the clause, so that a closing participle
    ("hat mit Obama und Präsident Hollande telefoniert") and a prefield ("Nach Gesprächen mit Merkel und seinem
    Amtskollegen Gauck zog Fischer Bilanz") keep the partner."""
    if frame.kind == "noun" or frame.index >= before.index:
        return False
    lex, k = frame.lexicon, after.index + len(after.mention.text.split())
    if k + 1 >= len(frame.words) or frame.words[k + 1] in (".", ",", ";", ":", "!", "?"):
        return False
    word = frame.words[k]
    lower = word.lower()
    return word.isalpha() and word.islower() and lower not in lex.prepositions and lower not in lex.coordinators \
        and lower not in lex.determiners


def list_closes(frame: Frame, slot: Slot) -> bool:
    """After ``slot`` the list goes on through names and commas to a word coordinator ("A, B und C")."""
    lex = frame.lexicon
    for word in frame.words[slot.index + 1 :]:
        lower = word.lower()
        if lower in lex.coordinators and lower != ",":
            return True
        if not (lower == "," or word[:1].isupper() or lower in lex.determiners or _adjective(frame, word)):
            return False
    return False


def attributive(lexicon: EventLexicon, word: str) -> bool:
    """``word`` may be an attributive adjective: not capitalised, with an adjective ending ("syrischen")."""
    return not word[:1].isupper() and word.lower().endswith(lexicon.adjective_endings)


def before_modifiers(words: list[str], k: int, lexicon: EventLexicon) -> int:
    """Index of the word before the determiners and attributive adjectives that precede ``words[k]`` ("auf
    [den syrischen] Stützpunkt"): where a governing preposition would stand; -1 when they open the sentence."""
    j = k - 1
    while j >= 0 and (words[j].lower() in lexicon.determiners or attributive(lexicon, words[j])):
        j -= 1
    return j


def genitive_attribute(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """``words[k]`` is the genitive attribute of a noun before it ("Stellungen der (syrischen) Rebellen", "Ein
    Ende der Kämpfe"): a genitive article (``genitive_determiners``) right before it, adjectives apart, after a
    capitalised word.  Such a word belongs to another noun's phrase: an actor there is never the clause's
    subject ("Die Armee beschoss Stellungen der Rebellen"), an act there is not what the clause says of its head."""
    j = k - 1
    while j >= 0 and attributive(lexicon, words[j]) and words[j].lower() not in lexicon.determiners:
        j -= 1
    return j >= 1 and words[j].lower() in lexicon.genitive_determiners and words[j - 1][:1].isupper()


def _adjective(frame: Frame, word: str) -> bool:
    return attributive(frame.lexicon, word)


#: How many words an apposition may run after its head before the comma that closes it.
_APPOSITION_WORDS = 5


def _appositions(frame: Frame, slots: list[Slot]) -> set[int]:
    """The word indices of noun phrases between commas right after an actor, which describe that actor:
    "der Föderationsrat, das Oberhaus des russischen Parlaments, …" (a comma with a determiner after it,
    no closing "und", and a comma within :data:`_APPOSITION_WORDS` words after the phrase's head)."""
    inside: set[int] = set()
    words, lex = frame.words, frame.lexicon
    for before, slot in pairwise(slots):
        between = words[before.index + len(before.mention.text.split()) : slot.index]
        if len(between) < 2 or between[0] != "," or between[1].lower() not in lex.determiners:
            continue
        if not all(w.lower() in lex.determiners or _adjective(frame, w) for w in between[1:]) or list_closes(frame, slot):
            continue
        after = words[slot.index + 1 : slot.index + 1 + _APPOSITION_WORDS]
        if "," in after:
            inside.update(range(slot.index, slot.index + 1 + after.index(",")))
    return inside


def _description_owner(frame: Frame, slots: list[Slot], k: int) -> bool:
    """The organisation in the genitive after a description that stands for it ("Die Minister der EU"):
    part of the description, no second party."""
    if k == 0 or slots[k - 1].mention.kind != "DESC" or slots[k].mention.actor_id != slots[k - 1].mention.actor_id:
        return False
    between = frame.words[slots[k - 1].index + 1 : slots[k].index]
    return bool(between) and all(w.lower() in frame.lexicon.genitive_determiners for w in between)


def _repeated(frame: Frame, slots: list[Slot], k: int) -> bool:
    """An abbreviation in brackets or right after its name names the same actor: "Islamischer Staat (IS)",
    "zur verbotenen Kurdischen Arbeiterpartei PKK" (the name's preposition governs both)."""
    if k == 0 or slots[k].mention.actor_id != slots[k - 1].mention.actor_id:
        return False
    before = slots[k - 1]
    between = frame.words[before.index + len(before.mention.text.split()) : slots[k].index]
    return frame.words[slots[k].index - 1] == "(" or not between


def _pair(frame: Frame, mention: Mention, k: int) -> list[Mention]:
    """"beide Staatschefs", "die beiden Präsidenten" (the description at word ``k``): the last two persons
    named before (of the same office where the description has one); [] for anything else."""
    if mention.kind != "DESC" or mention.actor_id or k == 0 or frame.words[k - 1].lower() not in frame.lexicon.dual_words:
        return []
    latest: dict[str, Mention] = {}
    for earlier in frame.article.mentions:
        if earlier.start >= mention.start:
            break
        if earlier.kind in ("PER", "DESC") and earlier.actor_id and (
                mention.office is None or earlier.office in (None, mention.office)):
            latest.pop(earlier.actor_id, None)
            latest[earlier.actor_id] = earlier
    persons = list(latest.values())[-2:]
    return persons if len(persons) == 2 else []


def title_start(frame: Frame, mention: Mention, k: int) -> int:
    """Where the title before a person found through it begins ("mit Kremlchef Wladimir Putin",
    "mit dem russischen Präsidenten Wladimir Putin"): the preposition governs the title.  A place name
    before the title is no part of it ("in Washington US-Präsident Barack Obama getroffen"), nor is a time
    expression ("traf am Montag Präsident Hollande": "am" governs the day, not the person)."""
    j = k
    while (mention.how == "title" and j > 0 and k - j < 2 and frame.words[j - 1][:1].isupper()
           and not in_mention(frame, j - 1, "LOC") and not in_timex(frame, j - 1)):
        j -= 1
    return j


def in_mention(frame: Frame, j: int, kind: str | None = None) -> bool:
    """Word ``j`` belongs to a mention of the frame (of ``kind`` only, when given)."""
    start = frame.sentence.tokens[j].start
    return any(m.start <= start < m.end and kind in (None, m.kind) for m in frame.mentions)


def _possessor(frame: Frame, slot: Slot, slots: list[Slot]) -> bool:
    """A genitive state heading a person's noun phrase ("Russlands Präsident", "Syriens Machthaber
    al-Assad", "Russlands stellvertretender Außenminister Bogdanow") only says whose the person is; the
    owner of an act noun before the trigger is no possessor of a person after it ("Die Vorwürfe Russlands
    wies Erdogan zurück", "Den Vorschlag Junckers lehnte Orbán ab", "Merkels Kritik wies Orbán zurück").  So does
    a capital's genitive, a metonym no preposition or article follows ("Moskaus Außenminister Lawrow"; not
    "bestellte Ankara den deutschen Geschäftsträger ein")."""
    if slot.mention.how != "kb:genitive" and (slot.mention.how != "kb:metonym" or slot.prep is not None):
        return False
    person = next((s for s in slots if s.index > slot.index and s.mention.kind in ("PER", "DESC")), None)
    if person is None or person.index - slot.index > 3:
        return False
    if slot.index < frame.index < person.index and any(
            0 <= j < len(frame.words) and act_noun(frame.lexicon, frame.words[j])
            for j in (slot.index - 1, slot.index + len(slot.mention.text.split()))):
        return False
    between = frame.words[slot.index + 1 : person.index]
    if slot.mention.how == "kb:metonym" and any(w.lower() in frame.lexicon.determiners for w in between):
        return False
    return all(w[:1].isupper() or w.lower().endswith(frame.lexicon.adjective_endings) for w in between)


def act_noun(lexicon: EventLexicon, word: str) -> bool:
    """``word`` (as written) names an act: an event trigger's noun ("Forderung", "Vorwurf") or an
    ``act_nouns`` or intention noun ("Schritt", "Vorschlag", "Angebot")."""
    return word in lexicon.nouns or word in lexicon.act_nouns or word in lexicon.irrealis_cues.get("intention_nouns", ())


def preposition_before(frame: Frame, slot: Slot, reach: int, floor: int = 0) -> int | None:
    """The index of the preposition that governs ``slot`` (``slot.prep``), the nearest at most ``reach`` words
    before its actor and not before word ``floor``; None when there is none there."""
    return next((k for k in range(slot.index - 1, max(floor, slot.index - reach) - 1, -1)
                 if frame.words[k].lower() == slot.prep), None)


def governing_preposition(frame: Frame, k: int) -> str | None:
    """The preposition before word ``k``, skipping determiners and adjectives ("mit dem syrischen …") and
    one head noun that the actor is a genitive attribute of ("mit Mitgliedern der bewaffneten Opposition",
    "Auf Drängen Frankreichs", "Im Osten der Ukraine").  The trigger itself is never skipped: "nach dem
    Abschuss eines russischen Kampfjets" leaves the jet to the noun trigger."""
    lex = frame.lexicon
    j, hopped = k - 1, False
    while j >= 0 and j > k - 7 and j != frame.index:
        word = frame.words[j].lower()
        if word in lex.prepositions:
            return word
        if word in lex.determiners or _adjective(frame, frame.words[j]):
            j -= 1
            continue
        if not hopped and _head_noun(frame, j, k):
            hopped = True
            j -= 1
            continue
        break
    return None


def _head_noun(frame: Frame, j: int, k: int) -> bool:
    """Word ``j`` is a noun the actor at ``k`` is a genitive attribute of: capitalised, not a mention, and
    not a time expression, and followed by nothing or by an ``attribute_determiners`` word (then adjectives)
    up to the actor ("Osten der Ukraine"; not "wegen der Resolution den türkischen Botschafter")."""
    if not frame.words[j][:1].isupper() or in_mention(frame, j) or in_timex(frame, j):  # an actor is no head noun
        return False
    between = frame.words[j + 1 : k]
    return not between or (between[0].lower() in frame.lexicon.attribute_determiners
                           and all(_adjective(frame, w) for w in between[1:]))


def in_timex(frame: Frame, j: int) -> bool:
    """Word ``j`` belongs to a time expression ("am Donnerstag dem syrischen Regime": no head noun)."""
    start = frame.sentence.tokens[j].start
    return any(t.start <= start < t.end for t in frame.article.timexes)


#: Punctuation that ends a clause for most event rules (some add quotes or the full stop).
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})


def word_at(sentence: Sentence, offset: int) -> int:
    """Index of the word of ``sentence`` that starts at or contains character ``offset`` (its last word for an
    offset past its end)."""
    return next((k for k, t in enumerate(sentence.tokens) if t.end > offset), len(sentence.tokens) - 1)


def placed_mentions(sentence: Sentence, mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """(index of the first word, mention) of each of ``mentions`` that starts in ``sentence``, in text order."""
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
    return sorted(((word_at(sentence, m.start), m) for m in inside), key=lambda jm: jm[0])


def opens_subordinate(words: list[str], start: int, lexicon: EventLexicon) -> bool:
    """The clause opening at word ``start`` (not the sentence's first word) is subordinate: a subordinator
    or relative pronoun opens it ("…, falls die Vereinbarungen nicht umgesetzt werden")."""
    opener = words[start].lower() if 0 < start < len(words) else ""
    return opener in lexicon.subordinators or opener in lexicon.relative_pronouns


def clause_span(words: list[str], k: int, breaks: frozenset[str]) -> tuple[int, int]:
    """[start, end) of the clause around ``words[k]``: the words between the nearest ``breaks`` (clause
    punctuation; which marks count differs by use: brackets, quotes) on either side."""
    start = k
    while start > 0 and words[start - 1] not in breaks:
        start -= 1
    end = k
    while end < len(words) and words[end] not in breaks:
        end += 1
    return start, end


#: Dashes that set off an inserted phrase ("Das Treffen – das erste seit Monaten – fand am Freitag statt").
INSERTION_DASHES = frozenset({"–", "—", "-"})


def insertion_close(words: list[str], opening: int) -> int | None:
    """The index of the dash that closes the insertion opened by the dash at ``opening``; None when
    ``words[opening]`` is no dash or no second dash follows it in ``words`` (one sentence)."""
    if opening >= len(words) or words[opening] not in INSERTION_DASHES:
        return None
    return next((j for j in range(opening + 1, len(words)) if words[j] in INSERTION_DASHES), None)


def only_determiners(frame: Frame, words: list[str]) -> bool:
    """At most two words, each a determiner or an attributive adjective ("und [die syrische] Armee")."""
    lex = frame.lexicon
    return len(words) <= 2 and all(
        w.lower() in lex.determiners or (not w[:1].isupper() and w.lower().endswith(lex.adjective_endings)) for w in words)


def after_possessive(frame: Frame) -> bool:
    """The noun trigger follows a possessive, adjectives apart ("ihre gemeinsamen Luftangriffe")."""
    j = frame.index - 1
    while j >= 0 and not frame.words[j][:1].isupper() and frame.words[j].lower().endswith(frame.lexicon.adjective_endings) \
            and frame.words[j].lower() not in frame.lexicon.possessives:
        j -= 1
    return j >= 0 and frame.words[j].lower() in frame.lexicon.possessives


#: Acts done by speaking: a speaker in the sentence performs them, and a report of one is news of its day.
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


def marked_infinitive(words: list[str], start: int, end: int, lex: EventLexicon) -> bool:
    """Words [start, end) hold an ``infinitive_markers`` word before a lower-case word that is no determiner:
    a zu-infinitive ("zu erzielen", "bombardiert zu haben"), not the preposition of "zu den Anschlägen"."""
    return any(words[j].lower() in lex.infinitive_markers and words[j + 1].isalpha() and words[j + 1].islower()
               and words[j + 1].lower() not in lex.determiners for j in range(start, end - 1))


def infinitive_clause(words: list[str], start: int, end: int, lex: EventLexicon) -> bool:
    """Words [start, end) hold a zu-infinitive: a marked one (:func:`marked_infinitive`), a word that opens
    with a separable particle of the lexicon and the marker ("die Ukraine anzugreifen"), or a lower-case word
    that is a verb form of a trigger or light verb once the marker inside it is dropped ("dichtzumachen")."""
    if marked_infinitive(words, start, end, lex):
        return True
    particles = {p for entries in lex.particles.values() for p, _ in entries}
    forms = set(lex.verbs).union(*(verbs for entries in lex.light.values() for verbs, _ in entries))
    for w in (w for w in words[start:end] if w.islower()):
        for m in lex.infinitive_markers:
            at = w.find(m, 2)
            if any(w.startswith(p + m) and len(w) > len(p + m) + 3 for p in particles) \
                    or (at > 0 and w[:at] + w[at + len(m):] in forms):
                return True
    return False
