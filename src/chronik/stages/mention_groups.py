"""Mention rules for groups and organisations: "die russische Armee", "syrische und russische Militärs",
"seiner Armee", "Truppen Assads", "Freie Syrische Armee", acronyms.

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`); each rule
takes the sentence scan and a word index and returns where scanning goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Mention
from chronik.stages.mention_anaphora import renewed_government
from chronik.stages.mention_context_state import CONTEXT_STATE
from chronik.stages.mention_cues import is_acronym, is_capitalised
from chronik.stages.mention_group_country import (
    LOCAL_SECTORS,
    PLACED_FORCE,
    PLACED_PEOPLE,
    capital_state,
    noun_phrase_country,
    prefix_state,
    state_just_found,
    unowned_force,
)
from chronik.stages.mention_owners import (
    entry_country,
    force_owner,
    organisation_apposition,
    organisation_owner,
    owner_after,
)

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

#: The sector of armed non-state groups and of civilians (actors.yaml ``group_nouns``).
_ARMED_SECTOR = "REB"
_CIVILIAN_SECTOR = "CVL"
#: How a mention of the owner of an attacked thing is found ("Hamas" of "Hamas-Trainingslager"): the
#: events stage lets it be the target of an attack or seizure only (event_context.attack_objects).
COMPOUND_OBJECT = "compound_object"
#: How an organisation before the hyphen of an attack noun is found ("Taliban-Anschlag"): the attack's author
#: only (event_military.adjective_source), no side of other acts.
COMPOUND_AUTHOR = "compound_author"


def group_rule(scan: _Scan, i: int) -> int:
    sector = scan.res.cues.group_nouns.get(scan.words[i])
    if not sector:
        return _compound_group(scan, i)
    if _attribute_of_next(scan, i):
        return i  # "Rechtsextreme Kämpfer": the head noun after it names the group (_attributed_sector)
    sector = _attributed_sector(scan, i, sector)
    if _adjective_before_head(scan, i):
        return i  # "Bewaffnete Männer" opening a sentence: an adjective (adjective_group_rule), not "die Bewaffneten"
    if sector == "CVL" and (_country_after(scan, i + 1) or _apposition(scan, i)):
        return i  # "der starke Mann Libyens", "Assads Bruder Maher": a person described, no civilians of a state
    if scan.words[i] in scan.res.cues.organisation_members and (organisation_owner(scan, i + 1) or force_owner(scan, i + 1)):
        return i  # "Kämpfer der Jihadistenmiliz Islamischer Staat", "Anhänger der PKK": the organisation acts
    if organisation_apposition(scan, i):
        return i + 1  # "die Terrororganisation Boko Haram": the named organisation after the noun acts
    country = _compound_country(scan, scan.words[i]) or noun_phrase_country(scan, i, sector) or _country_after(scan, i + 1)
    lists = scan.res.cues.group_country  # located nouns take the country of where they are, like civilians
    institution = scan.words[i] in lists.get("context_nouns", ())
    country = country or (_seat_after(scan, i + 1, institution) if sector == "GOV" or institution else None)
    possessive = i > 0 and scan.words[i - 1].lower() in scan.res.cues.possessives
    anaphoric = unowned_force(lists, scan.words[i]) or scan.words[i] in lists.get("located_nouns", ())
    renewed = renewed_government(scan, i) if not country and not possessive else None  # "die neue Führung"
    context = institution and not country and not possessive and not renewed
    if not country and sector not in LOCAL_SECTORS and not possessive and not anaphoric and not renewed and not context:
        return i  # "die Führung" alone: whose is unknown ("die Armee", "die Regierung": resolve looks at the context)
    how = "possessive" if possessive and not country else renewed or _placed(lists, scan.words[i], country, possessive)
    how = CONTEXT_STATE if context else how
    scan.mention(i, i + 1, "GROUP", how, country=country, sector=sector)
    _coordinated_countries(scan, i, sector)
    return i + 1


def _attribute_of_next(scan: _Scan, i: int) -> bool:
    """``words[i]`` is a nominalised adjective (actors.yaml ``attributive_nouns``) used as the adjective of the
    group noun right after it: lower case ("griffen bewaffnete Rechtsextremisten an"), or capitalised only as the
    sentence's first word ("Rechtsextreme Kämpfer griffen … an"); inside a sentence a capitalised one is a noun of
    its own ("griffen Rechtsextreme Flüchtlinge an": subject and object)."""
    words = scan.words
    if i + 1 >= len(words) or words[i + 1] not in scan.res.cues.group_nouns:
        return False
    attributive = scan.res.cues.group_country.get("attributive_nouns", ())
    if words[i][:1].islower():
        return words[i][:1].upper() + words[i][1:] in attributive
    return words[i] in attributive and (i == 0 or not any(c.isalnum() for c in words[i - 1]))


def _attributed_sector(scan: _Scan, i: int, sector: str) -> str:
    """The sector of the group noun ``words[i]`` after an attribute (:func:`_attribute_of_next`): armed when either
    word is ("Rechtsextreme Kämpfer", "Bewaffnete Rechtsextremisten"), the attribute's camp for civilians
    ("Rechtsextreme Demonstranten"), else its own."""
    if i == 0 or not _attribute_of_next(scan, i - 1):
        return sector
    word = scan.words[i - 1]
    attribute = scan.res.cues.group_nouns[word[:1].upper() + word[1:]]
    if _ARMED_SECTOR in (sector, attribute):
        return _ARMED_SECTOR
    return attribute if sector == _CIVILIAN_SECTOR else sector


def _placed(lists: dict[str, frozenset[str]], word: str, country: str | None, possessive: bool) -> str:
    """How a group noun's mention is found: police or refugees whose own noun phrase names no state
    (``placed_forces``, ``migrant_nouns``) are placed by the article, and the events stage lets them be a side
    of force only (:data:`PLACED_FORCE`, :data:`PLACED_PEOPLE`); other nouns are a ``group_noun``."""
    if country or possessive:
        return "group_noun"
    if word in lists.get("placed_forces", ()):
        return PLACED_FORCE
    return PLACED_PEOPLE if word in lists.get("migrant_nouns", ()) else "group_noun"


def _apposition(scan: _Scan, i: int) -> bool:
    """``words[i]`` is a kinship noun before a name ("Bruder Maher"; actors.yaml ``apposition_heads``)."""
    words = scan.words
    return words[i] in scan.res.cues.group_country.get("apposition_heads", ()) and i + 1 < len(words) \
        and is_capitalised(words[i + 1]) and words[i + 1] not in scan.res.cues.stopwords


def _adjective_before_head(scan: _Scan, i: int) -> bool:
    """``words[i]`` is a group adjective right before a group head noun ("Bewaffnete Männer")."""
    cues = scan.res.cues
    return scan.words[i].lower() in (cues.group_adjectives or {}) and i + 1 < len(scan.words) \
        and scan.words[i + 1] in cues.group_heads


def adjective_group_rule(scan: _Scan, i: int) -> int:
    """"regierungsfeindliche Kräfte", "terroristische, extremistische Gruppierungen": adjectives
    of a group's kind (actors.yaml ``group_adjectives``) before a plain noun for forces or groups."""
    words, adjectives = scan.words, scan.res.cues.group_adjectives or {}
    sector, j = adjectives.get(words[i].lower()), i + 1
    while sector and j + 1 < len(words) and words[j] in scan.res.cues.coordinators and words[j + 1].lower() in adjectives:
        j += 2  # "terroristische, extremistische"
    if not sector or j >= len(words) or words[j] not in scan.res.cues.group_heads:
        return i
    scan.mention(i, j + 1, "GROUP", "group_noun", country=country_before(scan, i), sector=sector)
    return j + 1


def _compound_group(scan: _Scan, i: int) -> int:
    """"Assad-Truppen", "Kreml-Truppen", "Assad-Gegner": a known person or state joined to a group noun."""
    prefix, _, head = scan.words[i].rpartition("-")
    sector = scan.res.cues.compound_group_nouns.get(head) if prefix else None
    country = _compound_country(scan, scan.words[i]) if sector else None
    if not prefix and (held := _adjective_object(scan, i)):
        return held
    if not country:
        return _compound_organisation(scan, i, prefix, head)
    scan.mention(i, i + 1, "GROUP", "group_noun", country=country, sector=sector)
    return i + 1


def _adjective_object(scan: _Scan, i: int) -> int:
    """"beschossen ukrainische Stellungen", "russische Stützpunkte": a ``compound_target_heads`` noun after a
    state adjective is what an attack hits of that state's forces, like "US-Stützpunkt" (a mention of how
    ``compound_object``, MIL); returns where scanning goes on, ``i`` (0 when nothing was found) otherwise."""
    words, kb = scan.words, scan.res.kb
    entry_id = kb.adjectives.get(words[i - 1].lower()) if i > 0 and words[i] in scan.res.cues.compound_target_heads else None
    if entry_id is None:
        return 0
    scan.mention(i - 1, i + 1, "GROUP", COMPOUND_OBJECT, country=kb.entries[entry_id].extra["iso3"], sector="MIL")
    return i + 1


def _name_follows(scan: _Scan, j: int) -> bool:
    """``words[j]`` opens a person's name: a first name of names.yaml or a KB person's name."""
    if j >= len(scan.words):
        return False
    word, kb = scan.words[j], scan.res.kb
    return word in scan.res.cues.first_names or any(kb.entries[f.entry_id].kind == "person" for f in kb.phrases.get((word,), ()))


def _compound_organisation(scan: _Scan, i: int, prefix: str, head: str) -> int:
    """"EU-Gipfel", "Nato-Rat", "UN-Truppen": a KB organisation joined to one of its bodies or
    meetings (actors.yaml ``compound_org_heads``) names the organisation; the mention covers the name only.
    A head of ``compound_target_heads`` ("Hamas-Trainingslager") gives a mention of how ``compound_object``."""
    cues = scan.res.cues
    how = "compound" if head in cues.compound_org_heads else COMPOUND_OBJECT if head in cues.compound_target_heads \
        else COMPOUND_AUTHOR if head in cues.compound_author_heads else None
    if not prefix or how is None:
        return i
    if how == COMPOUND_OBJECT and (country := _compound_country(scan, scan.words[i]) or prefix_state(scan, scan.words[i])):
        scan.mention(i, i + 1, "GROUP", how, country=country, sector="MIL")  # "US-Stützpunkt": the state's forces
        return i + 1
    kb = scan.res.kb
    ids = tuple(dict.fromkeys(f.entry_id for f in kb.phrases.get((prefix,), ())
                              if kb.entries[f.entry_id].kind == "organisation"))
    if not ids:
        return i
    if how == "compound" and _name_follows(scan, i + 1):
        return i + 1  # "EZB-Rat Ewald Nowotny": a member's title, not the organisation acting
    start = scan.sentence.tokens[i].start  # the mention is the name part: "EU" of "EU-Gipfel" (GermEval: ORGpart)
    end = start + len(prefix)
    scan.out.append(Mention(start, end, "ORG", scan.text[start:end], scan.sentence.index, how, candidates=ids))
    return i + 1


def _compound_country(scan: _Scan, word: str) -> str | None:
    """The country of the person or state before the hyphen of ``word`` ("Assad-Regime" → SYR)."""
    prefix = word.rpartition("-")[0]
    kb = scan.res.kb
    for form in kb.phrases.get((prefix,), ()) if prefix else ():
        country = entry_country(kb.entries[form.entry_id])
        if country:
            return country
    return None


def _coordinated_countries(scan: _Scan, i: int, sector: str) -> None:
    """"der syrischen und russischen Militärs": one group per coordinated adjective."""
    kb, words = scan.res.kb, scan.words
    k = i - 1
    if k < 0 or words[k].lower() not in kb.adjectives:
        return
    k -= 1
    while k >= 1 and words[k] in scan.res.cues.coordinators and words[k - 1].lower() in kb.adjectives:
        entry = kb.entries[kb.adjectives[words[k - 1].lower()]]
        scan.mention(k - 1, k, "GROUP", "group_noun", country=entry.extra["iso3"], sector=sector)
        k -= 2


def _country_after(scan: _Scan, j: int) -> str | None:
    """"Truppen Assads", "Armee Syriens": the country of a genitive state or KB person after a group noun."""
    if j >= len(scan.words):
        return None
    kb = scan.res.kb
    for form in kb.phrases.get((scan.words[j],), ()):
        entry = kb.entries[form.entry_id]
        if form.how == "genitive" and entry.kind in ("state", "person"):
            return entry_country(entry)
    return owner_after(scan, j)


def group_country_after(scan: _Scan, j: int) -> str | None:
    """"ein Sprecher des russischen Verteidigungsministeriums": the country of a state adjective
    and group noun after a word of belonging ("des", "der"), for the title before them."""
    words, kb = scan.words, scan.res.kb
    if j + 2 >= len(words) or words[j] not in scan.res.cues.belongs_to or words[j + 2] not in scan.res.cues.group_nouns:
        return None
    entry_id = kb.adjectives.get(words[j + 1].lower())
    return kb.entries[entry_id].extra["iso3"] if entry_id else None


def _seat_after(scan: _Scan, j: int, named: bool = False) -> str | None:
    """"das Verteidigungsministerium in Moskau", "die Regierung in Damaskus": the country whose
    capital (a KB metonym) follows a preposition of seat after a government noun; with ``named`` also a
    state's own name ("das Militär in Brasilien": a state institution of ``context_nouns``)."""
    words, kb = scan.words, scan.res.kb
    if j + 1 >= len(words) or words[j] not in scan.res.cues.seat_prepositions:
        return None
    for n in range(min(kb.max_len, len(words) - j - 1), 0, -1):
        for form in kb.phrases.get(tuple(words[j + 1 : j + 1 + n]), ()):
            entry = kb.entries[form.entry_id]
            if entry.kind == "state" and (form.how == "metonym" or (named and form.how == "name")):
                return entry.extra["iso3"]
    return None


def country_before(scan: _Scan, i: int) -> str | None:
    """The state named by an adjective or genitive in the three words before ``i``."""
    kb = scan.res.kb
    for k in range(i - 1, max(-1, i - 4), -1):
        if not scan.words[k][:1].isalnum():
            return None  # "Luxemburg – Die EU-Außenminister": a dateline or clause before is not the state's
        entry_id = kb.adjectives.get(scan.words[k].lower())
        if entry_id:
            return kb.entries[entry_id].extra["iso3"]
        if state := prefix_state(scan, scan.words[k]) or state_just_found(scan, i, k):
            return state  # "US-geführten Koalition", "Russlands Armee"
    return None


def organisation_rule(scan: _Scan, i: int) -> int:
    """A run of capitalised words ending in an organisation word: "Freie Syrische Armee"."""
    words, cues = scan.words, scan.res.cues
    if not is_capitalised(words[i]) or words[i] in cues.stopwords or (i > 0 and words[i - 1] in cues.person_cues):
        return i  # "sagt Eymer der Zeitung": a person
    if cues.is_org_name_end(words[i]) and _place_at(scan, i + 1):
        scan.mention(i, i + 2, "ORG", "org_suffix")  # "Universität Gießen", "Maximilianmuseum Augsburg"
        return i + 2
    if not _can_start_name(scan, words[i]) or _state_group(scan, i):
        return i
    j = i
    while j < len(words) and j - i < 6 and (is_capitalised(words[j]) or words[j] in cues.name_inner):
        if _of_known_organisation(scan, i, j):
            return i  # "Krisentreffen der Arabischen Liga": the league's meeting, not a name
        if j > i and cues.is_org_name_end(words[j]) and is_capitalised(words[j]):
            if _looks_named(scan, i, j + 1):
                end = _org_tail(scan, j + 1)
                scan.mention(i, end, "ORG", "org_suffix")
                return end
        j += 1
    return i


def _of_known_organisation(scan: _Scan, i: int, j: int) -> bool:
    """True when ``words[j]`` is a genitive article after common nouns only (``words[i:j]``, compounds the
    lexicon does not list included: "Krisentreffen") and a knowledge-base organisation's name follows it:
    the nouns are something of that organisation ("Krisentreffen der Arabischen Liga"), no name of their own."""
    words, kb = scan.words, scan.res.kb
    if j == i or words[j] not in scan.res.cues.group_country.get("genitive_articles", ()) or j + 1 >= len(words):
        return False
    if any(scan.res.lexicon.word_class(w) != "noun" for w in words[i:j]):
        return False
    for n in range(min(kb.starts.get(words[j + 1], 0), len(words) - j - 1), 0, -1):
        forms = kb.phrases.get(tuple(words[j + 1 : j + 1 + n]), ())
        if any(kb.entries[f.entry_id].kind not in ("person", "state") for f in forms):
            return True
    return False


def _state_group(scan: _Scan, i: int) -> bool:
    """``words[i]`` is a state's or its capital's adjective right before a group noun ("Irakische
    Sicherheitskräfte" opening a sentence, "das Moskauer Außenministerium"): the state's group
    (:func:`group_rule`), not an organisation named by a capitalised adjective."""
    words = scan.words
    adjective = words[i].lower() in scan.res.kb.adjectives or capital_state(scan, words[i]) is not None
    return adjective and i + 1 < len(words) and words[i + 1] in scan.res.cues.group_nouns


def _place_at(scan: _Scan, j: int) -> bool:
    """True when ``words[j]`` is a town GeoNames knows."""
    return j < len(scan.words) and is_capitalised(scan.words[j]) and (scan.words[j],) in scan.res.geo.names


def _org_tail(scan: _Scan, j: int) -> int:
    """Where an organisation's name ends that may go on after its head word: a town ("Medizinische
    Hochschule Hannover") or a phrase such as "für Unterricht und Kultus"."""
    words, cues = scan.words, scan.res.cues
    if _place_at(scan, j):
        return j + 1
    if j + 1 >= len(words) or words[j] not in cues.org_tail_words or not is_capitalised(words[j + 1]):
        return j
    k = j + 1
    while k < len(words) and k - j < 6:
        if is_capitalised(words[k]) and words[k] not in cues.stopwords or words[k] in cues.coordinators and k + 1 < len(words) and is_capitalised(words[k + 1]) and words[k] != ",":
            k += 1
        else:
            break
    return k


def _can_start_name(scan: _Scan, word: str) -> bool:
    """A name starts with a name-like word or a (capitalised) adjective, not a common noun or function word."""
    tag = scan.res.lexicon.best_tag(word)
    return tag is None or tag in ("NE", "FM") or tag.startswith("ADJ") or tag == "CARD"


def _looks_named(scan: _Scan, i: int, j: int) -> bool:
    """A capitalised adjective inside a run marks a proper name in German ("Freie Syrische Armee")."""
    lexicon = scan.res.lexicon
    inner = [w for k, w in enumerate(scan.words[i:j - 1], i) if is_capitalised(w) and (k > 0 or w not in scan.res.cues.stopwords)]
    return bool(inner) and any(lexicon.word_class(w) != "noun" for w in inner)


def acronym_rule(scan: _Scan, i: int) -> int:
    """An acronym not otherwise known is an organisation ("BASF"), unless it is a common
    abbreviation ("ISBN", "CHF") or a model's name before its number ("EC 135")."""
    words = scan.words
    word = words[i]
    tag = scan.res.lexicon.best_tag(word)
    if not is_acronym(word) or (tag is not None and tag != "NE") or word in scan.res.cues.common_acronyms:
        return i  # "TV", "DNA": common words written in capitals
    if i + 1 < len(words) and words[i + 1][:1].isdigit():
        return i
    places = scan.res.geo.names.get((word.capitalize(),)) if len(word) > 3 else None
    if places:  # "RIEDLINGEN": a town's name in capitals
        scan.mention(i, i + 1, "LOC", "geonames", candidates=tuple(p.id for p in places[:10]))
        return i + 1
    scan.mention(i, i + 1, "ORG", "acronym")
    return i + 1


def abbreviation_after(scan: _Scan, j: int) -> None:
    """"Hayat Tahrir al-Sham (HTS)": the abbreviation names the mention just found."""
    words = scan.words
    if j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" and is_acronym(words[j + 1]) and scan.out:
        if _initials_match(words[j + 1], scan.out[-1].text):
            scan.memory.abbreviations[words[j + 1]] = scan.out[-1]


def _initials_match(acronym: str, name: str) -> bool:
    """True when ``name`` starts with the acronym's first letter and holds the others in order
    ("NBF" ~ Nationale Befreiungsfront); "Werner Faymann (SPÖ)" names a party, not an abbreviation."""
    letters, lower = acronym.rstrip("s").lower(), name.lower()
    if not letters or not lower.startswith(letters[0]):
        return False
    k = 0
    for letter in letters:
        k = lower.find(letter, k)
        if k < 0:
            return False
        k += 1
    return True
