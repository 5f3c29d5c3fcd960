"""run_probes.py FILE [MIN]: events (at confidence >= MIN) of every article in FILE; an article starts with a line
"### PUB|none label". Run from the repository root with PYTHONPATH=src."""
import sys

sys.path.insert(0, ".")
from tests.conftest import build_context
from tests.stages.test_events import extract

ctx = build_context()
arts, cur = [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("###"):
        parts = line[3:].split(None, 1)
        cur = [parts[0], parts[1].strip() if len(parts) > 1 else "", []]; arts.append(cur)
    elif cur is not None and line.strip():
        cur[2].append(line.strip())
lo = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
n = lambda s: "+".join(f"{a.name}[{a.country}/{a.sector}]" for a in s) or "-"
for k, (pub, label, lines) in enumerate(arts, 1):
    text = "\n\n".join(lines)
    evs = extract(ctx, text, None if pub == "none" else pub)
    print(f"=== A{k} {pub} {label}")
    for e in evs:
        if e.confidence < lo: continue
        sent = e.sentence
        mark = "**" if e.confidence >= 0.8 else "  "
        print(f" {mark}{e.confidence:.2f} s{sent} {e.type}/{e.mode} {n(e.source)} -> {n(e.target)} | {text[e.start:e.end][:0]}{e.trigger} | {e.date.value if e.date else None} | {e.modality} | ref={getattr(e,'reference',False)}")
