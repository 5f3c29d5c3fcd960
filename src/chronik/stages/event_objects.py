"""Where the objects of a trigger end: conjuncts that open a clause of their own, and main clauses after a dash.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`): "Obama warnte Russland und China
reagierte empört" (China is no target), "besuchen die Grenze – Auch Serbien droht …" (Serbia is no object of
the visit).  The code knows no German words: particles, prepositions, determiners and coordinators come from
the language's yaml through :class:`EventLexicon`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

#: Marks that end a main clause and open another ("besuchen die Grenze – Auch Serbien droht …").
_MAIN_CLAUSE_ENDS = frozenset({";", "–", "—"})


def object_conjuncts(frame: Frame, joined: list[Slot]) -> list[Slot]:
    """The conjuncts joined to a non-symmetric trigger's target up to the first one a lower-case word
    follows that is no separable particle, preposition or determiner and does not close the clause: that
    word opens a clause of its own ("Obama warnte Russland und China reagierte empört": China is no target;
    "kritisierte Russland und den Iran scharf." keeps Iran).  Symmetric triggers keep all ("empfing
    Cameron und Merkel")."""
    if frame.trigger.symmetric:
        return joined
    lex, words = frame.lexicon, frame.words
    stops = lex.particle_cues.get("separable_particles", frozenset()) | lex.prepositions | lex.determiners | lex.coordinators
    kept = []
    for slot in joined:
        after = slot.index + len(slot.mention.text.split())
        word = words[after] if after < len(words) else "."
        closing = after + 1 >= len(words) or not words[after + 1][:1].isalnum()  # an adverb that ends the clause
        if word[:1].islower() and word.lower() not in stops and not closing:
            break
        kept.append(slot)
    return kept


def within_main_clause(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots before the first semicolon, or dash that no second dash closes, after the trigger: an
    actor of the next main clause is no object of the trigger (a pair of dashes encloses an insertion:
    "die Staatsspitzen der vier Visegrád-Staaten – Tschechien, Polen, Slowakei und Ungarn – sowie …")."""
    words = frame.words
    ends = [k for k in range(frame.end, len(words)) if words[k] in _MAIN_CLAUSE_ENDS]
    end = next((k for k in ends if words[k] == ";" or not any(words[j] in _MAIN_CLAUSE_ENDS - {";"} for j in range(k + 1, len(words)))),
               len(words))
    return [s for s in slots if s.index < end]
