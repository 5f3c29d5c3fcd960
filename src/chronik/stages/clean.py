"""Stage ``clean``: drop boilerplate from scraped text, read headline and dateline.

How it works (all language knowledge is in ``lang/<xx>/boilerplate.yaml``):

* The text is read line by line; each line is taken without its surrounding
  whitespace.  A line that a whole-line pattern matches (navigation, share
  buttons, photo credits, image file names, "Mehr zum Thema", agency trailers,
  bare links …) is dropped; the pattern's ``rule`` is the removal reason.
  Inline patterns cut photo credits and agency trailers ("(dtj/dpa)") off the
  end of a kept line.
* The head of the article (the lines up to the first body paragraph) is read
  for section labels ("Politik"), the headline and a dateline ("26. November
  2015").  Headline and dateline are metadata, not body: they are removed from
  ``text`` (reasons ``title`` and ``dateline``) and kept in ``article.title`` /
  ``article.dateline``.  Keeping the headline in the body would make later
  stages count it as a second report of the event its lead already reports.
* A short line next to a picture (an image file name or a photo credit) is an
  image caption when it does not end like a prose paragraph, or when pictures
  frame it on both sides.
* When in doubt a line is kept: a lost body sentence costs more than a stray
  label.  Subheadings are body.

Kept lines of one raw paragraph are joined by ``"\\n"``, paragraphs by
``"\\n\\n"``.  ``article.meta["segments"]`` lists ``(clean_start, raw_start,
length)`` runs copied verbatim from ``raw_text``; every other character of
``text`` is an inserted separator (``"\\n"``), and every raw character outside
the runs is in exactly one :class:`RemovedSpan` (dropped whitespace has reason
``whitespace``).  :func:`reconstruct_raw` and :func:`clean_offset_to_raw` use
that mapping.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chronik.context import Context
from chronik.model import Article, RemovedSpan
from chronik.resources import LanguageData
from chronik.stages.clean_shapes import ends_like_prose, kicker_like, prose, same_title, title_like

_HEAD_LINES = 12  # the headline and dateline are looked for among this many first lines
_CAPTION_MAX = 300  # a caption is a short line
_INLINE_TAIL = 200  # inline patterns are searched in this many last characters of a line
# A non-blank line; group 1 is its content without surrounding whitespace (str.strip's whitespace).
_CONTENT_LINE = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)[^\S\n]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled patterns of one language (built once per Context)."""

    line_re: re.Pattern[str]
    line_rules: Mapping[str, str]  # regex group name -> rule
    inline_re: re.Pattern[str]
    inline_rules: Mapping[str, str]
    inline_hint: re.Pattern[str]
    image_rules: frozenset[str]
    labels: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]
    months: Mapping[str, int]


@dataclass(slots=True)
class _Line:
    """One non-blank raw line: content bounds and what the stage does with it.

    ``[start, stop)`` is the line without surrounding whitespace; ``end`` is the
    end of the part kept (inline cuts move it left); ``block`` numbers the raw
    paragraph.  ``reason`` is set when the whole line is dropped.
    """

    start: int
    stop: int
    end: int
    block: int
    reason: str | None = None
    cuts: list[tuple[int, int, str]] = field(default_factory=list)


def clean(article: Article, ctx: Context) -> Article:
    """Remove boilerplate; set text, removed, title, dateline and meta segments.

    Requires ``article.raw_text``; ``article.lang`` may be None (default
    language).  Sets ``text``, ``removed`` (offsets into ``raw_text``),
    ``title`` (only when not already set from metadata), ``dateline``, and in a
    copy of ``meta``: ``segments`` and, when the dateline is a full date,
    ``dateline_date`` (ISO ``YYYY-MM-DD``).  Guarantees that
    :func:`reconstruct_raw` gives back ``raw_text`` exactly.
    """
    rules = ctx.compiled("clean.rules", ctx.lang(article.lang), _build_rules)
    raw = article.raw_text
    lines = _split_lines(raw)
    for line in lines:
        _classify(line, raw, rules)
    title, dateline, iso = _read_head(lines, raw, rules, article.title)
    _mark_captions(lines, raw, rules.image_rules)
    article.text, segments, article.removed = _assemble(raw, lines)
    meta = dict(article.meta)
    meta["segments"] = segments
    if iso:
        meta["dateline_date"] = iso
    article.meta = meta
    article.title = article.title or title
    article.dateline = dateline or article.dateline
    return article


def reconstruct_raw(article: Article) -> str:
    """Rebuild ``raw_text`` from ``text``, ``meta["segments"]`` and ``removed``.

    Requires an article after :func:`clean`.  Raises ``ValueError`` when the
    pieces leave a gap or overlap (the stage guarantees they do not).
    """
    segments = article.meta.get("segments", [])
    pieces = [(raw_start, article.text[start : start + n]) for start, raw_start, n in segments]
    pieces += [(span.start, span.text) for span in article.removed]
    pieces.sort(key=lambda piece: piece[0])
    position = 0
    for start, piece in pieces:
        if start != position:
            raise ValueError(f"pieces do not tile raw_text at offset {position} (next piece at {start})")
        position += len(piece)
    return "".join(piece for _, piece in pieces)


def clean_offset_to_raw(article: Article, offset: int) -> int:
    """Map an offset into ``article.text`` to the matching offset in ``raw_text``.

    Requires an article after :func:`clean` and ``0 <= offset <= len(text)``
    (``ValueError`` otherwise).  Exact inside text copied from the raw text;
    an offset inside an inserted separator maps to the raw offset just after
    the preceding kept character.  Monotonic: a larger offset never maps lower.
    """
    if not 0 <= offset <= len(article.text):
        raise ValueError(f"offset {offset} is outside the clean text (length {len(article.text)})")
    segments = article.meta.get("segments", [])
    i = bisect.bisect_right(segments, offset, key=lambda seg: seg[0]) - 1
    if i < 0:
        return 0
    start, raw_start, length = segments[i]
    return raw_start + min(offset - start, length)


def _build_rules(lang: LanguageData) -> _Rules:
    """Compile the boilerplate patterns of ``lang`` (placeholders substituted)."""
    bp, cal = lang.data["boilerplate"], lang.data["calendar"]
    subs = {
        "{credit}": f"(?:{bp['credit_pattern']})",
        "{agency}": _alternation(bp["agencies"]),
        "{month}": _alternation(cal["months"]),
        "{weekday}": _alternation(cal["weekdays"]),
    }
    line_re, line_rules = _combine(bp["line_patterns"], subs, "")
    inline_re, inline_rules = _combine(bp["inline_patterns"], subs, r"\Z")
    images = frozenset(p["rule"] for p in bp["line_patterns"] + bp["inline_patterns"] if p.get("image"))
    return _Rules(
        line_re, line_rules, inline_re, inline_rules, re.compile(bp["inline_hint"]), images,
        frozenset(label.casefold() for label in bp["section_labels"]),
        tuple(re.compile(_substitute(p, subs)) for p in bp["dateline_patterns"]),
        {name.casefold(): number for name, number in cal["months"].items()},
    )


def _alternation(words: Iterable[str]) -> str:
    """A case-insensitive regex alternation of ``words``, longest first."""
    return "(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _substitute(pattern: str, subs: Mapping[str, str]) -> str:
    for token, value in subs.items():
        pattern = pattern.replace(token, value)
    return pattern


def _combine(
    entries: list[dict[str, Any]], subs: Mapping[str, str], suffix: str
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex with a named group per entry, and the group -> rule map."""
    groups = {f"r{i}": entry["rule"] for i, entry in enumerate(entries)}
    body = "|".join(f"(?P<r{i}>{_substitute(e['pattern'], subs)})" for i, e in enumerate(entries)) or "(?!)"
    return re.compile(f"(?:{body}){suffix}"), groups


def _split_lines(raw: str) -> list[_Line]:
    """The non-blank lines of ``raw``, stripped, with their paragraph numbers.

    A blank line (only whitespace) between two lines starts a new paragraph.
    """
    lines: list[_Line] = []
    block, previous = 0, 0
    for match in _CONTENT_LINE.finditer(raw):
        start, stop = match.span(1)
        if lines and raw.count("\n", previous, start) > 1:
            block += 1
        lines.append(_Line(start, stop, stop, block))
        previous = stop
    return lines


def _classify(line: _Line, raw: str, rules: _Rules) -> None:
    """Drop the line if a whole-line rule matches, else cut inline boilerplate off its end."""
    match = rules.line_re.fullmatch(raw, line.start, line.stop)
    if match:
        line.reason = rules.line_rules[match.lastgroup or ""]
        return
    while line.end > line.start:
        tail = max(line.start, line.end - _INLINE_TAIL)
        if not rules.inline_hint.search(raw, tail, line.end):
            return
        match = rules.inline_re.search(raw, tail, line.end)
        if not match:
            return
        rule = rules.inline_rules[match.lastgroup or ""]
        cut = line.start + len(raw[line.start : match.start()].rstrip())
        line.cuts.insert(0, (cut, line.end, rule))
        line.end = cut
    line.reason, line.end, line.cuts = line.cuts[0][2], line.stop, []  # nothing left: the whole line goes


def _read_head(lines: list[_Line], raw: str, rules: _Rules, meta_title: str | None) -> tuple[str | None, ...]:
    """Mark section labels, the headline and the dateline among the first lines.

    Requires classified lines.  Returns (title, dateline, ISO date or None);
    a headline is only taken when body follows it, or when it repeats
    ``meta_title`` (then the line is removed but the title is not returned).
    """
    window, has_body = _head_window(lines, raw)
    title = dateline = iso = kicker = None
    title_open = True
    for line in window:
        text = raw[line.start : line.end]
        match = None if dateline else _dateline_match(text, rules)
        if match:  # also over a line a rule dropped ("Stand: 26.11.2015" is a timestamp)
            line.reason, dateline, iso = "dateline", text, _parse_date(match, rules.months)
        elif line.reason is not None:
            continue
        elif text.rstrip(":| ").casefold() in rules.labels:
            line.reason = "section_label"
        elif title_open and meta_title and same_title(text, meta_title):
            line.reason, title_open = "title", False
        elif title_open and not meta_title and has_body and kicker is None and kicker_like(text):
            kicker = line  # a short topic line ("Syrien-Krieg") may stand above the headline
        elif title_open and not meta_title and has_body and title_like(text):
            line.reason, title, title_open = "title", text, False
            if kicker is not None:
                kicker.reason = "kicker"
        else:
            title_open = False
    if title is None and kicker is not None and title_like(raw[kicker.start : kicker.end]):
        kicker.reason, title = "title", raw[kicker.start : kicker.end]  # a short headline after all
    return title, dateline, iso


def _head_window(lines: list[_Line], raw: str) -> tuple[list[_Line], bool]:
    """The lines up to and including the first kept prose paragraph, and whether there is one."""
    window, kept = [], 0
    for line in lines:
        window.append(line)
        if line.reason is not None:
            continue
        kept += 1
        if prose(raw[line.start : line.end]):
            return window, True
        if kept >= _HEAD_LINES:
            break
    return window, False


def _dateline_match(text: str, rules: _Rules) -> re.Match[str] | None:
    for pattern in rules.datelines:
        match = pattern.fullmatch(text)
        if match:
            return match
    return None


def _parse_date(match: re.Match[str], months: Mapping[str, int]) -> str | None:
    """ISO date of a dateline match, or None when it is not a real calendar day."""
    name = match["month"]
    month = int(name) if name.isdigit() else months.get(name.casefold().rstrip("."))
    try:
        return dt.date(int(match["year"]), month or 0, int(match["day"])).isoformat()
    except ValueError:
        return None


def _mark_captions(lines: list[_Line], raw: str, image_rules: frozenset[str]) -> None:
    """Drop picture captions: short kept lines next to an image file name or photo credit.

    A line is a caption when (a) a credit was cut from it, or (b) a picture line
    sits directly above or below it in the same paragraph, and it does not end
    like prose; or (c) picture lines frame it on both sides.
    """
    is_image = [line.reason in image_rules for line in lines]
    for i, line in enumerate(lines):
        before = i > 0 and is_image[i - 1]
        after = i + 1 < len(lines) and is_image[i + 1]
        credited = any(rule in image_rules for _, _, rule in line.cuts)
        if line.reason is not None or not (before or after or credited) or line.end - line.start > _CAPTION_MAX:
            continue
        touching = (before and lines[i - 1].block == line.block) or (
            after and lines[i + 1].block == line.block)
        prose_end = ends_like_prose(raw[line.start : line.end])
        if ((credited or touching) and not prose_end) or (before and after):
            line.reason, line.end, line.cuts = "caption", line.stop, []


def _assemble(raw: str, lines: list[_Line]) -> tuple[str, list[tuple[int, int, int]], list[RemovedSpan]]:
    """Build the clean text, its segments into ``raw`` and the removed spans.

    Kept lines of one paragraph are joined by "\\n", paragraphs by "\\n\\n";
    a separator is copied from ``raw`` when ``raw`` has exactly it there.
    """
    out: list[str] = []
    segments: list[list[int]] = []
    removed: list[RemovedSpan] = []
    cursor, length, last_end, last_block = 0, 0, -1, None
    for start, end, reason, block in _pieces(lines):
        gap = raw[cursor:start]
        if reason is not None:
            _drop_whitespace(removed, raw, cursor, start)
            removed.append(RemovedSpan(start, end, reason, raw[start:end]))
        else:
            sep = "" if last_block is None else "\n" if block == last_block else "\n\n"
            if segments and gap == sep and last_end == cursor:
                segments[-1][2] += len(sep) + end - start
            else:
                _drop_whitespace(removed, raw, cursor, start)
                segments.append([length + len(sep), start, end - start])
            out += (sep, raw[start:end])
            length += len(sep) + end - start
            last_end, last_block = end, block
        cursor = end
    _drop_whitespace(removed, raw, cursor, len(raw))
    return "".join(out), [tuple(seg) for seg in segments], removed


def _pieces(lines: list[_Line]) -> Iterable[tuple[int, int, str | None, int]]:
    """(start, end, reason or None for kept, block) for every piece of every line, in order."""
    for line in lines:
        if line.reason is not None:
            yield line.start, line.stop, line.reason, line.block
            continue
        yield line.start, line.end, None, line.block
        for start, end, rule in line.cuts:
            yield start, end, rule, line.block


def _drop_whitespace(removed: list[RemovedSpan], raw: str, start: int, end: int) -> None:
    if end > start:
        removed.append(RemovedSpan(start, end, "whitespace", raw[start:end]))
