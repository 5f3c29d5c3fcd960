"""The knowledge base's records: entries (states, people, organisations,
places) and their dated roles.  See docs/kb.md for the YAML they come from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: Offices that one person holds at a time per country or organisation.
SINGLE_HOLDER_OFFICES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "secretary_general",
        "leader",
    }
)
OFFICES = SINGLE_HOLDER_OFFICES | {"spokesperson", "envoy", "minister", "official"}
#: The single-holder offices of states and organisations of states (a party's or group's leader is not one).
STATE_OFFICES = SINGLE_HOLDER_OFFICES - {"leader"}
SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "IGO", "CVL", "MED", "BUS", "JUD", "POL", "NGO", "PTY"})
# The sectors of political actors: states and their organs, armed and unarmed contenders for power,
# parties and organisations of states.  An event needs one of them on a side to be a political event
# (a footballer "trifft auf" his opponent, a theatre "verlangt" climbing skills from its actors: no event).
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "IGO", "JUD", "POL", "PTY"})
#: The sectors of a state's own organs: government, armed forces, police.
STATE_SECTORS = frozenset({"GOV", "MIL", "POL"})
KINDS = frozenset({"state", "person", "organisation", "place"})


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role: ``start <= day < end``; ``None`` bounds are open."""

    sector: str
    country: str | None = None
    org: str | None = None
    office: str | None = None
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """True when the role is held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to the nearest day of the role (0 when it covers it)."""
        if self.covers(day):
            return 0
        if self.start is not None and day < self.start:
            return (self.start - day).days
        return (day - self.end).days + 1 if self.end else 0


@dataclass(frozen=True, slots=True)
class Entry:
    """One knowledge-base entry.

    ``names`` are every surface form to match (canonical name first);
    ``roles`` date the country and sector it acts for; ``extra`` keeps the
    kind-specific fields (iso3, adjective, lat/lon, …) as loaded.
    """

    id: str
    kind: str
    name: str
    names: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    qid: str | None = None
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def public_id(self) -> str:
        """The id that leaves the program: the Wikidata QID, else ``kb:<id>``."""
        return self.qid or f"kb:{self.id}"

    def role_at(self, day: dt.date | None) -> Role | None:
        """The role held on ``day`` (the most senior if several, a party's last), else the nearest
        one in time; with no day, the most senior of the latest roles.  None when there are no roles."""
        if not self.roles:
            return None
        if day is None:  # the latest roles (open ones first), the most senior of them
            latest = max(r.end or dt.date.max for r in self.roles)
            return min((r for r in self.roles if (r.end or dt.date.max) == latest), key=_seniority)
        current = [r for r in self.roles if r.covers(day)]
        if current:  # a party leader in government acts for the state (codebook: ministers are GOV)
            return min(current, key=lambda r: (r.sector == _PARTY, _seniority(r)))
        return min(self.roles, key=lambda r: r.distance(day))

    def holds_at(self, day: dt.date | None) -> bool:
        """True when some role covers ``day`` (always true without a day)."""
        return day is None or any(r.covers(day) for r in self.roles)


_RANK = {office: i for i, office in enumerate(
    ["head_of_state", "head_of_government", "leader", "secretary_general", "foreign_minister",
     "defence_minister", "interior_minister", "minister", "envoy", "spokesperson", "official"])}


_PARTY = "PTY"


def _seniority(role: Role) -> int:
    return _RANK.get(role.office or "official", len(_RANK))
