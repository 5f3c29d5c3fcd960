"""Meetings and agreements whose partner the clause names only indirectly.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`): a body that meets at a
member's request ("Auf Antrag der Türkei kam der Nato-Rat zu einer Sondersitzung zusammen") meets
with that member, who asked to be consulted; a partner inside the meeting's topic ("berät über den
Flüchtlingsdeal mit der Türkei") is none; a meeting with a colleague of one's own state and sector is
internal, no partner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import EventMention, Mention
from chronik.stages.event_requests import instigation
from chronik.stages.event_slots import attributive, in_mention

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot


def requesting_member(frame: Frame, slots: list[Slot], source: list[Mention]) -> list[Mention]:
    """The partner of a meeting held at someone's request: the actor right after an instigation phrase
    ("Auf Antrag der Türkei", "auf Wunsch Frankreichs") of the meeting's sentence.

    Requires the frame's slots in text order and the meeting's sources; returns at most one mention,
    none for a trigger that is not a meeting or an actor already among the sources."""
    if frame.trigger.type != "CONSULT":
        return []
    for k in range(len(frame.words)):
        if not instigation(frame.words, k, frame.lexicon):
            continue
        after = [s.mention for s in slots if k < s.index <= k + 3 and s.mention not in source]
        return after[:1]
    return []


def topic_attached(frame: Frame, slot: Slot) -> bool:
    """The meeting partner of ``slot`` (after a target preposition of a meeting trigger) belongs to a noun inside
    the meeting's topic phrase ("Die EU-Kommission berät über den Flüchtlingsdeal mit der Türkei", ``meeting_topic_preps``):
    a word of that list stands before the noun that the slot's preposition follows, a ``relation_heads`` noun,
    with only determiners, adjectives and capitalised words between and the trigger before it.  False for other
    triggers and for a person (a person is met, not a deal's party: "über die Flüchtlingskrise mit Davutoglu")."""
    if frame.trigger.type != "CONSULT" or slot.index <= frame.index + 2:
        return False
    lex, words = frame.lexicon, frame.words
    prep = slot.index - 1
    while prep > frame.index and words[prep].lower() != slot.prep:
        prep -= 1
    k = prep - 1
    if k <= frame.index or not (words[k][:1].isupper() and words[k].isalpha()) or in_mention(frame, k):
        return False  # "über Syrien mit Lawrow": the preposition follows a name, not a topic's noun
    if slot.mention.kind == "PER" or not words[k].lower().endswith(lex.relation_heads):
        return False  # "über die Flüchtlingskrise mit Davutoglu": a crisis has no partner, a person is met
    while k > frame.index and words[k].lower() not in lex.meeting_topic_preps:
        if not (words[k][:1].isupper() or words[k].lower() in lex.determiners or attributive(lex, words[k])):
            return False
        k -= 1
    return k > frame.index


_PARTY = "PTY"  # the sector of political parties


def internal_meeting(frame: Frame, target: Mention, source: list[Mention]) -> bool:
    """A meeting partner of the source's own state and sector ("Putin bei einem Treffen mit
    Verteidigungsminister Schoigu"): an internal consultation, not one actor acting towards another.  Two
    parties are two sides ("Podemos hat Verhandlungen mit der PSOE aufgenommen")."""
    return frame.trigger.type == "CONSULT" and target.country is not None and any(
        (s.country, s.sector) == (target.country, target.sector) and not _two_parties(s, target) for s in source)


def _two_parties(one: Mention, other: Mention) -> bool:
    """Both mentions are named organisations of the party sector, and not the same one."""
    return one.kind == other.kind == "ORG" and one.sector == other.sector == _PARTY and one.actor_id != other.actor_id


def crowd_meeting(event: EventMention) -> bool:
    """A meeting with unnamed civilians as one side ("wurde in Holguin von zehntausenden Menschen empfangen",
    "von Demonstranten empfangen"): a crowd welcoming or facing a visitor is no political consultation."""
    return event.type == "CONSULT" and any(a.kind == "group" and a.sector == "CVL" for a in event.source + event.target)
