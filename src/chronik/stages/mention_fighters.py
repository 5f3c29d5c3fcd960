"""Armed groups named by what they fight: "Gruppen, die selbst gegen den IS kämpfen".

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`); the rule takes the sentence scan and a word
index and returns where scanning goes on.  Requires the actors.yaml ``group_adjectives`` heads (plain nouns for
groups or forces) and the ``group_country`` lists ``fighting_relatives``, ``fighting_preps`` and
``fighting_verbs``.  Guarantees, with no German word in the code: :func:`fighting_group_rule` makes such a head a
GROUP mention of sector REB (armed non-state groups; no country of its own: resolve places it like other rebels)
when a relative clause right after it, or after the lower-case words that close its clause ("keine Gruppen mehr
angreifen, die …"), closes with a fighting verb and holds a fighting preposition before a named opponent ("…, die
gegen den IS kämpfen"; not a cause: "…, die gegen Armut kämpfen"); a clause of generic action ("…, die gegen Demonstranten vorgehen": police as often as rebels)
or of no opponent makes none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

#: The sector of a group that fights: an armed non-state group.
_ARMED = "REB"
#: How many lower-case words (a verb closing the head's clause, its particles) may stand between the head and the
#: comma that opens its relative clause.
_EXTRAPOSED = 3
#: Marks that end the relative clause.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "–", "—"})


def _opponent(scan: _Scan, start: int, end: int) -> bool:
    """Words [start, end) hold a fighting preposition whose first capitalised word after it names an actor: a
    knowledge-base name, a group noun or a state adjective ("gegen den IS", "gegen die Armee", "gegen russische
    Truppen"); not a cause ("gegen Armut", "gegen Rassismus")."""
    words, cues, kb = scan.words, scan.res.cues, scan.res.kb
    preps = cues.group_country.get("fighting_preps", frozenset())
    for k in (k for k in range(start, end) if words[k].lower() in preps):
        named = next((w for w in words[k + 1 : end] if w[:1].isupper() or w.lower() in kb.adjectives), None)
        if named is not None and (named in kb.starts or named in cues.group_nouns or named.lower() in kb.adjectives):
            return True
    return False


def fighting_group_rule(scan: _Scan, i: int) -> int:
    """A group head whose relative clause fights someone (module docstring): a REB mention; returns ``i + 1``
    then, else ``i``."""
    words, cues = scan.words, scan.res.cues
    lists = cues.group_country
    if words[i] not in cues.group_heads:
        return i
    # the relative clause may follow the verb that closes the head's clause ("keine Gruppen mehr angreifen, die …")
    comma = next((k for k in range(i + 1, min(i + 2 + _EXTRAPOSED, len(words))) if words[k] == ","), None)
    if comma is None or comma + 1 >= len(words) or any(w[:1].isupper() for w in words[i + 1 : comma]) \
            or words[comma + 1].lower() not in lists.get("fighting_relatives", ()):
        return i
    end = next((k for k in range(comma + 2, len(words)) if words[k] in _CLAUSE_ENDS), len(words))
    clause = [w.lower() for w in words[comma + 2 : end]]
    if not clause or clause[-1] not in lists.get("fighting_verbs", ()) or not _opponent(scan, comma + 2, end):
        return i
    scan.mention(i, i + 1, "GROUP", "group_noun", country=None, sector=_ARMED)
    return i + 1
