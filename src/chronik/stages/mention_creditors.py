"""Creditors of a state: "Tsipras warf den Gläubigern vor, Griechenland erpressen zu wollen", "die
internationalen Geldgeber".

Part of the ``mentions`` (:func:`creditor_rule`) and ``resolve`` (:func:`lend`) stages.  A
state's creditors are the lending institutions (EU, ECB, IMF): an organisation group of no country (IGO).  The
same nouns name the creditors of a firm ("Den Gläubigern wird eine Quote von 20 Prozent angeboten"), so the
mention stands for the institutions only where the article names an international organisation and its
sentence or the one before a state or its government; else it is dropped.  Word list: actors.yaml
``group_country`` ``creditor_nouns`` (a compound such as "Heta-Gläubiger" is not one of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, Mention

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

#: How the mentions stage marks a creditor noun.
CREDITORS = "creditors"
#: The sector of a state's creditors, and that of the organisations that make a state's debt international.
_LENDERS = "IGO"


def creditor_rule(scan: _Scan, i: int) -> int:
    """A creditor noun at ``words[i]`` ("den Gläubigern", "die Geldgeber") is a GROUP mention of how
    :data:`CREDITORS`, no country; the index after it.  ``i`` when the word is none."""
    if scan.words[i] not in scan.res.cues.group_country.get("creditor_nouns", ()):
        return i
    scan.mention(i, i + 1, "GROUP", CREDITORS, country=None, sector=_LENDERS)
    return i + 1


def lend(article: Article) -> None:
    """Make every creditor mention of a state's debt (:func:`_of_state`) the lending institutions (an IGO group
    of no country) and remove the others.  Requires resolved mentions (their sector)."""
    lenders = Actor.group(None, _LENDERS)
    for mention in article.mentions:
        if mention.how == CREDITORS and _of_state(article, mention):
            mention.actor_id = lenders.id  # as resolve_actors.register, which imports the mentions stage
            article.actors.setdefault(lenders.id, lenders)
    article.mentions = [m for m in article.mentions if not (m.how == CREDITORS and not m.actor_id)]


def _of_state(article: Article, mention: Mention) -> bool:
    """The article names an international organisation, and ``mention``'s sentence or the one before a state
    or a government actor."""
    organisation = any(m.kind == "ORG" and m.sector == _LENDERS for m in article.mentions)
    return organisation and any(m.sentence in (mention.sentence, mention.sentence - 1) and m.country
                                and (m.kind == "STATE" or m.sector == "GOV") for m in article.mentions if m is not mention)
