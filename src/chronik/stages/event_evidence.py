"""How sure an event mention is: its modality (negated, hypothetical, claimed, future, asserted) and its
confidence score from the evidence the frame offers."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import UNKNOWN_PREFIXES, Actor, Article, EventMention
from chronik.stages.event_confidence_sides import (
    conjoined_sides,
    named_targets,
    placed_target,
    target_only_placed,
)
from chronik.stages.event_dating import text_dated
from chronik.stages.event_genre import INTERVIEW_CAP, interview_turn
from chronik.stages.event_negation import negated_window
from chronik.stages.event_positions import conjunct_start
from chronik.stages.event_slots import before_modifiers, clause_span
from chronik.stages.event_stance import clause_passive
from chronik.stages.resolve_actors import GUESSED_ROLES

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_MODAL_SCOPE_BREAKS = frozenset({",", ";", ":", "–", "-", "(", '"', "„"})
_DASHES = frozenset({"–", "-"})


def modality_of(frame: Frame) -> str:
    """"negated", "hypothetical", "claimed", "future" or "asserted", from the lexicon's cue words in the
    trigger's clause (hypothetical: anywhere in the sentence); an act other than a demand under a present
    obligation modal (``owed_modals``) is future, unless the modal is part of the trigger (``subject_is_target``:
    "Russland muss mit Konsequenzen rechnen" is a threat made)."""
    lex = frame.lexicon
    words = [w.lower() for w in frame.words]
    opening = conjunct_start(frame, _clause_start(words, frame.index))
    window = _demand_window(frame, _outside_insertions(words, opening, _cue_end(words, frame.end)))
    if negated_window(window, lex):
        return "negated"
    if any(w in lex.hypothetical for w in words):
        return "hypothetical"
    if any(w in lex.claimed and (w not in lex.future or _perfect_closes(window, lex)) for w in window):
        return "claimed"  # "soll … angegriffen haben"; "soll am Samstag … reisen" is planned
    # a noun after a preposition is the setting of the clause's verb, whose later plan is not its own ("hatten in
    # einem Telefonat eine Zusammenarbeit angekündigt")
    ahead = _outside_insertions(words, opening, frame.index) if _governed_noun(frame, words) else window
    future = [w for w in ahead if w in lex.future]
    if frame.kind == "particle" and words[frame.index] in future:
        future.remove(words[frame.index])  # the trigger's own stem: "kündigte das Abkommen auf" is done, not announced
    if (future and not _passive_auxiliary(frame, future)) or _planned_clause(frame, words):
        return "future"
    if frame.trigger.type != "REQUEST" and not frame.trigger.subject_is_target and any(w in lex.owed_modals for w in window):
        return "future"  # "Russland müsse die Angriffe einstellen": an act owed, demanded, not done
    return "asserted"


def _demand_window(frame: Frame, window: list[str]) -> list[str]:
    """The lower-cased cue ``window`` of a demand made by a modal (``subject_is_target``) of ``prohibitive_modals``
    without that modal, which plans nothing, and without negations, which forbid the act demanded ("Russland solle
    die Opposition nicht mehr angreifen": the demand is made).  Any other frame's ``window`` unchanged."""
    modal = frame.words[frame.index].lower()
    if not frame.trigger.subject_is_target or modal not in frame.lexicon.irrealis_cues["prohibitive_modals"]:
        return window
    rest = list(window)
    if modal in rest:
        rest.remove(modal)
    return [w for w in rest if w not in frame.lexicon.negation]


def _planned_clause(frame: Frame, words: list[str]) -> bool:
    """A noun trigger's clause closes with a future cue that is no auxiliary, beyond the cue window ("Für
    Mittwoch ist ein Treffen zwischen Lawrow und Kerry in Genf geplant"), no preposition governing the noun;
    ``words`` lower-cased."""
    lex = frame.lexicon
    if frame.kind not in ("noun", "light") or _governed_noun(frame, words):
        return False
    end = clause_span(words, frame.index, _MODAL_SCOPE_BREAKS)[1]
    last = next((w for w in reversed(words[frame.end:end]) if w.isalpha()), None)
    return last is not None and last in lex.future and last not in lex.future_auxiliaries


def _governed_noun(frame: Frame, words: list[str]) -> bool:
    """The trigger is a noun that a preposition governs ("in einem Telefonat"); ``words`` lower-cased."""
    before = before_modifiers(frame.words, frame.index, frame.lexicon) if frame.kind in ("noun", "light") else -1
    return before >= 0 and words[before] in frame.lexicon.prepositions


def _perfect_closes(window: list[str], lex: EventLexicon) -> bool:
    """A perfect infinitive (``perfect_infinitives``) of the lower-cased cue ``window`` closes it, or stands
    before a claimed modal or a punctuation mark ("soll … getötet haben", "getötet haben soll")."""
    return any(w in lex.perfect_infinitives and (k + 1 == len(window) or window[k + 1] in lex.claimed
                                                 or not window[k + 1][:1].isalnum())
               for k, w in enumerate(window))


def _passive_auxiliary(frame: Frame, cues: list[str]) -> bool:
    """The only future cue is one "werden" that makes the trigger's participle a present passive ("Milizen,
    die vom Iran unterstützt werden"), not a future ("wird … angegriffen werden" has two)."""
    lex = frame.lexicon
    if len(cues) != 1 or cues[0] not in lex.future_auxiliaries or frame.kind != "verb" \
            or frame.words[frame.index].lower() in lex.infinitives:
        return False
    return clause_passive(frame)


def dated_modality(event: EventMention, article: Article) -> str:
    """An asserted act dated wholly after its report appeared has not happened yet: "future" ("Am
    Mittwoch wollen Putin, Erdogan und Ruhani in Sotschi zusammenkommen", published on the Tuesday, where
    the modal is too far from the verb for the cue window).  Other modalities stay."""
    published, date = article.published, event.date
    if event.modality == "asserted" and published is not None and date is not None and date.start > published.end:
        return "future"
    return event.modality


def _cue_end(words: list[str], end: int) -> int:
    """Where the trigger's cue window ends: six words on, not past the comma that closes its clause ("forderte,
    die Regierung solle zurücktreten": the content clause's "solle" does not make the demand future)."""
    close = next((j for j in range(end, min(end + 6, len(words))) if words[j] in _MODAL_SCOPE_BREAKS), None)
    return close if close is not None else end + 6


def _outside_insertions(words: list[str], start: int, end: int) -> list[str]:
    """Words [start, end) without those a pair of dashes encloses, dashes included ("werde die Bundesregierung
    – und nicht die Bank – auffordern": the insertion's negation is not the act's)."""
    kept, inside, end = [], False, min(end, len(words))
    for j in range(start, end):
        if words[j] in _DASHES and (inside or any(w in _DASHES for w in words[j + 1 : end])):
            inside = not inside
        elif not inside:
            kept.append(words[j])
    return kept


def _clause_start(words: list[str], k: int) -> int:
    """Where the clause of word ``k`` begins (after the last comma, colon or dash before it, at most 12
    words back), so that a modal verb in second position reaches the infinitive at the end ("Putin will
    Assad … treffen"); a pair of dashes encloses an insertion that does not end the clause ("Die
    EU-Kommission werde die Bundesregierung – und nicht die Bank – auffordern")."""
    start = clause_span(words, k, _MODAL_SCOPE_BREAKS)[0]
    if start > 1 and words[start - 1] in _DASHES and any(w in _DASHES for w in words[: start - 1]):
        opening = max(j for j in range(start - 1) if words[j] in _DASHES)
        start = clause_span(words, opening - 1, _MODAL_SCOPE_BREAKS)[0] if opening > 0 else start
    return max(start, k - 12)


#: The confidence of an event before any evidence is counted.
BASE_CONFIDENCE = 0.55
#: Both sides found, and every participant of a political sector (states, governments, forces, rebels,
#: opposition, parties, courts, police, IGOs): the acts the codebook is about (hand-judged 10kGNAD events:
#: 43 % right, against 26 % with a civilian, business, media or unplaced side).
POLITICAL_SIDES = 0.15
#: A participant without sector, or without country though neither an IGO nor a stateless organisation the
#: knowledge base knows (the IS): a role the article did not pin down.
VAGUE_ACTOR = -0.1
#: A participant the knowledge base does not know ("per:"/"org:", read from the text only): often a
#: journalist, an expert or a word misread as a name (24 % right, against 41 %).
UNKNOWN_ACTOR = -0.1
#: No target: the act's addressee was not found, so the role rules had least to go on.
NO_TARGET = -0.1
#: The target named within NEAR_WORDS words of the trigger (its object, "Treffen mit X"), or only further
#: than FAR_WORDS words away or outside the sentence (a party of another clause or an inferred one).
TARGET_NEAR, TARGET_FAR = 0.05, -0.05
#: The source named further than FAR_WORDS words from the trigger: often the subject of another clause.
SOURCE_FAR = -0.05
#: A target the sentence does not name at all, neither as a party nor by a place of its state ("Athen rief seine
#: Botschafterin zurück" after a sentence on Ankara): inferred from another sentence, on top of TARGET_FAR.
TARGET_ELSEWHERE = -0.05
NEAR_WORDS, FAR_WORDS = 4, 8
#: A short sentence (at most SHORT_WORDS words) leaves few ways to misread the roles, a long one (more than
#: LONG_WORDS words) many.
SHORT_SENTENCE, LONG_SENTENCE = 0.05, -0.05
SHORT_WORDS, LONG_WORDS = 15, 25
#: Headline and lead (sentence index at most LEAD_SENTENCES) report the news; later sentences mix in
#: background and quotes.
LEAD = 0.05
LEAD_SENTENCES = 2
#: Asserted acts, against negated, hypothetical, claimed or future ones.
ASSERTED, NOT_ASSERTED = 0.05, -0.1
#: The most an act not asserted may score: a negated, hypothetical, claimed or planned act is never reported as
#: sure (the 0.8 band holds acts that happened).
NOT_ASSERTED_CAP = 0.75
#: A date from a time expression of the trigger's clause (see :func:`text_dated`).  Small: where articles
#: carry no publication date, the time expressions are mostly the years of background facts.
TEXT_DATED = 0.05
#: A noun naming an act other than a meeting ("die Angriffe", "Sanktionen gegen …"): it often refers back
#: to a known act and its actors attach loosely, while a meeting noun ("bei seinem Besuch in Kiew") is news.
NOUN_ACT = -0.1
_NOUN_ACT_EXEMPT = frozenset({"CONSULT"})
#: An attack or seizure whose target the sentence names only as a place ("Luftangriffe in Syrien") or not at
#: all: the state whose ground is hit, often the ally the act is flown for (event_confidence_sides.py).
PLACED_TARGET = -0.1


def confidence(frame: Frame, event: EventMention) -> float:
    """How likely the event is right (type and both sides as the codebook codes them): a score in [0, 1],
    :data:`BASE_CONFIDENCE` plus the weights above.  Only an event with political sides named near the
    trigger and no counter-evidence reaches 0.8, and only an asserted one (benchmarks/README.md measures how often each band matches
    gold and hand judgements).  Requires the event's parties, modality and date set; reads the sentence's
    mentions for the distances."""
    words = len(frame.words)
    score = BASE_CONFIDENCE + _actor_evidence(event, frame.article.meta.get(GUESSED_ROLES, ())) \
        + _distance_evidence(frame, event)
    score += SHORT_SENTENCE if words <= SHORT_WORDS else LONG_SENTENCE if words > LONG_WORDS else 0.0
    score += LEAD if frame.sentence.index <= LEAD_SENTENCES else 0.0
    score += ASSERTED if event.modality == "asserted" else NOT_ASSERTED
    score += TEXT_DATED if text_dated(frame, event) else 0.0
    score += NOUN_ACT if frame.kind == "noun" and event.type not in _NOUN_ACT_EXEMPT else 0.0
    score += PLACED_TARGET if target_only_placed(frame, event) else 0.0
    cap = min(1.0 if event.modality == "asserted" else NOT_ASSERTED_CAP, frame.trigger.max_confidence)
    cap = min(cap, INTERVIEW_CAP) if interview_turn(frame.article, frame.sentence) else cap  # event_genre.py
    return round(max(0.0, min(cap, score)), 2)


def _actor_evidence(event: EventMention, guessed: Collection[str] = ()) -> float:
    """The weights of who takes part: political sides, vague and unknown participants (also one whose role
    an undated text left to a guess, ``guessed`` ids: resolve_actors.note_guessed_role), a missing target."""
    actors = [a for a in event.source + event.target if a is not None]
    political = bool(event.source and event.target) and all(a.sector in POLITICAL_SECTORS for a in actors)
    score = POLITICAL_SIDES if political else 0.0
    score += VAGUE_ACTOR if any(_vague(a) or a.id in guessed for a in actors) else 0.0
    score += UNKNOWN_ACTOR if any(a.id.startswith(UNKNOWN_PREFIXES) for a in actors) else 0.0
    return score + (NO_TARGET if not event.target else 0.0)


def _vague(actor: Actor) -> bool:
    """No sector, or no state though the actor is no IGO and no organisation the knowledge base knows as
    stateless (the codebook gives transnational groups no country: "Islamischer Staat" is not vague)."""
    known = actor.kind != "group" and not actor.id.startswith(UNKNOWN_PREFIXES)
    return actor.sector is None or (actor.country is None and actor.sector != "IGO" and not known)


def _distance_evidence(frame: Frame, event: EventMention) -> float:
    """The weights of how far from the trigger the sentence names the target and the source."""
    if conjoined_sides(frame, event):
        return 0.0  # "Kerry und Lawrow haben sich … geeinigt": the bracket, not another clause, parts them
    named = named_targets(frame, event)
    to_target = min((abs(k - frame.index) for k in named), default=None)
    to_source = _distance(frame, event.source)
    score = TARGET_NEAR if to_target is not None and to_target <= NEAR_WORDS else 0.0
    score += TARGET_FAR if event.target and (to_target is None or to_target > FAR_WORDS) else 0.0
    score += TARGET_ELSEWHERE if event.target and to_target is None and not placed_target(frame, event) else 0.0
    return score + (SOURCE_FAR if to_source is not None and to_source > FAR_WORDS else 0.0)


def _distance(frame: Frame, actors: list[Actor]) -> int | None:
    """Words between the trigger and the nearest mention of ``actors`` in the trigger's sentence; None when
    the sentence names none of them."""
    ids = {a.id for a in actors if a is not None}
    sentence = frame.sentence
    return min((abs(frame.word_index(m.start) - frame.index) for m in frame.mentions
                if m.actor_id in ids and sentence.start <= m.start < sentence.end), default=None)
