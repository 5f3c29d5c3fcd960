"""The compiled cue lists of ``lang/<xx>/actors.yaml`` and ``names.yaml`` and the
lookups the mention finder makes with them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from chronik.kb.base import fold
from chronik.resources import LanguageData
from chronik.stages.segment import word_tokens

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}s?")
_ROMAN = re.compile(r"[IVXLC]+\.?")


@dataclass(frozen=True, slots=True)
class Office:
    """What a title or description says: office, sector, and the country or org if it names one."""

    office: str
    sector: str
    country: str | None = None
    org: str | None = None
    title: str = ""
    alone: bool = False  # the title names its sector without a country ("Innenminister", "Staatsanwalt")
    group: str = ""  # the key of its title group in actors.yaml ("regional_head")
    anaphoric: bool = False  # alone, the title is the last person named with a title of its group
    refers_to: tuple[str, ...] = ()  # further title groups an anaphoric title refers back to ("der Minister")
    for_state: bool = False  # an unnamed holder stands for the government of his state ("der russische Botschafter")
    counterpart: bool = False  # the same office as the person named before, in another state ("Amtskollege")


@dataclass(frozen=True, slots=True)
class Cues:
    """Everything the finder needs from the language data, as sets and dicts."""

    titles: dict[tuple[str, ...], Office]
    title_max_len: int
    title_heads: dict[str, Office]  # lower-case title forms, for compounds ("Kreml|sprecher")
    prefixes: dict[str, tuple[str | None, str | None]]
    descriptors: dict[str, Office]
    group_nouns: dict[str, str]
    compound_group_nouns: dict[str, str]  # heads that make a group only after "Person-"/"State-": "Assad-Gegner"
    org_suffixes: tuple[str, ...]
    org_heads: tuple[str, ...]  # the longer suffixes in lower case: heads of compounds ("Verteidigungsministerium")
    person_cues: frozenset[str]
    person_following: frozenset[str]
    place_prepositions: frozenset[str]
    pronouns: dict[str, str]
    stopwords: frozenset[str]
    first_names: frozenset[str]
    type_cues: dict[str, tuple[str, ...]]
    possessives: frozenset[str]
    place_context: frozenset[str]
    place_genitive: str
    belongs_to: frozenset[str]
    name_inner: frozenset[str]
    coordinators: frozenset[str]
    apposition: re.Pattern[str]  # the text between a name and a description beside it (", ein")
    in_place: re.Pattern[str]  # text ending in a preposition of place ("… in ", "… im ganzen ")
    joiners: frozenset[str]  # lower-case words inside a run of name words ("al", "de", "von")
    prefixes_of_names: tuple[str, ...]  # glued article prefixes ("al-", "el-")
    org_prefixes: frozenset[str] = frozenset()  # "FC", "TSV": a club's name follows
    place_prefixes: frozenset[str] = frozenset()  # "Bad", "St.", "Via": a place's name follows
    place_endings: tuple[str, ...] = ()  # "straße", "hütte": one-word names of places
    place_nouns: frozenset[str] = frozenset()  # "Straße" after an adjective in -er: "Schwabacher Straße"
    compass_prefixes: tuple[str, ...] = ()  # "Nord", "Ober": "Nordhessen", "Oberbayern"
    determiners: frozenset[str] = frozenset()
    common_acronyms: frozenset[str] = frozenset()  # "ISBN", "CHF": capitals that name no organisation
    org_tail_words: frozenset[str] = frozenset()  # "für": "Institut für Corporate Governance"
    group_adjectives: dict[str, str] | None = None  # inflected adjective → sector: "regierungsfeindliche" → REB
    group_heads: frozenset[str] = frozenset()  # nouns such adjectives make a group of: "Kräfte"
    compound_org_heads: frozenset[str] = frozenset()  # "Gipfel" in "EU-Gipfel": the organisation's body or meeting
    compound_target_heads: frozenset[str] = frozenset()  # "Stellungen" in "IS-Stellungen": what an attack hits of it
    compound_author_heads: frozenset[str] = frozenset()  # "Anschlag" in "Taliban-Anschlag": its author
    seat_prepositions: frozenset[str] = frozenset()  # "in" of "das Ministerium in Moskau": the capital's government
    country_descriptions: frozenset[tuple[str, ...]] = frozenset()  # ("in", "dem", "Bürgerkriegsland"), first word lower
    country_description_len: int = 1
    noun_inflections: tuple[str, ...] = ()  # "es", "s": "des Konzerns Kyocera"
    compound_links: tuple[str, ...] = ("",)  # "s" of "Liebe|s|kummer"
    infinitive_endings: tuple[str, ...] = ()  # "en", "ern": the lemma of a verb form ends so
    subject_before_tags: frozenset[str] = frozenset()  # lexicon tags after which a subject stands: "sich"
    title_compound_heads: tuple[str, ...] = ()  # "minister": "Sozialminister", "Bildungsministerin" are that title
    common_noun_tags: tuple[str, ...] = ()  # lexicon tags of common nouns
    copulas: frozenset[str] = frozenset()  # forms of "to be": "Klug ist …" is the adjective, not Mr Klug
    plural_verb_endings: tuple[str, ...] = ()  # "Kurz trafen sich …": no one person is the subject
    group_country: dict[str, frozenset[str]] = field(default_factory=dict)  # actors.yaml ``group_country`` lists
    plural_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)  # actors.yaml ``plural_pronouns`` lists
    plural_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # actors.yaml ``plural_titles`` lists
    sport_heads: frozenset[str] = frozenset()  # "Meister" of "Frankreichs Meister": a team's country, no government
    sport_words: frozenset[str] = frozenset()  # "Minute", "Trainer", "Elfmeter": words of a sports report
    demonym_quantifiers: frozenset[str] = frozenset()  # "zehntausende Ungarn": people, not the state
    organisation_members: frozenset[str] = frozenset()  # "Kämpfer der PKK": the organisation acts
    capital_adjective_suffixes: tuple[str, ...] = ()  # "Moskau|er": a capital's adjective ("die Pekinger Führung")
    voice_nouns: frozenset[str] = frozenset()  # events.yaml: "die Kritik aus Brüssel" names who voiced it
    origin_preps: frozenset[str] = frozenset()  # events.yaml: "aus"
    title_synonyms: dict[str, str] = field(default_factory=dict)  # "präsidentschaftsbewerber" → KB title, folded
    feminine_title_suffix: str = ""  # "in" of "Ministerin"
    genitive_suffix: str = ""  # "s" of "des Bundeskanzlers"

    def type_cued(self, word: str) -> str | None:
        """PER, LOC or ORG when ``word`` is a noun saying what the next name is ("Chemiekonzern",
        inflected too: "des Technologie-Konzerns Kyocera")."""
        lower = word.lower()
        for form in (lower, *(lower[: -len(e)] for e in self.noun_inflections if lower.endswith(e) and len(lower) > len(e) + 2)):
            for kind, endings in self.type_cues.items():
                if form.endswith(endings):
                    return kind
        return None

    def title_at(self, words: list[str], i: int) -> tuple[Office, int] | None:
        """The longest title starting at ``words[i]`` and where it ends, or None."""
        for n in range(min(self.title_max_len, len(words) - i), 0, -1):
            office = self.titles.get(tuple(words[i : i + n]))
            if office:
                return office, i + n
        word = words[i]
        if word in self.descriptors:
            return self.descriptors[word], i + 1
        compound = self.prefixed_title(word) or self.compound_title(word)
        return (compound, i + 1) if compound else None

    def title_office(self, title: str | None) -> Office | None:
        """The title form ``title`` (a mention's or KB role's title: "Landeshauptmann", "Landeshauptfrau"), also
        after a prefix and hyphen ("ÖVP-Landeshauptmann"), as an :class:`Office`; None for no title form."""
        if not title:
            return None
        return self.titles.get(tuple(word_tokens(title))) or self.titles.get((title.rpartition("-")[2],))

    def compound_title(self, word: str) -> Office | None:
        """"Sozialminister", "Landwirtschaftsministerin": a capitalised compound whose last part is one of
        ``title_compound_heads`` is that title (a subject of three letters or more before it)."""
        lower = word.lower()
        head = next((h for h in self.title_compound_heads if lower.endswith(h) and len(lower) >= len(h) + 3), None)
        if head is None or not word[:1].isupper():
            return None
        office = self.title_heads[head]
        return Office(office.office, office.sector, title=word, alone=office.alone)

    def prefixed_title(self, word: str) -> Office | None:
        """"Kremlsprecher", "US-Präsident", "UN-Sondergesandter": prefix + title."""
        if not word[:1].isupper():  # every prefix is capitalised (a quick exit for most words)
            return None
        for prefix, (country, org) in self.prefixes.items():
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                rest = word[len(prefix):].lstrip("-").lower()
                office = self.title_heads.get(rest)
                if office:
                    return Office(office.office, office.sector, country, org, word)
        return None

    def with_elided_prefix(self, office: Office, words: list[str], i: int) -> Office:
        """"EU-Staats- und Regierungschefs", "US-Außen- und Verteidigungsminister": a title at ``i`` that names
        no country or organisation of its own, after a conjunct cut at its hyphen and a coordinator, takes that
        conjunct's prefix (``title_prefixes``); otherwise ``office`` unchanged."""
        if office.country or office.org or i < 2 or words[i - 1].lower() not in self.coordinators \
                or not words[i - 2].endswith("-"):
            return office
        country, org = self.prefixes.get(words[i - 2].split("-")[0], (None, None))
        return replace(office, country=country, org=org) if country or org else office

    def is_org_name_end(self, word: str) -> bool:
        """True when ``word`` ends like an organisation's name (…ministerium, Partei, AG)."""
        return word.endswith(self.org_suffixes) or word.lower().endswith(self.org_heads)


def sentence_form(word: str, k: int) -> str:
    """``word`` (at index ``k`` of its sentence) as it stands inside a sentence: lower-cased at the sentence start
    ("In Ankara sprach Putin …": the preposition "in"), else as written."""
    return word.lower() if k == 0 else word


def is_acronym(word: str) -> bool:
    """"HTS", "SPD", "UNHCR" (not roman numerals like "II")."""
    return bool(_ACRONYM.fullmatch(word)) and not _ROMAN.fullmatch(word) and sum(c.isupper() for c in word) >= 2


def is_capitalised(word: str) -> bool:
    """True for words that start with an upper-case letter."""
    return word[:1].isupper()


def build_cues(lang: LanguageData) -> Cues:
    """Compile ``actors.yaml`` and ``names.yaml`` of ``lang``."""
    actors = lang.data["actors"]
    titles: dict[tuple[str, ...], Office] = {}
    heads: dict[str, Office] = {}
    for office, spec in actors["titles"].items():
        for form in spec["forms"]:
            entry = Office(spec.get("office", office), spec.get("sector", "GOV"), title=form,
                           alone=bool(spec.get("sector_without_country")),  # "office" when the key is no office name
                           group=office, anaphoric=bool(spec.get("anaphoric")), refers_to=tuple(spec.get("refers_to") or ()),
                           for_state=bool(spec.get("stands_for_state")), counterpart=bool(spec.get("counterpart")))
            titles[tuple(word_tokens(form))] = entry
            heads.setdefault(form.lower(), entry)
    prefixes = {p: (v.get("country"), v.get("org")) for p, v in actors["title_prefixes"].items()}
    descriptors = {
        word: Office(v["office"], v.get("sector", "GOV"), v.get("country"), v.get("org"), word)
        for word, v in actors["descriptors"].items()
    }
    groups = {form: sector for sector, forms in actors["group_nouns"].items() for form in forms}
    compound = {form: sector for sector, forms in actors["compound_group_nouns"].items() for form in forms}
    return Cues(
        titles, max(len(k) for k in titles) if titles else 1, heads,
        dict(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))), descriptors, groups, {**groups, **compound},
        tuple(actors["org_suffixes"]), tuple(s.lower() for s in actors["org_suffixes"] if len(s) > 4),
        frozenset(actors["person_cues"]), frozenset(actors["person_following_cues"]), frozenset(actors["place_prepositions"]),
        dict(actors["pronouns"]), frozenset(actors["name_stopwords"]), frozenset(lang.data["names"]["first_names"]),
        {kind: tuple(endings) for kind, endings in actors["type_cues"].items()},
        frozenset(actors["possessives"]), frozenset(actors["place_context_words"]),
        actors["place_genitive_preposition"], frozenset(actors["belongs_to_words"]),
        frozenset(actors["name_inner_words"]), frozenset(actors["coordinators"]),
        _apposition(actors["apposition_articles"]), _in_place(actors["place_prepositions"]),
        frozenset(actors["name_joiners"]), tuple(p.lower() for p in actors["name_prefixes"]),
        *_shape_cues(actors["name_shapes"]),
        group_adjectives=_group_adjectives(actors["group_adjectives"], actors["adjective_endings"]),
        group_heads=frozenset(actors["group_adjectives"].get("heads") or []),
        compound_org_heads=frozenset(actors["compound_org_heads"]),
        title_synonyms={fold(v): fold(t) for t, forms in (actors.get("title_synonyms") or {}).items() for v in forms},
        feminine_title_suffix=actors["feminine_title_suffix"], genitive_suffix=actors["genitive_suffix"],
        compound_target_heads=frozenset(actors["compound_target_heads"]),
        compound_author_heads=frozenset(actors["compound_author_heads"]),
        seat_prepositions=frozenset(actors["seat_prepositions"]),
        group_country=_group_country(actors.get("group_country") or {}, actors["adjective_endings"]),
        plural_pronouns={key: frozenset(words or ()) for key, words in actors["plural_pronouns"].items()},
        plural_titles={key: frozenset(words or ()) for key, words in actors["plural_titles"].items()},
        **_country_descriptions(actors["country_descriptions"]),
        noun_inflections=tuple(actors["name_shapes"].get("noun_inflections") or []),
        compound_links=tuple(actors["name_shapes"].get("compound_links") or [""]),
        infinitive_endings=tuple(actors["name_shapes"].get("infinitive_endings") or []),
        subject_before_tags=frozenset(actors["name_shapes"].get("subject_before_tags") or []),
        common_noun_tags=tuple(actors["name_shapes"].get("common_noun_tags") or []),
        copulas=frozenset(actors["name_shapes"].get("copulas") or []),
        plural_verb_endings=tuple(actors["name_shapes"].get("plural_verb_endings") or []),
        sport_heads=frozenset(actors.get("sport_heads") or []),
        sport_words=frozenset(actors.get("sport_words") or []),
        demonym_quantifiers=frozenset(w.lower() for w in actors.get("demonym_quantifiers") or []),
        organisation_members=frozenset(actors.get("organisation_members") or []),
        capital_adjective_suffixes=tuple(actors.get("capital_adjective_suffixes") or []),
        voice_nouns=frozenset(lang.data["events"].get("voice_nouns") or []),
        origin_preps=frozenset(w.lower() for w in lang.data["events"].get("origin_preps") or []),
        title_compound_heads=tuple(sorted((h.lower() for h in actors.get("title_compound_heads") or []), key=len,
                                          reverse=True)),
    )


def _country_descriptions(phrases: list[str]) -> dict:
    """The ``country_descriptions`` of actors.yaml as token tuples (first word lower case) and their longest length."""
    keys = {(tokens[0].lower(), *tokens[1:]) for tokens in map(word_tokens, phrases) if tokens}
    return {"country_descriptions": frozenset(keys), "country_description_len": max(map(len, keys), default=1)}


def _group_country(spec: dict, endings: list[str]) -> dict[str, frozenset[str]]:
    """The ``group_country`` lists of actors.yaml as sets; ethnic adjectives inflected by ``endings``."""
    lists = {key: frozenset(words or []) for key, words in spec.items()}
    lists["ethnic_adjectives"] = frozenset(b + e for b in spec.get("ethnic_adjectives") or [] for e in endings)
    return lists


def _group_adjectives(spec: dict, endings: list[str]) -> dict[str, str]:
    """Every inflected form of the ``group_adjectives`` of actors.yaml → its sector."""
    return {base + ending: sector for sector, bases in spec.items() if sector != "heads"
            for base in bases for ending in endings}


def _shape_cues(shapes: dict) -> tuple:
    """The ``name_shapes`` lists of actors.yaml in the order of the last fields of :class:`Cues`."""
    def listed(key: str) -> list[str]:
        return shapes.get(key) or []

    return (frozenset(listed("org_prefixes")), frozenset(listed("place_prefixes")), tuple(listed("place_name_endings")),
            frozenset(listed("place_nouns")), tuple(sorted(listed("place_compass_prefixes"), key=len, reverse=True)),
            frozenset(listed("determiners")), frozenset(listed("common_acronyms")), frozenset(listed("org_tail_words")))


def _apposition(articles: list[str]) -> re.Pattern[str]:
    return re.compile(r"\s*,\s*(?:(?:" + "|".join(map(re.escape, articles)) + r")\s+)?")


def _in_place(prepositions: list[str]) -> re.Pattern[str]:
    """Text ending in a preposition of place, capitalised too ("In Syrien griffen …" opens a sentence)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, prepositions)) + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
