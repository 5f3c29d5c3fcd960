"""Query parameters shared by several routes, declared once so that the OpenAPI document describes
them and FastAPI rejects bad values with 422 before a route runs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Query

from chronik.errors import InvalidParameter
from chronik.store.api_queries import EventQuery

SHORT = 200  # longest name-like parameter
CODE_PATTERN = r"^[A-Za-z]{3}$"
TYPE_PATTERN = r"^[A-Za-z_]{1,16}$"

Sort = Literal["date", "-date", "confidence", "-confidence", "articles", "-articles"]
Cursor = Annotated[str | None, Query(max_length=512, description="`next_cursor` of the previous page.")]


def event_filters(
    actor: Annotated[str | None, Query(max_length=SHORT, description="Actor id (Q7747) or part of a name or alias.")] = None,
    country: Annotated[str | None, Query(pattern=CODE_PATTERN, description="ISO 3166-1 alpha-3 of a source or target.")] = None,
    type: Annotated[str | None, Query(pattern=TYPE_PATTERN, description="PLOVER type (CONSULT).")] = None,
    mode: Annotated[str | None, Query(max_length=32, description="PLOVER mode (visit).")] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="Events ending on or after this date.")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="Events starting on or before this date.")] = None,
    place: Annotated[str | None, Query(max_length=SHORT, description="Part of the place name.")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Words that must occur in the event's sentences.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False,
                                                  description="Only events with at least this confidence.")] = None,
) -> EventQuery:
    """The event filters of docs/api.md as an EventQuery; ``to`` before ``from`` is a 422 on ``to``."""
    if date_from and date_to and date_to < date_from:
        raise InvalidParameter("to", f"{date_to} is before from={date_from}")
    return EventQuery(actor=actor or None, country=country, type=type, mode=mode or None, date_from=date_from,
                      date_to=date_to, place=place or None, q=q, min_confidence=min_confidence)
