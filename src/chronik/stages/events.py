"""Stage ``events``: who did what to whom, per sentence, coded by the PLOVER codebook.

Requires ``resolve`` (actors and places on the mentions) and ``timex``.
Sets ``article.events``: one :class:`EventMention` per trigger type and
sentence, with source and target actors (roles on the event date), place,
date, modality, attribution, confidence and the trigger's offsets.

Triggers come from ``lang/<xx>/events.yaml`` (verbs, nouns, particle verbs
split across the clause, light-verb constructions); the code knows no German
words.  Roles follow German clause structure as far as rules can see it:
the first actor not governed by a preposition is the source, a preposition
the trigger names ("mit", "gegen", "auf") or the next free actor the target;
a passive "von/durch" actor is the source; a noun trigger takes its genitive
("Luftangriffe der russischen Luftwaffe") or its adjective ("russische
Luftangriffe") as source.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronik.context import Context
from chronik.model import Article, EventMention, Mention
from chronik.stages.event_frame import Frame, build_event
from chronik.stages.event_lexicon import EventLexicon, Trigger, build_event_lexicon
from chronik.stages.mentions import resources

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "»", "«"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found at word ``index`` (``end`` for the particle of a split verb)."""

    index: int
    trigger: Trigger
    kind: str  # verb, noun, particle, light
    end: int


def events(article: Article, ctx: Context) -> Article:
    """Extract the event mentions of ``article`` (see the module docstring)."""
    lang = ctx.lang(article.lang)
    lexicon = ctx.compiled("event_lexicon", lang, build_event_lexicon)
    adjectives = ctx.compiled("state_adjectives", lang, lambda lang: _state_adjectives(ctx, lang))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in article.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found: list[EventMention] = []
    for sentence in article.sentences:
        words = [article.text[t.start : t.end] for t in sentence.tokens]
        for hit in sentence_triggers(words, lexicon):
            frame = Frame(article, sentence, words, hit.index, hit.end, hit.kind, hit.trigger,
                          by_sentence.get(sentence.index, []), lexicon, adjectives)
            event = build_event(frame)
            if event is not None:
                found.append(event)
    article.events = found
    return article


def _state_adjectives(ctx: Context, lang) -> dict[str, str]:
    """Inflected state adjectives of the knowledge base → ISO3 ("russischen" → RUS)."""
    kb = resources(ctx, lang).kb
    return {form: kb.entries[entry_id].extra["iso3"] for form, entry_id in kb.adjectives.items()}


def sentence_triggers(words: list[str], lexicon: EventLexicon) -> list[Hit]:
    """The triggers of one sentence: at most one per PLOVER type (verbs before nouns)."""
    hits: list[Hit] = []
    for k, word in enumerate(words):
        hit = _trigger_at(words, k, lexicon)
        if hit:
            hits.append(hit)
    verbal = [h for h in hits if h.kind != "noun"]
    # a noun near a verb trigger qualifies it ("forderte einen Waffenstillstand"): the verb gives the type
    hits = [h for h in hits if h.kind != "noun" or not any(abs(v.index - h.index) <= 6 for v in verbal)]
    best: dict[str, Hit] = {}
    rank = {"verb": 0, "particle": 0, "light": 1, "noun": 2}
    for hit in hits:
        known = best.get(hit.trigger.type)
        if known is None or rank[hit.kind] < rank[known.kind]:
            best[hit.trigger.type] = hit
    return sorted(best.values(), key=lambda h: h.index)


def _trigger_at(words: list[str], k: int, lexicon: EventLexicon) -> Hit | None:
    word = words[k]
    lower = word.lower()
    for particle, trigger in lexicon.particles.get(lower, []):
        end = _particle_in_clause(words, k, particle)
        if end is not None:
            return Hit(k, trigger, "particle", end)
    for verbs, trigger in lexicon.light.get(word, []):
        if any(w.lower() in verbs for w in _clause(words, k)):
            return Hit(k, trigger, "light", k + 1)
    if word in lexicon.nouns:
        return Hit(k, lexicon.nouns[word], "noun", k + 1)
    if lower in lexicon.verbs and (not word[:1].isupper() or k == 0):
        return Hit(k, lexicon.verbs[lower], "verb", k + 1)
    return None


def _particle_in_clause(words: list[str], k: int, particle: str) -> int | None:
    """Index after the separated ``particle`` that closes the clause of ``words[k]`` ("zog … ab")."""
    j = k + 1
    while j < len(words) and words[j] not in _CLAUSE_BREAKS and words[j] != ".":
        j += 1
    if j - 1 > k and words[j - 1].lower() == particle:
        return j
    return None


def _clause(words: list[str], k: int) -> list[str]:
    """The words of the clause around ``words[k]`` (between clause punctuation)."""
    start = k
    while start > 0 and words[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    end = k
    while end < len(words) and words[end] not in _CLAUSE_BREAKS:
        end += 1
    return words[start:end]
