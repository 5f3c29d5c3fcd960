"""The genre of an article as it bears on how sure its events are: an interview's turns.

Part of the ``events`` stage (event_build.frame_event calls it).  Requires an
:class:`~chronik.model.Article` with sentences and tokens.  Guarantees, with no word of any language in
the code: :func:`interview_turn` holds for a sentence at or after the first turn of an interview, an article
with at least ``INTERVIEW_TURNS`` sentences opened by a speaker's label (one or two words and a colon:
"STANDARD: …", "Varoufakis: …"), one label speaking twice (quotes of several speakers, each labelled once,
make no interview: "Merkel: „Wir schaffen das.“ Seehofer: …").  An act told there is the interviewee's account or the interviewer's premise
("STANDARD: …, Putin bombardiert Syrien …"), not a report, and scores at most ``INTERVIEW_CAP``.  The news
lead before the first turn is reported as any article's.
"""

from __future__ import annotations

from chronik.model import Article, Sentence

#: Labelled turns that make an article an interview (a headline "Merkel: …" is one label only).
INTERVIEW_TURNS = 3
#: The most an act told in an interview's turns may score: never in the confident band.
INTERVIEW_CAP = 0.75
#: Words a speaker's label may have before its colon.
_LABEL_WORDS = 2


def _label(article: Article, sentence: Sentence) -> str | None:
    """The speaker's label the sentence opens with (one or two capitalised words before a colon), or None."""
    tokens = sentence.tokens[: _LABEL_WORDS + 1]
    words = [article.text[t.start : t.end] for t in tokens]
    colon = next((k for k, w in enumerate(words) if w == ":"), None)
    if colon is None or colon == 0 or not all(w[:1].isupper() for w in words[:colon]):
        return None
    return " ".join(words[:colon])


def interview_turn(article: Article, sentence: Sentence) -> bool:
    """``sentence`` lies at or after the first labelled turn of an interview (see the module docstring)."""
    turns = [(s.index, label) for s in article.sentences if (label := _label(article, s)) is not None]
    labels = [label for _, label in turns]
    return len(turns) >= INTERVIEW_TURNS and len(set(labels)) < len(labels) and sentence.index >= turns[0][0]
