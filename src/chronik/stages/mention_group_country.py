"""Whose group an unnamed group noun is: "die syrische Armee" (its own adjective), "die syrische
Regierung und mehrere Rebellengruppen" (the government's opponents), "die Rebellen" (the country
where they are), "die Luftwaffe" (the air force last named).

Two halves: the ``mentions`` stage reads a group noun's own country from its noun phrase
(:func:`noun_phrase_country`); the ``resolve`` stage gives the groups without one a country from
the article (:func:`local_country`, :func:`anaphoric_country`).  Word lists: actors.yaml
``group_country``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.model import Article, Mention
from chronik.stages.mention_context_state import CONTEXT_STATE, context_state, placing_mention
from chronik.stages.mention_country import main_country, mentioned_state
from chronik.stages.mention_creditors import CREDITORS
from chronik.stages.mention_cues import is_capitalised
from chronik.stages.mention_dateline import dateline_mentions, dateline_state

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources, _Scan

#: Groups that belong to the country where they are (rebels, civilians): resolve finds it.
LOCAL_SECTORS = frozenset({"REB", "OPP", "CVL"})
#: Groups that a government faces at home: coordinated with it, they are of its country.
_OPPONENTS = frozenset({"REB", "OPP"})
#: How the mentions stage marks "die Polizei" without a state (:func:`chronik.stages.mention_groups.group_rule`):
#: resolve places it (:func:`group_country`), and the events stage lets it be a side of force only.
PLACED_FORCE = "placed_force"
#: How it marks refugees without a state of their own ("weitere Flüchtlinge"): of the place like civilians
#: (:func:`local_country`), and a side of force only: a policy on admitting them aims at no state's people.
PLACED_PEOPLE = "placed_people"
#: How the mentions stage marks "die neue Führung" (:func:`chronik.stages.mention_anaphora.renewed_government`).
NEW_GOVERNMENT = "new_government"
_REACH = 3  # words before a group noun searched for its adjective
_NAMED = 2  # a place's country named fewer times than this besides places: the place is a venue abroad
_POSSESSORS = ("PER", "STATE", "ORG", "GROUP", "DESC")  # kinds of mention that may own "seine Truppen"
_COORDINATOR_WINDOW = 40  # characters before a possessive searched for a coordinator
_COORDINATED_GAP = 3  # at most so many words besides the coordinator between a government and its opponents


def noun_phrase_country(scan: _Scan, i: int, sector: str) -> str | None:
    """The state of an adjective, "US-" prefix or genitive name inside the noun phrase of the group
    noun ``words[i]``; None when the phrase has none.  The backward walk stops at a preposition or
    coordinator (``phrase_barriers``: "gegen Russland gerichtete Allianz") and at another noun; an
    ethnic adjective before rebels, opposition or civilians ("turkmenische Rebellen") names no state."""
    words, cues, kb = scan.words, scan.res.cues, scan.res.kb
    barriers = cues.group_country.get("phrase_barriers", frozenset())
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = words[k]
        if (entry_id := kb.adjectives.get(word.lower())) is not None:
            ethnic = sector in LOCAL_SECTORS and word.lower() in cues.group_country.get("ethnic_adjectives", ())
            return None if ethnic else kb.entries[entry_id].extra["iso3"]
        if state := (prefix_state(scan, word) if not word.rpartition("-")[2][:1].isupper() else None) \
                or capital_state(scan, word):
            return state  # "US-geführten Koalition", "die Pekinger Führung"; not another noun: "US-Botschaft"
        if (state := leading_state(scan, k)) is not None:
            return state  # "die von Saudi-Arabien angeführte Militärkoalition"
        if (state := state_just_found(scan, i, k)) is not None:
            return None if k > 0 and words[k - 1].lower() in barriers else state
        if k > 0 and word in cues.coordinators and words[k - 1].endswith("-"):
            continue  # "Militär- und Sicherheitskräfte": one noun phrase
        if word.lower() in barriers or (k > 0 and is_capitalised(word) and word not in cues.stopwords
                                        and not word.endswith("-")):
            return None
    return None


def leading_state(scan: _Scan, k: int) -> str | None:
    """The state (ISO3) that leads the group when ``words[k]`` is a ``leader_participles`` form (actors.yaml
    ``group_country``) right after the STATE mention just found, which a ``leader_links`` word ("von"), and
    determiners, open: "die von Saudi-Arabien angeführte Koalition", "der von den USA geführten Allianz".
    None otherwise: a state that supports a group ("vom Iran unterstützte Milizen") does not own it."""
    words, lists = scan.words, scan.res.cues.group_country
    last = scan.out[-1] if scan.out else None
    if words[k].lower() not in lists.get("leader_participles", ()) or last is None or last.kind != "STATE":
        return None
    tokens = scan.sentence.tokens
    start = next((j for j in range(k) if tokens[j].start == last.start), None)
    if start is None or last.end > tokens[k].start or (k > 0 and tokens[k - 1].end > last.end):
        return None
    j = start - 1
    while j >= 0 and words[j].lower() in scan.res.cues.determiners:
        j -= 1
    return scan.res.kb.entries[last.candidates[0]].extra["iso3"] if j >= 0 and words[j].lower() in lists.get("leader_links", ()) else None


def capital_state(scan: _Scan, word: str) -> str | None:
    """The state (ISO3) whose capital ``word`` is the adjective of: the capital's name, a KB metonym of the
    state, plus a ``capital_adjective_suffixes`` ending ("Moskauer", "Pekinger"); None otherwise."""
    for suffix in scan.res.cues.capital_adjective_suffixes:
        if not (word.endswith(suffix) and len(word) > len(suffix) + 2 and word[:1].isupper()):
            continue
        for form in scan.res.kb.phrases.get((word[: -len(suffix)],), ()):
            entry = scan.res.kb.entries[form.entry_id]
            if form.how == "metonym" and entry.kind == "state":
                return entry.extra["iso3"]
    return None


def prefix_state(scan: _Scan, word: str) -> str | None:
    """The state of a country prefix before a hyphen ("US-geführten"); None without one."""
    prefix = word.split("-")[0] if "-" in word else None
    return scan.res.cues.prefixes.get(prefix, (None, None))[0] if prefix else None


def state_just_found(scan: _Scan, i: int, k: int) -> str | None:
    """The ISO3 of the STATE mention just found when it starts at ``words[k]`` and ends before ``words[i]``."""
    last = scan.out[-1] if scan.out else None
    tokens = scan.sentence.tokens
    if last is None or last.kind != "STATE" or last.end > tokens[i].start or last.start != tokens[k].start:
        return None
    if last.how != "kb:genitive" and k < i - 1:
        return None  # "Der Kreml kritisierte die Führung": a subject before the verb owns no noun after it
    return scan.res.kb.entries[last.candidates[0]].extra["iso3"]


def group_country(article: Article, mention: Mention, countries: Counter, res: Resources) -> str | None:
    """The country of a GROUP mention found without one: forces such as "die Luftwaffe" by
    :func:`anaphoric_country`, the rest (local groups; "seine Verbündeten" whose owner is unknown)
    by :func:`local_country`."""
    if mention.how != "possessive" and mention.text in res.cues.group_country.get("anaphoric_nouns", ()):
        # "die russische Luftwaffe … die Luftwaffe"; a state institution ("Kiew – Die Armee …") else of the state
        # the context fixes (mention_context_state)
        return anaphoric_country(article, mention) or context_state(article, mention, res)
    if mention.how == CONTEXT_STATE:
        return context_state(article, mention, res)  # "Ankara – Die Regierung …"
    if mention.how == CREDITORS:
        return None  # a state's creditors are of no country (mention_creditors)
    if mention.how == NEW_GOVERNMENT:
        return main_country(article, res)  # "die neue Führung": of the state the article is about, if clear
    if mention.how != "possessive" and mention.text in res.cues.group_country.get("state_forces", ()):
        # "In der Ostukraine kämpfen Regierungstruppen": of the state where its sentence places them, else
        # of the state the article is about, if clear
        return _sentence_place(article, mention, res) or main_country(article, res)
    if mention.how == PLACED_FORCE:
        # "Ajaccio – … Die Polizei nahm zwei Männer fest": of the state where its sentence places it, else the
        # police last named ("die mazedonische Polizei … die Polizei"), else of the dateline's (the state an
        # article is about is often not where its police act)
        return _sentence_place(article, mention, res) or anaphoric_country(article, mention) or dateline_state(article)
    if mention.how != "possessive" and mention.text in res.cues.group_country.get("seated_bodies", ()):
        return _seat_country(article, mention, res)  # "Ein Gericht in Kiew verbot …": of its own clause's place only
    return local_country(article, mention, countries, res)


def unowned_force(lists: dict[str, frozenset[str]], word: str) -> bool:
    """``word`` is a force noun of ``anaphoric_nouns``, ``state_forces``, ``placed_forces`` or ``seated_bodies``
    (the ``group_country`` lists): one that names no state of its own and takes one from the article ("die
    Luftwaffe", "die Regierungstruppen", "die Polizei", "das Gericht")."""
    return any(word in lists.get(key, ()) for key in ("anaphoric_nouns", "state_forces", "placed_forces", "seated_bodies"))


def drop_unowned(article: Article, res: Resources) -> None:
    """Remove the group mentions of :func:`unowned_force` nouns and of new governments that found no country:
    "die Armee" of no known state is no actor, and must not take a sentence's subject slot from a known one."""
    lists = res.cues.group_country
    article.mentions = [m for m in article.mentions if not (
        m.kind == "GROUP" and not m.country and m.how != "possessive"
        and (unowned_force(lists, m.text) or m.how in (NEW_GOVERNMENT, CONTEXT_STATE)))]


def local_country(article: Article, mention: Mention, countries: Counter, res: Resources) -> str | None:
    """Where a local group without an adjective ("Rebellen", "Zivilisten") belongs: the
    government it is coordinated with ("der syrischen Regierung und der Rebellen"), else the nearest
    place of its sentence, else the country of the article's last local group of the same sector (then
    of any), else the nearest place of the sentence before, else the country of the article's places
    (for rebels and opposition without one: of its compounds that begin with a state, "die
    Syrien-Gespräche in Astana"), else the country it names most.  Places abroad where talks are held
    do not count (:func:`_venue`)."""
    if country := _coordinated_government(article, mention, res):
        return country
    named = Counter(c for m in article.mentions if m.kind != "LOC" and (c := mentioned_state(m, res) or m.country))
    starts = dateline_mentions(article)
    abroad = (lambda m: _venue(article, m, named, res, starts)) if mention.sector in _OPPONENTS else (lambda m: False)
    near = [m for m in article.mentions if m.sentence in (mention.sentence, mention.sentence - 1) and m.country
            and placing_mention(article, m, res) and not abroad(m)]
    same = [m for m in near if m.sentence == mention.sentence]
    if same:
        return min(same, key=lambda m: abs(m.start - mention.start)).country
    if country := _earlier_group(article, mention, lambda m: m.sector == mention.sector):
        return country
    if country := _earlier_group(article, mention, lambda m: m.sector in LOCAL_SECTORS):
        return country
    if near:
        return min(near, key=lambda m: abs(m.start - mention.start)).country
    places = Counter(m.country for m in article.mentions if m.kind == "LOC" and m.country and not abroad(m))
    if not places and mention.sector in _OPPONENTS:
        places = compound_states(article, res)  # "die Syrien-Gespräche in Astana": the rebels are Syria's
    ranked = places or (countries if not ethnic_group(article, mention, res) else Counter())
    return ranked.most_common(1)[0][0] if ranked else None


def ethnic_group(article: Article, mention: Mention, res: Resources) -> bool:
    """An ``ethnic_adjectives`` word stands right before the group ``mention`` ("kurdische Kämpfer"): a people
    with no state of its own, placed only by a place, not by the state an article names most; without one it is
    a group of no country (resolve.py), like a transnational one."""
    before = article.text[max(0, mention.start - 30) : mention.start].split()
    return bool(before) and before[-1].lower() in res.cues.group_country.get("ethnic_adjectives", ())


def compound_states(article: Article, res: Resources) -> Counter:
    """The KB states that begin hyphenated compounds of ``article`` outside actor mentions
    ("Syrien-Gespräche", "Ukraine-Krieg": what the talks or war are about; not "US-Präsident Trump"),
    counted."""
    found: Counter = Counter()
    for sentence in article.sentences:
        for token in sentence.tokens:
            prefix, hyphen, rest = article.text[token.start : token.end].partition("-")
            if not hyphen or not rest[:1].isupper() or _in_mention(article, token.start):
                continue
            entries = [res.kb.entries[f.entry_id] for f in res.kb.phrases.get((prefix,), ())]
            states = [entry for entry in entries if entry.kind == "state"]
            if states:
                found[states[0].extra["iso3"]] += 1
    return found


def _in_mention(article: Article, offset: int) -> bool:
    """True when a mention of ``article`` covers the character at ``offset``."""
    return any(m.start <= offset < m.end for m in article.mentions)


def anaphoric_country(article: Article, mention: Mention) -> str | None:
    """"die russische Luftwaffe … die Luftwaffe": the country of the last earlier group mention of the
    same word; None without one (the last force of any kind is too often another country's)."""
    return _earlier_group(article, mention, lambda m: m.text == mention.text)


def _earlier_group(article: Article, mention: Mention, fits) -> str | None:
    """The country of the last GROUP mention before ``mention`` with a country for which ``fits`` holds."""
    earlier = [m for m in article.mentions if m.start < mention.start and m.kind == "GROUP" and m.country and fits(m)]
    return earlier[-1].country if earlier else None


#: Punctuation that ends a clause: a court's seat is named within its own clause.
_SEAT_BREAKS = frozenset(",;:–—")


def _sentence_place(article: Article, mention: Mention, res: Resources) -> str | None:
    """The country of the place (:func:`~chronik.stages.mention_context_state.placing_mention`) of
    ``mention``'s sentence nearest to it; None without one."""
    places = [m for m in article.mentions if m.sentence == mention.sentence and m.country
              and placing_mention(article, m, res)]
    return min(places, key=lambda m: abs(m.start - mention.start)).country if places else None


def _seat_country(article: Article, mention: Mention, res: Resources) -> str | None:
    """The country of a court's or prosecutor's seat: the place nearest to it within its own clause (no clause
    break between them: "Das Gericht verurteilte Sawtschenko, sagte ein Sprecher in Kiew" names no seat), None
    for a seat of international courts (``international_seats``: "Das Gericht in Den Haag" is no Dutch court)."""
    places = [m for m in article.mentions if m.sentence == mention.sentence and m.country
              and placing_mention(article, m, res) and not _SEAT_BREAKS & set(_between(article, mention, m))]
    if not places:
        return None
    seat = min(places, key=lambda m: abs(m.start - mention.start))
    return None if seat.text in res.cues.group_country.get("international_seats", ()) else seat.country


def _between(article: Article, a: Mention, b: Mention) -> str:
    """The text between two mentions."""
    return article.text[a.end:b.start] if a.end <= b.start else article.text[b.end:a.start]


def _venue(article: Article, place: Mention, named: Counter, res: Resources, datelines: set[int]) -> bool:
    """True for a place in a country the article names at most once besides its places while it names
    another more often ("Verhandlungen in Genf", "die kasachische Hauptstadt Astana" in a report on
    Syria): where rebels' talks are held, not where they are; a dateline (start in ``datelines``) too, also when
    it names the state by its capital ("Wien – Die Syrien-Konferenz …").  A place right after a ``place_context_words``
    word ("Stellungen bei Aleppo", "nahe Aleppo") is where something happens on the ground, never a venue."""
    most = max(named.values(), default=0)
    before = article.text[max(0, place.start - 12) : place.start].split()
    near = bool(before) and before[-1].lower() in res.cues.place_context
    return (place.kind == "LOC" or place.start in datelines) and named[place.country] < _NAMED <= most and not near


def _coordinated_government(article: Article, mention: Mention, res: Resources) -> str | None:
    """The country of a government joined to rebels or opposition by a coordinator, with only
    determiners and adjectives between ("die syrische Regierung und mehrere Rebellengruppen",
    "zwischen der syrischen Regierung und der Opposition")."""
    if mention.sector not in _OPPONENTS:
        return None
    for other in article.mentions:
        if other.sentence != mention.sentence or other.kind != "GROUP" or other.sector != "GOV" or not other.country:
            continue
        gap = article.text[other.end:mention.start] if other.end <= mention.start else article.text[mention.end:other.start]
        words = gap.split()
        coordinated = bool(words) and words[0] in res.cues.coordinators and len(words) <= 1 + _COORDINATED_GAP
        if coordinated and not any(is_capitalised(w) for w in words):
            return other.country
    return None


def possessor_country(article: Article, mention: Mention, res: Resources) -> str | None:
    """Whose forces "seine Truppen" are: the country of the last actor before them in their sentence
    ("Russland hat mit dem Abzug seiner Truppen begonnen").  After a coordinator the owner is the conjunct
    before it ("eine Offensive des Regimes und seiner Verbündeten"): that conjunct's country if it is a
    mention.  None otherwise (the caller falls back on the last person named)."""
    before = [m for m in article.mentions if m.sentence == mention.sentence and m.end <= mention.start
              and m.kind in _POSSESSORS and m.country]
    words = article.text[max(0, mention.start - _COORDINATOR_WINDOW) : mention.start].split()
    if len(words) >= 2 and words[-2] in res.cues.coordinators:
        joined = article.text.rfind(words[-2], 0, mention.start)
        before = [m for m in before if not article.text[m.end : joined].strip()]
    return before[-1].country if before else None
