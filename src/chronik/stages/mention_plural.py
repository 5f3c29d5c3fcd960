"""Plural "sie": a subject pronoun whose finite verb is plural refers to the nearest plural actor before it.

"Die Rebellen äußerten Vorbehalte. Vor allem lehnen sie eine Rolle des Iran ab": "sie" are the rebels;
"Ende November begannen Rebellen … eine Offensive. Am 8. Dezember nahmen sie Damaskus ein": the same.
A singular verb ("Sie war von Moskau ausgehandelt worden") leaves the pronoun to the singular rules, and
so does a "sie" after a verb whose subject already stands before it ("Milizen verletzten sie"): there it
is an object.  Called by the ``resolve`` stage for each "sie" once the mentions before it are resolved.

An antecedent is an actor mention of plural number (a group noun whose lemma differs from its form:
"Rebellen" → "Rebell"; not "Regierung", not a state or person) in a subject or object position (sentence
start, after a finite verb, after a plural determiner such as "die"; not "der Rebellen", "mit den
Rebellen").  The nearest one before the pronoun in its own sentence is taken; else the subject that
opens the sentence before (the topic continues), else that sentence's nearest one.  When the sentence
before opens with a plural noun phrase that is no actor ("Die beiden Staatschefs …", "Die Gespräche …")
or with coordinated actors ("Moskau und Ankara": a plural no single mention can stand for), the pronoun
stays open; a coordination met on the way stops the search too.  Word lists: actors.yaml ``plural_pronouns``.

A plural pronoun after "X und seine Familie" stands for X and his entourage (:func:`entourage_referent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, Mention
from chronik.stages.mention_words import lemma

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

_ACTORS = frozenset({"PER", "ORG", "STATE", "DESC", "GROUP"})
_ADJECTIVE_TAG = "ADJ"


def resolve_plural_pronoun(article: Article, mention: Mention, res: Resources) -> bool:
    """Give a plural subject "sie" (see the module docstring) the actor, country and sector of its
    antecedent.  Requires the mentions before it to be resolved; returns True when one was given,
    False (the mention untouched) otherwise."""
    lists = res.cues.plural_pronouns
    if mention.text.lower() not in lists.get("forms", ()) or mention.actor_id:
        return False
    words = _words(article, mention.sentence)
    k = _index(article, mention)
    if k is None or not _plural_subject(article, mention, words, k, res):
        return False
    antecedent = _antecedent(article, mention, res)
    if antecedent is None:
        return False
    mention.actor_id, mention.country = antecedent.actor_id, antecedent.country
    mention.sector, mention.office = antecedent.sector, antecedent.office
    return True


def _words(article: Article, index: int) -> list[str]:
    """The words of sentence ``index``."""
    return [article.text[t.start : t.end] for t in article.sentences[index].tokens]


def _index(article: Article, mention: Mention) -> int | None:
    """The index of the token where ``mention`` starts, in its sentence."""
    tokens = article.sentences[mention.sentence].tokens
    return next((i for i, t in enumerate(tokens) if t.start == mention.start), None)


def _plural_subject(article: Article, mention: Mention, words: list[str], k: int, res: Resources) -> bool:
    """True when the pronoun at ``words[k]`` is a subject with a plural finite verb: it opens the
    sentence before one ("Sie bezweifeln"), or follows one after a first field (from the sentence start
    or the last comma) that names no actor ("Am 8. Dezember nahmen sie", "…, am Montag hätten sie";
    not "Milizen verletzten sie", where it is the object)."""
    if k == 0:
        return len(words) > 1 and _plural_verb(words[1], res)
    if k == 1 or not _plural_verb(words[k - 1], res):
        return False
    tokens = article.sentences[mention.sentence].tokens
    comma = max((i for i in range(k - 1) if words[i] == ","), default=-1)
    if comma == k - 2:
        return False  # ", lehnen sie": no first field, the verb ends a clause
    field_start = tokens[comma + 1].start
    return not any(m.sentence == mention.sentence and m.kind in _ACTORS and field_start <= m.start
                   and m.end <= tokens[k - 1].start for m in article.mentions)


def _plural_verb(word: str, res: Resources) -> bool:
    """True for a lower-case verb form of the plural ("lehnen", "nahmen", "seien", "sind"): the lexicon
    tags it a verb (or, unknown to it, its lemma is another word) and it ends like a plural."""
    lists = res.cues.plural_pronouns
    if not word.isalpha() or not word.islower():
        return False
    if word in lists.get("verb_forms", ()):
        return True
    if not word.endswith(tuple(lists.get("verb_endings", ()))):
        return False
    tag = res.lexicon.best_tag(word)
    if tag is not None:
        return tag.startswith("V")
    return lemma(word, res.lang) != word


def _antecedent(article: Article, pronoun: Mention, res: Resources) -> Mention | None:
    """The antecedent of ``pronoun`` (see the module docstring): the nearest plural actor before it in
    its own sentence; else the subject of the sentence before when that opens with one, else the nearest
    plural actor of that sentence.  None when there is none, a coordination of actors comes first, or the
    sentence before opens with a coordination or a plural noun that names no actor."""
    own = [m for m in article.mentions if m.sentence == pronoun.sentence and m.end <= pronoun.start]
    if (found := _nearest_plural(article, own, res)) is not False:
        return found
    before = [m for m in article.mentions if m.sentence == pronoun.sentence - 1]
    opening = _opening(article, pronoun.sentence - 1, before, res)
    if opening is not False:
        return opening
    found = _nearest_plural(article, before, res)
    return found or None


def _nearest_plural(article: Article, mentions: list[Mention], res: Resources) -> Mention | None | bool:
    """The last plural actor of ``mentions`` (of one sentence, in order) in an open position; None when a
    coordination of actors comes first; False when there is neither."""
    actors = [m for m in mentions if m.actor_id and m.kind in _ACTORS]
    for i in range(len(actors) - 1, -1, -1):
        if i > 0 and _coordinated(article, actors[i - 1], actors[i], res):
            return None
        if _plural_actor(article, actors[i], res):
            return actors[i]
    return False


def _coordinated(article: Article, first: Mention, second: Mention, res: Resources) -> bool:
    """True when only a coordinator lies between two mentions of one sentence ("Moskau und Ankara",
    "Russland, die Türkei": an article may stand between them)."""
    if first.sentence != second.sentence:
        return False
    between = article.text[first.end : second.start].split()
    coordinators = res.cues.coordinators
    lists = res.cues.plural_pronouns
    if not between or between[0] not in coordinators and between[0][:1] not in coordinators:
        return False
    rest = between[1:] if between[0] in coordinators else between
    return all(w.lower() in res.cues.determiners or w.lower() in lists.get("subject_determiners", ())
               for w in rest) and len(rest) <= 1


def _plural_actor(article: Article, mention: Mention, res: Resources) -> bool:
    """True for a GROUP mention whose last word is a plural noun (its lemma is another word:
    "Rebellen" → "Rebell", "Streitkräfte" → "Streitkraft") in a subject or object position."""
    if mention.kind != "GROUP":
        return False
    head = mention.text.split()[-1]
    if lemma(head, res.lang) == head or head.endswith("-"):
        return False
    return _open_position(article, mention, res)


def _open_position(article: Article, mention: Mention, res: Resources) -> bool:
    """True when the word before ``mention`` (past one adjective) is none, a plural subject determiner
    ("die"), a comma or a verb; False after a preposition or another determiner ("der Rebellen")."""
    words = _words(article, mention.sentence)
    k = _index(article, mention)
    if k is None:
        return False
    if k > 0 and _adjective(words, k - 1, res):
        k -= 1
    if k == 0:
        return True
    before = words[k - 1]
    if before.lower() in res.cues.plural_pronouns.get("subject_determiners", ()) or before == ",":
        return True
    return before.islower() and (res.lexicon.best_tag(before) or "").startswith("V")


def _adjective(words: list[str], k: int, res: Resources) -> bool:
    """True for an adjective at ``words[k]``: lower case, or capitalised as the sentence's first word."""
    word = words[k]
    return (word.islower() or k == 0) and (res.lexicon.best_tag(word) or "").startswith(_ADJECTIVE_TAG)


def _opening(article: Article, index: int, mentions: list[Mention], res: Resources) -> Mention | None | bool:
    """What sentence ``index`` opens with, past determiners and lower-case words: a plural actor (it),
    a coordination of actors or a plural noun no actor mention covers ("Die beiden Staatschefs kamen …",
    "Hilfsorganisationen kritisieren …": None, the likelier referent is no actor), else False."""
    if index < 0:
        return False
    words, tokens = _words(article, index), article.sentences[index].tokens
    openers = res.cues.plural_pronouns.get("subject_determiners", frozenset()) | res.cues.determiners
    k = 0
    while k < len(words) and (words[k].lower() in openers or words[k].islower() or _adjective(words, k, res)):
        k += 1
    if k >= len(words):
        return False
    actors = [m for m in mentions if m.actor_id and m.kind in _ACTORS]
    head = next((i for i, m in enumerate(actors) if m.start <= tokens[k].start < m.end), None)
    if head is None:
        return None if _plural_noun(words[k], res) else False
    if head + 1 < len(actors) and _coordinated(article, actors[head], actors[head + 1], res):
        return None
    return actors[head] if _plural_actor(article, actors[head], res) else False


def _plural_noun(word: str, res: Resources) -> bool:
    """True for a capitalised noun in the plural: the lexicon knows it as a noun (or not at all) and its
    lemma is another word ("Staatschefs" → "Staatschef", "Gespräche" → "Gespräch")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    tag = res.lexicon.best_tag(word)
    base = lemma(word, res.lang)
    return (tag is None or tag.startswith("NN")) and base != word and base[:1].isupper()


def entourage_referent(article: Article, pronoun: Mention, person: Mention | None,
                       coordinators: frozenset[str], possessives: frozenset[str]) -> bool:
    """A plural pronoun ("ihnen") after "Assad und seine Familie seien in Moskau eingetroffen" stands
    for the person and his entourage: the act towards them is an act towards the person.  Requires the
    last person mention before ``pronoun`` (``person``, from the resolve stage); when it lies in the same
    or the previous sentence and is followed by a coordinator and a possessive ("und seine", "und
    ihre"), gives ``pronoun`` that person's actor and role and returns True; else changes nothing."""
    if person is None or not 0 <= pronoun.sentence - person.sentence <= 1:
        return False
    following = article.text[person.end : person.end + 40].split()[:2]
    if len(following) < 2 or following[0].lower() not in coordinators or following[1].lower() not in possessives:
        return False
    pronoun.actor_id = person.actor_id
    pronoun.country, pronoun.sector, pronoun.office = person.country, person.sector, person.office
    return True
