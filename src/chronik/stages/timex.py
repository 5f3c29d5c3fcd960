"""Stage ``timex``: find time expressions and normalise them to TIMEX3.

How it works (all language knowledge in ``lang/<xx>/timex.yaml``):

1. Every rule of the YAML is a regular expression assembled from the
   vocabulary ({month}, {weekday}, {num}, {unit}, {rel}, …), compiled once per
   process (:meth:`Context.compiled`).  Matching is case-insensitive, on word
   boundaries, and never inside a hyphenated compound ("MIP-Montag").
2. All matches of all rules are collected; the longest win, then the
   earliest, then the rule listed first, and no two overlap.  Rules of kind
   ``block`` win matches that are not time expressions ("ab 16 Jahren").
3. In text order each kept match is resolved by the resolver of its rule's
   ``kind`` (:mod:`chronik.stages.timex_resolve`), which reads the match's
   named groups.  Relative expressions are anchored on ``article.published``
   or, for narrative shifts, on the last date mentioned; bare weekdays and
   dates without a year take the past or the future by the tense cue nearest
   to them in their clause (no cue: the past for weekdays, the nearest date
   for dates).  A preposition in the vocabulary's ``signal`` class right
   before a DATE or TIME ("vor", "nach") sets its mod (BEFORE/AFTER) and
   stays outside the extent.

Without a day-precise publication date, values that would need it are
underspecified (``XXXX-XX-XX``, ``XXXX-10``, ``heute`` -> ``PRESENT_REF``);
durations, sets, years and full dates are unaffected.  A year-less date is then
placed only by a date of its own or the previous sentence (a year named further
back is background), and a date in a clause with a ``non_anchoring`` cue ("wurde
1995 geboren") places no later date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from chronik.context import Context
from chronik.errors import ResourceError
from chronik.model import Article, Precision, Sentence, TimeEx
from chronik.resources import LanguageData
from chronik.stages.timex_resolve import RESOLVERS
from chronik.stages.timex_state import Anchor, Hit

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_CLAUSE_END = re.compile(r"[:;](?=\s)")  # not the colon of "8:30"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled rules and lookup tables of one language (all keys lower case)."""

    rules: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, pattern) by priority, for lower-case text
    rules_any_case: tuple[tuple[str, re.Pattern[str]], ...]  # the same, case-insensitive
    vocab: dict[str, dict[str, Any]]
    numbers: dict[str, Any]
    units: dict[str, tuple[str, bool]]
    months: dict[str, int]
    weekdays: dict[str, int]
    future: re.Pattern[str]
    past: re.Pattern[str]
    signal: re.Pattern[str]
    #: A date whose clause holds one of these ("wurde 1995 geboren") is a person's, not the story's time.
    non_anchoring: re.Pattern[str] | None = None
    #: A perfect infinitive right before a future cue ("angegriffen haben soll"): the cluster tells a past act.
    perfect: re.Pattern[str] | None = None
    #: A word right before a time expression that puts it in the past whatever the tense ("seit Juli").
    past_before: re.Pattern[str] | None = None
    #: A word right before a time expression and a word of its sentence that make it a new date set ahead
    #: ("auf April verschoben"): it lies after the anchor.
    postponed_before: re.Pattern[str] | None = None
    postponed_words: re.Pattern[str] | None = None
    #: A word right before a time expression that sets it ahead whatever the tense ("hat für Mittwoch eingeladen").
    future_before: re.Pattern[str] | None = None
    #: An article before that word opens a noun's attribute ("das für Sonntag angesetzte Treffen"): the tense decides.
    attribute_openers: re.Pattern[str] | None = None
    #: A past form in the clause of such a time ("Das Treffen war für Mittwoch angesetzt"): the tense decides.
    narrative_past: re.Pattern[str] | None = None
    #: Words right before a time expression that make it part of a title ("der Welt am Sonntag"): no time.
    title_before: re.Pattern[str] | None = None


def _before_pattern(words: list[str] | None) -> re.Pattern[str] | None:
    """A pattern of one of ``words`` right before a time expression (only spaces between); None for none."""
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})\s+$", re.IGNORECASE) if words else None


def _attribute_pattern(openers: list[str] | None, words: list[str] | None) -> re.Pattern[str] | None:
    """A pattern of one of ``openers`` then one of ``words`` right before a time expression; None for none."""
    if not openers or not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(openers)})\s+(?:{_alternation(words)})\s+$", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, inner spaces as ``\\s+``."""
    if not words:
        return "(?!)"
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _as_mapping(value: Any) -> dict[str, Any]:
    """A vocabulary class as a mapping (a plain list maps each word to itself)."""
    if isinstance(value, dict):
        return {str(k).lower(): v for k, v in value.items()}
    return {str(w).lower(): str(w).lower() for w in value}


def _classes(lang: LanguageData, vocab: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Placeholder name -> alternation, for every vocabulary class and the calendar."""
    months = lang.get("calendar", "months")
    classes = {name: _alternation(list(words)) for name, words in vocab.items()}
    classes["month"] = _alternation(list(months))
    # an abbreviation is a prefix of another name of the same month ("sept" of "september")
    abbrs = [m for m in months if any(o != m and o.startswith(m) and months[o] == months[m] for o in months)]
    classes["month_long"] = _alternation([m for m in months if m not in abbrs])
    classes["month_abbr"] = _alternation(abbrs)
    classes["weekday"] = _alternation(list(lang.get("calendar", "weekdays")))
    units = lang.get("timex", "units")
    classes["unit"] = _alternation(list(units))
    classes["unit_plural"] = _alternation([u for u, (_, plural) in units.items() if plural])
    number_words = [str(k) for k in lang.get("timex", "numbers")]
    classes["num"] = r"(?<![\d.,])\d+(?:,\d+)?|" + _alternation(number_words)
    return classes


def _compile_rule(spec: dict[str, Any], classes: dict[str, str], flags: int = 0) -> re.Pattern[str]:
    """The rule's pattern with placeholders filled, bounded by non-word characters.

    Unless ``spec["glued"]``, the match must not be glued by a hyphen to a
    letter on either side (a part of a compound such as "MIP-Montag").
    """
    filled = _PLACEHOLDER.sub(lambda m: f"(?:{classes[m.group(1)]})", spec["pattern"])
    if spec.get("glued"):
        return re.compile(rf"(?<!\w)(?:{filled})(?!\w)", flags)
    return re.compile(rf"(?<!\w)(?<![^\W\d_]-)(?:{filled})(?!\w)(?!-[^\W\d_])", flags)


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.IGNORECASE)


def _check_rules(lang: LanguageData, classes: dict[str, str]) -> None:
    """Raise ResourceError naming the rule whose kind, placeholder or pattern is wrong."""
    for name, spec in lang.get("timex", "rules").items():
        where = f"timex.yaml ({lang.code}): rule {name!r}"
        spec = spec if isinstance(spec, dict) else {}
        if spec.get("kind") not in RESOLVERS or not isinstance(spec.get("pattern"), str):
            raise ResourceError(f"{where} needs a known kind and a pattern")
        unknown = set(_PLACEHOLDER.findall(spec["pattern"])) - set(classes)
        if unknown:
            raise ResourceError(f"{where} uses unknown classes {sorted(unknown)}")
        try:
            _compile_rule(spec, classes)
        except re.error as exc:
            raise ResourceError(f"{where} is not a valid pattern: {exc}") from None


def build_lexicon(lang: LanguageData) -> Lexicon:
    """Compile the timex rules of ``lang`` (requires validated timex/calendar data).

    Raises ResourceError for a rule with an unknown kind or placeholder or an invalid pattern.
    """
    vocab = {name: _as_mapping(words) for name, words in lang.get("timex", "vocabulary").items()}
    classes = _classes(lang, vocab)
    _check_rules(lang, classes)
    specs = lang.get("timex", "rules").values()
    rules = tuple((spec["kind"], _compile_rule(spec, classes)) for spec in specs)
    any_case = tuple((spec["kind"], _compile_rule(spec, classes, re.IGNORECASE)) for spec in specs)
    units = {k.lower(): (v[0], bool(v[1])) for k, v in lang.get("timex", "units").items()}
    cues = lang.get("timex", "cues")
    signal = re.compile(rf"(?<!\w)({_alternation(list(vocab.get('signal', {})))})\s+$", re.IGNORECASE)
    return Lexicon(rules, any_case, vocab, _as_mapping(lang.get("timex", "numbers")), units,
                   _as_mapping(lang.get("calendar", "months")), _as_mapping(lang.get("calendar", "weekdays")),
                   _cue_pattern(cues.get("future", [])), _cue_pattern(cues.get("past", [])), signal,
                   _cue_pattern(cues["non_anchoring"]) if cues.get("non_anchoring") else None,
                   re.compile(rf"(?<!\w)(?:{_alternation(cues['perfect_infinitives'])})\s*$", re.IGNORECASE)
                   if cues.get("perfect_infinitives") else None,
                   _before_pattern(cues.get("past_before")), *_postponed(cues.get("postponed_to") or {}),
                   _before_pattern(cues.get("future_before")),
                   _attribute_pattern(cues.get("attribute_openers"), cues.get("future_before")),
                   _cue_pattern(cues["narrative_past"]) if cues.get("narrative_past") else None,
                   _before_pattern(cues.get("title_before")))


def _postponed(spec: dict) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of ``cues.postponed_to``: its ``before`` words right before a time expression, and its
    ``words`` anywhere; (None, None) when either list is empty."""
    if not spec.get("before") or not spec.get("words"):
        return None, None
    return _before_pattern(spec["before"]), _cue_pattern(spec["words"])


def timex(article: Article, ctx: Context) -> Article:
    """Tag and normalise the time expressions of ``article.text``.

    Requires ``article.text`` and ``article.sentences`` (segment stage);
    reads ``article.published`` (may be None; only a day-precise date is
    used as the anchor) and ``article.lang``.  Sets
    ``article.timexes``: TimeEx with offsets into ``article.text``, sorted by
    start, non-overlapping, each with type DATE/TIME/DURATION/SET and a value.
    """
    lex = ctx.compiled("timex", ctx.lang(article.lang), build_lexicon)
    published = article.published
    dct = published.start if published is not None and published.precision == Precision.DAY else None
    article.timexes = tag(article.text, article.sentences, lex, Anchor(dct))
    return article


def tag(text: str, sentences: list[Sentence], lex: Lexicon, anchor: Anchor) -> list[TimeEx]:
    """The TimeEx of ``text`` (see :func:`timex`); ``anchor`` is updated as the text is read."""
    starts = [s.start for s in sentences]
    found = []
    for kind, match in select(text, lex):
        if _right_before(lex.title_before, text, match, 24):
            continue  # "sagte er der Welt am Sonntag": a newspaper's name
        index = max(bisect_right(starts, match.start()) - 1, 0)
        anchor.sentence = index
        sentence = sentences[index] if sentences else None
        hit = Hit(_groups(match), lex, _direction(text, sentence, match, lex))
        kept = replace(anchor) if _non_anchoring(text, sentence, match, lex) or _since(text, match, lex) else None
        try:
            result = RESOLVERS[kind](hit, anchor)
        except (ValueError, OverflowError):  # a date outside the calendar (year 0, 10000)
            result = None
        if kept is not None:
            anchor = kept  # a birth year sets no year for the story's dates after it
        if result is not None:
            found.append(_timex(text, match, result, lex))
    return found


def _non_anchoring(text: str, sentence: Sentence | None, match: re.Match[str], lex: Lexicon) -> bool:
    """True when the comma-delimited clause of ``match`` holds a ``non_anchoring`` cue of timex.yaml ("Der
    Franzose wurde 1995 geboren"): the date is a person's, and the dates after it keep their anchor."""
    if lex.non_anchoring is None or sentence is None:
        return False
    start = max(text.rfind(",", sentence.start, match.start()) + 1, sentence.start)
    comma = text.find(",", match.end(), sentence.end)
    end = comma if comma >= 0 else sentence.end
    return lex.non_anchoring.search(text, start, end) is not None


def select(text: str, lex: Lexicon) -> list[tuple[str, re.Match[str]]]:
    """Matches of all rules: longest first, then earliest, then rule order; no overlaps.

    Guarantees the returned matches are sorted by start and disjoint, with
    offsets into ``text``.  Matching runs on the lower-cased text (much
    faster than case-insensitive patterns) unless lower-casing changes its
    length; the matched groups are therefore lower case.
    """
    folded = text.lower()
    rules = lex.rules if len(folded) == len(text) else lex.rules_any_case
    subject = folded if rules is lex.rules else text
    candidates = [(m.start() - m.end(), m.start(), order, kind, m)
                  for order, (kind, pattern) in enumerate(rules) for m in pattern.finditer(subject)]
    candidates.sort(key=lambda c: c[:3])
    taken: list[tuple[int, int]] = []
    chosen = []
    for _, start, _, kind, match in candidates:
        end = match.end()
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            chosen.append((kind, match))
    chosen.sort(key=lambda c: c[1].start())
    return chosen


def _groups(match: re.Match[str]) -> dict[str, str]:
    """Named groups that took part, lower-cased with single spaces."""
    return {k: " ".join(v.lower().split()) for k, v in match.groupdict().items() if v is not None}


def _right_before(pattern: re.Pattern[str] | None, text: str, match: re.Match[str], reach: int) -> bool:
    """``pattern`` (one of the lexicon's optional ``…_before`` patterns) matches in the ``reach`` characters
    right before the time expression of ``match``; False without a pattern."""
    start = match.start()
    return pattern is not None and pattern.search(text, max(0, start - reach), start) is not None


def _since(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """A ``past_before`` word stands right before the time expression of ``match`` ("In Syrien tobt seit 2011
    ein Bürgerkrieg"): the start of a lasting state, which sets no year for the story's dates after it."""
    return _right_before(lex.past_before, text, match, 16)


def _direction(text: str, sentence: Sentence | None, match: re.Match[str], lex: Lexicon) -> int:
    """Whether the time expression of ``match`` lies before (-1) or after (+1) the anchor, or either (0): past
    after a ``past_before`` word ("Seit Juli fliegt Russland Luftangriffe": last July, though the verb is
    present), ahead after a ``future_before`` word ("hat Erdogan für Mittwoch eingeladen") or as the new date of
    something put off (:func:`_postponed_to`), else the tense of its clause (:func:`_tense`)."""
    if _since(text, match, lex):
        return -1
    if _set_for(text, sentence, match, lex) or _postponed_to(text, sentence, match, lex):
        return 1
    return _tense(text, sentence, match.start(), lex)


def _set_for(text: str, sentence: Sentence | None, match: re.Match[str], lex: Lexicon) -> bool:
    """A ``future_before`` word stands right before the time expression of ``match``, outside a noun's attribute
    and a clause told in a past form ("hat Erdogan für Mittwoch eingeladen": the day the act is set for lies
    ahead; "das für Sonntag angesetzte Treffen fand statt", "Das Treffen war für Mittwoch angesetzt" go by the
    tense)."""
    return _right_before(lex.future_before, text, match, 16) and not _right_before(lex.attribute_openers, text, match, 32) \
        and not _narrated_past(text, sentence, match, lex)


def _narrated_past(text: str, sentence: Sentence | None, match: re.Match[str], lex: Lexicon) -> bool:
    """A ``narrative_past`` word stands in the comma-delimited clause of ``match`` in its sentence."""
    if lex.narrative_past is None or sentence is None:
        return False
    start = text.rfind(",", sentence.start, match.start()) + 1 or sentence.start
    end = text.find(",", match.end(), sentence.end)
    return lex.narrative_past.search(text, start, sentence.end if end < 0 else end) is not None


def _postponed_to(text: str, sentence: Sentence | None, match: re.Match[str], lex: Lexicon) -> bool:
    """The time expression of ``match`` is the new date of something put off ("Das Treffen wurde auf April
    verschoben", "Die EU vertagte die Entscheidung auf März"): a ``postponed_to.before`` word right before it and
    a ``postponed_to.words`` word in its sentence.  Requires the sentence around the match (False without)."""
    if sentence is None or lex.postponed_words is None:
        return False
    return _right_before(lex.postponed_before, text, match, 12) \
        and lex.postponed_words.search(text, sentence.start, sentence.end) is not None


def _tense(text: str, sentence: Sentence | None, position: int, lex: Lexicon) -> int:
    """The tense cue nearest ``position`` in its clause: +1 future, -1 past, 0 none.

    The clause is the part of ``sentence`` between colons/semicolons (followed
    by a space) around ``position`` ("… kam sie nicht: Sie gastiert am 9. Dezember").
    """
    if sentence is None:
        return 0
    start, end = sentence.start, sentence.end
    for mark in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
        if mark.start() < position:
            start = mark.end()
        else:
            end = mark.start()
            break
    best, tense = None, 0
    for cue_start, sign in _finite_cues(text, start, end, lex):
        distance = abs(cue_start - position)
        if best is None or distance < best:
            best, tense = distance, sign
    return tense


def _finite_cues(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """(offset, +1 future / -1 past) of the tense cues in ``text[start:end]``, leaving out a cue that the
    next word, another cue, follows: the verb cluster ends a subordinate clause with its finite verb,
    which carries the tense ("die nicht ausgeführt werden konnten": past, not future), except that a future
    cue right after a perfect infinitive, or one whose clause a perfect infinitive closes, is past ("der
    Soldaten angegriffen haben soll", "soll am Samstag Soldaten angegriffen haben": a claimed past act)."""
    cues = sorted((m.start(), m.end(), sign) for pattern, sign in ((lex.future, 1), (lex.past, -1))
                  for m in pattern.finditer(text, start, end))
    kept = []
    for k, (cue_start, cue_end, sign) in enumerate(cues):
        following = cues[k + 1][0] if k + 1 < len(cues) else None
        if following is None or text[cue_end:following].strip():
            perfect = sign == 1 and lex.perfect is not None and (
                lex.perfect.search(text, max(start, cue_start - 12), cue_start)
                or lex.perfect.search(text, cue_end, _clause_close(text, cue_end, end)))
            kept.append((cue_start, -1 if perfect else sign))
    return kept


def _clause_close(text: str, position: int, end: int) -> int:
    """Offset of the first clause mark (comma, colon, semicolon, full stop) in ``text[position:end]``, else ``end``."""
    found = _CLAUSE_MARK.search(text, position, end)
    return found.start() if found else end


_CLAUSE_MARK = re.compile(r"[,;:.!?]")


def _timex(text: str, match: re.Match[str], result: tuple[str, str, str | None], lex: Lexicon) -> TimeEx:
    """The TimeEx of a resolved match: extent = group ``x`` or the whole match."""
    type_, value, mod = result
    start, end = match.span("x") if "x" in match.groupdict() and match.group("x") else match.span()
    if mod is None and type_ in ("DATE", "TIME"):
        signal = lex.signal.search(text, max(0, start - 20), start)
        if signal is not None:
            mod = lex.vocab["signal"].get(signal.group(1).lower())
    return TimeEx(start, end, type_, value, mod)
