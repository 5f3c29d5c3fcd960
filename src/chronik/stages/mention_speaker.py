"""The speaker of a closing reporting clause, whom a following subject pronoun continues.

In "Erdoğan schüre den Konflikt, sagte Demirtaş der Nachrichtenagentur AFP. Er rief die Regierung … auf"
the first person named (Erdoğan) is the subject of the reported clause only; the main clause's subject is
the speaker after the reporting verb, and "Er" continues him.  Used by resolve.py's pronoun rule; the
verbs are ``reporting_verbs`` of ``lang/<xx>/events.yaml``.
"""

from __future__ import annotations

from chronik.context import Context
from chronik.model import Article, Mention

#: Words at most between the reporting verb and the speaker's name ("sagte der türkische Präsident Erdoğan").
_TITLE_WORDS = 4
_CLAUSE_MARKS = (",", "–", "—", ":")


def reported_speaker(article: Article, persons: list[Mention], verbs: frozenset[str]) -> Mention | None:
    """Among ``persons`` (the persons one sentence names, in text order), the one a reporting clause that
    closes the sentence introduces (", sagte Demirtaş der AFP."); None when there is none.  Requires the
    article's sentences and text; the speaker must be the last person named in the sentence."""
    if not persons or not verbs:
        return None
    last = persons[-1]
    sentence = article.sentences[last.sentence]
    before = article.text[sentence.start : last.start]
    cut = max(before.rfind(mark) for mark in _CLAUSE_MARKS)
    if cut < 0:
        return None
    words = before[cut + 1 :].split()
    if not words or words[0].lower() not in verbs or len(words) > 1 + _TITLE_WORDS:
        return None
    return last if len(persons) > 1 and persons[0].start < sentence.start + cut else None


def speech_verbs(ctx: Context, article: Article) -> frozenset[str]:
    """The lowercased ``reporting_verbs`` of the article's language (empty where it lists none)."""
    lang = ctx.lang(article.lang)
    return ctx.compiled("speech_verbs", lang,
                        lambda data: frozenset(w.lower() for w in data.data["events"].get("reporting_verbs", ())))
