"""The genre of an article as it bears on how sure its events are: an interview's turns.

Part of the ``events`` stage (event_build.frame_event calls it).  Requires an
:class:`~chronik.model.Article` with sentences and tokens.  Guarantees, with no word of any language in
the code: :func:`interview_turn` holds for a sentence at or after the first turn of an interview, an article
with at least ``INTERVIEW_TURNS`` sentences opened by a speaker's label (one or two words and a colon:
"STANDARD: …", "Varoufakis: …").  An act told there is the interviewee's account or the interviewer's premise
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


def _labelled(article: Article, sentence: Sentence) -> bool:
    """The sentence opens with one or two capitalised words and a colon (a speaker's label)."""
    tokens = sentence.tokens[: _LABEL_WORDS + 1]
    words = [article.text[t.start : t.end] for t in tokens]
    colon = next((k for k, w in enumerate(words) if w == ":"), None)
    return colon is not None and colon > 0 and all(w[:1].isupper() for w in words[:colon])


def interview_turn(article: Article, sentence: Sentence) -> bool:
    """``sentence`` lies at or after the first labelled turn of an interview (see the module docstring)."""
    turns = [s.index for s in article.sentences if _labelled(article, s)]
    return len(turns) >= INTERVIEW_TURNS and sentence.index >= turns[0]
