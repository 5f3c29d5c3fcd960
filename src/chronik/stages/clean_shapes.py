"""Shapes of a raw line for stage ``clean``: prose paragraph, headline, kicker, a repeated title.

Language-neutral: they read only word counts and punctuation.
"""

from __future__ import annotations

#: How a prose paragraph ends, and what may close it after its last mark.
PROSE_END = ".!?…:"
CLOSERS = "\"'“”„»«‘’‚›‹)]"
#: What separates a headline from a site name added to it ("Titel | n-tv.de").
TITLE_SEPARATORS = frozenset("|-–—:·•")


def prose(text: str) -> bool:
    """Whether a line reads like a body paragraph rather than a heading or label."""
    words = text.count(" ") + 1
    if words >= 30:
        return True
    last = text.rstrip(CLOSERS)[-1:]
    return (last in ".!…" and words >= 4) or (last in "?:" and words >= 12)


def title_like(text: str) -> bool:
    """A headline: 2-25 words, not prose, not ending like a lead-in, starting with a capital or quote."""
    words = len(text.split())
    return (2 <= words <= 25 and len(text) <= 200 and not prose(text)
            and text[-1] not in ":,;-–" and (text[0].isupper() or text[0].isdigit() or text[0] in CLOSERS))


def kicker_like(text: str) -> bool:
    """A short lead-in above a headline ("Krieg in Syrien:", "Ukraine-Konflikt"): the headline may follow."""
    words = len(text.split())
    return (text.endswith(":") and words <= 6) or (words <= 3 and not ends_like_prose(text) and text[-1] not in "?")


def same_title(text: str, meta_title: str) -> bool:
    """Whether a line repeats the metadata title: equal up to case and spacing, or one of
    them adds a site name after a separator ("Titel | n-tv.de", "Titel - DW").

    Never true for a line that reads like a body paragraph, so a lead that merely
    contains the title's words is kept.
    """
    if prose(text):
        return False
    line, title = title_words(text), title_words(meta_title)
    if line == title:
        return True
    shorter, longer = sorted((line, title), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter) and longer[len(shorter):].lstrip()[:1] in TITLE_SEPARATORS


def title_words(text: str) -> str:
    """``text`` casefolded with its whitespace runs made single spaces."""
    return " ".join(text.casefold().split())


def ends_like_prose(text: str) -> bool:
    """Whether ``text`` ends with a prose paragraph's mark (closing quotes and brackets aside)."""
    return text.rstrip(CLOSERS)[-1:] in PROSE_END
