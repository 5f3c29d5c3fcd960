"""A state's own body named like an international one: "der russische Sicherheitsrat", "der Nationale
Sicherheitsrat der Türkei" are organs of Russia's and Turkey's governments, not the UN Security Council.

Part of the ``mentions`` stage, run by :func:`chronik.stages.mention_evidence.checked` once the article is
scanned.  A one-word name of an organisation of no state (an IGO body the KB also knows by its bare noun:
"Sicherheitsrat") right after a state adjective, or right before a genitive article and a state, is that
state's government body: the mention becomes a group of the state, sector GOV, without KB candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, Mention

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

#: The sector of a state's own councils and bodies, and of the organisations such a name may be mistaken for.
_GOVERNMENT, _IGO = "GOV", "IGO"
#: Characters before a name searched for the state adjective.
_BEFORE = 30


def national_bodies(article: Article, found: list[Mention], res: Resources) -> None:
    """Turn the one-word IGO-body mentions of ``found`` that a state adjective precedes or a genitive state
    follows into groups of that state's government (see the module docstring).  Requires ``found`` in text
    order; changes only such mentions."""
    for k, mention in enumerate(found):
        if not _bare_igo_name(mention, res):
            continue
        state = _adjective_state(article, mention, res) or _genitive_state(article, found[k + 1 :], mention, res)
        if state is not None:
            mention.kind, mention.how, mention.candidates = "GROUP", "national_body", ()
            mention.country, mention.sector = state, _GOVERNMENT


def _bare_igo_name(mention: Mention, res: Resources) -> bool:
    """``mention`` is one word that names only KB organisations of no state with an IGO role."""
    if mention.kind != "ORG" or " " in mention.text or "-" in mention.text or not mention.candidates:
        return False
    entries = [res.kb.entries.get(c) for c in mention.candidates]
    return all(e is not None and e.roles and all(r.sector == _IGO and r.country is None for r in e.roles)
               for e in entries)


def _adjective_state(article: Article, mention: Mention, res: Resources) -> str | None:
    """The ISO3 of the state adjective right before ``mention`` ("der russische Sicherheitsrat"), if any."""
    before = article.text[max(0, mention.start - _BEFORE) : mention.start].split()
    state = res.kb.entries.get(res.kb.adjectives.get(before[-1].lower(), "")) if before else None
    return state.extra.get("iso3") if state is not None else None


def _genitive_state(article: Article, after: list[Mention], mention: Mention, res: Resources) -> str | None:
    """The ISO3 of a state named right after ``mention`` and a genitive article ("Sicherheitsrat der Türkei")."""
    if not after or after[0].kind != "STATE" or not after[0].candidates:
        return None
    between = article.text[mention.end : after[0].start].split()
    if len(between) != 1 or between[0] not in res.cues.group_country.get("genitive_articles", ()):
        return None
    state = res.kb.entries.get(after[0].candidates[0])
    return state.extra.get("iso3") if state is not None else None
