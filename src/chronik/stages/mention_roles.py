"""The role the words around a person's name describe, and the namesake they pick.

Part of the ``resolve`` stage (see :mod:`chronik.stages.resolve`).  A title or a country adjective
right before a name ("Der tschechische Premier Sobotka", "FPÖ-Chef Strache", "UN-Generalsekretär
Ban"), a party in round brackets right after it ("Strache (FPÖ)") or a description in apposition
("Strache, der Chef der FPÖ, …") say in which office, for which country or for which organisation the
person is named (:func:`described`).  That description

* picks, among KB people of the same surname, those with a role that fits it
  (:func:`described_entries`): the Czech prime minister Bohuslav Sobotka, not the Austrian minister
  Wolfgang Sobotka, after "tschechische Premier";
* picks, in an article without a date, the person's role that fits it (:func:`described_role`):
  Strache as FPÖ chair (PTY), not as vice-chancellor (GOV), his latest role.

Requires mentions from the ``mentions`` stage (a title mention carries the title's office and the
country of an adjective before it) in text order.  Guarantees: without a description, or when it fits
every candidate (role) alike, nothing is picked and the caller's defaults hold.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronik.kb.base import fold
from chronik.kb.entries import Entry, Role
from chronik.model import Article, Mention

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

_TITLE_WINDOW = 40  # characters before a name searched for its title
_GENERIC_OFFICES = frozenset({"minister", "official"})  # offices of too many titles to tell roles apart
_OFFICE_WEIGHT = 2  # the office a title names outweighs a country or a party in brackets
_PARTY, _GOVERNMENT = "PTY", "GOV"  # codebook sectors: a party role gives way to a government office held with it


@dataclass(frozen=True, slots=True)
class Description:
    """What the text says of the role a person is named in: the ``word`` right before the name, an
    ``office`` (of a title), a ``country`` (of an adjective or prefix) and organisations (``orgs``, KB ids)."""

    word: str = ""
    office: str | None = None
    country: str | None = None
    orgs: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.word or self.office or self.country or self.orgs)


NOTHING = Description()  # no words about the role: every candidate and role as they come


def described(article: Article, mention: Mention, res: Resources, brackets: re.Pattern[str]) -> Description:
    """The :class:`Description` of the person ``mention`` (see the module docstring); ``brackets`` is the
    text between a person and his party in brackets (:func:`chronik.stages.mention_affiliation.bracket_pattern`)."""
    before = article.text[max(0, mention.start - _TITLE_WINDOW) : mention.start].split()
    word = before[-1] if before else ""
    office, country, orgs = _title_word(word, res)
    office = _specific(mention.office) or office
    country = mention.country or country
    after = _next_mention(article, mention)
    if after is not None and after.kind == "DESC" and res.cues.apposition.fullmatch(article.text[mention.end : after.start]):
        office, country = office or _specific(after.office), country or after.country
        orgs |= _organisations(after.candidates, res)
    elif after is not None and after.kind == "ORG" and _in_brackets(article, mention, after, brackets):
        orgs |= _organisations(after.candidates, res)
    return Description(word, office, country, frozenset(orgs))


def described_entries(entries: list[Entry], description: Description, res: Resources) -> list[Entry]:
    """The candidates with a role that fits ``description`` best, in their order; all of ``entries`` when
    none fits or all fit alike."""
    scores = [max((_fit(r, description, res) for r in e.roles), default=0) for e in entries]
    best = max(scores, default=0)
    if best == 0 or all(s == best for s in scores):
        return entries
    return [e for e, s in zip(entries, scores, strict=True) if s == best]


def described_role(entry: Entry, description: Description, res: Resources) -> Role | None:
    """The role of ``entry`` that fits ``description`` best (the latest, then the most senior, on a tie);
    None when no role fits or every role fits alike."""
    scores = [_fit(r, description, res) for r in entry.roles]
    best = max(scores, default=0)
    if best == 0 or all(s == best for s in scores):
        return None
    fitting = Entry(entry.id, entry.kind, entry.name, entry.names,
                    tuple(r for r, s in zip(entry.roles, scores, strict=True) if s == best))
    return fitting.role_at(None)


def office_over_party(entry: Entry, role: Role | None, day: dt.date | None) -> Role | None:
    """``role``, unless it is a party role (sector PTY) of a person holding a government office (sector GOV) at the
    same time: then that office, as the codebook counts ministers as government whatever title names them ("ÖVP-Chef
    Mitterlehner", vice-chancellor: AUT GOV).  The office held on ``day`` when given, else the one sharing most of
    the party role's time, if it shares more than half of it.  Requires ``role`` to be one of ``entry.roles`` (or None, returned as it is)."""
    if role is None or role.sector != _PARTY:
        return role
    offices = [r for r in entry.roles if r.sector == _GOVERNMENT and _overlap(r, role) > 0]
    if day is not None:
        offices = [r for r in offices if r.covers(day)]
    else:  # "FPÖ-Chef Strache" (party leader for 14 years, in government for one and a half): the party
        offices = [r for r in offices if 2 * _overlap(r, role) > _overlap(role, role)]
    return max(offices, key=lambda r: _overlap(r, role), default=role)


def _overlap(a: Role, b: Role) -> int:
    """Days two roles share (open ends reach to the present)."""
    start = max(a.start or dt.date.min, b.start or dt.date.min)
    end = min(a.end or dt.date.today(), b.end or dt.date.today())
    return (end - start).days


def titled_roles(entry: Entry, description: Description, res: Resources) -> list[Role]:
    """The roles of ``entry`` whose office (or very title) ``description`` names, with the best fit
    (:func:`_fit`): "US-Präsident Obama" names his presidency; [] when no role's office is named."""
    scores = [_fit(r, description, res) for r in entry.roles]
    best = max(scores, default=0)
    return [r for r, s in zip(entry.roles, scores, strict=True) if s == best] if best >= _OFFICE_WEIGHT else []


def _fit(role: Role, description: Description, res: Resources) -> int:
    """How much of what ``description`` says agrees with ``role``: its office (or its very title written
    before the name: "Vizekanzler", or a ``title_synonyms`` variant of it: "Präsidentschaftsbewerber") counts
    :data:`_OFFICE_WEIGHT`, its country (or its organisation's) and
    its organisation one each: "Sozialminister Hundstorfer (SPÖ)" is the minister, not the party's candidate."""
    word = res.cues.title_synonyms.get(fold(description.word), description.word)
    office = _is_title(word, role.title) or (role.office is not None and role.office == description.office)
    score = _OFFICE_WEIGHT * office
    score += description.country is not None and description.country == (role.country or org_country(role.org, res))
    score += role.org is not None and role.org in description.orgs
    return score


def _is_title(word: str, title: str | None) -> bool:
    """``word`` is ``title``, also after a prefix and hyphen ("EU-Ratspräsident"), case- and accent-insensitively."""
    if not title or not word:
        return False
    word, title = fold(word), fold(title)
    return word == title or word.endswith("-" + title)


def _title_word(word: str, res: Resources) -> tuple[str | None, str | None, set[str]]:
    """The office, country and organisations a title word says ("US-Außenminister": foreign minister,
    USA; "FPÖ-Chef": leader, the FPÖ).  A knowledge-base organisation or state before a hyphen counts
    only before a title of a specific office (not "SPÖ-Politiker", "ÖVP-Minister": no role of the party)."""
    found = res.cues.title_at([word], 0) if word else None
    office = found[0] if found else None
    if office is not None and (office.country or office.org):
        return _specific(office.office), office.country, {office.org} if office.org else set()
    prefix, _, head = word.rpartition("-")
    title = res.cues.title_heads.get(head.lower()) if prefix else None
    if title is None or _specific(title.office) is None:
        return _specific(office.office) if office else None, None, set()
    country, orgs = None, set()
    for entry in res.kb.prefix_entries(word):
        if entry.kind == "organisation":
            orgs.add(entry.id)
        else:
            country = entry.extra.get("iso3")
    return title.office, country, orgs


def _specific(office: str | None) -> str | None:
    """``office`` unless it is one of :data:`_GENERIC_OFFICES`."""
    return office if office not in _GENERIC_OFFICES else None


def _organisations(ids: tuple[str, ...], res: Resources) -> set[str]:
    """The knowledge-base organisations among the candidate ``ids``."""
    return {c for c in ids if (e := res.kb.entries.get(c)) is not None and e.kind == "organisation"}


def org_country(org: str | None, res: Resources, day: dt.date | None = None) -> str | None:
    """The country the organisation ``org`` acts for on ``day`` (its latest role's without one: HTS → SYR),
    if any; for roles held in it."""
    entry = res.kb.entries.get(org or "")
    role = entry.role_at(day) if entry is not None else None
    return role.country if role is not None else None


def _next_mention(article: Article, mention: Mention) -> Mention | None:
    """The mention right after ``mention`` in its sentence, if any."""
    after = next((m for m in article.mentions if m.start >= mention.end), None)
    return after if after is not None and after.sentence == mention.sentence else None


def _in_brackets(article: Article, person: Mention, org: Mention, brackets: re.Pattern[str]) -> bool:
    """``org`` stands alone in brackets right after ``person`` ("Strache (FPÖ)")."""
    return bool(brackets.fullmatch(article.text[person.end : org.start])) \
        and article.text[org.end : org.end + 3].lstrip().startswith(")")
