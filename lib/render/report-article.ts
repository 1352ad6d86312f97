// The reviewed article with its published claims highlighted by verdict, and the report's
// argument map as an inline SVG: both drawn from the frozen snapshot only.
import { highlightRuns } from "@/lib/domain/highlight";
import { toGraphNode } from "@/lib/domain/map-graph";
import { boundsOf } from "@/lib/domain/map-layout";
import { truncate } from "@/lib/domain/snippet";
import type { ReportSnapshot } from "@/lib/domain/report";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { markup, trusted, type SafeHtml } from "./html";
import { renderMapSvg } from "./map-svg";

export function articleWithClaims(snapshot: ReportSnapshot): SafeHtml {
  const { text } = snapshot.document;
  const byId = new Map(snapshot.claims.map((c) => [String(c.n), c]));
  const runs = highlightRuns(
    text.length,
    snapshot.claims.map((c) => ({ id: String(c.n), start: c.start, end: c.end })),
  );
  // A claim split around a nested one is drawn as several runs: the anchor is on its first, the reference after its last.
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  runs.forEach((r, i) => {
    if (!r.unitId) return;
    if (!first.has(r.unitId)) first.set(r.unitId, i);
    last.set(r.unitId, i);
  });
  return markup`${runs.map((run, i) => {
    const words = text.slice(run.start, run.end);
    const claim = run.unitId ? byId.get(run.unitId) : undefined;
    if (!claim) return words;
    const ref =
      last.get(run.unitId!) === i
        ? markup`<a class="ref" href="#claim-${claim.n}" aria-label="Claim ${claim.n}: ${VERDICT_LABEL[claim.verdict]}">[${claim.n}]</a>`
        : "";
    const id = first.get(run.unitId!) === i ? markup` id="article-claim-${claim.n}"` : "";
    return markup`<mark${id} class="v-${claim.verdict}" data-claim="${claim.n}">${words}</mark>${ref}`;
  })}`;
}

/** The map as SVG markup, or null when there is nothing to draw. renderMapSvg escapes every text. */
export function reportMapSvg(snapshot: ReportSnapshot): SafeHtml | null {
  const { nodes, edges, positions } = snapshot.map;
  if (nodes.length === 0) return null;
  const graph = { nodes: nodes.map((n) => toGraphNode(n)), edges };
  // The picture is as wide as its boxes: a long title would run past its right edge (16px bold ≈ 10px a character).
  const title = truncate(snapshot.document.title, Math.max(20, Math.floor(boundsOf(graph.nodes, positions).width / 10)));
  const svg = renderMapSvg(graph, positions, title).replace(/^<\?xml[^>]*>\s*/, "");
  return trusted(svg.replace("<svg ", '<svg role="img" aria-labelledby="map-title" ').replace("<title>", '<title id="map-title">'));
}
