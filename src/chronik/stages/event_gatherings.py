"""Gatherings: convened meetings, summit settings, offered meetings, hosts, departures, relative clauses.

Part of the ``events`` stage (see :mod:`chronik.stages.events`); it revises the events of one sentence
after the triggers have been coded:

- "Auf Antrag der Türkei kam der Nato-Rat zu einer Sondersitzung zusammen", "Der UN-Sicherheitsrat kam
  auf Antrag Russlands zu Beratungen zusammen": a formal motion to convene (``convening_nouns`` after an
  instigation preposition) is no demand of its own, it is how the mover consults the body.  The two
  events become one CONSULT, the mover the source and the body the target.  A demand that pushes a body
  ("Auf Drängen Frankreichs berät der UN-Sicherheitsrat") stays a demand;
- "Die EU hatte sich bei ihrem Gipfel in Brüssel auf einen Aktionsplan mit Ankara verständigt", "Die
  Vereinbarung war beim EU-Gipfel zwischen den EU-Staaten und Davutoglu geschlossen worden": an
  organisation's summit named as the setting (in a prepositional phrase) of an agreement is a meeting of
  its own members; the agreement is the act, and the summit reports no meeting with the other party;
- "Erdogan bot an, Putin am Rande der Klimakonferenz zu treffen": an offer (a trigger of ``meeting_offers``)
  of a meeting the sentence reports is that meeting offered, one happening: the offer's cooperation
  event goes, the meeting stays;
- "Merkel und Hollande berichteten dort nach ihrer Ankunft aus Minsk": a place after an ``origin_preps``
  word is where the visitors come from, not the place (nor the state) they visit;
- "An der Zeremonie nahmen Guterres und Erdogan teil, der die Delegationen empfangen hatte": a meeting verb
  in a relative clause that names no actor is the antecedent's meeting with someone unnamed; the actors of
  the main clause are not its parties, and no event is coded;
- "… haben Gespräche zwischen der Regierung und den Rebellen begonnen. Eingeladen hatten Russland, die
  Türkei und der Iran.": the hosts named right after a meeting lead it (:func:`sponsor_talks`).
"""

from __future__ import annotations

from dataclasses import replace

from chronik.model import Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_lexicon import EventLexicon
from chronik.stages.event_requests import instigation
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

#: Sector of international organisations (their summits are meetings of their members).
_ORGANISATION = "IGO"


def gathered(article: Article, sentence: Sentence, mentions: list[Mention], sentence_events: list[EventMention],
             lexicon: EventLexicon) -> list[EventMention]:
    """The events of one sentence with the gathering rules of the module docstring applied.

    Requires the sentence's actor mentions and its events in the order found; guarantees the same order,
    with a convening motion merged into its meeting, an organisation's summit setting, an offer of a
    reported meeting and a visit to the place of departure dropped."""
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    revised = _convened(words, sentence_events, lexicon)
    origins = _origin_ids(sentence, words, mentions, lexicon)
    revised = [_without_origin(e, origins) for e in revised]
    bare = _bare_relatives(sentence, words, mentions, lexicon)
    return [e for e in revised if e is not None and not _summit_setting(words, e, revised, lexicon)
            and not _offered_meeting(e, revised, lexicon) and not (e.type == "CONSULT" and _verb_in(e, words, bare))]


def _bare_relatives(sentence: Sentence, words: list[str], mentions: list[Mention], lexicon: EventLexicon) -> set[int]:
    """Indices of the words of relative clauses (", der … empfangen hatte") that name no actor mention."""
    starts = {t.start: k for k, t in enumerate(sentence.tokens)}
    named = {starts[m.start] for m in mentions if m.start in starts}
    bare: set[int] = set()
    for k in range(1, len(words)):
        if words[k - 1] == "," and words[k].lower() in lexicon.relative_pronouns:
            _, end = clause_span(words, k, CLAUSE_BREAKS)
            inside = set(range(k, end))
            bare |= inside if not inside & named else set()
    return bare


def _verb_in(event: EventMention, words: list[str], indices: set[int]) -> bool:
    """The first word of ``event``'s trigger text is a lower-case word (a verb) at one of ``indices``."""
    head = event.trigger.split()[0] if event.trigger.split() else ""
    return head[:1].islower() and any(words[k] == head for k in indices)


def _origin_ids(sentence: Sentence, words: list[str], mentions: list[Mention], lexicon: EventLexicon) -> set[str]:
    """Actor ids the sentence names only as a place of departure, right after an ``origin_preps`` word
    ("nach ihrer Ankunft aus Minsk"); an actor also named elsewhere in the sentence is not among them."""
    starts = {t.start: k for k, t in enumerate(sentence.tokens)}
    origin, elsewhere = set(), set()
    for mention in mentions:
        k = starts.get(mention.start)
        if mention.actor_id is None or k is None:
            continue
        after_origin = k > 0 and words[k - 1].lower() in lexicon.origin_preps
        (origin if after_origin else elsewhere).add(mention.actor_id)
    return origin - elsewhere


def _without_origin(event: EventMention, origins: set[str]) -> EventMention | None:
    """A visit is not to the place its visitors come from: targets among ``origins`` go, and the visit
    with them when none is left.  Other events are returned unchanged."""
    if event.type != "CONSULT" or event.mode != "visit" or not any(a.id in origins for a in event.target):
        return event
    kept = [a for a in event.target if a.id not in origins]
    return replace(event, target=kept) if kept else None


def _convened(words: list[str], sentence_events: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """Merge a convening motion ("auf Antrag Russlands") into the meeting of its sentence: one CONSULT from
    the mover to the body that met.  Unchanged when the sentence has no such motion or no meeting."""
    motion = next((e for e in sentence_events if e.type == "REQUEST" and e.source and _convening(words, e, lexicon)), None)
    meeting = next((e for e in sentence_events if e.type == "CONSULT" and e.source), None)
    if motion is None or meeting is None:
        return sentence_events
    movers = {a.id for a in motion.source}
    body = [a for a in meeting.source if a.id not in movers] + [a for a in meeting.target if a.id not in movers]
    if not body:
        return sentence_events
    merged = replace(meeting, source=list(motion.source), target=body)
    return [merged if e is meeting else e for e in sentence_events if e is not motion]


def _convening(words: list[str], event: EventMention, lexicon: EventLexicon) -> bool:
    """The demand ``event`` is triggered by a convening noun after an instigation preposition ("auf Antrag
    der Türkei"), somewhere in ``words``."""
    return event.trigger in lexicon.convening_nouns and any(
        word == event.trigger and instigation(words, k, lexicon) for k, word in enumerate(words))


def _summit_setting(words: list[str], event: EventMention, sentence_events: list[EventMention],
                    lexicon: EventLexicon) -> bool:
    """``event`` is a meeting noun in a prepositional phrase ("bei ihrem Gipfel", "beim EU-Gipfel") whose
    sources are all organisations, in a sentence that reports an agreement: the organisation's summit is
    the agreement's setting, not a meeting of its own with the other party."""
    if event.type != "CONSULT" or not event.source or any(a.sector != _ORGANISATION for a in event.source):
        return False
    if not any(e.type == "AGREE" for e in sentence_events):
        return False
    trigger = lexicon.nouns.get(event.trigger)
    if trigger is None or trigger.type != "CONSULT":
        return False
    return any(word == event.trigger and _governed(words, k, lexicon) for k, word in enumerate(words))


def _governed(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` follows a preposition, determiners and lower-case adjectives apart ("bei ihrem Gipfel",
    "beim EU-Gipfel", "auf dem jüngsten Gipfel")."""
    j = k - 1
    while j >= 0 and words[j].lower() not in lexicon.prepositions and (
            words[j].lower() in lexicon.determiners or words[j].lower() in lexicon.possessives
            or (not words[j][:1].isupper() and words[j].lower().endswith(lexicon.adjective_endings))):
        j -= 1
    return j >= 0 and words[j].lower() in lexicon.prepositions


def _offered_meeting(event: EventMention, sentence_events: list[EventMention], lexicon: EventLexicon) -> bool:
    """``event`` is an offer (its trigger's id in ``meeting_offers``) by a source of a meeting that the same
    sentence reports ("bot an, Putin … zu treffen"): the meeting codes the offer."""
    if event.type == "CONSULT" or not event.source or not _trigger_ids(event.trigger, lexicon) & lexicon.meeting_offers:
        return False
    offerers = {a.id for a in event.source}
    return any(e.type == "CONSULT" and offerers & {a.id for a in e.source} for e in sentence_events)


def _trigger_ids(trigger: str, lexicon: EventLexicon) -> set[str]:
    """Ids of the lexicon triggers the first word of an event's ``trigger`` text may stand for."""
    head = trigger.split()[0] if trigger.split() else ""
    found = [lexicon.verbs.get(head.lower()), lexicon.nouns.get(head)]
    found += [t for _, t in lexicon.particles.get(head.lower(), [])]
    return {t.id for t in found if t is not None}


def sponsor_talks(article: Article, sentence: Sentence, mentions: list[Mention], found: list[EventMention],
                  lexicon: EventLexicon) -> None:
    """"… haben Gespräche zwischen der Regierung und den Rebellen begonnen. Eingeladen hatten Russland, die
    Türkei und der Iran.": a sentence with a host verb (a trigger of ``sponsor_triggers``), no meeting of
    its own and only free actors (none after a preposition) names the hosts of the meeting reported just
    before.  The hosts lead those talks (third-party mode): they become its source, its sides the target.

    Requires ``found`` to hold the events of the sentences up to ``sentence``; revises the previous
    sentence's first meeting in place, and leaves everything unchanged when a condition fails."""
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    if not any(_trigger_ids(w, lexicon) & lexicon.sponsor_triggers for w in words):
        return
    if any(e.sentence == sentence.index and e.type == "CONSULT" for e in found):
        return
    hosts = _free_actors(article, sentence, words, mentions, lexicon)
    at = next((i for i, e in enumerate(found) if e.sentence == sentence.index - 1 and e.type == "CONSULT"
               and e.source and e.target), None)
    if not hosts or at is None:
        return
    talks = found[at]
    host_ids = {a.id for a in hosts}
    if host_ids & {a.id for a in talks.source + talks.target}:
        return
    found[at] = replace(talks, source=hosts, target=talks.source + talks.target, mode="third-party")


def _free_actors(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                 lexicon: EventLexicon) -> list[Actor]:
    """The actors of the sentence's actor mentions (places apart), in text order; empty when one of them
    follows a preposition (it is an object or a setting, the sentence is no plain list of hosts)."""
    starts = {t.start: k for k, t in enumerate(sentence.tokens)}
    actors: list[Actor] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        k = starts.get(mention.start)
        if mention.kind == "LOC" or k is None:
            continue
        if _governed(words, k, lexicon):
            return []
        known = article.actors.get(mention.actor_id or "")
        actors.append(known or Actor.group(mention.country, mention.sector))
    return actors
