"""Scale: articles/s and peak RSS of ``chronik run`` on 10kGNAD replicated to N distinct articles.

Usage (from the repository root)::

    python benchmarks/scale.py --n 1000 10000 --runs sqlite:1 sqlite:2 postgresql:1 postgresql:2 dask:2
    python benchmarks/scale.py --n 100000            # supported; about an hour per run on 2 cores
    python benchmarks/scale.py --table scale.jsonl   # the markdown table of earlier results

**Corpus.** ``../shared/data/10kgnad/test.csv`` (1,028 articles) is
replicated to N articles, written as one JSONL file.  Replica 0 of an article
is the article itself; replica r ≥ 1 of article i keeps i's even-numbered
sentences (a sentence of more than 30 words counts as pieces of 30) and
takes its odd-numbered ones from article j = (i + r) mod 1,028 (continued
with j + 1, … when j is shorter; two more of them are appended when i has
fewer than four), and ends with
a replica id.  Two replicas share at most half their sentences, so their
estimated Jaccard similarity of word 5-grams stays far below the 0.9 of a
near-duplicate; the script checks this with chronik's own MinHash/LSH
(``chronik.dedup``) over the first 3,000 articles before it measures, and
the run's report counts near-duplicates too.

**Runs.** ``db:workers`` — ``sqlite:1``, ``postgresql:2`` run
``chronik run FILE --workers W``; ``dask:N`` runs ``--dask local:N`` against
PostgreSQL.  PostgreSQL runs get a fresh database from the admin URL
(``--pg-admin``, default ``CHRONIK_TEST_PG_URL``), dropped afterwards.
Each run is one ``chronik`` subprocess; the script polls the process tree
(psutil, every 0.1 s) for the peak of the *sum* of RSS over all its processes,
and reads ``getrusage(RUSAGE_CHILDREN)`` through a one-run wrapper for the
peak of the largest single process.  Results are appended as JSON lines to
``--out`` (default ``benchmarks/scale.jsonl``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_WRAPPER = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[2:]); "
            "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
            "sys.exit(rc)")


# ---- the corpus --------------------------------------------------------------------------------------------

def base_texts(path: Path = SOURCE) -> list[str]:
    """The article texts of ``path`` as chronik reads them."""
    from chronik.model import RawDoc
    from chronik.settings import load_settings
    from chronik.stages.ingest import iter_inputs

    return [d.text for d in iter_inputs([str(path)], load_settings()) if isinstance(d, RawDoc)]


def replica(texts: list[list[str]], i: int, r: int) -> str:
    """Replica ``r`` of article ``i`` (sentence lists ``texts``): see the module docstring."""
    if r == 0:
        return " ".join(texts[i])
    own, other, j = texts[i], [], i + r
    while len(other) < max(len(own), 6):  # the partner's sentences, continued from the next articles
        other, j = other + texts[j % len(texts)], j + 1
    mixed = [other[k] if k % 2 else s for k, s in enumerate(own)]
    if len(own) < 4:
        mixed += other[len(own):len(own) + 2]
    return " ".join(mixed) + f" (Replik {r}-{i})"


def segments(text: str, most: int = 30) -> list[str]:
    """``text`` cut into sentences, and a sentence longer than ``most`` words into pieces of ``most`` words
    (some texts have long runs without a sentence end that the simple splitter sees)."""
    pieces = []
    for sentence in _SENTENCE_END.split(text):
        words = sentence.split()
        pieces += [" ".join(words[k:k + most]) for k in range(0, len(words), most)]
    return pieces


def write_corpus(n: int, path: Path) -> None:
    """Write ``n`` distinct articles to the JSONL file ``path``."""
    sentences = [segments(t) for t in base_texts()]
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            r, i = divmod(k, len(sentences))
            out.write(json.dumps({"id": f"{r}-{i}", "text": replica(sentences, i, r)}, ensure_ascii=False) + "\n")


def check_distinct(path: Path, limit: int = 3000) -> dict:
    """Near-duplicate pairs among the first ``limit`` articles by chronik's MinHash/LSH (0.9 threshold),
    with the highest similarity of any candidate pair."""
    from chronik import dedup

    index, bands, signatures = dedup.NearDuplicateIndex(), {}, {}
    near, highest = 0, 0.0
    with path.open(encoding="utf-8") as lines:
        for number, line in zip(range(limit), lines):
            fingerprint = index.fingerprint(json.loads(line)["text"])
            if fingerprint is None:
                continue
            candidates = {other for key in fingerprint.band_keys for other in bands.get(key, ())}
            best = max((dedup.similarity(fingerprint.signature, signatures[c]) for c in candidates), default=0.0)
            near, highest = near + (best >= 0.9), max(highest, best)
            signatures[number] = fingerprint.signature
            for key in fingerprint.band_keys:
                bands.setdefault(key, []).append(number)
    return {"checked": min(limit, number + 1), "near_duplicate_pairs": near, "highest_similarity": round(highest, 3)}


# ---- one measured run --------------------------------------------------------------------------------------

def _tree_rss(process) -> int:
    """Sum of RSS (bytes) over ``process`` and its descendants (psutil)."""
    import psutil

    total = 0
    try:
        for p in [process, *process.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def measure(command: list[str], env: dict) -> dict:
    """Run ``command``; return wall seconds, peak tree RSS (MB, psutil) and the largest process's peak (MB)."""
    with tempfile.NamedTemporaryFile(suffix=".rss", delete=False) as handle:
        rss_file = handle.name
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, rss_file, *command], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    try:
        import psutil

        watched = psutil.Process(proc.pid)
        while proc.poll() is None:
            peak_tree = max(peak_tree, _tree_rss(watched))
            time.sleep(0.1)
    except ImportError:
        pass
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    largest = int(Path(rss_file).read_text() or 0) / 1024
    os.unlink(rss_file)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}): {err[-2000:]}")
    return {"seconds": round(seconds, 1), "peak_tree_mb": round(peak_tree / 2**20) or None,
            "peak_process_mb": round(largest), "summary": out.strip().splitlines()[0] if out.strip() else ""}


def _pg_database(admin: str) -> str:
    """A fresh PostgreSQL database URL beside ``admin`` (created now)."""
    from sqlalchemy import create_engine, text

    from chronik.store.db import database_url

    name = f"chronik_scale_{uuid.uuid4().hex[:10]}"
    engine = create_engine(database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{admin.rsplit('/', 1)[0]}/{name}"


def _drop_pg(admin: str, url: str) -> None:
    from sqlalchemy import create_engine, text

    from chronik.store.db import database_url

    engine = create_engine(database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    engine.dispose()


def run_one(corpus: Path, n: int, spec: str, admin: str | None, workdir: Path) -> dict:
    """Measure ``chronik run`` on ``corpus`` for run spec ``db:workers`` (see the module docstring)."""
    db_kind, _, workers = spec.partition(":")
    if db_kind in ("postgresql", "dask") and not admin:
        raise SystemExit(f"{spec}: needs --pg-admin or CHRONIK_TEST_PG_URL")
    db = str(workdir / f"scale-{n}-{workers}.db") if db_kind == "sqlite" else _pg_database(admin)
    command = [sys.executable, "-m", "chronik", "run", str(corpus), "--db", db, "-q"]
    command += ["--dask", f"local:{workers}"] if db_kind == "dask" else ["--workers", workers]
    try:
        result = measure(command, dict(os.environ))
    finally:
        if db_kind == "sqlite":
            Path(db).unlink(missing_ok=True)
        else:
            _drop_pg(admin, db)
    return {"n": n, "db": db_kind, "workers": int(workers), **result,
            "articles_per_s": round(n / result["seconds"], 1), "cpus": os.cpu_count(),
            "load_after": round(os.getloadavg()[0], 1)}  # 1-minute load average: other users of the machine


# ---- the table ---------------------------------------------------------------------------------------------

def table(rows: list[dict]) -> str:
    """Markdown: one line per run, with the RSS ratio to the same configuration's smallest N."""
    smallest = {}
    for row in sorted(rows, key=lambda r: r["n"]):
        smallest.setdefault((row["db"], row["workers"]), row)
    header = ("| N | store | workers | seconds | articles/s | peak RSS, process tree (MB) | largest process (MB) "
              "| RSS ÷ smallest N |")
    lines = [header, "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in sorted(rows, key=lambda r: (r["db"], r["workers"], r["n"])):
        base = smallest[(row["db"], row["workers"])]
        ratio = (row["peak_tree_mb"] or row["peak_process_mb"]) / (base["peak_tree_mb"] or base["peak_process_mb"])
        store = "PostgreSQL, Dask LocalCluster" if row["db"] == "dask" else row["db"]
        lines.append(f"| {row['n']:,} | {store} | {row['workers']} | {row['seconds']} | {row['articles_per_s']} "
                     f"| {row['peak_tree_mb']} | {row['peak_process_mb']} | {ratio:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--runs", nargs="*", default=["sqlite:1", "sqlite:2", "postgresql:1", "postgresql:2"])
    parser.add_argument("--pg-admin", default=os.environ.get("CHRONIK_TEST_PG_URL"))
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "scale.jsonl"))
    parser.add_argument("--table", metavar="JSONL", help="print the table of the results in JSONL and exit")
    args = parser.parse_args(argv)
    if args.table:
        print(table([json.loads(line) for line in Path(args.table).read_text().splitlines() if line.strip()]))
        return 0
    if not SOURCE.exists():
        print(f"{SOURCE} is absent: nothing to measure", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n:
            corpus = Path(tmp) / f"10kgnad-x{n}.jsonl"
            write_corpus(n, corpus)
            print(f"N={n}: {check_distinct(corpus)}", flush=True)
            for spec in args.runs:
                row = run_one(corpus, n, spec, args.pg_admin, Path(tmp))
                print(json.dumps(row, ensure_ascii=False), flush=True)
                with open(args.out, "a", encoding="utf-8") as out:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
