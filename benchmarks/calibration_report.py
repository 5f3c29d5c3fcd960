"""Which kinds of events reach the confident band, and how often they are right: a calibration report.

    python benchmarks/calibration_report.py EXPORT_DIR [--min 0.7] [--list] [--excluded FILE]

EXPORT_DIR holds the exports of one evaluation run (``demo.jsonl``, ``seeds.jsonl``, ``k.jsonl`` as
``chronik export --format jsonl`` writes them).  Every event with confidence >= ``--min`` in a document of a
visible gold set (demo ``examples/news/expected.yaml``, seeds ``../shared/gold/seeds.yaml``, 10kGNAD dev and
dev2 ``benchmarks/gold/gnad_dev*.yaml``) is right when it matches any gold event of that document (type and
sides, the matcher of ``chronik eval events``); an event of another 10kGNAD row is right or wrong by the
newest hand judgement (``benchmarks/judgements/*.txt``: ``row | trigger | conf | ok/wrong | why``) of its
row and trigger, and left out when none judged it.  10kGNAD rows of the held-out gold parts (``gnad_test*.yaml``, or the rows named in
``--excluded``) are never read.  Prints, per feature value, right/total in the band >= 0.8 and in [min, 0.8), and with
``--list`` every event with its features.  The features are read off the export only (no pipeline run).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from chronik.eval.events import event_matches, read_gold, same_doc

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = [("demo", "demo.jsonl", ROOT / "examples/news/expected.yaml"),
        ("seeds", "seeds.jsonl", SHARED / "gold/seeds.yaml"),
        ("dev", "k.jsonl", ROOT / "benchmarks/gold/gnad_dev.yaml"),
        ("dev2", "k.jsonl", ROOT / "benchmarks/gold/gnad_dev2.yaml")]
POLITICAL = {"GOV", "MIL", "REB", "OPP", "IGO", "JUD", "POL", "PTY"}
_QUOTES = re.compile(r"[„“\"»«]|\b(sagte|so|erklärte|betonte|meinte|hieß es)\b")


def _row(doc: str) -> int | None:
    """The 10kGNAD row of a mention's document (``…/test.csv#843``), or None."""
    match = re.search(r"\.csv#(\d+)$", doc)
    return int(match.group(1)) if match else None


def features(record: dict) -> dict[str, str]:
    """Feature name -> value of one exported event, read off the record and its first mention."""
    mention = record["mentions"][0]
    trigger, sentence = mention.get("trigger") or "", mention["sentence"]
    actors = [a for a in record["source"] + record["target"] if a]
    src_c = {a.get("country") for a in record["source"] if a}
    tgt_c = {a.get("country") for a in record["target"] if a}
    src_ids = {a["id"] for a in record["source"] if a}
    date = record.get("date")
    return {
        "type": record["type"], "mode": str(record.get("mode")), "modality": record["modality"],
        "attributed": str(bool(record.get("attribution"))),
        "trigger kind": "noun" if trigger[:1].isupper() and " " not in trigger else "verb",
        "target": "none" if not record["target"] else "several" if len(record["target"]) > 1 else "one",
        "sources": "several" if len(record["source"]) > 1 else str(len(record["source"])),
        "sides political": str(all(a.get("sector") in POLITICAL for a in actors) and bool(record["target"])),
        "sectors": "/".join(sorted({a.get("sector") or "-" for a in record["source"] if a})) + ">"
                   + "/".join(sorted({a.get("sector") or "-" for a in record["target"] if a})),
        "same country": str(bool(src_c & tgt_c - {None})),
        "self target": str(bool(src_ids & {a["id"] for a in record["target"] if a})),
        "group side": str(any(a["id"].startswith("grp:") for a in actors)),
        "date": "none" if not date else date.get("precision") or "?",
        "located": str(record.get("location") is not None),
        "mentions": "1" if len(record["mentions"]) == 1 else "2+",
        "sentence words": "<=15" if len(sentence.split()) <= 15 else ">25" if len(sentence.split()) > 25 else "16-25",
        "position": "lead" if mention["start"] < 400 else "body",
        "quote/speech": str(bool(_QUOTES.search(sentence))),
    }


def judgements(folder: Path) -> dict[tuple[int, str], bool]:
    """(row, trigger) -> ok, from the hand judgement files, newer files (by name) overriding older ones."""
    judged: dict[tuple[int, str], bool] = {}
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) >= 4 and parts[0].isdigit() and parts[3] in ("ok", "wrong"):
                judged[(int(parts[0]), parts[1])] = parts[3] == "ok"
    return judged


def collect(export: Path, minimum: float, excluded: set[int]) -> list[tuple[str, dict, bool]]:
    """(set, record, right) for every event at confidence >= ``minimum`` of the visible gold documents and the
    hand-judged 10kGNAD rows; held-out rows (``excluded``) are skipped before anything is read of them."""
    out, gold_rows = [], set()
    for name, file, gold_path in GOLD:
        if not (export / file).exists() or not gold_path.exists():
            continue
        records = [json.loads(line) for line in (export / file).read_text(encoding="utf-8").splitlines()]
        for doc in read_gold(gold_path):
            gold_rows.add(_row(doc["doc"]))
            for record in records:
                docs = [m["doc"] for m in record["mentions"]]
                if record["confidence"] >= minimum and any(same_doc(d, doc["doc"]) for d in docs) \
                        and not any(_row(d) in excluded for d in docs):
                    out.append((name, record, any(event_matches(g, record, False) for g in doc["events"])))
    judged = judgements(ROOT / "benchmarks/judgements")
    if (export / "k.jsonl").exists():
        for line in (export / "k.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            rows = {_row(m["doc"]) for m in record["mentions"]}
            if record["confidence"] < minimum or rows & (excluded | gold_rows):
                continue
            verdicts = [judged[(_row(m["doc"]), m.get("trigger"))] for m in record["mentions"]
                        if (_row(m["doc"]), m.get("trigger")) in judged]
            if verdicts:
                out.append(("judged", record, all(verdicts)))
    return out


def report(events: list[tuple[str, dict, bool]], minimum: float) -> None:
    """Print right/total per set and per feature value, in the band >= 0.8 and in [minimum, 0.8)."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for name, record, right in events:
        band = 0 if record["confidence"] >= 0.8 else 2
        for key in [("set", name)] + list(features(record).items()):
            table[key][band] += right
            table[key][band + 1] += 1
    print(f"{'feature':16} {'value':22} {'>=0.8':>9} {'share':>6}   [{minimum}, 0.8)")
    for (feature, value), (r8, n8, r7, n7) in sorted(table.items()):
        share = f"{r8 / n8:.2f}" if n8 else "-"
        print(f"{feature:16} {value[:22]:22} {r8:>4}/{n8:<4} {share:>6}   {r7:>4}/{n7:<4}")


def held_out_rows() -> set[int]:
    """The 10kGNAD rows the held-out gold parts (``benchmarks/gold/gnad_test*.yaml``) name: never read."""
    return {int(m) for path in (ROOT / "benchmarks/gold").glob("gnad_test*.yaml")
            for m in re.findall(r"test\.csv#(\d+)", path.read_text(encoding="utf-8"))}


def main() -> None:
    """Parse the arguments, collect the judged events, print the report (and the list)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--min", type=float, default=0.7)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--excluded", type=Path, help="a file of held-out rows (default: those the held-out "
                        "gold parts benchmarks/gold/gnad_test*.yaml name)")
    args = parser.parse_args()
    excluded = {int(x) for x in args.excluded.read_text().split()} if args.excluded else held_out_rows()
    events = collect(args.export, args.min, excluded)
    report(events, args.min)
    if args.list:
        for name, record, right in sorted(events, key=lambda e: -e[1]["confidence"]):
            m = record["mentions"][0]
            print(f"{'ok   ' if right else 'WRONG'} {record['confidence']:.2f} {name:6} {record['type']:9} "
                  f"{m.get('trigger')!r:28} {m['sentence'][:110]}")


if __name__ == "__main__":
    main()
