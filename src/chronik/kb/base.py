"""The loaded knowledge base: entries, a phrase index for matching, office holders.

Surface forms are indexed as token tuples (cut like :func:`segment` cuts
text), so matching is a dictionary lookup per token window.  Forms the YAML
does not spell out are derived by the rules of the language's
``actors.yaml``: genitive ``-s``, surnames, adjective endings.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from chronik.kb.entries import Entry, Role
from chronik.kb.loader import bundled_kb_dir, load_entries
from chronik.resources import LanguageData
from chronik.stages.segment import word_tokens

_ROMAN = re.compile(r"[IVXLC]+\.?")


class Form(NamedTuple):
    """One way an entry is written: ``how`` is name, genitive, surname, metonym or demonym."""

    entry_id: str
    how: str


@dataclass(slots=True)
class KnowledgeBase:
    """Entries by id, their surface forms, adjectives and office holders."""

    entries: dict[str, Entry]
    phrases: dict[tuple[str, ...], tuple[Form, ...]] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Role, Entry]]] = field(default_factory=dict)
    max_len: int = 1
    starts: dict[str, int] = field(default_factory=dict)  # a phrase's first word -> its longest phrase's length

    def holder(self, where: str, office: str, day: dt.date | None) -> Entry | None:
        """Who held ``office`` of ``where`` (ISO3 or organisation id) on ``day``.

        Without a day, or when nobody is recorded on it, None.  A state whose
        head of state also heads the government answers both questions.
        """
        if day is None:
            return None
        for role, entry in self.holders.get((where, office), []):
            if role.covers(day):
                return entry
        if office == "head_of_government" and (where, office) not in self.holders:
            return self.holder(where, "head_of_state", day)
        return None

    def prefix_entries(self, word: str) -> list[Entry]:
        """The organisations and states named by the part of ``word`` right before its last hyphen ("FPÖ"
        of "FPÖ-Chef" and of "Ex-FPÖ-Chef", "USA" of "USA-Reise"); [] for a word without a hyphen."""
        prefix = word.rpartition("-")[0].rpartition("-")[2]
        entries = (self.entries[f.entry_id] for f in self.phrases.get((prefix,), ())) if prefix else ()
        return [e for e in entries if e.kind in ("organisation", "state")]

    def search(self, query: str) -> list[Entry]:
        """Entries named ``query`` (accent- and case-insensitive): full names first,
        then surnames (most recent role first), else names containing it."""
        key = fold(query)
        full = [e for e in self.entries.values() if any(fold(n) == key for n in e.names)]
        surname = [e for e in self.entries.values() if e not in full
                   and any(fold(n).split()[-1].split("-")[-1] == key for n in e.names if " " in n)]
        surname.sort(key=lambda e: max((r.end or dt.date.max for r in e.roles), default=dt.date.min), reverse=True)
        found = full + surname or [e for e in self.entries.values() if any(key in fold(n) for n in e.names)]
        return found


def fold(text: str) -> str:
    """Lower case without accents: the key for loose name comparison."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def kb_folders(extra: str | None) -> list[Path]:
    """The bundled KB folder, then the user's folders (``os.pathsep``-separated)."""
    folders = [bundled_kb_dir()]
    if extra:
        folders += [Path(p) for p in extra.split(os.pathsep) if p]
    return folders


def build_kb(entries: list[Entry], lang: LanguageData) -> KnowledgeBase:
    """Index ``entries`` with the morphology rules of ``lang``'s actors.yaml."""
    kb = KnowledgeBase({e.id: e for e in entries})
    rules = _Morphology.from_lang(lang)
    phrases: dict[tuple[str, ...], dict[Form, None]] = defaultdict(dict)
    for entry in entries:
        for text, how in _forms(entry, rules):
            for key in _phrase_keys(text):
                phrases[key][Form(entry.id, how)] = None
        if entry.kind == "state":
            for base in [entry.extra["adjective"], *(entry.extra.get("adjectives") or [])]:
                for ending in rules.adjective_endings:
                    kb.adjectives[base + ending] = entry.id
        _register_holders(kb, entry)
    kb.phrases = {k: tuple(v) for k, v in phrases.items()}
    kb.max_len = max((len(k) for k in kb.phrases), default=1)
    for key in kb.phrases:
        kb.starts[key[0]] = max(kb.starts.get(key[0], 0), len(key))
    for roles in kb.holders.values():
        roles.sort(key=lambda pair: pair[0].start or dt.date.min)
    return kb


def _phrase_keys(text: str) -> list[tuple[str, ...]]:
    """The token sequences that spell ``text``: its tokens, and, when it ends in an ordinal with its
    dot ("Abdullah II.", "Benedikt XVI."), also without that dot, which a sentence's full stop takes
    ("Kerry traf König Abdullah II." is cut "II", ".")."""
    key = tuple(word_tokens(text))
    if not key:
        return []
    last = key[-1]
    if len(last) > 1 and last.endswith(".") and last[:-1].isalnum():
        return [key, (*key[:-1], last[:-1])]
    return [key]


def load_kb(lang: LanguageData, extra: str | None = None) -> KnowledgeBase:
    """Load, validate and index the bundled KB plus the folders in ``extra``."""
    return build_kb(load_entries(kb_folders(extra)), lang)


def _register_holders(kb: KnowledgeBase, entry: Entry) -> None:
    for role in entry.roles:
        where = role.country or role.org
        if role.office and where:
            kb.holders.setdefault((where, role.office), []).append((role, entry))


@dataclass(frozen=True, slots=True)
class _Morphology:
    genitive_suffix: str
    exempt: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    particles: frozenset[str]
    prefixes: tuple[str, ...]
    family_first: frozenset[str] = frozenset()  # states whose people put the family name first
    given_names: frozenset[str] = frozenset()

    @classmethod
    def from_lang(cls, lang: LanguageData) -> _Morphology:
        get = lang.data["actors"].get
        return cls(
            get("genitive_suffix", "s"),
            tuple(get("genitive_exempt_endings", [])),
            tuple(get("adjective_endings", [""])),
            frozenset(get("name_particles", [])),
            tuple(get("name_prefixes", [])),
            frozenset(get("family_name_first", [])),
            frozenset((lang.data.get("names") or {}).get("first_names", [])),
        )

    def genitive(self, name: str) -> str | None:
        """``name`` + genitive suffix, or None where the rule does not apply."""
        last = name[-1]
        if not last.isalpha() or not last.islower() or name.endswith(self.exempt):
            return None
        return name + self.genitive_suffix

    def family_name(self, name: str, countries: frozenset[str]) -> str | None:
        """The family name written first in the ``name`` of a person of a ``family_first`` state (``countries``:
        those of the person's roles): "Xi Jinping" → Xi, "Ban Ki-moon" → Ban; None when the first word is
        a given name ("Frank Hsieh") or the name has one word."""
        words = name.split()
        if len(words) < 2 or not countries & self.family_first or words[0] in self.given_names:
            return None
        return words[0]

    def surnames(self, name: str, countries: frozenset[str] = frozenset(), alias: bool = False) -> list[str]:
        """The surname forms of a person's ``name`` ("Baschar al-Assad" → al-Assad, Assad); for a person of
        a ``family_first`` state see :meth:`family_name`.  A two-word ``alias`` that starts with a particle
        is itself the surname ("Ben Ali" of Zine el-Abidine Ben Ali); a name ("Ben Wallace") is not."""
        words = name.split()
        if len(words) < 2 or any(_ROMAN.fullmatch(w) for w in words):
            return []  # "Elizabeth II.", "Carl XVI. Gustaf": regnal names have no surname
        if self.family_name(name, countries):
            return []
        if alias and len(words) == 2 and words[0].lower() in self.particles:
            return []  # "Ben Ali", "Abu Mazen": already the surname; "Ali" alone is a given name
        start = next((i for i, w in enumerate(words[1:], 1) if w.lower() in self.particles), len(words) - 1)
        surname = " ".join(words[start:])
        forms = [surname]
        for prefix in self.prefixes:
            if surname.startswith(prefix) and len(surname) > len(prefix) + 2:
                rest = surname[len(prefix):]
                forms.append(rest[0].upper() + rest[1:])
        return forms


def _forms(entry: Entry, rules: _Morphology) -> list[tuple[str, str]]:
    """Every (surface form, how) of ``entry``."""
    forms: list[tuple[str, str]] = []
    genitive_ok = entry.extra.get("genitive_s", True) is not False
    for name in entry.names:
        forms.append((name, "name"))
        if entry.kind == "person":
            countries = frozenset(r.country for r in entry.roles if r.country)
            forms += [(s, "surname") for s in rules.surnames(name, countries, alias=name != entry.name)]
            family = rules.family_name(name, countries)  # names only after the full name (mention_linking.py)
            forms += [(family, "family_name")] if family else []
    forms += [(m, "metonym") for m in entry.extra.get("metonyms") or []]  # states; "Brüssel" for the EU
    if entry.kind == "state":
        forms += [(d, "demonym") for d in entry.extra.get("demonyms") or []]
    if genitive_ok:
        forms += [(g, "genitive") for text, how in list(forms) if how in ("name", "surname") and (g := rules.genitive(text))]
    return forms


