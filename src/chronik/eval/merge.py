"""Merge quality: are the articles that report one happening gathered in one canonical event?

Scored only for gold files with canonical events that list their ``docs``
(``examples/news/expected.yaml``).  For every required gold event reported by
two or more documents:

- its *candidates* are the system events that match it (type and actors, as in
  :func:`chronik.eval.events.event_matches`, without dates) and hold a mention
  of at least one of its documents;
- its *split* documents are held by other candidates but not by the best one
  (the one holding the most of its documents); its *unfound* documents by none;
- it is *found* when it has a candidate, and *merged once* when exactly one
  candidate covers every document where any candidate has a mention (the
  documents the system read the event in are not split over several events);
- its *article coverage* is the share of its documents held by its best
  candidate (unfound documents count against it: a recall miss in that article).

The demo corpus's target is that every found event is merged once with
coverage 1.0 ("each multi-article event merged once, with all its articles").
Candidates match without dates, so the measure shows splits, not over-merging
(two happenings of the same actors merged into one): that shows in the dated
scores of ``chronik eval events``.
"""

from __future__ import annotations

from typing import Any

from chronik.eval.events import Record, event_matches, normal_gold_event, same_doc


def score_merge(gold_events: list[dict[str, Any]], records: list[Record]) -> dict[str, Any]:
    """Merge quality over the multi-document required events of canonical gold.

    Requires gold events with ``docs`` (the expected.yaml shape) and system records
    as exported; guarantees counts, rates (None where nothing was counted) and one
    entry per event in ``events`` with its best, split and unfound documents.
    """
    rows = [_event_row(event, records) for event in gold_events
            if event.get("required", True) and len(event.get("docs") or []) >= 2]
    found = [row for row in rows if row["candidates"]]
    once = sum(1 for row in found if row["merged_once"])
    covered = sum(len(row["best_docs"]) for row in found)
    listed = sum(len(row["docs"]) for row in found)
    return {"multi_doc_events": len(rows), "found": len(found), "merged_once": once,
            "merged_once_rate": round(once / len(found), 4) if found else None,
            "article_coverage": round(covered / listed, 4) if listed else None,
            "events": rows}


def _event_row(event: dict[str, Any], records: list[Record]) -> dict[str, Any]:
    """One gold event's candidates, best candidate and documents (see the module docstring)."""
    gold, docs = normal_gold_event(event), list(event["docs"])
    candidates = [(r, _docs_of(r, docs)) for r in records if event_matches(gold, r, False)]
    candidates = [(r, held) for r, held in candidates if held]
    best = max((held for _, held in candidates), key=len, default=set())
    seen = set().union(*(held for _, held in candidates)) if candidates else set()
    return {"id": event.get("id"), "docs": docs, "candidates": len(candidates),
            "merged_once": bool(candidates) and best == seen,
            "best_docs": sorted(best), "split_docs": sorted(seen - best),
            "unfound_docs": [d for d in docs if d not in seen]}


def _docs_of(record: Record, docs: list[str]) -> set[str]:
    """The gold documents among the record's mentions."""
    return {doc for doc in docs if any(same_doc(m["doc"], doc) for m in record["mentions"])}
