"""Actor mentions that refer back or stand for forces: "das Bündnis" after the Nato was named,
"die russische Su-24", "türkische F-16-Kampfflugzeuge", a bare "die Regierungstruppen".

"Die neue Führung" without a state of its own is marked by :func:`renewed_government` (resolve gives it the
article's main state).
The ``mentions`` stage finds them (:func:`equipment_rule`, :func:`alliance_rule`); the ``resolve``
stage gives an alliance noun the last alliance named before it (:func:`resolve_alliances`);
:func:`chronik.stages.mention_group_country.group_country` gives a government's forces the article's main state.  Word lists:
actors.yaml ``group_country`` (``equipment_models``, ``equipment_nouns``, ``alliance_nouns``,
``state_forces``); alliances are KB organisations with ``class: alliance``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, Mention
from chronik.stages.mention_group_country import NEW_GOVERNMENT, noun_phrase_country

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources, _Scan

#: How the mentions stage marks a noun that refers back to an organisation of a class.
ANAPHOR = "org_anaphor"
_ALLIANCE = "alliance"


def equipment_rule(scan: _Scan, i: int) -> int:
    """"die russische Su-24", "Türkische F-16-Kampfflugzeuge", "türkische Drohnen": military equipment
    (a model before a hyphen and a number, a compound whose head is a force or weapon noun, or a weapon
    noun) with a state adjective in its noun phrase is that state's military (GROUP MIL).  Without the
    adjective nothing is found."""
    if not _equipment(scan, scan.words[i]):
        return i
    country = noun_phrase_country(scan, i, "MIL")
    if not country:
        return i
    scan.mention(i, i + 1, "GROUP", "equipment", country=country, sector="MIL")
    return i + 1


def _equipment(scan: _Scan, word: str) -> bool:
    """True for a weapon noun, a model name ("Su-24", "MiG-29") or a compound ending in a force or
    weapon noun after a hyphen ("F-16-Kampfflugzeuge", "Su-24-Bomber")."""
    lists = scan.res.cues.group_country
    nouns = lists.get("equipment_nouns", frozenset())
    if word in nouns:
        return True
    model, _, rest = word.partition("-")
    if not rest:
        return False
    head = word.rpartition("-")[2]
    if head in nouns or scan.res.cues.group_nouns.get(head) == "MIL":
        return True
    return model in lists.get("equipment_models", ()) and rest[:1].isdigit()


def alliance_rule(scan: _Scan, i: int) -> int:
    """"das Bündnis", "der Allianz": an alliance noun right after a determiner (no adjective: "eine
    gegen Russland gerichtete Allianz" is another) is an ORG mention that :func:`resolve_alliances`
    gives the last alliance named before it."""
    words, cues = scan.words, scan.res.cues
    if words[i] not in cues.group_country.get("alliance_nouns", ()) or i == 0:
        return i
    if words[i - 1].lower() not in cues.determiners:
        return i
    scan.mention(i, i + 1, "ORG", ANAPHOR)
    return i + 1


def resolve_alliances(article: Article, res: Resources) -> None:
    """Give each alliance noun (:func:`alliance_rule`) the KB alliance of the last organisation mention
    before it that names one, or of the last person who holds an office of it on the publication day
    ("Nato-Generalsekretär Jens Stoltenberg … Das Bündnis"); drop those with none (an alliance not
    named is no known actor)."""
    kept: list[Mention] = []
    last: str | None = None
    day = article.published.start if article.published else None
    for mention in article.mentions:
        if mention.how == ANAPHOR:
            if last is None:
                continue
            mention.candidates = (last,)
        elif found := _alliance_named(mention, res, day):
            last = found
        kept.append(mention)
    article.mentions = kept


def _alliance_named(mention: Mention, res: Resources, day) -> str | None:
    """The alliance an organisation mention names, or a person's office on ``day`` belongs to; else None."""
    if mention.kind == "ORG":
        return _alliance_of(mention, res)
    return _alliance_office(mention, res, day) if mention.kind == "PER" and day else None


def _alliance_office(mention: Mention, res: Resources, day) -> str | None:
    """The KB alliance in which the person of ``mention`` (its first candidate) holds a role on ``day``."""
    entry = res.kb.entries.get(mention.candidates[0]) if mention.candidates else None
    for role in entry.roles if entry is not None else ():
        org = res.kb.entries.get(role.org) if role.org else None
        if org is not None and org.extra.get("class") == _ALLIANCE and role.covers(day):
            return org.id
    return None


def _alliance_of(mention: Mention, res: Resources) -> str | None:
    """The id of the KB alliance among ``mention``'s candidates; None for anything else."""
    for candidate in mention.candidates:
        entry = res.kb.entries.get(candidate)
        if entry is not None and entry.extra.get("class") == _ALLIANCE:
            return candidate
    return None


def renewed_government(scan: _Scan, i: int) -> str | None:
    """"mit der neuen Führung", "die neue Regierung": a ``ruling_nouns`` word right after a ``new_adjectives``
    word (actors.yaml ``group_country``) is the government that took over in the state the article is
    about; resolve gives it that state or drops it (:func:`chronik.stages.mention_group_country.group_country`).
    Returns the mention's ``how`` for such a noun, None for any other word."""
    lists = scan.res.cues.group_country
    if i == 0 or scan.words[i] not in lists.get("ruling_nouns", ()):
        return None
    return NEW_GOVERNMENT if scan.words[i - 1].lower() in lists.get("new_adjectives", ()) else None
