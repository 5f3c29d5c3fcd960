"""A POLECAT-compatible TSV with PLOVER fields, for analysts who already read POLECAT's weekly files.

The columns are POLECAT's public data files' 40 columns, in their order
(``POLECAT_COLUMNS``); chronik fills those it knows and leaves the others
empty, so a reader written for POLECAT reads chronik's events unchanged.
The mapping, and what differs, is in docs/exports.md.  Several values in one
field (two source actors, two contexts) are joined with ``"; "`` as in
POLECAT; tabs and line breaks inside values become spaces, so every row has
exactly 40 fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from chronik import __version__

Record = dict[str, Any]

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)
_SPACE = re.compile(r"[\t\r\n]+")


def polecat_fields(record: Record, scale: dict[str, float] | None = None,
                   published: dict[str, str] | None = None) -> dict[str, str]:
    """The POLECAT columns of one contract record, as strings ("" where chronik has no value).

    ``scale`` (PLOVER type → −10…+10) fills Intensity (left empty for negated
    events); ``published`` maps a mention's ``doc`` to its article's
    publication date and fills Publication Date with the earliest.  Requires a
    record in the export contract; guarantees a value for every column.
    """
    fields = dict.fromkeys(POLECAT_COLUMNS, "")
    intensity = (scale or {}).get(record["type"]) if record.get("modality") != "negated" else None
    fields.update({
        "Event ID": record["id"], "Event Date": (record.get("date") or {}).get("value", ""),
        "Event Type": record["type"], "Event Mode": record.get("mode") or "",
        "Intensity": _number(intensity), "Contexts": "; ".join(record.get("context") or []),
        **_side("Actor", record["source"]), **_side("Recipient", record["target"]), **_place(record.get("location")),
        "Source": "; ".join(dict.fromkeys(m["doc"] for m in record["mentions"])),
        "Publication Date": _earliest(record, published or {}), "Version": f"chronik {__version__}",
    })
    return fields


def _side(role: str, actors: list[Record]) -> dict[str, str]:
    """Actor … or Recipient … columns of one side (first actor's sector is the primary one)."""
    sectors = [a.get("sector") or "" for a in actors]
    return {
        f"{role} Name": "; ".join(a["name"] for a in actors),
        f"{role} Country": "; ".join(a.get("country") or "" for a in actors) if any(a.get("country") for a in actors) else "",
        f"Primary {role} Sector": sectors[0] if sectors else "",
        f"{role} Sectors": "; ".join(sectors) if any(sectors) else "",
        f"Wikipedia {role} ID": "; ".join(a["id"] for a in actors if _is_qid(a["id"])),
    }


def _is_qid(actor_id: str) -> bool:
    return bool(re.fullmatch(r"Q\d+", actor_id))


def _place(place: Record | None) -> dict[str, str]:
    if not place:
        return {}
    return {"Placename": place.get("name") or "", "Country": place.get("country") or "",
            "Latitude": _number(place.get("lat")), "Longitude": _number(place.get("lon")),
            "GeoNames ID": _number(place.get("geonames_id"))}


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _earliest(record: Record, published: dict[str, str]) -> str:
    dates = sorted(published[m["doc"]] for m in record["mentions"] if published.get(m["doc"]))
    return dates[0] if dates else ""


def clean(value: str) -> str:
    """A field value safe inside a TSV row: tabs and line breaks become one space."""
    return _SPACE.sub(" ", value).strip()


def polecat_rows(records: Iterable[Record], scale: dict[str, float] | None = None,
                 published: dict[str, str] | None = None) -> Iterable[str]:
    """The header line and one line per record, tab-separated, each ending in a newline.

    Requires contract records; guarantees ``len(POLECAT_COLUMNS)`` fields on
    every line (no quoting is needed or used).
    """
    yield "\t".join(POLECAT_COLUMNS) + "\n"
    for record in records:
        fields = polecat_fields(record, scale, published)
        yield "\t".join(clean(fields[c]) for c in POLECAT_COLUMNS) + "\n"


def publication_dates(articles: Iterable[Record]) -> dict[str, str]:
    """Map the export name of each article (``doc`` in mentions) to its publication date value.

    Requires article records as ``Store.article_records`` returns them
    (``source``, ``url``, ``published``); articles without a date are left out.
    """
    from chronik.export import doc_name

    return {doc_name(a["source"], a.get("url")): a["published"]["value"] for a in articles if a.get("published")}
