"""Positions taken in one statement: which of a sentence's verbal acts a coder keeps.

A statement that criticises and threatens in one breath ("Russland hat den Beitritt Finnlands scharf
kritisiert und Vergeltung angekündigt") is one happening: a reaction whose most severe element, the
threat, is what a chronicle records (CODEBOOK: one event per real-world happening).  The criticism of
the same source towards the same target in the same sentence is subsumed by it.

A person whose only counterpart is his own state acts on it, not towards another actor.
The arrival of a person whom the host grants asylum is a flight into exile, not a visit; a plural
pronoun after "X und seine Familie" stands for X (``mention_plural.entourage_referent``, called by ``resolve``).

A recognition of statehood of a region supports its separatists (:func:`recognised_region`).
Sanctions that name nobody punish the author of the article's latest attack (:func:`punished_actor`);
countermeasures that name nobody answer the author of the article's lead act (:func:`countered_actor`).

The event rules are about PLOVER types, not words: they hold for every language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, EventMention, Mention

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Acts that punitive measures naming nobody punish ("kündigte harte Strafmaßnahmen an" after an invasion).
PUNISHED: dict[str, frozenset[str]] = {"SANCTION": frozenset({"ASSAULT", "COERCE"})}
#: type → the types of the same sentence, source and target that subsume it (the stronger act).
SUBSUMED_BY: dict[str, frozenset[str]] = {"ACCUSE": frozenset({"THREATEN"})}


def settle_positions(article: Article, found: list[EventMention]) -> list[EventMention]:
    """The events ``found`` in ``article`` less those a coder would not keep (subsumed, exile arrivals,
    self-directed); requires events with resolved actors, keeps the order of the rest."""
    return drop_self_directed(article, drop_exile_arrivals(drop_subsumed(article, found)))


def drop_subsumed(article: Article, found: list[EventMention]) -> list[EventMention]:
    """Drop each event whose sentence holds a stronger act (:data:`SUBSUMED_BY`) of the same source
    towards the same target, unless the stronger act's trigger is followed by an actor it does not
    involve ("kritisierte Russland und drohte der Türkei": another addressee, two acts).  Requires
    events with resolved actors and ``article.mentions``; keeps the order of the others."""
    return [event for event in found if not any(
        _subsumes(other, event) and not _other_actor_after(article, other) for other in found)]


def _other_actor_after(article: Article, event: EventMention) -> bool:
    """An actor mention after the trigger of ``event`` in its sentence that is none of its parties."""
    at = article.text.find(event.trigger, event.start, event.end)
    parties = {a.id for a in event.source + event.target}
    return any(m.actor_id and m.actor_id not in parties and at <= m.start < event.end for m in article.mentions)


def drop_exile_arrivals(found: list[EventMention]) -> list[EventMention]:
    """"Assad und seine Familie seien in Moskau eingetroffen. Russland habe ihnen Asyl gewährt": the
    arrival of a person whom the host grants asylum in the same or the next sentence is a flight into
    exile, not a visit (a visit years before the asylum, reported further away, stays).  Drops each
    CONSULT visit whose source receives asylum (AID, mode asylum) from its target so close by;
    requires the article's events with resolved actors and keeps the others in order."""
    asylum = [e for e in found if e.type == "AID" and e.mode == "asylum"]
    return [event for event in found if not (event.type == "CONSULT" and event.mode == "visit" and any(
        0 <= grant.sentence - event.sentence <= 1 and _share(grant.target, event.source)
        and _share(grant.source, event.target) for grant in asylum))]


def drop_self_directed(article: Article, found: list[EventMention]) -> list[EventMention]:
    """"Assad habe beschlossen, sein Amt aufzugeben und das Land zu verlassen": a person whose only
    counterpart is the bare state he belongs to, referred to but not named in the sentence ("das Land" =
    his own country), acts on his own state, not towards another actor (CODEBOOK: an act by one actor
    towards another).  Drops each event whose sources are all persons and whose targets are all states
    of their one country that the event's sentence does not name; a state named as the counterpart stays
    ("Der Oppositionsführer Alexej Nawalny kritisierte Russland")."""
    named = {(m.sentence, m.actor_id) for m in article.mentions if m.kind == "STATE"}
    return [event for event in found if not (_self_directed(event) and not any(
        (event.sentence, a.id) in named for a in event.target))]


def _self_directed(event: EventMention) -> bool:
    countries = {a.country for a in event.source + event.target}
    return (bool(event.source) and bool(event.target) and len(countries) == 1 and None not in countries
            and all(a.kind == "person" for a in event.source) and all(a.kind == "state" for a in event.target))


def _subsumes(stronger: EventMention, weaker: EventMention) -> bool:
    """``stronger`` is another act of the sentence of ``weaker``, of a type that subsumes it, with a
    shared source and a shared target (both sides named: a threat with no target says nothing of it)."""
    return (stronger is not weaker and stronger.sentence == weaker.sentence
            and stronger.type in SUBSUMED_BY.get(weaker.type, ())
            and _share(stronger.source, weaker.source) and _share(stronger.target, weaker.target))


def _share(first: list[Actor], second: list[Actor]) -> bool:
    """True when the two actor lists name a common actor (by id)."""
    return bool({a.id for a in first} & {a.id for a in second})


# Sanctions answer the act the article leads with (its headline and first sentence) or one it has just
# told; an attack told paragraphs earlier, off the lead, may be another story.
_LEAD, _PUNISHED_REACH = 1, 2


def punished_actor(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of sanctions that name none ("Biden … kündigte gemeinsam mit den Verbündeten harte
    Strafmaßnahmen an" after "Russland greift die Ukraine an"): the author of the latest earlier attack
    or seizure of the article's lead or of the ``_PUNISHED_REACH`` sentences before (``frame.earlier``, text
    order) that the source's side did not commit.  A country's forces come back as its government (sanctions address the
    state).  None for other types, without a source, or without such an act so close."""
    if frame.trigger.counter_act and source:
        return countered_actor(frame, source)
    punished = PUNISHED.get(frame.trigger.type)
    if punished is None or not source:
        return None
    sides = {m.country for m in source if m.country}
    act = next((e for e in reversed(frame.earlier) if e.type in punished and e.source
                and (e.sentence <= _LEAD or frame.sentence.index - e.sentence <= _PUNISHED_REACH)
                and not any(a.country in sides for a in e.source)), None)
    if act is None:
        return None
    author = act.source[0]
    return author.as_addressee()


def countered_actor(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of a countermeasure that names none (a ``counter_act`` trigger: "Finnland ist der Nato
    beigetreten. … Russland kündigte Gegenmaßnahmen an"): the author of the first act of the article's lead
    (``frame.earlier``, sentences up to ``_LEAD``) that the source's side did not commit, as the state or
    group it acts for.  None without such an act: a later act may be another story."""
    sides = {m.country for m in source if m.country}
    act = next((e for e in frame.earlier if e.sentence <= _LEAD and e.source
                and not any(a.country in sides for a in e.source)), None)
    return act.source[0].as_addressee() if act is not None else None


def recognised_region(frame: Frame, source: list[Mention]) -> Actor | None:
    """The addressee of a recognition of statehood that names a region, no state ("Putin hatte die
    „Volksrepubliken“ Donezk und Luhansk als unabhängige Staaten anerkannt", "Russland erkannte
    Abchasien als unabhängigen Staat an"): the separatists (REB) of the state the region lies in.
    Requires a ``region_object`` trigger, a statehood word in the sentence (``statehood_words``) and a
    place of another country than the source's that is no seat of government; else None."""
    if not frame.trigger.region_object or not source:
        return None
    if not any(w.lower() in frame.lexicon.statehood_words for w in frame.words):
        return None
    own = {m.country for m in source}
    region = next((m for m in frame.mentions if m.kind == "LOC" and m.country and m.country not in own
                   and m.sector is None and m.sentence == frame.sentence.index), None)
    return Actor.group(region.country, "REB") if region is not None else None


def internal_order(frame: Frame, event: EventMention) -> bool:
    """An ``internal_order`` trigger ("Putin beauftragte Lawrow, …") from heads of state or government to
    ministers or officials of their own government: internal administration, not one political actor acting
    towards another.  A head tasking a head ("Erdoğan beauftragte Ministerpräsident Davutoğlu mit der
    Regierungsbildung") stays an act, and so does any side that is no titled person of one government."""
    heads = frame.lexicon.head_titles
    if not frame.trigger.internal_order or not event.source or not event.target:
        return False
    def official(a: Actor) -> bool:
        return a.kind == "person" and a.sector == "GOV" and a.title is not None
    def head(a: Actor) -> bool:  # "US-Präsident": the title after a state's prefix
        return a.title.rpartition("-")[2].lower() in heads
    countries = {a.country for a in event.source + event.target}
    return len(countries) == 1 and None not in countries and all(official(a) for a in event.source + event.target) \
        and all(head(a) for a in event.source) and not any(head(a) for a in event.target)
