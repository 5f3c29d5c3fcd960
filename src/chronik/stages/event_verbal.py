"""Verbal attacks: an attack of politicians on politicians is criticism.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`); the words come from
``lang/<xx>/events.yaml`` (a trigger's ``verbal_type``), the code knows none:

- "Erdogan attackierte Merkel wegen ihrer Flüchtlingspolitik", "Strache griff die SPÖ an": an attack trigger whose
  sources are all unarmed persons the knowledge base knows or parties, media or NGOs, and whose targets are all
  persons, such bodies or the unnamed media, parties or opposition ("attackierte die Medien"), is the trigger's
  ``verbal_type`` (ACCUSE), no assault.  "Ein Palästinenser griff einen Israeli an" (unnamed people), "Erdogan
  griff die PKK an" (an armed group) and "Frank S. griff Faymann mit einem Messer an" (a stranger) stay attacks,
  and so does any attack on a state ("Putin attackierte die USA" may be either) or on civilians.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import UNKNOWN_PERSON_PREFIX

if TYPE_CHECKING:
    from chronik.model import Actor, Mention
    from chronik.stages.event_frame import Frame

#: Sectors that carry arms: their attacks are attacks.
_ARMED = frozenset({"MIL", "REB", "POL"})
#: Sectors of bodies (not persons) that attack only with words.
_SPEAKING_BODIES = frozenset({"PTY", "OPP", "MED", "NGO"})
#: Sectors of bodies that can be attacked only with words by such speakers.
_ADDRESSED_BODIES = _SPEAKING_BODIES | {"IGO"}
#: Sectors of unnamed groups that such speakers attack only with words ("attackierte die Medien").
_ADDRESSED_GROUPS = frozenset({"PTY", "OPP", "MED"})


def verbal_attack(frame: Frame, sides: tuple[list[Actor], list[Actor]]) -> bool:
    """True when ``frame``'s trigger has a ``verbal_type`` and both sides are named speakers: every source an
    unarmed knowledge-base person (not one only the shape of a name found: "Frank S.") or a party, opposition body, medium or NGO, every target a person of no armed
    sector or such a body or an international organisation.  Requires both sides non-empty."""
    source, target = sides
    if frame.trigger.verbal_type is None or not source or not target:
        return False
    if any(a is not None and a.kind == "person" and a.id.startswith(UNKNOWN_PERSON_PREFIX) for a in source):
        return False  # "Frank S. griff Faymann mit einem Messer an": a stranger's attack is physical
    ids = {a.id for a in source if a is not None}
    if any(m.actor_id in ids and _crowd(frame, m) for m in frame.mentions):
        return False  # "Anhänger der AfD griffen Journalisten an": followers attack with their bodies
    return all(_speaker(a, _SPEAKING_BODIES) for a in source) \
        and all(_speaker(a, _ADDRESSED_BODIES, _ADDRESSED_GROUPS) for a in target)


def _crowd(frame: Frame, mention: Mention) -> bool:
    """``mention`` names the party or person whose followers or members act (a ``crowd_nouns`` word): before it
    ("Anhänger Erdogans"), before a genitive article and it ("Mitglieder der NPD"), or as the head of its hyphen
    compound ("Pegida-Anhänger")."""
    words, lex = frame.words, frame.lexicon
    k = frame.word_index(mention.start)
    if "-" in words[k] and words[k].rsplit("-", 1)[1].lower() in lex.crowd_nouns:
        return True
    if k >= 1 and words[k - 1].lower() in lex.crowd_nouns:
        return True
    return k >= 2 and words[k - 1].lower() in lex.genitive_determiners and words[k - 2].lower() in lex.crowd_nouns


def _speaker(actor: Actor | None, bodies: frozenset[str], groups: frozenset[str] = frozenset()) -> bool:
    """A person of no armed sector, an organisation of one of ``bodies``, or an unnamed group of one of
    ``groups`` ("die türkischen Medien", "die Opposition" as the attacked)."""
    if actor is None or actor.sector in _ARMED:
        return False
    return actor.kind == "person" or (actor.kind == "organisation" and actor.sector in bodies) \
        or (actor.kind == "group" and actor.sector in groups)
