"""Acts a sentence reports only as the content of a denial, an accusation, a report or a rumour.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries ``hearsay_cues`` (``events.yaml``
``hearsay``, see :func:`hearsay_cues`) and the sentence's verb triggers in ``frame.governors``.

* An act in a content clause (opened by a ``content_openers`` word, a zu-infinitive, or a reported
  verb-second clause in the subjunctive, also a verb trigger by its ``subjunctive_endings``) right after a noun of accusation, report or rumour
  (``claim_nouns``, also the lexicon's ``report_nouns``) or a verb of claiming (``claim_verbs``: "Lawrow
  behauptete, die Türkei habe dem IS Waffen geliefert") is only claimed: "Der Kreml wies den Vorwurf
  zurück, Russland bombardiere Zivilisten", "Es gibt Gerüchte, dass Putin nach Damaskus reisen werde".
* An act in such a clause right after a denial (a verb trigger of a ``denial_types`` type) is negated:
  "Peskow dementierte, dass Putin Assad in Moskau getroffen habe".
* An act in such a clause right after a negated reporting verb is negated too: "Kerry sagte nicht, Russland
  solle sich zurückziehen" reports no demand.
* A denial (a ``denial_triggers`` trigger) names nobody inside such a clause: whom the content names is not
  the one rejected ("Erdogan bestritt, dass die Türkei Öl vom IS kaufe" rejects no Turkey), see
  :func:`content_slot`.

Guarantees: only an "asserted" or "future" modality is changed; the code knows no German words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_negation import negated_window
from chronik.stages.event_pledges import stopped_at
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, infinitive_clause, marked_infinitive

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon
    from chronik.stages.event_slots import Slot

#: Modalities a claim or a denial may override: an act that the sentence itself asserts or announces.
_OVERRIDDEN = frozenset({"asserted", "future"})
#: Types whose verb may take a zu-infinitive naming what the accused did ("wirft X vor, … zu …").
_ACCUSING = frozenset({"ACCUSE"})


def hearsay_cues(data: dict) -> dict[str, frozenset[str]]:
    """The ``hearsay`` cues of the ``events.yaml`` data: nouns as written, types as given, words lower-cased."""
    cues = data.get("hearsay") or {}
    return {"claim_nouns": frozenset(cues.get("claim_nouns") or []),
            "denial_types": frozenset(cues.get("denial_types") or []),
            "denial_triggers": frozenset(cues.get("denial_triggers") or []),
            "claim_verbs": frozenset(w.lower() for w in cues.get("claim_verbs") or []),
            "content_openers": frozenset(w.lower() for w in cues.get("content_openers") or []),
            "subjunctives": frozenset(w.lower() for w in cues.get("subjunctives") or []),
            "subjunctive_endings": frozenset(cues.get("subjunctive_endings") or []),
            "preterite_endings": frozenset(cues.get("preterite_endings") or [])}


def hearsay_modality(frame: Frame, modality: str) -> str:
    """``modality`` of the frame's act, "claimed" or "negated" when it is the content of a claim or a denial
    (module docstring); other modalities unchanged."""
    if modality not in _OVERRIDDEN:
        return modality
    governor = _content_governor(frame, frame.index)
    if governor is None and frame.kind == "verb" and (stop := stopped_at(frame.words, frame.index, frame.lexicon)) is not None:
        governor = _content_governor(frame, stop)  # "Saudi-Arabien habe aufgehört, … zu bombardieren, behauptete Riad"
    return governor if governor is not None else modality


def content_slot(frame: Frame, slot: Slot) -> bool:
    """``slot`` stands in the content of a claim or a denial while the frame is a denial (``denial_triggers``:
    "dementierte, dass Putin …", "Gerüchte, wonach Assad …, wies der Kreml zurück"): it is what is denied, no
    party to the denial; or it stands in the zu-infinitive that follows an accusing verb and holds an act of its
    own, whose actors are those the accused is said to have acted on, not the accused ("Erdogan wirft dem
    Prediger vor, die türkische Regierung stürzen zu wollen"; not "warf der Delegation vor, Terrorgruppen zu
    vertreten").  False for other triggers, refusals among them ("lehnte es ab, sich … zu
    entschuldigen" is addressed to whom the apology would be)."""
    return denies_content(frame, slot.index) or _accused_content(frame, slot.index) or _next_speaker(frame, slot)


def _next_speaker(frame: Frame, slot: Slot) -> bool:
    """A denial's ``slot`` opens the main clause after the comma that closes the denial's, with a finite verb in
    the indicative right after it ("Bankenverband und Regierung dementierten energisch, Finanzminister Yanis
    Varoufakis sprach von einem Gerücht"): that clause's subject, not whom the denial answers."""
    words, lex = frame.words, frame.lexicon
    if frame.trigger.id not in lex.hearsay_cues["denial_triggers"] or slot.index <= frame.index:
        return False
    start, end = clause_span(words, slot.index, CLAUSE_BREAKS)
    after = slot.index + len(slot.mention.text.split())
    if start <= frame.index or words[start - 1] != "," or after >= end:
        return False
    verb = words[after]
    return all(w[:1].isupper() for w in words[start : slot.index]) and verb.isalpha() and verb.islower() \
        and not _subjunctive(lex, verb.lower()) and verb.lower() not in lex.determiners | lex.prepositions


def _accused_content(frame: Frame, k: int) -> bool:
    """Word ``k`` lies in a zu-infinitive clause with a verb trigger of its own, after a comma past an accusing
    verb or particle trigger."""
    if frame.trigger.type not in _ACCUSING or frame.kind not in ("verb", "particle") or k <= frame.index:
        return False
    start, end = clause_span(frame.words, k, CLAUSE_BREAKS)
    return start > frame.index and frame.words[start - 1] == "," and any(start <= j < end for j, _ in frame.governors) \
        and infinitive_clause(frame.words, start, end, frame.lexicon)


def reported_subject(frame: Frame, free: list[Slot]) -> Slot | None:
    """The free actor opening the trigger's clause, a determiner at most before it and a subjunctive right
    after it, when that clause is the content of a claim or a denial ("Lawrow wies Berichte zurück, Russland habe in Syrien Zivilisten
    bombardiert": Russia bombed, not Lawrow; not "bestreitet, Zivilisten … bombardiert zu haben"); None
    otherwise."""
    start = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[0]
    lead = start + (frame.words[start].lower() in frame.lexicon.determiners)
    subject = next((s for s in free if s.index == lead and s.index < frame.index), None)
    if subject is None:
        return None
    after = subject.index + len(subject.mention.text.split())
    verb_second = after < len(frame.words) and _subjunctive(frame.lexicon, frame.words[after].lower())
    return subject if verb_second and _content_governor(frame, frame.index) is not None else None


def denies_content(frame: Frame, k: int) -> bool:
    """The frame is a denial and word ``k`` lies in the content of a claim or a denial (see :func:`content_slot`)."""
    return frame.trigger.id in frame.lexicon.hearsay_cues["denial_triggers"] and _content_governor(frame, k) is not None


def _content_governor(frame: Frame, k: int) -> str | None:
    """"claimed" or "negated" when word ``k`` lies in a content clause whose governor (a claim noun or a
    denial verb) stands in the clause right before it, with no other verb trigger, reporting verb or
    coordinator between them; None otherwise."""
    words, lex = frame.words, frame.lexicon
    start, end = clause_span(words, k, CLAUSE_BREAKS)
    if start < 2 or words[start - 1] != "," or not _content_clause(frame, start, end):
        return None
    before = clause_span(words, start - 2, CLAUSE_BREAKS)[0]
    denials = {j for j, kind in frame.governors if kind in lex.hearsay_cues["denial_types"]}
    accusations = {j for j, kind in frame.governors if kind in _ACCUSING}  # "kritisierte, Russland habe …"
    others = {j for j, _ in frame.governors} - denials - accusations
    for j in range(start - 2, before - 1, -1):
        if words[j] in lex.hearsay_cues["claim_nouns"] or words[j] in lex.report_nouns \
                or words[j].lower() in lex.hearsay_cues["claim_verbs"] or j in accusations:
            return "claimed"
        if j in denials:
            return "negated"
        if words[j].lower() in lex.reporting_verbs and negated_window([w.lower() for w in words[before : start - 1]], lex):
            return "negated"  # "Kerry sagte nicht, Russland solle sich zurückziehen": nothing reported
        if j in others or words[j].lower() in lex.reporting_verbs or words[j].lower() in lex.coordinators:
            return None  # "wies die Kritik zurück und sagte, Putin werde …": the nearer verb governs
    return None


def _content_clause(frame: Frame, start: int, end: int) -> bool:
    """Words [start, end) are a content clause: opened by a content word ("dass", "wonach"), a zu-infinitive
    ("bombardiert zu haben"), or a verb-second clause with a subjunctive ("Russland bombardiere …") whose first
    word opens no other kind of clause and is not the frame's trigger."""
    lex: EventLexicon = frame.lexicon
    cues = lex.hearsay_cues
    opener = frame.words[start].lower()
    if opener in cues["content_openers"]:
        return True
    clause = [w.lower() for w in frame.words[start:end]]
    if opener in lex.subordinators or opener in lex.coordinators \
            or (opener in lex.relative_pronouns and not _reported_subject(frame, start, clause)):
        return False
    if marked_infinitive(frame.words, start, end, lex):
        return True  # "…, Zivilisten bombardiert zu haben"; not the preposition of "zu den Anschlägen"
    return frame.index != start and any(_subjunctive(lex, w) for w in clause)


def _subjunctive(lex: EventLexicon, word: str) -> bool:
    """``word`` (lower-cased) is a subjunctive: a Konjunktiv I or II form or a trigger's Konjunktiv I."""
    return word in lex.konjunktiv_i or word in lex.hearsay_cues["subjunctives"] or _subjunctive_trigger(lex, word)


def _reported_subject(frame: Frame, start: int, clause: list[str]) -> bool:
    """The clause opens with an article and a noun that a subjunctive follows: a reported main clause ("…,
    die Türkei habe dem IS Waffen geliefert"), not a relative clause ("…, die Assad stürzen will")."""
    words = frame.words
    return clause[0] in frame.lexicon.determiners and start + 1 < len(words) and words[start + 1][:1].isupper() \
        and any(_subjunctive(frame.lexicon, w) for w in clause[2:4])


def _subjunctive_trigger(lex: EventLexicon, word: str) -> bool:
    """``word`` is a verb trigger form in the Konjunktiv I by its ending ("bombardiere"; not the preterite
    "bombardierte")."""
    cues = lex.hearsay_cues
    return word in lex.verbs and word.endswith(tuple(cues["subjunctive_endings"])) \
        and not word.endswith(tuple(cues["preterite_endings"]))
