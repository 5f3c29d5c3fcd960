"""Registering an actor for a mention, and the actors of descriptions no one is named for (stage ``resolve``).

:func:`take_role` gives a mention the country, sector and office of a knowledge-base entry's role;
:func:`register` records the mention's actor in the article; :func:`unresolved_descriptions` gives the
descriptions still without an actor their group, state sector or organisation (see its docstring).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chronik.kb.entries import STATE_OFFICES, Entry, Role
from chronik.model import Actor, Article, Mention
from chronik.stages.mention_roles import org_country
from chronik.stages.mentions import Resources


def take_role(mention: Mention, entry: Entry, day: dt.date | None, res: Resources, role: Role | None = None) -> None:
    """Give ``mention`` the country, sector, office and title of ``entry``'s ``role`` (default: its role on
    ``day``); a role not held on ``day`` gives the country only."""
    role = role or entry.role_at(day)
    if role is None:
        return
    current = day is None or role.covers(day)
    own = role.country or org_country(role.org, res, day)  # a party leader's: his party's ("Bundeschef Strache")
    if current and own and entry.kind == "person":
        mention.country = own  # the role's country, not a neighbouring adjective's ("russischen Truppen Präsident Assad")
    mention.country = mention.country or own
    if current:  # a former office holder keeps the country but not the sector ("Ex-Präsident")
        mention.sector, mention.office = role.sector, role.office
        mention.title = mention.title or role.title


#: ``Article.meta`` key listing the actor ids whose role an undated text left to a guess (:func:`note_guessed_role`).
GUESSED_ROLES = "guessed_roles"


def note_guessed_role(article: Article, entry: Entry) -> None:
    """Record in ``article.meta[GUESSED_ROLES]`` that ``entry``'s role is a guess: no day places the text and
    no word around the name describes the role, while the knowledge base gives the entry roles of more than
    one country or sector ("Donald Trump" in an undated report of 2016: the candidate, not the president it
    became; "Petro Poroschenko": the president, not the later opposition leader).  The events stage counts
    such a participant as vague (event_evidence.py)."""
    if len({(r.country, r.sector) for r in entry.roles}) > 1:
        guessed = article.meta.setdefault(GUESSED_ROLES, [])
        if entry.public_id not in guessed:
            guessed.append(entry.public_id)


def actor_of(entry: Entry, mention: Mention) -> Actor:
    """The actor of a knowledge-base ``entry`` with the country, sector and title ``mention`` now holds."""
    aliases = [n for n in entry.names if n != entry.name][:8]
    kind = {"person": "person", "state": "state"}.get(entry.kind, "organisation")
    return Actor(entry.public_id, entry.name, mention.country, mention.sector, aliases, kind, mention.title)


def register(article: Article, mention: Mention, actor: Actor) -> None:
    """Record ``actor`` as the actor of ``mention`` (its id on the mention, the actor in the article)."""
    mention.actor_id = actor.id
    article.actors.setdefault(actor.id, actor)


def copy_person(mention: Mention, actor: Actor) -> None:
    """Make ``mention`` stand for the person ``actor``, keeping what the mention says of country, sector, title."""
    mention.actor_id = actor.id
    mention.country = mention.country or actor.country
    mention.sector = mention.sector or actor.sector
    mention.title = mention.title or actor.title


def unresolved_descriptions(article: Article, res: Resources, day_of: Callable[[int], dt.date | None]) -> None:
    """Descriptions still without an actor: a plural title that is a group noun is that group ("serbische
    Diplomaten"), an envoy of a state (a title group marked ``stands_for_state``: "den russischen
    Botschafter") that state's government, else see :func:`_unnamed_holder`."""
    for mention in (m for m in article.mentions if m.kind == "DESC" and not m.actor_id):
        office = res.cues.title_office(mention.title)
        if mention.country and mention.text in res.cues.group_nouns:
            register(article, mention, Actor.group(mention.country, res.cues.group_nouns[mention.text]))
        elif mention.country and office is not None and office.for_state:
            register(article, mention, Actor.group(mention.country, office.sector))
        else:
            _unnamed_holder(article, mention, res, day_of(mention.sentence) is None)


def _unnamed_holder(article: Article, mention: Mention, res: Resources, undated: bool) -> None:
    """An office of an organisation of states whose holder neither the text nor the knowledge base names
    stands for the organisation, whatever the office ("der UNO-Sonderberichterstatter": the UN).  Where no
    day is known (``undated``), a single-holder office of a state stands for its state's sector ("Der
    türkische Präsident forderte …": TUR GOV); on a known day the knowledge base names the holder, and a
    party's leader or "ein Minister" are no state's act."""
    org = res.kb.entries.get(mention.candidates[0]) if mention.candidates and not mention.country else None
    role = org.role_at(None) if org is not None and org.kind not in ("person", "state", "place") else None
    if role is not None and role.sector == "IGO":  # not "der Bundeskanzler von den Grünen": a party's
        take_role(mention, org, None, res)
        register(article, mention, actor_of(org, mention))
    elif undated and mention.country and mention.sector and mention.office in STATE_OFFICES:
        register(article, mention, Actor.group(mention.country, mention.sector))


def plural_title(article: Article, mention: Mention, res: Resources) -> bool:
    """"Die EU-Außenminister verhängten …": a title right after a plural determiner (actors.yaml
    ``plural_titles``), in a form that does not end like a feminine title ("die EU-Außenministerin" is one
    person), names several holders, so no single office holder."""
    lists = res.cues.plural_titles
    before = article.text[: mention.start].split()
    return bool(before) and before[-1].lower() in lists.get("determiners", ()) \
        and not mention.text.endswith(tuple(lists.get("feminine_endings", ())))


def counterpart_office(article: Article, mention: Mention, res: Resources) -> str | None:
    """For a counterpart title ("seinem russischen Amtskollegen", "ihr US-Kollege"): the single-holder office
    of the nearest person before it in its sentence who holds one for another state (Kerry: foreign
    minister), so that the title names that office's holder in its own state.  None for other titles or
    when no such person stands before it.  Requires the earlier mentions resolved."""
    office = res.cues.title_office(mention.title)
    if office is None or not office.counterpart:
        return None
    earlier = [m for m in article.mentions if m.sentence == mention.sentence and m.end <= mention.start
               and m.kind in ("PER", "DESC", "PRON") and m.office in STATE_OFFICES and m.country != mention.country]
    return earlier[-1].office if earlier else None

