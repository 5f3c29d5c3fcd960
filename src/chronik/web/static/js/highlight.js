// Marks highlight spans in a sentence (offsets from the API, relative to the sentence).

import { h } from "./dom.js";

/**
 * segments(text, highlights): the sentence cut at every highlight boundary.
 * Requires highlights [{start, end, kind}] with 0 <= start < end (out-of-range
 * offsets are clipped, empty ones dropped).  Guarantees the segments' texts
 * concatenate to text, each with the sorted kinds of the highlights covering it.
 */
export function segments(text, highlights) {
  const spans = (highlights || [])
    .map((hl) => ({ start: Math.max(0, hl.start), end: Math.min(text.length, hl.end), kind: hl.kind }))
    .filter((hl) => hl.start < hl.end);
  const cuts = new Set([0, text.length]);
  spans.forEach((hl) => { cuts.add(hl.start); cuts.add(hl.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const kinds = spans.filter((hl) => hl.start <= start && hl.end >= end).map((hl) => hl.kind);
    out.push({ text: text.slice(start, end), kinds: [...new Set(kinds)].sort() });
  }
  return out;
}

/** A <p class="sentence"> with <mark class="hl hl-KIND"> around the highlighted parts. */
export function highlightedSentence(text, highlights) {
  const parts = segments(text, highlights).map((seg) => (seg.kinds.length
    ? h("mark", { class: ["hl", ...seg.kinds.map((k) => `hl-${k}`)].join(" "), title: seg.kinds.join(", ") }, seg.text)
    : seg.text));
  return h("p", { class: "sentence" }, parts);
}
