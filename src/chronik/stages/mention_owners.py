"""Owners named after a group noun: the organisation, state or person a group belongs to ("Kämpfer der
Jihadistenmiliz Islamischer Staat", "Angehörige der syrischen Armee", "die Truppen Assads"), and the organisation
a group noun stands in apposition to ("die Terrororganisation Boko Haram").

Part of the ``mentions`` stage's group rules (:mod:`chronik.stages.mention_groups`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.mention_group_country import LOCAL_SECTORS

if TYPE_CHECKING:
    from chronik.kb.entries import Entry
    from chronik.stages.mentions import _Scan


def organisation_apposition(scan: _Scan, i: int) -> bool:
    """The group noun at ``i`` names a kind of organisation (actors.yaml ``organisation_heads``) and a KB
    organisation's name follows it: an apposition ("die Terrororganisation Boko Haram", "der Kurdenmiliz YPG"),
    whose named organisation acts, not the noun."""
    words, kb = scan.words, scan.res.kb
    heads = scan.res.cues.group_country.get("organisation_heads", ())
    if not any(words[i].lower().endswith(head) for head in heads):
        return False
    j = i + 1
    return any(kb.entries[form.entry_id].kind == "organisation"
               for n in range(1, min(kb.max_len, len(words) - j) + 1)
               for form in kb.phrases.get(tuple(words[j : j + n]), ()))


def entry_country(entry) -> str | None:
    """The country of a KB state (its ISO3) or person (of their current role); None for anything else."""
    if entry.kind == "state":
        return entry.extra["iso3"]
    role = entry.role_at(None) if entry.kind == "person" else None
    return role.country if role else None


def organisation_owner(scan: _Scan, j: int) -> bool:
    """A KB organisation named in the genitive after a word of belonging at ``j`` ("der Jihadistenmiliz
    Islamischer Staat", "der PKK"; see :func:`named_owner`)."""
    return named_owner(scan, j, ("organisation",), scan.res.kb.max_len) is not None


def force_owner(scan: _Scan, j: int) -> bool:
    """A state's force or institution named in the genitive after a word of belonging at ``j`` ("Angehörige der
    syrischen Armee"): after a genitive article, a group noun of a sector that is not a people's (not
    ``LOCAL_SECTORS``) within the next three words, determiners and adjectives only between."""
    words, cues = scan.words, scan.res.cues
    if j >= len(words) or words[j] not in cues.belongs_to or words[j].lower() not in cues.determiners:
        return False  # a genitive article; not "von" ("Rebellen von russischen Kampfjets angegriffen")
    for k in range(j + 1, min(j + 4, len(words))):
        sector = cues.group_nouns.get(words[k])
        if sector:
            return sector not in LOCAL_SECTORS
        if words[k][:1].isupper():
            return False
    return False


def named_owner(scan: _Scan, j: int, kinds: tuple[str, ...], longest: int) -> Entry | None:
    """The first KB entry of one of ``kinds`` named (in phrases of at most ``longest`` words) within
    :data:`OWNER_WINDOW` words after a word of belonging (actors.yaml ``belongs_to_words``) at ``j``; None
    when there is none, or a punctuation mark or a preposition (``phrase_barriers``) comes first ("Truppen,
    die von Russland …", "die Truppen der von Russland unterstützten Regierung": the owner stays inside the
    noun phrase)."""
    words, kb = scan.words, scan.res.kb
    if j >= len(words) or words[j] not in scan.res.cues.belongs_to:
        return None
    barriers = scan.res.cues.group_country.get("phrase_barriers", frozenset())
    for k in range(j + 1, min(j + 1 + OWNER_WINDOW, len(words))):
        if not words[k][:1].isalpha() or words[k] in barriers:
            return None  # "der von Russland unterstützten Regierung": Russia is no owner
        for n in range(min(longest, len(words) - k), 0, -1):
            owner = next((kb.entries[f.entry_id] for f in kb.phrases.get(tuple(words[k : k + n]), ())
                          if kb.entries[f.entry_id].kind in kinds), None)
            if owner is not None:
                return owner
    return None


#: How many words may stand between "von"/"des" and the owner's name ("von Syriens Staatschef Bashar al-Assad").
OWNER_WINDOW = 3


def owner_after(scan: _Scan, j: int) -> str | None:
    """"den Truppen von Assad", "die Armee des Präsidenten Assad": the country of the first KB state or person
    named by one word after a word of belonging (see :func:`named_owner`)."""
    owner = named_owner(scan, j, ("state", "person"), 1)
    return entry_country(owner) if owner is not None else None
