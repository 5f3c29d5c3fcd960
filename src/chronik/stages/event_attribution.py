"""The actors a sentence attributes its report to: "laut FT", "Interfax zufolge", "nach Angaben syrischer
Staatsmedien", "sagte Peskow", and which of them speaks the act.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`); the frame's actor slots come from
:mod:`chronik.stages.event_slots`.  None of these actors is a party to the event unless it speaks the act.
The code knows no German words: the cue lists come from ``events.yaml`` through :class:`EventLexicon`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Mention
from chronik.stages.event_slots import CLAUSE_BREAKS, Slot, attributive, title_start

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def attributions(frame: Frame, slots: list[Slot]) -> list[Mention]:
    """The actors a sentence attributes its content to, the main one first: "laut FT", "Interfax
    zufolge", "nach Angaben syrischer Staatsmedien", "sagte Peskow". None of them is a party to the event."""
    lex = frame.lexicon
    found = [s.mention for s in slots if s.prep in lex.attribution_preps or _before_postposition(frame, s)
             or _after_attribution_noun(frame, s.index) or _attribution_apposition(frame, s)]
    speaker = reporting_speaker(frame, slots)
    if speaker is not None and speaker not in found:
        found.append(speaker)
    return found


def _before_postposition(frame: Frame, slot: Slot) -> bool:
    after = slot.index + len(slot.mention.text.split())
    return after < len(frame.words) and frame.words[after].lower() in frame.lexicon.attribution_preps


def _attribution_apposition(frame: Frame, slot: Slot) -> bool:
    """``slot`` is a person's name between commas right after an attribution phrase ("Nach Angaben des
    Chefredakteurs von Bugün TV, Tarik Toros, drangen die Polizisten … ein"): the source cited, no party.
    The phrase's attribution noun stands at most six words before the first comma, no clause mark between."""
    words, k = frame.words, slot.index
    after = k + len(slot.mention.text.split())
    if slot.mention.kind != "PER" or k < 2 or words[k - 1] != "," or after >= len(words) or words[after] != ",":
        return False
    for j in range(k - 2, max(-1, k - 8), -1):
        if words[j] in CLAUSE_BREAKS:
            return False
        if words[j][:1].isupper() and words[j].lower() in frame.lexicon.attribution_nouns:
            return not _trigger_object(frame, j)
    return False


def _after_attribution_noun(frame: Frame, k: int) -> bool:
    """Word ``k`` depends on an attribution noun: "Angaben (des) …", "Quellen der …", "Worten von …";
    not when that noun is the object of the verb trigger ("wies einen Bericht der New York Times zurück",
    "dementierte Berichte der Zeitung": the report is what is rejected, its author the target)."""
    lex = frame.lexicon
    j = k - 1
    while j >= 0 and j > k - 5:
        word = frame.words[j]
        if word[:1].isupper() and word.lower() in lex.attribution_nouns:
            return not _trigger_object(frame, j)
        if word.lower() in lex.finite_auxiliaries or word.lower() in lex.future:
            return False  # a verb ends the phrase: "Nach unbestätigten Berichten sollen russische Kampfjets …"
        if word.lower() in lex.determiners or word.lower() in lex.attribution_links or attributive(lex, word) \
                or (j == k - 1 and word[:1].isupper() and word.isalpha()):  # "der Nachrichtenagentur Anadolu"
            j -= 1
            continue
        return False
    return False


def _trigger_object(frame: Frame, j: int) -> bool:
    """The noun at word ``j`` is the object of the verb trigger: its noun phrase (determiners and
    adjectives) begins right after the verb, no preposition before it ("wies einen Bericht der New York
    Times zurück"; not "schoss nach Angaben des Pentagon einen Jet ab")."""
    if frame.kind == "noun":
        return False
    start = j
    while start - 1 > frame.index and (frame.words[start - 1].lower() in frame.lexicon.determiners
                                       or attributive(frame.lexicon, frame.words[start - 1])):
        start -= 1
    return start == frame.index + 1


def reporting_speaker(frame: Frame, slots: list[Slot]) -> Mention | None:
    """The actor nearest a reporting verb ("sagte Peskow", "Peskow erklärte"); see :func:`_reporting`."""
    found = _reporting(frame, slots)
    return found[0] if found else None


def acting_attribution(frame: Frame, slots: list[Slot], attribution: Mention | None) -> Mention | None:
    """The attribution that may act as the speaker of a speech act or of a verb with no source: the
    speaker of a reporting verb before an outlet the sentence also cites ("sagte Gentiloni nach Angaben
    italienischer Medien": Gentiloni); None when the speaker only reports a news item
    (``media_report_verbs``: "wie DHA weiter berichtete", "berichtete die Zeitung Danas"); else
    ``attribution`` unchanged."""
    found = _reporting(frame, slots)
    if found is None or attribution is None:
        return attribution
    speaker, k = found
    return None if frame.words[k].lower() in frame.lexicon.media_report_verbs else speaker


def _reporting(frame: Frame, slots: list[Slot]) -> tuple[Mention, int] | None:
    """The speaker of a reporting verb and the verb's index: a verb that ends its clause ("Wie Lababidi,
    ein Mitglied von HTS, gegenüber der FT erklärte, …") takes the nearest free actor before it; a verb
    that opens its clause after a comma ("…, meldete der Nachrichtensender NTV Türk") the first actor
    after it, never one before the comma ("… Stellungen der ukrainischen Armee, teilte das Militär mit":
    the army is the reported clause's, the speaker unnamed); otherwise the nearest actor, one that no
    preposition governs first ("Nach einem Treffen mit Merkel sagte Hollande": Hollande; "hieß es in Berlin":
    Berlin)."""
    for k, word in enumerate(frame.words):
        if (word.lower() not in frame.lexicon.reporting_verbs and not _closing_adverb(frame, k, slots)) or k == frame.index \
                or (k > 0 and word[:1].isupper()):  # the noun "Berichten" of "Nach Berichten" reports nothing
            continue
        if _clause_final(frame, k):
            before = [s for s in slots if s.index < k and s.prep is None and s.index != frame.index]
            if before:
                return before[-1].mention, k
        after = [s for s in slots if k < s.index <= k + 4 and s.prep is None and s.index != frame.index]
        opening = k > 0 and frame.words[k - 1] == ","
        if opening and after:
            return after[0].mention, k
        distance = {id(s): _gap(frame, s, k) for s in slots}
        near = [s for s in slots if distance[id(s)] <= 3 and s.index != frame.index and not (opening and s.index < k)]
        if near:
            return min(near, key=lambda s: (s.prep is not None, distance[id(s)])).mention, k
    return None


def _gap(frame: Frame, slot: Slot, k: int) -> int:
    """How far ``slot`` stands from the reporting verb at word ``k``: from its last word when before the verb,
    not counting a bracketed aside between ("Außenminister Steinmeier (SPD) sagte der Süddeutschen Zeitung":
    Steinmeier is nearer than the newspaper told), else from its first word or its title."""
    if slot.index < k:
        end = slot.index + len(slot.mention.text.split())
        asides = _bracketed_between(frame.words, end, k)
        return max(1, k - end + 1 - asides)
    return min(abs(slot.index - k), abs(title_start(frame, slot.mention, slot.index) - k))


def _bracketed_between(words: list[str], start: int, end: int) -> int:
    """The number of words in round brackets, brackets included, among ``words[start:end]``."""
    count, depth = 0, 0
    for word in words[start:end]:
        depth += word == "("
        count += depth > 0
        depth -= word == ")" and depth > 0
    return count


def _clause_final(frame: Frame, k: int) -> bool:
    """Word ``k`` closes its clause: a comma, semicolon or the sentence end follows."""
    return k + 1 >= len(frame.words) or frame.words[k + 1] in (",", ";", ".")


def _closing_adverb(frame: Frame, k: int, slots: list[Slot]) -> bool:
    """Word ``k`` is an attribution adverb (``attribution_adverbs``) after a comma whose actor closes the
    sentence: "Die Türkei müsse sich entschuldigen, so Lawrow." ("so" elsewhere is no attribution)."""
    words = frame.words
    if words[k].lower() not in frame.lexicon.attribution_adverbs or k == 0 or words[k - 1] != ",":
        return False
    for slot in slots:
        end = slot.index + len(slot.mention.text.split())
        if k < slot.index <= k + 4 and slot.prep is None and (end >= len(words) or not words[end][:1].isalnum()):
            return all(w.lower() in frame.lexicon.determiners or w[:1].isupper() for w in words[k + 1 : slot.index])
    return False
