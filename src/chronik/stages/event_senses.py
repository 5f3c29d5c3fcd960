"""Political senses of triggers and actors: events read in a sport, cultural or everyday sense are dropped.

Requires: the article's sentences and resolved mentions (stage ``resolve``), the trigger hits of a
sentence (their word index and trigger id) and, for :func:`political_acts`, the article's events after
the events stage's political filter.  Cues come from ``lang/<xx>/events.yaml`` (``sport_cues``,
``sense_constraints``) and ``actors.yaml`` (``titles``, the offices that make a person political).
Guarantees: :func:`sense_kept` and :func:`political_acts` only drop, never change or add; events keep
their order.  The rules, each general over the codebook's "by one political actor towards another":

* Domain: an article with at least ``SPORT_MIN_CUES`` distinct sport words ("Minute", "Hinspiel",
  "Trainer", "Tabellenführer") reports sport.  There a state names a team ("Ungarn trifft auf
  Frankreich", "Österreichs Meister"), so an event needs a political actor other than a state, and a
  sentence holding a sport word reports no political act at all ("schoss in der 20. Minute").
* Visits (CONSULT/visit) need a political visitor (a political sector, or a person named with an
  office title) or a political host that is not just a state, which a place alone names ("18.234
  Migranten trafen in Süditalien ein", "nach seiner Ankunft in Österreich").
* COOPERATE needs a political actor on both sides ("in Kooperation mit der TU Wien").
* Sense constraints of a trigger's forms: a word the clause must hold ("sich bemühen um"; "bemühte
  das Zitat" invokes; "hob die Sanktionen auf" eases, "hob die Immunität auf" does not; a compound counts
  by its head: "Wirtschaftssanktionen"), a word before or after the form that makes it another verb ("Das
  demonstrierte der Präsident": showed), an object that does ("demonstrierte Einigkeit", "traf die
  Entscheidung", "liefern sich Gefechte", "droht Österreich eine EU-Strafe": faces; also a hyphenated
  compound's last part), a zu-infinitive in the clause ("droht in der Versenkung zu verschwinden": is in
  danger of), a word anywhere in the clause, a preposition's object too (``words``: "kämpft um seine
  politische Zukunft" competes, "schließt … nicht aus" holds possible; a compound counts by its head).
  A word anywhere in the clause may lift a constraint (``unless``): "warnte vor einer Eskalation" warns of a
  danger, "warnte Moskau vor Konsequenzen" threatens a punishment.  A form may have to head the phrase a
  word opens (``heads``: "bezeichnete Russland als Aggressor" labels; "als wichtigsten Partner im Kampf
  gegen die Terrormiliz" labels nobody a terrorist).  A word may have to stand in the clause with no
  preposition governing it (``free``: the border is what "sperrte" closes, not the place of "sperrte die
  Autobahn an der Grenze").  A constraint may hold for some kinds of hit only (``kinds``: "drohte … Strafen an" is
  another verb than "droht eine Strafe").  A dropped verb qualifies no noun: "liefern sich Gefechte" is a
  fight by the noun (events.py applies :func:`sense_kept` before the nouns yield to verbs).
"""

from __future__ import annotations

from dataclasses import dataclass

from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import UNKNOWN_PERSON_PREFIX, Actor, Article, EventMention
from chronik.resources import LanguageData

#: Quotation marks that may stand between a phrase's opener and its head ("als „Terroristen“").
_QUOTES = frozenset({'"', "„", "“", "”", "»", "«", "'", "‚", "‘"})
#: Distinct sport words that make an article a sport report (10kGNAD: 80 % of sport articles,
#: under 1 % of politics and economy ones).
SPORT_MIN_CUES = 4


@dataclass(frozen=True, slots=True)
class SenseConstraint:
    """The forms of one trigger (all when empty) and the words that rule its political sense in or out."""

    forms: frozenset[str]
    needs: frozenset[str]  # lower-cased; one must be in the clause
    before: frozenset[str]  # lower-cased; right before the form: another verb ("Das demonstrierte")
    after: frozenset[str]  # lower-cased; right after the form: another verb ("demonstrierte dies")
    objects: frozenset[str]  # as written; in the clause, not after a preposition: another verb
    kinds: frozenset[str] = frozenset()  # hit kinds (verb, particle, light, noun) it holds for; all when empty
    infinitive: bool = False  # a zu-infinitive in the clause after the form: another verb ("droht zu scheitern")
    words: frozenset[str] = frozenset()  # lower-cased; anywhere in the clause, also after a preposition: another verb
    unless: frozenset[str] = frozenset()  # lower-cased; in the clause (a compound by its head): the rule is lifted
    heads: frozenset[str] = frozenset()  # lower-cased; the form must head the phrase one of them opens ("als Aggressor")
    free: frozenset[str] = frozenset()  # lower-cased; one must be in the clause with no preposition governing it


@dataclass(frozen=True, slots=True)
class Senses:
    """The compiled cues of this module."""

    sport_cues: frozenset[str]  # as written
    constraints: dict[str, tuple[SenseConstraint, ...]]  # trigger id -> constraints
    prepositions: frozenset[str]
    titles: tuple[str, ...]  # lower-cased office titles of political sectors
    infinitive_markers: frozenset[str] = frozenset()


def build_senses(lang: LanguageData) -> Senses:
    """Compile the cues of ``lang``."""
    data = lang.data["events"]
    constraints: dict[str, tuple[SenseConstraint, ...]] = {}
    for raw in data["sense_constraints"]:
        entry = SenseConstraint(*(_lowered(raw, key) for key in ("forms", "needs", "before", "after")),
                                frozenset(raw.get("objects") or []), frozenset(raw.get("kinds") or []),
                                bool(raw.get("infinitive")), _lowered(raw, "words"), _lowered(raw, "unless"),
                                _lowered(raw, "heads"), _lowered(raw, "free"))
        constraints[raw["trigger"]] = constraints.get(raw["trigger"], ()) + (entry,)
    titles = tuple(form.lower() for office in lang.data["actors"]["titles"].values()
                   if office.get("sector") in POLITICAL_SECTORS for form in office["forms"])
    return Senses(frozenset(data["sport_cues"]), constraints,
                  frozenset(w.lower() for w in data["prepositions"]), titles,
                  frozenset(data.get("infinitive_markers") or []))


def _lowered(raw: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in raw.get(key) or [])


def sense_kept(words: list[str], k: int, trigger_id: str, clause: tuple[int, int], senses: Senses,
               kind: str = "verb") -> bool:
    """False when trigger ``trigger_id`` at word ``k`` (a hit of ``kind``) is, by a sense constraint, not its
    political sense; ``clause`` is the [start, end) of its clause."""
    lower = words[k].lower()
    inside = words[clause[0] : clause[1]]
    for rule in senses.constraints.get(trigger_id, ()):
        if (rule.forms and lower not in rule.forms) or (rule.kinds and kind not in rule.kinds):
            continue
        if rule.unless and any(_needed(w, rule.unless) for w in inside):
            continue  # "warnte Russland vor Konsequenzen": a warning of a punishment is a threat
        if rule.needs and not any(_needed(w, rule.needs) for w in inside):
            return False
        if rule.words and any(_needed(w, rule.words) for w in inside):
            return False  # "kämpft um seine Zukunft", "schließt … nicht aus", "mit Haft bedroht"
        if (k > 0 and words[k - 1].lower() in rule.before) or (k + 1 < len(words) and words[k + 1].lower() in rule.after):
            return False
        if any((w in rule.objects or w.split("-")[-1] in rule.objects) and not _after_preposition(inside, j, senses)
               for j, w in enumerate(inside)):
            return False
        if rule.infinitive and _infinitive_after(words, k, clause[1], senses):
            return False
        if rule.heads and not _heads_phrase(words, k, rule.heads, senses):
            return False  # "als wichtigsten Partner im Kampf gegen die Terrormiliz": the label is Partner
        if rule.free and not any(_needed(w, rule.free) and not _after_preposition(inside, j, senses)
                                 for j, w in enumerate(inside)):
            return False  # "sperrte die Autobahn an der Grenze zu Ungarn": the border is no object
    return True


def _heads_phrase(words: list[str], k: int, openers: frozenset[str], senses: Senses) -> bool:
    """Word ``k`` is the first noun after an ``openers`` word: only lower-case words that are no preposition
    (articles, adjectives: "als einen der brutalsten Terroristen") or quotation marks lie between."""
    j = k - 1
    while j >= 0 and (words[j] in _QUOTES or (words[j][:1].islower() and words[j].lower() not in openers
                                                and words[j].lower() not in senses.prepositions)):
        j -= 1
    return j >= 0 and words[j].lower() in openers


def _needed(word: str, needs: frozenset[str]) -> bool:
    """``word`` is a needed word, or a compound whose head is one ("Wirtschaftssanktionen", "EU-Embargo")."""
    lower = word.lower()
    return lower in needs or (word[:1].isupper() and any(len(n) >= 6 and lower.endswith(n) for n in needs))


def _infinitive_after(words: list[str], k: int, end: int, senses: Senses) -> bool:
    """A zu-infinitive ("zu verschwinden") follows word ``k`` before ``end``."""
    return any(words[j].lower() in senses.infinitive_markers and words[j + 1][:1].islower()
               for j in range(k + 1, min(end, len(words)) - 1))


def _after_preposition(words: list[str], j: int, senses: Senses) -> bool:
    """A preposition governs ``words[j]``: it is one of the two words before, or opens the lower-case words
    (up to three: articles, adjectives) before it ("mit einer saftigen Strafe")."""
    if any(w.lower() in senses.prepositions for w in words[max(0, j - 2) : j]):
        return True
    i = j - 1
    while i > max(0, j - 4) and words[i][:1].islower() and words[i].lower() not in senses.prepositions:
        i -= 1
    return i < j - 1 and words[i].lower() in senses.prepositions


def political_acts(article: Article, events: list[EventMention], senses: Senses) -> list[EventMention]:
    """The ``events`` of ``article`` that the domain and actor rules (module docstring) keep."""
    sport = sport_report(article, senses)
    return [e for e in events if _political_sides(article, e, senses, sport)
            and not (sport and _sentence_cues(article, e.sentence, senses))]


def sport_report(article: Article, senses: Senses) -> bool:
    """The article holds at least ``SPORT_MIN_CUES`` distinct sport words (hyphen parts count)."""
    found: set[str] = set()
    for sentence in article.sentences:
        found |= _sentence_cues(article, sentence.index, senses)
    return len(found) >= SPORT_MIN_CUES


def _sentence_cues(article: Article, index: int, senses: Senses) -> set[str]:
    sentence = article.sentences[index]
    found: set[str] = set()
    for token in sentence.tokens:
        word = article.text[token.start : token.end]
        found |= {part for part in [word, *word.split("-")] if part in senses.sport_cues}
    return found


def _political_sides(article: Article, event: EventMention, senses: Senses, sport: bool) -> bool:
    """The actor rules: a sport report's states are teams; a visit needs a political visitor or host
    (no state named by a place); cooperation needs a political actor on each side; a talk with the media
    alone is an interview ("übte in einem Gespräch mit der Welt am Sonntag Kritik"), no consultation."""
    if event.mode == "terror":
        return True
    if event.type == "CONSULT" and event.target and all(a.sector == "MED" for a in event.target):
        return False
    source = [a for a in event.source if _political(article, event, a, senses, sport)]
    target = [a for a in event.target if _political(article, event, a, senses, sport)]
    if sport and not (source or target):
        return False
    if event.type == "CONSULT" and event.mode == "visit":
        return bool(source) or any(a.kind in ("person", "organisation") and a.sector in POLITICAL_SECTORS for a in target)
    if event.type == "COOPERATE":
        return bool(source) and bool(target)
    return True


def _political(article: Article, event: EventMention, actor: Actor, senses: Senses, sport: bool) -> bool:
    """``actor`` acts politically: a political sector (not a state in a sport report), an office title, or a
    knowledge-base person of a country out of office on the date ("Assad, der nach Moskau gereist war")."""
    if sport and (actor.kind in ("state", "group") or actor.sector not in POLITICAL_SECTORS):
        return actor.kind == "person" and actor.sector in POLITICAL_SECTORS
    return actor.sector in POLITICAL_SECTORS or (actor.kind == "person" and (
        bool(actor.title) or _former_office(actor) or _titled(article, event.sentence, actor, senses)))


def _former_office(actor: Actor) -> bool:
    """A person of the knowledge base (not a name found in the text only) with the country of a role."""
    return bool(actor.country) and not actor.id.startswith(UNKNOWN_PERSON_PREFIX)


def _titled(article: Article, index: int, actor: Actor, senses: Senses) -> bool:
    """A mention of ``actor`` in sentence ``index`` follows an office title, also as the end of a
    compound ("FPÖ-Chef Strache", "EU-Migrationskommissar Avramopoulos")."""
    tokens = article.sentences[index].tokens
    for mention in article.mentions:
        if mention.actor_id != actor.id or mention.sentence != index:
            continue
        before = [t for t in tokens if t.end <= mention.start]
        if before:
            word = article.text[before[-1].start : before[-1].end].lower()
            if word.split("-")[-1] in senses.titles or any(
                    len(t) >= 7 and word.endswith(t) for t in senses.titles):
                return True
    return False
