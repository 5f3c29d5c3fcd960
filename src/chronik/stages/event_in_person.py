"""A promise made in person: the meeting it tells of.

Part of the ``events`` stage (called from :func:`chronik.stages.event_presence.presence_visits`): "Kanzlerin
Angela Merkel hatte Hollande am Mittwoch in Paris zugesagt, Deutschland werde mehr Verantwortung
übernehmen", "Kerry versicherte Netanjahu am Dienstag in Jerusalem …": a promise (a trigger named by
``presence_visits.in_person`` in ``events.yaml``) of a government person to a foreign government person, at a
place of the addressee's country, was made face to face, so the two met there (CONSULT, mode meet, with the
promise's date and place).  The place must be where the promise was made: between the addressee and it stand
only a time phrase and lower-case words ("Hollande am Mittwoch in Paris"), no noun it could belong to
("Hilfe für die Menschen in Kiew", "am Telefon … in Donezk").  A promise placed at home ("Putin sicherte Assad in Moskau Unterstützung zu":
the addressee may be on the phone), to a state or made by several is no meeting.  None when the sentence
already has a consultation.  The code knows no German words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_slots import placed_mentions, word_at

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon

#: The sector of both sides: persons of governments.
_GOVERNMENT = "GOV"
_MEETING = ("CONSULT", "meet")


def in_person_meetings(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                       found: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """The meetings that the promises of ``sentence`` made in person tell of (module docstring).  Requires
    the sentence's ``words`` and resolved ``mentions``, and ``found`` holding the article's events up to the
    sentence; at most one meeting per sentence."""
    ids = lexicon.presence_cues.get("in_person") or frozenset()
    own = [e for e in found if e.sentence == sentence.index]
    remote = lexicon.presence_cues.get("remote") or frozenset()
    if not ids or any(e.type == _MEETING[0] for e in own) or any(w.lower() in remote for w in words):
        return []  # "telefonisch zugesagt": no meeting
    for event in own:
        if _trigger_id(event.trigger, lexicon) in ids and event.modality == "asserted" and _in_person(event) \
                and _placed_promise(article, sentence, words, mentions, event):
            return [replace(event, type=_MEETING[0], mode=_MEETING[1], attribution=None)]
    return []


def _placed_promise(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                    event: EventMention) -> bool:
    """The event's place names where its addressee was spoken to: some mention of the place and some of the
    addressee have only lower-case words and time expressions between them."""
    placed = placed_mentions(sentence, mentions)
    timed = {k for t in article.timexes if sentence.start <= t.start < sentence.end
             for k in range(word_at(sentence, t.start), word_at(sentence, t.end - 1) + 1)}
    addressee = [(k, word_at(sentence, m.end - 1)) for k, m in placed if m.actor_id == event.target[0].id]
    place = [(k, word_at(sentence, m.end - 1)) for k, m in placed if event.location is not None
             and (m.place_id == event.location.id or m.text == event.location.name)]
    return any(all(j in timed or not words[j][:1].isupper() for j in range(min(a[1], p[1]) + 1, max(a[0], p[0])))
               for a in addressee for p in place)


def _in_person(event: EventMention) -> bool:
    """One government person promises one government person of another country, at a place of the
    addressee's country."""
    if len(event.source) != 1 or len(event.target) != 1 or event.location is None:
        return False
    speaker, addressee = event.source[0], event.target[0]
    return _official(speaker) and _official(addressee) and speaker.country != addressee.country \
        and event.location.country == addressee.country


def _official(actor: Actor) -> bool:
    return actor.kind == "person" and actor.sector == _GOVERNMENT and actor.country is not None


def _trigger_id(trigger: str, lexicon: EventLexicon) -> str | None:
    """The id of the verb trigger whose form opens ``trigger`` (the event's trigger text: "zugesagt", "sagte …
    zu"), a particle verb's stem counted; None for another word."""
    head = trigger.split()[0].lower() if trigger.split() else ""
    if head in lexicon.verbs:
        return lexicon.verbs[head].id
    particle_verbs = lexicon.particles.get(head) or []
    last = trigger.split()[-1].lower()
    return next((t.id for particle, t in particle_verbs if particle == last), None)
