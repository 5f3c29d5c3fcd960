"""Roles of speech acts (demands, accusations, threats, refusals) that clause structure alone misreads.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):

* the subject of a main clause that follows a clause break (a comma, semicolon, or a dash that closes no
  inserted phrase: "Merkel trifft Erdogan – Russland kritisiert …") is its own, not the sentence's first actor:
  after a fronted object with an inserted clause the subject follows the finite verb ("Eine
  Entschuldigung, wie Moskau sie verlangt, lehnte Ankara ab"), in a second main clause it precedes it
  ("Die Türkei wirft Russland vor, …; Moskau bestreitet das");
* a refusal or denial that names nobody answers the latest demand or accusation aimed at its source
  ("Moskau bestreitet das": the accuser); a speech act that names nobody goes on addressing whom the
  same side addressed in the sentence before or the same sentence ("Russland hat den Beitritt
  Finnlands kritisiert. … Russland sehe sich gezwungen, Gegenmaßnahmen zu ergreifen");
* a speech verb opening the last clause after reported speech has its subject after it and addresses the
  reported clause's actor ("Russland bombardiere Krankenhäuser, kritisierte Fabius": Fabius accuses Russia);
* the speaker of a speech act is not its addressee when both stand for one state's side ("Das Außenministerium erklärte, …").

The code knows no German words: cue lists come from ``events.yaml`` through :class:`EventLexicon`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_hearsay import reported_subject
from chronik.stages.event_slots import CLAUSE_BREAKS, attributive, clause_span, word_at

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

_clause_span = partial(clause_span, breaks=CLAUSE_BREAKS)
#: Acts a refusal or denial answers: its target is their author.
_ANSWERED = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
#: Hostile speech acts and sanctions: one side addressing another over several sentences.
_ADDRESSING = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SANCTION"})
_SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
#: Statement acts: their verbs may follow the clause they report, their speaker after them ("…, lobte Hollande"),
#: and a reporting clause after them ("…, sagte Kerry am Mittwoch") tells their day (event_dating.py).
REPORTING_TYPES = _SPEECH_TYPES | {"SUPPORT"}
#: Marks after which a clause with a subject of its own may open: a comma, a semicolon, a dash between two
#: main clauses ("Merkel trifft Erdogan in Ankara – Russland kritisiert die Nato").
_MAIN_BREAKS = frozenset({",", ";", "–", "—"})


def clause_subject(frame: Frame, slots: list[Slot]) -> Slot | None:
    """The subject of a finite verb trigger that a clause break separates from the sentence's start: the
    free actor right after it when the verb opens its clause behind a prefield without an actor of its own
    ("Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara ab", "Nachdem …, verurteilte Scholz"),
    or the free actor that alone fills the clause before it ("…; Moskau bestreitet das"), or the one opening
    the content clause of a claim or a denial (event_hearsay.reported_subject).  None when the trigger is no
    verb, its clause starts the sentence, or neither applies."""
    if frame.kind not in ("verb", "particle"):
        return None
    start, end = _clause_span(frame.words, frame.index)
    if start == 0 or frame.words[start - 1] not in _MAIN_BREAKS or _closes_insertion(frame.words, start - 1) \
            or _closes_apposition(frame, start - 1):
        return None
    free = [s for s in slots if s.prep is None]
    if start == frame.index and _prefield_only(frame, free, start):
        return next((s for s in free if frame.index < s.index < end), None)
    return _subject_before(frame, free, start) or reported_subject(frame, free)  # event_hearsay.py


def _closes_insertion(words: list[str], k: int) -> bool:
    """The dash at ``k`` closes an inserted phrase that an earlier dash opened ("Demirtas – dem die Immunität
    entzogen werden soll – hatte die AKP gewarnt"): the clause after it goes on with the first one's subject."""
    dashes = _MAIN_BREAKS - {",", ";"}
    return words[k] in dashes and any(w in dashes for w in words[:k])


def _closes_apposition(frame: Frame, k: int) -> bool:
    """The comma at ``k`` closes a name in apposition that a comma opened ("Der Chef der HDP, Selahattin
    Demirtaş, hatte …"): the words between the two commas are one mention of the sentence, and the clause
    after it goes on with the subject before it."""
    words = frame.words
    if words[k] != ",":
        return False
    opening = next((j for j in range(k - 1, -1, -1) if words[j] in _MAIN_BREAKS), None)
    if opening is None or words[opening] != "," or opening + 1 >= k:
        return False
    sentence = frame.sentence
    return any(frame.word_index(m.start) == opening + 1 and frame.word_index(m.end - 1) == k - 1
               for m in frame.article.mentions if sentence.start <= m.start < sentence.end)


def _subject_before(frame: Frame, free: list[Slot], start: int) -> Slot | None:
    """The one free actor that fills the clause from ``start`` up to the trigger ("Moskau bestreitet")."""
    before = [s for s in free if start <= s.index < frame.index]
    if len(before) == 1 and _fills(frame, before[0], start, frame.index):
        return before[0]
    return None


def _prefield_only(frame: Frame, free: list[Slot], start: int) -> bool:
    """What precedes word ``start`` is one fronted phrase with inserted clauses, not a main clause: the
    sentence's first clause opens with a subordinator or names no free actor, and every later clause
    before ``start`` is embedded (see :func:`_embedded`): "Eine Entschuldigung, wie Moskau sie verlangt,"
    but not "Drei Wochen darauf landete der Kremlchef in Hmeimim," (then "traf dort Assad" shares its
    subject)."""
    first_end = _clause_span(frame.words, 0)[1]
    opened = frame.words[0].lower() in frame.lexicon.subordinators
    if first_end >= start or not (opened or not any(s.index < first_end for s in free)):
        return False
    k = first_end + 1
    while k < start - 1:
        end = _clause_span(frame.words, k)[1]
        if not _embedded(frame, k, end):
            return False
        k = end + 1
    return True


def _embedded(frame: Frame, start: int, end: int) -> bool:
    """The clause [start, end) is subordinate: a subordinator or relative pronoun opens it, or it ends
    in a lower-case word, the verb at the end of a German subordinate clause ("…, wie Moskau sie
    verlangt,", "…, Russland habe eine Niederlage erlitten,")."""
    lex = frame.lexicon
    opener = frame.words[start].lower()
    last = frame.words[end - 1] if end > start else ""
    return opener in lex.subordinators or opener in lex.relative_pronouns or last[:1].islower()


def _fills(frame: Frame, slot: Slot, start: int, verb: int) -> bool:
    """The actor of ``slot`` is the whole phrase between ``start`` and the verb, determiners and
    adjectives before it apart ("die Türkei wirft", "Moskau bestreitet")."""
    lex = frame.lexicon
    lead = [w for w in frame.words[start : slot.index] if w[:1].isalnum()]  # not an opening quote: "„Assad muss …"
    lead = lead[1:] if lead and lead[0].lower() in lex.focus_particles else lead  # "Auch Serbien droht"
    if not all(w.lower() in lex.determiners or (w[:1].islower() and w.endswith(lex.adjective_endings)) for w in lead):
        return False
    return slot.index + len(slot.mention.text.split()) == verb


def own_clause_roles(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention]
                     ) -> tuple[list[Mention], list[Mention]]:
    """Source and target with the clause's own subject (see :func:`clause_subject`): the subject becomes
    the source and only actors of the trigger's clause stay targets.  Unchanged without such a subject.
    A ``subject_is_target`` trigger ("Russland solle …") leaves the source to the speaker (attribution)
    and takes its subject as the only target, none when no actor fills the place before it."""
    if (inverted := inverted_speech(frame, slots)) is not None:
        speaker, addressee = inverted[0].mention, inverted[1].mention
        own_state = addressee.kind == "STATE" and same_side(speaker, addressee)  # "Russland habe …, wies er zurück"
        return [speaker], [] if own_state else [addressee]
    if frame.trigger.subject_is_target:
        free = [s for s in slots if s.prep is None]
        asked = _subject_before(frame, free, _clause_span(frame.words, frame.index)[0])
        return [], [asked.mention] if asked else []
    subject = clause_subject(frame, slots)
    if subject is None or [subject.mention] == source:
        return source, target
    start, end = _clause_span(frame.words, frame.index)
    inside = {id(s.mention) for s in slots if start <= s.index < end}
    kept = [m for m in source + target if m is not subject.mention and id(m) in inside]
    return [subject.mention], kept[:1] or _clause_object(frame, slots, subject, end)


def _clause_object(frame: Frame, slots: list[Slot], subject: Slot, end: int) -> list[Mention]:
    """The target in the clause of its own subject when the sentence's roles found none there ("Bei dem
    Anschlag wurden 37 Menschen getötet; Erdogan machte die PKK dafür verantwortlich"): the first actor
    after the subject in that clause that is free or governed by a target preposition; [] for none and for
    a subject after the trigger (an inverted clause, whose case the rules cannot read)."""
    if subject.index > frame.index:
        return []
    preps = frame.trigger.target_preps
    after = [s for s in slots if subject.index < s.index < end and s.mention is not subject.mention
             and (s.prep is None or s.prep in preps)]
    return [after[0].mention] if after else []


def inverted_speech(frame: Frame, slots: list[Slot]) -> tuple[Slot, Slot] | None:
    """Speaker and addressee of a speech act whose verb opens the sentence's last clause after the main
    clause it reports, its subject right after it: "Russland bombardiere gezielt Krankenhäuser, kritisierte
    der französische Außenminister Laurent Fabius" (Fabius accuses Russia).  The reported clause's first
    free actor is the addressee, unless a second free actor follows the speaker ("…, warf Putin Erdogan vor").
    None unless that clause is reported speech (:func:`_reported`) and one or two free actors stand in the
    verb's clause, the first after determiners, adjectives and titles only, and the clause
    closes the sentence (an aside in brackets apart).  :func:`own_clause_roles` drops the addressee when
    it is the speaker's own state ("Russland habe eine Niederlage erlitten, wies er zurück")."""
    if frame.kind not in ("verb", "particle") or frame.trigger.type not in REPORTING_TYPES:
        return None
    end = _closing_report(frame, frame.index)
    if end is None:
        return None
    free = [s for s in slots if s.prep is None]
    after = [s for s in free if frame.index < s.index < end]
    before = [s for s in free if s.index < frame.index - 1]
    if not after or not _speaker_follows_verb(frame, frame.index, after[0]):
        return None
    if len(after) == 2:  # "…, warf Putin Erdogan vor": the speaker, then the addressee
        return after[0], after[1]
    return (after[0], before[0]) if len(after) == 1 and before else None


def later_speaker(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The speaker of a speech verb that opens the sentence's last clause after the reported clause holding
    the trigger ("Russland bombardiere Krankenhäuser, kritisierte Fabius"): the slots of that clause, no
    side of the reported act.  [] unless the clause is reported speech (:func:`_reported`)."""
    lex, words = frame.lexicon, frame.words
    for k in range(frame.index + 2, len(words)):
        verb = lex.verbs.get(words[k].lower())
        if (verb is None or verb.type not in REPORTING_TYPES) and words[k].lower() not in lex.reporting_verbs:
            continue
        if (end := _closing_report(frame, k)) is not None:
            return [s for s in slots if k < s.index < end and s.prep is None and _speaker_follows_verb(frame, k, s)]
    return []


def _closing_report(frame: Frame, k: int) -> int | None:
    """Where the clause that the verb at ``k`` opens ends, when it opens after a comma, closes the sentence
    (an aside in brackets apart) and follows reported speech (:func:`_reported`); None otherwise."""
    words = frame.words
    start, end = _clause_span(words, k)
    if start != k or k == 0 or words[k - 1] != "," or words[end:end + 1] not in ([], ["."], ["("]):
        return None
    return end if _reported(frame, k - 1) else None


def _reported(frame: Frame, end: int) -> bool:
    """The words before ``end`` close a quotation (``quote_closers``), or hold a Konjunktiv I ("sei", "müsse",
    the e-form of a trigger verb: "bombardiere") or a first-person word of a quote (``quote_pronouns``: "Wir
    werden das nicht zulassen"):
    reported speech, not a first verb whose subject the next one shares ("Merkel besuchte Ankara, lobte
    Erdogan")."""
    lex = frame.lexicon
    if end > 0 and frame.words[end - 1] in lex.quote_closers:  # "„Russland muss …“, forderte Steinmeier"
        return True
    return any(w in lex.konjunktiv_i or w in lex.quote_pronouns or (w in lex.verbs and w.endswith("e") and not w.endswith("te"))
               for w in (w.lower() for w in frame.words[:end]))


def _speaker_follows_verb(frame: Frame, k: int, slot: Slot) -> bool:
    """Only determiners, adjectives and capitalised titles stand between the verb at ``k`` and ``slot``'s
    actor ("kritisierte der französische Außenminister Laurent Fabius"), at most four words."""
    lex = frame.lexicon
    between = frame.words[k + 1 : slot.index]
    return len(between) <= 4 and all(w.lower() in lex.determiners or w[:1].isupper()
                                     or (w[:1].islower() and w.endswith(lex.adjective_endings)) for w in between) \
        and not any(w.lower() in lex.prepositions for w in between)


def speaker_acts(frame: Frame, source: list[Mention], speaker: Mention, slots: list[Slot] = ()) -> bool:
    """The speaker of a reported speech act is its author ("Assad müsse gehen, sagte Hollande") unless the
    reported clause has an author of its own as its subject, at its start ("Die Nato will die Türkei
    unterstützen, sagte Stoltenberg": the Nato supports; "Der Kreml kritisierte die Nato, sagte Peskow": the
    Kremlin), also after a subordinator ("Kurz sagte, dass die Türkei Griechenland um Hilfe gebeten habe": Turkey
    asked) and after a noun in apposition ("dass der Nachbar Slowenien darum gebeten habe"), or right after its finite verb ("Laut Lawrow verurteilt Russland …"), or as the agent of a passive ("Österreich wurde von Slowenien um Hilfe gebeten, sagte
    Faymann": Slovenia asked, whoever reports it).  A subject that is asked
    (``subject_is_target``: "Assad muss gehen") leaves the act to the speaker."""
    if frame.trigger.subject_is_target or not source:
        return True
    if _passive_author(frame, source, slots):
        return False
    words, lex = frame.words, frame.lexicon
    if frame.index + 1 < len(words) and words[frame.index + 1].lower() in lex.nominative_pronouns:
        return True  # "„Die Türkei kritisieren wir“": the words before the verb are its object, put first
    start = _reported_clause(frame)[0]
    lead = start + (words[start].lower() in lex.determiners)
    leads = {lead, lead + 1} if lead > start and lead + 1 < frame.index and words[lead][:1].isupper() else {lead}
    return not any((frame.word_index(m.start) in leads and m.sentence == frame.sentence.index) or _inverted_subject(frame, m)
                   for m in source)


def _reported_clause(frame: Frame) -> tuple[int, int]:
    """The trigger's clause [start, end), its start past an opening quote and subordinator ("„Die Türkei …", "dass")."""
    start, end = _clause_span(frame.words, frame.index)
    start += start < frame.index and not frame.words[start][:1].isalnum()
    start += start < frame.index and frame.words[start].lower() in frame.lexicon.subordinators
    return start, end


def _passive_author(frame: Frame, source: list[Mention], slots: list[Slot]) -> bool:
    """A source of a passive verb clause is its agent phrase ("von Slowenien … gebeten"): the reported
    clause names its own author."""
    from chronik.stages.event_stance import clause_passive  # event_stance imports the frame's modules
    from chronik.stages.event_unnamed import passive_agent

    return frame.kind != "noun" and clause_passive(frame) and any(
        s.mention in source and passive_agent(frame, s, True) for s in slots)


def asked_speaker(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention], speaker: Mention
                  ) -> list[Mention]:
    """The speaker as the target of a reported passive whose subject is a personal pronoun of one person
    ("Sie sei von Erdogan um Hilfe gebeten worden, sagte Merkel"; "Merkel sagte, dass sie von Erdogan …
    gebeten worden sei"): the agent asked the speaker.  ``target`` when it names someone, the source is no
    passive agent, the clause opens with no such pronoun, or its finite verb is plural ("Sie seien …")."""
    if target or not _passive_author(frame, source, slots):
        return target
    lex, words = frame.lexicon, frame.words
    start, end = _reported_clause(frame)
    if words[start].lower() not in lex.subject_pronouns or any(
            w.lower() in lex.finite_auxiliaries and w.endswith(lex.plural_verb_endings) for w in words[start:end]):
        return target
    return [speaker]


def _inverted_subject(frame: Frame, mention: Mention) -> bool:
    """``mention`` follows the finite verb trigger as its subject, only determiners between ("Laut Lawrow
    verurteilt Russland den Anschlag", "…, verurteilt der Kreml die Sanktionen"): the clause's own author,
    whoever the sentence cites for it.  Requires a verb or particle trigger."""
    if frame.kind not in ("verb", "particle") or mention.sentence != frame.sentence.index:
        return False
    k = frame.word_index(mention.start)
    between = frame.words[frame.index + 1 : k]
    return k > frame.index and all(w.lower() in frame.lexicon.determiners for w in between)


def same_side(a: Mention, b: Mention) -> bool:
    """Two mentions of one state's side: the speaker and the state it speaks for ("Das Außenministerium
    erklärte, Russland sehe sich gezwungen …") are no addressee of each other."""
    return a.country is not None and a.country == b.country and a.sector == b.sector


def answered_actor(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of a speech act that names none (requires ``frame.earlier`` in text order): for a
    refusal or denial the author of the latest demand, accusation or threat aimed at the source in this
    sentence or the one before ("Die Türkei wirft Russland vor, …; Moskau bestreitet das"); else whom the
    same side addressed there with a hostile act ("… hat den Beitritt Finnlands kritisiert. … Russland
    sehe sich gezwungen, Gegenmaßnahmen zu ergreifen").  None for other types or without such an act."""
    if frame.trigger.type not in _SPEECH_TYPES or frame.trigger.subject_is_target or not source \
            or _names_addressee(frame):
        return None
    ids = {m.actor_id for m in source if m.actor_id} | {m.country for m in source if m.country}
    here = frame.sentence.index
    recent = [e for e in reversed(frame.earlier) if here - 1 <= e.sentence <= here]
    if frame.trigger.type == "REJECT":
        answered = next((e for e in recent if e.type in _ANSWERED and e.source and _aims_at(e.target, ids)),
                        None)
        if answered is not None:
            return answered.source[0]
    same = next((e for e in recent if e.type in _ADDRESSING and e.target and _aims_at(e.source, ids)
                 and not _aims_at(e.target, ids)), None)
    return same.target[0] if same is not None else None


def _names_addressee(frame: Frame) -> bool:
    """The trigger's clause has a preposition of its addressee ("verlangte von der internationalen
    Gemeinschaft"): the addressee is named, only not as an actor the article resolves."""
    start, end = _clause_span(frame.words, frame.index)
    return any(w.lower() in frame.trigger.target_preps for w in frame.words[start:end])


def _aims_at(actors: list[Actor], ids: set[str]) -> bool:
    return any(a.id in ids or a.country in ids for a in actors)


def reported_speaker(frame: Frame) -> Mention | None:
    """The speaker of a speech act in continued indirect speech ("Nach syrischen Angaben betonte
    al-Scharaa, … Russland solle … das Vertrauen zurückgewinnen"): when the trigger's clause is in the
    Konjunktiv I and names no reporting verb, the actor nearest a reporting verb of the sentence before.
    None for other types or when the sentence before reports nobody's words."""
    lex = frame.lexicon
    start, end = _clause_span(frame.words, frame.index)
    clause = [w.lower() for w in frame.words[start:end]]
    if frame.trigger.type not in _SPEECH_TYPES or not any(w in lex.konjunktiv_i for w in clause) \
            or any(w.lower() in lex.reporting_verbs for w in frame.words):
        return None
    before = frame.sentence.index - 1
    sentence = next((s for s in frame.article.sentences if s.index == before), None)
    if sentence is None:
        return None
    words = [frame.article.text[t.start : t.end] for t in sentence.tokens]
    verbs = [k for k, w in enumerate(words) if w.lower() in lex.reporting_verbs]
    speakers = [(abs(word_at(sentence, m.start) - k), m) for m in frame.article.mentions
                if m.sentence == before and m.actor_id for k in verbs]
    near = [pair for pair in speakers if pair[0] <= 3]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def speech_target(frame: Frame, slots: list[Slot], sides: tuple[list[Mention], list[Mention]],
                  speaker: Mention) -> list[Mention]:
    """The target of a speech act its speaker makes: the addressee of the speaker's reporting verb before a noun
    trigger (:func:`_verb_addressee`: "Obama versicherte der Türkei die Unterstützung der Nato": Turkey, not the
    Nato whose support it is), else the first of the clause's ``sides`` (source, target) neither the speaker nor
    of its side, a noun trigger's own target before its genitive backer ("Steinmeier versicherte, die
    Unterstützung der EU für die Ukraine bleibe": Ukraine)."""
    addressee = _verb_addressee(frame, slots)
    if addressee is not None and addressee is not speaker:
        return [addressee]
    source, target = sides
    candidates = target + source if frame.kind == "noun" else source + target
    return [m for m in candidates if m is not speaker and not same_side(m, speaker)][:1]


def _verb_addressee(frame: Frame, slots: list[Slot]) -> Mention | None:
    """A free actor right after a reporting verb (determiners between) and right before the noun trigger's
    phrase (determiners and attributive words between): the verb's dative object; None otherwise."""
    if frame.kind != "noun":
        return None
    lex, words = frame.lexicon, frame.words
    for slot in slots:
        end = slot.index + len(slot.mention.text.split())
        if slot.prep is not None or not slot.index < end <= frame.index:
            continue
        verb = slot.index - 1
        while verb >= 0 and words[verb].lower() in lex.determiners:
            verb -= 1
        between = words[end : frame.index]
        if verb >= 0 and words[verb].lower() in lex.reporting_verbs \
                and all(w.lower() in lex.determiners or attributive(lex, w) for w in between):
            return slot.mention
    return None
