"""Whose organ a state institution named without a state is: "Die Regierung kritisierte …", "das Regime",
"das Außenministerium", "die Armee", "die Bundesregierung".

Part of the ``resolve`` stage (:func:`chronik.stages.mention_group_country.group_country`).  Such a noun
names no state of its own; news use it for the state the context has fixed, so it takes, in this order:

0. the state of the same noun named before with one ("das syrische Regime … des Regimes"), and only that
   after an ideology adjective (``ideology_adjectives``: "das kommunistische Regime" in a report from Seoul);
an owner after it ("Das Militär des Landes") that the mentions stage could not read gives none; after a local
adjective (``local_adjectives``: "die dortige Regierung") it is of the place named before it in its sentence;

1. the state of the government or military actors named last before it, in its own sentence (before it)
   or up to :data:`LOOKBACK` sentences back ("Präsident Erdogan sprach … Die Regierung warf der PKK vor"),
   when all the actors of that nearest sentence are of one state and it names no other state; else the one state of the opposition or
   armed groups of its own sentence ("Die syrische Opposition warf der Regierung vor, …");
2. the state of the article's dateline ("Ankara (APA) – Die Regierung …"; of several, the one the article
   names most: "Colombo/Genf – … die Armee");
3. the state the article is clearly about (:func:`chronik.stages.mention_country.main_country`), not for
   forces that often act abroad (``operating_forces``: "die Luftwaffe", "die Marine");

and none otherwise (the mention is then dropped: :func:`chronik.stages.mention_group_country.drop_unowned`).
A federal noun ("Bundesregierung": actors.yaml ``group_country`` ``federal_nouns``) names one of the
``federal_states`` (Austria or Germany: 10kGNAD is an Austrian paper, so neither is a default); it takes the
nearest actor of those states anywhere before it, else the dateline or the main country when one of them.
Requires resolved country and sector on the mentions before ``mention`` (resolve goes in text order).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.model import Article, Mention
from chronik.stages.mention_country import main_country, state_of
from chronik.stages.mention_dateline import dateline_mentions

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

#: How the mentions stage marks such a noun without a state of its own.
CONTEXT_STATE = "context_state"
#: Sentences before a noun searched for the government or military actors that fix its state.
LOOKBACK = 2
#: Sectors of the actors that fix the state of a state institution.
_STATE_SECTORS = frozenset({"GOV", "MIL"})
#: Characters after a state institution searched for the owner a word of belonging introduces, and the words
#: of that attribute (the word of belonging included) that may hold its capitalised noun.
_OWNER_REACH = 60
_OWNER_WORDS = 5
#: Sectors of the actors that fix whose "Bundesregierung" is: a country's parties too, which speak of their own
#: federal government ("Die FPÖ kritisierte die Bundesregierung": Austria's).
_PARTY = "PTY"
_FEDERAL_SECTORS = _STATE_SECTORS | {_PARTY}
#: Sectors of the groups that oppose a government at home.
_OPPONENT_SECTORS = frozenset({"OPP", "REB"})
#: Kinds of mention that count as such actors: persons, descriptions and groups, not states (a state named
#: before is as often the target: "Putin kritisierte die Türkei. Das Außenministerium …").
_ACTOR_KINDS = frozenset({"PER", "DESC", "GROUP"})


def context_state(article: Article, mention: Mention, res: Resources) -> str | None:
    """The ISO3 code of the state whose institution ``mention`` is, by the rules of the module docstring;
    None when the context fixes none."""
    lists = res.cues.group_country
    operating = mention.text in lists.get("operating_forces", ())
    nouns = lists.get("context_nouns", frozenset()) | lists.get("operating_forces", frozenset())
    if mention.text not in nouns:
        return None
    if _owner_after(article, mention, res):
        return None  # "Das Militär des international isolierten Landes": its owner, not the context, says whose
    if _word_before(article, mention) in lists.get("local_adjectives", ()):
        return _place_before(article, mention, res)  # "nach Burundi … ohne die Einwilligung der dortigen Regierung"
    allowed = lists.get("federal_states") if mention.text in lists.get("federal_nouns", ()) else None
    if (same := _same_noun_before(article, mention, nouns)) is not None:
        return same  # "die türkische Regierung … Die Regierung"
    if _word_before(article, mention) in lists.get("ideology_adjectives", ()):
        return None  # "Seoul – … Sanktionen gegen das kommunistische Regime": not South Korea's
    if allowed:
        dateline = _dateline_state(article)
        if dateline in allowed:
            return dateline  # "Wien (APA) - Merkel hat Österreich kritisiert. Die Bundesregierung wies …"
        nearest = [m.country for m in _state_actors(article, mention, res, _FEDERAL_SECTORS) if m.country in allowed]
        if nearest:
            return nearest[-1]  # "Bundeskanzler Faymann … Die Bundesregierung", "Die FPÖ kritisierte die Bundesregierung"
    elif (local := _local_state(article, mention, res) or _opponents_state(article, mention)
          or (None if operating else _forces_at_home(article, mention, res))) is not None:
        return local
    # "die Luftwaffe" in a report on Syria is as often Russia's as Syria's: the state an article is about does
    # not fix whose air force or navy acts
    for country in (_named_dateline_state(article, mention, res), None if operating else main_country(article, res)):
        if country and (allowed is None or country in allowed):
            return country
    return None


def _named_dateline_state(article: Article, mention: Mention, res: Resources) -> str | None:
    """The dateline's state (:func:`_dateline_state`) when the dateline is its capital ("Ankara (APA) – Die
    Regierung …") or the article names that state, one of its places or actors outside the dateline before
    ``mention`` too: another city may be a venue of talks ("Genf – … Das Regime lehnte direkte Gespräche ab"),
    no party to them."""
    state = _dateline_state(article)
    starts = dateline_mentions(article)
    entry = state_of(state, res)
    capitals = set(entry.extra.get("metonyms") or []) | {entry.extra.get("capital")} if entry is not None else set()
    if any(m.start in starts and m.text in capitals for m in article.mentions):
        return state
    named = any(m.country == state and m.start not in starts and m is not mention and m.end <= mention.start
                for m in article.mentions)
    return state if named else None


def _owner_after(article: Article, mention: Mention, res: Resources) -> bool:
    """A genitive article (``genitive_owner_words``: "des"; "der" is as often a dative: "sagte ein Sprecher der
    Regierung der Nachrichtenagentur MTI") right after ``mention`` opens an attribute with a capitalised word:
    the institution's owner, which the mentions stage could not resolve to a state ("Das Militär des
    international isolierten Landes")."""
    after = article.text[mention.end : mention.end + _OWNER_REACH].split()
    owners = res.cues.group_country.get("genitive_owner_words", ())
    return len(after) > 1 and after[0] in owners and any(w[:1].isupper() for w in after[1:_OWNER_WORDS])


def _place_before(article: Article, mention: Mention, res: Resources) -> str | None:
    """The state of the place named last before ``mention`` in its sentence or, without one, in the sentence
    before: a place mention, or a state after a preposition of place ("nach Burundi"); None without one."""
    for index in (mention.sentence, mention.sentence - 1):
        places = [m for m in article.mentions if m.sentence == index and m.end <= mention.start and m.country
                  and placing_mention(article, m, res)]
        if places:
            return places[-1].country
    return None


def placing_mention(article: Article, m: Mention, res: Resources) -> bool:
    """True for a place mention, or a state named after a preposition of place ("in Syrien")."""
    return m.kind == "LOC" or (m.kind == "STATE" and bool(res.cues.in_place.search(article.text, 0, m.start)))


def _word_before(article: Article, mention: Mention) -> str:
    """The word right before ``mention``, lower-cased ("" at the start of the text)."""
    before = article.text[max(0, mention.start - 30) : mention.start].split()
    return before[-1].lower() if before else ""


def _dateline_state(article: Article) -> str | None:
    """The state of the article's dateline ("Ankara (APA) –"); of several ("Colombo/Genf –", "Addis
    Abeba/Bujumbura –"), the one whose states and places the rest of the article names most, None on a tie;
    None without a dateline."""
    starts = dateline_mentions(article)
    states = {m.country for m in article.mentions if m.start in starts and m.kind in ("LOC", "STATE") and m.country}
    if len(states) < 2:
        return states.pop() if states else None
    named = Counter(m.country for m in article.mentions if m.start not in starts and m.kind in ("LOC", "STATE"))
    ranked = sorted(states, key=lambda c: -named[c])
    return ranked[0] if named[ranked[0]] > named[ranked[1]] else None


def _same_noun_before(article: Article, mention: Mention, nouns: frozenset[str]) -> str | None:
    """The country of the last group mention before ``mention`` of the same noun of ``nouns``, a genitive or
    dative ending apart ("das syrische Regime … des Regimes"); None without one."""
    stem = _stem(mention.text, nouns)
    same = [m.country for m in article.mentions if m.end <= mention.start and m.kind == "GROUP" and m.country
            and _stem(m.text, nouns) == stem]
    return same[-1] if same else None


def _stem(word: str, nouns: frozenset[str]) -> str:
    """``word`` without a final "s" or "n" when that leaves a noun of ``nouns`` ("Regimes", "Streitkräften")."""
    return word[:-1] if word[-1:] in ("s", "n") and word[:-1] in nouns else word


def _local_state(article: Article, mention: Mention, res: Resources) -> str | None:
    """The one state of the government or military actors of the nearest sentence before ``mention``'s, at
    most :data:`LOOKBACK` back, that names any (not its own: there they are as often its addressee); None when
    that sentence names actors of several states, or another state by name, or none is near."""
    actors = _state_actors(article, mention, res)
    datelines = dateline_mentions(article)
    # not its own sentence: "Steinmeier hat die Regierung aufgefordert" addresses another state's government
    for index in range(mention.sentence - 1, mention.sentence - LOOKBACK - 1, -1):
        states = {m.country for m in actors if m.sentence == index}
        if states:
            # a state named beside them may be the one the institution acts for: "Erdogan hat Russland
            # kritisiert. Die Regierung wies die Vorwürfe zurück" is Russia's
            named = {m.country for m in article.mentions if m.sentence == index and m.kind == "STATE" and m.country
                     and m.end <= mention.start and m.start not in datelines}
            return states.pop() if len(states | named) == 1 else None
    return None


def _forces_at_home(article: Article, mention: Mention, res: Resources) -> str | None:
    """For an army (MIL; not the ``operating_forces``, as often abroad), the country of the first place of their own sentence ("Kairo – In Libyen hat
    die Armee … in Sirte bombardiert": Libya's, not the dateline's); None for other institutions or no place."""
    if mention.sector != "MIL":
        return None
    places = [m for m in article.mentions if m.sentence == mention.sentence and m.country and m is not mention
              and placing_mention(article, m, res)]
    return places[0].country if places else None


def _opponents_state(article: Article, mention: Mention) -> str | None:
    """The one state of the opposition and armed groups of ``mention``'s sentence ("Die syrische Opposition warf
    der Regierung vor, …": the government they oppose at home); None when they are of several states or none."""
    states = {m.country for m in article.mentions if m.sentence == mention.sentence and m.kind in ("GROUP", "ORG")
              and m.sector in _OPPONENT_SECTORS and m.country}
    return states.pop() if len(states) == 1 else None


def _state_actors(article: Article, mention: Mention, res: Resources,
                  sectors: frozenset[str] = _STATE_SECTORS) -> list[Mention]:
    """The mentions before ``mention`` of persons, descriptions and groups (organisations too when ``sectors``
    holds a party's) of one of ``sectors`` with a country, envoys apart (:func:`_envoy`), in text order."""
    kinds = _ACTOR_KINDS | ({"ORG"} if _PARTY in sectors else set())
    return [m for m in article.mentions if m.end <= mention.start and m.kind in kinds
            and m.sector in sectors and m.country and m is not mention and not _envoy(m, res)]


def _envoy(mention: Mention, res: Resources) -> bool:
    """``mention`` names a state's envoy or embassy (a title group marked ``stands_for_state``): it speaks in its
    host state, of whose government "die Regierung" is ("Ein Sprecher der US-Botschaft in Kiew sagte, die
    Regierung …")."""
    office = res.cues.title_office(mention.title)
    return office is not None and office.for_state
