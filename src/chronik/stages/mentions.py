"""Stage ``mentions``: persons, organisations, states and places in the text, with offsets.

Requires ``segment`` (sentences with tokens).  Sets ``article.mentions``,
in text order, never overlapping.  What finds a mention, in order of trust:

1. the knowledge base (names, surnames, genitives, metonyms, demonyms);
2. GeoNames' cities and the KB's places (ambiguity kept as candidates);
3. first names followed by name-like words ("Michail Bogdanow");
4. titles and roles followed by a name ("Kremlsprecher Dmitri Peskow");
   without a name they become descriptions (DESC) resolved later
   ("der syrische Machthaber", "der Kremlchef");
5. state adjectives with group nouns ("die russische Armee": GROUP);
6. organisation-like endings ("Freie Syrische Armee", "Universität Gießen"),
   club prefixes ("FC Carl Zeiss Jena"), acronyms, and abbreviations defined
   in the text ("Hayat Tahrir al-Sham (HTS)");
7. place shapes ("Bad Schussenried", "Knoopstraße", "Nordhessen", "Leipzigs",
   "Schwabacher Straße"; :mod:`chronik.stages.mention_shapes`);
8. remaining runs of name-like words, typed by their context: a cue before
   ("Kanton", "in", "Herr"), "sagte" after, a finite verb after a name that
   opens a clause ("Kolb war"), a genitive before a noun ("Zabels
   Entscheidung"), a name joined by "und" to one just found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.context import Context
from chronik.kb.base import KnowledgeBase
from chronik.kb.geo import GeoIndex, load_kb_and_places
from chronik.kb.lexicon import NAME, OTHER, Lexicon
from chronik.model import Article, Mention, Sentence
from chronik.resources import LanguageData
from chronik.stages.mention_anaphora import alliance_rule, equipment_rule
from chronik.stages.mention_context import (
    kind_from_context,
    opening_surname,
    people_named,
)
from chronik.stages.mention_country import country_description_rule
from chronik.stages.mention_creditors import creditor_rule
from chronik.stages.mention_crowds import counting_quantifier_rule
from chronik.stages.mention_cues import Cues, Office, build_cues, is_acronym, is_capitalised
from chronik.stages.mention_evidence import checked
from chronik.stages.mention_fighters import fighting_group_rule
from chronik.stages.mention_gazetteer import gazetteer_rule, named_place, place_context
from chronik.stages.mention_groups import (
    abbreviation_after,
    acronym_rule,
    adjective_group_rule,
    country_before,
    group_country_after,
    group_rule,
    organisation_rule,
)
from chronik.stages.mention_linking import (
    office_holders,
    other_person_surname,
    place_inside_run,
    sports_side,
    title_sector,
    unseen_family_name,
)
from chronik.stages.mention_names import (
    INITIAL,
    before_initial,
    followed_by_name,
    name_end,
    starts_other_name,
)
from chronik.stages.mention_shapes import (
    adjective_place_rule,
    counted_people,
    org_prefix_rule,
    place_prefix_rule,
    place_word_rule,
)
from chronik.stages.reference_years import period_day, text_period

_KIND_OF_ENTRY = {"person": "PER", "state": "STATE", "organisation": "ORG", "place": "LOC"}


@dataclass(slots=True)
class Resources:
    """Everything the mentions and resolve stages load once per process and language."""

    kb: KnowledgeBase
    geo: GeoIndex
    lexicon: Lexicon
    cues: Cues
    lang: str = "de"


def resources(ctx: Context, lang: LanguageData) -> Resources:
    """The KB, GeoNames index, lexicon and cues for ``lang``, built once per Context."""

    def build(lang: LanguageData) -> Resources:
        lexicon = Lexicon(lang.code, tuple(lang.data["names"]["noun_suffixes"]))
        kb, geo = load_kb_and_places(lang, ctx.settings, lexicon)
        return Resources(kb, geo, lexicon, build_cues(lang), lang.code)

    return ctx.compiled("actor_resources", lang, build)


def mentions(article: Article, ctx: Context) -> Article:
    """Find the mentions of every sentence of ``article`` (see the module docstring)."""
    res = resources(ctx, ctx.lang(article.lang))
    memory = _ArticleMemory()
    found = [m for sentence in article.sentences for m in find_mentions(article.text, sentence, res, memory)]
    article.mentions = checked(article, found, res, memory.full_names, period_day(text_period(article, ctx)))
    return article


#: The office of titles whose holders the knowledge base does not list (advisers, envoys, mayors …).
_UNLISTED_OFFICE = "official"


@dataclass(slots=True)
class _ArticleMemory:
    """What earlier sentences of the article taught: defined abbreviations, names seen."""

    abbreviations: dict[str, Mention] = field(default_factory=dict)
    full_names: set[str] = field(default_factory=set)
    person_words: set[str] = field(default_factory=set)  # last words of the persons found so far
    unknown_surnames: set[str] = field(default_factory=set)  # last words of full names the KB does not know
    office_countries: dict[str, str] = field(default_factory=dict)  # an office held by someone not yet named → his country


@dataclass(slots=True)
class _Scan:
    """One sentence being scanned: its words and offsets, and what was found so far."""

    text: str
    sentence: Sentence
    words: list[str]
    res: Resources
    memory: _ArticleMemory
    out: list[Mention] = field(default_factory=list)

    def mention(self, i: int, j: int, kind: str, how: str, **attrs: object) -> Mention:
        tokens = self.sentence.tokens
        start, end = tokens[i].start, tokens[j - 1].end
        found = Mention(start, end, kind, self.text[start:end], self.sentence.index, how, **attrs)
        self.out.append(found)
        if kind == "PER" and j - i > 1:
            self.memory.person_words.add(self.words[j - 1])
        if kind == "PER" and not attrs.get("candidates") and (j - i > 1 or how == "title"):
            self.memory.unknown_surnames.add(self.words[j - 1])
        return found


def find_mentions(text: str, sentence: Sentence, res: Resources, memory: _ArticleMemory | None = None) -> list[Mention]:
    """The mentions of one sentence of ``text`` (tokens from ``segment``)."""
    words = [text[t.start : t.end] for t in sentence.tokens]
    scan = _Scan(text, sentence, words, res, memory or _ArticleMemory())
    i = 0
    while i < len(words):
        i = _step(scan, i)
    return sorted(scan.out, key=lambda m: m.start)


def _step(scan: _Scan, i: int) -> int:
    """Try every rule at word ``i``; return where scanning goes on."""
    for rule in _RULES:
        j = rule(scan, i)
        if j > i:
            abbreviation_after(scan, j)
            return j
    return i + 1


def _knowledge_base(scan: _Scan, i: int) -> int:
    kb, words = scan.res.kb, scan.words
    for n in range(min(kb.starts.get(words[i], 0), len(words) - i), 0, -1):
        forms = kb.phrases.get(tuple(words[i : i + n]))
        if forms and forms[0].how == "metonym" and i > 0 and (place_context(scan, i - 1) or _place_conjunct(scan, i)) \
                and not _voiced(scan, i):
            return i  # "in Moskau", "die Stadt Paris", "in Paris und Brüssel": the place, not the government
        if forms and sports_side(scan, i, n, forms):
            scan.mention(i, i + n, "LOC", "sport")  # "Frankreichs Meister": a team's country, no actor
            return i + n
        if forms and n == 1 and (_first_name_of_other(scan, i, forms) or other_person_surname(scan, i, forms)
                                 or before_initial(scan, i) or unseen_family_name(scan, forms)):
            return i  # "Charles Messier": not Prince Charles; "Salah A.": a first name and an initial
        if forms and n == 1 and counted_people(scan, i, forms):
            forms = tuple(f for f in forms if f.how == "demonym")  # "zehntausende Ungarn": the people
        if forms and _plausible(scan, i, n, forms):
            entries = [kb.entries[f.entry_id] for f in forms]
            kind = _KIND_OF_ENTRY[entries[0].kind]
            how = forms[0].how
            country = None
            if kind == "STATE" and how == "demonym":
                kind, country = "GROUP", entries[0].extra["iso3"]  # "die Russen": Russia's people
            if kind == "PER" and (how in ("name", "genitive") or _titled(scan, i)):
                scan.memory.full_names.update(e.id for e in entries)  # "Außenminister Kurz … Kurz forderte"
            ids = [f"kb:{e.id}" if e.kind == "place" else e.id for e in entries]
            start = i + 1 if n > 1 and words[i].lower() in scan.res.cues.determiners else i  # "die Grünen": "Grünen"
            scan.mention(start, i + n, kind, f"kb:{how}", candidates=tuple(dict.fromkeys(ids)), country=country)
            return i + n
    if words[i] in scan.memory.abbreviations:
        known = scan.memory.abbreviations[words[i]]
        scan.mention(i, i + 1, known.kind, "abbreviation", candidates=known.candidates,
                     country=known.country, sector=known.sector, title=known.text)
        return i + 1
    return i


def _voiced(scan: _Scan, i: int) -> bool:
    """``words[i]`` follows a voice noun and an origin preposition ("die Kritik aus Brüssel"): who voiced it."""
    cues = scan.res.cues
    return i > 1 and scan.words[i - 1].lower() in cues.origin_preps and scan.words[i - 2] in cues.voice_nouns


def _plausible(scan: _Scan, i: int, n: int, forms: tuple) -> bool:
    """A one-word surname or name that is also a common word ("Kurz", "Wagner" is fine)
    counts only after its full name or a title, or when the next word is capitalised."""
    if n > 1:
        return True
    word = scan.words[i]
    if not is_capitalised(word):
        return word.islower() and not scan.res.lexicon.listed_common(word)  # "dpa", "n-tv": written so in the KB
    if i > 0 and scan.words[i - 1].lower() in scan.res.cues.determiners and all(f.how == "surname" for f in forms):
        return False  # "der Song", "eine Rinne": common nouns, not Mr Song or Ms Rinne
    if is_acronym(word) or not scan.res.lexicon.listed_common(word) or all(f.how == "demonym" for f in forms):
        return True  # "die Russen": a demonym is a noun and a group
    kb = scan.res.kb
    if len(word) >= 8 and all(kb.entries[f.entry_id].kind == "organisation" for f in forms):
        return True  # "Bundeswehr", "Bundesbank": long names of institutions the lexicon lists as nouns
    seen = any(f.entry_id in scan.memory.full_names for f in forms)
    return seen or _titled(scan, i) or _capitalised_inside(scan, i) or opening_surname(scan, i, forms)


def _capitalised_inside(scan: _Scan, i: int) -> bool:
    """"forderten von Kurz eine Entschuldigung", "warf Hofer vor": inside a sentence, after a word, only a
    name is capitalised where the lexicon knows the word as neither a noun nor a name (an adjective,
    adverb or verb form); at a sentence's or quotation's start it may be the common word ("Kurz darauf")."""
    return i > 0 and scan.words[i - 1][:1].isalnum() and scan.res.lexicon.word_class(scan.words[i]) == OTHER


def _place_conjunct(scan: _Scan, i: int) -> bool:
    """Word ``i`` follows a coordinator right after a place found in this sentence ("in Paris und Brüssel"):
    it is a place too."""
    if i < 2 or scan.words[i - 1].lower() not in scan.res.cues.coordinators or not scan.out:
        return False
    last = scan.out[-1]
    return last.kind == "LOC" and last.end == scan.sentence.tokens[i - 2].end


def _titled(scan: _Scan, i: int) -> bool:
    """A title stands right before word ``i`` ("Außenminister Kurz"): the name is as good as a full name."""
    return i > 0 and scan.res.cues.title_at(scan.words, i - 1) is not None


def _first_name_of_other(scan: _Scan, i: int, forms: tuple) -> bool:
    """True when a KB surname is a first name followed by an unknown surname ("Charles Messier", "Abe Lucas")."""
    after, listed = scan.words[min(i + 1, len(scan.words) - 1)], scan.words[i] in scan.res.cues.first_names
    known = not listed and ("-" in after or (after,) in scan.res.kb.phrases)  # "Putin Assad", "Tsipras Syriza-Partei"
    return not (any(f.how != "surname" for f in forms) or known) and followed_by_name(scan, i + 1)


def _first_name(scan: _Scan, i: int) -> int:
    """A first name (or an initial, "A. Wiegemann") and the surname after it ("Peter Stein",
    "Ole von Beust"); a run ending like an organisation is one ("Matthew Humberstone School")."""
    words = scan.words
    if words[i] not in scan.res.cues.first_names and not _initial_before_name(scan, i):
        return i
    j = name_end(scan, i + 1, lenient=True, after_first=True)
    if j == i + 1 and (scan.res.lexicon.word_class(words[i]) != NAME or (i == 0 and words[i] in scan.res.cues.stopwords)
                       or named_place(scan, i)):
        return i
    if j > i + 1 and scan.res.cues.is_org_name_end(words[j - 1]):
        scan.mention(i, j, "ORG", "org_suffix")
        return j
    scan.mention(i, j, "PER", "first_name", candidates=people_named(scan, i, j))
    return j


def _initial_before_name(scan: _Scan, i: int) -> bool:
    """"A. Wiegemann": an initial with its dot before a name-like word."""
    word = scan.words[i]
    if not (word.endswith(".") and INITIAL.fullmatch(word) and i + 1 < len(scan.words)):
        return False
    after = scan.words[i + 1]
    return is_capitalised(after) and after not in scan.res.cues.stopwords and not scan.res.lexicon.listed_common(after)


def _title(scan: _Scan, i: int) -> int:
    found = scan.res.cues.title_at(scan.words, i)
    if not found:
        return i
    office, j = found
    office = scan.res.cues.with_elided_prefix(office, scan.words, i)  # "EU-Staats- und Regierungschefs"
    country = office.country or country_before(scan, i) or group_country_after(scan, j)
    end = j if j >= len(scan.words) or starts_other_name(scan, j) else _name_end_after_title(scan, j)
    if end > j:
        people = office_holders(scan, office, j, end, people_named(scan, j, end))
        # "den russischen Botschafter … Botschafter Andrej Karlow": the unknown holder of an office the article
        # named before without a name, with its country
        described = scan.memory.office_countries.pop(office.office or "", None)
        country = country or (None if people else described)
        scan.mention(j, end, "PER", "title", country=country, sector=title_sector(office, country),
                     office=office.office, title=" ".join(scan.words[i:j]), candidates=people)
        if people:
            scan.memory.full_names.update(people)
        return end
    org = _org(office) or _organisation_after(scan, j)
    if country and (office.for_state or office.office == _UNLISTED_OFFICE):
        scan.memory.office_countries[office.office] = country  # envoys, officials: the KB lists no holders
    scan.mention(i, j, "DESC", "title", country=country, sector=office.sector, office=office.office,
                 title=" ".join(scan.words[i:j]), candidates=org)
    return j


def _name_end_after_title(scan: _Scan, j: int) -> int:
    """End of the name after a title: after a first name, a surname that is also a common word
    counts as after :func:`_first_name` ("Außenminister Sebastian Kurz"); so does a KB person's surname
    alone ("Verteidigungsminister Klug": "klug" is an adjective)."""
    if scan.words[j] in scan.res.cues.first_names:
        return max(name_end(scan, j + 1, lenient=True, after_first=True), j + 1)
    end = name_end(scan, j)
    kb = scan.res.kb
    surname = is_capitalised(scan.words[j]) and any(kb.entries[f.entry_id].kind == "person" for f in kb.phrases.get((scan.words[j],), ()))
    alone = j + 1 >= len(scan.words) or not is_capitalised(scan.words[j + 1])  # not "Präsidentin Park Geun-hye"
    return j + 1 if end == j and surname and alone else end


def _organisation_after(scan: _Scan, j: int) -> tuple[str, ...]:
    """"Mitglied des Politbüros von HTS": the organisation (or state) a title belongs to."""
    words, kb = scan.words, scan.res.kb
    if j + 1 >= len(words) or words[j] not in scan.res.cues.belongs_to:
        return ()
    for n in range(min(kb.max_len, len(words) - j - 1), 0, -1):
        forms = kb.phrases.get(tuple(words[j + 1 : j + 1 + n]), ())
        ids = [f.entry_id for f in forms if kb.entries[f.entry_id].kind in ("organisation", "state")]
        if ids:
            return (ids[0],)
    return ()


def _org(office: Office) -> tuple[str, ...]:
    return (office.org,) if office.org else ()


def _pronoun(scan: _Scan, i: int) -> int:
    word = scan.words[i]
    if word.lower() not in scan.res.cues.pronouns or (word != word.lower() and i > 0):
        return i
    scan.mention(i, i + 1, "PRON", "pronoun", title=scan.res.cues.pronouns[word.lower()])
    return i + 1


def _name_run(scan: _Scan, i: int) -> int:
    """Name-like capitalised words not explained otherwise, typed by their context."""
    words, cues = scan.words, scan.res.cues
    if i == 0 and words[0] in cues.stopwords:
        return i
    before = words[i - 1] if i > 0 else ""
    cued = cues.type_cued(before) if is_capitalised(before) else None
    j = name_end(scan, i, lenient=cued in ("ORG", "LOC"))
    if j == i:
        return i
    inner = next((k for k in range(i + 1, j) if words[k] in cues.first_names), None)
    if inner is not None and cued not in ("ORG", "LOC"):
        return place_inside_run(scan, i, inner)  # "Landrat Heinz Seiffert": the person starts at the first name
    kind = cued or kind_from_context(scan, i, j)
    if not kind:
        return i
    scan.mention(i, j, kind, "shape", candidates=people_named(scan, i, j) if kind == "PER" else ())
    return j


_RULES = (_knowledge_base, org_prefix_rule, place_prefix_rule, _first_name, gazetteer_rule, place_word_rule, _title,
          counting_quantifier_rule, group_rule,
          creditor_rule, equipment_rule, alliance_rule,
          adjective_group_rule, fighting_group_rule, country_description_rule, organisation_rule, acronym_rule, _pronoun, adjective_place_rule,
          _name_run)
