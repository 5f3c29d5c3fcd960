"""Unnamed attackers of no armed group: civilians, not rebels.

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`), run by
:func:`chronik.stages.mention_evidence.checked` once the whole article is scanned.

"Angreifer" names a rebel or terrorist in a report of war or terror ("Die Angreifer stürmten das Hotel",
an attack the article calls an "Anschlag") but a criminal civilian in a report of a school shooting or a
brawl ("Ein Polizist schoss den Angreifer nieder" after an 18-year-old fired at a prom).  The words come
from ``actors.yaml`` ``group_country``: ``unaffiliated_attackers`` (the nouns whose sector depends on the
report) and ``political_violence_stems`` (parts of words that make a report one of political violence:
"Anschlag", "Terror", "Attentat", also inside compounds: "Terroranschlag", "Selbstmordattentäter").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, Mention

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

#: The sectors of armed and political violence: an article naming one of them is a report of conflict.
_ARMED = frozenset({"REB", "MIL"})
#: The sector of rebels, terrorists and other armed groups, and that of unaffiliated civilians.
_REBELS, _CIVILIANS = "REB", "CVL"


def civilian_attackers(article: Article, found: list[Mention], res: Resources) -> None:
    """Make the unnamed attackers of ``found`` (group mentions of an ``unaffiliated_attackers`` noun) civilians
    when the article names no armed group or force of a state (another mention of sector REB or MIL) and no
    word of it holds a ``political_violence_stems`` part.

    Requires ``found`` to be the article's mentions with their sectors; changes only the sector of those
    group mentions, from REB to CVL."""
    lists = res.cues.group_country
    nouns = lists.get("unaffiliated_attackers", frozenset())
    attackers = [m for m in found if m.kind == "GROUP" and m.sector == _REBELS and m.text in nouns]
    if not attackers or _armed_report(article, found, attackers, res, lists.get("political_violence_stems", frozenset())):
        return
    for mention in attackers:
        mention.sector = _CIVILIANS


def _armed_report(article: Article, found: list[Mention], attackers: list[Mention], res: Resources,
                  stems: frozenset[str]) -> bool:
    """The article names an armed actor other than ``attackers`` (a group of that sector, or a KB entry with a
    role in it: "IS", "PKK", "die Bundeswehr") or uses a word of political violence."""
    entries = res.kb.entries
    if any(m not in attackers and (m.sector in _ARMED or any(r.sector in _ARMED for c in m.candidates
                                                             if c in entries for r in entries[c].roles))
           for m in found):
        return True
    lowered = article.text.lower()
    return any(stem in lowered for stem in stems)
